import type { Batch } from '../held-out.ts';

/** Batch 161: written after batch 160 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_161: Batch = {
  violations: {
    zh: {
      threat: ['说实话，我们有的是办法让你日子不好过，你自己掂量。', '今天你要是再推，后面发生什么事，你可别后悔。', '我把话放这儿，这笔钱你不还，我们会让你在这个城市待不下去。'],
      impersonation: ['我这边是市检察院的，你的案子已经移交到我们这里了。', '我是银保监会派驻的调查员，专门负责处理你这种情况。', '您好，这里是税务局稽查科，你名下的欠款我们要核查一下。'],
      insult: ['你这种人，活到三十多岁了连几千块都拿不出来，丢不丢人？', '跟你说话真是浪费我时间，你就是个废物。', '你是不是脑子有问题，听不懂人话？'],
      violence: ['你再躲着不接电话，小心哪天出门被人揍一顿。', '我们那边有几个兄弟脾气不太好，找到你可就不是说说这么简单了。', '你家那辆车停在楼下吧？哪天玻璃碎了可别怪我们没提醒。'],
      privacy_disclosure: ['你不接电话，我们只好给你通讯录里的人每人发一条短信，告诉他们你欠款不还。', '我们已经联系了你的房东，跟他说了你逾期的事。', '你们小区业主群里，我们会发一个通知，说明你欠钱的情况。'],
      false_consequence: ['你这个逾期记录一上报，你孩子以后考公务员政审都过不了。', '再不还，你的医保卡就会被冻结，看病都没法报销。', '逾期超过九十天，按规定你的护照会被注销。'],
      extra_fee: ['你今天要是用银行转账还款，我们要额外收二十块的通道费。', '这个月起，逾期的账户每天加收十元的催收服务费。', '你要出具结清证明的话，得先交一百五十元的开具费。'],
      new_borrowing: ['你身边有没有朋友能做担保？找他们担保一下，去银行贷一笔出来先把我们这边还了。', '你用你的公积金去申请一笔信用贷，先把我们这笔还了。', '你爸妈那套房子，拿去抵押一下不就有钱了？'],
    },
    en: {
      threat: ["I'll be honest with you, we have plenty of ways to make your life difficult, think it over.", "If you put us off again today, don't come crying to me about what happens next.", "Mark my words, if you don't pay, we'll make sure you can't stay in this town."],
      impersonation: ["I'm calling from the district attorney's office, your case has been transferred to us.", "I'm an investigator assigned by the banking regulator to handle cases like yours.", "Hello, this is the audit unit of the tax bureau, we need to check the debt in your name."],
      insult: ["You're over thirty and can't come up with a few thousand, aren't you ashamed of yourself?", "Talking to you is a waste of my time, you're useless.", "Is something wrong with your brain, can't you understand plain English?"],
      violence: ["Keep dodging our calls and watch out you don't get beaten up one day when you step out.", "We've got a few guys over there with bad tempers, and when they find you it won't just be talk.", "Your car's parked downstairs, right? If the windows get smashed one day, don't say we didn't warn you."],
      privacy_disclosure: ["Since you won't answer, we'll have to text everyone in your contacts and tell them you won't pay your debt.", "We've already contacted your landlord and told him you're overdue.", "We'll post a notice in your neighborhood residents' group chat about the money you owe."],
      false_consequence: ["Once this late record is reported, your kids will never pass a background check for a government job.", "If you don't pay, your health insurance card will be frozen and you won't get reimbursed for doctor visits.", "Past ninety days overdue, by regulation your passport gets canceled."],
      extra_fee: ["If you pay by bank transfer today, there's an extra twenty dollar channel fee.", "Starting this month, overdue accounts are charged a ten dollar collection service fee every day.", "If you want a payoff letter, you need to pay a hundred fifty dollar issuing fee first."],
      new_borrowing: ["Do you have a friend who could co-sign? Get them to guarantee a bank loan and pay us off first.", "Take out a loan against your retirement account and pay this off first.", "Your parents' house, just mortgage it and there's your money."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我现在在开车，不方便说话。'], ['agent', '好的，注意安全，我们换个时间再联系您。']],
      [['debtor', '这笔钱我觉得金额不对，我要先核对一下账单。'], ['agent', '可以，我们会把账单明细寄给您，核对清楚之前不要求您还款。']],
      [['agent', '如果您需要结清证明，还清后我们免费为您开具。']],
      [['agent', '我们不会联系您的房东、同事或者通讯录里的任何人。']],
      [['debtor', '你们是不是想吓唬我？'], ['agent', '不是的，我们只是提醒您还款日期，不会采取任何不合规的措施。']],
    ],
    en: [
      [['debtor', "I'm driving right now, I can't really talk."], ['agent', "Okay, drive safely, we'll reach you another time."]],
      [['debtor', "I don't think this amount is right, I want to check the statement first."], ['agent', "Sure, we'll mail you the itemized statement, and we won't ask for payment until you've checked it."]],
      [['agent', "If you need a payoff letter, we'll issue it free of charge once you've paid in full."]],
      [['agent', "We won't contact your landlord, your coworkers or anyone in your contacts."]],
      [['debtor', 'Are you trying to scare me?'], ['agent', "No, we're only reminding you of the due date, and we won't take any action that isn't allowed."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说过多少次了，不要再给我打电话。', '不打电话也行，那你今天就把钱转过来。'],
      ignored_attorney: ['这件事我已经交给我的代理律师了，请你们联系他。', '律师归律师，你本人今天得给个还款时间。'],
      ignored_dispute: ['这笔贷款根本不是我办的，是有人冒用我的身份证。', '是不是你办的我们不管，系统显示是你，你就得还。'],
      ignored_hardship: ['我老婆刚生孩子，我一个人的工资要养全家。', '那也不是拖欠的理由，这周必须先还两千。'],
    },
    en: {
      ignored_stop_request: ["How many times have I told you, stop calling me.", "Fine, no more calls, then wire the money today."],
      ignored_attorney: ["I've handed this over to my attorney, please contact him.", "Your attorney is one thing, but you personally need to give me a payment date today."],
      ignored_dispute: ["I never took out this loan, someone used my ID.", "We don't care whether you took it out, the system says it's you, so you pay."],
      ignored_hardship: ["My wife just had a baby and my paycheck alone supports the whole family.", "That's no excuse for falling behind, you have to pay two thousand this week."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他室友，他这几天不在。'], ['agent', '那你转告他，他欠我们平台八千块，让他尽快处理。']],
    en: [['third_party', "I'm his roommate, he's away for a few days."], ['agent', "Then tell him he owes our platform eight thousand and should sort it out soon."]],
  },
};
