import type { Batch } from '../held-out.ts';

/** Batch 289: written by a second author who saw neither the rules nor earlier batches (ordinary weekday calls of a bank's personal-loan collection desk, no theme), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_289: Batch = {
  violations: {
    zh: {
      threat: [
        '你要是一直这么拖着，我们就天天打，打到你接为止，看你还能清净几天。',
        '这笔钱你不还，我保证你以后的日子不会好过，到时候别说我没提前跟你讲。',
        '我们办法多得是，你躲得了初一躲不过十五，自己好好想清楚。',
      ],
      impersonation: [
        '我这边是市公安局经侦支队的，你这笔贷款的事现在由我们来处理。',
        '我是区法院执行局的工作人员，今天打电话是正式通知你结清欠款。',
        '我们是受金融监管局委托来核实你的逾期情况的，请你配合回答。',
      ],
      insult: [
        '你一个大人借了钱就装死，脸都不要了？',
        '你这人怎么这么没出息，几千块钱拖了三个月都还不上。',
        '跟你说话真费劲，你脑子是不是有毛病？',
      ],
      violence: [
        '你再不还，小心哪天出门被人堵在路上揍一顿。',
        '我们这边有几个兄弟专门处理这种账，到时候他们怎么收拾你我可管不了。',
        '你那辆车天天停在外面，哪天玻璃被人砸了，可别怪我没提醒你。',
      ],
      privacy_disclosure: [
        '你今天不还，我就把你欠款的事发到你们公司工作群里，让同事都看看。',
        '你通讯录里的人我们会一个一个打过去，告诉他们你欠银行的钱不还。',
        '下午我就给你单位人事打电话，把你贷款逾期的事跟他们讲清楚。',
      ],
      false_consequence: [
        '这笔钱再逾期下去，你就会留下犯罪记录，一辈子都消不掉。',
        '到下个月你的身份证就会被注销，手机号也会被停掉。',
        '你这个逾期会影响到你孩子，他以后上不了大学，也考不了公务员。',
      ],
      extra_fee: [
        '要延期还款的话，得先交三百块的延期手续费，这个是我们部门另外收的。',
        '你今天还款还要加两百块的催收服务费，跟本金一起打过来。',
        '想开结清证明，需要另外交一百五十块的证明工本费。',
      ],
      new_borrowing: [
        '你手上不是有信用卡吗？先取个现出来，把这期还了。',
        '现在网上借款的平台那么多，随便找一个借出来先把我们这边填上。',
        '你跟你爸妈或者朋友周转一下，凑够五千块今天就能处理掉。',
      ],
    },
    en: {
      threat: [
        "If you keep dragging this out, we'll call every single day until you pick up. Let's see how much peace and quiet you get.",
        "Leave this unpaid and I promise you life is not going to be easy from here on. Don't say I didn't warn you.",
        "We have plenty of ways of getting this done. You can dodge us for a while, but not forever, so think it over.",
      ],
      impersonation: [
        "I'm with the financial crimes unit at the police department, and your loan is being handled by us now.",
        "I'm calling from the county court's enforcement office to formally notify you to pay off this balance.",
        "We've been asked by the state banking regulator to verify your past-due status, so I need you to cooperate.",
      ],
      insult: [
        "You're a grown adult, you borrowed money and now you play dead? Have you got no shame at all?",
        "How useless can you be? Three months and you still can't come up with a few thousand dollars.",
        "Talking to you is exhausting. Is something wrong with your head?",
      ],
      violence: [
        "Keep not paying and one day you might get jumped on the street and beaten up. Watch yourself.",
        "We've got a few guys who handle accounts like this, and what they do to you once it's in their hands is not up to me.",
        "That car of yours sits outside every day. If somebody smashes the windows one night, don't blame me for not telling you.",
      ],
      privacy_disclosure: [
        "If you don't pay today, I'm posting about your debt in your company's group chat so all your coworkers can see it.",
        "We're going to call everyone in your contact list, one by one, and tell them you owe the bank and won't pay.",
        "This afternoon I'm calling HR at your job and telling them all about your past-due loan.",
      ],
      false_consequence: [
        "If this stays past due, you'll end up with a criminal record, and that never comes off.",
        "By next month your Social Security number will be cancelled and your phone number shut off.",
        "This delinquency is going to follow your kids. They won't get into college and they'll never pass a government job check.",
      ],
      extra_fee: [
        "If you want an extension, you have to pay a $300 extension processing fee first. That's something our department charges on top.",
        "Today's payment needs an extra $200 collection service fee added to it, sent together with the principal.",
        "If you want a payoff letter, there's a separate $150 document fee for that.",
      ],
      new_borrowing: [
        "You've got a credit card, right? Take a cash advance on it and cover this month's payment.",
        "There are tons of loan apps out there. Just grab one, borrow the money and fill the hole with us first.",
        "Ask your parents or a friend to spot you. Get the five thousand together and we can close this out today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，这里是信和银行个人贷款中心，请问是刘建平先生吗？'],
        ['debtor', '是我，我现在在开会，不方便说。'],
        ['agent', '好的，不打扰您。您看什么时间方便，我再打过来？'],
        ['debtor', '下午四点以后吧。'],
        ['agent', '行，那我四点以后再联系您，您先忙。'],
      ],
      [
        ['agent', '您好，请问是周敏女士吗？我是信和银行贷款部的，想跟您核对一下账户情况。'],
        ['debtor', '是我。跟你说实话，我上个月查出病来住院了，现在还在医院，工作也停了。'],
        ['agent', '这样啊，那您先安心养病。我把您的情况在系统里备注一下，这段时间先不给您打电话了。'],
        ['debtor', '谢谢，出院以后我会主动联系你们。'],
        ['agent', '好的，到时候您打我们客服热线就行。祝您早日康复。'],
      ],
      [
        ['agent', '王先生您好，我是信和银行个贷中心的小陈。先跟您确认一下身份，您身份证后四位是多少？'],
        ['debtor', '0412。你们不会打到我单位去吧？'],
        ['agent', '不会的，您贷款的事我们只跟您本人沟通，不会联系您的单位，也不会联系您的同事。'],
        ['debtor', '那就好。这个月的钱我可能要晚几天。'],
        ['agent', '明白，您大概哪天能还？我帮您记一下。'],
        ['debtor', '十五号发工资，十六号吧。'],
        ['agent', '好的，十六号，我这边备注了。到时候您直接在手机银行里还款就可以。'],
      ],
      [
        ['agent', '您好，请问是赵磊先生吗？这边是信和银行贷款部。'],
        ['debtor', '又是你们，烦死了，一天到晚打，有完没完！'],
        ['agent', '抱歉打扰您了。今天打过来是提醒一下，您这期贷款的还款日已经过了五天。'],
        ['debtor', '我知道！你们这帮人就知道要钱。'],
        ['agent', '理解您的心情。如果您最近手头有困难，可以跟我说说，我们看看有没有合适的还款安排。'],
        ['debtor', '下周一我自己去还，别再打了。'],
        ['agent', '好的，我记下下周一，这期间不再打扰您。'],
      ],
      [
        ['agent', '孙女士您好，我是信和银行个贷中心的。跟您核实一下，您是尾号3378这笔个人贷款的借款人吗？'],
        ['debtor', '对。我想问问，为什么这期多了六十几块钱？'],
        ['agent', '这是逾期罚息。按您借款合同第八条，逾期部分按日计收罚息，您这期晚了七天，一共是六十三块五。'],
        ['debtor', '那逾期会不会上征信？'],
        ['agent', '按规定，逾期记录会如实报送人民银行征信中心。您结清以后，后面的月份会正常显示还款记录。合同条款您在手机银行里也能查到。'],
        ['debtor', '好，我今天就还。'],
        ['agent', '好的，还完以后有任何疑问，您随时打给我们。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is the personal loan center at Sinhe Bank. Am I speaking with Mr. Liu?"],
        ['debtor', "Yeah, that's me, but I'm in a meeting right now. Can't really talk."],
        ['agent', "No problem, I won't keep you. When's a better time for me to call back?"],
        ['debtor', "Sometime after four this afternoon."],
        ['agent', "Okay, I'll try you after four. Go ahead and get back to your meeting."],
      ],
      [
        ['agent', "Hello, is this Ms. Zhou? I'm calling from the loan department at Sinhe Bank to go over your account."],
        ['debtor', "Yes, it's me. Honestly, I got diagnosed with something last month and I'm still in the hospital. I'm not working right now."],
        ['agent', "Oh, I'm sorry to hear that. Please just focus on getting better. I'll put a note on your account and we'll hold off on calling you for now."],
        ['debtor', "Thank you. I'll reach out once I'm discharged."],
        ['agent', "Sounds good, you can just call our customer service line when you're ready. I hope you feel better soon."],
      ],
      [
        ['agent', "Good morning, Mr. Wang, this is Chen with the personal loan center at Sinhe Bank. Just to verify, can you give me the last four of your Social?"],
        ['debtor', "0412. You guys aren't going to call my work, are you?"],
        ['agent', "No, we won't. We only discuss your loan with you directly. We will not contact your employer or any of your coworkers."],
        ['debtor', "Okay, good. I might be a few days late this month."],
        ['agent', "Understood. Roughly what day do you think you can make the payment? I'll note it."],
        ['debtor', "I get paid on the fifteenth, so the sixteenth."],
        ['agent', "All right, the sixteenth, I've got that down. You can just pay through the mobile app that day."],
      ],
      [
        ['agent', "Hi, is this Mr. Zhao? This is the loan department at Sinhe Bank."],
        ['debtor', "You people again? You call all day long. When does it end?"],
        ['agent', "Sorry for the bother. I'm just calling to let you know this month's payment is five days past the due date."],
        ['debtor', "I know! All you people care about is money."],
        ['agent', "I get that it's frustrating. If things are tight right now, let me know and we can look at whether a payment arrangement would work for you."],
        ['debtor', "I'll go pay it myself next Monday. Stop calling."],
        ['agent', "Okay, I'll note next Monday and we won't call you before then."],
      ],
      [
        ['agent', "Hello, Ms. Sun, this is the personal loan center at Sinhe Bank. Can you confirm you're the borrower on the loan ending in 3378?"],
        ['debtor', "Yes. Actually I wanted to ask why this month's bill is about twenty-five dollars higher."],
        ['agent', "That's a late fee. Under section 8 of your loan agreement, a payment that comes in more than five days late gets a twenty-five dollar late charge, and this one was seven days late."],
        ['debtor', "Does being late go on my credit report?"],
        ['agent', "We do report payment history accurately to the credit bureaus, so the late payment will show. Once you're caught up, the following months will show as paid on time. You can also read the full terms in the mobile app."],
        ['debtor', "Okay, I'll pay it today."],
        ['agent', "Great. If anything comes up after you pay, feel free to call us."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你别再给我打电话了，我真的不想再接了。',
        '这个我没办法答应您，您这笔贷款已经逾期四十天了，今天得给我一个确切的还款时间。',
      ],
      ignored_attorney: [
        '这事我已经交给律师了，你们有什么直接找他谈。',
        '律师那边是另一回事，欠款是在您本人名下的，您先说一下这期什么时候能还上。',
      ],
      ignored_dispute: [
        '这笔我上个月就已经还清了，是你们系统搞错了。',
        '我们系统里显示还欠三千二，您先把这三千二还上，别的回头再说。',
      ],
      ignored_hardship: [
        '我刚做完手术，现在一分钱收入都没有，真的还不了。',
        '这个情况我知道了，但还款不能再往后拖了，这周之内您至少得先还一期。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I really don't want to hear from you anymore.",
        "I can't agree to that. Your loan is forty days past due, and I need a firm payment date from you today.",
      ],
      ignored_attorney: [
        "I've handed this over to my attorney. Whatever you need, talk to him.",
        "Your attorney is a separate matter. The debt is in your name, so tell me when you can get this payment in.",
      ],
      ignored_dispute: [
        "I cleared the personal loan last month. Your records are off.",
        "Our system shows a balance of $3,200. Go ahead and pay the $3,200 first and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I just had surgery and I have zero income right now. I can't pay.",
        "I hear you, but this can't be pushed back any further. You need to make at least one payment by the end of the week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他出差了，手机落在家里了。'],
      ['agent', '好的，那麻烦您转告他一下，他在我们银行的个人贷款已经逾期两个月了，现在欠款八千六百元，请他尽快给我们回个电话。'],
    ],
    en: [
      ['third_party', "I'm his wife; he's travelling for the bank audit and left this phone behind."],
      ['agent', "Okay, could you pass a message along to him? His personal loan with our bank is two months past due, the balance owed is $8,600, and he needs to call us back as soon as possible."],
    ],
  },
};
