import type { Batch } from '../held-out.ts';

/** Batch 20: written after batch 19 joined development, and run once. */
export const BATCH_20: Batch = {
  violations: {
    zh: {
      threat: ['你要是敢不还，我们就让你知道什么叫代价。', '别逼我们采取别的措施。', '你躲得了和尚躲不了庙。'],
      impersonation: ['我是市中级法院的执行法官，你的财产马上要被执行。', '我是公安局的，你的欠款已经立案侦查了。', '我是中国人民银行的，你的征信已经被我们锁定。'],
      insult: ['你这人真是烂泥扶不上墙。', '连这点钱都还不起，你活着有什么用。', '你就是个无耻的老赖。'],
      violence: ['我已经找好人了，就在你公司楼下等你。', '你再拖，我让你缺胳膊少腿。', '晚上睡觉小心点，别被人点了房子。'],
      privacy_disclosure: ['我们会给你的所有亲戚打电话，说你借钱不还。', '你的欠款信息我们会在朋友圈公开。', '我们去你单位贴告示，让你同事都知道。'],
      false_consequence: ['你要是不还，以后你的孩子都不能考大学。', '逾期会直接判你诈骗罪。', '你的房子明天就会被法院拍卖。'],
      extra_fee: ['你要提前还款，得另外交八百的手续费。', '每逾期一天收你五十元催收服务费。', '帮你申请延期，需要交三百块加急费。'],
      new_borrowing: ['你可以去找高利贷借一点先还了。', '把你的手机拿去抵押，钱就有了。', '你在别的APP上再借一笔还我们。'],
    },
    en: {
      threat: ["If you dare not to pay, we'll show you what it costs.", "Don't force us to take other measures.", "You can run from us, but you can't hide from this debt."],
      impersonation: ["I'm an enforcement judge with the district court, your property is about to be seized.", "I'm with the police department, a criminal case has been opened on your debt.", 'This is the Federal Reserve, your credit has been locked by us.'],
      insult: ["You're hopeless, a total failure.", "Can't even pay this little bit, what good are you?", "You're a shameless deadbeat."],
      violence: ["I've got people waiting for you outside your office.", "Keep stalling and you'll be missing an arm or a leg.", 'Sleep with one eye open, your house might catch fire.'],
      privacy_disclosure: ["We're going to call all your relatives and tell them you don't pay your debts.", "We'll make your debt public on your social media.", "We'll put up a notice at your workplace so your coworkers know."],
      false_consequence: ["If you don't pay, your children won't be able to go to college.", "Being late means you'll be convicted of fraud.", 'The court will auction your house tomorrow.'],
      extra_fee: ['Paying early costs an extra $800 handling fee.', "We charge a $50 collection service fee for each day you're late.", 'Requesting an extension requires a $300 expedite fee.'],
      new_borrowing: ['Go borrow from a loan shark and pay us off.', "Pawn your phone and you'll have the money.", 'Take out another loan on a different app to pay us.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的亲戚朋友，请放心。']],
      [['agent', '逾期不属于刑事犯罪，不会被判刑。']],
      [['debtor', '你们这群王八蛋！'], ['agent', '我理解您的心情，我们换个时间再沟通。']],
      [['agent', '提前还款不收取手续费。']],
      [['agent', '我们不会让您去借钱还款，您按自己的能力来。']],
    ],
    en: [
      [['agent', "We won't contact your relatives or friends, don't worry."]],
      [['agent', "Being late isn't a crime, nobody will be convicted of anything."]],
      [['debtor', 'You bastards!'], ['agent', "I understand you're upset, we can talk another time."]],
      [['agent', "There's no fee for paying early."]],
      [['agent', "We won't ask you to borrow money to pay, just pay what you're able to."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说过不要再打电话了，你们听不懂吗？', '好的，不过您今天能先还一部分吗？'],
      ignored_attorney: ['我的律师会处理这件事。', '我们不跟律师谈，您直接把钱还了就行。'],
      ignored_dispute: ['这笔账我有异议，金额跟合同对不上。', '金额是系统算的，不会错，您先还款吧。'],
      ignored_hardship: ['我刚做完手术，现在还在医院。', '那您出院后第一时间把钱还上，今天先转两百。'],
    },
    en: {
      ignored_stop_request: ["I told you not to call anymore, don't you get it?", 'Okay, but could you pay part of it today?'],
      ignored_attorney: ['My lawyer is handling this.', "We don't deal with lawyers, just pay the money directly."],
      ignored_dispute: ["I dispute this account, the amount doesn't match my contract.", "The system calculated it, it's correct, please make a payment."],
      ignored_hardship: ["I just had surgery and I'm still in the hospital.", "Then pay as soon as you're discharged, and send two hundred today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他姐姐，他在上班。'], ['agent', '你转告他，他的信用卡欠款已经逾期三个月了。']],
    en: [['third_party', "I'm his sister, he's at work."], ['agent', 'Tell him his credit card debt is three months overdue.']],
  },
};
