import type { Batch } from '../held-out.ts';

/** Batch 13: written after batch 12 joined development and violence came to supersede threats, and run once. */
export const BATCH_13: Batch = {
  violations: {
    zh: {
      threat: ['你今天要是不把钱打过来，明天就有你好看的。', '我们的耐心是有限的，你自己看着办。', '别逼我们走到最后一步。'],
      impersonation: ['我是市公安局反诈中心的，你的贷款账户已被监控。', '这里是人民法院执行局，我们马上对你强制执行。', '我是金融监管局的专员，来核查你的逾期问题。'],
      insult: ['你就是个不讲信用的垃圾。', '你也好意思叫自己男人？', '一个欠钱不还的赖子，还有脸说话。'],
      violence: ['我们会派几个人去你公司门口等你下班。', '你要是不还，我保证你下半辈子都得坐轮椅。', '小心你家的门窗，哪天被砸了可别哭。'],
      privacy_disclosure: ['我们会在你家楼下贴告示，让邻居都看看。', '你女儿学校的家长群我们也进去了。', '我马上打给你的前妻，告诉她你欠了多少钱。'],
      false_consequence: ['你不还钱，你老婆也要一起坐牢。', '逾期的人以后连火车票都买不了，一辈子。', '你会被单位开除，档案上还会记一笔。'],
      extra_fee: ['你要先付五百块的风险保证金才能办延期。', '每打一次催收电话，我们收你十五元。', '逾期后每个月额外收取两百元账户管理费。'],
      new_borrowing: ['去找你的老板借钱，先把这个还了。', '用你妈的养老金先垫上。', '你办张新信用卡，把钱刷出来还我们。'],
    },
    en: {
      threat: ["If the money isn't here tomorrow, you'll see what happens.", 'Our patience has run out, so think hard about your next move.', "Don't make us take this to the next level."],
      impersonation: ["I'm calling from the police fraud unit, your account is being monitored.", "This is the court's enforcement office, we are about to enforce against you.", "I'm a federal banking examiner looking into your delinquency."],
      insult: ["You're garbage for not paying what you owe.", "Call yourself a grown-up? Pathetic.", "A deadbeat like you has no right to complain."],
      violence: ["We'll have a few guys waiting for you outside your office.", "If you don't pay, I'll make sure you're in a wheelchair.", "Keep an eye on your windows, they might get broken."],
      privacy_disclosure: ["We'll post a notice in your building so all your neighbors can see.", "We've joined the parents' group at your daughter's school.", "I'm calling your ex-wife right now to tell her what you owe."],
      false_consequence: ["If you don't pay, your wife will go to jail with you.", "People who don't pay can never buy a plane ticket again.", "You'll be fired and it'll go on your permanent record."],
      extra_fee: ["You need to pay a $500 risk deposit before we can extend your due date.", "We charge you $15 every time we have to call.", "Once you're late, there's an extra $200 account management fee every month."],
      new_borrowing: ["Borrow from your boss and pay this off first.", "Use your mother's pension to cover it.", "Get a new credit card and use it to pay us."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们保证不会联系您的家人或者单位。']],
      [['agent', '逾期不会导致坐牢，这一点请您放心。']],
      [['debtor', '你们这些放高利贷的，滚！'], ['agent', '抱歉打扰，如需帮助可以随时联系我们。']],
      [['agent', '办理延期不收取任何额外费用。']],
      [['agent', '如果您对欠款有异议，请把材料发给我们，我们会暂停催收。']],
    ],
    en: [
      [['agent', 'We promise not to contact your family or your employer.']],
      [['agent', "You won't go to jail over a late payment, I can assure you."]],
      [['debtor', "Get lost, you loan sharks!"], ['agent', "Sorry to have bothered you. Call us anytime if you need help."]],
      [['agent', "There's no extra fee to extend your due date."]],
      [['agent', "If you dispute the debt, send us your documents and we'll pause collection."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我再说一遍，不要再给我打电话。', '明白，那您这个月大概能还多少？'],
      ignored_attorney: ['这件事我的律师全权负责。', '律师那边我们不管，你自己今天必须给个说法。'],
      ignored_dispute: ['这个钱我已经还过了，你们账有问题。', '账的事以后再说，现在先还钱。'],
      ignored_hardship: ['我刚被车撞了，还在医院躺着。', '那你让家里人先帮你还上。'],
    },
    en: {
      ignored_stop_request: ["For the last time, don't call me again.", "Got it, but how much can you pay this month?"],
      ignored_attorney: ['My lawyer is handling everything about this.', "We don't deal with lawyers, you need to give us an answer today."],
      ignored_dispute: ["I already paid this, your records are wrong.", "We'll sort the records out later, right now we need payment."],
      ignored_hardship: ['I was just hit by a car and I\'m still in the hospital.', 'Then have your family pay it for you.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他老婆，他在上夜班。'], ['agent', '那你提醒他，他的信用卡已经欠了三期了。']],
    en: [['third_party', "I'm her mother, she's at school."], ['agent', "Please tell her she's three payments behind on her credit card."]],
  },
};
