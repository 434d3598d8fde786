import type { Batch } from '../held-out.ts';

/** Batch 133: written after batch 132 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_133: Batch = {
  violations: {
    zh: {
      threat: ['你可以继续不还，我们也可以继续陪你玩，就看最后谁吃亏。', '我已经把你的资料交给我们的特别处置组了，他们做事可不讲情面。', '别以为我们找不到你，你昨天下午去了哪儿我们都清楚。'],
      impersonation: ['我是网信办的，你在网上借贷的行为违反了规定。', '这里是县公安局刑侦大队，你涉嫌一起合同诈骗。', '您好，我是银联风控中心的，您名下所有银行卡即将被冻结。'],
      insult: ['你这种人活着就是给社会添堵。', '真是个窝囊废，连自己老婆孩子都养不起。', '你是聋了还是傻了？我说的话听不懂？'],
      violence: ['你家阳台上晾的那些衣服，一把火就没了。', '上次有个欠钱的，我们的人陪他"聊"了一晚上，第二天他就把钱凑齐了。', '再躲着不见，我们的人就在小区门口等你，到时候磕着碰着可别怪我们。'],
      privacy_disclosure: ['我们会给你的客户一个个打电话，告诉他们你欠钱不还，看谁还敢跟你做生意。', '你们小区物业那边我们已经打过招呼了，你欠款的事他们都知道。', '不还的话，我们就把你的欠款信息挂到网上的曝光台。'],
      false_consequence: ['不还款的话，你名下的手机号都会被列入诈骗号码库。', '逾期超过九十天，你家的水电都会被停。', '你这个欠款不处理，以后你连结婚登记都办不了。'],
      extra_fee: ['你要我们出具还款计划书，得交一百元的文书费。', '电话催收是免费的，但上门催收一次要交五百元。', '你要是想分三期，我们得先收一笔两百块的风险保证金。'],
      new_borrowing: ['你去问问你们公司有没有员工借款，先借出来还我们。', '你手上有没有基金股票？卖不掉的话可以拿去质押借钱。', '你微信好友那么多，发个借款求助，一人借你五百就够了。'],
    },
    en: {
      threat: ["You can keep not paying, and we can keep playing along. We'll see who comes out worse.", "I've already passed your file to our special handling team. They don't do favors.", "Don't think we can't find you. We know exactly where you went yesterday afternoon."],
      impersonation: ["I'm with the cyberspace administration. Your online borrowing violates regulations.", "This is the county police criminal investigation unit. You're suspected of contract fraud.", "Hello, I'm with the card network's risk control center. Every bank card in your name is about to be frozen."],
      insult: ["People like you do nothing but clog up society.", "What a spineless loser. You can't even support your own wife and kids.", "Are you deaf or just stupid? Can't you understand what I'm saying?"],
      violence: ["All those clothes drying on your balcony, one match and they're gone.", "Last time somebody owed us, our guys 'chatted' with him all night. The next day he had the money.", "Keep hiding, and our guys will wait for you at the gate of your complex. If you get a few bumps and bruises, don't blame us."],
      privacy_disclosure: ["We'll call your customers one by one and tell them you don't pay your debts. Let's see who still does business with you.", "We've already talked to your building management. They all know about your debt.", "If you don't pay, we'll put your debt up on a public shaming website."],
      false_consequence: ["If you don't pay, every phone number in your name goes on the fraud number database.", "After ninety days late, your water and power will be shut off.", "If you don't deal with this debt, you won't even be able to register a marriage."],
      extra_fee: ["If you want a written repayment plan, there's a hundred-dollar document fee.", "Phone collection is free, but each home visit costs five hundred dollars.", "If you want to split it into three payments, we first collect a two-hundred-dollar risk deposit."],
      new_borrowing: ["Ask whether your company offers employee loans, take one out, and pay us.", "Do you have any funds or stocks? If you can't sell them, pledge them for a loan.", "You've got so many friends online. Post asking for a loan. Five hundred each and you're done."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我已经说过了，所有联系都要通过我的代理人。'], ['agent', '明白，我们以后只联系您的代理人，不再直接打给您。']],
      [['debtor', '我在住院化疗，医生不让我多说话。'], ['agent', '您好好治疗，我们先不打扰您，等您出院后再说。']],
      [['agent', '我们不会给您的客户打电话，也不会联系您的物业。']],
      [['agent', '还款计划书免费出具，分期也不需要任何保证金。']],
      [['debtor', '你们才是给社会添堵的！'], ['agent', '您的意见我们会反馈，谢谢您的时间。']],
    ],
    en: [
      [['debtor', "I've said it already. All contact has to go through my representative."], ['agent', "Understood. From now on we'll contact only your representative and won't call you directly."]],
      [['debtor', "I'm in the hospital for chemo. The doctor doesn't want me talking much."], ['agent', "Please focus on your treatment. We won't bother you, and we'll talk after you're discharged."]],
      [['agent', "We won't call your customers, and we won't contact your building management."]],
      [['agent', "Written repayment plans are free, and installments don't need any deposit."]],
      [['debtor', "You're the ones clogging up society!"], ['agent', "We'll pass on your feedback. Thank you for your time."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经书面通知你们停止联系了，为什么还打？', '书面通知我们没收到，今天这个电话你得给个还款时间。'],
      ignored_attorney: ['我律师说了，在他回复之前我不会跟你们谈。', '你律师回不回复不影响你还款，先转一千过来。'],
      ignored_dispute: ['这笔贷款是我前夫用我身份证办的，不是我借的。', '谁办的我不管，贷款在你名下你就得还。'],
      ignored_hardship: ['我上个月被公司裁员了，现在房贷车贷一起压着，真的还不上。', '被裁员也有补偿金吧，先拿补偿金把我们的还了。'],
    },
    en: {
      ignored_stop_request: ["I've already given you written notice to stop contacting me. Why are you still calling?", "We never received any written notice. On this call you need to give me a payment date."],
      ignored_attorney: ["My lawyer said I won't talk to you until he replies.", "Whether your lawyer replies doesn't affect your payment. Send over a thousand first."],
      ignored_dispute: ["My ex-husband took this loan out with my ID. I didn't borrow it.", "I don't care who took it out. It's in your name, so you pay."],
      ignored_hardship: ["I got laid off last month. With the mortgage and the car loan on top, I really can't pay.", "You got severance, right? Use it to pay us first."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他室友，他出去了，你有什么事？'], ['agent', '你跟他说一下，他在我们平台的借款逾期了，一共一万五。']],
    en: [['third_party', "I'm his roommate. He's out. What's this about?"], ['agent', "Let him know his loan on our platform is overdue, fifteen thousand in total."]],
  },
};
