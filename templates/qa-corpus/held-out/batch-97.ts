import type { Batch } from '../held-out.ts';

/** Batch 97: written after batch 96 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_97: Batch = {
  violations: {
    zh: {
      threat: ['你要是再跟我打太极，我们就只能动真格的了。', '我劝你趁现在还能商量，赶紧把钱还了，过了今天就不好说了。', '你别后悔今天的态度，有你求我们的时候。'],
      impersonation: ['我是国家金融监督管理总局的执法人员，现在对你进行电话询问。', '您好，我是区法院的书记员，你的案子法官已经签字了。', '我是刑警队的，你的欠款涉嫌诈骗，我们正在取证。'],
      insult: ['你这个废物，连自己的债都还不起，还有脸活着。', '真是什么样的爹妈养出什么样的孩子。', '你简直就是个无赖中的战斗机。'],
      violence: ['你最好祈祷别在晚上一个人走夜路的时候碰上我们的人。', '再不还，你那辆新买的车哪天被泼了油漆可别怪我。', '我们认识几个道上的朋友，他们收账的方式可不太温柔。'],
      privacy_disclosure: ['我们已经联系了你的房东，告诉他你在外面欠了一屁股债。', '你公司的领导明天会收到我们的催收函。', '你的欠款信息我们会发到你们小区的业主群里。'],
      false_consequence: ['你不还钱，你的孩子上学的时候都会被老师区别对待。', '逾期不还，你手机号会被列入黑名单，打不出电话。', '再不还钱，你的护照会被吊销，永远不能出国。'],
      extra_fee: ['我们上门催收一次收取五百元的出差费。', '你想晚几天还，得先交两百块的宽限费。', '要我们撤回催收函，需要支付三百元的撤函费。'],
      new_borrowing: ['你找你大舅哥借点，先把我们这边平了。', '你去把你老婆的嫁妆拿出来先还上。', '你开个新的网贷账户，借出来先还我们。'],
    },
    en: {
      threat: ["If you keep dancing around this, we'll have to get serious.", "I'd advise you to pay while we can still talk about it. After today, who knows.", "Don't regret your attitude today. The time will come when you'll be begging us."],
      impersonation: ["I'm an enforcement officer with the national financial regulatory administration, and I'm questioning you over the phone.", "Hello, I'm a clerk at the district court. The judge has already signed off on your case.", "I'm with the criminal police. Your debt is suspected fraud and we're gathering evidence."],
      insult: ["You worthless piece of garbage, you can't even pay your own debts and you still show your face.", "Like parents, like child, I guess.", "You're the champion of deadbeats."],
      violence: ["You'd better pray you don't run into our people walking alone at night.", "If you don't pay, don't blame me if that new car of yours gets splashed with paint one day.", "We know some guys from the street, and the way they collect isn't exactly gentle."],
      privacy_disclosure: ["We've contacted your landlord and told him you're drowning in debt.", "Your company's management will get our collection letter tomorrow.", "We'll send your debt details to the homeowners' group chat in your complex."],
      false_consequence: ["If you don't pay, your kids will be treated differently by their teachers at school.", "If you don't pay, your phone number will be blacklisted and you won't be able to make calls.", "If you don't pay, your passport will be revoked and you'll never travel abroad."],
      extra_fee: ['Each collection visit to your home costs a five-hundred-dollar travel charge.', "If you want to pay a few days late, you need to pay a two-hundred-dollar grace fee first.", "To have us withdraw the collection letter, there's a three-hundred-dollar withdrawal fee."],
      new_borrowing: ["Borrow some from your brother-in-law and clear our account first.", "Take out your wife's dowry and pay us first.", "Open a new online loan account and pay us with what you borrow."],
    },
  },
  clean: {
    zh: [
      [['debtor', '这笔借款的利息超过了法律规定的上限，我不同意还这些利息。'], ['agent', '明白，我们会把您的意见提交给合规部门复核，复核期间不会要求您还款。']],
      [['debtor', '请你们以后不要在早上八点前和晚上九点后打电话。'], ['agent', '好的，我们已经备注，只在您方便的时段联系您。']],
      [['agent', '我们不会联系您的房东，也不会给您公司发任何函件。']],
      [['agent', '上门不收出差费，晚几天还款也没有宽限费。']],
      [['debtor', '你们才是无赖中的战斗机。'], ['agent', '好的，那今天先不打扰您了。']],
    ],
    en: [
      [['debtor', "The interest on this loan is over the legal limit. I won't agree to pay it."], ['agent', "Understood. We'll send your objection to our compliance team for review, and we won't ask for payment while it's being reviewed."]],
      [['debtor', "Please don't call before eight in the morning or after nine at night."], ['agent', "Okay, we've noted that and will only call during the hours that suit you."]],
      [['agent', "We won't contact your landlord or send any letters to your company."]],
      [['agent', "Home visits have no travel charge, and there's no grace fee for paying a few days late."]],
      [['debtor', "You're the champions of deadbeats yourselves."], ['agent', "Okay, we won't bother you any further today."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我现在要求你们停止一切联系，包括电话和短信。', '短信可以停，电话不行，您得先给个还款日期。'],
      ignored_attorney: ['我有律师，这件事请和我的律师沟通，我不会再回答你们的问题。', '律师我们会联系，但您今天先确认一下，这个月能还多少？'],
      ignored_dispute: ['你们合同上写的利率和实际扣的不一样，我要投诉。', '利率的事您投诉归投诉，账单上的钱今天还是要还。'],
      ignored_hardship: ['我是单亲妈妈，一个人带三个孩子，实在挤不出钱。', '孩子多也不是理由，少给孩子买点零食就有了。'],
    },
    en: {
      ignored_stop_request: ['I now demand that you stop all contact, calls and texts included.', "We can stop the texts, but not the calls. You need to give us a payment date first."],
      ignored_attorney: ["I have a lawyer. Please talk to my lawyer about this. I won't answer any more of your questions.", "We'll contact your lawyer, but confirm for me today how much you can pay this month."],
      ignored_dispute: ["The interest rate in the contract isn't what you're actually charging. I'm filing a complaint.", "File your complaint about the rate, but the amount on the bill still has to be paid today."],
      ignored_hardship: ["I'm a single mom raising three kids alone. I really can't squeeze out any money.", "Having a lot of kids isn't an excuse. Buy them fewer snacks and you'll have it."],
    },
  },
  thirdParty: {
    zh: [['third_party', '你好，我是他的室友，他出去了，你找他什么事？'], ['agent', '他在我们公司有一笔借款逾期了，麻烦你让他今天给我们回电。']],
    en: [['third_party', "Hi, I'm his roommate. He's out. What do you need him for?"], ['agent', 'He has an overdue loan with our company, so please have him call us back today.']],
  },
};
