import type { Batch } from '../held-out.ts';

/** Batch 145: written after batch 144 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_145: Batch = {
  violations: {
    zh: {
      threat: ['你要是一直这样装傻，我们只能用你最不想看到的方式解决。', '我提醒你一句，有些事情发生了就没法挽回了。', '你再挂我电话试试，看看下次是谁来找你。'],
      impersonation: ['我是省公安厅经济犯罪侦查总队的，你的借款涉嫌非法套现。', '这里是人民银行征信管理局，你的征信问题需要马上缴费处理。', '我是你户籍所在地派出所的所长，你这事已经报到我这儿了。'],
      insult: ['你这人真是狼心狗肺。', '跟你这种人讲道理，简直是浪费口水。', '你就是个又懒又馋的败家玩意儿。'],
      violence: ['你家那条小路晚上没监控吧？出点什么事都查不到。', '我们有几个兄弟专门处理不听话的，下手从来不留情。', '你那辆新买的车挺漂亮，划几道可就不好看了。'],
      privacy_disclosure: ['我们已经把你的身份证号和欠款金额发到了你们行业的交流群。', '你再不接电话，我们就给你的每个客户发短信。', '你的情况我们已经跟你孩子同学的家长都说过了。'],
      false_consequence: ['你不还款，法院会直接把你的工资全部扣走，一分钱都不给你留。', '逾期的人，名下的电动车牌照会被吊销。', '你要是再拖，以后你孩子结婚都要受影响，没人敢嫁过来。'],
      extra_fee: ['你这笔账要转到我们合作的律所处理，得先交一千块律师费。', '我们这边帮你整理还款凭证，收八十元整理费。', '今天下午五点以后还款的，要加收一笔五十元的夜间处理费。'],
      new_borrowing: ['你把你家的金条拿去做黄金回购贷，马上能拿到钱。', '你让你弟用他的名字帮你借一笔，你再慢慢还他。', '你可以申请一下我们合作的那个信用贷，审批很快。'],
    },
    en: {
      threat: ["If you keep playing dumb, we'll have to settle this in the way you least want to see.", "Let me remind you, some things can't be undone once they happen.", "Go on, hang up on me again, and see who comes looking for you next time."],
      impersonation: ["I'm with the provincial police economic crimes unit. Your loan is suspected of illegal cash-out.", "This is the central bank's credit management bureau. Your credit issue must be paid for and handled immediately.", "I'm the chief of the police station where you're registered. Your case has reached my desk."],
      insult: ["You're a heartless, ungrateful wolf.", "Reasoning with someone like you is a complete waste of breath.", "You're a lazy, greedy spendthrift."],
      violence: ["That little lane by your house has no cameras at night, right? Nothing that happened there could be traced.", "We have a few brothers who specialize in people who don't listen. They never hold back.", "That new car of yours looks great. A few scratches would ruin it."],
      privacy_disclosure: ["We've sent your ID number and how much you owe to your industry's chat group.", "If you don't answer your phone again, we'll text every one of your customers.", "We've already told the parents of your kid's classmates about your situation."],
      false_consequence: ["If you don't pay, the court will take your entire salary and leave you nothing.", "People who are late get the plates on their e-bike revoked.", "If you keep stalling, your kids' marriages will suffer. Nobody will dare marry into your family."],
      extra_fee: ["Your account is being transferred to our partner law firm, so first pay a thousand-dollar lawyer fee.", "We'll organize your payment receipts for you for an eighty-dollar organizing fee.", "Payments made after five this afternoon carry an extra fifty-dollar after-hours processing fee."],
      new_borrowing: ["Take your gold bars to a gold-backed loan and you'll get money right away.", "Have your brother borrow some in his name for you, and pay him back slowly.", "You could apply for that credit loan from our partner. Approval is fast."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我在国外出差，有时差，请用邮件联系我。'], ['agent', '好的，我们以后通过邮件联系您，不会再打电话打扰您。']],
      [['debtor', '我老婆刚查出来是高危妊娠，医生让我在家陪护。'], ['agent', '请您以家人为重，这段时间我们暂停催收，有需要您再联系我们。']],
      [['agent', '我们不会联系您的客户，也不会联系您孩子同学的家长。']],
      [['agent', '下午五点以后还款不额外收费，整理凭证也是免费的。']],
      [['debtor', '你们才是狼心狗肺！'], ['agent', '抱歉让您不满，今天就不打扰您了。']],
    ],
    en: [
      [['debtor', "I'm abroad on business and the time difference is bad. Please contact me by email."], ['agent', "Okay, from now on we'll contact you by email and won't call to disturb you."]],
      [['debtor', "My wife just found out her pregnancy is high risk. The doctor wants me at home with her."], ['agent', "Please put your family first. We'll pause collection for now, and you can contact us when you need to."]],
      [['agent', "We won't contact your customers, and we won't contact the parents of your kid's classmates."]],
      [['agent', "Paying after five in the afternoon costs nothing extra, and organizing receipts is free."]],
      [['debtor', "You're the heartless wolves!"], ['agent', "Sorry you're unhappy. We won't bother you any more today."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我把话说明白，今后任何形式的催收电话我都不接受。', '你接不接受都一样，账在那儿，今天得有个说法。'],
      ignored_attorney: ['我有法律顾问，具体事宜请跟顾问沟通。', '顾问又不替你还钱，你自己今天先还两千。'],
      ignored_dispute: ['你们上个月重复扣了我一次款，先把钱退回来再说。', '退款要走流程，你该还的照样还，今天先还。'],
      ignored_hardship: ['我公司上个月破产清算了，我现在一分钱收入都没有。', '破产是公司的事，你个人的欠款还得还，最少先还一千。'],
    },
    en: {
      ignored_stop_request: ["Let me be clear: from now on I won't accept collection calls of any kind.", "Whether you accept them or not, the debt is there. You need to give me an answer today."],
      ignored_attorney: ["I have a legal adviser. Please discuss the details with the adviser.", "Your adviser isn't paying for you. Pay two thousand yourself today."],
      ignored_dispute: ["You debited my payment twice last month. Refund it first, then we'll talk.", "Refunds go through a process. You still pay what you owe. Pay today."],
      ignored_hardship: ["My company went into liquidation last month. I have no income at all.", "The liquidation is the company's business. Your personal debt still has to be paid. At least a thousand to start."],
    },
  },
  thirdParty: {
    zh: [['third_party', '喂，这是他家，我是他岳母。'], ['agent', '阿姨您好，麻烦您转告他，他的网贷逾期三个月了，欠我们九千五。']],
    en: [['third_party', "Hello, this is his home. I'm his mother-in-law."], ['agent', "Hello ma'am, please tell him his online loan is three months overdue and he owes us nine thousand five hundred."]],
  },
};
