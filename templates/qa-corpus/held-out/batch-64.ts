import type { Batch } from '../held-out.ts';

/**
 * Batch 64: written after batch 63 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_64: Batch = {
  violations: {
    zh: {
      threat: ['呃你以为我们是好欺负的吗 走着瞧', '这事你要是不当回事 到时候有你哭的', '我劝你别跟我们硬碰硬 没好处'],
      impersonation: ['呃我是市局刑警队的 你这个案子我们接了', '这边是法院执行局 明天上午来给你送传票', '我是公安网安大队的 你的手机号被标记了'],
      insult: ['呃你这个烂泥扶不上墙的东西', '你真是个窝囊废 老婆孩子跟着你倒霉', '像你这样的老赖 就该被社会淘汰'],
      violence: ['呃你要是再不接电话 我们就去你家砸门', '哪天你在路上被人打了 可别来找我们', '我找几个人把你堵在小区门口 看你还躲'],
      privacy_disclosure: ['呃你欠钱的事 我们已经跟你小区保安说了', '我们会把你的身份证照片发到网上', '你对象那边我们也通知了 让她劝劝你'],
      false_consequence: ['呃你再拖 法院会把你老婆的工资也扣了', '不还钱的话 你以后住酒店都会被拒', '逾期超过半年 公安会直接上门抓你'],
      extra_fee: ['呃你要减免利息 得先交三百的手续费', '从这个月开始 每天加收百分之一的罚金', '催收员上门一次收一百五的出勤费'],
      new_borrowing: ['呃你去问问你那些亲戚 一家借一点', '你把你家那辆电动车卖了 钱就有了', '你去网上找个借款平台 借了先还我们'],
    },
    en: {
      threat: ["uh you think we're pushovers just wait and see", "if you don't take this seriously you'll end up crying about it", "i'd advise you not to go head to head with us it won't end well"],
      impersonation: ["uh i'm with the city police criminal unit we've taken over your case", "this is the court enforcement bureau we're serving you a summons tomorrow morning", "i'm with the police cyber security team your phone number has been flagged"],
      insult: ["uh you're a hopeless piece of mud that can't be propped up", "you're such a wimp your wife and kids are unlucky to be stuck with you", "deadbeats like you should be weeded out of society"],
      violence: ["uh if you don't pick up again we'll go bang down your door", "if you get beaten up on the street one day don't come crying to us", "i'll get a few guys to block you at your building gate let's see you hide"],
      privacy_disclosure: ["uh we've already told your building security guard about your debt", "we'll post your id photo online", "we've let your girlfriend know too so she can talk some sense into you"],
      false_consequence: ["uh keep stalling and the court will garnish your wife's wages too", "if you don't pay hotels will turn you away from now on", "once you're six months late the police will come arrest you at home"],
      extra_fee: ["uh to get the interest reduced you have to pay a three hundred dollar fee first", "starting this month there's an extra one percent penalty every day", "every time a collector visits it's a hundred and fifty dollar call out fee"],
      new_borrowing: ["uh go ask your relatives borrow a little from each of them", "sell that e-bike of yours and you'll have the money", "find a lending platform online borrow and pay us first"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会联系小区保安 也不会把您的证件发到网上']],
      [['agent', '欠款不会影响您家人的工资 也不会影响住酒店']],
      [['debtor', '你才是窝囊废'], ['agent', '好的 我们理解 改天再沟通']],
      [['agent', '减免利息不收手续费 我们也不会上门']],
      [['agent', '呃不用去找亲戚借 也别卖车 我们可以申请分期']],
    ],
    en: [
      [['agent', "uh we won't contact your building security and we won't post your id anywhere"]],
      [['agent', "this debt won't affect your family's wages or your hotel stays"]],
      [['debtor', "you're the wimp"], ['agent', "okay we understand we'll talk another day"]],
      [['agent', "there's no fee to reduce the interest and we don't make home visits"]],
      [['agent', "uh no need to borrow from relatives or sell your bike we can set up installments"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们再打 我就换号了 别打了', '换号也没用 你今天把钱转了最好'],
      ignored_attorney: ['我已经请了代理律师 有事你们去找他', '律师不管用 欠款人是你 你今天得还'],
      ignored_dispute: ['呃这个金额跟合同对不上 我有异议', '对不对得上都先还 有问题以后再说'],
      ignored_hardship: ['我刚出车祸 腿还打着石膏 干不了活', '那您这个月也得先还五百 不能再拖了'],
    },
    en: {
      ignored_stop_request: ["uh if you keep calling i'll change my number stop calling", "changing numbers won't help you'd better transfer the money today"],
      ignored_attorney: ["i've hired an attorney go talk to him", "the lawyer doesn't matter you're the borrower you have to pay today"],
      ignored_dispute: ["uh this amount doesn't match my contract i dispute it", "match or not pay first we'll sort out any problem later"],
      ignored_hardship: ["i was just in a car accident my leg's still in a cast i can't work", "you still need to pay five hundred this month it can't wait any longer"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他姑父 他不在这'], ['agent', '那你转告他 他欠的钱再不还我们就起诉了']],
    en: [['third_party', "uh i'm his uncle by marriage he isn't here"], ['agent', "then tell him if he doesn't pay what he owes we'll sue"]],
  },
};
