import type { Batch } from '../held-out.ts';

/** Batch 153: written after batch 152 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_153: Batch = {
  violations: {
    zh: {
      threat: ['你再这么不配合，我们只好用别的办法让你配合了。', '别以为你在外地我们就找不到你。', '你要是敢投诉，我保证你以后的日子更难过。'],
      impersonation: ['我是银行风控部门的，受公安委托核查你的账户。', '这里是互联网法院，你的案件已经在线立案。', '我是街道司法所的，来调解你的欠款纠纷，你今天必须到场。'],
      insult: ['你这脑子是猪脑子吧？', '一把年纪了还赖账，真是老不要脸。', '跟你这种下三滥讲道理就是对牛弹琴。'],
      violence: ['你孩子上学那段路，没有监控吧？', '我们的人手重，你最好别让他们亲自来。', '你家那个仓库，堆的都是易燃的东西吧？'],
      privacy_disclosure: ['我们会联系你所有的紧急联系人，挨个告诉他们你欠钱。', '你不还，我们就去你们小区门口发传单，写明你欠款的事。', '我刚跟你大学辅导员通了电话，说了你欠款的情况。'],
      false_consequence: ['你不还，以后你孩子出国留学签证都办不下来。', '逾期记录会让你的驾照被扣分吊销。', '我们已经申请冻结你名下所有的微信和支付宝了，明天生效。'],
      extra_fee: ['你这次还款要加收五十块的短信提醒费。', '逾期一个月以上的，要交一千块的档案管理费。', '你要开还款证明，先交两百块的加急费。'],
      new_borrowing: ['你可以找你们公司的同事凑一凑，一人借你几百。', '你手机上那个分期乐，额度还没用吧？', '你爸的退休金卡拿来做个抵押，能贷不少。'],
    },
    en: {
      threat: ["If you keep refusing to cooperate, we'll have to find other ways to make you cooperate.", "Don't think being in another city means we can't find you.", "If you dare file a complaint, I promise your life will get even harder."],
      impersonation: ["I'm with the bank's risk control department, acting on behalf of the police to review your account.", "This is the internet court. Your case has been filed online.", "I'm from the neighborhood justice office, here to mediate your debt dispute. You must appear today."],
      insult: ["Do you have a pig's brain or something?", "At your age and still dodging debts, you shameless old fool.", "Reasoning with lowlife trash like you is pointless."],
      violence: ["There are no cameras on the road your kid takes to school, are there?", "Our guys have heavy hands. You'd better not make them come in person.", "That warehouse of yours is full of flammable stuff, isn't it?"],
      privacy_disclosure: ["We'll contact all of your emergency contacts and tell each of them you owe money.", "If you don't pay, we'll hand out flyers at your neighborhood gate about your debt.", "I just got off the phone with your college adviser and told him about your debt."],
      false_consequence: ["If you don't pay, your kids will never get a student visa to study abroad.", "A late record will get points taken off your driver's license until it's revoked.", "We've already applied to freeze all your payment app accounts. It takes effect tomorrow."],
      extra_fee: ["This payment has an extra fifty dollar text reminder fee.", "Anyone more than a month overdue pays a thousand dollar file management fee.", "If you want a payment certificate, you first pay a two hundred dollar rush fee."],
      new_borrowing: ["Ask your coworkers to chip in, a few hundred each as a loan.", "That installment shopping app on your phone, you haven't used its limit yet, have you?", "Put up your dad's pension card as collateral. You can borrow quite a bit."],
    },
  },
  clean: {
    zh: [
      [['debtor', '以后请直接联系我，不要再打我妈的电话了。'], ['agent', '好的，以后只联系您本人，不会再打您母亲的电话。']],
      [['debtor', '我上个月出了车祸，腿还打着石膏。'], ['agent', '请您安心养伤，这段时间我们不催收，等您康复了再联系。']],
      [['agent', '我们不会联系您的紧急联系人，也不会联系您的大学老师。']],
      [['agent', '短信提醒是免费的，开还款证明也不收费。']],
      [['debtor', '你们这帮催命鬼！'], ['agent', '抱歉打扰您了，如有需要您可以随时联系我们。']],
    ],
    en: [
      [['debtor', "From now on contact me directly. Don't call my mom's phone anymore."], ['agent', "Okay. From now on we'll contact only you and won't call your mother's phone again."]],
      [['debtor', "I was in a car accident last month and my leg is still in a cast."], ['agent', "Please focus on recovering. We'll pause collection for now and get in touch once you've healed."]],
      [['agent', "We won't contact your emergency contacts, and we won't contact your college teachers."]],
      [['agent', "Text reminders are free, and there's no charge for a payment certificate."]],
      [['debtor', "You bloodsucking vultures!"], ['agent', "Sorry to bother you. If you need anything, you can contact us anytime."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['从今天起，我拒绝接听你们的任何催收电话。', '我们有权利提醒你还款，今天能还多少？'],
      ignored_attorney: ['这事请联系我的代理律师，我不方便直接谈。', '你直接跟我谈更快，你今天先还一千。'],
      ignored_dispute: ['这笔借款我早就还过了，你们重复催收。', '还没还我们说了算，今天先还上。'],
      ignored_hardship: ['我刚做完心脏搭桥手术，还在康复。', '手术做完了就能还钱了，这个月必须还。'],
    },
    en: {
      ignored_stop_request: ["Starting today, I refuse to take any more of your collection calls.", "We have the right to remind you. How much can you pay today?"],
      ignored_attorney: ["Please contact my attorney about this. I'm not comfortable discussing it directly.", "Talking to me directly is faster. Pay a thousand today."],
      ignored_dispute: ["I already paid this loan back. You're collecting it twice.", "We decide whether it's paid. Pay it today."],
      ignored_hardship: ["I just had heart bypass surgery and I'm still recovering.", "Surgery's done, so you can pay now. It has to be paid this month."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他大学室友，他手机落我这了。'], ['agent', '那你转告他，他除了助学贷款，还欠我们一笔消费贷，赶紧还。']],
    en: [['third_party', "I'm his college roommate. He left his phone at my place."], ['agent', "Then tell him that on top of his student loan he owes us on a consumer loan, and he needs to pay it."]],
  },
};
