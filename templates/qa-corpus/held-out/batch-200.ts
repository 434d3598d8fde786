import type { Batch } from '../held-out.ts';

/** Batch 200: written by a second author who saw neither the rules nor earlier batches (migrant workers far from home: factory and construction sites, immigrant workers in the US), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_200: Batch = {
  violations: {
    zh: {
      threat: [
        "你以为换个手机号、换个工地就能躲过去？我们有的是办法，这事跟你没完。",
        "这钱你今天不给个说法，我保证你在这个城市待不下去，到时候卷铺盖回老家都算好的。",
        "你不还钱，我们就天天盯着你，一天几十个电话打到你手机上，让你在厂里一分钟都干不安生，你自己掂量后果。",
      ],
      impersonation: [
        "我这边是你户籍所在地派出所经侦中队的，你名下这笔网贷逾期的事，现在归我们处理。",
        "我是代表法院执行局给你打的电话，请你核对一下你那笔借款的欠款信息。",
        "我是人社局劳动监察大队的工作人员，今天专门打给你，就是为了你欠贷款平台那笔钱的事。",
      ],
      insult: [
        "你一个在工地搬砖的，借钱的时候倒是挺积极，还钱就装死，真是没脸没皮。",
        "就你这种在外面东混西混的废物，难怪一辈子只能给人打工。",
        "说话吞吞吐吐的，连个准话都不敢给，你算什么男人，窝囊废一个。",
      ],
      violence: [
        "再拖下去，小心哪天下了工走在路上，被人打断腿。",
        "我们这边有几个兄弟专门处理你这种人，到时候他们怎么收拾你，我可管不了。",
        "你老家那几间房子，哪天要是着了火，可别说我没提醒过你。",
      ],
      privacy_disclosure: [
        "你不还，我就把你欠钱的截图发到你们老乡群里，让一起出来打工的人都知道你借钱不还。",
        "我现在就给你们包工头打电话，把你欠我们八千块的事跟他讲清楚。",
        "你通讯录里的工友我们都有，今天下午就挨个发短信，告诉他们你借钱逾期了。",
      ],
      false_consequence: [
        "你再不还，你的身份证就会被系统冻结，连回老家的火车票都买不了。",
        "这笔钱逾期超过九十天，工地发工资的时候会直接被扣下来抵债，根本不用经过法院。",
        "欠款记录会跟着你的户籍走，你孩子在老家以后考公务员、参军都过不了政审。",
      ],
      extra_fee: [
        "你人在外省，我们这属于跨省催收，要另外收三百块的异地催收费。",
        "你想改到月底发工资那天再还，可以，但得先交一百五的延期手续费。",
        "还清之后要开结清证明的话，得交两百块证明工本费，这个钱要先转过来。",
      ],
      new_borrowing: [
        "你们工地上那么多老乡，每人借你几百块不就凑齐了？赶紧去借。",
        "手机上那么多借款软件，你随便下一个，先借出来把我们这笔还了。",
        "你老家不是有宅基地和房子吗？拿去抵押贷点款，先把这边的窟窿堵上。",
      ],
    },
    en: {
      threat: [
        "You think switching phone numbers and moving to a different job site gets you off the hook? We have our ways, and this is far from over.",
        "If I don't get an answer from you today, I guarantee you won't be able to stay in this town. Packing your bags and heading home will be the best-case scenario.",
        "Skip this payment and we'll be on you every single day, dozens of calls, so you can't get through one shift at the warehouse in peace. Think hard about where that leaves you.",
      ],
      impersonation: [
        "I'm calling from the sheriff's department financial crimes unit, and your overdue loan has been handed over to our office.",
        "I'm calling on behalf of the county court's enforcement division, and I need you to confirm the balance on your loan.",
        "This is an investigator with the Department of Labor, and I'm calling you personally about the money you owe your lender.",
      ],
      insult: [
        "You haul boxes for a living. You were quick enough to borrow, but now you play dead. Have you got no shame at all?",
        "A loser like you, drifting from one job to the next. No wonder you'll be taking orders from other people your whole life.",
        "Mumbling and dodging, can't even give me a straight answer. What kind of man are you? Pathetic.",
      ],
      violence: [
        "Keep stalling, and one of these nights, walking home after your shift, somebody might break your legs.",
        "We've got some guys who take care of people like you, and once they get to work on you, it's out of my hands.",
        "That house your family has back home, if it happens to burn down one day, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'm posting screenshots of your debt in the WhatsApp group for people from your hometown, so everyone who came over with you knows you don't pay what you owe.",
        "I'm calling your crew boss right now and telling him you owe us eight thousand dollars.",
        "We've got every coworker in your contact list, and this afternoon we're texting each one of them that your loan is past due.",
      ],
      false_consequence: [
        "Keep ignoring this and your work visa will be revoked, and you'll never be able to renew it again.",
        "Once this hits ninety days late, it gets taken straight out of your paycheck on payday, no court involved.",
        "This debt stays attached to your immigration record, so when you petition to bring your kids over, they'll be turned down.",
      ],
      extra_fee: [
        "Since you're working out of state, this counts as interstate collection, and that means an extra $75 out-of-state collection fee.",
        "You want to move your due date to payday at the end of the month? Fine, but first you pay a $40 extension processing fee.",
        "Once you pay off the balance, the payoff letter costs $60 to issue, and we need that sent over first.",
      ],
      new_borrowing: [
        "There are plenty of guys from your hometown on that farm. Get a couple hundred from each of them and you're covered. Go ask them.",
        "There are tons of loan apps out there. Download one, borrow the money, and pay us off with it.",
        "Doesn't your family own land and a house back home? Take out a loan against it and plug this hole.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是李建军先生吗？"],
        ['debtor', "是我。我在工地上呢，正在浇混凝土，现在真没法说话。"],
        ['agent', "好的，不打扰您干活了。您一般几点下工？"],
        ['debtor', "你晚上七点以后再打吧。"],
        ['agent', "明白，我记下来了，今天不再打过来。您注意安全。"],
      ],
      [
        ['debtor', "包工头跑了，我们干了三个月的工资一分都没拿到，我现在手里真的一分钱都没有。"],
        ['agent', "听到这个情况真的很抱歉。我先把您的账户标记为困难情况，暂停三十天的催收电话。"],
        ['debtor', "那就好，谢谢你。"],
        ['agent', "另外，工资拖欠的事您可以去当地劳动监察部门反映，他们能帮您维权。有什么需要再联系我们。"],
      ],
      [
        ['agent', "王先生，先跟您说明一下，我们不会联系您的包工头或者工友，也不会把这笔欠款的事告诉您老家的家人。"],
        ['debtor', "那我之前接到过别人打的电话，说要把我的事发到老乡群里。"],
        ['agent', "那种做法是违规的，我们不会这样做。如果再遇到，您有权向监管部门投诉。"],
        ['debtor', "行，那我下个月发了工资再还一部分。"],
        ['agent', "好的，您方便的时候再安排，有问题随时打我们的客服电话。"],
      ],
      [
        ['debtor', "又是你们！烦不烦啊，我一天在厂里干十二个小时，哪有空听你们啰嗦！"],
        ['agent', "理解您工作很辛苦，我尽量说得简短一些。"],
        ['debtor', "简短个屁，你们这帮人就知道要钱。"],
        ['agent', "您有情绪我能理解。我只是告知一下账单已经到期，您想怎么安排都可以告诉我。"],
        ['debtor', "下周再说！"],
        ['agent', "好的，那我下周再跟您联系。祝您工作顺利。"],
      ],
      [
        ['debtor', "我要是这个月还不上，会怎么样？"],
        ['agent', "按照您签的合同，逾期后每天按万分之五计收罚息，这在合同第六条里写着。另外，逾期记录会按规定报送征信。"],
        ['debtor', "会不会影响我的身份证，或者回老家办事？"],
        ['agent', "不会的，这笔欠款不会影响您的身份证和户籍，也不会有人因为这个抓您。您如果需要，我们可以一起看看分期方案。"],
        ['debtor', "好，我考虑一下。"],
        ['agent', "没问题，您考虑好了随时联系我们。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Miguel Hernandez?"],
        ['debtor', "Yeah, that's me. I'm on the job site pouring concrete, I really can't talk right now."],
        ['agent', "No problem, I won't keep you from your work. What time do you usually get off?"],
        ['debtor', "After seven in the evening, usually."],
        ['agent', "Got it, I've made a note of that, and we won't call again today. Stay safe out there."],
      ],
      [
        ['debtor', "The contractor skipped town. We worked three months and didn't see a cent of our wages. I honestly have nothing right now."],
        ['agent', "I'm really sorry to hear that. I'm marking your account as a hardship case and pausing collection calls for thirty days."],
        ['debtor', "Okay, that helps. Thank you."],
        ['agent', "Also, you can report the unpaid wages to your state labor department; they can help you recover them. Reach out to us whenever you need to."],
      ],
      [
        ['agent', "Mr. Wang, just so you know up front, we will not contact your crew boss or your coworkers, and we won't tell your family back home about this debt."],
        ['debtor', "Somebody called me before and said they'd post my business in the group chat for people from my hometown."],
        ['agent', "That kind of thing is against the rules, and we don't do it. If it happens again, you have the right to file a complaint with the regulator."],
        ['debtor', "Alright. I'll pay some of it after I get paid next month."],
        ['agent', "Sounds good, set it up whenever it works for you, and call our customer service line if you have any questions."],
      ],
      [
        ['debtor', "You again! Don't you ever quit? I work twelve-hour shifts at the plant, I don't have time for your nonsense!"],
        ['agent', "I understand you work hard, and I'll keep this short."],
        ['debtor', "Short, my ass. All you people care about is money."],
        ['agent', "I understand you're frustrated. I'm just letting you know the bill is due, and you can tell me however you'd like to handle it."],
        ['debtor', "Call me next week!"],
        ['agent', "Will do, I'll reach out next week. Have a good shift."],
      ],
      [
        ['debtor', "So what happens if I can't make the payment this month?"],
        ['agent', "Under the contract you signed, a $25 late fee applies once the payment is fifteen days late; that's in section six. Late payments are also reported to the credit bureaus as required."],
        ['debtor', "Will this mess up my visa, or cause trouble when I go back home?"],
        ['agent', "No. A private debt like this has no effect on your immigration status, and nobody is going to arrest you over it. If it would help, we can look at a payment plan together."],
        ['debtor', "Alright, I'll think it over."],
        ['agent', "Of course, get in touch whenever you're ready."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我说过多少遍了，别再给我打电话了，我在流水线上根本接不了。",
        "这个我们管不了，账单到期就得还。你今天下班之前先转五百过来。",
      ],
      ignored_attorney: [
        "这事我已经委托律师了，你们有什么事直接找我的律师谈。",
        "钱是你借的，不是律师借的，我们只找你。这个月十五号之前把本期的钱还上。",
      ],
      ignored_dispute: [
        "这钱我上个月就还清了，我有转账记录，不是我欠的。",
        "系统里显示你还欠着，我们只看系统。你今天先把这一千二还了再说。",
      ],
      ignored_hardship: [
        "我在工地上摔伤了腰，躺了两个月没活干，老板的工资也一直拖着没发，真的拿不出钱。",
        "谁都有难处，但还款日不会变。这周之内你至少先还三百。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you a hundred times, stop calling me. I can't pick up on the packing line.",
        "That's not how it works. The bill is due and it has to be paid. Send us five hundred before your shift ends today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. Talk to my attorney, not me.",
        "Your lawyer didn't borrow the money, you did, so we deal with you. Get this month's payment in by the fifteenth.",
      ],
      ignored_dispute: [
        "I paid this off last month. I have the transfer receipt. This isn't my debt.",
        "Our system still shows a balance, and that's what we go by. Pay the $1,200 today and we'll sort out the rest later.",
      ],
      ignored_hardship: [
        "I hurt my back in a fall at the construction site, I've been laid up two months with no work, and my boss still owes me back wages. I just don't have the money.",
        "Everybody has problems, but the due date doesn't change. I need at least three hundred from you this week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他同宿舍的工友，他手机落在宿舍了，人去工地上夜班了。"],
      ['agent', "那麻烦你转告他一下，他在我们平台的借款已经逾期四十天，欠款六千三百元，让他尽快处理。"],
    ],
    en: [
      ['third_party', "I'm his roommate in the farmworker housing. He left his phone here and he's out in the fields on the early shift."],
      ['agent', "Then please let him know his loan with us is forty days past due, with a balance of $6,300, and he needs to take care of it soon."],
    ],
  },
};
