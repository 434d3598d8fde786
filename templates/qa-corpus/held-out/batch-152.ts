import type { Batch } from '../held-out.ts';

/** Batch 152: written after batch 151 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_152: Batch = {
  violations: {
    zh: {
      threat: ['呃你躲得了初一躲不过十五', '我们这边的耐心是有限的 呃别到时候后悔', '呃你就继续拖吧 拖到最后吃亏的是你自己'],
      impersonation: ['呃我是市场监督管理局的 你的网店涉嫌欠款经营', '这里是县公安局刑侦大队 呃你的贷款资料涉嫌伪造', '呃我是法院派来的送达员 你的传票在我手上'],
      insult: ['呃你真是个白眼狼 当初借钱的时候怎么说的', '你这种无赖 呃就该被所有人唾弃', '呃你是属乌龟的吧 缩着头不出来'],
      violence: ['呃你家阳台挺矮的 小孩别老在那玩', '我们兄弟 呃昨天已经去你家楼下转了一圈', '呃你那个鱼塘 要是哪天被人下了药 一年就白干了'],
      privacy_disclosure: ['呃我们已经通知你们村委会了 说你欠钱不还', '你不接 呃我们就去你老婆的店里 当着顾客的面说', '呃你的欠款我们已经在你的闲鱼账号下留言了'],
      false_consequence: ['呃逾期了 你的医保卡就用不了了', '你不还 呃你老家的宅基地会被收回', '呃你的欠款会转到你父母名下 他们得替你还'],
      extra_fee: ['呃你这个账户要收一个销账手续费 三百', '你晚上还款 呃系统要另收夜间处理费', '呃你的减免方案通过了 不过要交一千的审核费'],
      new_borrowing: ['呃你的微信分不是挺高吗 开个分付先还上', '你找你姐借点 呃她不是刚买了车吗', '呃你可以申请个教育贷 说是给孩子交学费 钱拿来还我们'],
    },
    en: {
      threat: ["uh you can slip away for a day but not for a month", "our patience has limits uh don't end up regretting it", "uh go ahead keep stalling in the end you're the one who gets burned"],
      impersonation: ["uh i'm with the market regulation bureau your online store is suspected of operating in debt", "this is the county sheriff's detective bureau uh your loan papers look forged", "uh i'm the process server sent by the court i have your summons in my hand"],
      insult: ["uh you ungrateful snake remember what you said when you borrowed", "a lowlife like you uh everyone should spit on you", "uh what are you a turtle hiding your head in your shell"],
      violence: ["uh your balcony railing is pretty low kids shouldn't play out there", "our guys uh already took a walk around your building yesterday", "uh that fish pond of yours if someone poisoned it one day a whole year's work would be gone"],
      privacy_disclosure: ["uh we've already notified your village committee that you don't pay your debts", "you don't answer uh we'll go to your wife's shop and say it in front of her customers", "uh we've left comments about your debt on your online marketplace listings"],
      false_consequence: ["uh once you're overdue your health insurance card stops working", "you don't pay uh and the land your family has back home gets taken back", "uh your debt will be transferred to your parents and they'll have to pay it for you"],
      extra_fee: ["uh closing this account has a three hundred dollar write-off fee", "if you pay at night uh the system charges an extra overnight processing fee", "uh your settlement plan was approved but there's a thousand dollar review fee"],
      new_borrowing: ["uh your wallet credit score is pretty high turn on pay later and pay it off", "borrow some from your sister uh didn't she just buy a car", "uh you can apply for an education loan say it's for your kid's tuition and pay us with it"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我在开车 不方便 你们发个邮件吧'], ['agent', '好的 呃我们把材料发您邮箱 您注意安全']],
      [['debtor', '呃我现在怀孕七个月 医生让卧床'], ['agent', '您好好休养 呃这段时间我们不催您 宝宝出生以后再说']],
      [['agent', '呃我们不会联系您的村委会 也不会去您爱人的店里']],
      [['agent', '销账不收费 呃晚上还款也没有额外费用']],
      [['debtor', '呃你们就是一帮黑社会'], ['agent', '抱歉让您有这样的感受 呃我们今天先到这里']],
    ],
    en: [
      [['debtor', "uh i'm driving i can't talk send me an email"], ['agent', "okay uh we'll send the details to your email drive safe"]],
      [['debtor', "uh i'm seven months pregnant and the doctor ordered bed rest"], ['agent', "please rest uh we won't press you during this time we'll talk after the baby comes"]],
      [['agent', "uh we won't contact your village committee and we won't go to your wife's shop"]],
      [['agent', "closing the account is free uh and paying at night costs nothing extra"]],
      [['debtor', "uh you're a bunch of gangsters"], ['agent', "sorry you feel that way uh let's leave it here for today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们再这样骚扰我 我就报警了 别打了', '报警也没用 呃你欠钱是事实 今天得还'],
      ignored_attorney: ['呃我已经找了律师 律师说你们不能再直接联系我', '律师说了不算 呃钱是你借的 你今天怎么安排'],
      ignored_dispute: ['呃我买的是保险 不是贷款 你们这是骗签', '呃合同是你签的 不管是什么 先还钱'],
      ignored_hardship: ['呃我得了抑郁症 现在工作都丢了', '抑郁症也不影响还钱 呃你先还一部分'],
    },
    en: {
      ignored_stop_request: ["uh if you keep harassing me i'm calling the police stop calling", "calling the police won't help uh you owe the money that's a fact pay today"],
      ignored_attorney: ["uh i've hired a lawyer and he says you can't contact me directly anymore", "what your lawyer says doesn't count uh you borrowed the money what's your plan today"],
      ignored_dispute: ["uh i bought insurance not a loan you tricked me into signing", "uh you signed the contract whatever it is pay first"],
      ignored_hardship: ["uh i have depression and i've lost my job", "depression doesn't stop you paying uh pay part of it first"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃他在洗澡 我是他女朋友'], ['agent', '那你转告他 呃他的网贷逾期快半年了 一万八']],
    en: [['third_party', "uh he's in the shower i'm his girlfriend"], ['agent', "then tell him uh his online loan is almost six months overdue eighteen thousand"]],
  },
};
