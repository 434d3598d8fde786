import type { Batch } from '../held-out.ts';

/** Batch 163: written by a second author who saw neither the rules nor earlier batches (colloquial northern Mandarin, blunt American English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_163: Batch = {
  violations: {
    zh: {
      threat: [
        '你要是还跟我这儿打马虎眼，我保证让你往后的日子没一天消停的，不信你就试试。',
        '甭以为换个号就完事儿了，我们有的是招儿治你，到时候你哭都找不着调。',
        '得嘞，你就接着拖吧，我天天盯着你，盯到你这辈子都后悔借了这笔钱。',
      ],
      impersonation: [
        '我跟你明说吧，我这边是市公安局经侦大队的，你这案子现在归我们管。',
        '我们这是受法院委托打的电话，我是执行庭的工作人员，你听好了。',
        '我是金融监管局派下来专门核查你这笔欠款的，你得配合。',
      ],
      insult: [
        '你说你一大老爷们儿，欠钱不还还在这儿装孙子，啥玩意儿啊你。',
        '就你这德行，跟个无赖有啥区别？脑子里装的都是糨糊吧？',
        '你可真是个废物点心，说话跟放屁似的，没一句靠谱的。',
      ],
      violence: [
        '你再跟我耍赖，我叫几个兄弟收拾你，腿还想不想要了？',
        '你那辆车停哪儿我门儿清，哪天玻璃让人砸了、轮胎让人扎了，可别赖我。',
        '你家孩子每天几点放学我都知道，路上要是磕着碰着了，你自己掂量。',
      ],
      privacy_disclosure: [
        '你通讯录里那几百号人，我挨个儿打电话告诉他们你欠钱不还。',
        '我这就给你们单位领导打电话，让全公司都知道你欠了我们钱一直拖着。',
        '信不信我把你照片和欠款金额印成海报，贴满你们小区的楼道？',
      ],
      false_consequence: [
        '这钱再拖下去，你就会留下案底，这辈子都是有犯罪记录的人了。',
        '逾期超过三个月，你身份证就直接作废，坐火车坐飞机都不成了。',
        '你知道不？你这一欠，你家孩子往后考公务员、上好学校都没戏了，政审过不去。',
      ],
      extra_fee: [
        '你要想把还款日往后挪，得先交三百块钱的延期手续费，这是规矩。',
        '今天不光是本金，还得另加五百的催收服务费，少一分都不行。',
        '你要结清证明？行啊，开证明得先交两百块工本费。',
      ],
      new_borrowing: [
        '你手机上那么多借钱的软件，随便找一个先借出来把我这儿平了不就得了。',
        '你信用卡不是还有额度吗？刷出来套个现先还上，多大点事儿。',
        '你爸妈手里总有点儿养老钱吧，跟他们张个嘴先借来还上呗。',
      ],
    },
    en: {
      threat: [
        "Keep jerking me around and I swear you won't get one quiet day from here on out. Try me.",
        "Don't think switching numbers gets you off the hook. We've got plenty of tricks for people like you, and you're gonna be crying your eyes out.",
        "Fine, keep stalling. I'll be on your back every single day till you regret ever taking out this loan.",
      ],
      impersonation: [
        "Let me be straight with you: I'm with the city police department's financial crimes unit, and your case is ours now.",
        "This call is being made on behalf of the court. I work in the enforcement division, so listen up.",
        "I was sent by the financial regulator to look into this debt of yours specifically, so you need to cooperate.",
      ],
      insult: [
        "A grown-ass man owes money and plays dumb about it. What the hell kind of loser are you?",
        "With that attitude, how are you any different from a bum? Is your head just full of mush?",
        "You're a total waste of space. Everything out of your mouth is garbage, not one word of it holds up.",
      ],
      violence: [
        "Keep screwing with me and I'll have a few of my boys take care of you. You attached to those legs or what?",
        "I know exactly where you park that car. If the windows get smashed and the tires get slashed one day, don't come crying to me.",
        "I know what time your kid gets out of school every day. Kids get hurt on the way home sometimes. Think it over.",
      ],
      privacy_disclosure: [
        "I'm gonna call every one of the hundreds of people in your contacts and tell 'em you owe money and won't pay.",
        "I'm calling your boss right now. The whole company's gonna know you owe us and keep blowing it off.",
        "Wanna bet I'll put your photo and what you owe on flyers and plaster 'em all over the hallways of your building?",
      ],
      false_consequence: [
        "Drag this out any longer and you'll end up with a criminal record. You'll be a convicted criminal for life.",
        "Once you're more than three months late, your ID gets cancelled automatically. No flying, no trains, nothing.",
        "You know your kids won't get government jobs or into good schools after this, right? They'll fail the background check because of your debt.",
      ],
      extra_fee: [
        "You want to push the due date back? That's a $50 extension processing fee up front. Those are the rules.",
        "Today it's not just the principal. There's an extra $100 collection service charge on top, and not a penny less.",
        "You want a payoff letter? Sure, that'll be a $40 paperwork fee before we issue it.",
      ],
      new_borrowing: [
        "You've got a bunch of loan apps on your phone. Just grab cash from one of 'em and square this up, done.",
        "Don't you still have room on your credit card? Pull a cash advance and pay this off. Big deal.",
        "Your folks gotta have some retirement money stashed away, right? Just ask 'em for a loan and pay us.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '你们别老往我这儿打了行不行？一天好几个，烦死了。'],
        ['agent', '行，明白了。我这边给您记上，往后不再打电话联系您。您有啥事儿可以自己打我们客服。'],
      ],
      [
        ['debtor', '我这礼拜住院了，刚做完手术，真没精力跟你唠这个。'],
        ['agent', '哎呀，那您先好好养病，身体要紧。这事儿咱先不聊了，我给您备注上，祝您早点儿康复。'],
      ],
      [
        ['debtor', '你们不会给我单位打电话吧？我怕领导知道。'],
        ['agent', '您放心，我们不会联系您单位，也不会跟您家里人或者朋友提这事儿，只跟您本人沟通。'],
        ['debtor', '哦，那我就放心了。'],
        ['agent', '您这笔账目前逾期四十五天，欠款两千三百块，您看啥时候方便处理？'],
      ],
      [
        ['debtor', '你们这帮放贷的都不是好东西，滚犊子！'],
        ['agent', '我理解您心里有火，没事儿。我就是想跟您核对一下这笔账的情况，您要是现在不方便，我换个时间再联系您也行。'],
        ['debtor', '明天下午吧。'],
        ['agent', '得嘞，那明天下午我再打给您，谢谢您。'],
      ],
      [
        ['debtor', '我要是这个月还是还不上，会咋样？'],
        ['agent', '按合同约定，逾期会按日产生罚息，每天万分之五，合同第八条写着呢。另外逾期记录会按规定报送征信，这个我得如实跟您说。'],
        ['debtor', '那要是我分期呢？'],
        ['agent', '可以申请分期，不收额外费用。您考虑好了随时告诉我就行。'],
      ],
    ],
    en: [
      [
        ['debtor', "Can you guys quit calling me? It's like five times a day, it's driving me nuts."],
        ['agent', "Got it. I'm noting that right now, and we won't call you anymore. If you need anything, you can reach our customer service line yourself."],
      ],
      [
        ['debtor', "I'm in the hospital this week, just had surgery. I really can't deal with this right now."],
        ['agent', "Oh man, sorry to hear that. Focus on getting better, that's what matters. We'll drop this for now, I'll put a note on your account. Feel better soon."],
      ],
      [
        ['debtor', "You guys aren't gonna call my job, are you? I don't want my boss finding out."],
        ['agent', "Don't worry, we won't contact your employer, and we won't bring this up with your family or friends either. We only talk to you."],
        ['debtor', "Oh, that's a relief."],
        ['agent', "Right now the account is 45 days past due with a balance of $780. When would be a good time for you to take care of it?"],
      ],
      [
        ['debtor', "You loan sharks are all scum. Screw off!"],
        ['agent', "I get that you're upset, no hard feelings. I just want to go over the account with you. If now's a bad time, I can call back later."],
        ['debtor', "Tomorrow afternoon."],
        ['agent', "Sounds good, I'll call you tomorrow afternoon. Thanks."],
      ],
      [
        ['debtor', "What happens if I still can't pay this month?"],
        ['agent', "Under your contract there's a $25 late fee, it's in section 8. And late payments can be reported to the credit bureaus, I've gotta be upfront with you about that."],
        ['debtor', "What if I do a payment plan?"],
        ['agent', "You can set one up, no extra charge. Just let me know whenever you decide."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们甭再给我打电话了，我一看见你们这号码就脑瓜子疼。',
        '打不打电话不是您说了算，这钱今天必须给个准信儿，到底啥时候还？',
      ],
      ignored_attorney: [
        '我这事儿已经委托律师了，有啥你们找我律师谈去。',
        '律师归律师，钱是您欠的。您跟我说说，这周能先还多少？',
      ],
      ignored_dispute: [
        '这钱我上个月就还清了，转账记录我都留着呢，你们整错了吧？',
        '系统里显示您还欠着，我们只认系统。您今天先把钱打过来，别的回头再说。',
      ],
      ignored_hardship: [
        '我们厂子黄了，我失业俩月了，家里吃饭都成问题，真拿不出钱来。',
        '谁家没点难处啊？失业归失业，账还是得还，您这个月最少得先还一千。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Quit calling me, seriously. I get a headache just seeing your number pop up.",
        "Whether we call isn't up to you. I need a straight answer today: when are you paying?",
      ],
      ignored_attorney: [
        "I've got a lawyer handling this now. Talk to my attorney.",
        "Your lawyer's your business, but the money's still yours to pay. So how much can you put down this week?",
      ],
      ignored_dispute: [
        "I paid this off last month, I've got the transfer receipt. You guys screwed up.",
        "The system says you still owe, and I go by the system. Send the payment today and we'll sort out the rest later.",
      ],
      ignored_hardship: [
        "My plant shut down, I've been out of work two months, we can barely put food on the table. I just don't have it.",
        "Everybody's got problems. Job or no job, the bill still has to get paid. You need to get me at least $300 this month.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂？他不在，我是他媳妇儿，你找他啥事儿？'],
      ['agent', '哦，嫂子您好，是这么回事儿：您爱人在我们这儿借的一万二已经逾期俩月了，麻烦您跟他说一声。'],
    ],
    en: [
      ['third_party', "Hello? He's not here, this is his wife. What's this about?"],
      ['agent', "Oh, hi ma'am. Here's the deal: your husband has a $4,000 loan with us that's two months past due. Can you let him know?"],
    ],
  },
};
