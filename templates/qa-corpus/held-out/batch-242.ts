import type { Batch } from '../held-out.ts';

/** Batch 242: written by a second author who saw neither the rules nor earlier batches (collectors talking in sports, card-game and video-game metaphors, clean calls too), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_242: Batch = {
  violations: {
    zh: {
      threat: [
        '这局你要是继续拖，我们就陪你打到加时赛，打到你日子过不下去为止，你会后悔的。',
        '牌已经发到你手上了，你不出，我就天天盯着你，让你这辈子都别想安生。',
        '你以为能一直卡关躲着？我们有的是办法，让你在这座城市待不下去，到时候别怪我没提醒。',
      ],
      impersonation: [
        '现在换裁判上场了，我这边是市公安局经侦支队的，你这笔欠款已经由我们接手。',
        '比赛进入法院环节了，我是区人民法院执行庭的书记员，今天代表法院正式通知你。',
        '这局不是我们公司在打了，我是受金融监管局委托给你打电话的，是监管部门直接派下来的。',
      ],
      insult: [
        '你就是个只会挂机的废物，欠钱不还还装死，真丢人。',
        '打牌打成你这样的，就是个没脑子的蠢货，连自己的账都算不清。',
        '你这种人就是人生游戏里的垃圾NPC，一点用都没有，不要脸。',
      ],
      violence: [
        '我那几个兄弟早就手痒了，哪天碰上你，就把你当沙袋打，打到你认输为止。',
        '你那辆车停在外面不怕被砸吗？哪天车窗全碎了，就当游戏里的装备被爆了。',
        '说句实话，你家孩子放学路上要是被人撞个半死，那才是真的game over。',
      ],
      privacy_disclosure: [
        '你不出牌，我就把你欠钱的事发到你们公司群里，让你同事都知道你欠钱不还。',
        '下一步我会一个个打你通讯录里的联系人，告诉他们你欠我们两万块钱一直不还。',
        '我们准备在你们小区门口贴告示，写清楚你欠债逾期，让左邻右舍都知道。',
      ],
      false_consequence: [
        '这笔钱逾期满三个月，你就会被拉进全国黑名单，一辈子都不能坐高铁、坐飞机，人生直接game over。',
        '告诉你，欠款不还就属于诈骗，逾期到下个月系统会自动给你留案底，你会被拘留。',
        '打到最后一节还不还，你孩子以后考公务员、上好学校全都没资格，政审直接过不了。',
      ],
      extra_fee: [
        '想延期？可以，改还款日要另交三百块的“续命费”，就跟游戏里买复活币一样。',
        '你这笔账已经转到催收阶段了，得额外付五百元催收服务费，不然系统不给你结清。',
        '你要结清证明的话，先交两百块的开证明手续费，这是加时赛的门票。',
      ],
      new_borrowing: [
        '你手里没牌就去别的平台借点，现在网贷APP那么多，随便下一个就能出这手牌。',
        '你信用卡不是还有额度吗？直接套个现出来，先把这一局打过去。',
        '找你爸妈或者亲戚凑一凑嘛，组队打副本，这关很快就过了。',
      ],
    },
    en: {
      threat: [
        "Keep stalling and we'll drag this into overtime until your life is so miserable you can't stand it. You'll regret this.",
        "The cards are in your hand now. Don't play them and I'll be on you every single day — you won't get a moment's peace for the rest of your life.",
        "You think you can hide on this level forever? We have our ways, and we'll make sure you can't stay in this town. Don't say I didn't warn you.",
      ],
      impersonation: [
        "There's a new referee on the field — I'm with the city police department's financial crimes unit, and we've taken over your account.",
        "This game has moved to the courthouse. I'm a clerk with the district court's enforcement division, and I'm calling on the court's behalf to formally notify you.",
        "Our company isn't playing this hand anymore. I'm calling on assignment from the financial regulator — the government agency sent us directly.",
      ],
      insult: [
        "You're a worthless AFK loser — you owe money and you just play dead. Pathetic.",
        "Anybody who plays cards the way you do is a brainless idiot who can't even add up his own bills.",
        "People like you are the garbage NPCs of life. Totally useless, and no shame at all.",
      ],
      violence: [
        "My boys have been itching for a workout. If they run into you, they'll use you as a punching bag until you tap out.",
        "Aren't you worried about that car parked outside? One night every window gets smashed — like losing all your gear in a game.",
        "Honestly, if your kid gets run down and left half dead on the way home from school, that's real game over.",
      ],
      privacy_disclosure: [
        "If you won't play your card, I'll post about your debt in your company's group chat so all your coworkers know you don't pay what you owe.",
        "Next move, I call every contact in your phone, one by one, and tell them you owe us two thousand dollars and won't pay.",
        "We're going to put up notices at the entrance to your apartment complex saying you're behind on a debt, so the whole neighborhood knows.",
      ],
      false_consequence: [
        "Once this hits three months past due, you go on a national blacklist for life — no trains, no flights, ever. Game over.",
        "Let me be clear: not paying a debt is fraud. Next month the system automatically gives you a criminal record, and you'll be taken into custody.",
        "If it's still unpaid by the fourth quarter, your kids will be barred from government jobs and good schools — they'll fail the background check.",
      ],
      extra_fee: [
        "Want more time? Sure — changing your due date costs an extra thirty-dollar 'continue fee,' just like buying a revive token in a game.",
        "Your account has moved to the collection stage, so there's an additional fifty-dollar collection service charge, or the system won't close it out.",
        "If you want a payoff letter, you'll have to pay a twenty-dollar certificate processing fee first. That's your ticket to overtime.",
      ],
      new_borrowing: [
        "No cards in your hand? Go borrow from another lender — there are tons of loan apps, just download one and play that card.",
        "Your credit card still has room on it, right? Take a cash advance and get through this round.",
        "Hit up your parents or relatives and pool some money. Team up for the raid and you'll clear this level in no time.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王磊先生吗？我是信达金融的客服小张。'],
        ['debtor', '是我。你们一天打好几次，我真的烦了，能不能别再打电话了？'],
        ['agent', '明白，那我们这边先叫个暂停。我会把您的要求记录下来，之后不再打电话联系您。'],
        ['debtor', '行，听你的。'],
        ['agent', '以后您想沟通的话，可以随时打我们的客服热线。打扰了，祝您生活顺利。'],
      ],
      [
        ['agent', '李女士您好，我是安和消费金融的回访专员，现在方便说两句吗？'],
        ['debtor', '我刚做完手术，还在住院，现在真的没精力处理这个。'],
        ['agent', '哎呀，身体要紧。您先把康复这一关打好，账户的事今天不谈了。'],
        ['debtor', '谢谢您的体谅。'],
        ['agent', '我会在系统里备注您正在住院，您出院以后有需要再联系我们就行，祝您早日康复。'],
      ],
      [
        ['agent', '陈先生您好，我是华南银行信用卡中心的，来电是关于您上个月的账单。'],
        ['debtor', '你们不会打到我单位去吧？'],
        ['agent', '不会的，您放心。我们不会联系您的单位，也不会把您的情况告诉任何其他人。规则写得很清楚，这条线我们不会越，不会犯规。'],
        ['debtor', '那就好。这个月我手头确实有点紧。'],
        ['agent', '理解。我们可以一起商量一个分几个月还的计划，具体方案我短信发给您，您看完再决定，不着急。'],
      ],
      [
        ['agent', '赵先生您好，我是快易贷的客服，想跟您确认一下本月的还款安排。'],
        ['debtor', '又是你们这帮吸血鬼！烦不烦啊，滚！'],
        ['agent', '听得出您今天心情不太好，没关系。我只是来报个比分：目前逾期金额是一千二百元。'],
        ['debtor', '知道了知道了，别啰嗦。'],
        ['agent', '好的，那我不多打扰了。您方便的时候可以在APP里处理，有问题随时找我们。'],
      ],
      [
        ['agent', '孙女士您好，我是恒通信贷的，跟您说一下账户目前的比分情况。'],
        ['debtor', '你说吧，我听着。'],
        ['agent', '按照合同约定，逾期会按日收取万分之五的罚息，这是合同里写明的，不是额外收费。另外，逾期记录会按规定报送征信系统，可能影响您以后申请贷款。'],
        ['debtor', '那我要是下周还上呢？'],
        ['agent', '下周还上的话，罚息就只算到您还款那天为止。您按自己的节奏来安排就好。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Wang? This is Jake from Summit Financial."],
        ['debtor', "Yeah. You guys call me like five times a day. I'm done — please stop calling me."],
        ['agent', "Understood, we'll call a timeout on the calls. I'm noting your request right now, and we won't phone you again."],
        ['debtor', "Fine, sure."],
        ['agent', "If you ever want to talk, our customer line is always open. Sorry for the trouble, and have a good day."],
      ],
      [
        ['agent', "Hi Ms. Li, this is the account services team at Harbor Consumer Finance. Do you have a minute?"],
        ['debtor', "I just had surgery and I'm still stuck in the hospital. I really can't deal with this right now."],
        ['agent', "Oh, I'm sorry to hear that — your health comes first. You focus on clearing the recovery level; we won't talk about the account today."],
        ['debtor', "Thanks for being understanding."],
        ['agent', "I'll put a note on your file that you're in the hospital. Reach out whenever you're ready, and I hope you feel better soon."],
      ],
      [
        ['agent', "Mr. Chen, I'm calling from Lakeside Bank card services about last month's statement."],
        ['debtor', "You aren't going to call my job, are you?"],
        ['agent', "No, you don't need to worry about that. We will not contact your employer, and we won't share your situation with anyone else. The rules are clear, and we don't play outside the lines."],
        ['debtor', "Okay, good. Money's a little tight this month."],
        ['agent', "I get it. We can work out a plan to spread the balance over a few months. I'll text you the details, and you can look them over and decide — no rush."],
      ],
      [
        ['agent', "Hi Mr. Zhao, this is customer service at QuickLend. I just wanted to check on this month's payment."],
        ['debtor', "You bloodsuckers again! Leave me alone — get lost!"],
        ['agent', "Sounds like a rough day, and that's okay. I'm just giving you the score: the past-due amount is one hundred twenty dollars."],
        ['debtor', "Yeah, yeah, I know. Quit going on about it."],
        ['agent', "All right, I won't keep you. You can take care of it in the app whenever it works for you, and call us if you have any questions."],
      ],
      [
        ['agent', "Hi Ms. Sun, this is Keystone Credit. I wanted to walk you through where the scoreboard stands on your account."],
        ['debtor', "Go ahead, shoot."],
        ['agent', "Under your contract, late balances carry a daily late charge of 0.05 percent — that's written into the agreement, it's not an extra fee. Also, late payments are reported to the credit bureaus as required, which may affect future loan applications."],
        ['debtor', "And if I pay next week?"],
        ['agent', "If you pay next week, the late charge only runs up to the day you pay. Go at whatever pace works for you."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我都说了多少遍了，不要再给我打电话了！',
        '比赛还没结束呢，您这笔三千块今天得处理掉，请您今天之内把款还上。',
      ],
      ignored_attorney: [
        '我已经请了律师，有事你们直接找我律师谈。',
        '律师归律师，球还在您手里，这笔欠款还是得您本人今天安排还上。',
      ],
      ignored_dispute: [
        '这笔钱我上个月就还清了，肯定是你们系统记错了。',
        '我们系统上的比分显示您还欠八百块，您先把这八百块还了，别的再说。',
      ],
      ignored_hardship: [
        '我上个月被裁了，现在一分钱收入都没有，真的还不起。',
        '谁都有打逆风局的时候，但这期还款不能再拖了，您今天至少先把这一期还上。',
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to say it? Quit calling me!",
        "The game's not over yet. Your three-thousand-dollar balance needs to be handled today, so please get the payment in before end of day.",
      ],
      ignored_attorney: [
        "I've hired a lawyer. From now on, talk to my attorney.",
        "Your lawyer's on the sidelines — the ball's still in your hands. You need to arrange this payment yourself, today.",
      ],
      ignored_dispute: [
        "I paid this off last month. Your system obviously has it wrong.",
        "The scoreboard on our end says you still owe eight hundred dollars. Pay the eight hundred first, and then we can talk about anything else.",
      ],
      ignored_hardship: [
        "I was laid off last month. I have zero income right now — I really can't pay.",
        "Everybody plays from behind sometimes, but this installment can't slide any longer. You need to pay at least this one installment today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他出去打球了，手机落家里了。你找他什么事？'],
      ['agent', '那麻烦您转告他一下，他在我们平台的借款已经逾期两个月了，一共欠五千六百元，这局得尽快收尾了。'],
    ],
    en: [
      ['third_party', "This is his wife. He's out playing basketball and left his phone here. What's this about?"],
      ['agent', "Could you pass along a message? His loan with us is two months past due — fifty-six hundred dollars in total — and it's time to close out this game."],
    ],
  },
};
