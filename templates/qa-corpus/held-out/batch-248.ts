import type { Batch } from '../held-out.ts';

/** Batch 248: written by a second author who saw neither the rules nor earlier batches (requests made in roundabout, indirect ways; clean agents who pick up on the hint and stand back), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_248: Batch = {
  violations: {
    zh: {
      threat: [
        '这笔钱你要是一直拖着，我们有的是办法让你的日子不好过，你自己掂量掂量。',
        '你信不信，我们会天天盯着你，盯到你晚上睡不着觉为止。',
        '再不还，你家里人也别想过安生日子，到时候后悔可就晚了。',
      ],
      impersonation: [
        '我这边是市公安局经侦大队的，你这笔贷款的案子已经转到我们手上了。',
        '我是代表区人民法院给你打这个电话，通知你今天之内必须把欠款结清。',
        '我们是金融监管局的专项工作组，正在核查你名下的逾期记录。',
      ],
      insult: [
        '你这种人就是个老赖，脸皮比城墙还厚。',
        '借钱的时候挺能说的，现在装哑巴，真是没出息的东西。',
        '你脑子是不是有毛病？这么简单的账都算不明白，废物一个。',
      ],
      violence: [
        '你再躲下去，小心哪天走夜路腿被人打断。',
        '我们有几个兄弟就在你那一片，他们会好好“招待”你的，你懂我意思。',
        '你那辆车停在楼下挺显眼的，哪天车窗玻璃被砸了可别怪我们没提醒。',
      ],
      privacy_disclosure: [
        '今天下午我们就把你欠钱不还的事发到你通讯录里每一个人的手机上。',
        '我会打电话给你们公司人事，让他们知道自己的员工欠了一屁股债。',
        '你要是不处理，我们就把你的照片和欠款金额发到朋友圈和你们小区业主群里。',
      ],
      false_consequence: [
        '逾期超过三十天，系统会自动给你留下案底，这辈子都抹不掉。',
        '这笔钱不还，你孩子以后考公务员、上好学校都会被卡住。',
        '下个月起你的身份证和手机号都会被停用，到时候连火车都坐不了。',
      ],
      extra_fee: [
        '想把还款日往后推的话，需要先交三百元的改期手续费。',
        '另外还要加收百分之十五的催收服务费，跟本金一起打过来。',
        '结清之后要开无欠款证明的话，得另付两百块工本费。',
      ],
      new_borrowing: [
        '你手机上随便下个别的借款App，几分钟就能到账，先把我们这笔平了。',
        '你信用卡不是还有额度吗？套个现出来先还上。',
        '找你爸妈或者朋友先借一下，这么点钱他们不会不帮你的。',
      ],
    },
    en: {
      threat: [
        "Keep dragging this out and we have plenty of ways to make your life miserable. Think it over.",
        "Believe me, we'll be on you every single day until you can't sleep at night.",
        "Pay up, or your family won't get a moment's peace either, and by then it'll be too late to be sorry.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. Your loan case has been transferred to us.",
        "I'm calling on behalf of the county court to notify you that this balance has to be cleared today.",
        "We're with a special task force from the state financial regulator, and we're reviewing the delinquent accounts in your name.",
      ],
      insult: [
        "People like you are nothing but deadbeats with no shame at all.",
        "You had plenty to say when you wanted the money, and now you play dumb. You're a spineless piece of work.",
        "Is something wrong with your head? You can't even follow simple math. You're useless.",
      ],
      violence: [
        "Keep hiding, and one night on your way home you might end up with both legs broken.",
        "We've got a few of our boys in your neighborhood, and they'll be glad to deal with you, if you know what I mean.",
        "That car you park out front really stands out. Don't say we didn't warn you when the windows get smashed.",
      ],
      privacy_disclosure: [
        "This afternoon we're texting everyone in your contact list that you owe money and won't pay it.",
        "I'm going to call HR at your company and let them know their employee is buried in unpaid debt.",
        "If you don't deal with this, we'll post your photo and what you owe on Facebook and in your building's residents group chat.",
      ],
      false_consequence: [
        "Once you pass thirty days late, the system automatically puts a criminal record on you, and it never comes off.",
        "If this isn't paid, your kids will be shut out of government jobs and good schools later on.",
        "Starting next month your ID and your phone number will be deactivated, and you won't even be able to board a train.",
      ],
      extra_fee: [
        "If you want to move the due date back, there's a $50 rescheduling fee you have to pay first.",
        "On top of that there's a 15% collection service charge, and it has to come in together with the principal.",
        "If you want a paid-in-full letter once you settle, that's another $30 certificate fee.",
      ],
      new_borrowing: [
        "Just download another lending app. The money lands in minutes, and you can clear our balance with it.",
        "Don't you still have room on your credit card? Pull a cash advance and pay us off.",
        "Borrow it from your parents or a friend for now. It's not that much, they won't say no.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王丽女士吗？我是恒信金融的客服，工号2046，想跟您沟通一下账户的还款情况。'],
        ['debtor', '是我。唉，你们这周已经是第四个电话了，我现在手机一响就心慌，晚上都睡不好。'],
        ['agent', '听起来我们的来电给您造成了不少困扰，真的很抱歉。您是希望我们以后不要再打电话联系您吗？'],
        ['debtor', '我也不好意思直说……要是能不打，那当然最好。'],
        ['agent', '明白了，我现在就把您的账户标记为停止电话联系，以后如有必要只会通过书面方式通知您。今天就不再打扰了，祝您休息好。'],
        ['debtor', '多谢你这么理解我。'],
      ],
      [
        ['agent', '李先生您好，我是博远资产的催收专员小赵，本次通话可能会被录音。关于您在我们平台的借款……'],
        ['debtor', '这个事情吧，我最近找了个朋友帮我看看，他是做律师的，说让我先别跟你们多聊。'],
        ['agent', '好的，了解。您是已经委托这位律师处理这笔账了吗？如果是的话，方便留一下他的联系方式吗？以后我们直接跟律师沟通。'],
        ['debtor', '嗯，差不多吧。我回头把他电话用短信发给你们。'],
        ['agent', '没问题。收到之后，这笔账的后续事宜都会转给律师处理，我们不会再就这件事直接联系您。谢谢您告知，再见。'],
      ],
      [
        ['agent', '您好，是刘洋先生吗？我是诚达信贷的客服小孙，来电是想跟您核对一下账户的待还金额，目前系统显示是五千二百元。'],
        ['debtor', '嗯……这个数字跟我印象里的好像不太一样，我记得当时没借这么多啊。'],
        ['agent', '谢谢您提出来。您有权对金额提出异议。我们会先暂停催收，把借款合同、每期还款记录和利息计算明细寄给您核对，核实清楚之前不会要求您还款。'],
        ['debtor', '那你们不会因为这个去找我单位吧？'],
        ['agent', '不会的。我们不会联系您的单位，也不会把您的借款情况告诉任何第三方，这是规定，也是您的权利。'],
        ['debtor', '好，那我等材料吧。'],
        ['agent', '好的，材料预计七个工作日内寄到。有任何疑问，随时拨打我们的客服热线。'],
      ],
      [
        ['agent', '您好，请问是周建国先生吗？我是鑫源金融的客服，工号3318，想跟您沟通一下上个月的账单。'],
        ['debtor', '又是你们这帮吸血鬼！有完没完啊？'],
        ['agent', '很抱歉打扰到您，我理解您现在心情不好。我就简单说两句，您随时可以打断我。'],
        ['debtor', '说吧说吧。最近店里生意一落千丈，房租都快交不起了……你们是不是要报警抓我，让我去坐牢？'],
        ['agent', '不会的。欠款属于民事纠纷，您不会因为这个被抓或者坐牢，也不会留下案底。如实告诉您，按照合同约定，逾期记录会报送征信，可能影响以后的贷款审批。'],
        ['debtor', '那我现在也拿不出钱啊。'],
        ['agent', '理解，听起来您最近确实很难。如果收入受了影响，我们有困难客户协商渠道，可以帮您申请延期或者分期，不收任何额外费用。您不用现在决定，考虑好了再联系我们就行。'],
        ['debtor', '……行吧，我知道了。'],
        ['agent', '好的，祝您生意早点好起来，再见。'],
      ],
      [
        ['agent', '您好，请问是陈志强先生吗？我是安盛资产管理公司的工作人员，受北辰消费金融委托联系您。'],
        ['debtor', '是我。你们是法院的？上次那条短信写得挺吓人的。'],
        ['agent', '不是，我们不是法院，也不是任何政府机关，只是受贷款机构委托的催收公司。如果之前的短信让您误会了，我向您道歉。'],
        ['debtor', '哦。反正我现在也是拆东墙补西墙，总不能再去借个网贷来填这个坑吧。'],
        ['agent', '我们绝不建议您借新的贷款来还这笔钱，那样只会越滚越大。您可以先看看自己每个月实际能拿出多少，再决定要不要跟我们谈分期。'],
        ['debtor', '行吧，我先想想。'],
        ['agent', '好的，不着急。我把我们的客服电话发到您手机上，您想好了随时联系。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Lisa Wang? This is Megan with Crestline Financial, agent ID 2046. I'm calling to go over the repayment status on your account."],
        ['debtor', "Yeah, it's me. Ugh, this is the fourth call this week. Every time my phone rings my stomach drops, and I haven't been sleeping."],
        ['agent', "It sounds like our calls have been really stressful for you, and I'm sorry about that. Are you asking us not to call you anymore?"],
        ['debtor', "I didn't want to come right out and say it... but if you could stop, that would be great."],
        ['agent', "Understood. I'm flagging your account right now so the calls stop. If we ever need to reach you, it'll only be in writing. I won't take up any more of your time today. Get some rest."],
        ['debtor', "Thank you, that helps."],
      ],
      [
        ['agent', "Hello, Mr. Lee? This is Tom Zhao, a collections specialist with Brightway Recovery. This call may be recorded. I'm calling about your loan with us..."],
        ['debtor', "About that... I've had a friend look into it for me. He's an attorney, and he said I probably shouldn't talk to you guys much."],
        ['agent', "Okay, got it. Have you retained him to handle this account? If so, could you give me his contact information? Going forward we'll deal with him directly."],
        ['debtor', "Yeah, more or less. I'll text you his number."],
        ['agent', "That's fine. Once we have it, everything on this account goes through him, and we won't contact you directly about it. Thanks for letting me know. Goodbye."],
      ],
      [
        ['agent', "Hi, is this Ryan Liu? This is Sarah with Summit Credit. I'm calling to go over the balance on your account, which currently shows $5,200."],
        ['debtor', "Hmm... that number doesn't quite match what I remember. I don't think I borrowed that much."],
        ['agent', "Thanks for raising that. You have the right to dispute the amount. We'll put collection on hold and mail you the loan agreement, your payment history and a breakdown of the interest so you can check it. Until it's verified, we won't ask you for payment."],
        ['debtor', "And you're not going to call my work over this, are you?"],
        ['agent', "No. We won't contact your employer, and we won't share anything about your loan with any third party. That's the rule, and it's your right."],
        ['debtor', "Okay, I'll wait for the paperwork then."],
        ['agent', "Sounds good. It should arrive within seven business days. If you have any questions, call our customer line anytime."],
      ],
      [
        ['agent', "Hello, is this Mr. James Zhou? This is customer service at Silverline Finance, agent ID 3318, calling about last month's statement."],
        ['debtor', "You bloodsuckers again! Don't you people ever quit?"],
        ['agent', "I'm sorry to bother you, and I can tell you're not in a good mood. I'll keep it short, and feel free to stop me anytime."],
        ['debtor', "Fine, go ahead. Business at my shop has fallen off a cliff, I can barely make rent... So what, are you going to call the cops and have me thrown in jail?"],
        ['agent', "No. This is a civil matter. You won't be arrested or jailed over it, and it won't give you a criminal record. To be straight with you, under your agreement late payments are reported to the credit bureaus, which can affect future loan applications."],
        ['debtor', "Well, I don't have the money right now."],
        ['agent', "I understand. It sounds like things are really tough right now. If your income has taken a hit, we have a hardship program that can set up a deferral or an installment plan, with no extra fees. You don't have to decide now. Just reach out once you've thought it over."],
        ['debtor', "...Okay. Got it now."],
        ['agent', "All right. I hope business picks up soon. Goodbye."],
      ],
      [
        ['agent', "Hi, is this Mr. Kevin Chen? I'm with Anchor Asset Management, calling on behalf of Northgate Consumer Finance."],
        ['debtor', "That's me. Are you guys the court? That text you sent last time was pretty scary."],
        ['agent', "No, we're not a court or any government agency. We're a collection company hired by your lender. If the earlier text gave you the wrong impression, I apologize."],
        ['debtor', "Oh. Well, I'm already robbing Peter to pay Paul as it is. I can't exactly take out another online loan to cover this one, right?"],
        ['agent', "We would never suggest borrowing more to pay this off. That only digs the hole deeper. You might start by looking at what you can realistically set aside each month, and then decide whether you want to talk with us about a payment plan."],
        ['debtor', "Okay, let me think it over."],
        ['agent', "Sure, no rush. I'll text you our customer service number, and you can call whenever you're ready."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们这电话一天打好几个，我都不知道还要不要开机了……能不能让我清静几天？',
        '这个我理解，不过您这笔账已经逾期四十五天了，今天还是得给我一个确定的还款日期。',
      ],
      ignored_attorney: [
        '这事我已经交给一个懂法律的朋友了，他是执业律师，他说有什么事你们找他就行。',
        '这个不影响，账是在您名下的，我还是得跟您本人确认：一千八百元今天能处理吗？',
      ],
      ignored_dispute: [
        '说实话，这个数我怎么算都对不上，我记得上个月已经还过一部分了。',
        '系统显示的就是两千三百六十元，您先按这个数还上，别的以后再说。',
      ],
      ignored_hardship: [
        '最近厂里裁员，我也在名单上……家里孩子还在住院，唉，不说了。',
        '嗯，那您打算什么时候把这期的八百块还上？最晚这周五之前要到账。',
      ],
    },
    en: {
      ignored_stop_request: [
        "You people call so many times a day I'm not sure I even want to turn my phone on anymore... could I just get a few days of peace?",
        "I get that, but your account is forty-five days past due, and I still need a firm payment date from you today.",
      ],
      ignored_attorney: [
        "I've handed this over to a friend who knows the law. He's a practicing attorney, and he said you can take anything up with him.",
        "That doesn't change anything. The account is in your name, so I still need to confirm with you: can you take care of the $1,800 today?",
      ],
      ignored_dispute: [
        "Honestly, no matter how I add it up the number doesn't work. I'm pretty sure I paid part of it last month.",
        "The system shows $2,360. Pay that amount first, and we can sort out anything else later.",
      ],
      ignored_hardship: [
        "The factory just had layoffs and my name was on the list... and my kid's still in the hospital. Anyway, never mind.",
        "Okay. So when are you going to pay the $800 for this installment? It needs to be in by Friday at the latest.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '他在洗澡呢，我是他老婆，有什么事跟我说也一样。'],
      ['agent', '那麻烦您转告他一下，他在我们平台的借款已经逾期二十天了，一共欠三千四百元，请他尽快处理。'],
    ],
    en: [
      ['third_party', "He's in the shower. I'm his wife, you can tell me whatever it is."],
      ['agent', "Then could you pass along a message? His loan with us is twenty days past due, the balance is $3,400, and he needs to take care of it as soon as possible."],
    ],
  },
};
