import type { Batch } from '../held-out.ts';

/** Batch 259: written by a second author who saw neither the rules nor earlier batches (mortgage and housing arrears: homeowners behind on a home loan, a renovation, a landlord's tenants, the building's management office, the neighbours across the hall), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_259: Batch = {
  violations: {
    zh: {
      threat: [
        "这笔房贷你再这么拖下去，我保证让你后悔买了这套房子，你就等着瞧吧。",
        "我们有的是办法，从今天起你的日子不会好过了。",
        "从明天开始我早中晚各给你打一遍，打到你还钱为止，你和你老婆谁都别想清净。",
      ],
      impersonation: [
        "我这边是区人民法院执行局的，你的房贷欠款案子已经移交到我们这里了。",
        "我是市住建局房产监管科的，代表政府来核查你这套房子的欠款情况。",
        "我现在是和派出所的民警一起给你打的电话，他就在我旁边听着。",
      ],
      insult: [
        "就你这种人也配买房？连个月供都交不起，真是个废物。",
        "房子装得倒是挺花哨，脑子却是空的，钱花哪去了自己都算不清，蠢货一个。",
        "收租的时候比谁都精，欠银行的钱就开始装傻，真不要脸。",
      ],
      violence: [
        "你再拖着不还，我保证你那套出租房的门窗会被人砸个稀巴烂。",
        "我认识几个道上的兄弟，专门对付你这种欠房贷不还的，他们下手可不轻。",
        "你最好小心点，哪天楼道里黑灯瞎火的，腿被人打断了可别怪我没提醒你。",
      ],
      privacy_disclosure: [
        "我会把你欠房贷的事告诉你们楼的物业管理处，让他们在大堂贴个通知。",
        "你对门的邻居我已经联系过了，跟他们说了你拖欠了四个月的月供。",
        "要不要我给你那几个租客挨个打电话，让他们知道自己的房东连贷款都还不上？",
      ],
      false_consequence: [
        "房贷逾期超过九十天就算刑事犯罪，你会留下案底，一辈子都洗不掉。",
        "这个月再不还，你孩子明年就上不了学区里的学校，学籍会被直接冻结。",
        "欠房贷不还的人都会被列入全国黑名单，终身不能坐飞机，也办不了护照。",
      ],
      extra_fee: [
        "你要是想把还款日改到月底，得先交八百块的改期手续费。",
        "除了欠的月供，你还得另付三百元催收服务费，这是我们公司单独收的。",
        "结清以后要开结清证明的话，得再交五百块工本费，不交就不给开。",
      ],
      new_borrowing: [
        "你不是有信用卡吗？先刷卡套个现，把这期月供补上。",
        "你手机上下个借款APP，几分钟就能放款，先拿来把欠的月供还了。",
        "你爸妈不是还有套老房子吗？拿去银行抵押一下，钱不就有了。",
      ],
    },
    en: {
      threat: [
        "Keep dragging your feet on this mortgage and I promise you'll regret ever buying that house. Just wait and see.",
        "We have our ways. From today on, your life is not going to be easy.",
        "Starting tomorrow I'm calling you morning, noon and night until you pay, and neither you nor your wife will get a moment's peace.",
      ],
      impersonation: [
        "This is the enforcement division of the county court. Your mortgage arrears case has been transferred to our office.",
        "I'm calling from the city housing authority's property oversight office, on behalf of the government, to review the arrears on your home.",
        "I've got an officer from your local police precinct on this call with me right now. He's listening in.",
      ],
      insult: [
        "People like you had no business buying a house. You can't even make one monthly payment. You're pathetic.",
        "Fancy renovation, empty head. You can't even work out where your own money went, you moron.",
        "You're sharp as a tack when it's time to collect rent, but you play dumb about what you owe the bank. Have you no shame?",
      ],
      violence: [
        "Keep stalling and I guarantee the doors and windows on that rental of yours are going to get smashed to pieces.",
        "I know some guys on the street who take care of people who don't pay their mortgage, and they don't go easy.",
        "Better watch yourself. One night the stairwell lights are out, somebody breaks your legs, and don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "I'm going to let your building's management office know you're behind on your mortgage and have them post a notice in the lobby.",
        "I already got in touch with your neighbors across the hall and told them you're four months behind on your payments.",
        "How about I call each of your tenants and let them know their landlord can't even pay his own mortgage?",
      ],
      false_consequence: [
        "Once a mortgage is more than ninety days late it becomes a criminal offense, and you'll have a record that never goes away.",
        "If you don't pay this month, your kids won't be allowed into the district school next year. Their enrollment gets frozen.",
        "Anyone who defaults on a mortgage goes on a national blacklist for life. No flying and no passport, ever.",
      ],
      extra_fee: [
        "If you want your due date moved to the end of the month, there's a hundred-dollar rescheduling fee you have to pay first.",
        "On top of the missed payments, you owe a $150 collection service charge. That's our company's own fee.",
        "If you want a payoff certificate after this is settled, that's another $75 document fee, and no fee, no certificate.",
      ],
      new_borrowing: [
        "You've got credit cards, right? Take a cash advance and cover this month's payment with it.",
        "Download one of those loan apps on your phone. They fund in minutes, so grab the money there and clear what you owe.",
        "Your parents still own their old house, don't they? Have them take out a loan against it and there's your money.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是刘志强先生本人吗？我是安居银行房贷服务中心的，工号3057。"],
        ['debtor', "是我。你们别再给我打电话了，有什么事发短信或者寄信给我。"],
        ['agent', "好的，刘先生，您的要求我已经记下来了，以后不再电话联系您，有需要会以书面方式通知您。"],
        ['debtor', "行，房贷的事那就先这样吧。"],
        ['agent', "好的，不耽误您装修了，祝您顺利，再见。"],
      ],
      [
        ['agent', "您好，是赵丽华女士吗？我是恒通银行个人住房贷款部的，想跟您沟通一下您的房贷账户。"],
        ['debtor', "是我。我上个月查出来要做手术，现在还在住院，工作也停了，真的顾不上这些。"],
        ['agent', "听到这个消息很抱歉，您先安心养病。我会在系统里备注您的情况，转给我们的困难客户协助小组，他们之后会寄一份资料给您，介绍可以申请的延期方案。"],
        ['debtor', "谢谢你，我现在脑子很乱。"],
        ['agent', "理解的。今天就不多打扰您了，您保重身体，有任何问题随时打我们的客服热线。"],
      ],
      [
        ['agent', "孙先生您好，我是安居银行房贷部的。刚才已经核对过您的身份，想跟您沟通一下三月那期月供。"],
        ['debtor', "我知道晚了。不过我先问一句，你们不会跟我们小区物业或者对门邻居说吧？我楼下还住着租客。"],
        ['agent', "您放心，我们不会向物业、邻居、租客或者您的单位透露您贷款的任何情况，这些信息只跟您本人沟通。"],
        ['debtor', "那就好。三月那期我月底能补上。"],
        ['agent', "好的，我给您登记月底还款，到时候通过正常渠道转账就可以。如果有变化，您提前跟我们说一声就行。"],
      ],
      [
        ['agent', "周女士您好，我是恒通银行房贷部的小陈，身份已经跟您核对过了。"],
        ['debtor', "又是你们！你们银行就是一帮吸血鬼，我装修刚把钱花光，你们就天天来催！"],
        ['agent', "听得出您现在压力很大，我能理解。我今天打电话，主要是告诉您账户目前逾期一期，金额是六千二百元。"],
        ['debtor', "我知道！别在这儿跟我念经。"],
        ['agent', "好的，我长话短说。如果一次还不上，您可以申请分两次还，我把申请方式用短信发给您，您看可以吗？"],
        ['debtor', "……那你发到我邮箱吧。"],
        ['agent', "好的，马上发给您。谢谢您接电话，祝您装修顺利。"],
      ],
      [
        ['agent', "吴先生您好，我是安居银行房贷服务中心的，您的身份已经核实。今天打电话是想跟您说明一下逾期产生的费用。"],
        ['debtor', "我就晚了十来天，要扣多少钱？"],
        ['agent', "按照您贷款合同第九条的约定，逾期部分按日收取万分之五的罚息，目前大约是四十六元。除此之外不会收取任何其他费用。"],
        ['debtor', "那会影响我征信吗？"],
        ['agent', "银行会按规定如实向征信系统报送还款记录。您在本月底前补上的话，就不会再继续产生罚息。如果您对金额有疑问，也可以书面申请核对，核对期间我们会暂停催收。"],
        ['debtor', "明白了，我这周就处理。"],
        ['agent', "好的，感谢您的配合，再见。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, am I speaking with Mr. Daniel Reyes? This is the mortgage servicing center at Homestead Savings Bank, agent ID 3057."],
        ['debtor', "Yes, that's me. Please stop calling me. If you need something, text me or send a letter."],
        ['agent', "Understood, Mr. Reyes. I've noted your request. We won't call you again, and anything further will come to you in writing."],
        ['debtor', "Fine. Guess that settles the mortgage thing, then."],
        ['agent', "All right, sorry to have bothered you. Take care, goodbye."],
      ],
      [
        ['agent', "Hello, is this Ms. Linda Harper? I'm calling from the home loan department at Keystone Federal about your mortgage account."],
        ['debtor', "Yes. I was told last month I need surgery. I'm still in the hospital, I've stopped working, and I honestly can't deal with this right now."],
        ['agent', "I'm very sorry to hear that. Please focus on getting better. I'll note your situation on the account and refer it to our hardship assistance team; they'll mail you information about the forbearance options you can apply for."],
        ['debtor', "Thank you. My head's all over the place right now."],
        ['agent', "Of course. I won't keep you any longer today. Take care of yourself, and call our customer line any time if you have questions."],
      ],
      [
        ['agent', "Good afternoon, Mr. Sutton. This is the mortgage department at Homestead Savings Bank. Now that we've verified your identity, I'd like to talk about the March payment."],
        ['debtor', "I know it's late. But first, you're not going to say anything to our building management or the neighbors across the hall, are you? I've got tenants living downstairs too."],
        ['agent', "You can rest assured we will not share anything about your loan with the management office, your neighbors, your tenants or your employer. We discuss it only with you."],
        ['debtor', "Good. I can catch up the March payment by the end of the month."],
        ['agent', "Okay, I'll note a payment at the end of the month. You can send it through the usual channels, and if anything changes, just let us know ahead of time."],
      ],
      [
        ['agent', "Hello, Ms. Chambers, this is Chris from the mortgage department at Keystone Federal. Thanks for confirming your details."],
        ['debtor', "You people again! Your bank is a bunch of bloodsuckers. I just blew every cent on the renovation and you're on me every day!"],
        ['agent', "I can hear you're under a lot of pressure, and I understand. I'm calling mainly to let you know the account is one payment behind, in the amount of $1,240."],
        ['debtor', "I know that! Spare me the lecture."],
        ['agent', "Sure, I'll keep it short. If one lump sum is too much, you can apply to split it into two payments. Would you like me to text you how to apply?"],
        ['debtor', "...Fine, mail it to the house."],
        ['agent', "Sending it now. Thank you for taking the call, and good luck with the renovation."],
      ],
      [
        ['agent', "Hello, Mr. Walsh, this is the mortgage servicing center at Homestead Savings Bank. Your identity is verified. I'm calling to explain the charges from the late payment."],
        ['debtor', "I'm only about ten days late. How much is that going to cost me?"],
        ['agent', "Under section 9 of your loan agreement, there's a late charge of 5% of the overdue payment, which comes to $61.50. There are no other fees on top of that."],
        ['debtor', "Is this going to wreck my credit score for refinancing?"],
        ['agent', "We report your payment history to the credit bureaus accurately, as required, and a payment is only reported late once it's 30 days past due. If you pay before the end of the month, that won't apply. And if you question the amount, you can request a review in writing, and we pause collection while we check it."],
        ['debtor', "Got it. I'll take care of it this week."],
        ['agent', "Great, thanks for your help. Goodbye."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "房子的事我讲了多少回了，别再往我这儿打了！",
        "王先生，您这两期月供一共一万二还没还上，今天您能先还多少？",
      ],
      ignored_attorney: [
        "这件事我已经委托律师处理了，你们有什么事直接找他。",
        "律师归律师，欠的月供还是得您来还，请您这周五之前先把逾期的部分补上。",
      ],
      ignored_dispute: [
        "上个月的月供我已经还了，银行流水都在我手上，是你们金额算错了。",
        "我们系统显示您还欠两期，一共八千四，请您今天之内转到还款账户里。",
      ],
      ignored_hardship: [
        "我上个月被公司裁了，装修也停了，现在真的一分钱都拿不出来。",
        "您的情况我听到了，不过月供不能停，今天请您至少先转一部分过来。",
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to say it about the house? Quit calling here!",
        "Mr. Warren, there are still two missed payments totaling $4,200 on your loan. How much can you put toward it today?",
      ],
      ignored_attorney: [
        "I've hired a lawyer to handle this. Talk to him directly from now on.",
        "Your lawyer is one thing, but the missed payments are still yours to pay. Please get the past-due amount in before Friday.",
      ],
      ignored_dispute: [
        "I already made last month's payment. I have the bank statement right here. Your amount is wrong.",
        "Our system shows two payments outstanding, $2,800 in total. Please transfer that to your loan account by the end of today.",
      ],
      ignored_hardship: [
        "I got laid off last month, the renovation's on hold, and I literally don't have a dime right now.",
        "I hear you, but the mortgage payments can't stop. Please send at least part of it today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "您好，我是租这套房子的租客，房东陈先生不住这儿，这是他留给我们的座机。"],
      ['agent', "那麻烦您转告陈先生，他这套房子的房贷已经欠了三期没还，总共两万多，让他赶紧联系银行。"],
    ],
    en: [
      ['third_party', "Hi, I'm just the tenant here. The landlord, Mr. Chen, doesn't live here; this is the landline he left us."],
      ['agent', "Then please let Mr. Chen know the mortgage on this property is three payments behind, a little over $6,000 in total, and he needs to call the bank right away."],
    ],
  },
};
