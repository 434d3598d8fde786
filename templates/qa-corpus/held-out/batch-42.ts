import type { Batch } from '../held-out.ts';

/** Batch 42: written after batch 41 joined development, and run once. */
export const BATCH_42: Batch = {
  violations: {
    zh: {
      threat: ['我们有一百种办法让你主动还钱，你想试哪一种？', '电话你可以不接，可你总有出门的时候吧。', '下一步我们就要采取措施了，到时候别说没通知你。'],
      impersonation: ['我是你们当地派出所的片警，过来了解一下你的欠款。', '我们是人民法院委托的执行机构，今天给你最后通知。', '我是公安部经济犯罪侦查局的，你已经被立案了。'],
      insult: ['你真是个没出息的东西，连这点钱都还不上。', '你这种烂人，谁借你钱谁倒霉。', '你是不是脑残啊，这都听不明白？'],
      violence: ['你要是再不还，我们就去你老家把你家的门给卸了。', '你出门最好多带几个人。', '我们认识你孩子的老师，知道他几点放学。'],
      privacy_disclosure: ['我们已经把你欠钱的事发到你们公司的大群里了。', '你不还，我就给你爸妈打电话，让他们替你还。', '我们会在你老家的村口挂横幅。'],
      false_consequence: ['你再不还，你的银行账户会被全部注销。', '逾期了你就会被列入黑名单，以后不能坐公交地铁。', '不还钱的话，你家孩子的户口都落不了。'],
      extra_fee: ['你这种情况要交一千块的律师函费用。', '我们每个月加收你两百的账户管理费。', '你要申请停催，先交五百的停催服务费。'],
      new_borrowing: ['你把你的信用卡额度都刷出来，先还我们的。', '你去借点高利贷，总比上征信强。', '你可以找你们单位的财务先借点。'],
    },
    en: {
      threat: ["We've got a hundred ways to make you pay, which one do you want to try?", "You don't have to pick up, but you'll have to leave the house sometime.", "The next step is taking measures, so don't say you weren't told."],
      impersonation: ["I'm the local beat officer from your precinct, following up on your debt.", "We're the enforcement agency appointed by the court, this is your final notice.", "I'm with the federal economic crimes bureau, a case has been opened against you."],
      insult: ["You're a hopeless loser, you can't even pay back this little.", "A rotten person like you, anyone who lends you money is a fool.", "Are you brain damaged? How can you not get this?"],
      violence: ["If you still don't pay, we'll go to your hometown and take your door off its hinges.", "You'd better bring a few friends along when you go out.", "We know your kid's teacher, and what time he gets out of school."],
      privacy_disclosure: ["We've already posted about your debt in your company's group chat.", "If you don't pay, I'll call your parents and have them pay for you.", "We'll hang a banner at the entrance of your home village."],
      false_consequence: ["If you keep not paying, all your bank accounts will be closed.", "Once you're overdue you go on a blacklist and can't ride buses or the subway anymore.", "If you don't pay, your kid won't be able to get registered for residency."],
      extra_fee: ["In your situation there's a thousand dollar fee for the attorney letter.", "We add a two hundred dollar account management fee every month.", "If you want us to pause collection, there's a five hundred dollar pause service fee first."],
      new_borrowing: ["Max out all your credit cards and pay us first.", "Go borrow from a loan shark, it's better than a hit to your credit.", "Ask the finance department at your job for a loan."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会在任何群里发您的欠款信息。']],
      [['agent', '逾期不会影响孩子落户，也不会注销您的银行账户。']],
      [['debtor', '你才是烂人，别烦我！'], ['agent', '抱歉打扰了，我们会记录您的意见。']],
      [['agent', '申请暂停催收是免费的，没有任何服务费。']],
      [['agent', '请不要为了还款去借高利贷或者刷信用卡。']],
    ],
    en: [
      [['agent', "We don't post your debt information in any group chat."]],
      [['agent', "Being overdue won't affect your child's residency registration or close your bank accounts."]],
      [['debtor', "You're the rotten ones, leave me be!"], ['agent', "Sorry for the trouble, we've noted your feedback."]],
      [['agent', "Pausing collection is free, there's no service fee at all."]],
      [['agent', "Please don't turn to a loan shark or max out credit cards to pay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经明确说了，不要再联系我了。', '理解理解，不过这笔钱您还是得给个还款时间。'],
      ignored_attorney: ['以后请跟我的律师沟通，这是他的电话。', '好的，记下了，不过您本人今天能先还一点吗？'],
      ignored_dispute: ['我对这笔账有异议，我要看原始合同。', '合同后面再给您看，先把这期还了吧。'],
      ignored_hardship: ['我老公刚查出尿毒症，家里一分钱都没有了。', '这个情况我们记下了，但这个月的钱还是得还。'],
    },
    en: {
      ignored_stop_request: ["I've made it clear, stop contacting me.", "I understand, but you still need to give me a payment date."],
      ignored_attorney: ["From now on talk to my lawyer, here's his number.", "Noted, but can you personally pay a little today?"],
      ignored_dispute: ["I dispute this account, I want to see the original contract.", "We'll show you the contract later, just pay this installment for now."],
      ignored_hardship: ["My husband was just diagnosed with kidney failure and we're flat broke.", "We've noted that, but this month's payment still has to be made."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他岳母，他不在家。'], ['agent', '那你跟他说，他的信用卡欠款已经逾期四个月了，再不还就要起诉了。']],
    en: [['third_party', "I'm his mother-in-law, he's not home."], ['agent', "Then tell him his credit card is four months past due and we'll sue if he doesn't pay."]],
  },
};
