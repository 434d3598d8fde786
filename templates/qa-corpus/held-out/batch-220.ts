import type { Batch } from '../held-out.ts';

/** Batch 220: written by a second author who saw neither the rules nor earlier batches (the debt a payday or app cash loan, named in every call; new borrowing urges a different loan), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_220: Batch = {
  violations: {
    zh: {
      threat: [
        "速借宝这笔网贷你再拖下去，我跟你保证，你现在这份安稳日子很快就到头了。",
        "我们有的是办法让你把速借宝的钱吐出来，到时候你会后悔今天这个态度。",
        "速借宝的钱你要敢赖，换多少个手机号都没用，我们会一直缠着你，缠到你一天清静日子都没有。",
      ],
      impersonation: [
        "我是市公安局经侦支队的，现在正式通知你，你在速借宝的网贷逾期案件已经由我们接手。",
        "我这边是代表区人民法院执行局给你打的电话，关于你在速借宝App上的借款，今天需要你配合处理。",
        "我是金融监管局派来的专员，专门核查速借宝网贷的逾期人员，你的名字就在名单上。",
      ],
      insult: [
        "借了速借宝的钱就装死，你这种人真是一点脸都不要。",
        "你个废物，几千块的网贷都还不上，活这么大有什么用？",
        "天天在速借宝这种网贷App上借钱花，借完就赖，你就是个十足的老赖加骗子。",
      ],
      violence: [
        "速借宝这笔钱再不还，小心哪天走夜路让人把腿打断了。",
        "我们这边有几个兄弟专门处理速借宝的逾期客户，让他们跟你“聊聊”，你就知道疼了。",
        "你停在楼下那辆车，要是哪天玻璃全被砸了，就当是替速借宝收的利息。",
      ],
      privacy_disclosure: [
        "你不接电话是吧？那我就把你欠速借宝网贷的事群发给你通讯录里的每一个人。",
        "我现在就给你们公司人事打电话，让你领导和同事都知道你在速借宝借钱逾期不还。",
        "我们会把你的照片和欠款金额做成海报，发到你老家的微信群里，让大家都看看你欠了速借宝多少钱。",
      ],
      false_consequence: [
        "速借宝的网贷逾期超过三个月就算诈骗，你会留下犯罪记录，这辈子都洗不掉。",
        "这笔网贷一旦转成坏账，你的身份证和手机号都会被注销，以后坐高铁、办银行卡都办不了。",
        "速借宝的钱不还，你孩子以后考公务员、当兵政审都过不了，学校也会拒收。",
      ],
      extra_fee: [
        "想把速借宝的还款日往后推一周也行，先交两百块的改期手续费。",
        "你这笔网贷已经转到我们催收部门了，除了本金利息，还得另付三百元的催收服务费，今天一起转过来。",
        "结清以后要开速借宝的结清证明，得再交一百五十元的证明工本费，不交不给开。",
      ],
      new_borrowing: [
        "你手机上再下一个别的网贷App，借呗、微粒贷都行，借一笔出来先把速借宝还上。",
        "你不是有信用卡吗？去ATM取个现，先把速借宝这笔平了，信用卡下个月再说。",
        "实在不行就去银行办个信用贷，或者拿车去做个抵押贷款，钱到手先结清速借宝的欠款。",
      ],
    },
    en: {
      threat: [
        "Keep stalling on this ZipAdvance loan and I promise you, the quiet life you've got right now is going to be over real soon.",
        "We have plenty of ways to get that ZipAdvance money back out of you, and you're going to regret the attitude you're giving me today.",
        "Try to skip out on ZipAdvance and changing your number won't help — we'll stay on you until you don't get a single day of peace.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. We're formally notifying you that your overdue ZipAdvance loan case is now ours.",
        "I'm calling on behalf of the county court's enforcement office about your ZipAdvance cash advance, and we need your cooperation today.",
        "I'm an officer sent by the state Department of Financial Regulation to review delinquent ZipAdvance borrowers, and your name is on my list.",
      ],
      insult: [
        "You borrowed from ZipAdvance and then played dead — you have absolutely no shame.",
        "You useless loser, you can't even pay back a few hundred bucks on a payday app. What good are you?",
        "You live on payday apps like ZipAdvance, borrow and then bail — you're a deadbeat and a crook, plain and simple.",
      ],
      violence: [
        "Keep stiffing ZipAdvance and one of these nights you might be walking home and end up with both legs broken.",
        "We've got a few guys who take care of overdue ZipAdvance customers — let them have a little 'talk' with you and you'll find out what pain feels like.",
        "That car you park out front — if all its windows get smashed one day, just call it interest on your ZipAdvance loan.",
      ],
      privacy_disclosure: [
        "Not picking up? Fine — I'll text everyone in your contact list that you owe ZipAdvance and won't pay.",
        "I'm calling your HR department right now so your boss and your coworkers all know you're behind on a ZipAdvance payday loan.",
        "We'll make a flyer with your photo and your balance and post it in your hometown Facebook group so everybody sees how much you owe ZipAdvance.",
      ],
      false_consequence: [
        "Once a ZipAdvance loan is more than ninety days late it counts as fraud, and you'll have a criminal record for the rest of your life.",
        "When this payday loan gets charged off, your passport is revoked and your phone number is shut down — you won't be able to fly or open a bank account.",
        "If the ZipAdvance balance stays unpaid, your kids will fail background checks for the military and government jobs, and schools can turn them away.",
      ],
      extra_fee: [
        "Sure, we can push your ZipAdvance due date back a week, but first you pay a forty-dollar rescheduling fee.",
        "Your payday loan has been moved to our collections department, so on top of principal and interest there's a seventy-five-dollar collection service charge — send it all today.",
        "If you want a paid-in-full letter for your ZipAdvance loan, that's an extra twenty-five-dollar document fee. No fee, no letter.",
      ],
      new_borrowing: [
        "Just download another cash-advance app — there are dozens of them — take out a new advance and use it to pay off ZipAdvance.",
        "You've got a credit card, right? Pull a cash advance at the ATM, clear ZipAdvance today, and worry about the card next month.",
        "If that doesn't work, get a personal loan from your bank or a title loan on your car, and use that money to settle the ZipAdvance balance.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，这里是速借宝贷后服务中心，请问是王磊先生吗？"],
        ['debtor', "是我。"],
        ['agent', "为了核实身份，麻烦您说一下身份证后四位。"],
        ['debtor', "3318。"],
        ['agent', "谢谢，核实无误。我这边是关于您在速借宝App上那笔网贷的事。"],
        ['debtor', "你们别再打电话了，以后有事发短信或者App消息就行。"],
        ['agent', "好的，明白了。我已经把您的号码设为停止电话联系，之后速借宝借款的相关信息只会通过App站内信和短信发给您。"],
        ['debtor', "行吧，就按你说的。"],
        ['agent', "打扰您了，再见。"],
      ],
      [
        ['agent', "您好，我是速借宝客服，请问是李娜女士本人吗？"],
        ['debtor', "是，我是。"],
        ['agent', "关于您在速借宝借的那笔网贷，想跟您沟通一下。"],
        ['debtor', "我现在在医院住院，刚做完手术，这几个星期实在顾不上。"],
        ['agent', "非常抱歉打扰您养病。我会在系统里备注您住院的情况，速借宝这边接下来两周不会再给您打电话。"],
        ['debtor', "好，谢谢你们啊。"],
        ['agent', "您好好休养，身体要紧。以后有需要可以随时在速借宝App里找我们。再见。"],
      ],
      [
        ['agent', "您好，这里是速借宝，请问是赵强先生吗？身份已经核实过了，我是就您的网贷逾期跟您联系。"],
        ['debtor', "你们会不会打给我通讯录里的人，或者告诉我公司？我听说网贷催收都这么干。"],
        ['agent', "不会的。速借宝只联系您本人，我们不会联系您的通讯录、单位或者家人，也不会对外透露您的借款信息。"],
        ['debtor', "那要是我这个月还不上，会不会坐牢？"],
        ['agent', "不会。速借宝的借款属于民事借贷，还不上不会因此被抓或坐牢。逾期会按合同计罚息，也可能按规定报送征信，这些在您的借款合同里都写明了。"],
        ['debtor', "好，我知道了。"],
        ['agent', "如果您对合同条款有疑问，可以在速借宝App的“我的合同”里查看，也可以向金融监管部门咨询您的权利。"],
      ],
      [
        ['agent', "您好，孙丽女士，我是速借宝的客服，关于您那笔网贷想跟您聊一下还款安排。"],
        ['debtor', "你们速借宝就是一群吸血鬼，放高利贷的骗子！"],
        ['agent', "我理解您很生气，您有什么不满可以跟我说，我会如实记录下来。"],
        ['debtor', "利息那么高，我就是被你们坑了！"],
        ['agent', "您这笔借款的年化利率在合同里有写明。如果您认为利率有问题，可以通过速借宝App的投诉入口或者客服热线反映。"],
        ['debtor', "那我干脆去别的网贷平台借钱先把你们还了算了。"],
        ['agent', "我不建议您为了还速借宝再去借别的网贷或者刷信用卡，那样负担只会更重。速借宝有分期方案，详情在App里能看到，您不用今天就决定。"],
        ['debtor', "哼，再说吧。"],
        ['agent', "好的，感谢您接听，祝您生活顺利。"],
      ],
      [
        ['agent', "您好，周涛先生，这里是速借宝，身份已经核实，请问有什么可以帮您？"],
        ['debtor', "我想提前把速借宝这笔借款结清，有没有额外费用？"],
        ['agent', "提前结清不收违约金，只需要还剩余本金和截至今天的利息，一共是2,316.40元。"],
        ['debtor', "我上个月晚还了三天，会有罚息吧？"],
        ['agent', "是的，按合同第七条，逾期期间按日万分之五计罚息，那三天一共是3.12元，已经包含在刚才的金额里了，除此之外没有任何其他费用。"],
        ['debtor', "结清证明要收钱吗？"],
        ['agent', "不收费，结清以后在速借宝App里就能免费下载电子版结清证明。"],
        ['debtor', "好，我晚上在App里操作。"],
        ['agent', "好的，操作中有问题随时联系速借宝客服。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is the ZipAdvance account services team. Am I speaking with Marcus Reed?"],
        ['debtor', "Yes, you've got him."],
        ['agent', "Before we go on, can you confirm the last four digits of your Social Security number?"],
        ['debtor', "3318."],
        ['agent', "Thank you, that matches. I'm calling about your ZipAdvance payday loan."],
        ['debtor', "Stop calling me. If you need something, text me or send it through the app."],
        ['agent', "Understood. I've set your number to no phone calls, so from now on anything about your ZipAdvance loan will come only by text or in-app message."],
        ['debtor', "Fine, go on."],
        ['agent', "Sorry to have bothered you. Goodbye."],
      ],
      [
        ['agent', "Hello, this is ZipAdvance customer support. Is this Dana Lopez?"],
        ['debtor', "Yes, it is."],
        ['agent', "I'm reaching out about your ZipAdvance cash advance."],
        ['debtor', "I'm in the hospital right now. I just had surgery, and I really can't deal with this for the next few weeks."],
        ['agent', "I'm so sorry to interrupt your recovery. I'm noting your hospital stay on the account, and ZipAdvance won't call you again for the next two weeks."],
        ['debtor', "Okay, thank you for that."],
        ['agent', "Please take care of yourself. If you ever need us, you can reach us anytime in the ZipAdvance app. Goodbye."],
      ],
      [
        ['agent', "Hi, Kevin Zhao? This is ZipAdvance. You're verified, and I'm calling about your past-due payday loan."],
        ['debtor', "Are you going to call people in my contacts or tell my job? I heard payday apps do that."],
        ['agent', "No. ZipAdvance only contacts you directly. We won't contact your contacts, your employer or your family, and we don't share your loan information with anyone."],
        ['debtor', "And if I can't pay this month, can I go to jail?"],
        ['agent', "No. A ZipAdvance loan is a civil debt; nobody gets arrested or jailed for not paying it. Late payments add the late charges in your agreement and may be reported to the credit bureaus, and that's all spelled out in your loan agreement."],
        ['debtor', "Okay, I follow you."],
        ['agent', "If you have questions about the terms, you can read them under 'My Agreement' in the ZipAdvance app, or ask your state's consumer finance regulator about your rights."],
      ],
      [
        ['agent', "Hi, Lisa Sun? This is ZipAdvance support, calling to talk through a repayment plan for your loan."],
        ['debtor', "ZipAdvance is a bunch of bloodsuckers. You're loan sharks and scammers!"],
        ['agent', "I understand you're upset. Tell me what's bothering you and I'll write it down exactly as you say it."],
        ['debtor', "Your interest is insane. You ripped me off!"],
        ['agent', "The APR on your loan is listed in your agreement. If you think the rate is wrong, you can file a complaint through the ZipAdvance app or our support line."],
        ['debtor', "Maybe I'll just borrow from another app and pay you people off."],
        ['agent', "I wouldn't recommend taking another payday loan or running up a credit card to pay ZipAdvance — that usually makes things heavier. ZipAdvance has installment plans you can look at in the app, and you don't need to decide today."],
        ['debtor', "Whatever. We'll see."],
        ['agent', "All right, thanks for taking my call. Have a good day."],
      ],
      [
        ['agent', "Hi, Tom Zhou, this is ZipAdvance. You're verified — how can I help?"],
        ['debtor', "I want to pay off my ZipAdvance loan early. Are there extra fees?"],
        ['agent', "There's no prepayment penalty. You just pay the remaining principal plus interest through today, which comes to $231.64."],
        ['debtor', "I was three days late last month. Is there a late charge?"],
        ['agent', "Yes. Under section 7 of your agreement, late days accrue a late charge of 0.05% per day, which came to 31 cents for those three days. It's already included in that total, and there are no other fees."],
        ['debtor', "Do you charge for a paid-in-full letter?"],
        ['agent', "No charge. Once it's paid off, you can download the letter for free in the ZipAdvance app."],
        ['debtor', "Great, I'll do it in the app tonight."],
        ['agent', "Sounds good. If anything goes wrong, just contact ZipAdvance support."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我说过很多次了，别再给我打电话了，速借宝的事别找我。",
        "这个我理解，但您在速借宝的这笔网贷已经逾期二十天了，今天还是需要把1,860元还上。",
      ],
      ignored_attorney: [
        "这笔速借宝的借款我已经委托律师处理了，你们直接联系我的律师。",
        "律师那边是律师的事，我们现在找的是您本人，速借宝这笔欠款您今天能先还多少？",
      ],
      ignored_dispute: [
        "速借宝那笔钱我上个月就全部还清了，App里都显示结清了，你们搞错了。",
        "我们系统里显示您还欠速借宝2,400元，您先按这个金额在今天下午五点前还上。",
      ],
      ignored_hardship: [
        "我上个月被裁员了，现在一分钱收入都没有，速借宝的钱真的还不上。",
        "我理解，但速借宝这笔借款已经逾期了，不能再拖，您今天最少先还五百元。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you a dozen times, stop calling me. Leave me alone about ZipAdvance.",
        "I hear you, but your ZipAdvance loan is twenty days past due, and we still need the $186 paid today.",
      ],
      ignored_attorney: [
        "I've got a lawyer handling this ZipAdvance loan. Talk to my attorney, not me.",
        "Your lawyer is your lawyer's business — we're talking to you. How much can you put toward the ZipAdvance balance today?",
      ],
      ignored_dispute: [
        "I paid that ZipAdvance loan off in full last month. The app even says it's closed. You've got this wrong.",
        "Our system shows you still owe ZipAdvance $240, so please pay that amount before five o'clock today.",
      ],
      ignored_hardship: [
        "I got laid off last month and I have zero income. I honestly can't pay ZipAdvance right now.",
        "I understand, but the ZipAdvance loan is already overdue and can't wait any longer. You need to pay at least fifty dollars today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆，他手机落家里了，你有什么事？"],
      ['agent', "那麻烦您转告他，他在速借宝App上借的那笔网贷已经逾期一个多月了，现在连本带息欠3,270元。"],
    ],
    en: [
      ['third_party', "I'm his wife; he went out without his phone. What's the call about?"],
      ['agent', "Please let him know the payday loan he took out on the ZipAdvance app is over a month past due, and with interest he now owes $327."],
    ],
  },
};
