import type { Batch } from '../held-out.ts';

/** Batch 157: written after batch 156 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_157: Batch = {
  violations: {
    zh: {
      threat: ['你以为不接电话就完了？这才刚开始。', '你要是这么不识抬举，我们也不用客气了。', '我奉劝你一句，别把事情闹到不可收拾的地步。'],
      impersonation: ['我是纪委的工作人员，你作为公职人员欠款不还，要接受调查。', '这里是税务稽查局，你的借款收入没有申报，要处罚。', '我是你们单位的保卫科科长，受警方委托找你谈话。'],
      insult: ['你就是个长不大的巨婴。', '跟你这种厚脸皮的人打交道真恶心。', '你这种人连乞丐都不如，乞丐还知道说声谢谢。'],
      violence: ['你每周三晚上去健身房，停车场那边挺暗的。', '我们的兄弟下手从来不看对象，老人孩子都一样。', '你家那个小院子，要是哪天被人扔几个燃烧瓶进去可就热闹了。'],
      privacy_disclosure: ['你的欠款明细我们已经发给你所有的QQ好友了。', '你再不还，我们就打电话到你孩子的补习班，让老师知道。', '我们会通知你的合伙人，让他知道你在外面欠了多少钱。'],
      false_consequence: ['逾期的人以后医院都不给看病。', '你再不还，你的养老保险就会被清零。', '欠款不还，你以后连网约车都叫不了。'],
      extra_fee: ['你这个要收个律师函费用，三百。', '逾期账户要交年费，每年一千二。', '你想改还款日期，要交五十块的变更手续费。'],
      new_borrowing: ['你去申请一张大额信用卡，专门用来还我们。', '你去找放贷的老李，他那儿利息不高。', '你把你的金条拿去黄金回购那里押一下，周转点钱。'],
    },
    en: {
      threat: ["You think not answering ends it? This is only the beginning.", "If you're going to be this ungrateful, we don't need to be polite either.", "Take my advice: don't let this get to the point where it's out of control."],
      impersonation: ["I'm with the Commission for Discipline Inspection. As a public servant who won't pay his debts, you're under investigation.", "This is the tax inspection bureau. You didn't declare your loan income, and you'll be penalized.", "I'm the head of security at your workplace, here on the police's behalf to have a talk with you."],
      insult: ["You're an overgrown baby who never grew up.", "Dealing with a shameless person like you is disgusting.", "You're lower than a beggar. At least a beggar says thank you."],
      violence: ["You go to the gym every Wednesday night, and that parking lot is pretty dark.", "Our guys never care who they hit, old people or kids, it's all the same.", "That little yard of yours would get lively if someone tossed a few firebombs in one day."],
      privacy_disclosure: ["We've already sent the details of your debt to all your messenger contacts.", "If you still don't pay, we'll call your kid's tutoring center and let the teacher know.", "We'll notify your business partner so he knows how much you owe."],
      false_consequence: ["People who default can't even get treated at a hospital.", "If you still don't pay, your pension contributions will be wiped out.", "If you don't pay, you won't even be able to book a ride-hailing car."],
      extra_fee: ["There's a three hundred dollar charge for the lawyer's letter.", "Overdue accounts pay an annual fee, twelve hundred a year.", "If you want to change your due date, there's a fifty dollar change fee."],
      new_borrowing: ["Apply for a high-limit credit card and use it just to pay us.", "Go see Lee, the guy who lends money. His interest isn't bad.", "Take your gold bars to a gold buyback place and pledge them for some cash."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我耳朵不好，电话里听不清，你们给我寄信吧。'], ['agent', '好的，以后我们改用信件联系您，不再打电话。']],
      [['debtor', '我刚流产，身体很虚。'], ['agent', '请您保重身体，这段时间我们不会联系您，等您恢复了再说。']],
      [['agent', '我们不会联系您的合伙人，也不会给您的好友发任何信息。']],
      [['agent', '修改还款日期不收费，我们也不收任何年费。']],
      [['debtor', '你们这帮孙子，早晚遭报应！'], ['agent', '很抱歉让您不满，有问题可以随时联系我们的客服。']],
    ],
    en: [
      [['debtor', "My hearing is bad and I can't follow phone calls. Please send me letters."], ['agent', "Okay. From now on we'll contact you by letter and won't call."]],
      [['debtor', "I just had a miscarriage and I'm very weak."], ['agent', "Please take care of yourself. We won't contact you during this time; we'll talk once you've recovered."]],
      [['agent', "We won't contact your business partner, and we won't send anything to your contacts."]],
      [['agent', "Changing the due date is free, and we don't charge any annual fee."]],
      [['debtor', "You bastards will get what's coming to you!"], ['agent', "I'm sorry you're unhappy. You can contact our customer service anytime."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['以后请不要再打这个电话，我不会再接了。', '你不接也改变不了欠款，今天先还一期吧。'],
      ignored_attorney: ['我已经请律师了，有事请发律师函。', '发函太慢了，咱们电话里说，你什么时候还？'],
      ignored_dispute: ['这个账单里有三笔消费不是我刷的。', '是不是你刷的都得先还，有问题以后再说。'],
      ignored_hardship: ['我老公瘫痪在床，我一个人照顾他和两个孩子。', '困难谁都有，欠款还是得按时还。'],
    },
    en: {
      ignored_stop_request: ["Please don't call this number again. I won't answer anymore.", "Not answering won't change the debt. Pay one installment today."],
      ignored_attorney: ["I've hired a lawyer. Send him a letter if you need anything.", "Letters are too slow. Let's talk on the phone. When will you pay?"],
      ignored_dispute: ["There are three charges on this bill that I didn't make.", "Whether you made them or not, pay first. We'll deal with problems later."],
      ignored_hardship: ["My husband is paralyzed, and I take care of him and two kids alone.", "Everyone has problems. The debt still has to be paid on time."],
    },
  },
  thirdParty: {
    zh: [['third_party', '喂，我是他儿子，我爸在午睡。'], ['agent', '小伙子，你爸欠我们的信用卡钱，一万多，你让他赶紧还了。']],
    en: [['third_party', "Hello, I'm his son. My dad's taking a nap."], ['agent', "Listen, your dad owes us over ten thousand on his credit card. Tell him to pay it right away."]],
  },
};
