import type { Batch } from '../held-out.ts';

/** Batch 271: written by a second author who saw neither the rules nor earlier batches (ordinary weekday calls of a collection agency working accounts placed by several lenders, the agent naming the original lender, no theme), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_271: Batch = {
  violations: {
    zh: {
      threat: [
        '恒信消费金融这笔账你要是还拖着，我会让你接下来的日子一天都不好过。',
        '安捷小贷的钱你就继续躲吧，到时候你肯定后悔，我们的办法多的是。',
        '从今天起我早中晚各打你一遍，速易借的钱一天不还，你就一天别想安生。',
      ],
      impersonation: [
        '我是市公安局经侦支队的民警，今天打电话是为了你在宏远银行信用卡中心的欠款。',
        '这里是人民法院执行局，就你欠兴达汽车金融的车贷跟你联系一下。',
        '我是金融监管局的工作人员，专门负责恒信消费金融的逾期案件，你必须配合我们。',
      ],
      insult: [
        '借安捷小贷的钱那会儿挺积极，一到还钱就装死，你这种人真是没脸没皮。',
        '一个大男人连速易借这三千块都还不上，你活得可真窝囊。',
        '佳和分期的钱拖了半年，跟你这种老赖说话纯属浪费时间，你脑子有毛病吧？',
      ],
      violence: [
        '欠着速易借的钱还敢不接电话，小心哪天走夜路被人打断腿。',
        '我们有几个兄弟专管佳和分期的逾期户，真让他们动手，你可吃不消。',
        '兴达汽车金融的车贷你再不还，哪天你那辆车玻璃被砸、轮胎被扎，可别来找我。',
      ],
      privacy_disclosure: [
        '恒信消费金融这笔再不处理，我就挨个打给你通讯录里的人，告诉他们你欠钱不还。',
        '我已经给你们单位人事打过电话了，把你欠宏远银行信用卡的事跟他们说清楚了。',
        '安捷小贷的钱你不还，我们就把你的照片和欠款金额发到朋友圈和抖音上，让大家都看看。',
      ],
      false_consequence: [
        '速易借的欠款一过九十天，系统就会自动把你移送公安，你会留下犯罪记录。',
        '佳和分期这笔不结清，你的护照和身份证都会被注销，到时候连火车票都买不了。',
        '兴达汽车金融的欠款会记到你孩子头上，他们以后考公务员、进国企政审都过不了。',
      ],
      extra_fee: [
        '恒信消费金融的欠款结清之前，你还得另外交三百元催收服务费给我们公司。',
        '想把安捷小贷的还款日往后挪几天也可以，先交一百五十元的改期手续费。',
        '宏远银行信用卡的结清证明要开的话，得先付两百元证明费。',
      ],
      new_borrowing: [
        '你手机上不是还有别的借款软件吗？先在那上面借一笔，把速易借的钱还了。',
        '你其他信用卡应该还有额度吧，取个现先把佳和分期这期补上。',
        '实在没钱就找你爸妈或者朋友先借一下，兴达汽车金融这边今天必须到账。',
      ],
    },
    en: {
      threat: [
        "Keep dragging your feet on this Northbridge Bank balance and I'll make sure you don't have one easy day from here on.",
        "Go ahead and keep dodging the Castle Personal Loans account. You'll regret it, and we've got plenty of ways to make this your problem.",
        "Starting today I'm calling you morning, noon and night, and until the BrightLend money's paid you won't get a moment's peace.",
      ],
      impersonation: [
        "This is an officer with the police department's financial crimes unit, calling about your Summit Card Services balance.",
        "This is the district court's enforcement office, contacting you about the car loan you owe Meridian Auto Finance.",
        "I'm with the state banking department, assigned to overdue Northbridge Bank cases, so you're required to cooperate with us.",
      ],
      insult: [
        "You were quick enough to take Castle's money, and now you play dead. You've got no shame at all.",
        "A grown man who can't even cover three grand to BrightLend. That's pathetic.",
        "Six months behind with Harbor Installment Credit. Talking to a deadbeat like you is a waste of my time. Is something wrong with your head?",
      ],
      violence: [
        "You owe BrightLend and you won't even pick up? Be careful walking home at night. People get their legs broken.",
        "We've got a few guys who look after overdue Harbor Installment accounts, and if they have to get physical, you won't handle it well.",
        "Keep skipping the Meridian Auto Finance payments and don't come crying to me when that car of yours gets its windows smashed and its tires slashed.",
      ],
      privacy_disclosure: [
        "If the Northbridge account isn't taken care of, I'm going to call everyone in your contact list and tell them you don't pay your debts.",
        "I already called your HR department and explained to them that you owe Summit Card Services.",
        "If the Castle Personal Loans balance stays unpaid, we'll post your photo and what you owe on Facebook and TikTok so everyone can see.",
      ],
      false_consequence: [
        "Once a BrightLend debt passes ninety days, it's automatically turned over to the police and you'll end up with a criminal record.",
        "Until the Harbor Installment balance is cleared, your passport and driver's license will be cancelled and you won't even be able to get on a plane.",
        "The Meridian Auto Finance debt goes on your kids' records too. They'll fail the background check for any government job when they're older.",
      ],
      extra_fee: [
        "Before we can close out the Northbridge balance, you'll also need to pay our company a $300 collection service fee.",
        "We can push your Castle Personal Loans due date back a few days, but there's a $150 rescheduling fee up front.",
        "If you want a paid-in-full letter for the Summit Card Services account, there's a $200 certificate fee first.",
      ],
      new_borrowing: [
        "You've got other lending apps on your phone, right? Pull a loan from one of them and pay off BrightLend.",
        "You've still got room on your other credit cards. Take a cash advance and cover this month's Harbor Installment payment.",
        "If you don't have it, ask your parents or a friend to lend it to you. Meridian Auto Finance needs the payment today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，这里是诚达资产管理，我姓周，请问是刘建华先生吗？'],
        ['debtor', '是我。'],
        ['agent', '刘先生，跟您核对一下，您身份证后四位是0417对吗？'],
        ['debtor', '对。'],
        ['agent', '好的。我们受恒信消费金融委托，联系您关于您在他们那边的一笔个人贷款。'],
        ['debtor', '这件事我已经委托律师处理了，你们直接找他吧。'],
        ['agent', '明白。麻烦您告诉我律师的姓名和联系方式，以后这笔账我们只跟律师沟通，不再直接打给您。'],
        ['debtor', '王律师，电话我待会儿发短信给你们。'],
        ['agent', '好的，收到后我会在系统里备注。今天就不打扰您了，再见。'],
      ],
      [
        ['agent', '喂，您好，我是诚达资产管理的小陈，请问是赵敏女士吗？'],
        ['debtor', "是我，哪家的账？"],
        ['agent', '麻烦您报一下出生日期，我核对一下身份。'],
        ['debtor', '1988年3月12号。'],
        ['agent', '谢谢。我这边是受安捷小贷委托，关于您那笔分期借款。'],
        ['debtor', '我上个月查出病来，现在还在住院，实在顾不上这个。'],
        ['agent', '很抱歉听到这个情况。您先安心养病，我把账户备注成暂停联系三十天，这段时间我们不会再打给您。'],
        ['debtor', "谢谢你，原来是那家平台转过来的。"],
        ['agent', "不客气，您安心养病，账的事不急。"],
      ],
      [
        ['agent', '您好，诚达资产管理，我姓孙，请问是何志强先生吗？'],
        ['debtor', '是我。'],
        ['agent', '核对一下，您的身份证后四位是？'],
        ['debtor', '5820。'],
        ['agent', '谢谢。我们受宏远银行信用卡中心委托，联系您关于信用卡的逾期款，目前欠款是六千二百元。'],
        ['debtor', '我听人说不还钱会被抓，你们还会打到我单位去，是真的吗？'],
        ['agent', '不会的。信用卡欠款是民事纠纷，不会因为这个被抓，我们也不会联系您的单位或者家人。我如实跟您说一点：逾期记录银行会按规定报送征信，这个合同里也写了。'],
        ['debtor', '那我能不能分期还？'],
        ['agent', '可以的，我能帮您申请分期方案。您考虑好了随时打给我们，不用今天就定。'],
      ],
      [
        ['agent', '您好，我是诚达资产管理的小吴，请问是郑磊先生吗？'],
        ['debtor', '是，又是你们这帮要债的，烦不烦啊！'],
        ['agent', '打扰您了，不好意思。先核对一下，您身份证后四位是多少？'],
        ['debtor', '2231。你们是不是有病，天天打。'],
        ['agent', '理解您不高兴。我们受速易借委托，联系您关于一笔一千八百元的逾期借款。'],
        ['debtor', '滚，我现在没空跟你废话。'],
        ['agent', '好的，那我不耽误您了。您方便的时候可以打我们客服电话，工作日九点到六点都有人。祝您今天顺利。'],
      ],
      [
        ['agent', '您好，诚达资产管理，我姓林，请问是黄晓丽女士吗？'],
        ['debtor', "我是，您说吧。"],
        ['agent', '麻烦报一下您的出生日期。'],
        ['debtor', '1992年7月5号。'],
        ['agent', '谢谢。我们受兴达汽车金融委托，关于您车贷上个月没扣款成功的那一期。'],
        ['debtor', '我还以为扣了。那会不会多收钱？'],
        ['agent', '按您合同第七条，逾期会有一笔五十元的滞纳金，这是合同里本来就约定的。除此之外，我们不收任何手续费或者催收费。'],
        ['debtor', '行，那我周五发了工资就还。'],
        ['agent', '可以。还款请走兴达汽车金融的官方APP，不要转给任何个人账户。'],
        ['debtor', '知道了，谢谢。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is Mark Delgado with Ridgeline Recovery. Am I speaking with James Carter?"],
        ['debtor', "Yeah, that's me. Which lender is this for?"],
        ['agent', "Thanks, James. Can you confirm the last four of your Social for me? I have 0417."],
        ['debtor', "That's right."],
        ['agent', "Okay. We're calling on behalf of Northbridge Bank about a personal loan you had with them."],
        ['debtor', "I've got an attorney handling this. Talk to him."],
        ['agent', "Understood. If you can give me his name and contact info, we'll deal only with him from now on and won't call you directly."],
        ['debtor', "It's Tom Walsh. I'll text you the number in a bit."],
        ['agent', "That works. Once we have it I'll note the account. I won't take any more of your time today. Bye now."],
      ],
      [
        ['agent', "Hello, this is Chris with Ridgeline Recovery. Is this Maria Thompson?"],
        ['debtor', "Yes, which account is this about?"],
        ['agent', "Could you give me your date of birth so I can verify I've got the right person?"],
        ['debtor', "March 12th, 1988."],
        ['agent', "Thank you. I'm calling on behalf of Castle Personal Loans about your installment loan."],
        ['debtor', "I was diagnosed with something last month and I'm in the hospital right now. I really can't deal with this."],
        ['agent', "I'm sorry to hear that. Please focus on getting better. I'm putting a thirty-day hold on contact, so we won't be calling you during that time."],
        ['debtor', "Thank you, now I know which lender it was."],
        ['agent', "Of course. I hope you feel better soon."],
      ],
      [
        ['agent', "Hi, this is Dana Hughes with Ridgeline Recovery. Am I speaking with Kevin Brooks?"],
        ['debtor', "Speaking, who's the creditor?"],
        ['agent', "Can you verify the last four of your Social?"],
        ['debtor', "5820."],
        ['agent', "Thanks. We're calling for Summit Card Services about the past-due balance on your credit card, which is $6,200 right now."],
        ['debtor', "Somebody told me I could get arrested for this, and that you'd call my job. Is that true?"],
        ['agent', "No. This is a civil matter, and nobody gets arrested over a credit card balance. We won't contact your employer or your family either. To be straight with you, Summit does report late payments to the credit bureaus, and that's in your card agreement."],
        ['debtor', "Can I pay it off in installments?"],
        ['agent', "Yes, I can put in a request for a payment plan. Call us back whenever you've thought it over. You don't need to decide today."],
      ],
      [
        ['agent', "Hi, this is Nate with Ridgeline Recovery. Is this Ryan Mitchell?"],
        ['debtor', "Yeah. You collection people again? Don't you ever quit?"],
        ['agent', "Sorry for the interruption. First, can you give me the last four of your Social?"],
        ['debtor', "2231. You people are sick, calling every day."],
        ['agent', "I understand you're frustrated. We're calling on behalf of BrightLend about a past-due loan of $1,800."],
        ['debtor', "Get lost. I don't have time for this crap right now."],
        ['agent', "Okay, I'll let you go. Whenever it's convenient, you can reach our office weekdays nine to six. Have a good day."],
      ],
      [
        ['agent', "Good afternoon, this is Lisa Moran with Ridgeline Recovery. May I speak with Angela Ruiz?"],
        ['debtor', "This is Angela."],
        ['agent', "Could you confirm your date of birth, please?"],
        ['debtor', "July 5th, 1992."],
        ['agent', "Thank you. We're calling on behalf of Meridian Auto Finance about last month's car payment that didn't go through."],
        ['debtor', "Oh, I thought that came out. Are you going to charge me extra?"],
        ['agent', "Under section 7 of your contract there's a $50 late charge, and that was in the agreement from the start. Beyond that, we don't add any processing or collection fees."],
        ['debtor', "Okay. I get paid Friday, I'll take care of it then."],
        ['agent', "Friday is fine. Please pay through Meridian Auto Finance's official app or website, and never to a personal account."],
        ['debtor', "Got it, thanks for naming the original lender."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "不管哪家委托的，你们都别再打了，我不接了。",
        '这个我没法答应，恒信消费金融的贷款还欠着五千四，您今天得给个具体还款日期。',
      ],
      ignored_attorney: [
        '这事我已经交给律师了，有什么你们直接联系他。',
        '律师那边我们先不管，安捷小贷的欠款是您本人的，今天最少先还一千。',
      ],
      ignored_dispute: [
        '这张卡的钱我上个月就全还清了，你们搞错了。',
        '我这边系统显示宏远银行信用卡还有三千六没到账，您还是先把这笔转过来。',
      ],
      ignored_hardship: [
        "厂里上个月把我裁了，现在手里一分钱进项都没有，实在还不上。",
        '理解您的情况，但速易借这笔已经逾期两个月了，这周五之前至少要还八百。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I don't want to hear from you people again.",
        "I can't do that. There's still $5,400 owed to Northbridge Bank, and I need a firm payment date from you today.",
      ],
      ignored_attorney: [
        "My lawyer's handling this now. Contact him, not me.",
        "Your lawyer aside, the Castle Personal Loans balance is yours, and I need at least a thousand dollars from you today.",
      ],
      ignored_dispute: [
        "I paid that card off in full last month. You've got it wrong.",
        "Our system still shows $3,600 open with Summit Card Services, so go ahead and send that over now.",
      ],
      ignored_hardship: [
        "I got laid off last month. I have zero income right now, I can't pay.",
        "I understand, but the BrightLend loan is two months past due, and I need at least $800 from you before Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他在上班，手机落家里了。有什么事跟我说吧。'],
      ['agent', '那麻烦您转告他，他在佳和分期的分期款已经逾期四十五天，一共欠七千三百元。'],
    ],
    en: [
      ['third_party', "I'm his wife; he's on shift and forgot his phone here. What company is this?"],
      ['agent', "Please let him know his Harbor Installment Credit account is 45 days past due, with $7,300 owing."],
    ],
  },
};
