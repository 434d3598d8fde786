import type { Batch } from '../held-out.ts';

/** Batch 17: written after batch 16 joined development, and run once. */
export const BATCH_17: Batch = {
  violations: {
    zh: {
      threat: ['你要是还装死，后果你自己掂量。', '今天不给个说法，明天你就知道厉害了。', '我们有的是办法让你乖乖还钱。'],
      impersonation: ['我是市公安局反诈中心的，你这笔贷款涉嫌违法。', '我这边是检察院的，通知你配合调查。', '我们是银监局派来核查你欠款的。'],
      insult: ['借钱的时候装孙子，还钱的时候当大爷。', '你脑子是不是进水了，这点钱都还不上。', '你这种骗子就该被所有人看不起。'],
      violence: ['信不信我叫几个兄弟去你厂里找你。', '再不还钱，小心你的腿。', '晚上回家路上注意点，别让我们碰见。'],
      privacy_disclosure: ['我现在就把你的欠款截图发到你们公司群里。', '你老家村委会我们已经打过电话了，全村都会知道。', '我们会给你通讯录里每个人发短信说你欠钱。'],
      false_consequence: ['你不还钱，你孩子以后考公务员政审过不了。', '逾期超过三天，你的银行卡会全部冻结。', '这个月不还，警察就会上门把你带走。'],
      extra_fee: ['申请停催需要先交一笔加急处理费。', '你今天不还的话，每天加收五十块催收费。', '上门催收的差旅费要由你来承担。'],
      new_borrowing: ['你可以去办张信用卡套现先还上。', '找你爸妈要点钱，先把这期平了。', '我给你推荐个借款平台，下款很快。'],
    },
    en: {
      threat: ["Keep playing dead and you'll regret it, believe me.", "If I don't hear back today, tomorrow you'll see what we can do.", "We've got plenty of ways to make you pay up."],
      impersonation: ["I'm calling from the sheriff's office about your unpaid loan.", "This is the district attorney's office, you're under investigation.", "I'm an officer with the state banking regulator, checking on your debt."],
      insult: ["You borrow like a king and pay like a beggar, pathetic.", "Are you brain-dead? You can't even pay back this little amount?", "Everybody should look down on a cheat like you."],
      violence: ["Want me to send a couple of my boys to your job?", "Pay up or watch your legs.", "Be careful walking home at night, you never know who's out there."],
      privacy_disclosure: ["I'm posting a screenshot of your debt in your company's group chat.", "We've called your hometown church, soon everyone there will know.", "We'll text everyone in your contacts that you owe us."],
      false_consequence: ["If you don't pay, your kids will never pass a government background check.", "After three days late, every bank card you have gets frozen.", "Skip this month and the police will come and take you away."],
      extra_fee: ["To pause collection, you'll need to pay a rush processing fee first.", "Every day you don't pay we add a fifty dollar collection charge.", "You'll be covering the travel costs of our field visit."],
      new_borrowing: ["Get a cash advance on a credit card and pay us with that.", "Ask your parents for the money and clear this installment.", "I can recommend a lending app, they approve really fast."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会到您单位或者家里去。']],
      [['agent', '逾期记录会按规定上报征信，但不会影响您子女上学。']],
      [['debtor', '你们这些放高利贷的，滚！'], ['agent', '好的，我理解您的情绪，我们稍后再联系。']],
      [['agent', '减免利息不需要支付任何额外费用。']],
      [['agent', '如果您资金困难，可以申请延期，我们不会催您借钱还款。']],
    ],
    en: [
      [['agent', "We won't go to your workplace or your home."]],
      [['agent', "Late payments are reported to credit bureaus, but it won't affect your kids' schooling."]],
      [['debtor', 'You loan sharks, get lost!'], ['agent', "I understand you're upset, we'll reach out another time."]],
      [['agent', "Reducing the interest doesn't require any extra fee."]],
      [['agent', 'If money is tight, you can ask for an extension; we will never ask you to borrow to pay us.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们别再给我打电话了，听见没有。', '好的，那您最晚什么时候能把欠款还上？'],
      ignored_attorney: ['这事我委托律师了，你们去找他。', '跟律师没关系，您自己今天先把钱转过来。'],
      ignored_dispute: ['这笔钱我早就还过了，是你们系统搞错了。', '系统显示未还，您还是得先还款再说。'],
      ignored_hardship: ['我老公出了车祸，家里现在一分钱都没有。', '那您也得想想办法，今天先还一点吧。'],
    },
    en: {
      ignored_stop_request: ['Stop calling me, do you hear me?', "Okay, so what's the latest date you can pay the balance?"],
      ignored_attorney: ["I've retained an attorney for this, go talk to her.", 'This has nothing to do with your lawyer, please send the money yourself today.'],
      ignored_dispute: ['I paid this off a long time ago, your system is wrong.', "Our system shows it unpaid, so you'll need to pay first and sort it out later."],
      ignored_hardship: ['My husband was in a car accident and we have no money at all.', "You'll have to find a way, can you pay a little today?"],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他表哥，他手机在我这充电。'], ['agent', '那你跟他说一声，他的贷款已经逾期两个月了。']],
    en: [['third_party', "I'm his cousin, his phone is charging over here."], ['agent', 'Let him know his loan is two months past due.']],
  },
};
