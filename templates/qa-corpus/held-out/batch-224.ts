import type { Batch } from '../held-out.ts';

/** Batch 224: written by a second author who saw neither the rules nor earlier batches (debtors who contest the balance, a charge, a posted payment, identity theft or a settled account; collectors who press on by pointing to records, the system, the contract or a deadline), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_224: Batch = {
  violations: {
    zh: {
      threat: [
        "你要继续跟我扯余额对不对，随便你，但我保证你以后每天都过不安生。",
        "别以为一句“身份被盗用”就能糊弄过去，我们有的是办法让你后悔。",
        "你说已经结清了？那你就等着吧，我会一直盯着你，让你的日子一天比一天难过。",
      ],
      impersonation: [
        "我是市公安局经侦支队的，你对这笔欠款有异议，可以到我们这里来说明情况。",
        "我这边是代表法院执行局给你打电话，核实你说的那笔还款到底有没有到账。",
        "我是国家金融监督管理总局的工作人员，你投诉的这笔费用，现在由我们直接接管你的账户。",
      ],
      insult: [
        "你连自己还没还钱都搞不清楚，脑子是不是有问题？",
        "又说不是你借的，你这种老赖我见多了，真是不要脸。",
        "跟你这种废物讲账单明细，简直是浪费我的时间。",
      ],
      violence: [
        "你再赖账说没借过，小心哪天一出门就被人打断腿。",
        "我们有几个兄弟专门对付你这种说“已经还了”的人，他们会好好招呼你的。",
        "别再跟我扯什么费用不对，不然哪天你那辆车被人砸了可别怪我们。",
      ],
      privacy_disclosure: [
        "你不承认是吧？那我现在就把你欠钱的事发到你们公司群里，让同事们评评理。",
        "你说身份被盗用？那我就挨个打给你通讯录里的人，问问他们你是不是欠了我们的钱。",
        "我们会把你的照片和欠款金额发到朋友圈和微博上，让大家都看看你是什么人。",
      ],
      false_consequence: [
        "你对余额有异议也没用，逾期超过九十天系统就会自动给你留下犯罪记录。",
        "这笔钱不还的话，你的护照和身份证都会被注销，到时候你哪儿也去不了。",
        "就算你说已经结清，只要系统里没销账，下个月你的工资就会被直接扣走，根本不用经过法院。",
      ],
      extra_fee: [
        "你要我们查那笔还款有没有入账，得先交两百元的查询手续费。",
        "结清证明可以给你开，不过开证明要另收三百元工本费。",
        "你对账单有异议，我们可以重新核算，但每核算一次要收百分之五的服务费。",
      ],
      new_borrowing: [
        "别纠结那几十块的差额了，先去借呗或者微粒贷借一笔把账清了再说。",
        "你说钱不够，那就拿信用卡套个现出来还，今天就能到账。",
        "你爸妈不是有套房吗，让他们拿去抵押一下，先帮你把这笔还上。",
      ],
    },
    en: {
      threat: [
        "Go ahead and keep arguing about the balance, but I promise you won't have a single peaceful day from here on out.",
        "Don't think you can brush this off by crying 'identity theft' — we've got plenty of ways to make you regret it.",
        "Settled, you say? Then just wait. I'll be on you nonstop, and every day of your life is going to get harder than the last.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. If you dispute this debt, you can come in and explain yourself to us.",
        "I'm calling on behalf of the court's enforcement office to verify whether that payment you mentioned ever actually came in.",
        "I'm an examiner with the federal financial regulator, and because of the charge you complained about, our agency is taking over your account directly.",
      ],
      insult: [
        "You can't even keep track of whether you paid or not — is something wrong with your head?",
        "'Not my loan' again? I've dealt with plenty of deadbeats like you. Have you got no shame at all?",
        "Walking a loser like you through the statement is a complete waste of my time.",
      ],
      violence: [
        "Keep claiming you never borrowed this, and one day you might step out your door and get your legs broken.",
        "We've got a few guys who specialize in people who say 'I already paid,' and they'll take real good care of you.",
        "Quit arguing about the charges, or don't blame us when your car gets smashed up one of these days.",
      ],
      privacy_disclosure: [
        "Won't admit it? Then I'm posting about your debt in your company's group chat right now and letting your coworkers be the judge.",
        "Identity theft, huh? Then I'll call everyone in your contacts one by one and ask them if you owe us money.",
        "We'll put your photo and the amount you owe up on social media so everybody can see what kind of person you are.",
      ],
      false_consequence: [
        "Disputing the balance won't help you — once you're more than 90 days late, the system automatically puts a criminal record on you.",
        "If this isn't paid, your passport and your ID will be cancelled, and you won't be able to go anywhere.",
        "Even if you say it's settled, as long as the system hasn't cleared it, your wages will be taken straight out of your paycheck next month — no court involved.",
      ],
      extra_fee: [
        "If you want us to check whether that payment posted, you'll have to pay a $200 research fee first.",
        "Sure, we can issue you a paid-in-full letter, but there's an extra $300 fee to prepare it.",
        "We can recalculate the balance you're disputing, but every recalculation carries a 5% service charge.",
      ],
      new_borrowing: [
        "Stop obsessing over a few bucks' difference — grab a loan on one of those cash apps, clear the account, and worry about it later.",
        "You say you don't have enough? Take a cash advance on your credit card and pay it — the money can be in today.",
        "Your parents own a house, don't they? Have them borrow against it and cover this for you.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["debtor", "这笔钱我根本没借过，我怀疑是有人冒用了我的身份。"],
        ["agent", "明白了。我现在就为您登记身份盗用的争议，调查期间这个账户会暂停催收。"],
        ["debtor", "那我需要做些什么？"],
        ["agent", "方便的话，您可以把报案回执或者书面声明发给我们，不是必须的。调查结果会书面通知您。"],
        ["debtor", "好的，谢谢您啊。"],
        ["agent", "谢谢您告诉我们，今天就先到这里，再见。"],
      ],
      [
        ["debtor", "我上周五已经把全款转过去了，你们怎么还打电话？请别再打了。"],
        ["agent", "抱歉打扰您了。我会把您的付款情况提交核查，同时把您的号码标记为不再致电。"],
        ["debtor", "那查清楚以后呢？"],
        ["agent", "核查结果我们会用书面信函寄给您，不会再打电话联系。"],
        ["debtor", "行，那先这样吧。"],
        ["agent", "好的，祝您生活顺心，再见。"],
      ],
      [
        ["debtor", "账单上这笔三十元的滞纳金是怎么回事？我不认。"],
        ["agent", "这笔是您合同第七条约定的逾期滞纳金，每个逾期月份计收一次。除此之外，我们不会收取任何手续费或者催收费。"],
        ["debtor", "我要是觉得不合理呢？"],
        ["agent", "您有权提出书面异议，我们复核后会给您答复。复核结果出来之前，这笔费用您不需要做任何处理。"],
        ["debtor", "好，那我写一份。"],
        ["agent", "好的，提交地址我稍后短信发给您。"],
      ],
      [
        ["debtor", "你们是不是要打电话到我单位，说我欠钱？还有人说我会因为这个坐牢，是真的吗？"],
        ["agent", "不会的。我们不会联系您的单位或同事，也不会把您的账户信息透露给任何其他人。"],
        ["debtor", "那坐牢的事呢？"],
        ["agent", "欠款是民事问题，不会因此被拘留，也不会留下犯罪记录。如果您对我们的做法有意见，也可以随时向金融监管部门投诉。"],
        ["debtor", "哦，这下我就放心了。"],
        ["agent", "您还有其他问题需要我解答吗？"],
        ["debtor", "没有了。"],
      ],
      [
        ["debtor", "你们这帮骗子，我三月份就还了，钱呢？被你们吞了？"],
        ["agent", "我理解您着急。我查了一下，三月十二日有一笔五百元的还款已经入账，目前系统显示的剩余余额是一千二百元。"],
        ["debtor", "一千二？不可能，你们肯定算错了。"],
        ["agent", "我可以把完整的还款明细发到您的邮箱，您核对一下。如果发现有出入，我们再为您开立调查。"],
        ["debtor", "发过来吧。"],
        ["agent", "好的，十分钟内发到您登记的邮箱。"],
      ],
    ],
    en: [
      [
        ["debtor", "I never took out this loan. I think somebody stole my identity."],
        ["agent", "Understood. I'm opening an identity theft dispute right now, and collection on this account is on hold while we investigate."],
        ["debtor", "What do I need to do?"],
        ["agent", "If it's convenient, you can send us a copy of a police report or a written statement, but it isn't required. We'll send you the results in writing."],
        ["debtor", "Okay, thanks, I appreciate that."],
        ["agent", "Thank you for letting us know. That's all for today — take care."],
      ],
      [
        ["debtor", "I sent the full amount last Friday. Why are you still calling? Please stop calling me."],
        ["agent", "I'm sorry for the trouble. I'm sending your payment over to be verified, and I'm marking your number so we don't call it again."],
        ["debtor", "And once you've checked?"],
        ["agent", "We'll mail you the results in a letter. You won't get any more phone calls from us."],
        ["debtor", "Fine by me."],
        ["agent", "All right. Have a good rest of your day, goodbye."],
      ],
      [
        ["debtor", "What's this $30 late fee on my statement? I don't accept that."],
        ["agent", "That's the late fee set out in section 7 of your agreement; it's charged once for each month the account is past due. Beyond that, we don't charge any processing or collection fees."],
        ["debtor", "And if I think it's unfair?"],
        ["agent", "You have the right to dispute it in writing, and we'll review it and get back to you. Until the review is done, you don't need to do anything about that fee."],
        ["debtor", "Okay, I'll write something up."],
        ["agent", "Sounds good. I'll text you the address to send it to."],
      ],
      [
        ["debtor", "Are you going to call my job and tell them I owe money? And someone told me I could go to jail over this — is that true?"],
        ["agent", "No. We won't contact your employer or your coworkers, and we don't share your account information with anyone else."],
        ["debtor", "What about jail?"],
        ["agent", "A debt like this is a civil matter. Nobody gets arrested or gets a criminal record for it. And if you're ever unhappy with how we handle things, you can file a complaint with the CFPB at any time."],
        ["debtor", "Oh, okay, that's a relief."],
        ["agent", "Is there anything else I can answer for you?"],
        ["debtor", "No, that's it."],
      ],
      [
        ["debtor", "You people are crooks. I paid back in March — where'd my money go? Did you pocket it?"],
        ["agent", "I understand you're frustrated. I'm looking at it now: a $500 payment was posted on March 12, and the remaining balance in our system is $1,200."],
        ["debtor", "$1,200? No way. You must have gotten it wrong."],
        ["agent", "I can email you the full payment history so you can check it. If anything doesn't line up, we'll open an investigation for you."],
        ["debtor", "Send it over."],
        ["agent", "Will do — it'll be in the email we have on file within ten minutes."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我已经跟你们说过很多次了，别再给我打电话了。",
        "系统显示今天是这笔款的最后还款日，所以我必须再跟您确认一次，三千元今天能还上吗？",
      ],
      ignored_attorney: [
        "这件事我已经委托律师处理了，有什么问题请直接找我的律师。",
        "合同是您本人签的，还款义务也在您本人身上，所以我还是得问您，这个月的款什么时候能到？",
      ],
      ignored_dispute: [
        "这笔我两个月前就还清了，你们账上的余额是错的。",
        "我们的记录写得很清楚，您还欠四千二百元，请在今天下午五点前把这笔钱转过来。",
      ],
      ignored_hardship: [
        "我上个月被裁员了，现在连房租都交不起，你们就不能宽限一下吗？",
        "按合同约定，宽限期明天就到期了，八百元的最低还款额您需要在明天之前付上。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you people again and again — stop calling me.",
        "Our system shows today is the final due date on this account, so I have to check with you again: can you get the $3,000 paid today?",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. If you have questions, contact my attorney directly.",
        "You signed the contract yourself and the obligation to pay is yours, so I still need to ask — when is this month's payment coming in?",
      ],
      ignored_dispute: [
        "I paid this off two months ago. The balance on your books is wrong.",
        "Our records clearly show $4,200 still owed. Please send that payment over by 5 p.m. today.",
      ],
      ignored_hardship: [
        "I got laid off last month and I can't even make rent. Can't you give me some extra time?",
        "Under your contract the grace period ends tomorrow, so the $800 minimum payment needs to be in before then.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他室友，他现在不在。你说他欠钱？不可能吧，他从来不借钱的。"],
      ["agent", "我们这边的记录显示，他的信用卡账户已经逾期两个月了，欠款九千五百元。"],
    ],
    en: [
      ["third_party", "I'm his roommate, he's not here right now. You're saying he owes money? That can't be right, he never borrows anything."],
      ["agent", "Our records show his credit card account is two months past due, with a balance of $9,500."],
    ],
  },
};
