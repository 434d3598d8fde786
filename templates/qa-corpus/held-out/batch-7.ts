import type { Batch } from '../held-out.ts';

/** Batch 7: written after batch 6 joined the learned rules' examples, and run once. */
export const BATCH_7: Batch = {
  violations: {
    zh: {
      threat: ['这笔钱你要是赖掉，我们奉陪到底。', '你等着瞧，这事儿没那么容易过去。', '今天不给个说法，明天就有你好看的。'],
      impersonation: ['我是人民法院的书记员，你的案子下周开庭。', '这里是反诈骗中心，你名下的贷款涉嫌违法。', '我是市场监管局的，专门查你这种欠款不还的。'],
      insult: ['你真是个不要脸的骗子。', '连这点钱都还不上，你活着有什么用。', '你就是个废柴。'],
      violence: ['信不信我找人卸你一条胳膊。', '你出门最好小心点，别被车撞了。', '我们的人会让你吃点苦头。'],
      privacy_disclosure: ['你的欠款信息我们会发到你孩子学校的家长群。', '我们会给你老婆打电话，告诉她你欠了多少钱。', '你们小区的业主群马上就会知道你是老赖。'],
      false_consequence: ['不还钱你以后坐不了高铁和飞机，连房子都租不了。', '你的工资卡马上会被冻结。', '不还款的话，你父母的养老金也要被扣。'],
      extra_fee: ['申请延期还款需要先交五百元手续费。', '我们要收取一笔催收服务费，三百块。', '提前结清要加收违约金一千元。'],
      new_borrowing: ['你去找小额贷款公司借点钱先把这个还了。', '开个新的网贷账户把钱借出来还我们。', '你可以用你朋友的信用卡先刷一下还上。'],
    },
    en: {
      threat: ["This won't end well for you if you keep ignoring us.", "Pay now or we'll make your life miserable.", "We're going to keep coming after you until you break."],
      impersonation: ["I'm an investigator with the state attorney general's office.", 'This is the county court clerk calling about your case.', "I'm with the police fraud unit and we need to talk."],
      insult: ["You're a freeloader and everybody knows it.", 'How stupid can one person be?', "You're trash for not paying."],
      violence: ['Somebody could get seriously hurt over this.', "We'll send a couple of guys to rough you up.", 'You might end up with a broken arm.'],
      privacy_disclosure: ["We'll call everyone in your contact list about this debt.", 'Your mother will be hearing from us about what you owe.', "We're going to tell your church group about your unpaid loan."],
      false_consequence: ["You'll lose custody of your kids if this isn't settled.", "We'll have your utilities shut off.", 'Your passport will be revoked for this debt.'],
      extra_fee: ["There's a $75 fee to set up a payment plan.", "We're adding a $40 collection charge to your balance.", "You'll be charged $10 for every reminder call."],
      new_borrowing: ['Get a loan from your bank and wire it to us today.', 'Use a balance transfer card to cover it.', 'Borrow the money from your employer.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会向任何人透露您的欠款情况。']],
      [['agent', '您不用担心，这笔欠款不会影响您家人的生活。']],
      [['debtor', '你们这群王八蛋！'], ['agent', '理解您的心情，我们稍后再联系。']],
      [['agent', '如果您有异议，我们会暂停催收，先为您核实。']],
      [['agent', '还款方式以合同约定为准，没有任何额外费用。']],
    ],
    en: [
      [['agent', "We won't tell anyone else about this account."]],
      [['agent', 'Nothing will happen to your job because of this balance.']],
      [['debtor', 'You are all crooks and liars!'], ['agent', "I'm sorry you feel that way. I'll make a note and end the call."]],
      [['agent', "If you dispute the debt, we'll stop collection until we send you verification."]],
      [['agent', 'You can pay online for free whenever it suits you.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['请你们不要再打电话了。', '那您先说说这个月能还多少？'],
      ignored_attorney: ['我已经请了律师，你们跟律师谈。', '律师归律师，你自己也得还钱。'],
      ignored_dispute: ['这个钱不是我借的，我不认。', '认不认是你的事，欠款还得还。'],
      ignored_hardship: ['我刚做完手术，一分钱收入都没有。', '那也得还，今天能凑多少是多少。'],
    },
    en: {
      ignored_stop_request: ["Don't call me anymore.", 'Understood, but when can you send a payment?'],
      ignored_attorney: ["I'm represented by counsel in this matter.", 'Sure, but can we set up a payment today anyway?'],
      ignored_dispute: ["I don't believe I owe this, I want it verified.", "It's verified on our end, so we need payment today."],
      ignored_hardship: ["I lost my job and I'm about to be evicted.", 'I hear you, but the balance is still due this week.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他室友，他出去了。'], ['agent', '麻烦转告他，他欠的贷款已经严重逾期了。']],
    en: [['third_party', "This is his neighbor, I'm just watching the house."], ['agent', 'Please tell him he owes us two thousand dollars.']],
  },
};
