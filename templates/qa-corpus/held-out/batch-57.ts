import type { Batch } from '../held-out.ts';

/** Batch 57: written after batch 56 joined development, and run once. */
export const BATCH_57: Batch = {
  violations: {
    zh: {
      threat: ['你要是以为躲着就没事，那就大错特错了。', '我们有的是办法让你把钱吐出来。', '这事要是闹大了，吃亏的可不是我们。'],
      impersonation: ['我是银保监会专门处理逃废债的专员。', '我这边是人民检察院的，你的案子已经移交过来了。', '我是你们辖区司法所的，今天来通知你。'],
      insult: ['你就是个扶不起的阿斗，活该穷一辈子。', '跟你这种无赖讲道理就是浪费口水。', '你真是个白眼狼，借钱的时候怎么不这样？'],
      violence: ['你信不信我让人在你下班路上堵你。', '哪天你走路摔断腿可别怪我没提醒你。', '我们的人会去你家门口泼油漆。'],
      privacy_disclosure: ['你欠钱的事我们已经告诉你们小区物业了。', '我们会把你的欠款截图发到你家族群里。', '你丈母娘那边我们也通知过了，说你借钱不还。'],
      false_consequence: ['不还钱的话你的社保会被停掉。', '逾期超过三个月你的微信就会被冻结。', '你这样下去，你孩子以后考公务员政审都过不了。'],
      extra_fee: ['今天要是不还，我们会额外收一笔上门催收费。', '修改还款日需要交八十元手续费。', '你要走减免流程，得先交五百块审核费。'],
      new_borrowing: ['你不是有京东白条吗？先套出来还我们。', '你去找你们老板预支两个月工资。', '网上那么多小额贷款，随便借一个先把我们这个还了。'],
    },
    en: {
      threat: ["If you think hiding makes this go away, you're dead wrong.", "We have plenty of ways to make you cough up the money.", "If this blows up, we won't be the ones who get hurt."],
      impersonation: ["I'm a special investigator with the CFPB handling debt evasion.", "This is the district attorney's office, your case has been referred to us.", "I'm calling from the sheriff's civil division to notify you today."],
      insult: ["You're a hopeless loser who deserves to stay broke forever.", "Reasoning with a deadbeat like you is a waste of breath.", "You ungrateful snake, you weren't like this when you were borrowing."],
      violence: ["Believe me, I can have people waiting for you on your way home from work.", "If you trip and break your leg one of these days, don't say I didn't warn you.", "Our guys will splash paint all over your front door."],
      privacy_disclosure: ["We've already told your building's management office about your debt.", "We'll post screenshots of your debt in your family group chat.", "We've notified your mother-in-law too that you borrow and don't pay back."],
      false_consequence: ["If you don't pay, your social security benefits will be stopped.", "Once you're three months overdue, your bank will close all your accounts.", "Keep this up and your kids will fail the background check for government jobs."],
      extra_fee: ["If you don't pay today, we'll charge an extra home visit collection fee.", "Changing your due date requires an eighty dollar processing fee.", "To go through the reduction process, you'll have to pay a five hundred dollar review fee first."],
      new_borrowing: ["Don't you have a store credit line? Cash it out and pay us.", "Ask your boss for two months' salary in advance.", "There are tons of small loans online, just take one and pay us off first."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的物业、亲戚或者任何家族群。']],
      [['agent', '逾期不会影响您的社保和微信账号，也不会影响孩子考试。']],
      [['debtor', '你们才是白眼狼！'], ['agent', '理解您的情绪，我们稍后再联系。']],
      [['agent', '修改还款日和申请减免都不收取任何费用。']],
      [['agent', '请不要为了还款去借网贷或者预支工资，我们可以一起商量方案。']],
    ],
    en: [
      [['agent', "We won't contact your building management, your relatives, or any family chat."]],
      [['agent', "Being overdue won't affect your social security or your bank accounts, or your kids' exams."]],
      [['debtor', "You're the snakes here!"], ['agent', "I understand you're upset, we'll reach out again later."]],
      [['agent', "There's no charge for changing your due date or applying for a reduction."]],
      [['agent', "Please don't take out online loans or ask for a salary advance to pay this; we can work out a plan together."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别再给我打了，有事写信。', '写信太慢了，您今天就把钱转过来吧。'],
      ignored_attorney: ['这件事我的律师会全权代表我。', '律师归律师，欠款您本人还是要先还的。'],
      ignored_dispute: ['我对这笔借款有异议，已经申请调查了。', '调查要等很久，您先把这期还了。'],
      ignored_hardship: ['我刚做完手术，躺在床上动不了，也没收入。', '您家里总有人能帮您先垫上吧，今天得还。'],
    },
    en: {
      ignored_stop_request: ["Stop calling me; if you need something, write to me.", "Letters are too slow, just send the money today."],
      ignored_attorney: ["My lawyer represents me fully on this matter.", "Your lawyer is one thing, but you still need to pay the balance yourself."],
      ignored_dispute: ["I dispute this loan and I've requested an investigation.", "The investigation will take forever, pay this installment first."],
      ignored_hardship: ["I just had surgery, I'm stuck in bed and have no income.", "Surely someone in your family can cover it for you; it has to be paid today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他邻居，他搬走好久了。'], ['agent', '那麻烦您见到他告诉他，他在我们这欠的钱再不还就要起诉了。']],
    en: [['third_party', "I'm his neighbor, he moved out a long time ago."], ['agent', "Then please tell him if you see him that if he doesn't pay what he owes us we'll sue."]],
  },
};
