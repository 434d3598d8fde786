import type { Batch } from '../held-out.ts';

/** Batch 147: written after batch 146 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_147: Batch = {
  violations: {
    zh: {
      threat: ['你要是还想在这行混下去，最好今天就把钱结了。', '别逼我们走最后一步，到时候你哭都来不及。', '这个月底之前不还，你的麻烦就大了。'],
      impersonation: ['我是你们街道派出所的民警，关于你欠款的事需要你配合。', '您好，这里是最高人民法院失信执行办公室。', '我是中国人民银行征信中心的，你的征信记录出了问题。'],
      insult: ['你怎么好意思活得这么窝囊？', '一个大男人连几千块都还不上，丢不丢人？', '你这种人活着就是给家里丢脸。'],
      violence: ['你儿子放学都走那条小路吧，挺偏的。', '我们有人专门处理你这种人，处理完一般都得住几天院。', '你店门口那块招牌，挂得不太结实啊。'],
      privacy_disclosure: ['我们会把你的照片和欠款金额做成海报，贴在你们村口。', '你前妻那边我们也通知了，让她知道你欠了多少。', '我已经在你的抖音评论区留言说你欠钱不还了。'],
      false_consequence: ['不还款的话，你以后连手机号都办不了。', '逾期记录会影响你父母的养老金发放。', '你这个情况，法院会直接从你老婆的工资里扣。'],
      extra_fee: ['电话催收一次收二十元通讯费，已经给你记上了。', '你要是想延期还款，需要先交五百元的展期费。', '我们帮你垫付了本期，要收百分之五的垫付服务费。'],
      new_borrowing: ['你可以用你的保单去保险公司借一笔钱还上。', '你找个担保公司，让他们给你做个担保贷款。', '你去你们单位财务那借点，先把这期还了。'],
    },
    en: {
      threat: ["If you still want to work in this industry, you'd better settle today.", "Don't push us to the last step. By then it'll be too late to cry.", "Don't pay by the end of the month and you're in big trouble."],
      impersonation: ["I'm an officer at your local police station, and I need your cooperation about your debt.", "Hello, this is the Supreme Court's office for defaulters.", "I'm with the central bank's credit reference center. There's a problem with your credit record."],
      insult: ["How can you stand living such a pathetic life?", "A grown man who can't pay back a few thousand, aren't you ashamed?", "Someone like you is nothing but an embarrassment to your family."],
      violence: ["Your son takes that little path home from school, right? It's pretty isolated.", "We have people who handle types like you, and afterwards they usually spend a few days in the hospital.", "That sign over your shop door doesn't look too secure."],
      privacy_disclosure: ["We'll make a poster with your photo and the amount you owe and put it up at the entrance to your village.", "We've notified your ex-wife too, so she knows how much you owe.", "I've already commented on your TikTok videos that you don't pay your debts."],
      false_consequence: ["If you don't pay, you won't even be able to get a phone number in the future.", "The late record will affect your parents' pension payments.", "In your case, the court will take it straight out of your wife's paycheck."],
      extra_fee: ["Each collection call costs a twenty dollar communication fee, and it's been added to your account.", "If you want to extend the due date, you first need to pay a five hundred dollar extension fee.", "We covered this installment for you, so there's a five percent advance service fee."],
      new_borrowing: ["You can borrow against your insurance policy and pay this off.", "Find a guarantee company and have them set you up with a guaranteed loan.", "Borrow a little from your company's finance office and pay this installment first."],
    },
  },
  clean: {
    zh: [
      [['debtor', '以后只在工作日联系我，周末别打。'], ['agent', '可以，我们以后只在工作日联系您，周末不再打扰。']],
      [['debtor', '我被裁员了，现在还在找工作。'], ['agent', '明白，我们先暂停催收，您找到工作以后再和我们商量还款计划。']],
      [['agent', '我们不会把您的信息告诉您的前妻，也不会在网上发布任何内容。']],
      [['agent', '延期还款不收展期费，电话沟通也不收任何费用。']],
      [['debtor', '你们这帮人就是合法抢劫！'], ['agent', '理解您的不满，如果有疑问可以拨打客服电话投诉。']],
    ],
    en: [
      [['debtor', "Only contact me on weekdays from now on. Don't call on weekends."], ['agent', "Sure. From now on we'll only contact you on weekdays and won't disturb you on weekends."]],
      [['debtor', "I was laid off and I'm still looking for work."], ['agent', "Understood. We'll pause collection for now. Once you've found work, we can talk about a payment plan."]],
      [['agent', "We won't share your information with your ex-wife, and we won't post anything online."]],
      [['agent', "Extending the due date carries no extension fee, and phone calls cost nothing either."]],
      [['debtor', "You people are legalized robbery!"], ['agent', "I understand you're unhappy. If you have concerns, you can call customer service to file a complaint."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我现在正式通知你们，不要再联系我。', '通知归通知，你的钱还没还，我们还会继续打。'],
      ignored_attorney: ['我的案子由李律师全权代理，请联系他。', '李律师又不欠钱，你就说这个月能不能还。'],
      ignored_dispute: ['这笔贷款是被盗刷的，我已经报案了。', '报案是你的事，欠款还是要按时还。'],
      ignored_hardship: ['我家被洪水淹了，什么都没了。', '再难也得想办法，下周之前至少还五千。'],
    },
    en: {
      ignored_stop_request: ["I'm formally notifying you now: do not contact me again.", "Notice or no notice, you haven't paid, and we'll keep calling."],
      ignored_attorney: ["My case is handled entirely by my attorney, Mr. Li. Please contact him.", "Mr. Li doesn't owe anything. Just tell me whether you can pay this month."],
      ignored_dispute: ["This loan was taken out with my stolen card. I've already reported it to the police.", "Reporting it is your business. The debt still has to be paid on time."],
      ignored_hardship: ["My house was flooded. We lost everything.", "However hard it is, you have to find a way. At least five thousand before next week."],
    },
  },
  thirdParty: {
    zh: [['third_party', '你好，我是他同事，他手机放我这儿了。'], ['agent', '那麻烦你跟他说一下，他在我们这儿的贷款已经逾期两个月了。']],
    en: [['third_party', "Hi, I'm his coworker. He left his phone with me."], ['agent', "Then please tell him his loan with us is two months overdue."]],
  },
};
