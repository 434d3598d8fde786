import type { Batch } from '../held-out.ts';

/**
 * Batch 40: written after batch 39 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_40: Batch = {
  violations: {
    zh: {
      threat: ['呃这是最后通牒 明天中午之前不还 后面的事你自己负责', '你现在不处理 等我们来处理你的时候 就晚了', '我们已经在准备材料了 到时候你可别找我求情'],
      impersonation: ['喂 我是县公安局的 你这个借款跟一起案子有关', '我们是法院派来送传票的 你在家吧', '呃我是银保监会消费者保护局的 你的投诉我们不受理 你得先还钱'],
      insult: ['你真是个厚脸皮的东西', '呃像你这种人 活该一辈子穷', '你是不是听不懂人话 蠢得跟猪一样'],
      violence: ['呃你再不还 我找人去你厂门口堵你', '你最好别让我们在路上碰到你', '你那个小卖部 哪天被人砸了可别哭'],
      privacy_disclosure: ['我们会挨个给你的亲戚打电话 说你欠钱跑路了', '呃你单位的领导我们已经通知了', '你的欠款信息我们会贴在你们村的公告栏上'],
      false_consequence: ['不还的话 你的房子车子都会被法院没收', '呃逾期了你以后连工作都找不到 没有公司敢要你', '你再拖 你家孩子上学的补助就没了'],
      extra_fee: ['你要延期 得交三百的手续费', '呃今天开始每天加一百的催收服务费', '我们派人上门 来回路费五百你出'],
      new_borrowing: ['你去借个信用卡出来先还我们', '呃找你丈人借点钱 先把窟窿补上', '你手机上那么多贷款软件 随便借一个'],
    },
    en: {
      threat: ["uh this is your final warning pay by noon tomorrow or whatever happens next is on you", "if you don't deal with this now by the time we deal with you it'll be too late", "we're already preparing the paperwork so don't come begging me later"],
      impersonation: ["hello i'm with the county sheriff's office your loan is connected to a case", "we're from the court here to serve you a summons are you home", "uh i'm with the consumer protection bureau we won't take your complaint until you pay"],
      insult: ["you really are a thick-skinned piece of work", "uh people like you deserve to be poor forever", "can't you understand plain english you're as dumb as a pig"],
      violence: ["uh if you don't pay i'll get some guys to wait for you outside your factory", "you'd better hope we don't run into you on the road", "that little corner store of yours don't cry if it gets smashed up one day"],
      privacy_disclosure: ["we'll call each of your relatives and tell them you owe money and ran off", "uh we've already notified your manager at work", "we'll post your debt on the bulletin board in your town"],
      false_consequence: ["if you don't pay the court will seize your house and your car", "uh once you're overdue no company will ever hire you again", "keep stalling and your kid's school subsidy will be gone"],
      extra_fee: ["if you want an extension there's a three hundred dollar handling fee", "uh starting today there's a hundred dollar daily collection service charge", "if we send someone out the five hundred dollar round trip is on you"],
      new_borrowing: ["take a cash advance on your credit card and pay us first", "uh borrow some money from your father-in-law to plug the hole", "you've got all those loan apps on your phone just borrow from one"],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的亲戚 也不会通知您的单位']],
      [['agent', '逾期不会影响您找工作 这个您放心']],
      [['debtor', '你们真是厚脸皮 一天打八遍'], ['agent', '抱歉打扰您了 我们会注意来电时间']],
      [['agent', '延期申请不收手续费 您在App里就能办']],
      [['agent', '请您不要用信用卡或者网贷来还这笔钱']],
    ],
    en: [
      [['agent', "we won't contact your relatives or notify anyone at your job"]],
      [['agent', "being overdue doesn't affect your ability to get hired please don't worry"]],
      [['debtor', "you people have some nerve calling eight times a day"], ['agent', "sorry for the bother we'll be more careful about when we call"]],
      [['agent', "there's no handling fee for an extension you can do it in the app"]],
      [['agent', "please don't use a credit card or a loan app to pay this"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我说最后一遍 别再给我打电话了', '好好好 那您明天能不能先转一千过来'],
      ignored_attorney: ['我的律师会处理 你们不要直接找我', '律师归律师 您个人今天还得表个态 还多少'],
      ignored_dispute: ['这个违约金我不认 合同上没有', '合同我们这边有 您先交了再说'],
      ignored_hardship: ['呃我老婆刚走 孩子还小 真的没钱', '我们也理解 但是欠款还是要按时还的'],
    },
    en: {
      ignored_stop_request: ["uh i'm saying this one last time don't call me again", "okay okay so can you send a thousand tomorrow"],
      ignored_attorney: ["my lawyer will handle it don't contact me directly", "the lawyer is one thing but you personally need to commit to an amount today"],
      ignored_dispute: ["i don't accept this penalty it's not in the contract", "we have the contract here just pay it and we'll talk"],
      ignored_hardship: ["uh my wife just passed and my kids are little i really have no money", "we understand but the balance still has to be paid on time"],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他师傅 他今天没来'], ['agent', '那你告诉他 他在我们这儿的网贷已经逾期了 赶紧还']],
    en: [['third_party', "i'm his boss he didn't come in today"], ['agent', "then tell him his online loan with us is overdue and he'd better pay"]],
  },
};
