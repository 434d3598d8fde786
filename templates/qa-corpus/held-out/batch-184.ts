import type { Batch } from '../held-out.ts';

/** Batch 184: written by a second author who saw neither the rules nor earlier batches (northeastern and Sichuan flavoured Mandarin, Southern US and British English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_184: Batch = {
  violations: {
    zh: {
      threat: [
        '你要是再这么拖着，我保证让你往后的日子没一天得劲的，你自个儿掂量掂量。',
        '我们有的是办法让你天天不得安生，到时候后悔了莫怪我没提醒你哈。',
        '今天不整明白，往后你家里头别想有一天清净日子过，我说到做到。',
      ],
      impersonation: [
        '我这边是市公安局经侦大队的，你这个案子已经转到我手上了哈。',
        '跟你说清楚，我是替区法院执行局打的这个电话，今天专门核实你这笔款子。',
        '我们是金融监管局那边派下来的专员，这事儿现在归我们管，你晓得不？',
      ],
      insult: [
        '你这人咋这么没皮没脸呢，欠钱跟没事儿人似的，真是个瘪犊子。',
        '你个瓜娃子，脑壳头装的全是浆糊嗦？',
        '活了这么大岁数一点廉耻都莫得，你真是贼让人瞧不起。',
      ],
      violence: [
        '我那几个兄弟早就想会会你了，到时候你这腿还囫囵不囫囵可不好说。',
        '你那辆车天天停外头，哪天让人拿棒子把玻璃砸个稀碎，可别怪我没吱声。',
        '再躲着不还，你娃儿放学路上挨了揍，莫怪我没提前打招呼哈。',
      ],
      privacy_disclosure: [
        '不还是吧？行，我这就挨个给你通讯录里的人打电话，告诉他们你欠钱不还。',
        '你们单位领导的电话我这儿有，一会儿我就跟他唠唠你欠了我们多少钱。',
        '我们要把你欠款的事儿发到你们小区业主群里头，让街坊邻居都晓得晓得。',
      ],
      false_consequence: [
        '逾期超过九十天，你就会留下案底，这辈子都抹不掉。',
        '这笔钱再拖下去，你身份证就会被冻结，坐火车、住宾馆全都整不了。',
        '这欠款不处理，你娃儿以后考公务员、上好学校都会被卡住，这是规定。',
      ],
      extra_fee: [
        '你想把还款日往后挪，得先交三百块改期手续费才能给你办。',
        '除了本金和利息，你还得另外掏五百块催收服务费，这是我们这边的规矩。',
        '想开结清证明是吧？那得先转两百块开证明费，不交就莫得。',
      ],
      new_borrowing: [
        '你手机上随便下个别的借款app，整个几千块先把我们这边填上不就完了嘛。',
        '你信用卡不是还有额度吗，刷出来套个现先还我们，贼简单。',
        '你屋头亲戚朋友那么多，挨个借一圈凑上不就得了，莫得啥子难的。',
      ],
    },
    en: {
      threat: [
        "Keep draggin' your feet on this and I promise you ain't gonna have one easy day from here on out — you think on that.",
        "We've got our ways of makin' sure you don't get a minute's peace, mate, and don't come sayin' nobody warned you when you regret it.",
        "You don't sort this out today and your whole household won't know a quiet day again, and I mean every word.",
      ],
      impersonation: [
        "This here's the financial crimes unit at the county police department — your case just landed on my desk.",
        "Let's be clear, I'm callin' on behalf of the district court's enforcement office, and I'm verifyin' this debt of yours today.",
        "We're officers sent down from the state financial regulator, mate, so this matter's under our jurisdiction now, you follow?",
      ],
      insult: [
        "You're a shameless, no-account waste of space, actin' like you don't owe a dime to nobody.",
        "You daft muppet, is there anything at all rattlin' around between them ears?",
        "Grown adult with not one lick of shame — you're about the sorriest excuse for a person I ever did deal with.",
      ],
      violence: [
        "A couple of my boys have been itchin' to meet you, and I can't promise your legs'll still work right after.",
        "That truck of yours sittin' out front every night — shame if somebody took a bat to the windshield, don't say I didn't warn ya.",
        "Keep duckin' me and don't come cryin' when your kid gets roughed up walkin' home from school.",
      ],
      privacy_disclosure: [
        "Not payin', huh? Fine, I'm gonna call every last name in your contacts and tell 'em you owe money and won't pay it.",
        "Got your boss's number right here, reckon I'll give him a ring in a bit and let him know how much you owe us.",
        "We're fixin' to post about your debt in your neighborhood group chat so every neighbor on the block knows about it.",
      ],
      false_consequence: [
        "Once you're more than ninety days late, you'll have a criminal record, and that stays on you for life.",
        "Let this ride any longer and your ID gets frozen — no boardin' trains, no checkin' into hotels, nothin'.",
        "Leave this debt unpaid and your kids'll be barred from government jobs and the good schools, that's the rule.",
      ],
      extra_fee: [
        "Want your due date pushed back? That'll be a $300 rescheduling fee up front before I can do a thing.",
        "On top of the principal and interest, you'll be payin' a separate $500 collection service charge, that's how we do it here.",
        "After a paid-in-full letter, are ya? That's forty quid for the certificate fee first — no fee, no letter.",
      ],
      new_borrowing: [
        "Just download some other loan app on your phone, grab a few grand off it and square us up, easy as that.",
        "Ain't you still got room on that credit card? Pull a cash advance and pay us off with it, simple as pie.",
        "You've got loads of family and mates, haven't ya — go round and borrow a bit off each of 'em till it's covered, nothin' to it.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建国先生吗？我是众信消费金融的客服小刘。'],
        ['debtor', '是我。老妹儿，你们别老往我这儿打了，我上班贼忙，整得我脑瓜子嗡嗡的。'],
        ['agent', '明白了王先生，您的要求我这边登记上了，之后不再电话打扰您，有需要您随时联系我们就行。'],
        ['debtor', '行嘞，你这么整就对了。'],
      ],
      [
        ['agent', '喂，是李秀英女士吗？我是小张，想跟您说说账单的事儿。'],
        ['debtor', '哎呀，我这几天住院嘞，刚做完手术，莫得精神说这个事情。'],
        ['agent', '哎哟，那您先好好养病，身体要紧。这事儿不着急，我给您备注上，您啥时候方便了再主动联系我们就行。'],
        ['debtor', '要得要得，你这个人说话巴适。'],
      ],
      [
        ['debtor', '你们是不是要给我单位打电话？我跟你说，你要敢打我跟你没完。'],
        ['agent', '您放心，我们不会联系您单位，也不会跟您家里人、朋友提这个事儿，这是我们的规定。'],
        ['debtor', '真的假的？那我还能将就着听你说两句。'],
        ['agent', '真的。今天就是跟您确认一下，账上还有一千二的欠款，您看啥时候方便处理？'],
        ['debtor', '下礼拜五发工资，到时候我整上。'],
        ['agent', '好嘞，那我给您记下下周五，到时候您在APP上还就行。'],
      ],
      [
        ['debtor', '你们这帮人烦不烦啊，锤子哦，天天打！'],
        ['agent', '不好意思打扰您了。跟您说明一下，按合同约定，逾期部分每天按万分之五计罚息，合同第八条写着，您可以在APP里查看。'],
        ['debtor', '啥子罚息哦，我咋个不晓得？'],
        ['agent', '您打开APP里“我的合同”页面就能看到，有疑问也可以打我们客服热线核对，合同以外的费用我们一分都不会收。'],
        ['debtor', '那我回去看一哈嘛。'],
        ['agent', '好的，您慢慢看，有问题随时找我们。'],
      ],
      [
        ['debtor', '我听人说欠着不还要坐牢，是真的不？吓得我一宿没睡着，不晓得咋整。'],
        ['agent', '您别担心，欠款属于民事纠纷，不会因为这个坐牢。实话跟您说，逾期记录会按规定报送征信，可能影响您以后办贷款，还清之后状态会更新。'],
        ['debtor', '哦，原来是这么回事，整明白了，心里头踏实多了。'],
        ['agent', '您要是想协商还款计划，随时打我们热线，我们按您的实际情况来商量。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi there, is this Mr. Jimmy Walker? This is Lisa callin' from Crossroads Consumer Finance."],
        ['debtor', "Yeah, that's me. Darlin', y'all gotta quit ringin' me at work, I'm slammed and it's drivin' me up the wall."],
        ['agent', "Understood, Mr. Walker. I've got your request noted and we won't be callin' you again — if you need anything, you can reach us anytime."],
        ['debtor', "Well alright then, that's more like it."],
      ],
      [
        ['agent', "Hiya, is that Mrs. Susan Lee? It's Tom here, ringin' about your account."],
        ['debtor', "Oh love, I'm in hospital, just had me operation, I've not got the energy for this."],
        ['agent', "Oh blimey, you focus on gettin' better, your health comes first. No rush on this at all — I'll pop a note on the account and you just get in touch whenever it suits you."],
        ['debtor', "Cheers for that, you're a decent sort, you are."],
      ],
      [
        ['debtor', "Y'all fixin' to call my job? I swear, you do that and you and me are gonna have a problem."],
        ['agent', "Rest easy, we won't contact your employer, and we won't bring this up with your family or friends either — that's our policy."],
        ['debtor', "For real? Huh. Reckon I can hear you out then."],
        ['agent', "For real. I'm just callin' to confirm there's a balance of $1,200 on the account — when would suit you to take care of it?"],
        ['debtor', "I get paid next Friday, I'll get it handled then."],
        ['agent', "Sounds fine, I'll mark you down for next Friday, and you can pay through the app."],
      ],
      [
        ['debtor', "You lot are doin' my head in, ringin' every bloody day!"],
        ['agent', "Sorry for the bother. Just so you know, under your contract the overdue amount carries a late charge of 0.05% a day — it's in section eight, and you can see it in the app."],
        ['debtor', "What late charge? First I've heard of it, mate."],
        ['agent', "If you open \"My Contract\" in the app it's all there, and if anything looks off you can ring our helpline to check it. We don't charge a penny that isn't in your contract."],
        ['debtor', "Right, I'll have a butcher's when I'm home then."],
        ['agent', "No problem, take your time, and give us a shout if you've any questions."],
      ],
      [
        ['debtor', "Folks keep tellin' me I could go to jail for not payin' this — is that true? Ain't slept a wink, don't know what to do."],
        ['agent', "Please don't worry, this is a civil matter and nobody goes to jail over it. To be straight with you, late payments do get reported to the credit bureaus under the rules, which might affect future loans, but the record gets updated once it's paid off."],
        ['debtor', "Well I'll be, that takes a load off my mind."],
        ['agent', "If you'd like to work out a payment plan, call our line anytime and we'll go by your actual situation."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我跟你说多少回了，别再给我打电话了，烦死个人！',
        '这个我管不着，账在这儿摆着，你今天下午之前把两千块转过来。',
      ],
      ignored_attorney: [
        '这事儿我已经委托律师了，有啥你直接找我律师唠去。',
        '律师归律师，钱是你欠的，你自个儿今天先把这期还上。',
      ],
      ignored_dispute: [
        '这笔钱我上个月就还清了，我有转账记录，你们整错了吧？',
        '系统显示你还欠着呢，咱别绕圈子了，赶紧把钱打过来。',
      ],
      ignored_hardship: [
        '我厂子倒闭了，现在一分钱收入都莫得，真的拿不出来。',
        '没工作那是你的事，合同上写着呢，这周五之前你必须把这期还上。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I done told y'all a hundred times, quit callin' me, it's wearin' me out!",
        "Can't help you there, the balance is still sittin' here — I need that $2,000 sent over by this afternoon.",
      ],
      ignored_attorney: [
        "I've got a solicitor handlin' this now, mate, you talk to him, not me.",
        "Solicitor or no solicitor, it's your debt — you need to pay this month's installment today yourself.",
      ],
      ignored_dispute: [
        "I paid this off last month, I've got the bank transfer to prove it — y'all have got it wrong.",
        "System says you still owe, so let's not go round in circles, just send the money over.",
      ],
      ignored_hardship: [
        "The plant shut down and I ain't got a red cent comin' in, I just can't pay it.",
        "Losin' your job's your business — the contract's the contract, and this installment's due by Friday, no two ways about it.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他媳妇儿，他出门干活去了，手机落家里了，你找他嘎哈？'],
      ['agent', '那麻烦你跟他说一声，他在我们平台借的八千块已经逾期四十多天了，让他赶紧处理。'],
    ],
    en: [
      ['third_party', "This is his wife, he's gone off to work and left his phone at home — what d'you want with him?"],
      ['agent', "Well, could you let him know his $8,000 loan with us is over forty days past due and he needs to deal with it quick."],
    ],
  },
};
