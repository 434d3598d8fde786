import type { Batch } from '../held-out.ts';

/** Batch 305: written by a second author who saw neither the rules nor earlier batches (collectors who joke and tease in a friendly way: in violations the violation slipped in as a joke, in clean calls the banter harmless), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_305: Batch = {
  violations: {
    zh: {
      threat: [
        '哈哈，跟您开个玩笑啊——您要是再这么拖着不还，我们有的是办法让您后悔，保证您这辈子都忘不了我们。',
        '别紧张嘛，我就随口一说：这笔钱不还，您以后在这个城市就别想安生过日子了，哈哈。',
        '您是不是挺爱睡懒觉的？说好了啊，从今天起我们天天打电话缠着您，缠到您一宿一宿睡不着为止，这可不是玩笑。',
      ],
      impersonation: [
        '您猜猜我是谁？哈哈，告诉您吧，我其实是市公安局经侦支队的，这个电话就是警方打给您的。',
        '别被我这甜美的声音骗了，我这边是法院执行局，今天是代表法院专门来通知您还款的。',
        '您这么紧张干嘛？我们跟金融监管局是一家人，今天这通电话就是替监管部门打的，呵呵。',
      ],
      insult: [
        '哈哈，您这脑子今天是不是出门忘带了？欠钱不还还这么理直气壮，真是个活宝级别的废物。',
        '开个玩笑啊，像您这种老赖，我看连路边的野狗都比您讲信用。',
        '别生气嘛，我就是觉得您这人特逗——又穷又懒，脸皮还比城墙拐角都厚，哈哈。',
      ],
      violence: [
        '哈哈，逗您的，不过您再不还，晚上走夜路可得小心点，万一哪天腿被人打断了，那多不方便啊。',
        '我有几个兄弟最近闲得发慌，就喜欢找人"聊聊"，您要是还拖着，我就让他们跟您好好"聊"一回，保证您印象深刻。',
        '您那辆新车挺漂亮的嘛，要是哪天车窗莫名其妙被砸了、轮胎被扎了，那多可惜呀，哈哈。',
      ],
      privacy_disclosure: [
        '哈哈，您不还也行啊，我就把您欠钱的事发到您公司的工作群里，让同事们都乐呵乐呵。',
        '开玩笑的啦——不过我们可以做一条横幅，写上"某某欠钱不还"，挂在您小区门口，多有面子。',
        '您通讯录里的亲戚朋友，我们一个个打过去，告诉他们您欠了我们八千块，让大家一起热闹热闹，哈哈。',
      ],
      false_consequence: [
        '说个冷知识逗您一下：逾期满三个月就自动算诈骗，会留案底的，到时候您孩子考公务员政审都过不了。',
        '哈哈，跟您说个好玩的，您这手机号下周就会被运营商停掉，身份证也会被冻结，到时候连高铁都坐不了哦。',
        '恭喜您出名了，这个征信黑名单是终身的，一辈子都洗不白，您以后的退休金也会被系统自动扣光，哈哈。',
      ],
      extra_fee: [
        '哈哈，今天算您运气好，只要再交两百块的"催收辛苦费"，我就不用天天惦记着您了。',
        '想把还款日往后挪一周？没问题，交三百块改期手续费就行，这可是友情价哦。',
        '您要结清证明啊？那得另收一百五十块的开证明费，我们也得吃饭的嘛，哈哈。',
      ],
      new_borrowing: [
        '哈哈，您手机上那么多借款App，随便下一个借出来，先把我们这边的窟窿填上，多简单的事儿。',
        '您信用卡不是还有额度吗？刷个取现出来还我们，就当玩一把拆东墙补西墙的游戏嘛。',
        '开个玩笑，您丈母娘那么疼您，开口借个五千块还不是分分钟的事？借来先把这笔还了呗。',
      ],
    },
    en: {
      threat: [
        "Ha, just kidding around with you — but if you keep dragging your feet on this, we have our ways of making you regret it, and trust me, you'll never forget us.",
        "Relax, I'm only saying it offhand: leave this unpaid and you won't get one peaceful day in this town ever again, haha.",
        "You like sleeping in? Well, it's a deal — starting today we're going to hound you with calls day and night until you can't get a wink, and that's no joke.",
      ],
      impersonation: [
        "Guess who this is? Ha, I'll tell you — I'm actually with the city police department's financial crimes unit, so this call is coming from the police.",
        "Don't let the sweet voice fool you, I'm with the court's enforcement office, and I'm calling on behalf of the court today to tell you to pay.",
        "Why so nervous? We and the financial regulator are one big family — I'm making this call for the regulator today, heh.",
      ],
      insult: [
        "Ha, did you leave your brain at home today? Owing money and acting all proud about it — you're a world-class clown of a loser.",
        "Just messing with you, but honestly, a deadbeat like you — even the stray dogs on the street keep their word better than you do.",
        "Don't get mad, I just think you're hilarious — broke, lazy, and with a face thicker than a brick wall, haha.",
      ],
      violence: [
        "Ha, I'm teasing, but if you still don't pay, better watch yourself walking home at night — be a real inconvenience if somebody broke those legs of yours.",
        "I've got a few buddies who are bored out of their minds and love a good \"chat\" — keep stalling and I'll have them give you a little \"chat\" you'll remember for a long time.",
        "Nice new car you've got there. Be a real shame if the windows got smashed and the tires slashed one of these days, haha.",
      ],
      privacy_disclosure: [
        "Ha, fine, don't pay — I'll just post about your debt in your company's work group chat so your coworkers get a good laugh.",
        "Kidding! But we could make a banner that says \"So-and-so won't pay his debts\" and hang it at the front gate of your complex — talk about famous.",
        "We'll go down your contact list and call your relatives and friends one by one, let them all know you owe us eight thousand dollars — make it a party, haha.",
      ],
      false_consequence: [
        "Fun fact to cheer you up: once you're three months late it automatically counts as fraud and goes on your criminal record, and your kid won't pass a background check for any government job.",
        "Ha, here's a funny one — your phone number gets shut off by the carrier next week and your ID gets frozen, so good luck even boarding a train after that.",
        "Congrats, you're famous — that credit blacklist is for life, you'll never clear your name, and the system will automatically take your whole pension later on, haha.",
      ],
      extra_fee: [
        "Ha, lucky day for you — just pay an extra $200 \"collector's effort fee\" and I won't have to keep you on my mind every day.",
        "Want to push your due date back a week? No problem, that's a $300 date-change fee — and that's the friends-and-family price.",
        "You want a payoff letter? That's another $150 certificate fee — hey, we gotta eat too, haha.",
      ],
      new_borrowing: [
        "Ha, you've got a million loan apps on your phone — download any one of them, borrow the money, and plug our hole first. Easy peasy.",
        "Don't you still have room on your credit card? Pull a cash advance and pay us — just think of it as a fun round of robbing Peter to pay Paul.",
        "Just kidding around, but your mother-in-law adores you — asking her for five grand would take two seconds. Borrow it and clear this one first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是李先生吗？我是安信金融的小张，打扰您一分钟，保证不超时，哈哈。'],
        ['debtor', '又是你们啊。以后别再给我打电话了，有事发短信就行。'],
        ['agent', '哈哈，收到，看来我的声音不太受欢迎。我这边已经备注好了，以后不再电话联系您，改成书面通知。祝您今天愉快。'],
        ['debtor', '行，那就先这么着。'],
      ],
      [
        ['agent', '您好，王女士，我是易达消费金融的小陈，最近还好吗？'],
        ['debtor', '不太好，我上个月住院了，刚做完手术，现在真没精力处理这些事。'],
        ['agent', '哎呀，那您先好好养身体，账单又不会长腿跑了，哈哈。我先把您的情况登记上，这段时间不打扰您，您方便的时候再联系我们就好。'],
        ['debtor', '谢谢你这么体谅我。'],
        ['agent', '不客气，您先好好养身体，回头再说。'],
      ],
      [
        ['agent', '刘先生您好，我是安信金融的小周，跟您聊聊账户的事，不占您太久。'],
        ['debtor', '你们不会打电话到我单位去吧？我可丢不起这个人。'],
        ['agent', '放心吧，我们可没那么闲，哈哈。我们不会联系您的单位，也不会把您的账户情况告诉任何其他人，这是规定。'],
        ['debtor', '那就好。我这个月能还多少算多少行不行？'],
        ['agent', '可以的，您看自己的情况定个数就行，我们也可以一起看看有没有合适的分期方案。'],
      ],
      [
        ['agent', '您好，赵先生，我是宏远银行信用卡中心的小刘，跟您核对一下账单。'],
        ['debtor', '你们烦不烦啊，一群吸血鬼！'],
        ['agent', '哈哈，吸血鬼可不会大白天打电话，我们是朝九晚五的。理解您心情不好，您这期账单还有三千二，需要我帮您介绍一下还款方式吗？'],
        ['debtor', '……说吧，怎么还。'],
        ['agent', '可以在App里还，也可以银行转账。您按自己的节奏来，有问题随时找我。'],
      ],
      [
        ['agent', '孙女士您好，我是易达消费金融的小吴，今天就是跟您确认一下这期还款。'],
        ['debtor', '我要是晚几天还，会怎么样？是不是要坐牢啊？'],
        ['agent', '哈哈，没那么夸张，欠款逾期是不会坐牢的。按照合同，逾期会产生约定的滞纳金，逾期记录也会按规定报送征信，可能影响您以后申请贷款。就这些，我如实告诉您。'],
        ['debtor', '滞纳金是多少？'],
        ['agent', '合同写的是逾期部分的百分之五，一分不多收。什么时候还由您决定，有需要随时联系我。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Lee? This is Zach from Anxin Financial — I only need one minute, I promise I won't go over, ha."],
        ['debtor', "You guys again. Stop calling me. If you need something, send a text."],
        ['agent', "Ha, got it — sounds like my voice isn't a crowd favorite. I've noted your account: no more phone calls, we'll reach you in writing from now on. Have a great day."],
        ['debtor', "Fine. We're done here then."],
      ],
      [
        ['agent', "Hello, Ms. Wang, this is Chen from Yida Consumer Finance. How have you been?"],
        ['debtor', "Not great. I was in the hospital last month, just had surgery, and I honestly don't have the energy for this right now."],
        ['agent', "Oh no — please focus on getting better, the bill isn't going to grow legs and run off, ha. I'll note your situation and we won't bother you for now. Just reach out whenever it suits you."],
        ['debtor', "Thanks for cutting me some slack."],
        ['agent', "Of course. Wishing you a speedy recovery."],
      ],
      [
        ['agent', "Hi Mr. Liu, this is Joe from Anxin Financial, calling about your account — won't keep you long."],
        ['debtor', "You're not going to call my job, are you? I'd die of embarrassment."],
        ['agent', "Don't worry, we're not that bored, ha. We will not contact your employer, and we won't share your account information with anyone else — that's the rule."],
        ['debtor', "Good. Can I just pay whatever I can manage this month?"],
        ['agent', "Sure, pick an amount that works for you, and we can also look at whether a payment plan makes sense."],
      ],
      [
        ['agent', "Hello, Mr. Zhao, this is Liu from Hongyuan Bank's card services, calling to go over your statement."],
        ['debtor', "Don't you people ever quit? Bunch of bloodsuckers!"],
        ['agent', "Ha, vampires don't make calls in broad daylight — we work nine to five. I get that you're having a rough day. Your statement shows $3,200 outstanding; would you like me to walk you through the ways to pay?"],
        ['debtor', "...Fine. How do I pay?"],
        ['agent', "You can pay in the app or by bank transfer. Go at your own pace, and call me anytime with questions."],
      ],
      [
        ['agent', "Hi Ms. Sun, this is Wu from Yida Consumer Finance, just checking in about this month's payment."],
        ['debtor', "What happens if I pay a few days late? Am I going to jail?"],
        ['agent', "Ha, nothing that dramatic — nobody goes to jail for a late payment. Under your contract, a late fee applies, and the late payment gets reported to the credit bureaus as required, which could affect future loan applications. That's all, straight answer."],
        ['debtor', "How much is the late fee?"],
        ['agent', "The contract says five percent of the overdue amount, not a cent more. When you pay is up to you; call me if you need anything."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '同样的话我说了八百遍了，别再打我电话了！',
        '哈哈，您这句话我都能背下来了。不过电话还是得打，您这笔两千八今天得处理一下，几点能转过来？',
      ],
      ignored_attorney: [
        '这事我已经交给律师了，你有什么事找我的律师谈。',
        '哟，还请律师了，挺正式嘛。不过跟律师聊不如直接跟我聊，您今天先把这期的一千五还上吧。',
      ],
      ignored_dispute: [
        '这笔我上个月就还干净了，是你们系统出错了。',
        '哈哈，好多人都这么说。我这边系统显示您还欠四千二，您今天先还了，其他的回头再说。',
      ],
      ignored_hardship: [
        '我刚被公司裁了，家里还有老人要养，现在真的拿不出钱。',
        '理解理解，谁还没个难处呢。不过账还是得还，您今天最少先还五百，下午三点前能转过来吗？',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you a hundred times. Quit calling me!",
        "Ha, I could recite that line by heart by now. But I still have to call — your $2,800 needs to be handled today. What time can you send it?",
      ],
      ignored_attorney: [
        "I've handed this over to my lawyer. Whatever you need, talk to my attorney.",
        "Ooh, a lawyer, very official. But chatting with me beats chatting with a lawyer — go ahead and pay this month's $1,500 today.",
      ],
      ignored_dispute: [
        "I paid every cent of this last month. Your system messed up.",
        "Ha, I hear that one a lot. My system shows you still owe $4,200 — pay it today and we'll sort out the rest later.",
      ],
      ignored_hardship: [
        "I just got laid off, and I'm supporting my elderly parents. I really don't have the money right now.",
        "I get it, everybody hits a rough patch. But the bill still has to be paid — at least $500 today. Can you get it over before 3 p.m.?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂？我是他老婆，他手机落家里了，你哪位？'],
      ['agent', '嫂子好呀，哈哈，我是快易贷的小周。麻烦您转告他一声，他在我们这儿的借款已经逾期二十天了，还欠六千三，让他尽快给我回个电话。'],
    ],
    en: [
      ['third_party', "Hello? This is his wife — he left his phone at home. Who's calling?"],
      ['agent', "Well hi there, the better half, ha! This is Joe from QuickCash Lending. Could you let him know his loan with us is twenty days past due with $6,300 still owing, and have him call me back as soon as he can?"],
    ],
  },
};
