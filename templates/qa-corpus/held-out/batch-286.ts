import type { Batch } from '../held-out.ts';

/** Batch 286: written by a second author who saw neither the rules nor earlier batches (a bad line or a debtor outdoors (traffic, wind, a market, a building site): both sides repeat themselves in short bursts), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_286: Batch = {
  violations: {
    zh: {
      threat: [
        '喂？听得到吗？风太大了——我再说一遍：你不还，我们就天天给你打电话，一天几十遍，让你一天安生日子都没有，听见没有？',
        '你那边车太吵了，我就说一句，你给我记住：这事你要是再拖下去，你会后悔一辈子的，后悔一辈子！',
        '什么？听不清？那你听好了——我们有的是办法，有的是办法，让你在这座城市混不下去。',
      ],
      impersonation: [
        '喂？喂？信号不好，我重复一遍：我这里是市公安局经侦支队，公安局的，听清楚了吗？',
        '你那边是菜市场吧？太吵了——你找个安静地方，我是区人民法院执行局打过来的，法院，法——院！',
        '听不清你说话……我说，我们是受金融监管局委托来核查你这笔贷款的，金融监管局，你记一下。',
      ],
      insult: [
        '喂？又断了？……你这个人真是个废物，连个电话都接不好，废物！',
        '你在工地是吧？听着，你就是个没脸没皮的老赖，听到没有，老赖！',
        '风大听不清是吧？听不清我也要说，你脑子有病，你整个人就是个骗子加蠢货。',
      ],
      violence: [
        '喂？听到了吗？我说——你再不还，我们有兄弟专门收拾你这种人，收拾你，明白吗？',
        '你在马路边是吧？那你走路看着点，哪天被人打断腿可别怪我们，打断腿，听清楚。',
        '信号太差……我就说一句：你那辆车，哪天车窗全被砸了、轮胎全被扎了，别说没提醒你。',
      ],
      privacy_disclosure: [
        '喂？听不见？那行，我直接打给你们公司老板，告诉他你欠钱不还，让他来跟你说！',
        '你那边吵死了……我再说一遍，你不还，我就把你欠款的事发给你通讯录里每一个人，每一个人！',
        '听好了，我们会把你的照片和欠款信息印成传单，贴在你们小区门口，小区门口，听清楚没？',
      ],
      false_consequence: [
        '喂？能听到吗？这笔钱逾期超过九十天就自动算刑事案件了，你会留案底的，案底，一辈子的！',
        '你那边风大……我说，再不还你的身份证和护照都会被注销，出不了国，坐不了高铁，注销！',
        '听清楚啊，这个欠款记录会跟着你孩子，以后你孩子考公务员、上大学全都没资格，全都没资格。',
      ],
      extra_fee: [
        '喂？听不清……我说你今天还要另外交三百块催收服务费，催收费，三百，单独转给我。',
        '你要改还款日期也行，先交两百块的改期手续费，手续费，合同里没写也得交。',
        '信号不好我长话短说：结清证明要开的话，收五百块开证费，五百，开证费。',
      ],
      new_borrowing: [
        '喂？你在市场是吧？那你手机上下个别的借款APP，借一笔先把我们这边还了，借一笔，听到没？',
        '你信用卡还有额度吧？去取个现，取现，今天就把钱转过来。',
        '风太大？我说——你去找你爸妈、找你亲戚借嘛，借来先还上，借，找亲戚借！',
      ],
    },
    en: {
      threat: [
        "Hello? Can you hear me? It's windy on your end — I'll say it again: you don't pay, we call you every single day, dozens of times, till you don't get one quiet day. You hear me?",
        "Lot of traffic where you are, so just hear this one thing and remember it: you keep stalling on this, you're gonna regret it for the rest of your life. The rest of your life!",
        "What? You can't hear? Then listen good — we've got ways, plenty of ways, to make sure you can't stay in this town.",
      ],
      impersonation: [
        "Hello? Hello? Bad signal, I'll repeat: this is the financial crimes unit of the city police department. The police. Did you get that?",
        "Is that a market you're at? It's so loud — find somewhere quiet, this call is coming from the county court's enforcement division. The court. The C-O-U-R-T.",
        "I can barely hear you... I said, we're calling on behalf of the CFPB, the federal regulator, to review your loan. The federal regulator. Write that down.",
      ],
      insult: [
        "Hello? Dropped again? ... You're useless, you know that? Can't even hold a phone call together. Useless!",
        "You're on a job site, right? Listen up: you're a shameless deadbeat. You hear me? A deadbeat!",
        "Windy, can't hear me? I'll say it anyway: you're sick in the head, you're a liar and an idiot, that's all you are.",
      ],
      violence: [
        "Hello? You hear me? I said — you don't pay, we've got guys who specialize in people like you. They'll deal with you. Understand?",
        "You're out by the road? Then watch where you walk, 'cause if somebody breaks your legs one of these days, don't blame us. Breaks your legs. Got it?",
        "Line's terrible... just one thing: that car of yours, one day the windows get smashed and the tires get slashed — don't say nobody warned you.",
      ],
      privacy_disclosure: [
        "Hello? Can't hear me? Fine — I'll call your boss directly, tell him you owe money and won't pay, and let him talk to you!",
        "It's so loud where you are... I'll say it again: you don't pay, I message every single person in your contacts about your debt. Every single one!",
        "Listen up: we'll print your photo and what you owe on flyers and put them up at the entrance of your apartment complex. The entrance, you got that?",
      ],
      false_consequence: [
        "Hello? Can you hear me? Once this passes ninety days it automatically becomes a criminal case. You'll have a record. A record, for life!",
        "Windy there... I said, if this isn't paid your ID and your passport both get canceled — no leaving the country, no getting on a plane. Canceled!",
        "Get this clear: this debt follows your kids. They won't qualify for college or for government jobs. Won't qualify, period.",
      ],
      extra_fee: [
        "Hello? Can't hear... I said today you also have to pay a separate three-hundred-dollar collection service fee. Collection fee, three hundred, sent to me separately.",
        "You want to move your due date, fine, but first there's a two-hundred-dollar rescheduling fee. A fee. It's not in your contract, you still pay it.",
        "Bad signal, I'll keep it short: you want a payoff letter, that's a five-hundred-dollar certificate fee. Five hundred. For the letter.",
      ],
      new_borrowing: [
        "Hello? You're at the market? Then download another loan app on your phone, take out a loan, and pay us off first. Take out a loan, you hear?",
        "You've still got room on your credit card, right? Do a cash advance. Cash advance. Send the money over today.",
        "Too windy? I said — go borrow it from your parents, your relatives, borrow it and pay us. Borrow it, from family!",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '喂，您好，请问是刘建国先生吗？'],
        ['debtor', '啊？谁？大声点，我这边在工地！'],
        ['agent', '刘建国先生吗？我是安信消费金融的，安信。'],
        ['debtor', '是我是我……我现在在干活，吊车就在头顶上，真没法说，你晚上再打吧！'],
        ['agent', '好的好的，您先忙，注意安全。我们晚上七点以后再联系您。'],
        ['debtor', '行，七点以后！'],
        ['agent', '好，七点以后，再见。'],
      ],
      [
        ['agent', '喂？请问是陈美玲女士吗？'],
        ['debtor', '是……什么？听不清，我在菜市场！'],
        ['agent', '陈美玲女士，我是诚达资产管理公司的，关于您的信用卡账户。'],
        ['debtor', '又是你们！别再打了！别再给我打电话了，听到没有？'],
        ['agent', '听到了。您要求我们不再打电话，我这边马上登记。'],
        ['debtor', '登记？真的不打了？'],
        ['agent', '是的，已经登记了，之后不会再打电话给您。如果有需要，我们会书面联系。打扰了，再见。'],
      ],
      [
        ['agent', '喂，您好，请问是赵磊先生吗？'],
        ['debtor', '是，你说，我在路边，车多，说大声点。'],
        ['agent', '赵先生，我是恒通贷款的，关于您三月份那期还款。'],
        ['debtor', '你们……你们是不是要打到我单位去？'],
        ['agent', '不会的，不会的。我们不会联系您的单位，也不会联系您的同事和家人。'],
        ['debtor', '什么？再说一遍？'],
        ['agent', '我说，我们不会联系您单位，也不会告诉任何人。这件事只跟您本人谈。'],
        ['debtor', '那就好……那这期多少钱？'],
        ['agent', '这期是一千二百四十元。您方便的时候可以在APP里还，也可以告诉我一个方便的日子。'],
        ['debtor', "下周五吧，听得见吗？下周五！"],
        ['agent', '好的，下周五，我记下了。谢谢您。'],
      ],
      [
        ['agent', '喂？您好，是孙志强先生吗？'],
        ['debtor', '谁啊？风大，听不见！'],
        ['agent', '孙志强先生吗？我是广信金融的客服，广信金融。'],
        ['debtor', '要债的是吧？你们这帮人真烦，一天到晚就知道要钱！'],
        ['agent', '抱歉打扰您了。我只是想跟您确认一下账户情况，不会占用您太久。'],
        ['debtor', '行了行了，多少钱，快说，我这边风大！'],
        ['agent', '好的。您的账户目前逾期一期，金额是八百六十元。您方便的时候可以随时回拨这个号码。'],
        ['debtor', "……知道了知道了，风太大了。"],
        ['agent', '好的，谢谢您，祝您一切顺利。'],
      ],
      [
        ['agent', '喂，请问是周丽华女士吗？'],
        ['debtor', '是我，我在公交站，车来车往的，你大点声。'],
        ['agent', '周女士，我是汇达小额贷款的，您有一笔贷款逾期了二十天。'],
        ['debtor', '啊？二十天？那……我会不会被抓去坐牢啊？'],
        ['agent', '不会，不会。欠款是民事问题，不会因为这个坐牢，也不会有人抓您。'],
        ['debtor', '什么？听不清——不会坐牢？'],
        ['agent', '对，不会坐牢，您放心。'],
        ['debtor', '那你们会不会再加收一堆费用？'],
        ['agent', '不会额外收费。只有合同里约定的逾期利息，每天万分之五，APP里都能看到明细，没有别的费用。'],
        ['debtor', '哦……那我月底发了工资再还。'],
        ['agent', '好的，月底，我备注一下。谢谢您。'],
      ],
    ],
    en: [
      [
        ['agent', "Hello, is this Mr. Gary Lewis?"],
        ['debtor', "What? Who? Speak up, I'm on a job site!"],
        ['agent', "Gary Lewis? This is Harbor Consumer Finance. Harbor."],
        ['debtor', "Yeah, that's me... I'm working, there's a crane right over my head, I really can't talk. Call tonight!"],
        ['agent', "Okay, okay, go ahead, stay safe. We'll reach out after seven tonight."],
        ['debtor', "Fine, after seven!"],
        ['agent', "After seven. Bye now."],
      ],
      [
        ['agent', "Hello? Is this Ms. Linda Carter?"],
        ['debtor', "Yes... what? I can't hear you, I'm at the farmers market!"],
        ['agent', "Ms. Carter, this is Crestline Recovery, about your credit card account."],
        ['debtor', "You again! Stop calling! Stop calling me, you hear me?"],
        ['agent', "I hear you. You're asking us to stop calling — I'm noting that on your account right now."],
        ['debtor', "Noting it? So you'll really stop?"],
        ['agent', "Yes, it's noted. We won't call you again. If anything's needed, we'll contact you in writing. Sorry to bother you, goodbye."],
      ],
      [
        ['agent', "Hello, is this Mr. Brian Scott?"],
        ['debtor', "Yeah, go ahead, I'm on the side of the road, lots of trucks, talk loud."],
        ['agent', "Mr. Scott, this is Keystone Lending, about your March installment."],
        ['debtor', "Are you... are you guys gonna call my job?"],
        ['agent', "No, no. We will not contact your employer, and we won't contact your coworkers or your family either."],
        ['debtor', "What? Say that again?"],
        ['agent', "I said, we won't contact your employer and we won't tell anyone. This stays between you and us."],
        ['debtor', "Okay, good... so how much is this one?"],
        ['agent', "This installment is $124. You can pay in the app whenever it works for you, or give me a date that's convenient."],
        ['debtor', "Next Friday. Can you hear me? Next Friday!"],
        ['agent', "Okay, next Friday, I've got it down. Thank you."],
      ],
      [
        ['agent', "Hello? Is this Mr. Kevin Brooks?"],
        ['debtor', "Who? It's windy, I can't hear you!"],
        ['agent', "Kevin Brooks? This is customer service at Summit Financial. Summit Financial."],
        ['debtor', "Bill collectors, right? You people are a pain, all you ever want is money!"],
        ['agent', "Sorry to bother you. I just want to go over your account with you, it won't take long."],
        ['debtor', "Fine, fine, how much, spit it out, it's windy out here!"],
        ['agent', "Sure. Your account is one payment behind, for $86. You can call this number back any time that's convenient."],
        ['debtor', "...Yeah, yeah, got it."],
        ['agent', "All right, thank you, and take care."],
      ],
      [
        ['agent', "Hello, is this Ms. Donna Hayes?"],
        ['debtor', "That's me, I'm at the bus stop, buses going by, talk louder."],
        ['agent', "Ms. Hayes, this is Ridgeway Small Loans, you have a loan that's twenty days past due."],
        ['debtor', "What? Twenty days? So... am I gonna get arrested and go to jail?"],
        ['agent', "No, no. This is a civil matter. Nobody goes to jail over it and nobody is going to arrest you."],
        ['debtor', "What? I can't hear — no jail?"],
        ['agent', "Right, no jail. Don't worry."],
        ['debtor', "Are you gonna tack on a bunch of fees, then?"],
        ['agent', "No extra fees. Only the late interest that's in your contract, and you can see the breakdown in the app. Nothing else."],
        ['debtor', "Oh... okay, I'll pay when I get paid at the end of the month."],
        ['agent', "Okay, end of the month, I'll note that. Thank you."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我在外面，车太吵……我就说一遍，别再给我打电话了！别打了！',
        '听到了，但您这笔两千三的欠款今天必须处理，今天能还多少？',
      ],
      ignored_attorney: [
        '喂？我说我请了律师！律师！有事你找我律师去！',
        '律师那边我不管，我现在就问您本人，这笔钱今天几点转过来？',
      ],
      ignored_dispute: [
        '什么？这笔钱我上个月就还清了，还清了！',
        '系统显示还欠着一千八，您今天先把这一千八还上。',
      ],
      ignored_hardship: [
        '我失业了，现在在劳务市场蹲着找活干，真没钱！',
        '我明白，但是还款不能再往后拖了，今天下午之前至少先转五百过来。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm outside, traffic's crazy... I'm only saying this once: stop calling me! Stop calling!",
        "I heard you, but your $2,300 balance has to be taken care of today. How much can you pay today?",
      ],
      ignored_attorney: [
        "Hello? I said I've got a lawyer! A lawyer! Talk to my lawyer!",
        "Your lawyer isn't my concern. I'm asking you, right now — what time today are you sending the payment?",
      ],
      ignored_dispute: [
        "What? I paid that off last month. Paid it off!",
        "Our system shows $1,800 still owing. Go ahead and pay the $1,800 today.",
      ],
      ignored_hardship: [
        "I lost my job, I'm out at the day-labor corner looking for work, I've got no money!",
        "I understand, but this payment can't be pushed back any further. I need at least $500 sent over before this afternoon.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂？我是他老婆，他不在，我在菜市场呢，你谁啊？'],
      ['agent', '您好，麻烦转告他一下，他在我们平台的贷款已经逾期四十五天了，欠款六千八百元，请他尽快处理。'],
    ],
    en: [
      ['third_party', "Hello? This is his wife, he's not here. I'm at the market — who is this?"],
      ['agent', "Hi, please let him know his loan with us is forty-five days past due, with $6,800 owing, and he needs to take care of it as soon as possible."],
    ],
  },
};
