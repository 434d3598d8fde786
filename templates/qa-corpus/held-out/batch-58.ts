import type { Batch } from '../held-out.ts';

/**
 * Batch 58: written after batch 57 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_58: Batch = {
  violations: {
    zh: {
      threat: ['呃我劝你识相点 不然后果自负', '你今天不给个说法 明天就有你好看的', '那个 我们这边可不是吃素的'],
      impersonation: ['喂 我是派出所的户籍民警 你的户口有问题', '呃这边是中级人民法院执行局的', '我是人民银行征信中心的工作人员 专门处理你这种'],
      insult: ['呃你就是个骗吃骗喝的混子', '你这人怎么这么没皮没脸', '跟你说话简直拉低我智商'],
      violence: ['呃你信不信我找几个兄弟去你家坐坐', '你出门最好看着点车', '我们的人就在你小区门口蹲着呢'],
      privacy_disclosure: ['呃我们这边会通知你的房东 让他知道你欠钱', '你的欠款信息会发到你们公司的群里', '我已经给你前妻打过电话了 都跟她说了'],
      false_consequence: ['呃你不还 你的手机号就会被运营商停掉', '欠款不还 你爸妈的退休金也要被扣', '你这个逾期会让你老婆也上黑名单'],
      extra_fee: ['呃要我们帮你减免 得先交一笔服务费', '今天不还的话 明天开始每天收五十的催收费', '你要纸质账单 一份三十块'],
      new_borrowing: ['呃你去二手平台把你的手机电脑都卖了', '你爸妈不是有存款吗 让他们拿出来', '你去办张新信用卡 刷出来还我们'],
    },
    en: {
      threat: ["uh i'd advise you to wise up or live with the consequences", "if you don't give me an answer today you'll be sorry tomorrow", "um we're not the kind of people you want to mess with"],
      impersonation: ["hello this is officer reyes with the police records unit there's a problem with your file", "uh this is the superior court enforcement division", "i'm with the federal reserve's credit office we handle people like you"],
      insult: ["uh you're just a freeloading bum", "how can a person have no shame at all", "talking to you actually lowers my iq"],
      violence: ["uh believe me i can send a few of the boys over to your place for a chat", "better watch out for cars when you leave the house", "our guys are sitting right outside your building"],
      privacy_disclosure: ["uh we'll let your landlord know you owe money", "your debt details are going out in your company group chat", "i already called your ex-wife and told her everything"],
      false_consequence: ["uh if you don't pay the phone company will cut off your number", "if this isn't paid your parents' pensions will get garnished too", "this delinquency will put your wife on the blacklist too"],
      extra_fee: ["uh if you want us to reduce it you've got to pay a service fee first", "if you don't pay today there's a fifty dollar collection charge every day starting tomorrow", "paper statements cost thirty dollars each"],
      new_borrowing: ["uh sell your phone and laptop on craigslist", "your parents have savings right get them to pull it out", "go open a new credit card and charge it to pay us"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会通知您的房东 也不会联系您的前妻']],
      [['agent', '您的手机号和家人的退休金都不会受这笔欠款影响']],
      [['debtor', '你才没皮没脸'], ['agent', '好的 那我们改天再联系您']],
      [['agent', '申请减免和纸质账单都是免费的 不收任何费用']],
      [['agent', '呃您千万别办新卡套现来还 我们可以商量分期']],
    ],
    en: [
      [['agent', "uh we won't contact your landlord and we won't call your ex-wife"]],
      [['agent', "this debt won't affect your phone number or your parents' pensions"]],
      [['debtor', "you're the one with no shame"], ['agent', "okay we'll get back to you another day"]],
      [['agent', "there's no fee for a reduction request or for paper statements"]],
      [['agent', "uh please don't open a new card to pay this we can talk about a plan"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我说了多少次了 不要再打了', '那您就给个还款时间 我们就不打了'],
      ignored_attorney: ['你找我的代理律师 我不跟你们谈', '律师那边我们会联系 但您这边今天得先还点'],
      ignored_dispute: ['这笔钱不是我借的 我已经报案了', '报案归报案 这个月的钱您还是先还上吧'],
      ignored_hardship: ['呃我老公刚走 家里就我一个人带俩孩子', '那您也得想想办法 这周先还五百'],
    },
    en: {
      ignored_stop_request: ["uh how many times do i have to say it stop calling me", "then just give us a payment date and we'll stop calling"],
      ignored_attorney: ["talk to my attorney i'm not dealing with you people", "we'll contact your attorney but you need to pay something today"],
      ignored_dispute: ["i didn't borrow this money and i've filed a police report", "the police report is separate you still need to pay this month's amount"],
      ignored_hardship: ["uh my husband just died and i'm raising two kids alone", "you still have to figure something out pay five hundred this week"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他同事 他手机落办公室了'], ['agent', '那你跟他说一声 他网贷逾期好几个月了 赶紧还']],
    en: [['third_party', "uh i'm his coworker he left his phone at the office"], ['agent', "then tell him his online loan is months overdue and he needs to pay up"]],
  },
};
