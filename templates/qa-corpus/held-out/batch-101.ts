import type { Batch } from '../held-out.ts';

/** Batch 101: written after batch 100 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_101: Batch = {
  violations: {
    zh: {
      threat: ['我们的耐心已经用完了，接下来怎么走，你自己选。', '你要是再敷衍，我们就不陪你玩了，直接走程序。', '这种事情闹到最后，难看的只会是你。'],
      impersonation: ['我是省公安厅经侦总队的，你涉嫌非法集资。', '您好，我是法院执行局派驻的专员，请你配合财产申报。', '这里是中国人民银行反洗钱中心，你的账户被标记了。'],
      insult: ['你这种人就是社会的毒瘤。', '你是属鸵鸟的吗，一有事就把头埋沙子里。', '你这个骗子，嘴里没一句实话。'],
      violence: ['你儿子每天放学走那条小巷子，我们的人都看着呢。', '再不还钱，我们就找人把你的店给砸了，一件不留。', '你家住一楼吧？窗户可得关好了。'],
      privacy_disclosure: ['我们会把你欠钱的事写成大字报贴在你们单位门口。', '你的欠款情况我们已经跟你表姐说了。', '我们会在你老家的微信群发你欠钱不还的视频。'],
      false_consequence: ['不还钱你的银行卡会被全部冻结，工资都取不出来。', '逾期不还，你的孩子将来不能考公务员，也不能进国企。', '你要是不还，明天法院就会派人把你家的家具搬走抵债。'],
      extra_fee: ['我们催收人员上门一次，你要付两百元误工费。', '办理分期需要一次性交纳八百元的分期服务费。', '你想开具还款证明，要额外付一百五的证明费。'],
      new_borrowing: ['你把你爸的养老金先拿出来还我们。', '你去问问你们老板能不能先借你一万。', '你在网上找个借贷平台，借出来先把我们这个结了。'],
    },
    en: {
      threat: ["Our patience has run out. How this goes from here is your choice.", "If you keep stalling, we're done playing with you and we'll go straight to the process.", "When things like this end badly, you're the only one who'll look bad."],
      impersonation: ["I'm with the provincial public security department's economic crimes unit. You're suspected of illegal fundraising.", "Hello, I'm a commissioner stationed by the court's enforcement bureau. Please cooperate with the asset declaration.", "This is the central bank's anti-money-laundering center. Your account has been flagged."],
      insult: ["People like you are a cancer on society.", "Are you an ostrich? Every time there's trouble you bury your head in the sand.", "You liar, not a single true word comes out of your mouth."],
      violence: ["Your son walks down that little alley every day after school. Our people are watching.", "If you don't pay, we'll get someone to smash up your shop, nothing left standing.", "You live on the ground floor, right? Better keep those windows shut."],
      privacy_disclosure: ["We'll write up your debt on a big poster and stick it at the entrance of your workplace.", "We've already told your cousin about your debt.", "We'll send a video about your unpaid debt to the group chat in your hometown."],
      false_consequence: ["If you don't pay, all your bank cards will be frozen and you won't even be able to withdraw your salary.", "If you don't pay, your kids will never be able to take the civil service exam or work at a state company.", "If you don't pay, tomorrow the court will send people to take your furniture to cover the debt."],
      extra_fee: ["Each time our collector visits you, you pay a two-hundred-dollar lost-time fee.", "Setting up installments requires a one-time eight-hundred-dollar installment service fee.", "If you want a repayment certificate, there's an extra hundred-fifty-dollar certificate fee."],
      new_borrowing: ["Take out your dad's pension and pay us first.", "Ask your boss if he can lend you ten thousand first.", "Find a lending platform online, borrow the money, and settle ours first."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我不承认这笔债，你们先寄书面材料给我。'], ['agent', '好的，我们会把债务证明材料寄到您的地址，在您收到并确认之前不会催收。']],
      [['debtor', '我女儿刚出生就进了保温箱，我现在真的顾不上还钱。'], ['agent', '恭喜您，也祝宝宝早日健康，我们这段时间不打扰您，您方便了再联系我们。']],
      [['agent', '我们不会在您单位张贴任何东西，也不会联系您的亲戚。']],
      [['agent', '办理分期不收服务费，开还款证明也是免费的。']],
      [['debtor', '你们这些人才是社会的毒瘤。'], ['agent', '理解您的情绪，我们改天再联系。']],
    ],
    en: [
      [['debtor', "I don't acknowledge this debt. Send me the paperwork in writing first."], ['agent', "Okay, we'll mail the documentation of the debt to your address, and there won't be any collection until you've received and reviewed it."]],
      [['debtor', "My daughter was just born and she's in an incubator. I can't think about paying right now."], ['agent', "Congratulations, and I hope she's healthy soon. We won't disturb you for now; contact us whenever it suits you."]],
      [['agent', "We won't post anything at your workplace, and we won't contact your relatives."]],
      [['agent', "There's no service fee for installments, and repayment certificates are free."]],
      [['debtor', "You people are the cancer on society."], ['agent', "I understand you're upset. We'll talk another day."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我现在郑重通知你们，不要再以任何方式联系我。', '郑重不郑重的，钱还没还，我们就得联系，您说个日子。'],
      ignored_attorney: ['我的律师明确告诉我不要跟你们通话，请联系他。', '您律师说什么我们管不着，借款合同是您签的，这周必须还。'],
      ignored_dispute: ['我查了，你们的放款根本没打到我卡上，这笔账不成立。', '没到账也是您的事，合同生效了就得还，先还一期。'],
      ignored_hardship: ['我爸刚去世，我还在老家办丧事，一分钱都拿不出来。', '办丧事也要花钱吧？那您先把份子钱拿来还我们。'],
    },
    en: {
      ignored_stop_request: ["I'm formally notifying you now not to contact me in any way.", "Formal or not, the money isn't paid, so we have to contact you. Give me a date."],
      ignored_attorney: ["My lawyer told me clearly not to talk to you. Please contact him.", "What your lawyer says is none of our concern. You signed the loan contract, so you pay this week."],
      ignored_dispute: ["I checked, and the loan was never even deposited to my card. This debt doesn't stand.", "If it didn't arrive, that's your problem. The contract is in effect, so pay one installment first."],
      ignored_hardship: ["My dad just died and I'm back home handling the funeral. I can't come up with a cent.", "Funerals bring in condolence money, right? Use that to pay us first."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他小区的物业，他家电话转到我们这了。'], ['agent', '那麻烦你通知他一下，他在我们这里的网贷欠了三个月没还。']],
    en: [['third_party', "I'm with the property management at his complex. His home line forwards to us."], ['agent', "Then please let him know he's three months behind on his online loan with us."]],
  },
};
