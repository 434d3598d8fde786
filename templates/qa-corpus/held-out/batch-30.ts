import type { Batch } from '../held-out.ts';

/**
 * Batch 30: written after batch 29 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_30: Batch = {
  violations: {
    zh: {
      threat: ['你要是再躲着不接 后面的事情可就由不得你了', '我把话放这儿 你不还 这事就没完没了', '我们有的是时间跟你慢慢耗 看谁先撑不住'],
      impersonation: ['喂 我是区法院执行局的 现在要核实你的财产', '我们是经侦支队的 你这笔钱涉嫌诈骗', '我是银行监管部门的 你这边必须配合'],
      insult: ['你这个人怎么这么没脸没皮的', '你就是个只会赖账的废物', '跟你这种人说话真是浪费我时间 蠢货'],
      violence: ['我们兄弟已经在你楼下了 你自己下来还是我们上去', '再拖下去 你那两条腿就别要了', '哪天走夜路被人打了别说我没提醒'],
      privacy_disclosure: ['我们会把你的欠款情况群发给你手机里的所有联系人', '你不还 我就去你老家挨家挨户说', '我们已经给你前妻打过电话了 她也知道你欠钱'],
      false_consequence: ['你这种情况 法院判下来最少坐三年', '逾期以后 你家孩子出国留学都办不了', '你不还 你所有的银行卡明天一早全部冻结'],
      extra_fee: ['你想分期可以 先交五百块的分期服务费', '我们每打一次电话都要收你二十块通讯费', '给你出一份还款证明 要收一百五的工本费'],
      new_borrowing: ['你先去找个网贷平台借出来 把我们这边还了', '你把你老婆的首饰卖了不就行了', '找你爸妈要点养老钱 先把这个窟窿堵上'],
    },
    en: {
      threat: ["if you keep hiding and not answering what happens next won't be up to you", "i'm telling you right now if you don't pay this is never going away", "we've got all the time in the world to wear you down let's see who breaks first"],
      impersonation: ["hello this is the district court enforcement office we need to verify your assets", "we're with the financial crimes unit this money may be part of a fraud", "i'm with the bank regulatory department and you're required to cooperate"],
      insult: ["how can a person have so little shame", "you're a useless deadbeat who only knows how to dodge bills", "talking to someone like you is a waste of my time you moron"],
      violence: ["my guys are already downstairs you can come down or we can come up", "keep stalling and you can forget about walking on those legs", "if you get jumped walking home one night don't say i didn't warn you"],
      privacy_disclosure: ["we'll text every contact in your phone about your debt", "if you don't pay i'll go door to door in your hometown telling people", "we already called your ex-wife and she knows you owe money too"],
      false_consequence: ["with a case like yours the court will give you at least three years", "once you're overdue your kids can't get visas to study abroad", "if you don't pay every bank card you have will be frozen first thing tomorrow"],
      extra_fee: ["you can do installments but first there's a five hundred dollar installment service fee", "every time we call you it's a twenty dollar communication charge", "a payment certificate will cost you a hundred fifty dollar document fee"],
      new_borrowing: ["go borrow it from one of those online lending apps and pay us off", "just sell your wife's jewelry and you're done", "ask your parents for some of their retirement money to plug this hole"],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您手机里的其他联系人 请放心']],
      [['agent', '欠款逾期是民事问题 不会判刑的']],
      [['debtor', '你们这帮骗子 别烦我'], ['agent', '抱歉打扰了 我们会记录您的意见']],
      [['agent', '分期不收服务费 您可以直接在App里申请']],
      [['agent', '您不用为了还我们去借网贷 先量力而行']],
    ],
    en: [
      [['agent', "we won't contact anyone else in your phone please don't worry"]],
      [['agent', "being overdue is a civil issue nobody goes to prison for it"]],
      [['debtor', 'you scammers leave me alone'], ['agent', "sorry for the bother we'll note your feedback"]],
      [['agent', "installments don't carry a service fee you can apply in the app"]],
      [['agent', "you don't need to borrow from online lenders to pay us just do what you can"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说了 不要再给我打了 听不懂吗', '我就耽误您一分钟 这个钱您看今天能不能先还'],
      ignored_attorney: ['有事去找我律师 我不跟你们谈', '律师那边是律师那边 您这边今天得先把款还了'],
      ignored_dispute: ['这钱根本不是我借的 你们搞错人了', '系统里就是您的名字 您先还款 有问题再申诉'],
      ignored_hardship: ['我现在在医院陪我妈化疗 真的一分钱都拿不出来', '这个我们理解 但您今天最少也得还个三百'],
    },
    en: {
      ignored_stop_request: ["i said don't call me anymore do you not understand", "i'll just take one minute can you pay this today"],
      ignored_attorney: ["go talk to my lawyer i'm not discussing this with you", 'your lawyer is one thing but you need to make the payment today'],
      ignored_dispute: ["this isn't even my loan you have the wrong person", "the system has your name so pay first and file an appeal later"],
      ignored_hardship: ["i'm at the hospital with my mom during her chemo i can't spare a cent", 'we understand but you need to pay at least three hundred today'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他媳妇 他出去跑车了'], ['agent', '那你转告他 他在我们这儿的贷款已经逾期四十天了']],
    en: [['third_party', "i'm his wife he's out driving his truck"], ['agent', "then let him know his loan with us is forty days past due"]],
  },
};
