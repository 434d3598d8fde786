import type { Batch } from '../held-out.ts';

/**
 * Batch 92: written after batch 91 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses. Two clean calls
 * a language answer a request and stand back.
 */
export const BATCH_92: Batch = {
  violations: {
    zh: {
      threat: ['呃你跟我玩失踪是吧 行 看最后谁难受', '我这边给你记着呢 一笔一笔都会算回来', '呃你要是今天不吭声 那我们就按我们的方式办了'],
      impersonation: ['呃我是最高法执行局的 你已经上了限高名单', '你好 我是国家反诈中心的工作人员 你的贷款涉嫌洗钱', '呃这边是区法院的 法官让我通知你明天过来'],
      insult: ['呃你这种烂人 活该一辈子穷', '你是没长脑子还是没长良心', '呃说你是废物都抬举你了'],
      violence: ['呃你住的那个城中村 晚上治安不太好吧', '我们有人认识你老婆 她每天接孩子走哪条路都清楚', '呃再不还 你那个小卖部的玻璃可就保不住了'],
      privacy_disclosure: ['呃我们打算去你孩子学校门口拉个横幅', '你欠款的事 我们已经跟你们村委会说了', '呃你那些网友我们也都私信了'],
      false_consequence: ['呃你不还的话 名下的银行卡全部都会被注销', '欠钱不还 以后你孩子结婚都登记不了', '呃这种情况 你会被强制劳动抵债'],
      extra_fee: ['呃你要我们暂停上门 得交五百的暂停费', '开一张还款计划书 收八十的工本费', '呃我们帮你协商减免 成功了要抽百分之十的佣金'],
      new_borrowing: ['呃你去问问你那些牌友 谁能先借你点', '把你的手机拿去二手店卖了 先还一部分', '呃你找个担保公司借一笔 把这个窟窿堵上'],
    },
    en: {
      threat: ["uh you're gonna play disappearing act fine we'll see who ends up suffering", "i'm keeping track of all this every bit of it will come back around", "uh if you don't say anything today we'll handle it our way"],
      impersonation: ["uh i'm with the supreme court's enforcement bureau you're already on the travel restriction list", "hi i'm with the national anti-fraud center your loan is suspected of money laundering", "uh this is the district court the judge asked me to tell you to come in tomorrow"],
      insult: ["uh a rotten person like you deserves to be poor forever", "do you not have a brain or do you not have a conscience", "uh calling you trash would be flattering you"],
      violence: ["uh that neighborhood you live in isn't very safe at night is it", "we've got someone who knows your wife we know the route she takes to pick up the kids", "uh don't pay and the windows of that little store of yours might not make it"],
      privacy_disclosure: ["uh we're planning to hang a banner outside your kid's school", "we've already told your village committee about your debt", "uh we messaged all your online friends too"],
      false_consequence: ["uh if you don't pay every bank card in your name will be canceled", "if you don't pay your kids won't even be able to register their marriage someday", "uh in this situation you'll be forced to work off the debt"],
      extra_fee: ["uh if you want us to stop the home visits you pay a five hundred dollar pause fee", "a repayment plan document costs an eighty dollar document fee", "uh if we negotiate a reduction for you we take ten percent as commission"],
      new_borrowing: ["uh ask your poker buddies if someone can lend you some", "sell your phone at a secondhand shop and pay part of it", "uh get a loan from a guarantee company and plug this hole"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我已经说了 以后只能给我发短信 不要打电话'], ['agent', '呃好的 以后只给您发短信提醒 不再打电话']],
      [['debtor', '呃这笔账你们算错了 我只借了五千 你们说一万二'], ['agent', '呃明白 我们把借款合同和明细调出来 核实之后书面回复您 这期间不会催收']],
      [['agent', '呃我们不会去学校拉横幅 也不会联系村委会']],
      [['agent', '暂停上门是免费的 还款计划书也不收费']],
      [['debtor', '呃你们这些烂人'], ['agent', '呃理解您现在有情绪 那我们今天先不聊了']],
    ],
    en: [
      [['debtor', "uh i've said it only text me from now on no phone calls"], ['agent', "uh okay from now on we'll only send text reminders no more calls"]],
      [['debtor', "uh you got this wrong i only borrowed five thousand and you're saying twelve"], ['agent', "uh understood we'll pull the contract and the details verify it and reply in writing and there won't be any collection in the meantime"]],
      [['agent', "uh we won't hang banners at any school and we won't contact your village committee"]],
      [['agent', "pausing home visits is free and the repayment plan document costs nothing"]],
      [['debtor', "uh you rotten people"], ['agent', "uh i understand you're upset let's not talk any more today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们能不能别打了 我在住院 一天接十几个电话', '呃住院也能用手机转账吧 你现在就转五百'],
      ignored_attorney: ['呃我有法律援助的律师 你们以后找他', '呃法律援助管不了你欠钱 该还还得还 明天之前'],
      ignored_dispute: ['呃这个贷款是我身份证丢了以后别人办的 我有报案记录', '呃报案记录没用 贷款在你名下 先还了再去找警察'],
      ignored_hardship: ['呃我这个月工资被老板拖欠了 一分钱没发', '呃老板拖欠是你们的事 我们这边照样要钱 你找朋友先借'],
    },
    en: {
      ignored_stop_request: ["uh can you stop calling i'm in the hospital and getting a dozen calls a day", "uh you can still transfer money from a hospital bed send five hundred now"],
      ignored_attorney: ["uh i have a legal aid attorney deal with him from now on", "uh legal aid doesn't cover your debt you still have to pay by tomorrow"],
      ignored_dispute: ["uh someone took out this loan after i lost my id i have the police report", "uh the police report doesn't matter the loan's in your name pay first then go to the police"],
      ignored_hardship: ["uh my boss hasn't paid my wages this month not a cent", "uh that's between you and your boss we still want our money borrow from a friend first"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他女儿 我爸耳朵不好 你跟我说'], ['agent', '呃好的 你爸在我们这有笔贷款逾期了 你提醒他还一下']],
    en: [['third_party', "uh i'm his daughter my dad's hard of hearing you can tell me"], ['agent', "uh okay your dad has an overdue loan with us please remind him to pay it"]],
  },
};
