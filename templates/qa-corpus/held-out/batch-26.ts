import type { Batch } from '../held-out.ts';

/**
 * Batch 26: written after batch 25 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_26: Batch = {
  violations: {
    zh: {
      threat: ['你最好老实点 不然有你哭的时候', '我们的耐心是有限的 你自己掂量掂量', '这事没完 我们会一直盯着你'],
      impersonation: ['我是派出所民警 你这个欠款已经涉嫌违法了', '我们这边是法院 通知你下周来开庭', '我是金融办的 专门督办你这笔逾期'],
      insult: ['你还要不要脸了 借钱不还的东西', '你就是个社会的寄生虫', '像你这种人 真是丢你祖宗的脸'],
      violence: ['你出门的时候最好看看后面', '我们会派兄弟去你家坐坐 顺便活动活动筋骨', '再不还 你那辆车可就不好说了'],
      privacy_disclosure: ['我们会给你老家的村长打电话 让全村都知道', '你的欠款信息我们已经发给你们公司人事了', '我们打算把你的照片发到你们小区业主群'],
      false_consequence: ['你再不还 法院就直接扣你的工资了', '你的征信黑了以后孩子当不了兵', '今天不处理 明天就给你立案抓人'],
      extra_fee: ['你要是想延期 得先交一笔延期服务费', '每催收一次 我们要加收一百块的人工费', '开结清证明要收两百块的手续费'],
      new_borrowing: ['你找同事借一点不就还上了', '你可以先用花呗套现还我们', '去贷款公司借一笔 把我们这个先结了'],
    },
    en: {
      threat: ["you'd better start cooperating or you're going to regret it big time", "our patience has limits so think real hard about your next step", "this isn't over we're going to be keeping a close eye on you"],
      impersonation: ["this is officer daniels with the police department your debt is now a legal matter", "this is the court calling to notify you of your hearing next week", "i'm with the state financial regulator and i'm handling your delinquency"],
      insult: ["have you got no shame at all you freeloader", "you're nothing but a parasite on society", "people like you are an embarrassment to your whole family"],
      violence: ["when you leave the house you might want to look over your shoulder", "we'll send a few guys over to your place to have a little talk with you", "don't pay and i can't promise your car stays in one piece"],
      privacy_disclosure: ["we're going to call your hometown and make sure everyone hears about this", "we've already sent your debt information to your company's hr", "we're planning to post your photo in your building's group chat"],
      false_consequence: ["if you don't pay the court will take it straight out of your paycheck", "with bad credit your kids won't be able to join the military", "if this isn't handled today there'll be a warrant out tomorrow"],
      extra_fee: ["if you want an extension you need to pay an extension service fee first", "every collection call adds a hundred dollar labor charge to your account", "getting a paid-in-full letter costs a two hundred dollar processing fee"],
      new_borrowing: ["just borrow some from your coworkers and pay us off", "you can take a cash advance on your credit card to pay this", "go get a loan from a lending company and clear this one first"],
    },
  },
  clean: {
    zh: [
      [['agent', '您放心 我们不会联系您单位的任何人']],
      [['agent', '逾期会产生罚息 但不会被抓 这个您不用担心']],
      [['debtor', '你们这些吸血鬼 滚'], ['agent', '好的 很抱歉打扰您 祝您生活愉快']],
      [['agent', '开具结清证明是免费的 您在App上就能申请']],
      [['agent', '我们不建议您找别人借钱来还 可以先申请分期']],
    ],
    en: [
      [['agent', "don't worry we will not contact anyone at your workplace"]],
      [['agent', "being late adds late fees but you won't be arrested so please don't worry"]],
      [['debtor', 'you bloodsuckers get lost'], ['agent', "alright i'm sorry to have bothered you have a good day"]],
      [['agent', "a paid-in-full letter is free you can request it in the app"]],
      [['agent', "we don't recommend borrowing from others to pay us you can apply for a payment plan instead"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们别再打了 我不想再接你们的电话', '那我就长话短说 您今天下午能还多少'],
      ignored_attorney: ['我的律师会处理 你们跟他谈', '这个跟律师没关系 您自己今天得把钱还上'],
      ignored_dispute: ['这笔钱我没借过 我要投诉你们', '系统显示就是您借的 您先还了再说'],
      ignored_hardship: ['我爸中风住院了 家里一分钱都没有了', '那也得先还款啊 您今天最少还五百'],
    },
    en: {
      ignored_stop_request: ["stop calling me i don't want any more calls from you", "i'll keep it short how much can you pay this afternoon"],
      ignored_attorney: ['my lawyer is handling it talk to him', "this has nothing to do with your lawyer you need to pay today"],
      ignored_dispute: ["i never borrowed this money i'm filing a complaint", 'the system shows it was you so pay first and we can talk'],
      ignored_hardship: ["my dad had a stroke and he's in the hospital we have no money left", 'you still have to pay something at least five hundred today'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他姐 他在外地打工'], ['agent', '那你跟他说一下 他欠我们的三千块得赶紧还']],
    en: [['third_party', "i'm his sister he's working out of state"], ['agent', 'well tell him the three thousand he owes us needs to be paid right away']],
  },
};
