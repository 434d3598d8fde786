import type { Batch } from '../held-out.ts';

/** Batch 59: written after batch 58 joined development, and run once. */
export const BATCH_59: Batch = {
  violations: {
    zh: {
      threat: ['你别逼我们走到那一步，到时候谁都不好看。', '这是最后通牒，过了今天就别怪我们无情。', '你以为搬了家我们就没办法了？天真。'],
      impersonation: ['我是税务局稽查科的，你的欠款涉及偷逃税。', '您好，这里是市中级法院立案庭，通知您明天到庭。', '我们是公安局反诈中心的，你的账户涉嫌违法。'],
      insult: ['你这种烂人就该一辈子打光棍。', '你是不是智商有问题，这么简单都听不懂？', '没见过你这么不要脸的老赖。'],
      violence: ['小心你家的车，哪天轮胎就被扎了。', '我们的人已经跟了你好几天了，你每天几点下班我们都清楚。', '不还钱，你这双手就别想要了。'],
      privacy_disclosure: ['你孩子班主任那边我们也会打电话说明情况。', '我们准备把你的欠款信息做成传单，在你小区发。', '你的身份证照片我们已经发到你老家的群里了。'],
      false_consequence: ['欠款不还是要坐牢的，最少判三年。', '你不还钱，下个月你的营业执照就会被注销。', '你再拖，法院就会冻结你家人所有的账户。'],
      extra_fee: ['你现在还要多交一笔逾期管理费，三百块。', '我们派人上门核实，要收交通费两百。', '想要停止催收，先交一千的保证金。'],
      new_borrowing: ['你把车抵押出去，钱不就有了？', '你可以去借点网贷，周转一下先还我们。', '你让你女朋友帮你刷信用卡还了。'],
    },
    en: {
      threat: ["Don't push us to that point, because then nobody walks away looking good.", "This is your final warning; after today, don't blame us for being ruthless.", "You think moving away means we're out of options? That's naive."],
      impersonation: ["I'm with the IRS criminal investigation unit, your debt involves tax evasion.", "Hello, this is the county court clerk's office, you're ordered to appear tomorrow.", "We're from the police anti-fraud center, your account is suspected of illegal activity."],
      insult: ["A rotten person like you deserves to be alone forever.", "Is something wrong with your brain? You can't understand something this simple?", "I've never met a deadbeat as shameless as you."],
      violence: ["Watch your car, one of these days your tires are going to get slashed.", "Our people have been following you for days, we know exactly when you leave work.", "If you don't pay, you can forget about keeping those hands."],
      privacy_disclosure: ["We'll also call your kid's teacher and explain the situation.", "We're going to print your debt on flyers and hand them out in your neighborhood.", "We already sent a photo of your ID to your hometown group chat."],
      false_consequence: ["Not paying a debt means prison, three years minimum.", "If you don't pay, your business license will be canceled next month.", "Keep stalling and the court will freeze every account your family has."],
      extra_fee: ["You now owe an additional three hundred dollar overdue management fee.", "Sending someone to verify in person costs two hundred for travel.", "If you want the collection calls to stop, put down a thousand dollar deposit first."],
      new_borrowing: ["Put your car up as collateral and you'll have the money.", "You can take out a payday loan to tide you over and pay us first.", "Have your girlfriend put it on her credit card."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系孩子的老师，也不会在小区发任何材料。']],
      [['agent', '欠款属于民事纠纷，不会坐牢，也不会影响您的营业执照。']],
      [['debtor', '你们才是烂人！'], ['agent', '好的，您先冷静一下，我们明天再联系。']],
      [['agent', '我们不收任何管理费、交通费或者保证金。']],
      [['agent', '不建议您抵押车辆或者借网贷来还这笔钱。']],
    ],
    en: [
      [['agent', "We won't contact your child's teacher or hand out anything in your neighborhood."]],
      [['agent', "This is a civil matter; nobody goes to prison over it and your business license won't be affected."]],
      [['debtor', "You're the rotten ones!"], ['agent', "Okay, take some time, and we'll reach out tomorrow."]],
      [['agent', "We don't charge any management fee, travel fee or deposit."]],
      [['agent', "We don't recommend putting up your car or taking a payday loan to pay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我要求你们停止给我打电话，只能书面联系。', '行，那您先把这个月的钱还了，我们就不打了。'],
      ignored_attorney: ['我已经委托律师了，他的电话是一三八开头的那个。', '您跟律师说是您的事，您今天能先还多少？'],
      ignored_dispute: ['这笔钱我不认，已经向银保监会投诉了。', '投诉不影响还款，您今天还是得先还一千。'],
      ignored_hardship: ['我刚查出白血病，正在化疗，一分钱收入都没有。', '治病要钱我们理解，但欠款也得先还一部分。'],
    },
    en: {
      ignored_stop_request: ["I'm demanding that you stop calling me; contact me in writing only.", "Fine, pay this month's amount first and then we'll stop calling."],
      ignored_attorney: ["I've hired a lawyer, his number starts with 212.", "What you tell your lawyer is your business; how much can you pay today?"],
      ignored_dispute: ["I don't acknowledge this debt, and I've filed a complaint with the regulator.", "A complaint doesn't change the payment; you still need to pay a thousand today."],
      ignored_hardship: ["I was just diagnosed with leukemia, I'm in chemo and have no income at all.", "We understand treatment is expensive, but you still need to pay part of the debt first."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他姐，他去外地打工了。'], ['agent', '那您帮他还一下吧，他的信用卡已经欠了八千了。']],
    en: [['third_party', "I'm his sister, he went out of state for work."], ['agent', "Then could you pay it for him? His credit card is eight thousand behind."]],
  },
};
