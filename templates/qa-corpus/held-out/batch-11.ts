import type { Batch } from '../held-out.ts';

/** Batch 11: written after the negation scope, the trigger-response lexicons and batch 10 joined development, and run once. */
export const BATCH_11: Batch = {
  violations: {
    zh: {
      threat: ['你今天不给个说法，后面的事你自己担着。', '我们有一百种办法让你乖乖还钱。', '你就等着瞧吧，看谁耗得过谁。'],
      impersonation: ['我是区检察院的，你的欠款案已经移交过来了。', '你好，这里是公安局经侦科，需要你配合调查。', '我是法院派来的调解员，今天必须处理你的案子。'],
      insult: ['你这种人就是社会的蛀虫。', '欠钱不还还理直气壮，真是厚脸皮。', '你连个人样都没有。'],
      violence: ['今晚有人会去你家敲门，你最好别开。', '我们的人可不会跟你客气，小心你的手。', '你要再拖，保不齐哪天在路上被人收拾。'],
      privacy_disclosure: ['我们准备把你欠钱的事发到你们公司的公众号下面。', '你老家的亲戚我们都联系好了，明天挨个打电话。', '我会让你老婆的同事都知道你欠钱。'],
      false_consequence: ['你欠钱不还，你的身份证会被注销。', '明天开始你的工资会被直接划走。', '再不还你就会被列入黑名单，孩子上不了好学校。'],
      extra_fee: ['我们这边需要你另外支付一笔催收佣金。', '你每拖一天，我们就多收你二十块钱的滞纳金。', '想让我们停止上门，先交两千块的协调费。'],
      new_borrowing: ['你去找亲戚朋友周转一下，今天必须还上。', '把你的金项链当了先还钱。', '找你公司借点，反正先把我们这还了。'],
    },
    en: {
      threat: ["You really don't want to test us on this.", "If I were you, I'd pay before this gets out of hand.", "We'll make sure this follows you everywhere you go."],
      impersonation: ["This is Agent Carter with the Secret Service.", "I'm calling from the county sheriff's civil division about a judgment.", "This is the state's attorney's office, you need to respond today."],
      insult: ["You're a deadbeat and everybody knows it.", "Are you really this clueless about money?", "You're nothing but a bum."],
      violence: ["Our guys will come by and teach you a lesson.", "Keep dodging and you might wake up with a broken nose.", "It'd be a shame if something happened to your truck."],
      privacy_disclosure: ["I'm going to call your pastor and tell him about your debt.", "We'll be sending your coworkers a heads-up about what you owe.", "Your ex is going to hear all about this debt from us."],
      false_consequence: ["If you don't pay today, you'll go to jail.", "Your wages will be garnished starting Monday without a court order.", "We'll report you to the police for theft."],
      extra_fee: ["We charge a $25 convenience fee on every payment.", "There's an added $60 fee because your account was sent to us.", "You'll owe us a $40 handling charge for this call."],
      new_borrowing: ["Just borrow it from your mother and get it to us.", "Go get a loan against your car title and pay this.", "Put it on a new credit card today."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会把您的欠款告诉任何其他人。']],
      [['agent', '这笔逾期款项不涉及刑事责任，您不用担心。']],
      [['debtor', '你们这帮人真烦！'], ['agent', '抱歉打扰了，您方便的时候可以回电。']],
      [['agent', '通过官方渠道还款是免费的。']],
      [['agent', '如果您觉得金额不对，我们可以帮您申请核对。']],
    ],
    en: [
      [['agent', "We won't be reaching out to your employer or anyone else about this."]],
      [['agent', "You can't go to jail for this debt, and we won't threaten you."]],
      [['debtor', "You people are the worst!"], ['agent', "I'm sorry you feel that way. I'll let you go."]],
      [['agent', "There's no charge to set up a payment plan."]],
      [['agent', 'If you think the balance is wrong, we can open an investigation for you.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经说过了，别再给我打电话。', '知道了，那您看下周能还多少？'],
      ignored_attorney: ['有什么事请跟我的律师说。', '律师是律师，钱的事你自己得解决。'],
      ignored_dispute: ['这笔钱根本不是我借的，你们搞错了。', '是不是你借的不重要，今天先还一部分。'],
      ignored_hardship: ['我现在做化疗，一点收入都没有。', '大家都不容易，你今天必须先还点。'],
    },
    en: {
      ignored_stop_request: ["Please take this number off your list and stop calling.", "Sure, but first can you make a small payment today?"],
      ignored_attorney: ["I'm represented by an attorney, please contact her office.", "We'd rather hear from you, so when can you pay?"],
      ignored_dispute: ["That debt isn't mine, I never had that card.", "Our records say it is, so we need the payment today."],
      ignored_hardship: ["I just got evicted and I'm staying with friends.", "I'm sorry, but we still need a payment by Friday."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他房东，他手机落我这了。'], ['agent', '那麻烦您提醒他，他欠我们的钱该还了。']],
    en: [['third_party', "I'm his stepdad, he's not home."], ['agent', "Let him know his account with us is seriously overdue."]],
  },
};
