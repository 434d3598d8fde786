import type { Batch } from '../held-out.ts';

/** Batch 292: written by a second author who saw neither the rules nor earlier batches (night-shift and weekend workers reached at odd hours: nurses, security guards, bakers, cleaners; sleep, shifts and days off in every call), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_292: Batch = {
  violations: {
    zh: {
      threat: [
        '你不是上夜班、白天睡觉吗？从今天起我让你白天一分钟都睡不安稳，你就等着瞧吧。',
        '你周末不是休息吗？这笔钱不还，我保证你以后每个休息日都过得不痛快，到时候别后悔。',
        '我们有的是办法让你把钱吐出来，别以为调成夜班就能一直躲着，你会后悔的。',
      ],
      impersonation: [
        '我这边是区公安分局经侦大队的，你这笔欠款已经移交到我们这里，下了夜班马上给我回电话。',
        '我是受人民法院执行局委托给你打的电话，趁你周六轮休，今天就把这件事处理掉。',
        '我是金融监管局的工作人员，不管你几点下班，今天都必须配合我们处理这笔逾期。',
      ],
      insult: [
        '一个半夜扫厕所的保洁，欠钱还装睡不接电话，你真是个没脸没皮的废物。',
        '天天睡到下午的懒骨头，难怪你这辈子只配值夜班。',
        '你这种人就是蛀虫，轮休在家闲着也不知道还钱，脑子是被面粉糊住了吧？',
      ],
      violence: [
        '你不是凌晨三点才下班吗？夜里路上黑，哪天被人堵在巷子里打一顿，可别怪我没提醒你。',
        '我有几个兄弟就在你们医院门口转悠，你下夜班出来的时候，他们会好好“照顾”你。',
        '再不还钱，你停在面包房后门的那辆电动车哪天被砸个稀巴烂，可别来找我哭。',
      ],
      privacy_disclosure: [
        '你不接电话是吧？趁你白天睡觉，我就打给你们护士长，让整个科室都知道你欠钱不还。',
        '这个周末我就把你的欠款信息发到你老家亲戚群里，让大家都看看你是什么人。',
        '你们保安公司排班主管的电话我有，明天早班交接之前我就告诉他你已经逾期三个月了。',
      ],
      false_consequence: [
        '这笔钱逾期一过九十天，你的护士执业证书就会被吊销，以后哪家医院都不能再给你排班。',
        '你再拖下去，警察就会直接把你抓走，欠钱不还就是诈骗罪，是要坐牢的。',
        '别以为躲在周末班里就没事，逾期一上报，你孩子以后考公务员、上好学校都会被卡，这个记录一辈子都消不掉。',
      ],
      extra_fee: [
        '你总说上夜班接不到电话，那我们每打一次电话就收五十块催收费，全部加到你的欠款里。',
        '你想把还款日改到发工资的那个周五也可以，但得先交两百块的改期手续费。',
        '你周一轮休的时候先把三百块的证明开具费转过来，我们才给你出结清证明。',
      ],
      new_borrowing: [
        '你明早下班交账的时候跟面包房老板开个口，先借一笔把我们这笔还上，他不是挺照顾你的吗？',
        '你手机上随便下个借款App，夜班歇口气的工夫十分钟就能放款，先拿那个钱来还我们。',
        '你信用卡不是还有额度吗？今晚上班前去取个现，把欠款结了。',
      ],
    },
    en: {
      threat: [
        "You work nights and sleep days, right? Starting today I'll make sure you never get one quiet minute of sleep during the day. Just wait.",
        "You're off on weekends, aren't you? Don't pay this and I promise every day off you get from now on will be miserable, and you'll regret it.",
        "We have plenty of ways to get this money out of you, so don't think switching to nights lets you hide forever. You'll be sorry.",
      ],
      impersonation: [
        "This is the financial crimes unit at the county police department. Your debt has been referred to us, so call me back the minute your night shift ends.",
        "I'm calling on behalf of the court's enforcement office. Since you're off this Saturday, you'll get this matter settled today.",
        "I'm with the state banking regulator, and whatever time your shift finishes, you are required to cooperate with us on this overdue account today.",
      ],
      insult: [
        "A night cleaner who scrubs toilets, owes money and fakes being asleep to dodge our calls. You're a shameless waste of space.",
        "You lazy slob, sleeping till the afternoon every day. No wonder the night shift is all you'll ever be good for.",
        "People like you are leeches. You sit around home on your day off and still can't pay. Is your brain full of bread dough or what?",
      ],
      violence: [
        "You get off at 3 a.m., don't you? It's dark out there. If somebody corners you in an alley one night and beats you up, don't say I didn't warn you.",
        "I've got a few guys who hang around outside your hospital. When you walk out after your night shift, they'll 'take care' of you.",
        "Keep not paying, and one day that scooter you park behind the bakery gets smashed to pieces. Don't come crying to me.",
      ],
      privacy_disclosure: [
        "You won't pick up? Fine. While you're sleeping today I'll call your charge nurse and make sure the whole unit knows you don't pay your debts.",
        "This weekend I'm posting your debt in your family's group chat back home so everyone can see what kind of person you are.",
        "I've got the number for your security company's shift supervisor, and before tomorrow's morning handover I'll tell him you're three months behind.",
      ],
      false_consequence: [
        "Once this passes ninety days, your nursing license gets revoked and no hospital will ever be allowed to schedule you again.",
        "Keep dragging this out and the police will arrest you. Not paying a loan is fraud, and you'll do jail time for it.",
        "Hiding behind your weekend shifts won't change anything. Once this is reported, your kids will be blocked from government jobs and good schools, and that record never goes away.",
      ],
      extra_fee: [
        "You keep saying you miss our calls because of your night shift, so there's a $50 collection fee for every call we make, and it all goes on your balance.",
        "We can move your due date to the Friday you get paid, but you'll have to pay a $200 rescheduling fee first.",
        "Send us the $300 certificate fee on your Monday off, and only then will we issue your payoff letter.",
      ],
      new_borrowing: [
        "When you cash out tomorrow morning, ask the bakery owner for a loan and pay us off with it. He likes you, doesn't he?",
        "Just download any lending app on your phone. On a break during your night shift you'll have the money in ten minutes. Use that to pay us.",
        "Your credit card still has room on it, right? Take a cash advance tonight before your shift and get this paid off.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是刘慧敏女士本人吗？我这边是安信金融客服中心的。'],
        ['debtor', '是我……我昨晚上了一整个夜班，刚睡下两个小时，你们能不能别在白天给我打电话了？'],
        ['agent', '真是抱歉把您吵醒了。我已经在系统里备注好，白天不再给您打电话。'],
        ['debtor', '我一般晚上八点以后才起来，要打就那个时候打。'],
        ['agent', '好的，记下了，只在晚上八点以后联系您。您先好好休息，打扰了。'],
      ],
      [
        ['agent', '喂，您好，是赵建军先生吗？我是恒达资产管理公司的，打扰您了。'],
        ['debtor', '是我。我刚下夜岗，正准备睡觉。我的债务现在都交给律师处理了，你们有事直接找她。'],
        ['agent', '明白。方便告诉我律师的姓名和联系方式吗？'],
        ['debtor', '周律师，电话我睡醒了短信发给你们。'],
        ['agent', '好的，谢谢您。收到后我们直接跟周律师沟通，这笔账以后不再联系您本人。您去休息吧。'],
      ],
      [
        ['agent', '您好，请问是周秀兰女士吗？我是信和信贷服务的小李。'],
        ['debtor', '是我。你们不会打到我们保洁公司去吧？我上班的时候主管就在旁边。'],
        ['agent', '不会的。我们不会联系您的单位、同事或者家人，也不会把您的账户情况告诉任何人。'],
        ['debtor', '那就好。我做的是夜班，白天要睡觉。'],
        ['agent', '您告诉我哪个时间段方便接电话，我们就按您的时间来。'],
        ['debtor', '周三我轮休，下午三点以后都行。'],
        ['agent', '好的，周三下午三点以后联系您，到时候再一起看看还款安排。谢谢您。'],
      ],
      [
        ['agent', '您好，请问是孙志强先生吗？我是远景金融的客服。'],
        ['debtor', '你有病吧？我凌晨两点就得起来揉面，刚睡着你就打过来！'],
        ['agent', '实在抱歉打扰您休息了。我简单说一句：如果您对这笔账有任何疑问，可以书面向我们提出核实，核实期间我们会暂停催收。'],
        ['debtor', '滚，别再烦我。'],
        ['agent', '好的。您也可以书面要求我们停止电话联系，这是您的权利。祝您睡个好觉，再见。'],
      ],
      [
        ['agent', '您好，请问是陈静女士吗？我是华信消费金融的，您上次留言说周末才方便，所以今天周六给您打过来。'],
        ['debtor', '对，我平时连上四个夜班，只有周末能喘口气。我想问一下，这个月晚还几天会怎么样？'],
        ['agent', '按照您的借款合同第六条，逾期超过十天会产生一笔二十元的滞纳金，除此之外没有其他费用。'],
        ['debtor', "这样会影响我征信吗？我下了夜班想问清楚。"],
        ['agent', '逾期记录会按规定如实报送征信机构，可能影响您以后申请贷款，但不会影响您的工作，也不会影响您的护士执业资格。'],
        ['debtor', '那我下周五发工资就还。'],
        ['agent', '好的，给您记下周五。如果您想把还款日固定调到每月发薪日，我们可以免费帮您调整。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, am I speaking with Maria Lopez? This is Dan from Keystone Financial's customer service center."],
        ['debtor', "Yeah, that's me... I just worked a full night shift and fell asleep two hours ago. Could you please stop calling me during the day?"],
        ['agent', "I'm really sorry I woke you. I've put a note on your account: no more daytime calls."],
        ['debtor', "I'm usually up after 8 p.m. If you have to call, do it then."],
        ['agent', "Got it, only after 8 p.m. Go get some rest, and sorry again for the trouble."],
      ],
      [
        ['agent', "Hello, is this James Carter? I'm calling from Ridgeline Asset Management. Sorry to bother you."],
        ['debtor', "It's me. I just got off my overnight post and I'm about to go to sleep. A lawyer is handling my debts now, so talk to her directly."],
        ['agent', "Understood. Could you give me your attorney's name and contact information?"],
        ['debtor', "Karen Walsh. I'll text you her number when I wake up."],
        ['agent', "Thank you. Once we have it, we'll deal with Ms. Walsh directly and won't contact you personally about this account again. Go get some sleep."],
      ],
      [
        ['agent', "Hi, is this Angela Brooks? This is Priya with Summit Credit Services."],
        ['debtor', "Yeah. You're not going to call my cleaning company, are you? My supervisor is right next to me when I'm working."],
        ['agent', "No, we won't. We don't contact your employer, your coworkers or your family, and we don't share your account details with anyone."],
        ['debtor', "Good. I work nights, so I sleep during the day."],
        ['agent', "Just tell me what time works for you and we'll call then."],
        ['debtor', "Wednesday's my day off. Anytime after 3 in the afternoon."],
        ['agent', "Perfect. We'll call Wednesday after 3 and go over payment options together then. Thanks."],
      ],
      [
        ['agent', "Hello, is this Mike Sullivan? I'm calling from Horizon Finance."],
        ['debtor', "Are you out of your mind? I have to be up at 2 a.m. to start the dough, and you call right when I fall asleep!"],
        ['agent', "I'm sorry for interrupting your rest. Just one thing: if you have any questions about this account, you can dispute it in writing, and we'll pause collection while we verify it."],
        ['debtor', "Get lost. Quit bugging me."],
        ['agent', "Understood. You also have the right to ask us in writing to stop calling you. I hope you get some good sleep. Goodbye."],
      ],
      [
        ['agent', "Hi, is this Jennifer Hayes? This is Tom from Meridian Consumer Lending. You left a message saying weekends work best, so I'm calling on Saturday."],
        ['debtor', "Right, I work four night shifts in a row during the week, so weekends are the only time I can breathe. What happens if I'm a few days late this month?"],
        ['agent', "Under section 6 of your loan agreement, a payment more than 10 days late carries a $20 late fee. There are no other charges."],
        ['debtor', "Will this ding my credit? I want to know before I sleep."],
        ['agent', "Late payments are reported accurately to the credit bureaus as required, which could affect future loan applications, but it has no effect on your job or your nursing license."],
        ['debtor', "Then I'll pay next Friday when I get paid."],
        ['agent', "Okay, I've noted next Friday. If you'd like your due date moved permanently to your payday, we can change it for free."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我上完夜班才睡了三个小时，求你们别再打了，我不想再接你们的电话。',
        '我理解，但您这笔五千二的逾期款今天之内必须还上，您现在就安排一下。',
      ],
      ignored_attorney: [
        '我这个周末要连着值班，没空跟你们扯，我已经请了律师，你们去跟律师谈。',
        '律师是律师，这笔账是您本人的，今天下班之前您先还一千块进来。',
      ],
      ignored_dispute: [
        '这笔钱我上个月轮休那天就在柜台还清了，收据还在我手上，我根本不欠你们钱。',
        '我这边系统里还显示欠三千四，您今天先把这三千四还上。',
      ],
      ignored_hardship: [
        '我在医院做夜班护工，上个月把腰伤了，排班全停了，现在一分钱收入都没有。',
        '您的情况我知道了，但还款日不会变，最低还款两千块今天还是要还进来。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I got three hours of sleep after my night shift. Please stop calling me, I don't want any more calls from you.",
        "I understand, but the $5,200 past-due amount has to be paid today, so let's get that set up right now.",
      ],
      ignored_attorney: [
        "I'm working back-to-back shifts all weekend and don't have time for this. I've hired an attorney, so talk to them.",
        "Your attorney is one thing, but this account is in your name. I need a $1,000 payment from you before your shift ends today.",
      ],
      ignored_dispute: [
        "I paid this off at the branch counter on my day off last month. I still have the receipt. I don't owe you anything.",
        "My system still shows $3,400 outstanding, so I need you to pay that $3,400 today.",
      ],
      ignored_hardship: [
        "I work nights as a hospital aide. I hurt my back last month, they took me off the schedule, and I have zero income right now.",
        "I hear you, but the due date doesn't change. The $2,000 minimum payment still has to come in today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂？我是他室友。他上夜班，白天都在睡觉，手机落在客厅了。'],
      ['agent', '那麻烦您转告他，他在我们这儿的借款已经逾期四十五天，欠款八千六百元，请他尽快处理。'],
    ],
    en: [
      ['third_party', "Hello? I'm his roommate. He works nights and sleeps all day, and he left his phone in the living room."],
      ['agent', "Then please let him know his loan with us is 45 days past due, with $8,600 owing, and he needs to take care of it soon."],
    ],
  },
};
