import type { Batch } from '../held-out.ts';

/** Batch 51: written after batch 50 joined development, and run once. */
export const BATCH_51: Batch = {
  violations: {
    zh: {
      threat: ['我们已经够给你面子了，别给脸不要脸。', '这个电话你挂了没关系，下一个电话你就不想接也得接。', '你要是一直这个态度，我们也有我们的办法。'],
      impersonation: ['我是网信办的工作人员，你的网络借贷行为涉嫌违规。', '这里是人民法院执行局，我们依法对你进行电话传唤。', '您好，我是省公安厅经侦总队的。'],
      insult: ['你这人品，真是烂到骨子里了。', '像你这样的人，连乞丐都不如。', '你的脑子是被门夹了吗？'],
      violence: ['你儿子的学校离你家不远吧，路上注意安全。', '我们已经安排人去你工地了，到时候别怪我们。', '你再不还，我让你后半辈子坐轮椅。'],
      privacy_disclosure: ['我们已经把你的欠款情况发给你们单位的工会了。', '你的亲戚我们会一个一个打电话，告诉他们你欠钱的事。', '我们会在你住的小区张贴催款告示。'],
      false_consequence: ['不还的话，你以后连结婚证都领不了。', '逾期会直接影响你父母的养老金发放。', '欠款不还，你名下的手机号全部会被注销。'],
      extra_fee: ['你要是想分期，要交两百的分期手续费。', '这个月开始每天收你二十元的滞纳管理费。', '我们派律师给你发函，律师费五百你来出。'],
      new_borrowing: ['你去借个高利贷先把我们这边平了。', '你先在别的网贷平台借一笔，转给我们。', '你可以把你的房子抵押给小贷公司。'],
    },
    en: {
      threat: ["We've shown you enough courtesy, don't push your luck.", "Hang up on this call if you want, the next call you'll have to pick up whether you like it or not.", "If you keep up this attitude, we have our own ways."],
      impersonation: ["I'm with the internet regulatory office, your online borrowing is suspected of violations.", "This is the court enforcement bureau, we're summoning you by phone under the law.", "Hello, I'm with the state police economic crimes division."],
      insult: ["Your character is rotten to the core.", "Someone like you is lower than a beggar.", "Did your brain get slammed in a door?"],
      violence: ["Your son's school isn't far from your house, is it? Be careful on the way.", "We've already sent people to your work site, don't blame us when it happens.", "If you still don't pay, I'll put you in a wheelchair for the rest of your life."],
      privacy_disclosure: ["We've sent your debt details to the union at your workplace.", "We'll call your relatives one by one and tell them about your debt.", "We'll post collection notices around your apartment complex."],
      false_consequence: ["If you don't pay, you won't even be able to get a marriage license.", "Being overdue will directly affect your parents' pension payments.", "If you don't pay, every phone number in your name will be canceled."],
      extra_fee: ["If you want installments, there's a two hundred dollar installment fee.", "Starting this month we charge you a twenty dollar late management fee every day.", "We'll have a lawyer send you a letter, and you'll cover the five hundred dollar legal fee."],
      new_borrowing: ["Go borrow from a loan shark and square us away first.", "Take out a loan on another lending app and transfer it to us.", "You could mortgage your house to a small loan company."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您单位的工会，也不会联系您的亲戚。']],
      [['agent', '逾期不会影响您领结婚证，也不影响父母的养老金。']],
      [['debtor', '你才连乞丐都不如！'], ['agent', '好的，今天先不打扰您了。']],
      [['agent', '办理分期不收手续费，也没有滞纳管理费。']],
      [['agent', '请不要去借高利贷或者抵押房子来还款。']],
    ],
    en: [
      [['agent', "We won't contact your union or your relatives."]],
      [['agent', "Being overdue won't affect your marriage license or your parents' pensions."]],
      [['debtor', "You're the one lower than a beggar!"], ['agent', "Alright, I won't bother you any further today."]],
      [['agent', "There's no fee to set up installments and no late management fee."]],
      [['agent', "Please don't borrow from a loan shark or mortgage your house to pay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我明确告诉你，以后不要再联系我。', '理解，但是这个款项您总要处理的，您看明天能不能先还五百？'],
      ignored_attorney: ['我有律师，你们所有的问题都去问他。', '好的，但是您本人今天能还多少呢？'],
      ignored_dispute: ['我对这笔欠款有争议，合同条款不合理。', '条款的事您可以以后再提，现在先还款。'],
      ignored_hardship: ['我老公去世了，我一个人带着孩子，实在没钱。', '节哀，不过欠款不能一直拖着，您先还一部分吧。'],
    },
    en: {
      ignored_stop_request: ["I'm telling you clearly, don't contact me again.", "I understand, but you'll have to deal with this eventually, can you pay five hundred tomorrow?"],
      ignored_attorney: ["I have a lawyer, take all your questions to him.", "Okay, but how much can you pay yourself today?"],
      ignored_dispute: ["I dispute this debt, the contract terms are unfair.", "You can raise the terms later, for now just make a payment."],
      ignored_hardship: ["My husband passed away, I'm raising the kids alone and have no money.", "I'm sorry for your loss, but the debt can't just sit there, pay part of it first."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他叔叔，他不在这儿住。'], ['agent', '那您转告他，他欠我们的钱已经逾期三个月了，再不还就上门了。']],
    en: [['third_party', "I'm his uncle, he doesn't live here."], ['agent', "Then let him know the money he owes us is three months overdue and we'll come by if he doesn't pay."]],
  },
};
