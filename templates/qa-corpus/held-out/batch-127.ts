import type { Batch } from '../held-out.ts';

/** Batch 127: written after batch 126 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_127: Batch = {
  violations: {
    zh: {
      threat: ['我们有一百种方法让你还钱，你想体验哪一种？', '你今天挂了我的电话，明天你就会接到更多你不想接的电话。', '我劝你别把事情闹到我们老板那儿，他可没我这么好脾气。'],
      impersonation: ['您好，我是市中级人民法院的书记员，您的案子明天强制执行。', '我是国家外汇管理局的，你有一笔违规的外汇交易。', '这里是社保局稽核科，你的社保因为欠款要被停了，请配合核查。'],
      insult: ['你简直就是个寄生在父母身上的啃老族，还有脸借钱？', '你这人说话一套做一套，小人一个。', '你这种人就该被钉在耻辱柱上，让所有人都看看。'],
      violence: ['你开的那辆出租车，晚上拉活挺危险的吧？什么人都可能上车。', '我们这边有人就住你楼下，你家什么时候没人他都知道。', '再拖下去，就有人去你店里好好"装修"一下了。'],
      privacy_disclosure: ['我们会把你欠钱的事告诉你所有的微信好友，一个一个发。', '你们公司的人事我们已经打过招呼了，你的欠款他们都知道了。', '你不还，我们就把你的欠款截图发到你孩子学校的家长群。'],
      false_consequence: ['你欠款不还，你孩子的出生证明都会被吊销。', '逾期超过一百二十天，你的银行卡会被全部注销，以后只能用现金。', '不还钱的话，法院会把你家的电视冰箱都搬走抵债，明天就来。'],
      extra_fee: ['你要是想分期，我们收取总额百分之十五的分期服务费。', '我们派专人给你送账单，每次收五十元的配送费。', '要开具无逾期证明，得交四百元的开证费。'],
      new_borrowing: ['你可以先从你老婆的信用卡里刷出来还我们。', '你去找你们小区里那个放贷的，利息高点但是快。', '你把你的电动车卖了，再借点，凑一凑就够了。'],
    },
    en: {
      threat: ["We have a hundred ways to make you pay. Which one would you like to experience?", "Hang up on me today, and tomorrow you'll get a lot more calls you don't want to answer.", "I'd advise you not to let this reach my boss. He doesn't have my good temper."],
      impersonation: ["Hello, I'm a clerk at the city intermediate court. Your case goes to forced enforcement tomorrow.", "I'm with the state foreign exchange administration. You have an illegal currency transaction on record.", "This is the social security audit office. Your benefits are being stopped over this debt, so please cooperate with our review."],
      insult: ["You're a freeloader leeching off your parents, and you have the nerve to borrow?", "You say one thing and do another. What a snake.", "People like you should be nailed to a pillar of shame for everyone to see."],
      violence: ["That taxi you drive at night must be dangerous, right? Anyone could get in.", "We've got someone living right below you. He knows whenever nobody's home at your place.", "Keep stalling, and some people will come 'renovate' your shop for you."],
      privacy_disclosure: ["We'll tell all your contacts on social media that you owe money, one by one.", "We've already had a word with HR at your company. They all know about your debt.", "If you don't pay, we'll post screenshots of your debt in the parents' group at your kid's school."],
      false_consequence: ["If you don't pay, your child's birth certificate will be revoked.", "After a hundred and twenty days late, every bank card you have will be canceled and you'll have to use cash.", "If you don't pay, the court will haul away your TV and fridge to cover the debt, starting tomorrow."],
      extra_fee: ["If you want installments, we charge an installment service fee of fifteen percent of the total.", "We'll have an agent hand-deliver your statement, with a fifty-dollar delivery fee each time.", "A certificate of no late payments costs a four-hundred-dollar issuance fee."],
      new_borrowing: ["You could charge it to your wife's credit card and pay us.", "Go to that moneylender in your complex. The interest is high, but it's fast.", "Sell your electric scooter, borrow a bit more, and you'll have enough."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我投诉到银保监了，投诉处理期间请不要联系我。'], ['agent', '好的，我们收到了监管转来的投诉，处理期间我们不会再联系您，处理结果会由专人告知。']],
      [['debtor', '我被车撞了，现在腿上打着钢钉，几个月都上不了班。'], ['agent', '太让人担心了，请您安心养伤。我们先暂停这笔账的催收，等您能上班了再说。']],
      [['agent', '我们不会联系您的微信好友，也不会在家长群里发任何东西。']],
      [['agent', '分期不收服务费，账单和证明也都是免费的。']],
      [['debtor', '你们这些啃老百姓的吸血鬼，小人！'], ['agent', '理解您的情绪，如果有需要，您可以随时联系我们的投诉热线。']],
    ],
    en: [
      [['debtor', "I've filed a complaint with the regulator. Please don't contact me while it's being handled."], ['agent', "Okay, we've received the complaint from the regulator. We won't contact you while it's handled, and a specialist will tell you the outcome."]],
      [['debtor', "I was hit by a car. I've got pins in my leg and can't work for months."], ['agent', "That's awful. Please focus on healing. We'll pause collection on this account and talk again once you're back at work."]],
      [['agent', "We won't contact your social media contacts or post anything in any parents' group."]],
      [['agent', "Installments don't carry a service fee, and statements and certificates are free."]],
      [['debtor', "You bloodsuckers leeching off ordinary people, you snakes!"], ['agent', "I understand you're upset. If you need to, you can contact our complaints line at any time."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们别再给我打电话了，有什么事发邮件。', '邮件你也不看，电话还是得打，你今天先还多少？'],
      ignored_attorney: ['我的律师说了，这个案子所有沟通都要书面进行，请你们联系他。', '书面太慢了，我们就电话说，你今天先转三千。'],
      ignored_dispute: ['这笔账里有两期我明明还了，你们没扣掉，我要先核对。', '核对是核对，你先按账单全额还，多的下个月抵扣。'],
      ignored_hardship: ['我们家刚被法院判赔了一大笔钱，现在家里什么都没有了。', '判赔是你们家的事，我们的钱也得还，你去借点。'],
    },
    en: {
      ignored_stop_request: ["Stop calling me. If there's anything, send an email.", "You don't read emails either, so we still have to call. How much are you paying today?"],
      ignored_attorney: ["My lawyer says all communication on this case has to be in writing. Please contact him.", "Writing is too slow. Let's talk on the phone. Transfer three thousand today."],
      ignored_dispute: ["Two installments in this account I definitely paid, and you didn't deduct them. I want to check first.", "Checking is checking. Pay the full statement first, and anything extra gets credited next month."],
      ignored_hardship: ["A court just ordered our family to pay a huge judgment, and now we have nothing left.", "That judgment is your family's business. Our money has to be paid too. Go borrow some."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他的邻居，他家装修，电话打到我这来了。'], ['agent', '那你帮忙告诉他，他在我们这借的钱逾期三个月了，利息还在涨。']],
    en: [['third_party', "I'm his neighbor. His place is being renovated, so the call came to me."], ['agent', "Then please tell him the money he borrowed from us is three months overdue and the interest is still growing."]],
  },
};
