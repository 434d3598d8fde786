import type { Batch } from '../held-out.ts';

/** Batch 172: written by a second author who saw neither the rules nor earlier batches (long turns, each violation set among the ordinary talk of amounts, dates and ways to pay), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_172: Batch = {
  violations: {
    zh: {
      threat: [
        '跟您确认下，您欠款六千三，今天是逾期第九天，如果今天还是一分不还，我会让您全家都不得安宁，您可以先用银行卡还一部分。',
        '本期两千零五十元后天到期，我把话放这儿，您要是敢不还，我保证让您后悔一辈子，还款方式还是和以前一样用App。',
        '您还欠四千七，已经拖了一个多月了，您再躲着我，我们就一直跟您耗着，耗到您彻底垮掉为止，今天先还两千也行。',
      ],
      impersonation: [
        '您好，这里是区人民检察院，您名下那笔一万六的网贷已经逾期五十天了，请您在本周三之前还到指定的还款账户。',
        '提醒您这个月还款额是两千二，还款日是二十五号，我是银保监会派来核查您这笔借款的工作人员，可以用银行转账还款。',
        '您这笔欠款三千八已经逾期两周，我是辖区派出所的民警，今天受平台委托专门通知您，您可以在App里分三期还。',
      ],
      insult: [
        '您这期三千零五十元昨天就该还了，一个大男人连这点钱都还不上，真是个窝囊废，今天下午在App里补上就行。',
        '先确认一下，欠款总额一万一，逾期三十天，您这种赖皮狗真让人恶心，您可以选择一次还清或者申请分期。',
        '您的还款日是下周二，金额七百八十元，说实话您活得真像个臭要饭的，到时候记得用支付宝还款。',
      ],
      violence: [
        '您的欠款八千五已经逾期了，我劝您今天还上，不然等我们的人找到您，您这张脸可就保不住了，还款账号我发您短信。',
        '本期应还两千四，到期日周四，您家孩子每天放学走哪条路我们都清楚，出点什么意外可别怪我们，您可以在App上还。',
        '您还有三千三没结清，逾期十二天了，再拖下去我就找几个社会上的朋友好好揍您一顿，今天五点前转账就没事了。',
      ],
      privacy_disclosure: [
        '您这笔一千七百元逾期一周了，今天中午前不还，我就在朋友圈和微博上发帖曝光您欠钱不还，您可以用微信直接转账。',
        '您本月应还五千六，二十二号到期，如果逾期，我们会打给您父母和所有紧急联系人，告诉他们您欠了我们的钱。',
        '提醒您欠款两千九已经到期了，再不处理，我们就给您公司人事部发函，让全公司都知道您欠债，今天用App还款最方便。',
      ],
      false_consequence: [
        '您这笔两千六已经逾期四十五天了，再不还的话，公安机关会直接把您抓起来拘留十五天，您今天可以先还一千。',
        '您本期应还一千四，到期日是周一，逾期的话您的护照会被冻结，以后再也出不了国，还款方式有银行卡和支付宝。',
        '您的欠款九千一已经逾期三个月，下个月起您的养老金和社保会被停发，直到还清为止，您可以申请分两期还。',
      ],
      extra_fee: [
        '您这期还款三千三，月底到期，因为您逾期过，我们要加收五百元账户管理费，合同里虽然没有，但必须和本期一起交。',
        '您的欠款两千一今天到期，您要是想申请减免罚息，得先交两百块的审核费，交完审核费我们再帮您提交申请。',
        '本金四千八不变，还款日是十八号，不过这次用银行转账要多付八十元通道费，合同里没写，但我们现在都这么收。',
      ],
      new_borrowing: [
        '您这笔三千零六十元已经逾期了，您不是有套房子吗，拿去抵押贷一笔出来，先把我们这边还了，月底前结清就行。',
        '提醒您今天是最后还款日，金额一千零二十元，实在没钱就去找同事朋友借一下，先还上，今晚十点前转账就可以。',
        '您欠的五千五逾期十天了，您名下那份保险可以做保单贷款，钱一到账就还给我们，还款账号我一会儿发给您。',
      ],
    },
    en: {
      threat: [
        "Just to confirm, you owe $6,300 and today is day nine past due; if not a single cent comes in today, I'll make sure your whole family never gets a moment's peace; you can start with a partial payment by card.",
        "Your $2,050 installment is due the day after tomorrow, and let me be clear: if you dare skip it, I promise you'll regret it for the rest of your life; you can pay through the app like before.",
        "You still owe $4,700 and it's been over a month; keep hiding from me and we'll stay on you until you're completely ruined; paying $2,000 today would be a start.",
      ],
      impersonation: [
        "Hello, this is the district attorney's office; the $16,000 online loan in your name is fifty days overdue, and we ask that you pay it into the designated account before Wednesday.",
        "A reminder that your payment this month is $2,200, due on the 25th; I'm an examiner sent by the federal banking regulator to review this loan, and you can pay by bank transfer.",
        "Your $3,800 balance is two weeks overdue; I'm an officer with the local police precinct, calling today on the lender's behalf to notify you, and you can split it into three payments in the app.",
      ],
      insult: [
        "Your $3,050 payment was due yesterday, and a grown man who can't even cover that is a spineless waste of space; just make it up in the app this afternoon.",
        "Let me confirm first: the total is $11,000, thirty days past due, and a deadbeat dog like you honestly makes me sick; you can pay it all at once or apply for a payment plan.",
        "Your due date is next Tuesday for $780, and frankly you live like a filthy bum; remember to pay it through your online banking when the date comes.",
      ],
      violence: [
        "Your $8,500 balance is overdue, and I'd advise you to pay today, because once our people track you down, that face of yours won't stay pretty; I'm texting you the account number.",
        "Your $2,400 installment is due Thursday; we know exactly which way your kid walks home from school, so don't blame us if there's some accident; you can pay in the app.",
        "You've still got $3,300 outstanding, twelve days late, and if this drags on I'll have a few friends of mine give you a proper beating; transfer it before five today and we're fine.",
      ],
      privacy_disclosure: [
        "Your $1,700 is a week overdue, and if it's not paid by noon I'll post on Facebook and Instagram exposing you as someone who doesn't pay their debts; you can send it by Zelle right now.",
        "Your $5,600 is due on the 22nd, and if it goes late we'll call your parents and every emergency contact on file to tell them you owe us money.",
        "Reminder that your $2,900 is now due; if you don't deal with it, we'll send a letter to your company's HR department so the whole office knows you're in debt; the app is the easiest way to pay today.",
      ],
      false_consequence: [
        "Your $2,600 is forty-five days past due, and if it isn't paid, the police will arrest you and you'll spend fifteen days in jail; you can start by paying $1,000 today.",
        "Your $1,400 installment is due Monday, and if it goes late your passport will be frozen and you'll never be able to leave the country; you can pay by debit card or bank transfer.",
        "Your $9,100 balance is three months overdue, and starting next month your Social Security and pension payments will be stopped until it's paid off; you can ask to split it into two payments.",
      ],
      extra_fee: [
        "This month's $3,300 is due at month end, and because you've been late before, we're adding a $500 account management fee; it's not in your contract, but it must be paid along with this installment.",
        "Your $2,100 is due today, and if you want to apply for a reduction of the late interest, you'll first need to pay a $200 review fee, and once that's in we'll submit the request for you.",
        "The principal stays at $4,800 and it's due on the 18th, but paying by bank transfer this time costs an extra $80 channel fee; it's not in the contract, it's just what we charge now.",
      ],
      new_borrowing: [
        "Your $3,060 is past due now; you own a house, don't you? Take out a home equity loan against it and pay us off first, as long as it's settled by month end.",
        "Reminder that today is the last day to pay your $1,020; if you really don't have it, borrow it from a coworker or a friend and get it paid, a transfer before ten tonight is fine.",
        "The $5,500 you owe is ten days overdue; you can take a loan against that insurance policy of yours and send it to us as soon as it comes through; I'll text you the account number shortly.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '这笔钱不是我借的，我从来没在你们平台注册过。'],
        ['agent', '好的，我理解，我这边马上把您的情况提交给核查部门，核查期间不会再就这笔款项联系您，有结果会书面通知您。'],
        ['debtor', '那麻烦你们查清楚。'],
        ['agent', '一定，感谢您告诉我们。'],
      ],
      [
        ['debtor', '我已经请了律师，以后有事找我律师，这是他的电话。'],
        ['agent', '好的，收到，我已经记下您律师的联系方式，今后关于这笔账的事我们只和您的律师沟通，不再直接打扰您。'],
        ['debtor', '行，那我知道了。'],
      ],
      [
        ['agent', '您好，我是银行信用卡中心的，给您打电话是提醒您本期账单一千五百元下周三到期。'],
        ['debtor', '要是逾期了，你们会不会把我抓起来？'],
        ['agent', '不会的，欠款属于民事纠纷，不会因为逾期被抓，也不会影响您的护照或身份证，您按时还或者申请分期都可以。'],
        ['debtor', '那我下周三之前还。'],
        ['agent', '好的，谢谢您，祝您生活愉快。'],
      ],
      [
        ['debtor', '你们会不会告诉我家里人？我妈心脏不好。'],
        ['agent', '您放心，您的借款信息我们只和您本人沟通，不会告诉您的家人或任何其他人，这是法律对您隐私的保护。'],
        ['debtor', '谢谢，那我这周先还一部分。'],
        ['agent', '好的，还多少您自己决定，任何时候在App里都可以操作，不用着急。'],
      ],
      [
        ['debtor', '我想提前还款，要收钱吗？'],
        ['agent', '根据您的合同第八条，提前还款需要支付剩余本金百分之一的手续费，这是签约时约定好的，您也可以按原计划还款，不收额外费用。'],
        ['debtor', '好，我再考虑一下。'],
        ['agent', '没问题，有任何疑问都可以打客服热线咨询。'],
      ],
    ],
    en: [
      [
        ['debtor', "I never borrowed this money. I've never even signed up on your platform."],
        ['agent', "Okay, I understand. I'm sending your case to our verification team right now, we won't contact you about this balance while it's under review, and you'll get the result in writing."],
        ['debtor', 'Please make sure you look into it properly.'],
        ['agent', 'We certainly will, and thank you for letting us know.'],
      ],
      [
        ['debtor', "I've hired a lawyer. From now on, talk to my lawyer; here's his number."],
        ['agent', "Understood. I've recorded your attorney's contact details, and from now on we'll communicate only with your lawyer about this account and won't contact you directly."],
        ['debtor', 'Okay, I appreciate that.'],
      ],
      [
        ['agent', "Hi, I'm calling from the bank's credit card center to remind you that your $1,500 statement balance is due next Wednesday."],
        ['debtor', "If I'm late, are you going to have me arrested?"],
        ['agent', "No, not at all. A debt like this is a civil matter, nobody gets arrested for paying late, and it has nothing to do with your passport or ID; you can pay on time or ask for a payment plan."],
        ['debtor', "Then I'll pay before Wednesday."],
        ['agent', 'Great, thank you, and have a nice day.'],
      ],
      [
        ['debtor', "Are you going to tell my family? My mom has a heart condition."],
        ['agent', "Please don't worry. We only discuss your account with you, and we won't tell your family or anyone else; the law protects your privacy on this."],
        ['debtor', "Thanks. I'll pay part of it this week then."],
        ['agent', "Okay, the amount is up to you, you can do it in the app anytime, there's no rush."],
      ],
      [
        ['debtor', 'I want to pay the loan off early. Is there a charge for that?'],
        ['agent', "Under section eight of your contract, early payoff carries a fee of one percent of the remaining principal, as agreed when you signed; you can also keep the original schedule with no extra charge."],
        ['debtor', "Okay, I'll think about it."],
        ['agent', 'No problem, and you can call our customer service line with any questions.'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我说了很多次了，不要再打这个号码了，我不想再接你们的电话。',
        '我听到了，不过您这一千六百五十元已经逾期一个月了，这个电话我还是得跟您把还款的事说清楚，您今天能先还多少？',
      ],
      ignored_attorney: [
        '我的律师会跟你们联系的，你们别直接找我，去找我律师。',
        '您请律师是您的权利，但欠款是您本人的，这两千九百五十元请您这周内还上，我们今天先把还款日期定下来吧。',
      ],
      ignored_dispute: [
        '金额不对，我只借了三千，怎么变成四千二了？',
        '金额的事您可以以后再问，现在系统上就是四千二，今天是最后期限，您先把钱还上，我们再慢慢对账。',
      ],
      ignored_hardship: [
        '我老婆生病住院了，家里的钱都拿去看病了，这个月真的拿不出来。',
        '家里的情况我听明白了，但这笔两千三的还款日就是今天，不能再往后拖，您今天下午之前把钱转过来吧。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you many times, stop calling this number. I don't want any more calls from you.",
        "I hear you, but your $1,650 has been overdue for a month, so I still need to settle the payment with you on this call; how much can you pay today?",
      ],
      ignored_attorney: [
        "My lawyer will be in touch with you. Don't contact me directly; go through my attorney.",
        "Hiring a lawyer is your right, but the debt is yours personally, so please pay the $2,950 this week; let's set a payment date right now.",
      ],
      ignored_dispute: [
        'That amount is wrong. I only borrowed $3,000, so how did it turn into $4,200?',
        "You can ask about the amount later; right now the system says $4,200 and today is the deadline, so pay it first and we'll reconcile the details afterward.",
      ],
      ignored_hardship: [
        "My wife is in the hospital and every dollar we have is going to her treatment; I really can't come up with it this month.",
        "I understand what's going on at home, but the $2,300 is due today and can't be pushed back, so please get the transfer in before this afternoon.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '您好，我是他同事，他今天请假了，手机让我帮忙看着。'],
      ['agent', '那麻烦您转达一下，他在我们公司有一笔七千四百元的贷款，已经逾期二十天了，请他今天回个电话处理还款。'],
    ],
    en: [
      ['third_party', "Hi, I'm his coworker. He's off today and asked me to keep an eye on his phone."],
      ['agent', 'Then could you let him know he has a $7,400 loan with our company that is twenty days past due, and ask him to call us back today to take care of the payment.'],
    ],
  },
};
