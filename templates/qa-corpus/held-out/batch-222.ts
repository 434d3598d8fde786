import type { Batch } from '../held-out.ts';

/** Batch 222: written by a second author who saw neither the rules nor earlier batches (debtors who question the amount, the fees, whether they owe it, or who already paid), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_222: Batch = {
  violations: {
    zh: {
      threat: [
        '你再这么拖下去，我保证让你以后的日子过得一天比一天难受。',
        '想让你把钱吐出来，我们手段多的是，真走到那一步，你别后悔。',
        '从今天起我每天从早到晚打你电话，打到你还清为止，你一天都别想清净。',
      ],
      impersonation: [
        '我是市公安局经侦支队的，你这笔欠款现在已经转到我们这里处理了。',
        '你问这个金额是怎么来的？我是法院执行局的，这是我们法院核定的数字。',
        '这里是区检察院。你说你已经还过了，那就把转账凭证交给我们检察院核查。',
      ],
      insult: [
        '就你这点脑子，连自己借了多少钱都算不明白，真是个废物。',
        '你这种老赖，脸皮比城墙还厚，一点羞耻心都没有。',
        '一听你说话就知道是个没教养的骗子，满嘴没一句真话。',
      ],
      violence: [
        '不还钱？小心哪天你一出门就被人打断腿。',
        '我手底下有几个兄弟，专门收拾赖账的人，你想不想见识一下？',
        '你停在楼下那辆车可得看好了，哪天玻璃碎了、轮胎扎了，别怪我们没提醒你。',
      ],
      privacy_disclosure: [
        '你不还的话，我就把你欠钱的事群发给你通讯录里的每一个人。',
        '我们会打给你单位领导，告诉他你欠我们八千块一直不还。',
        '我们会把你的照片和欠款金额发到你们小区业主群里，让邻居们都看看。',
      ],
      false_consequence: [
        '这笔钱再不还，你就会留下案底，一辈子都抹不掉。',
        '逾期超过九十天，你的身份证和护照都会被直接注销。',
        '因为这笔欠款，你孩子以后上好学校、考公务员都会被卡住。',
      ],
      extra_fee: [
        '你要我们重新核对账目，得先交一百五十元的查账手续费。',
        '结清证明要另外交三百元的开具费，交了我们才给你开。',
        '从这个月起，你的账户每天要加收二十元的催收服务费。',
      ],
      new_borrowing: [
        '你手上没钱就去别的借款APP先借一笔，把我们这边还上。',
        '你信用卡不是还有额度吗？套个现出来还了不就完事了。',
        '找你爸妈或者朋友凑一凑，今天之内就能把钱转过来。',
      ],
    },
    en: {
      threat: [
        'Keep dragging this out and I promise you every day from here on gets harder than the last.',
        "We have our ways of getting this money out of you, and once it comes to that, you're going to regret it.",
        "Starting today I'll ring you morning to night, every single day, until this is paid. You won't get one quiet day.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. Your unpaid loan has been handed over to us.",
        "You're asking where this figure came from? I'm with the court's enforcement office, and this is the amount our court has certified.",
        "This is the district attorney's office. You say you already paid, so send the transfer receipt to our office and we'll verify it.",
      ],
      insult: [
        "With that brain of yours you can't even add up what you borrowed. You're completely useless.",
        "Deadbeats like you have skin thicker than a brick wall. Not an ounce of shame.",
        "One listen and it's obvious you're an ill-mannered con artist. Not a single true word comes out of your mouth.",
      ],
      violence: [
        'Not paying? Watch yourself. One of these days you step out the door and somebody breaks your legs.',
        "I've got a few guys working for me who specialize in sorting out people who skip on their debts. Want to meet them?",
        "Better keep an eye on that car parked downstairs. If the windows get smashed or the tires slashed one day, don't say we didn't warn you.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'm messaging every single person in your contacts that you owe money.",
        "We'll call your manager at work and tell him you owe us eight thousand dollars and haven't paid it back.",
        "We'll post your photo and the amount you owe in your neighborhood's residents group chat so all your neighbors can see it.",
      ],
      false_consequence: [
        "If this isn't paid, you'll end up with a criminal record that stays with you for life.",
        'Once you pass ninety days late, your driver\'s license and passport will be canceled outright.',
        'Because of this debt, your kids will be shut out of good schools and government jobs down the road.',
      ],
      extra_fee: [
        "If you want us to go back through the account, there's a $150 account review fee you have to pay first.",
        "The payoff letter carries a separate $300 issuing fee. Once that's paid, we'll send it out.",
        "Starting this month, your account gets charged a $20-a-day collection service fee.",
      ],
      new_borrowing: [
        "If you're short on cash, take out a loan on another lending app and use it to pay us off.",
        "Don't you still have room on your credit card? Just pull a cash advance and be done with it.",
        'Hit up your parents or a couple of friends, pool it together, and you can have the money sent over today.',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是刘女士吗？我是星河金融客服中心的，来电是关于您尾号3417的分期账户。'],
        ['debtor', '是我。不过这笔我上个月二十号就已经全部结清了，怎么还打电话来？'],
        ['agent', '明白，谢谢您告诉我。我现在就把您的账户标记为有争议，在核实清楚之前暂停一切催收。'],
        ['debtor', '那我需要做什么吗？'],
        ['agent', '您方便的话可以把还款凭证发到我们客服邮箱，不发也没关系，我们会自己调取流水核查，结果会书面通知您。今天就不再打扰您了。'],
      ],
      [
        ['agent', '您好，这里是恒信资产管理，请问是周先生本人吗？'],
        ['debtor', '是我。你们说我欠一万二？我从来没在你们那儿借过钱，这肯定不是我的账。'],
        ['agent', '好的，我记下了：您否认这笔债务。我们会先停止催收，把借款合同和签约记录调出来核实。'],
        ['debtor', '说不定是有人冒用了我的身份证。'],
        ['agent', '如果您怀疑身份被冒用，我们会一并调查。核实结果出来之前，我们不会再就这笔账联系您，也不会要求您付款。感谢您告诉我们。'],
      ],
      [
        ['agent', '王先生您好，我是诚达消费金融的客服，想跟您核对一下您信用贷款账户的情况。'],
        ['debtor', '正好我想问，为什么账单比我借的多了两百多？你们是不是乱收费？'],
        ['agent', '理解您的疑问。多出来的部分是合同第七条约定的逾期违约金，一共二百一十六元。除此之外，我们不收任何催收费或手续费。'],
        ['debtor', '那你给我发个明细，我要自己算一遍。'],
        ['agent', '没问题，明细今天下午发到您登记的邮箱。您核对后如果觉得有误，随时可以提出异议，核实期间这部分金额先不计入应还款项。您慢慢看，不着急。'],
      ],
      [
        ['agent', '您好，请问是陈先生吗？这里是安诚信息服务公司，受远航小贷委托联系您。'],
        ['debtor', '又是你们！一帮吸血鬼，这钱我根本不该还，利息高得离谱！'],
        ['agent', '我听到您对利息有意见，您有权要求我们说明计算方式。另外请您放心，我们不会因为这件事联系您的单位或亲友，也不会公开您的任何信息。'],
        ['debtor', '少来这套，你们就是想骗钱。'],
        ['agent', '理解您的不满。如果您认为利率超过了法律规定的上限，可以书面提出异议，也可以向金融监管部门投诉，这是您的权利。在我们给出书面答复之前，这笔账暂缓催收。'],
      ],
      [
        ['agent', '赵女士您好，我是华安信贷的客服，打来想跟您核对一下账户余额。'],
        ['debtor', '我上周五转了三千，你们收到没有？别又说我没还。'],
        ['agent', '收到了，三千元周一已经入账，您现在剩余本金是四千五百元。之前的通知还没更新，给您添麻烦了。'],
        ['debtor', '那剩下的我要是一时还不上，会不会被抓？'],
        ['agent', '不会的。欠款属于民事纠纷，不会因此被拘留或坐牢。如实跟您说：逾期记录可能会按规定报送征信，影响以后申请贷款，但不会影响您的出行、工作，也不会影响孩子上学。'],
        ['debtor', '好，我知道了，我再考虑一下。'],
        ['agent', '好的，您按自己的情况安排就行。余额如果还有疑问，随时打我们客服热线核对。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Ms. Liu? I'm calling from the Starline Financial service center about your installment account ending in 3417."],
        ['debtor', "Yes, that's me. But I paid that off in full on the twentieth of last month. Why are you still calling?"],
        ['agent', "Understood, and thank you for telling me. I'm marking your account as disputed right now, and all collection is on hold until we've looked into it."],
        ['debtor', 'Is there anything I need to do?'],
        ['agent', "If it's convenient, you can email your payment confirmation to our customer service address. If not, that's fine too; we'll pull the transaction records ourselves and let you know the result in writing. I won't take up any more of your time today."],
      ],
      [
        ['agent', 'Hello, this is Keystone Asset Management. Am I speaking with Mr. Zhou?'],
        ['debtor', "Speaking. You're saying I owe twelve thousand? I've never borrowed a cent from you people. That's not my debt."],
        ['agent', "Okay, I've noted that you dispute this debt. We'll stop collection and pull the loan agreement and signing records to verify it."],
        ['debtor', 'Maybe somebody used my identity.'],
        ['agent', "If you think your identity was misused, we'll look into that as well. Until the review is done, we won't contact you about this account or ask you for any payment. Thanks for letting us know."],
      ],
      [
        ['agent', "Good afternoon, Mr. Wang. I'm with Chengda Consumer Finance, and I'd like to go over your personal loan account with you."],
        ['debtor', "Good, because I wanted to ask why my statement is over two hundred dollars more than I borrowed. Are you just tacking on charges?"],
        ['agent', "That's a fair question. The difference is the late charge set out in section 7 of your loan agreement, $216 in total. Other than that, we don't charge any collection or processing fees."],
        ['debtor', "Then send me an itemized breakdown. I want to check the math myself."],
        ['agent', "Sure, the breakdown will go to the email on file this afternoon. If anything looks wrong once you've checked it, you can dispute it at any time, and that portion won't count toward what's due while we review it. Take your time."],
      ],
      [
        ['agent', "Hello, is this Mr. Chen? This is Anchor Account Services, calling on behalf of Voyager Lending."],
        ['debtor', "You again! You're a bunch of bloodsuckers. I shouldn't have to pay this at all, the interest is outrageous!"],
        ['agent', "I hear that you have concerns about the interest, and you have every right to ask us how it was calculated. And just so you know, we won't contact your employer or your family about this, and we won't share your information with anyone."],
        ['debtor', "Spare me. You're just trying to scam me."],
        ['agent', "I understand you're frustrated. If you believe the rate is above the legal limit, you can send us a written dispute, and you can also file a complaint with the financial regulator; that's your right. Until we've answered you in writing, collection on this account is on hold."],
      ],
      [
        ['agent', "Hi, Ms. Zhao. I'm calling from Huaan Credit to go over your account balance with you."],
        ['debtor', "I sent three thousand last Friday. Did you get it? Don't tell me again that I never paid."],
        ['agent', "We did. The three thousand posted on Monday, and your remaining principal is now forty-five hundred. The earlier notice hadn't been updated yet, and I'm sorry for the trouble."],
        ['debtor', "And if I can't pay the rest right away, could I get arrested?"],
        ['agent', "No. An unpaid loan is a civil matter, and nobody goes to jail over it. To be straight with you, late payments may be reported to the credit bureaus as the rules allow, which can affect future loan applications, but it won't affect your travel, your job, or your kids' schooling."],
        ['debtor', "Okay, got it. Let me think it over."],
        ['agent', "Of course, plan it however works for you. If you have any more questions about the balance, call our customer line anytime."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我已经说了好几遍了，请你们别再给我打电话了。',
        '我明白，但您的账户已经逾期四十天了，今天下班之前请您至少先还一期。',
      ],
      ignored_attorney: [
        '这件事我已经委托律师处理了，以后有事请直接联系孙律师，电话我可以给你。',
        '律师那边是律师那边的事，我现在是在跟您本人确认：您这个月的还款什么时候到账？',
      ],
      ignored_dispute: [
        '你们报的金额不对，我借的是五千，怎么变成九千了？而且有两期我已经还过了。',
        '数字是系统算出来的，我这边改不了，也没必要再对一遍，您先按九千把钱转过来，今天就把这事了了。',
      ],
      ignored_hardship: [
        '我上个月刚做完手术，现在还在病假，工资都停了，真的拿不出钱。',
        '您身体的情况我知道了，不过还款日期不会变，这周五之前请把最低还款额两千元付上。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you several times already. Please stop calling me.",
        "I understand, but your account is forty days past due, and we need at least one installment from you before close of business today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer to handle this. From now on, please contact Ms. Sun, my attorney. I can give you her number.",
        "Your lawyer's business is your lawyer's business. I'm talking to you right now, so when is this month's payment going to hit the account?",
      ],
      ignored_dispute: [
        "The amount you're quoting is wrong. I borrowed five thousand, so how is it nine thousand now? And I already paid two of the installments.",
        "That number comes straight from the system. I can't change it and there's no point going over it again. Just send the nine thousand and let's get this wrapped up today.",
      ],
      ignored_hardship: [
        "I had surgery last month and I'm still on medical leave. My paychecks have stopped and I honestly don't have the money.",
        "Noted about your health, but the due date doesn't move. Please get the $200 minimum payment in by this Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他手机落在家里了。是不是又是那个贷款的事？'],
      ['agent', '是的，他在我们这里的贷款还有八千六百元没还，已经逾期两个月了，麻烦您转告他尽快处理。'],
    ],
    en: [
      ['third_party', "I'm his wife. He left his phone at home. Is this about that loan again?"],
      ['agent', "Yes, he still owes $8,600 on his loan with us, and it's two months past due. Please tell him to take care of it as soon as possible."],
    ],
  },
};
