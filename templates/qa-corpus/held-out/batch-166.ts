import type { Batch } from '../held-out.ts';

/** Batch 166: written by a second author who saw neither the rules nor earlier batches (long turns, each violation set among the ordinary talk of amounts, dates and ways to pay), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_166: Batch = {
  violations: {
    zh: {
      threat: [
        '您的欠款三千二百元已经逾期十五天了，再拖下去我让您往后的日子都不得安宁，今天下午五点前在App里还上就行。',
        '提醒您本期应还一千八百元，到期日是本月二十号，您要是继续装糊涂，我们有的是办法让您后悔，可以选银行转账还款。',
        '今天是这笔五千元的最后还款日，您不还的话我们会一直缠着您，让您在这个城市待不下去，还款可以走支付宝。',
      ],
      impersonation: [
        '您好，我这边是市公安局经侦支队的，今天打电话是核实您那笔两万三的贷款，已经逾期四十天了，请您尽快安排还款。',
        '您这期应还九百六十元，截止日是周五，我现在是代表区人民法院执行局通知您，还款可以走银行卡自动扣款。',
        '提醒您一下本月还款金额是四千五，我是受金融监管局委托来跟进您这笔借款的，您可以分两次在月底前还清。',
      ],
      insult: [
        '您欠的两千七百元今天到期，像您这种没脸没皮的废物我见多了，还款方式有银行转账和App支付，您选一个。',
        '先确认一下金额，一共八千四，逾期二十二天了，说真的您脑子是不是有毛病，月底前还清就可以。',
        '提醒您明天是最后还款日，金额一千一百元，您这个人真是下三滥、一点信用都没有，可以用微信或者支付宝还。',
      ],
      violence: [
        '您这笔一万二的贷款已经逾期一个月了，再不还，小心哪天出门腿被打断，今晚十二点前转到我们的对公账户上。',
        '本期还款金额三千六，截止到本周日，我们这边有几个兄弟专门对付您这种人，到时候别怪他们下手重，可以用App还款。',
        '您还差一千五没还，到期日已经过了，您那辆车可别哪天被人砸了，现在还上也简单，在App里点一下就行。',
      ],
      privacy_disclosure: [
        '您这期欠款两千三，已经逾期十天了，今天不还的话我就把您欠钱的事发给您通讯录里的每个人，还款可以用银行卡。',
        '提醒一下，本月十五号要还四千元，如果还不上，我们会打电话告诉您单位领导和同事您欠钱不还，也支持分期还款。',
        '您欠的六千八到期三天了，我们准备把您欠债不还的事发到您小区的业主群里，您今天在App上还清就不会有这些了。',
      ],
      false_consequence: [
        '您的欠款三千九已经逾期二十天了，按规定再不还就会留下案底，一辈子都抹不掉，您今天可以先转账还一部分。',
        '提醒您本期一千六百元周三到期，逾期超过三个月，您孩子以后就不能考公务员，也上不了重点学校，可以用支付宝还款。',
        '您这笔七千二已经逾期两个月了，再拖下去系统会自动注销您的身份证和手机号，今天在App上还清就能避免。',
      ],
      extra_fee: [
        '您本期应还两千五，到期日是二十八号，另外因为安排了专人催收，您还得额外交三百元催收费，可以一起转过来。',
        '您想把还款日往后推一周也可以，本金还是四千二不变，不过改期要另收两百元手续费，交了我马上给您办。',
        '您这笔一千八还清后如果要开结清证明，需要再付一百五十元证明费，合同里没有这项，两笔可以一起用微信付。',
      ],
      new_borrowing: [
        '您的欠款四千六今天到期，手头没钱的话可以先在别的借款App上借一笔把我们这边还了，还款链接我现在发您短信。',
        '提醒您还有一千三没还，逾期五天了，您信用卡不是还有额度吗，先刷出来套现还上，月底前还清就行。',
        '您这笔九千的欠款已经逾期了，实在不行就找您爸妈或者亲戚先借点，今天先还一半，剩下的下周五前还清。',
      ],
    },
    en: {
      threat: [
        "Your $3,200 balance is now fifteen days past due, and if you keep dragging this out I'll make sure you never have a peaceful day again, so just pay it in the app before five this afternoon.",
        "Just a reminder that this month's $1,800 installment is due on the 20th, and if you keep playing dumb, we have ways of making you regret it; you can pay by bank transfer.",
        "Today is the final due date on this $5,000 account, and if it stays unpaid we'll be on you every single day until you can't stand living in this town anymore; you can pay online anytime.",
      ],
      impersonation: [
        "Hello, this is Officer Morgan with the city police department's financial investigations unit, calling about your $23,000 loan, which is forty days past due; please arrange a payment as soon as possible.",
        "Your $960 payment is due this Friday, and I'm calling on behalf of the district court's enforcement office to notify you; you can set up automatic debit from your bank account.",
        "Just a reminder that $4,500 is due this month; I've been assigned to your loan by the state Department of Financial Regulation, and you can split it into two payments before month end.",
      ],
      insult: [
        "The $2,700 you owe is due today, and honestly I've dealt with plenty of shameless losers like you; you can pay by bank transfer or through the app, just pick one.",
        "Let me confirm the amount first: $8,400, twenty-two days overdue, and seriously, is something wrong with your head? Paying it off by the end of the month is fine.",
        "Reminder that tomorrow is your last day to pay the $1,100, and you really are a lowlife with zero integrity; you can pay with a debit card or through online banking.",
      ],
      violence: [
        "Your $12,000 loan is a month overdue now, and if you don't pay, watch out you don't end up with a broken leg one of these days; get it transferred to our account before midnight.",
        "Your $3,600 installment is due by Sunday, and we've got a few guys who specialize in people like you, so don't blame them if they get rough; you can pay in the app.",
        "You still have $1,500 outstanding and the due date has passed; it'd be a shame if somebody smashed up that car of yours, and paying now is easy, it's one tap in the app.",
      ],
      privacy_disclosure: [
        "This $2,300 installment is ten days late, and if it isn't paid today I'll message every contact in your phone to let them know you owe money; you can pay with your debit card.",
        "Quick reminder that $4,000 is due on the 15th, and if you can't make it we will call your manager and coworkers to tell them you don't pay your debts; installment plans are also available.",
        "The $6,800 you owe is three days past due, and we're about to post in your neighborhood's residents' group that you're dodging a debt; pay it off in the app today and none of that happens.",
      ],
      false_consequence: [
        "Your $3,900 balance is twenty days past due, and under the rules, if it stays unpaid you'll end up with a criminal record that follows you for life; you can send part of it by transfer today.",
        "Reminder that your $1,600 payment is due Wednesday, and once you're more than three months behind, your kids will be barred from government jobs and good schools; you can pay by card or online.",
        "This $7,200 loan is two months overdue, and if it keeps sliding the system will automatically cancel your ID and your phone number; pay it off in the app today and you avoid that.",
      ],
      extra_fee: [
        "Your $2,500 installment is due on the 28th, and since we've assigned a dedicated collector to your account, you'll also owe an extra $300 collection fee; you can send both together.",
        "Sure, we can push your due date back a week, and the principal stays at $4,200, but changing the date carries a $200 processing fee, and once you pay that I'll set it up right away.",
        "Once the $1,800 is paid off, if you want a payoff letter there's a $150 certificate fee that isn't in your contract; you can pay the balance and the fee together by card.",
      ],
      new_borrowing: [
        "Your $4,600 is due today, and if you're short on cash, just take out a loan on another lending app and pay us off with it; I'm texting you the payment link right now.",
        "Reminder that you still owe $1,300 and you're five days late; don't you have room on your credit card? Take a cash advance and pay us, as long as it's cleared by month end.",
        "This $9,000 balance is past due, so if you really can't manage it, ask your parents or relatives to lend you some; pay half today and the rest by next Friday.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '我现在在上班，不方便接电话，你们别老是这个时间打过来。'],
        ['agent', '好的，非常抱歉打扰您工作，我已经备注了以后不在工作时间联系您，您方便的时候也可以随时回电，祝您工作顺利。'],
        ['debtor', '行，谢谢。'],
      ],
      [
        ['debtor', '我上个月刚住院做了手术，现在还在休养，实在没精力处理这些事。'],
        ['agent', '听到这个消息很抱歉，您先好好养病，我这边把您的情况记录下来，这段时间不会再打扰您，等您身体恢复了再说。'],
        ['debtor', '谢谢理解。'],
        ['agent', '不客气，祝您早日康复。'],
      ],
      [
        ['agent', '您好，我是消费金融公司的客服，跟您核对一下，您有一笔两千元的借款本月二十号到期。'],
        ['debtor', '你们不会打电话给我公司吧？'],
        ['agent', '请您放心，我们不会联系您的单位或同事，也不会把您的借款信息告诉任何第三方，这是我们必须遵守的规定。'],
        ['debtor', '那就好，我二十号前会还的。'],
        ['agent', '好的，谢谢您，到时候您在App里就可以直接还款，有问题随时联系我们。'],
      ],
      [
        ['debtor', '你们这些放贷的都是吸血鬼，烦死了！'],
        ['agent', '理解您现在心情不好，我只是提醒您本期一千二百元的还款下周一到期，如果有困难，可以跟我们申请分期方案。'],
        ['debtor', '知道了知道了。'],
        ['agent', '好的，感谢您抽时间接听，有任何问题随时拨打我们的客服热线。'],
      ],
      [
        ['agent', '跟您说明一下，按照您签的借款合同，逾期会按日收取合同约定的罚息，具体标准写在合同第六条里。'],
        ['debtor', '那会不会影响我的征信？'],
        ['agent', '如果逾期，我们会按规定如实报送征信，可能影响您以后申请贷款，不过这只是信用记录，不涉及刑事责任，按时还款就不会有这条记录。'],
        ['debtor', '明白了，我会按时还。'],
        ['agent', '好的，谢谢您，有疑问可以随时打给我们。'],
      ],
    ],
    en: [
      [
        ['debtor', "I'm at work right now and I can't talk; please stop calling me at this time of day."],
        ['agent', "Of course, I'm sorry for interrupting your workday. I've noted on your account that we won't contact you during work hours, and you're welcome to call back whenever it suits you."],
        ['debtor', 'Okay, thanks.'],
      ],
      [
        ['debtor', "I just had surgery last month and I'm still recovering; I really don't have the energy to deal with this."],
        ['agent', "I'm sorry to hear that. Please focus on getting better; I'll note your situation on the account and we won't bother you for now, we can talk once you've recovered."],
        ['debtor', 'Thank you for understanding.'],
        ['agent', "You're welcome, and I hope you feel better soon."],
      ],
      [
        ['agent', "Hi, this is customer service at the finance company; I'm just confirming that you have a $2,000 loan payment due on the 20th of this month."],
        ['debtor', "You're not going to call my job, are you?"],
        ['agent', "Please don't worry, we will not contact your employer or coworkers, and we won't share your account information with any third party; that's a rule we have to follow."],
        ['debtor', "Good. I'll pay before the 20th."],
        ['agent', 'Great, thank you. You can pay directly in the app when you are ready, and feel free to reach out with any questions.'],
      ],
      [
        ['debtor', "You lenders are all bloodsuckers, I'm sick of you!"],
        ['agent', "I understand you're frustrated. I'm only calling to remind you that your $1,200 payment is due next Monday, and if it's a struggle, you can apply for a payment plan with us."],
        ['debtor', 'Yeah, yeah, I got it.'],
        ['agent', 'Alright, thanks for your time, and you can reach our customer service line anytime if you have questions.'],
      ],
      [
        ['agent', 'Just so you know, under the loan agreement you signed, a late fee applies if a payment is missed, and the exact amount is listed in section six of your contract.'],
        ['debtor', 'Will it hurt my credit?'],
        ['agent', "If the account goes past due, we're required to report it accurately to the credit bureaus, which may affect future loan applications, but it's only a credit record, nothing criminal, and on-time payments keep it off."],
        ['debtor', "Got it. I'll pay on time."],
        ['agent', 'Thank you, and feel free to call us anytime if you have questions.'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们一天打五六个电话，我已经说过了，请不要再给我打电话了。',
        '我明白您不想接电话，但您这笔三千四的欠款已经逾期十八天了，今天必须给我一个明确的还款时间，最好下班前就还上。',
      ],
      ignored_attorney: [
        '我这边已经请了律师全权代理，以后的事情你们跟律师对接。',
        '律师那边是律师那边的事，您本人的欠款五千一还是要还的，本周五之前您先转一部分过来，剩下的我们再商量。',
      ],
      ignored_dispute: [
        '这笔钱我上个月已经还清了，我手上有转账记录，你们是不是搞错了？',
        '我们系统显示您还欠两千八没还，记录我这边就不看了，您今天先把这笔钱还上，有问题以后再说。',
      ],
      ignored_hardship: [
        '我上个月被公司裁员了，现在一点收入都没有，真的还不起。',
        '我理解您的情况，但还款日期是合同定好的，这一千九百元今天还是得还上，晚上十点前处理就可以。',
      ],
    },
    en: {
      ignored_stop_request: [
        "You've called me five or six times today. I already told you: stop calling me.",
        "I understand you don't want these calls, but your $3,400 balance is eighteen days past due, and I need a firm payment date from you today, ideally before the end of business.",
      ],
      ignored_attorney: [
        "I've got a lawyer representing me on this now, so from here on you deal with him.",
        "Whatever your lawyer is doing, the $5,100 is still your debt, so I need you to send at least part of it before this Friday, and we can work out the rest after that.",
      ],
      ignored_dispute: [
        "I paid this off last month and I have the transfer receipt; you've made a mistake.",
        "Our system still shows $2,800 outstanding, and I'm not going to look at receipts right now; pay the balance today and we can sort out any questions later.",
      ],
      ignored_hardship: [
        "I got laid off last month and I have no income at all; I honestly can't afford this.",
        "I hear you, but the due date is set in your contract, so the $1,900 still has to be paid today; anytime before ten tonight is fine.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂，我是他爱人，他手机落家里了，您找他有什么事？'],
      ['agent', '您好，麻烦您转告他一下，他在我们平台借的一万零五百元已经逾期二十五天了，本月底之前需要还清，让他尽快回电。'],
    ],
    en: [
      ['third_party', "Hello? This is his wife, he left his phone at home. What's this about?"],
      ['agent', 'Hi, could you pass along a message: the $10,500 he borrowed through our platform is twenty-five days past due and must be paid in full by the end of the month, so please have him call us back.'],
    ],
  },
};
