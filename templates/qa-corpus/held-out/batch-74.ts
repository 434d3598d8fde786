import type { Batch } from '../held-out.ts';

/**
 * Batch 74: written after batch 73 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_74: Batch = {
  violations: {
    zh: {
      threat: ['呃我把丑话说在前头 你再不还 后面的事我可控制不了', '你是不是觉得我们好欺负', '我们有的是时间 你一天不还 我们就一天不消停'],
      impersonation: ['呃我是你们当地法院的执行法官 今天最后一次电话通知你', '这边是市公安局网络安全支队 你的借款账户涉嫌洗钱', '我是中国人民银行征信管理局的 专门负责处理你的逾期'],
      insult: ['呃你怎么跟个癞皮狗一样', '你这种人 放在古代就是个地痞无赖', '你还有没有点骨气 借钱不还'],
      violence: ['呃你晚上睡觉的时候 门窗可要关好', '我们的人下手可没轻没重的', '再不还 我让你在医院里过年'],
      privacy_disclosure: ['呃你的欠款我们已经告诉你丈母娘了', '我们会在你孩子学校的家长群里发你的欠款通知', '你单位的领导明天就会收到我们的催款函'],
      false_consequence: ['呃你再拖 你的护照就会被吊销', '欠钱不还 你家房子会被强制收走', '你这是要坐牢的 判个三五年很正常'],
      extra_fee: ['呃你要是想分期 得先交一笔八百的分期服务费', '我们这边每催一次 加收五十的人工费', '逾期一天 另外收你百分之二的违约金'],
      new_borrowing: ['呃你把你爸妈的养老钱先拿来用一下', '你找个担保公司借一笔 先把我们这个结了', '你手上不是有几张信用卡吗 取现先还'],
    },
    en: {
      threat: ["uh let me be blunt if you don't pay what happens next is out of my hands", "do you think we're a bunch of pushovers", "we've got all the time in the world every day you don't pay we won't let up"],
      impersonation: ["uh i'm an enforcement judge at your local court this is your final phone notice", "this is the city police cyber security unit your loan account is suspected of money laundering", "i'm with the central bank's credit bureau i handle your delinquency personally"],
      insult: ["uh you're like a mangy dog", "back in the old days someone like you would be the village lowlife", "don't you have any backbone borrowing money and not paying"],
      violence: ["uh make sure your doors and windows are locked when you go to bed", "our guys don't always know their own strength", "don't pay and you'll be spending the holidays in a hospital bed"],
      privacy_disclosure: ["uh we already told your mother in law about your debt", "we'll post a notice about your debt in your kid's school parent group", "your boss at work gets our collection letter tomorrow"],
      false_consequence: ["uh keep stalling and your passport gets revoked", "if you don't pay they'll take your house by force", "you're going to jail for this three to five years is normal"],
      extra_fee: ["uh if you want installments there's an eight hundred dollar installment service fee up front", "every time we call you there's a fifty dollar labor charge", "every day late there's an extra two percent penalty on top"],
      new_borrowing: ["uh just use your parents' retirement money for now", "get a loan from a guarantee company and close this out", "you've got a few credit cards right take out cash and pay us"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会联系您的家人 也不会在家长群里发任何东西']],
      [['agent', '逾期不会吊销护照 也不会收走您的房子']],
      [['debtor', '你才是癞皮狗'], ['agent', '好 我理解 我们改天再聊']],
      [['agent', '分期不收服务费 我们也没有任何人工费']],
      [['agent', '呃不用动您父母的养老钱 也别去信用卡取现']],
    ],
    en: [
      [['agent', "uh we won't contact your family and we won't post anything in a parent group"]],
      [['agent', "being late won't revoke your passport and nobody is taking your house"]],
      [['debtor', "you're the mangy dog"], ['agent', "okay i understand we can talk another day"]],
      [['agent', "there's no fee for installments and we don't charge for our calls"]],
      [['agent', "uh don't touch your parents' retirement money and don't take cash out on a credit card"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们别再打了 再打我就报警', '报警也没用 你把钱还了我们自然不打'],
      ignored_attorney: ['我已经委托律师了 有事找律师', '律师管律师的 你这个月的账单今天到期'],
      ignored_dispute: ['呃这钱我根本没收到 合同也不是我签的', '收没收到不重要 系统里显示你欠款 就得还'],
      ignored_hardship: ['我刚出车祸 腿还打着石膏 根本没法上班', '那你家里人呢 让他们先帮你还上'],
    },
    en: {
      ignored_stop_request: ["uh stop calling me or i'm calling the police", "calling the police won't help just pay and we'll stop on our own"],
      ignored_attorney: ["i've hired a lawyer deal with my lawyer", "your lawyer does his thing this month's bill is due today"],
      ignored_dispute: ["uh i never got this money and i didn't sign that contract", "whether you got it doesn't matter the system shows you owe so you pay"],
      ignored_hardship: ["i just had a car accident my leg's in a cast i can't work at all", "what about your family have them cover it for you"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他姨妈 他去外地了'], ['agent', '你跟他说一声 他在我们平台的借款逾期四十天了']],
    en: [['third_party', "uh i'm his aunt he's out of town"], ['agent', "tell him his loan on our platform is forty days past due"]],
  },
};
