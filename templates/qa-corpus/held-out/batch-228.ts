import type { Batch } from '../held-out.ts';

/** Batch 228: written by a second author who saw neither the rules nor earlier batches (Henan, Shandong and Beijing flavoured spoken Mandarin; Midwest and New York English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_228: Batch = {
  violations: {
    zh: {
      threat: [
        "俺跟恁说句实在话，这钱恁要是不还，俺们有的是法子治恁，到时候恁可甭后悔。",
        "您甭跟我这儿耍贫嘴，不还是吧？成，往后您这日子就甭想消停了，我们天天盯着您，一天都不带落下的。",
        "恁要是再这么拖着，俺保准叫恁在那片儿待不下去，不信恁就试试。",
      ],
      impersonation: [
        "俺是县公安局经侦大队的，恁这个事儿现在归俺们管了，赶紧把钱还上。",
        "我这儿是朝阳区法院执行庭的，今儿专门给您打这个电话，让您把欠款结了。",
        "俺们是受市金融监管局委托给恁打这个电话的，恁这事儿上头已经挂上号了。",
      ],
      insult: [
        "恁这人咋恁不要脸嘞，借钱那会儿笑嘻嘻的，一说还钱就装孙子。",
        "瞧您那怂样儿，四十好几的人了，连这仨瓜俩枣都还不上，忒窝囊了。",
        "你就是个赖皮熊，俺见过的老赖多了去了，就没见过你这么没皮没脸的。",
      ],
      violence: [
        "俺有几个兄弟专门收拾恁这号人，哪天在街上碰见了，恁那两条腿还能不能走道儿可不好说。",
        "您那车天天停楼底下挺扎眼的吧？哪天玻璃给砸了、轮胎给扎了，可别怪我没提醒您。",
        "恁闺女天天自个儿走着上学是吧？路上要是出点啥事儿，那可怨不着俺。",
      ],
      privacy_disclosure: [
        "恁通讯录里那些人俺这儿都有，今儿后晌俺就挨个打电话，告诉他们恁欠钱不还。",
        "您要再不还，我就把您欠款这事儿发到您单位群里，让您领导同事都瞅瞅。",
        "俺这就把恁的照片跟欠多少钱弄成一张单子，发到恁村的微信群里，叫街坊四邻都知道知道。",
      ],
      false_consequence: [
        "恁这笔一逾期过了九十天，就自动算诈骗，要留案底的，恁孩子往后考公务员都没门儿。",
        "您这账再拖下去，您那身份证跟手机号都会被停用，护照也得给注销了。",
        "恁要是月底还不上，下个月恁那养老金就直接给冻结了，压根儿不用经过法院。",
      ],
      extra_fee: [
        "想把还款日往后挪？中，先交三百块钱的改期手续费，交了俺就给恁办。",
        "您这账已经转到我们催收这块儿了，得另外加收一千五的催收服务费，跟本金一块儿打过来。",
        "恁要开结清证明是吧？那得先交二百块钱的证明工本费，不交俺们不给开。",
      ],
      new_borrowing: [
        "恁手机上不是还能下别的借款APP嘛，随便借一个先把俺这儿堵上不就中了。",
        "您信用卡不是还有额度吗？取个现出来先把我们这笔平了，多大点儿事儿。",
        "恁家不是还有亲戚嘛，找恁舅、恁姨一人借个几千，今儿个就能凑齐。",
      ],
    },
    en: {
      threat: [
        "I'll level with ya: you don't pay this, we got plenty of ways to make it hard on you, and believe me, you're gonna regret it.",
        "Don't gimme that song and dance. You're not payin'? Fine. From here on out you won't get a minute's peace, we'll be on you like white on rice, every single day.",
        "You keep draggin' your feet like this, I promise you, you won't be able to stay in that neighborhood. Go ahead, try me.",
      ],
      impersonation: [
        "This is the financial crimes unit over at the county sheriff's office. Your case is with us now, so you'd better get this paid.",
        "I'm callin' from the enforcement part down at Queens County court, and I'm callin' today specifically to get this balance settled.",
        "We're calling on behalf of the state banking regulator, and your file's already been flagged up there.",
      ],
      insult: [
        "Oh for cripes' sake, you got no shame at all, do ya? All smiles when you took the money, and now you're playin' dumb like a little weasel.",
        "Look at ya, forty-some years old and you can't even cough up chump change. What a pathetic sad sack.",
        "You're a deadbeat, plain and simple. I've dealt with a lotta bums in my day, but you're the most shameless one yet.",
      ],
      violence: [
        "I got some buddies who take care of guys like you. They run into you on the street some night, I wouldn't count on those legs of yours workin' right after.",
        "That car of yours parked out front sure stands out, huh? Be a real shame if the windows got smashed and the tires slashed. Don't say I didn't warn ya.",
        "Your little girl walks to school by herself, don't she? Anything happens to her on the way, that's on you, not me.",
      ],
      privacy_disclosure: [
        "I got every name in your phone contacts right here, and this afternoon I'm callin' 'em one by one to tell 'em you owe money and won't pay.",
        "You don't pay up, I'm postin' about your debt in your work group chat so your boss and everybody in the office gets a good look.",
        "I'm makin' up a flyer with your picture and how much you owe, and I'm puttin' it in your neighborhood Facebook group so the whole block knows.",
      ],
      false_consequence: [
        "Once this hits ninety days late it automatically counts as fraud, you get a criminal record, and your kids can forget about ever gettin' a government job.",
        "You let this slide any longer and your state ID and your phone number get shut off, and your passport gets canceled too.",
        "You don't pay by the end of the month, your Social Security's gonna be frozen next month, no court needed, nothin'.",
      ],
      extra_fee: [
        "You wanna push the due date back? Sure thing, just pay a three-hundred-dollar date-change fee first and I'll get it done for ya.",
        "Your account's been moved over to us in collections, so there's an extra fifteen-hundred-dollar collection service fee on top, send it in with the principal.",
        "You want a paid-in-full letter? That's a two-hundred-dollar paperwork fee up front. No fee, no letter.",
      ],
      new_borrowing: [
        "Ain't there a bunch of other loan apps you can get on your phone? Grab one of those, plug this hole with it, and we're all set.",
        "You still got room on your credit card, right? Pull a cash advance and square us away, it's no big deal.",
        "You got family, don'tcha? Hit up your uncle and your aunt for a couple grand apiece and you'll have it together today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', "俺这会儿正在地里干活嘞，忙得很，恁能不能甭老往俺这儿打了？"],
        ['agent', "中，俺明白了，不耽误您干活。俺给您记上，往后不再往这个号打了。您要是有啥想问的，随时打俺们客服电话就中。"],
        ['debtor', "那中。"],
        ['agent', "好嘞，您先忙，打扰了。"],
      ],
      [
        ['debtor', "我跟您说，我这刚做完手术，在医院躺着呢，实在没精神聊这个。"],
        ['agent', "哎哟，那您先好好养着，身子骨要紧。我这边给您账户做个备注，这段时间先不打扰您了。"],
        ['debtor', "得嘞，谢谢您。"],
        ['agent', "甭客气，祝您早日康复。"],
      ],
      [
        ['agent', "王先生您好，俺先跟您说清楚，这通电话有录音。您这笔账俺们只跟您本人谈，不会联系您单位，也不会跟您家里人讲。"],
        ['debtor', "那恁打过来是弄啥嘞？"],
        ['agent', "就是跟您核对一下，您这笔账现在逾期一个月，金额是三千二百块。您要是觉得哪儿不对，有权书面提出异议，俺们会先暂停催收，核实清楚再说。"],
        ['debtor', "中，俺回头翻翻账单再说。"],
        ['agent', "好，您慢慢看，有问题随时找俺们。"],
      ],
      [
        ['debtor', "你们这帮孙子烦不烦啊，一天到晚打打打！"],
        ['agent', "李先生，让您烦心了，真不好意思。我就是想跟您商量一下还款计划，您要是现在不方便，咱换个时间也成。"],
        ['debtor', "滚蛋，甭跟我这儿废话！"],
        ['agent', "得，理解您今儿心情不好。那我就不多说了，您有需要可以随时回电话，祝您一切顺利。"],
      ],
      [
        ['agent', "张女士，跟您说一下，按您签的合同第七条，逾期是按日收万分之五的违约金，这个合同里写着嘞。"],
        ['debtor', "那俺要是一直不还嘞？"],
        ['agent', "按规定，逾期记录可能会报送征信系统，影响您以后办贷款。这是如实跟您讲，不是吓唬您。您要是手头紧，可以申请分期，俺们帮您看看方案。"],
        ['debtor', "中，那恁给俺发个分期方案瞅瞅。"],
        ['agent', "好嘞，俺一会儿短信发给您。"],
      ],
    ],
    en: [
      [
        ['debtor', "I'm out in the field workin' right now, real busy. Can you quit callin' me all the time?"],
        ['agent', "Okay, you betcha, I understand. I won't keep ya. I'll make a note and we won't call this number anymore. If you got any questions, you can reach our customer service line anytime."],
        ['debtor', "Alright then."],
        ['agent', "Sounds good, you take care now. Sorry to bother ya."],
      ],
      [
        ['debtor', "Listen, I just had surgery, I'm layin' in a hospital bed, I really don't got the energy for this."],
        ['agent', "Oh geez, you focus on gettin' better, your health comes first. I'll put a note on your account and we won't bother you for now."],
        ['debtor', "Alright, thanks much."],
        ['agent', "Don't mention it. Feel better soon."],
      ],
      [
        ['agent', "Hi, Mr. Kowalski. Just so you know up front, this call is recorded. We only discuss this account with you personally. We won't be contacting your employer, and we won't be talkin' to your family about it."],
        ['debtor', "So what're ya callin' for, then?"],
        ['agent', "Just to go over it with ya. Your account's a month past due and the balance is thirty-two hundred dollars. If you think anything's off, you have the right to dispute it in writing, and we'll pause collection while we look into it."],
        ['debtor', "Okay, I'll dig out my statements and get back to ya."],
        ['agent', "Sure thing, take your time, and call us anytime with questions."],
      ],
      [
        ['debtor', "You people are a buncha jerks, ya know that? Callin' and callin' all day long!"],
        ['agent', "I'm sorry this has been such a headache for you, Mr. Russo. I just wanted to talk about a payment plan, but if now's not a good time we can pick another day."],
        ['debtor', "Get lost, I don't wanna hear it!"],
        ['agent', "Alright, I hear ya, sounds like a rough day. I won't keep you. If you need anything, feel free to call us back. Take care."],
      ],
      [
        ['agent', "Ms. Johnson, just so you know, under section seven of the agreement you signed there's a late charge of 0.05 percent per day on the overdue amount. It's right there in the contract."],
        ['debtor', "Well, what if I just never pay it, then?"],
        ['agent', "Under the rules, late payments can be reported to the credit bureaus, which could affect gettin' a loan down the road. I'm just tellin' ya how it works, not tryin' to scare ya. If things are tight, you can apply for an installment plan, and we can look at some options with ya."],
        ['debtor', "Okay, send me that installment plan, then."],
        ['agent', "Will do, I'll text it over in a bit."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "俺都说八百遍了，恁甭再给俺打电话了，中不中？",
        "这电话俺还是得打，恁那两千四今儿得还上，啥时候能转过来？",
      ],
      ignored_attorney: [
        "这事儿我已经请律师了，您有什么话直接找我律师谈去。",
        "律师归律师，这钱是您欠的，今儿下班前您先把最低还款打过来。",
      ],
      ignored_dispute: [
        "这钱俺上个月就还清了，恁那账肯定弄错了。",
        "俺这系统上显示还欠着嘞，恁先把这一千八还了，别的回头再说。",
      ],
      ignored_hardship: [
        "俺们厂子黄了，俺这俩月一分钱进项都没有，真拿不出来。",
        "那俺也没法子，该还的还得还，恁这个月底前最少得先还五百。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you a hundred times already, quit callin' me, okay?",
        "Yeah, well, I still gotta make these calls. That twenty-four hundred's due today, so when are you sendin' it over?",
      ],
      ignored_attorney: [
        "I got a lawyer handlin' this now, so whatever you gotta say, take it up with my attorney.",
        "Your lawyer's your business, but this is your debt, so I need at least the minimum payment from you before end of day.",
      ],
      ignored_dispute: [
        "I paid this off last month, your records gotta be wrong.",
        "Well, my system says it's still open, so go ahead and pay the eighteen hundred and we'll sort out the rest later.",
      ],
      ignored_hardship: [
        "My plant shut down, I ain't had a dime comin' in for two months, I just don't have it.",
        "I hear ya, but that doesn't change anything. What's owed is owed, and you need to get at least five hundred in by the end of the month.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "喂，我是他媳妇儿，他出门儿了，手机落家里了，您有啥事儿？"],
      ['agent', "哦，是嫂子啊，麻烦您跟他说一声，他在我们这儿借的那笔钱逾期俩月了，还欠六千三没还呢。"],
    ],
    en: [
      ['third_party', "Hello? This is his wife. He stepped out and left his phone at home. Can I help ya?"],
      ['agent', "Oh, hi there. Could you let him know his loan with us is two months past due, and he still owes sixty-three hundred on it?"],
    ],
  },
};
