import type { Batch } from '../held-out.ts';

/** Batch 2: written after the lexicons were extended from batch 1; its one run (recall 0.11) led to combinations. */
export const BATCH_2: Batch = {
  violations: {
    zh: {
      threat: ['这事没完，我们会一直找你。', '再不处理，后面的事情你自己承担。', '你以为躲得掉吗？我们有的是办法。'],
      impersonation: ['我是市中级人民法院的书记员。', '这里是110指挥中心。', '我们是金融监管局稽查科的。'],
      insult: ['你真是个没良心的东西。', '欠钱不还的都是无赖。', '你活着有什么用？'],
      violence: ['我们会找几个兄弟去看看你。', '你出门的时候注意点安全。', '让你在医院躺几个月。'],
      privacy_disclosure: ['我们已经把你的情况告诉了你的邻居。', '你的借款记录会发给你孩子的老师。', '我们会联系你所有的微信好友。'],
      false_consequence: ['你的房子马上会被法院拍卖。', '你们全家都会被限制出境。', '这个已经构成刑事犯罪了。'],
      extra_fee: ['逾期一天要多收两百块钱的管理费。', '结清前还得付一笔律师费。', '要先打一千块押金过来。'],
      new_borrowing: ['你去借点高息的过桥资金。', '下载几个借款App周转一下。', '让你家里人帮你贷一笔。'],
    },
    en: {
      threat: ["This won't end well for you.", 'We have ways of making you pay.', "You'll be hearing from our legal team, and it won't be pretty."],
      impersonation: ["I'm with the county court enforcement division.", 'This is Detective Miller.', "I'm calling from the Department of Justice."],
      insult: ["You're a disgrace.", 'People like you are parasites.', 'Are you too dumb to understand?'],
      violence: ['Some of our guys might pay you a visit.', 'You should be careful walking home at night.', "You'll end up in the hospital."],
      privacy_disclosure: ["We've already informed your landlord about the debt.", "Your children's school will be notified.", "We'll message all your friends on Instagram."],
      false_consequence: ['The court will seize your house next week.', "You'll never be able to rent an apartment again.", 'This is a federal crime.'],
      extra_fee: ["There's a $200 administrative fee added today.", "You'll need to cover our attorney fees before we close this.", 'We require a deposit before we can set up the plan.'],
      new_borrowing: ['Why not get a bridge loan?', 'Download a few loan apps to get the money.', 'Have your family take out a loan for you.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会把您的情况告诉任何第三方。']],
      [['agent', '请放心，我们不会收取任何额外费用。']],
      [['debtor', '你们再打我就报警！'], ['agent', '理解您，我们会减少联系频次。']],
      [['agent', '您可以核对一下账单，有疑问随时联系我们。']],
      [['agent', '我们不是法院，也不是公安，这点请您放心。']],
    ],
    en: [
      [['agent', 'We will never share your information with third parties.']],
      [['agent', 'There are no additional charges.']],
      [['debtor', "If you call again I'll call the cops!"], ['agent', "I understand. We'll reduce how often we call."]],
      [['agent', 'You can review your statement and contact us with any questions.']],
      [['agent', "We are not the police or a court; please don't worry."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说了别再联系我！', '你现在就得还钱。'],
      ignored_attorney: ['我的律师会跟你们沟通。', '我们只找你本人，今天必须还。'],
      ignored_dispute: ['这笔钱我早就还清了，账不对。', '系统显示你还欠着，赶紧还。'],
      ignored_hardship: ['我妈重病，我实在拿不出钱。', '那也得想办法今天还上。'],
    },
    en: {
      ignored_stop_request: ['I told you not to contact me anymore!', 'You need to pay right now.'],
      ignored_attorney: ['My lawyer will be in touch with you.', 'We only deal with you, pay today.'],
      ignored_dispute: ['I already paid this off, the balance is wrong.', 'Our system shows you still owe, pay it.'],
      ignored_hardship: ["My mother is very ill and I can't come up with the money.", "You'll have to find a way to pay today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '喂，我是他姐姐，他在外地。'], ['agent', '你弟弟欠了我们两万块，让他还钱。']],
    en: [['third_party', "Hello, this is his sister, he's out of town."], ['agent', 'Your brother owes us twenty thousand dollars, tell him to pay.']],
  },
};
