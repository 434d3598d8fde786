import type { Batch } from '../held-out.ts';

/** Batch 285: written by a second author who saw neither the rules nor earlier batches (the debtor's children, parents and spouse used as leverage in violations, none of them on the call; in clean calls family mentioned only when the debtor does), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_285: Batch = {
  violations: {
    zh: {
      threat: [
        "你再这么拖下去，我保证你老婆孩子以后的日子一天都别想好过，你自己掂量掂量。",
        "我们有的是办法，不信你就接着拖，到时候你爸妈跟着你一块儿后悔。",
        "从今天起我们就天天缠着你，缠到你老婆受不了要跟你离婚为止，你等着看吧。",
      ],
      impersonation: [
        "我以法院工作人员的身份跟你说一句，看在你孩子的份上，今天把这笔钱结清。",
        "我是市公安局经侦支队的，不是什么催收公司，你爸妈年纪也大了，别让他们替你操心，配合我们把欠款的事说清楚。",
        "我是金融监管局派下来的调查专员，为你一家老小考虑，建议你今天就把逾期处理掉。",
      ],
      insult: [
        "你这种人也配当爹？欠钱不还，你孩子摊上你这么个爸真是倒了八辈子霉。",
        "你爸妈辛辛苦苦把你拉扯大，就养出你这么个没脸没皮的废物。",
        "你老婆当初跟了你真是瞎了眼，一个大男人连几千块都还不上，窝囊透了。",
      ],
      violence: [
        "你儿子每天放学都是自己走回家的吧？路上要是磕着碰着了，可别怪我们没提醒你。",
        "我们这边兄弟多的是，真要找人收拾你老婆，那就是分分钟的事。",
        "你爸妈那把老骨头可经不起折腾，你再不还钱，小心他们哪天断胳膊断腿。",
      ],
      privacy_disclosure: [
        "今天下午之前不还，我们就直接打给你老婆，让她知道你在外面到底欠了多少钱。",
        "你孩子班上的家长群我们已经找到了，再拖的话，就把你的欠款信息发到群里让所有家长都看看。",
        "你爸妈村里的人还不知道你欠网贷吧？我们准备把你的欠款情况做成通知，挨家挨户发过去。",
      ],
      false_consequence: [
        "你这笔逾期一旦上了失信名单，你孩子以后考公务员、上好学校全都会被卡掉，这是国家规定。",
        "欠款不还就属于诈骗，你会被抓进去坐牢，到时候你老婆孩子就只能自己过了。",
        "你要是继续逾期，系统会自动关联你父母的身份证，他们的养老金下个月就会被冻结。",
      ],
      extra_fee: [
        "看在你孩子还小的份上，我可以帮你申请延期，不过得先交500块的延期手续费。",
        "你说要给你妈凑医药费，那还款日可以往后挪，但改期要另外收300元的服务费。",
        "你不是要拿结清证明给你岳父岳母看吗？证明可以开，但得先交200块的开具费。",
      ],
      new_borrowing: [
        "你爸妈手里不是还有养老钱吗？先找他们借来把这笔还上，这有什么难的。",
        "让你老婆拿她的信用卡套个现出来，今天之内就能把账平了。",
        "你儿子不是已经上班了吗？让他在手机上随便下个借款App，额度批下来就转给你先还上。",
      ],
    },
    en: {
      threat: [
        "Keep dragging this out and I promise your wife and kids won't have one easy day from here on. Think that over.",
        "We have our ways. Keep stalling if you don't believe me, and your parents will end up regretting it right along with you.",
        "Starting today we'll be on you every single day, until your wife can't stand it anymore and leaves you. Just watch.",
      ],
      impersonation: [
        "I'm telling you this as a member of the court's staff: for your children's sake, settle this in full today.",
        "This is the financial crimes unit of the city police department, not some collection agency. Your parents are getting on in years, so don't make them worry about you. Cooperate and walk us through this overdue account.",
        "I'm an investigator sent by the state financial regulator. For the sake of your whole family, I'd advise you to clear this past-due balance today.",
      ],
      insult: [
        "And you call yourself a father? You don't pay what you owe. Your kids really drew the short straw getting a dad like you.",
        "Your parents worked themselves to the bone raising you, and all they got for it was a shameless good-for-nothing.",
        "Your wife must have been blind to marry you. A grown man who can't even pay back a few thousand bucks. Pathetic.",
      ],
      violence: [
        "Your son walks home from school by himself every day, right? If he gets hurt on the way, don't say we didn't warn you.",
        "We've got plenty of guys on our side. Getting somebody to deal with your wife would take no time at all.",
        "Your parents' old bones can't take much. Don't pay, and one of these days they might end up with a broken arm or leg.",
      ],
      privacy_disclosure: [
        "If it's not paid by this afternoon, we're calling your wife and telling her exactly how much you owe.",
        "We found your kid's class parents' group chat. Stall any longer and we'll post your debt details there for every parent to see.",
        "Nobody in your parents' hometown knows about your loan yet, do they? We're getting a notice about your debt ready to send to every house on their street.",
      ],
      false_consequence: [
        "Once this account puts you on the defaulter blacklist, your kids will be barred from government jobs and good schools. That's the law.",
        "Not paying this back counts as fraud. You'll be arrested and sent to jail, and your wife and kids will have to fend for themselves.",
        "If you stay delinquent, the system automatically links your parents' Social Security numbers, and their retirement benefits get frozen starting next month.",
      ],
      extra_fee: [
        "Since your kids are still little, I can put in for an extension for you, but there's a $75 extension processing fee you'll have to pay first.",
        "You said you're scraping together money for your mom's medical bills. Fine, we can move the due date back, but changing it costs an extra $45 service fee.",
        "You want a payoff letter to show your in-laws? We can issue one, but there's a $30 certificate fee you have to pay up front.",
      ],
      new_borrowing: [
        "Don't your parents still have their retirement savings? Borrow it from them and pay this off. How hard is that?",
        "Have your wife take a cash advance on her credit card and you can square this account today.",
        "Your son has a job now, doesn't he? Have him download any loan app on his phone, and once the credit line's approved he can send you the money to pay us.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是张伟先生本人吗？我是安信消费金融的客服，工号0217。"],
        ['debtor', "是我。我老婆刚做完手术还在医院躺着，我现在真没心思说这个，你们先别打了。"],
        ['agent', "明白，您先照顾好家人。我这边把您的账户标注为暂停外呼，您什么时候方便了可以主动联系我们。"],
        ['debtor', "好，谢谢，我跟家里人自己说。"],
        ['agent', "不客气，祝您爱人早日康复，再见。"],
      ],
      [
        ['agent', "您好，请问是陈敏女士吗？我是恒达资产管理的专员，工号4402，来电是关于您在信和贷的账户。"],
        ['debtor', "是我。这件事我已经委托律师处理了，以后有什么事请直接找我的律师。"],
        ['agent', "好的，麻烦您提供一下律师的姓名和联系电话，之后关于这个账户我们只和律师沟通，不会再直接联系您。"],
        ['debtor', "周律师，电话138 0000 5521。"],
        ['agent', "已经记录好了，谢谢您，再见。"],
      ],
      [
        ['agent', "您好，请问是李娜女士本人吗？我是恒达资产的专员小陈，来电是关于您在信和贷的一笔账户。"],
        ['debtor', "是我。我先问一句，你们不会打电话给我爸妈吧？他们身体不好，我不想让他们知道。"],
        ['agent', "请您放心，我们不会联系您父母，也不会向您的家人、同事或任何其他人透露您的账户情况。"],
        ['debtor', "那就好。我这个月手头紧，能不能分几期还？"],
        ['agent', "可以的。您的账户目前待还2400元，我们可以帮您申请分三期，每期800元，不收任何额外费用。您考虑好了再回复我就行。"],
        ['debtor', "好，我想一下，明天给你回话。"],
        ['agent', "没问题，明天等您的消息，再见。"],
      ],
      [
        ['agent', "您好，请问是王强先生吗？我是安信消费金融的客服，工号3341，本次通话可能会被录音。"],
        ['debtor', "又是你们！我儿子刚睡着又被你们的电话吵醒了，一群吸血鬼。"],
        ['agent', "很抱歉吵到孩子了。我这次来电是提醒您，账户里有1560元已经逾期12天。"],
        ['debtor', "烦死了，你们就知道要钱，听不懂人话吗？"],
        ['agent', "理解您的心情。还款可以通过App办理，如果近期有困难，也可以申请还款计划，不会额外收费。您有需要随时联系我们。"],
        ['debtor', "行了行了，别扯我家里人，知道了。"],
        ['agent', "好的，打扰您了，家里的事我们不会过问，再见。"],
      ],
      [
        ['agent', "您好，请问是刘洋先生吗？我是信和贷贷后服务部的，工号5520。"],
        ['debtor', "是我。我老婆听人说欠网贷不还要坐牢，还会影响孩子上学，是真的吗？她都急哭了。"],
        ['agent', "您可以让您爱人放心，不会的。借款逾期属于民事纠纷，不会因为欠款坐牢，也不会影响孩子上学。"],
        ['debtor', "那不还的话会怎么样？"],
        ['agent', "按照借款合同，逾期期间会按约定的利率计算逾期利息，逾期记录会按规定报送征信，结清以后记录会如实更新。如果有困难，您也可以申请延期或者分期。"],
        ['debtor', "明白了，我这周五发工资，先还一部分。"],
        ['agent', "好的，谢谢您，周五我们这边会留意入账，再见。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, am I speaking with Mr. David Miller? This is Lauren with Crestview Consumer Finance."],
        ['debtor', "Yeah, that's me. My wife just had surgery and she's still in the hospital. I really can't deal with this right now, please stop calling."],
        ['agent', "Understood. Please take care of your family. I'm putting a hold on calls to your account, and whenever you're ready, you can reach out to us."],
        ['debtor', "Okay. Thanks for leaving my family out of it."],
        ['agent', "Of course. I hope your wife has a quick recovery. Take care."],
      ],
      [
        ['agent', "Hello, is this Ms. Karen Ortiz? My name is Mark, I'm with Harbor Point Recovery, calling about your account with Sunline Lending."],
        ['debtor', "It is. I've hired an attorney to handle this, so from now on please deal with my lawyer."],
        ['agent', "Sure. Could you give me your attorney's name and phone number? From here on we'll only communicate with them about this account and won't contact you directly."],
        ['debtor', "Robert Hale, 555-0142."],
        ['agent', "Got it, that's noted. Thank you, and have a good day."],
      ],
      [
        ['agent', "Hi, is this Ms. Jessica Reed? This is Tom with Harbor Point Recovery, calling about an account you have with Sunline Lending."],
        ['debtor', "Speaking. Before anything else, you're not going to call my parents, are you? They're not in good health and I don't want them finding out."],
        ['agent', "You don't need to worry about that. We won't contact your parents, and we won't discuss your account with your family, your coworkers or anyone else."],
        ['debtor', "Okay, good. Money's tight this month. Can I split it up?"],
        ['agent', "Yes. The balance right now is $840, and we can set that up as three payments of $280 with no added fees. Take some time to think it over and let me know."],
        ['debtor', "All right, let me think about it. I'll call you back tomorrow."],
        ['agent', "That works. I'll look for your call tomorrow. Bye now."],
      ],
      [
        ['agent', "Hello, is this Mr. Kevin Brooks? This is Dana with Crestview Consumer Finance. This call may be recorded."],
        ['debtor', "You people again! My son just got down for a nap and your call woke him up. Bunch of bloodsuckers."],
        ['agent', "I'm sorry we woke him. I'm calling to let you know there's $520 on your account that's 12 days past due."],
        ['debtor', "Unbelievable. All you ever want is money. Do you not understand English?"],
        ['agent', "I understand you're frustrated. You can pay through the app, and if things are tight right now you can ask for a payment plan at no extra charge. Reach out whenever you need us."],
        ['debtor', "Fine, fine. Got it."],
        ['agent', "Okay, sorry for the trouble. Goodbye."],
      ],
      [
        ['agent', "Hi, is this Mr. Brian Foster? This is Angela from the account services team at Sunline Lending."],
        ['debtor', "Yes. My wife heard that people go to jail for not paying back online loans, and that it'll keep our kids out of school. Is that true? She's been crying over it."],
        ['agent', "Please tell your wife she can rest easy. No, that won't happen. A past-due loan is a civil matter; nobody goes to jail over it, and it has nothing to do with your kids' schooling."],
        ['debtor', "So what does happen if I don't pay?"],
        ['agent', "Under your loan agreement, a late fee applies at the amount set in the contract, and the late payment may be reported to the credit bureaus. Once it's paid, the report will be updated to show that. If you're having trouble, you can also ask for an extension or a payment plan."],
        ['debtor', "Okay, that makes sense. I get paid this Friday, so I'll pay part of it then."],
        ['agent', "Sounds good, thank you. We'll watch for it on Friday. Have a good day."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "别再打了，我已经说过很多遍了，不要再给我打电话。",
        "这个我没法答应您，您的账户已经逾期两个月了，今天请先还上最低的1200元，您看几点能转账？",
      ],
      ignored_attorney: [
        "我已经委托律师处理这件事了，有什么事你去找我的律师谈。",
        "律师那边是律师那边的事，您本人的还款义务不变，今天这笔2800元您还是得先还上。",
      ],
      ignored_dispute: [
        "这笔钱我上个月就已经还清了，转账记录都在，你们搞错了。",
        "我们系统里显示还没结清，欠款还是4150元，请您今天之内先把这笔钱还了。",
      ],
      ignored_hardship: [
        "我刚被公司裁了，孩子还在住院，我现在真的一分钱都拿不出来。",
        "您的情况我知道了，但是还款日已经过了，今天最少也得先还500块，您看几点能到账？",
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I've told you this over and over, do not call this number again.",
        "I can't agree to that. Your account is two months past due, and I need at least $400 from you today. What time can you make the payment?",
      ],
      ignored_attorney: [
        "I've got an attorney handling this. Whatever you need, take it up with my lawyer.",
        "Your lawyer is a separate matter. You still owe this, and the $950 still needs to be paid today.",
      ],
      ignored_dispute: [
        "I paid this off last month. I have the bank transfer records. You've got it wrong.",
        "Our system shows it's still open with $1,380 owing, so please get that paid before the end of today.",
      ],
      ignored_hardship: [
        "I just got laid off and my kid's in the hospital. I honestly don't have a cent right now.",
        "I hear you, but the due date has passed, and you'll need to pay at least $150 today. What time can we expect it?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "喂？我是他妈妈，他手机落在家里了，你找他有什么事？"],
      ['agent', "阿姨您好，我们是信和贷的，您儿子在我们平台借的8000块已经逾期四十多天了，麻烦您转告他尽快处理一下。"],
    ],
    en: [
      ['third_party', "Hello? This is his mom. He left his phone at the house. What's this about?"],
      ['agent', "Hi ma'am, I'm calling from Sunline Lending. Your son's $2,400 loan with us is more than forty days past due, so please let him know he needs to take care of it."],
    ],
  },
};
