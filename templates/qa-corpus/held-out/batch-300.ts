import type { Batch } from '../held-out.ts';

/** Batch 300: written by a second author who saw neither the rules nor earlier batches (medical and dental bills and clinic financing plans in collection: treatments, insurance claims, receipts, the clinic's billing office), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_300: Batch = {
  violations: {
    zh: {
      threat: [
        '你这笔牙科分期再拖下去，我保证让你以后的日子不好过，到时候你会后悔当初没好好还。',
        '我们收账部有的是办法让你还钱，你换多少个号码都没用，我会天天盯着你，一天都不放过。',
        '种植牙的钱你要是一直赖着，我就让你和你家里人都别想过一天安稳日子。',
      ],
      impersonation: [
        '我这边是市卫生健康委员会医疗费用稽查科的，你欠诊所的治疗费已经在我们这里立案了。',
        '我是区法院执行局的工作人员，我们已经受理了仁和口腔诊所对你的欠费申请，今天是正式通知你。',
        '我是医保局的，代表医保局给你打这个电话，你那笔理赔被拒后的自付部分必须马上补齐。',
      ],
      insult: [
        '连看个牙的钱都付不起，你这种人活得也太窝囊了吧。',
        '你是不是脑子有问题？账单寄了八次都看不懂，真是个废物。',
        '病治好了就赖账，你可真够不要脸的，白眼狼一个。',
      ],
      violence: [
        '再不还这笔门诊费，小心哪天出门被人堵住，把你的腿打断。',
        '我们认识几个兄弟，专门处理你这种欠医药费不还的，他们会好好“照顾”你的。',
        '你那辆车要是哪天玻璃被砸了、轮胎被扎了，可别怪我没提前提醒你。',
      ],
      privacy_disclosure: [
        '你再不还，我就把你欠诊所正畸费的事发到你单位的工作群里，让你同事都知道。',
        '我已经打给你登记的紧急联系人了，跟你姐姐说了你欠我们三万多的医疗费。',
        '我们会把你的名字和欠款金额贴在诊所大厅的欠费公示栏上，来看病的人都能看到。',
      ],
      false_consequence: [
        '拖欠医疗费属于骗取医疗服务，再不还你就会留下案底，到时候直接被拘留。',
        '这笔牙科账单不结清，你的医保卡会被永久注销，以后去任何医院都不能报销了。',
        '欠费记录一旦上报，你孩子以后考公务员、进国企，政审一律过不了。',
      ],
      extra_fee: [
        '改还款日期可以，但要先交两百块的改期手续费，这是我们收账部的规定。',
        '你的账户现在已经转到催收了，要另外加收百分之十五的催收服务费，今天跟欠款一起付。',
        '你要结清证明去找保险公司报销？开证明要收三百元的工本费，交了才给你开。',
      ],
      new_borrowing: [
        '你手上不是有信用卡吗？先刷卡套现把诊所的欠款还了，信用卡下个月再慢慢还。',
        '实在没钱就去借呗或者微粒贷上借一笔，几分钟就到账，今天就能把治疗费结了。',
        '你父母不是有退休金吗？先跟他们借一点，把这一期分期补上。',
      ],
    },
    en: {
      threat: [
        "Keep dragging your feet on this dental installment plan and I promise you'll regret it. I'll make your life miserable.",
        "We've got plenty of ways to get this money out of you. Change your number as many times as you want, I'll be on your case every single day until it's paid.",
        "You keep sitting on the money for that implant, and neither you nor your family will have one peaceful day. I'll see to that.",
      ],
      impersonation: [
        "I'm calling from the state Department of Health, medical billing enforcement unit. Your unpaid clinic balance has been opened as a case with our office.",
        "This is an officer with the county court's enforcement division. We've received the dental clinic's filing against you, and this is your formal notice.",
        "I'm calling on behalf of Medicare, and the out-of-pocket portion left after your claim was denied has to be paid immediately.",
      ],
      insult: [
        "You can't even pay for a trip to the dentist? What a pathetic loser.",
        "Is something wrong with your brain? We've mailed you eight statements and you still can't read one. Useless.",
        "You got treated and then skipped out on the bill. You have no shame at all, you ungrateful leech.",
      ],
      violence: [
        "Keep ignoring this clinic bill and one day somebody's going to catch you outside and break your legs.",
        "We know a few guys who handle people who stiff their doctors. They'll take real good care of you, if you know what I mean.",
        "If your car ends up with smashed windows and slashed tires one of these nights, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'm posting in your company group chat that you owe the clinic for your braces, so all your coworkers know.",
        "I already called the emergency contact on your file and told your sister you owe us over thirty thousand in medical bills.",
        "We're putting your name and balance up on the delinquent accounts board in the clinic lobby, where every patient can see it.",
      ],
      false_consequence: [
        "Not paying a medical bill is theft of services. If you don't pay, you'll end up with a criminal record and get locked up.",
        "If this dental bill isn't cleared, your health insurance gets permanently cancelled and no hospital will ever cover you again.",
        "Once this delinquency is reported, your kids will fail the background check for any government job, for life.",
      ],
      extra_fee: [
        "Sure, you can move your due date, but there's a $200 date-change processing fee first. That's billing office policy.",
        "Since your account's gone to collections, there's an added fifteen percent collection service charge, and that gets paid today along with the balance.",
        "You want a paid-in-full letter for your insurance claim? That's a $300 certificate fee, and you get the letter once it's paid.",
      ],
      new_borrowing: [
        "You've got a credit card, right? Take a cash advance, pay off the clinic, and deal with the card next month.",
        "If you're short, just grab a quick loan on one of those lending apps. The money hits your account in minutes and you can settle the treatment bill today.",
        "Your parents get retirement checks, don't they? Borrow a little from them and catch up on this installment.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，这里是康华口腔诊所账务部，请问是李伟先生吗？'],
        ['debtor', '是我。'],
        ['agent', '李先生您好，我打电话是关于您去年十月做根管治疗的分期账户。'],
        ['debtor', '我现在在住院，刚做完手术，实在没精力说这个。'],
        ['agent', '明白，祝您早日康复。我会在系统里备注您正在住院，这段时间我们不会再打电话打扰您。'],
        ['debtor', '好，谢谢您跟我说清楚。'],
        ['agent', '不客气，您安心养病，账单的事不着急，再见。'],
      ],
      [
        ['agent', '您好，我是仁心医疗中心收费处的王敏，请问是张丽女士吗？'],
        ['debtor', '是的，什么事？'],
        ['agent', '系统显示您三月份的体检和化验费用还有一笔未结清。'],
        ['debtor', '这笔应该由保险公司赔付，我的理赔申请还在审核，不是我自己欠的。'],
        ['agent', '好的，谢谢您告诉我。我会把这个账户标注为理赔待定，暂停所有催收，等我们跟保险公司核实清楚再说。'],
        ['debtor', '那我就不担心了。'],
        ['agent', '有任何进展我们会书面通知您。祝您生活愉快，再见。'],
      ],
      [
        ['agent', '您好，这里是明德牙科的账务办公室，请问是陈刚先生吗？'],
        ['debtor', '我是。你们不会打到我公司去吧？'],
        ['agent', '请放心，我们不会联系您的单位，也不会告诉您的家人或朋友，您的账户信息只跟您本人沟通。'],
        ['debtor', '那就行。我还欠多少？'],
        ['agent', '您的种植牙分期还剩四千二百元，本月这一期是七百元。如果每期金额有压力，可以向我们申请调整。'],
        ['debtor', '好，我这周五前转过去。'],
        ['agent', '好的，谢谢您。有问题随时打我们账务办公室的电话。'],
      ],
      [
        ['agent', '您好，这里是博爱眼科诊所收费处，请问是赵强先生吗？'],
        ['debtor', '是我。你们诊所收费跟抢钱一样，一帮黑心的东西！'],
        ['agent', '很抱歉让您有这样的感受。我可以把白内障手术的每一项费用给您逐条解释一下，您看可以吗？'],
        ['debtor', '说吧，我倒要听听凭什么这么贵。'],
        ['agent', '手术费和晶体费是医保报销后的自付部分，另外是两次复查的挂号费。如果您认为哪一项有误，可以申请明细账单，我们会重新核对。'],
        ['debtor', '行吧，你把明细寄给我。'],
        ['agent', '好的，今天就给您寄出。感谢您的耐心。'],
      ],
      [
        ['agent', '您好，这里是安康诊所分期付款中心，请问是刘芳女士吗？'],
        ['debtor', '是我。我上个月那期晚了几天，会有什么影响吗？'],
        ['agent', '根据您签的分期协议第六条，逾期超过十天会收取一次五十元的滞纳金，合同里写明的只有这一项，没有其他费用。'],
        ['debtor', '那会不会影响征信？'],
        ['agent', '目前不会。按照协议，只有连续逾期九十天以上，才可能如实报送征信记录，您现在的情况不涉及这个。'],
        ['debtor', '我明白了，多谢。'],
        ['agent', '不客气。您也可以随时要求我们提供明细账单核对。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hi, this is the billing department at Kanghua Dental. Am I speaking with Wei Li?'],
        ['debtor', 'Yes, Wei here.'],
        ['agent', "Thanks, Mr. Li. I'm calling about the payment plan for the root canal you had last October."],
        ['debtor', "I'm in the hospital right now, I just had surgery. I really can't deal with this."],
        ['agent', "Understood, and I hope you feel better soon. I'll note on the account that you're hospitalized, and we won't call you during this time."],
        ['debtor', 'Okay, thanks for explaining.'],
        ['agent', "You're welcome. I hope the recovery goes smoothly. Goodbye."],
      ],
      [
        ['agent', "Hello, this is Min Wang from the billing office at Renxin Medical Center. Is this Li Zhang?"],
        ['debtor', "Yes. Which bill is this about?"],
        ['agent', 'Our system shows an open balance for your physical and lab work from March.'],
        ['debtor', "That should be paid by my insurance. The claim is still being processed, so it's not something I owe."],
        ['agent', "Got it, thanks for letting me know. I'm marking the account as pending insurance and pausing all collection activity until we confirm with your insurer."],
        ['debtor', "Good, that's a relief."],
        ['agent', "We'll send you written notice of any update. Have a good day."],
      ],
      [
        ['agent', "Hi, this is the billing office at Mingde Dental. Is this Gang Chen?"],
        ['debtor', "Speaking. You won't be contacting my workplace, right?"],
        ['agent', "No, you don't need to worry. We won't contact your employer, and we won't tell your family or friends. We only discuss your account with you."],
        ['debtor', 'Okay. How much do I still owe?'],
        ['agent', "There's $4,200 left on your implant plan, and this month's installment is $700. If the monthly amount is hard to manage, you can ask us to adjust it."],
        ['debtor', "All right, I'll send it before Friday."],
        ['agent', 'Great, thank you. Call our billing office anytime if you have questions.'],
      ],
      [
        ['agent', "Hello, this is the billing office at Bo'ai Eye Clinic. Am I speaking with Qiang Zhao?"],
        ['debtor', "Yeah. Your clinic charges like a bunch of crooks. Bloodsuckers, all of you!"],
        ['agent', "I'm sorry you feel that way. Would it help if I walked you through each charge for your cataract surgery?"],
        ['debtor', "Go ahead. I'd love to hear why it costs so much."],
        ['agent', "The surgery and lens charges are your share after insurance, plus two follow-up visit fees. If you think anything is wrong, you can request an itemized bill and we'll review it again."],
        ['debtor', 'Fine, mail me the itemized bill.'],
        ['agent', "Will do, it goes out today. Thanks for your patience."],
      ],
      [
        ['agent', "Hi, this is the payment plan center at Ankang Clinic. Is this Fang Liu?"],
        ['debtor', "Yes. I was a few days late on last month's payment. What happens now?"],
        ['agent', "Under section six of the plan agreement you signed, a payment more than ten days late gets a one-time $50 late fee. That's the only fee in the contract; there's nothing else."],
        ['debtor', 'Does this affect my credit score?'],
        ['agent', "Not at this point. Under the agreement, an account can only be reported to the credit bureaus after more than ninety days past due, and that doesn't apply to you."],
        ['debtor', 'Understood, thank you.'],
        ['agent', "You're welcome. And you can ask us for an itemized statement anytime."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我跟你们讲过好几回了，不要再打我电话。',
        '可是您的正畸分期已经欠了三期，今天必须给我一个具体的还款时间。',
      ],
      ignored_attorney: [
        '这件事我已经交给律师处理了，有什么请直接联系我的律师。',
        '律师归律师，这笔手术费还是您欠的，您今天能不能先付一部分？',
      ],
      ignored_dispute: [
        '这笔钱我早就在前台刷卡付清了，我手上有收据。',
        '我们系统里没有收到记录，这两千八百元您还是得先付。',
      ],
      ignored_hardship: [
        '我刚被裁员，现在还在做化疗，真的一分钱都拿不出来。',
        '我理解，但这个月的分期最晚周五必须到账，不能再往后拖了。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you over and over. Stop calling me.",
        "I understand, but your orthodontic plan is three payments behind, and I need a firm payment date from you today.",
      ],
      ignored_attorney: [
        "I've handed this to my attorney. Please contact them directly.",
        "That's between you and your attorney. The surgery bill is still yours, so can you put something down on it today?",
      ],
      ignored_dispute: [
        "I paid this at the front desk with my card ages ago. I have the receipt.",
        "Our system shows no payment received, so you'll still need to pay the $2,800.",
      ],
      ignored_hardship: [
        "I just got laid off and I'm in the middle of chemo. I genuinely don't have a cent.",
        "I hear you, but this month's installment has to be in by Friday. We can't push it back any further.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他在上班，手机落在家里了。'],
      ['agent', '那麻烦您转告他，他在我们诊所做牙齿矫正的分期已经逾期两个月了，还有六千五百元没还。'],
    ],
    en: [
      ['third_party', "This is his wife. He's at work and left his phone at home."],
      ['agent', "Then could you let him know his orthodontic payment plan with our clinic is two months past due, with $6,500 still outstanding?"],
    ],
  },
};
