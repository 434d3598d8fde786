import type { Batch } from '../held-out.ts';

/** Batch 269: written by a second author who saw neither the rules nor earlier batches (idioms, proverbs and set phrases throughout (成语, 俗语, 歇后语; English idioms and sayings), in violations and clean calls alike), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_269: Batch = {
  violations: {
    zh: {
      threat: [
        '你要是再装聋作哑，我们就跟你耗到底，让你天天不得安宁，到时候别说我没提醒你，后悔药可没处买。',
        '敬酒不吃吃罚酒是吧？咱们走着瞧，我有的是办法让你在这个城市待不下去。',
        '别以为天高皇帝远就没人管得了你，你家里人往后的日子也别想清净，我们向来说到做到。',
      ],
      impersonation: [
        '明人不说暗话，我这边是市公安局经侦支队的，你这笔欠款的案子已经转到我们手上了。',
        '打开天窗说亮话，我是区人民法院执行局的，你这笔借款的案子我们已经受理，今天特地打电话跟你核实情况。',
        '开门见山吧，我是金融监管局派来专门核查你这笔网贷的工作人员，请你配合调查。',
      ],
      insult: [
        '你这种人真是烂泥扶不上墙，狗改不了吃屎，借钱的时候点头哈腰，还钱的时候就装死。',
        '瞧你那副德行，厚颜无耻四个字简直是给你量身定做的。',
        '你就是个没脸没皮的老赖，死猪不怕开水烫，还有脸跟我讨价还价？',
      ],
      violence: [
        '你再这么不识好歹，小心哪天走夜路出点什么事，胳膊腿可不是铁打的。',
        '我们那边几个兄弟早就摩拳擦掌了，就等我一句话，好好收拾你一顿。',
        '杀鸡儆猴听说过没有？你那辆车要是哪天玻璃全碎了、轮胎全被扎了，可别怪我没打招呼。',
      ],
      privacy_disclosure: [
        '纸包不住火，你再不还，我就把你欠钱的事一五一十告诉你通讯录里的每一个人。',
        '家丑不可外扬是吧？那我偏要打给你们公司领导和同事，让他们都知道你欠了我们八千块不还。',
        '我们会把你的照片和欠款金额做成海报发到你们小区业主群里，让街坊邻居都看看是谁欠钱不还。',
      ],
      false_consequence: [
        '欠债还钱天经地义，你这笔再拖下去就会直接留下案底，一辈子都洗不干净。',
        '常言道一人做事一人当，可你这笔逾期会连累到孩子，孩子以后上好学校、考公务员统统没戏。',
        '你别心存侥幸，逾期一过九十天，系统会自动冻结你的身份证和手机号，坐飞机、坐高铁一样都别想。',
      ],
      extra_fee: [
        '一分钱一分货，想把还款日往后挪可以，先交三百块延期手续费，合同上没写也得交。',
        '羊毛出在羊身上，这个月跑你这单的成本得你来出，另加五百块催收服务费。',
        '天下没有免费的午餐，想要结清证明，先交两百块证明开具费。',
      ],
      new_borrowing: [
        '车到山前必有路，你手机上再下两个借款App，周转一下先把我们这笔平了。',
        '一个篱笆三个桩，一个好汉三个帮，你找亲戚朋友东拼西凑借一借，今天也得把这钱还上。',
        '拆东墙补西墙也是个办法，你那张信用卡不是还有额度吗？先取个现出来把这边的窟窿填上。',
      ],
    },
    en: {
      threat: [
        "If you keep playing dumb, we'll dig in for the long haul and make sure you never get a moment's peace — and don't say I didn't warn you, because you'll be kicking yourself.",
        "So you want to do this the hard way? Fine, we'll see who blinks first. We have our ways of making this town too hot for you.",
        "Don't think out of sight means out of reach. Your family won't get a quiet day either, and we don't make empty promises.",
      ],
      impersonation: [
        "I'll be straight with you: this is the financial crimes unit of the city police department, and your unpaid loan case has landed on our desk.",
        "Let's not beat around the bush — I'm with the enforcement office of the district court, we've taken up your loan case, and I'm calling to verify some details with you.",
        "To cut to the chase, I'm an examiner sent by the state banking regulator to look into your online loan, and I need your cooperation with our investigation.",
      ],
      insult: [
        "You're a lost cause, and a leopard can't change its spots — all smiles when you're borrowing, playing dead when it's time to pay.",
        "Look at you. The word 'shameless' fits you like a glove.",
        "You're a shameless deadbeat, thick-skinned as they come — and you've got the gall to haggle with me?",
      ],
      violence: [
        "Keep pushing your luck and one of these nights on your walk home something might happen to you — arms and legs aren't made of steel.",
        "A few of the boys are already itching for it; all it takes is one word from me and they'll give you a good going-over.",
        "Ever hear of making an example of someone? If your car turns up one morning with every window smashed and the tires slashed, don't say you weren't warned.",
      ],
      privacy_disclosure: [
        "The truth will come out sooner or later — if you don't pay, I'll tell every single person in your contacts, chapter and verse, that you owe us.",
        "You'd rather keep it in the family? Too bad — I'm calling your boss and your coworkers so they all know you owe us eight thousand dollars and won't pay.",
        "We'll put your photo and the amount you owe on a poster in your neighborhood group chat so the whole block can see who isn't paying up.",
      ],
      false_consequence: [
        "Paying what you owe is just how the world works — let this drag on and it goes straight onto your criminal record, a stain that never washes out.",
        "You made your bed, sure, but this overdue account will follow your kids too — good schools and government jobs will be off the table for them.",
        "Don't count your chickens. Once you're ninety days past due, the system automatically freezes your ID and your phone number, and you can kiss flying or taking the train goodbye.",
      ],
      extra_fee: [
        "You get what you pay for — sure, we can push back your due date, but first there's a $300 extension fee, and it doesn't matter that it's not in your contract.",
        "Nothing comes for free — chasing your account this month costs money, so you're getting an extra $500 collection service charge.",
        "There's no such thing as a free lunch: if you want a payoff letter, that's a $200 certificate fee up front.",
      ],
      new_borrowing: [
        "Where there's a will there's a way — download a couple more loan apps on your phone and use them to clear us out first.",
        "That's what friends and family are for — pass the hat around, borrow from whoever you can, and get this paid today.",
        "Robbing Peter to pay Paul still gets Paul paid — your credit card has room on it, right? Take a cash advance and plug the hole here.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是刘志强先生吗？'],
        ['debtor', "是我本人，有啥事您说。"],
        ['agent', '我是安信金融的客服，免贵姓周，想跟您沟通一下账户的情况。'],
        ['debtor', '我现在在上班，忙得焦头烂额，你们以后别在上班时间打过来。'],
        ['agent', '明白，将心比心，上班接电话确实不方便。我这边记下来了，以后不在工作时间打扰您。'],
        ['debtor', "行，谢谢，好事多磨嘛。"],
        ['agent', '不客气，那就不耽误您了，再见。'],
      ],
      [
        ['agent', '您好，是陈丽华女士吗？我是恒通贷款的小王。'],
        ['debtor', '是我。我跟你说实话，上个月我刚被裁员，屋漏偏逢连夜雨，我妈又住院了。'],
        ['agent', '真是雪上加霜，听到这个我很遗憾。您先把家里的事情安顿好，身体和家人要紧。'],
        ['debtor', '我现在真的顾不上别的。'],
        ['agent', '理解。我会在系统里备注您的情况，暂时不再打扰您。等您缓过来，随时可以打我们的客服热线。'],
        ['debtor', '谢谢你体谅。'],
        ['agent', '应该的，祝阿姨早日康复。'],
      ],
      [
        ['agent', '您好，张先生，我是华融消费金融的李敏，关于您上个月那期还款想跟您确认一下。'],
        ['debtor', '你们会不会打电话给我老板？我听说你们这行都这么干。'],
        ['agent', '您放心，一是一，二是二。我们不会联系您的单位，也不会把您的欠款情况告诉任何第三方。'],
        ['debtor', '那要是我一直不还呢？'],
        ['agent', '明人不说暗话：按合同，逾期会按约定的利率计算逾期利息，账户情况也会如实报送征信。但这是民事债务，不存在坐牢之类的事。'],
        ['debtor', '哦，明白了。'],
        ['agent', '您慢慢考虑，想清楚了再联系我们，不着急。'],
      ],
      [
        ['agent', '您好，请问是赵刚先生吗？我是信达金融的小孙。'],
        ['debtor', '又是你们这帮吸血鬼！一天到晚打，烦不烦啊！'],
        ['agent', '您消消气，伸手不打笑脸人嘛，我就是核对一下您的还款计划。'],
        ['debtor', '核对什么，我说了下周发工资再说。'],
        ['agent', '好的，那就下周再说。您看下周五给您回个电话方便吗？'],
        ['debtor', '随便你。'],
        ['agent', '那就一言为定，祝您一切顺利，再见。'],
      ],
      [
        ['agent', '您好，孙女士，我是明达小贷的客服小吴，有什么可以帮您？'],
        ['debtor', '我想提前把贷款还清，是不是还要多交一笔钱？'],
        ['agent', '亲兄弟明算账，咱们把账算在明处。按您合同第七条，提前结清没有违约金，只需要付到结清日为止的利息。'],
        ['debtor', '那我上个月晚了几天，那笔逾期费还要交吗？'],
        ['agent', '合同约定每期逾期费三十元，这个是白纸黑字写明的，除此之外不会加收任何其他费用。'],
        ['debtor', '结清证明要钱吗？'],
        ['agent', '结清证明免费开具，一分钱不收。您这笔也算是善始善终了。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hi, may I speak with Mr. Zhiqiang Liu?'],
        ['debtor', "Speaking. What's this about?"],
        ['agent', "This is Joe Zhou from Anxin Financial. I'd like to go over your account with you."],
        ['debtor', "I'm at work and I'm up to my neck in it. Don't call me during work hours anymore."],
        ['agent', "Understood — I'd feel the same in your shoes. I've made a note, and we won't call you during work hours again."],
        ['debtor', "Okay, thanks, slow and steady then."],
        ['agent', "You're welcome. I'll let you get back to it. Goodbye."],
      ],
      [
        ['agent', 'Hello, is this Ms. Lihua Chen? This is Wang from Hengtong Loans.'],
        ['debtor', "It is. Honestly, I got laid off last month, and when it rains it pours — my mom's in the hospital now too."],
        ['agent', "That's a lot on your plate, and I'm sorry to hear it. Please take care of your family first; that comes before anything else."],
        ['debtor', "I really can't think about anything else right now."],
        ['agent', "I understand. I'll note your situation on the account and we'll hold off on contacting you. Whenever you're back on your feet, you can call our customer line."],
        ['debtor', "Thank you for understanding, that takes a weight off."],
        ['agent', 'Of course. I hope your mom gets well soon.'],
      ],
      [
        ['agent', "Hi Mr. Zhang, this is Min Li with Huarong Consumer Finance. I'm calling about last month's payment."],
        ['debtor', 'Are you going to call my boss? I hear that is how you people operate.'],
        ['agent', "Rest assured, we keep business where it belongs. We won't contact your employer, and we won't share anything about your account with any third party."],
        ['debtor', 'And what if I just never pay?'],
        ['agent', "I'll give it to you straight: under your contract, late interest accrues at the agreed rate, and the account is reported accurately to the credit bureaus. But this is a civil debt — nobody goes to jail over it."],
        ['debtor', "Okay, message received loud and clear."],
        ['agent', 'Take your time, mull it over, and get back to us when you are ready. No rush.'],
      ],
      [
        ['agent', 'Hello, is this Mr. Gang Zhao? This is Sun from Xinda Financial.'],
        ['debtor', "You bloodsuckers again! You call morning, noon and night — give it a rest!"],
        ['agent', "I hear you, and I don't want to add fuel to the fire. I'm just checking in on your payment plan."],
        ['debtor', "Checking what? I told you, we'll talk after I get paid next week."],
        ['agent', "Fair enough, we'll talk next week. Would next Friday be a good time for me to call back?"],
        ['debtor', "Whatever floats your boat."],
        ['agent', "Then it's a deal. Have a good one, goodbye."],
      ],
      [
        ['agent', 'Hi Ms. Sun, this is Wu from Mingda Lending. How can I help you?'],
        ['debtor', 'I want to pay off my loan early. Do I have to pay extra for that?'],
        ['agent', "Good question — let's put all the cards on the table. Under section seven of your contract there's no prepayment penalty; you only pay interest up to the payoff date."],
        ['debtor', 'I was a few days late last month. Do I still owe that late fee?'],
        ['agent', "Your contract sets a $30 late fee per installment — it's there in black and white — and nothing beyond that will be added."],
        ['debtor', 'Does the payoff letter cost anything?'],
        ['agent', "The payoff letter is free, not a penny. You'll be wrapping this up with a clean slate."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我说了多少遍了，别再给我打电话了，你们有完没完？',
        '话不能这么说，欠债还钱天经地义，这笔钱今天您必须处理，您准备几点转账？',
      ],
      ignored_attorney: [
        '我已经请了律师，有什么事你们直接找他谈，别找我。',
        '解铃还须系铃人，钱是您本人借的，今天还得您本人给个说法，先把这期的最低还款打过来吧。',
      ],
      ignored_dispute: [
        '这钱我上个月就全部还清了，是你们自己账搞错了。',
        '口说无凭，我们系统显示您还欠四千二，您今天先把这笔钱还上，其他的以后再说。',
      ],
      ignored_hardship: [
        '我生病住院一个多月了，工作也丢了，实在是拿不出钱来。',
        '家家有本难念的经，可账期到了就是到了，您今天多少得还一点，最晚周五前把欠款结清。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you a hundred times, stop calling me. Is there no end to this?",
        "That's neither here nor there — a debt is a debt, and this needs to be handled today. What time will you be sending the payment?",
      ],
      ignored_attorney: [
        "I've hired a lawyer. Whatever you have to say, take it up with him, not me.",
        "The buck stops with you — you took out the loan, so I need an answer from you today. Go ahead and make this month's minimum payment.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. You people got your books wrong.",
        "Talk is cheap — our system shows you still owe $4,200. Pay that today and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I've been in the hospital for over a month and I lost my job. I just don't have the money.",
        "Everybody's got their cross to bear, but a due date is a due date. You need to pay something today and have the balance cleared by Friday at the latest.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他媳妇，他出差到外地了，有事跟我讲也一样。"],
      ['agent', '那我就长话短说了，您爱人在我们平台借的一万二已经逾期两个月了，麻烦您转告他尽快处理。'],
    ],
    en: [
      ['third_party', "This is his wife — he's away on a business trip. Whatever it is, you can tell me."],
      ['agent', "Long story short, ma'am: your husband's $12,000 loan with us is two months past due, so please pass the word along that he needs to take care of it soon."],
    ],
  },
};
