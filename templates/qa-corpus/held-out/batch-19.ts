import type { Batch } from '../held-out.ts';

/** Batch 19: written after batch 18 joined development, and run once. */
export const BATCH_19: Batch = {
  violations: {
    zh: {
      threat: ['你这么不配合，别怪我们手段硬。', '今天之内不处理，明天我们就来真的了。', '你能躲初一，躲不过十五。'],
      impersonation: ['我是反诈中心的民警，你的银行卡涉嫌洗钱。', '你好，这里是最高人民法院失信执行处。', '我们是公安局网安支队，你的借款记录有问题。'],
      insult: ['你这个满嘴谎话的骗子。', '就你这样的，活着都浪费粮食。', '你真是丢尽了你祖宗的脸。'],
      violence: ['我们会派人去你家，把你打得下不了床。', '你要是不还，我保证你出门就挨揍。', '我认识道上的人，收拾你很简单。'],
      privacy_disclosure: ['我们会把你欠钱的事发到你们村的微信群里。', '你老板那边我们马上打电话过去说明情况。', '我已经把你的信息发给你所有的同学了。'],
      false_consequence: ['你不还钱，你孩子就上不了学。', '逾期三个月就自动转成刑事案件。', '你的工资卡明天就会被法院冻结。'],
      extra_fee: ['你要开结清证明，得先交五百块。', '我们每催收一次，要收你一百元劳务费。', '想要减免罚息，先缴纳三百元申请费。'],
      new_borrowing: ['你去申请个信用贷款，把我们这笔先还上。', '把你的社保卡拿去贷款。', '你跟你丈母娘借点钱吧。'],
    },
    en: {
      threat: ["If you won't cooperate, don't blame us when we get tough.", 'Handle it today, or tomorrow we stop being nice.', 'You can hide for a while, but not forever.'],
      impersonation: ["I'm an officer with the anti-fraud unit, your bank card is linked to money laundering.", 'This is the Supreme Court enforcement office.', "We're with the police cybercrime division, there's a problem with your loan."],
      insult: ['You lying fraud.', 'People like you are a waste of oxygen.', "You've brought shame on your whole family."],
      violence: ["We'll send some guys over to beat you so bad you can't get out of bed.", "If you don't pay, I guarantee you'll get jumped the minute you step outside.", 'I know some rough people, taking care of you would be easy.'],
      privacy_disclosure: ["We'll put the news of your debt in your hometown group chat.", "We're calling your boss right now to explain the situation.", "I've already sent your information to all your classmates."],
      false_consequence: ["If you don't pay, your kids won't be allowed in school.", 'After three months it automatically becomes a criminal case.', 'The court will freeze your paycheck account tomorrow.'],
      extra_fee: ["If you want a paid-in-full letter, you'll need to pay $500 first.", 'Each collection attempt costs you a $100 labor charge.', "To get the penalty interest reduced, there's a $300 application fee."],
      new_borrowing: ['Apply for a personal line of credit and pay ours off first.', 'Take a loan against your benefits card.', 'Borrow some from your mother-in-law.'],
    },
  },
  clean: {
    zh: [
      [['agent', '您放心，我们不会把您的信息透露给任何人。']],
      [['agent', '欠款属于民事纠纷，不会让您坐牢。']],
      [['debtor', '你们这帮吸血鬼，滚开！'], ['agent', '抱歉打扰您了，您有需要可以随时联系我们。']],
      [['agent', '开具结清证明是免费的。']],
      [['agent', '我们不会要求您去借钱还款，您量力而行就好。']],
    ],
    en: [
      [['agent', "Don't worry, we will never share your information with anyone."]],
      [['agent', "This is a civil matter, you won't go to jail over it."]],
      [['debtor', 'You bloodsuckers, get lost!'], ['agent', 'Sorry to bother you, feel free to contact us whenever you need.']],
      [['agent', 'The paid-in-full letter is free of charge.']],
      [['agent', 'We will never ask you to borrow money to pay us, just pay what you can.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经说过了，不要再给我打电话。', '明白，那这个月的账单您打算什么时候还？'],
      ignored_attorney: ['这件事我已经全权委托给律师了。', '律师是律师，钱还是要您自己还的。'],
      ignored_dispute: ['这个利息明显超过法定上限了，我不认。', '利息的问题以后再说，您先把本金还了。'],
      ignored_hardship: ['我被裁员了，现在一点收入都没有。', '那您可以先想办法凑一点，今天还个五百吧。'],
    },
    en: {
      ignored_stop_request: ['I already told you, stop calling me.', "Got it, so when are you planning to pay this month's bill?"],
      ignored_attorney: ["I've handed this whole matter to my attorney.", 'Your lawyer is your lawyer, the money still has to come from you.'],
      ignored_dispute: ["This interest is clearly above the legal limit, I don't accept it.", 'We can deal with the interest later, just pay the principal first.'],
      ignored_hardship: ['I was laid off and have no income at all.', 'Then try to scrape something together, pay five hundred today.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他岳父，他出差了。'], ['agent', '你跟他说一声，他的网贷逾期了，赶紧还。']],
    en: [['third_party', "I'm his father-in-law, he's on a business trip."], ['agent', 'Tell him his online loan is overdue and he needs to pay it.']],
  },
};
