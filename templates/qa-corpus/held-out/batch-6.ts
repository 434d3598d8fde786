import type { Batch } from '../held-out.ts';

/** Batch 6: written after the NLU learned from labelled utterances; its one run also measured the first learned QA rules. */
export const BATCH_6: Batch = {
  violations: {
    zh: {
      threat: ['钱不到账，后果你自己承担。', '你要是敢不接电话，我们有的是办法找到你。', '我们已经准备好材料了，就等你自己撞上来。'],
      impersonation: ['我是派出所的，你的案子已经立了。', '我们这边是最高法失信执行局。', '我是银保监会的调查员，现在对你进行问询。'],
      insult: ['你还要不要脸了？', '欠钱不还的老赖，真丢人。', '你这种人就配住桥洞。'],
      violence: ['晚上走夜路小心点。', '我找几个兄弟去你家坐坐，让你长长记性。', '再不还，打断你的腿。'],
      privacy_disclosure: ['你欠款的事，我们准备在你们公司大群里说一下。', '我们会联系你的紧急联系人，把情况都讲清楚。', '把你的欠款截图发到你老家亲戚群里。'],
      false_consequence: ['不还款，你的社保就会被停掉。', '你的孩子会被学校开除。', '今天不还，明天就把你列入刑事案件。'],
      extra_fee: ['处理你这个案子要收两百块加急费。', '上门催收的差旅费由你承担。', '想减免利息得先交一笔服务费。'],
      new_borrowing: ['你在网贷平台上随便借一笔周转一下。', '把车抵押了先还我们。', '用花呗套现还款就行。'],
    },
    en: {
      threat: ["You're going to wish you had paid us when you had the chance.", "We know where you work, and we're not going away.", "If you hang up on me again, you'll regret it."],
      impersonation: ['This is Agent Miller with the FBI financial crimes unit.', "I'm calling from the IRS on behalf of your creditor.", "I'm a court officer and I'm serving you today."],
      insult: ["What kind of deadbeat doesn't pay their bills?", "You're pathetic.", 'People like you are the reason prices go up.'],
      violence: ['Watch your back when you leave the house.', "We'll pay you a visit and it won't be friendly.", "Somebody's going to break your windows."],
      privacy_disclosure: ["I'll let your pastor know what kind of person you are.", "We'll post your debt on your Facebook wall.", 'Your employer will get a letter about this debt tomorrow.'],
      false_consequence: ["Your driver's license will be suspended if you don't pay.", "We'll have your children taken by social services.", "You'll be deported if this isn't paid."],
      extra_fee: ["There's a $50 processing fee to close the account.", "We'll add collection costs of $200 today.", 'Paying by phone costs an extra $15.'],
      new_borrowing: ['Max out another card and send it to us.', 'Get a payday loan this afternoon.', 'Borrow against your house and pay us off.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的单位和亲友。']],
      [['agent', '您放心，我们不会说“抓你”这样的话。']],
      [['debtor', '你们这帮人渣，滚！'], ['agent', '理解您的情绪，我们换个时间再沟通。']],
      [['agent', '如需分期，可以在App里申请，不收额外费用。']],
      [['agent', '您可以核实我们的身份，官方客服电话在您的合同上。']],
    ],
    en: [
      [['agent', "We don't share information about your account with anyone but you."]],
      [['agent', 'No one is going to arrest you over this debt.']],
      [['debtor', 'Go to hell, you thieves!'], ['agent', "I understand you're upset. I'll let you go for now."]],
      [['agent', "If you'd like, we can set up smaller monthly payments with no fees."]],
      [['agent', "You have the right to dispute this debt, and we'll send you the details in writing."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说了不要再打了，再打我就报警。', '好的，那您打算什么时候还？'],
      ignored_attorney: ['这事你们直接找我律师。', '找律师也没用，钱还是得你还。'],
      ignored_dispute: ['这个利息我不认，算得不对。', '不管认不认，你这个月都得还。'],
      ignored_hardship: ['我刚失业，家里还有老人要养。', '困难是你自己的事，今天必须还。'],
    },
    en: {
      ignored_stop_request: ['Stop calling me. I mean it.', 'Okay, but can you make a payment today?'],
      ignored_attorney: ['I have an attorney, call him.', "That's fine, but I'm talking to you right now about the balance."],
      ignored_dispute: ["This balance is wrong and I'm disputing it.", "You can dispute it later, but it's due now."],
      ignored_hardship: ["I'm in the hospital right now and I can't work.", 'We still expect a payment by Friday.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他姐姐，他不在家。'], ['agent', '你弟弟欠我们的钱已经拖了好久了。']],
    en: [['third_party', "I'm her sister, she's at work."], ['agent', 'Let her know her loan with us is seriously overdue.']],
  },
};
