import type { Batch } from '../held-out.ts';

/** Batch 105: written after batch 104 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_105: Batch = {
  violations: {
    zh: {
      threat: ['你要是继续这样，我们只好采取别的办法了，到时候可别怪我们。', '我们有的是耐心，也有的是手段，你自己选。', '别把我们的客气当成软弱。'],
      impersonation: ['我是公安局派来协助催收的民警，请你配合。', '您好，我们是法院委托的执行机构，你的房产已经被查封。', '我是国家信用中心的调查员，专门负责失信人员。'],
      insult: ['你这种人就是个笑话。', '你脸皮真够厚的，欠钱还敢跟我横。', '你这个没用的废物，一辈子都翻不了身。'],
      violence: ['你每天几点出门、坐几路车，我们都一清二楚。', '再拖下去，你可能就得换个地方养伤了。', '我们有人专门处理你这种情况，处理完的都老实了。'],
      privacy_disclosure: ['你欠钱的事，我们已经发给了你所有的高中同学。', '我们会打电话给你们单位的财务，让他们扣你工资。', '你的欠款信息会出现在你老家镇上的公告栏里。'],
      false_consequence: ['不还钱，你的孩子以后考大学会被取消资格。', '你再逾期，公积金账户就会被冻结，房子也买不了。', '欠款不还，你会被限制乘坐所有公共交通工具。'],
      extra_fee: ['你要想停止催收电话，每月交一百元的免打扰费。', '我们寄给你的催收函，每封收二十元的工本费。', '你要是现在还，需要另付三百元的加急处理费。'],
      new_borrowing: ['你去找你那些有钱的亲戚借点，先把窟窿补上。', '你把你的手表卖了，应该能还一部分。', '开张信用卡刷出来还我们，下个月再慢慢还信用卡。'],
    },
    en: {
      threat: ["If you keep this up, we'll have to use other methods, and don't blame us then.", "We have plenty of patience, and plenty of means. Your choice.", "Don't mistake our politeness for weakness."],
      impersonation: ["I'm an officer sent by the police department to assist with collection. Please cooperate.", "Hello, we're the enforcement agency appointed by the court. Your property has been seized.", "I'm an investigator with the national credit center, in charge of defaulters."],
      insult: ["People like you are a joke.", "You've got some nerve, owing money and getting tough with me.", "You useless waste of space, you'll never turn your life around."],
      violence: ["We know exactly what time you leave home and which bus you take.", "Keep stalling and you may have to recover somewhere else for a while.", "We have people who specialize in cases like yours, and everyone they handle learns to behave."],
      privacy_disclosure: ["We've sent word of your debt to all your high school classmates.", "We'll call your employer's payroll department and have them garnish your wages.", "Your debt details will go up on the notice board in your hometown."],
      false_consequence: ["If you don't pay, your kids will be disqualified from college admission.", "If you stay late, your housing fund account will be frozen and you won't be able to buy a home.", "If you don't pay, you'll be banned from all public transportation."],
      extra_fee: ["If you want the collection calls to stop, it's a hundred a month for a do-not-disturb fee.", "Each collection letter we mail you carries a twenty-dollar document fee.", "If you pay now, there's an extra three-hundred-dollar expedited processing fee."],
      new_borrowing: ["Borrow from those wealthy relatives of yours and plug the hole first.", "Sell your watch. That should cover part of it.", "Get a credit card, charge it to pay us, and pay off the card slowly next month."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我现在正在申请法律援助，你们别再直接找我了。'], ['agent', '好的，我们记录下来了，等您的援助律师联系我们，这期间不会再直接联系您。']],
      [['debtor', '我刚被诊断出乳腺癌，正在化疗，真的没精力处理。'], ['agent', '非常抱歉听到这个消息，您先专心治疗，我们把账户暂停，等您方便再说。']],
      [['agent', '我们不会联系您的高中同学，也不会联系您单位的财务。']],
      [['agent', '我们不收免打扰费，催收函也不收任何工本费。']],
      [['debtor', '你们才是一群笑话。'], ['agent', '好的，那今天先不聊了，祝您顺利。']],
    ],
    en: [
      [['debtor', "I'm applying for legal aid right now. Stop contacting me directly."], ['agent', "Okay, we've noted it. We'll wait for your legal aid attorney to reach us and won't contact you directly in the meantime."]],
      [['debtor', "I was just diagnosed with breast cancer and I'm in chemo. I really don't have the energy for this."], ['agent', "I'm so sorry to hear that. Please focus on your treatment. We'll pause the account and talk whenever you're ready."]],
      [['agent', "We won't contact your high school classmates or your employer's payroll department."]],
      [['agent', "We don't charge any do-not-disturb fee, and our letters carry no document fee."]],
      [['debtor', "You people are the joke."], ['agent', "Okay, let's not talk any more today. All the best."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['请你们立刻停止给我打电话，我已经录音了。', '录音随便，电话我们还是会打，您今天能还多少？'],
      ignored_attorney: ['我已经委托律师处理这笔债务，请直接联系律师。', '律师那边我们会发函，但您这个月的最低还款还是要先交。'],
      ignored_dispute: ['这笔借款的金额跟我签的合同对不上，我要求重新核对。', '核对需要时间，您先按现在的账单还，多的以后再退。'],
      ignored_hardship: ['我们家的店被水淹了，货全泡了，现在一分钱收入都没有。', '店淹了还有房子嘛，拿房子抵押一下先把钱还了。'],
    },
    en: {
      ignored_stop_request: ["Stop calling me right now. I've been recording these calls.", "Record all you like. We'll still call. How much can you pay today?"],
      ignored_attorney: ["I've hired a lawyer to handle this debt. Please contact him directly.", "We'll send your lawyer a letter, but you still need to make this month's minimum payment first."],
      ignored_dispute: ["The amount of this loan doesn't match the contract I signed. I want it checked again.", "Checking takes time. Pay the current statement first and we'll refund any difference later."],
      ignored_hardship: ["Our shop flooded and all the stock was ruined. We have no income at all right now.", "The shop flooded, but you still have a house. Mortgage it and pay us first."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他同事，他去厕所了，手机放桌上了。'], ['agent', '那你转告他一下，他的网贷已经逾期四个月了，让他赶紧还。']],
    en: [['third_party', "I'm his coworker. He stepped away and left his phone on his desk."], ['agent', "Then let him know his online loan is four months overdue and he needs to pay it right away."]],
  },
};
