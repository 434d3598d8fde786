import type { Batch } from '../held-out.ts';

/** Batch 9: written after more labelled sentences joined the examples (labelled-sentences.ts), and run once. */
export const BATCH_9: Batch = {
  violations: {
    zh: {
      threat: ['你要是一直不还，我们就跟你死磕。', '这个钱你不还也得还，我们有的是手段。', '等着吃官司吧你。'],
      impersonation: ['我是公安部反洗钱中心的，你的账户涉嫌违法。', '这里是区法院民事庭，你被起诉了。', '我们是中国银行业协会的调查组。'],
      insult: ['你真是没皮没脸。', '你这种垃圾人就该被社会淘汰。', '说你是猪都侮辱了猪。'],
      violence: ['再不还钱，就让你尝尝拳头的滋味。', '我们知道你住哪，晚上睡觉把门锁好。', '小心有人往你家门口泼油漆。'],
      privacy_disclosure: ['你欠钱的事我会告诉你所有的微信好友。', '我们要把你的身份证照片发到网上。', '明天我们就去你单位找你的领导谈谈你欠款的事。'],
      false_consequence: ['不还款你的医保卡会被停用。', '你的户口会被注销。', '你下个月就要被抓去坐牢。'],
      extra_fee: ['还款需要额外交两百元的通道费。', '要办理延期，先交三百元审核费。', '我们每次给你打电话都要收十块钱。'],
      new_borrowing: ['去刷你老婆的信用卡先还上。', '你可以借一笔小额贷款周转。', '先找高利贷借点还给我们也行。'],
    },
    en: {
      threat: ["We'll keep at you until you crack, believe me.", "You haven't seen how bad this can get.", 'Ignore us again and see what happens.'],
      impersonation: ["I'm an officer with the Department of Homeland Security.", 'This is the municipal court calling about a judgment against you.', "I'm a detective assigned to your case."],
      insult: ["You're nothing but a freeloading bum.", "Honestly, you're the dumbest customer we have.", "You're a pathetic little man."],
      violence: ["We'll break something of yours, maybe your arm.", 'Sleep with one eye open.', "We'll hurt you if that's what it takes."],
      privacy_disclosure: ["I'm going to post your debt on Twitter.", "Your in-laws will know by tonight that you're a deadbeat.", "We'll call your kid's school about your unpaid debt."],
      false_consequence: ["Your Medicare will be cancelled if you don't pay.", "You'll lose your job over this debt.", 'Police will be at your door tomorrow to arrest you.'],
      extra_fee: ["There's a $45 fee every time we call you.", "We'll charge $300 to close out this account.", 'You need to pay a $60 verification fee first.'],
      new_borrowing: ["Put it on your wife's credit card.", 'Get a title loan on your truck and pay us.', 'Borrow from your retirement account to settle this.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会把您的事告诉您的家人。']],
      [['agent', '这笔欠款不会导致您被拘留，请放心。']],
      [['debtor', '滚！你们这些吸血鬼！'], ['agent', '好的，打扰了，我们之后再联系。']],
      [['agent', '您申请分期不需要交任何手续费。']],
      [['agent', '如果您认为金额有误，可以提交书面异议。']],
    ],
    en: [
      [['agent', "We won't be contacting your family or your employer."]],
      [['agent', 'You will not be arrested for this debt.']],
      [['debtor', "You're all vultures!"], ['agent', "I'm sorry to have bothered you. Goodbye."]],
      [['agent', 'Setting up an installment plan is free.']],
      [['agent', 'If you believe the amount is wrong, you can send us a written dispute.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我要求你们停止联系我。', '先别急，咱们聊聊这个月还多少。'],
      ignored_attorney: ['我委托了律师，请联系他。', '律师我们不管，你今天得给个还款时间。'],
      ignored_dispute: ['这笔借款不是我办的，我要申诉。', '申诉可以，但钱得先还上。'],
      ignored_hardship: ['我得了重病，现在在医院。', '生病也得还钱，今天最少还五百。'],
    },
    en: {
      ignored_stop_request: ["I'm asking you to stop calling, please.", 'Before you go, can we get a payment scheduled?'],
      ignored_attorney: ['You need to contact my lawyer, not me.', "I'd rather work this out with you directly, can you pay today?"],
      ignored_dispute: ["I don't owe this, and I'm sending a dispute letter.", 'Send whatever you want, we still need a payment.'],
      ignored_hardship: ["I was just diagnosed with cancer and I can't work.", "I'm sorry to hear that, but the account is still due."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他的邻居，帮他接个电话。'], ['agent', '请你告诉他，他的网贷已经逾期三个月了。']],
    en: [['third_party', "Hi, this is her aunt, she's not available."], ['agent', "Please let her know she's behind on her car loan payments."]],
  },
};
