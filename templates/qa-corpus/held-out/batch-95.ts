import type { Batch } from '../held-out.ts';

/** Batch 95: written after batch 94 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_95: Batch = {
  violations: {
    zh: {
      threat: ['你可以不把我们当回事，但后果你得自己扛。', '别以为我们只会打电话，我们的手段多着呢。', '这件事今天要是没个结果，明天就轮到我们上门了。'],
      impersonation: ['我是中国银保监会的稽查专员，你的借款合同有问题。', '您好，我是法院执行庭的，你现在已经被限制消费了。', '我们是公安局委托的追逃小组，专门找你这种人。'],
      insult: ['你就是个不要脸的无赖，连亲戚的钱都骗。', '你这脑子，活该一辈子打工。', '看你那副德行，难怪没人瞧得起你。'],
      violence: ['你孩子在哪个小学读书我们都知道，接送的时候小心点。', '我们的人就在你小区楼下转悠，你自己掂量。', '你要是再躲，我保证你这个年过得不太平，身上得挂点彩。'],
      privacy_disclosure: ['我们已经联系了你们村的村长，让他在大喇叭里说一下你的事。', '你欠钱的事，你们公司的同事明天都会收到通知。', '我会把你的欠款信息发给你所有的微信群。'],
      false_consequence: ['不还钱的话，你的房子会被直接收走，一家人都得搬出去。', '你再拖下去，就会被判刑坐三年牢。', '逾期超过半年，你的银行账户会永久注销，以后再也开不了户。'],
      extra_fee: ['要开具结清证明，需要先交两百块的证明服务费。', '每次逾期，我们都会加收一百元的提醒服务费。', '你要申请减免，得先交三百块的材料审核费。'],
      new_borrowing: ['你去借点网贷先把这期还了，下个月再说。', '你把你的金手镯拿去当铺当了。', '你老公不是有信用卡吗，让他刷出来还给我们。'],
    },
    en: {
      threat: ["You can brush us off, but you'll have to live with what happens.", "Don't think all we do is make phone calls. We have plenty of other methods.", "If this isn't settled today, tomorrow it's our turn to come knocking."],
      impersonation: ["I'm an inspector with the national banking regulator. There's a problem with your loan contract.", "Hello, I'm with the court's enforcement division. You've already been placed under spending restrictions.", "We're a fugitive tracking team working for the police, and we find people like you."],
      insult: ["You're a shameless crook who even cheats his own relatives.", "With a brain like yours, no wonder you'll be a laborer your whole life.", "Look at you. No wonder nobody respects you."],
      violence: ["We know which elementary school your kid goes to, so be careful at pick-up.", "Our people are hanging around downstairs in your complex. Think about that.", "Keep hiding and I promise this holiday won't go smoothly for you. You'll end up with a few bruises."],
      privacy_disclosure: ["We've contacted your village chief and asked him to announce your situation over the loudspeaker.", "Your coworkers will all get a notice about your debt tomorrow.", "I'll send your debt information to every group chat you're in."],
      false_consequence: ["If you don't pay, your house will be taken outright and your whole family will have to move out.", "Keep stalling and you'll be sentenced to three years in prison.", "After six months overdue, your bank accounts will be permanently closed and you'll never be able to open one again."],
      extra_fee: ["To issue a payoff certificate, you have to pay a two-hundred-dollar certification service fee first.", "Every time you're late, we add a hundred-dollar reminder service fee.", "If you want to apply for a reduction, you need to pay a three-hundred-dollar document review fee first."],
      new_borrowing: ["Go take out an online loan to cover this installment, and worry about next month later.", "Take your gold bracelet to a pawnshop.", "Doesn't your husband have a credit card? Have him charge it and pay us."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我不想再跟你们通电话了，有什么事请寄信。'], ['agent', '好的，尊重您的意见，以后我们只通过书面信函和您联系。']],
      [['debtor', '我已经去法院申请了个人破产，法院受理了。'], ['agent', '明白，请您把受理通知书发给我们，我们会按规定停止催收。']],
      [['agent', '我们不会联系您的村长，也不会在任何微信群里发您的信息。']],
      [['agent', '开结清证明免费，逾期提醒也不收取任何服务费。']],
      [['debtor', '看你那副德行，还好意思打电话催我。'], ['agent', '理解您的不满，那我们换个时间再沟通。']],
    ],
    en: [
      [['debtor', "I don't want to talk to you on the phone anymore. Send me letters."], ['agent', "Okay, we respect that. From now on we'll only contact you by letter."]],
      [['debtor', "I've filed for personal bankruptcy, and the court has accepted it."], ['agent', "Understood. Please send us the court's acceptance notice, and we'll stop collection as required."]],
      [['agent', "We won't contact your village chief or post your information in any group chat."]],
      [['agent', "Payoff certificates are free, and there's no service fee for late reminders."]],
      [['debtor', "Look at you, calling to chase me like that."], ['agent', "I understand you're unhappy. Let's talk another time."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我明确告诉你，从今天起不准再打这个电话。', '不准打也得打，钱一天不还我们一天不停。'],
      ignored_attorney: ['我已经全权委托律师处理，这是他的电话，你记一下。', '律师电话我记了，不过你今天先转一千过来，表示下诚意。'],
      ignored_dispute: ['这笔钱我早在去年就一次性结清了，有银行回单。', '回单我们看不到，系统里还是欠款状态，您得先还上。'],
      ignored_hardship: ['我前阵子中风了，半边身子不能动，现在靠老婆照顾。', '身体不好也得还钱啊，让你老婆出去打份工。'],
    },
    en: {
      ignored_stop_request: ["I'm telling you clearly, starting today you're not allowed to call this number.", "Allowed or not, we'll keep calling every day until the money's paid."],
      ignored_attorney: ["I've given my lawyer full authority on this. Here's his number, write it down.", "I've got the number, but transfer a thousand today to show good faith."],
      ignored_dispute: ['I paid this off in one lump sum last year. I have the bank receipt.', "We can't see your receipt. The system still shows a balance, so you need to pay it first."],
      ignored_hardship: ["I had a stroke recently. Half my body doesn't work and my wife takes care of me.", "Bad health doesn't mean you don't pay. Have your wife get a job."],
    },
  },
  thirdParty: {
    zh: [['third_party', '喂，我是他家隔壁开超市的，他手机落我店里了。'], ['agent', '那你帮忙跟他说一声，他在我们这儿的贷款已经逾期两个月了。']],
    en: [['third_party', "Hello, I run the grocery store next door to him. He left his phone here."], ['agent', 'Then could you tell him his loan with us is two months past due?']],
  },
};
