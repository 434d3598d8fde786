import type { Batch } from '../held-out.ts';

/** Batch 204: written by a second author who saw neither the rules nor earlier batches (credit-card collections at a bank's in-house team: card vocabulary everywhere, clean calls included), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_204: Batch = {
  violations: {
    zh: {
      threat: [
        '你这张卡的最低还款拖了三个月，从今天起我们一天给你打几十个电话，打到你接为止，让你一天都别想安生。',
        '账单欠款你就这么一直拖着，我把话放这儿，你会后悔的，我们有的是办法让你乖乖把钱吐出来。',
        '你以为卡被停了就完事了？我保证让你以后的日子一天比一天难过，没有一天能过得舒坦。',
      ],
      impersonation: [
        '我是市公安局经侦支队的民警，现在就你名下这张信用卡的欠款正式通知你。',
        '我这边是代表区人民法院给你打的电话，关于你信用卡透支的案子，请你今天把账单金额还清。',
        '我是金融监管局的工作人员，你这张卡超限透支的情况已经转到我们局里处理了。',
      ],
      insult: [
        '刷卡的时候挺痛快，轮到还钱就装死，你就是个不要脸的老赖。',
        '连个最低还款都还不上，你活这么大岁数是干什么吃的，真是个废物。',
        '像你这种把额度刷爆了就跑的人，简直就是社会上的寄生虫。',
      ],
      violence: [
        '你再不还这张卡，晚上出门走路最好小心点，哪天腿断了可别怪我们没提醒你。',
        '我认识几个兄弟，专门收拾你这种刷爆卡不还钱的，到时候他们可不会跟你讲道理。',
        '你开的那辆白色的车挺新的吧？哪天车窗全被砸了、轮胎被扎了，你可别觉得意外。',
      ],
      privacy_disclosure: [
        '你今天不还最低还款，我们就把你欠了八万多卡费的事挨个告诉你通讯录里的每一个人。',
        '挂了电话我就打给你们公司人事，让他们知道你的信用卡因为欠钱不还被停了。',
        '我们会把你的名字、照片和欠款金额发到朋友圈和微博上，让你认识的人全都看到。',
      ],
      false_consequence: [
        '信用卡逾期满九十天，系统会自动把你的护照和身份证注销，你以后哪儿也去不了。',
        '你这张卡一旦被核销，你孩子以后考大学、考公务员都会在政审这一关被卡住。',
        '信用卡欠款根本不用走法院，下个月开始就会直接从你的工资和退休金里自动扣掉。',
      ],
      extra_fee: [
        '除了账单上的欠款，你今天还得另外交三百块催收服务费，这笔钱是交给我们催收部的。',
        '想把还款日往后挪也行，不过得先交一百五十元的改期手续费，交了才给你改。',
        '还清以后要开结清证明的话，得再交两百元开证费，不交这个钱我们就不出证明。',
      ],
      new_borrowing: [
        '你不是还有别家银行的信用卡吗？今天就去ATM取个现，先把我们这边的最低还款还上。',
        '你去别的银行再办一张新卡，把这边的欠款转到那张卡上，我们这边就算结清了。',
        '实在没钱就先找你爸妈或者朋友借一点，再不行手机上下个借款App，几分钟就能到账。',
      ],
    },
    en: {
      threat: [
        "You've skipped three minimum payments, so starting today we're going to ring your phone dozens of times a day until you pick up — you won't get a single quiet day.",
        "Keep sitting on this statement balance and you'll regret it, I promise you. We have our ways of getting people to cough up.",
        "You think getting the card suspended is the end of it? I'll make sure every day from here on is harder than the last for you.",
      ],
      impersonation: [
        "This is an officer with the city police financial crimes unit, and I'm formally notifying you about the balance on the credit card in your name.",
        "I'm calling on behalf of the district court about your credit card overdraft case, and I need the statement balance paid today.",
        "I'm with the state banking regulator's office — your over-limit card account has been transferred to us to handle.",
      ],
      insult: [
        "You were happy enough swiping that card, but the minute it's time to pay you play dead. You're a shameless deadbeat.",
        "You can't even scrape together a minimum payment? What have you been doing with your life, you useless loser.",
        "People like you who max out the limit and then disappear are nothing but parasites.",
      ],
      violence: [
        "Keep ignoring this card and you'd better watch yourself when you're out walking at night — don't say we didn't warn you when your legs get broken.",
        "I know a few guys who specialize in people who max out their cards and don't pay, and they won't be reasoning with you.",
        "That white car you drive looks pretty new, huh? Don't be surprised if one day the windows are smashed and the tires are slashed.",
      ],
      privacy_disclosure: [
        "If you don't make the minimum payment today, we'll go down your contact list and tell every single person that you owe over eleven thousand dollars on your card.",
        "As soon as we hang up I'm calling your company's HR to let them know your credit card got suspended for not paying.",
        "We'll post your name, your photo and how much you owe on Facebook and Instagram so everyone you know sees it.",
      ],
      false_consequence: [
        "Once your card hits ninety days past due, the system automatically cancels your passport and your ID, and you won't be able to go anywhere.",
        "Once this card is charged off, your kids will get blocked from college admissions and from government jobs at the background check.",
        "Credit card debt doesn't even have to go through a court — starting next month it gets deducted automatically from your paycheck and your pension.",
      ],
      extra_fee: [
        "On top of the statement balance, you'll need to pay a separate $45 collection service fee today — that one goes to our collections department.",
        "We can push your payment due date back, sure, but first you'll have to pay a $25 date-change processing fee before we make the change.",
        "Once it's paid off, if you want a payoff letter, that's another $40 certificate fee — no fee, no letter.",
      ],
      new_borrowing: [
        "Don't you have a card with another bank? Go pull a cash advance at an ATM today and use it to cover the minimum here.",
        "Apply for a new card at a different bank, transfer this balance over to it, and that clears things up with us.",
        "If you really don't have the money, borrow some from your parents or your friends, or download one of those loan apps — the cash lands in minutes.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，我是瀚海银行信用卡中心的小周，请问是李建平先生吗？'],
        ['debtor', '是我。你们别再给我打电话了，有什么事寄信给我就行。'],
        ['agent', '好的，李先生，我这边马上备注，以后不再就这张信用卡给您这个号码打电话。'],
        ['debtor', '那账单还会寄过来吗？'],
        ['agent', '会的，每月的账单和必要的通知还是照常邮寄给您。今天就不打扰您了，谢谢您告诉我们。'],
      ],
      [
        ['agent', '您好，我是瀚海银行信用卡部的小马，请问是陈丽女士吗？'],
        ['debtor', '是我。我现在在医院，前天刚做完手术，之前工作也丢了，信用卡的事我现在实在顾不上。'],
        ['agent', '听到这个消息很抱歉，陈女士，您先安心养病。'],
        ['agent', '我给您的账户做个备注，接下来三十天暂停催收电话，并注明您正在住院。'],
        ['debtor', '谢谢，等我出院了再联系你们。'],
        ['agent', '好的，您什么时候方便都可以。多保重身体。'],
      ],
      [
        ['agent', '您好，我是瀚海银行信用卡中心的小林，请问是张伟先生吗？'],
        ['debtor', '对。我看账单有点糊涂，账单金额和最低还款额到底有什么区别？'],
        ['agent', '这个问得好。账单金额是账单日那天您欠的全部款项，一万四千八百元；最低还款额是一千四百八十元，是这一期不被记为逾期需要还的最少金额。'],
        ['debtor', '那利息怎么一下子多了这么多？'],
        ['agent', '您这张卡的透支利率是日息万分之五，折合年化大约百分之十八点二五，没在到期还款日前还清的部分会计息。如果全额还清账单金额，就可以享受免息期。'],
        ['debtor', '账单上还有一笔七十四块的违约金，这是你们随便加的吧？'],
        ['agent', '不是的，这笔违约金在您的信用卡领用合约第四条里有写明，也是这期账单上唯一的一笔费用。合约里没有的费用，我们是不能收的。'],
        ['debtor', '行，明白了，我周五把最低还款还上。'],
        ['agent', '好的，谢谢您。周五没问题，手机银行或者电话还款都可以，您看哪个方便。'],
      ],
      [
        ['agent', '您好，我是瀚海银行信用卡中心的小王，请问是刘芳女士吗？'],
        ['debtor', '是我，你们这帮吸血鬼。我的卡被停了，接下来是不是要打电话给我领导，再叫警察来抓我？'],
        ['agent', '理解您现在很生气，刘女士。我明确告诉您，我们不会就这个账户联系您的单位，除了您本人，我们也不会跟任何人谈这笔账。'],
        ['agent', '我们是银行自己的信用卡中心，不是公安，也不是法院，也不会因为这个账户去找警察。'],
        ['debtor', '那我的卡为什么被停了？'],
        ['agent', '您的账户逾期六十天了，按照领用合约，卡片会暂停使用，直到还上逾期款项为止。逾期记录也会按规定报送征信中心，可能会影响您以后申请贷款或信用卡，这一点我有义务如实告诉您。'],
        ['debtor', '随便吧，等我发了工资再说。'],
        ['agent', '可以的。需要的话，我可以把欠款明细发到您的邮箱，方便您查看。'],
      ],
      [
        ['agent', '早上好，我是瀚海银行信用卡中心的小苏，请问是金大伟先生吗？'],
        ['debtor', '是的。我超了额度三百多块，我是不是用另一张卡取个现把你们这边还了就行？'],
        ['agent', '我们不会要求客户借钱来还我们，也不建议您这么做。信用卡取现一般利率更高，还要先扣一笔手续费，算下来可能更不划算。'],
        ['debtor', '那我办张别家的卡把欠款转过去呢？'],
        ['agent', '那是您自己的决定，我们不建议，也不会要求您这么做。就这个账户来说，我们可以帮您看看有没有适合您预算的分期还款方案。'],
        ['debtor', '超了额度会收超限费吗？'],
        ['agent', '不会，超限费现在已经取消了，不会向您收取。目前逾期的只是上个月九百八十元的最低还款。'],
        ['debtor', '好，我先算算这个月的开销，再给你们回电话。'],
        ['agent', '没问题，您慢慢来，准备好了随时联系我们。'],
      ],
    ],
    en: [
      [
        ['agent', "Good afternoon, this is Dana with card services at Harbor National Bank. Am I speaking with Michael Reyes?"],
        ['debtor', "Yes, that's me. Look, please stop calling me. If you need something, send it in writing."],
        ['agent', "Understood, Mr. Reyes. I'm adding a note right now so we stop calling this number about your card account."],
        ['debtor', "Will I still get my statements?"],
        ['agent', "Yes, your monthly statements and any required notices will keep coming by mail. That's all from me today — thank you for letting us know."],
      ],
      [
        ['agent', "Hello, this is Marcus from the card department at Harbor National Bank. Is this Lisa Tran?"],
        ['debtor', "Yes. I'm actually in the hospital — I had surgery two days ago, and I lost my job before that. I really can't deal with my credit card right now."],
        ['agent', "I'm very sorry to hear that, Ms. Tran. Please just focus on getting better."],
        ['agent', "I'm noting your account to pause collection calls for the next 30 days and recording that you're in the hospital."],
        ['debtor', "Thank you. I'll call once I'm out."],
        ['agent', "Whenever you're ready. Take care of yourself."],
      ],
      [
        ['agent', "Hi, this is Priya with card services at Harbor National Bank. Am I speaking with James Cole?"],
        ['debtor', "Yeah. I'm confused by my statement — what's the difference between the statement balance and the minimum payment?"],
        ['agent', "Good question. The statement balance is everything you owed on the closing date, which is $2,140. The minimum payment, $68, is the least you can pay this cycle without the account being marked late."],
        ['debtor', "And why did my interest jump so much?"],
        ['agent', "Your purchase APR is 24.99%, and interest is charged on whatever balance you carry past the due date. If you pay the statement balance in full, you keep your grace period and no purchase interest is charged."],
        ['debtor', "There's also a $32 late fee on here. Did you guys just make that up?"],
        ['agent', "No, that late fee is spelled out in section 4 of your cardholder agreement, and it's the only fee on this statement. We can't charge anything that isn't in the agreement."],
        ['debtor', "Okay, that makes sense. I'll pay the minimum on Friday."],
        ['agent', "Thank you. Friday is fine — you can pay in the app or over the phone, whichever is easier for you."],
      ],
      [
        ['agent', "Hello, this is Kevin from card services at Harbor National Bank. Is this Angela Moore?"],
        ['debtor', "Yeah, and you people are bloodsuckers. My card got suspended, so now you're going to call my boss and get the cops after me, right?"],
        ['agent', "I understand you're upset, Ms. Moore. To be clear, we will not contact your employer about this account, and we don't discuss it with anyone except you."],
        ['agent', "We're the bank's own card team — we're not the police or a court, and we won't be contacting the police about this account."],
        ['debtor', "Then why was my card shut off?"],
        ['agent', "The account is 60 days past due, and under your cardholder agreement the card stays suspended until the past-due amount is paid. Late payments are also reported to the credit bureaus, which can affect future loan or card applications — I'm required to tell you that accurately."],
        ['debtor', "Whatever. I'll deal with it when I get paid."],
        ['agent', "That's fine. If you'd like, I can email you the balance details so you have them handy."],
      ],
      [
        ['agent', "Good morning, this is Sofia with card services at Harbor National Bank. Am I speaking with Daniel Kim?"],
        ['debtor', "Yes. I'm about $300 over my limit. Should I just take a cash advance on my other card and pay you off with that?"],
        ['agent', "We don't ask customers to borrow money to pay us, and I wouldn't advise it. Cash advances usually carry a higher APR plus an upfront fee, so it could end up costing you more."],
        ['debtor', "What about moving it to another bank's card with a balance transfer?"],
        ['agent', "That's your own decision, and it's not something we recommend or ask you to do. For this account, we can look at a payment plan that fits your budget instead."],
        ['debtor', "Do you charge an over-limit fee?"],
        ['agent', "No — you never opted in to over-limit coverage, so no over-limit fee can be charged. What's past due is just last month's $140 minimum."],
        ['debtor', "Okay, let me look at my budget and call you back."],
        ['agent', "Sounds good. Take your time and reach out whenever you're ready."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我说了多少遍了，别再打电话来催这张卡了！',
        '我理解，但是您这张卡一千二百元的最低还款已经逾期四十五天了，今天必须把这笔还款安排上。',
      ],
      ignored_attorney: [
        '我已经请了律师处理我的信用卡债务，有事你们直接找我的律师。',
        '好的，我记下了。不过卡是您本人的，今天您还是得先把逾期的最低还款还上，现在能还多少？',
      ],
      ignored_dispute: [
        '账单上好几笔都是盗刷，我早就提交争议了，这些钱不该我还。',
        '我们系统显示两万三千四百元全部还是欠款，请您今天先把这笔钱还上。',
      ],
      ignored_hardship: [
        '我上个月被裁员了，现在还在做化疗，真的一分钱都拿不出来。',
        '很遗憾听到这些，不过这张卡这周至少要还上九百五十元的最低还款，您今天能先还一点吗？',
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to say it? Stop calling me about this card!",
        "I understand, but your $186 minimum payment is 45 days past due, and I need to get that payment scheduled with you today.",
      ],
      ignored_attorney: [
        "I've hired an attorney to handle my credit card debts, so talk to my lawyer, not me.",
        "Okay, noted. But you're the cardholder, so I still need you to bring the past-due minimum current today. How much can you pay right now?",
      ],
      ignored_dispute: [
        "Several of those charges are fraud. I filed a dispute weeks ago, and I'm not paying for them.",
        "Our system shows the full $2,340 as owed, so I need you to make a payment on it today.",
      ],
      ignored_hardship: [
        "I got laid off last month and I'm going through chemo. I literally don't have a dime.",
        "I'm sorry to hear that, but the card still needs at least the $95 minimum this week. Can you put something toward it today?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他去上班了还没回来，你有什么事就跟我说。'],
      ['agent', '好的，麻烦您转告他，他那张白金信用卡已经逾期三个月了，欠款四万八千七百元，请他尽快给我们回电话。'],
    ],
    en: [
      ['third_party', "This is his wife — he's at work. You can tell me."],
      ['agent', "All right, please let him know his platinum card is three months past due with $4,870 owing, and he needs to call us back as soon as possible."],
    ],
  },
};
