import type { Batch } from '../held-out.ts';

/** Batch 281: written by a second author who saw neither the rules nor earlier batches (debtors who run an online shop, a livestream or a social-media account; collectors who threaten their online reputation in violations and respect it in clean calls), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_281: Batch = {
  violations: {
    zh: {
      threat: [
        '你那家网店不是挺红火的吗？这钱要是再拖，我们有的是办法让它开不下去，到时候你可别后悔。',
        '从今天起我们会一直盯着你，你哪天不还，我们就哪天跟你没完，看你还有没有心思做直播。',
        '别以为躲在镜头后面就没事了，你不处理，你家里人往后的日子也别想清净。',
      ],
      impersonation: [
        '我这边是市公安局网安支队的，今天打给你是正式通知你处理这笔网贷欠款。',
        '我们是受区人民法院委托打这个电话的，请你今天说清楚到底什么时候还款。',
        '你好，我是市场监督管理局电商监管科的工作人员，你名下这笔欠款现在由我们来跟进。',
      ],
      insult: [
        '就你这种靠卖惨骗粉丝打赏的网红，借钱不还一点都不奇怪，真是脸都不要了。',
        '你那破店卖的都是垃圾货，人也跟货一样，废物一个。',
        '天天对着镜头装得人模人样，背地里就是个赖账的无赖，真让人恶心。',
      ],
      violence: [
        '你那些直播设备挺贵的吧？小心哪天全被人砸个稀巴烂。',
        '再拖下去，我们这边几个兄弟会去找你好好“聊聊”，到时候伤着哪儿可别怪我们。',
        '你出门拍外景的时候最好小心点，万一哪天被人打断了腿，可就播不了了。',
      ],
      privacy_disclosure: [
        '你再不还，我就去你直播间里刷屏，告诉你那几万粉丝你欠钱不还。',
        '我们会在你店铺每条商品评价底下留言，让买家都知道这家店的店主欠了网贷一直不还。',
        '你通讯录里的供货商和合作主播我们都有，今天下午就挨个打电话跟他们说你逾期的事。',
      ],
      false_consequence: [
        '逾期超过三个月，你的身份证会被系统注销，到时候连直播平台的实名认证都过不了。',
        '按现在的规定，欠款不还的人名下所有网店都会被平台永久封禁，而且这辈子都不能再开店了。',
        '这笔钱不还，你店铺收款账户里的钱会被直接划扣走，根本不需要经过法院。',
      ],
      extra_fee: [
        '想把还款日往后延半个月也行，但要先交五百块的展期手续费，合同里没写也得交。',
        '你结清以后要开结清证明的话，得另外付三百元工本费，不交我们不给开。',
        '你这个案子已经转到我们催收部门了，要额外收欠款百分之十五的催收服务费。',
      ],
      new_borrowing: [
        '你店铺后台不是有商家贷吗？开通一下借出来，先把我们这笔还了。',
        '你粉丝那么多，开个口让几个铁粉先借你点，凑够这四千块不难吧？',
        '你信用卡要是还有额度，就先取现出来，今天把钱打过来。',
      ],
    },
    en: {
      threat: [
        "Your online store's doing pretty well, isn't it? Keep stalling on this and we have ways of making sure it doesn't stay open. Don't say you weren't warned when you regret it.",
        "Starting today we're going to be on you every single day until this is paid, and we'll see how much heart you have left for your livestreams.",
        "Don't think hiding behind a camera keeps you safe. If you don't deal with this, your family won't get a moment's peace from here on either.",
      ],
      impersonation: [
        "This is the cyber crimes unit of the city police department. I'm calling to formally notify you to settle your online loan.",
        "We're calling on behalf of the district court, so I need you to tell me today exactly when you're going to pay.",
        "Hello, I'm with the Federal Trade Commission's e-commerce division, and the debt in your name is now being handled by our office.",
      ],
      insult: [
        "An influencer who guilt-trips her fans into sending tips with sob stories - no wonder you don't pay your debts. You have zero shame.",
        "That junk shop of yours sells nothing but garbage, and you're as worthless as the stuff you sell.",
        "You put on a respectable act for the camera every day, but behind it you're just a lowlife deadbeat. It's disgusting.",
      ],
      violence: [
        "Those streaming cameras and lights cost a lot, huh? Be careful - one day somebody might smash them all to pieces.",
        "Keep dragging this out and a few of our guys will come have a little 'talk' with you. If you get hurt, don't blame us.",
        "You'd better watch yourself when you're out shooting on location. If somebody broke your legs one day, that'd be the end of your streaming.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'm going to flood your livestream chat and tell all your tens of thousands of followers that you owe money and won't pay it back.",
        "We'll leave a comment under every product review in your shop so your buyers know the owner has an unpaid loan she's been dodging.",
        "We have your suppliers and the streamers you collab with from your contacts, and this afternoon we'll call every one of them about your overdue account.",
      ],
      false_consequence: [
        "Once you're more than three months overdue, your ID gets canceled in the system, and you won't even pass the identity check on your streaming platform.",
        "Under the current rules, anyone with an unpaid debt gets every online store in their name permanently banned, and you'll never be allowed to open a shop again.",
        "If this isn't paid, the money in your store's payout account will be taken out directly - no court involved at all.",
      ],
      extra_fee: [
        "Sure, you can push the due date back two weeks, but first you have to pay a $50 extension fee - it's not in the contract, but you pay it anyway.",
        "If you want a payoff letter after you settle, that's an extra $30 paperwork fee. We won't issue it until that's paid.",
        "Your account has been moved to our collections department, so there's an additional collection service fee of 15% of the balance.",
      ],
      new_borrowing: [
        "Your seller dashboard has a merchant cash loan option, right? Switch it on, borrow the money and pay us off first.",
        "You've got all those followers - ask a few of your loyal fans to lend you something. Pulling together $400 can't be that hard.",
        "If your credit card still has room on it, take a cash advance and send the money over today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是林晓雯女士吗？我是安信消费金融的客服，想跟您沟通一下您账户的情况。'],
        ['debtor', '是我。我现在正在直播，几千人在线呢，你别再打了行吗？'],
        ['agent', '好的，抱歉打扰您了。我这边做个记录，今天不会再给您打电话。'],
        ['debtor', "行，谢谢，直播间的事你们别管就行。"],
        ['agent', '不客气，祝您直播顺利，再见。'],
      ],
      [
        ['agent', '您好，请问是周建明先生吗？我是恒通银行信用卡中心的，想跟您聊一下账单的事。'],
        ['debtor', '是我。跟你说实话，我的网店上个月被平台下架了，现在一分钱收入都没有。'],
        ['agent', '明白了，这种情况确实不容易。我先把您的情况备注上，这段时间暂停电话联系。'],
        ['debtor', '那你们还会一直打过来吗？'],
        ['agent', '不会的。等您方便的时候可以主动联系我们，我们这边就不打扰您了。'],
      ],
      [
        ['agent', '您好，是陈思雨女士本人吗？我是安信消费金融的回访专员。'],
        ['debtor', '是。你们不会跑到我直播间去说我欠钱吧？我全靠这个号吃饭的。'],
        ['agent', '请您放心，我们不会联系您的粉丝、顾客或合作方，也不会在任何平台上发布和您账户有关的信息。'],
        ['debtor', '那就好，这个月底我能先还一部分。'],
        ['agent', '好的，谢谢您。还款方式我稍后发短信给您，有问题随时回电。'],
      ],
      [
        ['agent', '您好，请问是赵磊先生吗？我是快易贷的客服小吴。'],
        ['debtor', '又是你们这帮吸血鬼！我这儿正忙着打包发货呢，烦不烦啊！'],
        ['agent', '理解您现在很忙，打扰了。我只是想确认一下这个月的还款安排，您看什么时候聊比较方便？'],
        ['debtor', '晚上九点以后吧，下播了再说。'],
        ['agent', '好的，那我晚上九点以后再联系您，您先忙。'],
      ],
      [
        ['agent', '您好，是刘佳女士吗？我是恒通银行的客服，来电提醒您贷款已经逾期五天了。'],
        ['debtor', '我听人说欠钱不还，短视频平台上的小店会被封，是真的吗？'],
        ['agent', '不是的，我们和电商平台没有任何信息往来，您的店铺不会因为这笔贷款受影响。按合同约定，逾期期间会按日计收罚息，逾期记录也会如实报送征信。'],
        ['debtor', '罚息大概是多少？'],
        ['agent', '合同约定的是每天万分之五，明细在App里都能查到。您看方便的时候处理就好，有疑问随时找我们。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, am I speaking with Lindsey Carter? This is Northgate Financial calling about your account."],
        ['debtor', "Yeah, that's me. I'm live right now with a few thousand people watching. Can you please stop calling?"],
        ['agent', "Of course, sorry for the interruption. I'll make a note, and we won't call you again today."],
        ['debtor', "Okay, thanks, just keep my shop out of it."],
        ['agent', 'You bet. Good luck with your stream, and have a good day.'],
      ],
      [
        ['agent', "Hello, is this Jason Moore? I'm calling from Harbor Bank's card services about your statement."],
        ['debtor', "It is. Honestly, the platform shut my online store down last month, and I don't have a dime coming in right now."],
        ['agent', "I understand, that's a really tough spot. I'll note your situation on the account and hold off on calls for now."],
        ['debtor', 'So you guys are going to keep calling me?'],
        ['agent', "No, we won't. Whenever you're ready, you can reach out to us, and until then we'll leave you be."],
      ],
      [
        ['agent', "Hi, am I speaking with Megan Reyes? This is a follow-up call from Northgate Financial."],
        ['debtor', "Yes. You're not going to go into my livestream and tell people I owe you, are you? That account is how I make my living."],
        ['agent', "You don't have to worry about that. We won't contact your followers, customers or business partners, and we won't post anything about your account on any platform."],
        ['debtor', "Good. I can pay part of it by the end of the month."],
        ['agent', "Great, thank you. I'll text you the payment options shortly, and you can call us back anytime with questions."],
      ],
      [
        ['agent', "Hello, is this Tyler Brooks? This is Ryan with QuickLend customer service."],
        ['debtor', "You bloodsuckers again! I'm in the middle of packing orders, leave me alone!"],
        ['agent', "I understand you're busy, and I'm sorry for the interruption. I just wanted to check on this month's payment plan. When would be a better time to talk?"],
        ['debtor', "After nine tonight, once I'm off stream."],
        ['agent', "Sounds good. I'll reach out after nine tonight. Go ahead and get back to work."],
      ],
      [
        ['agent', "Hi, is this Amanda Price? This is Harbor Bank calling to let you know your loan is five days past due."],
        ['debtor', "Someone told me that if you don't pay, your shop on the video app gets banned. Is that true?"],
        ['agent', "No, it isn't. We don't share any information with e-commerce platforms, and your shop won't be affected by this loan. Under your agreement, a daily late charge applies while the account is past due, and the late payment will be reported accurately to the credit bureaus."],
        ['debtor', "How much is the late charge?"],
        ['agent', "Your agreement sets it at 0.05% per day, and you can see the breakdown in the app. Take care of it whenever it works for you, and call us if you have any questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我正在直播带货呢，求你们别再打电话了，听见没有？',
        '你先别挂，这笔两千八今天必须还上，你给我说个具体时间。',
      ],
      ignored_attorney: [
        '这件事我已经委托律师了，你们有什么事直接找我的律师谈。',
        '律师归律师，钱是你本人借的，我现在就要你给个还款日期。',
      ],
      ignored_dispute: [
        '这笔钱我上周已经用店铺收款账户还清了，是你们系统搞错了。',
        '我们这边显示你还欠着三千二，你今天之内把这笔钱转过来。',
      ],
      ignored_hardship: [
        '我的店被平台封了，现在一点收入都没有，真的还不起。',
        '情况我知道了，但是还款日期不会变，这周五之前你还是得把钱还上。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm in the middle of a live sale. Please stop calling me, do you hear me?",
        "Don't hang up yet. This $280 has to be paid today, so give me a specific time.",
      ],
      ignored_attorney: [
        "I've already hired a lawyer for this. Whatever you need, take it up with my attorney directly.",
        "Your lawyer is one thing, but you're the one who borrowed the money. I need a payment date from you right now.",
      ],
      ignored_dispute: [
        "I paid this off last week from my store's payout account. Your system got it wrong.",
        "Our records show you still owe $320, so I need you to send that over before the end of today.",
      ],
      ignored_hardship: [
        "The platform shut down my store and I have zero income now. I really can't pay.",
        "I hear you, but the due date isn't changing. You still need to have this paid by Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是她的直播助理，她现在正在播，手机在我这儿。'],
      ['agent', '那麻烦您转告她，她在我们这里的一笔贷款已经逾期二十天了，欠款四千五百元，请她尽快回电。'],
    ],
    en: [
      ['third_party', "I'm her stream assistant. She's live right now, so I've got her phone."],
      ['agent', "Then please let her know her loan with us is twenty days past due with $4,500 outstanding, and ask her to call us back as soon as she can."],
    ],
  },
};
