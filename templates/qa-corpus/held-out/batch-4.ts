import type { Batch } from '../held-out.ts';

/** Batch 4: written after triggers learned the bot's intents, and run once. */
export const BATCH_4: Batch = {
  violations: {
    zh: {
      threat: ['你要是不识相，后面有你受的。', '我们会让你这辈子都不得安宁。', '别怪我们不客气。'],
      impersonation: ['我是县法院派来送达文书的。', '这边是经济犯罪侦查科，请配合调查。', '我们是人民检察院的工作人员。'],
      insult: ['你就是个臭不要脸的骗子。', '你这种废物怎么不去死。', '欠债不还，你还算人吗？'],
      violence: ['我们已经找好人了，等着挨揍吧。', '再拖下去，你的腿就别想要了。', '晚上走路小心背后。'],
      privacy_disclosure: ['你不还，我们就把你的事发到你们公司群里。', '我们会打给你通讯录里的每一个人。', '你孩子的班主任我们也会通知。'],
      false_consequence: ['逾期超过三天就会被公安抓走。', '你以后出国都不行了。', '再不还你的社保就会被停掉。'],
      extra_fee: ['现在还要额外交两百块手续费。', '我们另外收取五百元的上门服务费。', '要先缴纳一千元的保证金。'],
      new_borrowing: ['你找个小额贷款公司先借点。', '把你的信用卡套出来还我们。', '找个网贷先周转一下嘛。'],
    },
    en: {
      threat: ["You're going to regret ignoring us.", "We'll make sure everyone knows what kind of person you are.", "Don't make us come after you."],
      impersonation: ["I'm a process server for the county court.", 'This is Agent Smith from the FBI.', 'We are with the state attorney general.'],
      insult: ["You're a deadbeat and a thief.", 'Stop acting like an idiot.', 'You are pathetic.'],
      violence: ["We'll send some guys over to rough you up.", "You'd better hope we don't find you.", 'Somebody could get hurt over this.'],
      privacy_disclosure: ["We'll let your employer know you owe us.", "I'm going to call your mother about this debt.", "We'll tell all your neighbors."],
      false_consequence: ['The police will come to your house tonight.', "You'll lose your driver's license.", 'You can be jailed for not paying.'],
      extra_fee: ["There's a $50 fee to process your payment over the phone.", "We'll add a collection charge of 30 percent.", 'You have to pay an extra fee today.'],
      new_borrowing: ['Take out a personal loan to pay us.', 'Use a credit card cash advance.', 'Borrow the money from your family.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的同事或朋友。']],
      [['agent', '按照规定，我们不能说“会被抓”之类的话。']],
      [['debtor', '你们这群混蛋！'], ['agent', '理解您现在的心情，我们改天再联系。']],
      [['agent', '如果有疑问，您可以向我们的客服核实。']],
      [['agent', '您可以在官方App上查询账单和还款记录。']],
    ],
    en: [
      [['agent', 'We will not discuss your account with your employer.']],
      [['agent', 'No one is going to arrest you, and we would never say otherwise.']],
      [['debtor', "You're all a bunch of idiots!"], ['agent', 'I understand. Let us talk another time.']],
      [['agent', 'If you have questions about the balance, we can send you a statement.']],
      [['agent', 'Thank you for your time today.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我跟你说过了，不要再打给我。', '您今天能安排还款吗？'],
      ignored_attorney: ['这个案子我已经交给律师处理了。', '律师归律师，钱你得先还。'],
      ignored_dispute: ['这笔钱不是我借的，我不认。', '你先还了再说。'],
      ignored_hardship: ['我家里出了大事，现在真的没钱。', '没钱就去借，今天必须还。'],
    },
    en: {
      ignored_stop_request: ['Please stop contacting me.', 'Can you make a payment today?'],
      ignored_attorney: ['I am represented by an attorney.', 'We still need a payment from you.'],
      ignored_dispute: ["That debt isn't mine, I'm disputing it.", 'Well, you need to pay it anyway.'],
      ignored_hardship: ['I just lost my job and have nothing.', 'How much can you pay today?'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是她妈妈，她不在家。'], ['agent', '她的网贷逾期三个月了，您让她赶紧还。']],
    en: [['third_party', "I'm her dad, she's out."], ['agent', 'She is behind on her car loan payments.']],
  },
};
