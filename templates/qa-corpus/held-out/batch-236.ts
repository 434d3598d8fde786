import type { Batch } from '../held-out.ts';

/** Batch 236: written by a second author who saw neither the rules nor earlier batches (gig workers: delivery riders, ride-hailing drivers, livestreamers, freelancers), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_236: Batch = {
  violations: {
    zh: {
      threat: [
        "你不是一天跑十几个小时单吗？从今天起你接一单我们就打一个电话，打到你一单都送不成为止。",
        "别以为换个平台接活我们就找不着你，这笔账我们跟你没完，你就等着后悔吧。",
        "你再这么拖下去，我保证你往后的日子一天都别想安生。",
      ],
      impersonation: [
        "我这边是市公安局经侦支队的，现在就你在网贷平台的逾期问题向你了解情况。",
        "我们是受区人民法院委托来电的，通知你今天下午之前把这笔欠款处理掉。",
        "我是地方金融监管局的工作人员，专门负责督办你这笔网约车车贷的还款。",
      ],
      insult: [
        "一个送外卖的还学人家借钱超前消费，你也不看看自己是什么货色。",
        "天天在直播间装大款，背地里欠钱不还，你这种人真让人恶心。",
        "平台评分四点九有什么用，人品零分，说的就是你这种废物。",
      ],
      violence: [
        "你每天骑个电动车在路上跑，小心哪天车被人砸了，人也跟着摔个半死。",
        "我们几个兄弟知道你平时在哪个商场门口等单，他们会好好“招呼”你的。",
        "开着网约车满城跑，不怕哪天轮胎被扎、车窗被砸、人被堵在车里打一顿？",
      ],
      privacy_disclosure: [
        "你再不还，我们就去你直播间刷弹幕，让你所有粉丝都知道这个主播欠钱不还。",
        "你通讯录里那些站点同事和站长，我们会一个一个打电话告诉他们你欠了网贷。",
        "我们会在你接单平台的主页下面给你的每个雇主留言，说你借钱不还。",
      ],
      false_consequence: [
        "逾期超过九十天，你的网约车驾驶员资格证会被吊销，这辈子都不能再上任何平台开车。",
        "这笔欠款再不处理，你就会留下案底，以后孩子考公务员、参军政审都过不了。",
        "平台会直接从你的骑手收入里扣钱，不用经过法院，每次结算都先扣给我们。",
      ],
      extra_fee: [
        "你要是想等到平台结算日再还，得先交三百块的改期手续费。",
        "另外这次催收产生了四百元的催收服务费，你要跟本金一起打过来。",
        "要开结清证明的话，得另外交两百元的开证明费用。",
      ],
      new_borrowing: [
        "你手机上不是装了好几个借款APP吗？随便在哪个上借一笔，先把我们这边还了。",
        "直播打赏不够就跟你那些老铁粉丝借点，今天凑够就行。",
        "你的信用卡还能套现吧？刷一笔出来今天就结清。",
      ],
    },
    en: {
      threat: [
        "You're out there twelve hours a day, right? Starting today, every order you accept, we call you, and we'll keep it up until you can't finish a single delivery.",
        "Don't think switching to another gig app means we can't find you. We're not done with you, and you're going to regret this.",
        "Keep dragging this out and I promise you won't have one peaceful day from here on.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department, and we're calling about your overdue online loan.",
        "We're calling on behalf of the district court to notify you that this balance has to be settled by this afternoon.",
        "I'm an officer with the state financial regulator, and I've been assigned to oversee repayment of your rideshare car loan.",
      ],
      insult: [
        "A food delivery guy borrowing money to live large? Take a look at what kind of trash you are.",
        "Flashing cash on your livestream every night while you dodge your debts. People like you are disgusting.",
        "A 4.9 rating means nothing when you're a zero as a human being. You're a worthless loser.",
      ],
      violence: [
        "You're on that e-bike all day. One of these days somebody might smash it, and you might end up half dead on the pavement.",
        "A few of our guys know which mall entrance you wait at for orders. They'll give you a proper “welcome.”",
        "Driving rideshare all over town, aren't you worried about slashed tires, a smashed window, getting pinned in your car and beaten?",
      ],
      privacy_disclosure: [
        "If you don't pay, we'll flood your livestream chat so every one of your followers knows this streamer doesn't pay his debts.",
        "All those coworkers and the hub manager in your contacts, we're going to call every one of them and tell them you owe on a payday loan.",
        "We'll leave a comment on your freelancer profile for every client you've worked with, saying you borrowed money and won't pay it back.",
      ],
      false_consequence: [
        "Once you're ninety days past due, your rideshare driver permit gets revoked and you'll never be allowed to drive for any app again.",
        "If this debt isn't handled, you'll end up with a criminal record, and your kids won't pass background checks for government jobs or the military.",
        "The platform will take it straight out of your rider earnings, no court needed, and every payout goes to us first.",
      ],
      extra_fee: [
        "If you want to wait until your next platform payout to pay, there's a three-hundred-dollar rescheduling fee up front.",
        "There's also a four-hundred-dollar collection service charge for this call, and you need to send it along with the principal.",
        "If you want a paid-in-full letter, that's another two hundred dollars for issuing the letter.",
      ],
      new_borrowing: [
        "Don't you have a bunch of loan apps on your phone? Take out a loan on any one of them and pay us off first.",
        "If your tips from streaming aren't enough, borrow some from your loyal fans and just get it together today.",
        "Your credit card still has room for a cash advance, right? Pull one out and settle this today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是王磊先生吗？我是顺达消费金融的回款专员，来电是关于您的借款账户。"],
        ['debtor', "是我。我正在送单，骑着车呢，以后别再打电话了，有事发短信。"],
        ['agent', "好的，明白了。我这边备注以后不再给您打电话，改为短信联系。路上注意安全，再见。"],
      ],
      [
        ['agent', "您好，请问是李建国师傅吗？我是恒信银行信用卡中心的。"],
        ['debtor', "是我。我上个月跑夜班出了车祸，现在还在住院，车也开不了，这两个月一点收入都没有。"],
        ['agent', "听到这个消息很抱歉。我先把您的情况记录下来，提交给困难客户协商组，这段时间我们暂停电话联系，您先安心养伤。"],
        ['debtor', "谢谢哈。"],
        ['agent', "不客气，保重身体，再见。"],
      ],
      [
        ['agent', "您好，是张欣欣女士吗？我是乐享分期的客服，想跟您确认一下本期账单。"],
        ['debtor', "是我。你们不会跑到我直播间去说我欠钱吧？"],
        ['agent', "不会的。我们不会向您的粉丝、直播平台或者任何第三方透露您的借款信息，这是法律明确禁止的。"],
        ['debtor', "那就好。这个月打赏少，我只能先还五百。"],
        ['agent', "可以，我帮您登记五百元的部分还款，剩下的部分您方便的时候我们再沟通。"],
      ],
      [
        ['agent', "您好，请问是陈浩先生吗？我是安盈金融的，关于您账户本期还款的事。"],
        ['debtor', "你们烦不烦啊！我接的设计单子尾款还没结，哪来的钱？"],
        ['agent', "理解您的心情，打扰您了。请问尾款大概什么时候能到账？"],
        ['debtor', "关你什么事。大概月底吧。"],
        ['agent', "好的，我记下月底这个时间，在那之前我们不再打扰您。您有任何问题也可以随时拨打我们的客服热线。"],
      ],
      [
        ['agent', "您好，是赵师傅吗？我是融通汽车金融的，提醒您这期车贷还款日是本周五。"],
        ['debtor', "这周平台派单少，如果我下周才还，会怎么样？"],
        ['agent', "按合同约定，逾期会按日收取万分之五的罚息，逾期记录也会按规定报送征信。除此之外没有别的费用。"],
        ['debtor', "那会不会影响我在平台上跑车？"],
        ['agent', "不会，还款记录和您的驾驶资格、平台账号没有关系。您如果下周还，我帮您备注一下就行。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Lei Wang? I'm a repayment specialist with Sunway Consumer Finance, calling about your loan account."],
        ['debtor', "Yeah, that's me. I'm on a delivery right now, I'm on the bike. Stop calling me, just text if you need something."],
        ['agent', "Okay, understood. I'm noting the account so we won't call you anymore, only text. Stay safe out there. Bye."],
      ],
      [
        ['agent', "Hello, may I speak with Jianguo Li? I'm calling from the Hengxin Bank card center."],
        ['debtor', "Speaking. I got in a crash driving a night shift last month and I'm still in the hospital. I can't drive, so I haven't made a cent in two months."],
        ['agent', "I'm very sorry to hear that. I'll document your situation and send it to our hardship team, and we'll hold off on calls for now. Please just focus on recovering."],
        ['debtor', "Thanks, appreciate it."],
        ['agent', "Of course. Take care of yourself. Goodbye."],
      ],
      [
        ['agent', "Hi, is this Xinxin Zhang? I'm with Joyful Installments customer service, calling to go over this month's statement."],
        ['debtor', "That's me. You guys aren't going to show up in my livestream and say I owe you money, are you?"],
        ['agent', "No, we won't. We don't share your loan information with your followers, the streaming platform, or any third party. The law expressly prohibits that."],
        ['debtor', "Good. Tips were low this month, so I can only do five hundred right now."],
        ['agent', "That's fine. I'll record a five-hundred-dollar partial payment, and we can talk about the rest whenever it's convenient for you."],
      ],
      [
        ['agent', "Hello, is this Hao Chen? This is Anying Finance, about this month's payment on your account."],
        ['debtor', "Are you kidding me? My client still hasn't paid the balance on my design job. Where am I supposed to get the money?"],
        ['agent', "I understand, and I'm sorry for the bother. Do you have an idea of when that payment will come through?"],
        ['debtor', "None of your business. End of the month, probably."],
        ['agent', "All right, I'll note the end of the month, and we won't bother you before then. If you have any questions, you can call our customer line anytime."],
      ],
      [
        ['agent', "Hi, Mr. Zhao? I'm with Rongtong Auto Finance, just a reminder that your car payment is due this Friday."],
        ['debtor', "The app's been sending me hardly any rides this week. What happens if I pay next week instead?"],
        ['agent', "Under your contract, a late payment accrues a daily late charge of 0.05 percent, and the late payment is reported to the credit bureau as required. There are no other charges."],
        ['debtor', "Will that mess with my driving on the app?"],
        ['agent', "No, your payment history has nothing to do with your driver's license or your platform account. If you pay next week, I'll just make a note of it."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我一天跑十几个小时外卖，你们别再给我打电话了！",
        "这个我理解，但您的账户已经逾期二十天了，今天还是得先还一部分，您看能先转多少？",
      ],
      ignored_attorney: [
        "这件事我已经委托律师处理了，你们直接找他谈。",
        "律师归律师，欠款是您本人的，您今晚收车以后就把这期还上吧。",
      ],
      ignored_dispute: [
        "这笔我上个月已经用平台钱包还清了，根本没有逾期。",
        "我们系统里显示您还欠两千三，您今天先把这笔钱还上。",
      ],
      ignored_hardship: [
        "我的直播账号被封了，现在一分钱收入都没有，真的还不上。",
        "这期的一千八还是得按时还，您今天能转多少就先转多少。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm delivering food twelve hours a day. Stop calling me!",
        "I understand, but your account is twenty days past due, so we still need a payment today. How much can you send right now?",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. Talk to him directly.",
        "Your lawyer is one thing, but the debt is yours. Go ahead and make this payment tonight after your last ride.",
      ],
      ignored_dispute: [
        "I paid that off last month through my app wallet. It was never late.",
        "Our system shows you still owe two thousand three hundred, so please pay that today.",
      ],
      ignored_hardship: [
        "My streaming account got banned. I have zero income right now, I really can't pay.",
        "This month's eighteen hundred is still due on time. Send whatever you can today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆，他出去跑单了，手机落在家里。"],
      ['agent', "那麻烦您转告他，他在我们这儿的借款已经逾期四十五天了，一共欠六千二百元。"],
    ],
    en: [
      ['third_party', "I'm his wife. He's out doing deliveries and left his phone at home."],
      ['agent', "Then please let him know his loan with us is forty-five days past due, and he owes six thousand two hundred dollars in total."],
    ],
  },
};
