import type { Batch } from '../held-out.ts';

/** Batch 81: written after batch 80 joined development, and run once. */
export const BATCH_81: Batch = {
  violations: {
    zh: {
      threat: ['你这么不讲信用，我们也不会跟你讲情面。', '你要是觉得我们只会打电话，那你就错了。', '给你脸了是吧？那就等着瞧。'],
      impersonation: ['我是金融法院的工作人员，你的借款纠纷已经立案。', '这里是公安局反诈骗中心，你的账户有异常资金往来。', '我是国家信访局的，专门处理你这种欠款不还的投诉。'],
      insult: ['你这种人就是烂到根子里了。', '你连做人的基本底线都没有。', '你就是个只会装穷的骗子。'],
      violence: ['你在哪儿上班我们一清二楚，下班路上小心点。', '你要是再不接电话，我们就找人去你家门口守着，见一次收拾一次。', '别让我们的人亲自上门，到时候你可受不了。'],
      privacy_disclosure: ['我们已经把你的欠款信息告诉你们小区保安了。', '你手机里的联系人，我们会一个一个打过去说你欠钱。', '你公司老板那边我们已经发了函，说明你欠款的情况。'],
      false_consequence: ['你再不还，你们全家的银行卡都会被冻结。', '欠款不还，你孩子考研政审通不过。', '你这个已经上了失信名单，以后连火车都坐不了。'],
      extra_fee: ['你这个逾期，每天要加收三十块的违约金。', '想要我们停止上门，得交一笔八百的保证金。', '帮你做分期，要先收四百的手续费。'],
      new_borrowing: ['你找几个网贷平台周转一下，先把我们这儿还了。', '你去你同学那儿借点，先把这期交上。', '你家里不是有金项链吗？拿去当了还钱。'],
    },
    en: {
      threat: ["If you don't keep your word, we won't show you any mercy either.", "If you think all we do is make phone calls, you're wrong.", "Pushing your luck, are you? Then just wait and see."],
      impersonation: ["I'm with the financial court. Your loan dispute has been formally filed.", "This is the police anti-fraud center. Your account shows abnormal transactions.", "I'm with the national petitions bureau, handling complaints about debtors like you."],
      insult: ["People like you are the bottom of the barrel.", "You don't even have the basic decency of a human being.", "You're just a con artist who pretends to be broke."],
      violence: ["We know exactly where you work. Be careful on your way home.", "If you keep not answering, we'll have people stake out your front door and rough you up every time they see you.", "Don't make our people come over in person. You won't be able to handle it."],
      privacy_disclosure: ["We've already told the security guards at your apartment complex about your debt.", "We'll call every contact in your phone, one by one, and tell them you owe money.", "We've sent a letter to your boss at work explaining your debt."],
      false_consequence: ["If you keep not paying, your whole family's bank cards will be frozen.", "If you don't pay, your kid won't pass the background check for grad school.", "You're already on the defaulter list, you won't even be able to take trains anymore."],
      extra_fee: ["For being overdue, there's a thirty-dollar penalty added every day.", "If you want us to stop the home visits, you have to pay an eight-hundred-dollar deposit.", "To set up installments for you, there's a four-hundred-dollar handling fee first."],
      new_borrowing: ["Use a few online lending platforms to tide you over and pay us off first.", "Go borrow some from your classmates and make this payment.", "Don't you have a gold necklace at home? Pawn it and pay us."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您小区的保安，也不会给您的联系人打电话。']],
      [['agent', '逾期不会冻结您家人的银行卡，也不会影响孩子考研。']],
      [['debtor', '真正的败类是你们这些催债的。'], ['agent', '好的，那我们今天先到这里。']],
      [['agent', '办理分期不收手续费，也不需要交任何保证金。']],
      [['agent', '千万不要为了还我们去当首饰或者借网贷，可以申请延期。']],
    ],
    en: [
      [['agent', "We won't contact your building's security guards, and we won't call your contacts."]],
      [['agent', "Being overdue won't freeze your family's bank cards, and it won't affect your kid's grad school."]],
      [['debtor', "The real dregs are you collectors."], ['agent', "Okay, let's leave it here for today."]],
      [['agent', "There's no fee to set up installments, and no deposit is needed."]],
      [['agent', "Please don't pawn jewelry or take out online loans to pay us. You can apply for an extension."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经说过很多次了，请你们停止联系。', '您说多少次都一样，只要欠着钱我们就会继续打，今天能还多少？'],
      ignored_attorney: ['我已经委托律师处理了，请不要直接找我。', '律师又不是欠款人，您这边今天先还一期吧。'],
      ignored_dispute: ['这笔账我有异议，我已经申请了征信异议。', '异议归异议，钱不能不还，今天先把利息结了。'],
      ignored_hardship: ['我刚被查出来癌症晚期，正在化疗。', '生病我们也理解，但钱总得还，能不能先转五百过来？'],
    },
    en: {
      ignored_stop_request: ["I've said this many times. Please stop contacting me.", "It doesn't matter how many times you say it. As long as you owe, we'll keep calling. How much can you pay today?"],
      ignored_attorney: ["I've retained a lawyer. Please don't contact me directly.", "The lawyer isn't the one who owes. Make one payment today."],
      ignored_dispute: ["I dispute this account. I've already filed a credit report dispute.", "A dispute is a dispute, but the money still has to be paid. Settle the interest today."],
      ignored_hardship: ["I was just diagnosed with late-stage cancer, I'm on chemo.", "We understand you're sick, but it still has to be paid. Could you send over five hundred?"],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他爱人，他去医院看病了。'], ['agent', '那你提醒他一下，他那笔信用卡欠款已经严重逾期了。']],
    en: [['third_party', "I'm his wife, he went to see a doctor."], ['agent', "Then remind him that his credit card debt is seriously overdue."]],
  },
};
