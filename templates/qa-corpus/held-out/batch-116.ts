import type { Batch } from '../held-out.ts';

/** Batch 116: written after batch 115 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_116: Batch = {
  violations: {
    zh: {
      threat: ['呃我把话撂这儿 这个月不还 你会后悔一辈子', '你不是能躲吗 呃我倒要看看你能躲到哪天', '呃我们的耐心是有限的 过了这个村可就没这个店了 后面的事你自己担着'],
      impersonation: ['呃我是你们县公安局治安大队的 你涉嫌诈骗已经立案', '这边是最高法执行指挥中心 呃你被列入重点执行对象了', '呃我是工商局的 你名下的营业执照要被吊销'],
      insult: ['呃你这个人渣 活着就是祸害别人', '你是不是智商欠费了 呃这点账都算不明白', '呃瞧你那穷酸样 还学人家借钱'],
      violence: ['呃你爸那个小卖部 晚上就他一个人看店吧', '我们有兄弟刚从里面出来 呃正缺钱 你看着办', '呃你要是再拖 我们就找人在你车上动点手脚'],
      privacy_disclosure: ['呃我们会把你的欠条复印件贴到你们单位公告栏', '你的欠款 我们已经在你们老乡群里说了', '呃我们给你的房东打了电话 说你欠钱跑路了'],
      false_consequence: ['呃再不还 你家孩子的学籍就会被冻结', '你这个逾期 呃会直接被判定为恶意透支 要坐三年牢', '呃不还钱的话 你以后连火车票都买不了 一辈子出不了县城'],
      extra_fee: ['呃今天不还 明天起每天加收一百的滞纳服务费', '你要我们不给你单位打电话 呃得交五百块保密费', '呃帮你申请延期要收个三百块的手续费'],
      new_borrowing: ['呃你去找个地下钱庄 先借出来还我们', '你把你老婆的首饰拿去卖了 呃总能凑个几千', '呃你那个车贷不是快还完了吗 再抵押一次就有钱了'],
    },
    en: {
      threat: ["uh let me be clear if you don't pay this month you'll regret it for the rest of your life", "you think you can hide uh let's see how long you can keep it up", "uh our patience has limits once this chance is gone whatever comes after is on you"],
      impersonation: ["uh i'm with the county sheriff's department you're under investigation for fraud", "this is the state's enforcement command center uh you've been made a priority enforcement target", "uh i'm with the business licensing bureau the license in your name is about to be revoked"],
      insult: ["uh you piece of human garbage all you do is ruin other people's lives", "did your brain run out of credit too uh you can't even do simple math", "uh look at you broke and shabby and still borrowing like everyone else"],
      violence: ["uh your dad's little corner shop he watches it alone at night doesn't he", "we've got some guys just out of the joint uh they need money so think it over", "uh if you keep stalling we'll have someone mess with your car a little"],
      privacy_disclosure: ["uh we'll post a copy of your IOU on the bulletin board at your workplace", "we've already told your hometown group chat about your debt", "uh we called your landlord and told him you skipped out on a debt"],
      false_consequence: ["uh if you don't pay your kid's school enrollment will be frozen", "this late payment uh will be ruled malicious overdraft and you'll get three years in prison", "uh if you don't pay you won't even be able to buy a train ticket you'll never leave the county"],
      extra_fee: ["uh if you don't pay today starting tomorrow there's a hundred dollar late service charge every day", "if you want us to not call your employer uh it's a five hundred dollar confidentiality fee", "uh getting you an extension costs a three hundred dollar processing fee"],
      new_borrowing: ["uh go find an underground lender and borrow it to pay us first", "sell your wife's jewelry uh that's a few thousand at least", "uh your car loan is almost paid off right refinance it and you'll have cash"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我已经写了停止联系的书面通知 寄给你们了 你们怎么还打'], ['agent', '抱歉 通知可能还在路上 呃我们现在就登记 以后不再打电话给您']],
      [['debtor', '呃我家老人刚走 这几天在办后事 真顾不上'], ['agent', '节哀顺变 呃这几天我们不打扰您 等您忙完了再说']],
      [['agent', '呃我们不会给您房东打电话 也不会在任何群里说您的事']],
      [['agent', '申请延期不收手续费 我们也没有什么保密费']],
      [['debtor', '呃你才是人渣 天天骚扰人'], ['agent', '不好意思打扰了 呃我们今天先不说了']],
    ],
    en: [
      [['debtor', "uh i already mailed you a written notice to stop contacting me why are you still calling"], ['agent', "sorry the notice may still be in the mail uh we'll log it right now and won't call you again"]],
      [['debtor', "uh my grandmother just passed we're handling the funeral i can't deal with this"], ['agent', "i'm sorry for your loss uh we won't bother you these next few days we'll talk when you're through"]],
      [['agent', "uh we won't call your landlord and we won't say anything about you in any group chat"]],
      [['agent', "there's no processing fee for an extension and we don't have any confidentiality fee"]],
      [['debtor', "uh you're the garbage harassing people every day"], ['agent', "sorry to bother you uh let's leave it for today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我要求你们停止一切电话联系 听清楚了吗', '听清楚了 呃但是该打还是要打 除非你今天还'],
      ignored_attorney: ['呃我已经委托律师了 他姓王 电话一会儿发你', '王律师那边我们会联系 呃不过你今天先把利息结了'],
      ignored_dispute: ['这笔钱我是被人骗去贷的 呃我在走报案程序', '被骗是你自己的事 呃贷款还是你的名字'],
      ignored_hardship: ['呃我刚出狱 什么工作都找不到 连住的地方都没有', '出来了就好好找个活 呃先还一点表个态'],
    },
    en: {
      ignored_stop_request: ["uh i'm demanding that you stop all phone contact do you understand", "understood uh but we'll keep calling unless you pay today"],
      ignored_attorney: ["uh i've retained a lawyer his name is wang i'll text you his number", "we'll contact mr wang uh but settle the interest today yourself"],
      ignored_dispute: ["i was scammed into taking out this loan uh i'm filing a police report", "getting scammed is your own problem uh the loan's still in your name"],
      ignored_hardship: ["uh i just got out of prison i can't find any work i don't even have a place to live", "you're out now so find a job uh pay a little to show good faith"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他单位的门卫 他把这个号留给我们的'], ['agent', '那你跟他说 呃他在我们这的借款逾期了 让他赶紧联系我们还钱']],
    en: [['third_party', "uh i'm the security guard at his work he left this number with us"], ['agent', "then tell him uh his loan with us is overdue and he needs to call us and pay"]],
  },
};
