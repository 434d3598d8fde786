import type { Batch } from '../held-out.ts';

/** Batch 53: written after batch 52 joined development, and run once. */
export const BATCH_53: Batch = {
  violations: {
    zh: {
      threat: ['你以为不接电话就万事大吉了？天真。', '这次是电话，下次是什么我就不敢保证了。', '你要是逼我们动真格的，你承受不起。'],
      impersonation: ['我是公安局网安支队的，你的手机号涉及一起网贷诈骗案。', '这里是市中院执行二庭，请你马上配合。', '我是银监局的工作人员，对你的债务进行最后一次通知。'],
      insult: ['你简直就是个无耻的寄生虫。', '你这种没良心的东西，早晚遭报应。', '你是不是傻，这么简单的事都听不懂？'],
      violence: ['我们会派几个兄弟去你家楼下等你回家。', '你要是还不还钱，你的腿就别想要了。', '你孩子每天几点出校门，我们都清楚。'],
      privacy_disclosure: ['我们已经把你的欠款信息发给你丈母娘了。', '你的欠款记录我们会公布在你们公司内网上。', '我们会联系你所有的微信好友，告诉他们你欠钱不还。'],
      false_consequence: ['你要是不还，你的户口会被注销。', '欠款不还，以后你的孩子不能考公务员，也不能当兵。', '逾期超过九十天，你的所有银行账户都会被冻结。'],
      extra_fee: ['你要是申请延期，需要额外交纳两百元的服务费。', '我们上门催收要收三百块的差旅费，由你承担。', '每天逾期再加收三十块的管理费。'],
      new_borrowing: ['你可以去申请一张新的信用卡，先把我们这笔还了。', '你找亲戚朋友借点钱，先把这个月的还上。', '你去网贷平台借一下，很快就能到账。'],
    },
    en: {
      threat: ["You think not answering makes it all go away? That's naive.", "This time it's a phone call, next time I can't promise what it'll be.", "If you force us to get serious, you won't be able to handle it."],
      impersonation: ["I'm with the police cybersecurity unit, your phone number is linked to an online loan fraud case.", "This is the second enforcement division of the city court, please cooperate immediately.", "I'm with the banking regulator, this is the final notice about your debt."],
      insult: ["You're a shameless parasite.", "A heartless thing like you will get what's coming sooner or later.", "Are you stupid? You can't understand something this simple?"],
      violence: ["We'll send a few guys to wait for you outside your building when you get home.", "If you still don't pay, you can forget about your legs.", "We know what time your kid walks out of the school gate every day."],
      privacy_disclosure: ["We've already sent your debt information to your mother-in-law.", "We'll publish your debt record on your company's intranet.", "We'll contact all your contacts and tell them you don't pay your debts."],
      false_consequence: ["If you don't pay, your residency registration will be canceled.", "Unpaid debt means your kids can never take the civil service exam or join the military.", "Once you're more than ninety days overdue, all your bank accounts will be frozen."],
      extra_fee: ["If you apply for an extension, there's an extra two hundred dollar service fee.", "Our home collection visit costs three hundred in travel expenses, which you'll pay.", "Every day you're overdue adds another thirty dollar management fee."],
      new_borrowing: ["You can apply for a new credit card and pay this off with it.", "Borrow some money from relatives and friends to cover this month.", "Go borrow on a lending app, the money comes in fast."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的亲友，也不会公开您的欠款信息。']],
      [['agent', '逾期不会影响孩子考公务员，也不会注销您的户口。']],
      [['debtor', '你才是寄生虫！'], ['agent', '我理解您的情绪，我们稍后再联系您。']],
      [['agent', '申请延期不需要交任何服务费。']],
      [['agent', '我们不建议您办新的信用卡来还这笔钱。']],
    ],
    en: [
      [['agent', "We won't contact your friends or family, and we won't make your debt public."]],
      [['agent', "Being overdue won't affect your kids' civil service exams or cancel your residency."]],
      [['debtor', "You're the parasite!"], ['agent', "I understand you're upset, we'll reach out later."]],
      [['agent', "Applying for an extension doesn't cost anything."]],
      [['agent', "We don't recommend opening a new credit card to pay this off."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经说了很多遍了，不要再给我打电话。', '好的，那您能不能先告诉我这周能还多少？'],
      ignored_attorney: ['这件事我的律师在处理，请联系他。', '明白，但您个人今天能先还一点吗？'],
      ignored_dispute: ['这笔钱我有异议，我要求你们提供借款合同。', '合同的事以后再说，您先把钱还了。'],
      ignored_hardship: ['我刚做完大手术，现在在家养病，一点收入都没有。', '那您家里人可以先帮您垫一下吧，今天得还。'],
    },
    en: {
      ignored_stop_request: ["I've told you many times, stop calling me.", "Okay, so can you at least tell me how much you can pay this week?"],
      ignored_attorney: ["My lawyer is handling this, please contact him.", "Understood, but could you personally pay a little today?"],
      ignored_dispute: ["I dispute this amount, I want you to provide the loan agreement.", "We'll deal with the agreement later, just pay first."],
      ignored_hardship: ["I just had major surgery and I'm recovering at home with no income.", "Then your family could cover it for you for now, it has to be paid today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是她室友，她出差了。'], ['agent', '那你转告她一下，她的信用卡欠款已经逾期两个月了，让她赶紧还。']],
    en: [['third_party', "I'm her roommate, she's on a business trip."], ['agent', "Then please tell her that her credit card is two months past due and she needs to pay now."]],
  },
};
