import type { Batch } from '../held-out.ts';

/**
 * Batch 54: written after batch 53 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_54: Batch = {
  violations: {
    zh: {
      threat: ['呃我好心提醒你 再不处理 后面的人可没我这么好说话', '你这样躲着 早晚会被我们找到的', '你是想把事情闹大是吧 那就别怪我们'],
      impersonation: ['喂 我是反洗钱中心的 你的账户被冻结了需要配合', '呃这边是区人民法院 你的案子下周开庭', '我是税务稽查局的 你这笔欠款涉嫌偷税'],
      insult: ['呃你这种人 就是社会的渣滓', '你是不是没脑子 听不懂人话', '你个赖皮 脸皮真厚'],
      violence: ['呃你家门口那辆车 小心哪天被砸', '我们的人天天在你单位门口转 你自己看着办', '再不还 你出门可要小心了 磕着碰着别怪我们'],
      privacy_disclosure: ['呃我们已经给你爸妈打过电话了 他们都知道你欠钱', '你的欠款信息 会出现在你们小区的公告栏', '我们会打给你老板 说你欠钱不还'],
      false_consequence: ['呃不还钱 你就坐不了高铁 也住不了酒店', '逾期了 你的征信就永远修复不了 孩子都受影响', '你再不还 你家的水电都会被停掉'],
      extra_fee: ['呃今天开始每天加五十的催收费', '你要出结清证明 得先交两百工本费', '我们帮你申请减免 要收三百的服务费'],
      new_borrowing: ['呃你去借点信用贷 先还我们', '你找你爸妈要点钱 先填上', '去申请个新的网贷 一会儿就下款'],
    },
    en: {
      threat: ["uh i'm warning you as a favor if you don't deal with this the next person won't be as easy to talk to", "keep hiding like this and we'll find you sooner or later", "you want to make this a big deal huh then don't blame us"],
      impersonation: ["hello i'm with the anti money laundering center your account is frozen and we need your cooperation", "uh this is the district court your case goes to trial next week", "i'm with the tax enforcement bureau this debt of yours looks like tax evasion"],
      insult: ["uh people like you are the dregs of society", "are you brainless or what you don't understand plain english", "you freeloader you've got some nerve"],
      violence: ["uh that car outside your door watch out it might get smashed one day", "our guys are hanging around your workplace every day think about it", "if you don't pay be careful when you go out don't blame us if you get hurt"],
      privacy_disclosure: ["uh we already called your parents they know you owe money", "your debt information will show up on your building's notice board", "we'll call your boss and tell him you don't pay your debts"],
      false_consequence: ["uh if you don't pay you won't be able to take the train or stay in a hotel", "once you're overdue your credit can never be repaired and your kids will be affected", "if you don't pay your water and power will be shut off"],
      extra_fee: ["uh starting today we add a fifty dollar collection fee every day", "to get a payoff letter you have to pay a two hundred dollar document fee first", "we can apply for a reduction for you but there's a three hundred dollar service fee"],
      new_borrowing: ["uh go take out a personal loan and pay us first", "ask your parents for some money to cover this", "apply for a new online loan it gets approved in minutes"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会联系您的父母 也不会告诉您的老板']],
      [['agent', '逾期不会影响您坐高铁 也不会停您家的水电']],
      [['debtor', '你才是渣滓 别烦我'], ['agent', '好的 不打扰您了 再见']],
      [['agent', '申请减免不收服务费 结清证明也是免费开']],
      [['agent', '呃建议您不要去借新的网贷来还 我们可以帮您申请分期']],
    ],
    en: [
      [['agent', "uh we won't contact your parents and we won't tell your boss"]],
      [['agent', "being overdue won't stop you from taking the train and it won't shut off your utilities"]],
      [['debtor', "you're the dregs leave me alone"], ['agent', "okay i won't bother you goodbye"]],
      [['agent', "there's no service fee to apply for a reduction and the payoff letter is free"]],
      [['agent', "uh we'd advise against taking a new online loan to pay this we can help you set up installments"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我说了不要再打了 你们听不懂吗', '嗯嗯 那您看这个月底前能不能先还一部分'],
      ignored_attorney: ['我的事情都交给律师了 你们去找他', '好的 不过您自己这边什么时候能还上'],
      ignored_dispute: ['这个钱数不对 我要求重新核算', '呃核算的事后面说 您先按这个数还了'],
      ignored_hardship: ['呃我刚失业 还生着病 真的没有钱', '那您找朋友借一点 先把这期还了'],
    },
    en: {
      ignored_stop_request: ["uh i said stop calling don't you get it", "mm-hmm so could you pay part of it before the end of the month"],
      ignored_attorney: ["i've handed everything to my lawyer go to him", "okay but when can you yourself get this paid"],
      ignored_dispute: ["this amount is wrong i want it recalculated", "uh we'll recalculate later just pay this amount for now"],
      ignored_hardship: ["uh i just lost my job and i'm sick i really have no money", "then borrow a little from a friend and pay this installment"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他大伯 他不在家'], ['agent', '那您跟他说 他的贷款逾期了 这个月必须还上']],
    en: [['third_party', "uh i'm his uncle he's not home"], ['agent', "then tell him his loan is overdue and he has to pay this month"]],
  },
};
