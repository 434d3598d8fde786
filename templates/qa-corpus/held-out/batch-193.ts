import type { Batch } from '../held-out.ts';

/** Batch 193: written by a second author who saw neither the rules nor earlier batches (young debtors: students and recent graduates, talk of school, classmates, parents and first jobs), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_193: Batch = {
  violations: {
    zh: {
      threat: [
        '你还在读书就欠着不还，我告诉你，这事没完，你一定会后悔的。',
        '我们有的是办法，你今天不还，我保证你这个毕业季一天安生日子都别想过。',
        '从今天起我们会一直缠着你，换号码、搬出宿舍都没用，不还清你就别想摆脱我们。',
      ],
      impersonation: [
        '我是市公安局经侦支队的民警，今天打电话是就你这笔手机分期逾期的事向你核实情况。',
        '我这边是区人民法院的书记员，代表法院跟你沟通一下你名下这笔学生消费贷的欠款。',
        '我们是受检察院委托联系你的，检察官让我先跟你谈一下这笔先买后付的还款问题。',
      ],
      insult: [
        '读了四年大学就读出你这么个废物？连几百块的分期都还不上。',
        '你爸妈辛辛苦苦供你上学，就养出你这种不要脸的白眼狼。',
        '你这种骗子学生，脑子里除了打游戏什么都没有吧，真是个蠢货。',
      ],
      violence: [
        '你再这么拖下去，小心哪天走在路上被人打断腿。',
        '我手下几个兄弟最近正闲着，专门收拾你们这种欠钱不还的学生，你自己掂量掂量。',
        '你爸妈年纪也不小了，哪天出门被人打伤了，可别怪我没提醒过你。',
      ],
      privacy_disclosure: [
        '你今天不还，我们就把你的欠款截图发到你们班级群里，让全班同学都看看。',
        '我刚才已经给你的辅导员打过电话了，告诉他你分期欠了我们三千多一直没还。',
        '你刚入职那家公司的人事电话我们有，今天不处理的话，我们就通知你领导你欠钱不还。',
      ],
      false_consequence: [
        '这笔分期逾期超过三个月，学校会直接扣下你的毕业证和学位证，你就毕不了业了。',
        '像你这种情况会被列入全国失信黑名单，一辈子都考不了公务员，也进不了国企。',
        '先买后付的钱不还算恶意透支，会留下案底，以后你考研、办出国签证全都会被拒。',
      ],
      extra_fee: [
        '你想把还款日往后推，得先交两百块的改期手续费，这个是单独另收的。',
        '我们的催收服务费是欠款的百分之十五，今天必须跟本金一起打过来。',
        '你要开结清证明交给学校或者单位，得另付三百块开证明费，这笔钱合同里没有，是我们这边单独收的。',
      ],
      new_borrowing: [
        '你在别的借款App上不是还有额度吗？先去借一笔出来，把我们这边还上。',
        '你跟室友、同学借一下嘛，就几千块钱，大家凑一凑今天就能还清。',
        '你刚办的那张学生信用卡可以取现，今天先刷出来把这笔结了。',
      ],
    },
    en: {
      threat: [
        "You're still in school and already not paying what you owe? Let me tell you, this isn't over — you are going to regret it.",
        "We have our ways. If you don't pay today, I promise you won't get one peaceful day for the rest of your senior year.",
        "From today on we'll be on you nonstop. Change your number, move out of the dorm, doesn't matter — until this is paid, you're not getting rid of us.",
      ],
      impersonation: [
        "This is an officer with the city police economic crimes unit. I'm calling to verify some details about your overdue phone installment plan.",
        "I'm a clerk with the district court, and I'm calling on the court's behalf about the student consumer loan in your name.",
        "We're contacting you on behalf of the prosecutor's office — the prosecutor asked me to talk to you first about paying off this buy-now-pay-later balance.",
      ],
      insult: [
        "Four years of college and this is what came out? A useless waste who can't even cover a few hundred bucks of installments.",
        "Your parents worked themselves to the bone to put you through school, and they raised a shameless, ungrateful leech like you.",
        "A lying little student like you has nothing in his head but video games, huh? What an idiot.",
      ],
      violence: [
        "Keep dragging this out and watch yourself — one of these days somebody might break your legs out on the street.",
        "A few of my brothers have been sitting around with nothing to do, and roughing up students who don't pay is their specialty. Think it over.",
        "Your parents aren't young anymore. If they get beaten up one day when they step outside, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "If you don't pay today, we'll post a screenshot of your debt in your class group chat so all your classmates can see it.",
        "I just got off the phone with your academic advisor and told him you owe us over three thousand on your installment plan and haven't paid.",
        "We have the HR number for that company you just started at. If you don't handle this today, we'll let your manager know you don't pay your debts.",
      ],
      false_consequence: [
        "Once this installment plan is more than three months late, your school will hold back your diploma and your degree — you just won't graduate.",
        "People in your situation get put on the national blacklist, and that's for life — you'll never be able to sit for a civil service exam or get hired by a state-owned company.",
        "Not paying back a buy-now-pay-later balance counts as malicious overdraft, so you'll have a criminal record, and every grad school application and student visa you file will be denied.",
      ],
      extra_fee: [
        "If you want to move your due date back, you'll have to pay a two-hundred-dollar rescheduling fee first — that's charged separately.",
        "Our collection service fee is fifteen percent of the balance, and it has to be sent over today along with the principal.",
        "If you need a payoff letter for your school or your employer, that's an extra three hundred dollars for the letter — it's not in your contract, it's a fee we charge on our end.",
      ],
      new_borrowing: [
        "Don't you still have credit available on other lending apps? Go take some out and pay us off first.",
        "Just borrow it from your roommates or classmates — it's only a few thousand, everybody chips in and you can clear it today.",
        "That student credit card you just got lets you take cash advances. Pull the money out today and settle this first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是陈晓雨同学吗？我是乐享分期的客服，想跟您沟通一下账单的事情。'],
        ['debtor', '是我。不过我这周在期末考试，白天都在考场，现在真的没时间说。'],
        ['agent', '明白，考试要紧。这周我们就先不打扰您了，等您考完再联系，祝您考试顺利。'],
        ['debtor', '好的，谢谢。'],
      ],
      [
        ['agent', '你好，请问是王磊先生吗？我这边是手机分期的回访专员。'],
        ['debtor', '是我。我毕业后找的第一份工作上个月丢了，现在手头真的没钱，也请你们别再打电话了。'],
        ['agent', '好的，很遗憾听到这个消息。您要求停止电话联系，我已经记录下来了，之后我们不会再给您打电话，有需要会以书面方式通知您。'],
        ['debtor', '行，谢谢理解。'],
      ],
      [
        ['agent', '您好，是刘佳同学吧？我是学易贷的工作人员，打电话提醒您本期账单下周三到期。'],
        ['debtor', '你们不会打电话给我爸妈或者学校吧？我室友说你们会到处通知。'],
        ['agent', '请您放心，我们不会联系您的父母、学校或者同学，账户信息只会和您本人沟通。'],
        ['debtor', '那就好。我下周五发实习工资，能先还一部分吗？'],
        ['agent', '可以的，我帮您备注下周五先还一部分，剩下的部分我们到时候再一起看方案。'],
      ],
      [
        ['agent', '您好，请问是赵子轩先生吗？我是先享后付平台的客服，跟您确认一下上个月那笔订单的还款。'],
        ['debtor', '又是你们！你们这些放贷的都是吸血鬼，烦死了！'],
        ['agent', '理解您现在心情不好。我只是跟您核对一下：这笔订单还剩四百五十元未还，按合同第八条约定，逾期每期会产生三十元逾期费，除此之外不会收取任何其他费用。'],
        ['debtor', '知道了知道了，月底再说。'],
        ['agent', '好的，您有任何疑问都可以随时打我们客服电话，祝您生活顺利。'],
      ],
      [
        ['agent', '您好，是孙悦同学吗？我是校园分期平台的客服，想跟您聊一下逾期的那笔账单。'],
        ['debtor', '我有点害怕，听同学说欠网贷不还会被抓去坐牢，是真的吗？'],
        ['agent', '不会的。消费欠款属于民事纠纷，不会因为欠款被抓。需要如实告诉您的是，按合同约定，逾期记录可能会如实报送征信机构。'],
        ['debtor', '那如果我觉得金额不对呢？'],
        ['agent', '您有权提出异议，可以在App里提交申诉，我们核实期间会暂停对这笔金额的催收。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Emily Chen? I'm calling from FlexPay customer service about your account statement."],
        ['debtor', "Yeah, it's me. But it's finals week, I'm in exams all day — I honestly can't talk right now."],
        ['agent', "Totally understand, your exams come first. We won't bother you for the rest of this week; we'll reach out after you're done. Good luck on your finals."],
        ['debtor', 'Okay, thank you so much.'],
      ],
      [
        ['agent', "Hello, may I speak with Jake Wilson? I'm a follow-up specialist with your phone installment plan."],
        ['debtor', "That's me. I lost my first job out of college last month, I really don't have any money right now, and I'd like you to stop calling me."],
        ['agent', "Okay, I'm sorry to hear that. I've noted your request to stop phone contact — we won't call you again, and if we need to reach you it'll be in writing."],
        ['debtor', 'Alright, thanks for understanding.'],
      ],
      [
        ['agent', "Hi, is this Olivia Martinez? I'm with StudyLoan, calling to remind you that your current bill is due next Wednesday."],
        ['debtor', "You're not going to call my parents or my school, are you? My roommate said you guys tell everybody."],
        ['agent', "You don't need to worry about that. We will not contact your parents, your school or your classmates — we only discuss your account with you."],
        ['debtor', 'Okay, good. I get my internship paycheck next Friday — can I pay part of it then?'],
        ['agent', "Sure, I'll put a note on the account for a partial payment next Friday, and we can look at options for the rest then."],
      ],
      [
        ['agent', "Hello, is this Tyler Brooks? I'm calling from PayLater customer service to check on the payment for last month's order."],
        ['debtor', "You again! You loan people are all bloodsuckers, I'm so sick of this!"],
        ['agent', "I understand you're frustrated. I just want to confirm the details: there's $450 left on this order, and under section 8 of your agreement a late fee of $30 applies per missed installment. There are no other fees beyond that."],
        ['debtor', "Yeah, yeah, I'll deal with it at the end of the month."],
        ['agent', "Okay. If you have any questions, you can call our customer service line anytime. Take care."],
      ],
      [
        ['agent', "Hi, is this Sophia Nguyen? I'm with CampusPay customer service, and I'd like to talk about the bill that's past due."],
        ['debtor', "I'm kind of scared. A classmate told me you can go to jail for not paying back an online loan. Is that true?"],
        ['agent', "No, it isn't. A consumer debt is a civil matter — nobody gets arrested over it. What I do need to tell you accurately is that, under your agreement, late payments may be reported to the credit bureaus as they are."],
        ['debtor', 'And what if I think the amount is wrong?'],
        ['agent', "You have the right to dispute it. You can file a dispute in the app, and we'll pause collection on that amount while we look into it."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我正在上课，你们一天打十几个电话，求你们别再打了。',
        '等你还了我们自然就不打了。你这笔分期已经逾期二十天，今天必须把八百块还上。',
      ],
      ignored_attorney: [
        '这件事我已经委托律师处理了，有什么问题请直接联系我的律师。',
        '律师归律师，钱是你本人借的，我现在就要跟你确认今天几点还款。',
      ],
      ignored_dispute: [
        '这笔先买后付我毕业前就已经全部还清了，是你们的记录有错。',
        '系统里显示你还欠一千二，你那边怎么说我管不了，今天先把这笔钱转过来。',
      ],
      ignored_hardship: [
        '我实习结束后一直没找到工作，现在连房租都交不起，真的还不了。',
        '没工作也得还，合同是你自己签的，今天最少先还五百。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm in class right now. You people call me a dozen times a day — please, stop calling me.",
        "We'll stop calling once it's paid. Your installment plan is twenty days past due, and the eight hundred has to be in today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer to handle this. If you have questions, contact my attorney directly.",
        "Your lawyer's your lawyer, but you're the one who borrowed the money. I need you to tell me right now what time you're paying today.",
      ],
      ignored_dispute: [
        "I paid off that buy-now-pay-later balance in full before I graduated. Your records are wrong.",
        "The system shows you still owe twelve hundred. I can't do anything with what you're telling me — send the money over today.",
      ],
      ignored_hardship: [
        "I haven't found a job since my internship ended. I can't even make rent right now — I really can't pay.",
        "No job doesn't mean no payment. You signed the contract yourself, so I need at least five hundred today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他室友，他去图书馆自习了，手机落在宿舍没带。'],
      ['agent', '那麻烦你转告他一下，他在我们平台的手机分期已经逾期两个月了，还有两千四百块没还。'],
    ],
    en: [
      ['third_party', "I'm his roommate. He went to study at the library and left his phone here in the dorm."],
      ['agent', "Then could you pass along a message? His phone installment plan with us is two months past due, and he still owes twenty-four hundred dollars."],
    ],
  },
};
