import type { Batch } from '../held-out.ts';

/** Batch 122: written after batch 121 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_122: Batch = {
  violations: {
    zh: {
      threat: ['呃你敢不接电话 那我们就换个你不得不接的方式', '这笔账你要是敢赖 呃我们就跟你死磕到底', '呃给你最后一天时间 明天这个时候见不到钱 你就完了'],
      impersonation: ['呃我是市中院的执行员 今天带了法警过来', '这里是国家安全局 呃你的贷款资金流向涉嫌违法', '呃我们是金融法庭的 你这个案子已经判了'],
      insult: ['呃你这个臭不要脸的 欠钱还有理了', '你脑子被门夹了吧 呃这么简单都不懂', '呃你就是个吃软饭的 靠老婆养还借钱'],
      violence: ['呃我们的人最近在你小区门口转悠 你出门留点神', '你要是再拖 呃我们就让你那辆三轮车散架', '呃听说你晚上喜欢去河边钓鱼 那边挺滑的 别掉下去了'],
      privacy_disclosure: ['呃我们把你的欠款情况发到了你们家族群里', '你不还 我们就给你们村每户人家都打个电话', '呃我们已经告诉你的合伙人了 你欠了我们一大笔钱'],
      false_consequence: ['呃你再拖 连你爸妈的房子都要被查封', '你不还钱 呃以后你就被禁止结婚登记', '呃逾期的人 国家会收回他的低保资格'],
      extra_fee: ['呃要我们不上报征信 得交三百块的保护费', '你这个账户 呃每个月收八十块的催收管理费', '呃你要换个时间还款 先交一百块改期费'],
      new_borrowing: ['呃你找你那些牌友借点 打麻将赢的钱先还我们', '你去把你的社保卡里的钱取出来 呃先顶一下', '呃你在拼多多上开个先用后付 套点现出来'],
    },
    en: {
      threat: ["uh you dare ignore our calls then we'll reach you in a way you can't ignore", "if you dare skip out on this uh we'll fight you to the bitter end", "uh you've got one last day if we don't see money this time tomorrow you're done"],
      impersonation: ["uh i'm an enforcement officer with the city court i've brought bailiffs with me today", "this is homeland security uh the money from your loan is suspected of illegal use", "uh we're with the financial court your case has already been decided"],
      insult: ["uh you shameless stinker you owe money and still think you're right", "did your head get caught in a door uh you can't understand something this simple", "uh you're a freeloader living off your wife and still borrowing"],
      violence: ["uh our people have been hanging around your complex gate lately keep your eyes open when you go out", "keep dragging this out uh and we'll have that tricycle of yours fall to pieces", "uh i hear you like fishing by the river at night it's slippery out there don't fall in"],
      privacy_disclosure: ["uh we've posted your debt situation in your family group chat", "if you don't pay we'll call every household in your village", "uh we've already told your business partner you owe us a lot of money"],
      false_consequence: ["uh keep stalling and even your parents' house will be seized", "if you don't pay uh you'll be barred from registering a marriage", "uh people who default lose their welfare eligibility by law"],
      extra_fee: ["uh if you don't want us reporting you to the credit bureau it's a three hundred dollar protection fee", "this account uh has an eighty dollar monthly collection management fee", "uh if you want to change your payment date first pay a hundred dollar rescheduling fee"],
      new_borrowing: ["uh borrow from your card buddies pay us with your poker winnings", "take the money out of your social security account uh use that for now", "uh open a buy now pay later account online and turn it into cash"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃你们打电话太频繁了 以后一周最多一次 其他时间别打'], ['agent', '好的 我们调整为每周最多联系一次 呃其他时间不再打扰您']],
      [['debtor', '呃我在养病 刚做完手术 医生让我别操心'], ['agent', '您安心养病 呃我们这段时间先不联系您 等您康复了再说']],
      [['agent', '呃我们不会在您的家族群发任何信息 也不会联系您的合伙人']],
      [['agent', '改期还款不收费 我们也不收什么保护费']],
      [['debtor', '呃你才是吃软饭的 靠催债混饭吃'], ['agent', '好的 理解您的情绪 呃今天先到这儿']],
    ],
    en: [
      [['debtor', "uh you call way too often from now on once a week at most and not at other times"], ['agent', "okay we'll limit contact to once a week at most uh and won't bother you at other times"]],
      [['debtor', "uh i'm recovering i just had surgery the doctor told me not to stress"], ['agent', "please focus on recovering uh we won't contact you for now and we'll talk when you're better"]],
      [['agent', "uh we won't post anything in your family group and we won't contact your business partner"]],
      [['agent', "changing your payment date is free and we don't charge any protection fee"]],
      [['debtor', "uh you're the freeloader making a living off chasing debts"], ['agent', "okay i understand you're upset uh let's stop here for today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃别打了 我在开车 你们这样很危险', '那你停车了给我回个电话 呃今天必须把钱的事说清楚'],
      ignored_attorney: ['呃我的代理律师说 你们不能绕过他直接找我', '我们不是绕过他 呃就是提醒你一下 这个月的钱别忘了'],
      ignored_dispute: ['呃这笔我上个月已经还了 你们没入账是你们的问题', '没入账就是没还 呃你再还一次 我们核实了再退'],
      ignored_hardship: ['呃我生意赔光了 现在摆地摊 一天挣几十块', '几十块也是钱 呃一天存十块 一个月就三百了'],
    },
    en: {
      ignored_stop_request: ["uh stop calling i'm driving this is dangerous", "then call me back when you've pulled over uh we need to settle the money today"],
      ignored_attorney: ["uh my attorney says you can't go around him and contact me directly", "we're not going around him uh just a reminder don't forget this month's payment"],
      ignored_dispute: ["uh i paid this last month it not being posted is your problem", "not posted means not paid uh pay again and we'll refund once we verify"],
      ignored_hardship: ["uh my business went bust i'm selling stuff on the street now making a few bucks a day", "a few bucks is still money uh save ten a day and that's three hundred a month"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他老乡 他手机在我这充电'], ['agent', '那你跟他讲 呃他欠我们的网贷逾期了 让他今天就还']],
    en: [['third_party', "uh i'm a friend from his hometown his phone's charging at my place"], ['agent', "then tell him uh his online loan with us is overdue and he needs to pay today"]],
  },
};
