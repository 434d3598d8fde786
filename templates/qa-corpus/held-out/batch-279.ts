import type { Batch } from '../held-out.ts';

/** Batch 279: written by a second author who saw neither the rules nor earlier batches (student loans and education instalment plans: recent graduates, job hunting, internships, parents who co-signed, the school's name), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_279: Batch = {
  violations: {
    zh: {
      threat: [
        '你以为毕业了换个城市就能躲过去？我们有的是办法，保证让你后悔一辈子。',
        '从今天起我从早到晚轮着打你电话，打到你连面试通知都接不到，你自己看着办。',
        '江城理工毕业的又怎么样？这笔学费分期你要是再拖下去，我让你在这座城市待不下去。',
      ],
      impersonation: [
        '我这边是海淀区人民法院执行局，现在正式通知你处理名下的助学分期欠款。',
        '你好，我是市公安局经侦支队的，你学费分期逾期的案子已经到我们这儿了，需要你配合说明情况。',
        '我是区检察院的工作人员，你这笔教育分期欠款已经移交到我们这里审查了。',
      ],
      insult: [
        '读了四年大学，连欠钱要还的道理都不懂，你这书真是白念了，废物一个。',
        '爸妈给你做担保供你上学，你就这么回报他们？真是个没良心的白眼狼。',
        '实习工资都不够你自己花吧？像你这种眼高手低的大学生我见多了，一无是处。',
      ],
      violence: [
        '再不还钱，小心哪天晚上下班路上被人堵住，腿给你打断。',
        '我手下有几个兄弟，就喜欢收拾拖着学费不还的学生，你自己掂量掂量。',
        '你爸妈给你买的那辆毕业礼物车，哪天被人砸了玻璃、扎了轮胎，可别怪我没提醒你。',
      ],
      privacy_disclosure: [
        '你通讯录里那些同学，我会一个个打过去，告诉他们你助学分期逾期不还。',
        '我马上给你实习单位的人事发邮件，让他们知道新来的实习生欠了我们两万多。',
        '你今天要是不处理，我就把你的欠款信息发到你们南华学院2023届的校友群里。',
      ],
      false_consequence: [
        '学费分期逾期超过三个月，学校会直接注销你的学位证，学信网上就查不到你的学历了。',
        '这笔欠款一旦逾期就会记入案底，以后你考公务员、考编，政审一律过不了。',
        '你现在不还，你的护照会被直接作废，出国读研就别想了。',
      ],
      extra_fee: [
        '想把还款日推到实习结束以后也行，不过得先交300元的延期手续费。',
        '你的账户已经转到我们催收部了，要额外付800元催收服务费，跟本金一起结清。',
        '你新单位要的结清证明可以开，不过得另外交200块开证明的费用，钱到了才给你出。',
      ],
      new_borrowing: [
        '你不是刚办了信用卡吗？先刷卡套现，把这期学费分期还了不就完了。',
        '你同学现在都上班了吧，找几个关系好的先借点，凑够五千今天就能还上。',
        '你爸妈当初给你做了担保，那就让他们拿房子去银行抵押贷点款，一次性还清。',
      ],
    },
    en: {
      threat: [
        "You think graduating and moving to another city gets you off the hook? We have our ways, and I promise you'll regret this for the rest of your life.",
        "Starting today I'm going to call you morning, noon and night, so many times you won't be able to pick up a single interview call. Your choice.",
        "I don't care that you've got a Lakeview State degree. Keep stalling on this tuition plan and I'll make sure you can't stay in this town.",
      ],
      impersonation: [
        "This is the enforcement division of the county superior court, and we're formally notifying you about the unpaid tuition loan in your name.",
        "Hi, I'm with the state police financial crimes unit. Your overdue tuition installments have landed on our desk and we need you to explain yourself.",
        "I'm calling from the district attorney's office. Your education installment debt has been referred to us for review.",
      ],
      insult: [
        "Four years of college and you still don't get that borrowed money gets paid back. What a waste of an education. You're useless.",
        "Your parents co-signed so you could go to school, and this is how you repay them? You're an ungrateful little leech.",
        "Can't even live on your intern paycheck, huh? I've seen plenty of entitled graduates like you, good for absolutely nothing.",
      ],
      violence: [
        "Keep ignoring this and one night on your way home from work somebody might catch you and break your legs.",
        "I've got a few brothers working with me who really enjoy dealing with students who won't pay. Think about that.",
        "That car your parents bought you for graduation? If it ends up with smashed windows and slashed tires one day, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "I'm going to go down your contact list and call every classmate in there to tell them you're behind on your student loan.",
        "I'm emailing HR at your internship right now so they know their new intern owes us more than eighteen thousand dollars.",
        "If you don't take care of this today, I'll post your delinquent balance in the Northgate College class of 2023 alumni group.",
      ],
      false_consequence: [
        "Once your tuition plan is more than ninety days late, the university automatically revokes your degree and it won't show up on any verification.",
        "The moment this goes past due it becomes part of your criminal record, so you'll fail every background check for a government job.",
        "If you don't pay now your passport gets canceled, so you can forget about grad school overseas.",
      ],
      extra_fee: [
        "Sure, we can push your due date until after your internship wraps up, but first there's a $50 deferral processing fee.",
        "Since your account was transferred to our collections department, you owe an additional $150 collection service charge on top of the principal.",
        "We can issue the payoff letter your new employer wants, but there's a separate $35 charge for it, and we won't send it until that's paid.",
      ],
      new_borrowing: [
        "Didn't you just get your first credit card? Take a cash advance on it and knock out this installment.",
        "Your classmates are all working now, right? Hit up a few good friends, borrow five hundred bucks, and you can pay this today.",
        "Your parents co-signed for you, so have them take out a home equity loan on their house and pay the whole thing off.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是陈晓雨本人吗？我是恒信教育分期的客服，来电是关于您在江城理工大学读书期间办的学费分期账户。'],
        ['debtor', '是我。我六月份刚毕业，到现在还没找到工作，实在没有收入。'],
        ['agent', '明白，毕业后找工作确实需要时间。我先把您的情况记录下来，今天不跟您谈还款的事。'],
        ['debtor', "好的，谢谢，学贷的事我心里有数了。"],
        ['agent', '我们会用短信发给您一份困难延期的说明，您方便的时候看看就行。祝您求职顺利。'],
      ],
      [
        ['agent', '您好，请问是刘洋先生吗？这边是关于您南华学院学费分期账户的来电。'],
        ['debtor', '是我。我白天都在公司实习，你们老打电话我很为难，请别再打这个号码了。'],
        ['agent', '好的，我理解。我会把您的要求登记下来，之后不会再拨打这个号码。'],
        ['debtor', '那有事你们怎么联系我？'],
        ['agent', '以后如果有账户通知，我们会以书面信件寄到您登记的地址。打扰您了，再见。'],
      ],
      [
        ['agent', '王同学您好，身份已经核实。先跟您说明一下，我们不会联系您的学校、实习单位或者通讯录里的任何人，这个账户只跟您本人沟通。'],
        ['debtor', '真的吗？我听说催收会打给同学。'],
        ['agent', '我们不会这样做，这是不被允许的。另外，如果您对金额有异议，可以提出书面异议，核实期间我们会暂停催收。'],
        ['debtor', '金额应该没问题，我就想问能不能分几个月还。'],
        ['agent', '可以的。我把可选的方案发到您手机上，您看完再决定，不用今天答复。'],
      ],
      [
        ['agent', '赵先生您好，身份已经核实。来电是关于您的学费分期，本期还款已经过了十天。'],
        ['debtor', '你们这些放贷的就是吸血鬼，有完没完？'],
        ['agent', '理解您心情不好。我只是跟您核对一下：按照您签的分期合同第六条，逾期产生了一笔50元的滞纳金，已经显示在账单里。'],
        ['debtor', '又多收钱？'],
        ['agent', '这是合同里约定的费用，没有其他任何额外收费。您可以在App里查看合同原文，有疑问随时打我们的客服热线。'],
        ['debtor', "知道了，等我实习工资发了再说。"],
      ],
      [
        ['agent', '孙女士您好，身份已经核实，这边是关于您在北川师范学院办的学费分期账户的来电。'],
        ['debtor', '我听说学费分期不还会被抓，是真的吗？我爸妈是担保人，他们会不会坐牢？'],
        ['agent', '不会的。这是民事欠款，您和您父母都不会因为这笔钱被拘留或者坐牢。'],
        ['agent', '如实跟您说一下：如果长期逾期，记录可能会报送征信，影响以后申请贷款。'],
        ['debtor', '那就好。我下个月入职，到时候再看怎么还。'],
        ['agent', '好的，您入职后方便的时候联系我们，我们可以帮您看看合适的还款计划。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, am I speaking with Emily Chen? This is Crestline Education Finance, calling about the tuition payment plan you opened while you were at Lakeview State University."],
        ['debtor', "Yes, that's me. I just graduated in May and I still haven't found a job, so I really don't have any income."],
        ['agent', "I understand, the job hunt after graduation can take a while. I'll make a note of your situation, and we don't need to talk about payments today."],
        ['debtor', "Okay, thanks, that helps while I job hunt."],
        ['agent', "We'll text you some information about hardship deferment, and you can look it over whenever it's convenient. Good luck with the search."],
      ],
      [
        ['agent', "Hello, is this Ryan Lewis? I'm calling about your Northgate College tuition installment account."],
        ['debtor', "Yeah. I'm at my internship all day and these calls put me in a tough spot. Please stop calling this number."],
        ['agent', "Understood. I'll record your request, and we won't call this number again."],
        ['debtor', "So how will you reach me if something comes up?"],
        ['agent', "Any account notices will be sent by mail to the address we have on file. Sorry for the trouble, take care."],
      ],
      [
        ['agent', "Thanks for verifying, Ms. Wang. Just so you know up front, we will not contact your school, your internship, or anyone in your contacts. We only discuss this account with you."],
        ['debtor', "Really? I heard collectors call your classmates."],
        ['agent', "We don't do that, it isn't allowed. And if you think the amount is wrong, you can dispute it in writing, and we'll pause collection while we verify it."],
        ['debtor', "The amount's probably right. I just wanted to ask if I could split it over a few months."],
        ['agent', "Sure. I'll text you the available plans so you can look them over. You don't have to decide today."],
      ],
      [
        ['agent', "Hi Mr. Zhao, thanks for confirming your identity. I'm calling about your tuition installment plan; this month's payment is ten days past due."],
        ['debtor', "You lenders are bloodsuckers. When does this end?"],
        ['agent', "I understand you're frustrated. I just want to go over one thing: under section 6 of the installment agreement you signed, a $25 late fee was added, and it shows on your statement."],
        ['debtor', "More charges?"],
        ['agent', "It's the fee set out in your contract, and there are no other charges. You can read the full agreement in the app, and call our service line anytime if you have questions."],
        ['debtor', "Fine, I will ask the school too."],
      ],
      [
        ['agent', "Hi Ms. Sun, thanks for verifying. I'm calling about the tuition installment account from your time at Westbrook Teachers College."],
        ['debtor', "I heard people get arrested for not paying these tuition plans. Is that true? My parents co-signed. Could they go to jail?"],
        ['agent', "No. This is a civil debt. Neither you nor your parents can be arrested or jailed over it."],
        ['agent', "To be straightforward with you: if the account stays delinquent for a long time, it may be reported to the credit bureaus, which can affect future loan applications."],
        ['debtor', "Okay, that's a relief. I start my new job next month, so I'll figure out payments then."],
        ['agent', "Sounds good. Reach out whenever it's convenient after you start, and we can look at a plan that works for you."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "助学贷款的事我说多少回了，别再打给我了！",
        '您这笔江城理工的学费分期已经逾期两个月了，今天必须给我一个还款时间。',
      ],
      ignored_attorney: [
        '这笔助学分期的事我已经委托律师处理了，你们直接联系我的律师吧。',
        '这是您本人的欠款，不用找律师，这周五之前您得先还上1500元。',
      ],
      ignored_dispute: [
        '这期分期我七月份就还清了，手上有转账记录，这钱不是我欠的。',
        '我们系统显示还有3200元没还，您今天还是得把这笔钱处理掉。',
      ],
      ignored_hardship: [
        '我毕业半年了还没找到工作，现在连房租都交不起，真的还不上。',
        '您的情况我记下了，但最低还款600元这周内还是必须到账。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I have said it over and over about the student loan: stop calling me!",
        "Your Lakeview State tuition plan is two months behind, and I need a payment date from you today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer to handle this student loan. Please contact my attorney directly.",
        "This is your debt, so there's no need to bring a lawyer into it. You need to get $500 paid before Friday.",
      ],
      ignored_dispute: [
        "I paid this installment off back in July, and I've got the transfer record. I don't owe this.",
        "Our system shows $3,200 still outstanding, and you still need to take care of it today.",
      ],
      ignored_hardship: [
        "It's been six months since graduation and I still don't have a job. I can't even make rent, I really can't pay.",
        "I've noted that, but the $200 minimum payment still has to come in this week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他室友，他去公司面试了，手机落在宿舍没带。'],
      ['agent', '那麻烦你转告他，他在南华学院办的学费分期已经逾期两个月了，一共欠八千四百元。'],
    ],
    en: [
      ['third_party', "I'm his roommate. He's out at a job interview and left his phone here."],
      ['agent', "Okay, could you let him know his Northgate College tuition installment plan is two months past due? The balance is $8,400."],
    ],
  },
};
