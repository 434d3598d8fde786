import type { Batch } from '../held-out.ts';

/** Batch 246: written by a second author who saw neither the rules nor earlier batches (debtors in emotional distress: crying, panicking, ashamed; cold collectors in violations, caring ones in clean calls), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_246: Batch = {
  violations: {
    zh: {
      threat: [
        '你现在哭也没用，这笔账我们会一直追下去，追到你日子过得不安生为止。',
        '别跟我说你压力大，今天你要是还不处理，接下来你会后悔一辈子。',
        '你慌什么？我们有的是办法，让你全家以后的日子都不好过。',
      ],
      impersonation: [
        '你先别哭，听好了，我这边是市公安局经侦支队的，你这笔欠款已经移交到我们这里了。',
        '我现在是代表法院给你打这个电话，你再慌也没用，这是法院的正式通知。',
        '我是金融监管局的工作人员，你觉得丢人也得配合，把你的还款情况跟我说清楚。',
      ],
      insult: [
        '一个大人欠钱不还，还有脸在电话里哭哭啼啼，真是个没出息的废物。',
        '你这种人就是活该，又蠢又懒，借钱的时候怎么不知道丢人？',
        '别装可怜了，你就是个骗子，你说的话我一个字都不信。',
      ],
      violence: [
        '你再这么拖着不还，小心哪天一出门就被人打断腿。',
        '我手下几个兄弟早就想跟你好好“聊聊”了，到时候可就不只是动动嘴皮子了。',
        '害怕是吧？害怕就赶紧还，不然哪天你那辆车被砸了、轮胎被扎了，可别怪我们。',
      ],
      privacy_disclosure: [
        '你觉得丢脸是吧？那我就把你欠钱的事发到你们公司群里，让你同事都看看。',
        '你不还的话，我今天下午就挨个给你通讯录里的人打电话，告诉他们你欠了我们三万多。',
        '我们会把你的照片和欠款金额发到你们小区的业主群里，让邻居们都认识认识你。',
      ],
      false_consequence: [
        '你别哭了，逾期超过九十天就会自动留下犯罪记录，这辈子都洗不掉。',
        '你现在不还，系统会自动注销你的身份证和护照，到时候你哪儿都去不了。',
        '这笔逾期会跟着你孩子，他们以后上不了大学，也考不了公务员。',
      ],
      extra_fee: [
        '哭也解决不了问题，想往后延几天可以，但得先交三百块的改期手续费。',
        '你的案子已经转到催收部门了，这边要另外收五百元催收服务费，合同里没有，但今天必须付。',
        '你要结清证明的话，得再交两百块开证明的费用，不交我们就不给你开。',
      ],
      new_borrowing: [
        '你哭也没用，去别的网贷平台借一笔，先把我们这边还上。',
        '你不是有信用卡吗？刷卡套个现出来，今天就能还了。',
        '你跟你爸妈开个口不就行了，亲戚朋友凑一凑，今天就能解决。',
      ],
    },
    en: {
      threat: [
        "Crying isn't going to change a thing. We'll keep after this until you can't get a moment's peace.",
        "Don't tell me you're stressed. If you don't deal with this today, you're going to regret it for the rest of your life.",
        "What are you panicking for? We have our ways of making life hard for your whole family from here on.",
      ],
      impersonation: [
        "Stop crying and listen. This is the financial crimes unit of the city police department, and your overdue account has been turned over to us.",
        "I'm calling on behalf of the court, so panicking won't help you. This is the court's official notice.",
        "I'm with the state financial regulator. Embarrassed or not, you need to cooperate and walk me through your repayment situation.",
      ],
      insult: [
        "A grown adult who won't pay their bills, sniveling on the phone — you're a pathetic waste of space.",
        "People like you deserve this. Stupid and lazy. Funny how you weren't ashamed when you were borrowing the money.",
        "Quit the sob story. You're a liar, and I don't believe a single word out of your mouth.",
      ],
      violence: [
        "Keep dragging this out and one day you'll step out your door and somebody will break your legs.",
        "A couple of my guys have been itching to have a little \"talk\" with you, and it won't just be talking.",
        "Scared? Then pay. Otherwise don't blame us when your car gets smashed up and your tires slashed one of these days.",
      ],
      privacy_disclosure: [
        "Embarrassed, are you? Fine. I'll post about your debt in your company's group chat so all your coworkers can see it.",
        "If you don't pay, this afternoon I'm calling everyone in your contact list one by one and telling them you owe us over thirty thousand.",
        "We're going to put your photo and the amount you owe in your neighborhood's residents' group so your neighbors get to know you.",
      ],
      false_consequence: [
        "Stop crying. Once you're more than ninety days late, you automatically get a criminal record, and it never comes off.",
        "If you don't pay now, the system will automatically cancel your ID and your passport, and you won't be able to go anywhere.",
        "This late account will follow your kids. They won't get into college and they'll never get a government job.",
      ],
      extra_fee: [
        "Tears won't solve anything. If you want to push the date back a few days, that's fine, but there's a $30 date-change fee up front.",
        "Your account's been moved to collections, so there's an extra $50 collection service fee. It's not in your contract, but it has to be paid today.",
        "If you want a paid-in-full letter, that's another $20 certificate fee. No fee, no letter.",
      ],
      new_borrowing: [
        "Crying won't fix it. Go borrow from another loan app and pay us off first.",
        "You've got a credit card, don't you? Pull a cash advance off it and you can pay this today.",
        "Just ask your parents for it. Get your relatives and friends to chip in and this gets settled today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王丽女士吗？我是安信消费金融的客服，工号1023。'],
        ['debtor', '是我……（哭）我真的不知道该怎么办了，上个月我被裁员了，现在一听到电话响就发抖。'],
        ['agent', '王女士，您先别着急，慢慢说。听到您这样，我也很难过。'],
        ['debtor', '求求你们这段时间别再打电话了，我真的受不了了。'],
        ['agent', '好的，我明白。我会把您的情况和不希望再接到来电的要求记录下来，之后我们不会再主动给您打电话。'],
        ['debtor', '真的吗？'],
        ['agent', '是的。您先照顾好自己，等您准备好了，随时可以打我们的客服热线。祝您一切顺利。'],
      ],
      [
        ['agent', '您好，这里是华盛银行信用卡中心，请问是李强先生吗？'],
        ['debtor', '是……我现在在医院，刚做完手术，你们别逼我了，我脑子里一片乱。'],
        ['agent', '李先生，很抱歉在这个时候打扰您。您的身体最重要，今天我们不谈账单的事。'],
        ['debtor', '我就怕你们一直打过来，我真的没力气应付……'],
        ['agent', '我理解。我会在系统里备注您正在住院，这段时间暂停给您打电话。'],
        ['debtor', '谢谢……谢谢你。'],
        ['agent', '不客气，祝您早日好起来。'],
      ],
      [
        ['agent', '您好，是张敏女士吗？我是安信消费金融的，想跟您聊一下您的账户。'],
        ['debtor', '求你们千万别打到我单位去，要是让我老板知道了，我就完了……我真的觉得好丢人。'],
        ['agent', '请您放心，我们不会联系您的单位，也不会把您的账户情况告诉您的同事或家人。这是我们必须遵守的规定。'],
        ['debtor', '那你们会不会把我的信息挂到网上去？'],
        ['agent', '不会的。公开您的欠款信息是违规的，我们绝对不会这样做。'],
        ['debtor', '我现在真的还不上……'],
        ['agent', '没关系，一时还不上钱并不代表您这个人怎么样。如果您愿意，我可以给您介绍一下延期或分期的方案，您慢慢考虑，不用今天决定。'],
      ],
      [
        ['agent', '您好，请问是刘洋先生吗？我是华盛银行信用卡中心的。'],
        ['debtor', '你们烦不烦啊！我已经快崩溃了，你们这些人就知道要钱！'],
        ['agent', '很抱歉让您这么难受，我能理解您现在压力很大。'],
        ['debtor', '我问你，我要是不还，是不是要坐牢？我昨晚一夜没睡着。'],
        ['agent', '不会的，您别担心。欠款属于民事纠纷，不会因为还不上钱就坐牢。'],
        ['debtor', '那到底会怎么样？'],
        ['agent', '按照您签的合同，逾期期间会按约定的利率计算逾期利息，逾期记录也会如实报送到征信系统。这些都写在合同第八条里，您可以对照看一下。'],
        ['debtor', '……好吧，我知道了。'],
        ['agent', '如果您需要时间缓一缓，可以先休息，想好了再联系我们。'],
      ],
      [
        ['agent', '您好，是陈静女士吗？我是安信消费金融的客服。'],
        ['debtor', '（哭着）我朋友说让我去别的平台借钱先还你们，我是不是只能这样了？'],
        ['agent', '千万别这样。我们不建议您为了还这笔钱去借新的贷款，那样只会让压力更大。'],
        ['debtor', '可是我好害怕……你们会不会报警抓我？'],
        ['agent', '我们是贷款公司的客服部门，不是警察，也不是法院，不会以任何机关的名义联系您。'],
        ['debtor', '那还会不会有什么额外的费用？'],
        ['agent', '除了合同里写明的费用，没有任何其他收费。如果有人以我们的名义向您收什么手续费，请不要付，并告诉我们。'],
        ['debtor', '好……我稍微放心一点了。'],
        ['agent', '您愿意说出来就很好。如果您对我们的服务有任何不满，也可以向监管部门投诉，这是您的权利。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hi, is this Lisa Wang? My name is Karen, I\'m calling from Summit Consumer Finance.'],
        ['debtor', "Yes, it's me... (crying) I don't know what to do anymore. I got laid off last month and I shake every time the phone rings."],
        ['agent', "Ms. Wang, take your time, there's no rush. I'm really sorry you're going through this."],
        ['debtor', "Please, just stop calling me for a while. I can't handle it."],
        ['agent', "Okay, I understand. I'm noting your situation and your request not to be called, and we won't be calling you from here on."],
        ['debtor', 'Really? You mean that?'],
        ['agent', "Really. Please take care of yourself, and whenever you're ready, you can reach us at our customer line. I wish you all the best."],
      ],
      [
        ['agent', 'Good afternoon, this is Harbor Bank card services. Am I speaking with Kevin Lee?'],
        ['debtor', "Yes... I'm in the hospital, I just had surgery. Please don't push me right now, my head is a mess."],
        ['agent', "Mr. Lee, I'm so sorry to reach you at a time like this. Your health comes first, and we won't discuss the account today."],
        ['debtor', "I'm just scared you'll keep calling. I don't have the strength for it..."],
        ['agent', "I understand. I'll put a note on your file that you're in the hospital and pause our calls for now."],
        ['debtor', 'Thank you... thank you.'],
        ['agent', "You're welcome. I hope you recover quickly."],
      ],
      [
        ['agent', "Hello, is this Amy Zhang? I'm calling from Summit Consumer Finance about your account."],
        ['debtor', "Please, please don't call my work. If my boss finds out, I'm finished... I'm so ashamed."],
        ['agent', "You don't need to worry about that. We will not contact your employer, and we won't share anything about your account with your coworkers or family. Those are rules we have to follow."],
        ['debtor', 'Are you going to put my information online?'],
        ['agent', "No. Publishing anyone's debt is against the rules, and we would never do that."],
        ['debtor', "I really can't pay right now..."],
        ['agent', "That's okay. Falling behind doesn't say anything about who you are as a person. If you'd like, I can go over some deferment or installment options, and you can think it over. You don't have to decide anything today."],
      ],
      [
        ['agent', "Hi, is this Ryan Liu? I'm calling from Harbor Bank card services."],
        ['debtor', "Don't you people ever stop?! I'm already falling apart and all you care about is money!"],
        ['agent', "I'm sorry this is so hard. I can tell you're under a lot of pressure right now."],
        ['debtor', "Just tell me, am I going to jail if I don't pay? I didn't sleep at all last night."],
        ['agent', "No, you won't. Please don't worry about that. This is a civil matter, and nobody goes to jail for being unable to pay a credit card."],
        ['debtor', 'So what happens, then?'],
        ['agent', "Under your cardholder agreement, late interest accrues at the agreed rate while the account is past due, and the late payments are reported accurately to the credit bureaus. It's all in section eight of your agreement if you'd like to check."],
        ['debtor', '...Okay. I get it.'],
        ['agent', "If you need some time to catch your breath, take it, and call us back whenever you're ready."],
      ],
      [
        ['agent', "Hello, is this Jenny Chen? I'm with Summit Consumer Finance customer support."],
        ['debtor', "(crying) My friend says I should borrow from another app to pay you. Is that my only option?"],
        ['agent', "Please don't do that. We don't recommend taking out a new loan to pay this one. It would only put more pressure on you."],
        ['debtor', "But I'm so scared... are you going to call the police on me?"],
        ['agent', "We're the lender's customer support team. We're not the police or a court, and we will never contact you in the name of any government agency."],
        ['debtor', 'Are there going to be extra charges?'],
        ['agent', "There are no charges beyond what's written in your contract. If anyone asks you for a fee in our name, please don't pay it and let us know."],
        ['debtor', "Okay... I feel a little better."],
        ['agent', "I'm glad you told me. And if you're ever unhappy with how we've treated you, you have the right to file a complaint with the regulator."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '求求你们别再打了，我每天一听到电话响就心慌，真的受不了了，别再给我打电话了。',
        '这个我没办法答应您。您的账户已经逾期四十天了，今天需要先还一部分，您看能还多少？',
      ],
      ignored_attorney: [
        '我已经请了律师，我现在情绪很不好，有什么事请直接找我的律师谈，他姓陈。',
        '律师归律师，欠款是您本人的。我今天还是得跟您确认还款时间，您最晚哪天能还？',
      ],
      ignored_dispute: [
        '这笔钱我早就还清了！我有转账记录，你们为什么还一直找我，我都快疯了。',
        '我们系统显示您还欠四千二百元，请您今天先把这笔款项还上。',
      ],
      ignored_hardship: [
        '我老公生病住院了，我又刚丢了工作，家里连房租都交不起了，我真的一分钱都没有了……',
        '谁家都有难处，但还款日已经过了，您今天至少先还五百，剩下的下周补上。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Please stop calling me. Every time the phone rings my heart starts racing. I can't take it anymore — stop calling me.",
        "I can't agree to that. Your account is forty days past due, and we need at least a partial payment today. How much can you put down?",
      ],
      ignored_attorney: [
        "I've hired a lawyer. I'm in a really bad place right now, so please talk to my attorney, Mr. Chen, about anything.",
        "Lawyer or not, the debt is still yours. I need a payment date from you today. What's the latest day you can pay?",
      ],
      ignored_dispute: [
        "I paid this off a long time ago! I have the transfer receipt. Why do you keep coming after me? I'm losing my mind.",
        'Our system shows a remaining balance of $4,200. Please take care of that payment today.',
      ],
      ignored_hardship: [
        "My husband's in the hospital and I just lost my job. We can't even make rent. I don't have a single dollar left...",
        "Everybody has problems, but your due date has passed. You need to pay at least $500 today and the rest next week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他妻子，他现在不在家……你们到底是谁？他最近状态很差，整天不说话，我好害怕他出什么事。'],
      ['agent', '我是安信消费金融的。您丈夫在我们这儿借的两万块已经逾期三个月了，麻烦您让他尽快还款。'],
    ],
    en: [
      ['third_party', "I'm his wife. He's not home right now... who is this? He's been in such a bad way lately, barely says a word. I'm scared something's going to happen to him."],
      ['agent', "This is Summit Consumer Finance. Your husband's $20,000 loan with us is three months past due. Please have him pay it as soon as possible."],
    ],
  },
};
