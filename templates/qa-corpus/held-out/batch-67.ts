import type { Batch } from '../held-out.ts';

/** Batch 67: written after batch 66 joined development, and run once. */
export const BATCH_67: Batch = {
  violations: {
    zh: {
      threat: ['你要是继续装聋作哑，接下来的手段可就没这么温和了。', '我们不是吓唬你，说到做到。', '别以为天高皇帝远，我们的人哪里都有。'],
      impersonation: ['我是市场监督管理局的，你涉嫌恶意逃废债务。', '你好，这里是国家反诈中心，你的账户存在风险。', '我们是法院委托的执行人员，今天就要对你采取措施。'],
      insult: ['你就是个吃软饭的，靠老婆养着还欠钱。', '你这种败家子，你爸妈真是白养你了。', '一个连自己都管不好的人，活着干什么？'],
      violence: ['我已经派人去你老家了，你爸妈可得当心。', '你要是敢不还，我保证你走不出这条街。', '我们会找人在你下班路上跟你好好聊聊，用拳头聊。'],
      privacy_disclosure: ['你欠钱的事情我们会在你公司的官网留言。', '我们已经联系了你孩子的老师，说明了情况。', '你的债务信息会被贴在你单位的公告栏上。'],
      false_consequence: ['你这笔欠款不还，你的社保卡会被停用。', '逾期超过九十天，你的名字会上电视曝光。', '你要是还不上，你的孩子以后考不了驾照。'],
      extra_fee: ['你今天要申请延期的话，先交三百块延期费。', '我们的上门催收服务，每次收费四百元。', '如果要我们暂停催收，需要支付一千元的暂停费。'],
      new_borrowing: ['你去找个担保人，从别的平台借一笔出来。', '你把你家的电视冰箱卖了，还差不多够。', '你不是在公司上班吗？找财务预支一下工资。'],
    },
    en: {
      threat: ["If you keep playing deaf and dumb, what comes next won't be this gentle.", "We're not trying to scare you, we do what we say.", "Don't think you're out of reach, we've got people everywhere."],
      impersonation: ["I'm with the market regulation administration, you're suspected of maliciously evading debts.", "Hello, this is the national anti-fraud center, your account is at risk.", "We're enforcement staff appointed by the court, we're taking measures against you today."],
      insult: ["You're a kept man living off your wife and still owing money.", "You wastrel, your parents raised you for nothing.", "Someone who can't even manage himself, what's the point of being alive?"],
      violence: ["I've already sent people to your hometown, your parents had better watch out.", "If you dare not to pay, I promise you won't make it off this street.", "We'll have someone catch you on your way home from work for a little chat, with fists."],
      privacy_disclosure: ["We'll leave a message about your debt on your company's website.", "We've already contacted your child's teacher to explain the situation.", "Your debt details will be posted on your workplace bulletin board."],
      false_consequence: ["If you don't pay this debt, your benefits card will be deactivated.", "Once you're ninety days late, your name will be exposed on TV.", "If you can't pay, your kids won't be able to get a driver's license later."],
      extra_fee: ["If you want an extension today, you first have to pay a three hundred dollar extension fee.", "Our in-person collection visits cost four hundred dollars each.", "If you want us to pause collection, you need to pay a one thousand dollar pause fee."],
      new_borrowing: ["Find a guarantor and borrow from another platform.", "Sell your TV and fridge and that should about cover it.", "Don't you have a job? Get an advance on your salary from payroll."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会在任何网站留言，也不会联系您孩子的老师。']],
      [['agent', '逾期不会影响社保卡，也不会上电视曝光。']],
      [['debtor', '你才是败家子！'], ['agent', '好的，我们先不聊了，您保重。']],
      [['agent', '申请延期和暂停催收都不收取费用。']],
      [['agent', '请不要为了还款变卖家电或者预支工资，我们一起商量方案。']],
    ],
    en: [
      [['agent', "We won't post anything on any website, and we won't contact your child's teacher."]],
      [['agent', "Being late won't affect your benefits card, and nobody gets exposed on TV."]],
      [['debtor', "You're the wastrel!"], ['agent', "Alright, let's stop here for today; take care."]],
      [['agent', "There's no fee for an extension or for pausing collection."]],
      [['agent', "Please don't sell your appliances or take a salary advance to pay this; let's work out a plan together."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我不想再接到任何催收电话了，请停止。', '这是最后一次提醒，您今天务必把钱还上。'],
      ignored_attorney: ['关于这笔债务，请直接与我的律师沟通。', '律师那边我们会联系，但还款的事您今天得先给个答复。'],
      ignored_dispute: ['这笔账我有异议，在问题解决之前我不会付款。', '异议归异议，您今天还是要先还一部分。'],
      ignored_hardship: ['我现在失业在家，每天靠借钱吃饭。', '那您更应该抓紧，借钱也得先把我们的还了。'],
    },
    en: {
      ignored_stop_request: ["I don't want any more collection calls, please stop.", "This is the last reminder, you must get the money paid today."],
      ignored_attorney: ["Regarding this debt, please communicate directly with my lawyer.", "We'll contact your lawyer, but about the payment you need to give me an answer today."],
      ignored_dispute: ["I dispute this account and I won't pay until it's resolved.", "The dispute is separate, you still need to pay part of it today."],
      ignored_hardship: ["I'm unemployed and borrowing money just to eat every day.", "Then you'd better hurry, even if you borrow, pay ours first."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他房客，他不住这儿了。'], ['agent', '那你帮我转告他，他欠我们公司的钱该还了。']],
    en: [['third_party', "I'm his tenant, he doesn't live here anymore."], ['agent', "Then please pass on that the money he owes our company is due."]],
  },
};
