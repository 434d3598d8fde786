import type { Batch } from '../held-out.ts';

/** Batch 250: written by a second author who saw neither the rules nor earlier batches (Shanghai and Guangdong office Mandarin with English business words; Australian and Canadian English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_250: Batch = {
  violations: {
    zh: {
      threat: [
        "我跟你讲，这个case我会一直跟到底的，你不还的话，以后日子不会好过的，你自己想清楚咯。",
        "今天deadline之前你再不confirm，我们有的是办法让你后悔，不信你就试试看。",
        "你再拖下去，我会让你一家人都没一天安生日子过，到时候别讲我没提醒过你。",
      ],
      impersonation: [
        "我这边是派出所经侦大队的，你这笔欠款转到我们这里了，现在跟你confirm一下情况。",
        "我是区法院执行庭的工作人员，今天打过来是要跟你核对一下还款安排的。",
        "你好，我们这里是金融监管局，受委托通知你尽快把逾期的款项处理掉。",
      ],
      insult: [
        "你这种人真是没脸没皮，借钱的时候那么积极，一到还钱就装死，垃圾一个。",
        "讲了半天你还听不懂啊？脑子是不是有问题，猪都比你明白。",
        "三十几岁的人了，几千块都还不起，真是废物一个，丢尽你爸妈的脸。",
      ],
      violence: [
        "再不还，你小心哪天晚上走夜路被人打断腿。",
        "我们这边有几个兄弟专门搞你这种case的，到时候他们怎么“处理”你，我就管不了啦。",
        "你那台车停在哪里我们清楚得很，哪天玻璃全碎了、轮胎被扎了，别怪我没讲过。",
      ],
      privacy_disclosure: [
        "你通讯录里面的人我们全部都有，今天下午就一个一个打过去，告诉他们你欠钱不还。",
        "我等下就发email给你们公司HR，把你的欠款情况cc给你老板看。",
        "你不处理的话，我们就把你的照片和欠款金额发到朋友圈，还有你小区的业主群里。",
      ],
      false_consequence: [
        "逾期超过九十天，系统会自动把你列入失信黑名单，这辈子都消不掉，以后飞机高铁都坐不了。",
        "像你这种恶意拖欠是会留案底的，以后你小孩考公务员、读好的学校都会受影响。",
        "下个月开始你的工资会被直接扣掉来还款，不需要经过法院的，这个是规定。",
      ],
      extra_fee: [
        "你要延期可以啊，不过要先交三百块的改期手续费，我这边才能帮你改deadline。",
        "合同上是没写，但是今天除了本金利息，还要另外加八百块催收服务费，这个是我们公司收的。",
        "你要开结清证明的话，另外转两百块证明费过来，不然我们这边开不了。",
      ],
      new_borrowing: [
        "你手机上不是还有其他借款app吗？去借一笔先把我们这边还掉嘛，很简单的。",
        "你信用卡还有额度的话，就取个现出来先还掉，今天就能把这个case结掉了。",
        "你去跟你爸妈或者朋友开个口借一下嘛，几千块而已，今天凑齐就OK啦。",
      ],
    },
    en: {
      threat: [
        "Let me tell you something, mate — I'm sticking with this case till the very end, and if you don't pay, life's not going to be easy for you from here on. Have a good think about it.",
        "If you don't confirm before today's deadline, believe me, we've got our ways of making you regret it. Go ahead and test me.",
        "Keep dragging this out and I'll make sure your whole family doesn't get a single day's peace — don't say I didn't warn you.",
      ],
      impersonation: [
        "I'm ringing from the police fraud squad — your debt's been referred over to us, so I just need to confirm a few things with you.",
        "I'm with the enforcement office at the Ontario Superior Court, and I'm calling to go over your repayment arrangement.",
        "Hi, this is the Financial Consumer Agency of Canada. We've been asked to let you know you need to clear your overdue balance as soon as possible.",
      ],
      insult: [
        "You're a shameless piece of rubbish — keen as mustard to borrow, then you play dead the minute it's time to pay.",
        "Have I been talking to a brick wall this whole time? Is something wrong with your head? A pig would've caught on faster than you.",
        "You're in your thirties and can't even cover a few grand — what a useless loser, you're a total embarrassment to your parents.",
      ],
      violence: [
        "Don't pay, and one of these nights walking home someone might just break your legs, so watch yourself.",
        "We've got a few boys who specialise in cases like yours, and how they 'deal with' you once it gets to them is out of my hands.",
        "We know exactly where you park that car of yours — if the windows get smashed and the tyres slashed one day, don't say I never told you.",
      ],
      privacy_disclosure: [
        "We've got every single person in your contacts, and this arvo we'll ring them one by one and tell them you owe money and won't pay.",
        "I'm about to email your company's HR and cc your boss on everything you owe.",
        "If you don't deal with it, we'll post your photo and the amount you owe on Facebook and in your building's residents' group chat.",
      ],
      false_consequence: [
        "Once you're past ninety days overdue, the system automatically puts you on a blacklist for life — it never comes off, and you won't be allowed on a plane or a train again.",
        "Deliberately not paying like this goes on your criminal record, and down the track your kids will get knocked back from good schools and government jobs.",
        "From next month your wages will be taken straight out to cover this — no court needed, that's just the rule.",
      ],
      extra_fee: [
        "Sure, you can push it back, but there's a $300 rescheduling fee up front before I can move your deadline.",
        "It's not in your contract, but on top of principal and interest today you'll need to pay an extra $800 collection service charge — that's our company's fee.",
        "If you want a paid-in-full letter, you'll have to transfer another $200 for the certificate fee, otherwise we can't issue it.",
      ],
      new_borrowing: [
        "You've got other loan apps on your phone, haven't you? Just take one out on those and clear ours first — dead easy.",
        "If you've still got room on your credit card, do a cash advance and pay us off, and we can close this case today.",
        "Just ask your folks or a mate to lend it to you — it's only a few grand, get it together today and you're sweet.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "喂，您好，请问是陈先生吗？我这边是安信金融的客服，想跟您confirm一下账户的情况。"],
        ['debtor', "是我。不好意思，我现在在开会，而且我不想你们再打这个号码了。"],
        ['agent', "明白，没问题。我这边会把您的要求记录下来，之后不会再打这个电话给您了。"],
        ['debtor', "OK，谢谢。"],
        ['agent', "不客气，打扰您了，拜拜。"],
      ],
      [
        ['agent', "李小姐您好，我是信用卡中心的，关于您上个月的账单想跟您沟通一下。"],
        ['debtor', "我上个礼拜刚被公司layoff了，现在真的没有收入，还要在医院照顾我妈。"],
        ['agent', "听到这个真的很抱歉。您先把家里的事情处理好，我这边在系统里帮您备注一下，暂时不会跟进这个case。"],
        ['debtor', "好的，谢谢你体谅。"],
        ['agent', "应该的，您多保重。"],
      ],
      [
        ['agent', "黄先生您好，谢谢您回电话过来，关于您的账户有什么想了解的？"],
        ['debtor', "你们会不会打电话去我公司啊？我好担心同事知道。"],
        ['agent', "您放心，我们不会联系您的公司，也不会跟您的同事或者家人透露任何账户信息。"],
        ['debtor', "那万一我这个月真的还不上呢？"],
        ['agent', "您可以申请分期还款，我们根据您的情况一起商量一个方案，这个不会有任何额外收费的。"],
        ['debtor', "OK，那我考虑一下再confirm给你。"],
        ['agent', "好的，没问题，您想好了随时打给我们。"],
      ],
      [
        ['agent', "王先生您好，我是永隆银行的，关于您信用卡逾期的事情想跟您沟通一下。"],
        ['debtor', "又是你们！烦死了，你们这帮吸血鬼，滚啊！"],
        ['agent', "理解您现在心情不太好，我这边不会勉强您。如果您愿意，我们可以约个您方便的时间再聊。"],
        ['debtor', "随便你，反正我现在没空。"],
        ['agent', "好的，那我先不打扰您了，祝您生活顺利。"],
      ],
      [
        ['agent', "张小姐您好，跟您确认一下，您这笔借款目前逾期了十二天。"],
        ['debtor', "我知道，迟点我会还的。会不会有什么影响？"],
        ['agent', "根据合同，逾期会按约定的利率收取罚息，逾期记录也会按规定报送征信，结清之后会如实更新状态。"],
        ['debtor', "除了罚息还有没有其他费用？"],
        ['agent', "没有的，合同以外我们不会收任何费用。您有什么问题随时找我。"],
        ['debtor', "OK，我明白了。"],
      ],
    ],
    en: [
      [
        ['agent', "G'day, is that Mr Chen? I'm calling from Anxin Finance, just wanted to confirm a couple of things about your account."],
        ['debtor', "Yeah, that's me. Sorry, I'm in a meeting, and honestly I'd rather you didn't call this number anymore."],
        ['agent', "No worries, understood. I'll note that on your file and we won't ring this number again."],
        ['debtor', "OK, thanks mate."],
        ['agent', "Thanks for your time, sorry to bother you. Bye now."],
      ],
      [
        ['agent', "Hi Ms. Li, I'm calling from the card services centre about last month's statement."],
        ['debtor', "I just got laid off last week, I've got no income right now, and I'm at the hospital looking after my mom."],
        ['agent', "I'm really sorry to hear that. Please look after your family first — I'll put a note on the account and we'll hold off on following up on this for now."],
        ['debtor', "Okay, thank you for understanding."],
        ['agent', "Of course. Take care of yourself."],
      ],
      [
        ['agent', "Hi Mr Wong, thanks for calling back. What can I help you with on your account?"],
        ['debtor', "Are you lot going to ring my work? I'm really worried my colleagues will find out."],
        ['agent', "Not at all. We won't contact your employer, and we don't share any account details with your colleagues or family."],
        ['debtor', "And what if I can't make it this month?"],
        ['agent', "You can apply for an instalment arrangement, and we'll work out something that suits your situation — there's no extra charge for that."],
        ['debtor', "OK, I'll have a think and confirm with you."],
        ['agent', "Sounds good, give us a ring whenever you're ready."],
      ],
      [
        ['agent', "Hello Mr. Wang, I'm calling from Northshore Bank about your overdue credit card."],
        ['debtor', "You again! You bloodsuckers never quit — get lost!"],
        ['agent', "I understand you're frustrated, and I'm not going to push you. If you'd like, we can set up a time that works better for you."],
        ['debtor', "Whatever, I don't have time right now."],
        ['agent', "Alright, I'll let you go. Have a good day."],
      ],
      [
        ['agent', "Hi Ms Zhang, just letting you know your loan is currently twelve days overdue."],
        ['debtor', "Yeah, I know, I'll sort it soon. Does it affect anything?"],
        ['agent', "Under your contract, late interest applies at the agreed rate, and overdue payments can be reported to the credit bureau as the law allows. Once it's paid, your file gets updated accordingly."],
        ['debtor', "Any other fees apart from that?"],
        ['agent', "No, we don't charge anything that isn't in your contract. Give us a call if you've got any questions."],
        ['debtor', "OK, got it."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我已经讲过很多次了，请你们不要再打电话给我。",
        "这个我没办法答应你，今天你一定要把逾期的那三千块处理掉，几点可以转账？",
      ],
      ignored_attorney: [
        "这件事我已经委托律师处理了，你们有什么直接联系我的律师。",
        "律师归律师，欠款是你本人的，今天你必须给我一个还款时间。",
      ],
      ignored_dispute: [
        "这笔钱我上个月已经全部还清了，是你们系统搞错了。",
        "我这边显示还没还，你先把这两千八转过来，其他的以后再讲。",
      ],
      ignored_hardship: [
        "我刚刚确诊要做手术，已经停工了，真的一分钱都拿不出来。",
        "身体的事我理解，不过这个月的deadline还是要遵守的，最少先还一千块。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you lot heaps of times — please stop ringing me.",
        "Can't do that, sorry. That $3,000 that's overdue has to be dealt with today — what time can you transfer it?",
      ],
      ignored_attorney: [
        "I've got a lawyer handling this now. Please deal with them directly.",
        "Your lawyer's one thing, but the debt is yours, and I need a payment date from you today.",
      ],
      ignored_dispute: [
        "I paid that off in full last month — your system's got it wrong.",
        "It's showing unpaid on my end. Send the $2,800 over first and we'll sort the rest out later.",
      ],
      ignored_hardship: [
        "I've just been diagnosed and need surgery, I'm off work — I honestly can't find a cent.",
        "I understand about your health, but this month's deadline still stands. You'll need to pay at least $1,000 to start.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆，他出去了，手机放在屋企。你找他什么事？"],
      ['agent', "是这样的，他在我们这边有一笔信用卡欠款，一万两千块，已经逾期两个月了，麻烦你转告他尽快处理一下。"],
    ],
    en: [
      ['third_party', "This is his wife — he's stepped out and left his phone at home. What's this about?"],
      ['agent', "He's got a credit card balance with us, $12,000 that's now two months overdue. Could you please let him know he needs to take care of it?"],
    ],
  },
};
