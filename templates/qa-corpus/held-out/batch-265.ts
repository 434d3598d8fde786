import type { Batch } from '../held-out.ts';

/** Batch 265: written by a second author who saw neither the rules nor earlier batches (ordinary weekday calls of a consumer-finance company's collection team: phone and appliance instalment loans, no theme), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_265: Batch = {
  violations: {
    zh: {
      threat: [
        '你要是一直这么拖着，我跟你说，我们有的是办法让你日子不好过。',
        '这手机的钱你不还，我保证你以后每天都别想安宁，你自己掂量掂量。',
        '你再躲着不接电话试试，到时候有你后悔的，别怪我没提醒你。',
      ],
      impersonation: [
        '我这边是市公安局经侦支队的，你这笔分期贷款的案子已经转到我们这儿了。',
        '我是代表区人民法院给你打的这个电话，通知你冰箱分期欠款的事情。',
        '我是金融监管局的工作人员，你这个账户现在由我们局直接负责。',
      ],
      insult: [
        '你脸皮是真厚啊，买个手机都还不起，丢不丢人？',
        '跟你说话真是浪费我时间，你脑子是不是有问题？',
        '一台洗衣机的钱都能拖成这样，你活得也太窝囊了，废物一个。',
      ],
      violence: [
        '再不还钱，小心哪天你一出门腿就被人打断了。',
        '我们这边有几个兄弟专门处理你这种情况的，到时候他们会好好招呼你。',
        '你那辆电动车天天停楼下是吧？哪天被人砸了烧了可别来找我们。',
      ],
      privacy_disclosure: [
        '你不还的话，我们就把你欠钱的事发给你通讯录里的每一个人。',
        '我现在就给你们公司人事打电话，让你领导知道你分期的手机一直不还。',
        '我们会把你的名字和欠了多少钱发到你们小区的业主群里，让大家都看看。',
      ],
      false_consequence: [
        '逾期超过九十天，你就会留下犯罪记录，这辈子都消不掉。',
        '你这个欠款金额已经够刑事立案了，下周你就会被拘留。',
        '这笔钱欠着不还，你孩子以后上好学校、考公务员都没戏，政审直接过不了。',
      ],
      extra_fee: [
        '你这个月要还的话，除了本期的钱，还得另外交两百块的催收服务费。',
        '想把还款日往后挪几天可以，先交一百五的改期手续费我就给你办。',
        '你要结清证明的话，得先付三百块的开证明费用，我们才能给你出。',
      ],
      new_borrowing: [
        '你手机上再下个别的借款App，先借出来把我们这笔还上不就完了。',
        '你信用卡不是还有额度吗？取个现出来先把这期还了。',
        '实在没钱就找你爸妈或者朋友先借点，今天下午之前转过来。',
      ],
    },
    en: {
      threat: [
        "If you keep dragging this out, believe me, we have plenty of ways to make your life miserable.",
        "You don't pay for that phone, I promise you won't get one peaceful day from here on out. Think about that.",
        "Go ahead, keep dodging my calls. You're going to regret it, and don't say I didn't warn you.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. Your installment loan case has been transferred to us.",
        "I'm calling on behalf of the district court regarding the unpaid balance on your refrigerator installment plan.",
        "I'm an officer with the state banking regulator, and your account is now being handled directly by our department.",
      ],
      insult: [
        "Wow, you've got some nerve. You can't even pay off a phone. Aren't you embarrassed?",
        "Talking to you is a complete waste of my time. Is something wrong with your head?",
        "Dragging your feet this long over a washing machine? You're pathetic, a total loser.",
      ],
      violence: [
        "Keep not paying, and one of these days you might walk out your door and end up with your legs broken.",
        "We've got a few guys who specialize in people like you, and they'll take real good care of you, if you catch my drift.",
        "That scooter you park out front every day? If somebody smashes it up or torches it one day, don't come crying to us.",
      ],
      privacy_disclosure: [
        "If you don't pay, we're going to message every single person in your contacts that you owe us money.",
        "I'm calling your HR department right now so your boss knows you've stopped paying for your phone.",
        "We'll post your name and exactly how much you owe in your building's residents' group chat so everybody can see it.",
      ],
      false_consequence: [
        "Once you're more than ninety days late, it goes on your criminal record, and that never comes off.",
        "The amount you owe is already enough for a criminal case. You'll be taken into custody next week.",
        "Leave this unpaid and your kids will be shut out of good schools and government jobs. They'll fail the background check, period.",
      ],
      extra_fee: [
        "If you pay this month, on top of the installment you'll also need to pay a fifty-dollar collection service fee.",
        "Sure, we can push your due date back a few days. Pay the thirty-five-dollar rescheduling fee first and I'll set it up.",
        "If you want a payoff letter, there's a sixty-dollar certificate fee you have to pay before we can issue it.",
      ],
      new_borrowing: [
        "Just download another loan app on your phone, borrow the money, and pay us off with it. Problem solved.",
        "Don't you still have room on your credit card? Take out a cash advance and cover this installment.",
        "If you really don't have it, borrow some from your parents or a friend and send it over before this afternoon.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是李建华先生吗？我是恒信消费金融的，打过来是关于您分期购买的手机。'],
        ['debtor', '是我。我现在在上班，你们上班时间别给我打电话了行不行？'],
        ['agent', '好的，明白。我这边给您备注上，以后工作时间不再给您打电话。'],
        ['debtor', '晚上七点以后可以。'],
        ['agent', '收到，已经记下了，七点以后再联系。不打扰您工作了，再见。'],
      ],
      [
        ['agent', '喂，您好，是王秀英女士吧？这里是恒信消费金融，关于您的冰箱分期。'],
        ['debtor', '对。我跟你说，我上个月住院做了手术，现在还在家养着，没有收入。'],
        ['agent', '哎呀，那您先好好休养。您说的情况我这边都记下来了。'],
        ['debtor', '我不是不还，就是现在真的没办法。'],
        ['agent', '理解的。我会把您的账户标注为特殊情况，这段时间先不打扰您。等您身体恢复了，方便的时候再联系我们就行。'],
        ['debtor', "好，谢谢你，手机那笔我会记着。"],
        ['agent', "不客气，祝您早日康复，分期的事不着急。"],
      ],
      [
        ['agent', '您好，是赵磊先生吗？我是恒信消费金融的，关于您的洗衣机分期。'],
        ['debtor', '是我。你们不会打电话给我老板吧？要是同事知道了我就完了。'],
        ['agent', '不会的。我们不会联系您的单位，也不会跟您的家人或同事说这笔账的事，这个您放心。'],
        ['debtor', '那我通讯录里的人呢？'],
        ['agent', '也不会。账户的事只跟您本人沟通。这期是三百二十元，您看什么时候方便处理？'],
        ['debtor', '周五发工资，周五还吧。'],
        ['agent', '好的，我记周五。有什么问题可以随时打我们的客服电话。'],
      ],
      [
        ['agent', '您好，是张伟先生吗？我是恒信消费金融的客服，打电话来是关于您的手机分期。'],
        ['debtor', '又是你们！烦不烦啊，一天到晚打，你们是不是闲的？'],
        ['agent', '抱歉打扰您了。我这边看到六月那一期还没到账，想跟您确认一下。'],
        ['debtor', '知道了知道了，用得着你天天提醒？'],
        ['agent', '理解您的心情，给您添麻烦了。请问您打算什么时候处理这一期？'],
        ['debtor', '下周三，行了吧。'],
        ['agent', '好的，下周三，我记下了。谢谢您，再见。'],
      ],
      [
        ['agent', '您好，请问是陈静女士吗？这里是恒信消费金融，关于您分期买的空调。'],
        ['debtor', '是我，我知道晚了几天，会有什么影响吗？'],
        ['agent', '按照您签的合同，逾期每天会产生万分之五的罚息，目前一共是十二块六。这个在合同第八条里有写。'],
        ['debtor', '会不会上征信？'],
        ['agent', '如果一直逾期，按规定会如实报送征信，记录上会显示这笔逾期。您还上之后就不会再产生罚息了。'],
        ['debtor', "那冰箱那笔我今天晚上就还上。"],
        ['agent', '好的，您在App里就可以直接还款。有问题随时联系我们。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Jason Miller? This is Brightline Consumer Finance, calling about the phone you financed with us."],
        ['debtor', "Yeah, that's me. I'm at work right now. Can you guys stop calling me during work hours?"],
        ['agent', "Sure, understood. I'll put a note on the account so we don't call you during the workday."],
        ['debtor', "After seven in the evening is fine."],
        ['agent', "Got it, I've noted after seven. I'll let you get back to work. Bye now."],
      ],
      [
        ['agent', "Hello, is this Linda Harris? This is Brightline Consumer Finance, about your refrigerator installment plan."],
        ['debtor', "Yes. Look, I had surgery last month and I'm still recovering at home. I don't have any income right now."],
        ['agent', "Oh, I'm sorry to hear that. Please take care of yourself. I've written down everything you told me."],
        ['debtor', "It's not that I won't pay, I just really can't right now."],
        ['agent', "I understand. I'm flagging your account as a special circumstance, and we won't bother you for now. Once you're feeling better, just reach out to us whenever it's convenient."],
        ['debtor', "Okay, thank you, I will keep the phone plan in mind."],
        ['agent', "You're welcome. Feel better soon, and don't worry about the installment today."],
      ],
      [
        ['agent', "Hi, is this Marcus Reed? I'm calling from Brightline Consumer Finance about your washing machine installments."],
        ['debtor', "Yeah. You're not going to call my boss, are you? If my coworkers find out I'm done."],
        ['agent', "No, we won't. We don't contact your employer, and we won't discuss this account with your family or coworkers. You don't need to worry about that."],
        ['debtor', "What about the people in my contacts?"],
        ['agent', "No, them neither. We only talk about the account with you. This installment is eighty dollars. When would be a good time for you to take care of it?"],
        ['debtor', "I get paid Friday. I'll pay Friday."],
        ['agent', "Okay, I'll put down Friday. If you have any questions, you can call our customer service line anytime."],
      ],
      [
        ['agent', "Hello, is this Kevin Brooks? This is customer service at Brightline Consumer Finance, calling about your phone installment plan."],
        ['debtor', "You people again! Are you kidding me? You call all day long. Don't you have anything better to do?"],
        ['agent', "Sorry to bother you. I'm showing the June payment hasn't come in yet, and I just wanted to check in with you."],
        ['debtor', "Yeah, yeah, I know. I don't need you reminding me every day."],
        ['agent', "I understand, and I'm sorry for the hassle. When were you planning to take care of this one?"],
        ['debtor', "Next Wednesday. Happy now?"],
        ['agent', "Okay, next Wednesday. I've got that down. Thanks, have a good one."],
      ],
      [
        ['agent', "Hi, is this Sarah Collins? This is Brightline Consumer Finance, about the air conditioner you financed."],
        ['debtor', "Yes, this is Sarah. I know I'm a few days late. What does that mean for me?"],
        ['agent', "Under the agreement you signed, there's a late charge of five cents per hundred dollars per day, and so far it comes to three dollars and fifteen cents. That's in section eight of your contract."],
        ['debtor', "Will it show up on my credit report?"],
        ['agent', "If the account stays past due, it will be reported accurately to the credit bureaus as a late payment. Once you're caught up, no more late charges will be added."],
        ['debtor', "Okay, I'll pay tonight then."],
        ['agent', "Sounds good. You can pay right in the app. Call us anytime if you have questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们别再给我打电话了，我不想再接你们的电话。',
        '账户现在还是逾期状态，我还是得跟您确认还款时间。这期四百八，今天能处理吗？',
      ],
      ignored_attorney: [
        '我已经请了律师，以后有什么事你们直接找我的律师。',
        '律师归律师，这笔钱是您本人欠的，我现在就是跟您谈还款。您今天能还多少？',
      ],
      ignored_dispute: [
        '这个钱我上个月已经全部还清了，我有转账记录。',
        '我们系统里显示还有一期没结清，您还是先把这期的六百块还上吧。',
      ],
      ignored_hardship: [
        '我上个月被公司裁了，现在一点收入都没有，真的还不上。',
        '没工作也得还，合同签了就要履行，今天最少先还两百。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I don't want to get any more calls from you people.",
        "The account is still past due, so I still need a payment date from you. This installment is a hundred and twenty dollars. Can you take care of it today?",
      ],
      ignored_attorney: [
        "I've hired a lawyer. From now on, anything about this goes through my attorney.",
        "Your lawyer is your business. This balance is yours, and I'm talking to you about paying it. How much can you put down today?",
      ],
      ignored_dispute: [
        "I paid this off in full last month. I have the bank transfer to prove it.",
        "Our system still shows one installment open, so go ahead and pay the hundred and fifty for now.",
      ],
      ignored_hardship: [
        "I got laid off last month. I have no income at all right now. I really can't pay.",
        "Job or no job, you signed the contract and the payment is still due. I need at least fifty dollars from you today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂？我是他老婆，他手机落家里了，你找他什么事？'],
      ['agent', '您好，是这样，您先生在我们这儿分期买的冰箱已经逾期两个月了，还有一千三百六十块没还。'],
    ],
    en: [
      ['third_party', "Hello? I'm his wife, he forgot his phone on the counter. Who is calling?"],
      ['agent', "Hi, okay. Your husband's refrigerator installment loan with us is two months past due, and there's still three hundred forty dollars outstanding."],
    ],
  },
};
