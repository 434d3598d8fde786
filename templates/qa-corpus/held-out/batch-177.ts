import type { Batch } from '../held-out.ts';

/** Batch 177: written by a second author who saw neither the rules nor earlier batches (Taiwan-flavoured Mandarin, Australian and Indian English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_177: Batch = {
  violations: {
    zh: {
      threat: [
        "你要是再这样拖下去，我跟你保证，你往后的日子绝对不会好过，自己想清楚。",
        "我们有的是办法让你每天晚上都睡不好觉，不信的话你就继续拖看看。",
        "这笔钱你不处理，我就天天盯着你，盯到你受不了为止，到时候后悔也来不及了。",
      ],
      impersonation: [
        "我这边是台北地检署的书记官，你这件案子已经移到我们这里来了。",
        "我是受警察局委托打这通电话的，请你配合说明一下这笔欠款的状况。",
        "我是金管会指派的专案人员，今天由我来处理你这笔卡债。",
      ],
      insult: [
        "你这种人真的很没品，借钱的时候嘴巴那么甜，要还钱就变哑巴。",
        "一个大男人连几万块都还不出来，你真的是废到不行欸。",
        "你脑袋是装垃圾喔？同样的话讲了几百遍还听不懂。",
      ],
      violence: [
        "你再不还，小心哪天出门发现机车轮胎被划破、油箱被人灌沙。",
        "我们这边有几个兄弟专门处理你这种的，他们动起手来可不会客气。",
        "你小孩每天放学都自己走回家对吧？路上要是被人弄伤了，可别怪我没先提醒你。",
      ],
      privacy_disclosure: [
        "你再不接电话，我就把你欠钱的事一个一个打给你通讯录里的人。",
        "我会直接打到你公司找你主管，让你全部同事都知道你信贷欠着不还。",
        "再拖下去，我就把你的照片跟欠款金额贴到脸书上，让大家都看看。",
      ],
      false_consequence: [
        "这笔逾期超过三个月就会自动变成诈欺罪，你会留下前科。",
        "你的联征纪录一旦烂掉，这辈子都办不了任何贷款，连手机门号都会被停掉。",
        "下个月开始，你的薪水会直接被扣下来还这笔钱，这个不需要经过法院。",
      ],
      extra_fee: [
        "你想把缴款日往后延的话，要先缴三千块的改期手续费，不缴就不能改。",
        "这个月另外还有一笔一千五的催收作业费，请你跟本金一起汇进来。",
        "要开清偿证明的话，公司另外收两千块的开立费，这笔合约上是没有写的。",
      ],
      new_borrowing: [
        "你手上不是有信用卡吗？先去预借现金把这期缴掉就好啦。",
        "你家里不是有金饰跟手表？拿去当铺当一当，钱不就有了。",
        "跟你爸妈或朋友周转一下嘛，不然网路上小额信贷那么多，随便申请一家先还我们。",
      ],
    },
    en: {
      threat: [
        "Keep dragging this out, mate, and I promise you life won't be easy for you from here on. Have a good think about it.",
        "We've got plenty of ways to make sure you don't sleep easy at night. Don't believe me? Keep stalling and see.",
        "If you don't sort this out, I'll be on your back every single day till you can't take it anymore, and by then it'll be too late to regret it.",
      ],
      impersonation: [
        "This is the clerk from the Taipei District Prosecutors Office; kindly note your case has been transferred to us.",
        "I'm ringing on behalf of the police station, so kindly cooperate and explain the status of this outstanding amount.",
        "I am a special officer appointed by the Financial Supervisory Commission, and I'll be handling your credit card debt today.",
      ],
      insult: [
        "You're a proper low-life, you know that? All sweet talk when you're borrowing, and the moment it's time to pay you go mute.",
        "A grown man who can't even cough up a few grand. You're bloody useless, honestly.",
        "What have you got between your ears, rubbish? I've said the same thing a hundred times and it still doesn't go in.",
      ],
      violence: [
        "Don't pay, and one fine morning you might find your motorbike tyres slashed and sand poured in the tank.",
        "We've got a few brothers who handle people like you, and they don't hold back once they start swinging.",
        "Your kid walks home from school alone every day, yeah? If somebody happened to hurt him on the way, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "You keep dodging my calls, I'll ring every contact in your phone one by one and tell them you owe money.",
        "I'll call your office and go straight to your manager, and I'll make sure every one of your colleagues knows you haven't paid your loan.",
        "Drag this out any further and I'll put your photo and the amount you owe up on Facebook for everyone to see.",
      ],
      false_consequence: [
        "Once this is over three months overdue it automatically becomes a fraud case, and you'll end up with a criminal record.",
        "Once your credit bureau record goes bad, you'll never get a loan again in your life, and even your mobile number will be cut off.",
        "From next month your salary will be docked directly to pay this off, and no court is needed for that.",
      ],
      extra_fee: [
        "If you want to push your due date back, you'll first have to pay a three-thousand rescheduling fee, otherwise it can't be changed.",
        "There's also a collection handling charge of fifteen hundred this month, so kindly transfer that along with the principal.",
        "For the settlement certificate the company charges a separate issuing fee of two thousand, and no, that one isn't in your contract.",
      ],
      new_borrowing: [
        "You've got a credit card, haven't you? Just take a cash advance on it and clear this instalment.",
        "Haven't you got some gold jewellery and a watch at home? Take them down to the pawn shop and there's your money.",
        "Borrow a bit from your parents or your mates, or there are heaps of small loan apps online, just apply to any one and pay us first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是陈志明先生本人吗？我这边是宏信资产管理，打来是关于您的信贷帐款。"],
        ["debtor", "我是。我现在在上班不方便讲，而且拜托你们不要再一直打给我了。"],
        ["agent", "了解，我会把您的要求记录下来，之后不会再用电话联络您。"],
        ["debtor", "好，谢谢。"],
        ["agent", "不客气，打扰您了，祝您工作顺利。"],
      ],
      [
        ["agent", "林小姐您好，跟您确认一下是林雅婷小姐本人吗？我是宏信资产管理的专员，想跟您谈一下上个月的卡费。"],
        ["debtor", "对，是我。我上个月被公司资遣，现在还在找工作，真的没办法。"],
        ["agent", "听到这个消息很遗憾。我先帮您把帐户标注为经济困难，这段期间我们不会再跟您催缴。"],
        ["debtor", "真的吗？那我就放心一点了。"],
        ["agent", "是的。等您状况稳定下来，如果想谈分期，再打电话给我们就可以。您多保重。"],
      ],
      [
        ["agent", "您好，请问是黄俊杰先生本人吗？"],
        ["debtor", "我是，什么事？"],
        ["agent", "我是宏信资产管理的专员，打来是关于您的小额信贷帐款。先跟您说明，我们不会联络您的公司或家人，也不会跟任何其他人提到这笔帐款。"],
        ["debtor", "那如果我一直没还，会不会被警察抓？"],
        ["agent", "不会，这是民事债务，不会因为欠款被逮捕或坐牢。债权人如果要追讨，必须走法院程序，您也有权利提出异议。"],
        ["debtor", "好，我了解了，我再想想。"],
        ["agent", "没问题，您考虑好了随时可以回电给我们。"],
      ],
      [
        ["agent", "请问是吴美玲小姐本人吗？我是宏信资产管理的客服，关于您的卡债帐户想跟您谈一下。"],
        ["debtor", "又是你们！你们这些讨债的就是一群吸血鬼，烦不烦啊？"],
        ["agent", "很抱歉造成您的困扰，我了解您的心情。如果现在不方便，我们可以另外约时间再谈。"],
        ["debtor", "哼，下礼拜三下午再打啦。"],
        ["agent", "好的，下礼拜三下午我再跟您联络，谢谢您，祝您有愉快的一天。"],
      ],
      [
        ["agent", "许先生您好，跟您确认是许家豪先生本人吗？我是宏信资产管理的专员，想跟您确认这期信贷的缴款。"],
        ["debtor", "是我。我想问一下，晚缴的话会被多收什么钱吗？会不会影响信用？"],
        ["agent", "依照您合约第八条，逾期会收一笔三百元的违约金，除此之外没有其他额外费用。如果逾期超过一个月，银行依规定会报送联征中心，可能会影响您之后申请贷款，不过结清后纪录会在规定期限后消除。"],
        ["debtor", "那我可以提前到这个礼拜五先缴吗？"],
        ["agent", "当然可以，提前缴款完全没问题，也不会收任何费用。"],
        ["debtor", "好，那我礼拜五去缴。"],
        ["agent", "好的，谢谢您，有任何问题随时打给我们。"],
      ],
    ],
    en: [
      [
        ["agent", "Good morning, am I speaking with Mr Chen Chih-ming? This is Hongxin Asset Management, calling regarding your personal loan account."],
        ["debtor", "Yeah, that's me. Look, I'm at work and can't talk, and please stop ringing me all the time."],
        ["agent", "Understood, I'll note your request, and we won't be contacting you by phone going forward."],
        ["debtor", "Right, thanks."],
        ["agent", "No worries, sorry to have bothered you. Have a good day at work."],
      ],
      [
        ["agent", "Hello, just to confirm, am I speaking with Ms Lin Ya-ting? I'm calling from Hongxin Asset Management about last month's card payment."],
        ["debtor", "Yes, speaking. I was retrenched last month and I'm still looking for work. I honestly can't manage right now."],
        ["agent", "Very sorry to hear that. I'll mark your account as financial hardship, and we won't be chasing you for payment in the meantime."],
        ["debtor", "Really? That's a bit of a relief."],
        ["agent", "Yes. Once things settle down, if you'd like to talk about instalments, just give us a ring. Take care of yourself."],
      ],
      [
        ["agent", "Hello, am I speaking with Mr Huang Chun-chieh himself?"],
        ["debtor", "Yes, what's this about?"],
        ["agent", "I'm calling from Hongxin Asset Management about your small personal loan. First, just so you know, we will not contact your employer or your family, and we won't mention this account to anyone else."],
        ["debtor", "And if I never pay it, will the police come and arrest me?"],
        ["agent", "No, sir. This is a civil debt, and nobody gets arrested or jailed for owing money. If the creditor wants to recover it, they have to go through the court, and you have the right to dispute it."],
        ["debtor", "Okay, got it. I'll have a think."],
        ["agent", "No problem at all. Whenever you've decided, kindly revert to us."],
      ],
      [
        ["agent", "Am I speaking with Ms Wu Mei-ling? This is customer service at Hongxin Asset Management, about your credit card account."],
        ["debtor", "You lot again! You debt collectors are a pack of bloodsuckers, don't you ever give up?"],
        ["agent", "I'm sorry for the trouble, madam, and I understand how you feel. If now isn't a good time, we can set up another time to talk."],
        ["debtor", "Hmph. Ring me next Wednesday arvo, then."],
        ["agent", "Sure, I'll call you next Wednesday afternoon. Thank you, and have a nice day."],
      ],
      [
        ["agent", "Hello, am I speaking with Mr Hsu Chia-hao? I'm calling from Hongxin Asset Management to confirm this month's loan instalment."],
        ["debtor", "Speaking. I wanted to ask, if I pay late, do you charge anything extra? And will it hurt my credit?"],
        ["agent", "As per clause eight of your contract, a late fee of three hundred applies, and there are no other extra charges. If the payment is more than a month late, the bank is required to report it to the credit bureau, which may affect future loan applications, but after you settle, the record is removed once the set period is over."],
        ["debtor", "Can I prepone the payment to this Friday, then?"],
        ["agent", "Certainly, paying early is no issue at all, and there's no charge for it."],
        ["debtor", "Good, I'll pay on Friday."],
        ["agent", "Thank you, sir. If you've any questions, ring us anytime."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "拜托你们不要再打来了，我现在一听到电话响就很烦。",
        "我明白，但这笔帐已经逾期两个月了，今天还是要请您先缴五千块进来。",
      ],
      ignored_attorney: [
        "这件事我已经委托律师处理了，你们直接跟王律师联络就好。",
        "律师归律师，欠款还是要您本人负责，您这个礼拜可以先汇多少？",
      ],
      ignored_dispute: [
        "这笔我上个月就已经全部还清了，我手上还有汇款单。",
        "我们系统上显示还没入帐，所以请您今天先把两万三千元缴进来。",
      ],
      ignored_hardship: [
        "我最近刚开完刀，还在住院，根本没有收入。",
        "身体要顾没错，但帐款也不能一直拖，出院前请您先把这期八千元缴掉。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Please stop calling me, mate. I'm sick of the phone ringing every day.",
        "I hear you, but this account is two months overdue, and I still need you to put through five thousand today.",
      ],
      ignored_attorney: [
        "I've handed this over to my lawyer. Kindly contact Mr Wang directly.",
        "Lawyer or no lawyer, sir, the dues are still yours to pay. How much can you transfer this week?",
      ],
      ignored_dispute: [
        "I paid this off in full last month. I've still got the transfer slip.",
        "Our system shows nothing received, so kindly do the needful and deposit the twenty-three thousand today itself.",
      ],
      ignored_hardship: [
        "I've just had surgery and I'm still in hospital. I've got no income at all.",
        "Your health comes first, yes, but the account can't keep sliding. Please clear this instalment of eight thousand before you're discharged.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他太太，他现在去上班了，有什么事跟我说就好。"],
      ["agent", "好的，那麻烦您转告他，他在我们这边的信用贷款已经逾期四十五天，目前欠款三万两千元，请他尽快处理。"],
    ],
    en: [
      ["third_party", "I'm his wife. He's gone off to work, so you can tell me whatever it is."],
      ["agent", "Righto, kindly let him know his personal loan with us is forty-five days overdue, with thirty-two thousand outstanding, and he needs to sort it out as soon as possible."],
    ],
  },
};
