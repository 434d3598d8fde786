import type { Batch } from '../held-out.ts';

/** Batch 247: written by a second author who saw neither the rules nor earlier batches (ordinary Monday-morning calls of a bank's credit-card collection desk, no theme), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_247: Batch = {
  violations: {
    zh: {
      threat: [
        "你要是还这么一拖再拖，我保证让你后悔当初办了这张卡。",
        "我们有的是办法让你的日子过不安生，你就走着瞧吧。",
        "从今天开始，我们早中晚轮番给你打电话，打到你崩溃为止。",
      ],
      impersonation: [
        "我是派出所的民警，受银行委托跟你核实一下你这张信用卡的欠款。",
        "我是区人民法院执行庭的工作人员，今天打电话是通知你尽快把欠款结清。",
        "我们是金融监管局派下来的，专门督办你这笔信用卡逾期。",
      ],
      insult: [
        "你就是个不要脸的老赖，借钱的时候怎么不掂量掂量自己几斤几两？",
        "三十好几的人了，连几千块钱都还不上，你这辈子算是白活了。",
        "跟你这种废物说话，真是浪费我的时间。",
      ],
      violence: [
        "再拖下去，小心哪天你那辆车的玻璃被人砸个稀巴烂。",
        "我认识几个道上的兄弟，专门收拾你这种欠钱不还的，到时候他们下手可没轻没重。",
        "你女儿在哪个幼儿园我们都知道，她要是出点什么意外，可别怪我们没提醒你。",
      ],
      privacy_disclosure: [
        "今天中午之前不还，我就把你的欠款截图发到你们公司的工作群里。",
        "你手机通讯录里的人我们会挨个打过去，告诉他们你欠了银行三万多不还。",
        "你再不接电话，我就打给你爸妈和你老婆，让全家人都知道你信用卡欠钱不还。",
      ],
      false_consequence: [
        "信用卡逾期超过三个月就自动算恶意透支，到时候是要坐牢的。",
        "这笔钱不还，你就会留下案底，以后你孩子考公务员、进国企，政审都过不了。",
        "逾期的人身份证和护照都会被冻结，你这辈子都别想出国了。",
      ],
      extra_fee: [
        "除了欠款本金和利息，你今天还得另外交两百块的催收服务费。",
        "想把还款日往后推一周也行，但要先交三百块的改期手续费。",
        "结清以后你要是想开结清证明，得另外付一百五十元的开具费。",
      ],
      new_borrowing: [
        "你先在借呗或者微粒贷上借一笔出来，把我们这边先填上不就行了。",
        "你钱包里不是还有别的银行的信用卡吗？取个现出来把这张卡还了。",
        "跟你爸妈或者兄弟姐妹张个口，先凑一凑，今天就能把最低还款还上。",
      ],
    },
    en: {
      threat: [
        "Keep dragging this out and I promise you'll regret the day you ever opened this card.",
        "We have our ways of making your life miserable. Just wait and see.",
        "Starting today, we'll be calling you morning, noon and night until you crack.",
      ],
      impersonation: [
        "This is an officer with the police department, calling on the bank's behalf to go over your credit card balance.",
        "I'm with the enforcement division of the district court, and I'm calling to tell you to settle this balance right away.",
        "We're calling from the state banking regulator. We've been assigned to oversee your delinquent card account.",
      ],
      insult: [
        "You're a shameless deadbeat. Did you ever stop to think what you're worth before you started swiping?",
        "You're pushing forty and you can't pay back a few thousand bucks. What a wasted life.",
        "Talking to a loser like you is a complete waste of my time.",
      ],
      violence: [
        "Keep stalling and one of these days you might find your car windows smashed to pieces.",
        "I know a few guys who specialize in people like you who don't pay, and they don't exactly hold back.",
        "We know which daycare your daughter goes to. If something were to happen to her, don't say we didn't warn you.",
      ],
      privacy_disclosure: [
        "If this isn't paid by noon, I'm posting a screenshot of your balance in your company's group chat.",
        "We're going to call everyone in your contacts, one by one, and tell them you owe the bank over thirty grand.",
        "Keep dodging my calls and I'll phone your parents and your wife so the whole family knows you're not paying your card.",
      ],
      false_consequence: [
        "Once a credit card is more than ninety days past due, it automatically counts as fraud, and that means jail time.",
        "If this goes unpaid you'll end up with a criminal record, and your kids will never pass a background check for a government job.",
        "Delinquent cardholders get their driver's license and passport suspended, so you can forget about ever traveling abroad.",
      ],
      extra_fee: [
        "On top of the balance and interest, you'll need to pay a two-hundred-dollar collection service charge today.",
        "We can push your due date back a week, but first there's a three-hundred-dollar rescheduling fee.",
        "If you want a payoff letter once you've settled, that's an extra hundred and fifty dollars for us to issue it.",
      ],
      new_borrowing: [
        "Just take out a quick loan on one of those cash apps and use it to clear us first.",
        "You've got other cards in your wallet, right? Pull a cash advance on one of them and pay this one off.",
        "Ask your parents or your brother and sister to spot you the money, and you can make the minimum payment today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "周一早上好，这里是华信银行信用卡中心，请问是刘建国先生吗？"],
        ['debtor', "是我。"],
        ['agent', "刘先生您好，为了核实身份，麻烦您报一下身份证号后四位。"],
        ['debtor', "0417。不过我跟你说一下，我上周刚做完心脏支架手术，现在还在医院，这几天实在没精力处理这些事。"],
        ['agent', "明白了，先祝您早日康复。我这边会在系统里备注您住院的情况，三十天内不会再安排电话联系您。"],
        ['debtor', "那真是谢谢你了。"],
        ['agent', "不客气。等您出院方便的时候，可以随时拨打卡背面的客服电话找我们。您好好养病，再见。"],
      ],
      [
        ['agent', "您好，这里是华信银行信用卡中心，我姓陈，请问是王丽娟女士吗？"],
        ['debtor', "对，又是信用卡的事吧？"],
        ['agent', "是的，先核实一下身份，请问您的出生日期是？"],
        ['debtor', "1986年3月12号。我跟你说，账单里那笔六千八的消费根本不是我刷的，那天我人在老家，卡一直在我身上。"],
        ['agent', "好的，王女士，您反映的情况我记下了。我现在就把这笔交易提交为争议交易，转给风控部门调查。"],
        ['debtor', "那调查期间你们还打电话来催吗？"],
        ['agent', "调查结果出来之前，这笔争议金额暂停催收，我们也不会再为它联系您。结果会通过短信和信函通知您。"],
        ['debtor', "行，那今天就这样吧。"],
        ['agent', "好的，感谢您的反馈，祝您这周顺利。"],
      ],
      [
        ['agent', "早上好，华信银行信用卡中心，请问是赵磊先生吗？"],
        ['debtor', "大周一的一大早打什么电话，你们是不是闲得慌？"],
        ['agent', "不好意思打扰您了，赵先生，我尽量长话短说。先核实一下，您登记的手机号是不是尾号6251？"],
        ['debtor', "是，赶紧说。"],
        ['agent', "您尾号3308的信用卡本期账单已经逾期十二天，目前最低还款额是一千二百四十元。"],
        ['debtor', "知道了知道了，烦死了，发了工资就还。"],
        ['agent', "好的，请问您大概哪天发工资？我帮您备注一下。"],
        ['debtor', "十五号。"],
        ['agent', "那我备注十五号还款。如果到时候有变化，您在手机银行里也可以直接操作。打扰您了，祝您工作顺利。"],
      ],
      [
        ['agent', "您好，这里是华信银行信用卡中心，我是工号0832的客服，请问是孙芳女士吗？"],
        ['debtor', "是我。"],
        ['agent', "孙女士，麻烦您核实一下身份证号后四位。"],
        ['debtor', "521X。我想问一下，你们会不会打电话到我单位去？我不想让同事知道。"],
        ['agent', "您放心，您的账户信息是保密的，我们不会联系您的单位、同事或者家人，只和您本人沟通。"],
        ['debtor', "那就好。还有，这个月账单上多了一笔五十块的费用，是什么？"],
        ['agent', "那是逾期违约金，是按您申领信用卡时签署的领用合约收取的，合约里有写明。除此之外没有任何其他费用。"],
        ['debtor', "好吧，我今天下午把钱转进去。"],
        ['agent', "好的，谢谢您。有其他问题随时联系我们。"],
      ],
      [
        ['agent', "早上好，这里是华信银行信用卡中心，请问是周文斌先生吗？"],
        ['debtor', "我是。"],
        ['agent', "周先生，麻烦您报一下身份证号后四位，核实一下身份。"],
        ['debtor', "7735。我正好想问，我这张卡欠了快两个月了，会不会被抓去坐牢啊？我朋友说会。"],
        ['agent', "您不用担心，一般的信用卡逾期属于民事欠款，不会因此坐牢。不过逾期记录会按规定报送人民银行征信系统，可能会影响您以后申请贷款和信用卡。"],
        ['debtor', "那我要不要先去网贷借点钱把它还上？"],
        ['agent', "我们不建议您为了还这张卡去别处借钱，那样负担只会更重。如果一次还不上，可以申请分期，按您的实际能力来安排。"],
        ['debtor', "分期怎么弄？"],
        ['agent', "我可以现在帮您登记分期申请，审核结果两个工作日内会短信通知您。"],
        ['debtor', "好，那帮我登记吧。"],
      ],
    ],
    en: [
      [
        ['agent', "Good Monday morning, this is Crestview Bank card services. Am I speaking with Robert Hayes?"],
        ['debtor', "That's me."],
        ['agent', "Thanks, Mr. Hayes. Just to verify your identity, can you give me the last four of your Social?"],
        ['debtor', "0417. But listen, I had a heart stent put in last week and I'm still in the hospital. I really can't deal with this right now."],
        ['agent', "I understand, and I hope you have a quick recovery. I'm noting your hospital stay on the account, and we won't schedule any calls to you for the next thirty days."],
        ['debtor', "Okay, thank you much."],
        ['agent', "You're welcome. Whenever you're home and feeling up to it, you can reach us at the number on the back of your card. Take care of yourself."],
      ],
      [
        ['agent', "Hi, this is Chen calling from Crestview Bank card services. Is this Maria Delgado?"],
        ['debtor', "Yes. Is this about the credit card again?"],
        ['agent', "It is. First, can you confirm your date of birth for me?"],
        ['debtor', "March 12, 1986. Look, that $680 charge on my statement isn't mine. I was out of state that day and the card was in my purse the whole time."],
        ['agent', "Okay, Ms. Delgado, I've noted that. I'm filing it as a disputed transaction right now and sending it to our fraud team to investigate."],
        ['debtor', "Are you going to keep calling me about it while they look into it?"],
        ['agent', "No. Until the investigation is finished, collection on the disputed amount is on hold and we won't contact you about it. You'll get the result by text and by mail."],
        ['debtor', "Fine, that works."],
        ['agent', "Great. Thanks for letting us know, and have a good week."],
      ],
      [
        ['agent', "Good morning, Crestview Bank card services. Is this Kevin Brooks?"],
        ['debtor', "It's Monday, it's barely eight. Don't you people have anything better to do?"],
        ['agent', "Sorry to catch you so early, Mr. Brooks. I'll keep it short. Can you confirm the phone number on file ends in 6251?"],
        ['debtor', "Yeah. Get on with it."],
        ['agent', "Your card ending in 3308 is twelve days past due, and the minimum payment right now is $124."],
        ['debtor', "Yeah, yeah, I know. God, this is annoying. I'll pay it when I get paid."],
        ['agent', "Sure. Do you know roughly when payday is? I can make a note."],
        ['debtor', "On the fifteenth, please."],
        ['agent', "I've noted a payment on the fifteenth. If anything changes, you can handle it in the mobile app too. Thanks for your time, and have a good day."],
      ],
      [
        ['agent', "Hi, this is agent 0832 with Crestview Bank card services. May I speak with Tanya Whitfield?"],
        ['debtor', "Yes, this is me speaking."],
        ['agent', "Ms. Whitfield, could you verify your ZIP code and the last four of your Social for me?"],
        ['debtor', "30318, and 5219. Quick question: are you going to call my job? I don't want my coworkers knowing about this."],
        ['agent', "No, your account information is confidential. We won't contact your employer, your coworkers or your family. We only talk with you."],
        ['debtor', "Good. Also, there's a $35 charge on this month's statement. What is that?"],
        ['agent', "That's the late fee. It's set out in the cardholder agreement you accepted when you opened the account. There are no other fees on top of that."],
        ['debtor', "Okay. I'll make a payment this afternoon."],
        ['agent', "Thank you. If you have any other questions, feel free to call us."],
      ],
      [
        ['agent', "Good morning, this is Crestview Bank card services. Am I speaking with Derek Olson?"],
        ['debtor', "Yeah, this is Derek."],
        ['agent', "Mr. Olson, can you give me the last four of your Social so I can verify the account?"],
        ['debtor', "7735. Actually, I wanted to ask: I'm almost two months behind on this card. Can I go to jail for that? My buddy says you can."],
        ['agent', "No, you don't need to worry about that. A past-due credit card is a civil debt, and nobody goes to jail over it. What does happen is that the late payments get reported to the credit bureaus, which can affect your ability to get loans or cards later."],
        ['debtor', "So should I just take out a payday loan and pay it off?"],
        ['agent', "We wouldn't recommend borrowing somewhere else to pay this card. That usually makes things harder. If you can't pay it all at once, you can apply for a payment plan based on what you can actually afford."],
        ['debtor', "How does that work?"],
        ['agent', "I can put in the application for you right now, and you'll get a text with the decision within two business days."],
        ['debtor', "Okay, go ahead and do that."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "你们别再给我打电话了，我不想再接到任何催款电话。",
        "这个我们没办法，您的账单已经逾期四十天了，今天至少得先把最低还款还上，您看几点能转？",
      ],
      ignored_attorney: [
        "我已经委托律师处理了，有什么事请直接联系我的律师。",
        "律师归律师，这笔欠款是在您本人名下的，您今天能先还多少？",
      ],
      ignored_dispute: [
        "这笔八千二的消费不是我刷的，我早就跟银行说过是被盗刷了。",
        "我们系统里显示的还是您的欠款，请您先把这八千二还上，有问题之后再去申诉。",
      ],
      ignored_hardship: [
        "我上个月被公司裁员了，现在一分钱收入都没有，实在还不上。",
        "您的困难我理解，但是还款日已经过了，这周五之前您怎么也得先还一千块。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Please stop calling me. I don't want any more calls about this.",
        "I hear you, but the account is forty days past due and I still need a payment today. What time can you at least send the minimum?",
      ],
      ignored_attorney: [
        "I've hired an attorney. Please direct all communication to my lawyer.",
        "That's between you and your lawyer. The debt is in your name, so how much can you pay today?",
      ],
      ignored_dispute: [
        "I never made that $8,200 charge. I already reported it to the bank as fraud.",
        "Our system still shows it as your balance. Please pay the $8,200 now, and you can take up the dispute afterward.",
      ],
      ignored_hardship: [
        "I got laid off last month and I have no income at all. I just can't pay.",
        "I understand it's hard, but your due date has passed, and I need at least a thousand dollars from you by Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他爱人，他一早就上班去了，手机落在家里了。你们有什么事？"],
      ['agent', "那麻烦您转告他一下，他尾号4471的信用卡已经逾期两个月了，欠款一万两千三百元，请他尽快回电处理。"],
    ],
    en: [
      ['third_party', "This is his wife. He already left for work and forgot his phone at home. What's this about?"],
      ['agent', "Could you let him know his credit card ending in 4471 is two months past due, with a balance of $12,300, and he needs to call us back as soon as possible?"],
    ],
  },
};
