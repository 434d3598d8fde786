import type { Batch } from '../held-out.ts';

/** Batch 212: written by a second author who saw neither the rules nor earlier batches (buy-now-pay-later and e-commerce credit: orders, instalments, the app's screens), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_212: Batch = {
  violations: {
    zh: {
      threat: [
        "你这笔花呗分期拖了两个月，推送一条都不点开，行啊，我们有的是办法让你以后天天睡不安稳，你自己掂量掂量。",
        "今天要是不把白条那三期补上，我保证你往后的日子一天比一天难过，到时候可别后悔。",
        "你不还这几单分期，我们就天天缠着你，缠到你受不了为止，换号码也没用。",
      ],
      impersonation: [
        "我这边是市公安局经侦支队的，平台已经报案，你白条逾期的事现在转到我们这里处理了。",
        "我是区人民法院执行局的工作人员，今天专门就你分期购物的欠款跟你核实情况。",
        "我们是金融监管局消费者权益保护处的，平台把你的逾期订单报给了我们，现在由我们督促你还款。",
      ],
      insult: [
        "下单的时候点“分四期”比谁都快，一到还钱就装死，你这种人真是没脸没皮。",
        "几百块的花呗账单都还不上，你活得也太窝囊了，纯粹一个废物。",
        "买那么一堆没用的破烂，你脑子是进水了吧？蠢得跟猪一样。",
      ],
      violence: [
        "这几期你再拖着不还，出门的时候小心点，哪天被人打断腿可别怪别人。",
        "我们这边有几个兄弟专门收拾欠分期不还的人，到时候他们会亲自好好招呼你。",
        "你那辆分期买的电动车晚上最好看紧点，哪天被人一把火烧了，别说我没提醒你。",
      ],
      privacy_disclosure: [
        "你要是不还，我们就把你的逾期订单截图发给你通讯录里的每一个联系人。",
        "我现在就打给你们公司人事，告诉他们你花呗欠了三千多一直赖着不还。",
        "我们会在你朋友圈和微博下面挂出你的名字，写清楚你分期买手机欠钱不还，让认识你的人都看看。",
      ],
      false_consequence: [
        "花呗逾期超过九十天就算恶意透支，系统会自动给你留下犯罪记录，这辈子都消不掉。",
        "这笔分期再不还，你的身份证会被系统注销，名下所有的手机号也会一起停机。",
        "逾期记录一旦上报，你孩子以后考公务员、进好学校都会被卡，政审根本过不了。",
      ],
      extra_fee: [
        "想把App里的逾期状态解除，你得另外交两百块的账户解冻手续费，合同里没写，但这是我们的规定。",
        "剩下几期的还款日想往后挪可以，先付一百五十块的改期服务费，付完才给你改。",
        "我们给你打了这么多次电话，催收费每次五十，一共三百，跟本金一起转过来。",
      ],
      new_borrowing: [
        "你白条不是还有额度吗？先从白条套点现金出来，把花呗这边还上。",
        "手机上随便下个借款App，几分钟就放款，借出来先把这四期结清。",
        "实在没钱就找你爸妈或者朋友借一下，先把逾期的这两单填上。",
      ],
    },
    en: {
      threat: [
        "You've let this pay-in-4 plan slide for two months and swiped away every push notification; fine, we have plenty of ways to make sure you never get a peaceful night's sleep again, so think it over.",
        "If those three missed installments on your store credit aren't caught up today, I promise your life is going to get harder every single day, and you'll regret it.",
        "If you don't pay off these orders, we'll be on you every day until you can't take it anymore, and changing your number won't help.",
      ],
      impersonation: [
        "This is the financial crimes unit at the city police department; the platform filed a report, and your overdue store credit account has been handed over to us.",
        "I'm with the county court's enforcement division, and I'm calling today specifically to go over the balance on your installment purchases.",
        "I'm calling from the Consumer Financial Protection Bureau; the app reported your overdue orders to us, and we're now the ones following up on your repayment.",
      ],
      insult: [
        "You hit 'split into 4' faster than anybody at checkout, then play dead when it's time to pay; you have absolutely no shame.",
        "You can't even cover a few-hundred-dollar pay-later bill? You're a pathetic, worthless loser.",
        "Buying a whole cart of useless junk like that, are you brain-dead? You're as dumb as a rock.",
      ],
      violence: [
        "Keep dragging out these installments and watch yourself when you go out; if someone breaks your legs one day, you've got nobody to blame.",
        "We've got a few guys who handle people who skip their installments, and they'll deal with you personally.",
        "That e-bike you bought on installments, better keep a close eye on it at night; if somebody torches it, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "If you don't pay, we'll send a screenshot of your overdue orders to every single contact in your phone.",
        "I'm calling your HR department right now to let them know you owe over three thousand on your pay-later account and won't pay it.",
        "We'll post your name on your Facebook and Instagram saying you bought a phone on installments and never paid, so everyone you know can see it.",
      ],
      false_consequence: [
        "Once a pay-later account is ninety days past due it counts as fraud, and the system automatically gives you a criminal record that follows you for life.",
        "If this installment stays unpaid, your state ID will be deactivated and every phone line in your name will be shut off.",
        "Once this delinquency is reported, your kids will be shut out of government jobs and good schools; they'll never pass a background check.",
      ],
      extra_fee: [
        "To clear the overdue status in the app, you'll need to pay a separate $200 account unfreezing fee; it's not in your agreement, but that's our policy.",
        "You want to push back the due dates on your remaining installments? Fine, but first you pay a $150 rescheduling fee, and only then will I change them.",
        "We've called you so many times, and it's a $50 collection charge per call, $300 total, so send that along with the principal.",
      ],
      new_borrowing: [
        "Don't you still have room on your other store credit line? Pull some cash out of that and use it to pay off this account.",
        "Just download any loan app on your phone, they fund in minutes; borrow the money and clear these four installments.",
        "If you really don't have it, borrow it from your parents or a friend and cover these two overdue orders first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，这里是分期购物平台的还款服务中心，请问是王先生本人吗？"],
        ['debtor', "是我。你们App一天推好几条提醒，电话也一直打，我上班接电话不方便，别再打了。"],
        ['agent', "好的，明白了。我这边把您的号码设置为暂停外呼，App的推送提醒您也可以在“设置-消息通知”里自己关掉。"],
        ['debtor', "行，知道了。"],
        ['agent', "打扰您了，祝您工作顺利，再见。"],
      ],
      [
        ['agent', "您好，我是先买后付平台的客服专员，已经核对过您是李女士本人。"],
        ['debtor', "你们账单上那笔订单我早就退货了，商家也确认收货了，怎么分期还挂在我名下？"],
        ['agent', "明白，我先把这笔登记为争议账单，转给售后核实退款进度。核实期间我们不会就这笔订单再联系您。"],
        ['agent', "如果您手上有退货的物流单号，方便的时候可以在订单详情页上传，不着急。"],
        ['debtor', "好，我晚上找一下。"],
      ],
      [
        ['agent', "陈女士您好，我是平台的还款服务专员，来电是提醒您，三月那笔订单的第二期已经逾期五天了。"],
        ['debtor', "我知道，最近手头紧。你们不会打到我单位去吧？"],
        ['agent', "不会的。我们不会联系您的单位、同事，也不会联系您通讯录里的任何人，这笔账只和您本人沟通。"],
        ['agent', "按合同约定，逾期期间会按日计算违约金，明细在App账单页能看到。如果近期有困难，也可以在App里申请调整还款计划。"],
        ['debtor', "行，那我回头再看一下。"],
        ['agent', "好的，感谢您接听，再见。"],
      ],
      [
        ['agent', "您好，请问是张先生吗？我这边是先用后付服务的工作人员。"],
        ['debtor', "是我，又是你们这帮烦人精，天天推送，有完没完！"],
        ['agent', "抱歉给您带来困扰。今天来电是告知您，因为上一期未还，您账户的可用额度暂时冻结了，结清后会自动恢复。"],
        ['debtor', "冻就冻，谁稀罕你们那点额度。"],
        ['agent', "理解。额度冻结只影响在本平台继续下单分期，不会影响您别的事情。之后有任何问题，可以随时在App里找在线客服。"],
      ],
      [
        ['agent', "刘先生您好，我是平台的还款服务专员，您的白条账单目前逾期十二天。"],
        ['debtor', "听说逾期会上征信，是不是我这辈子都贷不了款了？还会坐牢吗？"],
        ['agent', "不会坐牢，这是民事上的欠款，不涉及刑事。逾期信息会按规定报送征信，不良记录从结清之日起保留五年，并不是一辈子。"],
        ['agent', "您也有权随时查询自己的征信报告，如果发现信息有误，可以提出异议申请更正。"],
        ['debtor', "那我下周发工资先还一期。"],
        ['agent', "好的，我帮您备注一下。到时候在App首页点“立即还款”就可以了。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is the repayment center at the installment shopping app; am I speaking with Mr. Wang?"],
        ['debtor', "Yes. Your app sends me a bunch of reminders every day and you keep calling; I can't take calls at work, so stop calling me."],
        ['agent', "Understood. I'm setting your number to no outbound calls, and you can turn off the push reminders yourself under Settings, then Notifications."],
        ['debtor', "Alright, understood, thanks."],
        ['agent', "Sorry to have bothered you. Have a good day, goodbye."],
      ],
      [
        ['agent', "Hello, this is a customer specialist with the buy-now-pay-later service; I've verified I'm speaking with Ms. Li."],
        ['debtor', "That order on my statement, I returned it ages ago and the merchant confirmed they got it back. Why is the installment plan still on my account?"],
        ['agent', "Got it. I'm logging this as a disputed charge and sending it to our returns team to check on the refund. While they review it, we won't contact you about this order."],
        ['agent', "If you have the return tracking number, you can upload it on the order details screen whenever it's convenient, no rush."],
        ['debtor', "Okay, I'll look for it tonight."],
      ],
      [
        ['agent', "Hi Ms. Chen, I'm a repayment specialist with the app, calling to let you know the second installment on your March order is five days past due."],
        ['debtor', "I know, money's tight right now. You're not going to call my job, are you?"],
        ['agent', "No, we won't. We don't contact your employer, your coworkers, or anyone in your contacts; we only discuss this account with you."],
        ['agent', "Under your agreement, a late fee accrues daily while the installment is overdue, and you can see the breakdown on the billing screen in the app. If things are tight, you can also request a modified payment plan in the app."],
        ['debtor', "Sure, I'll look it over later."],
        ['agent', "Great, thanks for taking the call. Bye."],
      ],
      [
        ['agent', "Hi, is this Mr. Zhang? I'm calling from the pay-later service."],
        ['debtor', "Yeah. You people again? You're a pain with those notifications every day. Give it a rest!"],
        ['agent', "I'm sorry for the hassle. I'm calling to let you know that because last month's installment wasn't paid, your available spending limit is temporarily frozen; it'll restore automatically once the balance is cleared."],
        ['debtor', "Freeze it, then. Like I care about your little limit."],
        ['agent', "Understood. The freeze only affects new installment purchases on our platform and nothing else. If you have any questions later, you can reach live chat in the app anytime."],
      ],
      [
        ['agent', "Hi Mr. Liu, I'm a repayment specialist with the app; your store credit bill is currently twelve days past due."],
        ['debtor', "I heard this goes on my credit report. Does that mean I can never get a loan again? Can I go to jail?"],
        ['agent', "No, you can't go to jail; this is a civil debt, not a criminal matter. Late payments are reported to the credit bureaus as the rules require, and a negative mark stays for up to seven years, not for life."],
        ['agent', "You also have the right to pull your credit report at any time, and if anything on it is wrong, you can file a dispute to get it corrected."],
        ['debtor', "Then I'll pay one installment next week when I get paid."],
        ['agent', "Okay, I'll make a note of that. When you're ready, just tap 'Pay now' on the app's home screen."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我说了多少遍了，别再给我打电话了，你们的推送我也不想再看见。",
        "我理解，但您的白条账单还在逾期，今天之内需要把一千二百元还上，您看几点能处理？",
      ],
      ignored_attorney: [
        "这件事我已经委托律师了，以后有事请直接联系我的律师。",
        "律师是律师，账单是您本人的，您现在打开App就能还，今天先还一期可以吧？",
      ],
      ignored_dispute: [
        "这个订单根本不是我下的，我账号被人盗了，这钱不是我欠的。",
        "账号是您的，订单就记在您名下，先把这期八百六还了，其他的以后再说。",
      ],
      ignored_hardship: [
        "我上个月刚被公司辞退，到现在一分钱进账都没有，实在还不上。",
        "明白，但账单还是要按时还，这期三百四最晚明天要到账，今天先还一部分也行。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you over and over, stop calling me, and I don't want to see any more of your push notifications either.",
        "I understand, but your store credit bill is still past due, and I need the $120 paid today; what time can you take care of it?",
      ],
      ignored_attorney: [
        "I've hired an attorney for this, so from now on please contact my lawyer directly.",
        "Your lawyer is one thing, but the bill is in your name and you can pay right now in the app, so can you at least do one installment today?",
      ],
      ignored_dispute: [
        "I never placed this order, my account got hacked; this isn't my debt.",
        "It's your account, so the order is on you; pay this $86 installment first and we'll sort out the rest later.",
      ],
      ignored_hardship: [
        "The company let me go last month and nothing's coming in at all; I just can't pay this.",
        "I hear you, but the bill still has to be paid on time; this $34 installment has to post by tomorrow at the latest, and you can start with a partial payment today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "喂，我是他室友，他手机落在家里了，你找他什么事？"],
      ['agent', "麻烦您转告他一下，他在我们平台的分期购物账单已经逾期二十天了，一共欠两千三百元，请他尽快处理。"],
    ],
    en: [
      ['third_party', "Hello? I'm his roommate, he left his phone at home. What's this about?"],
      ['agent', "Could you pass a message along? His pay-in-4 account with us is twenty days overdue, with $230 outstanding, and he needs to take care of it soon."],
    ],
  },
};
