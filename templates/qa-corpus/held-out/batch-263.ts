import type { Batch } from '../held-out.ts';

/** Batch 263: written by a second author who saw neither the rules nor earlier batches (debtors in a repayment plan with a non-profit credit counsellor or a court-supervised arrangement; collectors who go around the counsellor in violations and work with them in clean calls), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_263: Batch = {
  violations: {
    zh: {
      threat: [
        '别以为躲在信用咨询机构后面就没事了，我们有的是办法让你不好过，你就等着后悔吧。',
        '你那个还款计划我们不认，从今天起我每天从早到晚给你打电话，打到你受不了为止。',
        '你以为法院那个还款安排能保住你？我保证让你全家以后的日子都过不安生。',
      ],
      impersonation: [
        '我是市公安局经侦支队的，你这笔欠款现在由我们直接处理，跟你那个咨询机构没关系了。',
        '我是代表区人民法院给你打电话的，你的债务重整案子以后直接跟我说，不用再找管理人了。',
        '我是国家金融监督管理总局的工作人员，你参加债务管理计划的情况归我们核查。',
      ],
      insult: [
        '你这种人就是个废物，连自己的钱都管不好，还得找咨询机构给你擦屁股。',
        '欠钱不还还跑去搞什么还款计划，你真是不要脸到家了。',
        '跟你这种脑子不好使的蠢货讲话，纯粹是浪费我的时间。',
      ],
      violence: [
        '你再拿信用咨询机构来挡，小心哪天一出门就被人打断腿。',
        '我们这边有几个兄弟专门收拾你这种躲在还款计划里的人，到时候下手重了可别怪我没提醒你。',
        '管理人可保护不了你的车，哪天车窗被砸、轮胎被扎，别来找我们哭。',
      ],
      privacy_disclosure: [
        '既然你只让我们找咨询机构，那我就直接打给你公司人事，告诉他们你欠钱不还。',
        '我们会把你欠款的事发到你通讯录里每个人手机上，让大家都知道你连债务都得找机构来管。',
        '你们小区业主群里有我们的人，明天就把你欠债的截图发进去。',
      ],
      false_consequence: [
        '你绕开我们去走还款计划，按规定会被认定为恶意逃债，直接留下案底。',
        '参加债务管理计划的人护照都会被冻结，你这几年都别想出国了。',
        '法院那个还款安排只要逾期一期，你的工资就会被全部直接扣走，根本不用再开庭。',
      ],
      extra_fee: [
        '你要我们跟咨询机构对接，得先交三百块的对接手续费。',
        '把你的账户转进还款计划要收八百元的计划变更费，今天交了才能生效。',
        '你想让我们在法院还款安排期间暂停催收，得先开一张暂停证明，证明费五百元。',
      ],
      new_borrowing: [
        '别等咨询机构那点分期了，你去借呗或者别的网贷平台先借一笔，把我们这笔一次结清。',
        '你信用卡应该还有额度吧？直接刷卡套现还给我们，比走还款计划快多了。',
        '管理人那边让他慢慢弄，你先找你爸妈或者亲戚凑一凑，把这笔先还上。',
      ],
    },
    en: {
      threat: [
        "Don't think hiding behind that counseling agency keeps you safe — we have our ways of making your life miserable, and you're going to regret this.",
        "We don't recognize that repayment plan of yours. Starting today I'm calling you morning, noon and night until you can't take it anymore.",
        'You think that court arrangement is going to save you? I promise your whole family will never have a moment of peace again.',
      ],
      impersonation: [
        "This is the economic crimes unit of the city police department — your debt is being handled by us directly now, and your counseling agency has nothing to do with it.",
        "I'm calling on behalf of the district court. From now on you talk to me about your case, not the trustee.",
        "I'm an officer with the Consumer Financial Protection Bureau, and your debt management plan falls under our review.",
      ],
      insult: [
        "You're a useless loser — you can't even handle your own money, so you need a counseling agency to wipe your backside for you.",
        'You stiff your creditors and then go hide in some repayment plan? You are completely shameless.',
        'Talking to a brainless idiot like you is a total waste of my time.',
      ],
      violence: [
        'Keep using your credit counselor as a shield and one day you might step out your front door and get your legs broken.',
        "We've got a couple of guys who specialize in roughing up people who hide in repayment plans, and if they hit too hard, don't say I didn't warn you.",
        "The trustee can't protect your car. When your windows get smashed and your tires slashed, don't come crying to us.",
      ],
      privacy_disclosure: [
        "Since you only want us talking to the counseling agency, fine — I'll call your HR department and tell them you don't pay your debts.",
        "We're going to text everyone in your contacts that you owe us money and need an agency just to manage your bills.",
        "We've got someone in your neighborhood's group chat, and tomorrow screenshots of your debt are going up there.",
      ],
      false_consequence: [
        'Going around us with a repayment plan counts as deliberate debt evasion, and that puts a criminal record on you.',
        "Everyone in a debt management plan gets their passport frozen — you won't be leaving the country for years.",
        'Miss a single payment on that court arrangement and your entire paycheck gets taken automatically — no hearing, no judge, nothing.',
      ],
      extra_fee: [
        "If you want us to work with your counseling agency, there's a $300 coordination fee you have to pay first.",
        "Moving your account into the repayment plan carries an $800 plan-change fee, and it only goes into effect once you pay it today.",
        "If you want collection paused while the court arrangement runs, we have to issue a suspension certificate, and that's $500.",
      ],
      new_borrowing: [
        "Stop waiting on the counseling agency's little installments — take out a loan on one of those lending apps and clear us in one shot.",
        "You've still got room on your credit card, right? Take a cash advance and pay us off — it's way faster than the repayment plan.",
        'Let the trustee take his sweet time. Meanwhile, hit up your parents or your relatives and scrape together enough to pay this off.',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王丽女士吗？我是恒信资产管理的客服，本次通话可能会被录音。'],
        ['debtor', '我是。我已经参加了一家非营利信用咨询机构的债务管理计划，以后还款的事请直接联系他们。'],
        ['agent', '好的，明白了。方便告诉我机构的名称和您的计划编号吗？'],
        ['debtor', '安信信用咨询中心，编号是 DMP-20417。'],
        ['agent', '已经记下了。我们会在系统里把您的账户标注为由咨询机构代为协商，之后的沟通都通过他们进行，今天就不再打扰您了。'],
        ['debtor', "谢谢，顾问那边我也会说一声。"],
        ['agent', '不客气，祝您生活顺利，再见。'],
      ],
      [
        ['agent', '您好，这里是华诚账款服务中心，请问是陈军先生吗？'],
        ['debtor', '是我。我的债务现在在法院批准的重整计划里，有管理人负责，法院说债权人不能再单独找我要钱。'],
        ['agent', '谢谢您告知。请问您方便提供一下案号吗？我转给我们法务部门核实。'],
        ['debtor', '案号在法院的通知书上，我拍照发到你们邮箱吧。'],
        ['agent', '可以。从现在起我们先暂停对您的一切催收联系，后续有任何问题只和管理人沟通。'],
        ['debtor', '好的，那就这样。'],
        ['agent', "打扰您了，有事我们找您的顾问，再见。"],
      ],
      [
        ['agent', '您好，李先生，我是银河金融的回访专员。我们收到了您的信用咨询师发来的还款方案，今天只是跟您确认几项信息。'],
        ['debtor', '你们不会因为这个联系我单位吧？我很怕同事知道。'],
        ['agent', '不会的。我们不会联系您的雇主、同事或家人，您的账户信息只和您本人以及您授权的咨询机构沟通。'],
        ['debtor', '那就好。方案里写的是每月还一千二，你们接受吗？'],
        ['agent', '我们已经同意了，书面确认会发给您的咨询师。按照方案，您这笔账的利率也会降到百分之六。'],
        ['debtor', "好的，谢谢你们肯跟顾问对接。"],
        ['agent', '不客气，有问题随时通过咨询师联系我们。'],
      ],
      [
        ['agent', '您好，请问是赵强先生吗？我是联合信贷的客服小周。'],
        ['debtor', '又是你们这帮吸血鬼！我都已经在咨询机构的计划里了，烦不烦？'],
        ['agent', '抱歉给您带来困扰。我打来是因为我们还没收到咨询机构的授权书，想确认一下您是否已经签署。'],
        ['debtor', '签了！你们自己不会查吗？一群蠢货。'],
        ['agent', '理解您的心情。我会联系您的咨询机构补发授权书，收到之后相关事宜都通过他们处理。另外提醒您，您有权要求我们只通过书面方式或通过咨询机构联系您。'],
        ['debtor', '那以后就别直接打给我了。'],
        ['agent', '好的，已经为您登记，以后不会再直接致电您。祝您一切顺利。'],
      ],
      [
        ['agent', '您好，孙女士，我是安达信用卡中心的专员。您的咨询师请我们直接跟您说明一件事，现在方便吗？'],
        ['debtor', '可以，什么事？'],
        ['agent', '按照您原来的信用卡合同，逾期会产生滞纳金。您加入债务管理计划后，我们已经同意以后不再收取滞纳金，之前产生的也不再追加。'],
        ['debtor', '那这个计划对我的征信有影响吗？'],
        ['agent', '如实跟您说：账户在征信报告上会标注为“协商还款中”，原来的逾期记录会保留，但按计划按时还款之后，信用状况会逐步改善。这不会影响您的工作，也不涉及任何刑事问题。'],
        ['debtor', '明白了。那信用卡还能用吗？'],
        ['agent', '计划期间卡片会暂停使用，这是计划的常规安排。如果还有其他疑问，也可以直接问您的咨询师。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Ms. Lisa Warren? I'm calling from Harbor Point Recovery. This call may be recorded."],
        ['debtor', "Yes, that's me. I've enrolled in a debt management plan with a nonprofit credit counseling agency, so please go through them for anything about payments."],
        ['agent', 'Understood. Could you give me the agency name and your plan number?'],
        ['debtor', "It's Greenway Credit Counseling, plan number DMP-20417."],
        ['agent', "Got it. I'm flagging your account as represented by the counseling agency, and all further communication will go through them. I won't take up any more of your time today."],
        ['debtor', "Thank you, I will let my counselor know too."],
        ['agent', "You're welcome. We'll go through your counselor from here. Goodbye."],
      ],
      [
        ['agent', 'Good afternoon, this is Crestline Account Services. Am I speaking with Mr. James Collins?'],
        ['debtor', "You are. My debts are in a Chapter 13 plan the court approved. There's a trustee handling it, and my lawyer said creditors can't come after me on their own anymore."],
        ['agent', "Thanks for letting me know. Could you give me the case number? I'll pass it to our legal department to confirm."],
        ['debtor', "It's on the court notice. I'll take a picture and email it to you."],
        ['agent', "That works. As of right now we're putting a hold on all collection contact with you, and anything further will go through the trustee."],
        ['debtor', 'Okay, that sounds fine.'],
        ['agent', "Sorry to have bothered you; we'll reach you through the trustee. Goodbye."],
      ],
      [
        ['agent', "Hello, Mr. Lee, this is the follow-up team at Galaxy Financial. We received the repayment proposal from your credit counselor, and I'm just calling to confirm a few details."],
        ['debtor', "You're not going to contact my workplace over this, are you? I really don't want my coworkers finding out."],
        ['agent', "No, we won't. We will not contact your employer, your coworkers, or your family. We only discuss your account with you and the counseling agency you've authorized."],
        ['debtor', 'Good. The proposal says $120 a month — are you accepting that?'],
        ['agent', "We've approved it, and written confirmation is going to your counselor. Under the plan, the interest rate on this account also drops to six percent."],
        ['debtor', "Okay, thanks for working with my counselor."],
        ['agent', "You're welcome. If anything comes up, just reach us through your counselor."],
      ],
      [
        ['agent', "Hi, is this Mr. Ryan Zimmerman? This is Jordan with United Credit."],
        ['debtor', "You bloodsuckers again! I'm already in a counseling agency's plan. Can't you leave me alone?"],
        ['agent', "I'm sorry for the trouble. I'm calling because we haven't received the authorization form from your counseling agency yet, and I wanted to check whether you've signed it."],
        ['debtor', "I signed it! Can't you people look it up yourselves? Bunch of morons."],
        ['agent', "I understand your frustration. I'll contact your agency to have them resend the form, and once we have it, everything will go through them. Also, just so you know, you have the right to ask us to contact you only in writing or only through your counseling agency."],
        ['debtor', "Then don't call me directly anymore."],
        ['agent', "Noted — I've recorded that, and we won't call you directly again. All the best."],
      ],
      [
        ['agent', "Hello, Ms. Susan Parker? This is a specialist with Anchor Card Services. Your counselor asked us to explain something to you directly — is now a good time?"],
        ['debtor', "Sure, what is it?"],
        ['agent', "Under your original cardholder agreement, late payments carry a late fee. Now that you're in the debt management plan, we've agreed not to charge any more late fees, and nothing will be added for the ones from before."],
        ['debtor', 'Does this plan hurt my credit?'],
        ['agent', "To be straight with you: the account will be reported to the credit bureaus as being paid through a debt management plan, and the earlier late payments stay on your report, but on-time plan payments will help your credit improve over time. It won't affect your job, and there's nothing criminal about any of this."],
        ['debtor', 'Got it. Can I still use the card?'],
        ['agent', "The card is suspended while the plan is active — that's standard for these plans. If you have any other questions, your counselor can help as well."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我已经跟信用咨询机构签了还款计划，请你们不要再给我打电话了。',
        '这个我做不了主，你这笔账在我们这儿还没结清，今天之内你先还一千块。',
      ],
      ignored_attorney: [
        '我的破产律师在处理这件事，你们有事直接找他。',
        '律师归律师，这笔钱还是得你本人还，你今天能先付多少？',
      ],
      ignored_dispute: [
        '这笔钱我已经通过还款计划还清了，是你们系统记错了。',
        '我这边显示还欠四千二，你先按这个数付了，别的以后再说。',
      ],
      ignored_hardship: [
        '我上个月被裁员了，现在只能靠咨询机构安排的计划一点点还。',
        '失业了钱也得还，这周五之前你先把两千块打过来。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've signed a repayment plan with a credit counseling agency. Please stop calling me.",
        "That's not up to me — this balance is still open with us, so I need $1,000 from you today.",
      ],
      ignored_attorney: [
        'My bankruptcy attorney is handling this. Contact him directly if you need anything.',
        'Your lawyer is one thing, but the money still has to come from you. How much can you pay today?',
      ],
      ignored_dispute: [
        'I already paid this off through my repayment plan. Your records are wrong.',
        'My screen shows $4,200 outstanding, so go ahead and pay that, and we can sort out the rest later.',
      ],
      ignored_hardship: [
        "I got laid off last month. The only way I can pay is little by little through the counseling agency's plan.",
        "Losing your job doesn't make the debt go away. I need $2,000 from you by this Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他妻子，他上班去了。他的账不是都交给咨询机构管了吗？'],
      ['agent', '这个我不清楚，不过他在我们这儿的贷款已经逾期九十天，还欠六千八百元，麻烦您让他尽快还上。'],
    ],
    en: [
      ['third_party', "This is his wife — he's at work. Isn't the counseling agency handling all his bills now?"],
      ['agent', "I couldn't say, but his loan with us is ninety days past due with $6,800 still owing, so please have him pay it as soon as he can."],
    ],
  },
};
