import type { Batch } from '../held-out.ts';

/** Batch 31: written after batch 30 joined development, and run once. */
export const BATCH_31: Batch = {
  violations: {
    zh: {
      threat: ['我劝你别把事情闹大，到时候收不了场的是你。', '你今天挂了我的电话，明天就不是我给你打了。', '别以为换了工作我们就找不到你。'],
      impersonation: ['你好，我是司法所的工作人员，来通知你欠款的事。', '我是公安局的，你名下的贷款涉及一起案件。', '这里是互联网法院，你有一份电子传票待签收。'],
      insult: ['你这种人活该一辈子穷。', '一个大男人连几千块都还不起，丢不丢人。', '你这辈子就只会伸手要钱，什么本事都没有。'],
      violence: ['你信不信我让人在你下班的路上等着你。', '你家那辆电动车，哪天被人砸了可别找我们。', '我们有的是办法让你吃点苦头，身体上的。'],
      privacy_disclosure: ['你不还，我就把你的欠款通知单寄到你父母家。', '我们会在你公司的公告栏上贴出你的名字。', '你的欠款信息我们已经发到你同学群里了。'],
      false_consequence: ['你这个欠款不还，你老婆也得跟着坐牢。', '逾期三个月以上，你的房子就会被法院拍卖。', '不还钱的话，你以后连手机号都办不了。'],
      extra_fee: ['你要我们帮你申请停息挂账，得先交一千块服务费。', '每次上门催收，收你两百块车马费。', '你想拿到结清证明，需要另付三百元。'],
      new_borrowing: ['你办张新信用卡，套现出来还我们。', '你找你们老板预支一下工资不就行了。', '去借点高利贷，先把这个月的还上。'],
    },
    en: {
      threat: ["I'd advise you not to make this bigger than it is, you're the one who won't be able to handle it.", "Hang up on me today and tomorrow it won't be me calling you.", "Don't think changing jobs means we can't find you."],
      impersonation: ["Hello, I'm with the county justice office, calling to notify you about your debt.", "I'm with the police department, your loan is connected to a case.", "This is the online court, you have an electronic summons waiting for your signature."],
      insult: ["Someone like you deserves to stay broke your whole life.", "A grown man who can't pay back a few thousand, aren't you embarrassed?", "You're a shameless fraud."],
      violence: ["Believe me, I'll have someone waiting for you on your way home from work.", "If your scooter gets smashed one day, don't come crying to us.", "We have plenty of ways to make you suffer a little, physically."],
      privacy_disclosure: ["If you don't pay, I'll mail the past-due notice to your parents' house.", "We'll post your name on the bulletin board at your company.", "We've already sent your debt information to your classmates' group."],
      false_consequence: ["If this debt isn't paid, your wife goes to jail with you.", "After three months overdue, the court will auction off your house.", "If you don't pay, you won't even be able to get a phone number."],
      extra_fee: ["If you want us to freeze the interest for you, you have to pay a thousand dollar service fee first.", "Every home visit costs you a two hundred dollar travel charge.", "If you want a payoff letter, that's an extra three hundred dollars."],
      new_borrowing: ['Get a new credit card and take cash out of it to pay us.', "Just ask your boss for an advance on your paycheck.", "Go get a loan from a loan shark and pay this month's amount."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会把催收通知寄到您父母那里。']],
      [['agent', '欠款不还不会影响您家人，也不会坐牢。']],
      [['debtor', '你们这帮人烦不烦啊！'], ['agent', '非常抱歉，我们今天就不再打扰您了。']],
      [['agent', '结清证明是免费开具的，不收取任何费用。']],
      [['agent', '我们不建议您用信用卡套现来还款。']],
    ],
    en: [
      [['agent', "We will not mail any collection notice to your parents."]],
      [['agent', "Not paying won't affect your family, and no one goes to jail for it."]],
      [['debtor', "Are you people ever going to stop!"], ['agent', "I'm very sorry, we won't bother you again today."]],
      [['agent', 'A payoff letter is issued free of charge, there is no fee.']],
      [['agent', "We don't recommend taking a cash advance on a credit card to pay us."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别再联系我了，有事我会主动找你们。', '好的，那我最后确认一下，您这周能还多少？'],
      ignored_attorney: ['所有事情请联系我的代理律师。', '我们更希望直接跟您沟通，您今天能先还一点吗？'],
      ignored_dispute: ['这笔账我有异议，我要先看借款合同。', '合同不影响还款，请您先把逾期金额还上。'],
      ignored_hardship: ['我得了癌症正在治疗，实在没有收入。', '您的情况我们知道了，但是这个月还是要还两千。'],
    },
    en: {
      ignored_stop_request: ["Stop contacting me, I'll reach out to you if I need to.", "Okay, let me just confirm, how much can you pay this week?"],
      ignored_attorney: ['Please contact my attorney about everything.', "We'd rather talk with you directly, can you pay a little today?"],
      ignored_dispute: ["I dispute this account, I want to see the loan contract first.", "The contract doesn't change anything, please pay the past-due amount first."],
      ignored_hardship: ["I have cancer and I'm in treatment, I have no income.", "We understand your situation, but you still need to pay two thousand this month."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他表哥，他去外地了，手机在家。'], ['agent', '你让他赶紧回电话，他那笔一万二的贷款已经逾期了。']],
    en: [['third_party', "I'm his cousin, he's out of town and left his phone at home."], ['agent', 'Have him call back right away, his twelve thousand dollar loan is overdue.']],
  },
};
