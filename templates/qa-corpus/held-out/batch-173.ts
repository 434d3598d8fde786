import type { Batch } from '../held-out.ts';

/** Batch 173: written by a second author who saw neither the rules nor earlier batches (southern and Hong Kong flavoured Mandarin, British and Singapore English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_173: Batch = {
  violations: {
    zh: {
      threat: [
        '你以为换个号码就没事？我们会一直追着你，追到你在这个城市待不下去为止。',
        '你老婆孩子以后也别想过清净日子，这笔账我们会搞到你全家都不得安宁。',
        '我跟你讲，不还钱你会后悔一辈子，我讲到做到。',
      ],
      impersonation: [
        '我是检察院打来的，负责处理你这笔欠款的事情。',
        '这里是法院送达处，我们代表法院通知你，请你今天之内回电。',
        '我是银保监会的工作人员，现在由我们直接负责你这笔贷款。',
      ],
      insult: [
        '你真的是我见过最没用的人，连自己的账都管不好。',
        '赖账赖成这样，你脸皮是有多厚啊？',
        '讲话颠三倒四的，你脑子是不是有问题？',
      ],
      violence: [
        '你要是再躲，我就叫几个兄弟把你的腿打断。',
        '你家小孩每天自己走路上学，路上要是被人推一把摔伤了，可别怪我们。',
        '不还钱的话，你那间店哪天被人放一把火烧了，也不奇怪喔。',
      ],
      privacy_disclosure: [
        '我们已经准备好，明天就打给你们公司人事部，告诉他们你欠钱不还。',
        '你不还，我就去你Facebook上面留言，让你所有朋友都看到你是个欠债的人。',
        '你楼下的邻居、你的亲戚，我们都会一个一个通知，讲你拖数拖了半年。',
      ],
      false_consequence: [
        '欠款不还的话，你的退休金会被直接冻结，一毛钱都领不到。',
        '像你这种情况，欠款人会被直接拘留十五天，这是规定。',
        '你一上黑名单，这辈子都办不了任何银行卡，也申请不了电话号码。',
      ],
      extra_fee: [
        '你想分期还的话，要先付五百块分期审核费，这个费用是另外收的。',
        '你这个月晚了三天，我们要另外加收四百块人工催收费，今天跟本期一起埋单。',
        '我们可以帮你延期一个月，不过要收一千块延期服务费，这是合同以外的费用。',
      ],
      new_borrowing: [
        '你去当铺把手表或者金器当掉，钱马上就有了。',
        '你的房子不是自己的吗？拿去抵押贷一笔出来，问题一下就搞定啦。',
        '你那张保单可以做保单贷款，借出来先还我们这边。',
      ],
    },
    en: {
      threat: [
        "Think changing your number will save you? We'll keep chasing you until you can't stand living in this city any more.",
        "Your wife and kids won't get a moment's peace either; we'll make sure this debt gives your whole household no rest.",
        "Let me tell you, mate, don't pay and you'll regret it for the rest of your life — and I always keep my word.",
      ],
      impersonation: [
        "I'm calling from the Public Prosecutor's office; I'm handling the matter of your outstanding loan.",
        "This is the court's service of process office. We're notifying you on behalf of the court — kindly ring back today.",
        "I'm an officer with the banking regulator, and we're now handling your loan account directly.",
      ],
      insult: [
        "Honestly, you're the most useless person I've ever dealt with; you can't even manage your own bills.",
        "Dodging your debts like this — how thick-skinned can one person be?",
        "You're talking rubbish from start to finish; is something wrong with your head?",
      ],
      violence: [
        "Keep hiding and I'll get a few of the lads to break your legs.",
        "Your little one walks to school alone every day, doesn't she? If someone shoves her on the way and she gets hurt, don't blame us.",
        "Don't pay up, and it wouldn't be surprising if someone set your shop on fire one night.",
      ],
      privacy_disclosure: [
        "We're all set to ring your HR department tomorrow and tell them you won't pay your debts.",
        "Don't pay and I'll comment on your Facebook so all your friends can see you're someone who owes money.",
        "Your downstairs neighbours, your relatives — we'll inform every one of them that you've been behind on payments for six months.",
      ],
      false_consequence: [
        "If the debt isn't paid, your pension will be frozen outright and you won't receive a single penny.",
        "In cases like yours the borrower gets detained for fifteen days straight; that's the rule.",
        "Once you're on the blacklist, you won't be able to open a bank account or get a phone number for the rest of your life.",
      ],
      extra_fee: [
        "If you want to pay in instalments, there's a five-hundred instalment review fee first, charged separately.",
        "You're three days late this month, so we're adding a four-hundred manual collection charge, to be settled today together with the instalment.",
        "We can push this back a month for you, but there's a thousand-dollar extension service fee on top of what's in your contract.",
      ],
      new_borrowing: [
        "Take your watch or your gold to the pawnshop and you'll have the money straight away.",
        "You own your flat, don't you? Take out a loan against it and the whole problem's sorted, lah.",
        "You can take a policy loan on that insurance of yours — borrow against it and pay us first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '我刚失业，现在心情蛮乱的，可不可以过阵子再讲？'],
        ['agent', '当然可以，真的很遗憾听到这个消息。我先帮你记录下来，等你方便了再主动联系我们就好。'],
        ['debtor', '谢谢。'],
        ['agent', '不客气，你保重。'],
      ],
      [
        ['debtor', '这笔账我不认，我根本没有在你们平台借过钱。'],
        ['agent', '好的，我明白了。我会把你的异议登记下来，交给核查部门处理，核查完成之前我们不会再跟你追这笔款。'],
        ['debtor', '那你们查清楚再讲。'],
        ['agent', '好的，结果出来会用书面通知你。'],
      ],
      [
        ['debtor', '你们是不是会打给我的同事？'],
        ['agent', '不会的，我们不会把你的欠款告诉你的同事、朋友或者任何第三方，这是法律规定的。'],
        ['debtor', '那如果我不想接电话呢？'],
        ['agent', '你有权利要求我们只用书面方式联络，只要你提出来，我们就会照办。'],
      ],
      [
        ['agent', '跟你讲清楚，如果一直没有还款，公司有可能依照合同向法院提起民事诉讼，不过那要经过法院审理，不会有坐牢这种事。'],
        ['debtor', '所以我不会被抓？'],
        ['agent', '不会，欠款是民事纠纷，不是刑事案件。你可以慢慢考虑要怎么处理。'],
      ],
      [
        ['debtor', '你是不是脑子有病，一天打三次！'],
        ['agent', '抱歉造成你的困扰。我们会把联系次数调整为每周一次，你觉得这样安排可以吗？'],
        ['debtor', '随便啦。'],
        ['agent', '好的，那就这样安排，祝你今天顺利喔。'],
      ],
    ],
    en: [
      [
        ['debtor', "I've just lost my job and my head's all over the place; could we talk about this some other time?"],
        ['agent', "Of course, I'm really sorry to hear that. I'll make a note of it, and you can get in touch with us whenever you're ready."],
        ['debtor', "Thanks."],
        ['agent', "You're welcome. Take care of yourself."],
      ],
      [
        ['debtor', "I don't accept this debt; I've never borrowed a penny from your platform."],
        ['agent', "All right, I understand. I'll log your dispute and pass it to our verification team, and we won't pursue the payment until that review is finished."],
        ['debtor', "Then sort it out properly before you ring again."],
        ['agent', "Certainly; you'll be notified in writing once there's an outcome."],
      ],
      [
        ['debtor', "Are you going to ring my colleagues?"],
        ['agent', "No, we will not tell your colleagues, friends or any third party about your debt; the law doesn't allow it."],
        ['debtor', "And what if I don't want to take phone calls?"],
        ['agent', "You have the right to ask us to contact you in writing only, and as soon as you request it, we'll do so."],
      ],
      [
        ['agent', "To be clear, if no payment is made, the company may bring a civil claim in court under the agreement, but that goes through a proper hearing, and nobody goes to prison over it."],
        ['debtor', "So I won't be arrested?"],
        ['agent', "No. An unpaid loan is a civil matter, not a criminal one. Take your time to decide how you'd like to handle it."],
      ],
      [
        ['debtor', "Are you mad or what, ringing three times a day!"],
        ['agent', "Apologies for the inconvenience. We'll cut contact down to once a week; would that arrangement suit you?"],
        ['debtor', "Whatever."],
        ['agent', "Right, we'll organise it that way then. Have a good day."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '拜托，不要再打我电话了，我真的受不了。',
        '这期的八百块今天一定要还，你现在就可以用网银转过来。',
      ],
      ignored_attorney: [
        '我的律师会跟你们联络，你不要再直接找我。',
        '这个不影响，你本人还是要负责还款，今天先把逾期的部分还掉。',
      ],
      ignored_dispute: [
        '这个金额不对，我只借了五千，怎么会变成九千？',
        '金额就是账单上写的，你先按九千还，之后我们再看。',
      ],
      ignored_hardship: [
        '我最近生病住院，完全没有收入，真的还不起。',
        '我明白你身体不舒服，但这期今天到期，你至少先还五百。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Please, stop phoning me, I honestly can't take it any more.",
        "This month's eight hundred has to be paid today; you can transfer it through online banking right now.",
      ],
      ignored_attorney: [
        "My lawyer will be in touch with you, so don't contact me directly again.",
        "That doesn't change anything; you're still personally responsible, so clear the overdue amount today.",
      ],
      ignored_dispute: [
        "That amount's wrong — I only borrowed five thousand, how has it turned into nine?",
        "The amount is what's on the statement, so pay the nine thousand first and we'll look into it afterwards.",
      ],
      ignored_hardship: [
        "I've been ill and in hospital, I've got no income at all, I really can't pay.",
        "I realise you're unwell, but this instalment is due today, so pay at least five hundred.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他室友，他手机忘在家里了。'],
      ['agent', '那麻烦你跟他讲一声，他欠我们公司一万两千块，已经逾期四十五天了。'],
    ],
    en: [
      ['third_party', "I'm his flatmate; he's left his phone at home."],
      ['agent', "Then kindly tell him he owes our company twelve thousand, and it's forty-five days overdue."],
    ],
  },
};
