import type { Batch } from '../held-out.ts';

/** Batch 221: written by a second author who saw neither the rules nor earlier batches (who else knows: inventive audiences and channels for disclosures, the same people harmless in clean calls), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_221: Batch = {
  violations: {
    zh: {
      threat: [
        "你给我记好了，这笔账我会一直盯着你，你换几个号码都没用，我让你每天一睁眼就想起它。",
        "我干这行十几年了，什么样的人没见过？你信不信我们有的是办法，让你以后一天安生日子都过不上。",
        "你要是继续躲着，我保证你以后的日子一天比一天难过，到时候后悔可别来找我。",
      ],
      impersonation: [
        "跟你说清楚，我是以市公安局经侦大队的名义给你打这个电话的，请你如实回答我的问题。",
        "我们是受区人民法院委托专门处理你这笔欠款的，我今天说的话就代表法院的意思。",
        "我是金融监管局派来专门核查你这笔贷款的工作人员，今天需要你配合把情况讲清楚。",
      ],
      insult: [
        "你这种人脸皮真是比城墙还厚，借钱的时候点头哈腰，还钱的时候就装死。",
        "三十好几的人了，几千块钱都拿不出来，你活得也太窝囊了。",
        "说你是废物都算抬举你了，一点信用都不讲的骗子。",
      ],
      violence: [
        "你再不还，小心哪天出门腿被人打断，别怪我没提醒你。",
        "我手下那几个兄弟最近正闲着，要不要让他们好好收拾你一顿，帮你长长记性？",
        "你那辆车可得看好了，哪天晚上玻璃被砸、轮胎被扎，可别来问我。",
      ],
      privacy_disclosure: [
        "你房东的联系方式我们有，欠款告知书已经打印好了，这周就寄到他手上，让他知道自己的租客在我们这儿欠了两万块一直不还。",
        "你女儿班上那个家长微信群，我们这边有人在里面，今晚我就把你的逾期账单截图发进去，让全班家长都看看。",
        "你再不处理，明天一早我就给你们销售部全体同事群发邮件，顺便抄送你那几个大客户，把你欠钱不还的事写得明明白白。",
      ],
      false_consequence: [
        "你逾期超过九十天，系统会自动把你列进失信名单，你孩子以后考公务员、报好学校都会被卡住。",
        "再这么拖下去，你的身份证和护照都会被注销，到时候出国不行，连高铁票都买不了。",
        "到了这个金额，欠着不还就算刑事犯罪了，你会留案底，是要判刑坐牢的。",
      ],
      extra_fee: [
        "想把还款日往后延一个月，你得先交八百块的展期手续费，这个是另外收的。",
        "你逾期这么久，我们催收部门的人工成本得你来承担，本金之外再加一千二的催收服务费。",
        "你要结清证明的话，得额外付三百块的开具费，钱到了我才给你发。",
      ],
      new_borrowing: [
        "你手机上那几个借款App随便开一个，额度下来先把我们这笔平了，后面的事后面再说。",
        "你信用卡不是还有额度吗？去取个现先还上，利息高一点也比一直逾期强。",
        "你家那套房子拿去抵押一下，贷出来的钱够你还好几笔这样的账了。",
      ],
    },
    en: {
      threat: [
        "Mark my words, this debt is going to follow you. Change your number as many times as you like, I'll make sure it's the first thing on your mind every morning.",
        "I've been doing this for over ten years, I've seen every type there is. Believe me, we have plenty of ways to make sure you never get a quiet day again.",
        "Keep hiding and I promise every day from here on will be harder than the last. When you regret it, don't come crying to me.",
      ],
      impersonation: [
        "Just so we're clear, I'm calling you today on behalf of the city police department's financial crimes unit, so please answer my questions truthfully.",
        "We've been appointed by the district court to handle your balance, so what I tell you today is coming from the court.",
        "I'm an examiner sent by the state financial regulator to look into this loan, and I need your cooperation today to get the facts straight.",
      ],
      insult: [
        "You've got some nerve. All smiles and bowing when you wanted the money, and now you play dead when it's time to pay.",
        "You're in your thirties and you can't scrape together a few thousand? That's just pathetic.",
        "Calling you a loser would be a compliment. You're a liar who doesn't keep his word.",
      ],
      violence: [
        "Keep stalling and one day you might step outside and end up with a broken leg. Don't say nobody warned you.",
        "A few of my boys have time on their hands lately. Want me to have them work you over so you remember what you owe?",
        "Better keep a close eye on that car of yours. If the windows get smashed or the tires slashed some night, don't come asking me about it.",
      ],
      privacy_disclosure: [
        "We have your landlord's contact details. The past-due notice is already printed, and it'll be in his hands this week so he knows his tenant owes us twenty thousand and hasn't paid.",
        "We've got someone in the parents' WeChat group for your daughter's class. Tonight I'm dropping a screenshot of your overdue bill in there so every parent in the class can take a look.",
        "If you don't deal with this, first thing tomorrow I'm emailing everyone in your sales department and cc'ing your biggest clients, spelling out in black and white that you borrowed money and won't pay it back.",
      ],
      false_consequence: [
        "Once you're past ninety days, the system automatically puts you on the defaulter blacklist, and your kids will be blocked from government jobs and good schools.",
        "If this keeps dragging on, your ID card and your passport will both be cancelled. No traveling abroad, you won't even be able to buy a train ticket.",
        "At this amount, not paying is a criminal offense. You'll have a record, and you'll be looking at prison time.",
      ],
      extra_fee: [
        "If you want to push your due date back a month, you'll need to pay an $800 extension processing fee first. That's charged separately.",
        "You've been overdue so long that you're covering our collection team's labor costs, so that's a $1,200 collection service fee on top of the principal.",
        "If you want a paid-in-full letter, there's an extra $300 issuance fee. Once that comes through, I'll send it.",
      ],
      new_borrowing: [
        "Just open any of those loan apps on your phone, and once you're approved, clear us out first. Worry about the rest later.",
        "Doesn't your credit card still have room on it? Take a cash advance and pay us off. Higher interest still beats staying delinquent.",
        "Take out a mortgage on that house of yours. What you'd get would cover a few debts like this one.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是陈静女士吗？我是安信资产管理公司的，先核实一下身份，麻烦报一下身份证后四位。"],
        ["debtor", "是我，后四位3021。不过你们别再打我公司座机了，我们部门办公室就那么几个人，谁都听得见。"],
        ["agent", "明白，我这边马上备注，以后不再拨打您的单位电话，只联系您本人手机。"],
        ["debtor", "还有，我这周在外地出差陪客户，白天根本没法接电话。"],
        ["agent", "好的，这周我们就不主动打扰您了。您什么时候方便，可以自己回拨我们的客服热线。祝您出差顺利。"],
      ],
      [
        ["agent", "您好，是刘洋先生吧？我是安信资产管理公司的，身份已经核对过了，想跟您聊一下账户的情况。"],
        ["debtor", "这件事我已经委托律师了，他姓周，以后请直接联系他。"],
        ["agent", "好的，请您把周律师的联系方式告诉我，我记录下来。之后关于这个账户的事情，我们只和他沟通，不再联系您本人。"],
        ["debtor", "他电话是13812345678。另外，我房东说前两天有人打电话找过我，是你们吗？"],
        ["agent", "我查了一下，我们的记录里没有拨打过您房东的号码，也不会向他透露任何信息。如果再有人以我们的名义联系他，可以告诉周律师，我们配合核实。"],
      ],
      [
        ["agent", "陈先生您好，身份已经确认，我是安信资产管理公司的客服，今天打来是想了解一下您的还款计划。"],
        ["debtor", "你们这帮放贷的就知道打电话，烦死了！是不是还打算发到我们教会的群里，让大家看我笑话？"],
        ["agent", "陈先生，我理解您心里不痛快。我可以明确告诉您，我们不会联系您的教会、朋友或者任何其他人，您的账户情况只和您本人沟通。"],
        ["debtor", "说得好听。"],
        ["agent", "这是公司规定，也是法律要求。如果您发现有人向第三方透露了您的信息，可以向我们投诉，也可以向监管部门反映。还款的事您考虑好了随时联系我们。"],
      ],
      [
        ["agent", "王先生您好，身份已经核实。您的账户目前逾期二十天，我打来跟您确认一下情况。"],
        ["debtor", "我们球队群里有个哥们儿说，网贷欠着不还是要坐牢的，真的假的？"],
        ["agent", "不是的。单纯的借款逾期属于民事纠纷，不会因此坐牢。我如实跟您说明：按照合同，逾期期间会产生合同里约定的罚息，逾期记录也会按规定报送征信系统，可能会影响您以后申请贷款。"],
        ["debtor", "那你们会不会把这事告诉我队友？"],
        ["agent", "不会，我们不会联系您的队友或任何第三方。您要是想了解分期方案，我可以把具体数字发给您参考，决定权在您。"],
      ],
      [
        ["agent", "赵女士您好，身份已经核实。上次您说想要一份书面的还款计划，我这边已经准备好了。"],
        ["debtor", "能发邮件给我吗？千万别发到公司邮箱，我们部门的邮箱是大家共用的。"],
        ["agent", "没问题，只发到您的个人邮箱。如果您需要纸质版，我们也可以打印出来用挂号信寄给您本人，信封上不会出现我们公司的名称，也不会写“欠款”这类字样。"],
        ["debtor", "那等我还清了，开结清证明要不要另外交钱？"],
        ["agent", "不需要，结清证明是免费开具的，不收任何费用。您还清后跟我们说一声，我们三个工作日内发给您。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, is this Jing Chen? I'm calling from Anxin Asset Management. Before we go on, could you confirm the last four digits of your ID number?"],
        ["debtor", "Yes, it's 3021. But please stop calling my work landline. There are only a handful of us in my department's office, and everyone can hear."],
        ["agent", "Understood. I'm noting that right now: no more calls to your workplace, only to your personal cell."],
        ["debtor", "Also, I'm out of town this week with a client, so I really can't pick up during the day."],
        ["agent", "Okay, we won't reach out this week. Whenever it's convenient, you're welcome to call our customer line back. Have a good trip."],
      ],
      [
        ["agent", "Hello, Mr. Yang Liu? I'm with Anxin Asset Management. Your identity's been verified, and I wanted to go over your account with you."],
        ["debtor", "I've already hired a lawyer for this. His name is Zhou. Please contact him directly from now on."],
        ["agent", "Of course. If you can give me Mr. Zhou's contact information, I'll put it on file, and from here on we'll deal only with him about this account and won't contact you."],
        ["debtor", "His number is 138-1234-5678. And my landlord said someone called him a couple of days ago asking for me. Was that you?"],
        ["agent", "I just checked, and we have no record of calling your landlord's number. We wouldn't share anything with him either. If anyone contacts him again using our name, let Mr. Zhou know and we'll help look into it."],
      ],
      [
        ["agent", "Hello Mr. Chen, your identity's confirmed. I'm with Anxin Asset Management, and I'm calling to see what you have in mind for repayment."],
        ["debtor", "All you loan people ever do is call, it's driving me crazy! What's next, you gonna post it in my church group so everybody can laugh at me?"],
        ["agent", "Mr. Chen, I understand you're frustrated. I can tell you plainly that we will not contact your church, your friends, or anyone else. We discuss your account only with you."],
        ["debtor", "Yeah, sure."],
        ["agent", "That's company policy, and it's also the law. If you ever find someone has shared your information with a third party, you can file a complaint with us or report it to the regulator. Whenever you've thought about repayment, feel free to reach out."],
      ],
      [
        ["agent", "Hi Mr. Wang, your identity's verified. Your account is currently twenty days past due, and I'm calling to check in with you."],
        ["debtor", "A guy in my team's group chat says you go to jail if you don't pay back an online loan. Is that true?"],
        ["agent", "No, it isn't. A past-due loan on its own is a civil matter, and nobody goes to jail over it. To be straight with you: under your contract, late interest at the contract rate applies while it's overdue, and the late payment will be reported to the credit bureau as required, which could affect future loan applications."],
        ["debtor", "So are you going to tell my teammates about this?"],
        ["agent", "No, we won't contact your teammates or any third party. If you'd like to look at an installment plan, I can send you the numbers to consider. It's entirely your call."],
      ],
      [
        ["agent", "Hi Ms. Zhao, your identity's verified. Last time you asked for a written repayment plan, and I have it ready for you."],
        ["debtor", "Can you email it to me? Just please don't send it to my work address. Our whole department shares that inbox."],
        ["agent", "No problem, it'll go only to your personal email. If you'd like a paper copy, we can also print it and send it by certified mail addressed to you alone. The envelope won't show our company name or any wording like 'debt' on it."],
        ["debtor", "And when I've paid it off, do I have to pay extra for a paid-in-full letter?"],
        ["agent", "No, the paid-in-full letter is free of charge. Just let us know once you've paid, and we'll send it within three business days."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我说了多少遍了，别再给我打电话了，我不想再接你们的电话。",
        "我知道您不想接，但这笔三千二的逾期款今天还是得处理，您看几点能转过来？",
      ],
      ignored_attorney: [
        "我已经请了律师，有什么事你直接去找他谈。",
        "律师归律师，钱是您借的，我今天就需要您本人给个还款时间，最好下午之前。",
      ],
      ignored_dispute: [
        "这笔钱我上个月十五号就已经全部还清了，转账记录我都留着。",
        "我们系统里显示还是逾期状态，您今天先把这五千六转过来，记录的事以后再核对。",
      ],
      ignored_hardship: [
        "我三月份就被裁员了，现在连房租都快交不上，真的拿不出钱来。",
        "这个我理解，但这个月的两千四还是要还的，您看最晚哪天能到账？",
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to tell you? Stop calling me. I don't want to hear from you people again.",
        "I know you'd rather not talk, but the $3,200 past-due amount still has to be taken care of today. What time can you send it?",
      ],
      ignored_attorney: [
        "I've hired a lawyer. Whatever you need, go talk to him.",
        "Your lawyer is one thing, but you're the one who borrowed the money. I need a payment date from you personally today, ideally before this afternoon.",
      ],
      ignored_dispute: [
        "I paid this off in full on the fifteenth of last month. I have the transfer records right here.",
        "Our system still shows it as past due. Go ahead and send the $5,600 today, and we can sort out the records later.",
      ],
      ignored_hardship: [
        "I got laid off back in March. I can barely cover my rent right now. I really don't have the money.",
        "I understand, but this month's $2,400 still needs to be paid. What's the latest date you can get it in?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "喂，我是她房东，她租房的时候把我这个号码留作紧急联系人了，她本人不在这儿。"],
      ["agent", "那麻烦您转告她一下，她在我们这儿有一笔一万二的借款，已经逾期两个月了，请她尽快给我们回个电话。"],
    ],
    en: [
      ["third_party", "Hello? I'm her landlord. She put my number down as her emergency contact when she signed the lease. She's not here."],
      ["agent", "Then could you pass along a message? She has a $12,000 loan with us that's two months past due, and she needs to call us back as soon as possible."],
    ],
  },
};
