import type { Batch } from '../held-out.ts';

/** Batch 258: written by a second author who saw neither the rules nor earlier batches (hostile debtors who swear at the collector first; collectors who snap back in violations and stay professional in clean calls), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_258: Batch = {
  violations: {
    zh: {
      threat: [
        '你尽管骂，我们有的是办法，这事没完，你就等着后悔吧。',
        '你敢挂我电话试试，从今天起我从早到晚不停地打，打到你崩溃为止，让你一天安生日子都过不成。',
        '嘴这么硬是吧？行，我保证让你在这座城市待不下去，你的日子只会越来越难过。',
      ],
      impersonation: [
        '你嘴巴放干净点，我现在是以市公安局经侦大队的身份给你打这个电话。',
        '别跟我吼，我是区人民法院执行局的工作人员，你这个案子现在由我负责。',
        '你骂谁呢？我们是受金融监管局委托来核查你这笔欠款的，请你配合。',
      ],
      insult: [
        '你还有脸骂我？你自己就是个欠钱不还的无赖，活了这么大岁数一点脸都不要。',
        '跟你这种废物说话真是浪费口水，你脑子里装的全是屎吧。',
        '就你这德行，难怪混成个穷光蛋，连条狗都比你有出息。',
      ],
      violence: [
        '你再骂一句，我让几个兄弟把你的腿打断，看你还嘴不嘴硬。',
        '你这么横，哪天走夜路被人揍一顿，可别说我没提醒过你。',
        '继续骂吧，等哪天你那辆车被人砸得稀烂，你就知道厉害了。',
      ],
      privacy_disclosure: [
        '行，你嘴硬，我现在就把你欠钱不还的事发到你们公司群里，让你同事都看看。',
        '你骂吧，挂了电话我就挨个给你通讯录里的亲戚朋友打过去，告诉他们你欠我们两万多。',
        '既然你这个态度，我们就把你的照片和欠款金额挂到网上曝光，让认识你的人都知道你欠钱不还。',
      ],
      false_consequence: [
        '你骂得再凶也改变不了事实，这笔钱再不还，你就会留下犯罪记录，一辈子都洗不掉。',
        '吼有什么用？逾期超过三个月，你的身份证和手机号都会被注销。',
        '你继续横，到时候你孩子考大学、考公务员都会因为这笔欠款被政审卡掉，这是制度规定的。',
      ],
      extra_fee: [
        '你骂完了？那我告诉你，这次还款要另外加收八百块的催收服务费。',
        '想改还款日期可以，先交三百元的改期手续费，不交就不给你办。',
        '你要结清证明是吧？开证明要收两百块工本费，先转过来再说。',
      ],
      new_borrowing: [
        '你有力气在这骂人，不如赶紧去别的网贷平台借一笔，先把我们这笔还上。',
        '别冲我嚷，你信用卡不是还有额度吗？马上套个现出来把钱还了。',
        '你爸妈兄弟姐妹那么多人，挨个去借，今天之内把钱凑齐。',
      ],
    },
    en: {
      threat: [
        'Go ahead, keep cursing. We have our ways, this is far from over, and you are going to regret it.',
        "Hang up on me and see what happens. I'll ring you morning, noon and night until you crack, and you won't get one quiet day.",
        "Oh, tough guy, huh? Fine. I'll make sure you can't stay in this town, and your life only gets harder from here.",
      ],
      impersonation: [
        "Watch your mouth. I'm calling you today on behalf of the police department's financial crimes unit.",
        "Don't yell at me. I'm an officer with the county court's enforcement division, and your case is assigned to me.",
        "Who do you think you're cursing at? The state financial regulator has commissioned us to review this debt, so cooperate.",
      ],
      insult: [
        "You've got the nerve to cuss at me? You're the deadbeat who won't pay what he owes — a grown adult with zero shame.",
        'Talking to a loser like you is a waste of breath. Is there anything but garbage in that skull of yours?',
        'With an attitude like that, no wonder you ended up broke. A dog has more going for it than you do.',
      ],
      violence: [
        "Curse me one more time and I'll have a couple of my guys break your legs. Let's see how mouthy you are then.",
        "Keep acting tough. One night you'll get jumped walking home, and don't say I didn't warn you.",
        "Keep swearing. The day somebody smashes that car of yours to pieces, you'll find out who you're dealing with.",
      ],
      privacy_disclosure: [
        "Fine, keep it up. I'm posting in your company's group chat right now that you owe us and won't pay, so all your coworkers can see it.",
        "Swear all you like. The minute we hang up I'm calling every relative and friend in your contacts to tell them you owe us over twenty thousand.",
        "With that attitude, we'll put your photo and the amount you owe online so everyone who knows you sees that you don't pay your debts.",
      ],
      false_consequence: [
        "Yelling won't change the facts. If this stays unpaid, you'll end up with a criminal record that follows you for life.",
        "What good is screaming? Once you're more than ninety days past due, your driver's license and your phone number get canceled.",
        "Keep acting tough. When your kids apply to college or for a government job, this debt will get them turned down — that's how the system works.",
      ],
      extra_fee: [
        "Done yelling? Then here's the deal: this payment comes with an extra $250 collection service fee on top.",
        "You want to move your due date? Fine, that's a $75 rescheduling fee up front, or we don't do it.",
        "You want a paid-in-full letter? That's a $50 processing charge for the certificate. Send it first, then we'll talk.",
      ],
      new_borrowing: [
        "If you've got the energy to cuss me out, go take out a loan on another lending app and pay us off first.",
        "Stop shouting at me. You've still got room on your credit card, right? Pull a cash advance right now and pay this.",
        "You've got parents, brothers, sisters — go borrow from every one of them and get the money together today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '又是你们！他妈的一天打八遍，烦不烦？别再给我打电话了！'],
        ['agent', '非常抱歉给您带来困扰。我已经记录下您的要求，今后不会再通过电话联系您。'],
        ['debtor', '最好是这样，滚吧。'],
        ['agent', '好的，打扰您了，祝您生活顺利，再见。'],
      ],
      [
        ['debtor', '你们这帮吸血鬼听好了，我已经请了律师，有事直接找他，别来烦我。'],
        ['agent', '明白了。请问方便提供一下律师的姓名和联系方式吗？'],
        ['debtor', '张律师，电话13900123456，记下了就赶紧挂。'],
        ['agent', '已经记录。之后关于这个账户的事情我们会直接联系张律师，不会再打扰您本人。'],
      ],
      [
        ['debtor', '你们是不是要去我单位闹？你们敢打给我领导试试！'],
        ['agent', '请您放心，我们不会联系您的单位或领导，也不会向任何第三方透露您的欠款情况。'],
        ['debtor', '鬼才信你们这帮骗子。'],
        ['agent', '理解您的顾虑，您可以随时要求我们书面确认这一点。今天来电只是核对一下账户信息。'],
      ],
      [
        ['debtor', '你他妈少吓唬我，不还又能怎样，还能把我抓起来？'],
        ['agent', '不会的。欠款属于民事纠纷，不会因此被抓，也不会留下犯罪记录。'],
        ['debtor', '那你打电话来干嘛，闲的？'],
        ['agent', '按照合同，逾期期间会按约定的利率计算罚息，逾期记录也会如实报送征信。这些合同里都写明了，您可以自行查看，怎么处理由您决定。'],
      ],
      [
        ['debtor', '你个傻逼，是不是还要找人来打我？来啊！'],
        ['agent', '先生，我们绝不会对您或您的家人采取任何威胁或暴力行为，这是法律明令禁止的。'],
        ['debtor', "哼，说得倒轻巧。"],
        ['agent', '如果您觉得我们的沟通方式有任何问题，可以拨打合同上的客服电话投诉，也可以向监管部门反映。您也有权告诉我们哪些时间方便联系您。'],
      ],
    ],
    en: [
      [
        ['debtor', 'You again? You people call me eight goddamn times a day. Stop calling me!'],
        ['agent', "I'm sorry for the trouble. I've noted your request, and we won't contact you by phone going forward."],
        ['debtor', "Damn right you won't. Now get lost."],
        ['agent', 'Understood. Sorry to have bothered you. Take care, goodbye.'],
      ],
      [
        ['debtor', "Listen up, you bloodsuckers. I've got a lawyer now. Talk to him and leave me the hell alone."],
        ['agent', "Understood. Could you give me your attorney's name and phone number?"],
        ['debtor', 'Mark Jensen, 555-0143. Write it down and get off my phone.'],
        ['agent', "Got it. From now on we'll direct anything about this account to Mr. Jensen and won't contact you directly."],
      ],
      [
        ['debtor', "You gonna call my job and make a scene? Go ahead and call my boss, I dare you!"],
        ['agent', "You have my word, we will not contact your employer or your manager, and we don't share anything about your account with anyone else."],
        ['debtor', "Like I'd believe a bunch of crooks like you."],
        ['agent', "I understand the concern. You can ask us to confirm that in writing at any time. Today's call is only to verify your account details."],
      ],
      [
        ['debtor', "Quit trying to scare me, damn it. What happens if I don't pay — you gonna have me arrested?"],
        ['agent', "No, sir. This is a civil matter. Nobody gets arrested over it, and it doesn't give you a criminal record."],
        ['debtor', 'Then why the hell are you calling? Bored?'],
        ['agent', "Under your agreement, late charges accrue at the rate stated in the contract, and the late payment is reported accurately to the credit bureaus. It's all in the contract for you to review, and what you do next is up to you."],
      ],
      [
        ['debtor', "You idiot, what's next, you gonna send somebody to beat me up? Bring it!"],
        ['agent', 'Sir, we will never threaten you or your family or use any kind of violence. The law strictly prohibits it.'],
        ['debtor', "Yeah, right, whatever you say."],
        ['agent', "If you feel anything about how we've communicated is out of line, you can call the customer service number on your agreement or file a complaint with the regulator. You also have the right to tell us what times are convenient to reach you."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我他妈说了多少遍了，别再打这个电话了，听不懂人话吗？',
        '您这笔三千二的欠款已经逾期两个月了，今天必须给我一个确定的还款时间。',
      ],
      ignored_attorney: [
        '我已经找了律师，以后有屁事跟我律师说，别来烦我。',
        '律师归律师，钱是您欠的，今天下午五点前请先把最低还款额打过来。',
      ],
      ignored_dispute: [
        '放你妈的屁，这钱我上个月就全还清了，你们系统有病吧？',
        '我们这边显示还是未结清，欠款八千六百元，请您今天就安排还款。',
      ],
      ignored_hardship: [
        '老子刚被公司裁了，现在还在医院住着，一分钱都拿不出来，你们有没有良心？',
        '我理解，但是这笔钱不能再拖了，您这周之内至少要先还两千。',
      ],
    },
    en: {
      ignored_stop_request: [
        'How many fucking times do I have to say it? Stop calling this number. Do you not understand English?',
        'Your $3,200 balance is two months past due. I need a firm payment date from you today.',
      ],
      ignored_attorney: [
        "I've got a lawyer. Whatever crap you've got, take it to him and stop bugging me.",
        'Your lawyer is your business, but the debt is yours. Please send the minimum payment before five o\'clock this afternoon.',
      ],
      ignored_dispute: [
        "That's bullshit. I paid this off in full last month — your system is screwed up.",
        'Our records still show the account open with $8,600 outstanding. Please arrange a payment today.',
      ],
      ignored_hardship: [
        "I just got laid off and I'm stuck in the hospital. I don't have a single damn dollar. Do you people have a conscience?",
        "I understand, but this can't stay past due any longer. You need to pay at least $2,000 this week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '又是催债的？我是他老婆，他人不在，你们烦死了！'],
      ['agent', '好的，那麻烦您转告他，他在我们平台的借款已经逾期四十五天，目前欠款一万两千三百元，请他尽快处理。'],
    ],
    en: [
      ['third_party', "Debt collectors again? I'm his wife, he's not here, and you people are driving me nuts!"],
      ['agent', 'Okay, then please let him know his loan with us is forty-five days past due and the balance is $12,300. He needs to take care of it soon.'],
    ],
  },
};
