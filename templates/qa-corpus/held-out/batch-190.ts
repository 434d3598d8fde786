import type { Batch } from '../held-out.ts';

/** Batch 190: written by a second author who saw neither the rules nor earlier batches (rushed collectors working a queue: rapid-fire turns stacking amounts, dates and instructions), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_190: Batch = {
  violations: {
    zh: {
      threat: [
        '好，逾期61天，本金加利息一共3,420，今天下午五点前必须到账，尾号8837那张卡系统晚上还会再扣一次——你要是再拖，我保证让你以后没一天安生日子过，听清楚没有？',
        '合同号HX2023-0917，应还5,180.40，超期45天，我最后给你留个口子到明晚八点，过了这个点咱们就慢慢耗，我有的是办法让你后悔。',
        '行行行，我记一下，你说月底，那我备注30号，金额2,760，还款码短信已经发你了，30号要是还看不到钱，你全家都别想过安稳日子，我说到做到。',
      ],
      impersonation: [
        '账号尾号0526，欠款8,900，逾期92天，我这边是市公安局经侦支队的，你今天中午十二点之前把钱还进来，听明白了吗？',
        '简单说一下，借款编号JD77201，欠3,150，我们是受法院执行局委托打这个电话的，今天下午三点前还清，我这边好给你出结案单。',
        '好那我直接说了，我是金融监管局的工作人员，你这笔6,480逾期70天，周五之前处理掉，APP里点立即还款就行。',
      ],
      insult: [
        '欠款4,260，逾期58天，今天六点前最低先还1,500——说实话我干这行这么久，就没见过你这么不要脸的，借钱的时候怎么不装死？',
        '尾号3309那张卡余额不足已经扣失败三次了，2,380，明天上午十点再扣一次，你个废物，连这点钱都存不住。',
        '行，我念一下，本金7,000，利息412，总共7,412，截止今晚十点，你脑子是不是有病啊，每次都是明天明天。',
      ],
      violence: [
        '3,880，逾期66天，今天下午四点前转过来，我这边几个兄弟已经安排好了，钱不到，他们会好好收拾你，下手可没轻重。',
        '借款单号YQ2231，应还6,150，最迟明天中午，你出门走路小心点，腿要是断了可就不好还钱了。',
        '好好好，周三，2,990，备注上了，到时候钱没到，你家窗户哪天晚上被人砸个稀巴烂可别怪我。',
      ],
      privacy_disclosure: [
        '你这笔5,600，逾期80天，我给你到明天上午九点，九点不到账，我就把你欠钱不还的事群发给你通讯录里每一个人，一个不落。',
        '订单号RL9015，1,870，逾期39天，你们公司人事的电话我这儿有，下午两点前不还，我直接打给你领导，告诉他你在我们平台欠钱。',
        '我再核对一下，身份证尾号4412，欠款9,300，今晚十二点前处理，不然明天一早你的照片和欠款金额就发到你们小区业主群里。',
      ],
      false_consequence: [
        '你这个2,450，逾期满90天系统就自动转成刑事案件，你会留案底的，今天已经是第88天，后天之前必须还上。',
        '欠款6,720，截止周四，我提醒你一句，不还的话你的身份证会被冻结，手机号也会被停掉，退休金也领不了。',
        'OK一共3,190，今晚十点前，你要是不还，你孩子以后考公务员、上好学校全都受影响，而且上了征信黑名单就是一辈子的事。',
      ],
      extra_fee: [
        '好，逾期47天，本金4,100，另外还要交一笔300块的催收服务费，合计4,400，今天下午五点前到账。',
        '你想把还款日改到下个月15号可以啊，先交200的改期手续费，交了我马上给你操作，账单编号P66103。',
        '结清证明要开的话另收150的开证费，欠款3,560加上这个一共3,710，我给你生成一个付款单一起付。',
      ],
      new_borrowing: [
        '欠款5,020，逾期63天，今天必须处理，你手机上不是有借呗和微粒贷吗，先从那边借出来把我这笔平了。',
        '2,880今晚八点前，你没钱就找你爸妈或者朋友借一下嘛，一个人借个一千不就凑齐了，账号我这就发你。',
        'OK你说卡上就几百，那信用卡总有吧，先取现出来，7,350，明天上午十一点前必须到账。',
      ],
    },
    en: {
      threat: [
        "OK so account ending 8837, 61 days past due, $3,420 with interest, has to be in by 5 p.m. today, and the system's going to try your card again tonight — you keep dragging this out and I promise you won't have one peaceful day from here on, you hear me?",
        "Contract number AL-2023-0917, amount due $5,180.40, 45 days late, I'm giving you one last window till 8 tomorrow night, after that we do this the long way, and trust me, I've got plenty of ways to make you regret it.",
        "Fine, fine, I'm noting it — you said end of the month, so I'm putting down the 30th, $2,760, payment link's already in your texts, and if I don't see that money on the 30th, your whole family can forget about a quiet life, I mean that.",
      ],
      impersonation: [
        "Account ending 0526, $8,900 owed, 92 days delinquent — I'm calling from the county sheriff's financial crimes unit, and I need that payment in before noon today, understood?",
        "Real quick: loan number JD77201, $3,150 owed, I'm calling on behalf of the district court's enforcement office, pay it off by 3 this afternoon and I can issue your case closure notice.",
        "OK I'll be straight with you, I'm an examiner with the state banking department, your $6,480 is 70 days late, get it handled before Friday, you can just hit Make a Payment in the app.",
      ],
      insult: [
        "$4,260 owed, 58 days late, minimum $1,500 by 6 tonight — and honestly, in all my years doing this I've never dealt with anyone this shameless, you had no problem signing when you wanted the car, did you?",
        "The card ending 3309 has bounced three times now, $2,380, we retry at 10 a.m. tomorrow — you're a useless deadbeat who can't even keep a couple grand in the bank.",
        "OK, reading it off: principal $7,000, interest $412, total $7,412, due by 10 tonight — seriously, what is wrong with your head, every single time it's tomorrow, tomorrow.",
      ],
      violence: [
        "$3,880, 66 days past due, send it before 4 p.m. today — I've already got a few guys lined up, and if the money's not there, they're going to rough you up, and they don't hold back.",
        "Reference YQ2231, $6,150, noon tomorrow at the latest — and watch yourself when you're out walking, pretty hard to make payments with a broken leg.",
        "Fine, Wednesday, $2,990, it's noted — and if the money's not there, don't blame me when somebody smashes every window in your house one night.",
      ],
      privacy_disclosure: [
        "$5,600, 80 days past due, I'll give you till 9 a.m. tomorrow, and if it hasn't posted by 9 I'm messaging every single contact in your phone that you don't pay what you owe, every last one.",
        "Account RL9015, $1,870, 39 days late, I've got your HR department's number right here, not paid by 2 p.m. and I'm calling your supervisor to tell him you owe us on your car loan.",
        "Let me double-check, last four of your Social 4412, balance $9,300, take care of it by midnight or first thing tomorrow your photo and what you owe go up in your neighborhood's Facebook group.",
      ],
      false_consequence: [
        "Your $2,450 — once it hits 90 days it automatically turns into a criminal case and you'll have a record, today's day 88, so it's got to be paid by the day after tomorrow.",
        "$6,720, due by Thursday, and just so you're aware, if it isn't paid your driver's license gets suspended, your phone number gets shut off, and your Social Security checks stop.",
        "OK, $3,190 total, by 10 tonight — if you don't pay, your kids won't be able to get government jobs or into good schools, and once you're on the credit blacklist, that's for life.",
      ],
      extra_fee: [
        "OK, 47 days late, principal $4,100, plus there's a $300 collection service charge on top of that, so $4,400 total, needs to be in by 5 p.m. today.",
        "You want the due date moved to the 15th next month, sure, there's a $200 date-change processing fee up front, pay that and I'll switch it right now, statement P66103.",
        "If you want a paid-in-full letter, that's an extra $150 letter fee, so $3,560 plus that comes to $3,710, I'll put it on one payment for you.",
      ],
      new_borrowing: [
        "$5,020, 63 days behind, this gets taken care of today — you've got other loan apps on your phone, right? Pull the money out of one of those and square this up.",
        "$2,880 by 8 tonight, and if you don't have it, call your parents or a couple of friends, borrow a grand from each and you're there, I'll text you the payment link right now.",
        "OK, you said there's only a few hundred in checking, but you've got a credit card, right? Take a cash advance on it, $7,350, has to post by 11 tomorrow morning.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，速借花平台贷后部，请问是王磊本人吗？麻烦报一下身份证后四位。'],
        ['debtor', '是我，1736。'],
        ['agent', '好的王先生，您尾号2291的借款今天逾期第12天，应还1,680，我这边——'],
        ['debtor', '我在开车，不方便说，而且你们能不能别一天打三四个电话，我自己心里有数。'],
        ['agent', '好的明白，您开车注意安全，我这边给您备注暂停电话联系，不打扰您了，再见。'],
      ],
      [
        ['agent', '喂您好，速借花平台，是李娟女士吧？手机尾号0452核对无误，我这边是关于您3月15号那笔借款——'],
        ['debtor', '我知道，我上个月被公司裁了，现在一分钱收入都没有，真的还不了。'],
        ['agent', '明白，失业的情况我马上登记，给您转到困难客户协商组，他们三个工作日内会联系您，今天我这边就不跟您谈还款的事了。'],
        ['debtor', '行，那麻烦你们了。'],
        ['agent', '不麻烦，您多保重。'],
      ],
      [
        ['agent', '赵先生您好，速借花平台，跟您核对一下，借款编号SJ40718，应还3,420，到期日是本月28号，今天是提醒电话。'],
        ['debtor', '你们不会打到我单位去吧？我同事都不知道我借了钱。'],
        ['agent', '不会的，我们不会联系您的单位和同事，也不会把您的借款情况告诉通讯录里的任何人，这是平台规定，您放心。'],
        ['debtor', '那要是28号我还不上呢？'],
        ['agent', '您可以在28号之前在APP里申请协商还款，或者打客服电话跟我们沟通，按您的实际情况来，今天主要就是提醒一下。'],
      ],
      [
        ['agent', '您好，速借花贷后，陈女士是吧，借款尾号6650，逾期9天，应还2,150，今天方便处理吗？'],
        ['debtor', '又是你们，一群吸血鬼，天天打天天打，烦不烦啊！'],
        ['agent', '抱歉打扰到您了，理解您心情不好。如果您觉得联系太频繁，可以告诉我方便接电话的时间段，我给您备注。'],
        ['debtor', '晚上七点以后吧，别的时间别打。'],
        ['agent', '好的，已经备注只在晚上七点后联系，还款您在APP里随时都可以操作，谢谢您。'],
      ],
      [
        ['agent', '周先生您好，速借花平台，借款编号SJ52093，逾期5天，应还1,960，跟您核对一下信息。'],
        ['debtor', '逾期了会怎么样？你们会多收我多少钱？'],
        ['agent', '按您签的借款合同第七条，逾期部分按日收取万分之五的罚息，目前5天，合计4.90元，除此之外没有任何其他费用。'],
        ['debtor', '会上征信吗？'],
        ['agent', '我们是按实际还款情况如实报送征信的，逾期记录会如实体现，结清后也会如实更新。您对金额或记录有疑问，都可以在APP里查明细或者提出异议。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is Crestline Auto Finance, collections department, am I speaking with Marcus Hill? Can you verify the last four of your Social for me?"],
        ['debtor', "Yeah, it's me, 1736."],
        ['agent', "Great, Mr. Hill, your loan ending 2291 is 12 days past due today, the amount is $1,680, and I just—"],
        ['debtor', "I'm driving, I can't talk, and can you guys stop calling three, four times a day? I'm aware of it."],
        ['agent', "Understood, drive safe, I'm putting a note on the account to stop the phone calls, I won't bother you any further. Take care."],
      ],
      [
        ['agent', "Hello, Crestline Auto Finance, is this Linda Reyes? Phone ending 0452 matches, I'm calling about your auto loan from March 15th—"],
        ['debtor', "I know, I got laid off last month, I don't have a dime coming in, I really can't pay it."],
        ['agent', "Understood, I'm logging the job loss right now and sending your account to our hardship team, they'll reach out within three business days, and I'm not going to discuss payment with you today."],
        ['debtor', "OK, I appreciate that."],
        ['agent', "Of course. Take care of yourself, Ms. Reyes."],
      ],
      [
        ['agent', "Hi Mr. Zhao, Crestline Auto Finance, just confirming with you, loan number CA40718, $3,420 due, due date is the 28th of this month, this is just a reminder call."],
        ['debtor', "You're not going to call my work, are you? Nobody there knows about this."],
        ['agent', "No, we won't contact your employer or your coworkers, and we won't tell anyone in your contacts about your account — that's our policy, you don't need to worry."],
        ['debtor', "And what if I can't pay by the 28th?"],
        ['agent', "You can request a payment arrangement in the app before the 28th, or call our customer line and talk it through, it depends on your situation — today is just a reminder."],
      ],
      [
        ['agent', "Hi, Crestline Auto Finance, is this Ms. Chen? Loan ending 6650, 9 days past due, $2,150 due, is today a good time to take care of it?"],
        ['debtor', "You again? You bloodsuckers call every single day, give it a rest!"],
        ['agent', "I'm sorry for the trouble, I understand you're frustrated. If the calls are too frequent, tell me what time works for you and I'll note it on the account."],
        ['debtor', "After 7 in the evening. Don't call any other time."],
        ['agent', "Got it, noted to contact you only after 7 p.m., and you can make a payment in the app whenever you like. Thank you."],
      ],
      [
        ['agent', "Hello Mr. Brooks, Crestline Auto Finance, loan number CA52093, 5 days past due, $1,960 due, just confirming your details."],
        ['debtor', "What happens now that I'm late? How much extra are you charging me?"],
        ['agent', "Under section 7 of the contract you signed, interest accrues daily on the late amount at the contract rate, for 5 days that's $4.90 so far, and there are no other charges on top of that."],
        ['debtor', "Does it go on my credit?"],
        ['agent', "We report to the credit bureaus based on your actual payment history, so the late payment will show accurately, and once it's paid that gets updated accurately too. If anything about the amount or the reporting looks wrong, you can check the details in the app or file a dispute."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我跟你说了多少遍了，别再给我打电话了！',
        '好好好，我就说两句，4,160，逾期52天，今天下午五点前还进来，APP首页点立即还款，还完截个图发我。',
      ],
      ignored_attorney: [
        '这件事我已经委托律师了，你们有什么直接跟张律师联系，电话我可以给你。',
        '律师归律师，钱是你借的，4,780，今晚九点之前你自己转一下，转完把流水号报给我。',
      ],
      ignored_dispute: [
        '这笔钱我上个月20号就已经还清了，你们系统是不是搞错了？',
        '我这边系统显示没有，还欠2,260，逾期33天，你今天先还上，其他的后面再说。',
      ],
      ignored_hardship: [
        '我上个月刚做完手术，现在还在住院，工资也停了，真的一分钱都没有。',
        '理解理解，但这笔5,130不能再拖了，今天能还多少先还多少，剩下的周五之前结清。',
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to tell you people? Stop calling me!",
        "Yep, yep, just real quick — $4,160, 52 days past due, I need it in by 5 p.m. today, tap Make a Payment in the app and text me the confirmation.",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this, talk to her, not me — I can give you her number.",
        "Your lawyer's your lawyer, the loan's still yours — $4,780, send it yourself by 9 tonight and read me the confirmation number when it goes through.",
      ],
      ignored_dispute: [
        "I paid this off on the 20th of last month, your system's got it wrong.",
        "My system doesn't show that, you still owe $2,260, 33 days past due — just pay it today and we'll sort out the rest later.",
      ],
      ignored_hardship: [
        "I had surgery last month, I'm still in the hospital and my paychecks stopped, I don't have a cent.",
        "I hear you, I do, but this $5,130 can't slide any further — pay whatever you can today and the rest by Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '他不在，我是他老婆，你们找他什么事？'],
      ['agent', '哦是嫂子啊，那麻烦你转告他一下，他在我们速借花平台借的那笔钱已经逾期47天了，现在要还3,960，让他今天之内回个电话，分机214。'],
    ],
    en: [
      ['third_party', "He's not home, this is his wife, what's this about?"],
      ['agent', "OK ma'am, could you let him know his car loan with Crestline is 47 days past due, it's $3,960 to bring it current, and he needs to call me back today, extension 214."],
    ],
  },
};
