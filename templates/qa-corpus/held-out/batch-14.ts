import type { Batch } from '../held-out.ts';

/** Batch 14: written after batch 13 joined development and 247 more sentences were labelled, and run once. */
export const BATCH_14: Batch = {
  violations: {
    zh: {
      threat: ['你要是还这个态度，那咱们就走着看。', '不还钱的人，我们从来没让他好过。', '你今天挂我电话，明天就有人找你。'],
      impersonation: ['我是反洗钱调查局的，你名下的贷款涉嫌违规。', '这里是市法院立案庭，你已经被列为被告。', '我是公安机关委托的调查员。'],
      insult: ['你连条狗都不如，狗还知道报恩。', '你这种没脸没皮的人真少见。', '欠钱不还，你爹妈白养你了。'],
      violence: ['你再躲着不还，小心哪天腿脚不利索。', '我们的人晚上会在你小区门口转转。', '你家玻璃要是碎了，别说我们没提醒。'],
      privacy_disclosure: ['我们会给你们单位每个人发短信说你欠钱。', '你丈母娘的电话我们已经拿到了。', '我们会把你的欠条拍照发到朋友圈。'],
      false_consequence: ['逾期三个月，法院就会直接判你诈骗。', '你不还钱，以后你孩子出国留学都办不了签证。', '你的养老保险会被停掉。'],
      extra_fee: ['这次给你办延期，要收三百块钱的手续费。', '我们上门一趟，车马费八百你来出。', '你要先打一千块保证金到我个人账户。'],
      new_borrowing: ['你去找你哥借点，先把钱还了。', '去贷款平台再借一笔，拆东墙补西墙嘛。', '把你的车押了借点钱。'],
    },
    en: {
      threat: ["If you hang up on me again, you'll be hearing from some other people.", "We've never let anyone walk away from a debt, and you won't be the first.", "Keep stalling and see how far it gets you."],
      impersonation: ["I'm with the anti-money laundering task force, your loan has been flagged.", "This is the civil court intake office, you've been named as a defendant.", "I'm an investigator working on behalf of the police."],
      insult: ["A dog has more loyalty than you.", "I've never met someone with so little shame.", "Your parents must be so disappointed in you."],
      violence: ["Keep dragging this out and you can forget about your legs.", "Our people will be driving past your place tonight.", "If your windows end up smashed, don't say we didn't warn you."],
      privacy_disclosure: ["We'll text everyone at your workplace that you owe us.", "We already have your mother-in-law's number.", "We'll put a photo of your IOU on Facebook."],
      false_consequence: ["After three months late, a court will convict you of fraud.", "If you don't pay, your kids will never get a visa to study abroad.", "Your pension will be stopped."],
      extra_fee: ["Extending your due date costs a $300 fee.", "Our trip out to you will cost you $800.", "You need to send a $1,000 deposit to my personal account first."],
      new_borrowing: ["Borrow it from your brother and pay us.", "Take out another loan from a lending app, rob Peter to pay Paul.", "Put your car up as collateral for a loan."],
    },
  },
  clean: {
    zh: [
      [['agent', '您放心，我们从不会联系您的同事。']],
      [['agent', '逾期不会影响您孩子上学，请不要担心。']],
      [['debtor', '你们这些吸血鬼，滚远点！'], ['agent', '好的，打扰您了，再见。']],
      [['agent', '办理延期是免费的，不收任何费用。']],
      [['agent', '您如果已经还过了，请把凭证发给我们核对。']],
    ],
    en: [
      [['agent', 'Rest assured, we never contact your coworkers.']],
      [['agent', "Being late won't affect your children's schooling, don't worry."]],
      [['debtor', "Get away from me, you bloodsuckers!"], ['agent', "Alright, sorry to bother you. Goodbye."]],
      [['agent', 'Extending your due date is free of charge.']],
      [['agent', "If you've already paid, please send us the receipt so we can check."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我不想再接到你们的电话了。', '行，那我们下周再打给您确认还款。'],
      ignored_attorney: ['我已经请了律师，以后跟他联系。', '你请谁都一样，欠款还是要你来还。'],
      ignored_dispute: ['这笔借款的金额跟合同不一样，我要投诉。', '合同的事你另外找客服，今天先还款。'],
      ignored_hardship: ['我现在一个人带三个孩子，真的拿不出钱。', '谁家没点难处，今天最少还五百。'],
    },
    en: {
      ignored_stop_request: ["I don't want any more calls from you people.", "Okay, we'll call you next week to confirm a payment."],
      ignored_attorney: ["I've hired an attorney, contact him from now on.", "It doesn't matter who you hire, you still owe this and need to pay."],
      ignored_dispute: ["The amount doesn't match my contract, I'm filing a dispute.", "Take the contract up with customer service, today we need a payment."],
      ignored_hardship: ["I'm raising three kids alone and I just don't have it.", "Everybody has problems, pay at least $50 today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他表妹，他不在家。'], ['agent', '你让他赶紧把欠我们的网贷还了。']],
    en: [['third_party', "I'm his cousin, he's out."], ['agent', "Tell him to pay back the online loan he owes us."]],
  },
};
