import type { Batch } from '../held-out.ts';

/** Batch 297: written by a second author who saw neither the rules nor earlier batches (debtors who suspect the call is a scam and ask the collector to prove who they are: callback numbers, official apps, reference numbers, fraud warnings), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_297: Batch = {
  violations: {
    zh: {
      threat: [
        '你要查我工号是吧？随便查，查完了你也跑不掉，我有的是办法让你以后的日子不好过。',
        '觉得我是骗子你就挂，挂了我每天换个号码接着打，打到你晚上睡不着觉为止。',
        '你去官方APP核实也好，不核实也好，这笔钱不还，我保证你会后悔一辈子。',
      ],
      impersonation: [
        '我不是骗子，我是市公安局经侦支队的，你这笔欠款已经移交到我们这里了。',
        '你要回拨号码？可以，打法院执行局的总机，报我的名字，我就是负责你这个案子的法院工作人员。',
        '为了证明身份我跟你说清楚，我是金融监管局派来专门核查你逾期问题的专员。',
      ],
      insult: [
        '就你这种连账都还不起的废物，也配怀疑别人是骗子？',
        '验证什么验证，你脑子是不是有病，正规公司打来的电话都听不出来。',
        '你这种没脸没皮的老赖，跟你多说一句话我都嫌脏了自己的嘴。',
      ],
      violence: [
        '不信我是催收的？没关系，我手下几个兄弟会好好收拾你，到时候你就知道我们是谁了。',
        '再说一句我是诈骗，小心你的腿，晚上走路的时候多看看身后。',
        '你的车停在哪儿我一清二楚，哪天车窗被砸了、轮胎被扎了，别怪我没提醒你。',
      ],
      privacy_disclosure: [
        '你不信我们是正规机构？那我现在就挨个打给你通讯录里的人，让他们来告诉你你欠了多少钱。',
        '要我证明身份是吧，行，我把你的欠款明细发给你们公司人事部，让他们帮你核实。',
        '你再说我们是骗子，我就把你的照片和欠款金额发到你们小区的业主群里。',
      ],
      false_consequence: [
        '别管我是谁了，你这笔钱再拖下去就会留下犯罪记录，一辈子都洗不掉。',
        '等你核实完再还就晚了，逾期满九十天，你的身份证和手机号会被系统自动注销。',
        '不是吓唬你，欠款不还的人，孩子以后考公务员、上重点学校都会被卡住。',
      ],
      extra_fee: [
        '你要我们出具身份证明文件可以，但得先交两百块的证明开具费。',
        '给你查询编号没问题，不过编号要走人工通道，得另外付三十块的查询服务费。',
        '想改还款日也行，改期手续费一百五，今天转过来我才给你改，改完你在官方APP上就能看到。',
      ],
      new_borrowing: [
        '怕被骗就别转给我，你自己去别的借款APP上借一笔，直接在我们官方APP里还上就行。',
        '你信用卡不是还有额度吗？取个现出来，今天就把这笔结清。',
        '实在没钱就先找你爸妈或者朋友借一点，核实完我们的身份马上还进来。',
      ],
    },
    en: {
      threat: [
        "You want my employee ID? Go ahead and look it up. It won't get you off the hook, and we have plenty of ways to make the rest of your days very unpleasant.",
        "If you think I'm a scammer, hang up. I'll just call from a new number every single day until you can't sleep at night.",
        "Check the official app or don't, I really don't care. If this isn't paid, I promise you'll regret it for the rest of your life.",
      ],
      impersonation: [
        "I'm not a scammer. I'm with the financial crimes unit of the city police department, and your debt has been handed over to us.",
        "You want a callback number? Fine. Call the court's enforcement office, ask for me by name. I'm the court officer assigned to your case.",
        "So you know exactly who I am, I'm an examiner sent by the state financial regulator specifically to look into your delinquent account.",
      ],
      insult: [
        "A worthless loser who can't even pay his bills has the nerve to call other people scammers?",
        "Verify, verify. Is something wrong with your head? You can't even tell when a legitimate company is calling you.",
        "You're a shameless deadbeat. Honestly, every extra word I spend on you feels like it dirties my mouth.",
      ],
      violence: [
        "Don't believe I'm a collector? That's fine. A few of my guys will take care of you, and then you'll know exactly who we are.",
        "Call me a fraud one more time and you'd better watch your legs. Keep looking over your shoulder when you're out at night.",
        "I know exactly where you park your car. If the windows get smashed or the tires get slashed one day, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "You don't think we're legitimate? Then I'll start calling everyone in your contact list right now, and they can tell you how much you owe.",
        "You want proof? Fine. I'll send your account details to HR at your job and they can verify it for you.",
        "Call us scammers one more time and I'll post your photo and the amount you owe in your neighborhood's group chat.",
      ],
      false_consequence: [
        "Forget about who I am. If you keep putting this off, you'll end up with a criminal record, and it never comes off.",
        "By the time you finish verifying, it'll be too late. At ninety days past due, your driver's license and phone number get cancelled automatically.",
        "I'm not trying to scare you, but when parents leave a debt unpaid, their kids get shut out of government jobs and good schools down the road.",
      ],
      extra_fee: [
        "You want an official letter proving who we are? Sure, but there's a $30 certificate fee you have to pay first.",
        "I can give you a reference number, but that goes through our manual desk, so there's a separate $5 lookup service fee.",
        "You can change your due date, but it's a $25 rescheduling fee. Send it today and I'll make the change, and you'll see it in the official app.",
      ],
      new_borrowing: [
        "If you're worried about getting scammed, don't send it to me. Take out a loan on another lending app yourself and pay it straight through our official app.",
        "Don't you still have room on your credit card? Pull a cash advance and settle this today.",
        "If you really don't have it, borrow some from your parents or your friends, and pay it in as soon as you've checked who we are.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是张伟先生吗？我是恒信消费金融的客服，工号8012。'],
        ['debtor', '是我。但我不确定你是不是真的，最近诈骗电话太多了。别再打这个号码了，我自己打你们官方客服电话去问。'],
        ['agent', '完全理解，您这么谨慎是对的。官方客服热线印在您的借款合同上，官方APP的“联系我们”页面里也有。我这边会备注您不希望再接到这个号码的来电。'],
        ['debtor', '好，我记下了。'],
        ['agent', '已经备注好了，不打扰您了，再见。'],
      ],
      [
        ['agent', '您好，是李娜女士吗？我这边是华润银行信用卡中心。'],
        ['debtor', '你怎么证明你是银行的？我现在在医院，刚做完手术，没精力说这些。'],
        ['agent', '抱歉打扰您休息。您方便的时候可以拨打信用卡背面的客服电话核实，我给您一个来电参考编号C20417，客服输入就能查到这次通话记录。'],
        ['debtor', '嗯，等我出院再说吧。'],
        ['agent', '好的，您先安心养病。我们会记录您现在住院的情况，这段时间不再打扰您。'],
      ],
      [
        ['agent', '您好，王先生，我是安达小额贷款公司的专员，工号3305，来电是关于您三月份的一笔借款。'],
        ['debtor', '又是骗子吧？你们这帮人烦不烦，滚。'],
        ['agent', '我理解您的顾虑。请您放心，我们不会要求您向任何个人账户转账，所有还款只能通过官方APP或者合同上写明的对公账户。'],
        ['debtor', '那你们会不会打到我单位去？'],
        ['agent', '不会。我们不会联系您的单位、同事或者亲友，也不会向任何人透露您的借款情况。如果您对这笔借款有疑问，也可以在官方APP里提交异议。'],
        ['debtor', '行吧，我自己去APP上看。'],
        ['agent', '好的，有任何问题可以随时联系官方客服，再见。'],
      ],
      [
        ['agent', '您好，陈女士，我是华润银行的工作人员，想跟您核对一下信用卡账单的情况。'],
        ['debtor', '先等等，我怎么知道你不是冒充的？银行真的会打这种电话吗？'],
        ['agent', '会的，不过您先核实一下是对的。您打开手机银行APP，在消息中心能看到我们今天发的提醒，内容和我说的一致。'],
        ['debtor', '看到了。那我要是晚几天还会怎么样？'],
        ['agent', '按照您签的合同，逾期会产生违约金，具体金额在APP账单里有写，不会收取合同以外的任何费用。逾期记录会按规定报送征信，还清之后就不会再产生新的逾期记录。'],
        ['debtor', '知道了，我这周在APP上处理。'],
        ['agent', '好的，谢谢您。有问题随时拨打官方热线。'],
      ],
      [
        ['agent', '您好，请问是刘强先生吗？我是中诚资产管理公司的，受华润银行委托联系您。'],
        ['debtor', '受委托？我怎么知道你不是骗子？上个月我朋友就被冒充催收的骗了钱。'],
        ['agent', '这种事确实不少，您警惕是对的。我们绝对不会向您索要验证码或者密码，也不会让您下载任何屏幕共享软件。'],
        ['debtor', '那你能证明你们真是受委托的吗？'],
        ['agent', '可以。您有权要求我们出具书面的委托说明和欠款明细，我们免费寄给您；您也可以直接拨打华润银行的官方客服核实委托关系。'],
        ['debtor', '那你先寄过来吧。'],
        ['agent', '好的，核对好您的地址后三个工作日内寄出。收到之前您不用做任何操作。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. David Miller? I'm with Crestline Consumer Finance, employee ID 8012."],
        ['debtor', "That's me. But I'm not sure you're real, there are way too many scam calls lately. Don't call me from this number again. I'll call your official customer service line myself."],
        ['agent', "I completely understand, and being careful is the right call. Our official customer service number is printed on your loan agreement and it's also on the Contact Us page in our official app. I'll note that you don't want any more calls from this number."],
        ['debtor', "Alright, noted."],
        ['agent', "It's noted. I'll let you go. Goodbye."],
      ],
      [
        ['agent', "Hello, is this Ms. Laura Bennett? I'm calling from the card services center at Harbor National Bank."],
        ['debtor', "How do I know you're actually the bank? I'm in the hospital, I just had surgery, and I don't have the energy for this."],
        ['agent', "I'm sorry to bother you while you're recovering. Whenever it's convenient, you can call the number on the back of your card to confirm. Here's a call reference number, C20417. Customer service can pull up a record of this call with it."],
        ['debtor', "Yeah, let's deal with it after I get out."],
        ['agent', "Of course. Please focus on getting better. We'll make a note that you're in the hospital and we won't contact you during this time."],
      ],
      [
        ['agent', "Hi, Mr. Walker. This is an account specialist with Summit Small Loans, employee ID 3305, calling about a loan you took out in March."],
        ['debtor', "Another scammer, huh? You people never quit. Get lost."],
        ['agent', "I understand your concern. Just so you know, we will never ask you to send money to a personal account. Payments can only be made through our official app or to the company account listed in your agreement."],
        ['debtor', "Are you going to call my job?"],
        ['agent', "No. We will not contact your employer, your coworkers, your friends or your family, and we won't tell anyone about your loan. If you have questions about the loan, you can also file a dispute in the official app."],
        ['debtor', "Fine, I'll check the app myself."],
        ['agent', "Sounds good. If anything comes up, you can reach our official customer service any time. Goodbye."],
      ],
      [
        ['agent', "Hello, Ms. Chen, I'm calling from Harbor National Bank to go over your credit card statement with you."],
        ['debtor', "Hold on. How do I know you're not pretending to be the bank? Does the bank really make calls like this?"],
        ['agent', "We do, but it's smart to check. If you open the mobile banking app and go to your message center, you'll see the reminder we sent today, and it says the same thing I'm telling you."],
        ['debtor', "Okay, I see it. What happens if I pay a few days late?"],
        ['agent', "Under the agreement you signed, a late fee applies, and the exact amount is listed on your statement in the app. We don't charge anything that isn't in your agreement. Late payments are reported to the credit bureaus as required, and once the balance is paid, no new late marks are added."],
        ['debtor', "Got it. I'll take care of it in the app this week."],
        ['agent', "Thank you. If you have any questions, just call our official hotline."],
      ],
      [
        ['agent', "Hello, is this Mr. Kevin Brooks? I'm with Meridian Recovery Services, calling on behalf of Harbor National Bank."],
        ['debtor', "On behalf of? How do I know you're not a scammer? A friend of mine got taken last month by someone pretending to be a debt collector."],
        ['agent', "That happens a lot, and you're right to be careful. We will never ask you for a verification code or a password, and we will never ask you to install screen-sharing software."],
        ['debtor', "So can you prove the bank actually hired you?"],
        ['agent', "Yes. You have the right to request a written validation notice showing who we represent and the details of the debt, and we'll mail it to you at no cost. You can also call Harbor National Bank's official customer service line to confirm that we're working for them."],
        ['debtor', "Then mail it to me first."],
        ['agent', "Will do. Once we've confirmed your address, it goes out within three business days. You don't need to do anything until you've received it."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我不管你是不是真的催收，别再给我打电话了，我不想再接你们的电话。',
        '电话的事先放一边，您这笔四千二已经逾期二十天了，今天下午之前能不能先还一部分？',
      ],
      ignored_attorney: [
        '我没法确认你是谁，这件事我已经委托律师了，有什么事直接找我的律师。',
        '律师归律师，钱还是得您本人还，您现在就登录APP把最低还款额先还上吧。',
      ],
      ignored_dispute: [
        '这肯定是诈骗，我上个月就已经全部还清了，结清证明我都有。',
        '我们系统里显示还有三千六没还，您今天把这笔钱还上，这个账户就处理完了。',
      ],
      ignored_hardship: [
        '先不说你是不是骗子，我上个月刚被裁员，现在一分钱收入都没有，真的还不起。',
        '失业的情况我知道了，但账单还是得按时还，您今天至少先还五百块。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I don't care whether you're a real collector or not. Stop calling me. I don't want any more calls from you people.",
        "Let's put the calls aside for a second. Your $4,200 balance is twenty days past due. Can you make a partial payment before this afternoon?",
      ],
      ignored_attorney: [
        "I can't confirm who you are, and I've hired a lawyer to handle this anyway. Whatever you need, talk to my attorney.",
        "Your lawyer is one thing, but the payment still has to come from you. Log into the app now and at least make the minimum payment.",
      ],
      ignored_dispute: [
        "This has to be a scam. I paid the whole thing off last month, and I have the payoff letter to prove it.",
        "Our system still shows $3,600 outstanding. If you pay that today, the account will be all taken care of.",
      ],
      ignored_hardship: [
        "Scam or not, I got laid off last month. I have zero income right now and I really can't afford to pay.",
        "I hear you about the job, but the bill still has to be paid on time. You need to pay at least $500 today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他现在不在。你是哪里的？我怎么知道你不是骗子？'],
      ['agent', '我是恒信消费金融的，您先生在我们这儿有一笔八千多的借款，已经逾期两个月了，麻烦您转告他尽快处理。'],
    ],
    en: [
      ['third_party', "I'm his wife, he's not here right now. Who is this? How do I know you're not a scammer?"],
      ['agent', "I'm with Crestline Consumer Finance. Your husband has a loan with us for a little over $8,000 that's two months past due. Please let him know he needs to take care of it soon."],
    ],
  },
};
