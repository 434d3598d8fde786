import type { Batch } from '../held-out.ts';

/** Batch 284: written by a second author who saw neither the rules nor earlier batches (construction and factory workers and truck drivers: wages paid late by contractors, shifts, injuries on the job, work far from home), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_284: Batch = {
  violations: {
    zh: {
      threat: [
        "你在工地上躲得了一天躲不了一辈子，这笔账不清，我们有的是办法让你在外地待不下去。",
        "别拿包工头拖工资当借口，今天不还，我保证你以后的日子天天不得安宁，到时候后悔都来不及。",
        "跑长途就以为我们够不着你？从今天起我们就一直缠着你，缠到你还清为止，你家里那边也别想过安生日子。",
      ],
      impersonation: [
        "我这边是市公安局经侦大队的，你这笔欠款现在由我们接手调查，请你配合。",
        "我是代表法院执行局给你打的电话，你的案子已经转到我们手上了。",
        "我们是跟金融监管局联合办案的，这通电话就是监管部门正式通知你还款。",
      ],
      insult: [
        "搬砖的就是搬砖的，借钱的时候那么痛快，还钱就装死，你还要不要脸？",
        "一个开大车的老赖，几千块都还不上，你活得可真够窝囊的。",
        "你脑子是不是让流水线上的机器压坏了？这么简单的还款日都记不住，废物一个。",
      ],
      violence: [
        "再拖着不还，你在脚手架上可得小心点，工地上摔下来出点意外是很正常的事。",
        "你那辆货车天天停在路边，哪天轮胎被扎了、挡风玻璃被砸了，可别说我没提醒你。",
        "我们有兄弟专门收拾你这种人，到时候打断你一条胳膊，看你还怎么上流水线。",
      ],
      privacy_disclosure: [
        "今天不还，我就打给你们包工头和整个班组，让工地上每个人都知道你欠钱不还。",
        "你们厂的人事我已经联系上了，你的欠款情况马上就会发到车间群里。",
        "你通讯录里的老乡我们挨个打，让你们村里都知道你在外面借钱不还。",
      ],
      false_consequence: [
        "你这笔逾期已经上报了，明天起你的驾驶证和从业资格证都会被吊销，货车你是开不了了。",
        "欠款不还就算诈骗，你会留下案底，以后哪个工地都不会再用你。",
        "逾期超过九十天，系统会直接从你的工资卡上划扣，根本不需要经过法院。",
      ],
      extra_fee: [
        "你想推到发工资那天再还也行，但得先交三百块的延期手续费。",
        "你这笔已经转给外包催收了，要额外加收百分之十的催收服务费。",
        "要开结清证明给你们公司看，得另交两百块工本费。",
      ],
      new_borrowing: [
        "工资没发下来你就先去别的平台借一笔，下个借款APP十分钟就到账。",
        "你工友那么多，每人借你几百块，今天不就凑齐了？",
        "你那辆车不是还能抵押吗？拿去押个贷款，先把我们这笔还上。",
      ],
    },
    en: {
      threat: [
        "You can hide on that job site for a day, not forever. Leave this unpaid and we've got ways of making sure you can't stay out there.",
        "Don't hand me that line about your contractor not paying you. Skip this payment today and I promise you won't have one quiet day from here on. You'll regret it.",
        "Think driving long-haul puts you out of reach? From today we stay on you, nonstop, until it's paid, and things at home won't be peaceful either.",
      ],
      impersonation: [
        "This is the economic crimes unit of the city police department. We've taken over the investigation of your debt and we need your cooperation.",
        "I'm calling on behalf of the court's enforcement division. Your case has been transferred to us.",
        "We're working this case jointly with the financial regulator, and this call is the regulator's formal notice that you need to pay.",
      ],
      insult: [
        "A laborer's always gonna be a laborer. Real quick to borrow, then you play dead when it's time to pay. Have you got no shame at all?",
        "A truck-driving deadbeat who can't even scrape together a few grand. What a pathetic way to live.",
        "Did the machines on that assembly line flatten your brain? You can't even remember a simple due date. Useless.",
      ],
      violence: [
        "Keep dragging this out and you'd better watch your step up on that scaffolding. Guys fall off those all the time.",
        "That rig of yours sits on the roadside every night. If the tires get slashed or the windshield gets smashed one day, don't say I didn't warn you.",
        "We've got guys who take care of people like you. Once they break your arm, let's see you work that assembly line.",
      ],
      privacy_disclosure: [
        "Don't pay today and I'm calling your foreman and your whole crew so everybody on that site knows you don't pay what you owe.",
        "I've already reached HR at your plant, and your overdue balance is about to get posted in the shop floor group chat.",
        "We're calling every hometown buddy in your contacts, one at a time, so your whole town hears you borrowed money and never paid it back.",
      ],
      false_consequence: [
        "Your delinquency's been reported. Starting tomorrow your CDL and your operating permit get revoked, so you're done driving trucks.",
        "Not paying this counts as fraud. You'll have a criminal record, and no job site will ever hire you again.",
        "Once you're past ninety days, the system pulls the money straight out of your paycheck account. No court needed.",
      ],
      extra_fee: [
        "You can push it back to payday if you want, but first you pay a $40 extension processing fee.",
        "Your account's been sent to an outside collection agency, so there's an extra ten percent collection service charge on top.",
        "If you want a paid-in-full letter to show your employer, that's a separate $25 paperwork fee.",
      ],
      new_borrowing: [
        "Your wages haven't come in? Then take out a loan on another app. Download one and the cash hits your account in ten minutes.",
        "You've got a whole crew of coworkers. Get a couple hundred from each of them and you'll have it covered today.",
        "Can't you still put that truck up as collateral? Get a loan against it and pay us off first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是王建军先生吗？我是安信金融的客服小刘，工号3021。"],
        ["debtor", "是我。我在外地工地上干活，前几天把腰摔伤了，现在躺着动不了，你们别再给我打电话了。"],
        ["agent", "明白了，王先生，先祝您早日康复。您不希望我们再打电话，我这边已经记录下来，会暂停电话联系。"],
        ["debtor", "行，工地还等着我，就这样吧。"],
        ["agent", "好的。以后您如果想沟通，可以自己打我们的客服热线。打扰您休息了，再见。"],
      ],
      [
        ["agent", "您好，是赵海涛先生吗？我是顺达消费金融的客服，想跟您沟通一下您的借款账户。"],
        ["debtor", "是我。我在厂里出了工伤，现在所有欠款的事都委托给律师处理了，你们直接找他。"],
        ["agent", "好的，明白。麻烦您提供一下律师的姓名和联系方式，之后关于这笔账我们只跟律师沟通。"],
        ["debtor", "姓李，李律师，号码我一会儿短信发给你。"],
        ["agent", "收到后我们会更新记录，不再就这笔账直接联系您。祝您早日养好伤。"],
      ],
      [
        ["agent", "您好，请问是陈志强先生吗？我是恒通金融的客服小周，关于您的个人贷款账户。"],
        ["debtor", "是我。我跟你说，我在包装厂上班，你们要是打到我主管那儿，我这工作就没了。"],
        ["agent", "我理解您的顾虑。我们不会联系您的单位，也不会跟您的同事说任何事情，这个账户我们只跟您本人沟通。"],
        ["debtor", "那就好。厂里现在一周只排三天班，手头确实紧。"],
        ["agent", "谢谢您告诉我。我们可以帮您调成每月少还一点，比如每月五百元，从您下次发工资以后开始，您看可以吗？"],
        ["debtor", "这个我能接受。"],
        ["agent", "好的，我把还款计划的书面材料发给您，您看过没问题再确认。"],
      ],
      [
        ["agent", "您好，请问是马国华先生吗？我是宏远金融的客服。"],
        ["debtor", "又是你们？我正开着车呢，有屁快放，一帮吸血鬼。"],
        ["agent", "不好意思打扰您开车，马先生。您现在方便停下来说吗？不方便的话我晚点再打。"],
        ["debtor", "在服务区呢，说吧。"],
        ["agent", "您这期还款逾期十二天了。按照借款合同第八条，逾期产生了一笔八十元的滞纳金，目前账户上只有这一项费用。"],
        ["debtor", "随便吧。货主最近两趟的运费还没给我结。"],
        ["agent", "明白。您估计什么时候能收到运费？我可以帮您备注一个还款日期，到时候如果有变化，您跟我们说一声就行。"],
        ["debtor", "大概周五吧。"],
        ["agent", "好的，我备注周五。路上注意安全。"],
      ],
      [
        ["agent", "您好，是刘大勇先生吗？我是诚信金融的客服小孙，跟您核对一下您的借款情况。"],
        ["debtor", "是我。我在外地干活，包工头三个月没结工资了。你们是不是要告我？会不会抓我去坐牢？"],
        ["agent", "您别担心，欠款属于民事纠纷，不会因为这个抓人坐牢。如果一直没有还款，我们有可能依法向法院起诉，最后怎么判由法院决定。"],
        ["debtor", "那我征信会不会受影响？"],
        ["agent", "逾期记录会按规定报送征信中心，可能会影响您以后申请贷款。您结清以后，记录也会按规定更新。"],
        ["debtor", "我工友说让我先在网上借点钱把你们这个还了。"],
        ["agent", "我们不建议您为了还这笔钱再去借别的贷款，那样负担只会更重。您可以等工资结下来再还，也可以申请分期。"],
        ["debtor", "那我等结了工资再打给你。"],
        ["agent", "好的。另外您有权要求我们提供书面的欠款明细，需要的话我寄给您。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, is this Jim Walker? This is Kevin with Anchor Lending, agent ID 3021."],
        ["debtor", "Yeah, it's me. I'm working a job out of state and I wrecked my back a few days ago. I'm laid up. Stop calling me."],
        ["agent", "Understood, Mr. Walker, and I hope you heal up soon. I've noted that you don't want calls from us, and we'll stop calling."],
        ["debtor", "Okay. Gotta get back on the rig, that's it then."],
        ["agent", "All right. If you ever want to talk, you can call our customer line yourself. Sorry to bother you while you're resting. Take care."],
      ],
      [
        ["agent", "Hello, is this Tom Hughes? I'm calling from Summit Consumer Finance about your loan account."],
        ["debtor", "That's me. I got hurt at the plant, and I've got a lawyer handling all my debts now. Talk to him."],
        ["agent", "Okay, got it. Could you give me your attorney's name and contact info? From now on we'll only discuss this account with your attorney."],
        ["debtor", "It's Mr. Lee. I'll text you his number in a minute."],
        ["agent", "Once we get it we'll update the file, and we won't contact you directly about this account. I hope your recovery goes well."],
      ],
      [
        ["agent", "Hi, is this Dennis Cole? This is Sara with Ridgeline Financial, calling about your personal loan account."],
        ["debtor", "Yeah. Look, I work at a packaging plant, and if you call my supervisor I'm out of a job."],
        ["agent", "I understand the worry. We won't contact your employer or say anything to your coworkers. We only discuss this account with you."],
        ["debtor", "Good. The plant cut me down to three shifts a week, so money's tight."],
        ["agent", "Thanks for letting me know. We can lower your monthly payment, for example to $80 a month starting after your next paycheck. Would that work?"],
        ["debtor", "Yeah, I can do that."],
        ["agent", "Great. I'll send you the plan in writing so you can look it over before you confirm."],
      ],
      [
        ["agent", "Hi, is this Ray Alvarez? I'm calling from Keystone Credit."],
        ["debtor", "You people again? I'm driving. Spit it out, you bloodsuckers."],
        ["agent", "Sorry to catch you on the road, Mr. Alvarez. Can you pull over somewhere safe to talk, or should I call back later?"],
        ["debtor", "I'm at a truck stop. Go ahead."],
        ["agent", "This month's payment is twelve days past due. Under section 8 of your loan agreement, that added a $15 late charge, and that's the only fee on the account."],
        ["debtor", "Whatever. The broker still hasn't paid me for my last two loads."],
        ["agent", "Understood. When do you expect that money? I can note a payment date, and if anything changes, just let us know."],
        ["debtor", "Friday, probably."],
        ["agent", "I'll put down Friday. Drive safe."],
      ],
      [
        ["agent", "Hi, is this Dale Morgan? This is Lisa with Fairway Finance. I'd like to go over your loan with you."],
        ["debtor", "Yeah. I'm working out of town and the contractor hasn't paid me in three months. Are you guys gonna sue me? Can I get locked up for this?"],
        ["agent", "Please don't worry, nobody goes to jail over a debt like this. It's a civil matter. If it stays unpaid, we might file a lawsuit, and then a judge would decide the outcome."],
        ["debtor", "Will my credit take a hit?"],
        ["agent", "Late payments are reported to the credit bureaus as the rules require, and that can affect future loan applications. Once you pay it off, the reporting gets updated."],
        ["debtor", "A buddy on my crew said I should grab an online loan and just pay you off with that."],
        ["agent", "We don't recommend taking out another loan to pay this one. That usually makes things heavier. You can wait until your wages come in, or you can ask for an installment plan."],
        ["debtor", "Then I'll call you once I get paid."],
        ["agent", "Sounds good. Also, you have the right to ask us for a written breakdown of the balance. If you'd like one, I'll mail it to you."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我在厂里上夜班，白天得睡觉，你们别再打电话了！",
        "您上什么班是您的事，这笔钱今天必须处理，您现在就转账吧。",
      ],
      ignored_attorney: [
        "欠薪的事和这笔贷款我都交给律师了，你去找我的律师谈。",
        "律师归律师，这笔欠款是您本人的，您今天先把两千块还上。",
      ],
      ignored_dispute: [
        "这笔我上个月一发工资就还清了，转账记录都在，不是我欠的。",
        "我们系统显示还没还清，您今天先再转一千五过来，其他的以后再说。",
      ],
      ignored_hardship: [
        "我在工地上被钢管砸断了手，包工头还拖着工资不给，我是真拿不出钱来。",
        "受伤的事我了解了，但还款日期不变，您今天至少先还五百。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I work nights at the plant and I sleep during the day. Stop calling me!",
        "Your shift schedule is your business. This balance has to be taken care of today, so go ahead and make the payment now.",
      ],
      ignored_attorney: [
        "My lawyer's handling the back-pay thing and this loan too. Go talk to my lawyer.",
        "Your lawyer is one thing, but this debt is yours. I need $200 from you today.",
      ],
      ignored_dispute: [
        "I paid this off last month as soon as my check cleared. I've got the transfer records. I don't owe this.",
        "Our system shows it's still open. Send over another $150 today and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "A steel pipe fell on my hand at the site and broke it, and the contractor still won't pay me. I really don't have the money.",
        "I hear you about the injury, but the due date doesn't change. You need to pay at least $50 today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他工友，他正在上面开塔吊呢，手机放我这儿了。"],
      ["agent", "那麻烦您转告他，他在我们平台的借款已经逾期二十天了，欠款四千二百元，请他尽快回电。"],
    ],
    en: [
      ["third_party", "I'm his coworker. He's up running the tower crane right now, so he left his phone with me."],
      ["agent", "Could you let him know his loan with us is twenty days past due, with $420 owed, and ask him to call us back as soon as he can?"],
    ],
  },
};
