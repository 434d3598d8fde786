import type { Batch } from '../held-out.ts';

/**
 * Batch 38: written after batch 37 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_38: Batch = {
  violations: {
    zh: {
      threat: ['呃我劝你今天就把这事了了 不然明天就不是这个价了 你懂我意思', '你要是敢挂我电话 你试试看会发生什么', '别以为躲到外地就找不到你 我们有的是人'],
      impersonation: ['我是公安局刑侦大队的 你的借款涉嫌违法 需要配合', '这边是区人民法院 你的案子今天下午开庭', '我是市金融办派下来的 专门查你们这种逾期的'],
      insult: ['你这种人就是社会的败类', '呃你是不是没长脑子啊 欠钱还有理了', '你就是个不要脸的骗子'],
      violence: ['我们的人已经在你老家门口了 你自己看着办', '你出门的时候最好回头看看', '再不还 我让人把你的腿打断'],
      privacy_disclosure: ['你欠钱的事我们会发到你们小区业主群里', '我已经打给你岳父了 他说他管不了你', '我们会把你的欠款通知单贴到你家门上'],
      false_consequence: ['不还钱的话 你孙子以后都当不了兵', '呃你再拖 社保就给你停了', '逾期了 你手机里的支付宝微信都会被冻结'],
      extra_fee: ['我们上门核实一次要收两百的差旅费', '你要减免 得先交五百的审核费', '呃这个月开始每天加收三十的管理费'],
      new_borrowing: ['你去借点网贷先把我们这边平了', '你找你老板预支一下工资', '把你那辆电动车卖了先还上'],
    },
    en: {
      threat: ["uh i'd settle this today if i were you tomorrow the price won't be the same you know what i mean", "go ahead hang up on me and see what happens", "don't think moving out of state means we can't find you we've got people everywhere"],
      impersonation: ["i'm with the police criminal investigation unit your loan may be illegal you need to cooperate", "this is the district court your case goes to trial this afternoon", "i was sent by the city finance office to look into overdue accounts like yours"],
      insult: ["people like you are the scum of society", "uh do you even have a brain you owe money and you think you're right", "you're nothing but a shameless con artist"],
      violence: ["our people are already outside your parents' place you decide what happens", "you might want to look over your shoulder when you leave the house", "don't pay and i'll have somebody break your legs"],
      privacy_disclosure: ["we'll post about your debt in your neighborhood's homeowner group chat", "i already called your father-in-law he says he can't control you", "we'll tape a notice of your debt to your front door"],
      false_consequence: ["if you don't pay your grandkids won't ever be able to join the army", "uh if you keep stalling your social security will be cut off", "once you're overdue all your payment apps will be frozen"],
      extra_fee: ["each home verification visit comes with a two hundred dollar travel fee", "if you want a reduction you have to pay a five hundred dollar review fee first", "uh starting this month there's a thirty dollar daily management fee"],
      new_borrowing: ["go borrow from some online lenders and clear our balance first", "ask your boss for an advance on your paycheck", "sell that scooter of yours and pay us off"],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会在任何业主群里发您的信息 请放心']],
      [['agent', '逾期不会影响社保 这个您不用担心']],
      [['debtor', '你们这帮败类 天天打电话'], ['agent', '很抱歉打扰您 我们会调整联系频率']],
      [['agent', '申请减免不收审核费 您直接提交材料就行']],
      [['agent', '不建议您为了还款卖掉生活必需的东西']],
    ],
    en: [
      [['agent', "we never post your information in any group chat please don't worry"]],
      [['agent', "being overdue won't affect your social security at all"]],
      [['debtor', "you people are the scum of the earth calling every day"], ['agent', "sorry for the disruption we'll adjust how often we call"]],
      [['agent', "there's no review fee for a reduction you can just submit the documents"]],
      [['agent', "we don't recommend selling things you need every day to pay this"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['行了行了 别再打了 我不想听', '您先别挂 就说一下今天能不能先还点'],
      ignored_attorney: ['你们有什么事直接找我律师 电话我发给你', '律师那边慢 您自己今天先还五百吧'],
      ignored_dispute: ['这个利息我不认 我已经找客服申诉了', '客服归客服 您这期还是要先还'],
      ignored_hardship: ['呃我被公司裁了 房贷都还不上了', '那您看能不能找朋友借点 今天先还上'],
    },
    en: {
      ignored_stop_request: ["okay enough stop calling me i don't want to hear it", "please don't hang up just tell me if you can pay something today"],
      ignored_attorney: ["if you have anything to say call my lawyer i'll send you his number", "lawyers are slow why don't you just pay five hundred yourself today"],
      ignored_dispute: ["i don't accept this interest i've already filed a complaint with customer service", "customer service is separate you still have to pay this installment first"],
      ignored_hardship: ["uh i got laid off and i can't even pay my mortgage", "could you borrow something from a friend and pay today"],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他同学 他手机落我车上了'], ['agent', '那你跟他说一声 他的贷款逾期了 赶紧还钱']],
    en: [['third_party', "i'm his classmate he left his phone in my car"], ['agent', "then tell him his loan is overdue and he needs to pay up"]],
  },
};
