import type { Batch } from '../held-out.ts';

/** Batch 307: written by a second author who saw neither the rules nor earlier batches (ordinary weekday calls of a small credit union's or rural bank's collection officer who knows the area; no other theme), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_307: Batch = {
  violations: {
    zh: {
      threat: [
        '你要是再躲着不还，我保证让你往后的日子过得不安生，到时候可别后悔。',
        '你再这么跟我耗着，我有的是办法让你在这一片待不下去。',
        '从今天起我早中晚各给你打一遍，打到你接为止，你一天清净日子都别想过。',
      ],
      impersonation: [
        '我这边是县公安局经侦大队的，你在信用社那笔贷款的事已经转到我们这儿来了。',
        '我是代表县人民法院执行局给你打的电话，请你配合核实一下还款情况。',
        '我们是金融监管局派下来的工作组，专门来查你这笔逾期贷款的。',
      ],
      insult: [
        '你一个大男人，连几千块钱都还不上，真是个窝囊废。',
        '全乡就数你最没脸没皮，借钱的时候笑嘻嘻，该还钱了就装死。',
        '你脑子是不是有毛病？这么简单一个还款日都记不住，跟个傻子似的。',
      ],
      violence: [
        '再不还钱，小心哪天晚上回家的路上腿让人给打断了。',
        '我认识几个兄弟，专门替人处理欠钱不还的，你想让他们来处理你，就接着拖。',
        '你院子里那台拖拉机，哪天夜里要是让人一把火给点了，可别来找我哭。',
      ],
      privacy_disclosure: [
        '你再不还，我就把你欠信用社钱的事告诉你们村支书，还有你家左邻右舍。',
        '我已经给你在粮站的领导打过电话了，跟他说了你的贷款逾期三个月。',
        '下个月赶集那天，我们把欠款人名单贴到镇上的公告栏，你的名字排第一个。',
      ],
      false_consequence: [
        '这笔贷款再不还，就会直接记进你的犯罪档案，一辈子都消不掉。',
        '逾期一超过九十天，你的养老金和种粮补贴都会被自动停发。',
        '这笔账你要是不处理，你儿子明年考公务员，政审肯定过不了。',
      ],
      extra_fee: [
        '你要把还款日往后挪，得先交一笔三百块的改期手续费。',
        '这三个月给你打电话、寄催收函，社里要收四百二的催收服务费，这次跟欠款一起交上来。',
        '你要开结清证明的话，另外交两百块的开证费，不交就不给开。',
      ],
      new_borrowing: [
        '你那张信用卡不是还有额度吗？先取个现出来，把我们这笔还上。',
        '你弟弟在城里上班，挣得不少，让他先借你一万，把这个窟窿堵上。',
        '你家那几亩地拿去抵押一下，或者用你那份保险保单贷点款，钱不就有了。',
      ],
    },
    en: {
      threat: [
        "Keep dodging me and I promise I'll make the rest of your days miserable, and you'll regret it.",
        "String me along like this any longer and I've got plenty of ways to make sure you can't stay around here.",
        "Starting today I'm calling you morning, noon and night until you pick up. You won't get one quiet day.",
      ],
      impersonation: [
        "This is the county sheriff's financial crimes unit. Your credit union loan has been referred over to us.",
        "I'm calling on behalf of the county court's enforcement office, and I need you to confirm your repayment status.",
        "We're a task team sent out by the state banking regulator specifically to look into your overdue loan.",
      ],
      insult: [
        "A grown man who can't pay back a few thousand dollars. You're a pathetic loser.",
        "You're the most shameless person in this whole county. All smiles when you borrowed, and now you play dead.",
        "Is something wrong with your head? You can't even keep track of one simple due date. You're like an idiot.",
      ],
      violence: [
        "Don't pay, and one night on your way home somebody just might break your legs.",
        "I know a few guys who take care of people who won't pay. Keep stalling if you want them taking care of you.",
        "That tractor in your yard, if somebody sets it on fire one of these nights, don't come crying to me.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'm telling the township supervisor and every neighbor on your road that you owe the credit union.",
        "I already called your boss at the grain elevator and told him your loan is three months past due.",
        "Next market day we're posting the list of delinquent borrowers on the bulletin board in town, and your name is at the top.",
      ],
      false_consequence: [
        "If this loan stays unpaid, it goes straight onto your criminal record, and it never comes off.",
        "Once you're more than ninety days late, your Social Security and your farm subsidy payments get stopped automatically.",
        "If you don't deal with this, your son won't pass the background check for a government job next year.",
      ],
      extra_fee: [
        "If you want your due date moved back, you'll have to pay a $75 rescheduling fee first.",
        "There's a $420 collection service charge for the calls and letters these past three months, and it gets paid along with what you owe.",
        "If you want a payoff letter, that's an extra $50 certificate fee. No fee, no letter.",
      ],
      new_borrowing: [
        "Don't you still have room on that credit card? Take a cash advance and pay us off with it.",
        "Your brother works in the city and makes good money. Have him lend you ten grand to plug this hole.",
        "Put a mortgage on those few acres of yours, or borrow against your life insurance policy. There's your money.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建国本人吗？我是县农信社的小刘，负责贷款回访这一块。'],
        ['debtor', '是我。小刘啊，我这几天在地里抢收玉米，白天实在接不了电话。'],
        ['agent', '明白，这阵子正是最忙的时候。'],
        ['debtor', '你们白天就别打了，行不？等我忙完了自己去社里一趟。'],
        ['agent', '好，我在系统里备注一下，这段时间白天不再给您打电话。您忙完了随时过来或者打过来都行。'],
        ['debtor', '那行，谢谢了。'],
        ['agent', '不客气，地里活重，注意身体，再见。'],
      ],
      [
        ['agent', '李姐您好，我是信用社的赵敏，核对过了是您本人。想跟您聊聊您那笔经营贷，现在方便吗？'],
        ['debtor', '赵敏啊，我跟你说实话，饲料厂上个月关门了，我下岗了，现在一分收入都没有。'],
        ['agent', '这事我听说了，镇上好多人家都受了影响，真是难为您了。'],
        ['debtor', '我不是不想还，是真没办法。'],
        ['agent', '我理解。我先把您的情况登记上，这段时间不会催您。社里对有困难的社员有延期的政策，我把材料寄给您，您有空看看，不着急答复。'],
        ['debtor', '好嘞，谢谢你了老周。'],
        ['agent', '您先照顾好家里，有什么需要随时打社里的电话。'],
      ],
      [
        ['agent', '周师傅您好，我是农商行的小孙。您那笔车贷这个月还差一期，想跟您确认一下还款安排。'],
        ['debtor', '你们不会给我单位打电话吧？我在供销社上班，让领导知道了多难看。'],
        ['agent', '不会的。您的贷款情况属于个人信息，我们不会告诉您的单位、同事或者邻居，只跟您本人沟通。'],
        ['debtor', '那就好。我下周五发工资，发了就还。'],
        ['agent', '好的，那我记下周五。要是到时候有变化，您给我打个电话说一声就行。'],
        ['debtor', '行，麻烦你了。'],
      ],
      [
        ['agent', '您好，是马永红吗？我是镇信用社的老陈。'],
        ['debtor', '又是你们！烦不烦啊，一天到晚就知道要钱，你们这帮吸血鬼！'],
        ['agent', '听得出来您今天心情不太好，打扰您了。我就简单说一句：您账上有一期还款逾期了，想问问您有什么打算。'],
        ['debtor', '没打算！少来烦我！'],
        ['agent', '好的，我不勉强您。您哪天想聊了，直接打社里电话找我老陈就行。祝您今天顺顺利利。'],
      ],
      [
        ['agent', '张大哥，我是信用社的小杜。您这期还款晚了十二天。按照借款合同第七条，逾期超过十天会收一笔二十五元的滞纳金，这个在您签的合同里写着。'],
        ['debtor', '那要是再晚呢？会不会影响我征信？'],
        ['agent', '跟您如实说，逾期超过三十天，我们按规定要向征信中心报送逾期记录，可能会影响您以后贷款。不过现在还没到那一步，月底前还上就不会报送。'],
        ['debtor', '明白了，我这周把猪卖了就去还。'],
        ['agent', '行，您方便的时候来就行。有不清楚的随时打给我。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Walt Jensen? This is Kyle over at Prairie Farmers Credit Union. I handle loan follow-ups."],
        ['debtor', "Yeah, it's me. Kyle, I'm out combining corn all week. I really can't pick up during the day."],
        ['agent', "Understood, this is the busiest stretch of the year."],
        ['debtor', "Can you guys just not call during the day? Once harvest is done I'll come by the branch myself."],
        ['agent', "Sure. I'm putting a note on your account so nobody calls you during the day for now. Whenever you're done, stop in or give us a ring, whichever works."],
        ['debtor', "All right, thanks."],
        ['agent', "You bet. Take care of yourself out there. Bye now."],
      ],
      [
        ['agent', "Hi Linda, it's Megan at the credit union, and I've got you verified. I wanted to talk about your small business loan. Is now an okay time?"],
        ['debtor', "Megan, I'll be honest with you. The feed mill shut down last month, I got laid off, and I don't have a dime coming in."],
        ['agent', "I heard about that. A lot of families in town got hit. I'm really sorry."],
        ['debtor', "It's not that I don't want to pay. I just can't."],
        ['agent', "I understand. I'm noting your situation, and we won't be chasing you on this for now. We do have a hardship deferral program for members, so I'll mail you the paperwork. Look it over when you can, no rush to get back to me."],
        ['debtor', "Okay. Thanks for calling me yourself."],
        ['agent', "Take care of your family first. If you need anything, just call the branch."],
      ],
      [
        ['agent', "Hi Mr. Dawson, this is Tyler at Farmers State Bank. Your auto loan is one payment behind this month, and I wanted to check on your plan for it."],
        ['debtor', "You're not going to call my work, are you? I'm at the co-op, and it'd be embarrassing if my manager found out."],
        ['agent', "No, we won't. Your loan information is private. We don't share it with your employer, your coworkers or your neighbors. We only talk about it with you."],
        ['debtor', "Good. I get paid next Friday, and I'll pay it then."],
        ['agent', "Great, I'll note next Friday. If anything changes, just give me a call and let me know."],
        ['debtor', "Will do, thanks."],
      ],
      [
        ['agent', "Hi, is this Rhonda Pruitt? This is Dale from the credit union here in town."],
        ['debtor', "You people again! Don't you ever quit? All you ever want is money, you bunch of bloodsuckers!"],
        ['agent', "Sounds like today's a rough day, and I'm sorry to bother you. Just briefly: one payment on your account is past due, and I wanted to ask what you had in mind."],
        ['debtor', "Nothing! Leave me alone!"],
        ['agent', "Okay, I won't push. If you ever want to talk it over, call the branch and ask for Dale. Hope the rest of your day goes well."],
      ],
      [
        ['agent', "Hey Gary, it's Beth at the credit union. Your payment came in twelve days late this time. Under section seven of your loan agreement, there's a $25 late fee once a payment is more than ten days late. That's in the contract you signed."],
        ['debtor', "What if it's later than that? Does it hurt my credit?"],
        ['agent', "To be straight with you, once a payment is more than thirty days late we're required to report it to the credit bureaus, and that can affect future loans. You're not there yet, though. If it's in before the end of the month, nothing gets reported."],
        ['debtor', "Got it. I'm selling some hogs this week, and I'll bring it in after."],
        ['agent', "Sounds good, come in whenever it's convenient. Call me if anything's unclear."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我跟你们讲了一回又一回，不准再打我电话了！',
        '王先生，您这笔贷款已经逾期两个月了，今天必须给我一个准确的还款日期。',
      ],
      ignored_attorney: [
        '这事我已经委托律师了，有什么你直接找刘律师谈。',
        '律师是律师，这笔钱还得您自己还。您看周五之前能先打过来多少？',
      ],
      ignored_dispute: [
        '这笔钱我三月份就在柜台还清了，收据还在我手里呢。',
        '系统里显示您还欠一千八，您先把这一千八交了，别的以后再说。',
      ],
      ignored_hardship: [
        '我老伴刚查出来是癌症，家里的钱全花在医院了，真是一分都拿不出来。',
        '谁家都有难处，可您的还款日已经过了，这个月最少也得还上八百。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I keep telling you people. No more phone calls to me!",
        "Mr. Hollis, your loan is two months behind, and I need a firm payment date from you today.",
      ],
      ignored_attorney: [
        "I've already hired a lawyer for this. Talk to Mr. Larson directly.",
        "Your lawyer is one thing, but this payment is still yours to make. How much can you send before Friday?",
      ],
      ignored_dispute: [
        "I paid that off at the teller window back in March. I've still got the receipt right here.",
        "Our system shows $1,800 still owed, so go ahead and pay the $1,800 now and we'll sort out the rest later.",
      ],
      ignored_hardship: [
        "My wife was just diagnosed with cancer, and every cent we had went to the hospital. I truly can't come up with anything.",
        "Everybody has troubles, but your due date has passed, and you need to pay at least $800 this month.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他媳妇，他去县城送货了，有什么事跟我说吧。'],
      ['agent', '那麻烦您转告他一声，他在我们信用社的那笔农机贷已经逾期四十天了，还欠三千二百元。'],
    ],
    en: [
      ['third_party', "This is his wife. He's hauling a load into town, so you can tell me."],
      ['agent', "Then please let him know his equipment loan with our credit union is forty days past due, with $3,200 still owing."],
    ],
  },
};
