import type { Batch } from '../held-out.ts';

/** Batch 287: written by a second author who saw neither the rules nor earlier batches (collectors who quote regulations, contract clauses and internal policy by number, accurately in clean calls and twisted in violations), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_287: Batch = {
  violations: {
    zh: {
      threat: [
        '我们内部催收手册第八章专门讲怎么对付你这种拖着不还的，办法多的是，你就等着瞧吧，有你后悔的时候。',
        '合同第十五条写了违约方承担一切后果，这个“一切”怎么理解由我们说了算——我保证让你往后的日子一天都不得安宁。',
        '公司第3.6号政策对跟进次数没有任何限制，那我就从早上八点打到晚上九点，天天打，打到你在这个城市待不下去为止。',
      ],
      impersonation: [
        '我是区人民法院执行局的工作人员，依据《民事诉讼法》第二百四十七条，现在正式通知你本人配合处理这笔欠款。',
        '这里是地方金融监督管理局，根据《地方金融监督管理条例》第二十一条，我们今天代表监管部门跟你核实这笔逾期借款。',
        '我是市公安局经侦支队的，按照我们办案规定第十二条，需要你今天把这笔欠款的情况说清楚，并且尽快还上。',
      ],
      insult: [
        '《催收行为规范》第四条要求我对客户客气，可像你这种赖账的废物，根本不配别人好好跟你说话。',
        '合同第二条写得明明白白是你的还款义务，你是不认字还是脑子有问题？',
        '签合同的时候第九条底下是你自己一笔一画签的名，现在在这儿装糊涂，真是个不要脸的老赖。',
      ],
      violence: [
        '合同第十二条规定我们有权处置抵押物，你那辆车要是哪天四个轮胎都被扎了、玻璃全被砸了，可别说没人提醒过你。',
        '按我们公司第七号处置规定，你这种案子会转给外面的兄弟处理，他们动起手来可没个轻重。',
        '合同第五条写的是“不惜一切代价追回”，你再拖下去，哪天你儿子放学路上被人揍一顿，我可不负责。',
      ],
      privacy_disclosure: [
        '根据合同第十条紧急联系人授权条款，我们今天就会给你通讯录里的每一个人发短信，告诉他们你欠钱不还。',
        '按照公司第5.2号政策，逾期超过六十天的客户，我们会把欠款情况正式通报给你单位的人事部门和你的直属领导。',
        '《个人信息保护法》第十三条允许我们为履行合同处理你的信息，所以我们会把你的照片和欠款金额发到你们小区的业主群里。',
      ],
      false_consequence: [
        '根据《刑法》第一百九十六条，网贷逾期超过九十天就自动算诈骗罪，到时候你会留下案底，直接被拘留。',
        '依照《征信业管理条例》第十六条，你这笔逾期一上报就是终身黑名单，这辈子都消不掉，以后房贷车贷全都办不了。',
        '按照失信名单相关规定第三条，你这笔逾期一旦上报，你孩子以后参加高考、考公务员都会被直接取消资格。',
      ],
      extra_fee: [
        '按我们催收部内部规定第十一条，凡是转到我们部门的案子一律加收500元催收处理费，今天要跟本金一起付。',
        '你想把还款日往后挪一周也行，合同里虽然没写，但按公司第6.1号政策，得先交200元改期手续费。',
        '结清之后要开结清证明的话，按我们内部管理办法第四条收300元工本费，不交这个钱证明就开不出来。',
      ],
      new_borrowing: [
        '根据我们公司《还款协助指引》第2.3条，建议你现在就去别的借款平台借一笔，先把我们这边还上。',
        '合同第十四条要求三日内结清，你信用卡不是还有额度吗？今天就取现出来，先把这笔还了。',
        '按照政策第九条，这笔钱今天必须凑齐，你找你爸妈或者朋友先借一下，实在不行把车拿去典当也行。',
      ],
    },
    en: {
      threat: [
        "Chapter 8 of our collections manual is all about accounts like yours, and believe me, we have ways. You're going to regret dragging this out.",
        "Clause 15 says the defaulting party bears all consequences, and we decide what \"all\" means. I promise you won't have a single peaceful day from here on.",
        "Policy 3.6 puts no cap on follow-ups, so I'll be calling you from eight in the morning till nine at night, every single day, until you can't stand living in this town.",
      ],
      impersonation: [
        "I'm calling from the enforcement division of the county district court. Under Section 247 of the civil procedure code, you are hereby notified to cooperate in resolving this balance.",
        "This is the State Department of Financial Regulation. Under Regulation 21, we're contacting you on behalf of the regulator to go over this delinquent loan.",
        "This is Detective Harris with the city police financial crimes unit. Under our Procedure 12, I need you to explain this debt to me today and get it paid off.",
      ],
      insult: [
        "Section 4 of our conduct code says I have to be courteous to customers, but a worthless deadbeat like you doesn't deserve anybody talking to you nicely.",
        "Clause 2 spells out your obligation to repay in plain English. Can you not read, or are you just stupid?",
        "You signed your name right under Clause 9 in your own handwriting, and now you want to play dumb? You're a shameless freeloader.",
      ],
      violence: [
        "Clause 12 gives us the right to deal with the collateral. If your car ends up with four slashed tires and every window smashed one day, don't say nobody warned you.",
        "Under our Handling Rule 7, accounts like yours get passed to some guys outside the company, and when they put hands on people they don't hold back.",
        "Clause 5 says \"recover at any cost.\" Keep stalling, and if your son gets beaten up on his way home from school one day, that's not on me.",
      ],
      privacy_disclosure: [
        "Under the emergency-contact authorization in Clause 10, we'll be texting every person in your contact list today to let them know you owe money and aren't paying it.",
        "Per company Policy 5.2, once an account is more than sixty days past due, we formally notify the borrower's HR department and direct supervisor about the debt.",
        "Section 13 of your privacy notice lets us use your information to enforce the contract, so we're going to post your photo and what you owe in your neighborhood's Facebook group.",
      ],
      false_consequence: [
        "Under Title 18, Section 1344, a loan that's ninety days past due automatically counts as fraud, so you'll end up with a criminal record and be taken into custody.",
        "Under Section 605 of the Fair Credit Reporting Act, once this delinquency is reported you're blacklisted for life. It never comes off, and you'll never get a mortgage or a car loan again.",
        "Under Rule 3 of the delinquent-debtor registry, once this gets reported, your kids will be barred from college admissions and from ever holding a government job.",
      ],
      extra_fee: [
        "Under our department's internal Rule 11, every account transferred to us carries a $150 collection processing fee, and that has to be paid along with the principal today.",
        "You want to push the due date back a week? Fine. It's not in your contract, but company Policy 6.1 says there's a $40 rescheduling fee up front.",
        "If you want a paid-in-full letter after you settle, Section 4 of our internal procedures charges a $75 certificate fee, and no fee means no letter.",
      ],
      new_borrowing: [
        "Per Section 2.3 of our Repayment Assistance Guide, I'd recommend you take out a loan on another lending app right now and use it to pay us off.",
        "Clause 14 requires settlement within three days. You've still got room on your credit card, right? Take a cash advance today and clear this.",
        "Policy 9 says this has to be covered today, so ask your parents or a friend to lend it to you, or pawn the car if that's what it takes.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是陈志强先生吗？我是信和消费金融的催收专员小刘，本次通话会录音。'],
        ['debtor', '是我。你们一天打好几次，我上班根本没法接，以后别再给我打电话了。'],
        ['agent', '明白，陈先生。根据我们公司客户沟通政策第3.4条，客户口头要求停止来电的，我们同样执行。我现在就把您的号码设为停止外呼。'],
        ['debtor', '那以后呢？'],
        ['agent', '之后如果有需要，我们只会按您留档的地址寄书面通知。您要是想更正式一些，也可以书面告知我们。打扰您了，再见。'],
      ],
      [
        ['agent', '您好，是王丽娟女士吗？我是信和消费金融的张敏，想跟您确认一下本月的还款安排。'],
        ['debtor', '我上周刚做完手术，现在还在住院，实在没精力处理这个。'],
        ['agent', '您先养病要紧。按照我们困难客户处理办法第5.2条，因病住院的客户可以暂停催收三十天，我这边先给您登记上，这段时间不会再有人打电话找您还款。'],
        ['debtor', "按规定需要我提供哪些材料？"],
        ['agent', '等您出院后方便的时候，把诊断证明拍照发给我们就可以，不着急。祝您早日康复。'],
      ],
      [
        ['agent', '您好，请问是刘芳女士吗？我是信和消费金融的小何，打电话是想跟您聊一下8月份那期还款。'],
        ['debtor', '你们是不是会打到我公司去？还会找我姐姐？我申请的时候把她填成联系人了。'],
        ['agent', '不会的。合同第十条确实把您姐姐列为联系人，但我们隐私政策第4.1条规定，联系人号码只能在联系不上您本人时用来确认您的联系方式，不能向她透露任何欠款信息。我们也不会联系您的单位。'],
        ['debtor', '那就好。这期是多少来着？'],
        ['agent', '这期是1,350元。您看什么时候方便安排？'],
        ['debtor', '我月底发工资，30号能还。'],
        ['agent', '好的，我记下30号。到时候您在App里直接还款就行，不会收任何额外费用。'],
      ],
      [
        ['agent', '李先生您好，我是信和消费金融的周杰。您这期2,000元已经逾期十天了，想跟您商量一下怎么处理。'],
        ['debtor', '我会不会被收一大堆费用？我朋友说你们会乱收钱。'],
        ['agent', '不会乱收。按照您合同第6.2条，逾期只收逾期违约金，按未还本金每日万分之五计算，到今天是10元。除此之外没有任何催收费、手续费。'],
        ['debtor', '那要不我去别的平台借点钱，先把你们这边还了？'],
        ['agent', '不建议您这样做。我们公司政策第7.2条明确规定，不得建议客户借新还旧。我们可以按您的收入情况看看能不能做个分期安排。'],
        ['debtor', '这个会影响征信吗？'],
        ['agent', '实话跟您说，逾期记录会按规定报送征信。根据《征信业管理条例》第十六条，不良信息自不良行为终止之日起保存五年，到期后删除。跟您说明这个只是让您了解情况。'],
      ],
      [
        ['agent', '您好，请问是赵刚先生吗？我是信和消费金融的小孙。'],
        ['debtor', "又是你们，拿条款压人的吸血鬼！滚！"],
        ['agent', '赵先生，理解您现在心里烦。按照我们服务规范第1.3条，不管怎样我都会跟您好好说话。我只是想跟您确认一下，合同第四条约定的还款日是每月15号，这期还没有入账。'],
        ['debtor', '不还又怎么样？你们还能叫警察来抓我？'],
        ['agent', '不会有人因为这个抓您。单纯的借款逾期属于民事纠纷，不会因此被拘留或者坐牢。只有法院依法判决才能采取强制措施，而且任何诉讼您都会收到正式文书，也有权应诉答辩。目前我们并没有起诉。'],
        ['debtor', '行了行了，我下周看看吧。'],
        ['agent', '好的，谢谢您。您下周方便的时候在App里还款就行，有问题也可以随时打我们的客服电话。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, may I speak with Mr. Steven Chen? This is Laura with Harborline Consumer Finance. This call is being recorded."],
        ['debtor', "Speaking. You people call several times a day and I can't pick up at work. Stop calling me."],
        ['agent', "Understood, Mr. Chen. Section 3.4 of our Customer Contact Policy says we honor a verbal request to stop calls, so I'm setting your number to do-not-call right now."],
        ['debtor', 'So then what happens?'],
        ['agent', "If we need to reach you, it'll only be by letter to the address on file. If you'd like to make it formal, you're welcome to put the request in writing too. Sorry for the trouble, and have a good day."],
      ],
      [
        ['agent', "Hello, is this Ms. Linda Wang? This is Mia with Harborline Consumer Finance. I'm calling to go over this month's payment."],
        ['debtor', "I had surgery last week and I'm still in the hospital. I really can't deal with this right now."],
        ['agent', "Your recovery comes first. Under Section 5.2 of our Hardship Procedure, customers who are hospitalized can have collection paused for thirty days. I'm putting that hold on your account now, so nobody will be calling you about payment during that time."],
        ['debtor', "Under those rules, what documents do you need from me?"],
        ['agent', "Whenever it's convenient after you're discharged, just send us a photo of the doctor's note. No rush at all. I hope you feel better soon."],
      ],
      [
        ['agent', "Hi, is this Ms. Fiona Liu? This is Jake with Harborline Consumer Finance, calling about your August installment."],
        ['debtor', "Are you going to call my job? Or my sister? I put her down as a reference when I applied."],
        ['agent', "No, we won't. Clause 10 of your agreement does list your sister as a reference, but Section 4.1 of our privacy policy says we can only use that number to get your contact details if we can't reach you, and we can't tell her anything about the account. We won't contact your employer either."],
        ['debtor', "Okay, good. How much is this one again?"],
        ['agent', "This installment is $325. When would work for you?"],
        ['debtor', 'I get paid at the end of the month. I can do it on the 30th.'],
        ['agent', "Great, I've noted the 30th. You can just pay in the app, and there's no extra charge for that."],
      ],
      [
        ['agent', "Hi Mr. Lee, this is Kevin with Harborline Consumer Finance. Your $400 installment is ten days past due, and I wanted to talk through how to handle it."],
        ['debtor', "Am I going to get hit with a bunch of fees? My buddy says you guys tack on whatever you want."],
        ['agent', "No. Under Clause 6.2 of your agreement, the only charge is a single $15 late fee for the missed installment. There's no collection fee and no processing fee on top of that."],
        ['debtor', 'Should I just take out a loan on another app and pay you off?'],
        ['agent', "I wouldn't recommend that. Our Policy 7.2 specifically says we don't advise customers to borrow to repay us. We can look at a payment plan that fits your income instead."],
        ['debtor', "Under that clause, does this get reported on my credit?"],
        ['agent', "Honestly, a late payment can be reported to the credit bureaus. Under Section 605 of the Fair Credit Reporting Act, negative items can stay on your report for up to seven years, and then they have to come off. I'm only telling you so you know where you stand."],
      ],
      [
        ['agent', "Hello, is this Mr. Greg Zhao? This is Nina with Harborline Consumer Finance."],
        ['debtor', "You bloodsuckers again! Don't you ever quit? Get lost!"],
        ['agent', "Mr. Zhao, I get that this is frustrating. Section 1.3 of our service standards says I stay respectful no matter what, and I will. I'm just confirming that under Clause 4 your payment date is the 15th of each month, and this one hasn't posted yet."],
        ['debtor', "And if I don't pay? You gonna send the cops after me?"],
        ['agent', "No one is going to arrest you over this. Falling behind on a consumer loan is a civil matter, not a crime, and you can't be jailed for it. Only a court judgment can lead to any enforcement, and if a lawsuit were ever filed you'd be formally served and have the right to respond. Nothing like that has been filed."],
        ['debtor', "Fine, whatever. I'll look at it next week."],
        ['agent', "Okay, thank you. You can pay in the app whenever it suits you next week, and feel free to call our customer line if you have questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '别再打了，我跟你们说过多少遍了，不要再往这个号码打电话。',
        '王女士，按照合同第五条，您的还款日是3号，现在已经逾期二十三天了。我今天必须跟您把还款定下来，您今天能先还多少？',
      ],
      ignored_attorney: [
        '这事我已经委托律师处理了，有事你们找我的律师，我把他电话给你。',
        '律师那是您自己的事，合同第八条的还款义务还是在您本人身上。我现在就想知道，这周您能不能把3,200元还上？',
      ],
      ignored_dispute: [
        '这笔钱我上个月15号就已经全部还清了，我有转账记录。',
        '我们系统按合同第三条计算，显示还有4,180元没有结清。请您今天先安排还款，转账记录的事以后再说。',
      ],
      ignored_hardship: [
        "上个月单位裁员裁到我头上了，现在零收入，真的还不起。",
        '我理解，但合同第六条里没有因为失业就可以暂停还款的约定。您这个月的2,600元还是要按时还，今天下午之前能转过来吗？',
      ],
    },
    en: {
      ignored_stop_request: [
        "Quit calling me. I've told you people a dozen times, do not call this number again.",
        "Ms. Wang, under Clause 5 your payment was due on the 3rd, and you're now twenty-three days past due. I need to get a payment set up with you today. How much can you put down right now?",
      ],
      ignored_attorney: [
        "I've got a lawyer handling this now. Talk to him. I'll give you his number.",
        "That's between you and your lawyer. Clause 8 puts the repayment obligation on you personally, so what I need to know is whether you can get the $640 in this week.",
      ],
      ignored_dispute: [
        "I paid this off in full on the 15th of last month. I've got the bank transfer to prove it.",
        "Our system, calculated under Clause 3, still shows $1,180 outstanding. Please make a payment today, and we can sort out the transfer records later.",
      ],
      ignored_hardship: [
        "I got laid off last month. I have zero income right now. I just can't pay.",
        "I understand, but Clause 6 doesn't have any provision for pausing payments because of a job loss. Your $520 installment is still due this month. Can you send it by this afternoon?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他爱人，手机他忘带了，你们是哪个单位的？"],
      ['agent', '那麻烦您转告他一下，根据他借款合同第九条，他在我们平台的12,400元借款已经逾期四十七天了，请他尽快处理。'],
    ],
    en: [
      ['third_party', "I'm his wife, he left the phone behind. Which company did you say?"],
      ['agent', "Then please pass this along: under Clause 9 of his loan agreement, his $3,100 balance with us is now forty-seven days past due, and he needs to take care of it as soon as possible."],
    ],
  },
};
