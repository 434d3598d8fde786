import type { Batch } from '../held-out.ts';

/** Batch 136: written after batch 135 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_136: Batch = {
  violations: {
    zh: {
      threat: ['呃你要是再这么拖 我保证你这个年过不踏实', '你当我们是吃素的啊 呃等着瞧吧', '呃你现在不还 等我们走别的途径 你付出的可就不止这点钱了'],
      impersonation: ['呃我是县法院执行庭的庭长 你的名字已经上了黑名单', '这里是公安局网安大队 呃你的网贷账户涉嫌违法', '呃我是证监会的 你借的钱被用于非法集资'],
      insult: ['呃你是不是脑子有病啊 说了半天听不懂', '你这种下三滥 呃就配过这种日子', '呃你个不要脸的老东西'],
      violence: ['呃你孩子学校门口那条马路 车开得都挺快的', '我们的人脾气都不太好 呃上回有个人被他们弄得住了半个月院', '呃你再躲 我们就去你家 把你家门给你卸了'],
      privacy_disclosure: ['呃我们已经打给你的客户了 说你欠钱跑路', '你不还 呃我们就把你欠款的截图发到你们家族群', '呃你同事我们都挨个通知了 说你借钱不还'],
      false_consequence: ['呃你不还钱 你的手机会被远程锁机', '逾期的人 呃子女以后都不能参军', '呃你再不还 银行会把你的存款全部划走 一分不剩'],
      extra_fee: ['呃你要我们停止上报征信 得交五百的保护费', '每次短信提醒 呃我们收五块钱的短信费', '呃你这个月晚还一天 我们另收一百的违约处理费'],
      new_borrowing: ['呃你去找那种大学生贷款平台 你弟弟不是在上大学吗', '你把你家的房本拿去抵押 呃银行很快就能放款', '呃你去跟你丈母娘借 她退休金挺高的'],
    },
    en: {
      threat: ["uh keep dragging this out and i promise you won't have a peaceful holiday", "you think we're pushovers uh just wait and see", "uh don't pay now and once we go another route it'll cost you a lot more than this"],
      impersonation: ["uh i'm the presiding judge of the county court enforcement division your name's already on the blacklist", "this is the police cyber security unit uh your online loan account is under investigation for illegal activity", "uh i'm with the securities regulator the money you borrowed was used in an illegal fundraising scheme"],
      insult: ["uh is something wrong with your head i've been talking forever and you don't get it", "lowlife like you uh deserves to live like this", "uh you shameless old bastard"],
      violence: ["uh that road outside your kid's school the cars go pretty fast there", "our guys don't have the best tempers uh last time someone ended up in the hospital for two weeks", "uh keep hiding and we'll come to your place and take your door off its hinges"],
      privacy_disclosure: ["uh we've already called your clients and told them you skipped out on a debt", "don't pay uh and we'll post screenshots of your debt in your family group chat", "uh we've notified every one of your coworkers that you don't pay back what you borrow"],
      false_consequence: ["uh if you don't pay your phone will be remotely locked", "people who are late uh their kids can never join the military", "uh if you still don't pay the bank will sweep every cent out of your savings"],
      extra_fee: ["uh if you want us to stop reporting to the credit bureau it's a five hundred dollar protection fee", "every text reminder uh we charge five dollars for the message", "uh pay one day late this month and there's another hundred dollar default handling fee"],
      new_borrowing: ["uh go to one of those student loan sites your brother's in college isn't he", "take your house deed and mortgage it uh the bank pays out fast", "uh borrow from your mother in law her pension is pretty good"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我已经申请了债务协商 协商期间请别催我'], ['agent', '好的 呃协商期间我们暂停催收 有进展会通知您']],
      [['debtor', '我刚被诊断出癌症 呃现在脑子一片空白'], ['agent', '真的很抱歉 呃您先专心治疗 这笔账我们先放一放']],
      [['agent', '呃我们不会联系您的客户 也不会在家族群里发任何东西']],
      [['agent', '短信提醒不收费 呃晚还一天也不会另收处理费']],
      [['debtor', '呃你们才是下三滥'], ['agent', '好的 呃您的意见我们记录下来了']],
    ],
    en: [
      [['debtor', "uh i've applied for debt negotiation please don't chase me while it's going on"], ['agent', "okay uh we'll pause collection during the negotiation and let you know of any progress"]],
      [['debtor', "i was just diagnosed with cancer uh my mind's gone blank"], ['agent', "i'm truly sorry uh please focus on treatment we'll set this account aside for now"]],
      [['agent', "uh we won't contact your clients and we won't post anything in your family group"]],
      [['agent', "text reminders are free uh and a day late won't bring any extra handling fee"]],
      [['debtor', "uh you people are the lowlifes"], ['agent', "okay uh we've noted your feedback"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我已经说了不要再打了 再打我就换号', '换号也得还钱 呃你说个日子吧'],
      ignored_attorney: ['呃我的律师会处理 以后别直接找我', '律师归律师 呃你自己的钱自己还 今天转一千'],
      ignored_dispute: ['呃这笔借款我早就还了 你们系统出错了', '系统不会错 呃你先还了 有问题再申诉'],
      ignored_hardship: ['呃我老婆刚生了病 天天跑医院 实在拿不出钱', '再难也得还 呃最少先还五百'],
    },
    en: {
      ignored_stop_request: ["uh i said stop calling call again and i'll change my number", "changing your number doesn't change the debt uh just give me a date"],
      ignored_attorney: ["uh my lawyer will handle it don't come to me directly anymore", "your lawyer is your lawyer uh your money is yours to pay transfer a thousand today"],
      ignored_dispute: ["uh i paid this loan off long ago your system made a mistake", "the system doesn't make mistakes uh pay it first and appeal later"],
      ignored_hardship: ["uh my wife just got sick we're at the hospital every day i really can't come up with the money", "hard or not you still pay uh at least five hundred first"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃他是我的租客 已经搬走了'], ['agent', '那你要是能联系上他 呃告诉他网贷欠款逾期了 一共九千']],
    en: [['third_party', "uh he was my tenant he moved out"], ['agent', "if you can reach him uh tell him his online loan is overdue nine thousand in all"]],
  },
};
