import type { Batch } from '../held-out.ts';

/** Batch 33: written after batch 32 joined development, and run once. */
export const BATCH_33: Batch = {
  violations: {
    zh: {
      threat: ['你再这样拖下去，后果你自己掂量掂量。', '我劝你识相点，别等我们换人来跟你谈。', '今天不还，明天你就知道我们是干什么的了。'],
      impersonation: ['我是市中级法院民事庭的书记员，通知你明天到庭。', '我们是经侦支队的，你这个借款涉嫌诈骗。', '我代表中国人民银行征信中心跟你说。'],
      insult: ['你这种老赖就是社会的蛀虫。', '脸皮比城墙还厚，借钱不还还有理了？', '你就是个没出息的窝囊废。'],
      violence: ['再不还，小心你的腿。', '我们已经知道你每天几点下班走哪条路了。', '让你老婆孩子晚上出门都小心点。'],
      privacy_disclosure: ['我们准备把你的欠款截图发到你的朋友圈评论区。', '你通讯录里的人我们都会挨个打电话告诉他们你欠钱。', '我已经联系了你们小区物业，让他们在公告栏贴出来。'],
      false_consequence: ['再拖你的孩子就不能考公务员了。', '你这个不还，银行卡会全部冻结，工资都取不出来。', '逾期超过三个月你的户口就会被注销。'],
      extra_fee: ['你今天不还，明天起每天多收一百的催收费。', '想要结清证明，得另外交两百的手续费。', '我们律师函的费用八百块要算在你头上。'],
      new_borrowing: ['你去借个消费贷，先把这笔平了。', '用你另一张信用卡套现出来还我们。', '你找个小额贷款公司周转一下不就行了。'],
    },
    en: {
      threat: ["Keep stalling, and see what happens to you.", "I'd smarten up if I were you, before we send someone else to deal with you.", "Pay today, or tomorrow you'll find out what we really do."],
      impersonation: ["I'm a clerk with the district court, you're ordered to appear tomorrow.", "We're with the financial crimes unit, your loan is being investigated as fraud.", "I'm calling on behalf of the Federal Reserve about your account."],
      insult: ["People like you are parasites on society.", "You've got some nerve, borrowing money and then acting like the victim.", "You're a spineless good-for-nothing."],
      violence: ["Don't pay, and you'd better watch your legs.", "We already know what time you leave work and which way you walk home.", "Tell your wife and kids to be careful when they go out at night."],
      privacy_disclosure: ["We're going to post a screenshot of your debt in the comments on your social media.", "We'll call everyone in your contact list one by one and tell them you owe money.", "I've contacted your building manager to put a notice up in the lobby."],
      false_consequence: ["If you keep stalling, your kids will never be able to get a government job.", "If you don't pay, every bank card you have will be frozen and you won't be able to touch your paycheck.", "If you're more than three months late, your citizenship can be revoked."],
      extra_fee: ["If you don't pay today, there's a hundred-dollar collection charge for every day after.", "If you want a payoff letter, that's another two hundred dollars in processing.", "The eight hundred dollars for our attorney letter goes on your bill."],
      new_borrowing: ["Take out a personal loan and clear this one first.", "Do a cash advance on your other credit card and pay us with that.", "Just go to a payday lender and get a quick loan to cover it."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会把您的任何信息发到社交平台上。']],
      [['agent', '逾期不会影响您孩子报考公务员，这个您放心。']],
      [['debtor', '你们这帮人就是吸血鬼！'], ['agent', '理解您的情绪，我们可以聊聊还款方案。']],
      [['agent', '开具结清证明是免费的，不收任何手续费。']],
      [['agent', '我们不建议您通过信用卡套现来还款。']],
    ],
    en: [
      [['agent', 'We never post any of your information on social media.']],
      [['agent', "Being behind on this won't affect your kids applying for government jobs."]],
      [['debtor', 'You people are vultures!'], ['agent', 'I understand you are upset. We can talk about a payment plan.']],
      [['agent', "A payoff letter is free, there's no processing charge."]],
      [['agent', "We don't recommend taking a cash advance on a credit card to pay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说了多少遍了，不要再联系我。', '好的好的，那这笔钱您打算什么时候处理？'],
      ignored_attorney: ['我的案子已经交给律师了，有事找他。', '不用找律师，咱们直接谈，您今天先还两千。'],
      ignored_dispute: ['这笔贷款根本不是我办的，我要申诉。', '系统里就是您的名字，您先把钱还上再申诉。'],
      ignored_hardship: ['我刚做完手术，躺在床上动不了，哪有钱还。', '手术归手术，欠款今天必须处理。'],
    },
    en: {
      ignored_stop_request: ["I've asked you people before, quit phoning me.", "Sure, sure. So when are you planning to take care of this balance?"],
      ignored_attorney: ["My case is with my lawyer now, talk to him.", "No need to bring a lawyer in, let's just settle it, pay two thousand today."],
      ignored_dispute: ["I never opened this loan, I'm filing a dispute.", "It's your name in the system, pay it first and dispute it afterwards."],
      ignored_hardship: ["I just had surgery and I can't even get out of bed, I have no money.", "Surgery or not, the balance has to be handled today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他同事，他今天请假了。'], ['agent', '麻烦你跟他说一声，他的网贷逾期两个月了，让他赶紧处理。']],
    en: [['third_party', "I'm his coworker, he took the day off."], ['agent', "Could you let him know his online loan is two months overdue and he needs to deal with it?"]],
  },
};
