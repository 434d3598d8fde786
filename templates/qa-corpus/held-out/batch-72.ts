import type { Batch } from '../held-out.ts';

/**
 * Batch 72: written after batch 71 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_72: Batch = {
  violations: {
    zh: {
      threat: ['呃你这样耍赖 我们有的是办法治你', '这事你要是不当回事 到时候可别后悔', '你以为躲到外地就安全了 天真'],
      impersonation: ['呃我这边是公安局经济犯罪侦查大队的 你这笔欠款涉嫌诈骗', '我是省高院执行局的 你名下财产马上要查封', '这里是人民银行反洗钱中心 你的账户被监控了'],
      insult: ['呃你这个人怎么这么没皮没脸', '你就是个寄生虫 只会白拿钱', '你这种人爹妈白养了'],
      violence: ['呃你晚上回家走小路的时候注意点', '我们的人已经到你楼下了 你自己下来', '再不还钱 给你放点血'],
      privacy_disclosure: ['呃你的照片我们做成了催款海报 明天贴到你们厂门口', '我们已经给你岳父岳母打过电话 说了你欠款不还', '你那些微信好友 我们一个一个私信告诉他们'],
      false_consequence: ['呃你再不还 你的身份证就作废了', '欠款不还的话 你家的水电都会被停掉', '你这种情况 银行会把你所有的卡都注销'],
      extra_fee: ['呃你得先交五百的保证金 我们才能帮你停催', '每次给你打电话 都要收二十块的通讯费', '你要开结清证明 收三百块工本费'],
      new_borrowing: ['呃你去找小额贷款公司借点 把这期先补上', '你把你老婆的金首饰拿去当了 不就有钱了', '借你朋友的信用卡刷一下 先还我们'],
    },
    en: {
      threat: ["uh you keep weaseling out of this we've got plenty of ways to deal with you", "if you don't take this seriously don't come crying to us later", "don't think we can't get to you"],
      impersonation: ["uh this is the police financial crimes unit your debt is being looked at as fraud", "i'm with the state high court enforcement bureau your property is about to be seized", "this is the central bank's anti money laundering center your account is being monitored"],
      insult: ["uh how can a person be so shameless", "you're a parasite all you do is take money", "your parents wasted their time raising you"],
      violence: ["uh be careful when you take the back alley home at night", "our people are already downstairs come down yourself", "don't pay and we'll let a little blood out of you"],
      privacy_disclosure: ["uh we made a wanted poster with your photo it goes up at your factory gate tomorrow", "we already called your in-laws and told them you won't pay your debt", "we're gonna message every one of your wechat friends one by one and tell them"],
      false_consequence: ["uh keep not paying and your id card gets cancelled", "if you don't pay the utility company cuts off your gas too", "in your situation the bank will close every card you have"],
      extra_fee: ["uh you have to put down a five hundred dollar deposit before we stop the calls", "every call we make to you costs a twenty dollar phone fee", "if you want a payoff letter that's a three hundred dollar processing fee"],
      new_borrowing: ["uh go to a small loan company and borrow enough to cover this installment", "sell off your wife's gold bracelets and you'll have plenty", "borrow your friend's credit card and swipe it to pay us first"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会联系您的岳父岳母 也不会给您的微信好友发任何消息']],
      [['agent', '欠款不会导致身份证作废 水电也不会因为这个停']],
      [['debtor', '寄生虫说的是你们自己'], ['agent', '好的 您先消消气 我们换个时间再聊']],
      [['agent', '停催不需要交保证金 开结清证明也是免费的']],
      [['agent', '呃千万别去借小额贷款 也别当东西 我们一起想办法']],
    ],
    en: [
      [['agent', "uh we won't contact your in-laws and we won't message any of your friends"]],
      [['agent', "the debt won't cancel your id card and it won't get your water or power shut off"]],
      [['debtor', "you people are the real parasites"], ['agent', "okay take a breath we can talk another time"]],
      [['agent', "there's no deposit to stop the calls and the payoff letter is free"]],
      [['agent', "uh please don't borrow from a small loan company or pawn anything let's figure this out together"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我再说最后一遍 别打这个电话了', '那你给个准话 哪天还 我们就不打了'],
      ignored_attorney: ['呃我的事都交给律师了 请你们直接找律师', '律师那边我们不管 你今天先转一千过来'],
      ignored_dispute: ['这个借款合同不是我签的 签名是假的', '签名真假你去跟法院说 我们这边只看欠款 赶紧还'],
      ignored_hardship: ['呃我老婆刚生孩子 我又失业了 家里揭不开锅', '困难谁都有 这个月你必须得还上'],
    },
    en: {
      ignored_stop_request: ["uh i'm saying it one last time stop calling this number", "then give me a straight answer on the date and we'll stop calling"],
      ignored_attorney: ["uh my lawyer's handling everything please go directly to my lawyer", "we don't care about your lawyer send a thousand today"],
      ignored_dispute: ["i didn't sign this loan contract the signature is forged", "tell the court about the signature we only care about what's owed pay it now"],
      ignored_hardship: ["uh my wife just had a baby and i lost my job we can barely eat", "everybody has problems you have to make this month's payment"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他岳母 他不在'], ['agent', '那你让他赶紧把欠我们的三万块钱还了']],
    en: [['third_party', "uh i'm his mother in law he isn't here"], ['agent', "then tell him to hurry up and pay back the thirty thousand he owes us"]],
  },
};
