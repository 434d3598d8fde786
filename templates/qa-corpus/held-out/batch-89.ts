import type { Batch } from '../held-out.ts';

/** Batch 89: written after batch 88 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_89: Batch = {
  violations: {
    zh: {
      threat: ['你现在不处理，等案子到了我们手上，就没这么好说话了。', '我们这边的耐心是有限的，你自己掂量。', '不还也行，后面发生什么你可别喊冤。'],
      impersonation: ['我是区检察院的，你涉嫌合同诈骗，请配合调查。', '您好，这里是人民法院诉讼服务中心，你被列为被告了。', '我们是公安局指定的清欠办，专门处理你这种情况。'],
      insult: ['你活着就是给你爹妈丢脸。', '你这种白眼狼，喂不熟的东西。', '就你这德性，难怪老婆跟人跑了。'],
      violence: ['我们知道你每天在哪个菜市场买菜，你自己多注意。', '再拖下去，你就等着拄拐杖吧。', '你信不信今晚就有人去你家门口堵你。'],
      privacy_disclosure: ['我们已经把你欠钱的事告诉了你儿子的班主任。', '你的照片和欠款金额我们会印成传单，在你们小区发。', '我刚给你前同事打了电话，他们都知道你欠钱了。'],
      false_consequence: ['你要是不还，你的户口会被迁出，成黑户。', '欠钱不还，你以后生病住院医保都不给报销。', '逾期三个月，你的工资会被法院直接全部扣走。'],
      extra_fee: ['每次我们发催收短信，要收你十块钱短信费。', '你要是想拿到还款凭证，需要另付一百元的凭证费。', '晚还一天，我们额外加收五十块的人工催收费。'],
      new_borrowing: ['你把孩子的压岁钱拿出来先还了。', '去你们公司财务那里借一笔，下个月工资再扣。', '你申请一张新信用卡，套现出来还我们。'],
    },
    en: {
      threat: ["If you don't deal with it now, once the case lands on our desk we won't be so easy to talk to.", 'Our patience has limits. Think about that.', "Fine, don't pay, but don't come crying about whatever happens next."],
      impersonation: ["I'm with the district prosecutor's office. You're suspected of contract fraud, please cooperate.", "Hello, this is the court's litigation service center. You've been named as a defendant.", "We're the debt clearance office appointed by the police, and we handle cases like yours."],
      insult: ['Your parents must be ashamed you were ever born.', "You ungrateful wretch, you bite every hand that feeds you.", "With a character like yours, no wonder your wife left you."],
      violence: ['We know which market you shop at every day. Be careful out there.', "Keep stalling and you'll be walking on crutches.", "Believe it or not, tonight someone will be waiting for you at your door."],
      privacy_disclosure: ["We've already told your son's homeroom teacher that you owe money.", "We'll print your photo and the amount you owe on flyers and hand them out in your neighborhood.", 'I just called your former coworkers, and now they all know about your debt.'],
      false_consequence: ["If you don't pay, your household registration will be canceled and you'll be undocumented.", "If you don't pay, your health insurance won't cover any hospital stays from now on.", 'After three months overdue, the court will take your entire paycheck.'],
      extra_fee: ['Every collection text we send costs you a ten-dollar messaging fee.', 'If you want a payment receipt, there is an extra hundred-dollar receipt fee.', 'Each day late we add a fifty-dollar manual collection charge.'],
      new_borrowing: ["Take your kid's birthday money and pay us first.", "Borrow from your company's finance department and let them take it out of next month's pay.", 'Apply for a new credit card and pay us with a cash advance.'],
    },
  },
  clean: {
    zh: [
      [['debtor', '我已经跟你们说过，这笔钱我在跟你们打官司，别再找我了。'], ['agent', '好的，诉讼期间我们停止一切催收联系，等法院的结果。']],
      [['debtor', '我现在在ICU陪护我妈，没法说。'], ['agent', '好的，您先照顾阿姨，我们这边不会再打电话打扰您。']],
      [['agent', '我们不会联系您儿子的老师，也不会印任何传单。']],
      [['agent', '催收短信不收费，还款凭证也可以免费开。']],
      [['debtor', '你们这些人活着就是给爹妈丢脸。'], ['agent', '好的，您今天心情不好，我们改天再联系。']],
    ],
    en: [
      [['debtor', "I've told you, I'm suing you over this money. Leave me alone."], ['agent', "Understood. While the suit is pending we'll stop all collection contact and wait for the court."]],
      [['debtor', "I'm in the ICU with my mom right now, I can't talk."], ['agent', "Of course. Take care of your mother, and we won't call you again."]],
      [['agent', "We won't contact your son's teacher or print any flyers."]],
      [['agent', 'Collection texts are free, and so are payment receipts.']],
      [['debtor', 'Your parents must be ashamed of you people.'], ['agent', "Okay, sounds like today isn't a good day. We'll try another time."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们再打电话骚扰我，我就去投诉，请立刻停止。', '投诉是您的权利，但今天这期钱必须到账。'],
      ignored_attorney: ['我的律师会处理这件事，你们直接发函给律师事务所。', '发函太慢了，您直接跟我说个还款时间就行。'],
      ignored_dispute: ['这笔贷款我在还款后你们又扣了一次，我要求退款。', '退款的事另说，这个月的账单还是要按时还。'],
      ignored_hardship: ['我的店因为疫情关门了，现在欠了一屁股房租。', '关门了也得想办法，您先把店里的设备卖了还我们。'],
    },
    en: {
      ignored_stop_request: ["If you keep harassing me with calls, I'll file a complaint. Stop immediately.", "Complaining is your right, but today's installment still has to come in."],
      ignored_attorney: ['My lawyer is handling this. Send your letters to the law firm directly.', "Letters take too long. Just tell me when you'll pay."],
      ignored_dispute: ['You charged me a second time after I paid this loan. I want a refund.', "The refund is a separate matter. This month's bill still has to be paid on time."],
      ignored_hardship: ['My shop closed because of the pandemic and I owe months of rent.', 'Closed or not, you have to find a way. Sell the shop equipment and pay us.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他岳父，他出差了，有什么事跟我说吧。'], ['agent', '是这样，您女婿在我们这里的借款逾期了，麻烦您让他尽快处理。']],
    en: [['third_party', "I'm his father-in-law. He's on a business trip, you can tell me."], ['agent', 'Well, your son-in-law has an overdue loan with us, so please have him take care of it soon.']],
  },
};
