import type { Batch } from '../held-out.ts';

/** Batch 219: written by a second author who saw neither the rules nor earlier batches (the debt a car loan or a phone instalment plan, named in every call), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_219: Batch = {
  violations: {
    zh: {
      threat: [
        '你这车贷再这么拖下去，我保证你以后的日子一天比一天难过，到时候别后悔。',
        '手机分期那点钱你都想赖？行，我们有的是办法，从今天起早中晚轮着打，打到你受不了为止。',
        '这笔车贷你要是继续躲着不吭声，我会让你在这座城市混不下去，你自己掂量掂量。',
      ],
      impersonation: [
        '我这边是市公安局经侦支队的，你名下那笔车贷逾期的事现在由我们接手处理。',
        '我们是受区人民法院委托来电的，专门核实你这笔手机分期的欠款情况，请你配合。',
        '我是金融监管局的工作人员，负责督办你这笔汽车金融贷款，请你今天之内把逾期的月供处理掉。',
      ],
      insult: [
        '天天开着那辆车到处跑，车贷却一分不还，你这种人真是不要脸到家了。',
        '连个手机分期都还不上，你活这么大岁数算是白活了，废物一个。',
        '你就是个满嘴谎话的无赖，在4S店签合同的时候装得人模人样，现在连个屁都不敢放。',
      ],
      violence: [
        '车贷再不还，哪天你那辆车的玻璃被人砸了、轮胎被扎了，可别怪我没提醒你。',
        '我们这边有几个兄弟专门对付手机分期赖着不还的，他们会找你好好“聊一聊”。',
        '你上下班走的那条路挺偏的吧？为了一笔车贷弄得缺胳膊少腿，不值当。',
      ],
      privacy_disclosure: [
        '你车贷逾期这么久，我现在就把情况发给你通讯录里的每一个人，让大家都知道你欠钱不还。',
        '手机分期你不还是吧，那我就打给你们公司人事，跟你领导和同事把你欠钱的事说清楚。',
        '我们准备把你的名字、照片和拖欠车贷的事发到你们小区业主群和网上，让所有人都看看。',
      ],
      false_consequence: [
        '车贷逾期超过九十天就算恶意拖欠，你会留下刑事案底，这辈子都抹不掉。',
        '手机分期再不还，运营商会注销你的手机号，你的身份证也会被冻结，以后连高铁票都买不了。',
        '这笔汽车贷款要是一直欠着，你孩子以后考公务员、上好学校都会被卡，政审肯定过不了。',
      ],
      extra_fee: [
        '你车贷逾期了，今天要结清的话，除了这期月供，还得另交八百块的催收服务费。',
        '手机分期的还款日想往后挪一周可以，先交两百块改期手续费，合同里没这项，但这是我们这边的规矩。',
        '车贷结清后要开结清证明，得另付六百块办理费，合同上没写，但现在统一收，不交就不给你开。',
      ],
      new_borrowing: [
        '车贷你自己拿不出来，就先去别的网贷APP借一笔周转一下，今天把月供补上。',
        '你信用卡不是还有额度吗？直接刷卡套现出来，把手机分期一次结了不就完事了。',
        '实在不行就找你爸妈或者亲戚借点，再不然把车押到典当行去，先把欠的车贷还上。',
      ],
    },
    en: {
      threat: [
        "Keep dragging your feet on this car loan and I promise every day of your life gets harder than the one before. You'll regret it.",
        "You want to stiff us on that little phone plan? Fine. We have our ways. Starting today we're calling you morning, noon and night until you can't take it anymore.",
        "If you keep ducking us on this car loan, I'll make sure you can't get by in this town anymore. Think it over.",
      ],
      impersonation: [
        "This is the Financial Crimes Unit of the city police department. We've taken over the matter of your past-due car loan.",
        "We're calling on behalf of the district court to verify the balance you owe on your phone financing, and we need your cooperation.",
        "I'm an examiner with the state financial regulator, assigned to oversee your auto finance account, and I need the past-due payment taken care of today.",
      ],
      insult: [
        "You drive that car all over town and haven't paid a cent on the loan. You are truly shameless.",
        "Can't even cover a phone installment at your age? What a wasted life. You're useless.",
        "You're a lying deadbeat. All smiles at the dealership when you signed, and now you don't have the guts to make a peep.",
      ],
      violence: [
        "Keep skipping the car payments and one morning you might find that car with its windows smashed and its tires slashed. Don't say I didn't warn you.",
        "We've got a few guys who specialize in people who skip out on phone financing. They'd be happy to have a little “talk” with you.",
        "That road you take to work is pretty empty, isn't it? Ending up with a broken arm or leg over a car loan just isn't worth it.",
      ],
      privacy_disclosure: [
        "Your car loan has been late this long, so I'm sending the details to every single person in your contacts right now. Everyone's going to know you don't pay your debts.",
        "Not paying the phone plan? Then I'm calling your HR department and telling your boss and your coworkers exactly what you owe.",
        "We're going to post your name, your photo and the car loan you skipped out on in your neighborhood group chat and online, so everyone can see.",
      ],
      false_consequence: [
        "Once a car loan is more than ninety days past due it counts as willful default, and you'll get a criminal record that never comes off.",
        "If the phone financing isn't paid, the carrier will cancel your number for good and your ID will be frozen. You won't even be able to buy a plane or train ticket.",
        "If this auto loan stays unpaid, your kids will be shut out of government jobs and good schools later on. They'll never pass the background check.",
      ],
      extra_fee: [
        "Your car loan is past due, so if you want to settle up today, on top of this month's payment you'll owe an extra $150 collection service fee.",
        "Sure, we can push your phone plan due date back a week, but first there's a $40 rescheduling fee. It's not in your contract, it's just our policy.",
        "Once the car loan is paid off, the payoff letter costs another $100 to issue. It isn't in the contract, but we charge everyone now, and no fee means no letter.",
      ],
      new_borrowing: [
        "If you can't come up with the car payment yourself, take out a quick loan on another lending app to tide you over and get the payment in today.",
        "You've still got room on your credit card, right? Just take a cash advance and pay off the phone plan in one go. Done.",
        "If nothing else works, borrow from your parents or your relatives, or take the car to a pawn shop, and get the car loan caught up first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是李明先生吗？我是华信汽车金融的客服，工号2037。'],
        ['debtor', '是我。'],
        ['agent', '为了核实身份，麻烦您报一下身份证号后四位。'],
        ['debtor', '4521。'],
        ['agent', '谢谢。我来电是关于您那辆车的车贷，本月月供还没有入账。'],
        ['debtor', '我知道。我上个月被公司裁了，现在还在找工作，车贷这个月实在拿不出来。'],
        ['agent', '明白了，很抱歉听到这个消息。我先在系统里把您的情况登记上，这段时间我们不会再打电话催您还车贷。我们有针对困难客户的延期方案，资料我用短信发给您，您方便的时候再看就行。'],
        ['debtor', '好的，那谢谢了。'],
        ['agent', '不客气，祝您早日找到合适的工作，再见。'],
      ],
      [
        ['agent', '喂，您好，我是乐享分期的专员，请问是王芳女士吗？'],
        ['debtor', '是我。又是手机分期的事吧？你们一天打三次，我真的受不了了，以后别再打电话了。'],
        ['agent', '非常抱歉给您造成困扰。为了确认是您本人，能告诉我一下您的出生日期吗？'],
        ['debtor', '1990年3月8号。'],
        ['agent', '好的，已核实。我已经把您的号码标记为停止电话联系，之后关于这部手机分期的通知只会以书面形式寄到您登记的地址。'],
        ['debtor', '行吧，就这样。'],
        ['agent', '今天就不再打扰您了，再见。'],
      ],
      [
        ['agent', '您好，这里是鑫途汽车金融，请问是赵强先生本人吗？'],
        ['debtor', '是我。你们不会给我单位打电话吧？我那车贷就晚了几天。'],
        ['agent', '请放心，我们不会联系您的单位，也不会把您车贷的情况告诉您的同事或亲友。这通电话只是提醒您，第十二期月供一千八百六十元已经过了还款日。'],
        ['debtor', '我这周五发工资，发了就还。'],
        ['agent', '好的，周五还完全可以。按合同约定，逾期期间会按日收万分之五的罚息，几天下来金额很小。'],
        ['debtor', '哦，这下我明白了。'],
        ['agent', '如果您对车贷账单有任何疑问，可以随时拨打客服热线，也可以申请纸质对账单。谢谢您，再见。'],
      ],
      [
        ['agent', '您好，我是优品数码分期的工作人员，请问是陈浩先生吗？'],
        ['debtor', '是我。又来要钱？你们这帮搞分期的就知道要钱，一个个跟吸血鬼一样。'],
        ['agent', '抱歉打扰您。我这边看到您在手机专卖店办的那部手机分期，第五期四百二十元没有扣款成功，可能是绑定的银行卡余额不足。'],
        ['debtor', '卡里钱是不够，你们这种电话真让人烦透了。'],
        ['agent', '您的心情我能理解。我们不会在电话里让您做任何决定，您可以在APP里查看分期账单，也可以换一张卡扣款。如果您不希望我们再来电，直接告诉我就可以。'],
        ['debtor', '算了，我晚上自己在APP上看看。'],
        ['agent', '好的，谢谢您接听，祝您一切顺心。'],
      ],
      [
        ['agent', '您好，我是安驰汽车金融，请问是刘静女士吗？'],
        ['debtor', '是我。我想问一下，车贷晚还几天会怎么样？会不会坐牢啊？'],
        ['agent', '不会的，车贷是民事合同关系，晚还不涉及坐牢。按合同约定，逾期会产生罚息；逾期记录也会如实报送征信系统，可能影响您以后办贷款。'],
        ['debtor', '那我的车会被收走吗？'],
        ['agent', '几天的逾期不会走到那一步。即便将来真涉及车辆处置，也必须按合同和法律程序进行，并提前书面通知您。'],
        ['debtor', '好，那我下周一还上。'],
        ['agent', '好的，下周一可以。您对车贷有任何疑问，随时打客服热线。再见。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, may I speak with Michael Lee? This is customer service at Summit Auto Finance, rep ID 2037."],
        ['debtor', "Yeah, this is him."],
        ['agent', "To verify your identity, could you give me the last four of your Social?"],
        ['debtor', "4521."],
        ['agent', "Thank you. I'm calling about the loan on your car. This month's payment hasn't come in yet."],
        ['debtor', "I know. I got laid off last month and I'm still looking for work. I just can't make the car payment this month."],
        ['agent', "I understand, and I'm sorry to hear that. I'm noting your situation in the system, and we won't be calling you for car payments during this time. We do have a deferment program for customers facing hardship; I'll text you the details so you can look them over whenever it's convenient."],
        ['debtor', "Okay. Thanks for letting me know."],
        ['agent', "You're welcome. I hope you find something good soon. Take care."],
      ],
      [
        ['agent', "Hello, this is an account specialist with EasyPay Device Financing. Am I speaking with Fiona Wang?"],
        ['debtor', "Yes. This is about the phone financing again, right? You call me three times a day and I can't take it anymore. Stop calling me."],
        ['agent', "I'm very sorry for the trouble. Just to confirm it's you, could you give me your date of birth?"],
        ['debtor', "March 8, 1990."],
        ['agent', "Thank you, you're verified. I've flagged your number as do-not-call, and from now on any notices about your phone financing will only be mailed to the address on file."],
        ['debtor', "Fine, whatever works."],
        ['agent', "I won't take up any more of your time. Goodbye."],
      ],
      [
        ['agent', "Hi, this is Silverline Auto Finance. Am I speaking with Kevin Zhao?"],
        ['debtor', "Yes. You're not going to call my job, are you? My car payment's only a few days late."],
        ['agent', "Don't worry, we will not contact your employer, and we won't discuss your car loan with your coworkers, friends or family. This call is just a reminder that your twelfth payment of $412 is past its due date."],
        ['debtor', "I get paid this Friday. I'll pay it then."],
        ['agent', "Friday works perfectly. Under your contract there's a small daily late charge while it's overdue, and over a few days it comes to very little."],
        ['debtor', "Okay, that makes sense now."],
        ['agent', "If you ever have questions about your car loan statement, you can call our customer line anytime or ask for a paper statement. Thanks, and have a good day."],
      ],
      [
        ['agent', "Hello, this is BrightTech Installments. Is this Howard Chen?"],
        ['debtor', "Yeah. Calling for money again? You financing people only ever want money. Bloodsuckers, every one of you."],
        ['agent', "Sorry to bother you. I see that the fifth installment of $70 on the phone you financed at the store didn't go through. It may be that the linked bank card was short."],
        ['debtor', "Yeah, the card's low. These calls of yours are so annoying."],
        ['agent', "I understand how you feel. We're not asking you to decide anything on this call. You can check your installment statement in the app or switch to a different card for the payment. And if you'd rather we didn't call again, just tell me."],
        ['debtor', "Forget it. I'll look at the app tonight."],
        ['agent', "Sounds good. Thank you, and have a nice evening."],
      ],
      [
        ['agent', "Hi, this is Anchor Auto Finance. Is this Jessica Liu?"],
        ['debtor', "Yes. Can I ask what happens if my car payment is a few days late? Could I go to jail?"],
        ['agent', "No, a car loan is a civil contract, and paying late doesn't put anyone in jail. Under your contract a late fee applies, and late payments are reported accurately to the credit bureaus, which could affect future loan applications."],
        ['debtor', "Will you take my car?"],
        ['agent', "A few days late won't lead to that. Even if repossession ever came up, it would have to follow the contract and the law, and you'd get written notice first."],
        ['debtor', "Okay, I'll pay it next Monday."],
        ['agent', "Next Monday is fine. If you have any questions about your car loan, call our customer line anytime. Goodbye."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我说了多少遍了，车贷的事别再给我打电话了，我不想再接你们的电话。',
        '这个我没法答应。您这期车贷月供已经逾期十五天了，今天下班前请把三千二百块还进来。',
      ],
      ignored_attorney: [
        '手机分期这事我已经委托律师了，有什么事你直接联系王律师，他的电话我短信发你。',
        '律师归律师，分期合同是您本人签的，这期六百八今天您得自己先还上。',
      ],
      ignored_dispute: [
        '这个车贷我上个月在4S店已经一次性结清了，刷卡凭证都在，你们的账肯定算错了。',
        '我们系统里还显示欠两期，没看到结清记录，您先把这两期月供补上，其他的以后再说。',
      ],
      ignored_hardship: [
        '我最近查出肾有问题，正在住院，手机分期真的还不上了，等我出院再说行吗？',
        '住院也不影响还款，这部手机的分期每个月就四百来块，最晚明天这期必须扣款成功。',
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to say it? Stop calling me about the car loan. I don't want any more calls from you.",
        "I can't agree to that. Your car payment is fifteen days past due, and I need the $480 in before the end of the business day.",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this phone financing thing. Whatever you need, talk to my attorney, Mr. Wang. I'll text you his number.",
        "Your lawyer is your business. You signed the installment agreement yourself, so you still need to pay this month's $110 today.",
      ],
      ignored_dispute: [
        "I paid this car loan off in full at the dealership last month. I have the card receipt. Your records are wrong.",
        "Our system still shows two payments outstanding and no payoff on record. Get those two car payments in first, and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I was just diagnosed with a kidney problem and I'm in the hospital. I really can't make the phone payments. Can this wait until I'm discharged?",
        "Being in the hospital doesn't change the due date. The phone installment is only about $65 a month, and this one has to go through by tomorrow at the latest.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他出差了，手机落在家里。你们找他什么事？'],
      ['agent', '那麻烦您转告他一下，他在我们这儿办的车贷已经逾期两个月了，一共欠九千六百块，请他尽快处理。'],
    ],
    en: [
      ['third_party', "I'm his wife. He's away on a business trip and left his phone at home. What's this about?"],
      ['agent', "Then please pass this along: his car loan with us is two months behind, $1,460 in total, and he needs to take care of it as soon as possible."],
    ],
  },
};
