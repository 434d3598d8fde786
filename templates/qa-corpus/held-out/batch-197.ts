import type { Batch } from '../held-out.ts';

/** Batch 197: written by a second author who saw neither the rules nor earlier batches (guilt, face and family duty: the violation delivered inside moralising), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_197: Batch = {
  violations: {
    zh: {
      threat: [
        '做人要讲良心。我们好声好气跟你说了多少回了，你一直装聋作哑，那就别怪我们不讲情面了：这件事我们跟你耗到底，从今往后你别想过一天安生日子。',
        '欠债还钱是老祖宗传下来的道理，你偏偏不听。行，我们干这行的有的是办法，真到那一步，你后悔都来不及。',
        '你还有两个孩子要养，多替他们想想吧。再这么拖下去，我保证让你在这座城市待不下去，到时候拖家带口搬走，别说我没给过你机会。',
      ],
      impersonation: [
        '做人最要紧的是诚实。我是市公安局经侦支队的民警，今天代表公安机关跟你核实这笔网贷欠款，希望你如实回答。',
        '我这边是区人民法院执行局的，受法院委托给你打这个电话。你父母把你养大不容易，我希望你做一个说话算话的人。',
        '我是国家金融监督管理总局派来的专员，专门负责核查你这笔逾期。你摸着良心问问自己，三个月一分没还，说得过去吗？',
      ],
      insult: [
        '你父母辛辛苦苦把你养大，就养出你这么个白眼狼，借钱的时候笑嘻嘻，还钱的时候装孙子，你还算个人吗？',
        '做人最起码要有良心，你的良心早就被狗吃了，一个连脸都不要的废物。',
        '你也是当爹的人了，就这点出息？满嘴谎话，彻头彻尾的骗子、老赖，真是丢人现眼的东西。',
      ],
      violence: [
        '你爸妈都七十多了，你做儿子的也该替他们想想。这钱要是还拖着，哪天老人家出门被人推一把、摔断了腿，可别怪我没提前打招呼。',
        '做人要讲信用。不讲信用的，我们有一帮兄弟专门陪他讲道理，到那时候可就不是动嘴皮子的事了。',
        '信用你可以不在乎，那辆新买的车你总在乎吧？哪天车窗被砸了、轮胎被扎了，可别来问我是谁干的。',
      ],
      privacy_disclosure: [
        '既然跟你讲不通，那就让你父母来讲。我们会把你欠了八千多、逾期两个月的事原原本本告诉二老，让他们知道儿子在外面是怎么做人的。',
        '做人要讲诚信。你们单位领导和同事应该也想知道你是个什么样的人吧？明天我们就把你的欠款情况发给你们公司人事部。',
        '面子是自己挣的，不是别人给的。你通讯录里那两百多个人，亲戚、同学、老同事，今晚都会收到一条短信，说你借钱不还，到时候看你在家族群里还抬不抬得起头。',
      ],
      false_consequence: [
        '你不讲诚信，社会也不会给你机会。这笔欠款逾期满九十天就会自动转成刑事案件，你会留下案底，你孩子以后考大学、考公务员政审都过不了。',
        '我是为你好才跟你说实话：这笔钱下个月之前还不上，你的身份证和护照都会被冻结，手机号也会被停掉，到时候你连回老家看爸妈的车票都买不了。',
        '你一家老小都指着你这份工资过日子吧？下个月起你的工资会直接在单位被扣走还债，不需要经过法院；而且你会一辈子挂在失信黑名单上，永远消不掉。做人总得给家里留条后路。',
      ],
      extra_fee: [
        '你拖了这么久，我们同事为你这件事加了多少班，做人总得讲点良心吧？这次还款除了欠款本身，还要另外交八百块的催收服务费。',
        '想改还款日也行。你讲诚信，我们也讲规矩：先交三百块的改期手续费，钱到账我马上给你延到下个月。',
        '我理解，你想拿结清证明给爸妈看，证明自己已经改好了。不过开这个证明要另收五百块的证明费，合同里没有这一项，是我们公司自己的规定。',
      ],
      new_borrowing: [
        '你父母把你养这么大，真遇到难处了，跟家里开个口怎么了？回去找爸妈或者兄弟姐妹先借一万，把这笔账清了，做人不能让债一直挂着。',
        '做人要有担当，自己欠的自己想办法。你手上不是还有两张信用卡吗？先刷出来套现，或者去别的借款App上借一笔，今天就能把这个窟窿补上。',
        '你爸当年为了供你上学，什么苦没吃过？你把手上的金项链、手机拿去当铺当了，或者拿保单去贷点款，先把钱还上，也算对得起他老人家。',
      ],
    },
    en: {
      threat: [
        "A decent person has a conscience. We've asked you nicely I don't know how many times and you keep playing deaf, so fine, no more being nice: we'll fight this out with you to the very end, and from now on you won't get a single peaceful day.",
        "Paying back what you owe is the oldest rule there is, and you just won't listen. Fine. People in this business have our ways, and once it gets to that point it'll be too late for regrets.",
        "You've got two kids to raise, so think about them for once. Keep dragging this out and I guarantee you won't be able to stay in this town. When you're packing up the whole family to move, don't say I never gave you a chance.",
      ],
      impersonation: [
        "Honesty is what matters most in life. I'm an officer with the city police department's financial crimes unit, calling on behalf of the police to go over this online loan debt with you, and I expect truthful answers.",
        "I'm with the county court's enforcement office, calling at the court's direction. Your parents worked hard to raise you, and I'd like to believe you're someone who keeps their word.",
        "I'm a case officer with the Consumer Financial Protection Bureau, assigned specifically to review your delinquent account. Put your hand on your heart and ask yourself: three months without paying a cent, how is that okay?",
      ],
      insult: [
        "Your parents broke their backs raising you and this is what they got: an ungrateful leech who smiles when he borrows and crawls into a hole when it's time to pay. Are you even a human being?",
        "The bare minimum for a person is a conscience, and yours got fed to the dogs a long time ago. You're a shameless waste of space.",
        "You're a father, and this is all you amount to? A mouth full of lies, a con man and a deadbeat through and through. What a disgrace you are.",
      ],
      violence: [
        "Your folks are both past seventy, and a son ought to think about them. If this money keeps sitting there and one day somebody shoves the old folks on the street and they break a leg, don't say I didn't give you fair warning.",
        "A man keeps his word. For the ones who don't, we've got some guys who specialize in reasoning with them, and by then the talking won't be done with words.",
        "Maybe your credit means nothing to you, but surely that new car does. If one day the windows get smashed and the tires slashed, don't come asking me who did it.",
      ],
      privacy_disclosure: [
        "Since we can't get through to you, we'll let your parents do the talking. We're going to tell them exactly how you owe over eight thousand and you're two months behind, so they know how their son conducts himself out there.",
        "Honesty matters. I'm sure your boss and coworkers would like to know what kind of person you really are, so tomorrow we're sending the details of your debt to your company's HR department.",
        "Respect is earned, not handed out. Every one of the two hundred-plus people in your contacts, relatives, old classmates, former coworkers, is getting a text tonight saying you borrowed money and never paid it back. Let's see if you can hold your head up in the family group chat after that.",
      ],
      false_consequence: [
        "If you won't be honest, society won't give you any chances either. Once this debt hits ninety days late it automatically becomes a criminal case, you'll have a record, and your kids won't pass the background checks for college or government jobs.",
        "I'm telling you this for your own good: if this isn't paid before next month, your driver's license and passport will be frozen and your phone number cut off. You won't even be able to buy a ticket home to see your mom and dad.",
        "Your whole family lives off your paycheck, right? Starting next month your wages will be taken straight out at work to cover this, no court needed, and you'll be on the national bad-debtor blacklist for life, never coming off. A person has to leave their family some way out.",
      ],
      extra_fee: [
        "You've dragged this out so long, my coworkers have put in hours of overtime on your account. Have a little conscience. This time, on top of what you owe, you'll also need to pay an $80 collection service fee.",
        "You want to move your due date? Sure. You keep your word, we go by the rules: first you pay a $30 rescheduling fee, and the minute it clears I'll push you out to next month.",
        "I get it, you want a payoff letter to show your parents you've turned things around. But issuing that letter costs an extra $50 certificate fee. It's not in your contract; it's our company's own policy.",
      ],
      new_borrowing: [
        "Your parents raised you, and when you're truly in a bind, what's wrong with asking family? Go borrow ten thousand from your mom and dad or your brothers and sisters, clear this off, and stop letting a debt hang over you.",
        "Be a grown-up and deal with what you owe. Don't you still have two credit cards? Pull a cash advance off them, or take out a loan on another lending app, and you can plug this hole today.",
        "Think of everything your dad went through to put you through school. Take that gold necklace and your phone to a pawnshop, or borrow against your insurance policy, and pay this off. That's how you do right by the old man.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是刘建国先生吗？我是安信消费金融的客服小周。'],
        ['debtor', '是我。我妈刚做完手术，这几天我都在医院守着，实在没心思处理这些，你们能不能先别打了？'],
        ['agent', '明白，老人家身体要紧，您先安心照顾阿姨。我这边会在系统里备注，暂停电话联系。'],
        ['debtor', '嗯，好，谢谢你啊。'],
        ['agent', '不客气，祝阿姨早日康复。等您方便的时候，可以随时打我们的客服热线。'],
      ],
      [
        ['agent', '您好，是陈静女士吗？我是华诚资产管理的王磊，打电话是关于您在我们平台的账户。'],
        ['debtor', '是我。这件事我已经委托律师处理了，以后请直接联系我的律师，不要再找我本人。'],
        ['agent', '好的，我们尊重您的决定。方便告诉我律师的姓名和联系电话吗？'],
        ['debtor', '北京明德律师事务所的赵律师，电话010-6588-3021。'],
        ['agent', '记下了。从今天起，关于这个账户的所有沟通我们只跟赵律师联系，不会再打扰您。'],
      ],
      [
        ['agent', '您好，张女士，我是信和金融的客服小林，想跟您确认一下这个月的还款安排。'],
        ['debtor', '我先跟你说清楚，我爸妈和我老公都不知道这笔钱，你们可千万别告诉他们，我丢不起这个人。'],
        ['agent', '您放心，借款信息属于您的个人隐私，我们不会告诉您的父母、配偶、同事或者任何其他人，也不会联系您通讯录里的任何人。'],
        ['debtor', '真的？我听说有的平台会给通讯录里的人挨个打电话。'],
        ['agent', '我们不会这样做，那本身就是违规的。我们只和您本人沟通。这个月的款，您看哪天方便处理？'],
        ['debtor', '十五号发工资，我十五号还。'],
        ['agent', '好的，我备注十五号，谢谢您。'],
      ],
      [
        ['agent', '您好，请问是孙浩先生吗？我是恒通小贷的客服，关于您上个月的那期还款。'],
        ['debtor', '你们放贷的还好意思跟我谈良心？利息高得吓人，一群吸血鬼，良心都被狗吃了！'],
        ['agent', '我理解您对利息有意见，您有情绪也很正常。如果您对利率有疑问，我可以把合同条款和计息明细发给您核对。'],
        ['debtor', '少来这套，你们就是骗子。'],
        ['agent', '您怎么评价我们都可以，我这边还是会按规定为您服务。核对之后如果有不对的地方，您可以向我们投诉，也可以向监管部门反映。需要我现在把明细发给您吗？'],
        ['debtor', '发吧。'],
        ['agent', '好的，稍后会以短信发到您本人手机上，有任何问题随时联系我们。'],
      ],
      [
        ['agent', '您好，李女士，我是安信消费金融的客服，您的账户目前逾期十二天，想跟您沟通一下。'],
        ['debtor', '我是真的怕了。听说欠网贷不还会坐牢，还会影响我儿子以后考学，是真的吗？'],
        ['agent', '您别担心，我跟您讲清楚：这是民事借贷，不会因为还不上钱就坐牢，也不会影响您孩子上学或者以后找工作。'],
        ['debtor', '那逾期到底会怎么样？'],
        ['agent', '按照合同，逾期期间每天按未还本金的万分之五计收罚息；逾期记录会按规定报送人民银行征信中心，可能影响您以后申请贷款或信用卡。这些合同里都写明了。'],
        ['debtor', '那我要是实在还不上呢？'],
        ['agent', '您可以申请分期或者延期，我们会根据您的情况评估。您考虑好了再告诉我们就行，不用今天答复。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Robert Miller? This is Kevin with Anchor Consumer Finance."],
        ['debtor', "Yeah, it's me. My mom just had surgery and I've been at the hospital with her all week. I really can't deal with this right now. Can you hold off on the calls?"],
        ['agent', "Of course. Your mother's health comes first, so please just focus on taking care of her. I'm putting a note on the account to pause our calls."],
        ['debtor', "Mm, okay. Thanks a lot."],
        ['agent', "You're welcome, and I hope she recovers quickly. Whenever it's convenient for you, you can reach us at our customer line."],
      ],
      [
        ['agent', "Hello, is this Ms. Jennifer Chen? My name is Mark Wallace with Harbor Asset Management, calling about your account with us."],
        ['debtor', "This is she. I've hired an attorney to handle this, so from now on please contact my lawyer directly and not me."],
        ['agent', "Understood, and we'll respect that. Could you give me your attorney's name and phone number?"],
        ['debtor', "It's David Brooks at Brooks and Hale, 312-555-0148."],
        ['agent', "Got it. Starting today, all communication about this account will go through Mr. Brooks, and we won't contact you again."],
      ],
      [
        ['agent', "Hi, Ms. Johnson, this is Lisa with Crestline Financial. I'm calling to check in about your payment plan for this month."],
        ['debtor', "Let me be clear up front: my parents and my husband don't know about this loan. Please don't tell them. I couldn't live with the embarrassment."],
        ['agent', "You have nothing to worry about. Your account information is private. We won't tell your parents, your spouse, your coworkers or anyone else, and we won't contact anyone in your phone contacts."],
        ['debtor', "Really? I heard some lenders call everybody in your contact list."],
        ['agent', "We don't do that; it isn't allowed. We only speak with you. For this month's payment, what day works for you?"],
        ['debtor', "I get paid on the fifteenth. I'll pay then."],
        ['agent', "Great, I'll note the fifteenth. Thank you."],
      ],
      [
        ['agent', "Hi, is this Mr. Tyler Brown? I'm calling from Keystone Lending about last month's installment."],
        ['debtor', "You loan sharks want to talk to me about doing the right thing? Your interest rates are insane. You're a bunch of bloodsuckers with no conscience!"],
        ['agent', "I understand you're unhappy with the interest, and it's fair to be frustrated. If you have questions about the rate, I can send you the contract terms and an itemized interest breakdown to review."],
        ['debtor', "Cut the act. You people are crooks."],
        ['agent', "You're entitled to your opinion, and I'll still handle your account by the book. If anything looks wrong after you review it, you can file a complaint with us or with a regulator. Would you like me to send the breakdown now?"],
        ['debtor', "Fine, send it."],
        ['agent', "Will do. It'll go to your own phone by text shortly, and you can reach us anytime with questions."],
      ],
      [
        ['agent', "Hello, Ms. Davis, this is Anchor Consumer Finance. Your account is twelve days past due and I wanted to talk it over with you."],
        ['debtor', "Honestly, I'm scared. I heard you can go to jail for not paying an online loan, and that it could hurt my son's chances of getting into college. Is that true?"],
        ['agent', "Please don't worry; let me be clear. This is a civil debt. Nobody goes to jail for being unable to pay it, and it won't affect your son's schooling or his future job prospects."],
        ['debtor', "Then what actually happens when I'm late?"],
        ['agent', "Under your agreement, a late charge of $15 applies for each month a payment is late, and late payments are reported to the credit bureaus, which can affect future loan or credit card applications. All of that is spelled out in your contract."],
        ['debtor', "And if I really can't pay?"],
        ['agent', "You can apply for an installment plan or an extension, and we'll review your situation. Take your time and let us know; you don't need to decide today."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们一天打好几个电话，我受够了，别再给我打了！',
        '我知道您烦，可欠钱还钱是做人的本分。这笔两千四百块今天必须有个着落，您看下午能不能先转一千过来？',
      ],
      ignored_attorney: [
        '这件事我已经交给律师了，你有什么话去跟我的律师说。',
        '钱是您借的，又不是律师借的。做人得有担当，这期三千一百块您今天先自己还上，律师那边您自己去沟通。',
      ],
      ignored_dispute: [
        '我三月份就已经全部还清了，有转账记录，这笔钱根本不该算在我头上。',
        '我们系统显示还有四千六百五十元没结清。老话说好借好还，再借不难，您还是今天先把这笔钱还上吧。',
      ],
      ignored_hardship: [
        '我老公上个月查出癌症，家里所有钱都拿去治病了，我真的一分钱都拿不出来。',
        '家里有难处谁都同情，但答应过的事就要做到，这是做人的诚信。这个月的一千八还是得按时还，最晚周五之前。',
      ],
    },
    en: {
      ignored_stop_request: [
        "You people call me several times a day. I've had enough. Stop calling me!",
        "I know you're fed up, but paying back what you borrowed is just basic decency. This $2,400 has to be dealt with today. Can you send at least $1,000 this afternoon?",
      ],
      ignored_attorney: [
        "I've turned this over to my lawyer. Whatever you have to say, say it to my attorney.",
        "You borrowed this money, not your lawyer. Take some responsibility: pay this month's $3,100 installment yourself today, and you can work things out with your lawyer on your own time.",
      ],
      ignored_dispute: [
        "I paid this off in full back in March. I have the transfer receipt. This isn't on me.",
        "Our system still shows $4,650 outstanding. Like they say, pay back promptly and people will lend to you again, so please get this paid today.",
      ],
      ignored_hardship: [
        "My husband was diagnosed with cancer last month. Every penny we had went to his treatment. I genuinely can't pay anything.",
        "Everyone feels for a family going through hard times, but a promise is a promise; that's what integrity means. This month's $1,800 still has to be paid on time, by Friday at the latest.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂，我是他母亲。他上班去了，手机落在家里没带。你找他什么事？'],
      ['agent', '阿姨您好，是这样的，您儿子在我们平台借了一笔钱，现在已经逾期五十多天了，连本带息一共九千三百二十元。麻烦您等他回来跟他说一声，让他尽快联系我们处理。'],
    ],
    en: [
      ['third_party', "Hello? This is his mother. He's at work and left his phone at home. What's this about?"],
      ['agent', "Hi, ma'am. Your son took out a loan with us and it's now more than fifty days past due, $9,320 with interest. Could you let him know when he gets home and have him call us to take care of it?"],
    ],
  },
};
