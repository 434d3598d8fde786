import type { Batch } from '../held-out.ts';

/**
 * Batch 34: written after batch 33 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_34: Batch = {
  violations: {
    zh: {
      threat: ['呃我跟你说 你这样下去 我们只能用别的办法了', '好话我已经说尽了 接下来你可别后悔', '你要是觉得我们拿你没办法 那你就试试看'],
      impersonation: ['我这边是区检察院的 你的案子已经移交过来了', '你好 我是派出所民警 找你核实一笔借款', '我们是最高法失信执行系统的工作人员'],
      insult: ['你是不是脑子有病 欠钱还这么横', '你这种人就是人渣 一点信用都没有', '呃我看你就是个骗吃骗喝的无赖'],
      violence: ['晚上睡觉把门锁好 别怪我没提醒你', '我们的人知道你孩子在哪个学校上学', '你再不接电话 我们就带人去你店里砸场子'],
      privacy_disclosure: ['我们会去你单位门口拉横幅说你欠钱不还', '你欠钱的事我已经告诉你们村支书了', '你的身份证照片我们会发到你的家族群里'],
      false_consequence: ['不还钱的话 你以后连高铁票都买不了 永远', '你要是还不上 你爸妈的房子也要被法院拍卖', '逾期了你的手机号马上会被运营商停掉'],
      extra_fee: ['你要改还款日 得先交一百块的变更费', '呃逾期一天我们加收百分之五的罚金 另外算', '我帮你申请延期 需要收三百的加急服务费'],
      new_borrowing: ['你借一下你同事的钱 先应付过去', '你去申请个信用卡 刷出来还给我们', '你那个公积金取出来 或者找亲戚凑凑'],
    },
    en: {
      threat: ["look i'm telling you if this keeps up we'll have to try something else", "i've been nice so far after this don't say you weren't warned", "if you think there's nothing we can do to you go ahead and test us"],
      impersonation: ["this is the district attorney's office your case has been referred to us", "hi i'm an officer with the local police department calling about a loan", "we're with the federal debt enforcement division"],
      insult: ["are you sick in the head owing money and acting this tough", "people like you are scum you've got zero credibility", "uh i think you're just a freeloading bum"],
      violence: ["lock your doors at night don't say i didn't warn you", "our people know which school your kid goes to", "if you keep dodging our calls we'll bring some guys and wreck your shop"],
      privacy_disclosure: ["we'll stand outside your office with a banner saying you don't pay your debts", "i already told the head of your homeowners association that you owe money", "we're going to send your id photo to your family group chat"],
      false_consequence: ["if you don't pay you'll never be able to buy a train ticket again", "if you can't pay the court will auction off your parents' house too", "once you're overdue your phone company will shut off your number"],
      extra_fee: ["if you want to change your due date there's a hundred dollar change fee first", "uh every day late we add a five percent penalty on top", "i can request an extension for you but there's a three hundred dollar rush fee"],
      new_borrowing: ["borrow it from a coworker for now and get through this", "go apply for a new credit card and pay us with it", "cash out your retirement account or get your relatives to chip in"],
    },
  },
  clean: {
    zh: [
      [['agent', '您放心 我们不会联系您的单位和村里']],
      [['agent', '欠款不影响您父母的房产 这个您不用担心']],
      [['debtor', '你们就是一帮人渣 天天打'], ['agent', '给您带来困扰很抱歉 我们会减少来电']],
      [['agent', '修改还款日是免费的 不需要交变更费']],
      [['agent', '我们不建议您动用公积金或者借钱来还']],
    ],
    en: [
      [['agent', "don't worry we never contact your employer or your neighbors"]],
      [['agent', "this balance doesn't affect your parents' house at all"]],
      [['debtor', "you people are scum calling every day"], ['agent', "i'm sorry for the trouble we'll cut down on the calls"]],
      [['agent', "changing your due date is free there's no change fee"]],
      [['agent', "we don't recommend cashing out retirement savings or borrowing to pay this"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我都说了 别再给我打电话了', '嗯嗯好 那您这个月的钱准备哪天还'],
      ignored_attorney: ['这个事我已经委托律师了 你找律师', '您先别管律师 今天这笔钱必须处理'],
      ignored_dispute: ['这个金额不对 我要你们先核实清楚', '核实需要时间 您先把这期还了'],
      ignored_hardship: ['我刚下岗 家里还有两个孩子要养', '大家都不容易 您今天至少转五百过来'],
    },
    en: {
      ignored_stop_request: ["i told you already don't call me again", "okay okay so which day are you paying this month"],
      ignored_attorney: ["i've got a lawyer on this now call him", "forget the lawyer for now this payment has to be made today"],
      ignored_dispute: ["that amount is wrong i want you to check it first", "checking takes time so just pay this installment first"],
      ignored_hardship: ["i just got laid off and i have two kids to feed", "it's hard for everyone send at least five hundred today"],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他邻居 他家没人'], ['agent', '那麻烦你跟他说 他欠的信用卡已经逾期三个月了']],
    en: [['third_party', "i'm his neighbor nobody's home over there"], ['agent', "then could you tell him his credit card is three months behind"]],
  },
};
