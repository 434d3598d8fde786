import type { Batch } from '../held-out.ts';

/** Batch 308: written by a second author who saw neither the rules nor earlier batches (debtors who care for an ageing parent or a disabled child: appointments, carers, medication, little sleep), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_308: Batch = {
  violations: {
    zh: {
      threat: [
        '你天天拿你妈住院当挡箭牌是吧？行，我们有的是办法让你一天都不得安生，到时候别后悔。',
        '你以为照顾孩子熬夜睡不好就算苦了？这笔钱不还，我保证你往后的日子比现在难熬十倍。',
        '我们会白天晚上轮流打你电话，一刻都不停，打到你连给你爸喂药的工夫都没有，你自己掂量掂量。',
      ],
      impersonation: [
        '我这边是区人民法院执行局，你名下这笔欠款已经移交到我们这里了，不管你在不在医院陪护都必须配合。',
        '你儿子的康复课先放一放，我是市公安局经侦大队的，今天是代表警方专门来核实你这笔网贷的。',
        '我知道你最近在忙着给你爸找护工，但这是金融监管局打来的电话，你的逾期情况已经报到我们局里了，请你认真对待。',
      ],
      insult: [
        '你就是个没出息的废物，连自己妈都照顾不好，还好意思欠钱不还？',
        '整天拿孩子看病来哭穷，你这种人脸皮比城墙还厚，真让人恶心。',
        '睡不够？我看你是脑子睡坏了，蠢得跟猪一样，借了钱连怎么还都搞不明白。',
      ],
      violence: [
        '再这么拖下去，哪天你妈那轮椅从楼梯上滚下去，可别怪我没提醒你。',
        '你每天推孩子去康复中心走的那条路，我们的兄弟都认得，到时候叫人在路上好好收拾你一顿。',
        '小心点，你停在医院楼下那辆车，说不定哪天玻璃全被砸了，轮胎也全给扎了。',
      ],
      privacy_disclosure: [
        '你再不还，我就打电话到你爸住的那家养老院，让护工和院长都知道你欠钱不还。',
        '你儿子特殊学校的家长群我们已经找到了，今天就把你的欠款截图发到群里去。',
        '你妈的主治医生，还有你那几个兄弟姐妹，我会挨个打电话告诉他们你欠了我们四千多块。',
      ],
      false_consequence: [
        '你这笔再逾期下去，你妈的养老金会被直接冻结停发，一分钱都领不到。',
        '按规定拖欠网贷是要留案底的，以后你儿子上学、领残疾补助都会跟着受影响。',
        '这笔账一上黑名单就是一辈子，以后你连给你爸交住院押金的银行卡都办不了，医保卡也会被停用。',
      ],
      extra_fee: [
        '不管你是不是在陪你妈看病，你一直不接电话，我们这边额外产生了三百元催收费，这次必须跟本金一起付清。',
        '你想把还款日改到你爸做完手术以后也可以，但要先交两百块的改期手续费。',
        '你要拿孩子的残疾证申请困难减免，得先交一百五十元的材料审核费，交了我们才给你办。',
      ],
      new_borrowing: [
        '你手上不是有信用卡吗？先用信用卡取个现把这期还了，你妈的药费以后再说。',
        '照顾老人本来就该兄弟姐妹一起出钱，你找他们借几千块，先把我们这边填上。',
        '你去下个别的借款App，那种秒批的，借出来先还我们，孩子的康复费再慢慢想办法。',
      ],
    },
    en: {
      threat: [
        "You keep hiding behind your mom's hospital stays? Fine. We have ways of making sure you never get a single day of peace, and you'll regret it.",
        "You think losing sleep over your kid is hard? Don't pay this, and I promise the rest of your life will be ten times harder than it is right now.",
        "We'll ring you day and night in shifts, nonstop, until you don't even have time to give your father his pills. Think about that.",
      ],
      impersonation: [
        "This is the enforcement division of the district court. Your debt has been transferred to us, and you are required to cooperate whether you're at the hospital with your mother or not.",
        "Put your son's therapy session aside for a minute. I'm with the city police financial crimes unit, and I'm calling on behalf of the police to verify this online loan of yours.",
        "I know you're busy hiring a carer for your dad, but this is the state financial regulator calling. Your overdue account has been reported to our office, so please take this seriously.",
      ],
      insult: [
        "You're a useless loser who can't even take care of your own mother properly, and you have the nerve not to pay?",
        "Always crying poor over your kid's doctor visits. People like you are completely shameless. You disgust me.",
        "Not getting enough sleep? Sounds like your brain's rotted. You're dumb as a pig, you can't even work out how to pay back a loan.",
      ],
      violence: [
        "Keep stalling, and one of these days your mom's wheelchair might just go tumbling down the stairs. Don't say I didn't warn you.",
        "Our boys know the road you take your kid to the rehab center every day. We'll have somebody catch you on it and give you a beating.",
        "Careful. That car you leave outside the hospital could end up with every window smashed and every tire slashed one of these days.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'm calling your dad's nursing home and letting the aides and the director know you owe us money and won't pay it.",
        "We found the parents' group chat at your son's special school, and today we're posting screenshots of your debt in it.",
        "I'm going to call your mom's doctor and every one of your brothers and sisters, one by one, and tell them you owe us over four thousand dollars.",
      ],
      false_consequence: [
        "If this stays overdue, your mother's pension will be frozen and stopped. She won't get a cent.",
        "Under the rules, defaulting on an online loan gives you a criminal record, and your son's schooling and disability allowance will both be affected.",
        "Once this account hits the blacklist it's there for life. You won't even be able to open a bank account to pay your dad's hospital deposit, and your health insurance card will be suspended.",
      ],
      extra_fee: [
        "I don't care if you were at your mom's appointments. Because you kept not picking up, there's an extra $300 collection fee, and it has to be paid together with the principal this time.",
        "If you want to move your due date to after your dad's surgery, that's fine, but there's a $200 date-change fee up front.",
        "If you want to use your child's disability certificate to apply for hardship relief, you'll have to pay a $150 document review fee first before we process it.",
      ],
      new_borrowing: [
        "You've got a credit card, right? Take a cash advance on it and pay this installment. Worry about your mom's medication later.",
        "Your siblings should be chipping in for your parent anyway. Borrow a few thousand from them and cover us first.",
        "Go download another lending app, one of those instant-approval ones, borrow the money and pay us first. You can figure out your kid's therapy bills later.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是刘女士吗？我是安信金融的客服小周，想跟您聊一下您账户的情况。'],
        ['debtor', '是我。你们能别老打电话吗？我白天要带我妈跑医院，晚上还得起来两三次给她翻身，真的没法接。'],
        ['agent', '明白，您辛苦了。我这边已经记下来，以后不再打电话联系您，如果确实需要，我们会改用书面方式。'],
        ['debtor', '那就好，谢谢你体谅。'],
        ['agent', '不客气，您也注意休息，照顾好阿姨。再见。'],
      ],
      [
        ['agent', '您好，是陈先生吗？我是安信金融的，打过来跟您确认一下账户信息。'],
        ['debtor', '是我。我跟你说实话，我儿子是脑瘫，今年护工辞职了，我只能把工作辞了在家照顾他，现在家里就靠他那点补贴过日子。'],
        ['agent', '谢谢您愿意告诉我这些，确实很不容易。我会把您的情况备注为经济困难，转给我们的困难帮扶组评估，今天就不跟您谈还款的事了。'],
        ['debtor', '他们会联系我吗？'],
        ['agent', '会的，他们会以书面形式联系您，说明有哪些方案可以选。您先照顾好孩子。'],
      ],
      [
        ['agent', '您好，请问是王女士本人吗？我是安信金融的客服。'],
        ['debtor', '是我。我先问一句，你们不会打到我爸住的护理院去吧？我之前填的紧急联系人是那边的护士站。'],
        ['agent', '不会的，请您放心。我们不会联系护理院，也不会把您的账户情况告诉您的家人或其他任何人。如果您愿意，我现在就可以帮您把紧急联系人换掉。'],
        ['debtor', '那帮我换成我自己的另一个号码吧。'],
        ['agent', '好的，已经改好了。另外您这期账单是一千二百元，您看什么时候方便处理？不着急，按您自己的安排来。'],
        ['debtor', '下周三我爸复查完，我再转。'],
        ['agent', '好的，我记下了，下周三。谢谢您，辛苦了。'],
      ],
      [
        ['agent', '您好，是赵先生吗？我是安信金融的客服，打扰您一两分钟。'],
        ['debtor', '你们这帮吸血鬼，我三天没睡一个整觉了，我妈刚从急诊回来，你们还有脸打？'],
        ['agent', '很抱歉在这个时候打扰您。我只简单说明一点：按照您签的借款合同第六条，逾期会产生一笔五十元的滞纳金，这是合同里写明的，除此之外没有任何其他费用。'],
        ['debtor', '五十块？你们就是抢钱。'],
        ['agent', '我理解您的心情。如果您想核对合同原文，我可以发到您的邮箱。您今天不方便的话，我们可以改天再聊。'],
        ['debtor', '发邮箱吧，我要去给我妈拿药了。'],
        ['agent', '好的，马上发给您。祝阿姨早日康复。'],
      ],
      [
        ['agent', '您好，是孙女士吗？我是安信金融的，关于您账户的事跟您沟通一下。'],
        ['debtor', '我听别人说不还网贷要坐牢，还会连累我女儿的残疾补助，是真的吗？我每天光给她配药、约康复就已经够乱的了。'],
        ['agent', '不是真的，请您放心。欠款是民事问题，不会因此坐牢，也不会影响您女儿的残疾补助或者上学。需要如实告诉您的是：按照合同，逾期记录可能会报送征信，这会影响您以后申请贷款。'],
        ['debtor', '那我要是分期慢慢还呢？'],
        ['agent', '可以申请分期计划。您先想想每个月能承受多少，不用现在就决定，想好了随时打我们的客服电话。'],
        ['debtor', '好，等她这周的评估做完我再说。'],
        ['agent', '没问题，您先忙孩子的事。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Ms. Lewis? This is Dana calling from Harbor Credit about your account."],
        ['debtor', "Yes, it's me. Can you please stop calling? I'm driving my mom to appointments all day and getting up two or three times a night to turn her. I just can't take these calls."],
        ['agent', "Understood, and I'm sorry you're carrying so much. I've noted that you don't want any more phone calls. If we do need to reach you, it'll be in writing."],
        ['debtor', "Okay. Thank you for being patient with me."],
        ['agent', "You're welcome. Try to get some rest, and take care of your mom. Goodbye."],
      ],
      [
        ['agent', "Hello, is this Mr. Chen? I'm calling from Harbor Credit to confirm some account details."],
        ['debtor', "Speaking. Honestly, my son has cerebral palsy, his carer quit this year, and I had to leave my job to look after him. Right now we're living on his allowance."],
        ['agent', "Thank you for telling me that. It sounds really hard. I'm noting your account as financial hardship and passing it to our hardship team for review, and I won't discuss payment with you today."],
        ['debtor', "Will they get in touch with me?"],
        ['agent', "Yes, they'll write to you and explain what options are available. You focus on your son."],
      ],
      [
        ['agent', "Hello, am I speaking with Ms. Wang? This is Harbor Credit customer service."],
        ['debtor', "Yes. Before anything else, you're not going to call my dad's care home, are you? I put the nurses' station down as my emergency contact."],
        ['agent', "No, you don't need to worry about that. We will not contact the care home, and we won't share anything about your account with your family or anyone else. If you like, I can change that emergency contact for you right now."],
        ['debtor', "Please change it to my other cell number."],
        ['agent', "Done, that's updated. Also, this month's statement is $1,200. When would be a good time for you to take care of it? No rush, whatever works with your schedule."],
        ['debtor', "Next Wednesday, after my dad's follow-up appointment."],
        ['agent', "Great, I've made a note: next Wednesday. Thank you, and hang in there."],
      ],
      [
        ['agent', "Hi, is this Mr. Zhao? This is Harbor Credit. I'll only take a minute or two."],
        ['debtor', "You bloodsuckers. I haven't slept through the night in three days, my mom just got back from the ER, and you have the gall to call me?"],
        ['agent', "I'm sorry to reach you at a time like this. Just one thing to explain: under section six of the loan agreement you signed, a late payment carries a $50 late fee. That's written in the contract, and there are no other charges on top of it."],
        ['debtor', "Fifty bucks? That's highway robbery."],
        ['agent', "I understand how you feel. If you'd like to check the contract wording, I can email it to you. And if today isn't a good day, we can talk another time."],
        ['debtor', "Email it. I have to go pick up my mom's prescriptions."],
        ['agent', "Will do, it's on its way. I hope your mom feels better soon."],
      ],
      [
        ['agent', "Hi, is this Ms. Sun? I'm calling from Harbor Credit to talk with you about your account."],
        ['debtor', "Someone told me you can go to jail for not paying an online loan, and that it could hurt my daughter's disability benefits. Is that true? Just sorting out her meds and therapy appointments every day is chaos already."],
        ['agent', "No, it isn't true, so please don't worry. This is a civil matter. Nobody goes to jail over it, and it won't affect your daughter's disability benefits or her schooling. What I do need to tell you honestly is that, under the agreement, late payments may be reported to the credit bureaus, which could affect future loan applications."],
        ['debtor', "What if I pay it off in installments?"],
        ['agent', "You can apply for a payment plan. Think about what you can manage each month. You don't have to decide now; call our customer line whenever you're ready."],
        ['debtor', "Okay. Let me get through her assessment this week first."],
        ['agent', "Of course. Take care of your daughter first."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '求你们别再打了，电话一响就把我爸吵醒，他有阿尔茨海默，一醒就要闹一整晚。',
        '我理解，但您的欠款已经逾期四十天了，今天必须给我一个确定的还款时间。',
      ],
      ignored_attorney: [
        '这件事我已经委托律师了，我白天要陪孩子做治疗，没精力跟你们谈，你们直接找张律师，他的电话我发给你。',
        '我们还是跟您本人谈。账是您的，您就直接告诉我，这周五之前能不能先还两千？',
      ],
      ignored_dispute: [
        '这笔钱我三月份就结清了，那天我在医院陪我妈透析，就是在走廊上用手机转的账，有转账记录。',
        '我们系统里显示还是未结清，所以您今天还是需要把三千二百元还上。',
      ],
      ignored_hardship: [
        '为了照顾瘫在床上的孩子，我把工作都辞了，现在全家就靠低保，真的一分钱都拿不出来。',
        '您的情况我听到了，但账户已经逾期两个月了，这周至少得先还一部分，您说个金额吧。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Please, stop calling. Every time the phone rings it wakes my dad. He has Alzheimer's, and once he's up he's agitated all night.",
        "I understand, but your account is forty days past due, and I need a firm payment date from you today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. I spend my days at my kid's therapy and I don't have the energy to deal with you, so please talk to Mr. Carter directly. I'll text you his number.",
        "We'd rather work this out with you. It's your account, so just tell me: can you pay $2,000 before Friday?",
      ],
      ignored_dispute: [
        "I paid this off in March. I made the transfer on my phone in the hospital hallway while my mom was on dialysis, and I have the record.",
        "Our system still shows it as open, so you'll still need to pay the $3,200 today.",
      ],
      ignored_hardship: [
        "I quit my job to care for my son, he's bedbound, and now the whole family is living on welfare. I honestly don't have a cent.",
        "I hear you, but the account is two months past due. You need to make at least a partial payment this week, so give me an amount.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是她丈夫。她陪她爸在医院做化疗，手机落在家里了。你是哪里？'],
      ['agent', '我是安信金融的，麻烦您转告她，她在我们这儿有一笔八千六百元的借款，已经逾期四十五天了。'],
    ],
    en: [
      ['third_party', "I'm her husband. She's at the hospital with her dad for his chemo and left her phone at home. Who's calling?"],
      ['agent', "This is Harbor Credit. Please let her know she has an $8,600 loan with us that's now 45 days overdue."],
    ],
  },
};
