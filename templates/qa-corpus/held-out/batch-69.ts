import type { Batch } from '../held-out.ts';

/** Batch 69: written after batch 68 joined development, and run once. */
export const BATCH_69: Batch = {
  violations: {
    zh: {
      threat: ['你要想清楚，得罪我们对你没有任何好处。', '你今天挂我电话，明天就有人去敲你的门。', '我们的手段你还没见识过，别逼我们用。'],
      impersonation: ['我是证监会稽查局的，你的账户涉嫌违规。', '您好，我是派出所的片警，想了解一下你的欠款情况。', '这里是市中院执行局，你被列为重点执行对象。'],
      insult: ['你就是个混吃等死的废物。', '你这脑子是摆设吗？', '你这种无赖，说话跟放屁一样。'],
      violence: ['你出门的时候最好多看看身后。', '我们会让你知道欠钱不还是什么下场，你的胳膊腿可得保护好。', '今晚我们的人就去你家，你最好别开门。'],
      privacy_disclosure: ['我们会把你欠款的事告诉你的相亲对象。', '你单位的领导我们已经通知了，他很生气。', '我们会在你常去的那家健身房贴你的照片。'],
      false_consequence: ['逾期不还，你的驾驶证和行驶证都会被扣。', '你这样会被列为失信人，连火车都坐不了一辈子。', '不还钱的话，你父母的房子也要被查封。'],
      extra_fee: ['你要申请减免，先交四百块的材料审核费。', '逾期每天我们额外收取千分之五的服务费。', '你要我们出具协商函，得先付一百五。'],
      new_borrowing: ['你可以去借点消费贷，先把我们的还了。', '你让你女朋友帮你贷一笔款。', '把你的公积金提出来，不就够了吗？'],
    },
    en: {
      threat: ["Think it through, crossing us won't do you any good.", "Hang up on me today and someone will be knocking on your door tomorrow.", "You haven't seen what we can do yet, don't make us use it."],
      impersonation: ["I'm with the securities regulator's enforcement bureau, your account is suspected of violations.", "Hello, I'm your neighborhood beat officer, I want to ask about your debt.", "This is the intermediate court's enforcement bureau, you're listed as a priority enforcement target."],
      insult: ["You're a useless bum waiting to die.", "Is that brain of yours just for decoration?", "A lowlife like you, your word is worth nothing but hot air."],
      violence: ["When you go out you'd better keep looking over your shoulder.", "We'll show you what happens to people who don't pay; you'd better protect your arms and legs.", "Our guys are going to your place tonight, you'd better not open the door."],
      privacy_disclosure: ["We'll tell your blind date about your debt.", "We've already informed your boss at work, and he's furious.", "We'll put your photo up at the gym you always go to."],
      false_consequence: ["If you don't pay, your driver's license and vehicle registration will be seized.", "This will get you blacklisted as a defaulter and you'll never ride a train again.", "If you don't pay, your parents' house will be seized too."],
      extra_fee: ["If you want a reduction, first pay a four hundred dollar document review fee.", "For every day overdue we charge an extra half-percent service fee.", "If you want us to issue a negotiation letter, you have to pay a hundred and fifty first."],
      new_borrowing: ["You could take out a consumer loan and pay us off first.", "Have your girlfriend take out a loan for you.", "Withdraw your housing fund, won't that be enough?"],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的领导，也不会在任何场所张贴您的照片。']],
      [['agent', '逾期不会扣您的驾驶证，也不会查封您父母的房子。']],
      [['debtor', '你才是废物！'], ['agent', '好的，我们改天再跟您联系。']],
      [['agent', '申请减免和出具协商函都是免费的。']],
      [['agent', '请不要为了还款去借消费贷或者提取公积金，我们可以申请分期。']],
    ],
    en: [
      [['agent', "We won't contact your boss, and we won't post your photo anywhere."]],
      [['agent', "Being late won't cost you your driver's license or your parents' house."]],
      [['debtor', "You're the bum!"], ['agent', "Okay, we'll contact you another day."]],
      [['agent', "Applying for a reduction and getting a negotiation letter are both free."]],
      [['agent', "Please don't take out a consumer loan or withdraw your housing fund to pay this; we can set up installments."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我要求你们停止打电话，我只接受书面联系。', '书面太麻烦了，您现在就告诉我什么时候还。'],
      ignored_attorney: ['所有问题请找我的律师，我不会再回答了。', '您不回答也行，那今天先还三百。'],
      ignored_dispute: ['这个金额我不认可，我要求你们提供借款凭证。', '凭证以后再说，您先把最低还款还了。'],
      ignored_hardship: ['我老公瘫痪在床，我一个人打两份工还不够吃饭。', '再难也得还钱，您这周先还一千。'],
    },
    en: {
      ignored_stop_request: ["I'm demanding you stop calling, I'll only accept written contact.", "Writing is too much hassle, just tell me now when you'll pay."],
      ignored_attorney: ["Take all questions to my lawyer, I won't answer any more.", "You don't have to answer, then just pay three hundred today."],
      ignored_dispute: ["I don't accept this amount, I want you to provide proof of the loan.", "Proof can come later, please make the minimum payment first."],
      ignored_hardship: ["My husband is bedridden and I work two jobs and still can't afford food.", "However hard it is, you still have to pay; pay a thousand this week."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他的同事，他今天休息。'], ['agent', '麻烦您转告他，他在我们这的分期已经逾期了，尽快处理。']],
    en: [['third_party', "I'm his coworker, he's off today."], ['agent', "Please tell him his installment plan with us is past due and he should take care of it soon."]],
  },
};
