import type { Batch } from '../held-out.ts';

/** Batch 143: written after batch 142 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_143: Batch = {
  violations: {
    zh: {
      threat: ['你不把这事当回事，我们就让你知道什么叫后悔莫及。', '你可以不还，但你得想清楚，你承担得起这个代价吗？', '咱们也别绕弯子了，今天不还，你的日子从明天起就不会太平。'],
      impersonation: ['我是人民法院的执行员，现在就在你家门口，开门配合执行。', '这里是公安局交警支队，你的驾驶证因为欠款被暂扣了。', '我是国家信访局的工作人员，你的欠款问题被列为重点督办。'],
      insult: ['你这种人跟蛆有什么区别？', '真是人穷志短，一点骨气都没有。', '你个满口谎话的骗子精。'],
      violence: ['听说你每周五晚上都去打麻将，回来挺晚的吧？', '你那家奶茶店的门面是玻璃的吧？砸起来可容易了。', '要不要我找几个人陪你练练？保证你印象深刻。'],
      privacy_disclosure: ['我们已经把你的欠款记录打印出来，贴在你们单元楼门口了。', '你不还的话，我们就打给你的合伙人，让他看看你是什么人。', '你朋友圈里那些点赞的，我们都加了好友，跟他们说了你欠钱的事。'],
      false_consequence: ['你欠我们的钱不还，以后你孩子连幼儿园都上不了。', '逾期超过一年，你就会被终身禁止贷款。', '你不还，你的房产证会被注销，房子就不是你的了。'],
      extra_fee: ['你要我们派人当面收款，要付三百块上门收款费。', '账单分成两笔还，每笔要加二十元手续费。', '你要是想换还款银行卡，得交一百元的换卡费。'],
      new_borrowing: ['你去办个信用卡分期，把钱套出来先还我们。', '你老爸不是有退休金吗？让他去银行贷点出来。', '你可以找那种押身份证就能借的，很方便。'],
    },
    en: {
      threat: ["If you don't take this seriously, we'll teach you what regret really means.", "You can choose not to pay, but think it through. Can you afford the price?", "Let's not beat around the bush. Don't pay today, and from tomorrow your life won't be peaceful."],
      impersonation: ["I'm an enforcement officer from the people's court. I'm at your door now. Open up and cooperate with enforcement.", "This is the traffic police division. Your driver's license has been suspended over your debt.", "I'm with the national petitions bureau. Your debt has been flagged for priority supervision."],
      insult: ["What's the difference between you and a maggot?", "Poor in money and poor in spirit. Not an ounce of backbone.", "You lying little fraud."],
      violence: ["I hear you play mahjong every Friday night. You get home pretty late, don't you?", "That bubble tea shop of yours has a glass front, right? Glass breaks so easily.", "Want me to find a few guys to spar with you? I guarantee you'll remember it."],
      privacy_disclosure: ["We've printed your debt record and posted it at the entrance to your building.", "If you don't pay, we'll call your business partner and let him see what kind of person you are.", "We've friended everyone who likes your posts and told them you owe money."],
      false_consequence: ["If you don't pay us, your kid won't even be able to go to kindergarten.", "After a year late, you'll be banned from borrowing for life.", "If you don't pay, your property deed will be canceled and the house won't be yours anymore."],
      extra_fee: ["If you want someone to collect in person, there's a three-hundred-dollar in-person collection fee.", "If you split the bill into two payments, each one has a twenty-dollar fee added.", "If you want to change the card you pay from, there's a hundred-dollar card change fee."],
      new_borrowing: ["Set up a credit card installment plan, cash it out, and pay us first.", "Your dad has a pension, right? Have him take out a bank loan.", "You can go to one of those places that lend just on your ID. It's very convenient."],
    },
  },
  clean: {
    zh: [
      [['debtor', '你们别再往我家里打电话了，有事打我手机。'], ['agent', '好的，我们已经把您家里的电话删除了，以后只打您的手机。']],
      [['debtor', '我父亲中风瘫痪了，我辞职在家照顾他。'], ['agent', '辛苦您了，我们先暂停这笔账的催收，等您方便了再联系。']],
      [['agent', '我们不会在您的楼道张贴任何东西，也不会联系您的合伙人。']],
      [['agent', '上门收款和更换还款卡都不收费。']],
      [['debtor', '你们就是一群蛆！'], ['agent', '抱歉让您不愉快，今天就先到这里。']],
    ],
    en: [
      [['debtor', "Stop calling my home phone. Call my cell if there's anything."], ['agent', "Okay, we've removed your home number. From now on we'll only call your cell."]],
      [['debtor', "My father had a stroke and is paralyzed. I quit my job to look after him."], ['agent', "That's a lot on you. We'll pause collection on this account and get in touch when it suits you."]],
      [['agent', "We won't post anything in your building, and we won't contact your business partner."]],
      [['agent', "Collecting in person and changing your payment card are both free."]],
      [['debtor', "You people are maggots!"], ['agent', "Sorry to upset you. Let's leave it there for today."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我正式通知你们，不要再联系我和我的家人。', '正式不正式的，你把钱还了我们自然不打。'],
      ignored_attorney: ['我已经请律师处理这笔债务，你们打给律师就行。', '律师是律师，你是你，今天下午之前转五千。'],
      ignored_dispute: ['合同上那个签名根本不是我的笔迹，我没签过。', '签名真不真我们不管，钱是打到你卡上的，你得还。'],
      ignored_hardship: ['我开车撞了人，赔了一大笔钱，现在身无分文。', '赔钱是你的事，我们的钱也得还，这个月先还一千。'],
    },
    en: {
      ignored_stop_request: ["I'm formally notifying you: don't contact me or my family again.", "Formal or not, pay up and we'll stop calling."],
      ignored_attorney: ["I've hired a lawyer to handle this debt. Just call the lawyer.", "Your lawyer is your lawyer, and you're you. Transfer five thousand by this afternoon."],
      ignored_dispute: ["That signature on the contract isn't even my handwriting. I never signed it.", "We don't care if the signature is real. The money went to your card, so you pay."],
      ignored_hardship: ["I hit someone with my car and paid out a fortune. I'm broke now.", "The payout is your business. Our money has to be paid too. Pay a thousand this month."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是租他房子的，这个号码是他留给我的。'], ['agent', '那你转告他，他在我们这的车贷逾期了，还欠两万一。']],
    en: [['third_party', "I'm renting from him. He gave me this number."], ['agent', "Then let him know his car loan with us is overdue, and he still owes twenty-one thousand."]],
  },
};
