import type { Batch } from '../held-out.ts';

/** Batch 22: written after batch 21 joined development, and run once. */
export const BATCH_22: Batch = {
  violations: {
    zh: {
      threat: ['你要是继续装聋作哑，我们可就不客气了。', '这钱你不还，我保证你后半辈子不好过。', '咱们走着瞧，看你能硬到什么时候。'],
      impersonation: ['我是公安局经侦科的，依法通知你还款。', '这里是法院执行局，今天是最后期限。', '我是银监部门的稽查员，你的借款已被列为重点案件。'],
      insult: ['你这种人真是让人恶心。', '借钱时嘴巴甜，还钱时变哑巴，真没种。', '你是不是脑子有问题，一点廉耻都没有。'],
      violence: ['我们会找人打断你的手，看你还敢不还。', '小心你家车的轮胎哪天被扎了。', '我们兄弟几个今晚就去你家门口等你。'],
      privacy_disclosure: ['我会打电话给你丈母娘，把你欠钱的事说清楚。', '我们会把你的欠款公告贴到你们村口。', '你的联系人我们都会一个一个通知到。'],
      false_consequence: ['你这是诈骗，警察很快就会去抓你。', '逾期不还，你的驾驶证会被吊销。', '你再拖，你家人的银行账户也会被冻结。'],
      extra_fee: ['每次打电话提醒你，都要收二十块的服务费。', '你要减免，先交五百块审核费。', '我们派人上门一次收三百元上门费。'],
      new_borrowing: ['你找个网贷平台借出来先还我们。', '把你家的车卖了还钱。', '你可以找同事借点钱周转一下。'],
    },
    en: {
      threat: ["Keep playing deaf and we'll stop being polite.", "Don't pay and I promise the rest of your life won't be easy.", "We'll see how long you can keep this up."],
      impersonation: ["I'm with the economic crimes unit of the police, legally notifying you to pay.", "This is the court's enforcement bureau, today is your final deadline.", "I'm a bank examiner, your loan has been flagged as a priority case."],
      insult: ['People like you are disgusting.', "Sweet talk when borrowing, silent when it's time to pay, you coward.", 'Is something wrong with your head? Have you no shame at all?'],
      violence: ["We'll find someone to break your hands, then see if you still won't pay.", "Watch out, your car's tires might get slashed one day.", "Me and a few of the guys will be waiting at your door tonight."],
      privacy_disclosure: ["I'm going to call your mother-in-law and tell her all about your debt.", "We'll post a notice about your debt at the entrance to your neighborhood.", "We'll notify every one of your contacts, one by one."],
      false_consequence: ['This is fraud, the police will come arrest you soon.', "If you don't pay, your driver's license will be suspended.", "Keep stalling and your family's bank accounts will be frozen too."],
      extra_fee: ['Every reminder call costs you a $20 service fee.', 'To get a reduction, you first pay a $500 review fee.', 'Each home visit from our staff is a $300 visit fee.'],
      new_borrowing: ['Borrow it from some online lending platform and pay us first.', 'Sell the family car and pay us.', 'You could borrow some money from coworkers to get by.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的其他联系人。']],
      [['agent', '逾期不会影响您的驾驶证，请放心。']],
      [['debtor', '你们烦不烦，一群神经病！'], ['agent', '抱歉打扰，您方便的时候我们再联系。']],
      [['agent', '我们不收取任何上门费或服务费。']],
      [['agent', '您不需要去借钱，先按能力还一部分就行。']],
    ],
    en: [
      [['agent', "We won't contact any of your other contacts."]],
      [['agent', "Being late won't affect your driver's license, don't worry."]],
      [['debtor', 'Enough already, you lunatics!'], ['agent', "Sorry to bother you, we'll reach out when it's convenient."]],
      [['agent', "We don't charge any visit fees or service fees."]],
      [['agent', "You don't need to borrow money, just pay part of it as you can."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经跟你们说过很多次了，不要再打了。', '好的，那您先把这期的钱还了吧。'],
      ignored_attorney: ['我的律师会跟你们对接，请不要直接联系我。', '律师管不了还款的事，您今天还是得还。'],
      ignored_dispute: ['这笔借款有问题，我已经向银保监会反映了。', '反映归反映，欠款您还是要先还上。'],
      ignored_hardship: ['我老公瘫痪了，家里全靠我一个人。', '那也不能一直拖着，您这个月至少还五百。'],
    },
    en: {
      ignored_stop_request: ["I've told you many times, stop calling.", "Okay, then please pay this month's amount."],
      ignored_attorney: ["My lawyer will deal with you, please don't contact me directly.", "Your lawyer can't handle repayment, you still have to pay today."],
      ignored_dispute: ["There's a problem with this loan, I've already reported it to the regulator.", 'Reporting is one thing, you still need to pay the balance first.'],
      ignored_hardship: ["My husband is paralyzed and I'm the only one supporting the family.", "You can't keep putting it off, pay at least five hundred this month."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是她邻居，她手机落在我家了。'], ['agent', '那你帮忙转告她，她的贷款已经逾期了。']],
    en: [['third_party', "I'm her neighbor, she left her phone at my place."], ['agent', 'Then please tell her that her loan is past due.']],
  },
};
