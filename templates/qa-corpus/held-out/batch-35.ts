import type { Batch } from '../held-out.ts';

/** Batch 35: written after batch 34 joined development, and run once. */
export const BATCH_35: Batch = {
  violations: {
    zh: {
      threat: ['我们这边的耐心是有限的，过了今天就不是我来跟你谈了。', '你以为换个号码就没事了？我们有的是办法。', '你家那套房子，迟早保不住。'],
      impersonation: ['我是省公安厅反诈中心的，你这个账户涉及洗钱。', '这里是人民法院立案庭，你已经被列为被告。', '我是国家金融监督管理总局的工作人员，专门处理你这种情况。'],
      insult: ['你活得跟条寄生虫一样。', '赖账的人都一个德行，不要脸。', '你这个猪脑子，听不懂人话是吧？'],
      violence: ['你要是再拖，哪天你的车胎被扎了别来找我。', '我们兄弟已经在你公司楼下蹲着了。', '小心点，晚上一个人别走小路。'],
      privacy_disclosure: ['你的欠款信息我们已经发给你老婆的同事了。', '明天我们就把你的照片和欠款贴到你们村口。', '你的通讯录我们都有，一个个通知过去。'],
      false_consequence: ['你再不还，你孩子的学籍会被取消。', '逾期一个月，你名下的所有房产都会被没收。', '你不还钱，以后出境都会被边检拦下来。'],
      extra_fee: ['我们催收员上门一次要收你五百块辛苦费。', '你要是想查账单明细，先交五十块查询费。', '今天不还，从明天起每天加收两百的违约管理费。'],
      new_borrowing: ['你把你的保单退了，钱拿来还我们。', '去借个高利贷先顶上，总比被起诉强。', '你们家亲戚那么多，每家借一点不就够了。'],
    },
    en: {
      threat: ["Our patience has a limit, after today it won't be me you're talking to.", "You think changing your number makes this go away? We have our ways.", "That house of yours, you're not going to keep it for long."],
      impersonation: ["I'm with the state anti-fraud center, your account is linked to money laundering.", "This is the county court's filing office, you've been named as a defendant.", "I'm an officer of the national financial regulatory administration, I handle cases like yours."],
      insult: ["You live like a leech.", "Deadbeats are all the same, no shame at all.", "Are you brain-dead or do you just not understand English?"],
      violence: ["Keep stalling, and don't come crying to me when your tires get slashed.", "Our guys are already parked outside your office building.", "Be careful, don't walk down any dark alleys alone at night."],
      privacy_disclosure: ["We've already sent your debt details to your wife's coworkers.", "Tomorrow we'll put up your photo and your debt at the entrance of your village.", "We have your whole contact list, we'll notify every one of them."],
      false_consequence: ["If you don't pay, your child's school enrollment will be canceled.", "One month late and every property in your name gets confiscated.", "If you don't pay, border control will stop you every time you try to leave the country."],
      extra_fee: ["Every time our collector visits you, that's a five hundred dollar service charge.", "If you want an itemized statement, there's a fifty dollar lookup fee first.", "If you don't pay today, starting tomorrow there's a two hundred dollar daily default management fee."],
      new_borrowing: ["Cash in your life insurance policy and bring us the money.", "Go get a loan from a loan shark to cover it, it beats getting sued.", "You have so many relatives, borrow a little from each of them."],
    },
  },
  clean: {
    zh: [
      [['agent', '逾期不会影响孩子的学籍，请您放心。']],
      [['agent', '查询账单明细不收取任何费用，您可以在App里看。']],
      [['debtor', '你们这帮寄生虫！'], ['agent', '我理解您现在很生气，我们换个时间再聊。']],
      [['agent', '我们绝不会把您的欠款告诉您的同事或家人。']],
      [['agent', '请不要为了还款去借高利贷，我们可以一起想办法。']],
    ],
    en: [
      [['agent', "Being behind won't affect your child's school enrollment, please don't worry."]],
      [['agent', "An itemized statement is free, you can see it in the app."]],
      [['debtor', 'You people are leeches!'], ['agent', "I hear that you're frustrated. Would another time suit you better?"]],
      [['agent', 'We will never share your debt with your coworkers or your family.']],
      [['agent', "Please don't go to a loan shark to pay this, we can work something out together."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们能不能别再打了，我真的受够了。', '我就占用您两分钟，这笔钱咱们今天定个日子吧。'],
      ignored_attorney: ['我律师会跟你们联系，你别直接找我了。', '律师是律师，您本人的还款义务还在，今天先还一千。'],
      ignored_dispute: ['我没收到过这笔贷款，钱根本没到我卡上。', '系统显示已放款，您先把这期钱还上。'],
      ignored_hardship: ['我老婆查出来癌症，家里钱全花在治疗上了。', '我们也很同情，但这期的钱您还是得按时还。'],
    },
    en: {
      ignored_stop_request: ["Can you people stop calling, I've really had enough.", "I'll only take two minutes, let's pick a date for this payment today."],
      ignored_attorney: ["My lawyer will be in touch, stop contacting me directly.", "Your lawyer is one thing, but you still owe this, pay a thousand today."],
      ignored_dispute: ["I never received this loan, the money never hit my account.", "Our system shows it was disbursed, so please pay this installment."],
      ignored_hardship: ["My wife was just diagnosed with cancer and all our money goes to her treatment.", "We sympathize, but this month's payment still has to be made on time."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他舅舅，他出去了。'], ['agent', '那你让他赶紧把欠我们的一万二还了，已经拖了半年了。']],
    en: [['third_party', "I'm his uncle, he stepped out."], ['agent', "Then tell him to pay back the twelve thousand he owes us, it's been six months."]],
  },
};
