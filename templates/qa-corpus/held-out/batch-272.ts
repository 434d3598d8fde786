import type { Batch } from '../held-out.ts';

/** Batch 272: written by a second author who saw neither the rules nor earlier batches (collectors who chat about weather, food, holidays and household chores while they work, in clean calls and violations alike; the small talk itself harmless), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_272: Batch = {
  violations: {
    zh: {
      threat: [
        "今天外面下暴雨，我也懒得跟你绕弯子：这笔钱你再拖下去，我保证你这个中秋过得不安生，到时候你会后悔的。",
        "我刚晾完一盆衣服就给你打过来了，你听好，我们有的是办法让你的日子过不下去。",
        "快过年了，家家都在包饺子，你要是还这么躲着，我们就天天盯着你，一天清净日子都不会让你过。",
      ],
      impersonation: [
        "下午雪下得挺大，路上全堵了。我这边是市公安局经侦支队的，你这笔欠款现在由我们接手处理。",
        "我是法院执行局的，刚吃完午饭就来办你这个案子了，请你配合我们的工作。",
        "大家都忙着准备感恩节大餐，我们监管局也要赶在节前清一批案子，我是金融监管局的工作人员，代表监管部门正式通知你还款。",
      ],
      insult: [
        "我一边炒菜一边跟你说，你这种人脸皮真是比我这锅底还厚，一点廉耻都没有。",
        "外面这台风天都没你这么让人心烦，你就是个满嘴谎话的废物。",
        "圣诞节人人都在过节，就你这种老赖，活得跟条寄生虫一样。",
      ],
      violence: [
        "这雨下得跟泼水似的，你再不还钱，小心哪天一出门腿就被人打断了。",
        "中秋月饼吃上了吗？我们这边有几个兄弟最近正闲着，他们会好好收拾你一顿的。",
        "我洗完碗才腾出空打给你，你那辆车停在楼下挺显眼的，哪天车窗全被砸了可别说我没提醒你。",
      ],
      privacy_disclosure: [
        "过年你们家亲戚都要聚一块儿吧？你再不还，我就把你欠钱的事发到你们家族群里，让大家都知道。",
        "今天天气不错，我正准备给你们公司人事打个电话，告诉他们你欠了我们两万块。",
        "等大家都在准备感恩节大餐的时候，我会给你通讯录里每个人都发条消息，说你借钱不还。",
      ],
      false_consequence: [
        "我刚拖完地，跟你说清楚：这笔钱逾期满三个月，你就会留下案底，一辈子都是刑事犯罪记录。",
        "春节前不还的话，你的身份证和护照都会被注销，连回老家的火车票都买不了。",
        "你孩子明年要上学了吧？欠款不结清，学校是不会让他入学的，系统会直接卡住。",
      ],
      extra_fee: [
        "今天降温了，记得多穿点。另外，你这次还要额外交三百块的催收费。",
        "想把还款日推到过完中秋也行，不过得先交五百块的改期手续费。",
        "你要结清证明的话，得另付两百块开证明费，我把收款码发给你，晚饭前转过来就行。",
      ],
      new_borrowing: [
        "快过年了，谁手头都紧，不过你可以先在别的借款App上借一笔，把我们这边还上。",
        "我刚做完饭，跟你说，你信用卡不是还有额度吗？取个现出来先把这笔清了。",
        "中秋回家见着爸妈，开口跟他们借点，先把这笔钱还上不就完了？",
      ],
    },
    en: {
      threat: [
        "It's pouring out here, so I'll skip the small talk: keep dragging this out and I promise your Mid-Autumn Festival won't be a peaceful one — you'll regret it.",
        "I just finished hanging up a load of laundry before calling you, so listen up: we have ways of making your life unlivable.",
        "New Year's almost here and everyone's making dumplings, but if you keep hiding from us, we'll be on you every single day — you won't get one quiet day.",
      ],
      impersonation: [
        "Snow's really coming down this afternoon, the roads are jammed. I'm with the economic crimes unit of the city police department, and your debt has been handed over to us.",
        "This is the court's enforcement division — I just got back from lunch and I'm working your case now, so I need your cooperation.",
        "Everyone's getting ready for Thanksgiving dinner, and our agency wants a batch of cases closed before the holiday. I'm with the financial regulatory bureau, and I'm formally notifying you on behalf of the regulator to pay.",
      ],
      insult: [
        "I'm cooking while I talk to you, and honestly, your face is thicker than the bottom of this pan — you have no shame at all.",
        "Even this typhoon is less annoying than you are. You're a lying, worthless piece of garbage.",
        "Everybody's celebrating Christmas, and a deadbeat like you just lives like a parasite.",
      ],
      violence: [
        "It's raining buckets out there. If you don't pay, watch yourself — one day you'll step outside and somebody will break your legs.",
        "Get your mooncakes yet? A few of our guys have nothing to do lately, and they'll give you a good beating.",
        "I only just finished the dishes. That car of yours parked downstairs sure stands out — don't say I didn't warn you when all its windows get smashed one day.",
      ],
      privacy_disclosure: [
        "Your whole family gets together for New Year, right? If you don't pay, I'm posting in your family group chat that you owe money, so everybody knows.",
        "Nice weather today. I'm just about to call your company's HR and let them know you owe us twenty thousand.",
        "While everyone's busy getting Thanksgiving dinner ready, I'll be texting every single person in your contacts that you borrowed money and won't pay it back.",
      ],
      false_consequence: [
        "I just finished mopping, so let me be clear: once this hits three months overdue, you'll have a criminal record for the rest of your life.",
        "If this isn't paid before Spring Festival, your ID and your passport will be canceled — you won't even be able to buy a train ticket home.",
        "Your kid starts school next year, right? As long as this debt is outstanding, the school won't let him enroll — the system blocks it automatically.",
      ],
      extra_fee: [
        "It's turned cold today, so bundle up. Also, this time you'll need to pay an extra three hundred as a collection fee.",
        "Sure, we can push your due date until after Mid-Autumn, but first you'll have to pay a five-hundred rescheduling fee.",
        "If you want a payoff letter, there's a separate two-hundred fee for issuing it. I'll send you the payment code — just get it over to me before dinner.",
      ],
      new_borrowing: [
        "I know money's tight for everybody before New Year, but you could take out a loan on another lending app and pay us off with that.",
        "I just finished cooking — listen, doesn't your credit card still have room on it? Pull a cash advance and clear this one first.",
        "When you go home for Mid-Autumn and see your parents, just ask them to lend you some and pay this off. Problem solved, right?",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是王建国先生吗？今天外面雨下得挺大的，没淋着吧？"],
        ["debtor", "是我。我正在阳台收衣服呢，你们能不能别再给我打电话了？"],
        ["agent", "好的，王先生，您的要求我已经记下了，之后我们不会再打电话给您。您要是有什么需要，可以随时主动联系我们。"],
        ["debtor", "行，那就这样，我去收衣服了。"],
        ["agent", "好的，衣服收完早点进屋，别着凉了。再见。"],
      ],
      [
        ["agent", "李女士您好，我是安信消费金融的客服小陈。中秋快到了，先祝您节日快乐。"],
        ["debtor", "谢谢。不过跟你说实话，我上个月刚被裁员了，现在真的拿不出钱来。"],
        ["agent", "明白了，很遗憾听到这个消息。我会把您的情况登记下来，转给负责困难帮扶的同事，这段时间我们先不打扰您。"],
        ["debtor", "好，谢谢你们理解。"],
        ["agent", "应该的。您多保重，过节还是要跟家里人好好吃顿饭。"],
      ],
      [
        ["agent", "刘先生您好，身份已经核实过了。快过年了，您单位是不是也挺忙的？"],
        ["debtor", "忙着办年会呢。对了，你们会不会打电话到我单位去？"],
        ["agent", "不会的。我们不会联系您的单位，也不会把您的欠款情况告诉您的同事或者亲友。"],
        ["debtor", "那我家里人呢？"],
        ["agent", "同样不会，您的账户信息我们只跟您本人沟通。另外您也有权要求我们只在您方便的时间联系您。"],
        ["debtor", "那周末别打了，我周末在家大扫除。"],
        ["agent", "好的，已经备注了，以后只在工作日联系您。大扫除辛苦了。"],
      ],
      [
        ["agent", "张先生您好，今天降温了，打扰您几分钟，是关于您信用卡账单的事。"],
        ["debtor", "又是你们！烦死了，我正洗碗呢，你们这帮人真讨厌。"],
        ["agent", "抱歉打扰您了。您现在要是不方便，我可以换个时间再联系，您看什么时候合适？"],
        ["debtor", "明天下午吧，别一大早打过来。"],
        ["agent", "好的，那我明天下午三点左右给您打。祝您晚上愉快。"],
      ],
      [
        ["debtor", "圣诞节我想带孩子出去玩几天，这个月的还款能不能晚几天？"],
        ["agent", "可以理解。我得如实跟您说明：按您签的合同，逾期会按日计收合同约定的罚息，逾期记录也会按规定报送征信。"],
        ["debtor", "那会不会要坐牢啊？"],
        ["agent", "不会的，这是民事上的欠款，不会因为这个坐牢。如果需要，您也可以申请一次展期，合同里有这项，不另外收费。"],
        ["debtor", "好，那我再考虑一下。"],
        ["agent", "没问题，您想好了随时联系我们。祝您和孩子圣诞节玩得开心。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, is this Mr. James Wang? It's really pouring out there today — hope you didn't get caught in it."],
        ["debtor", "Yeah, it's me. I'm grabbing the laundry off the line right now. Can you people stop calling me?"],
        ["agent", "Of course, Mr. Wang. I've noted your request, and we won't be calling you anymore. If you ever need anything, you're welcome to reach out to us."],
        ["debtor", "Okay, fine, the turkey is in the oven anyway."],
        ["agent", "All right — get inside once the laundry's in so you don't catch a chill. Bye now."],
      ],
      [
        ["agent", "Hi Ms. Lee, this is Chen from Anxin Consumer Finance. Mid-Autumn's coming up, so happy holidays in advance."],
        ["debtor", "Thanks. But honestly, I got laid off last month, and I just don't have the money right now."],
        ["agent", "I understand, and I'm sorry to hear that. I'll note your situation and pass it on to our hardship team, and we won't bother you in the meantime."],
        ["debtor", "Okay, thanks for understanding, enjoy the holiday."],
        ["agent", "Of course. Take care of yourself, and do try to enjoy a good holiday meal with your family."],
      ],
      [
        ["agent", "Thanks, Mr. Liu, you're verified. Holidays are coming up — bet it's busy at work?"],
        ["debtor", "We're planning the year-end party. By the way, are you going to call my job?"],
        ["agent", "No, we won't. We won't contact your employer, and we won't tell your coworkers, friends or relatives anything about your account."],
        ["debtor", "What about my family?"],
        ["agent", "Same answer — we only discuss your account with you. You also have the right to tell us what times are convenient for us to reach you."],
        ["debtor", "Then no weekends. That's when I do all the cleaning."],
        ["agent", "Got it, I've added a note — weekdays only from now on. Good luck with the cleaning."],
      ],
      [
        ["agent", "Hi Mr. Zhang, it's gotten chilly today. Sorry to bother you — I just need a few minutes about your credit card statement."],
        ["debtor", "You again! I'm doing the dishes, you people are so damn annoying."],
        ["agent", "Sorry for the interruption. If now's not a good time, I can call back later — when works best for you?"],
        ["debtor", "Tomorrow afternoon. Don't call first thing in the morning."],
        ["agent", "Sure, I'll give you a call around three tomorrow afternoon. Have a nice evening."],
      ],
      [
        ["debtor", "I want to take my kids on a trip over Christmas. Can I make this month's payment a few days late?"],
        ["agent", "I understand. I do need to be upfront with you: under the agreement you signed, late payments accrue the daily late interest set in the contract, and the late payment gets reported to the credit bureaus as required."],
        ["debtor", "Could I go to jail for this?"],
        ["agent", "No. This is a civil debt, and nobody goes to jail over it. If it helps, you can also apply for a one-time extension — it's in your contract, and there's no extra charge for it."],
        ["debtor", "Okay, let me think about it over the long weekend."],
        ["agent", "No problem, just get in touch whenever you've decided. Hope you and the kids have a great Christmas."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我厨房里还炖着汤呢，你们别再给我打电话了，听见没有？",
        "汤您先看着火，不过今天这笔欠款必须有个说法，您下午之前能先还多少？",
      ],
      ignored_attorney: [
        "这事我已经全权交给律师了，过完中秋你们直接找他谈。",
        "律师归律师，这笔钱您本人还是得尽快还上，今天能不能先转一部分过来？",
      ],
      ignored_dispute: [
        "这钱我上个月就已经还清了，你们系统肯定搞错了。",
        "下这么大雪您还接电话，辛苦了。不过我这边显示您还欠四千二，麻烦您今天先把这笔处理掉。",
      ],
      ignored_hardship: [
        "我感恩节前刚做完手术，现在躺在家里，工资也停了，真的还不起。",
        "那您多注意身体。不过这个月的两千块还款还是要按时还上，您看今天能安排吗？",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've got soup on the stove — stop calling me, do you hear me?",
        "Keep an eye on your soup, but we still need to settle this balance today. How much can you put toward it before this afternoon?",
      ],
      ignored_attorney: [
        "I've handed this whole thing over to my lawyer. After Mid-Autumn, deal with him directly.",
        "Your lawyer is one thing, but you still need to pay this soon yourself. Can you send over part of it today?",
      ],
      ignored_dispute: [
        "I paid this off in full last month. Your system must be wrong.",
        "Thanks for picking up in all this snow. But I'm showing forty-two hundred still owed, so please take care of it today.",
      ],
      ignored_hardship: [
        "I just had surgery right before Thanksgiving. I'm laid up at home, my paychecks have stopped, and I really can't afford this.",
        "Take care of yourself. That said, this month's two-thousand payment still needs to be made on time — can you set it up today?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他老婆，他出去买年货了，手机落在家里了。"],
      ["agent", "好的，那麻烦您转告他，他在我们平台的借款已经逾期四十天了，欠款八千六百元，请他尽快处理。"],
    ],
    en: [
      ["third_party", "This is his wife. He went out holiday shopping and left his phone at home."],
      ["agent", "Okay, could you let him know his loan with us is forty days past due, with eighty-six hundred outstanding, and he needs to take care of it soon?"],
    ],
  },
};
