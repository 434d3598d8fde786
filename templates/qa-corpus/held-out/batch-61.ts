import type { Batch } from '../held-out.ts';

/** Batch 61: written after batch 60 joined development, and run once. */
export const BATCH_61: Batch = {
  violations: {
    zh: {
      threat: ['你要是不识抬举，我们也有我们的规矩。', '今天不把钱凑齐，后面发生什么我可不敢保证。', '你不怕丢人，那我们就陪你玩到底。'],
      impersonation: ['我是市公安局经济犯罪侦查支队的民警。', '您好，我是法院的书记员，来核实您的财产情况。', '我们是网信办的，你的网络借贷行为被监测到了。'],
      insult: ['你活得跟条狗一样，还有脸欠钱？', '你这个废柴，连几千块都还不上。', '你是不是小学没毕业，数都不会算？'],
      violence: ['你再躲，我们就去你老家把你爸妈的房子点了。', '别让我在街上碰到你，不然有你受的。', '我们有人专门处理你这种人，手脚不会留情。'],
      privacy_disclosure: ['我们会把你的通讯录挨个打一遍，让大家都知道。', '你的欠款我们已经登到本地论坛上了。', '下周我们会给你的客户打电话，说你欠钱不还。'],
      false_consequence: ['你不还，法院马上就把你列为诈骗犯。', '逾期的人连高铁票都买不了，一辈子都不行。', '欠款不还会影响你家人的工作，他们都会被辞退。'],
      extra_fee: ['要我们帮你跟公司申请减免，得先付五百的代办费。', '你今天不还，额外收取三百元上门费。', '我们这边的协商服务是收费的，一次两百。'],
      new_borrowing: ['你可以先去典当行把金首饰当了。', '找你同事每人借一点，很快就凑够了。', '你去申请个信用贷款，批下来先还我们。'],
    },
    en: {
      threat: ["If you don't know what's good for you, we have our own ways of doing things.", "If the money isn't together today, I can't promise what happens next.", "If you're not afraid of being embarrassed, we'll play this out to the end with you."],
      impersonation: ["I'm an officer with the city police economic crimes division.", "Hello, I'm a court clerk calling to verify your assets.", "We're with the state cyber office, your online borrowing has been flagged."],
      insult: ["You live like a dog and you still have the nerve to owe money?", "You useless loser, you can't even pay back a few thousand.", "Did you even finish elementary school? You can't do basic math?"],
      violence: ["Keep hiding and we'll go to your hometown and set your parents' house on fire.", "Don't let me run into you on the street, or you'll get what's coming.", "We have people who specialize in your type, and they don't go easy on arms and legs."],
      privacy_disclosure: ["We'll call everyone in your contact list one by one so they all know.", "We've already posted your debt on the local forum.", "Next week we'll call your clients and tell them you don't pay your debts."],
      false_consequence: ["If you don't pay, the court will list you as a fraudster right away.", "People who are overdue can never buy a train ticket again, for life.", "Not paying will affect your family's jobs, they'll all be fired."],
      extra_fee: ["If you want us to ask the company for a reduction, you have to pay a five hundred dollar agency fee first.", "If you don't pay today, there's an extra three hundred dollar home visit fee.", "Our negotiation service costs money, two hundred per session."],
      new_borrowing: ["You could pawn your gold jewelry at a pawnshop first.", "Borrow a little from each of your coworkers and you'll have it in no time.", "Apply for a personal loan and pay us first once it's approved."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您通讯录里的任何人，也不会给您的客户打电话。']],
      [['agent', '逾期不会让您被列为诈骗犯，也不影响家人的工作。']],
      [['debtor', '你才是废柴！'], ['agent', '我理解您现在很生气，我们晚点再联系。']],
      [['agent', '协商和申请减免都是免费的，我们也不收上门费。']],
      [['agent', '不要把首饰当掉或者找同事借钱，我们可以帮您申请分期。']],
    ],
    en: [
      [['agent', "We won't contact anyone in your contact list, and we won't call your clients."]],
      [['agent', "Being overdue won't get you listed as a fraudster, and it won't affect your family's jobs."]],
      [['debtor', "You're the loser!"], ['agent', "I understand you're angry, we'll reach out later."]],
      [['agent', "Negotiating and applying for a reduction are free, and we don't charge visit fees."]],
      [['agent', "Don't pawn your jewelry or borrow from coworkers; we can help you apply for an installment plan."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['请你们不要再打这个号码，我已经说得很清楚了。', '我们打电话也是工作，您给个还款日期就行。'],
      ignored_attorney: ['我的律师会处理所有债务问题，你们联系他吧。', '律师处理归律师处理，您今天先还三百吧。'],
      ignored_dispute: ['我根本没签过这个合同，这笔钱我不认。', '系统里有您的记录，您先还款再说。'],
      ignored_hardship: ['我刚被公司裁员，房贷车贷都还不上了。', '大家都不容易，您这个月至少还一期吧。'],
    },
    en: {
      ignored_stop_request: ["Please don't call this number anymore, I've made myself very clear.", "Calling is our job too, just give us a payment date."],
      ignored_attorney: ["My lawyer handles all my debt matters, contact him.", "Your lawyer can handle what he handles, but please pay three hundred today."],
      ignored_dispute: ["I never signed this contract, I don't accept this debt.", "Our system has your records, please pay first and we'll talk after."],
      ignored_hardship: ["I just got laid off and I can't even cover my mortgage and car loan.", "It's hard for everyone, you need to pay at least one installment this month."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他的合租室友，他回老家了。'], ['agent', '那麻烦转告他，他的分期已经逾期两期了。']],
    en: [['third_party', "I'm his roommate, he went back to his hometown."], ['agent', "Then please tell him his installment plan is two payments overdue."]],
  },
};
