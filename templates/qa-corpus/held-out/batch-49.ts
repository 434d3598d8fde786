import type { Batch } from '../held-out.ts';

/** Batch 49: written after batch 48 joined development, and run once. */
export const BATCH_49: Batch = {
  violations: {
    zh: {
      threat: ['这件事你要是不当回事，那我们也不会跟你客气。', '你可以继续不接电话，我们有别的渠道找到你。', '等事情到了那一步，你哭都来不及。'],
      impersonation: ['我是最高检派驻的工作人员，专门处理你这类案件。', '这边是国家反诈中心，你的账户已被标记。', '您好，我是您所在辖区的社区民警。'],
      insult: ['你这辈子也就这点出息了。', '你简直就是个废物点心。', '像你这种言而无信的小人，我见多了。'],
      violence: ['我们有兄弟就住你家附近，随时可以过去坐坐。', '你的车停在哪儿我们都清楚，小心轮胎。', '再躲，等我们找到你，有你好受的。'],
      privacy_disclosure: ['我们联系了你的前同事，他们都说你人品不行。', '你的欠款信息已经同步给你们小区物业了。', '我们准备给你的每个微信联系人发一条催款短信。'],
      false_consequence: ['不还钱的话，你的孩子以后不能上重点大学。', '逾期会导致你的手机号被列入黑名单，以后打不出电话。', '你现在不还，以后连火车票都买不了，高铁飞机全部限制。'],
      extra_fee: ['你要办理延期，得先交三百的延期申请费。', '每次协商都要收五十元的沟通服务费。', '我们上门一次，你要承担四百块的交通食宿费。'],
      new_borrowing: ['你去你们公司借点钱周转一下。', '你试试别的平台，新用户都能借到。', '让你家里人去办个信用贷，帮你还上。'],
    },
    en: {
      threat: ["If you don't take this seriously, we won't go easy on you either.", "Keep not answering, we have other channels to find you.", "When it gets to that point, it'll be too late to cry."],
      impersonation: ["I'm a staff member dispatched by the prosecutor's office, handling cases like yours.", "This is the National Anti-Fraud Center, your account has been flagged.", "Hello, I'm the community police officer for your area."],
      insult: ["This is as far as you'll ever get in life.", "You're a total good-for-nothing.", "I've seen plenty of spineless liars like you."],
      violence: ["We've got guys living near your place, they can drop by anytime.", "We know where you park your car, watch your tires.", "Keep hiding, and when we find you, you'll have it coming."],
      privacy_disclosure: ["We reached out to your former coworkers, and they all say you're a bad person.", "Your debt information has been shared with your building's property management.", "We're going to text every one of your contacts about your debt."],
      false_consequence: ["If you don't pay, your kids will never get into a top university.", "Being overdue will get your phone number blacklisted, you won't be able to make calls.", "If you don't pay now, you won't even be able to buy a train ticket, trains and planes will be off limits."],
      extra_fee: ["To get an extension, you first need to pay a three hundred dollar extension application fee.", "Each negotiation comes with a fifty dollar communication service fee.", "Every home visit, you'll be covering four hundred dollars in travel and lodging."],
      new_borrowing: ["Borrow some money from your company to get by.", "Try another lending app, new users can always get approved.", "Have your family take out a personal loan to pay us."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的同事或者小区物业。']],
      [['agent', '逾期不会影响孩子上大学，也不会限制您买火车票。']],
      [['debtor', '你才是废物！'], ['agent', '好的，我理解您现在的心情，改天再联系您。']],
      [['agent', '申请延期和协商都是免费的，没有任何服务费。']],
      [['agent', '不建议您去别的平台借钱来还这笔款。']],
    ],
    en: [
      [['agent', "We won't contact your coworkers or your property management."]],
      [['agent', "Being overdue won't affect your kids' college admissions or stop you from buying train tickets."]],
      [['debtor', "You're the good-for-nothing!"], ['agent', "Okay, I understand how you feel, we'll reach out another day."]],
      [['agent', "Extensions and negotiations are free, there's no service fee of any kind."]],
      [['agent', "We don't advise borrowing from another lending app to pay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['从今天起，请不要再打这个电话。', '好的，那我最后问一下，您这周能还多少？'],
      ignored_attorney: ['我已经委托了律师，请你们跟律师对接。', '知道了，那您看今天能先还一部分吗？'],
      ignored_dispute: ['我对这个金额有异议，已经向银行提出复核。', '复核的事我们不管，您先把钱还上。'],
      ignored_hardship: ['我丈夫出车祸瘫痪了，我一个人养三个孩子。', '那您更得抓紧还了，不然利息越滚越多。'],
    },
    en: {
      ignored_stop_request: ["Starting today, please don't call this number anymore.", "Alright, just one last question, how much can you pay this week?"],
      ignored_attorney: ["I've retained an attorney, please deal with my attorney.", "Got it, so could you pay part of it today?"],
      ignored_dispute: ["I dispute this amount, I've asked the bank to review it.", "The review isn't our concern, just pay the money first."],
      ignored_hardship: ["My husband was paralyzed in a car accident and I'm raising three kids alone.", "Then you'd better hurry up and pay, or the interest will keep piling up."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他表哥，他在外地。'], ['agent', '那麻烦你跟他说一声，他的贷款已经逾期了，让他尽快还款。']],
    en: [['third_party', "I'm his cousin, he's out of town."], ['agent', "Then please tell him his loan is past due and he needs to pay as soon as possible."]],
  },
};
