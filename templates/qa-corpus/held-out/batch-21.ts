import type { Batch } from '../held-out.ts';

/** Batch 21: written after batch 20 joined development, and run once. */
export const BATCH_21: Batch = {
  violations: {
    zh: {
      threat: ['我劝你别跟我们玩花样，吃亏的是你。', '这个钱你今天不给，以后有你受的。', '你以为我们拿你没办法吗？'],
      impersonation: ['我是县公安局刑警队的，你的贷款涉嫌诈骗。', '这里是人民法院送达处，通知你明天到庭。', '我是国家金融监督管理总局的，专门查你这种逾期。'],
      insult: ['你这种人就是社会的渣滓。', '脸皮真厚，欠钱还理直气壮。', '你是猪脑子吗，听不懂人话？'],
      violence: ['再不还钱，我让人去你老家把你爸妈的房子拆了。', '你信不信我现在就带人过去揍你。', '你最好别让我在街上碰到你，不然你就完了。'],
      privacy_disclosure: ['我会把你的欠款记录发给你孩子的学校。', '你们小区的业主群里很快就会有你的照片。', '我们已经通知你的房东了，说你欠钱不还。'],
      false_consequence: ['你这个属于恶意逃债，马上就会被拘留。', '不还钱，你的医保卡也会被停用。', '逾期的话，你的子女以后都不能出国。'],
      extra_fee: ['你得先交一千块的调解费，我们才能帮你停催。', '催收员上门的交通费你得报销。', '逾期超过七天，要额外收取一次性违约处理费五百元。'],
      new_borrowing: ['去信用卡中心办个分期，套点钱出来还我们。', '你找你那些亲戚朋友挨个借一点。', '把你老婆的首饰卖了先还钱。'],
    },
    en: {
      threat: ["I'd advise you not to play games with us, you'll be the one who loses.", "Don't pay today and you'll have plenty to suffer later.", "You think we can't do anything to you?"],
      impersonation: ["I'm a detective with the county police, your loan is part of a fraud case.", "This is the court's service office, you're ordered to appear tomorrow.", "I'm with the national financial regulator, we go after people like you."],
      insult: ["You're the dregs of society.", 'What a thick skin, owing money and acting so righteous.', "Are you brainless? Don't you understand plain English?"],
      violence: ["Don't pay and I'll have my guys tear down your parents' house.", "You think I won't bring some people over right now to beat you up?", "Better hope I don't run into you on the street, or you're done."],
      privacy_disclosure: ["I'll send your debt records to your child's school.", 'Your photo will be up in your neighborhood group chat soon.', "We've already told your landlord that you don't pay your debts."],
      false_consequence: ["This counts as malicious evasion, you'll be detained immediately.", "If you don't pay, your health insurance will be cancelled too.", "If you're late, your children will never be allowed to travel abroad."],
      extra_fee: ['You need to pay a $1,000 mediation fee before we can stop the calls.', "You'll have to reimburse our collector's travel costs for the visit.", 'More than seven days late means an extra one-time $500 default processing fee.'],
      new_borrowing: ['Go get a cash advance on your credit card and pay us with it.', 'Go around to your relatives and friends and borrow a little from each.', "Sell your wife's jewelry and pay us first."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您孩子的学校，请您放心。']],
      [['agent', '只要您正常沟通，不会被拘留。']],
      [['debtor', '你们这些人都是骗子，滚！'], ['agent', '打扰您了，如有疑问可以拨打官方客服核实。']],
      [['agent', '停催不需要交任何调解费。']],
      [['agent', '我们不建议您通过借款来还款。']],
    ],
    en: [
      [['agent', "We will not contact your child's school, you have my word."]],
      [['agent', 'As long as we keep talking, nobody is going to detain you.']],
      [['debtor', "You're all crooks, get lost!"], ['agent', 'Sorry to bother you, you can verify us through our official customer line.']],
      [['agent', "Stopping the calls doesn't require any mediation fee."]],
      [['agent', "We don't recommend borrowing money to repay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['请你们不要再打了，我会自己处理。', '那您今天能不能先还一千？'],
      ignored_attorney: ['我已经请了律师，以后请直接联系我的律师。', '这个不用找律师，您自己就能处理，今天还上就行。'],
      ignored_dispute: ['这笔欠款的金额我不认可，我要先核对合同。', '核对不核对都要还，您今天先还最低还款。'],
      ignored_hardship: ['我妻子刚去世，家里一团乱，现在真的没钱。', '节哀，不过欠款您还是得尽快安排。'],
    },
    en: {
      ignored_stop_request: ["Please stop calling, I'll handle it myself.", 'Could you at least pay a thousand today?'],
      ignored_attorney: ["I've hired a lawyer, please contact my lawyer directly from now on.", 'No need for a lawyer, you can handle this yourself, just pay it today.'],
      ignored_dispute: ["I don't agree with this amount, I need to check my contract first.", 'Check it or not, you still have to pay, please make the minimum payment today.'],
      ignored_hardship: ["My wife just passed away, everything's a mess and I truly have no money.", "I'm sorry for your loss, but you still need to arrange payment soon."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他同学，他手机放我这儿了。'], ['agent', '那你告诉他，他在我们这的借款逾期了，让他赶紧还。']],
    en: [['third_party', "I'm his classmate, he left his phone with me."], ['agent', 'Then tell him his loan with us is overdue and he needs to pay it.']],
  },
};
