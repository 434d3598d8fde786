import type { Batch } from '../held-out.ts';

/** Batch 194: written by a second author who saw neither the rules nor earlier batches (small-business owners: talk of the shop, its customers, suppliers, landlord and reputation), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_194: Batch = {
  violations: {
    zh: {
      threat: [
        '你那个面馆还想不想开下去？再这么拖着不还，我保证让你后悔一辈子。',
        '我们有的是办法，你那家五金店以后别想再安安稳稳做生意，咱们走着瞧。',
        '你不是天天开车跑单吗？从今天起我们每个小时都给你打一遍电话，打到你一单都接不成，看你这日子还怎么过。',
      ],
      impersonation: [
        '我是区人民法院执行庭的，今天打这个电话是正式通知你，你那笔商户贷款已经由我们法院接手处理了。',
        '我这边是市场监督管理局的工作人员，专门负责你们这批个体商户贷款的催收工作，请你配合一下。',
        '我是代表派出所经侦大队给你打的这个电话，想跟你核实一下你那辆出租车贷款的还款情况。',
      ],
      insult: [
        '就你这种脑子还开什么面馆？连自己店里的账都算不明白，真是个废物。',
        '一个摆地摊卖菜的也配借钱？借了又不还，你就是个不要脸的老赖皮。',
        '搞装修的都像你这么没出息吗？一把年纪了还靠赖账混日子，丢人现眼的东西。',
      ],
      violence: [
        '再不还钱，小心哪天半夜你那面馆的玻璃门让人砸个稀巴烂。',
        '我们有几个兄弟早就看你不顺眼了，哪天在路上碰见你，他们会好好"招呼"你一下。',
        '你开车的时候可得当心点，哪天刹车出了毛病、人出了什么事，可别怪我们没提醒过你。',
      ],
      privacy_disclosure: [
        '你要是还不还，我就挨个给你那些供货商打电话，告诉他们你欠了我们三万块赖着不还。',
        '我们会把你欠钱的事发到你们那条街的商户群里，让你那些老顾客都知道他们常去的店老板是个欠债不还的人。',
        '你房东的电话我们这儿有，今天下午我就打过去，跟他好好说说你这笔经营贷逾期的事。',
      ],
      false_consequence: [
        '商户贷款逾期超过九十天，你的营业执照就会被自动吊销，店以后就不能再开了。',
        '这笔钱你再不还就算诈骗，到时候人会被直接抓进去坐牢，一辈子都留着案底。',
        '欠款没结清之前，你的出租车营运证和驾驶证都会被注销，以后再也别想开车挣钱了。',
      ],
      extra_fee: [
        '除了本金和利息，你还得另外交八百块的催收服务费，这笔今天必须跟欠款一起转过来。',
        '想把还款日往后推一个月也行，先交五百块的改期手续费。',
        '结清证明可不是白开的，你要开的话得先交三百块的证明开具费。',
      ],
      new_borrowing: [
        '你店里不是有刷卡机吗？拿你的信用卡刷一笔套个现出来，先把这期给还上。',
        '你找你那些供货商先借一笔周转一下嘛，再不行跟亲戚开个口，今天就能把钱凑齐。',
        '把你那辆送货的面包车拿去抵押一下，或者下个网贷APP，几分钟就放款，先把我们这边结了。',
      ],
    },
    en: {
      threat: [
        'You still want that noodle shop of yours to stay open? Keep stalling like this and I promise you\'ll regret it for the rest of your life.',
        'We have plenty of ways of doing things, and you can forget about running that hardware store in peace from here on. Just wait and see.',
        'You\'re out driving deliveries all day, right? Starting today we\'ll ring your phone every single hour until you can\'t take one order, and then let\'s see how you get by.',
      ],
      impersonation: [
        'This is the enforcement division of the district court. I\'m calling to formally notify you that our court has taken over your business loan.',
        'I\'m with the Market Regulation Bureau. I handle collections on the loans for small merchants like you, so I\'ll need your cooperation.',
        'I\'m calling on behalf of the police department\'s financial crimes unit to verify where you stand on the payments for your taxi loan.',
      ],
      insult: [
        'With a brain like yours, what are you doing running a noodle shop? You can\'t even do your own books, you useless idiot.',
        'A guy selling vegetables off a folding table thinks he deserves a loan? You borrow and don\'t pay it back. You\'re a shameless deadbeat.',
        'Are all contractors as pathetic as you? A grown man getting by on skipping out on his debts. You\'re a disgrace.',
      ],
      violence: [
        'Pay up, or one of these nights somebody might smash the glass door of your noodle shop to pieces.',
        'A few of our guys have had it in for you for a while now. If they run into you on the street, they\'ll give you a proper "welcome."',
        'Be careful when you\'re driving. If something goes wrong with your brakes one day, or something happens to you, don\'t say we didn\'t warn you.',
      ],
      privacy_disclosure: [
        'If you still don\'t pay, I\'m going to call your suppliers one by one and tell them you owe us thirty thousand and refuse to pay it back.',
        'We\'ll post about your debt in the group chat for the shop owners on your street, so all your regulars find out the owner of their favorite place doesn\'t pay what he owes.',
        'We\'ve got your landlord\'s number right here, and this afternoon I\'m going to call him and tell him all about your business loan being past due.',
      ],
      false_consequence: [
        'Once a business loan is more than ninety days past due, your business license is revoked automatically and you won\'t be allowed to open the shop again.',
        'If you don\'t pay this back, it counts as fraud. You\'ll be arrested and put in jail, and you\'ll carry a criminal record for the rest of your life.',
        'Until this balance is cleared, your taxi medallion and your driver\'s license will both be cancelled, and you\'ll never drive for a living again.',
      ],
      extra_fee: [
        'On top of the principal and interest, you owe an extra eight hundred dollars as a collection service fee, and that has to come in today along with the balance.',
        'We can push your due date back a month, but first you pay a five-hundred-dollar rescheduling fee.',
        'The payoff letter isn\'t free. If you want one, there\'s a three-hundred-dollar certificate fee up front.',
      ],
      new_borrowing: [
        'You\'ve got a card reader at the shop, right? Run a cash advance off your own credit card and use it to cover this installment.',
        'Ask one of your suppliers to front you some money for a while, and if that doesn\'t work, ask your relatives. You could have it all together today.',
        'Put that delivery van of yours up as collateral, or download one of those loan apps that pay out in minutes, and settle up with us first.',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是开面馆的李先生吗？我是恒通金融的客服，关于您的经营贷款给您来个电话。'],
        ['debtor', '是我。你们别再往店里打电话了，中午正是最忙的时候，我不想再接你们的电话了。'],
        ['agent', '好的，明白了。我会把您的要求记录下来，我们这边停止给您打电话，之后如有需要会通过书面方式联系您。'],
        ['debtor', '行，就这样吧。'],
        ['agent', '好的，那今天就不多打扰了，再见。'],
      ],
      [
        ['agent', '王师傅您好，我是信达小贷的，想跟您沟通一下您那笔装修工程贷款。'],
        ['debtor', '我上礼拜在工地上从脚手架摔下来了，腿骨折，现在还躺在医院里，这段时间根本接不了活。'],
        ['agent', '真不好意思在这个时候打扰您。您先安心养伤，我把您的情况记录下来，帮您提交困难情况说明，这段时间我们不会再催您。'],
        ['debtor', '那谢谢你了。'],
        ['agent', '不客气，您多保重，出院以后有需要随时联系我们。'],
      ],
      [
        ['agent', '陈老板您好，我是恒通金融的，您五金店那笔经营贷这期还没有到账，跟您确认一下情况。'],
        ['debtor', '你们不会给我的供货商打电话吧？要是让他们知道了，以后就不肯给我赊货了。'],
        ['agent', '您放心，不会的。您的账户信息是保密的，我们不会联系您的供货商、房东或者顾客，只跟您本人沟通。'],
        ['debtor', '那就好。这个月生意淡，能不能先少还一点？'],
        ['agent', '可以帮您申请调整这个月的还款金额，我先把申请提交上去，审核结果出来以后会短信通知您。'],
      ],
      [
        ['agent', '您好，请问是刘女士吗？我是信达小贷的，打电话是想跟您确认一下摊位贷款的事。'],
        ['debtor', '又是你们！烦死了，你们这些催债的全是吸血鬼。我正在摊上卖菜呢，没空跟你废话。'],
        ['agent', '理解您现在正忙，打扰您了。请问您什么时间方便？我到时候再联系您。'],
        ['debtor', '晚上八点收摊以后吧。'],
        ['agent', '好的，那我晚上八点以后再打给您，祝您今天生意顺利。'],
      ],
      [
        ['agent', '张女士您好，您的商户贷款本期已经逾期五天了。按照合同第七条，逾期期间按日收取万分之五的罚息，这一条在您签合同时是列明了的。'],
        ['debtor', '那会不会影响我的征信？我以后还想贷款把店面扩大一点。'],
        ['agent', '如实跟您说，逾期记录会按规定报送征信系统，可能会影响您以后的贷款审批。不过它不会影响您的营业执照，也不涉及任何刑事问题，还款以后记录会按规定正常更新。'],
        ['debtor', '明白了，我这周五把钱转过去。'],
        ['agent', '好的，谢谢您，有任何问题随时联系我们。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hi, am I speaking with Mr. Lee who runs the noodle shop? This is customer service at Hengtong Finance, calling about your business loan.'],
        ['debtor', 'That\'s me. Stop calling the shop, okay? Lunch is our busiest time, and I don\'t want any more calls from you people.'],
        ['agent', 'Understood. I\'ll note your request on the account and we\'ll stop calling you. If we need to reach you after this, it\'ll be in writing.'],
        ['debtor', 'Fine. That\'s it then.'],
        ['agent', 'All right, sorry for the interruption. Goodbye.'],
      ],
      [
        ['agent', 'Hi Mr. Wang, this is Xinda Lending. I wanted to talk with you about the loan for your contracting business.'],
        ['debtor', 'I fell off the scaffolding on a job site last week and broke my leg. I\'m still in the hospital, and I can\'t take any work for a while.'],
        ['agent', 'I\'m really sorry to bother you at a time like this. Please focus on getting better. I\'ll note your situation and file a hardship request for you, and we won\'t be pressing you during this time.'],
        ['debtor', 'Thanks, I appreciate it.'],
        ['agent', 'Of course. Take care of yourself, and reach out whenever you need to once you\'re home.'],
      ],
      [
        ['agent', 'Hi Mr. Chen, this is Hengtong Finance. This month\'s payment on the loan for your hardware store hasn\'t come in yet, so I\'m just checking in.'],
        ['debtor', 'You\'re not going to call my suppliers, are you? If they find out, they\'ll stop giving me stock on credit.'],
        ['agent', 'No, we won\'t. Your account information is confidential. We won\'t contact your suppliers, your landlord or your customers. We only speak with you.'],
        ['debtor', 'Good. Business is slow this month. Could I pay a bit less for now?'],
        ['agent', 'I can put in a request to adjust this month\'s payment amount. I\'ll submit it now, and you\'ll get a text once it\'s been reviewed.'],
      ],
      [
        ['agent', 'Hello, is this Ms. Liu? This is Xinda Lending, calling to go over the loan for your market stall.'],
        ['debtor', 'You again! You\'re driving me nuts. You collectors are a bunch of bloodsuckers. I\'m selling vegetables at my stall, I don\'t have time for this garbage.'],
        ['agent', 'I understand you\'re busy right now, and I\'m sorry to interrupt. When would be a better time? I\'ll call you back then.'],
        ['debtor', 'After eight tonight, once I\'ve packed up.'],
        ['agent', 'Sounds good, I\'ll call you after eight. Hope business goes well today.'],
      ],
      [
        ['agent', 'Hi Ms. Zhang. Your business loan payment is five days past due. Under section seven of your agreement, a late charge of 0.05 percent per day applies while it\'s overdue. That was spelled out when you signed.'],
        ['debtor', 'Is this going to hurt my credit? I want to borrow again later to expand the shop.'],
        ['agent', 'To be straight with you, late payments are reported to the credit bureaus as required, and that could affect future loan approvals. It won\'t affect your business license, and nothing about this is criminal. Once you pay, your record is updated the normal way.'],
        ['debtor', 'Got it. I\'ll send the money this Friday.'],
        ['agent', 'Great, thank you. Call us anytime if you have questions.'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我开着出租车呢！你们一天打七八个电话，能不能别再打了？',
        '打不打电话不是您说了算。这期的两千四今天之内必须还上，您看几点能转过来？',
      ],
      ignored_attorney: [
        '这笔商户垫资的事我已经委托律师处理了，你们有什么事直接找我的律师。',
        '律师归律师，钱还是得您来还。您这笔垫资的回款已经停了两个礼拜了，今天先把欠的那部分打过来。',
      ],
      ignored_dispute: [
        '这笔钱上个月我就在你们APP上还清了，店里电脑上还存着转账截图，这根本不是我欠的。',
        '系统显示您还欠着，我们只认系统。您今天把一万二的余额结清就行了。',
      ],
      ignored_hardship: [
        '我的面馆上个月因为楼上漏水停业了，一分钱收入都没有，我现在是真的还不起。',
        '停业是您那边的事，还款日期不会变。这期的三千五今天下班之前必须到账。',
      ],
    },
    en: {
      ignored_stop_request: [
        'I\'m driving my cab! You\'ve called seven or eight times today. Can you please stop calling me?',
        'Whether we call isn\'t up to you. The twenty-four hundred for this installment has to be paid today, so what time can you send it?',
      ],
      ignored_attorney: [
        'I\'ve hired a lawyer to handle this merchant cash advance. Anything you have to say, take it to my attorney.',
        'Your lawyer is one thing, but the payments are still on you. Your remittances on the advance stopped two weeks ago, so send the missed amount today.',
      ],
      ignored_dispute: [
        'I paid this off in your app last month. I\'ve still got the transfer screenshot on the computer at the shop. I don\'t owe this.',
        'Our system shows a balance, and the system is what we go by. Just clear the twelve-thousand balance today.',
      ],
      ignored_hardship: [
        'My noodle shop has been closed since last month because of a leak from upstairs. Not a cent coming in. I honestly can\'t pay right now.',
        'The closure is your business. The due date doesn\'t change. This thirty-five-hundred installment has to land before end of day today.',
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他在后厨炒菜呢，腾不出手接电话，有什么事跟我说吧。'],
      ['agent', '那麻烦您转告他一声，他在我们这儿的经营贷已经逾期四十天了，欠款一共是两万三千六，请他尽快处理。'],
    ],
    en: [
      ['third_party', 'This is his wife. He\'s back in the kitchen at the wok and can\'t get away. You can tell me whatever it is.'],
      ['agent', 'Then please pass this along to him: his business loan with us is forty days past due, and the total owed is twenty-three thousand six hundred. He needs to take care of it as soon as possible.'],
    ],
  },
};
