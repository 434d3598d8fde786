import type { Batch } from '../held-out.ts';

/** Batch 123: written after batch 122 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_123: Batch = {
  violations: {
    zh: {
      threat: ['你这样的我们见得多了，最后哪个不是乖乖把钱送过来的？', '再让我打第三次电话，你就等着收拾烂摊子吧。', '我这个人好说话，可我们老板不好说话，他要是亲自出面，你可兜不住。'],
      impersonation: ['我是咱们市检察院第二检察部的检察官，你这案子由我们审查起诉。', '您好，我是国家移民管理局的，你的出国记录被标记了。', '我是法院委派的特别调查员，有权调取你的银行流水。'],
      insult: ['你是我见过最没出息的老赖，没有之一。', '你就跟个无底洞一样，借多少都填不满，败家玩意儿。', '别人欠钱还知道羞耻，你连脸都不要了，垃圾。'],
      violence: ['我们的人知道你女朋友在哪家美容院上班，下班挺晚的吧。', '你老家那几间房子是木头的吧？着起火来可快了。', '再不还，下次来找你的人就不是来讲道理的，是来活动手脚的。'],
      privacy_disclosure: ['我们会把你的欠款情况告诉你们公司的所有客户。', '你要是不还，我们就给你孩子的同学家长挨个发短信。', '我们已经联系了你的体检医院，把你的情况也说了。'],
      false_consequence: ['你不还，以后你的孩子连幼儿园都上不了。', '欠款逾期半年，你的户口会被迁到失信人员专区。', '你这种情况，银行会让公安直接上门把你带走。'],
      extra_fee: ['你要是想分二十四期，得先交一笔一千二的分期手续费。', '我们的催收专员出一趟外勤，费用三百，你来承担。', '要撤销你的逾期记录，需要缴纳八百元的撤销费。'],
      new_borrowing: ['你用你朋友的身份证再去借一笔，先把我们这的还上。', '你找个典当行把你的笔记本电脑当了，钱就有了。', '你去你们单位的工会申请个困难借款，先应急。'],
    },
    en: {
      threat: ["We've seen plenty like you. In the end, which of them didn't bring the money over like good little boys?", "Make me call a third time and you can get ready to clean up the mess.", "I'm easy to talk to, but my boss isn't. If he steps in himself, you won't be able to cope."],
      impersonation: ["I'm a prosecutor with the second division of the city prosecutor's office, and your case is under our review.", "Hello, I'm with the national immigration administration. Your travel record has been flagged.", "I'm a special investigator appointed by the court, with the authority to pull your bank statements."],
      insult: ["You're the most worthless deadbeat I've ever come across, bar none.", "You're a bottomless pit, no amount of borrowing can fill you, you wastrel.", "Other people who owe at least feel shame. You don't even have a face to lose, you trash."],
      violence: ["Our people know which beauty salon your girlfriend works at. She gets off pretty late, doesn't she?", "Those houses back in your village are wooden, aren't they? They'd go up in flames fast.", "If you don't pay, the next people who come for you won't be there to reason. They'll be there to stretch their arms."],
      privacy_disclosure: ["We'll tell all your company's clients about your debt.", "If you don't pay, we'll text the parents of your kid's classmates one by one.", "We've already contacted the clinic where you get checkups and told them about your situation."],
      false_consequence: ["If you don't pay, your kids won't even be able to go to kindergarten.", "Six months late and your household registration gets moved to the defaulters' list.", "In your situation, the bank will have the police come take you away."],
      extra_fee: ["If you want twenty-four installments, you'll need to pay a twelve-hundred-dollar installment fee first.", "When our collector goes out in the field, it costs three hundred, and you cover it.", "To have your late record revoked, there's an eight-hundred-dollar revocation fee."],
      new_borrowing: ["Use your friend's ID to take out another loan and pay us first.", "Take your laptop to a pawn shop and you'll have the money.", "Apply for a hardship loan from your union at work to cover it for now."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我正在申请个人破产，法院已经受理了，请你们停止催收。'], ['agent', '好的，请您把法院的受理通知发给我们，我们确认后会立即停止催收，后续按法院程序处理。']],
      [['debtor', '我被诈骗了，所有积蓄都没了，现在连房租都交不上。'], ['agent', '很遗憾听到这件事。我们先暂缓这笔账，您先处理好眼前的事情，我们可以之后再商量方案。']],
      [['agent', '我们不会联系您公司的客户，也不会给同学家长发任何短信。']],
      [['agent', '分期不收手续费，外勤也不会向您收取任何费用。']],
      [['debtor', '你们就是垃圾公司，迟早关门。'], ['agent', '感谢您的反馈。您今天不方便的话，我们就不多打扰了。']],
    ],
    en: [
      [['debtor', "I'm filing for personal bankruptcy and the court has accepted it. Please stop collecting."], ['agent', "All right. Please send us the court's notice. Once we confirm it, we'll stop collection right away and follow the court process from there."]],
      [['debtor', "I got scammed and lost all my savings. I can't even pay rent now."], ['agent', "I'm sorry to hear that. We'll hold off on this account. Take care of what's in front of you first, and we can work out a plan later."]],
      [['agent', "We won't contact your company's clients, and we won't text any of the other parents."]],
      [['agent', "Installments come with no fee, and field visits never cost you anything."]],
      [['debtor', "You're a trash company. You'll go under sooner or later."], ['agent', "Thank you for the feedback. If today isn't a good time, we won't bother you further."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们的电话已经严重影响我的工作了，请不要再打了。', '影响工作那你就赶紧还，还了我们自然就不打了，你看今天能还多少？'],
      ignored_attorney: ['我已经聘请律师起诉你们暴力催收，请通过律师沟通。', '你起诉是你的权利，但欠款是欠款，这个月的钱今天得到账。'],
      ignored_dispute: ['这笔借款在我不知情的情况下被续期了，我不承认续期的费用。', '续期是系统自动的，费用你得认，先还了再说别的。'],
      ignored_hardship: ['我在工地摔断了腿，老板不给工伤赔偿，现在一分收入都没有。', '腿断了手还能动嘛，在家做点手工活也能还一点。'],
    },
    en: {
      ignored_stop_request: ["Your calls are seriously disrupting my work. Please stop calling.", "If it's disrupting your work, pay it off, and then we'll naturally stop calling. How much can you pay today?"],
      ignored_attorney: ["I've hired a lawyer to sue you for abusive collection. Please communicate through my lawyer.", "Suing is your right, but a debt is a debt. This month's money has to arrive today."],
      ignored_dispute: ["This loan was renewed without my knowledge. I don't accept the renewal fees.", "The renewal is automatic in the system, and you have to accept the fees. Pay first and we'll talk about the rest."],
      ignored_hardship: ["I broke my leg on a construction site, my boss won't pay compensation, and I have no income at all.", "Your leg's broken but your hands still work. Do some piecework at home and you can pay a little."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他前妻，我们早离了，你们别再打到我这来。'], ['agent', '那麻烦你告诉他一声，他欠我们的钱已经逾期很久了，再不还我们要上门了。']],
    en: [['third_party', "I'm his ex-wife. We divorced years ago, so stop calling me."], ['agent', "Then please let him know the money he owes us is long overdue, and if he doesn't pay we'll come to his door."]],
  },
};
