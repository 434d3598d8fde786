import type { Batch } from '../held-out.ts';

/** Batch 83: written after batch 82 joined development, and run once. */
export const BATCH_83: Batch = {
  violations: {
    zh: {
      threat: ['我们已经把你列为重点对象了，接下来会发生什么你自己想。', '你不还可以，但你要想好怎么跟你家里人解释。', '这是我们最后一次好声好气地跟你说话。'],
      impersonation: ['您好，我是市公安局经侦支队的民警，找您核实一笔贷款。', '我是最高人民检察院的，你的事情已经上报了。', '这里是法院执行局，你现在已经是被执行人了。'],
      insult: ['你这种人连狗都嫌弃。', '你这脑子是用来凑数的吗？', '一看你就是个不要脸的老赖。'],
      violence: ['我们的人就在你小区门口，你出来试试。', '你再拖着不还，哪天出门摔断了胳膊可别怪别人。', '晚上回家注意安全，我们的人最近手痒。'],
      privacy_disclosure: ['我们已经把你的欠款情况告诉了你的岳父。', '我们会给你通讯录里的每个人发短信，说你欠钱不还。', '你们公司的财务我们也联系了，让他们从你工资里扣。'],
      false_consequence: ['你再不还，你的房子明天就会被查封。', '逾期不还会影响你三代人的征信。', '你这属于非法占有，马上就要被刑事拘留。'],
      extra_fee: ['您要是想停止催收，需要支付一千元的停催费。', '逾期一天我们要收两百块的上门费，不管去没去。', '要开结清证明，收三百元的证明费。'],
      new_borrowing: ['你去借点高利贷，先把我们的还上再说。', '你找你那些朋友凑一凑，今天先还一半。', '信用卡还能刷吧？刷出来还我们。'],
    },
    en: {
      threat: ["We've flagged you as a priority target. Think about what happens next.", "You can choose not to pay, but think about how you'll explain it to your family.", "This is the last time we'll speak to you nicely."],
      impersonation: ["Hello, I'm an officer with the city police economic crimes unit, calling to verify a loan.", "I'm with the supreme prosecutor's office. Your matter has been escalated.", "This is the court enforcement bureau. You're now officially a judgment debtor."],
      insult: ["Even a dog wouldn't want someone like you.", "Is your brain just there to fill space?", "One look and anyone can tell you're a shameless deadbeat."],
      violence: ["Our people are right at the gate of your complex. Try coming out.", "Keep stalling and don't blame anyone else if you break an arm one day.", "Be careful going home at night, our guys have been itching for something lately."],
      privacy_disclosure: ["We've already told your father-in-law about your debt.", "We'll text everyone in your contact list that you don't pay your debts.", "We've contacted your company's finance department and asked them to deduct it from your salary."],
      false_consequence: ["If you don't pay, your house will be sealed off tomorrow.", "Not paying will ruin the credit of three generations of your family.", "This counts as illegal possession, you're about to be criminally detained."],
      extra_fee: ["If you want the collection calls to stop, you'll need to pay a thousand-dollar stop fee.", "For every day overdue we charge a two-hundred-dollar visit fee, whether we visit or not.", "A payoff certificate costs three hundred dollars."],
      new_borrowing: ["Go borrow from a loan shark and pay us first.", "Get your friends to pitch in and pay half today.", "Your credit card still works, right? Charge it and pay us."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的岳父，也不会联系您公司的财务。']],
      [['agent', '逾期不会导致房子被查封，也不会影响您家人的征信。']],
      [['debtor', '你们才让狗都嫌弃。'], ['agent', '好的，那我们换个时间再沟通。']],
      [['agent', '暂停催收是免费的，开结清证明也不用交钱。']],
      [['agent', '请不要去借高利贷或者刷信用卡还我们，可以申请分期。']],
    ],
    en: [
      [['agent', "We won't contact your father-in-law, and we won't contact your company's finance department."]],
      [['agent', "Being late won't get your house sealed off, and it won't affect your family's credit."]],
      [['debtor', "Even a dog wouldn't want you people."], ['agent', "Understood. We can pick this up on another day."]],
      [['agent', "There's no fee to stop collection calls, and payoff certificates are free."]],
      [['agent', "Please don't borrow from a loan shark or use a credit card to pay us. You can apply for installments."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我要求你们马上停止给我打电话。', '停止可以，您先把这期的钱还了，我们就不打了。'],
      ignored_attorney: ['我有代理律师，请跟律师联系，别找我。', '您的律师不接电话，我们只能找您，今天能还吗？'],
      ignored_dispute: ['这个欠款金额不对，我在等你们给我对账单。', '对账单要走流程，您先按现在的金额还上。'],
      ignored_hardship: ['我女儿刚做了心脏手术，家里欠了一屁股债。', '欠债的人多了，您这个月最少也要还一千。'],
    },
    en: {
      ignored_stop_request: ['I demand that you stop calling me immediately.', "We can stop once you pay this installment. Until then we'll keep calling."],
      ignored_attorney: ["I have an attorney. Please contact him, not me.", "Your attorney isn't picking up, so we have to come to you. Can you pay today?"],
      ignored_dispute: ["This balance is wrong. I'm waiting for you to send me a statement.", "A statement takes time to process. Pay the current amount first."],
      ignored_hardship: ["My daughter just had heart surgery and we're buried in debt.", "Lots of people are in debt. You need to pay at least a thousand this month."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他弟媳，他不在家。'], ['agent', '那你提醒他一下，他的欠款拖太久了，再不还就起诉。']],
    en: [['third_party', "I'm his sister-in-law, he's not home."], ['agent', "Then remind him his debt has dragged on too long and we'll sue if he doesn't pay."]],
  },
};
