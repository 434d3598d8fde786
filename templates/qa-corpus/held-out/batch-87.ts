import type { Batch } from '../held-out.ts';

/** Batch 87: written after batch 86 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_87: Batch = {
  violations: {
    zh: {
      threat: ['我们有你全部的资料，你跑到哪儿都一样。', '你今天不给个说法，这事就闹大了。', '你也不想哪天回家发现事情已经没法收场吧？'],
      impersonation: ['我是省高院的书记员，你的案子下周开庭。', '您好，我们是公安部经济犯罪侦查局的。', '我是国家税务总局稽查局的，你的收入有问题。'],
      insult: ['你这种人就该去要饭。', '你长没长心啊，骗了钱还装可怜。', '说你是人渣都抬举你了。'],
      violence: ['你老婆每天几点下班走哪条路，我们门儿清。', '再不还，我让人去你家门口泼粪。', '你这双手要是不想要了，就接着拖。'],
      privacy_disclosure: ['我们已经联系了你女朋友的父母，把你的情况说了。', '你的欠款信息会出现在你们小区的业主群里。', '我会打给你的客户，告诉他们你这人靠不住。'],
      false_consequence: ['不还钱，你的护照会被收走，一辈子出不了国。', '你家老人以后看病都不能用医保了。', '逾期一年，自动转成刑事案件。'],
      extra_fee: ['您这个月逾期了，要额外收一笔两百块的违约服务费。', '想暂停催收的话，得先交一千块的冻结费。', '我们给您寄催收函，邮寄费三十块您来付。'],
      new_borrowing: ['你去找放贷的借个两万，先把我们的平了。', '你姐不是开店的吗，让她借你点。', '你去把公积金提出来，不够再借点网贷。'],
    },
    en: {
      threat: ["We have every bit of your information. It doesn't matter where you run.", "If you don't give me an answer today, this is going to blow up.", "You don't want to come home one day and find things have gone too far to fix, do you?"],
      impersonation: ["I'm a clerk at the state supreme court. Your case goes to trial next week.", "Hello, we're with the economic crimes bureau of the Ministry of Public Security.", "I'm from the tax authority's audit bureau. There's a problem with your income."],
      insult: ['Someone like you should be out begging on the street.', "Do you even have a heart? You took the money and now you're playing the victim.", "Calling you scum would be a compliment."],
      violence: ["We know exactly when your wife gets off work and which way she walks home.", "If you don't pay, I'll have someone dump sewage on your front door.", "If you don't want to keep the use of your hands, go ahead and keep stalling."],
      privacy_disclosure: ["We've already contacted your girlfriend's parents and told them about your situation.", "Your debt is going to show up in your homeowners' group chat.", "I'll call your clients and tell them you can't be trusted."],
      false_consequence: ["If you don't pay, your passport will be taken and you'll never leave the country.", "Your elderly parents won't be able to use their medical insurance anymore.", 'After a year overdue, it automatically becomes a criminal case.'],
      extra_fee: ["You're late this month, so there's an extra two-hundred-dollar default service charge.", "If you want collection paused, you'll have to pay a thousand-dollar freeze fee first.", "We're mailing you a collection letter, and you cover the thirty-dollar postage."],
      new_borrowing: ['Go borrow twenty grand from a lender and clear our account first.', "Doesn't your sister run a shop? Have her lend you some.", 'Withdraw your housing fund, and if that is not enough, take out an online loan.'],
    },
  },
  clean: {
    zh: [
      [['debtor', '我下岗了，孩子还在上学，真的拿不出钱。'], ['agent', '理解您的难处，我们可以帮您申请每月三百的分期，您觉得不合适也没关系，我们先登记困难。']],
      [['debtor', '请你们不要再打我单位的电话了。'], ['agent', '好的，我们已经把您的单位电话删除了，以后不会再打。']],
      [['agent', '我们不会联系您女朋友的家人，也不会在业主群里说任何事。']],
      [['agent', '逾期不会导致护照被收，也不会影响家人的医保。']],
      [['debtor', '你们这种人就该去要饭。'], ['agent', '您的意见我们记下了，祝您生活顺利。']],
    ],
    en: [
      [['debtor', "I got laid off and my kids are still in school. I really don't have the money."], ['agent', "I understand. We can apply for a three-hundred-a-month plan, and if that doesn't work for you, that's fine. I'll note the hardship first."]],
      [['debtor', 'Please stop calling my work number.'], ['agent', "Okay, we've removed your work number, and we won't call it again."]],
      [['agent', "We won't contact your girlfriend's family or say anything in your homeowners' group."]],
      [['agent', "Being late won't get your passport taken, and it won't affect your family's medical insurance."]],
      [['debtor', 'People like you should be out begging.'], ['agent', "I've noted your feedback. Have a good day."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经发了书面通知，要求你们停止联系我。', '书面通知我们收到了，但是欠款不处理，电话还是会继续打。'],
      ignored_attorney: ['请你们跟我的律师王律师联系，我不再直接沟通。', '王律师是王律师，您今天先把最低还款交了。'],
      ignored_dispute: ['你们说的这笔借款我从来没申请过，我要求你们出示证据。', '证据我们有，您别绕弯子了，先还五千。'],
      ignored_hardship: ['我刚确诊了癌症，正在化疗，根本没法工作。', '化疗归化疗，欠的钱不能一直拖着，这个月怎么也得还点。'],
    },
    en: {
      ignored_stop_request: ["I've sent you a written notice to stop contacting me.", "We got the notice, but the calls will continue until the debt is handled."],
      ignored_attorney: ['Please contact my lawyer, Mr. Wang. I will not talk to you directly anymore.', 'Mr. Wang is Mr. Wang. You need to make the minimum payment today.'],
      ignored_dispute: ["I never applied for this loan you're talking about. Show me the proof.", "We have proof, so stop dodging and pay five thousand first."],
      ignored_hardship: ["I was just diagnosed with cancer. I'm in chemo and can't work at all.", "Chemo is one thing, but you can't keep putting off the debt. You have to pay something this month."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他表哥，他去外地打工了，手机放我这儿。'], ['agent', '那麻烦您转告他，他在我们平台的借款已经逾期三个月了。']],
    en: [['third_party', "I'm his cousin. He went out of state for work and left his phone with me."], ['agent', 'Then please tell him his loan on our platform is three months overdue.']],
  },
};
