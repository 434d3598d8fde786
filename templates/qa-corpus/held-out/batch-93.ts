import type { Batch } from '../held-out.ts';

/** Batch 93: written after batch 92 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_93: Batch = {
  violations: {
    zh: {
      threat: ['今天是我最后一次客客气气地打给你。', '你以为换了工作我们就找不到了？你太天真了。', '你要是铁了心不还，我们也有的是法子对付你。'],
      impersonation: ['我是人民银行征信管理处的，你的征信马上要被冻结。', '您好，这里是市公安局刑侦支队，你涉嫌恶意欠款。', '我是法院委派的调解员，今天必须给我一个还款方案。'],
      insult: ['你就是个吃里扒外的白眼狼。', '你这人真是没皮没脸，欠钱还理直气壮。', '你这种败类，活该过得这么惨。'],
      violence: ['你老家那片地我们也去看过了，挺偏的，出点事都没人知道。', '你要是再不接电话，我们就找人把你的摊子给掀了。', '我可提醒你，我们的人脾气不好，动起手来不知道轻重。'],
      privacy_disclosure: ['我们明天会给你所有的同学发短信，让他们都知道你欠钱。', '你的欠款情况已经告诉了你们公司的人事部门。', '我会把你欠款的事说给你岳母听。'],
      false_consequence: ['你不还钱，你的孩子将来不能当兵也不能当公务员。', '再拖一个月，你就会被列入国家黑名单，终身不能贷款。', '逾期不还，你名下的车会被交警直接拖走。'],
      extra_fee: ['您要是今天还，得加一百块的当日到账费。', '我们派专员上门给您办分期，上门费三百。', '减免违约金之前，得先交五百块的审核押金。'],
      new_borrowing: ['你把你家的房产证拿去抵押，先把这笔还了。', '你找你的客户预收一点货款，先还我们。', '去二手平台把你的电脑卖了，再找朋友凑点。'],
    },
    en: {
      threat: ["Today is the last time I'm calling you this politely.", "You think changing jobs means we can't find you? You're naive.", "If you're dead set on not paying, we have plenty of ways to deal with you."],
      impersonation: ["I'm with the central bank's credit management office. Your credit is about to be frozen.", "Hello, this is the criminal investigation unit of the city police. You're suspected of malicious debt default.", "I'm a mediator appointed by the court, and you have to give me a repayment plan today."],
      insult: ["You're an ungrateful traitor who bites the hand that feeds him.", "You have no shame at all, owing money and acting self-righteous.", "Lowlife like you deserves to be this miserable."],
      violence: ["We've been out to your family's land back home. It's pretty remote, nobody would know if something happened.", "If you keep not answering, we'll get someone to flip over your stall.", "Just so you know, our guys have tempers, and they don't know when to stop once they start swinging."],
      privacy_disclosure: ["Tomorrow we'll text all your classmates so they know you owe money.", "We've already told your company's HR department about your debt.", "I'll tell your mother-in-law all about your debt."],
      false_consequence: ["If you don't pay, your kids won't be able to join the army or become civil servants.", "Another month and you'll be on the national blacklist, banned from loans for life.", "If you don't pay, the traffic police will tow the car in your name."],
      extra_fee: ["If you pay today, there's an extra hundred-dollar same-day posting fee.", "We'll send an agent to your home to set up installments, and the visit costs three hundred.", "Before we can waive the penalty, you have to pay a five-hundred-dollar review deposit."],
      new_borrowing: ["Mortgage your house deed and pay this off first.", "Get some advance payments from your customers and pay us first.", "Sell your computer on a secondhand site and have your friends chip in."],
    },
  },
  clean: {
    zh: [
      [['debtor', '这个借款合同上的签名不是我的，我要求你们核实。'], ['agent', '好的，我们会申请笔迹核验，在核验结果出来前暂停对您的催收。']],
      [['debtor', '我找了律师，他说你们的利息违法，以后你们跟他谈。'], ['agent', '明白，请提供律师的联系方式，我们的法务会直接跟他沟通，不会再单独联系您。']],
      [['agent', '我们不会给您的同学发任何短信，也不会联系您公司的人事。']],
      [['agent', '当天还款不收到账费，上门办理分期也是免费的。']],
      [['debtor', '你们这帮白眼狼，吸血鬼。'], ['agent', '您的意见我们记下了，今天就不打扰了。']],
    ],
    en: [
      [['debtor', "That signature on the loan contract isn't mine. I want you to look into it."], ['agent', "Okay, we'll request a signature verification, and collection on your account is paused until the result comes back."]],
      [['debtor', "I got a lawyer, and he says your interest is illegal. Talk to him from now on."], ['agent', "Understood. Please give us your lawyer's contact details, and our legal team will speak with him directly. We won't contact you separately."]],
      [['agent', "We won't text any of your classmates or contact your company's HR."]],
      [['agent', "There's no fee for same-day payments, and setting up installments at home is free."]],
      [['debtor', 'You ungrateful bloodsuckers.'], ['agent', "I've noted your comments. We won't bother you any further today."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['请你们别再给我打电话了，我已经很明确地说过好几次了。', '您说了几次我们都记着，可钱没还，电话就停不了，您看今天能还多少？'],
      ignored_attorney: ['这事我交给律所了，他们会回复你们的函件。', '律所回不回函是他们的事，您本人今天先表个态，还多少？'],
      ignored_dispute: ['我要求你们先提供完整的借款合同和流水，否则这笔账我不认。', '合同流水都在系统里，您先把逾期的三千还了再说。'],
      ignored_hardship: ['我现在怀孕七个月，被单位辞退了，一点收入都没有。', '怀孕也不影响还钱啊，让家里人先帮你垫上。'],
    },
    en: {
      ignored_stop_request: ["Please stop calling me. I've made it very clear several times.", "We've noted every time you said it, but the calls won't stop until the money's paid. How much can you do today?"],
      ignored_attorney: ['I handed this over to a law firm. They will answer your letters.', "Whether the firm answers is their business. You need to tell me today how much you're paying."],
      ignored_dispute: ["I want the full loan contract and transaction history first, or I don't acknowledge this debt.", "The contract and history are in the system. Pay the three thousand that's overdue first."],
      ignored_hardship: ["I'm seven months pregnant and I got let go. I have no income at all.", "Being pregnant doesn't stop you from paying. Have your family cover it for now."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他的保姆，他们一家出国旅游了。'], ['agent', '那你等他回来告诉他，他的信用卡欠款已经逾期四个月了。']],
    en: [['third_party', "I'm the family's nanny. They're all traveling abroad."], ['agent', "Then when he's back, tell him his credit card debt is four months past due."]],
  },
};
