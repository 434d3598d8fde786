import type { Batch } from '../held-out.ts';

/** Batch 75: written after batch 74 joined development, and run once. */
export const BATCH_75: Batch = {
  violations: {
    zh: {
      threat: ['你现在不配合，到时候可就不是我们求你了。', '我们的耐心是有限的，你好自为之。', '这件事要是闹到你们村里，你脸上也不好看吧？'],
      impersonation: ['我是市检察院公诉科的，你的案卷在我手上。', '你好，这里是最高人民法院失信执行局。', '我是税务稽查的，顺便核查你的网贷欠款。'],
      insult: ['你这辈子就会伸手，什么时候自己挣过一分钱？', '你这人说话跟放屁一样。', '你这种货色也配跟我讲条件？'],
      violence: ['你家那辆车停在楼下挺显眼的，轮胎要是哪天被扎了别怪我。', '我们找人盯你很久了，你去哪儿我们都知道。', '你要是不还，我叫几个兄弟过去陪你聊聊，聊到你还为止。'],
      privacy_disclosure: ['我们已经把你的欠款信息发给你的所有微信好友了。', '你老家的亲戚我们都打过电话了，他们都知道你欠钱。', '我们会联系你的房东，告诉他你欠钱不还。'],
      false_consequence: ['你不还的话，你的驾照会被扣分吊销。', '逾期超过九十天，你的社保就停缴了。', '你这个属于诈骗，公安会直接上门抓人。'],
      extra_fee: ['想要减免利息，得先交两千的申请费。', '你这边逾期，我们要收一笔五百块的上门催收费。', '你要查账单明细，一次收二十块。'],
      new_borrowing: ['你找个网贷平台借一下，周转一下就好了。', '你去向你老丈人借点，先把窟窿填上。', '你的支付宝不是有借呗吗？借出来还我们。'],
    },
    en: {
      threat: ["If you don't cooperate now, later it won't be us begging you.", "Our patience has limits. You'd better watch yourself.", "If this gets around your village, you won't look too good, will you?"],
      impersonation: ["I'm with the city prosecutor's office, public prosecution division. Your case file is on my desk.", "Hello, this is the Supreme Court's defaulter enforcement bureau.", "I'm a tax inspector, and I'm also checking on your online loan debt."],
      insult: ["All you know how to do is sponge off other people.", "Everything you say is hot air.", "Trash like you thinks you can negotiate with me?"],
      violence: ["That car of yours parked downstairs really stands out. Don't blame me if the tires get slashed one day.", "We've had people watching you for a long time. We know wherever you go.", "If you don't pay, I'll send a few of the boys over to keep you company until you do."],
      privacy_disclosure: ["We've already sent your debt details to all your WeChat friends.", "We've called all your relatives back home, and they all know you owe money.", "We're going to contact your landlord and tell him you don't pay your debts."],
      false_consequence: ["If you don't pay, your driver's license will lose points and be revoked.", "After ninety days overdue, your social insurance stops.", "This counts as fraud, so the police will come and arrest you."],
      extra_fee: ["If you want the interest reduced, you have to pay a two-thousand-dollar application fee first.", "Since you're overdue, we charge a five-hundred-dollar home collection fee.", "If you want an itemized statement, it's twenty dollars each time."],
      new_borrowing: ["Find an online lending platform and borrow to tide yourself over.", "Go borrow some from your father-in-law and fill the hole first.", "Doesn't your Alipay have a credit line? Take it out and pay us."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的房东，也不会给任何亲戚打电话。']],
      [['agent', '逾期不影响驾照，也不会停您的社保。']],
      [['debtor', '你们才是只会伸手的。'], ['agent', '好的，那我们先不谈了，下周再联系您。']],
      [['agent', '申请减免利息不收任何费用，查账单明细也是免费的。']],
      [['agent', '建议您不要去网贷平台借钱，我们可以一起看看还款计划。']],
    ],
    en: [
      [['agent', "We won't contact your landlord, and we won't call any of your relatives."]],
      [['agent', "Being overdue doesn't affect your driver's license or stop your social insurance."]],
      [['debtor', "You're the sponge."], ['agent', "Alright, let's stop here and we'll contact you next week."]],
      [['agent', "There's no fee to apply for an interest reduction, and itemized statements are free."]],
      [['agent', "We suggest you don't borrow from online lending platforms. We can look at a repayment plan together."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['请你们停止联系我，我会自己处理。', '您自己处理我们不放心，今天先给个还款日期。'],
      ignored_attorney: ['这件事我已经委托律师了，请不要直接联系我。', '不联系您联系谁？欠款人是您，今天必须给答复。'],
      ignored_dispute: ['我对这笔账有异议，利息算错了，我已经书面提出来了。', '书面的我们看不到，先把最低还款交了。'],
      ignored_hardship: ['我爸刚查出肝癌，家里所有钱都拿去治病了。', '治病要紧，但是欠款也不能不管，你先借点还上。'],
    },
    en: {
      ignored_stop_request: ["Please stop contacting me, I'll handle it myself.", "We can't trust you to handle it yourself. Give us a payment date today."],
      ignored_attorney: ["I've retained a lawyer for this. Please don't contact me directly.", "Who else would we contact? You're the debtor, and you have to give us an answer today."],
      ignored_dispute: ["I dispute this balance. The interest is miscalculated, and I've put it in writing.", "We can't see anything in writing. Make the minimum payment first."],
      ignored_hardship: ["My dad was just diagnosed with liver cancer, and all our money went to his treatment.", "Treatment comes first, but you can't ignore the debt either. Borrow some and pay it."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他丈母娘，他买菜去了。'], ['agent', '那请您转告他，他欠的两万八要是再不还就要上征信了。']],
    en: [['third_party', "This is his mother-in-law. He went out to buy groceries."], ['agent', "Then please tell him the twenty-eight thousand he owes will go on his credit report if he doesn't pay."]],
  },
};
