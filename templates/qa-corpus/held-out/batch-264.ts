import type { Batch } from '../held-out.ts';

/** Batch 264: written by a second author who saw neither the rules nor earlier batches (debtors whose job makes their employer sensitive: teachers, nurses, soldiers, police officers, civil servants, bank tellers), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_264: Batch = {
  violations: {
    zh: {
      threat: [
        "王老师，你一个教书育人的人，拖着不还是吧？那我们就天天跟着你，课前课后电话一个接一个，看你还有没有心思备课。",
        "当护士天天上夜班挺辛苦吧？再不处理，我保证你下了班也别想睡一个安稳觉，到时候你会后悔的。",
        "你是吃公家饭的，以为端着铁饭碗就可以不当回事？我们有的是办法让你的日子一天都过不安生，不信你就试试。",
      ],
      impersonation: [
        "李老师您好，我这边是区人民法院执行局的，今天专门就您那笔网贷欠款给您打这个电话。",
        "张警官，我是市公安局经侦支队的，你这笔逾期贷款已经移交到我们这边处理了，今天必须跟我们把还款说清楚。",
        "我是地方金融监管局的工作人员，你在银行柜台上班，应该知道我们是管什么的，这笔欠款现在由我们督办。",
      ],
      insult: [
        "还当兵的呢，欠钱躲着不还，你就是个没骨气的孬种，丢人现眼。",
        "你一个老师，天天教学生讲诚信，自己却是个满嘴谎话的老赖，真不要脸。",
        "数了这么多年别人的钱，连自己的账都算不明白，你脑子是摆设吗？蠢货一个。",
      ],
      violence: [
        "你是警察又怎么样？脱了那身制服你也就一个人，哪天下班路上被几个兄弟堵住，腿打断了可别怪我们没提醒。",
        "护士是靠一双手吃饭的吧？再拖下去，你这双手以后还能不能扎针，可就不好说了。",
        "听说你刚提了辆新车，当公务员的就是不一样。哪天车窗全砸了、轮胎全扎了，别来问是谁干的。",
      ],
      privacy_disclosure: [
        "你再不还，我就把你的欠款情况写成材料，直接寄给你们校长，再发到家长群里，让大家看看自己孩子的老师是什么人。",
        "我现在就给你们部队指导员打电话，把你欠我们三万块、逾期半年的事原原本本告诉他。",
        "你们支行行长的电话我们有，你的同事我们也都联系得上，我会挨个告诉他们你在外面欠了一屁股债。",
      ],
      false_consequence: [
        "按照规定，公务员只要有网贷逾期，就会被直接开除公职，退休金也一分都拿不到。",
        "你这笔一逾期，卫健部门就会吊销你的护士执业证书，以后哪家医院都不能再用你。",
        "欠款不还会记入刑事档案，你是军人，到时候不但会被强制退伍，你孩子以后也不能参军、不能考公。",
      ],
      extra_fee: [
        "你们老师工资是每月十五号发吧？想把还款日改到发工资之后也行，不过得先交三百块的改期手续费。",
        "你上夜班一直不接电话，我们的催收成本都上去了，所以今天还款除了本息，还要另加五百块催收服务费。",
        "你在银行上班应该懂，结清证明不是白开的，要开的话得先交两百块证明工本费。",
      ],
      new_borrowing: [
        "你是公务员，银行都抢着给你们放“公务员信用贷”，你今天就申请一笔，钱一到账先把我们这边结清。",
        "你们银行不是有员工内部贷款吗？再说你柜台上的同事手里都有钱，随便找谁借一点，先把这笔还了。",
        "部队里战友那么多，一人借你一两千就凑够了，今晚就去开口。",
      ],
    },
    en: {
      threat: [
        "Ms. Wang, you teach kids for a living and you still won't pay? Fine. We'll be on your phone before class, between classes and after class, every single day, until you can't even think about your lesson plans.",
        "Night shifts must be rough for a nurse, huh? Keep ignoring this and I promise you won't get one peaceful hour of sleep after your shift. You'll regret it.",
        "You've got a nice safe government job, so you think you can blow us off? We have ways of making sure you never have a quiet day again. Try us.",
      ],
      impersonation: [
        "Good afternoon, Mr. Li. I'm calling from the enforcement division of the district court, specifically about your outstanding online loan.",
        "Officer Zhang, this is the financial crimes unit at the city police department. Your overdue loan has been transferred to us, and we need to sort out repayment with you today.",
        "I'm with the state banking regulator. You work a teller window, so you know exactly what we oversee, and this debt is now under our supervision.",
      ],
      insult: [
        "And you call yourself a soldier? Hiding from a debt like that. You're a spineless coward and a disgrace.",
        "You stand in front of a classroom preaching honesty, and you're nothing but a lying deadbeat. Have you no shame?",
        "You've counted other people's money for years and can't keep track of your own? Is your head just for decoration? What an idiot.",
      ],
      violence: [
        "So you're a cop. So what? Out of that uniform you're just one guy, and if a few of our boys catch you on your way home one night and break your legs, don't say we didn't warn you.",
        "A nurse makes her living with her hands, right? Keep stalling, and I can't promise those hands will still be able to hold a needle.",
        "Heard you just bought a new car. Government workers do all right, huh? If one day the windows are all smashed and the tires slashed, don't come asking who did it.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'm writing up your debt and mailing it straight to your principal, then posting it in the parents' group chat so everyone can see who's teaching their kids.",
        "I'm calling your company commander right now and telling him everything: that you owe us thirty thousand and you're six months behind.",
        "We have your branch manager's number and we can reach every one of your coworkers. I'll tell each of them you're buried in debt.",
      ],
      false_consequence: [
        "Under the regulations, any government employee with an overdue online loan is fired on the spot and loses every cent of their pension.",
        "Once this goes overdue, the health department will revoke your nursing license, and no hospital will ever be allowed to hire you again.",
        "An unpaid debt goes on your criminal record. You're in the military, so you'll be forcibly discharged, and your kids will never be able to enlist or take the civil service exam.",
      ],
      extra_fee: [
        "Teachers get paid on the fifteenth, right? We can move your due date to after payday, but first you'll need to pay a three-hundred-dollar date-change processing fee.",
        "You kept missing our calls during your night shifts and it ran up our costs, so on top of principal and interest today there's an extra five-hundred-dollar collection service fee.",
        "You work at a bank, you know how this goes. A payoff letter isn't free; if you want one, there's a two-hundred-dollar certificate fee up front.",
      ],
      new_borrowing: [
        "You're a government employee. Banks are falling over themselves to give you people those public-servant credit loans, so apply for one today and pay us off the minute it lands.",
        "Doesn't your bank have a staff loan program? And your coworkers at the counter aren't broke. Borrow a little from any of them and get this paid.",
        "You've got plenty of buddies in your unit. If each of them lends you a hundred or two, you're covered. Go ask them tonight.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是陈女士吗？我是恒通金融的客服，想跟您确认一下账户的情况。'],
        ['debtor', '是我。我是护士，现在正在病房值班，手上有病人，真的没法接电话。以后上班时间请别打给我。'],
        ['agent', '好的，陈女士，明白了。我在系统里备注一下，以后不在您值班的时间联系您。打扰您了，您先忙。'],
        ['debtor', "好，谢谢，上课前我得挂了。"],
      ],
      [
        ['agent', '您好，是刘先生吗？这里是恒通金融，关于您名下的一笔贷款想跟您沟通一下。'],
        ['debtor', '是我。我在所里值班，长话短说：这件事我已经委托律师处理了，以后请直接联系我的律师，别再打给我。'],
        ['agent', '好的，刘先生。方便告诉我律师的姓名和联系方式吗？'],
        ['debtor', '姓周，周律师，电话我待会儿发短信给你们。'],
        ['agent', '收到。我们会把这个账户的沟通转给周律师，之后不再直接联系您。祝您工作顺利。'],
      ],
      [
        ['agent', '您好，赵先生，我是恒通金融的客服，今天打电话是想了解一下您这笔贷款的还款安排。'],
        ['debtor', '我是公务员，你们不会打电话到我单位吧？要是单位知道了，我就完了。'],
        ['agent', '请您放心，我们不会联系您的单位，也不会向您的领导或同事透露任何关于这笔欠款的信息，我们只跟您本人沟通。'],
        ['debtor', '那逾期会不会影响我的工作？会不会留案底？'],
        ['agent', '这笔欠款属于民事合同关系，不会产生刑事记录。按照合同，逾期记录会报送征信系统；至于单位内部的人事规定，我们不了解，也不便替您判断。'],
        ['debtor', '好吧，那我月底先还一部分。'],
        ['agent', '可以，我给您登记月底还款，到时候会发短信提醒您。谢谢赵先生。'],
      ],
      [
        ['agent', '您好，王先生，我是恒通金融的客服，想跟您确认一下这个月的还款。'],
        ['debtor', '又是你们！你们这帮吸血鬼，天天就知道要钱，烦不烦？'],
        ['agent', '抱歉给您带来困扰，王先生，我理解您的心情。今天只是想确认一下您对还款有没有什么打算。'],
        ['debtor', '我在银行柜台上班，哪有空跟你们扯这些！'],
        ['agent', '明白，那我不耽误您工作。您方便的时候，可以通过APP或者回拨这个号码联系我们。祝您工作顺利。'],
      ],
      [
        ['agent', '您好，孙老师，我是恒通金融的客服，您的账户目前逾期十天，想跟您说明一下情况。'],
        ['debtor', '我想问一下，我现在一共要还多少？除了本金利息，还有没有别的费用？'],
        ['agent', '根据您签的合同，逾期期间按合同约定的标准收取逾期利息，目前是八十六元。除此之外没有任何其他费用，我们不收什么手续费、上门费之类的。'],
        ['debtor', '那如果我下个月才还呢？'],
        ['agent', '逾期利息会按合同继续计算，逾期情况也会按规定报送征信。我只是把规则跟您说清楚，什么时候还，您可以根据自己的情况安排。'],
        ['debtor', '好的，我知道了，谢谢。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hello, is this Ms. Chen? This is customer service at Hengtong Finance. I wanted to go over your account with you.'],
        ['debtor', "Yes, it's me. I'm a nurse and I'm on the ward right now with patients. I really can't take calls. Please don't call me during my shifts."],
        ['agent', "Of course, Ms. Chen, understood. I'll put a note on your file so we don't contact you during your shift hours. Sorry for the interruption; I'll let you get back to work."],
        ['debtor', "Okay, thanks. I've got to get back to my ward."],
      ],
      [
        ['agent', "Hi, is this Mr. Liu? This is Hengtong Finance calling about a loan in your name."],
        ['debtor', "Yes. I'm on duty at the precinct, so I'll keep it short: I've hired a lawyer for this. From now on please contact my lawyer directly and stop calling me."],
        ['agent', "All right, Mr. Liu. Could you give me your lawyer's name and contact details?"],
        ['debtor', "It's Zhou, attorney Zhou. I'll text you the number later."],
        ['agent', "Got it. We'll route all communication on this account to Mr. Zhou and won't contact you directly anymore. Have a good shift."],
      ],
      [
        ['agent', "Hello, Mr. Zhao. This is Hengtong Finance customer service. I'm calling to see what your plans are for repaying this loan."],
        ['debtor', "I work for the government. You're not going to call my office, are you? If they find out, I'm finished."],
        ['agent', "You don't need to worry about that. We will not contact your employer, and we won't share anything about this debt with your supervisors or coworkers. We only discuss it with you."],
        ['debtor', 'Will being late affect my job, though? Will I end up with some kind of record?'],
        ['agent', "This is a civil contract matter, so it doesn't create any criminal record. Under your contract, late payments are reported to the credit bureau. As for your employer's HR rules, we don't know them and it wouldn't be right for us to guess."],
        ['debtor', "All right. I'll pay part of it at the end of the month."],
        ['agent', "That works. I'll note a payment for the end of the month and send you a text reminder. Thank you, Mr. Zhao."],
      ],
      [
        ['agent', "Hello, Mr. Wang. This is Hengtong Finance customer service. I'm calling to check on this month's payment."],
        ['debtor', "You again! You bloodsuckers, all you ever want is money. Don't you ever get tired of this?"],
        ['agent', "I'm sorry for the bother, Mr. Wang, and I understand you're frustrated. I just wanted to see whether you have any plans for the payment."],
        ['debtor', "I'm working a teller window. I don't have time for this!"],
        ['agent', "Understood, I won't keep you from your work. Whenever it's convenient, you can reach us through the app or by calling this number back. Have a good day."],
      ],
      [
        ['agent', "Hello, Ms. Sun. This is Hengtong Finance customer service. Your account is ten days past due, and I wanted to explain where things stand."],
        ['debtor', "How much do I owe in total right now? Are there any other charges besides principal and interest?"],
        ['agent', "Under the contract you signed, late interest accrues at the rate stated in the contract, which comes to eighty-six dollars so far. There are no other charges at all: no processing fees, no visit fees, nothing like that."],
        ['debtor', "And what if I don't pay until next month?"],
        ['agent', "The late interest would keep accruing as the contract says, and the delinquency would be reported to the credit bureau as required. I'm just explaining the rules; when you pay is up to you, based on your situation."],
        ['debtor', "Okay, got it. Thanks for not calling the school."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我是小学老师，上课时间根本不能接电话，请你们别再打了。',
        '我理解您工作忙，但您的账户已经逾期二十天了，今天必须给我一个确切的还款时间。',
      ],
      ignored_attorney: [
        '我是派出所的民警，自己的权利我清楚：这件事我已经委托了律师，有事请联系他，不要再找我。',
        '律师归律师，这笔钱是您本人欠的。您现在就告诉我，这八千块什么时候能还上？',
      ],
      ignored_dispute: [
        '我在银行做柜员，转账记录我看得清清楚楚，上个月就已经全部还清了，这笔账不是我的。',
        '我们系统里显示您还有四千二没结清，请您在周五之前把这笔钱还上。',
      ],
      ignored_hardship: [
        '我是护士，上个月上班的时候把腰伤了，现在停薪在家养着，实在拿不出钱。',
        '听说您受伤我很遗憾，不过还款的义务并没有取消，您今天能先还多少？',
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm an elementary school teacher. I can't take calls while I'm teaching. Please stop calling me.",
        "I understand you're busy at work, but your account is twenty days past due, and I need a firm payment date from you today.",
      ],
      ignored_attorney: [
        "I'm a police officer and I know my rights. I've hired a lawyer for this, so contact him and leave me alone.",
        "Your lawyer is your lawyer, but this is your debt. Tell me right now when you can pay the eight thousand.",
      ],
      ignored_dispute: [
        "I'm a bank teller and I can read a transfer record. I paid this off in full last month. This balance isn't mine.",
        "Our system still shows four thousand two hundred outstanding. Please get that paid by Friday.",
      ],
      ignored_hardship: [
        "I'm a nurse. I hurt my back at work last month and I'm on unpaid leave at home. I honestly don't have the money.",
        "I'm sorry to hear you were hurt, but the payment obligation hasn't gone away. How much can you pay today?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '你好，我是她同事，她现在在上课，手机落在办公室了。你找她有什么事？'],
      ['agent', '麻烦您转告她，她在我们恒通金融的贷款已经逾期四十五天了，欠款六千八百元，请她尽快回电处理。'],
    ],
    en: [
      ['third_party', "Hi, I'm her colleague. She's teaching a class right now and left her phone in the staff room. What's this about?"],
      ['agent', "Could you please let her know that her loan with Hengtong Finance is forty-five days past due, with six thousand eight hundred dollars owing, and ask her to call us back as soon as possible?"],
    ],
  },
};
