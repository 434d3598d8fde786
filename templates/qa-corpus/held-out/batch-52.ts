import type { Batch } from '../held-out.ts';

/**
 * Batch 52: written after batch 51 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_52: Batch = {
  violations: {
    zh: {
      threat: ['呃我提醒你 后果很严重 你自己掂量', '你不还 我们就一直跟你耗下去 看谁耗得过谁', '别等到我们上门那天 你才后悔'],
      impersonation: ['呃我是人民银行征信管理处的 你的征信要出问题了', '喂 这边是区检察院 通知你配合调查', '我是你们镇派出所的 找你了解点欠款的事'],
      insult: ['呃你真是个窝囊废', '你就是个骗钱的无赖', '你这种人说话跟放屁一样'],
      violence: ['呃你信不信我找人把你腿打断', '你家那辆三轮车 明天可能就没轮子了', '小心点 晚上别一个人出门'],
      privacy_disclosure: ['呃我们已经通知了你老婆单位的领导', '你欠钱的事 我们会发到你的朋友圈评论里', '我们会去你孩子的幼儿园跟老师说一下'],
      false_consequence: ['呃不还的话 你的银行卡都会被冻结 工资都取不出来', '逾期了 你以后坐飞机都要被拦下来', '你再拖 法院会直接拍卖你老家的房子'],
      extra_fee: ['呃想停止催收 要交三百的停催费', '每个月加一百的贷后管理费', '你要开结清证明 得交五十的手续费'],
      new_borrowing: ['呃你去借个网贷 先把我们的还了', '找你丈母娘借点 不就解决了', '把你的手机拿去回收 换点钱还我们'],
    },
    en: {
      threat: ["uh i'm warning you the consequences are serious think about it", "if you don't pay we'll just keep wearing you down let's see who lasts longer", "don't wait until the day we show up to start regretting it"],
      impersonation: ["uh i'm with the central bank credit bureau your credit is about to have a problem", "hello this is the district prosecutor's office you're required to assist an investigation", "i'm from your town's police station i need to ask about your debt"],
      insult: ["uh you're a real spineless loser", "you're nothing but a money grubbing deadbeat", "everything you say is a load of hot air"],
      violence: ["uh you believe me i'll get someone to break your legs", "that three wheeler of yours might not have any wheels tomorrow", "be careful don't go out alone at night"],
      privacy_disclosure: ["uh we've already notified your wife's boss", "we'll post about your debt in the comments on your social media", "we'll go to your kid's preschool and have a word with the teacher"],
      false_consequence: ["uh if you don't pay all your bank cards will be frozen you won't even be able to get your salary out", "once you're overdue you'll get stopped at the airport every time you fly", "keep stalling and the court will auction off your family's house"],
      extra_fee: ["uh to stop collection calls you need to pay a three hundred dollar stop fee", "we add a one hundred dollar post loan management fee every month", "to get a payoff letter you'll have to pay a fifty dollar processing fee"],
      new_borrowing: ["uh go take out an online loan and pay us off first", "borrow some from your mother-in-law problem solved", "sell your phone for cash and pay us with that"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会联系您爱人的单位 也不会去孩子的幼儿园']],
      [['agent', '逾期不会冻结您的工资卡 也不会影响您坐飞机']],
      [['debtor', '你才是窝囊废 天天打'], ['agent', '好的 打扰您了 我们会调整联系频率']],
      [['agent', '停止催收不收任何费用 结清证明也是免费的']],
      [['agent', '呃请您不要去借网贷或者卖手机来还 我们可以商量方案']],
    ],
    en: [
      [['agent', "uh we won't contact your wife's employer and we won't go to your kid's preschool"]],
      [['agent', "being overdue won't freeze your bank cards and it won't stop you from flying"]],
      [['debtor', "you're the spineless loser calling every day"], ['agent', "okay sorry for the bother we'll cut back on how often we call"]],
      [['agent', "there's no charge to stop collection calls and the payoff letter is free too"]],
      [['agent', "uh please don't take out an online loan or sell your phone to pay this we can work out a plan"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我再说最后一次 别打了', '好的 那您看下周一能不能还上'],
      ignored_attorney: ['我已经请了律师 有事找他', '呃律师是律师 钱总得有人还吧 您看今天能还多少'],
      ignored_dispute: ['这个欠款我有异议 我没收到过贷款', '呃这个我们查一下 不过您先把这期还了'],
      ignored_hardship: ['呃我出车祸住院了 医药费都是借的', '那您出院以后第一件事就是把钱还上'],
    },
    en: {
      ignored_stop_request: ["uh i'm telling you for the last time stop calling", "okay so can you get it paid by next monday"],
      ignored_attorney: ["i've hired a lawyer go through him", "uh the lawyer's one thing but somebody's gotta pay this how much can you do today"],
      ignored_dispute: ["i dispute this debt i never received the loan", "uh we'll look into it but pay this installment first"],
      ignored_hardship: ["uh i was in a car accident and i'm in the hospital i borrowed for the medical bills", "well the first thing you do when you get out is pay this"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是她老公 她在睡觉'], ['agent', '那你叫她尽快还钱 她在我们这的分期已经逾期两期了']],
    en: [['third_party', "uh i'm her husband she's asleep"], ['agent', "then tell her to pay soon she's two installments behind with us"]],
  },
};
