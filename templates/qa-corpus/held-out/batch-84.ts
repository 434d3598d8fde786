import type { Batch } from '../held-out.ts';

/**
 * Batch 84: written after batch 83 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_84: Batch = {
  violations: {
    zh: {
      threat: ['呃我话就说到这 你自己掂量着办 出了事别来找我', '你以为我们拿你没辙 那你就试试看', '呃再这么拖 我们就只能上升处理了 到时候你别后悔'],
      impersonation: ['呃我是你户籍所在地派出所的 你的欠款我们要登记', '这里是中国人民银行反洗钱调查组 请配合', '我是法院执行局的法官 现在正式通知你'],
      insult: ['呃你这种人活得真窝囊', '你就是一条赖皮狗', '你是猪吗 这么简单都听不懂'],
      violence: ['呃你儿子几点放学我们都知道 你看着办', '我们有人天天在你单位门口转悠 小心点', '呃再不还 我找几个人给你松松骨'],
      privacy_disclosure: ['呃你的欠款我们已经发到你老家村群里了', '我们打给你前妻了 她说你一直这样', '明天我们把你的情况告诉你们小区物业和居委会'],
      false_consequence: ['呃你再不还 你的微信支付宝都会被封', '欠钱不还 你孩子以后考不了公务员', '你这个金额 够判三年了'],
      extra_fee: ['呃你现在要交两百的加急处理费 才能给你办减免', '每次我们外访 要收你三百的交通费', '你这笔账要转到法务部 先交五百的律师费'],
      new_borrowing: ['呃你借呗花呗都开一下 先还我们', '去找你舅舅借点 他家条件好', '你把你的摩托车卖了 不就够了'],
    },
    en: {
      threat: ["uh i'll leave it at that think it over and if something happens don't come to me", "you think we can't do anything to you go ahead and try", "uh keep dragging it out and we'll have to escalate don't regret it later"],
      impersonation: ["uh i'm with the police station where your household is registered we need to record your debt", "this is the central bank's anti money laundering investigation team please cooperate", "i'm a judge at the court enforcement bureau this is your official notice"],
      insult: ["uh you're living a pathetic life", "you're nothing but a mangy mutt", "are you a pig you can't even get something this simple"],
      violence: ["uh we know what time your son gets out of school think about that", "we've got people hanging around outside your work every day watch out", "uh don't pay and i'll send a few guys to loosen you up"],
      privacy_disclosure: ["uh we already posted your debt in your hometown village group chat", "we called your ex wife she says you've always been like this", "tomorrow we'll tell your building management and the neighborhood committee about you"],
      false_consequence: ["uh if you keep not paying your mobile payment accounts will be shut down", "if you don't pay your kid will never be able to take the civil service exam", "with that amount you're looking at three years in prison"],
      extra_fee: ["uh you need to pay a two hundred dollar rush processing fee before we can reduce anything", "every time we visit you it's a three hundred dollar travel charge", "this account is going to our legal department pay five hundred in attorney fees first"],
      new_borrowing: ["uh open up every pay later app you can and pay us first", "go borrow from your uncle his family's well off", "sell your motorcycle that'll cover it"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会在村群里发您的信息 也不会联系您的前妻']],
      [['agent', '逾期不会封您的微信支付宝 也不会影响孩子考公务员']],
      [['debtor', '你们才活得窝囊'], ['agent', '好的 我们理解 下周再和您联系']],
      [['agent', '办理减免没有加急费 外访也不收交通费']],
      [['agent', '呃您别开借呗花呗来还 也不用卖车 我们可以申请分期']],
    ],
    en: [
      [['agent', "uh we won't post your information in any group and we won't contact your ex wife"]],
      [['agent', "being late won't shut down your payment accounts and it won't affect your kid's civil service exam"]],
      [['debtor', "you're the ones living pathetic lives"], ['agent', "okay we understand we'll be in touch next week"]],
      [['agent', "there's no rush fee for a reduction and no travel charge for visits"]],
      [['agent', "uh please don't open pay later apps to pay us or sell your motorcycle we can apply for installments"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我不想再接你们的电话了 别再联系我', '不接也得处理啊 你说个日子 哪天还'],
      ignored_attorney: ['呃有事请找我律师 我已经全权委托了', '委托归委托 欠款人还是你 今天先还五百'],
      ignored_dispute: ['呃这笔钱我早就还过了 你们重复扣了', '重复不重复系统说了算 系统显示你没还 那就得还'],
      ignored_hardship: ['我老公刚走 家里就剩我和孩子 真的没钱', '节哀 但是钱还是要还的 你看今天能凑多少'],
    },
    en: {
      ignored_stop_request: ["uh i don't want any more calls from you stop contacting me", "you still have to deal with it give me a date when will you pay"],
      ignored_attorney: ["uh take it up with my lawyer i've given him full authority", "that's between you and him you're still the debtor pay five hundred today"],
      ignored_dispute: ["uh i paid this already you charged me twice", "the system decides that and it says you haven't paid so you have to pay"],
      ignored_hardship: ["my husband just passed it's only me and the kids i really have no money", "sorry for your loss but the debt still has to be paid how much can you put together today"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他表妹 他去上班了'], ['agent', '那你跟他说一下 他欠我们的钱到期好几天了 让他赶紧还']],
    en: [['third_party', "uh i'm his cousin he went to work"], ['agent', "then tell him the money he owes us is several days overdue he needs to pay now"]],
  },
};
