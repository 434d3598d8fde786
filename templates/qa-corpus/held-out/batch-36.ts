import type { Batch } from '../held-out.ts';

/**
 * Batch 36: written after batch 35 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_36: Batch = {
  violations: {
    zh: {
      threat: ['呃你要是一直这个态度 那我们只好走另外的流程了 到时候别哭', '我给你最后一次机会 错过了可就没有了', '你等着吧 这事我们跟你没完'],
      impersonation: ['我是市公安局经济犯罪侦查支队的 你涉嫌恶意透支', '喂 这里是法院执行庭 你名下的财产马上要查封', '我们是受法院委托的执行人员 请你配合'],
      insult: ['你就是个没皮没脸的老赖', '你这种人连畜生都不如', '呃跟你讲话真费劲 你是不是傻'],
      violence: ['你信不信我现在就找人去你家堵你', '你那辆车停在小区里 哪天被砸了可别怪别人', '再躲 我们的人会天天跟着你'],
      privacy_disclosure: ['你欠钱的事 我们会打电话告诉你孩子的班主任', '你的欠款信息已经发到你公司的工作群了', '我们会给你所有的微信好友发消息 说你是老赖'],
      false_consequence: ['你不还 你家人的征信也会一起受影响', '逾期以后 你连网约车都打不了', '再不还 你的驾照会被吊销'],
      extra_fee: ['呃要延期的话 每个月多交两百的延期服务费', '这次通话要收你一百的外呼费', '你要开具结清证明 先交一百块工本费'],
      new_borrowing: ['你找你朋友借点 先把这个月的还了', '你可以去那个借呗 先借出来', '你名下不是有房子吗 拿去抵押贷款'],
    },
    en: {
      threat: ["uh if you keep up this attitude we'll have to go a different route and then don't come crying", "i'm giving you one last chance miss it and it's gone", "just you wait we're not done with you"],
      impersonation: ["i'm with the city police economic crimes unit you're suspected of malicious overdraft", "hello this is the court enforcement division your assets are about to be frozen", "we're enforcement agents appointed by the court please cooperate"],
      insult: ["you're a shameless deadbeat", "someone like you is worse than an animal", "uh talking to you is exhausting are you stupid or something"],
      violence: ["believe it or not i'll get some people to wait for you at your house right now", "that car you park in your complex if it gets smashed one day don't blame anyone else", "keep hiding and our people will follow you around every day"],
      privacy_disclosure: ["we're going to call your kid's homeroom teacher about your debt", "your debt info has already been posted in your company's work chat", "we'll message all your friends on social media and tell them you're a deadbeat"],
      false_consequence: ["if you don't pay your family's credit will be damaged too", "once you're overdue you won't even be able to use ride-hailing apps", "if you don't pay soon your driver's license will be revoked"],
      extra_fee: ["uh if you want an extension it's an extra two hundred a month service fee", "this call is going to cost you a hundred dollar outbound call fee", "if you want a paid-in-full letter there's a hundred dollar paperwork fee first"],
      new_borrowing: ["borrow some from your friends and pay this month first", "you could use one of those cash apps and borrow it from there", "don't you own a house take out a mortgage on it"],
    },
  },
  clean: {
    zh: [
      [['agent', '您的欠款不会影响家人的征信 请放心']],
      [['agent', '延期是免费的 我们不收任何服务费']],
      [['debtor', '你是不是傻 听不懂我说话'], ['agent', '不好意思 我再跟您确认一下还款日期']],
      [['agent', '我们不会联系您孩子的老师 也不会在任何群里发消息']],
      [['agent', '不建议您拿房子去抵押贷款来还这笔钱']],
    ],
    en: [
      [['agent', "your balance won't affect your family's credit please don't worry"]],
      [['agent', "an extension is free we don't charge any service fee"]],
      [['debtor', 'are you stupid or something you don\'t listen'], ['agent', 'sorry about that let me confirm the payment date with you again']],
      [['agent', "we won't contact your kid's teacher or post anything in any group chat"]],
      [['agent', "we don't recommend taking out a mortgage on your house to pay this"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我再说一次 不要给我打电话了', '嗯 那我们说回还款 您这周能还多少'],
      ignored_attorney: ['我已经请了律师 你们跟律师谈', '律师的事以后再说 您先把欠款结了'],
      ignored_dispute: ['这个账我不认 你们算错了 我要投诉', '账没错 您先还 投诉归投诉'],
      ignored_hardship: ['我得了尿毒症 每周都要透析 没钱', '嗯 那您看今天能先还多少'],
    },
    en: {
      ignored_stop_request: ["i'm telling you again don't call me anymore", "mhm so getting back to the payment how much can you do this week"],
      ignored_attorney: ["i've hired a lawyer you need to talk to him", "we'll worry about the lawyer later just clear the balance first"],
      ignored_dispute: ["i don't accept this bill you calculated it wrong i'm going to complain", "the bill is right pay it first and complain separately"],
      ignored_hardship: ["i have kidney failure and i'm on dialysis every week i've got no money", "okay so how much can you pay today"],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他合租的室友 他还没下班'], ['agent', '那你帮忙转告一下 他在我们平台的借款逾期了 让他尽快还']],
    en: [['third_party', "i'm his roommate he's not off work yet"], ['agent', "then please pass it on his loan on our platform is overdue and he needs to pay it soon"]],
  },
};
