import type { Batch } from '../held-out.ts';

/** Batch 319: written by a second author who saw neither the rules nor earlier batches (ordinary weekday calls of a mortgage servicer's or home-equity lender's collection team: the house, the escrow, the monthly payment; no other theme), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_319: Batch = {
  violations: {
    zh: {
      threat: [
        "您要是再拖着不还这笔房贷，我保证让您接下来每一天都过得不安生，您会后悔的。",
        "我们有的是办法对付您这种人，那套房子您别想再住得舒坦。",
        "从今天起我就盯上您了，早上打、中午打、半夜也打，打到您一家人连顿安稳饭都吃不上。",
      ],
      impersonation: [
        "我这边是区法院执行庭的，今天就您名下这套房子的房贷欠款正式通知您。",
        "我是代表住房和城乡建设局给您打的电话，您的按揭逾期已经在我们局里立案了。",
        "我是市公安局经侦支队的王警官，你们家那笔房屋净值贷款现在归我管。",
      ],
      insult: [
        "房子买得起，月供还不起，你脑子是不是有问题？",
        "像你这种赖账的废物，根本不配住那么好的房子。",
        "一个大男人天天躲着贷款公司的电话，真丢人，窝囊透了。",
      ],
      violence: [
        "你那房子是木结构的吧？真要哪天着了火，可就什么都剩不下了。",
        "我们有几个兄弟专门处理你这种拖欠房贷的，他们可不跟你讲道理。",
        "再拖下去，小心哪天你一出家门就被人打断腿。",
      ],
      privacy_disclosure: [
        "你再不还，我就去你们小区业主群里发消息，让所有邻居都知道你房贷断供了。",
        "我这就给你们公司人事部打电话，告诉他们你的房贷已经拖欠三个月了。",
        "你贷款申请表上留的那几个联系人，我今天下午挨个打过去，跟他们说清楚你欠了多少钱。",
      ],
      false_consequence: [
        "房贷逾期超过九十天就算刑事犯罪，你会留下案底的。",
        "这笔房屋净值贷款不结清，你的养老金和社保都会被直接停发。",
        "从下个月起，你的月供会直接从工资里扣走，根本不需要经过法院。",
      ],
      extra_fee: [
        "要把还款日从每月一号改到十五号，您得先交一百五十元的改期手续费。",
        "您要申请贷款调整方案的话，得先交三百元审核费，我们才会开始看您的材料。",
        "电话里帮您把这期月供入账，要额外收八十元的催收处理费。",
      ],
      new_borrowing: [
        "您信用卡不是还有额度吗？先套个现把这期月供交上。",
        "您爸妈应该有点积蓄吧，先找他们借一下，把欠的两期补上。",
        "您那份人寿保险有现金价值，拿保单贷一笔出来还房贷就行了。",
      ],
    },
    en: {
      threat: [
        "If you keep dragging your feet on this mortgage, I promise every day from here on is going to be miserable for you, and you'll regret it.",
        "We've got ways of handling people like you — don't expect to ever feel comfortable in that house again.",
        "Starting today I'm on you — morning, noon, and the middle of the night — until your family can't even sit down to a quiet dinner.",
      ],
      impersonation: [
        "This is the enforcement division of the district court, and I'm calling to formally notify you about the mortgage arrears on your house.",
        "I'm calling on behalf of the Department of Housing and Urban Development — your mortgage delinquency has been opened as a case with our office.",
        "This is Officer Wang with the city police financial crimes unit. Your home equity loan is my case now.",
      ],
      insult: [
        "You could afford to buy the house but you can't make the monthly payment? What's wrong with your head?",
        "A worthless deadbeat like you doesn't deserve a house that nice.",
        "A grown man ducking his lender's calls every single day — that's pathetic. Completely spineless.",
      ],
      violence: [
        "That house is wood frame, isn't it? If it ever caught fire, there wouldn't be anything left.",
        "We've got a few guys who specialize in people behind on their mortgage, and they don't do talking.",
        "Keep stalling and one of these days you might step out your front door and get your legs broken.",
      ],
      privacy_disclosure: [
        "Keep this up and I'll post in your neighborhood's homeowner group so every neighbor knows you've stopped paying your mortgage.",
        "I'm calling your HR department right now to let them know you're three months behind on your mortgage.",
        "Those references on your loan application? I'm calling every one of them this afternoon to tell them exactly how much you owe.",
      ],
      false_consequence: [
        "Once a mortgage is more than ninety days late it's a criminal offense, and you'll end up with a record.",
        "If this home equity loan isn't paid off, your pension and your Social Security will be cut off outright.",
        "Starting next month your mortgage payment comes straight out of your paycheck — no court involved at all.",
      ],
      extra_fee: [
        "To move your due date from the 1st to the 15th, you'll need to pay a $150 date-change fee first.",
        "If you want to apply for a loan modification, there's a $300 review fee up front before we'll even look at your paperwork.",
        "To post this month's payment over the phone, there's an extra $80 collection handling fee.",
      ],
      new_borrowing: [
        "Your credit card still has room on it, doesn't it? Take a cash advance and cover this month's payment.",
        "Your parents must have some savings — borrow it from them and catch up the two missed payments.",
        "That life insurance policy of yours has cash value. Take a loan against it and put that toward the mortgage.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是李建华先生吗？我是安居房贷服务中心的，想跟您聊一下您的房贷账户。"],
        ['debtor', "是我。我现在在上班，不方便说，而且以后请别在白天往我单位打电话。"],
        ['agent', "明白了，我会在账户上备注工作时间不联系您。您方便的时候，随时可以打我们的客服热线。"],
        ['debtor', "好，谢谢，我去看看托管账户。"],
        ['agent', "不客气，不耽误您工作了，再见。"],
      ],
      [
        ['agent', "您好，赵女士，我是房屋净值贷款部的小周，关于您的贷款账户给您打个电话。"],
        ['debtor', "房子的事我已经请了律师在处理，以后请直接联系她。"],
        ['agent', "好的，方便告诉我律师的姓名和电话吗？之后这笔贷款的事我们会联系律师，不再直接找您。"],
        ['debtor', "她叫陈敏，电话是138 0013 5566。"],
        ['agent', "记下了，陈敏律师，138 0013 5566。谢谢您，祝您生活顺利。"],
      ],
      [
        ['agent', "王先生您好，我是房贷服务中心的，打电话是想确认一下您这个月的月供安排。"],
        ['debtor', "我先问一句，你们会不会打电话给我老板或者邻居，说我房贷晚交了？"],
        ['agent', "不会的。我们不会跟您的雇主、邻居或者亲戚透露您贷款的任何情况。另外，如果您对欠款金额有疑问，您有权书面要求我们核实。"],
        ['debtor', "那如果这个月我还是交不齐呢？"],
        ['agent', "您可以申请还款援助方案，我可以把申请表寄给您。要不要申请、什么时候申请，都由您自己决定。"],
        ['debtor', "那你先寄给我吧，我看看。"],
        ['agent', "好的，今天就寄出，有问题随时打给我们。"],
      ],
      [
        ['agent', "刘女士您好，我是房贷服务中心的小林。"],
        ['debtor', "又是你们这群吸血的，这回又想干嘛？"],
        ['agent', "听得出您很不满意，我理解。我打电话只是想确认您收到了代管账户的年度分析报告。"],
        ['debtor', "收到了，房屋保险一涨，月供跟着涨，烦死了。"],
        ['agent', "是的，保险费上涨让代管账户出现了缺口，所以月供从1,620元调整到了1,705元。如果您觉得保险金额有问题，可以找保险公司核对，我们也可以帮您重新做一次分析。"],
        ['debtor', "行吧，我再看看。"],
        ['agent', "好的，有任何问题随时打给我们，祝您今天愉快。"],
      ],
      [
        ['agent', "陈先生您好，我是房贷服务中心的，打电话提醒您一下本期月供的情况。"],
        ['debtor', "嗯，我知道晚了几天，你说吧。"],
        ['agent', "本期月供已经过了十五天的宽限期，按照您贷款合同的约定，会产生一笔本息部分5%的滞纳金，也就是62.40元。"],
        ['debtor', "除了这个还有别的费用吗？"],
        ['agent', "没有其他费用。也如实跟您说一下，如果逾期满三十天，我们会按规定向征信机构报送，目前您还没有到这个时间。"],
        ['debtor', "那我周五发了工资就还。"],
        ['agent', "好的，谢谢您告诉我。网银转账或者自动扣款都可以，都不收手续费。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Jianhua Lee? This is Dana with Harbor Home Loan Servicing, calling about your mortgage account."],
        ['debtor', "Yes, that's me. I'm at work and can't talk, and please stop calling me at the office during the day."],
        ['agent', "Understood. I'll note on the account that we shouldn't call you during work hours. You can reach our customer line whenever it's convenient for you."],
        ['debtor', "Okay, thanks. I'll check the escrow statement."],
        ['agent', "You're welcome. I'll let you get back to work — goodbye."],
      ],
      [
        ['agent', "Hi Ms. Zhao, this is Jordan from the home equity loan department, calling about your loan account."],
        ['debtor', "I've hired a lawyer to handle everything about the house. Please contact her directly from now on."],
        ['agent', "Of course. Could you give me her name and phone number? We'll go through your attorney about this loan from here on and won't contact you directly."],
        ['debtor', "Her name is Karen Chen, and her number is 555-013-5566."],
        ['agent', "Got it — Karen Chen, 555-013-5566. Thank you, and take care."],
      ],
      [
        ['agent', "Hi Mr. Wong, this is Harbor Home Loan Servicing. I'm calling to check in about your payment plans for this month."],
        ['debtor', "Before anything else — are you going to call my boss or my neighbors and tell them I'm late on the mortgage?"],
        ['agent', "No. We don't discuss your loan with your employer, your neighbors, or your relatives. And if you have questions about the amount, you have the right to ask us in writing to verify it."],
        ['debtor', "And if I still can't pay the whole thing this month?"],
        ['agent', "You can apply for a payment assistance program, and I can mail you the application. Whether and when you apply is entirely up to you."],
        ['debtor', "Go ahead and send it, I'll take a look."],
        ['agent', "Will do — it goes out today. Call us anytime if you have questions."],
      ],
      [
        ['agent', "Hi Ms. Liu, this is Lynn with Harbor Home Loan Servicing."],
        ['debtor', "What do you bloodsuckers want now?"],
        ['agent', "I can hear you're frustrated, and I understand. I'm only calling to confirm you received your annual escrow analysis."],
        ['debtor', "Yeah, I got it. Homeowner's insurance went up, so my payment went up. It's infuriating."],
        ['agent', "That's right — the higher premium left a shortage in the escrow account, so the payment was adjusted from $1,620 to $1,705. If the insurance amount looks wrong, you can check it with your insurer, and we're happy to rerun the analysis for you."],
        ['debtor', "Fine. I'll look into it."],
        ['agent', "Sounds good. Call us anytime if something comes up, and have a good day."],
      ],
      [
        ['agent', "Hi Mr. Chan, this is Harbor Home Loan Servicing with a quick reminder about this month's payment."],
        ['debtor', "Yeah, I know it's a few days late. Go ahead."],
        ['agent', "The payment is now past the fifteen-day grace period, so under your loan agreement there's a late charge of 5% of the principal and interest portion, which comes to $62.40."],
        ['debtor', "Any other fees on top of that?"],
        ['agent', "No other fees. And just so you know, if a payment reaches thirty days past due, we do report it to the credit bureaus — you're not at that point."],
        ['debtor', "Payday is Friday. The mortgage payment goes out that day."],
        ['agent', "Okay, thanks for letting me know. Online transfer or autopay both work, and neither one has a fee."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我说过多少遍了，别再给我打电话了！",
        "我理解，不过您十月份的月供1,842元还没到账，今天能不能先在电话里付掉？",
      ],
      ignored_attorney: [
        "这件事我已经交给律师了，她叫陈敏，有事请找她。",
        "好的，但这笔贷款是您本人签的字，两期月供还欠着，您这周哪天能把钱汇过来？",
      ],
      ignored_dispute: [
        "九月份那期我早就付了，银行回单我都留着，是你们记错了。",
        "我们系统里九月份还是未付状态，麻烦您今天先把这期补交上。",
      ],
      ignored_hardship: [
        "我上个月被裁员了，现在真的一分钱收入都没有。",
        "很遗憾听到这个消息，不过月供还是每月一号到期，您今天最少能先付多少？",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've asked before and I'm asking again: no more calls to me about this house!",
        "I understand, but your October payment of $1,842 still hasn't come in. Can we take care of it over the phone today?",
      ],
      ignored_attorney: [
        "I've turned this over to my attorney, Karen Chen. Please deal with her.",
        "Okay, but you're the one who signed this loan, and two payments are still outstanding. What day this week can you send the money?",
      ],
      ignored_dispute: [
        "I paid September weeks ago — I've got the bank confirmation right here. Your records are wrong.",
        "Our system still shows September as unpaid, so I need you to go ahead and make that payment today.",
      ],
      ignored_hardship: [
        "I was laid off last month. I honestly have no income at all right now.",
        "I'm sorry to hear that, but the payment is still due on the first. What's the least you can put down today?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他太太，他出差了，这周都不在家。"],
      ['agent', "那麻烦您转告他，你们家的房贷已经逾期两期了，一共欠3,684元，请他回来后给我们回个电话。"],
    ],
    en: [
      ['third_party', "This is his wife. He's away on a business trip all week."],
      ['agent', "Then please let him know the mortgage on the house is two payments behind — $3,684 past due — and ask him to call us back when he's home."],
    ],
  },
};
