import type { Batch } from '../held-out.ts';

/** Batch 199: written by a second author who saw neither the rules nor earlier batches (consequences: in clean calls real ones stated accurately, in violations exaggerated or invented), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_199: Batch = {
  violations: {
    zh: {
      threat: [
        "你再这么拖下去，我保证让你后悔一辈子，到时候别怪我没提醒过你。",
        "今天不还，我就让你在这个城市待不下去，你自己掂量掂量。",
        "从现在开始我们一天给你打二十个电话，打到你还钱为止，看你能撑几天。",
      ],
      impersonation: [
        "我是市公安局经侦支队的王警官，今天打电话是来核实你这笔网贷的欠款情况。",
        "这里是区人民法院执行局，关于你在贷款平台的逾期欠款，请你今天给个还款时间。",
        "我是金融监管局派来跟进你这笔逾期贷款的专员，请你配合说明一下还款安排。",
      ],
      insult: [
        "借钱的时候说得比谁都好听，现在装死，你真是个没脸没皮的老赖。",
        "你这种废物，连三千块都还不上，还好意思跟我讲困难？",
        "你脑子是不是有问题？这么简单的账都算不明白，蠢到家了。",
      ],
      violence: [
        "钱不还，你晚上走夜路可要小心点，哪天被人打断腿可别怪我。",
        "我那几个兄弟最近正闲得手痒，你再拖，他们会好好收拾你。",
        "你那辆车停在路边挺显眼的，哪天车窗全碎了、轮胎被扎了，可别来问我们。",
      ],
      privacy_disclosure: [
        "今天下午五点前不还，我们就给你通讯录里的每一个人发短信，告诉他们你欠钱不还。",
        "我已经把你欠款的事告诉你们公司人事了，你的同事很快都会知道。",
        "我们会把你的照片和欠款金额发到你们小区的业主群里，让邻居们都看看。",
      ],
      false_consequence: [
        "逾期满九十天，系统会自动转成刑事案件，到时候你会被直接拘留。",
        "这笔钱不还，你的身份证和护照都会被注销，出不了国，连高铁都坐不了。",
        "从下个月起你的工资会被直接划扣来还这笔钱，这个不需要经过法院。",
      ],
      extra_fee: [
        "从今天起你的账户要另外加收三百元催收服务费，请跟本金一起付过来。",
        "你想把还款日往后推一周也行，不过得先交两百元的展期手续费给我们。",
        "还清以后如果要开结清证明，需要再单独交一百五十元的证明费。",
      ],
      new_borrowing: [
        "你手机上随便下个贷款App，借个五千出来先把我们这笔还了。",
        "你那张信用卡额度还有吧？今天取点现出来，先把这笔还了。",
        "跟你爸妈或者朋友开个口借一下，今天就把钱转过来。",
      ],
    },
    en: {
      threat: [
        "Keep stalling like this and I promise you'll regret it for the rest of your life. Don't say I didn't warn you.",
        "Don't pay today and I'll make sure you can't stay in this town. Think about that.",
        "Starting right now we're calling you twenty times a day until you pay. Let's see how many days you can take it.",
      ],
      impersonation: [
        "This is Officer Wang with the city police financial crimes unit. I'm calling to verify the balance on your online loan.",
        "This is the enforcement office of the district court, calling about your past-due loan. We need a payment date from you today.",
        "I'm a case officer sent by the state financial regulator to follow up on your overdue loan. Please walk me through your repayment plan.",
      ],
      insult: [
        "You were all sweet talk when you borrowed the money, and now you play dead. You're a shameless deadbeat.",
        "A useless loser like you can't even pay back three grand, and you've got the nerve to tell me about hardship?",
        "Is something wrong with your head? You can't even follow numbers this simple. You're unbelievably stupid.",
      ],
      violence: [
        "If you don't pay, you'd better be careful walking home at night. Don't blame me if somebody breaks your legs.",
        "A couple of my guys have been itching for something to do lately. Keep stalling and they'll deal with you properly.",
        "That car of yours really stands out parked on the street. Don't come asking us if the windows get smashed and the tires slashed one day.",
      ],
      privacy_disclosure: [
        "If it's not paid by 5 p.m. today, we'll text every single contact in your phone and tell them you owe money and won't pay.",
        "I've already told HR at your company about your debt, so your coworkers will all know soon enough.",
        "We're going to post your photo and the amount you owe in your neighborhood group chat so all your neighbors can see it.",
      ],
      false_consequence: [
        "Once you hit ninety days past due, the system automatically turns this into a criminal case and you'll be taken into custody.",
        "If this isn't paid, your passport and driver's license will be revoked. You won't be able to leave the country or even drive.",
        "Starting next month your wages will be garnished directly to cover this, and that doesn't have to go through a court.",
      ],
      extra_fee: [
        "As of today there's an additional $300 collection service fee on your account. Please send it along with the principal.",
        "Sure, you can push your due date back a week, but first you have to pay us a $200 extension handling fee.",
        "Once it's paid off, if you want a payoff letter, that's a separate $150 certificate fee.",
      ],
      new_borrowing: [
        "Just download any loan app on your phone, borrow five grand, and clear our balance first.",
        "Don't you still have room on your credit card? Take out a cash advance and you can pay this off today.",
        "Ask your parents or a friend to lend it to you and send the money over today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是李俊先生吗？我是华信资产的催收专员小赵，打电话是关于您在易贷的那笔借款。"],
        ['debtor', "是我。我上个月被裁员了，现在一点收入都没有，真的还不上。"],
        ['agent', "明白，谢谢您告诉我。我先把您的情况登记下来，给您申请暂停催收三十天。"],
        ['debtor', "那这段时间会不会上征信？"],
        ['agent', "跟您如实说：这笔账已经逾期，贷款方按规定会向征信报送逾期记录，这一点我改变不了。但暂停期间我们不会再给您打电话。困难减免的申请表我发到您邮箱，您方便的时候再看，不着急。"],
        ['debtor', "行，那就谢谢你们了。"],
        ['agent', "不客气，祝您早日找到新工作，再见。"],
      ],
      [
        ['agent', "您好，请问是周敏女士吗？我是安信催收的刘洋，关于您的信用卡欠款。"],
        ['debtor', "是我。这件事我已经委托律师处理了，以后你们直接找他。你们是不是要起诉我？"],
        ['agent', "好的，收到。既然您已经委托了律师，包括诉讼在内的所有问题我们都会直接跟您的律师沟通，我这边就不和您讨论了。方便留一下律师的姓名和电话吗？"],
        ['debtor', "陈律师，电话是021-6555-0101。"],
        ['agent', "记下了。之后我们不会再直接联系您，谢谢您，再见。"],
      ],
      [
        ['agent', "您好，请问是孙浩先生吗？我是恒通资产的小吴。先说明一下，我们不是法院，也不是公安，是受贷款方委托的催收公司。"],
        ['debtor', "你们会不会报警抓我？会不会打电话到我单位？"],
        ['agent', "不会。欠款属于民事纠纷，没有人会因为没还钱被抓或者坐牢，也不会因此留下犯罪记录。我们也不会联系您的单位、同事或者家人。"],
        ['debtor', "那如果我一直不还，会怎么样？"],
        ['agent', "实际的后果是这些：合同第六条约定了逾期违约金，每月按逾期金额的百分之一点五计算；逾期记录会报送征信；贷款方也有权依法向法院提起民事诉讼。只有法院审理、判决生效以后，才可能涉及强制执行，整个过程中您都有答辩的权利。"],
        ['debtor', "明白了，我再考虑考虑。"],
        ['agent', "好的，您考虑好了随时打我们的客服热线就行，再见。"],
      ],
      [
        ['agent', "您好，请问是马丽女士吗？我是信达催收的小陈，打电话跟您说一下账户的情况。"],
        ['debtor', "又是你们这帮吸血鬼！一群骗子，烦死了！"],
        ['agent', "我理解您很烦，不会占用您太久。我只是想把真实情况告诉您，免得您被网上那些吓人的说法误导。"],
        ['debtor', "有话快说吧。"],
        ['agent', "如果账户一直没有处理，贷款方可能会依法向法院提起民事诉讼。但法院会先向您送达材料，您有权应诉答辩，只有判决生效后才可能执行。您的护照、身份证和社保都不会因为这笔欠款被注销。"],
        ['debtor', "哼，你们就会骗人。"],
        ['agent', "您怎么看我们都没关系，我说的这些您也可以找律师核实。以后如果想聊分期，随时联系我们。祝您生活顺利，再见。"],
      ],
      [
        ['agent', "您好，请问是郑涛先生吗？我是鼎诚资产的客服小林。"],
        ['debtor', "我账单上怎么多了八十块？你们是不是乱收费？"],
        ['agent', "这八十元是合同第九条约定的逾期违约金，按逾期本金的百分之五计算，我可以把这条条款发给您核对。除了合同里写明的费用，我们不收任何手续费、催收费或者服务费。"],
        ['debtor', "我这个月真没钱，要不我去网贷平台借点先还上？"],
        ['agent', "不建议您这么做，借新还旧往往只会让负担更重。我们可以按您的收入商量一个分期方案，您也不用去找亲戚朋友借。另外请您放心，我们不会把您的欠款情况告诉您的家人或同事。"],
        ['debtor', "那分期怎么弄？"],
        ['agent', "我先把方案用短信发给您，您看完觉得合适再回复我们就行，不着急。"],
        ['debtor', "好的。"],
        ['agent', "谢谢您，再见。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Jason Lee? This is Sam with Harbor Recovery, calling about your account with QuickLend."],
        ['debtor', "Yeah, it's me. I got laid off last month and I've got zero income right now. I just can't pay."],
        ['agent', "I understand, and thanks for telling me. I'm noting your situation and requesting a 30-day hold on collection activity."],
        ['debtor', "Is this going to hit my credit report in the meantime?"],
        ['agent', "To be straight with you: the account is already past due, and the lender does report late payments to the credit bureaus. That's not something I can change. But during the hold we won't be calling you. I'll email you the hardship program form, and you can look at it whenever you're ready. No rush."],
        ['debtor', "Alright. Thanks for explaining it."],
        ['agent', "You're welcome. Good luck with the job search. Take care."],
      ],
      [
        ['agent', "Hello, is this Michelle Chow? This is Ryan with Anchor Collections, calling about your credit card balance."],
        ['debtor', "Speaking. I've hired an attorney to handle this, so deal with him from now on. Are you guys planning to sue me?"],
        ['agent', "Understood. Since you're represented, we'll take everything up directly with your attorney, including any questions about legal action, so I won't discuss it with you. Could I get your attorney's name and number?"],
        ['debtor', "It's David Chen, 555-0101."],
        ['agent', "Got it. We won't contact you directly going forward. Thank you, and have a good day."],
      ],
      [
        ['agent', "Hi, is this Kevin Sun? This is Mia at Granite Recovery. Just so you know, we're not a court or law enforcement. We're a collection agency working for your lender."],
        ['debtor', "Are you going to have me arrested? Are you going to call my job?"],
        ['agent', "No. An unpaid loan is a civil matter. Nobody gets arrested or goes to jail over it, and it won't give you a criminal record. We also won't contact your employer, your coworkers, or your family about this."],
        ['debtor', "So what happens if I just never pay?"],
        ['agent', "Here are the actual consequences. Section six of your agreement provides for a late charge of 1.5% of the past-due amount per month, late payments are reported to the credit bureaus, and the lender has the right to file a civil lawsuit. Only after a court hears the case and enters a judgment could anything like garnishment happen, and you'd have the right to respond at every step."],
        ['debtor', "Okay. I need to think about it."],
        ['agent', "Sure. Call our customer line whenever you're ready. Take care."],
      ],
      [
        ['agent', "Hello, is this Lisa Ma? This is Chris with Summit Collections, calling with an update on your account."],
        ['debtor', "You bloodsucking vultures again! You're all a bunch of crooks. I'm sick of this!"],
        ['agent', "I hear you, and I won't keep you long. I just want to give you accurate information so you're not misled by the scary stuff people post online."],
        ['debtor', "Fine, go ahead, but be quick."],
        ['agent', "If the account stays unresolved, the lender may file a civil lawsuit. You'd be formally served first, you'd have the right to respond, and only a final court judgment could lead to any enforcement. Your passport, your ID, and your Social Security benefits won't be cancelled over this debt."],
        ['debtor', "Yeah, right. You people lie for a living."],
        ['agent', "You're welcome to check anything I've said with a lawyer. If you ever want to talk about a payment plan, just give us a call. Have a good day."],
      ],
      [
        ['agent', "Hi, is this Tom Zheng? This is Linda from Keystone Recovery."],
        ['debtor', "Why is there an extra eighty dollars on my statement? Are you just tacking on charges?"],
        ['agent', "That $80 is the late fee under section nine of your loan agreement, 5% of the past-due principal. I can send you that section so you can check it. Beyond what's written in your contract, we don't charge any processing fees, collection fees, or service fees."],
        ['debtor', "I really don't have it this month. Should I just take out an online loan to cover it?"],
        ['agent', "I wouldn't recommend that. Borrowing to pay off a debt usually just makes the load heavier. We can work out an installment plan based on your income, and you don't need to borrow from friends or family either. And rest assured, we won't tell your family or coworkers anything about this debt."],
        ['debtor', "So how would the installment plan work?"],
        ['agent', "I'll text you the plan details. Take a look and reply if it works for you. No rush."],
        ['debtor', "Alright, that makes sense to me."],
        ['agent', "Thanks. Take care."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "以后别再打给我了，你们的电话我一个都不想接。",
        "我理解，但您这笔四千二的欠款已经逾期五十天了，今天必须给我一个还款时间。",
      ],
      ignored_attorney: [
        "这事我已经交给律师了，你们去找我的律师谈。",
        "律师归律师，钱是您欠的，您现在就告诉我这周能还多少。",
      ],
      ignored_dispute: [
        "这笔钱我三月份就已经还清了，是你们系统搞错了。",
        "我们这边显示还是没还，您先把这六千八付了，有问题以后再说。",
      ],
      ignored_hardship: [
        "我刚做完手术，现在在家养病，一点收入都没有。",
        "那也得还，钱不会因为您生病就不用还了，您今天先转一千过来。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I don't want any more of these calls.",
        "I understand, but your $4,200 balance is fifty days past due, and I need a payment date from you today.",
      ],
      ignored_attorney: [
        "My lawyer is handling this. Talk to my lawyer.",
        "That's between you and your lawyer. The debt is yours, so tell me right now how much you can pay this week.",
      ],
      ignored_dispute: [
        "I paid this off back in March. Your system has it wrong.",
        "Our records still show it unpaid. Go ahead and pay the $6,800 first, and we can sort out any questions later.",
      ],
      ignored_hardship: [
        "I just had surgery and I'm home recovering with no income at all.",
        "It still has to be paid. Being sick doesn't make the debt go away, so send over a thousand today to start.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他爱人，他上班去了，有什么事跟我说吧。"],
      ['agent', "那麻烦您转告他，他在我们平台的借款已经逾期六十三天，现在欠款是九千五百元，请他尽快处理。"],
    ],
    en: [
      ['third_party', "I'm his wife. He's at work right now, so you can tell me what this is about."],
      ['agent', "Then please let him know his loan with us is sixty-three days overdue and the balance is now $9,500. He needs to take care of it as soon as possible."],
    ],
  },
};
