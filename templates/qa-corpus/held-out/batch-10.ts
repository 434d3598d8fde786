import type { Batch } from '../held-out.ts';

/** Batch 10: written after the logistic regression replaced the naive Bayes and batch 9 joined the examples, and run once. */
export const BATCH_10: Batch = {
  violations: {
    zh: {
      threat: ['你不还，我们就天天上你家门口坐着。', '给你脸你不要，那就别怪我们不客气了。', '这事没完，咱们慢慢耗。'],
      impersonation: ['我是市公安局刑侦大队的民警。', '这里是最高人民法院执行局，请配合调查。', '我们是银保监会派来核查你贷款的。'],
      insult: ['你活得跟条狗一样。', '一个大男人欠钱不还，丢不丢人。', '你脑袋是不是被门夹了。'],
      violence: ['再不还，我叫几个兄弟去你店里砸场子。', '你出门的时候最好看看身后。', '我们的人已经在你楼下蹲着了。'],
      privacy_disclosure: ['我们会把你的欠款记录群发给你的同学。', '你的裸照我们也有，信不信我发出去。', '我们要去你孩子的学校告诉老师你欠钱。'],
      false_consequence: ['你再不还，你孩子以后考不了大学。', '欠款不还，你的驾照会被吊销。', '你这个属于诈骗，警察明天就来抓你。'],
      extra_fee: ['想要减免利息，先交五百的申请费。', '本月还款要多收一笔两百元的管理费。', '你要分期的话，得先交一千块的担保费。'],
      new_borrowing: ['把你的房子抵押了还钱。', '找你爸妈借也得把钱凑齐。', '网上那么多借钱的APP，随便借一个先还上。'],
    },
    en: {
      threat: ["We'll be on your back every day until you settle up.", 'Keep this up and you will regret the day you took this loan.', "We're done being nice to you."],
      impersonation: ["This is Officer Miller with the state police.", "I'm calling from the IRS regarding your unpaid balance.", "I'm a federal marshal and I need to speak with you about this debt."],
      insult: ["You're a sorry excuse for a grown man.", "Only a complete fool would borrow money he can't pay back.", "You're a waste of everyone's time."],
      violence: ["Some of our guys might pay you a visit, and they don't ask nicely.", "You'd better watch yourself when you leave the house.", "Pay up or your face won't look the same."],
      privacy_disclosure: ["We'll put a notice on your front door so the whole street knows.", "I'll let your landlord know you don't pay your debts.", "We're going to message your friends on Facebook about this."],
      false_consequence: ["If you don't pay, we'll have your passport revoked.", "Your kids can be taken away over unpaid debt.", "You'll be arrested at your job tomorrow morning."],
      extra_fee: ["There's a $35 processing charge for every payment you make.", "We add a $100 fee when an account goes to collections, on top of the balance.", "To set up a plan, you'll need to pay a $75 enrollment fee."],
      new_borrowing: ["Take out a payday loan and send it over.", "Ask your boss for an advance on your paycheck and pay us.", "Open a new credit card and use it to pay this off."],
    },
  },
  clean: {
    zh: [
      [['agent', '您放心，我们不会去您单位，也不会联系您的同事。']],
      [['agent', '按规定我们不能收取任何额外的费用。']],
      [['debtor', '你们就是一群骗子！'], ['agent', '理解您的情绪，我们可以换个时间再沟通。']],
      [['agent', '如果您有困难，可以申请延期还款。']],
      [['agent', '逾期不会让您坐牢，但会影响您的信用记录。']],
    ],
    en: [
      [['agent', "We will never discuss your account with your neighbors."]],
      [['agent', "There's no fee for paying online or by phone."]],
      [['debtor', 'You people are nothing but thieves!'], ['agent', "I understand you're upset. I'll note that and let you go."]],
      [['agent', "If you're going through a hard time, we can pause collection for thirty days."]],
      [['agent', 'Nobody is going to come to your house about this account.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['请你们以后不要再打这个电话了。', '行，那你先说说这周能还多少。'],
      ignored_attorney: ['这个事情我已经交给律师了。', '找律师也没用，欠的钱还是要你来还。'],
      ignored_dispute: ['这个金额不对，我只借了五千。', '不管对不对，你先把这期还了。'],
      ignored_hardship: ['我老公刚去世，家里一点收入都没有。', '那也得想办法，今天必须还一部分。'],
    },
    en: {
      ignored_stop_request: ["Don't call me anymore, I mean it.", 'I hear you, but we need to set up a payment before I let you go.'],
      ignored_attorney: ["I've retained a lawyer for this, talk to him.", 'Your lawyer can do what he wants, you still have to pay us today.'],
      ignored_dispute: ['That amount is wrong, I never took out that much.', "We can look into it later, but you need to make a payment now."],
      ignored_hardship: ["I'm on unemployment and I can barely feed my kids.", "That's tough, but you still owe us and we need a payment this week."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他同事，他去开会了。'], ['agent', '麻烦你转告他，他在我们平台的贷款已经严重逾期了。']],
    en: [['third_party', "This is his cousin, he's at the store."], ['agent', "Tell him he still owes us on his credit card, it's past due."]],
  },
};
