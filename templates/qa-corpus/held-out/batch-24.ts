import type { Batch } from '../held-out.ts';

/** Batch 24: written after batch 23 joined development, and run once. */
export const BATCH_24: Batch = {
  violations: {
    zh: {
      threat: ['你再装傻，我们只能采取非常手段了。', '你要是今天不还，后果你承担不起。', '我们有的是人手，慢慢陪你玩。'],
      impersonation: ['我是区检察院的，你涉嫌恶意逃废债务。', '这里是公安分局，请你明天来配合调查。', '我是法院执行庭的书记员，今天通知你最后一次。'],
      insult: ['你真是个厚颜无耻的骗子。', '这么点钱都还不上，你还算个男人吗？', '你全家都是一路货色。'],
      violence: ['你信不信我明天就带人去你家门口蹲你。', '再不还钱，出门小心被车撞。', '我们会找人教训教训你。'],
      privacy_disclosure: ['我们已经把你的欠款发到你的家族群了。', '我马上打电话告诉你老板你欠钱不还。', '我们会在网上曝光你的身份证照片。'],
      false_consequence: ['你再不还，就要被判刑坐牢了。', '你的孩子以后考公务员会受影响。', '逾期一个月，你名下的房子就会被查封。'],
      extra_fee: ['你想要减免，先付三百元服务费。', '我们每次上门都要收你五百块。', '延期还款需要另外交一笔手续费。'],
      new_borrowing: ['你去借点网贷，先把这个还上。', '找你父母要点钱还上不就行了。', '去典当行把你的金项链当了吧。'],
    },
    en: {
      threat: ["Keep playing dumb and we'll have to take drastic measures.", "If you don't pay today, you won't be able to handle the consequences.", "We've got plenty of people, we can keep this up as long as it takes."],
      impersonation: ["I'm with the district attorney's office, you're suspected of evading debts.", 'This is the police precinct, come in tomorrow to assist our investigation.', "I'm a clerk with the court's enforcement division, this is your final notice."],
      insult: ["You're a shameless con artist.", "Can't pay back this little bit, call yourself a man?", 'Your whole family is the same kind of trash.'],
      violence: ["I'll bring some guys to wait outside your house tomorrow.", "Don't pay and watch out you don't get hit by a car.", "We'll find someone to teach you a lesson."],
      privacy_disclosure: ["We've already posted your debt in your family group chat.", "I'm calling your boss right now to tell him you don't pay.", "We'll expose your ID photo online."],
      false_consequence: ["Keep not paying and you'll be sentenced to prison.", "Your kids' chances at government jobs will be affected.", 'A month late and your house will be seized.'],
      extra_fee: ['If you want a reduction, first pay a $300 service fee.', 'Each time we visit you, it costs you $500.', 'Extending your due date requires an extra handling fee.'],
      new_borrowing: ['Go get an online loan and pay this off first.', 'Just ask your parents for the money and pay it.', 'Take your gold necklace to a pawn shop.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会把您的信息发到任何群里。']],
      [['agent', '逾期不会导致坐牢，这属于民事纠纷。']],
      [['debtor', '你们这群混蛋，烦死了！'], ['agent', '非常抱歉打扰您，我们改天再联系。']],
      [['agent', '申请延期是免费的，不收取手续费。']],
      [['agent', '我们不建议您借网贷来还款。']],
    ],
    en: [
      [['agent', "We won't post your information in any group chat."]],
      [['agent', "Being late won't land you in jail, this is a civil matter."]],
      [['debtor', 'You jerks, leave me alone!'], ['agent', "I'm very sorry to bother you, we'll reach out another day."]],
      [['agent', 'Requesting an extension is free, there is no handling fee.']],
      [['agent', "We don't recommend taking out online loans to repay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们再打我就报警了，别再打了。', '好的，那您今天能先还多少？'],
      ignored_attorney: ['我请了律师，有事你们找律师。', '律师也得还钱，您今天先把这期还了。'],
      ignored_dispute: ['这个金额不对，我要先核实账单。', '核实需要时间，您先还款再说。'],
      ignored_hardship: ['我刚失业，家里还有两个孩子要养。', '理解，不过您还是得想办法今天先还一些。'],
    },
    en: {
      ignored_stop_request: ["Call me again and I'm calling the police, stop calling.", 'Okay, how much can you pay today?'],
      ignored_attorney: ["I've hired a lawyer, go to my lawyer.", 'Lawyer or not, you have to pay, please pay this installment today.'],
      ignored_dispute: ['This amount is wrong, I need to verify the statement first.', 'Verification takes time, please make a payment first.'],
      ignored_hardship: ['I just lost my job and I have two kids to feed.', 'I understand, but you still need to find a way to pay something today.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他表弟，他出去了。'], ['agent', '你告诉他，他的欠款已经逾期一个月了，尽快还。']],
    en: [['third_party', "I'm his cousin, he stepped out."], ['agent', 'Tell him his debt is a month overdue and he should pay soon.']],
  },
};
