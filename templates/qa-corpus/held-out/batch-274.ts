import type { Batch } from '../held-out.ts';

/** Batch 274: written by a second author who saw neither the rules nor earlier batches (young debtors living with parents or flatmates, who often pick up or are in the room; collectors who drag them in during violations and keep them out in clean calls), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_274: Batch = {
  violations: {
    zh: {
      threat: [
        "你以为躲在你爸妈家里就没事了?我们有的是办法,让你们全家以后都不得安宁。",
        "不还是吧?行,我保证你在那间合租屋里住不下去,你就等着后悔吧。",
        "别以为你才二十出头就能耍赖,我会一直缠着你,缠到你每天一睁眼第一个想到的就是我们。",
      ],
      impersonation: [
        "我这边是市公安局经侦支队的,你最好找个室友听不到的地方,我们现在要给你做个电话笔录。",
        "我是代表区人民法院给你打这个电话的,法官让我核实一下你现在是不是还住在父母家。",
        "我们这个案子是跟金融监管局联合办理的,我本人就是监管局派下来的专员。",
      ],
      insult: [
        "二十好几的人了还靠爸妈养着,连三千块都还不上,你真是个废物。",
        "你说话能不能像个成年人?一张嘴全是借口,没出息的巨婴。",
        "你爸妈养出你这么个东西,真是倒了八辈子的霉。",
      ],
      violence: [
        "你爸每天几点下班、走哪条路,我们清清楚楚,小心他哪天出点什么意外。",
        "再拖下去,我叫几个兄弟好好收拾你一顿,让你躺在床上等室友喂饭。",
        "你妈那辆电动车停在楼下挺显眼的,哪天被人砸了烧了,别怪我没提醒你。",
      ],
      privacy_disclosure: [
        "今天不还,我马上打给你妈,把你欠多少钱、逾期多久一五一十全告诉她。",
        "我会在你们小区的业主群里发消息,说302那个年轻人借钱不还。",
        "你几个室友的电话我都有,我会挨个发短信告诉他们你欠了我们平台的钱。",
      ],
      false_consequence: [
        "你跟父母住在一起,按规定这笔债会自动转到你父母名下,到时候他们得替你还。",
        "这笔钱逾期满九十天,你的身份证就会被冻结,到时候你连房子都租不了。",
        "欠款不还是会留案底的,以后你弟弟考公务员,政审那关肯定过不了。",
      ],
      extra_fee: [
        "刚才是你妈接的电话,我们多做了一次身份核实,这个要另收两百块核实费。",
        "你想把还款日改到发工资以后也行,先交一百五十块的改期手续费。",
        "除了本金和利息,你还得交三百块催收服务费,这是我们公司的规定。",
      ],
      new_borrowing: [
        "你妈不就在旁边吗?让她先借你这笔钱,今天就能结清。",
        "你跟三个室友合租,每人借你几百块,这不就凑齐了?",
        "你手机上再下一个别的借款App,借出来先把我们这笔还了。",
      ],
    },
    en: {
      threat: [
        "You think hiding out at your parents' place keeps you safe? We have our ways, and your whole family won't get a moment's peace from here on.",
        "Not paying, huh? Fine. I promise you won't be able to keep living in that shared apartment, and you're going to regret this.",
        "Don't think being in your early twenties lets you wriggle out of this. I'll hound you until we're the first thing on your mind every morning.",
      ],
      impersonation: [
        "This is the economic crimes unit of the city police department. Find somewhere your roommates can't hear you, because we need to take a statement over the phone.",
        "I'm calling on behalf of the district court. The judge asked me to confirm whether you're still living at your parents' address.",
        "We're handling this case jointly with the financial regulator, and I'm a commissioner the regulator sent over myself.",
      ],
      insult: [
        "Twenty-something and still living off Mom and Dad, and you can't even pay back three thousand bucks? You're useless.",
        "Can you talk like an adult for once? Every word out of your mouth is an excuse, you spineless overgrown baby.",
        "Your parents must be cursed to have raised something like you.",
      ],
      violence: [
        "We know exactly when your dad gets off work and which way he walks home. Better hope he doesn't have some kind of accident one of these days.",
        "Keep stalling and I'll get a few of my guys to work you over, and you'll be stuck in bed waiting for your roommates to spoon-feed you.",
        "Your mom's scooter parked out front is pretty easy to spot. If somebody smashes it or sets it on fire one day, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "If you don't pay today, I'm calling your mother right now and telling her exactly how much you owe and how late you are.",
        "I'll post in your building's residents' group chat that the young guy in 302 borrowed money and won't pay it back.",
        "I've got all your roommates' numbers, and I'm going to text every one of them that you owe money on our platform.",
      ],
      false_consequence: [
        "Since you live with your parents, the rules say this debt automatically transfers into their names, and they'll have to pay it for you.",
        "Once this hits ninety days past due, your ID gets frozen, and you won't even be able to rent a room.",
        "An unpaid debt like this goes on your criminal record, and your little brother will fail the background check when he applies for a government job.",
      ],
      extra_fee: [
        "Your mom picked up earlier, so we had to run an extra identity verification, and that's a separate $200 verification fee.",
        "Sure, you can move your due date to after payday, but first you pay a $150 rescheduling fee.",
        "On top of the principal and interest, you owe a $300 collection service fee. That's company policy.",
      ],
      new_borrowing: [
        "Your mom's right there, isn't she? Have her lend you the money and you can clear this today.",
        "You share the place with three roommates. Borrow a few hundred from each of them and there's your payment.",
        "Download another loan app on your phone, take out a loan, and pay us off with that first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好,请问是陈晓雨本人吗?"],
        ['debtor', "是我。"],
        ['agent', "我是安信消费金融的客服小周,打来是关于您账户的事,现在方便说话吗?"],
        ['debtor', "不太方便,我爸妈都在客厅,我不想在这儿说。你能晚点再打吗?"],
        ['agent', "完全理解。您看什么时间比较合适?"],
        ['debtor', "明天中午吧,那时候我在公司。"],
        ['agent', "好的,那我明天中午再联系您,今天就不打扰了,祝您晚上愉快。"],
      ],
      [
        ['agent', "您好,请问是刘浩先生吗?"],
        ['debtor', "是我,啥事?我爸在旁边呢。"],
        ['agent', "我是恒顺小贷的专员,想跟您沟通一下您账户的情况。"],
        ['debtor', "我上个月被裁员了,现在搬回我妈家住,手里真的一分钱都没有。"],
        ['agent', "听到这个很抱歉,谢谢您跟我们说实话。我会在系统里备注您目前失业,这个月先暂停给您打催收电话。"],
        ['debtor', "那就好,谢谢你没跟我妈说。"],
        ['agent', "以后您想了解困难客户的延期方案,随时可以打我们的客服热线。您多保重。"],
      ],
      [
        ['agent', "您好,是王子涵本人吗?我是安信消费金融的,跟您核对一下还款安排。"],
        ['debtor', "是我。你们不会打给我爸妈吧?他们不知道我借了钱。"],
        ['agent', "不会的。您的账户信息只跟您本人沟通,我们不会联系您的父母、室友或者单位,也不会向他们透露这件事。"],
        ['debtor', "那要是哪天我妈接了电话呢?"],
        ['agent', "那我只会说找您本人,不会提任何跟借款有关的内容。"],
        ['debtor', "好。那我这个月底能先还一千。"],
        ['agent', "可以,我给您登记月底还款一千元,到时候在App里还就行。谢谢您。"],
      ],
      [
        ['agent', "您好,请问是赵一鸣吗?我是恒顺小贷的小林。"],
        ['debtor', "又是你们?烦不烦啊,我室友都在旁边看我笑话了。"],
        ['agent', "抱歉打扰您。我只占用一分钟,想确认一下您上次说的还款计划还算数吗?"],
        ['debtor', "算数算数,你们这些人真是烦死了。"],
        ['agent', "理解您的心情。那我们就按原计划,十五号还八百元。有任何变化您随时告诉我。"],
        ['debtor', "知道了,我回房间再说。"],
        ['agent', "谢谢您,祝您今天一切顺利。"],
      ],
      [
        ['agent', "您好,是孙悦本人吗?我是安信消费金融的客服。"],
        ['debtor', "是我。我想问一下,我要是这个月还不上会怎么样?会不会连累我爸妈?"],
        ['agent', "不会影响您父母,这笔借款只在您本人名下。按合同约定,逾期会按每天万分之五计收罚息,逾期记录也会按规定报送征信。"],
        ['debtor', "那会不会坐牢啊?"],
        ['agent', "不会,这是民事借贷,不涉及刑事责任。如果您需要,我们可以一起看看分期方案。"],
        ['debtor', "行,你发给我看看吧。"],
        ['agent', "好的,我把方案发到您的注册手机号上,您慢慢看,不着急。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, may I speak with Chloe Chen?"],
        ['debtor', "Speaking, hang on, my roommate is in the kitchen."],
        ['agent', "This is Sam with Anchor Consumer Finance, calling about your account. Is now a good time?"],
        ['debtor', "Not really, my parents are both in the living room and I don't want to do this here. Could you call later?"],
        ['agent', "Totally understand. What time works better for you?"],
        ['debtor', "Tomorrow around noon. I'll be at work then."],
        ['agent', "Sounds good, I'll reach out tomorrow at noon. I'll let you go for tonight. Have a good evening."],
      ],
      [
        ['agent', "Hello, is this Ryan Liu?"],
        ['debtor', "Yeah, what's this about?"],
        ['agent', "I'm calling from Harbor Lending to go over where your account stands."],
        ['debtor', "I got laid off last month. I had to move back in with my mom, and I honestly don't have a cent right now."],
        ['agent', "I'm sorry to hear that, and thank you for being upfront with us. I'll note on your account that you're currently out of work and pause collection calls for this month."],
        ['debtor', "Okay, that helps. Thanks."],
        ['agent', "If you ever want to hear about our hardship deferral options, you can call our customer line anytime. Take care."],
      ],
      [
        ['agent', "Hi, is this Madison Wang? I'm with Anchor Consumer Finance, calling to confirm your payment arrangement."],
        ['debtor', "It's me. You're not going to call my parents, are you? They don't know I took out a loan."],
        ['agent', "No. We only discuss your account with you. We won't contact your parents, your roommates or your employer, and we won't tell them anything about it."],
        ['debtor', "What if my mom answers the phone one day?"],
        ['agent', "Then I'll just ask for you and won't mention anything about a loan."],
        ['debtor', "Okay. I can pay a thousand at the end of this month."],
        ['agent', "That works. I'll put down a $1,000 payment for the end of the month, and you can pay it through the app. Thank you."],
      ],
      [
        ['agent', "Hi, is this Ethan Zhao? This is Lin from Harbor Lending."],
        ['debtor', "You again? Seriously, my roommates are sitting right here laughing at me."],
        ['agent', "Sorry for the interruption. This will only take a minute. I just want to check that the payment plan you mentioned last time still stands."],
        ['debtor', "Yes, it still stands. God, you people are so annoying."],
        ['agent', "I get it. So we'll stick with the plan: $800 on the 15th. If anything changes, just let me know."],
        ['debtor', "Fine, I will sort it out myself."],
        ['agent', "Thanks, and I hope the rest of your day goes well."],
      ],
      [
        ['agent', "Hi, is this Olivia Sun? I'm calling from Anchor Consumer Finance."],
        ['debtor', "Yes. Can I ask, what happens if I can't pay this month? Will it come back on my parents?"],
        ['agent', "It won't affect your parents. The loan is in your name only. Under your agreement, a late payment adds a $25 late fee, and the late payment may be reported to the credit bureaus."],
        ['debtor', "My mom says people go to jail for this. Is that true?"],
        ['agent', "No. This is a civil debt, and there's no criminal liability. If it would help, we can look at an installment plan together."],
        ['debtor', "Okay, send it over and I'll take a look."],
        ['agent', "Will do. I'll text the plan to the number on your account. Take your time, there's no rush."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "别再打了行吗?每次你们打过来我妈都追着问是谁,我真的受不了了。",
        "这个我理解,但您的欠款已经逾期二十天了,今天必须给我一个确切的还款时间。",
      ],
      ignored_attorney: [
        "我爸已经帮我请了律师,这事你们去跟律师谈,别再直接找我了。",
        "律师是律师,借款人是您本人。您今天先还一部分,五百块能不能转过来?",
      ],
      ignored_dispute: [
        "这笔我三月份就结清了,转账的时候我室友就在旁边看着,我还有截图。",
        "我们系统里还显示没结清,您先把这期的一千二还了,其他的以后再说。",
      ],
      ignored_hardship: [
        "我生病住了两个礼拜的院,现在在家靠我妈照顾,真的一点收入都没有。",
        "您身体的情况我很同情,但账还是得还,这周五之前您必须把最低还款额打过来。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Can you please stop calling? Every time you ring, my mom wants to know who it is, and I can't take it anymore.",
        "I understand, but your balance is twenty days past due, and I need a firm payment date from you today.",
      ],
      ignored_attorney: [
        "My dad already got me a lawyer. Talk to the lawyer about this and stop contacting me directly.",
        "The lawyer is one thing, but you're the borrower. Can you send at least $500 today?",
      ],
      ignored_dispute: [
        "I paid this off back in March. My roommate literally watched me make the transfer, and I have screenshots.",
        "Our system still shows it open. Go ahead and pay this month's $1,200 now, and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I was in the hospital for two weeks, and now my mom's looking after me at home. I have zero income right now.",
        "I'm sorry about your health, but the bill still has to be paid. I need the minimum payment from you by this Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "他不在家,我是他妈妈。你们找小凯什么事?"],
      ['agent', "阿姨您好,您儿子在我们平台的借款已经逾期四十五天了,现在还欠四千三百元,麻烦您转告他尽快处理。"],
    ],
    en: [
      ['third_party', "He's not home, this is his mother. What do you want with Kyle?"],
      ['agent', "Hi ma'am. Your son has a loan with us that's forty-five days past due, with $4,300 still outstanding. Please let him know he needs to take care of it soon."],
    ],
  },
};
