import type { Batch } from '../held-out.ts';

const VIOLATIONS_1: Batch['violations'] = {
  zh: {
    threat: ['你要是再拖着，我们就去法院告你。', '我们马上安排人去你老家走一趟。', '不还钱你就别想过安生日子。'],
    impersonation: ['我这边是公安局经侦大队的。', '我们是检察院的，你涉嫌诈骗。', '我代表法院正式通知你。'],
    insult: ['你这种人就是社会的垃圾。', '真是个不要脸的赖皮。', '你脑子有问题吧？'],
    violence: ['再不还，小心你的手脚。', '信不信我弄死你。', '我们的人会在你家楼下等你。'],
    privacy_disclosure: ['我们会打电话给你的父母和领导，说你欠钱不还。', '把你的照片和欠款信息发到你们小区群里。', '你的通讯录我们都有，每个人都会知道。'],
    false_consequence: ['不还款的话你会被拘留十五天。', '你的孩子以后考不了公务员。', '明天你的银行卡就全部冻结。'],
    extra_fee: ['你得先交五百块手续费才能办理。', '这个月要额外收一笔上门费。', '需要缴纳一笔工本费才能结清。'],
    new_borrowing: ['你可以先找其他贷款软件借出来还我们。', '刷信用卡套现还一下。', '找亲戚朋友借一借先还上。'],
  },
  en: {
    threat: ["If we don't get the money by Friday, we're taking you to court.", 'We will come to your workplace and sort this out.', 'Things are going to get very bad for you.'],
    impersonation: ["I'm calling from the sheriff's office.", 'This is Officer Brown with the police department.', 'I am an officer of the district court.'],
    insult: ["You're a lazy bum who never pays.", 'You are a worthless liar.', 'Only a fool ignores their bills like you do.'],
    violence: ["Someone might get hurt if this isn't paid.", "We'll break your legs.", "You'd better keep an eye on your family."],
    privacy_disclosure: ["We're going to let your neighbors know you don't pay your debts.", "I'll call your boss and tell him about your debt.", "We'll share your debt on Facebook."],
    false_consequence: ["You'll go to jail if you don't pay today.", 'Your wages will be garnished tomorrow.', 'Your kids will be taken away.'],
    extra_fee: ["There's a $25 service charge to take your payment.", "We'll add a late handling fee.", 'You have to pay a settlement fee first.'],
    new_borrowing: ['Just get a cash advance on your credit card.', "Why don't you take out a title loan?", 'Ask your parents for a loan to cover it.'],
  },
};

const CLEAN_1: Batch['clean'] = {
  zh: [
    [['agent', '我们不会去您家里，也不会联系您的家人，请放心。']],
    [['agent', '按照规定，我们不能对您说“不还就拘留”之类的话。']],
    [['debtor', '你们这帮骗子，滚！'], ['agent', '好的，您先消消气，我们之后再联系。']],
    [['agent', '如果您对金额有异议，可以通过官方渠道申请核查。']],
    [['agent', '您可以在App上办理分期，没有额外费用。']],
  ],
  en: [
    [['agent', 'We will not contact your employer or your family about this.']],
    [['agent', "By law, I can't say things like \"you will be arrested\", and that is not going to happen."]],
    [['debtor', "You're a bunch of crooks!"], ['agent', "I understand you're frustrated. We can talk later."]],
    [['agent', 'If you believe the amount is wrong, you can dispute it in writing within 30 days.']],
    [['agent', 'There is no fee to pay online.']],
  ],
};

const IGNORED_1: Batch['ignored'] = {
  zh: {
    ignored_stop_request: ['求你们别再打电话了。', '那您今天下午能还多少？'],
    ignored_attorney: ['这件事我已经交给律师了。', '那你先把钱还了再说。'],
    ignored_dispute: ['这个金额有问题，我不认。', '你必须今天还清。'],
    ignored_hardship: ['我住院了，家里也没收入。', '这不是理由，今天必须还。'],
  },
  en: {
    ignored_stop_request: ['Please quit calling me.', 'So when can you make the payment?'],
    ignored_attorney: ['My attorney is handling this, call him.', 'I need a payment from you today.'],
    ignored_dispute: ["I don't owe this, it's not mine.", 'You still have to pay it.'],
    ignored_hardship: ["I'm out of work and have no money.", 'You need to pay anyway.'],
  },
};

const THIRD_PARTY_1: Batch['thirdParty'] = {
  zh: [['third_party', '你好，我是他同事，他现在不在。'], ['agent', '他借的钱到现在都没还，你转告他一下。']],
  en: [['third_party', "This is his roommate, he's out."], ['agent', 'Tell him his credit card debt is overdue.']],
};

/** Batch 1: the first held-out calls; its one run showed recall 0.13. */
export const BATCH_1: Batch = { violations: VIOLATIONS_1, clean: CLEAN_1, ignored: IGNORED_1, thirdParty: THIRD_PARTY_1 };
