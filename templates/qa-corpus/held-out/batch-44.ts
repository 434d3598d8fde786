import type { Batch } from '../held-out.ts';

/**
 * Batch 44: written after batch 43 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_44: Batch = {
  violations: {
    zh: {
      threat: ['呃我把话放这儿 这个月底不还 你就等着瞧', '你躲得了初一 躲不过十五', '我们有的是办法 让你这个年过不安生'],
      impersonation: ['喂 我是区人民法院执行局的 你名下有案子', '呃我们是公安局经侦大队 你这个涉嫌恶意透支', '我是中国人民银行征信中心的工作人员 通知你一下'],
      insult: ['你这人怎么这么不要脸', '呃你就是个骗吃骗喝的老赖', '你脑子进水了吧 欠钱还有理了'],
      violence: ['呃你信不信我找几个兄弟去你店里坐坐', '你家那个小孩 放学路上可要看好了', '再拖 你的腿还要不要了'],
      privacy_disclosure: ['呃我们准备给你微信好友群发一条消息 说你欠钱不还', '你老婆那边我们已经打过电话了 她都知道了', '你们小区业主群里 我们会发个通知'],
      false_consequence: ['你不还钱 你的手机号会被运营商停掉', '呃逾期超过三个月 就直接判刑了', '你再拖下去 你爸妈的养老金都要被扣'],
      extra_fee: ['呃你要是想减免 得先交两百的申请费', '我们上门一次收你三百的差旅费', '这个月开始 每天多收你二十的逾期管理费'],
      new_borrowing: ['呃你去借个网贷 拆东墙补西墙嘛', '把你老婆的金首饰当了 钱不就有了', '你找你们老板预支点工资 先还上'],
    },
    en: {
      threat: ["uh i'm telling you right now if it's not paid by the end of the month just wait and see", "you can dodge us for a while but not forever", "we've got ways to make sure your holidays aren't peaceful"],
      impersonation: ["hi this is the enforcement division of the district court there's a case under your name", "uh we're with the police financial crimes unit you're suspected of malicious overdraft", "i'm calling from the federal reserve credit bureau to notify you"],
      insult: ["how can you be so shameless", "uh you're just a freeloading deadbeat", "is your brain waterlogged or something you owe money and still act like you're right"],
      violence: ["uh you believe me i'll bring a few buddies to sit in your shop", "keep a close eye on your little one on the way home from school", "keep stalling and see if you still want your legs"],
      privacy_disclosure: ["uh we're about to message all your facebook friends that you owe money and won't pay", "we already called your wife she knows everything", "we'll post a notice in your neighborhood's residents group chat"],
      false_consequence: ["if you don't pay your phone carrier is going to shut off your number", "uh after three months overdue you get sentenced automatically", "keep dragging this out and your parents' pensions will get garnished"],
      extra_fee: ["uh if you want a reduction you have to pay a two hundred dollar application fee first", "each home visit costs you three hundred in travel expenses", "starting this month there's an extra twenty a day late management fee"],
      new_borrowing: ["uh just take out a payday loan rob peter to pay paul", "pawn your wife's gold jewelry and there's your money", "ask your boss for an advance on your paycheck and pay us"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会给您的微信好友发任何消息 这个您放心']],
      [['agent', '逾期不会导致判刑 也不会停您的手机号']],
      [['debtor', '你们才不要脸 天天打'], ['agent', '抱歉给您带来困扰 我们调整一下联系的时间']],
      [['agent', '减免申请是不收费的 您直接在app上提交就行']],
      [['agent', '呃您千万别为了还款去借网贷 我们可以一起看看分期方案']],
    ],
    en: [
      [['agent', "uh we won't message any of your facebook friends you don't need to worry about that"]],
      [['agent', "being overdue won't get you sentenced and it won't shut off your phone number"]],
      [['debtor', "you're the shameless ones calling every day"], ['agent', "sorry for the trouble we'll change when we reach out"]],
      [['agent', "there's no charge to apply for a reduction you can just submit it in the app"]],
      [['agent', "uh please don't take out a payday loan to pay this we can look at a payment plan together"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我说了多少遍了 不要再打我电话', '好的好的 那您今天能先处理一部分吗'],
      ignored_attorney: ['这个事我已经全权委托律师了 你们找律师', '嗯明白 但是您个人的还款意向我们还是要确认一下 今天能还多少'],
      ignored_dispute: ['这个账单不对 我要求你们重新核对', '核对需要时间的 您先按账单还上 多的再退'],
      ignored_hardship: ['呃我现在在化疗 一个月药费就好几万 真的没钱', '嗯那您家里人能不能帮您先还一点'],
    },
    en: {
      ignored_stop_request: ["uh how many times do i have to say it don't call me again", "okay okay so can you take care of part of it today"],
      ignored_attorney: ["i've handed this whole thing over to my attorney talk to him", "got it but we still need to confirm your own plans to pay how much can you do today"],
      ignored_dispute: ["this bill is wrong i want you to recheck it", "rechecking takes time just pay what the bill says and we'll refund any difference"],
      ignored_hardship: ["uh i'm in chemo right now the drugs cost thousands a month i really have nothing", "okay could your family help you pay a little of it first"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他同事 他手机放桌上了'], ['agent', '那你让他回个电话 他的网贷逾期两个月了 再不还要上门了']],
    en: [['third_party', "uh i'm his coworker he left his phone on the desk"], ['agent', "then have him call back his online loan is two months overdue and we'll be coming by if he doesn't pay"]],
  },
};
