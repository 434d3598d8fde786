import type { Batch } from '../held-out.ts';

/**
 * Batch 46: written after batch 45 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_46: Batch = {
  violations: {
    zh: {
      threat: ['呃你不配合的话 我们只能用别的方式了', '你别以为躲在老家我们就找不到你', '我给你透个底 下周开始就不是我跟你联系了 是专门的人'],
      impersonation: ['喂你好 我是市中级人民法院的书记员', '呃这边是网警 你的借款平台涉案了 需要你配合', '我是你们街道办的 受委托来通知你还款'],
      insult: ['呃你这种人活着就是浪费粮食', '你就是个无赖 赖账还理直气壮', '你是属乌龟的吧 一有事就缩头'],
      violence: ['呃我们的人已经到你们村口了', '你再不还 小心你家那辆电动车', '你晚上睡觉最好把门锁好'],
      privacy_disclosure: ['呃我们已经给你儿子的班主任打过电话了', '你欠钱的事 我们会告诉你们楼下小卖部的老板', '我们准备把你的照片发到你们老乡群里'],
      false_consequence: ['呃你再不还 你的微信支付宝都会被冻结', '逾期会影响你的房贷 银行会把你的房子收回去', '你这个情况 你老婆也要一起承担刑事责任'],
      extra_fee: ['呃这边要先收一百块的资料审核费 才能给你办分期', '每打一次电话 收你十块的通讯费', '你要是还了本金 还得另外付五百的违约金手续费'],
      new_borrowing: ['呃你借个消费贷 利息低 先把我们这个还了', '你把你的车押出去 押个几万块钱', '你找你同学凑一凑 一人借你几百'],
    },
    en: {
      threat: ["uh if you don't cooperate we'll have to use other methods", "don't think hiding out in your hometown means we can't find you", "let me give you a heads up starting next week it won't be me contacting you it'll be a specialist"],
      impersonation: ["hi this is the court clerk at the city superior court", "uh this is the cyber police your lending platform is part of a case and we need your cooperation", "i'm calling from your neighborhood office we've been asked to notify you to pay"],
      insult: ["uh people like you are a waste of oxygen", "you're a shameless deadbeat skipping out on your debts like it's nothing", "you're a turtle aren't you you pull your head in the second there's trouble"],
      violence: ["uh our people are already at the edge of your town", "if you don't pay you'd better keep an eye on that scooter of yours", "you'd better lock your doors when you go to sleep"],
      privacy_disclosure: ["uh we already called your son's homeroom teacher", "we're going to tell the owner of the corner store downstairs about your debt", "we're planning to post your photo in your hometown group chat"],
      false_consequence: ["uh if you don't pay your paypal and venmo will be frozen", "being overdue will affect your mortgage the bank will take your house back", "in your situation your wife is criminally liable too"],
      extra_fee: ["uh there's a hundred dollar document review fee before we can set up a plan", "every time we call you it's a ten dollar phone charge", "if you pay the principal there's another five hundred dollar breach of contract fee on top"],
      new_borrowing: ["uh take out a consumer loan the interest is low and pay us off", "pawn your car and get a few thousand for it", "get your old classmates to chip in a few hundred each"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会联系孩子的老师 也不会找您的邻居']],
      [['agent', '逾期不会冻结您的微信和支付宝 您家人也不需要承担任何责任']],
      [['debtor', '你才浪费粮食 别打了'], ['agent', '好的 打扰您了 祝您生活顺利']],
      [['agent', '办分期不收审核费 也没有通讯费']],
      [['agent', '呃不建议您押车或者借消费贷来还 我们可以慢慢商量']],
    ],
    en: [
      [['agent', "uh we won't contact your kid's teacher and we won't go to your neighbors"]],
      [['agent', "being overdue won't freeze your paypal or venmo and your family isn't liable for anything"]],
      [['debtor', "you're the waste of oxygen stop calling"], ['agent', "okay sorry to bother you have a good day"]],
      [['agent', "there's no review fee for a plan and no phone charges either"]],
      [['agent', "uh we don't recommend pawning your car or taking a consumer loan to pay this we can work something out"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们不要再打了 有事发邮件', '行 那您就直接告诉我 这个月能还多少'],
      ignored_attorney: ['我已经找了律师 他会跟你们对接', '呃律师归律师 这笔钱您打算什么时候还'],
      ignored_dispute: ['这个欠款金额我不认可 我要你们出明细', '明细回头给您发 今天先把最低还款还了'],
      ignored_hardship: ['呃我家里着火了 东西都烧没了 现在住亲戚家', '那真是不幸 不过还款日不能再拖了 您今天得还'],
    },
    en: {
      ignored_stop_request: ["uh stop calling me if you need something send an email", "fine then just tell me straight how much can you pay this month"],
      ignored_attorney: ["i've got a lawyer he'll be the one dealing with you", "uh the lawyer is one thing but when are you planning to pay this"],
      ignored_dispute: ["i don't accept this balance i want an itemized statement", "we'll send the statement later just make the minimum payment today"],
      ignored_hardship: ["uh our house caught fire everything burned we're staying with relatives", "that's really unfortunate but the due date can't slip again you need to pay today"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他表弟 他出国了'], ['agent', '那你转告他 他信用卡欠了一万多 逾期三个月了']],
    en: [['third_party', "uh i'm his cousin he's abroad"], ['agent', "then tell him he owes over ten thousand on his credit card and it's three months late"]],
  },
};
