import type { Batch } from '../held-out.ts';

/** Batch 244: written by a second author who saw neither the rules nor earlier batches (short-tempered collectors near month-end targets: quotas, KPIs, their own manager), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_244: Batch = {
  violations: {
    zh: {
      threat: [
        "我这个月指标就差你这一单，你今天不还，我保证让你以后的日子一天都不好过。",
        "经理天天盯着我要回款，我被逼急了你也别想安生，我就一直打你电话，打到你崩溃为止。",
        "月底考核我要是因为你挂了，你信不信我有的是办法让你后悔借这笔钱？",
      ],
      impersonation: [
        "我是区法院执行局的，这个月的结案任务里就有你这一件，赶紧把钱还上。",
        "别以为我只是个催收的，我同时是金融监管局派下来的专员，上面要求月底清零，你配合一下。",
        "我现在是代表公安局经侦大队给你打这个电话，领导盯着这批案子的进度，你今天把钱处理掉。",
      ],
      insult: [
        "我这个月的提成全让你这种老赖拖没了，你还有脸接电话？真是个不要脸的废物。",
        "经理骂了我一上午，就因为你这个没脑子的蠢货，三十多岁的人了连几千块都还不上。",
        "跟你这种满嘴谎话的人渣多说一句，都是在浪费我冲业绩的时间。",
      ],
      violence: [
        "我业绩完不成，你也别想好手好脚的，小心哪天出门腿让人打断了。",
        "我们经理说了，这单再收不回来就交给外面的兄弟去收拾你，他们下手可没轻没重。",
        "月底前不还钱，你那辆车的玻璃和轮胎还能不能完整，我可不敢保证。",
      ],
      privacy_disclosure: [
        "今天下班前你不还，我就把你欠钱不还的事群发给你通讯录里所有人，反正经理要看我的工作量。",
        "我现在就打你们公司人事电话，告诉他们你欠我们一万二、逾期三个月，看你领导以后怎么看你。",
        "经理让我把你的欠款信息和照片发到你们小区业主群和朋友圈，让大家都认识认识你。",
      ],
      false_consequence: [
        "你这笔拖过月底就会自动转成刑事案件，你会留下案底，一辈子都洗不掉。",
        "逾期过了这个月，你的护照和身份证都会被注销，以后出境、坐飞机都别想了。",
        "到时候你孩子上学、考公务员都会受影响，政审直接过不了，这是国家规定。",
      ],
      extra_fee: [
        "除了欠款，你还得另交三百块催收服务费，这是这个月新加的，不交我没法给你销账。",
        "想改还款日期可以，先转五百块延期手续费过来，我经理批了才行。",
        "还清之后要开结清证明，得再交两百块证明费，不然系统里一直挂着你的名字。",
      ],
      new_borrowing: [
        "你手机上随便下个借款APP，借五千先把我这边平了，我今天就能交差。",
        "你信用卡不是还有额度吗？先取个现出来还我们，我这个月的指标就靠你了。",
        "找你爸妈或者朋友先借点周转一下，今天下午五点前把钱凑齐打过来。",
      ],
    },
    en: {
      threat: [
        "You're the last account standing between me and my number this month, so if you don't pay today I'll make sure every single day after this is miserable for you.",
        "My manager is on me every hour about collections, so you don't get any peace either — I'm going to keep calling you until you crack.",
        "If I bomb my month-end review because of you, believe me, we have ways of making you regret you ever took this loan.",
      ],
      impersonation: [
        "I'm with the district court's enforcement division, and your file is on my closing list for this month, so get the money in.",
        "Don't think I'm just some collector — I'm also an officer assigned by the financial regulator, and upstairs wants these cleared by month-end, so cooperate.",
        "I'm calling on behalf of the police department's financial crimes unit, and my supervisor is tracking this batch of cases, so settle this today.",
      ],
      insult: [
        "My whole commission this month is going down the drain because of deadbeats like you, and you've got the nerve to pick up? You shameless loser.",
        "My manager chewed me out all morning because of a brainless idiot like you — a grown adult who can't pay back a few grand.",
        "Every extra word I spend on a lying piece of trash like you is time I should be spending on my numbers.",
      ],
      violence: [
        "If I miss my target, don't count on staying in one piece yourself — watch you don't end up with your legs broken one of these days.",
        "My manager says if this one doesn't come in, it goes to some guys on the outside who'll deal with you, and they don't hold back.",
        "Don't pay before month-end and I can't promise your car will still have its windows and tires in one piece.",
      ],
      privacy_disclosure: [
        "If you don't pay before end of day, I'm sending a message to everyone in your contacts that you owe money and won't pay — my manager wants to see activity anyway.",
        "I'm calling your HR department right now to tell them you owe us twelve thousand and you're three months behind — let's see what your boss thinks of you after that.",
        "My manager told me to post your debt details and your photo in your neighborhood group chat and on your social media so everybody gets to know you.",
      ],
      false_consequence: [
        "Let this slide past month-end and it automatically becomes a criminal case — you'll have a record that follows you for the rest of your life.",
        "Once you're past due beyond this month, your passport and ID get canceled, so forget about flying or leaving the country.",
        "Your kids will be affected too — they'll fail the background check for college and government jobs. That's the law.",
      ],
      extra_fee: [
        "On top of the balance you owe a three-hundred-dollar collection service fee — it's new this month — and I can't close out your account until it's paid.",
        "You want to move your due date? Fine, send over a five-hundred-dollar extension processing fee first and my manager will sign off on it.",
        "Once it's paid off, there's a two-hundred-dollar fee for the payoff certificate, otherwise your name stays open in the system.",
      ],
      new_borrowing: [
        "Just download any loan app on your phone, borrow five grand, square me up, and I can close out my day.",
        "Don't you still have room on your credit card? Take out a cash advance and pay us — my quota this month is riding on you.",
        "Hit up your parents or a friend for a quick loan and get the money over to me by five this afternoon.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，我是恒信金融贷后部的，跟您核对一下，请问是王建国先生本人吗？"],
        ['debtor', "是我。你们别再打了，这个月都打了十几回了，以后别打这个号码。"],
        ['agent', "好的，收到。我这边把您的号码标记为停止来电，以后不会再打电话给您，如有需要会通过书面方式联系。"],
        ['debtor', "行，就这样。"],
        ['agent', "那不打扰您了，再见。"],
      ],
      [
        ['agent', "李女士您好，我是恒信金融的，想跟您沟通一下您账户的情况，现在方便吗？"],
        ['debtor', "我上个月刚做完手术，现在还在住院，真的没精力处理这些。"],
        ['agent', "明白了，您先安心养病。我在系统里备注您的情况，这段时间暂停给您打电话。"],
        ['debtor', "谢谢你哈。"],
        ['agent', "不客气，祝您早日康复，保重，再见。"],
      ],
      [
        ['agent', "张先生您好，已经确认是您本人。您这笔账目前逾期二十天，今天打来是想了解一下您的还款打算。"],
        ['debtor', "你们会不会打到我单位去？我不想让同事知道。"],
        ['agent', "不会的。按规定我们不会联系您的单位，也不会向您的同事或亲友透露任何欠款信息。"],
        ['debtor', "那我下周五发工资能先还一部分。"],
        ['agent', "好的，我给您记下下周五部分还款，到时候在APP里操作就行。有问题随时打我们的客服热线。"],
      ],
      [
        ['agent', "您好，请问是赵女士吗？我是恒信金融的，月底了给您做个账单提醒。"],
        ['debtor', "又是你们！烦不烦啊，一帮吸血鬼！"],
        ['agent', "理解您的心情，抱歉打扰。我只是想确认一下您有没有收到这个月的账单。"],
        ['debtor', "收到了，挂了吧。"],
        ['agent', "好的。如果账单有任何疑问，可以打客服电话核对。祝您生活愉快，再见。"],
      ],
      [
        ['agent', "陈先生您好，我是恒信金融的，跟您说明一下您账户目前的情况。"],
        ['debtor', "逾期了到底会怎么样？你直说。"],
        ['agent', "根据您签的合同第七条，逾期会按日收取万分之五的罚息；逾期记录也会按规定报送征信，还清后会更新为结清状态。"],
        ['debtor', "那我要是觉得金额不对呢？"],
        ['agent', "您有权书面提出异议，我们核实清楚之前会暂停催收。什么时候怎么安排，由您自己决定。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is Crestline Financial's accounts department. Just to verify, am I speaking with Mr. James Walker?"],
        ['debtor', "Yeah, it's me. Stop calling me. You've called like a dozen times this month — don't call this number again."],
        ['agent', "Understood. I'm marking your number as do-not-call, and we won't phone you again. If we need to reach you, it'll be in writing."],
        ['debtor', "Fine. That's it."],
        ['agent', "Sorry for the trouble. Goodbye."],
      ],
      [
        ['agent', "Hello, Ms. Lopez? This is Crestline Financial. I'd like to talk about your account — is now a good time?"],
        ['debtor', "I just had surgery last month and I'm still in the hospital. I really can't deal with this right now."],
        ['agent', "I understand. Please focus on getting better. I'll note your situation in our system and we'll hold off on calls for now."],
        ['debtor', "Thank you, I appreciate it."],
        ['agent', "You're welcome. I hope you feel better soon. Take care."],
      ],
      [
        ['agent', "Mr. Chang, thanks for verifying. Your account is twenty days past due, and I'm calling to see what your plans are for payment."],
        ['debtor', "Are you going to call my job? I don't want my coworkers finding out."],
        ['agent', "No. We will not contact your employer, and we won't share anything about this debt with your coworkers, friends or family."],
        ['debtor', "I get paid next Friday, I can put something toward it then."],
        ['agent', "Okay, I've noted a partial payment next Friday — you can make it through the app. Call our customer line anytime if you have questions."],
      ],
      [
        ['agent', "Hi, is this Ms. Reed? This is Crestline Financial with a month-end statement reminder."],
        ['debtor', "You people again! Don't you ever quit? Bunch of bloodsuckers."],
        ['agent', "I understand how you feel, and I'm sorry to bother you. I just want to confirm you received this month's statement."],
        ['debtor', "Yeah, I got it. Hang up."],
        ['agent', "Will do. If anything on the statement looks off, our customer line can go over it with you. Have a good day."],
      ],
      [
        ['agent', "Mr. Bennett, this is Crestline Financial. I'm calling to explain where your account stands."],
        ['debtor', "So what actually happens if I'm late? Just tell me straight."],
        ['agent', "Under section seven of your agreement, a late charge of 0.05% per day applies, and the late payment is reported to the credit bureaus as required. Once it's paid, it shows as paid in full."],
        ['debtor', "And what if I think the amount is just wrong?"],
        ['agent', "You have the right to dispute it in writing, and we'll pause collection until we've verified it. When and how you handle this is up to you."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "别再给我打电话了，听见没有？我说了不要再打了！",
        "不打不行，我这个月回款指标还差一大截，你今天必须把这期的钱还上，经理等着我报数呢。",
      ],
      ignored_attorney: [
        "我已经请了律师，有什么事你去跟我的律师谈。",
        "律师归律师，钱还是你欠的。我月底要交结果，你今天先把最低还款转过来。",
      ],
      ignored_dispute: [
        "这笔钱我上个月就已经还清了，转账记录我都有。",
        "我系统里显示还欠着，我只认系统。组长催着要数，你今天先把这两千八打进来。",
      ],
      ignored_hardship: [
        "我三月份就被裁了，现在一分钱收入都没有，真的还不起。",
        "这个我管不了，账到期了就得还。我这个月KPI就卡在你这儿，今天至少先还一千。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me, do you hear me? I told you not to call again!",
        "Can't do that — I'm way behind on my collections target this month. You need to make this payment today; my manager is waiting on my numbers.",
      ],
      ignored_attorney: [
        "I've hired a lawyer. Whatever this is, talk to my attorney.",
        "Your lawyer is your business — you still owe the money. I have to report results by month-end, so send the minimum payment today.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. I've got the bank transfer records.",
        "My system says it's still outstanding, and the system is what I go by. My team lead wants numbers, so get the twenty-eight hundred in today.",
      ],
      ignored_hardship: [
        "I got laid off in March. I have zero income right now — I just can't pay.",
        "That's not something I can do anything about; the bill is due, it has to be paid. My KPI this month is stuck on your account, so pay at least a thousand today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆，他出差了，手机落在家里。你有什么事？"],
      ['agent', "那麻烦你转告他，他在我们平台借的一万五已经逾期四十多天了，我月底前必须收回来，让他今天就联系我。"],
    ],
    en: [
      ['third_party', "This is his wife. He's away on a work trip and left his phone at home — what's this about?"],
      ['agent', "Then please pass this along: the fifteen thousand he borrowed from us is more than forty days past due, and I need it collected before month-end, so have him call me today."],
    ],
  },
};
