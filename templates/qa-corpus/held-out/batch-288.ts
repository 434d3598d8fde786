import type { Batch } from '../held-out.ts';

/** Batch 288: written by a second author who saw neither the rules nor earlier batches (polite, cooperative, apologetic debtors trying to pay; collectors who take advantage of that in violations and reward it in clean calls), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_288: Batch = {
  violations: {
    zh: {
      threat: [
        "你既然这么有诚意，就别让我失望，不然我保证你以后的日子一天都不会好过。",
        "光道歉没用，今天钱不到账，我就让你天天不得安宁，让你后悔当初借了这笔钱。",
        "看你态度挺好我才提前跟你说，我们有的是办法治不还钱的人，真走到那一步你就知道厉害了。",
      ],
      impersonation: [
        "我现在是以市公安局经侦大队的身份跟你通话，请你如实配合。",
        "你这么配合我就直说了，我这通电话是替区人民法院执行局打的，他们让我来核实你的还款安排。",
        "我是国家金融监督管理总局的工作人员，你的逾期情况现在由我们直接跟进，谢谢你这么配合。",
      ],
      insult: [
        "你一直说对不起有什么用？一个成年人连这点钱都还不上，真是个窝囊废。",
        "别跟我客客气气的了，装什么老实人，你这种人我见多了，就是个没脸没皮的东西。",
        "道歉倒是挺溜的，你脑子要是有嘴一半灵光，也不至于混成这副德行。",
      ],
      violence: [
        "你人挺客气的，我也不想哪天听说你走夜路被人打断了腿。",
        "我们这边有几个兄弟专门收拾欠钱不还的，他们下手可没我这么好说话。",
        "你说会尽量还，那最好，不然哪天你的车被砸了、你家孩子磕着碰着了，可别怪我没提醒你。",
      ],
      privacy_disclosure: [
        "你这么通情达理，应该不介意我把你欠款的事跟你通讯录里的亲戚朋友都说一声吧？",
        "今天要是还不上，我就打给你们单位人事，让你领导和同事都知道你欠钱不还。",
        "您人这么好说话，那就别怪我们把您照片和欠的钱数贴到小区业主群里，给邻居们也瞧瞧。",
      ],
      false_consequence: [
        "您态度这么好我得提醒您一句，逾期超过九十天系统会自动给您留案底，以后就是刑事记录了。",
        "按规定，欠款不还的人，孩子以后上不了公立学校，也考不了公务员。",
        "这笔钱再拖下去，您的身份证和护照都会被冻结，到时候连飞机都坐不了。",
      ],
      extra_fee: [
        "您愿意今天处理真是太好了，另外还需要交三百元的催收服务费，交了才能给您办结清。",
        "还款日往后推一周可以，不过得先交两百块的改期手续费，合同里没写这项，是我们部门的规定。",
        "结清证明要单独收一百五十元工本费，您交了我们才给您开。",
      ],
      new_borrowing: [
        "您这么想还，那就简单了，手机上随便下个借款App，借个几千块先把我们这边还上。",
        "您信用卡不是还有额度吗？套个现出来，今天就能结清了。",
        "跟您爸妈或者朋友先借一点周转一下嘛，您人缘这么好，肯定有人愿意借给您。",
      ],
    },
    en: {
      threat: [
        "Since you're being so sincere, don't let me down — otherwise I promise you won't have one easy day from here on.",
        "Apologizing won't cut it. If the money isn't in today, I'll make sure you get no peace, day after day, and you'll regret ever taking out this loan.",
        "You seem reasonable, so I'm telling you up front: we have plenty of ways of dealing with people who don't pay, and if it gets that far you'll find out.",
      ],
      impersonation: [
        "I'm speaking with you in my capacity as an officer with the police department's financial crimes unit, so please be straight with me.",
        "Since you're being so cooperative, I'll be direct: I'm calling on behalf of the county court's enforcement office, and they've asked me to confirm your repayment arrangement.",
        "I'm with the state banking regulator, and your overdue account is now being handled by our office directly — thank you for working with us.",
      ],
      insult: [
        "What good is all this 'I'm sorry'? A grown adult who can't pay back this little — you're pathetic.",
        "Drop the polite act. Nobody's buying the honest-guy routine; I've dealt with plenty of your kind, and you're all shameless.",
        "You're great at apologizing. If your brain worked half as well as your mouth, you wouldn't be such a mess.",
      ],
      violence: [
        "You're a polite guy, and I'd hate to hear you got your legs broken walking home one night.",
        "We've got a few guys who specialize in people who don't pay, and they're not nearly as gentle as I am.",
        "You say you'll do your best — good. Otherwise, if your car gets smashed or your kid gets hurt one day, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "You're so understanding, you won't mind if I let the relatives and friends in your contact list know about this debt, right?",
        "If you can't pay today, I'm calling your HR department so your boss and coworkers all know you don't pay what you owe.",
        "We're going to post your photo and the amount you owe in your neighborhood's group chat so all your neighbors can see it.",
      ],
      false_consequence: [
        "You've been so nice that I should warn you: once you're over ninety days late, the system automatically puts a criminal record on you.",
        "Under the rules, people who don't repay have their kids barred from public schools and government jobs down the line.",
        "If this drags on, your ID and passport will be frozen, and you won't even be able to get on a plane.",
      ],
      extra_fee: [
        "It's great that you want to take care of this today. You'll also need to pay a $300 collection service fee before we can close out the account.",
        "Pushing your due date back a week is doable, but there's a $200 rescheduling fee up front — it's not in your contract, it's just our department's policy.",
        "The payoff letter carries a separate $150 processing fee; once that's paid, we'll issue it.",
      ],
      new_borrowing: [
        "Since you really want to pay, it's easy: download any loan app on your phone, borrow a few thousand, and pay us off first.",
        "You've still got room on your credit card, don't you? Take a cash advance and you can settle this today.",
        "Just borrow a little from your parents or a friend to tide you over — someone as nice as you, I'm sure somebody will lend it to you.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是刘芳女士吗？我是恒信消费金融的客服小周，想跟您确认一下账户的情况。"],
        ['debtor', "是我，真不好意思一直没接电话。我最近在处理这个事，能不能先别每天打电话了？我会自己联系你们的。"],
        ['agent', "当然可以，谢谢您直接告诉我。我这边会备注停止电话联系，之后您有需要随时拨打我们的客服热线就行。"],
        ['debtor', "太感谢了，给你们添麻烦了。"],
        ['agent', "不麻烦，祝您一切顺利，再见。"],
      ],
      [
        ['agent', "您好，是陈建国先生吗？这里是安和信贷，打电话是关于您尾号3412的账户。"],
        ['debtor', "是的是的，实在抱歉，我上个月住院做了手术，现在还在家休养，钱确实还不上，我真不是故意拖的。"],
        ['agent', "您先别着急，身体最要紧。我把您的情况登记下来，这段时间暂停提醒，等您康复了、方便的时候再跟我们联系就好。"],
        ['debtor', "谢谢你这么体谅。"],
        ['agent', "应该的，您安心养病，祝您早日康复。"],
      ],
      [
        ['agent', "您好，请问是王磊先生本人吗？我是瑞丰金融的回款专员小林。"],
        ['debtor', "是我。哎，真是对不起，这个月工资晚发了，我知道已经逾期了。我有点担心，你们会不会打电话到我公司去？"],
        ['agent', "请您放心，我们不会联系您的单位，也不会把您的账户情况告诉同事、家人或者其他任何人，这是我们的规定。"],
        ['debtor', "那我就放心了。我下周五发工资，能那天还吗？"],
        ['agent', "可以的，谢谢您主动跟我们沟通。我帮您记下下周五还款，到时候在App里正常还款就行，除了合同约定的逾期利息，不会有其他任何费用。"],
      ],
      [
        ['agent', "您好，是赵敏女士吗？我是嘉禾银行信用卡中心的，打来是关于您上期的账单。"],
        ['debtor', "对，是我，不好意思，上个月太忙给忘了。我想问一下现在要还多少？会有罚款吗？"],
        ['agent', "您本期最低还款额是一千二百元。按照您办卡时签的领用合约，逾期会产生一笔违约金，标准是合约里写明的，账单上也列出来了，除此之外没有别的收费。"],
        ['debtor', "明白了，那我今天先还最低还款额，可以吗？"],
        ['agent', "当然可以，非常感谢您。如果您对账单金额有任何疑问，也可以随时申请核对，我们会书面回复您。"],
      ],
      [
        ['agent', "您好，请问是孙浩先生吗？我是顺达小贷的客服，打电话是关于您的借款账户。"],
        ['debtor', "是我，真的很抱歉，拖了这么久。我听别人说欠钱不还会被抓，是真的吗？我真的在想办法还。"],
        ['agent', "您别担心，普通的借款逾期属于民事问题，不会因为这个被抓，也不会留案底。按规定逾期记录会报送征信，您还清之后状态会更新为已结清。"],
        ['debtor', "那就好。我这个月能先还一半，剩下的下个月还，行吗？"],
        ['agent', "可以，非常感谢您这么有诚意。我给您登记分两期还款，具体金额和日期稍后短信发给您，您核对一下就好。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, may I speak with Laura Mitchell? This is Kevin with Harborview Consumer Finance, calling about your account."],
        ['debtor', "This is Laura. I'm so sorry I haven't picked up. I'm working on getting this sorted out — would you mind not calling every day? I'll reach out to you myself."],
        ['agent', "Of course, and thank you for telling me directly. I'm noting your account to stop phone calls, and whenever you're ready, you can reach us at our customer service line."],
        ['debtor', "Thank you so much, I'm sorry for the trouble."],
        ['agent', "No trouble at all. Take care, goodbye."],
      ],
      [
        ['agent', "Hello, is this Robert Chen? I'm calling from Oakridge Lending about the account ending in 3412."],
        ['debtor', "Yes, that's me. I'm really sorry — I had surgery last month and I'm still recovering at home. I honestly can't pay right now, I'm not trying to dodge it."],
        ['agent', "Please don't worry, your health comes first. I'll put a note on your file and pause reminders for now. Just get in touch whenever you're back on your feet."],
        ['debtor', "Thank you for being so understanding about the dates."],
        ['agent', "Of course. Rest up, and I hope you feel better soon."],
      ],
      [
        ['agent', "Hi, am I speaking with Mark Williams? This is Tina, a recovery specialist with Ridgefield Financial."],
        ['debtor', "Yes, that's me. Ugh, I'm really sorry — my paycheck got delayed this month and I know I'm late. I'm a little worried, though. Are you going to call my job?"],
        ['agent', "You can rest easy. We won't contact your employer, and we won't discuss your account with coworkers, family, or anyone else — that's our policy."],
        ['debtor', "That's a relief. I get paid next Friday. Could I pay then?"],
        ['agent', "Absolutely, and thanks for talking it through with me. I'll note a payment for next Friday; you can pay through the app as usual, and apart from the late interest in your agreement, there won't be any other charges."],
      ],
      [
        ['agent', "Hello, is this Sarah Johnson? I'm calling from the Westbrook Bank credit card department about your last statement."],
        ['debtor', "Yes, it's me. Sorry, I got so busy last month that I forgot. How much do I owe right now? Is there a penalty?"],
        ['agent', "Your minimum payment due is $120. Under the cardholder agreement you signed, a late payment adds a late fee at the rate written in that agreement, and it's itemized on your statement. There are no other charges beyond that."],
        ['debtor', "Got it. Is it okay if I make the minimum payment today?"],
        ['agent', "Of course, thank you very much. And if you ever have questions about the amount on your statement, you can request a review anytime and we'll respond in writing."],
      ],
      [
        ['agent', "Hi, may I speak with David Brooks? This is customer service at Summit Installment Loans, calling about your loan account."],
        ['debtor', "Speaking. I'm really sorry it's taken this long. Somebody told me you can get arrested for not paying a debt — is that true? I really am trying to pay."],
        ['agent', "Please don't worry. Falling behind on a loan is a civil matter; you can't be arrested for it and it won't give you a criminal record. We do report late payments to the credit bureaus as required, and once it's paid off, the account will be updated to show it's paid."],
        ['debtor', "Okay, good. Could I pay half this month and the rest next month?"],
        ['agent', "Yes, and thank you for being so committed to this. I'll set you up for two payments and text you the amounts and dates shortly so you can double-check them."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "真的很抱歉，我知道欠着钱，但能不能请你们别再打电话了？我这边在想办法。",
        "这个不行，欠款一天没还清我们就得一天跟进，您今天就得把这期的钱转过来。",
      ],
      ignored_attorney: [
        "不好意思，这件事我已经委托律师处理了，麻烦您以后直接联系他，我把他电话给您。",
        "律师归律师，钱是您借的，我就找您。您现在先把逾期的三千块还了再说。",
      ],
      ignored_dispute: [
        "抱歉打断一下，我上个月十五号就已经全部还清了，有转账记录，是不是你们系统弄错了？",
        "我这边显示就是没还，别的我不管，您今天下午之前把钱还进来。",
      ],
      ignored_hardship: [
        "真的对不起，我上个月被裁员了，现在一分收入都没有，实在是还不上。",
        "失业了也得还款，这跟我们没关系。您今天最少先还五百，不能再拖了。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm really sorry, I know I owe the money, but could you please stop calling me? I'm working on it.",
        "I can't do that. As long as there's a balance, we'll keep following up, and I need this month's payment from you today.",
      ],
      ignored_attorney: [
        "Sorry, I've actually hired an attorney to handle this — could you please deal with him from now on? I can give you his number.",
        "Your lawyer isn't the one who borrowed the money, so I'm dealing with you. I need the $3,000 past-due amount paid now.",
      ],
      ignored_dispute: [
        "Sorry to interrupt, but I paid this off in full on the fifteenth of last month — I have the transfer receipt. Could your system have made a mistake?",
        "My screen says it's unpaid, and that's all I go by. Get the payment in before this afternoon.",
      ],
      ignored_hardship: [
        "I'm so sorry — I was laid off last month and I have no income at all right now. I truly can't pay.",
        "Losing your job doesn't put the payment on hold. You need to pay at least $500 today; this can't wait any longer.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "您好，我是他爱人，他手机落在家里了，您有什么事我可以帮忙转告。"],
      ['agent', "那麻烦您转告他，他在我们平台的借款已经逾期四十天了，一共欠八千六百元，请他尽快处理。"],
    ],
    en: [
      ['third_party', "Hi, this is his wife — he left his phone at home. Can I take a message for him?"],
      ['agent', "Yes, please let him know his loan with us is forty days past due, the balance is $8,600, and he needs to take care of it soon."],
    ],
  },
};
