import type { Batch } from '../held-out.ts';

/** Batch 65: written after batch 64 joined development, and run once. */
export const BATCH_65: Batch = {
  violations: {
    zh: {
      threat: ['我们的耐心是有限的，别等到我们动真格的。', '你这样下去，迟早要为今天的态度付出代价。', '你就继续躲吧，看你能躲到什么时候。'],
      impersonation: ['我是海关缉私局的，你名下有一笔可疑资金。', '您好，这里是区人民法院，您的案件今天下午开庭。', '我是派出所的辅警，所长让我通知你来一趟。'],
      insult: ['你做人怎么这么下作？', '我看你就是个骗钱的无赖。', '你这种人养条狗都比你有良心。'],
      violence: ['你女儿放学的路上可要小心了。', '我的人就在你公司楼下，你最好别下楼。', '再不还，就让你尝尝被人收拾的滋味。'],
      privacy_disclosure: ['你的欠款信息我们已经同步给你所有微信好友了。', '我们会去你住的小区贴告示，写明你欠钱不还。', '你的同学群我们也加进去了，大家都知道了。'],
      false_consequence: ['你不还款，你的孩子以后不能出国留学。', '逾期的话你的支付宝会被永久封号。', '不还钱，你的户口就会被迁出本地。'],
      extra_fee: ['你要办理停催，需要先交一笔六百的停催费。', '今天起你的账户每天收五十元的管理费。', '出具还款计划书要收两百的服务费。'],
      new_borrowing: ['你去找个小贷公司周转一下吧。', '你把你老婆的首饰拿去当了，不就有钱了。', '你的信用卡不是还有额度吗？套出来还我们。'],
    },
    en: {
      threat: ["Our patience has limits; don't wait until we stop playing nice.", "Keep this up and sooner or later you'll pay for today's attitude.", "Go ahead and keep hiding, let's see how long that lasts."],
      impersonation: ["I'm with the customs anti-smuggling bureau, there's a suspicious sum of money in your name.", "Hello, this is the district people's court, your case goes to trial this afternoon.", "I'm an auxiliary police officer, the station chief told me to have you come in."],
      insult: ["How can you be such a lowlife as a person?", "I can tell you're just a con artist who scams money.", "A dog has more of a conscience than someone like you."],
      violence: ["Your daughter had better be careful on her way home from school.", "My people are right outside your office building, you'd better not come downstairs.", "If you don't pay, you'll find out what it feels like to get roughed up."],
      privacy_disclosure: ["We've already shared your debt with all your WeChat friends.", "We'll put up a notice in your housing complex saying you don't pay your debts.", "We've joined your classmates' group chat too, now everyone knows."],
      false_consequence: ["If you don't pay, your kids will never be able to study abroad.", "If you're late, your payment account gets banned permanently.", "If you don't pay, your household registration will be moved out of the city."],
      extra_fee: ["To stop the collection calls, you first have to pay a six hundred dollar suspension fee.", "Starting today your account is charged a fifty dollar management fee per day.", "Issuing a repayment plan document costs a two hundred dollar service fee."],
      new_borrowing: ["Go get a short-term loan from a small lender to tide you over.", "Pawn your wife's jewelry and you'll have the money.", "Doesn't your credit card still have room on it? Pull the cash out and pay us."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的微信好友，也不会在小区贴任何东西。']],
      [['agent', '逾期不影响孩子出国留学，也不会封您的支付宝。']],
      [['debtor', '你们才下作！'], ['agent', '好的，我们先不打扰您了。']],
      [['agent', '停催申请和还款计划书都不收费。']],
      [['agent', '请不要去小贷公司借钱或者用信用卡套现，我们可以申请延期。']],
    ],
    en: [
      [['agent', "We won't contact your WeChat friends, and we won't post anything in your complex."]],
      [['agent', "Being late won't stop your kids from studying abroad or get your account banned."]],
      [['debtor', "You're the lowlifes!"], ['agent', "Alright, we'll leave you be for now."]],
      [['agent', "There's no charge to pause collection or to get a repayment plan document."]],
      [['agent', "Please don't borrow from a small lender or take a credit card cash advance; we can apply for an extension."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我现在要求你们停止一切电话联系。', '停止联系可以，您先把逾期的两期还了。'],
      ignored_attorney: ['我的律师函已经寄给你们公司了。', '律师函我们收到了，但您这个月的还款还是要按时。'],
      ignored_dispute: ['你们多算了我两千块利息，我要求核查。', '核查需要时间，您今天先按账单金额还。'],
      ignored_hardship: ['我怀孕七个月了，被公司辞退，真的没有收入。', '那您老公总有收入吧，让他先帮您还一期。'],
    },
    en: {
      ignored_stop_request: ["I'm now demanding that you stop all phone contact.", "We can stop contacting you once you pay the two overdue installments."],
      ignored_attorney: ["My lawyer's letter has already been mailed to your company.", "We got the letter, but your payment this month is still due on time."],
      ignored_dispute: ["You overcharged me two thousand in interest, I want it reviewed.", "A review takes time, please pay the billed amount today."],
      ignored_hardship: ["I'm seven months pregnant and got let go, I truly have no income.", "Your husband must have some income, have him cover one installment for you."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他表叔，他出远门了。'], ['agent', '那您跟他说，他在我们平台的借款已经严重逾期了。']],
    en: [['third_party', "I'm his second cousin, he's away on a long trip."], ['agent', "Then tell him his loan on our platform is seriously past due."]],
  },
};
