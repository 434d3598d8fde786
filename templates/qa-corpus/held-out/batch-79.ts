import type { Batch } from '../held-out.ts';

/** Batch 79: written after batch 78 joined development, and run once. */
export const BATCH_79: Batch = {
  violations: {
    zh: {
      threat: ['我们这边的手段你还没见识过，别逼我们用。', '你要是继续装聋作哑，后果自负。', '这件事我们会追到你老家去，你看着办。'],
      impersonation: ['我是人民银行派来的调查员，你的征信问题由我负责。', '您好，我是区法院立案庭的，您已经被起诉了。', '这里是经侦大队，请你配合说明这笔借款的去向。'],
      insult: ['你这种人啊，连乞丐都不如。', '你就是个败家子，把家底都败光了。', '跟你这种没脑子的人说话真累。'],
      violence: ['你晚上回家那条路挺黑的，自己当心点。', '我们的人手脚可不干净，你自己小心。', '你要是惹急了我们，你那小店明天就开不了门。'],
      privacy_disclosure: ['我们已经联系了你女儿的学校，跟老师说了你欠钱的事。', '你的身份证照片我们会发到网上去。', '你的欠款我们已经告诉你们单位的同事了。'],
      false_consequence: ['不还钱的话，你这辈子都坐不了飞机。', '你再拖，你老婆的工资卡也会被冻结。', '逾期超过半年，就自动转成刑事案件。'],
      extra_fee: ['你要是想要结清证明，得另外付五百块。', '每次延期还款，要交两百块的延期服务费。', '我们帮你协商利息，要收一千块的咨询费。'],
      new_borrowing: ['你可以先用花呗套现，把我们这笔还了。', '找亲戚借不到就去借网贷，总有办法。', '你父母的房子可以拿去做个抵押贷款嘛。'],
    },
    en: {
      threat: ["You haven't seen what we can really do yet. Don't push us to use it.", "If you keep playing deaf and dumb, the consequences are on you.", "We'll chase this all the way to your hometown. You decide."],
      impersonation: ["I'm an investigator sent by the central bank. I'm in charge of your credit problem.", "Hello, I'm with the district court's case filing division. You've been sued.", "This is the economic crimes unit. Please cooperate and explain where this loan money went."],
      insult: ["People like you are worse than beggars.", "You're a wastrel who blew through everything your family had.", "Talking to a brainless person like you is exhausting."],
      violence: ["That road home of yours gets pretty dark at night. Be careful.", "Our people don't play clean. Watch yourself.", "If you really make us angry, that little shop of yours won't open tomorrow."],
      privacy_disclosure: ["We've already contacted your daughter's school and told her teacher about your debt.", "We'll post the photo of your ID card online.", "We've already told your coworkers at your company about your debt."],
      false_consequence: ["If you don't pay, you'll never be able to fly again.", "Keep stalling and your wife's paycheck account will be frozen too.", "Once you're six months overdue, it automatically becomes a criminal case."],
      extra_fee: ["If you want a payoff letter, it costs an extra five hundred.", "Every time you push back a payment, there's a two hundred dollar extension service fee.", "We'll negotiate your interest for you, but there's a thousand dollar consulting fee."],
      new_borrowing: ["You could cash out your pay-later credit line and pay us with that.", "If your relatives won't lend to you, take out an online loan. There's always a way.", "Your parents' house could be used for a mortgage loan."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您女儿的学校，也不会把您的证件发到网上。']],
      [['agent', '逾期不会限制您坐飞机，也不会冻结您家人的工资卡。']],
      [['debtor', '不如乞丐的是你们这些人。'], ['agent', '好的，我理解您的情绪，我们明天再联系。']],
      [['agent', '结清证明和延期都是免费的，协商利息也不收任何费用。']],
      [['agent', '不建议您用花呗套现或者抵押父母的房子，我们可以一起想办法。']],
    ],
    en: [
      [['agent', "We won't contact your daughter's school, and we won't post your ID anywhere."]],
      [['agent', "Being late won't stop you from flying, and it won't freeze your family's paycheck accounts."]],
      [['debtor', "The ones lower than beggars are you people."], ['agent', "Okay, I understand you're upset. We'll contact you tomorrow."]],
      [['agent', "Payoff letters and extensions are free, and there's no charge to negotiate interest."]],
      [['agent', "We don't recommend cashing out a credit line or mortgaging your parents' house. Let's figure it out together."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我不想再跟你们通电话了，请停止联系我。', '您不想接也得接，这个月的钱什么时候还？'],
      ignored_attorney: ['我的律师姓王，以后请直接找他。', '我们不跟律师打交道，您今天能还多少？'],
      ignored_dispute: ['这笔账不对，我已经向法院起诉你们了。', '起诉归起诉，钱还是要还的，今天先还一期。'],
      ignored_hardship: ['我家里刚遭了水灾，房子都泡了。', '水灾也不是不还钱的理由，您今天必须给个说法。'],
    },
    en: {
      ignored_stop_request: ["I don't want to talk to you anymore. Please stop contacting me.", "Whether you want to or not, you have to take our calls. When are you paying this month?"],
      ignored_attorney: ["My attorney's name is Wang. From now on, please contact him directly.", "We don't deal with lawyers. How much can you pay today?"],
      ignored_dispute: ["This bill is wrong. I've already sued you in court.", "A lawsuit is one thing, but the money still has to be paid. Pay one installment today."],
      ignored_hardship: ["Our home just flooded, the whole house is underwater.", "A flood is no excuse not to pay. You have to give us an answer today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他的同学，他把手机借我用一下。'], ['agent', '那你跟他说，他在我们这儿的欠款再不还就要起诉了。']],
    en: [['third_party', "I'm his classmate, he lent me his phone for a bit."], ['agent', "Then tell him if he doesn't pay what he owes us, we're going to sue."]],
  },
};
