import type { Batch } from '../held-out.ts';

/**
 * Batch 66: written after batch 65 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_66: Batch = {
  violations: {
    zh: {
      threat: ['呃你现在不还 以后想还都没机会了 后果很严重', '我们这边已经没耐心了 你好自为之吧', '你看着吧 这事不会就这么算了'],
      impersonation: ['呃喂 我是县检察院的 你这个情况已经涉嫌犯罪了', '这里是公安局经侦大队 请你明天来配合调查', '我是法院派来送达的 你在家等着'],
      insult: ['呃你这个人就是没脸没皮', '你一个大男人 连这点钱都还不起 丢不丢人', '你脑子是不是有坑'],
      violence: ['呃你再不还 我们兄弟去你家坐坐 你懂的', '小心你家玻璃 哪天碎了别怪我', '你孩子在哪个学校我们清楚得很'],
      privacy_disclosure: ['呃我们会给你通讯录里每个人都发短信', '你欠钱的事 你们村支书已经知道了', '我们打算把你的情况告诉你丈人'],
      false_consequence: ['呃不还钱 你这辈子都坐不了高铁', '你这个已经算诈骗了 要坐牢的', '逾期三个月 法院会直接拍卖你的车'],
      extra_fee: ['呃你今天不还 明天开始每天加一百的罚息 公司规定的', '我们上门一次 路费你来出 三百', '你要开证明 先交一百块钱'],
      new_borrowing: ['呃你去借个网贷 先把我们这个平了', '让你爸妈把房子抵押一下 不就有钱了', '你把你手机卖了 先还一点'],
    },
    en: {
      threat: ["uh if you don't pay now you won't get another chance the consequences are serious", "we've run out of patience over here you'd better watch yourself", "you'll see this isn't going to just blow over"],
      impersonation: ["uh hello i'm with the county prosecutor's office your situation already counts as a crime", "this is the police economic crimes squad please come in tomorrow to assist the investigation", "i've been sent by the court to serve you papers stay home and wait"],
      insult: ["uh you have no shame whatsoever", "a grown man who can't even pay back this little are you not embarrassed", "do you have a hole in your head"],
      violence: ["uh if you don't pay our guys will drop by your place you know what i mean", "watch your windows if they get smashed one day don't blame me", "we know exactly which school your kid goes to"],
      privacy_disclosure: ["uh we'll text everyone in your contact list", "your village party secretary already knows about your debt", "we're planning to tell your father-in-law about your situation"],
      false_consequence: ["uh if you don't pay you'll never ride a train again in your life", "this already counts as fraud you'll go to jail", "three months late and the court will auction off your car"],
      extra_fee: ["uh if you don't pay today starting tomorrow there's a hundred dollar penalty each day it's company policy", "every time we come out you cover the travel three hundred dollars", "if you want a certificate pay a hundred dollars first"],
      new_borrowing: ["uh go take out an online loan and clear ours first", "have your parents mortgage their house and there's your money", "sell your phone and pay a little first"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会给您通讯录里的人发短信 也不会联系村里']],
      [['agent', '逾期不算诈骗 也不会影响您坐高铁']],
      [['debtor', '你才没脸没皮'], ['agent', '好的 那我们下次再联系您']],
      [['agent', '开证明是免费的 我们也不收路费']],
      [['agent', '呃千万别去借网贷 也别让父母抵押房子 我们可以申请分期']],
    ],
    en: [
      [['agent', "uh we won't text anyone in your contacts and we won't contact your village"]],
      [['agent', "being late isn't fraud and it won't stop you taking the train"]],
      [['debtor', "you're the shameless one here"], ['agent', "okay we'll reach out next time"]],
      [['agent', "certificates are free and we don't charge travel costs"]],
      [['agent', "uh please don't take an online loan or have your parents mortgage their house we can set up installments"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我跟你说最后一次 不要再打了', '不打也行 你把日子定下来'],
      ignored_attorney: ['呃我的事我律师全权负责 你别找我', '律师是律师 钱还得你自己还 今天能还多少'],
      ignored_dispute: ['这个借款合同有问题 我要先核实', '核实不影响还款 你今天先还这期'],
      ignored_hardship: ['呃我老婆刚做完手术 家里一分钱都没了', '那你也得想办法 明天之前至少还三百'],
    },
    en: {
      ignored_stop_request: ["uh i'm telling you one last time stop calling", "we can stop if you set a date"],
      ignored_attorney: ["uh my lawyer handles everything for me don't come to me", "the lawyer is the lawyer you still have to pay yourself how much can you do today"],
      ignored_dispute: ["there's something wrong with this loan contract i need to verify it first", "verifying doesn't affect payment pay this installment today"],
      ignored_hardship: ["uh my wife just had surgery we don't have a cent left", "you still have to figure something out pay at least three hundred before tomorrow"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他前妻 我们早离了'], ['agent', '那你帮忙联系一下他 他欠我们的钱一直没还']],
    en: [['third_party', "uh i'm his ex-wife we split up a long time ago"], ['agent', "then could you help get in touch with him he still hasn't paid back what he owes us"]],
  },
};
