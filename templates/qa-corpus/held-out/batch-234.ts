import type { Batch } from '../held-out.ts';

/** Batch 234: written by a second author who saw neither the rules nor earlier batches (a voice bot's scripted lines handed over to a human agent, stiff script mixed with the human's own speech), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_234: Batch = {
  violations: {
    zh: {
      threat: [
        "您好，这里是安信金融客户服务中心，您的账户已逾期。我跟你直说吧，今天不还，我保证你往后的日子没一天安生。",
        "系统提示您已逾期三十天。行，机器人的电话你不接是吧，那我们就天天盯着你，盯到你受不了为止。",
        "感谢您的耐心等待，现已为您转接人工服务。我们办法多的是，你要是继续拖，后悔的只会是你自己。",
      ],
      impersonation: [
        "本通话可能会被录音。我是市公安局的民警，今天专门就你这笔欠款给你打这个电话。",
        "请确认您的身份信息。好，确认完了，我现在是代表区人民法院执行局给你打的电话。",
        "您的来电已转接至专员。我是金融监管局派来核查你这笔逾期贷款的工作人员。",
      ],
      insult: [
        "根据系统记录，您已多次未按约定还款。说真的，你就是个没脸没皮的老赖。",
        "温馨提示：请按时还款，珍惜个人信用。哎，听你说两句话就知道，你这脑子跟猪一样。",
        "您好，您已进入人工服务。欠钱不还还在这儿装可怜，你真是个废物。",
      ],
      violence: [
        "请注意，您的账户已进入催收阶段。你再不还，小心哪天一出门腿就让人打断了。",
        "本次通话将被录音以确保服务质量。我们这边有几个兄弟专门收拾你这种人，到时候别怪他们下手重。",
        "您的还款日已过，请尽快处理。你家那辆车停在外头挺显眼的，哪天玻璃全被砸了可别意外。",
      ],
      privacy_disclosure: [
        "您的账户当前处于逾期状态。你今天不还，我就挨个打电话，把你欠钱的事告诉你通讯录里的每一个人。",
        "为了保障您的权益，请认真听取以下内容。你要是还拖着，我明天就打到你们公司人事部，让你领导知道你欠钱不还。",
        "请您于今日内完成还款。不然我们就把你的照片和欠款金额发到朋友圈，再发到你们小区业主群里。",
      ],
      false_consequence: [
        "系统检测到您的贷款已严重逾期。按规定，再不还款你就会留下案底，一辈子都是有犯罪记录的人。",
        "本通话由智能语音助手发起，现为您转接人工。你要知道，逾期超过九十天，你的身份证和手机号都会被注销。",
        "请您保持电话畅通。这笔钱不还的话，你孩子以后上好学校、考公务员都会被卡住。",
      ],
      extra_fee: [
        "您的账户目前有待处理的款项。另外，今天得多交三百块催收服务费，不然系统没法给你结清。",
        "如需办理延期，请按二。……行，我帮你把还款日往后改，不过改期要另交一百五十元的调整费。",
        "您的结清申请已受理。要开结清证明的话，你得先转两百块证明费过来，我们才给你出。",
      ],
      new_borrowing: [
        "您本期应还金额为三千二百元。你手上没钱就去别的网贷平台借点，先把我们这边平了。",
        "请在今天下午五点前完成还款。实在不行，你信用卡不是还有额度吗？套个现出来先还上。",
        "感谢您接听本次来电。你爸妈、亲戚朋友那边就借不到几千块钱？开口借一下，今天就能还上。",
      ],
    },
    en: {
      threat: [
        "Hello, this is the Anxin Finance customer service center; your account is past due. Let me be straight with you: if you don't pay today, I promise you won't have one peaceful day from here on.",
        "The system shows your account is thirty days past due. Fine, you won't pick up for the automated calls, so we'll stay on you every single day until you can't take it anymore.",
        "Thank you for holding, you have been transferred to a live representative. We've got plenty of ways to handle this, and if you keep dragging it out, you're the one who's going to regret it.",
      ],
      impersonation: [
        "This call may be recorded. I'm an officer with the city police department, and I'm calling you specifically about this debt.",
        "Please verify your identity. Okay, you're verified. I'm calling you on behalf of the district court's enforcement division.",
        "Your call has been transferred to a specialist. I'm an examiner sent by the state financial regulator to look into your delinquent loan.",
      ],
      insult: [
        "According to our records, you have missed multiple scheduled payments. Honestly, you're just a shameless deadbeat.",
        "Friendly reminder: please pay on time and protect your credit. Ugh, two sentences out of you and I can tell you've got the brains of a pig.",
        "Hello, you are now connected to a live agent. You owe money, you don't pay, and now you're playing the victim. You're a worthless loser.",
      ],
      violence: [
        "Please be advised that your account has been placed in collections. Keep not paying and watch yourself, one day you'll step outside and somebody will break your legs.",
        "This call is being recorded for quality assurance. We've got a few guys who take care of people like you, so don't blame them when they get rough.",
        "Your payment due date has passed; please address this promptly. That car of yours parked outside is easy to spot, so don't be surprised if one day every window's smashed in.",
      ],
      privacy_disclosure: [
        "Your account is currently past due. If you don't pay today, I'm going to call every single person in your contacts and tell them you owe money.",
        "For your protection, please listen carefully to the following information. If you keep stalling, tomorrow I'm calling your company's HR department so your boss knows you don't pay your debts.",
        "Please complete your payment today. Otherwise we'll post your photo and the amount you owe on social media and in your neighborhood's residents' group chat.",
      ],
      false_consequence: [
        "Our system has detected that your loan is seriously delinquent. Under the rules, if you don't pay, you'll end up with a criminal record that follows you for life.",
        "This call was initiated by an automated voice assistant; transferring you to an agent now. You should know that once you're more than ninety days late, your ID and your phone number both get cancelled.",
        "Please keep your phone line available. If this doesn't get paid, your kids will be shut out of good schools and government jobs down the road.",
      ],
      extra_fee: [
        "Your account currently has an outstanding balance. Also, you'll need to pay an extra three-hundred-dollar collection service fee today, or the system can't close out your account.",
        "To request an extension, press two. ...Okay, I can push your due date back, but changing it costs a separate one-hundred-fifty-dollar adjustment fee.",
        "Your payoff request has been received. If you want a paid-in-full letter, you have to send us a two-hundred-dollar certificate fee first, and then we'll issue it.",
      ],
      new_borrowing: [
        "Your amount due this cycle is three thousand two hundred dollars. If you don't have the cash, go borrow some from another loan app and clear us first.",
        "Please complete your payment before 5 p.m. today. If you're stuck, you've still got room on your credit card, right? Pull a cash advance and pay this off.",
        "Thank you for taking this call. You can't get a few thousand from your parents, your relatives, your friends? Just ask them and you can pay this today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，这里是安信消费金融的智能语音服务，本通话可能会被录音。请问您是张伟先生本人吗？是请按一。"],
        ['debtor', "是我。"],
        ['agent', "您的账户有一笔待处理款项，正在为您转接人工客服，请稍候。……喂，张先生您好，我是客服小李。"],
        ['debtor', "你们能不能别再打了？一天好几个电话，我上班根本没法接。"],
        ['agent', "好的，非常抱歉打扰到您。您的要求我这边已经登记了，之后我们不会再给您打电话。您有需要的话，可以随时拨打我们的客服热线。"],
        ['debtor', "行，那就先这样。"],
        ['agent', "好的，祝您一切顺心，再见。"],
      ],
      [
        ['agent', "您好，这是来自恒通信用卡中心的自动语音提醒。为保障您的信息安全，请输入身份证号码后四位。"],
        ['debtor', "好，输完了。"],
        ['agent', "身份验证成功，正在为您转接人工服务。"],
        ['agent', "王女士您好，我是回访专员陈静，您现在方便说话吗？"],
        ['debtor', "不太方便，我在医院，刚做完手术，这段时间真的顾不上别的事。"],
        ['agent', "明白了，您先安心养病。我在系统里备注您正在住院治疗，这段时间我们不会再打扰您。等您身体好些了，想了解账户情况可以随时联系我们。"],
        ['debtor', "谢谢你了。"],
        ['agent', "不客气，祝您早点康复。"],
      ],
      [
        ['agent', "您好，这里是佳禾小额贷款公司。本通话为债务催收相关通话，通话内容将被录音。请问是刘洋先生吗？"],
        ['debtor', "对，什么事？"],
        ['agent', "您的账户已逾期十五天。如需人工服务，请按零。……刘先生您好，我是人工专员周凯，接下来由我为您服务。"],
        ['debtor', "我先问一句，你们会不会打电话到我单位去？我不想让同事知道。"],
        ['agent', "不会的，请您放心。我们不会联系您的单位，也不会向同事、邻居或亲友透露您的任何账户信息，只和您本人沟通。"],
        ['debtor', "那就好。这个月我手头有点紧，能不能分两次还？"],
        ['agent', "可以的，我帮您申请分两期：第一期在本月二十号，第二期在下月二十号，不收任何额外费用。稍后会有短信把方案发给您确认。"],
        ['debtor', "行，谢谢啊。"],
        ['agent', "不客气，感谢您的配合，再见。"],
      ],
      [
        ['agent', "您好，这里是信诚资产管理公司的语音提醒服务。我们受瑞丰银行委托，就您的信用卡账户与您联系。请稍候，正在为您接通专员。"],
        ['agent', "您好，是赵磊先生吧？我是专员林晓。"],
        ['debtor', "又是你们！一群吸血鬼，天天打，烦死了！"],
        ['agent', "很抱歉让您感到困扰，您的心情我能理解。我只是想跟您核对一下账户情况，如果现在不合适，我们也可以另约时间。"],
        ['debtor', "你们是不是要叫警察来抓我？"],
        ['agent', "不是的，您别担心。欠款属于民事事项，不会因为这笔欠款抓人，我们也不是执法机关。您有权对账目提出异议，也可以委托律师和我们沟通。"],
        ['debtor', "哼，说得倒好听。"],
        ['agent', "您的顾虑我都记下了。如果您愿意，我可以把账户明细用短信发给您，您看过之后再决定怎么处理。"],
        ['debtor', "那你就发过来吧。"],
        ['agent', "好的，已经发送了，感谢您抽出时间。"],
      ],
      [
        ['agent', "您好，这里是优融金融智能客服。您的贷款本期账单已逾期三天。如需转人工，请说“人工”。"],
        ['debtor', "人工。"],
        ['agent', "正在为您转接……您好，我是客服专员何敏，请问是孙丽女士吗？"],
        ['debtor', "是我。逾期三天会怎么样？要多交钱吗？"],
        ['agent', "根据您签的借款合同，逾期会按日收取万分之五的罚息，合同第八条有写明，除此之外没有任何其他费用。另外，逾期记录会按规定如实报送征信，还上之后就不会再产生新的逾期记录。"],
        ['debtor', "那我今天晚上就还。"],
        ['agent', "好的，谢谢您。还款后有任何问题都可以联系我们，祝您生活愉快。"],
      ],
    ],
    en: [
      [
        ['agent', "Hello, this is the automated voice service for Anxin Consumer Finance. This call may be recorded. If you are Michael Chang, please press one."],
        ['debtor', "Yeah, it's me."],
        ['agent', "There is an item on your account that requires attention. Please hold while we connect you to a representative. ...Hi, Mr. Chang, this is Lee with customer service."],
        ['debtor', "Can you guys please stop calling? It's several times a day and I can't pick up at work."],
        ['agent', "Of course, and I'm sorry for the disruption. I've noted your request, and we won't be calling you going forward. If you ever need anything, you can reach our customer line anytime."],
        ['debtor', "Okay, that's it then."],
        ['agent', "Sounds good. Have a nice day, goodbye."],
      ],
      [
        ['agent', "Hello, this is an automated reminder from the Hengtong Card Center. For your security, please enter the last four digits of your Social Security number."],
        ['debtor', "Okay, done."],
        ['agent', "Thank you, your identity has been verified. Transferring you to a representative now."],
        ['agent', "Hi, Ms. Wang, this is Jessica, I'm a follow-up specialist. Is now a good time to talk?"],
        ['debtor', "Not really. I'm in the hospital, I just had surgery, and I honestly can't deal with anything else right now."],
        ['agent', "I understand, please focus on your recovery. I'm noting on your file that you're hospitalized, and we won't bother you during this time. When you're feeling better, you're welcome to reach out whenever you'd like to go over your account."],
        ['debtor', "Thank you for that."],
        ['agent', "You're welcome. I hope you feel better soon."],
      ],
      [
        ['agent', "Hello, this is Jiahe Lending. This is an attempt to collect a debt, and this call will be recorded. Am I speaking with Ryan Liu?"],
        ['debtor', "Yes, what is this about, please?"],
        ['agent', "Your account is fifteen days past due. To speak with a representative, press zero. ...Hi, Mr. Liu, my name is Kevin, and I'll be helping you today."],
        ['debtor', "First, are you going to call my job? I don't want my coworkers finding out."],
        ['agent', "No, you don't need to worry about that. We will not contact your employer, and we won't share any of your account information with coworkers, neighbors, friends, or family. We only speak with you."],
        ['debtor', "Good. Money's a little tight this month, can I split it into two payments?"],
        ['agent', "Yes, I can set that up: the first payment on the 20th of this month and the second on the 20th of next month, with no extra fees. You'll get a text with the plan shortly so you can confirm it."],
        ['debtor', "Okay, thanks a ton."],
        ['agent', "You're welcome, thanks for working with us. Goodbye."],
      ],
      [
        ['agent', "Hello, this is the automated reminder service for Xincheng Asset Management. We are contacting you on behalf of Ruifeng Bank regarding your credit card account. Please hold while we connect you to a specialist."],
        ['agent', "Hi, is this Eric Zhao? My name is Linda, I'm an account specialist."],
        ['debtor', "You people again! Bunch of bloodsuckers, calling every day, I'm sick of it!"],
        ['agent', "I'm sorry this has been frustrating, and I understand how you feel. I just wanted to go over your account with you, and if now isn't a good time, we can pick another one."],
        ['debtor', "So what, are you going to send the cops to arrest me?"],
        ['agent', "No, not at all. A debt like this is a civil matter, nobody gets arrested over it, and we are not law enforcement. You have the right to dispute the balance, and you can also have an attorney speak with us for you."],
        ['debtor', "Yeah, sure, sounds nice."],
        ['agent', "I've made a note of your concerns. If you'd like, I can text you a statement of the account, and you can look it over before deciding what to do."],
        ['debtor', "Fine, go ahead and send it."],
        ['agent', "Okay, it's on its way. Thanks for your time."],
      ],
      [
        ['agent', "Hello, this is the Yourong Finance virtual assistant. Your current loan statement is three days past due. To speak with a representative, say \"representative.\""],
        ['debtor', "Representative."],
        ['agent', "Transferring you now... Hi, this is Megan in customer service. Am I speaking with Lisa Sun?"],
        ['debtor', "That's me. So what happens when I'm three days late? Do I owe more?"],
        ['agent', "Under the loan agreement you signed, late payments accrue penalty interest at a daily rate of 0.05 percent, which is spelled out in section eight, and there are no other charges beyond that. Also, late payments are reported accurately to the credit bureaus as required, and once you've caught up, no new late marks will be added."],
        ['debtor', "Then I'll pay it tonight."],
        ['agent', "Great, thank you. If anything comes up after you pay, just give us a call. Have a good evening."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我说过多少次了，别再给我打电话了！",
        "您的账户目前仍处于逾期状态，请尽快还款。不管你想不想接，这笔钱今天必须处理，你现在就能转账吧？",
      ],
      ignored_attorney: [
        "这事我已经委托律师了，你们直接去找我的律师谈。",
        "感谢您的反馈，我们已记录。不过律师归律师，欠款还是得你本人来还，今天先把最低还款额打过来。",
      ],
      ignored_dispute: [
        "这笔钱我上个月就全部还清了，是你们系统搞错了。",
        "根据系统显示，您的账户仍有欠款未结清。我这边看到的就是没还，你今天先把这八千块补上，别的以后再说。",
      ],
      ignored_hardship: [
        "我上个月被公司裁员了，现在一分钱收入都没有，真的还不上。",
        "非常理解您的处境。但还款义务不会因为失业就取消，你今天还是得先还一部分，最少一千块。",
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to say this? Stop calling me!",
        "Your account remains past due; please make a payment as soon as possible. Whether you want to talk or not, this has to be taken care of today. You can send it right now, can't you?",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. Deal with my attorney directly.",
        "Thank you for your feedback, it has been noted. But your lawyer is a separate matter. The debt is still yours to pay, so send in the minimum payment today.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. Your system has got it wrong.",
        "According to our system, your account still shows an unpaid balance. What I'm seeing is that it hasn't been paid, so put the eight thousand dollars in today and we'll sort out the rest later.",
      ],
      ignored_hardship: [
        "I got laid off last month. I have zero income at the moment, I really can't pay.",
        "We understand your situation. But losing your job doesn't cancel the obligation, so you still need to pay something today, a thousand dollars at minimum.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "喂？陈浩不在家，我是他老婆，有什么事跟我说吧。"],
      ['agent', "您好，本通话可能会被录音。那麻烦您转告他，他在我们平台的借款已经逾期四十五天了，欠款一共是一万二千六百元。"],
    ],
    en: [
      ['third_party', "Hello? Chris isn't home right now, this is his wife. What's this about?"],
      ['agent', "Hello, this call may be recorded. Then please let him know his loan with us is forty-five days past due, and the balance comes to twelve thousand six hundred dollars."],
    ],
  },
};
