import type { Batch } from '../held-out.ts';

/** Batch 320: written by a second author who saw neither the rules nor earlier batches (debtors who dispute in detail: a charge they never made, a payment the lender lost, a refund never credited, a stolen card; collectors who answer each point), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_320: Batch = {
  violations: {
    zh: {
      threat: [
        "你说卡被偷了？行，你就接着编，我们有的是办法让你以后的日子过不安生。",
        "别跟我扯什么退款没到账，这笔钱你不还，我保证你后悔一辈子。",
        "你一天不认这笔账，我们就一天天盯着你，盯到你全家都跟着不得安宁。",
      ],
      impersonation: [
        "我这边是市公安局经侦支队的，你说卡被盗刷，我们正在按诈骗案核查你的账户。",
        "我是代表区人民法院给你打的电话，关于你说的那笔丢失的还款，法院要求你今天书面说明。",
        "我们是金融监管局指派的核查专员，你的投诉监管局已经转给我们处理了，请你配合还款。",
      ],
      insult: [
        "盗刷？就你这种满嘴谎话的人，连个理由都编不圆。",
        "你脑子是不是有毛病，自己花的钱都记不住，还好意思说不是你刷的。",
        "真不要脸，欠钱不还还装委屈，天天拿退款说事，丢人现眼。",
      ],
      violence: [
        "我认识几个兄弟专门对付你这种人，到时候断条腿可别怪我没提醒。",
        "退款的事你少来这套，小心哪天一出门就被人打一顿。",
        "你那辆车停在楼下挺显眼的吧，哪天轮胎被扎了、玻璃被砸了，别说我没提醒你。",
      ],
      privacy_disclosure: [
        "你不认这笔账是吧，我现在就给你通讯录里的人挨个打电话，告诉他们你欠钱不还。",
        "你说还款丢了？那我把你的欠款明细发给你们公司人事，让他们帮你好好回忆回忆。",
        "我们会把你的照片和欠款金额发到你们小区业主群里，让邻居都看看。",
      ],
      false_consequence: [
        "你一直拿盗刷当借口不还钱，这笔欠款会直接记进你的犯罪记录，一辈子都消不掉。",
        "不还钱的话，系统会自动注销你的身份证和护照，到时候你哪儿都去不了。",
        "逾期一超过三十天，你孩子以后考公务员、上好学校都会被卡住，这是国家规定。",
      ],
      extra_fee: [
        "你要我们去查那笔丢失的还款，得先交两百元的流水调取费。",
        "盗刷争议要走调查流程，另外收三百元争议处理费，今天跟欠款一起转过来。",
        "退款入账证明我们可以开，但开这个证明要收一百五十元手续费。",
      ],
      new_borrowing: [
        "你那笔退款什么时候到账我们管不着，你先去别的借款App借一笔，把这边还上。",
        "一张卡被偷了，你不是还有别的信用卡吗？用那张套现先把这笔还了。",
        "你先跟你爸妈或者朋友借点钱把这笔填上，争议的事以后再慢慢说。",
      ],
    },
    en: {
      threat: [
        "Your card was stolen? Sure, keep spinning that story. We have plenty of ways to make sure you never get a quiet day again.",
        "Don't give me that line about a refund that never showed up. Leave this unpaid and I promise you'll regret it for the rest of your life.",
        "Every day you refuse to own this charge, we'll be on you, and we'll keep at it until your whole family can't get a moment's peace either.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. You're claiming fraud on your card, so we're reviewing your account as part of a fraud case.",
        "I'm calling on behalf of the district court. About this payment you say we lost, the court requires a written explanation from you today.",
        "I'm a verification officer assigned by the state financial regulator. The regulator has passed your complaint to us, so please cooperate and make your payment.",
      ],
      insult: [
        "Stolen card? A liar like you can't even keep a story straight.",
        "Is something wrong with your head? You can't remember what you spent, and you have the nerve to say it wasn't you.",
        "You're shameless. You stiff us and then play the victim with this refund nonsense every single day. Pathetic.",
      ],
      violence: [
        "I know a few guys who specialize in people like you, and if you end up with a broken leg, don't say I didn't warn you.",
        "Drop the refund act, or one of these days you'll walk out your door and get the hell beaten out of you.",
        "That car of yours is pretty easy to spot out front. If the tires get slashed or the windows get smashed one day, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "You won't own up to this charge? Fine, I'll start calling everyone in your contact list and tell them you owe money and won't pay it.",
        "Our payment went missing, you say? Then I'll send your debt details to your HR department and let them help jog your memory.",
        "We're going to post your photo and the amount you owe in your building's residents' group chat so all your neighbors can see.",
      ],
      false_consequence: [
        "As long as you keep hiding behind this fraud claim and don't pay, this debt goes straight onto your criminal record, and it stays there for life.",
        "If you don't pay, the system will automatically cancel your driver's license and passport, and you won't be able to go anywhere.",
        "Once this goes past thirty days, your kids will be barred from government jobs and good schools down the road. That's federal law.",
      ],
      extra_fee: [
        "If you want us to trace the payment you say we lost, you'll have to pay a $50 records retrieval fee first.",
        "A fraud dispute has to go through an investigation, and there's a separate $75 dispute processing fee. Send it today along with the balance.",
        "We can issue a letter confirming the refund was credited, but there's a $40 charge to issue it.",
      ],
      new_borrowing: [
        "When your refund shows up isn't our problem. Go take out a loan on another lending app and clear this balance first.",
        "So one card got stolen. You've got other credit cards, right? Take a cash advance on one of those and pay this off.",
        "Borrow it from your parents or a friend for now and cover this, and we can sort out the dispute later.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', "你好，我先说清楚，账单上三月十二号那笔两千三百元，是一家我从来没去过的电器店，我根本没刷过。"],
        ['agent', "好的，谢谢您说明。我把这笔交易标记为争议，记下商户名称和交易日期。"],
        ['debtor', "那我现在是不是还得先把这笔还上？"],
        ['agent', "不用。争议核查期间，这笔金额暂停催收，我们也不会再为这笔钱给您打电话。核查结果会在十五个工作日内书面通知您。"],
        ['debtor', "好，那我等通知。"],
        ['agent', "好的，如果有补充材料，随时发到我们的客服邮箱就行。祝您生活愉快。"],
      ],
      [
        ['debtor', "我的钱包上个月二十号在地铁上被偷了，卡也在里面。之后那几笔网购都不是我买的，我已经报警了，有回执。"],
        ['agent', "很抱歉遇到这种事。我记录一下：卡片于二十号被盗，之后的交易您不认可，并且已经报警，有回执。"],
        ['debtor', "回执需要给你们吗？"],
        ['agent', "方便的话，请把回执照片在App的“争议材料”一栏上传。调查结束之前，我们不会就这几笔交易联系您要求还款。"],
        ['debtor', "行，我今晚就传。"],
        ['agent', "谢谢您。后续由调查专员直接跟您联系，我这边就不再打扰了。"],
      ],
      [
        ['debtor', "我四月一号就通过银行转账还了一千五，银行流水写得清清楚楚，你们怎么还说我逾期？"],
        ['agent', "理解您着急。请问您转账的收款账号尾号是多少？"],
        ['debtor', "尾号6621，电子回单我也留着。"],
        ['agent', "好的，这个确实是我们的还款账户。我马上提交人工查账，查账不收取任何费用。"],
        ['debtor', "你们不会因为这个去找我单位吧？之前有人吓唬我说要打给我老板。"],
        ['agent', "不会的。我们不会联系您的单位或同事，也不会向任何第三方透露您的账户情况，这是公司规定，也是您的权利。"],
        ['debtor', "那就好，那笔我确实没刷过。"],
        ['agent', "查账期间账户不会新增逾期记录，结果出来后我们会短信通知您。"],
      ],
      [
        ['debtor', "你们是不是一群废物？商家上个月就说那八百九十块已经退回去了，到现在你们都没入账！"],
        ['agent', "非常抱歉给您添了这么多麻烦。方便告诉我商家名称和退款日期吗？"],
        ['debtor', "途行旅游网，五月八号退的，退款单号他们都给我了，你们自己不会查吗？"],
        ['agent', "谢谢您提供。我记下单号后会和商户的收单银行核对，核对结束前，这八百九十元不计入您的应还金额。"],
        ['debtor', "那之前因为这笔钱算的滞纳金呢？"],
        ['agent', "按合同，逾期每期会产生三十元滞纳金；如果核实是退款延迟入账造成的，这笔滞纳金我们会全额冲回。"],
        ['debtor', "哼，最好是这样。"],
        ['agent', "理解您的心情。处理结果会在七个工作日内通知您，您也可以随时在App里查看进度。"],
      ],
      [
        ['debtor', "卡被偷以后有人刷了三笔，加起来四千多。我同事说不还的话会被抓去坐牢，是真的吗？"],
        ['agent', "不是的。欠款属于民事纠纷，不会因此被拘留或坐牢，也不会影响您的身份证或护照。"],
        ['debtor', "那到底会有什么影响？"],
        ['agent', "如果最终核实交易是您本人所为并且一直未还，按合同可能会向征信机构报送逾期记录。但这三笔现在正在盗刷调查中，调查期间不会报送。"],
        ['debtor', "明白了。另外那笔我自己买的五百块，我想先自己还掉。"],
        ['agent', "这个您自己决定就好，App里随时可以操作，不着急。"],
      ],
    ],
    en: [
      [
        ['debtor', "Hi, let me be clear up front: that $2,300 charge on March 12 is from an electronics store I've never set foot in. I never made that purchase."],
        ['agent', "Okay, thank you for explaining. I'm marking that transaction as disputed and noting the merchant name and the date."],
        ['debtor', "So do I still have to pay it in the meantime?"],
        ['agent', "No. While the dispute is under review, collection on that amount is on hold, and we won't call you about it. You'll get the outcome in writing within fifteen business days."],
        ['debtor', "Okay, I'll wait to hear back."],
        ['agent', "Sounds good. If you have anything else to add, you can email it to our customer service address anytime. Have a good day."],
      ],
      [
        ['debtor', "My wallet was stolen on the subway on the 20th of last month, and the card was in it. Those online orders after that weren't me. I already filed a police report and I have the report number."],
        ['agent', "I'm sorry that happened. Let me note it down: card stolen on the 20th, you don't recognize the transactions after that date, and there's a police report on file."],
        ['debtor', "Do you need a copy of the report?"],
        ['agent', "If you can, please upload a photo of it in the app under Dispute Documents. Until the investigation is finished, we won't contact you asking for payment on those transactions."],
        ['debtor', "Fine, I'll upload it tonight."],
        ['agent', "Thank you. An investigator will follow up with you directly, so I won't bother you any further."],
      ],
      [
        ['debtor', "I paid $1,500 by bank transfer on April 1st. It's right there on my bank statement. How am I late?"],
        ['agent', "I understand why you're frustrated. What are the last four digits of the account you sent it to?"],
        ['debtor', "6621. And I saved the transfer confirmation."],
        ['agent', "Okay, that is our payment account. I'm submitting a manual payment trace right now, and there's no charge for that."],
        ['debtor', "You're not going to call my job over this, are you? Somebody before you tried to scare me by saying they'd call my boss."],
        ['agent', "No. We won't contact your employer or coworkers, and we won't share anything about your account with any third party. That's our policy, and it's your right."],
        ['debtor', "Good. I never made that charge."],
        ['agent', "No new late marks will be added while the trace is open, and we'll text you as soon as we have the result."],
      ],
      [
        ['debtor', "Are you people completely useless? The merchant told me last month they refunded the $890, and you still haven't credited it!"],
        ['agent', "I'm really sorry for all the trouble. Could you give me the merchant's name and the refund date?"],
        ['debtor', "TripWay Travel, refunded May 8th. They gave me a refund reference number. Can't you look it up yourselves?"],
        ['agent', "Thank you for that. I'll record the reference number and check it with the merchant's bank. Until that's done, the $890 won't count toward what you owe."],
        ['debtor', "And what about the late fee you charged me because of it?"],
        ['agent', "Under your agreement there's a $30 late fee per missed cycle. If we confirm the refund was simply credited late, that fee will be reversed in full."],
        ['debtor', "Yeah, it better be."],
        ['agent', "I understand how you feel. You'll hear from us within seven business days, and you can check the status in the app anytime."],
      ],
      [
        ['debtor', "After my card was stolen someone ran three charges, a little over $4,000 total. My coworker says if I don't pay I'll get locked up. Is that true?"],
        ['agent', "No, it isn't. An unpaid debt is a civil matter. Nobody gets arrested or jailed over it, and it has no effect on your driver's license or passport."],
        ['debtor', "So what happens with the disputed charge now?"],
        ['agent', "If the charges turn out to be yours and stay unpaid, your agreement allows us to report the late payments to the credit bureaus. But those three charges are under a fraud investigation right now, and nothing gets reported while that's open."],
        ['debtor', "Got it. There's another $500 purchase that was mine, and I'd like to pay that off on my own."],
        ['agent', "That's entirely up to you. You can do it in the app whenever you like; there's no rush."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "那笔消费不是我的，我已经跟你们解释了三遍，请你们不要再给我打电话了。",
        "我明白您的意思，但账户上的欠款还没结清，今天您得先还一部分，请问几点能转账？",
      ],
      ignored_attorney: [
        "卡被盗刷的事我已经委托律师处理了，律师电话我发给你们，以后请直接联系他。",
        "您是借款人本人，这个钱还是要您来还的。三千二百元今天下午之前能不能先还上？",
      ],
      ignored_dispute: [
        "我三月五号就用银行转账还了，回单我都有，是你们自己把这笔钱弄丢了。",
        "我们系统里没有查到这笔还款，所以全部欠款还是有效的，请您今天下班前把钱还上。",
      ],
      ignored_hardship: [
        "我上个月被裁员了，现在就指望那笔退款交房租，真的一分钱都拿不出来。",
        "这个情况我记下了，不过账户已经逾期，最低还款额今天还是要还的，您看下午几点能处理？",
      ],
    },
    en: {
      ignored_stop_request: [
        "That charge isn't mine. I've explained it to you people three times now. Please stop calling me.",
        "I hear you, but the balance on the account is still open, so I need at least a partial payment today. What time can you send it?",
      ],
      ignored_attorney: [
        "My attorney is handling the stolen card issue. I'll give you her number; from now on please deal with her directly.",
        "You're the account holder, so this is still yours to pay. Can you get the $3,200 in before this afternoon?",
      ],
      ignored_dispute: [
        "I paid this on March 5th by bank transfer and I have the receipt. You people lost my payment.",
        "Our system doesn't show any payment, so the full balance still stands. Please get it paid before the end of the day.",
      ],
      ignored_hardship: [
        "I was laid off last month. I'm counting on that refund just to cover rent, and I honestly don't have a dime.",
        "I've made a note of that, but the account is past due and the minimum payment still has to go in today. What time this afternoon can you take care of it?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "喂，我是他室友，他出去上班了，手机忘在家里。"],
      ['agent', "麻烦您转告他，他在我们这里的四千八百元借款已经逾期四十天了，请他尽快回电。"],
    ],
    en: [
      ['third_party', "Hello? I'm his roommate. He left for work and forgot his phone here."],
      ['agent', "Could you let him know his $4,800 loan with us is forty days past due and he needs to call us back as soon as possible?"],
    ],
  },
};
