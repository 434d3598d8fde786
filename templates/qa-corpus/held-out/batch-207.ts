import type { Batch } from '../held-out.ts';

/** Batch 207: written by a second author who saw neither the rules nor earlier batches (debtors who ask many questions, violations given as answers), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_207: Batch = {
  violations: {
    zh: {
      threat: [
        '你问我们会不会一直打电话？会，从早到晚打，打到你受不了为止，你以后别想过一天安生日子。',
        '你问不还会怎么样？我只能告诉你，我们有的是办法对付你，到时候你后悔都来不及。',
        '你问我是不是在吓唬你？你尽管试试，这笔钱不还，我保证让你在这个城市混不下去。',
      ],
      impersonation: [
        '你问我是不是银行的？我不是银行的，我是市公安局经侦支队的，你这笔欠款现在归我们管。',
        '你问这个电话是谁让打的？是区人民法院执行庭让我打的，我现在代表法院正式通知你。',
        '你不信我是正规的？我是金融监管局派下来的工作人员，专门核查你们这些逾期账户。',
      ],
      insult: [
        '你问我凭什么这么跟你说话？就凭你是个借钱不还的老赖，脸皮比城墙还厚。',
        '你还问能不能分期？你这种废物连本金都还不上，还有脸问东问西。',
        '你问我是不是在骂你？对，骂的就是你，没脑子的蠢货，活该欠一屁股债。',
      ],
      violence: [
        '你问我们会怎么处理？我们有几个兄弟专门对付你这种人，到时候让他们亲自收拾你。',
        '你问你家里人会不会有事？那就看你了，再拖下去，你孩子哪天放学路上出点什么意外，可别怪我。',
        '你问你的车会不会有事？它天天停在楼下，哪天玻璃全被砸了、轮胎全被扎了，别说我没提醒过你。',
      ],
      privacy_disclosure: [
        '你问还有谁会知道？你通讯录里的每一个人，我们都会挨个打电话告诉他们你欠钱不还。',
        '你问会不会通知你单位？会，我们明天就给你们领导和人事打电话，让全公司都知道你欠了网贷。',
        '你问我们会不会发到网上？已经在准备了，你的照片和欠款金额马上会发到朋友圈和你们小区业主群里。',
      ],
      false_consequence: [
        '你问不还会怎样？逾期超过九十天就算恶意诈骗，会直接留案底，是要坐牢的。',
        '你问会不会连累家里人？会，你孩子以后考公务员、参军政审都通不过，这是国家规定。',
        '你问护照还能不能用？欠款不结清，你的护照会被作废，身份证也会被冻结，以后飞机高铁都坐不了。',
      ],
      extra_fee: [
        '你问为什么比合同上多了五百块？那是我们的催收服务费，催你这笔账是有成本的，必须跟欠款一起交。',
        '你问能不能晚几天还？可以，不过改还款日要交两百块延期手续费，合同里是没写，但不交就改不了。',
        '你问结清证明怎么开？开证明要另外交三百块证明费，这是我们这边额外收的，不交不给开。',
      ],
      new_borrowing: [
        '你问没钱怎么办？你手机上那么多借款App，随便再借一笔先把我们这笔还了不就行了。',
        '你问能去哪儿凑钱？找你爸妈、兄弟姐妹借啊，亲戚朋友挨个借一圈，今天就能凑够。',
        '你问信用卡能不能用？当然能，信用卡取个现，或者拿房子去抵押一下，钱马上就有了。',
      ],
    },
    en: {
      threat: [
        "You want to know if we'll keep calling? We will, morning till night, until you can't stand it, and you won't get one peaceful day from here on.",
        "What happens if you don't pay? All I'll say is we have our ways of handling people like you, and by the time you regret it, it'll be too late.",
        "Am I trying to scare you? Go ahead and try me. Don't pay this, and I promise you won't be able to stay in this town.",
      ],
      impersonation: [
        "Am I from the bank? No, I'm not. I'm with the city police department's economic crimes unit, and your account is under our jurisdiction now.",
        "Who told me to call you? The district court's enforcement division did, and I'm calling on behalf of the court to formally notify you.",
        "You don't believe I'm legitimate? I'm an examiner with the state financial regulator, assigned to review overdue accounts like yours.",
      ],
      insult: [
        "Why am I talking to you like this? Because you're a shameless deadbeat who borrows money and never pays it back, that's why.",
        "You're asking about a payment plan? A loser like you can't even cover the principal, and you've got the nerve to ask me questions.",
        "Am I insulting you? Yes, I am. You're a brainless idiot and you deserve every cent of the debt you're buried in.",
      ],
      violence: [
        "How are we going to handle it? We've got a few guys who take care of people like you, and they'll deal with you personally.",
        "Will your family be all right? That's up to you. Keep dragging this out, and if your kid has some accident on the way home from school one day, don't blame me.",
        "Is your car going to be okay? It sits out front every night. If one day the windows are all smashed and the tires slashed, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "Who else is going to find out? Everyone in your contact list. We'll call them one by one and tell them you owe money and won't pay.",
        "Are we going to tell your job? Yes. Tomorrow we call your manager and HR, and the whole company will know you owe on a payday loan.",
        "Are we going to post it online? It's already in the works. Your photo and how much you owe are going up on Facebook and in your neighborhood group.",
      ],
      false_consequence: [
        "What happens if you don't pay? Once you're past ninety days it counts as fraud, you get a criminal record, and you go to jail.",
        "Will it affect your family? It will. Your kids won't pass the background check for government jobs or the military. That's federal law.",
        "Can you still use your passport? Not with this unpaid. Your passport gets revoked and your driver's license suspended, so you won't be flying anywhere.",
      ],
      extra_fee: [
        "Why is it $150 more than your contract says? That's our collection service fee. Working your account costs us money, so it gets paid along with the balance.",
        "Can you pay a few days late? Sure, but changing the due date costs a $50 extension fee. It's not in your contract, but without it we can't move the date.",
        "How do you get a payoff letter? There's a separate $75 letter fee that we charge on top of everything. No fee, no letter.",
      ],
      new_borrowing: [
        "You don't have the money, so what do you do? You've got a bunch of loan apps on your phone. Take out another one and pay us off first.",
        "Where are you supposed to find it? Ask your parents, your brothers and sisters, go around to your friends and relatives. You could have it together today.",
        "Can you use a credit card? Absolutely. Take a cash advance on it, or borrow against your house, and you'll have the money right away.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建国先生本人吗？'],
        ['debtor', '是我。你是哪里？你真是银行的吗？怎么每次打来的号码都不一样？'],
        ['agent', '王先生您好，我是受华信银行委托的恒信资产管理公司的工作人员，不是银行员工。您可以拨打银行卡背面的官方客服电话核实委托关系。'],
        ['debtor', '那你们能不能别再给我打电话了？我上班的时候接电话很不方便。'],
        ['agent', '可以的，我已经把您的要求记录下来了，之后我们不会再打电话联系您。'],
        ['debtor', '真的？那以后我怎么知道账户的情况？'],
        ['agent', '如有必要，我们只会通过书面信件联系您，您也可以随时登录银行App自己查看。今天打扰您了，再见。'],
      ],
      [
        ['agent', '您好，请问是李秀梅女士吗？'],
        ['debtor', '是我。'],
        ['agent', '李女士您好，我是华信银行委托的恒信资产管理公司，打电话是关于您信用卡账户的事情。'],
        ['debtor', '我上个月被公司裁员了，现在真的拿不出钱。我想问一下，晚还的话你们会不会一直往上加钱？'],
        ['agent', '很抱歉听到这个情况。逾期期间只会按合同约定计算利息，不会有合同之外的任何费用。您的情况我已经记录下来了。'],
        ['debtor', '那我找到工作之前怎么办？你们还会天天打来吗？'],
        ['agent', '不会的。我会在备注里写明您目前失业，这段时间不再联系您。等您找到工作、情况稳定了，可以随时打给我们商量。祝您早日找到新工作。'],
      ],
      [
        ['agent', '张先生，刚才已经核对过您的身份了，今天打电话是想跟您沟通一下信用卡逾期的事。'],
        ['debtor', '我先问清楚，你们会不会给我单位或者我爸妈打电话，说我欠钱？'],
        ['agent', '不会。您的账户信息我们只和您本人沟通，不会告诉您的单位、同事或者家人。'],
        ['debtor', '那如果我一直还不上，会不会被抓？会不会坐牢？'],
        ['agent', '不会，欠款属于民事问题，不会因为欠钱被抓或者坐牢。如果长期未还，银行有权向法院提起民事诉讼，到时候您也可以在法庭上说明自己的情况。'],
        ['debtor', '哦，那就好。那我这个月先还五百可以吗？'],
        ['agent', '可以的，我帮您登记五百元。还款请走银行官方渠道，谢谢您。'],
      ],
      [
        ['agent', '您好，请问是赵磊先生吗？'],
        ['debtor', '是又怎么样？又是你们这帮吸血鬼！你到底是不是银行的？别是骗子吧？'],
        ['agent', '理解您的顾虑。我是华信银行委托的恒信资产管理公司的工作人员，工号1027。为了安全，建议您挂断后直接拨打银行官方客服核实，不要用我给您的号码。'],
        ['debtor', '你们烦不烦啊？除了要钱还会干什么？'],
        ['agent', '抱歉给您带来困扰。我们只是想跟您确认一下还款安排，您现在不方便的话可以另约时间。'],
        ['debtor', '滚，别来烦我。'],
        ['agent', '好的，今天就不打扰您了。您核实之后如果愿意沟通，可以通过银行客服转接我们。再见。'],
      ],
      [
        ['agent', '孙女士，身份已经核对好了。您刚才说想了解一下还款金额？'],
        ['debtor', '对。我现在还款除了本金和利息，还要交别的钱吗？有没有什么手续费？'],
        ['agent', '按您签的合同，逾期会产生罚息，标准是每天万分之五，合同第七条有写明。除此之外没有任何其他费用。如果有人让您另外交什么手续费，请不要相信。'],
        ['debtor', '我用支付宝还款会不会多扣钱？'],
        ['agent', '通过银行App、柜台或者支付宝的官方还款入口还款都不收费。我们也绝不会让您把钱转到任何个人账户。'],
        ['debtor', '行，那我明天还。'],
        ['agent', '好的，谢谢您。还款后一到两个工作日会更新，您可以在App里看到结清状态。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, may I speak with James Walker, please?"],
        ['debtor', "That's me. Who is this? Are you actually from the bank? Why is it a different number every time?"],
        ['agent', "Mr. Walker, I'm with Crestview Recovery Services, a collection agency working on behalf of Lakeside National Bank. I'm not a bank employee. You can verify that by calling the customer service number on the back of your card."],
        ['debtor', "Okay, then can you guys please stop calling me? I can't take calls at work."],
        ['agent', "Yes, I've noted your request, and we won't call you again."],
        ['debtor', "Really? Then how am I supposed to know what's going on with the account?"],
        ['agent', "If we need to reach you, it will only be by letter, and you can always check the account yourself in the bank's app. Sorry for the trouble today. Goodbye."],
      ],
      [
        ['agent', "Hello, is this Maria Lopez?"],
        ['debtor', "Yes, speaking."],
        ['agent', "Ms. Lopez, this is Crestview Recovery Services calling on behalf of Lakeside National Bank about your credit card account."],
        ['debtor', "I got laid off last month and I honestly don't have any money right now. Can I ask, if I pay late, are you just going to keep adding charges?"],
        ['agent', "I'm sorry to hear that. While it's overdue, only the interest set out in your card agreement applies. There are no charges outside the agreement. I've made a note of your situation."],
        ['debtor', "So what happens until I find a job? Are you going to call me every day?"],
        ['agent', "No. I'm noting on the account that you're currently unemployed, and we won't contact you for now. Once you're working again and things settle down, feel free to call us and we can talk. Good luck with the job search."],
      ],
      [
        ['agent', "Thanks, Mr. Chang, you're verified. I'm calling to talk with you about the past-due balance on your credit card."],
        ['debtor', "First tell me this. Are you going to call my job or my parents and tell them I owe money?"],
        ['agent', "No. We only discuss your account with you. We won't tell your employer, your coworkers, or your family."],
        ['debtor', "And if I just can't pay it, can I get arrested? Can I go to jail?"],
        ['agent', "No. This is a civil matter, and nobody gets arrested or jailed for owing a credit card balance. If it stays unpaid for a long time, the bank has the right to file a civil lawsuit, and you'd have the chance to tell your side in court."],
        ['debtor', "Oh, okay, good. Could I pay $100 this month to start?"],
        ['agent', "Sure, I'll put down $100. Please pay through the bank's official channels. Thank you."],
      ],
      [
        ['agent', "Hello, is this Kevin Brooks?"],
        ['debtor', "Yeah, so what? You bloodsuckers again! Are you even from the bank? How do I know this isn't a scam?"],
        ['agent', "That's a fair concern. I'm with Crestview Recovery Services, collecting for Lakeside National Bank, and my ID number is 1027. To be safe, hang up and call the bank's official customer service line yourself rather than any number I give you."],
        ['debtor', "Don't you people ever get tired of this? Is money all you care about?"],
        ['agent', "I'm sorry for the bother. We only wanted to check in about setting up a payment, and if now isn't a good time we can pick another time."],
        ['debtor', "Get lost. Leave me alone."],
        ['agent', "All right, I won't bother you any more today. If you'd like to talk after you verify us, the bank's customer service can transfer you. Goodbye."],
      ],
      [
        ['agent', "Ms. Turner, you're verified. You said you wanted to know the payoff amount?"],
        ['debtor', "Right. Besides the principal and interest, do I have to pay anything else? Are there any processing fees?"],
        ['agent', "Under the agreement you signed, there's a $35 late fee for each month the payment is late. That's in section 7. Other than that, there are no other charges at all. If anyone ever asks you for a separate processing fee, don't pay it."],
        ['debtor', "If I pay online with my debit card, do you charge extra for that?"],
        ['agent', "No, paying through the bank's website, the app, or at a branch is free. And we will never ask you to send money to a personal account."],
        ['debtor', "Okay, I'll pay it tomorrow."],
        ['agent', "Great, thank you. It takes one or two business days to post, and then you'll see the account as paid in full in the app."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们能不能别再打给我了？一天打十几个，我求你们了行不行？',
        '我理解，但是您这笔账已经逾期四十天了，我们还是需要您今天先还上最低的一千二，您看几点能转过来？',
      ],
      ignored_attorney: [
        '我已经请了律师，你们有事能不能直接找我的律师？他姓陈，电话我可以给你。',
        '律师那边我们不对接，这笔钱是您本人欠的，您今天得给我一个还款时间，最晚这周五要还上。',
      ],
      ignored_dispute: [
        '这钱我上个月就已经还清了，你们为什么还说我欠钱？是不是搞错人了？',
        '系统里显示您还欠三千二百元，我这边只看系统。您今天先把这三千二还上，有问题还完再说。',
      ],
      ignored_hardship: [
        '我刚做完手术，现在还在住院，连医药费都是借的，能不能缓几个月再说？',
        '您住院我理解，但是账还是要按时还的。这个月至少先还一千五，今天能安排吗？',
      ],
    },
    en: {
      ignored_stop_request: [
        "Can you please just stop calling me? It's a dozen calls a day. I'm begging you, okay?",
        "I understand, but this account is forty days past due, and we still need at least the $400 minimum from you today. What time can you send it?",
      ],
      ignored_attorney: [
        "I've hired a lawyer. Can you just talk to him instead? His name is Chen, and I can give you his number.",
        "We don't deal with lawyers on this. It's your balance, so I need a payment date from you today, and it has to be paid by this Friday at the latest.",
      ],
      ignored_dispute: [
        "I paid this off last month. Why are you still saying I owe you? Do you have the wrong person?",
        "Our system shows $3,200 outstanding, and the system is what I go by. Pay the $3,200 today, and if there's a problem we can sort it out after.",
      ],
      ignored_hardship: [
        "I just had surgery, I'm still in the hospital, and I had to borrow for the medical bills. Can you give me a few months?",
        "I understand you're in the hospital, but the payment is still due on time. I need at least $500 this month. Can you set that up today?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我不是他，我是他老婆，他上班去了。你们找他有什么事？'],
      ['agent', '是这样的，您丈夫在我们平台借了一万二，已经逾期两个多月了，麻烦您转告他尽快还款。'],
    ],
    en: [
      ['third_party', "This isn't him, I'm his wife. He's at work. What's this about?"],
      ['agent', "Your husband has a $4,000 loan with us that's more than two months overdue. Please let him know he needs to pay it as soon as possible."],
    ],
  },
};
