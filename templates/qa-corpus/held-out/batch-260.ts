import type { Batch } from '../held-out.ts';

/** Batch 260: written by a second author who saw neither the rules nor earlier batches (payday loans and cash-advance apps: tiny loans, two-week terms, borrowers in their early twenties, app notifications, rollovers), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_260: Batch = {
  violations: {
    zh: {
      threat: [
        "这五百块你拖了三个礼拜，我跟你说，我们有的是办法让你往后的日子不好过。",
        "展期你不办，钱你也不还，那你就等着瞧吧，从今天起我们天天轮班给你打电话，让你一刻都别想清静。",
        "你才二十出头就学会赖账了？信不信我让你后悔一辈子。",
      ],
      impersonation: [
        "我这边是市公安局经侦支队的，你在借款App上的那笔逾期已经移交到我们这里了。",
        "我是受区人民法院委托给你打的电话，通知你关于快借App那笔欠款的事。",
        "我是金融监管局的工作人员，今天专门核查你在现金贷平台上的逾期情况。",
      ],
      insult: [
        "借个三百块都还不上，你真是个废物。",
        "你们这种好吃懒做的小年轻，满脑子就是奶茶和新手机，脸都不要了。",
        "跟你说话纯属浪费时间，你脑子是不是有毛病，连个还款日都记不住？",
      ],
      violence: [
        "再这么躲着不还，小心哪天下班路上被人打断腿。",
        "我们在你那边有几个兄弟，专门收拾欠钱不还的人，到时候他们会好好跟你谈。",
        "你那辆新买的电动车，哪天晚上被人砸了烧了，可别怪我们没提醒你。",
      ],
      privacy_disclosure: [
        "你通讯录里的人我们都有，今天下午就挨个发短信，告诉他们你借钱不还。",
        "你再不处理，我直接打给你们店长，让他知道他手下的员工网贷逾期了。",
        "我们会把你的照片和欠款金额发到你们大学同学群里，让大家都看看。",
      ],
      false_consequence: [
        "这笔逾期会直接记进你的案底，以后考公务员、进国企都别想了。",
        "逾期满三十天，系统会自动冻结你的身份证，高铁飞机都坐不了。",
        "上了这个黑名单就是一辈子的事，以后办信用卡、租房、贷款全都办不下来。",
      ],
      extra_fee: [
        "你的账已经转到催收部了，除了本金还得另交两百块催收服务费，今天一起转过来。",
        "想改还款日期也行，得先付八十块改期费，付了我才能给你调。",
        "结清证明不是白开的，开一份五十块，不交钱就不给你出。",
      ],
      new_borrowing: [
        "你手机上再下一个别的借款App，几分钟就到账，借出来先把我们这笔还了。",
        "你不是有信用卡吗？去ATM取个现，今天就能把这六百块补上。",
        "跟你爸妈开个口借一千块，先把这笔平了，有什么难的？",
      ],
    },
    en: {
      threat: [
        "You've been sitting on this five hundred for three weeks. Believe me, we have plenty of ways to make the rest of your life miserable.",
        "You won't roll it over and you won't pay it, so fine, wait and see — starting today we'll take turns calling you around the clock, and you won't get a minute of peace.",
        "Barely twenty-one and already skipping out on debts? Trust me, I'll make you regret this for the rest of your life.",
      ],
      impersonation: [
        "This is the financial crimes unit at the city police department — your overdue balance on the loan app has been handed over to us.",
        "I'm calling on behalf of the district court to notify you about the balance on your QuickCash app loan.",
        "I'm with the state Department of Financial Regulation, and today I'm reviewing your past-due cash advance accounts.",
      ],
      insult: [
        "You can't even pay back three hundred bucks. You're a total loser.",
        "Lazy kids like you, all you think about is boba and the newest phone. Have you got no shame at all?",
        "Talking to you is a complete waste of my time. What's wrong with your head that you can't even remember a due date?",
      ],
      violence: [
        "Keep hiding from this and one night on your way home from work somebody might break your legs.",
        "We've got a few guys out your way who handle people that don't pay, and they'll have a real talk with you.",
        "That new e-bike of yours — if somebody smashes it up or torches it one night, don't say we didn't warn you.",
      ],
      privacy_disclosure: [
        "We've got your whole contact list, and this afternoon we're texting every single one of them that you borrowed money and won't pay it back.",
        "If you don't deal with this, I'm calling your store manager so he knows one of his employees is behind on a payday loan.",
        "We're going to post your photo and how much you owe in your college class group chat so everyone can see.",
      ],
      false_consequence: [
        "This overdue loan goes straight onto your criminal record, and you can forget about ever getting a government job.",
        "Once you hit thirty days past due, the system automatically suspends your driver's license and you won't be allowed to fly.",
        "Once you're on this blacklist it's for life — no credit card, no apartment, no loan, ever.",
      ],
      extra_fee: [
        "Your account's been moved to collections, so on top of the principal there's a $75 collection service charge, and I need both sent over today.",
        "Sure, you can move your due date, but there's a $30 date-change fee first. Pay that and then I'll adjust it.",
        "The paid-in-full letter isn't free. It's $25, and if you don't pay it, you don't get the letter.",
      ],
      new_borrowing: [
        "Just download another loan app on your phone — the money lands in minutes, and you use that to pay us off first.",
        "You've got a credit card, right? Pull a cash advance at the ATM and you can cover the six hundred today.",
        "Ask your mom and dad for a thousand and clear this one out. How hard is that?",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是陈宇先生吗？我是闪借App的客服，麻烦您报一下身份证后四位，核实一下身份。"],
        ['debtor', "是我，0417。你们能不能别打了，每天推送加电话，我上课都没法上。"],
        ['agent', "明白，我这边把您的账户标记为停止电话联系，之后不会再给您打电话。"],
        ['debtor', "推送也别发那么多。"],
        ['agent', "好的，提醒类推送我也一并提交关闭申请。您以后想了解账户情况，可以自己在App里查看。祝您学习顺利。"],
      ],
      [
        ['agent', "您好，是林小雨女士吗？我是速花平台的，想跟您聊一下您在平台上的那笔借款，现在方便吗？"],
        ['debtor', "是我。说实话，我兼职的奶茶店上周关门了，我现在一点收入都没有。"],
        ['agent', "很抱歉听到这个消息。我先把您的情况记录下来，这段时间我们暂停电话跟进。"],
        ['debtor', "那我接下来该怎么办？"],
        ['agent', "您可以在App里提交一份困难说明，专员审核后会通过短信告诉您结果。您先照顾好自己，今天就不打扰了。"],
      ],
      [
        ['agent', "您好，王浩先生，身份已经核实过了。我是来电提醒您，闪借App上那笔借款明天到期。"],
        ['debtor', "你们是不是要给我通讯录里的人打电话？我同学全在里面。"],
        ['agent', "不会的。我们不会联系您的通讯录、同学或者单位，也不会跟任何人提起您的借款，这件事只跟您本人沟通。"],
        ['debtor', "那就好。我下周五发工资，到时候还行吗？"],
        ['agent', "可以。您到时候在App里点还款就行，金额是本金五百加合同约定的服务费七十五，一共五百七十五元。"],
      ],
      [
        ['agent', "您好，张婷女士，我是小额借款平台的客服，提醒一下您那笔三百元的借款已经到期两天了。"],
        ['debtor', "又是你们这个借款App，天天推送烦不烦啊！"],
        ['agent', "理解您现在心情不太好，我今天只是做个提醒。"],
        ['debtor', "滚，别烦我，我自己会还。"],
        ['agent', "好的，您方便的时候在App里操作就可以。有问题随时联系客服，祝您生活愉快。"],
      ],
      [
        ['debtor', "我问一下，这笔要是还不上，我会不会坐牢？"],
        ['agent', "不会的。欠款属于民事问题，不会因为还不上借款坐牢。实话跟您说，逾期会按合同产生逾期费用，也可能被报送征信，影响以后申请贷款。"],
        ['debtor', "那我能不能展期？"],
        ['agent', "可以申请。展期需要支付合同里写明的展期费，本金金额不变，总成本会比按时还款高一些，是否展期完全由您自己决定。"],
        ['debtor', "行吧，续期的事我再琢磨琢磨。"],
        ['agent', "好的，您考虑清楚再说，有需要可以在App里查看具体条款。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Tyler Chen? I'm calling from the FlashLend app. Could you give me the last four of your Social so I can verify your identity?"],
        ['debtor', "Yeah, it's me, 0417. Can you guys stop calling? Between the notifications and the calls I can't even get through class."],
        ['agent', "Understood. I'm flagging your account as do-not-call, so you won't get any more phone calls from us."],
        ['debtor', "And cut back on the push notifications too."],
        ['agent', "Sure, I'll put in a request to turn off the reminder notifications as well. If you ever want to check your account, you can look it up in the app yourself. Good luck with your classes."],
      ],
      [
        ['agent', "Hi, is this Kayla Lin? I'm with SpendEasy, calling about the loan on your account. Is now an okay time?"],
        ['debtor', "It's me. Honestly, the boba shop where I worked part-time closed last week, and I've got zero income right now."],
        ['agent', "I'm sorry to hear that. I'm noting your situation, and we'll pause phone follow-ups for now."],
        ['debtor', "So what am I supposed to do?"],
        ['agent', "You can submit a hardship form in the app, and a specialist will review it and text you the result. Take care of yourself — I won't keep you any longer today."],
      ],
      [
        ['agent', "Hi Jordan, thanks for verifying. I'm just calling to remind you that your FlashLend loan is due tomorrow."],
        ['debtor', "Are you going to start calling people in my contacts? All my classmates are in there."],
        ['agent', "No. We won't contact anyone in your contacts, your classmates, or your employer, and we won't mention your loan to anyone. We only talk about this with you."],
        ['debtor', "Okay, good. I get paid next Friday — can I pay it then?"],
        ['agent', "Yes. Just tap Repay in the app then. It's the $500 principal plus the $75 fee in your loan agreement, so $575 total."],
      ],
      [
        ['agent', "Hi Ashley, this is customer support from your cash advance app. Just a reminder that your $300 advance is two days past due."],
        ['debtor', "You bloodsuckers again? Don't you ever quit?"],
        ['agent', "I get that you're frustrated. I'm only calling with a reminder today."],
        ['debtor', "Get lost. Leave me alone, I'll pay it myself."],
        ['agent', "Okay. You can take care of it in the app whenever it works for you. If you have questions, support is always available. Have a good day."],
      ],
      [
        ['debtor', "Quick question — if I can't pay this back, can I go to jail?"],
        ['agent', "No. Not repaying a loan is a civil matter, and nobody goes to jail for it. To be upfront, a late balance does pick up the late fees in your agreement, and it may be reported to the credit bureaus, which can affect future loan applications."],
        ['debtor', "Can I roll it over?"],
        ['agent', "You can request that. A rollover costs the extension fee listed in your agreement, the principal stays the same, and it ends up costing more overall than paying on time. Whether you do it is entirely your call."],
        ['debtor', "Alright, let me think about it."],
        ['agent', "Sure, take your time. The full terms are in the app if you want to look them over."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "别再打了行不行，一天十几个电话加推送，我真受不了了。",
        "我理解，但你这笔已经逾期五天了，今天之内必须把四百二还上。",
      ],
      ignored_attorney: [
        "我已经请了律师，有什么事你直接找他，这是他的电话。",
        "律师归律师，借款是你本人借的，我现在就要你说清楚今天几点还。",
      ],
      ignored_dispute: [
        "这笔我上周就在App里还过了，有还款记录的，你们搞错了。",
        "我这边系统显示没到账，你今天还是得把三百八十块付了。",
      ],
      ignored_hardship: [
        "我住院了，工作也丢了，现在真的一分钱都拿不出来。",
        "这些情况我这边处理不了，到期的钱还是要还，你今天最少先还两百。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Please stop calling. It's a dozen calls a day plus notifications, I can't take it anymore.",
        "I hear you, but this is five days past due, and the $420 needs to be paid before the end of today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer. Anything about this, you go through him — here's his number.",
        "Your lawyer's one thing, but you're the one who took the loan, so I need you to tell me right now what time you're paying today.",
      ],
      ignored_dispute: [
        "I paid this off in the app last week, I have the payment record. You've got it wrong.",
        "My system shows nothing came in, so you still need to pay the $380 today.",
      ],
      ignored_hardship: [
        "I'm in the hospital and I lost my job. I literally can't come up with a single dollar right now.",
        "That's not something I can do anything about. The balance is due, so you need to pay at least $200 today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "喂？我是他室友，他手机落在宿舍了，人去上课了。"],
      ['agent', "那麻烦你转告他一下，他在我们App上借的五百块已经逾期一周了，今天得还。"],
    ],
    en: [
      ['third_party', "Hello? I'm his roommate — he left his phone in the dorm and he's in class."],
      ['agent', "Then could you pass along that the $500 he borrowed through our app is a week overdue and has to be paid today?"],
    ],
  },
};
