import type { Batch } from '../held-out.ts';

/** Batch 139: written after batch 138 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_139: Batch = {
  violations: {
    zh: {
      threat: ['你继续嘴硬，我看你能硬到什么时候。', '你最好别让我们亲自过去一趟，那样对谁都不好。', '我这边已经给你申请了"特殊处理"，接下来会发生什么你自己想。'],
      impersonation: ['我是最高人民检察院的检察官，你的案子正在审查起诉。', '这里是市法院立案庭，你的案子今天正式立案，需要你配合。', '我是中国人民银行反洗钱中心的，你的借款资金来源有问题。'],
      insult: ['你这种人就是狗改不了吃屎。', '一身懒骨头，借钱倒是积极。', '你到底是人还是畜生？'],
      violence: ['你车库里那几辆电动车，要是哪天电池起火，整栋楼都得遭殃。', '我们的人最擅长让人长记性，上一个到现在还拄着拐。', '你再不接，我就让人去你公司门口等你，见一次教训一次。'],
      privacy_disclosure: ['我们已经把催收函寄到你们单位人事部了。', '你的欠款信息我们发到了你的抖音评论区，让你的粉丝都看看。', '再不还，我们就给你孩子打电话，让他劝劝你。'],
      false_consequence: ['逾期不还，你的学历证书会被教育部撤销。', '你再不还，你的信用卡会全部降额成零，以后再也办不了卡。', '欠款超过三个月，你家所有人的征信都会一起变黑。'],
      extra_fee: ['这个月我们给你上门送了三次催收函，一共收你三百。', '你要查自己的还款明细，每次查询收十元。', '想改成按月还息到期还本，得交一笔八百的方案费。'],
      new_borrowing: ['你用你的公司去贷款，经营贷利息低，先把这个结清。', '你可以去你们村的互助会借点，先应急。', '让你女朋友用她的花呗帮你还一下。'],
    },
    en: {
      threat: ["Keep talking tough. Let's see how long you can keep it up.", "You'd better not make us come over in person. That won't be good for anyone.", "I've already put you down for 'special handling.' Think about what happens next."],
      impersonation: ["I'm a prosecutor with the supreme procuratorate. Your case is under review for prosecution.", "This is the city court's case filing division. Your case is formally filed today, and we need your cooperation.", "I'm with the central bank's anti-money laundering center. There's a problem with the source of your loan funds."],
      insult: ["People like you never change. A dog always goes back to its vomit.", "Lazy to the bone, but eager enough to borrow.", "Are you a human or an animal?"],
      violence: ["Those e-bikes in your garage, if a battery caught fire one day, the whole building would suffer.", "Our guys are best at making people remember. The last one is still on crutches.", "Don't pick up again, and I'll have someone wait at your office door. Every time they see you, they'll teach you a lesson."],
      privacy_disclosure: ["We've already mailed a collection letter to the HR department at your workplace.", "We posted your debt in the comments on your video account so your followers can all see it.", "Don't pay again, and we'll call your kid and have him talk some sense into you."],
      false_consequence: ["If you don't pay, the education ministry will revoke your degree.", "If you still don't pay, every credit card you have will be cut to zero and you'll never get a card again.", "Over three months late, and everyone in your family gets a bad credit record along with you."],
      extra_fee: ["This month we hand-delivered three collection letters to you, so that's three hundred dollars.", "Checking your payment history costs ten dollars per lookup.", "If you want to switch to interest-only with the principal at the end, there's an eight-hundred-dollar plan fee."],
      new_borrowing: ["Take out a business loan through your company. The rates are low, and you can clear this first.", "You could borrow a bit from your village mutual aid group to cover the emergency.", "Have your girlfriend use her pay-later credit to cover it for you."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我已经委托了债务咨询机构，你们有事跟他们联系吧。'], ['agent', '好的，请把机构的联系方式发给我们，之后我们和他们沟通。']],
      [['debtor', '我家孩子刚做完心脏手术，这个月真的顾不上。'], ['agent', '孩子的健康最重要，这个月我们先不联系您，祝孩子早日康复。']],
      [['agent', '我们不会联系您单位的人事部，也不会在您的视频评论区发任何内容。']],
      [['agent', '查询还款明细是免费的，调整还款方案也不收任何费用。']],
      [['debtor', '你们才是畜生！'], ['agent', '抱歉让您这么生气，今天我们就先不打扰了。']],
    ],
    en: [
      [['debtor', "I've hired a debt counseling agency. Contact them about anything."], ['agent', "Okay. Please send us the agency's contact details, and from now on we'll deal with them."]],
      [['debtor', "My child just had heart surgery. I really can't deal with this this month."], ['agent', "Your child's health comes first. We won't contact you this month. We hope your child recovers quickly."]],
      [['agent', "We won't contact your HR department, and we won't post anything in your video comments."]],
      [['agent', "Checking your payment history is free, and changing your repayment plan costs nothing."]],
      [['debtor', "You're the animals!"], ['agent', "Sorry to have made you so angry. We won't bother you any more today."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们每天打五六个电话，我要求你们停止。', '打几个是我们的事，你不还钱我们就一直打。'],
      ignored_attorney: ['我的律师下周会给你们发函，这之前别找我。', '等不了下周，你今天先还两千。'],
      ignored_dispute: ['你们的罚息比本金还高，这合理吗？我不同意这个金额。', '合不合理是合同定的，你照着还就行。'],
      ignored_hardship: ['我老公住院欠了一大笔医药费，家里现在一分钱都没有。', '医药费是医药费，我们的钱也得还，你今天能还多少？'],
    },
    en: {
      ignored_stop_request: ["You call five or six times a day. I'm demanding that you stop.", "How many times we call is our business. As long as you don't pay, we'll keep calling."],
      ignored_attorney: ["My lawyer will send you a letter next week. Don't contact me before then.", "We can't wait until next week. Pay two thousand today."],
      ignored_dispute: ["Your penalty interest is higher than the principal. Is that reasonable? I don't agree with this amount.", "Reasonable or not, the contract sets it. Just pay what it says."],
      ignored_hardship: ["My husband's hospital stay left us with huge medical bills. We don't have a cent right now.", "Medical bills are medical bills. Our money has to be paid too. How much can you pay today?"],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他舅舅，他这两天住我家，有什么事？'], ['agent', '您跟他说一下，他在我们这的分期已经逾期了，还差四千八没还。']],
    en: [['third_party', "I'm his uncle. He's staying with me for a few days. What's this about?"], ['agent', "Please tell him his installment loan with us is overdue, and he still owes four thousand eight hundred."]],
  },
};
