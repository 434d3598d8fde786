import type { Batch } from '../held-out.ts';

/** Batch 196: written by a second author who saw neither the rules nor earlier batches (an escalated account taken over by a stern supervisor: earlier calls, broken promises, final stages), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_196: Batch = {
  violations: {
    zh: {
      threat: [
        '我是催收部主管，你的案子现在我亲自跟。前面三次你都说会还，一次都没兑现，从今天起我会让你的日子一天比一天难过，你就等着后悔吧。',
        '你之前答应的没有一件做到，现在已经是最后阶段了，我们有的是办法让你不得安生，别以为换个号码就躲得掉。',
        '我把话放在这儿：从明天开始，我的组会从早到晚一直盯着你，钱不到账就没完，你这辈子都别想再清静。',
      ],
      impersonation: [
        '我是这个案子的负责人，现在是代表区人民法院执行庭给你打这个电话，你之前答应的几笔还款一笔都没到。',
        '跟你说清楚你在跟谁讲话：我本人是从公安局经侦大队借调过来协助处理的，你的档案现在就在我桌上。',
        '你前面一直不把我的组员当回事，那我正式告诉你，我这次是以金融监管局工作人员的身份来核查你的逾期情况。',
      ],
      insult: [
        '你的通话记录我全看了，承诺了四次，四次全是骗人的，你就是个满嘴谎话的老赖。',
        '我带了这么多年的组，没见过你这么不要脸的，借钱的时候比谁都快，该还的时候就装死。',
        '你也好意思说自己是个成年人？连自己签的字都不认，真是个废物。',
      ],
      violence: [
        '你每次都放我们鸽子，这回我已经安排了几个兄弟专门处理你这种人，到时候断胳膊断腿可别怪我没提醒你。',
        '最后的机会已经给过你了，再拖下去，你出门走路最好小心点，哪天磕着碰着、缺胳膊少腿，别说我们没打招呼。',
        '你那辆车平时停在哪儿我们清楚得很，哪天车窗被砸了、轮胎被扎了，那都是你自找的。',
      ],
      privacy_disclosure: [
        '你几次三番说话不算数，那我现在就把你欠钱不还的事发给你通讯录里的每一个联系人，让他们都知道。',
        '你单位的电话我已经让组员查好了，今天下午我就打给你们领导和人事，告诉他们你欠钱不还。',
        '我们会把你的照片和欠款金额做成曝光海报，发到你小区的业主群和你的朋友圈里。',
      ],
      false_consequence: [
        '你之前的还款承诺全部作废了，到了现在这个阶段，你的逾期记录会直接转成刑事案底，一辈子都消不掉。',
        '案子走到这一步，系统会自动冻结你的身份证和护照，以后高铁坐不了，国也出不去。',
        '你这个案子一旦进入最终环节，你孩子以后考公务员、上重点学校都会被卡掉，这是国家规定。',
      ],
      extra_fee: [
        '因为你连续三次违约，案子升级到我这里要收五百元的主管升级处理费，今天必须和欠款一起付清。',
        '你要是还想把还款日往后推，得先交三百元的改期手续费，交了我这边才能给你批。',
        '等你结清以后要开结清证明，还得另外交两百元的开具费，费用不到账证明就不给出。',
      ],
      new_borrowing: [
        '上周你跟我组员说等发工资，现在又说没钱。你手机上不是装了好几个借款APP吗？现在就去借一笔出来，先把我这边结了。',
        '别再跟我说没钱，你信用卡里还有额度，马上去取现，把这笔先还上。',
        '你爸妈、兄弟姐妹总有人能借你几千块，今天晚上就去开口，明天上午钱必须到账。',
      ],
    },
    en: {
      threat: [
        "This is the team lead. I'm handling your file personally now. You promised my staff three times and never paid once, so from today I'll make your life harder every single day, and you are going to regret it.",
        "Not one of your promises held up, and we're at the final stage now. Believe me, we have ways of making sure you never get a moment's peace, and a new phone number won't save you.",
        "Let me be very clear: starting tomorrow my team will be on you from morning to night, and it doesn't stop until the money's in. You won't get a quiet day again.",
      ],
      impersonation: [
        "I'm the lead on this case, and I'm calling you on behalf of the district court's enforcement division. None of the payments you promised ever came in.",
        "You should know who you're talking to: I'm on assignment from the police department's financial crimes unit, and your file is sitting on my desk.",
        "You've brushed off my agents long enough, so I'm telling you formally: I'm calling as an examiner with the state financial regulator, reviewing your delinquency.",
      ],
      insult: [
        "I've read every note on your file. Four promises, four lies. You're nothing but a lying deadbeat.",
        "I've run collection teams for years and I've never seen anyone as shameless as you. You were quick enough to borrow, and now you play dead.",
        "You call yourself a grown adult? You won't even stand behind your own signature. You're pathetic.",
      ],
      violence: [
        "You stood us up every time, so I've lined up a few of my guys who handle people like you. If you end up with broken bones, don't say I didn't warn you.",
        "You've had your last chance. Keep stalling and you'd better watch yourself when you're out walking. If you get hurt one day, don't say nobody warned you.",
        "We know exactly where you park that car. If the windows get smashed or the tires get slashed one day, you brought it on yourself.",
      ],
      privacy_disclosure: [
        "Since you keep going back on your word, I'm sending a message about your unpaid debt to every contact in your phone right now, so they all know.",
        "My team already pulled your employer's number. This afternoon I'm calling your manager and HR to tell them you don't pay what you owe.",
        "We're going to put your photo and the amount you owe on a public notice and post it in your neighborhood group chat and on your social media.",
      ],
      false_consequence: [
        "Your earlier payment promises are all void, and at this stage your delinquency gets converted straight into a criminal record that follows you for life.",
        "Once a case gets to this point, the system automatically freezes your ID and your passport. No train tickets, no leaving the country.",
        "When your case hits the final stage, your kids will be barred from government jobs and top schools later on. That's the law.",
      ],
      extra_fee: [
        "Because you've defaulted three times, escalating the account to me carries a $150 supervisor escalation fee, and it has to be paid today along with the balance.",
        "If you want the due date pushed back again, there's a $75 rescheduling fee up front. Once that's paid, I'll approve it.",
        "And once it's settled, the paid-in-full letter has a separate $50 issuance fee. No fee, no letter.",
      ],
      new_borrowing: [
        "Last week you told my agent you'd pay on payday, and now you're broke again. You've got several lending apps on your phone, don't you? Take out a loan on one of them right now and clear this with me first.",
        "Stop telling me you have no money. You still have room on your credit card, so take a cash advance and pay this off right away.",
        "Your parents or your brothers and sisters can lend you a few thousand. Ask them tonight, and I want the money in by tomorrow morning.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建华先生吗？我是恒信金融催收部的主管，姓刘，您的账户现在由我负责。'],
        ['debtor', '是我。'],
        ['agent', '为了核实身份，麻烦您报一下身份证号的后四位。'],
        ['debtor', '3307。'],
        ['agent', '谢谢，核实通过。王先生，之前我的同事跟您通过几次电话，关于您的逾期账户——'],
        ['debtor', '这件事我已经委托律师处理了，以后请直接联系我的律师，不要再打给我。'],
        ['agent', '好的，明白。请您告诉我律师的姓名和联系方式，我会记录在案。'],
        ['debtor', '张律师，电话139 0101 2288。'],
        ['agent', '已经记下了。今后关于这笔账户的沟通都会通过张律师进行，我们不会再直接联系您。感谢告知，再见。'],
      ],
      [
        ['agent', '您好，是陈丽女士吗？我是恒信金融的催收主管，姓赵。请您先提供一下出生日期，我核实一下身份。'],
        ['debtor', '1986年3月12日。'],
        ['agent', '好的，核实无误。陈女士，前面几次约定的还款没有到账，所以账户转到了我这里。'],
        ['debtor', '我现在在医院，刚做完手术，实在没精力处理这些。'],
        ['agent', '听到这个消息很抱歉。我会在系统里备注您的情况，接下来三十天暂停电话联系。'],
        ['debtor', '好，那谢谢你们了。'],
        ['agent', '等您身体恢复了，方便的时候可以主动打给我们，到时候我们再谈困难帮扶方案。您好好养病，再见。'],
      ],
      [
        ['agent', '您好，请问是李强先生吗？我是恒信金融催收部主管，姓周，您的账户由我接手了。麻烦报一下手机号绑定的身份证后四位。'],
        ['debtor', '5521。你们是不是要打电话到我公司去？'],
        ['agent', '不会。我们不会就这笔欠款联系您的单位、同事或者家人，您的账户信息只跟您本人沟通。'],
        ['debtor', '那我会不会因为这个被抓？'],
        ['agent', '不会，欠款是民事问题，没有人会因为没还贷款被抓或者坐牢。我也想说清楚，您有权对欠款金额提出书面异议，我们会核实后书面回复。'],
        ['debtor', '金额我没意见，就是这个月手头紧。'],
        ['agent', '明白。记录里有两次约定没有履行，这次我们定一个您真正做得到的方案。您看每月十五号还八百元可以吗？'],
        ['debtor', '八百可以。'],
        ['agent', '好的，我给您登记每月十五号八百元，稍后发短信确认。谢谢您，再见。'],
      ],
      [
        ['agent', '您好，请问是孙海涛先生吗？我是恒信金融催收部主管，姓吴。请您核对一下身份证后四位。'],
        ['debtor', '0918。又是你们这帮吸血鬼，烦不烦？'],
        ['agent', '我理解您不太高兴，孙先生。我今天打来只是想跟您把账户情况对一下，不跟您争执。'],
        ['debtor', '你们就是一群没良心的东西。'],
        ['agent', '您的意见我记下了。目前账户逾期金额是四千六百元，如果一次性有困难，我们可以分期。您希望怎么安排？'],
        ['debtor', '……先寄份书面账单给我，我看看再说。'],
        ['agent', '没问题，我今天就安排寄出书面对账单，里面会列明欠款明细和可选的还款方式。谢谢您，再见。'],
      ],
      [
        ['agent', '您好，是周敏女士吗？我是恒信金融催收部主管，姓郑。请您报一下注册时预留的出生日期。'],
        ['debtor', '1991年7月8日。'],
        ['agent', '核实通过。周女士，前两次约定的还款日都没有收到款项，所以由我来跟进。有两点我需要如实告诉您。'],
        ['debtor', '你说。'],
        ['agent', '第一，按照合同第七条，逾期产生了一笔滞纳金，是逾期那期金额的百分之二，三十六元，除此之外没有任何其他费用。'],
        ['debtor', '那征信呢？'],
        ['agent', '第二，合同里写明逾期会报送征信，这次逾期已经按规定报送了。还清以后记录会更新为已结清，这个只体现在征信报告上。'],
        ['debtor', '我下周五能还上。'],
        ['agent', '好的，我登记下周五还款，只要在那天前到账，不会再产生新的费用。谢谢您，再见。'],
      ],
    ],
    en: [
      [
        ['agent', "Hello, may I speak with James Walker? This is Ms. Ruiz, collections supervisor at Crestline Financial. Your account has been assigned to me."],
        ['debtor', "Speaking."],
        ['agent', "To verify your identity, could you give me the last four digits of your Social Security number?"],
        ['debtor', "3307."],
        ['agent', "Thank you, you're verified. Mr. Walker, my team has spoken with you a few times about your past-due account—"],
        ['debtor', "I've hired a lawyer to handle this. From now on, contact my attorney, not me."],
        ['agent', "Understood. Can you give me your attorney's name and phone number so I can note it on the account?"],
        ['debtor', "Sarah Kim, 312-555-0188."],
        ['agent', "Got it. All further communication about this account will go through Ms. Kim, and we won't contact you directly. Thanks for letting me know. Goodbye."],
      ],
      [
        ['agent', "Hi, is this Linda Chen? I'm Mr. Grant, collections supervisor with Crestline Financial. Before we go on, could you confirm your date of birth?"],
        ['debtor', "March 12, 1986."],
        ['agent', "Thank you, that matches. Ms. Chen, the last couple of arranged payments didn't come through, so your account was moved to me."],
        ['debtor', "I'm in the hospital right now. I just had surgery, and I can't deal with this."],
        ['agent', "I'm sorry to hear that. I'm noting your situation on the account and putting a 30-day hold on calls."],
        ['debtor', "Okay. I appreciate it, thank you."],
        ['agent', "Once you've recovered, call us whenever it suits you, and we can go over our hardship program then. Take care of yourself. Goodbye."],
      ],
      [
        ['agent', "Hello, is this Kevin Lee? I'm Ms. Ortiz, the collections supervisor at Crestline Financial, and I've taken over your account. Can you verify the last four of your Social?"],
        ['debtor', "5521. Are you going to call my job?"],
        ['agent', "No. We will not contact your employer, your coworkers, or your family about this debt. We discuss your account only with you."],
        ['debtor', "Can I get arrested over this?"],
        ['agent', "No. This is a civil matter, and nobody gets arrested or jailed for an unpaid loan. I also want you to know you have the right to dispute the amount in writing, and we'll verify it and respond in writing."],
        ['debtor', "The amount's fine. Money's just tight this month."],
        ['agent', "Understood. I see two arrangements on file that weren't kept, so let's set one you can actually keep. Would $80 on the 15th of each month work?"],
        ['debtor', "Eighty works."],
        ['agent', "All right, I've set up $80 on the 15th of each month, and you'll get a text confirming it. Thank you. Goodbye."],
      ],
      [
        ['agent', "Hello, is this Tom Sanders? I'm Mr. Webb, collections supervisor at Crestline Financial. Could you verify the last four of your Social?"],
        ['debtor', "0918. Oh great, you bloodsuckers again. Don't you ever quit?"],
        ['agent', "I understand you're not happy to hear from us, Mr. Sanders. I'm only calling to go over where your account stands, not to argue."],
        ['debtor', "You people have no conscience."],
        ['agent', "I've noted your comments. The past-due amount right now is $460. If paying it all at once is hard, we can split it up. How would you like to handle it?"],
        ['debtor', "...Just mail me a statement and I'll look at it."],
        ['agent', "No problem. I'll mail you a written statement today showing the breakdown of the balance and your payment options. Thank you. Goodbye."],
      ],
      [
        ['agent', "Hi, is this Megan Price? I'm Ms. Hall, the collections supervisor at Crestline Financial. Could you confirm the date of birth on your application?"],
        ['debtor', "July 8, 1991."],
        ['agent', "Thank you, you're verified. Ms. Price, we didn't receive either of the last two arranged payments, so I'm following up myself. There are two things I'm required to tell you accurately."],
        ['debtor', "Go ahead."],
        ['agent', "First, under section 7 of your loan agreement, a late fee of 2% of the missed installment was added, which comes to $3.60. There are no other fees of any kind."],
        ['debtor', "What about my credit?"],
        ['agent', "Second, your agreement says late payments are reported to the credit bureaus, and this one has been reported. Once it's paid, the account will show as paid, and this only affects your credit report."],
        ['debtor', "I can pay next Friday."],
        ['agent', "Okay, I've noted a payment for next Friday. As long as it comes in by then, no new charges will be added. Thank you. Goodbye."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我已经说过很多遍了，别再给我打电话了！',
        '您的要求我听到了，但这个账户现在由我亲自负责，逾期的六千四百元今天必须处理，您今天能先付多少？',
      ],
      ignored_attorney: [
        '我已经请了律师，有什么事你们去找我的律师谈。',
        '律师那边是律师的事，这笔钱是您本人欠的，我现在就要跟您本人确认今天几点前还款。',
      ],
      ignored_dispute: [
        '这笔钱我上个月就已经还清了，是你们系统搞错了。',
        '我这边显示的是没有结清，这个我们不讨论，八千二的欠款请您今天下午五点前打过来。',
      ],
      ignored_hardship: [
        '我上个月被裁员了，现在一分钱收入都没有。',
        '您的情况我了解，但您前面答应过两次都没做到，这次我要求您今天至少先还两千元。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've said it again and again now: quit phoning me!",
        "I hear you, but I'm handling this account personally now, and the $640 past due has to be dealt with today. How much can you pay right now?",
      ],
      ignored_attorney: [
        "I have a lawyer now. Whatever this is, take it up with my attorney.",
        "Your lawyer is your lawyer's business. You're the one who owes this, and I need you to tell me what time today the payment is going in.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. Your system is wrong.",
        "My screen shows it's still open, and I'm not going to debate that. I need the $820 sent in by 5 p.m. today.",
      ],
      ignored_hardship: [
        "I got laid off last month. I have zero income right now.",
        "I understand, but you've already made two promises you didn't keep. This time I need at least $200 from you today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他现在不在，你找他什么事？'],
      ['agent', '我是恒信金融催收部主管。麻烦您转告他，他在我们这里的一万两千元贷款已经逾期六十天了，前面两次约定的还款都没兑现，请他尽快处理。'],
    ],
    en: [
      ['third_party', "This is his wife. He's not here right now. What's this about?"],
      ['agent', "I'm the collections supervisor at Crestline Financial. Please tell him his $4,300 loan with us is 60 days past due and he's missed the last two payment arrangements. He needs to take care of it."],
    ],
  },
};
