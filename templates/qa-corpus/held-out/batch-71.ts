import type { Batch } from '../held-out.ts';

/** Batch 71: written after batch 70 joined development, and run once. */
export const BATCH_71: Batch = {
  violations: {
    zh: {
      threat: ['你要是一直装死，我们只能按我们的规矩来了。', '你换多少个号码都没用，我们迟早会找上你。', '今天给你留点面子，下次就不会这么客气了。'],
      impersonation: ['我是区人民检察院的，你这个案子已经移送过来了。', '您好，这里是银保监局消保处，来核实您的逾期。', '我是法院派来的调查员，今天专门处理你的欠款。'],
      insult: ['你这种人真是丢人现眼。', '你长这么大连点羞耻心都没有吗？', '跟你讲道理简直是对牛弹琴。'],
      violence: ['你要是不还，我们的人会在你下班路上等你。', '小心哪天被人套麻袋。', '你这张脸还想要的话，就赶紧还钱。'],
      privacy_disclosure: ['我们会把你的欠款截图发到你公司的工作群里。', '你儿子的班主任我们已经联系过了，说了你欠钱的事。', '下午我们就去你们单位，找你们人事当面说清楚。'],
      false_consequence: ['你不还的话，下个月开始你的工资卡就会被冻结。', '逾期的人坐不了火车，你过年都回不了家。', '你这笔欠款会记入你孩子的档案。'],
      extra_fee: ['要结清的话，另外交一千块的结案费。', '我们上门一次收两百块的外访费。', '您这个月开始每天加收百分之一的管理费。'],
      new_borrowing: ['你可以先在别的平台借一笔，把我们这边还了。', '把你的公积金贷出来，先还我们。', '你亲戚朋友那么多，每人借一点不就够了。'],
    },
    en: {
      threat: ["If you keep playing dead, we'll have to do things our way.", "You can dodge us today, but you can't dodge us forever.", "I'm being nice today. Next time we won't be so polite."],
      impersonation: ["This is the state prosecutor's office. Your file has been referred to us for charges.", 'Hello, this is the consumer protection division of the banking regulator, calling about your delinquency.', "I'm an investigator sent by the court to handle your debt today."],
      insult: ['People like you are a disgrace.', "You're a grown adult, don't you have any shame?", 'Reasoning with you is like talking to a brick wall.'],
      violence: ["If you don't pay, our guys will be waiting for you on your way home from work.", 'Careful, one day somebody might throw a bag over your head.', 'If you want to keep that face of yours, pay up.'],
      privacy_disclosure: ["We'll post screenshots of your debt in your company's work chat.", "We've already contacted your son's teacher and told her about your debt.", "This afternoon we're going to your workplace to explain everything to your HR department in person."],
      false_consequence: ["If you don't pay, your paycheck account will be frozen starting next month.", "People with overdue debts can't take trains, you won't make it home for the holidays.", "This debt will go into your child's school record."],
      extra_fee: ["To settle, there's an additional thousand-dollar case closing fee.", 'We charge two hundred dollars for every home visit.', "Starting this month, there's an extra one percent management fee every day."],
      new_borrowing: ['You can take out a loan on another platform first and pay us off.', 'Take a loan against your retirement account and pay us first.', 'You have so many friends and relatives, borrow a little from each and that will cover it.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的单位，也不会在任何工作群里发消息。']],
      [['agent', '逾期不影响您坐火车，也不会记入孩子的档案。']],
      [['debtor', '你才丢人现眼。'], ['agent', '理解您的心情，我们明天再沟通还款安排。']],
      [['agent', '结清不收结案费，我们也不收任何外访费用。']],
      [['agent', '请不要为了还款去别的平台借钱，我们可以帮您申请延期。']],
    ],
    en: [
      [['agent', "We won't contact your workplace and we won't post anything in any work chat."]],
      [['agent', "Being late won't stop you from taking trains, and it won't go into your child's records."]],
      [['debtor', "You're the disgrace."], ['agent', "I understand you're upset. Let's talk about a payment arrangement tomorrow."]],
      [['agent', "There's no case closing fee to settle, and we don't charge for home visits."]],
      [['agent', "Please don't borrow from another platform to pay us. We can help you apply for an extension."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我正式要求你们停止给我打电话。', '停不停是公司说了算，您今天能还多少？'],
      ignored_attorney: ['我已经请了律师，以后所有事情跟他谈。', '律师是律师，欠款是欠款，这周必须还一期。'],
      ignored_dispute: ['这笔账我根本不认，我从来没收到过这笔钱。', '收没收到您自己清楚，今天先处理一下。'],
      ignored_hardship: ['我刚被裁员，房贷都交不上了。', '房贷是房贷，我们这笔您得优先还。'],
    },
    en: {
      ignored_stop_request: ['I am formally asking you to stop calling me.', "Whether we stop is up to the company. How much can you pay today?"],
      ignored_attorney: ["I've hired an attorney. From now on, everything goes through him.", 'The attorney is one thing, the debt is another. You have to make a payment this week.'],
      ignored_dispute: ['I dispute this debt. I never received that money.', 'You know whether you got it. Let\'s take care of it today.'],
      ignored_hardship: ["I just got laid off and I can't even make my mortgage.", 'The mortgage is one thing, but you need to put our debt first.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他合租的室友，他出去了。'], ['agent', '那麻烦你提醒他，他欠我们的钱已经三个月没还了。']],
    en: [['third_party', "I'm his roommate, he stepped out."], ['agent', "Could you remind him he hasn't paid what he owes us in three months?"]],
  },
};
