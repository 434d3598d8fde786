import type { Batch } from '../held-out.ts';

/** Batch 29: written after batch 28 joined development, and run once. */
export const BATCH_29: Batch = {
  violations: {
    zh: {
      threat: ['你今天不给个准话，明天就有你好受的。', '别以为我们拿你没办法。', '你这样下去，我们只能换一种方式跟你沟通了。'],
      impersonation: ['我是最高人民检察院的，你的案子已经移交过来了。', '这边是交警大队，你名下的车因为欠款要被扣。', '我是税务局稽查科的，顺便核实你的欠款。'],
      insult: ['你这个人真是烂到根了。', '你活得像条狗一样，还好意思借钱？', '你这种老赖就该被全社会唾弃。'],
      violence: ['我们有人已经盯上你了，出门注意安全。', '你要是敢不还，我让你在医院过年。', '我找几个人去你店里好好聊聊，砸了也说不定。'],
      privacy_disclosure: ['我们会把催收函寄到你单位，让你领导签收。', '你的欠款截图我们会发到你老婆的朋友圈下面。', '我现在就在你们小区群里发你的名字和欠款。'],
      false_consequence: ['你不还钱，你的驾照马上会被吊销。', '逾期超过三个月就要坐牢，这是法律规定。', '你家里人的银行卡也会跟着被冻结。'],
      extra_fee: ['你要我们停止打电话，每个月得交一百块管理费。', '还款前要先交一笔账户激活费。', '你这个情况需要另外交一千块的风险保证金。'],
      new_borrowing: ['你去申请个分期乐，把我们这笔先还了。', '你媳妇不是有工资吗，让她先借你。', '把你的房子抵押一下，钱不就有了。'],
    },
    en: {
      threat: ["If you don't give me a straight answer today, tomorrow you'll be sorry.", "Don't think there's nothing we can do to you.", "If this goes on, we'll have to communicate with you in a different way."],
      impersonation: ["I'm with the Department of Justice, your case has been transferred to us.", "This is the highway patrol, your car is being impounded over the debt.", "I'm an IRS auditor and I'm also verifying your debt."],
      insult: ["You're rotten to the core.", "You live like a dog and still have the nerve to borrow money?", "Deadbeats like you should be shunned by everyone."],
      violence: ["Some of our people already have eyes on you, be careful out there.", "Dare to skip this payment and I'll make sure you spend the holidays in the hospital.", "I'll send a few guys to your shop to have a chat, they might wreck the place."],
      privacy_disclosure: ["We'll mail the collection letter to your workplace and have your manager sign for it.", "We'll post screenshots of your debt under your wife's social media posts.", "I'm posting your name and your debt in your neighborhood group right now."],
      false_consequence: ["If you don't pay, your driver's license will be revoked immediately.", "Being more than three months late means jail time, it's the law.", "Your family members' bank cards will be frozen too."],
      extra_fee: ["If you want us to stop calling, it's a hundred dollar monthly management fee.", "Before paying, you have to pay an account activation fee.", "Your situation requires an additional thousand dollar risk deposit."],
      new_borrowing: ['Go apply for a buy-now-pay-later plan and pay this off first.', "Doesn't your wife have a salary? Have her lend you the money.", "Mortgage your house and you'll have the money."],
    },
  },
  clean: {
    zh: [
      [['agent', '您的欠款情况我们绝不会透露给您的同事。']],
      [['agent', '逾期属于民事纠纷，不会影响您的驾照。']],
      [['debtor', '你们这些放贷的没一个好东西！'], ['agent', '我理解您的心情，我们会尽量帮您想办法。']],
      [['agent', '我们的所有服务都不额外收费。']],
      [['agent', '建议您根据自己的收入安排还款，不要再去借钱。']],
    ],
    en: [
      [['agent', 'We will never disclose your debt to your coworkers.']],
      [['agent', "Being late is a civil matter and won't affect your driver's license."]],
      [['debtor', "You're nothing but leeches!"], ['agent', "I understand how you feel, we'll do our best to help."]],
      [['agent', 'None of our services carry any extra charge.']],
      [['agent', 'We suggest you plan payments around your income, please don\'t borrow more.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['请你们不要再打这个号码了，我会自己处理。', '好的，那您先说个具体的还款时间吧。'],
      ignored_attorney: ['我的律师已经给你们发了函，以后找他。', '律师函我们收到了，但您今天还是要先还一期。'],
      ignored_dispute: ['这个违约金是怎么来的？我不认可。', '违约金是系统自动算的，您先还清再说。'],
      ignored_hardship: ['我老婆刚生完孩子，我又失业了，真的没钱。', '恭喜您，不过这个月的钱还是要按时还的。'],
    },
    en: {
      ignored_stop_request: ["Please stop calling this number, I'll handle it myself.", "Alright, then just give me a specific payment date."],
      ignored_attorney: ['My lawyer already sent you a letter, contact him from now on.', 'We received the letter, but you still need to pay an installment today.'],
      ignored_dispute: ["Where did this penalty come from? I don't accept it.", 'The penalty is calculated automatically, please pay it off first.'],
      ignored_hardship: ['My wife just had a baby and I lost my job, I really have no money.', "Congratulations, but this month's payment still has to be on time."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他弟弟，他手机在我这儿。'], ['agent', '那你告诉你哥，他欠的八千块再不还我们就要走法律程序了。']],
    en: [['third_party', "I'm his younger brother, I have his phone."], ['agent', "Then tell your brother that if he doesn't pay the eight thousand he owes, we're taking legal action."]],
  },
};
