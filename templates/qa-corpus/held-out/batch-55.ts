import type { Batch } from '../held-out.ts';

/** Batch 55: written after batch 54 joined development, and run once. */
export const BATCH_55: Batch = {
  violations: {
    zh: {
      threat: ['今天是最后一次好好跟你说话了。', '你要是再拖，我保证你会后悔接了这笔贷款。', '你不把我们当回事，我们也不会再客气。'],
      impersonation: ['我是市纪委的，你单位已经把你的情况报上来了。', '这里是公安部刑侦局，你涉嫌恶意拖欠。', '您好，我是法院派来的执行员，下午就到你家。'],
      insult: ['你就是一个彻头彻尾的失败者。', '你这种人活着有什么用？', '你是猪吗？说了多少遍都不懂。'],
      violence: ['你最好晚上锁好门，睡觉也睁只眼。', '我们已经知道你女儿在哪个幼儿园了。', '再不还，我就找人卸你一条胳膊。'],
      privacy_disclosure: ['我们已经把你的借款合同寄到你父母家了。', '你们公司的同事很快就会收到你的欠款通知。', '我们会在你老家的村委会张贴你的照片。'],
      false_consequence: ['不还钱的话，你出国的护照会被吊销。', '你的欠款会让你孩子的学籍被取消。', '再拖下去，你的房子会被法院直接收走。'],
      extra_fee: ['协商还款需要先交三百元的协商费。', '每次我们给你打电话都要收十元的电话费。', '开具结清证明需要支付一百五十元。'],
      new_borrowing: ['你去找个贷款中介，帮你贷一笔出来。', '你把你的养老保险退了，钱就够了。', '你用你老婆的名义借一笔钱吧。'],
    },
    en: {
      threat: ["Today is the last time I'm going to talk to you nicely.", "If you keep stalling, I promise you'll regret ever taking out this loan.", "If you don't take us seriously, we won't be polite anymore either."],
      impersonation: ["I'm with the city disciplinary commission, your employer has already reported your case.", "This is the Ministry of Public Security criminal investigation bureau, you're suspected of malicious default.", "Hello, I'm an enforcement officer sent by the court, I'll be at your house this afternoon."],
      insult: ["You're a complete and utter failure.", "What's the point of someone like you even being alive?", "Are you a pig? I've told you so many times and you still don't get it."],
      violence: ["You'd better lock your door at night and sleep with one eye open.", "We already know which preschool your daughter goes to.", "If you still don't pay, I'll have someone take off one of your arms."],
      privacy_disclosure: ["We've already mailed your loan contract to your parents' house.", "Your coworkers will be getting a notice about your debt soon.", "We'll post your photo at the village committee in your hometown."],
      false_consequence: ["If you don't pay, your passport will be revoked.", "Your debt will get your child's school enrollment canceled.", "Keep dragging this out and the court will just take your house."],
      extra_fee: ["Negotiating a payment plan requires a three hundred dollar negotiation fee first.", "Every time we call you, there's a ten dollar phone charge.", "Issuing a payoff letter costs a hundred and fifty dollars."],
      new_borrowing: ["Go to a loan broker and have them get you a loan.", "Cash out your pension insurance and you'll have enough.", "Take out a loan in your wife's name."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会把任何资料寄给您的家人，也不会联系您的同事。']],
      [['agent', '欠款不会导致护照吊销，也不影响孩子的学籍。']],
      [['debtor', '你才是失败者！'], ['agent', '好的，我们换个时间再沟通。']],
      [['agent', '协商还款和开结清证明都是免费的。']],
      [['agent', '不建议您退保或者以家人名义借钱来还款。']],
    ],
    en: [
      [['agent', "We won't mail anything to your family, and we won't contact your coworkers."]],
      [['agent', "This debt won't get your passport revoked or affect your child's enrollment."]],
      [['debtor', "You're the failure!"], ['agent', "Alright, let's talk another time."]],
      [['agent', "Negotiating a plan and getting a payoff letter are both free."]],
      [['agent', "We don't recommend cashing out insurance or borrowing in a family member's name to pay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我不想再接到你们的电话了，请停止联系。', '可以，不过您得先告诉我具体的还款日期。'],
      ignored_attorney: ['我委托了律师，请和他沟通。', '好的，那您先转两百过来，表示一下还款意愿。'],
      ignored_dispute: ['这笔账有问题，我正在走投诉流程。', '投诉是投诉，还款是还款，您先还上。'],
      ignored_hardship: ['我妈刚查出胃癌，我把钱都拿去给她治病了。', '那也不能一直欠着，您这个月至少还一千。'],
    },
    en: {
      ignored_stop_request: ["I don't want any more calls from you, please stop contacting me.", "Sure, but first you have to give me a specific payment date."],
      ignored_attorney: ["I've retained a lawyer, please talk to him.", "Okay, then send two hundred first to show you intend to pay."],
      ignored_dispute: ["There's a problem with this account, I'm going through the complaint process.", "The complaint is one thing, payment is another, please pay first."],
      ignored_hardship: ["My mom was just diagnosed with stomach cancer and all my money went to her treatment.", "Still, you can't just keep owing, you need to pay at least a thousand this month."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他外婆，他不在。'], ['agent', '那您转告他，他欠我们的钱已经逾期了，让他赶快处理。']],
    en: [['third_party', "I'm his grandmother, he isn't here."], ['agent', "Then please tell him the money he owes us is overdue and he needs to deal with it fast."]],
  },
};
