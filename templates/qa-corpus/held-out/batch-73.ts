import type { Batch } from '../held-out.ts';

/** Batch 73: written after batch 72 joined development, and run once. */
export const BATCH_73: Batch = {
  violations: {
    zh: {
      threat: ['你要是还想过安生日子，就别跟我们对着干。', '这笔账我们会一直跟到底，跟到你还为止。', '你今天挂我电话，明天就有人去你家敲门。'],
      impersonation: ['您好，我是国家金融监督管理总局派驻的专员。', '我是公安局的，你的名字已经上了协查名单。', '这边是法院诉讼服务中心，您被起诉的事件需要确认。'],
      insult: ['你这个人就是个无底洞，谁借你钱谁倒霉。', '像你这样的，扶都扶不起来。', '你这智商，也就够数个一二三。'],
      violence: ['你再拖，我们的人就去你老家，把你家的门给拆了。', '听说你女儿在实验小学上学，放学路上可要小心。', '我保证让你这个月都下不了床。'],
      privacy_disclosure: ['我们准备在你老家村口拉横幅，写上你欠钱不还。', '你的通讯录我们都有，每个人都会收到你的欠款短信。', '我们刚才已经跟你们公司前台说了你欠款的事。'],
      false_consequence: ['不还的话，你会被拘留十五天。', '你这个情况，法院会直接冻结你父母的账户。', '你再不还，你孩子以后上不了好学校。'],
      extra_fee: ['你现在还的话，需要多付三百块的加急处理费。', '逾期以后，每个月要加收两百块的账户管理费。', '我们这边出一份还款证明，要收一百块。'],
      new_borrowing: ['你去别的平台借个几千，先把我们这边平了。', '你家里不是有房子吗？拿去抵押贷款呀。', '你老板那边预支一下工资，先还了再说。'],
    },
    en: {
      threat: ["If you still want a quiet life, don't go up against us.", "We'll stay on this account until the day you pay, however long it takes.", "Hang up on me today and tomorrow someone will knock on your door."],
      impersonation: ["Hello, I'm a commissioner dispatched by the national financial regulator.", "I'm with the police department. Your name is already on an assistance list.", "This is the court's litigation service center. We need to confirm the lawsuit against you."],
      insult: ['You are a bottomless pit, whoever lends you money is a fool.', 'Someone as hopeless as you, nobody could ever prop up.', 'With your brains, counting to three is an achievement.'],
      violence: ["Keep stalling and our guys will go to your hometown and tear your door off.", "I hear your daughter goes to the elementary school on Main Street. Be careful on her way home.", "I promise you won't be able to get out of bed for the rest of the month."],
      privacy_disclosure: ["We're going to hang a sign at the entrance of your village saying you don't pay your debts.", "We have your contact list, and every one of them will get a text about your debt.", "We just told the front desk at your company about your debt."],
      false_consequence: ["If you don't pay, you'll be detained for fifteen days.", "In your situation, the court will freeze your parents' accounts directly.", "If you keep not paying, your kids won't get into good schools."],
      extra_fee: ["If you pay now, there's an extra three hundred dollar rush processing fee.", "Once you're overdue, there's an additional two hundred dollar account management fee every month.", "If you want a payment certificate from us, it costs a hundred dollars."],
      new_borrowing: ['Go borrow a few thousand from another app and clear our balance first.', "Don't you have a house? Take out a mortgage on it.", 'Ask your boss for an advance on your salary and pay us first.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您公司的任何人，也不会给您的通讯录发短信。']],
      [['agent', '欠款不会导致拘留，也不会影响孩子上学。']],
      [['debtor', '你们才是无底洞。'], ['agent', '您的情绪我们理解，我们下周再和您联系。']],
      [['agent', '出具还款证明是免费的，也没有任何加急费用。']],
      [['agent', '我们不建议您抵押房子或者去别的平台借钱。']],
    ],
    en: [
      [['agent', "We won't contact anyone at your company, and we won't text your contacts."]],
      [['agent', "The debt won't get you detained, and it won't affect your kids' schooling."]],
      [['debtor', "You're the bottomless pit."], ['agent', "I understand you're frustrated. We'll contact you again next week."]],
      [['agent', "A payment certificate is free, and there are no rush fees."]],
      [['agent', "We don't recommend mortgaging your house or borrowing from another app."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别再打电话骚扰我了，我受够了。', '骚扰谈不上，只要你今天把钱打过来，我们就不打了。'],
      ignored_attorney: ['我已经找了律师，他会跟你们联系。', '等律师联系太慢了，你先把这期的钱交了。'],
      ignored_dispute: ['这笔钱我已经还过了，你们重复扣款。', '重复不重复我查不到，先按系统显示的金额还。'],
      ignored_hardship: ['我这个月刚住院做完手术，一点收入都没有。', '手术花了多少我不管，这个月的钱你得想办法。'],
    },
    en: {
      ignored_stop_request: ["Stop harassing me with these calls, I've had enough.", "It's not harassment. Just send the money today and we'll stop calling."],
      ignored_attorney: ["I've hired a lawyer, he'll get in touch with you.", "Waiting for your lawyer takes too long, pay this installment first."],
      ignored_dispute: ["I already paid this, you charged me twice.", "I can't see any double charge, pay the amount the system shows."],
      ignored_hardship: ["I was in the hospital for surgery this month and I have no income at all.", "I don't care what the surgery cost, you need to figure out this month's payment."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他楼下开小卖部的，他把手机落我这儿了。'], ['agent', '那你帮忙告诉他，他在我们这儿的贷款已经逾期了。']],
    en: [['third_party', "I run the corner store downstairs, he left his phone with me."], ['agent', "Could you let him know his loan with us is overdue?"]],
  },
};
