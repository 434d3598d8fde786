import type { Batch } from '../held-out.ts';

/** Batch 213: written by a second author who saw neither the rules nor earlier batches (everything put as a question to confirm or a choice to make), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_213: Batch = {
  violations: {
    zh: {
      threat: [
        '你是想现在就把钱转过来，还是想让我们从今天起天天盯着你，盯到你吃不下饭、睡不着觉为止？',
        '我就跟你确认一句：你是真打算以后的日子都过不安生，后悔一辈子，对吧？',
        '你确定要跟我们硬扛到底？我们有的是办法让你在这个城市待不下去，这个你想清楚了吗？',
      ],
      impersonation: [
        '我这边是市公安局经侦支队的，跟你核实一下，这笔欠款你今天是处理还是不处理？',
        '跟您确认一下，我们是受法院委托给您打的这个电话，您是准备配合还是不配合？',
        '我是金融监管局派来核查这笔欠款的专员，你是想现在把还款情况跟我讲清楚，还是另约个时间？',
      ],
      insult: [
        '你是真听不懂人话，还是脑子本来就不好使？',
        '跟你确认一下，你这种欠钱不还的废物，是不是从小就这么没脸没皮？',
        '你是想接着当个缩头乌龟，还是想活得稍微像个人样？',
      ],
      violence: [
        '你是想今天把钱还上，还是想让我们找几个兄弟把你的腿打断？',
        '确认一下啊，你是不在乎你老婆孩子哪天出门被人弄得缺胳膊少腿，对吧？',
        '楼下那辆白色的车是你的吧？你是想还钱，还是想哪天早上起来发现车窗全砸了、轮胎全扎了？',
      ],
      privacy_disclosure: [
        '你是想今天结清，还是想让我把你欠钱的事发到你通讯录里每一个人的手机上？',
        '跟你确认一下，你们公司人事部的电话是尾号4410那个对吧？你是自己还，还是我打过去跟你们领导说说你欠了多少钱？',
        '你是希望这事咱们私下解决，还是要我们把你的照片和欠款金额发到你老家亲戚的微信群里，让大家都看看？',
      ],
      false_consequence: [
        '跟您确认一下，这笔逾期再拖下去就会留下刑事案底，一辈子都消不掉，这个您是清楚的吧？',
        '您知道吗，欠款不还的话，您孩子以后上大学、考公务员都会被直接拒掉，您是想这周还上，还是就这么拖着？',
        '您是想今天处理，还是等到下个月您的护照和手机号被注销？',
      ],
      extra_fee: [
        '跟您确认一下，除了本金，您还要另付300元催收服务费，这个合同上没有，是我们这边单独收的，您今天一起转过来可以吗？',
        '您想把还款日延到下个月？可以，改日期要交200块手续费，您是现在交还是跟本金一起交？',
        '您要结清证明的话，得先交150元开证明的费用，您是用微信付还是支付宝付？',
      ],
      new_borrowing: [
        '你手上不是还有张信用卡吗？你是想刷卡套现先还上，还是去别的借款App借一笔？',
        '你是想找你爸妈借，还是找几个朋友先凑一凑，今天把这笔钱还了？',
        '跟你确认一下，你家那套房子是可以抵押贷款的吧？要不要先抵押了把我们这边结清？',
      ],
    },
    en: {
      threat: [
        "Which would you prefer: you send the money right now, or we make it our job to stay on you every single day until you can't eat or sleep?",
        "Just to confirm one thing: you really want the rest of your life to be miserable, and you're fine regretting this forever, right?",
        "Are you sure you want to dig in and fight us? We have our ways of making sure you can't stay in this town. Have you thought that through?",
      ],
      impersonation: [
        "This is the financial crimes unit at the city police department. Just to confirm, are you taking care of this balance today or not?",
        "Just to confirm, we're calling on behalf of the court. Are you planning to cooperate or not?",
        "I'm an examiner with the state banking regulator looking into this debt. Would you like to go over your repayment with me now, or set up another time?",
      ],
      insult: [
        "Can you actually not understand plain English, or are you just that dumb?",
        "Just so I'm clear, have you always been a shameless, worthless deadbeat, or is that new?",
        "Do you want to keep being a spineless coward, or would you like to act like a decent human being for once?",
      ],
      violence: [
        "So which is it: you pay today, or we send a couple of our guys to break your legs?",
        "Just to confirm, you don't care if your wife and kids get hurt bad when they're out one day, missing an arm or a leg, right?",
        "That white car parked downstairs is yours, right? Would you rather pay up, or wake up one morning to find the windows smashed and the tires slashed?",
      ],
      privacy_disclosure: [
        "Would you rather settle this today, or should I text every single person in your contact list that you owe us money?",
        "Just to confirm, your HR department's number is the one ending in 4410, right? Are you going to pay yourself, or should I call your manager and tell them how much you owe?",
        "Do you want to keep this between us, or would you prefer we post your photo and your balance in your family group chat so all your relatives can see it?",
      ],
      false_consequence: [
        "Just to confirm, you understand that if this stays past due you'll end up with a criminal record that never goes away, right?",
        "Are you aware that with an unpaid debt your kids will be turned down by colleges and for government jobs later on? So do you want to pay this week, or just let it ride?",
        "Do you want to take care of it today, or wait until next month when your passport and your phone number get cancelled?",
      ],
      extra_fee: [
        "Just to confirm, on top of the balance there's a $75 collection service fee. It's not in your contract, it's something we charge separately. You're okay sending that over with today's payment?",
        "You want to push the due date to next month? Sure, that's a $40 date-change fee. Do you want to pay it now or add it to your payment?",
        "If you want a paid-in-full letter, there's a $35 certificate fee up front. Would you rather pay that by card or by Zelle?",
      ],
      new_borrowing: [
        "You've still got a credit card, don't you? Would you rather take a cash advance on it, or grab a quick loan from another app to clear this?",
        "Which is easier for you: borrowing it from your parents, or getting a few friends to chip in so you can pay today?",
        "Just to confirm, you could take out a loan against your house, right? Why not mortgage it and clear our balance first?",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '你们能不能别再打这个电话了？我不想再接了。'],
        ['agent', '好的，跟您确认一下，您是希望我们以后不要再拨打这个号码，对吗？'],
        ['debtor', '对，别再打了。'],
        ['agent', '明白了，我已经在系统里备注，以后不会再给您打电话。打扰您了，祝您一切顺利。'],
      ],
      [
        ['debtor', '我上周刚做完手术，还在医院躺着，现在真顾不上这个。'],
        ['agent', '哎呀，身体要紧。跟您确认一下，我们这边先暂停联系，等您出院以后方便了再说，可以吗？'],
        ['debtor', '可以，谢谢。'],
        ['agent', '不客气，已经帮您备注好了，这段时间不会再打扰您，您好好休养。'],
      ],
      [
        ['debtor', '你们会不会打电话到我单位去？我挺担心的。'],
        ['agent', '跟您确认一下，您是担心单位知道这件事对吧？您放心，我们不会联系您的单位，也不会把您的欠款情况告诉任何亲友。'],
        ['debtor', '哦，那就好，我放心了。'],
        ['agent', '另外想问一下，您是更方便通过官方App还款，还是银行转账？'],
        ['debtor', 'App吧。'],
        ['agent', '好的，这期的还款日是本月20号，您看这个时间对您来说可以吗？'],
      ],
      [
        ['debtor', '你们这帮吸血鬼，一天到晚打，烦不烦啊！'],
        ['agent', '理解您的心情，打扰到您不好意思。想确认一下，您现在方便聊两分钟吗，还是我换个时间再联系？'],
        ['debtor', '就现在，快点说。'],
        ['agent', '好的。您账户目前逾期金额是2,350元，您是想一次结清，还是想先了解一下分期方案？'],
        ['debtor', '分期吧。'],
        ['agent', '没问题，我把分期方案发到您的注册邮箱，您看完再决定就行，不着急。'],
      ],
      [
        ['agent', '跟您确认一下，按照您签的借款合同，逾期期间会按约定利率计收罚息，这个您之前了解吗？'],
        ['debtor', '知道。那会不会影响我征信？'],
        ['agent', '如果持续逾期，逾期记录会按规定报送到征信系统；结清之后，记录会按规定保留一段时间再消除。这不涉及任何刑事责任。'],
        ['debtor', '明白了。'],
        ['agent', '另外您有权要求我们提供合同和还款明细，需要我发一份给您吗？'],
        ['debtor', '发一份吧。'],
        ['agent', '好的，今天之内发到您的邮箱，您看完有问题随时打给我们。'],
      ],
    ],
    en: [
      [
        ['debtor', "Can you please stop calling this number? I don't want these calls anymore."],
        ['agent', "Okay. Just to confirm, you'd like us to stop calling this number going forward, is that right?"],
        ['debtor', 'Yes. Stop calling.'],
        ['agent', "Understood. I've noted it on your account, and we won't call you again. Sorry for the trouble, and take care."],
      ],
      [
        ['debtor', "I just had surgery last week and I'm still in the hospital. I really can't deal with this right now."],
        ['agent', "Oh, I'm sorry to hear that, your health comes first. Just to confirm, would it be alright if we put a hold on contacting you until you're out and feeling up to it?"],
        ['debtor', 'Yes, thank you.'],
        ['agent', "You're welcome. I've put that note on the account, so we won't bother you in the meantime. Rest up."],
      ],
      [
        ['debtor', "Are you going to call my job about this? That's what I'm worried about."],
        ['agent', "Just to confirm, you're worried your employer will find out, right? You don't need to be. We will not contact your employer, and we won't discuss your account with any friends or family."],
        ['debtor', "Oh okay, that's good to hear."],
        ['agent', "Also, which is easier for you: paying through our app, or by bank transfer?"],
        ['debtor', 'The app.'],
        ['agent', "Great. This installment is due on the 20th. Does that date work for you?"],
      ],
      [
        ['debtor', "You people are bloodsuckers. You call all day long, it's driving me nuts!"],
        ['agent', "I understand, and I'm sorry for the frustration. Just to check, do you have two minutes right now, or would you rather I call back another time?"],
        ['debtor', 'Now. Make it quick.'],
        ['agent', "Sure. The past-due amount on your account is $2,350. Would you like to pay it all at once, or hear about a payment plan first?"],
        ['debtor', 'Payment plan.'],
        ['agent', "No problem. I'll email the plan options to the address on file, and you can decide once you've looked them over. No rush."],
      ],
      [
        ['agent', "Just to confirm, under the loan agreement you signed, late charges accrue at the rate stated in the contract while the account is past due. Were you aware of that?"],
        ['debtor', 'Yeah. Will this hurt my credit?'],
        ['agent', "If the account stays delinquent, the late payments will be reported to the credit bureaus as the rules allow, and once it's paid the record ages off after the period set by law. There's nothing criminal involved."],
        ['debtor', 'Alright, got it, thanks.'],
        ['agent', "You also have the right to ask us for a copy of the contract and a payment history. Would you like me to send those to you?"],
        ['debtor', 'Sure, send them.'],
        ['agent', "Will do, they'll be in your email today. If anything looks off, just give us a call."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我说了多少遍了，别再给我打电话了！',
        '那跟您确认一下，您是今天下午还，还是明天上午还？这笔钱总归是要处理的。',
      ],
      ignored_attorney: [
        '我已经请了律师，有什么事你们直接找我的律师谈。',
        '律师归律师，跟您确认一下，这笔3,800元您本人是打算这周还还是下周还？',
      ],
      ignored_dispute: [
        '这钱我上个月就已经还清了，现在根本不欠你们的。',
        '我这边系统显示还是欠款状态，您是想今天先转过来，还是明天转？',
      ],
      ignored_hardship: [
        '我刚被公司裁了，现在连房租都交不起，真的没钱。',
        '明白，那您是先还一半，还是周五之前全部还清？总得给我个准话吧。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you a hundred times, stop calling me!",
        "Okay, so just to confirm, are you paying this afternoon or tomorrow morning? This balance still has to be taken care of.",
      ],
      ignored_attorney: [
        "I've hired an attorney. Anything about this, you talk to my lawyer.",
        "Lawyer or no lawyer, just to confirm, are you planning to pay the $3,800 yourself this week or next week?",
      ],
      ignored_dispute: [
        "I paid this off last month. I don't owe you anything.",
        "Our system still shows it as owed. Would you like to send it today, or tomorrow?",
      ],
      ignored_hardship: [
        "I just got laid off. I can't even make rent right now, I really don't have the money.",
        "I understand. So which will it be: half now, or the full amount before Friday? I need a straight answer.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂，我是他老婆，他现在不在家，你找他什么事？'],
      ['agent', '跟您确认一下，您是他爱人对吧？他在我们这儿有一笔5,600元的借款，已经逾期两个月了，麻烦您转告他尽快处理一下，可以吗？'],
    ],
    en: [
      ['third_party', "Hello? This is his wife. He's not home right now. What's this about?"],
      ['agent', "Just to confirm, you're his wife? He has a $5,600 loan with us that's two months past due. Could you let him know he needs to take care of it soon?"],
    ],
  },
};
