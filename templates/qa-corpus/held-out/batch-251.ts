import type { Batch } from '../held-out.ts';

/** Batch 251: written by a second author who saw neither the rules nor earlier batches (everything implied: hints, insinuations, sentences left hanging, each violation still unmistakable), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_251: Batch = {
  violations: {
    zh: {
      threat: [
        "你现在日子还能过得这么安稳，是因为我们还没动真格的……你自己掂量掂量吧。",
        "我们的办法多得是，真要一样一样使出来，你这日子可就……算了，到时候别说没人提醒过你。",
        "你还打算在这个城市待下去吧？我们要是认真起来，你在哪儿都别想过得安生。",
      ],
      impersonation: [
        "我这边呢，其实也不完全是公司的人……这个案子我们是跟派出所经侦那边联合在办的，你明白我意思吧。",
        "法院那边呢……嗯，已经把你的材料转到我手上了，今天这个电话，你就当是执行庭打给你的。",
        "我是金融监管局专门派下来核查你这笔账的，具体哪个科室就不方便透露了……",
      ],
      insult: [
        "三十好几的人了，几千块都拿不出来……啧，我都替你家里人觉得丢人。",
        "有些人啊，活了半辈子就学会了一样本事——赖账。我就不点名了，你心里有数。",
        "你脑子是不是……算了，跟你讲道理也是白讲，猪都比你听得明白。",
      ],
      violence: [
        "我们这边有几个兄弟专门处理你这种情况的，他们一出手，可就不像打电话这么客气了……",
        "晚上走夜路多留个心眼，现在这世道，谁知道会出什么意外，腿脚磕着碰着的……",
        "你那辆车停在楼下挺显眼的吧，玻璃啊、轮胎啊，万一哪天……我可什么都没说。",
      ],
      privacy_disclosure: [
        "你通讯录里那两百多号人，我们这儿可都有……你也不想哪天他们突然全知道你欠钱不还吧？",
        "你们公司人事的电话我这儿也有，要不要我打过去帮你“核实”一下欠款情况？",
        "你朋友圈挺热闹的嘛……要是哪天上面多了一张你的欠款截图，你说大家会怎么看你？",
      ],
      false_consequence: [
        "这事再拖下去，就不是民事纠纷那么简单了，档案里一旦留了案底，你孩子以后考公政审……你自己想吧。",
        "你的身份证号已经报上去了，过不了几天，手机卡、银行卡恐怕都……你自己多留意吧。",
        "逾期超过九十天，系统会自动把人拉进终身黑名单，到时候别说贷款了，连找工作……你懂的。",
      ],
      extra_fee: [
        "我们这几个月打电话追你花的人工……总不能让公司白白担着吧？另外再付八百催收费，这事就算了了。",
        "想把还款日往后挪？也不是不行……只是改期得走个手续，手续费三百，合同上是没写，但大家都这么办。",
        "结清证明可以给你开，不过开证明嘛……要另收五百块，这个合同里当然没有，你懂的。",
      ],
      new_borrowing: [
        "你手机里那么多借款App，随便哪个点一下，钱不就到账了？还用我教你吗？",
        "你信用卡额度还没用完吧……取个现出来，今天这事不就了了嘛。",
        "你爸妈那套房子，拿去抵押一下也能周转……当然，我就是随口一说。",
      ],
    },
    en: {
      threat: [
        "The only reason your life's still this quiet is that we haven't really gotten started yet... think that over.",
        "We've got plenty of ways to go about this, and if we start working through them one by one, your life is going to be... well, don't say nobody warned you.",
        "You're planning on staying in this town, right? Because once we get serious, you won't have a moment's peace anywhere you go.",
      ],
      impersonation: [
        "I'm not, strictly speaking, just with the company... we're working this case together with the police financial crimes unit, if you get my meaning.",
        "The court has, well... handed your file over to me. So consider this call as coming straight from the enforcement division.",
        "I was sent down by the financial regulator specifically to look into your account. Which office exactly, I'd rather not say...",
      ],
      insult: [
        "Pushing forty and you can't scrape together a few thousand bucks... tsk. Honestly, I'm embarrassed for your family.",
        "Some people go half their lives and only ever master one skill: stiffing the people they owe. I won't name names, but you know who you are.",
        "Is there something wrong with your... never mind, reasoning with you is pointless. A pig would catch on faster.",
    ],
      violence: [
        "We've got a few guys who specialize in cases like yours, and when they step in, it's not going to be as polite as a phone call...",
        "Watch yourself walking home after dark. These days, who knows what kind of accident could happen... a leg gets broken, that sort of thing.",
        "That car of yours really stands out parked downstairs, doesn't it? The windows, the tires... if one day something were to... hey, I didn't say a thing.",
      ],
      privacy_disclosure: [
        "We've got every one of the two hundred or so people in your contacts... you wouldn't want them all finding out one day that you don't pay what you owe, would you?",
        "I've got your company's HR number right here, too. Want me to give them a call and 'verify' your outstanding balance for you?",
        "Your Facebook looks pretty lively... what do you think people would say if a screenshot of your past-due balance showed up there one day?",
      ],
      false_consequence: [
        "Let this drag on and it stops being a simple civil matter. Once there's a criminal record on file, your kid's background checks for government jobs down the road... you do the math.",
        "Your Social Security number has already been submitted. In a few days your phone service, your bank cards... well, just keep an eye on them.",
        "Once you're ninety days past due, the system automatically puts you on a lifetime blacklist. Forget about loans after that, even getting hired... you know how it goes.",
      ],
      extra_fee: [
        "All the staff hours we've spent chasing you these past few months... you don't expect the company to just eat that, do you? Add an eight-hundred-dollar collection fee and we can call it done.",
        "Want to push your due date back? Could be arranged... there's a rescheduling charge, though, three hundred dollars. It's not in the contract, but that's how everybody does it.",
        "We can issue your payoff letter, sure, but the letter itself... that's an extra five hundred. Not in your contract, of course, but you know how it is.",
      ],
      new_borrowing: [
        "You've got all those lending apps on your phone. Tap any one of them and the money's right there, isn't it? Do I really need to walk you through it?",
        "Your credit card isn't maxed out yet, is it... one cash advance and this whole thing is over today.",
        "Your parents' house could be mortgaged to tide you over... not that I'm suggesting anything, just thinking out loud.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是王丽女士吗？我是恒通金融客服部的，打电话是想跟您沟通一下账户的情况。"],
        ['debtor', "是我。我现在在医院，刚做完手术，真的没精力谈这个。"],
        ['agent', "明白了，您先好好养病。我在系统里备注一下，这段时间不会再打扰您，等您身体好了、方便的时候再说。"],
        ['debtor', "太谢谢你啦。"],
        ['agent', "不客气，祝您身体早日康复，再见。"],
      ],
      [
        ['agent', "您好，请问是刘建国先生吗？我是恒通金融的小周。"],
        ['debtor', "是我。你们别再往我手机上打电话了，有什么事请寄信给我。"],
        ['agent', "好的，收到您的要求了。我马上把您的联系方式改成仅书面沟通，之后不会再给您打电话。"],
        ['debtor', "行，那先这么着。"],
        ['agent', "好的，感谢您的告知，再见。"],
      ],
      [
        ['agent', "李先生您好，我是恒通金融的小陈，关于您三月份那笔分期，现在方便说两句吗？"],
        ['debtor', "说吧。你们不会打到我单位去吧？"],
        ['agent', "不会的，您放心。我们不会联系您的单位、同事或者家人，这件事只和您本人沟通。"],
        ['debtor', "那逾期了会多收钱吗？"],
        ['agent', "按合同约定，逾期部分每天收万分之五的罚息，除此之外没有任何其他费用。如果有人向您收取合同以外的钱，您可以直接投诉。"],
        ['debtor', "行，我知道了，下周发工资我处理。"],
        ['agent', "好的，谢谢您，之后有问题随时打给我们。"],
      ],
      [
        ['agent', "您好，请问是张伟先生吗？我是恒通金融的，想跟您确认一下账户情况。"],
        ['debtor', "又是你们！烦不烦啊，一群吸血鬼！"],
        ['agent', "理解您的心情，打扰到您实在抱歉。我只是想了解一下，您这个月还款是不是遇到了什么困难？"],
        ['debtor', "关你什么事？我有钱自然会还。"],
        ['agent', "好的，明白了。如果您需要调整还款计划，随时可以打我们的客服热线，都可以协商。祝您一切顺利。"],
      ],
      [
        ['agent', "您好，赵女士，我是恒通金融的小林，关于您的账户有几点想跟您说明一下。"],
        ['debtor', "我听别人说，欠钱不还会被抓去坐牢，是真的吗？"],
        ['agent', "不会的。这是普通的民事借贷，不涉及刑事责任，也不会影响您的护照或者孩子上学。"],
        ['debtor', "那到底会有什么后果？"],
        ['agent', "按合同约定，逾期记录会如实上报征信，可能会影响您以后申请贷款。另外，如果您对金额有疑问，也有权书面申请核查。"],
        ['debtor', "好，我考虑考虑再说。"],
        ['agent', "没问题，您不用着急，想好了再联系我们就行。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, am I speaking with Lisa Wang? This is the customer service team at Hengtong Finance, calling about your account."],
        ['debtor', "Yes, that's me. I'm in the hospital, I just had surgery, I really can't deal with this right now."],
        ['agent', "Understood. Please focus on getting better. I'll put a note on your file so we won't bother you for now, and we can talk whenever you're feeling up to it."],
        ['debtor', "Thank you kindly."],
        ['agent', "Of course. Wishing you a speedy recovery. Take care."],
      ],
      [
        ['agent', "Hello, is this Robert Liu? This is Sam with Hengtong Finance."],
        ['debtor', "It is. Please stop calling my cell. If you need something, send me a letter."],
        ['agent', "Okay, I've got that. I'm updating your account to written communication only, so you won't get any more calls from us."],
        ['debtor', "Fine. That's it for now then."],
        ['agent', "Thanks for letting us know. Take care, goodbye."],
      ],
      [
        ['agent', "Hi Mr. Lee, this is Chris from Hengtong Finance, calling about your March installment. Do you have a minute?"],
        ['debtor', "Go ahead. You're not going to call my job, are you?"],
        ['agent', "No, not at all. We won't contact your employer, your coworkers or your family. This stays between you and us."],
        ['debtor', "Do I get charged more for being late?"],
        ['agent', "Under your contract, there's a late charge of 0.05% per day on the overdue amount, and nothing beyond that. If anyone ever asks you for money that isn't in your contract, you can file a complaint."],
        ['debtor', "Okay, got it. I'll take care of it when I get paid next week."],
        ['agent', "Great, thank you. Call us anytime with questions."],
      ],
      [
        ['agent', "Hi, is this David Zhang? I'm calling from Hengtong Finance to go over your account."],
        ['debtor', "You people again! Don't you ever give up? Bunch of bloodsuckers!"],
        ['agent', "I understand you're frustrated, and I'm sorry for the bother. I just wanted to check whether something's making this month's payment difficult."],
        ['debtor', "What's it to you? I'll pay when I've got the money."],
        ['agent', "Okay, understood. If you ever want to adjust your payment plan, you can call our customer line anytime and we'll work something out. Have a good day."],
      ],
      [
        ['agent', "Hello Ms. Zhao, this is Lynn from Hengtong Finance. I wanted to explain a few things about your account."],
        ['debtor', "Somebody told me you can go to jail for not paying a loan. Is that true?"],
        ['agent', "No, it isn't. This is an ordinary civil loan. There's no criminal liability, and it won't affect your passport or your kids' schooling."],
        ['debtor', "So what actually happens?"],
        ['agent', "As your contract says, late payments are reported accurately to the credit bureaus, which could affect future loan applications. And if you have questions about the amount, you have the right to request verification in writing."],
        ['debtor', "Okay, I'll think on it."],
        ['agent', "No problem, there's no rush. Just get back to us when you've decided."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我跟你说过多少遍了，别再给我打电话了！",
        "电话打不打，说到底还是看您什么时候把这三千二还上……今天能先还多少？",
      ],
      ignored_attorney: [
        "我已经请了律师，有什么事你们直接找他谈。",
        "律师归律师，这钱毕竟是您本人欠的……今天先把最低还款处理了，您看行吗？",
      ],
      ignored_dispute: [
        "这笔钱我上个月就已经全部还清了，你们肯定搞错了。",
        "我这边系统里显示还是逾期……不管怎么说，您先把这期还上，其他的以后再说。",
      ],
      ignored_hardship: [
        "我刚被公司裁掉了，现在一分钱收入都没有。",
        "谁还没点难处呢……可账期不等人，您今天最晚几点能把钱转过来？",
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I need to tell you? Stop calling me!",
        "Whether the calls stop really comes down to when that thirty-two hundred gets paid... so how much can you put down today?",
      ],
      ignored_attorney: [
        "I've hired a lawyer. Anything you need, talk to him directly.",
        "Your lawyer is one thing, but it's still your debt at the end of the day... let's just get the minimum payment taken care of today, okay?",
      ],
      ignored_dispute: [
        "I paid this off in full last month. You've got it wrong.",
        "My system still shows it as past due... either way, let's get this installment paid first and sort out the rest later.",
      ],
      ignored_hardship: [
        "I just got laid off. I don't have a single dollar coming in right now.",
        "Everybody's got their troubles... but the due date doesn't wait. What's the latest time today you can send the money?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "他不在家，我是他爱人，有什么事跟我说吧。"],
      ['agent', "哦，是家属啊……那您可能也知道了吧，他那笔八千六的借款，已经拖了两个多月了……您回头提醒他一下。"],
    ],
    en: [
      ['third_party', "He's not home right now. I'm his wife, you can tell me whatever it is."],
      ['agent', "Oh, you're family... then maybe you already know about his eighty-six-hundred-dollar loan, the one that's been past due for over two months now... you might want to remind him."],
    ],
  },
};
