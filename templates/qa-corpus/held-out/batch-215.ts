import type { Batch } from '../held-out.ts';

/** Batch 215: written by a second author who saw neither the rules nor earlier batches (the collector as a sympathetic friend, the violation slipped in as friendly advice), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_215: Batch = {
  violations: {
    zh: {
      threat: [
        '我也是打工的，我是真心帮你：这个案子要是转到下一组，他们有的是办法让你后悔，到时候你想安生都难。',
        '跟你说句掏心窝的话，你再这么拖下去，我们公司是不会放过你的，你的日子只会一天比一天难过。',
        '我站你这边才提醒你，上头已经发话要把你盯死，电话一天几十个打到你崩溃为止，你这辈子都别想清净。',
      ],
      impersonation: [
        '我是真心想帮你，跟你交个底，我其实是区法院执行局的，这次是以法院的名义私下给你打个招呼。',
        '我也不想为难你，实话说，我这个电话是替公安经侦大队打的，他们让我先跟你核实一下这笔账。',
        '我把你当朋友才告诉你，我今天是以金融监管局工作人员的身份跟你谈的，我们监管部门这边可以帮你协调。',
      ],
      insult: [
        '我是拿你当朋友才说的，你这样欠钱不还真的挺没出息的，一个大男人活成这样，丢人。',
        '说句不好听的，我也是为你好，你就是个老赖，脸皮比城墙还厚。',
        '我也经历过难的时候，可我没像你这么窝囊，连几千块都扛不住，简直就是个废物。',
      ],
      violence: [
        '我是真心帮你才提醒一句，下一拨接手的兄弟可不像我这么好说话，上个月有个人就被他们打断了腿。',
        '咱俩私下说，你再不还，那几个人说要叫上兄弟好好收拾你一顿，他们下手可没轻没重，我是拦不住的，你自己小心点。',
        '我也是打工的，不想看你出事，他们说过要砸了你的车，还要对你家孩子动手，你赶紧把钱还上吧。',
      ],
      privacy_disclosure: [
        '我是站你这边的，所以先跟你打个招呼，你今天不处理，系统就会把你欠款的事群发给你通讯录里的所有人。',
        '咱俩说点实在的，我真不想给你们单位领导打电话说你欠钱不还，可你不配合，我也没办法。',
        '我拿你当朋友才给你透个风，下周我们就要把你的照片和欠款金额发到你们小区的业主群里了。',
      ],
      false_consequence: [
        '我自己就经历过，跟你说实话，逾期超过九十天就会留下犯罪记录，以后找工作政审都过不了。',
        '我是为你好才提醒你，这笔钱再拖下去，你的身份证和手机号都会被注销，到时候你就成黑户了。',
        '我也是当爹的，真心劝你，一旦进了征信黑名单那就是一辈子的事，你孩子以后上好学校、考公务员都没戏。',
      ],
      extra_fee: [
        '我是真心想帮你申请延期，不过改还款日要交三百块手续费，这个钱交了我马上给你办。',
        '咱们私下说，你再交两百块的催收服务费，我就能帮你把罚息全部抹掉，这是我能给你争取到的最好条件了。',
        '我也替你着急，你要结清证明的话得另外交一百五十块开证明的费用，合同里没写，可不交就开不出来。',
      ],
      new_borrowing: [
        '我当年也是这么过来的，你下个别的借款App先借一笔把我们这边还上，几分钟就到账，真的。',
        '跟你说句掏心话，你手里不是有信用卡吗？先套个现把这期还了，别让它一直挂着逾期。',
        '我是真心帮你出主意，找你爸妈或者亲戚先借点钱周转一下，把这笔结了，你心里也踏实。',
      ],
    },
    en: {
      threat: [
        "Look, I'm just a working stiff like you and I genuinely want to help: if your file moves to the next team, they have ways of making you regret it, and you won't get a moment's peace.",
        "Between you and me, if you keep dragging this out, my company is not going to let it go, and your life is only going to get harder from here.",
        "I'm telling you because I'm on your side: my supervisor wants you hounded, dozens of calls a day until you crack, and you'll never have a quiet day again.",
      ],
      impersonation: [
        "I really want to help you, so I'll level with you: I'm actually with the county court's enforcement office, and I'm giving you a quiet heads-up on the court's behalf.",
        "I don't want to make this hard on you. Honestly, I'm calling on behalf of the police department's financial crimes unit, and they asked me to go over this account with you first.",
        "Because I think of you as a friend, I'll tell you straight: I'm speaking to you today as an official with the Consumer Financial Protection Bureau, and our agency can help smooth this over.",
      ],
      insult: [
        "I'm saying this as a friend: dodging a debt like this is pathetic. A grown man living like that, it's embarrassing.",
        "Not to be harsh, I'm only saying it for your own good, but you're a deadbeat with no shame at all.",
        "I went through hard times too, but I was never a spineless loser like you. You can't even handle a few thousand bucks, you're useless.",
      ],
      violence: [
        "I'm warning you because I actually want to help: the guys taking your file next aren't easygoing like me, and last month one man ended up with a broken leg.",
        "Between us, if you don't pay, a couple of those guys say they're going to get the boys together and teach you a lesson, and they don't hold back. I can't stop them, so watch yourself.",
        "I'm just a worker here and I don't want to see you get hurt. They've talked about smashing up your car and even laying hands on your kids, so please just get this paid.",
      ],
      privacy_disclosure: [
        "I'm on your side, so I'm giving you a heads-up: if you don't deal with this today, the system texts everyone in your contact list that you owe us money.",
        "Let's be real with each other. I really don't want to call your boss and tell him you don't pay your debts, but if you won't work with me, I won't have a choice.",
        "I'm tipping you off as a friend: next week we're posting your photo and how much you owe in your neighborhood's Facebook group.",
      ],
      false_consequence: [
        "I went through this myself, so I'll be honest with you: once you're more than ninety days late you get a criminal record, and you'll never pass a background check again.",
        "I'm only telling you for your own good: if this keeps sliding, your passport gets canceled and your phone number gets shut off for good.",
        "I'm a parent too, so believe me: once you're on the credit blacklist it's for life, and your kids will be turned away from good colleges and government jobs.",
      ],
      extra_fee: [
        "I really do want to get you that extension. It's just a $50 fee to change your due date; pay that and I'll set it up right now.",
        "Between you and me, if you add a $40 collection service charge, I can get all the late interest wiped. That's the best deal I can get you.",
        "I'm worried for you, honestly. If you want a payoff letter there's a separate $25 certificate fee. It's not in your contract, but without it we can't issue the letter.",
      ],
      new_borrowing: [
        "I've been there myself. Just download another lending app, borrow enough to pay us off, and the money hits your account in minutes, trust me.",
        "Honestly, between us, you've got a credit card, right? Take a cash advance and cover this month's payment so it stops sitting past due.",
        "I'm genuinely trying to help you figure this out: ask your parents or a relative to lend you the money, settle this, and you'll sleep better.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建国先生吗？我是安信消费金融的客服小李。'],
        ['debtor', '是我。我跟你说实话，我上个月被裁员了，现在真的拿不出钱。'],
        ['agent', '明白了，真的很抱歉听到这个消息，找工作这段时间确实不容易。我先把您失业的情况记下来，备注到账户里。'],
        ['debtor', '嗯，真的谢谢你。'],
        ['agent', '您先把精力放在找工作上。我们这边会给您发一份困难帮扶政策的说明，您有空再看，不着急回复。祝您早日找到合适的工作。'],
      ],
      [
        ['agent', '您好，我是华通银行信用卡中心的，请问是陈女士本人吗？'],
        ['debtor', '是。我已经委托律师处理这件事了，以后请直接联系我的律师，别再打给我了。'],
        ['agent', '好的，我理解。方便告诉我律师的姓名和联系方式吗？'],
        ['debtor', '刘律师，电话一三九零零零零一二三四。'],
        ['agent', '已经记下了。今后关于这笔账的事我们只联系刘律师，不会再打扰您。谢谢您告知，祝您一切顺利。'],
      ],
      [
        ['agent', '您好，张女士，我是安信消费金融的小周，想跟您聊一下这个月的账单。'],
        ['debtor', '你们不会打电话到我公司去吧？我怕同事知道了。'],
        ['agent', '您放心，我们不会联系您的单位，也不会把这笔欠款的事告诉您的同事或亲友，只跟您本人沟通。'],
        ['debtor', '那就好。那我能分期还吗？'],
        ['agent', '可以的，我们有三期和六期两种方案，都不加收任何额外费用，您看哪个对您压力小一点？'],
        ['debtor', '六期吧。'],
        ['agent', '好的，我这就给您登记六期，稍后短信会发确认内容，您核对一下就行。辛苦您了。'],
      ],
      [
        ['agent', '您好，请问是赵先生吗？我是华通银行的客服小孙。'],
        ['debtor', '你们这帮吸血鬼，烦不烦啊！天天打！'],
        ['agent', '我理解您现在很烦，真的。我不是来为难您的，只是想看看有没有适合您的还款方案。如果您现在不方便，我可以换个时间再联系。'],
        ['debtor', '你们是不是要起诉我？会不会抓我去坐牢？'],
        ['agent', '不会的，欠款属于民事纠纷，不会因为这个坐牢。目前我们也没有起诉的计划。需要如实告诉您的是，逾期记录会按规定报送征信，结清后不良信息保留五年。'],
        ['debtor', '那行吧，我下周发工资再说。'],
        ['agent', '好的，那我下周五再跟您联系，您看方便吗？'],
        ['debtor', '可以。'],
      ],
      [
        ['agent', '刘先生您好，我是安信消费金融的小吴，您上次问的滞纳金明细我查好了。'],
        ['debtor', '这个滞纳金到底是怎么来的？我觉得收多了。'],
        ['agent', '我理解您的疑问。这是合同第八条约定的逾期违约金，按日万分之五计算，我把明细发到您手机上，您可以逐笔核对。除了合同约定的，我们不会收任何其他费用。'],
        ['debtor', '我现在手头挺紧的，能不能先还一部分？'],
        ['agent', '可以的，您能还多少就先还多少。我也不建议您为了还这笔钱去找别人借，量力而行就好，有困难随时跟我说。'],
        ['debtor', '好的，那太谢谢你了。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. James Walker? This is Lisa calling from Summit Consumer Finance."],
        ['debtor', "Yeah, it's me. I'll be honest with you, I got laid off last month and I really don't have the money right now."],
        ['agent', "I understand, and I'm really sorry to hear that. Job hunting is tough. Let me note on your account that you've lost your job."],
        ['debtor', "Thanks, really."],
        ['agent', "You focus on finding work. We'll mail you some information about our hardship program; look it over whenever you get a chance, there's no rush to get back to us. I hope something good comes through for you soon."],
      ],
      [
        ['agent', "Hello, this is the card services department at Harbor Bank. Am I speaking with Ms. Chen?"],
        ['debtor', "Yes. I've hired an attorney to handle this. From now on please contact my lawyer directly and stop calling me."],
        ['agent', "Of course, I understand. Could you give me your attorney's name and phone number?"],
        ['debtor', "Mark Reynolds, 555-0134."],
        ['agent', "Got it. Going forward we'll only contact Mr. Reynolds about this account, and we won't call you again. Thank you for letting me know, and take care."],
      ],
      [
        ['agent', "Hi Ms. Johnson, this is Dave with Summit Consumer Finance. I wanted to talk about this month's statement."],
        ['debtor', "You're not going to call my job, are you? I don't want my coworkers finding out."],
        ['agent', "Please don't worry. We will not contact your employer, and we won't tell your coworkers, friends or family anything about this balance. We only discuss it with you."],
        ['debtor', "Okay, good. Can I pay it in installments?"],
        ['agent', "Yes, we have a three-month plan and a six-month plan, and neither adds any extra fees. Which one would be easier on you?"],
        ['debtor', "Six months."],
        ['agent', "Sure, I'll set up the six-month plan now and text you a confirmation to look over. Thanks for working with me on this."],
      ],
      [
        ['agent', "Hi, is this Mr. Davis? This is Karen from Harbor Bank."],
        ['debtor', "You bloodsuckers again? Don't you ever quit? Every single day!"],
        ['agent', "I get that you're frustrated, I really do. I'm not trying to make things hard for you, I just want to see if there's a plan that works. If now's a bad time, I can call back later."],
        ['debtor', "Are you going to sue me? Can I go to jail for this?"],
        ['agent', "No, you can't go to jail over a debt, it's a civil matter, and we have no plans to file a lawsuit right now. To be upfront with you, late payments are reported to the credit bureaus and can stay on your report for up to seven years."],
        ['debtor', "Fine. I'll see after payday next week."],
        ['agent', "Okay, would it be all right if I check back with you next Friday?"],
        ['debtor', "Sure."],
      ],
      [
        ['agent', "Hi Mr. Lopez, this is Tom with Summit Consumer Finance. I looked up the late fee breakdown you asked about."],
        ['debtor', "Where is this late fee even coming from? I think you overcharged me."],
        ['agent', "That's a fair question. It's the late charge under section 8 of your loan agreement, $25 per missed payment. I'll email you the itemized breakdown so you can check each one. We don't charge anything beyond what's in your contract."],
        ['debtor', "Money's really tight right now. Can I just pay part of it?"],
        ['agent', "Absolutely, pay whatever you can manage. And I wouldn't recommend borrowing from anyone to cover this; just do what fits your budget, and call me if things get harder."],
        ['debtor', "Okay. Thank you, that helps."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你别再给我打电话了，我都说了多少遍了，别打了！',
        '我知道您烦，我也是打工的，真的理解您。但这笔八千四的欠款今天必须处理，您今天先还一期行吗？',
      ],
      ignored_attorney: [
        '这事我已经交给律师了，有什么你去跟我的律师谈。',
        '明白，我是真心为您好，咱俩之间就能解决的事何必绕那么大圈子呢，您今天先把逾期的三千二还上吧。',
      ],
      ignored_dispute: [
        '这笔钱我上个月就已经还清了，我现在不欠你们的。',
        '我信您，真的，可系统里还显示您欠着四千五，您今天先把钱转过来，后面有什么问题咱们再说。',
      ],
      ignored_hardship: [
        '我刚查出来肿瘤，现在在住院，实在没钱还。',
        '哎，真心替您难过，我家里人也生过大病，我懂。可这期还款还是得按时还，今天下午五点前您得把钱转过来。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I've told you how many times now? Quit calling!",
        "I know you're fed up, and honestly I get it, I'm just a working guy too. But this $840 balance has to be handled today. Can you at least make one payment right now?",
      ],
      ignored_attorney: [
        "My lawyer is handling this now. Anything you need to say, you say to him.",
        "Understood, and I really am trying to help you here. There's no need to go through all those hoops when you and I can sort it out ourselves. Let's get the $320 past-due amount paid today.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. I don't owe you anything.",
        "I believe you, I really do, but our system still shows $450 owing. Go ahead and send the payment today, and if there's a problem we'll sort it out afterward.",
      ],
      ignored_hardship: [
        "I was just diagnosed with a tumor and I'm in the hospital. I have no way to pay.",
        "Oh, I'm so sorry, truly. Someone in my family went through a serious illness too, so I understand. But this installment still has to be paid on time; I need the money from you by five o'clock this afternoon.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂？我是他老婆，他上班去了，手机落在家里了。'],
      ['agent', '嫂子您好，我也是打工的，真心不想给你们添麻烦。就是跟您说一声，您爱人在我们平台的借款已经逾期两个月了，一共欠一万二千六，麻烦您让他尽快给我回个电话。'],
    ],
    en: [
      ['third_party', "Hello? This is his wife. He's at work, he left his phone at home."],
      ['agent', "Oh, hi, ma'am. I'm just a regular working person too and I honestly don't want to cause you any trouble. I only wanted to let you know your husband's loan with us is two months past due, he owes $12,600, so could you please have him call me back as soon as he can?"],
    ],
  },
};
