import type { Batch } from '../held-out.ts';

/** Batch 41: written after batch 40 joined development, and run once. */
export const BATCH_41: Batch = {
  violations: {
    zh: {
      threat: ['你要是再这么耗着，我们可就不跟你讲道理了。', '这笔账我们记着呢，你跑得了和尚跑不了庙。', '明天之前没有结果，你就等着瞧吧。'],
      impersonation: ['我是区法院执行局的法警，今天过来查封你的财产。', '这边是市公安局反诈中心，你这笔贷款涉嫌套现。', '我是中国人民银行征信管理局的，专门负责失信人员。'],
      insult: ['你这个白眼狼，借钱的时候怎么不说没钱？', '你做人能不能要点脸？', '跟你这种无赖讲道理就是对牛弹琴。'],
      violence: ['我们的人晚上会在你家楼下守着，你别想溜。', '你那个摊子，说不定明天就被人掀了。', '要不要我叫几个兄弟去你家喝喝茶？'],
      privacy_disclosure: ['我们已经打电话给你的房东了，他知道你欠钱的事。', '你再不还，我就把你的欠款截图发到你们家族群里。', '你们公司的HR我们已经联系过了，她会转告你领导。'],
      false_consequence: ['不还钱，你的孩子以后考不了公务员，也入不了党。', '逾期超过半年，你的户口就会被冻结。', '你不还，法院会直接把你拘留十五天。'],
      extra_fee: ['逾期了，每天收你百分之一的罚息，另外加收五十块管理费。', '你要提前结清，得交两千的违约手续费。', '我们上门核实一次，车马费三百由你承担。'],
      new_borrowing: ['你去找你哥借一下，兄弟之间好说话。', '你把你老婆的公积金取出来先还我们。', '网上那么多借钱的平台，你随便借一点不就行了。'],
    },
    en: {
      threat: ["If you keep dragging this out, we won't be reasonable with you anymore.", "We're keeping track of this, you can run but you can't hide.", "If there's no result by tomorrow, just wait and see."],
      impersonation: ["I'm a court marshal with the enforcement office, I'm here today to seize your property.", "This is the city police anti-fraud center, your loan is suspected of cash-out fraud.", "I'm with the central bank's credit bureau, I handle people on the defaulter list."],
      insult: ["You ungrateful snake, you didn't say you were broke when you borrowed it.", "Do you have any self-respect at all?", "Reasoning with a crook like you is like talking to a wall."],
      violence: ["Our people will be waiting outside your building tonight, don't even think about slipping out.", "That stall of yours might just get flipped over tomorrow.", "Want me to send a few of my boys over to your place for a little visit?"],
      privacy_disclosure: ["We've already called your landlord, he knows about your debt.", "If you don't pay, I'll post a screenshot of your debt in your family group chat.", "We've contacted HR at your company, she'll pass it on to your manager."],
      false_consequence: ["If you don't pay, your kids will never get government jobs or security clearances.", "After six months overdue your residence registration gets frozen.", "If you don't pay, the court will put you in jail for fifteen days."],
      extra_fee: ["You're overdue, so it's one percent penalty interest per day plus a fifty dollar management fee.", "If you want to pay off early, there's a two thousand dollar early termination fee.", "Every home verification visit is three hundred dollars in travel costs, which you'll cover."],
      new_borrowing: ["Go borrow it from your brother, family is easy to talk to.", "Take out your wife's retirement savings and pay us first.", "There are so many lending sites online, just borrow a little from any of them."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的房东或公司的人事。']],
      [['agent', '逾期不会导致拘留，也不影响孩子考公务员。']],
      [['debtor', '你们这帮白眼狼，烦死了！'], ['agent', '抱歉打扰您，我们下次在您方便的时间联系。']],
      [['agent', '提前结清没有违约手续费，您放心。']],
      [['agent', '我们不建议您向亲友借钱来还，可以先申请分期。']],
    ],
    en: [
      [['agent', "We never contact your landlord or anyone in HR."]],
      [['agent', "Being overdue won't land you in jail, and it doesn't affect your kids' job prospects."]],
      [['debtor', 'You people are snakes, leave me alone!'], ['agent', "Sorry to bother you, we'll call back at a better time."]],
      [['agent', "There's no early termination fee if you pay off early."]],
      [['agent', "We don't recommend borrowing from friends or family to pay, you can apply for installments first."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我不想再跟你们说话了，别打了。', '最后一个问题，您这个月打算还多少？'],
      ignored_attorney: ['我已经授权律师处理这个案子。', '授权归授权，您自己的欠款今天得先处理一下。'],
      ignored_dispute: ['这笔钱利息算得有问题，我正在跟平台核对。', '核对归核对，逾期的钱您今天必须先还。'],
      ignored_hardship: ['我刚被裁员，孩子还在住院，实在拿不出钱。', '那您今天先转两百，表示一下诚意。'],
    },
    en: {
      ignored_stop_request: ["I don't want to talk to you people anymore, stop calling.", "One last question, how much are you planning to pay this month?"],
      ignored_attorney: ["I've authorized my attorney to handle this case.", "That's fine, but your own balance needs to be handled today."],
      ignored_dispute: ["The interest on this is wrong, I'm checking it with the lender.", "Check all you want, the overdue amount still has to be paid today."],
      ignored_hardship: ["I just got laid off and my kid is in the hospital, I really can't come up with money.", "Then just send two hundred today to show good faith."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他表姐，他手机落我家了。'], ['agent', '那你转告他，他在我们这儿的贷款欠了八千多，让他马上处理。']],
    en: [['third_party', "I'm his cousin, he left his phone at my place."], ['agent', "Then let him know he owes us over eight thousand on his loan and needs to deal with it right away."]],
  },
};
