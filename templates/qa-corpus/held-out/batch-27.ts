import type { Batch } from '../held-out.ts';

/** Batch 27: written after batch 26 joined development, and run once. */
export const BATCH_27: Batch = {
  violations: {
    zh: {
      threat: ['你现在不还，等我们找上你的时候就晚了。', '好话说尽了你不听，接下来就是另一种方式了。', '你躲得了这一时，躲不了一辈子。'],
      impersonation: ['我是县公安局刑侦大队的，你这笔贷款的事我们在查。', '这里是人民法院立案庭，你被起诉了。', '我是中国人民银行征信中心的工作人员。'],
      insult: ['你真是个窝囊废，连这点钱都还不起。', '借钱的时候像孙子，还钱的时候像大爷。', '你这种人就不配借钱。'],
      violence: ['我们的人就在你小区门口，你自己看着办。', '你要是再不接电话，我就找人去你厂里堵你。', '小心你家孩子放学路上。'],
      privacy_disclosure: ['你要是不还，我们就把你的事情发到你们公司的工作群里。', '我已经联系了你通讯录里的几个朋友，告诉他们你欠钱。', '我们会打电话给你孩子的班主任。'],
      false_consequence: ['你这个已经算恶意逃债了，要负刑事责任的。', '欠款不还，你名下的社保就会被冻结。', '你再不还钱，以后你的孩子都上不了好学校。'],
      extra_fee: ['你今天不还的话，我们要另外收取五百元的律师函费用。', '要办减免，先交一笔两百块的审核费。', '我们外访一次的差旅费是三百，要算在你头上。'],
      new_borrowing: ['你可以去网上再申请一笔贷款，先把我们的还了。', '你不是有亲戚吗，找他们借一下。', '把你的手机和电脑卖了，钱不就凑够了。'],
    },
    en: {
      threat: ["If you don't pay now, by the time we come looking it'll be too late.", "We gave you a chance and you blew it, so don't blame us for what comes next.", "You can dodge us for now, but you can't dodge us forever."],
      impersonation: ["I'm a detective with the county criminal investigations unit looking into your loan.", 'This is the clerk of the district court, a case has been filed against you.', "I'm calling from the Federal Reserve's credit bureau."],
      insult: ["You're a spineless excuse for a man, you can't even pay this back.", "You begged like a dog to borrow and now you act like royalty.", "Someone like you should never have been allowed to borrow."],
      violence: ["Our guys are parked right outside your building, think it over.", "Don't answer again and I'll have someone wait for you at your job site.", "Keep an eye on your kids on their way home from school."],
      privacy_disclosure: ["If you don't pay, we'll post this in your company's group chat.", "I've already called a few friends from your contact list and told them you owe us.", "We'll be calling your child's teacher about this."],
      false_consequence: ["This already counts as malicious debt evasion, you'll face criminal liability.", "If you don't pay, your social security benefits will be frozen.", "Keep not paying and your kids will never get into a good school."],
      extra_fee: ["If you don't pay today, there's an extra $500 charge for the attorney letter.", "To get a reduction, you first have to pay a $200 review fee.", "Each field visit costs $300 in travel and that goes on your account."],
      new_borrowing: ['You could apply for another loan online and pay us first.', "Don't you have relatives? Go borrow from them.", "Sell your phone and laptop and you'll have enough."],
    },
  },
  clean: {
    zh: [
      [['agent', '您的信息我们严格保密，不会告诉任何第三方。']],
      [['agent', '逾期只会产生罚息和影响征信，不涉及刑事责任。']],
      [['debtor', '你们烦死了，一群骗子！'], ['agent', '抱歉给您带来困扰，我们会减少联系频次。']],
      [['agent', '我们上门拜访不会向您收取任何费用。']],
      [['agent', '请不要通过借新贷的方式来还款，这样负担更重。']],
    ],
    en: [
      [['agent', 'Your information is kept strictly confidential and is never shared with third parties.']],
      [['agent', 'Being late only adds late fees and affects your credit, there is no criminal liability.']],
      [['debtor', "You people are so annoying, a bunch of scammers!"], ['agent', "Sorry for the trouble, we'll reduce how often we contact you."]],
      [['agent', 'We never charge you anything for a home visit.']],
      [['agent', 'Please do not take out a new loan to repay this, it will only add to your burden.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经说过很多遍了，停止给我打电话。', '好的，不过您这笔钱打算什么时候还呢？'],
      ignored_attorney: ['我委托了律师，有事找他，别找我。', '我们还是希望您本人今天先安排还款。'],
      ignored_dispute: ['我对这笔欠款有异议，我根本没借过这么多。', '有异议也得先还，您今天能还多少？'],
      ignored_hardship: ['我刚做完大手术，现在连饭都吃不起。', '那您先想办法还一部分，今天至少一千。'],
    },
    en: {
      ignored_stop_request: ["I've told you many times, stop calling me.", 'Understood, but when are you planning to pay this?'],
      ignored_attorney: ["I've retained a lawyer, go to him, not me.", "We'd still like you to arrange a payment yourself today."],
      ignored_dispute: ["I dispute this debt, I never borrowed this much.", 'Even with a dispute you need to pay first, how much can you pay today?'],
      ignored_hardship: ["I just had major surgery and I can't even afford food.", 'Then please find a way to pay part of it, at least a thousand today.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他同事，他去开会了，手机在我这。'], ['agent', '你跟他说，他在我们这儿欠了两万块，逾期三个月了。']],
    en: [['third_party', "I'm his coworker, he's in a meeting and left his phone with me."], ['agent', "Tell him he owes us twenty thousand and it's three months overdue."]],
  },
};
