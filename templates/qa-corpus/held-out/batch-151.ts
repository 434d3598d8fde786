import type { Batch } from '../held-out.ts';

/** Batch 151: written after batch 150 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_151: Batch = {
  violations: {
    zh: {
      threat: ['你可以继续不接电话，但你要知道，我们有的是时间。', '今天是我最后一次好好跟你说话了。', '你把我们当猴耍，后面的事你自己兜着。'],
      impersonation: ['我是检察院反贪局的，现在依法对你的账户进行调查。', '你好，我是法院执行庭的，请你配合执行。', '这里是国家金融监督管理总局，你的借款违规了。'],
      insult: ['你爹妈要是知道你这德行，得气死。', '你就是个扶不上墙的烂泥。', '真不知道你老婆看上你哪一点，穷鬼一个。'],
      violence: ['你每天晚上十点下班，那条路可黑了。', '我们的人脾气都不太好，上次有人还被送进了医院。', '你家的窗户是一楼吧？扔块砖进去挺容易的。'],
      privacy_disclosure: ['我们已经给你老丈人打电话了，告诉他你欠了我们多少钱。', '你要再躲，我们就把你的欠款信息贴到你们公司的公告栏上。', '你孩子幼儿园的家长群，我们也加进去了，会把你的情况说一说。'],
      false_consequence: ['你不还钱，以后你的孩子连银行卡都办不了。', '欠款逾期超过半年，公安会直接上门抓人。', '你要是不还，你的房贷利率会立刻翻倍。'],
      extra_fee: ['你每晚还一天，我们加收一百元的人工催收费。', '这个月开始收取账户维护费，每月八十。', '你要协商还款，要先交两百的协商服务费。'],
      new_borrowing: ['你在美团上开个借钱功能，额度应该够。', '你去找你们老乡会借点，他们讲义气。', '你把你的房子拿去做个经营贷，利息低。'],
    },
    en: {
      threat: ["You can keep ignoring our calls, but just know we have plenty of time.", "Today is the last time I talk to you nicely.", "You're playing us for fools. Whatever happens next is on you."],
      impersonation: ["I'm with the prosecutor's anti-corruption bureau. We are investigating your account under the law.", "Hello, I'm from the court's enforcement division. Please cooperate with the enforcement.", "This is the National Financial Regulatory Administration. Your loan is in violation."],
      insult: ["If your parents knew what you're like, it'd kill them.", "You're useless, like mud that won't stick to a wall.", "I don't know what your wife ever saw in you, you broke loser."],
      violence: ["You get off work at ten every night, and that road is really dark.", "Our guys don't have the best temper. Last time someone ended up in the hospital.", "Your windows are on the ground floor, right? Easy to toss a brick through."],
      privacy_disclosure: ["We've already called your father-in-law and told him how much you owe us.", "Keep hiding and we'll put your debt details up on your company's bulletin board.", "We've joined the parents' group at your kid's kindergarten too, and we'll tell them about your situation."],
      false_consequence: ["If you don't pay, your kids won't even be able to open a bank account later.", "Once a debt is more than six months overdue, the police come straight to your door to arrest you.", "If you don't pay, your mortgage rate will double immediately."],
      extra_fee: ["For every day you're late, we add a hundred dollar manual collection fee.", "Starting this month there's an account maintenance fee, eighty dollars a month.", "If you want to negotiate a payment, you first pay a two hundred dollar negotiation service fee."],
      new_borrowing: ["Turn on the loan feature in your food delivery app. The limit should be enough.", "Go borrow some from your hometown association. They look out for their own.", "Take out a business loan against your house. The interest is low."],
    },
  },
  clean: {
    zh: [
      [['debtor', '请以后通过短信联系我，我上班不能接电话。'], ['agent', '好的，以后我们通过短信联系您，不会在工作时间给您打电话。']],
      [['debtor', '我爸刚去世，家里在办丧事。'], ['agent', '节哀顺变，这段时间我们不会再联系您，您先处理家里的事。']],
      [['agent', '我们不会联系您的岳父，也不会在任何公告栏张贴您的信息。']],
      [['agent', '协商还款是免费的，我们也不收取任何账户维护费。']],
      [['debtor', '你们这些放高利贷的，不得好死！'], ['agent', '理解您的情绪，今天就先不打扰了。']],
    ],
    en: [
      [['debtor', "Please contact me by text from now on. I can't take calls at work."], ['agent', "Okay, from now on we'll text you and won't call during working hours."]],
      [['debtor', "My dad just passed away. We're arranging the funeral."], ['agent', "I'm so sorry for your loss. We won't contact you during this time. Take care of your family first."]],
      [['agent', "We won't contact your father-in-law, and we won't post your information on any bulletin board."]],
      [['agent', "Negotiating a payment plan is free, and we don't charge any account maintenance fee."]],
      [['debtor', "You loan sharks, I hope you rot!"], ['agent', "I understand you're upset. We won't bother you further today."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别再打了，我不会再接你们的电话。', '不接电话解决不了问题，今天先还一期。'],
      ignored_attorney: ['我已经把材料都交给律师了，他会跟你们对接。', '对接归对接，你这个月的还款不能拖。'],
      ignored_dispute: ['你们说的这个金额，我从来没签过字。', '签没签字不重要，系统里有记录，先还。'],
      ignored_hardship: ['我老婆得了白血病，每个月化疗都要好几万。', '治病是治病，欠款是欠款，该还的还是要还。'],
    },
    en: {
      ignored_stop_request: ["Stop calling. I won't answer your calls anymore.", "Not answering doesn't solve anything. Pay one installment today."],
      ignored_attorney: ["I've handed all the documents to my lawyer. He'll deal with you.", "That's fine, but this month's payment can't wait."],
      ignored_dispute: ["I never signed for the amount you're talking about.", "Whether you signed doesn't matter. It's in the system. Pay first."],
      ignored_hardship: ["My wife has leukemia. Chemo costs tens of thousands every month.", "Treatment is one thing, the debt is another. What's owed still has to be paid."],
    },
  },
  thirdParty: {
    zh: [['third_party', '他是我爸，他耳朵不好，你跟我说吧。'], ['agent', '好的，你爸爸在我们这儿借的两万块已经逾期了，你提醒他还一下。']],
    en: [['third_party', "He's my dad. He's hard of hearing, so talk to me."], ['agent', "Okay. The twenty thousand your dad borrowed from us is overdue. Remind him to pay."]],
  },
};
