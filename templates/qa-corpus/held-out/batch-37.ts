import type { Batch } from '../held-out.ts';

/** Batch 37: written after batch 36 joined development, and run once. */
export const BATCH_37: Batch = {
  violations: {
    zh: {
      threat: ['我提醒你一句，惹毛了我们，对你没好处。', '这事要是闹大了，你可兜不住。', '你最好祈祷下次打电话来的还是我。'],
      impersonation: ['我是市监察委的，正在调查你的借贷问题。', '你好，这里是公安局经侦大队，请你配合调查。', '我是中国银联风控中心的专员。'],
      insult: ['你这人就是个赖皮，还好意思说没钱。', '一个大男人欠钱不还，丢人现眼。', '你是聋了还是傻了，说几遍都听不懂？'],
      violence: ['你住几楼我们都清楚，晚上注意点。', '你要是再不接电话，我们就找人去你单位门口等你。', '说不定哪天你出门就被人拦住了。'],
      privacy_disclosure: ['我们会把你的欠款记录寄到你父母家里。', '你欠钱的事，你们公司老板马上就会知道。', '我们已经把你的信息发给了你的前女友。'],
      false_consequence: ['你不还钱，你老婆的工作也会受影响。', '逾期三个月会直接被判刑，没得商量。', '你不还，你孩子以后结婚都会被查出来。'],
      extra_fee: ['催收产生的律师费三千块由你承担。', '你要分期，得先交一千的保证金。', '每次给你发短信提醒都要收十块钱。'],
      new_borrowing: ['你去找个网贷，借出来先还我们。', '把你家的金首饰当了，钱不就有了。', '你去办张新的信用卡，额度够还了。'],
    },
    en: {
      threat: ["Let me warn you, if you get on our bad side it won't end well for you.", "If this blows up, you won't be able to handle it.", "You'd better hope it's still me calling you next time."],
      impersonation: ["I'm with the state inspector general's office, investigating your borrowing.", "Hello, this is the police financial crimes squad, please cooperate with our inquiry.", "I'm a risk officer with the national card network's fraud division."],
      insult: ["You're a freeloader, and you have the nerve to say you're broke.", "A grown man who won't pay his debts, what an embarrassment.", "Are you deaf or just dumb, how many times do I have to say it?"],
      violence: ["We know what floor you live on, be careful at night.", "If you don't pick up, we'll have someone waiting for you outside your work.", "One of these days someone might just stop you on the street."],
      privacy_disclosure: ["We'll mail a record of your debt to your parents' house.", "Your boss is going to find out about your debt very soon.", "We've already sent your information to your ex-girlfriend."],
      false_consequence: ["If you don't pay, your wife's job will be affected too.", "Three months overdue and you'll be sentenced automatically, no discussion.", "If you don't pay, it'll show up when your kids get married someday."],
      extra_fee: ["The three thousand dollars in attorney fees from collection are on you.", "If you want a payment plan, you have to put down a thousand dollar deposit first.", "Each text reminder we send you costs ten dollars."],
      new_borrowing: ["Find an online lender, borrow it and pay us first.", "Pawn your family's gold jewelry and you'll have the money.", "Go open a new credit card, the limit will cover it."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会给您父母寄任何材料。']],
      [['agent', '逾期是民事纠纷，不会被判刑，您放心。']],
      [['debtor', '你们这帮人真是丢人现眼！'], ['agent', '抱歉让您不愉快，我们稍后再联系您。']],
      [['agent', '分期不需要交保证金，也没有其他费用。']],
      [['agent', '请不要为了还这笔钱去办新的信用卡。']],
    ],
    en: [
      [['agent', "We won't mail anything to your parents."]],
      [['agent', "Being overdue is a civil matter, nobody gets sentenced for it."]],
      [['debtor', 'You people are an embarrassment!'], ['agent', "Sorry this has been unpleasant, we'll reach out later."]],
      [['agent', "A payment plan doesn't require a deposit or any other fee."]],
      [['agent', "Please don't open a new credit card just to pay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们烦不烦，我说了不要再打来了。', '那您给个准话，到底哪天还？'],
      ignored_attorney: ['我有代理律师，这事你们跟他对接。', '我们还是希望您本人先处理，今天能转多少？'],
      ignored_dispute: ['这笔账我有异议，已经提交了申诉材料。', '申诉不影响还款，您今天还是要还的。'],
      ignored_hardship: ['我爸刚走，我还在办丧事，真没心思也没钱。', '节哀，不过这笔钱这周必须还上。'],
    },
    en: {
      ignored_stop_request: ["Give it a rest, I said don't call here anymore.", "Then give me a straight answer, what day are you paying?"],
      ignored_attorney: ["I have an attorney representing me, deal with him.", "We'd still like you to handle it personally, how much can you send today?"],
      ignored_dispute: ["I'm disputing this account, I've already submitted the paperwork.", "A dispute doesn't stop the payment, you still need to pay today."],
      ignored_hardship: ["My dad just died and I'm arranging the funeral, I have no money and no head for this.", "Sorry for your loss, but this has to be paid this week."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他前妻，我们早就离婚了。'], ['agent', '那你知道他欠了我们三万多吗？能不能让他还一下。']],
    en: [['third_party', "I'm his ex-wife, we've been divorced for years."], ['agent', 'Did you know he owes us over thirty thousand? Can you get him to pay?']],
  },
};
