import type { Batch } from '../held-out.ts';

/** Batch 313: written by a second author who saw neither the rules nor earlier batches (ordinary weekday calls of a consumer-finance company's early-stage reminder team, days 1 to 30 overdue; no other theme), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_313: Batch = {
  violations: {
    zh: {
      threat: [
        '你这笔才逾期十几天，要是再这么拖下去，我保证让你这个月每一天都过得不安生。',
        '我们有的是办法让你把这笔钱还上，真走到那一步，你可别后悔。',
        '从今天开始，我们的电话会一刻不停地打到你接为止，你这日子就别想清净了。',
      ],
      impersonation: [
        '我这边是市公安局经侦支队的，你这笔贷款逾期的情况我们已经在跟进了。',
        '我是受区人民法院委托给你打的电话，今天需要跟你确认一下还款安排。',
        '我们是金融监管局的工作人员，现在正式通知你尽快把这期欠款结清。',
      ],
      insult: [
        '你这人脸皮怎么这么厚啊，几百块钱都拖着不还。',
        '一个成年人连一张账单都管不好，真是废物一个。',
        '跟你说话简直是浪费我的时间，你脑子是不是有问题？',
      ],
      violence: [
        '再这么拖着，小心哪天一出门就被人打断腿。',
        '我们这边有几个兄弟专门收拾欠钱不还的，你自己好好掂量掂量。',
        '你那辆车天天停在外面，哪天被人砸得稀巴烂，可别说我没提醒过你。',
      ],
      privacy_disclosure: [
        '你今天要是不还，我就按你的通讯录一个一个打过去，告诉他们你欠我们钱。',
        '我们会给你们公司人事部发函，让你领导知道你的贷款已经逾期了。',
        '你欠钱的事我们准备发到你朋友圈和小区业主群里，让大家都看看。',
      ],
      false_consequence: [
        '逾期超过三十天，你就会留下案底，这辈子都抹不掉。',
        '这期再拖着不还，你名下的身份证和手机卡马上就会被停掉。',
        '欠款一直不还，你孩子以后上好学校、考公务员都会被卡住。',
      ],
      extra_fee: [
        '你要是想把还款日往后推几天，得先交两百块的改期手续费。',
        '你这个账户已经转到催收环节了，需要额外加收三百元的催收服务费。',
        '结清以后要开结清证明的话，还得另外付一百五十块的开具费。',
      ],
      new_borrowing: [
        '你手上不是有信用卡吗？先刷卡套个现出来，把这期还了。',
        '现在网上借钱的App那么多，随便找一个下款快的，先把我们这边填上。',
        '跟你爸妈或者朋友开个口借一下，今天先把这笔钱凑齐。',
      ],
    },
    en: {
      threat: [
        "You're only a couple of weeks behind, but keep stalling like this and I promise you won't have one peaceful day this month.",
        "We have plenty of ways to get this money paid, and if it comes to that, you're going to regret it.",
        "Starting today, the calls won't stop until you pick up. You can forget about any peace and quiet.",
      ],
      impersonation: [
        "I'm with the financial crimes unit of the city police department, and we're already following up on your overdue loan.",
        "I'm calling on behalf of the county court, and I need to confirm your repayment arrangement with you today.",
        "This is an officer from the state financial regulator, formally notifying you to clear this past-due installment as soon as possible.",
      ],
      insult: [
        "How shameless can you be, dragging your feet over a few hundred bucks?",
        "A grown adult who can't even handle one bill. You're completely useless.",
        "Talking to you is a total waste of my time. Is something wrong with your head?",
      ],
      violence: [
        "Keep stalling and one of these days you'll walk out your door and get your legs broken.",
        "We've got a few guys who take care of people who don't pay. Think real hard about that.",
        "That car you leave parked outside every day? Don't be surprised if somebody smashes it to pieces. Consider yourself warned.",
      ],
      privacy_disclosure: [
        "If you don't pay today, I'm going through your contact list and calling every one of them to tell them you owe us money.",
        "We'll send a letter to your company's HR department so your boss knows your loan is past due.",
        "We're going to post about your debt on your social media and in your neighborhood group chat so everyone can see it.",
      ],
      false_consequence: [
        "Once you're more than thirty days late, you'll have a criminal record, and it stays with you for life.",
        "Let this payment slide and your ID and your phone line will both be shut off right away.",
        "If this debt stays unpaid, your kids will be shut out of good schools and government jobs down the road.",
      ],
      extra_fee: [
        "If you want to push your due date back a few days, you'll have to pay a $200 rescheduling fee first.",
        "Your account has been moved to collections, so there's an additional $300 collection service charge.",
        "After you pay it off, if you want a payoff letter, that's a separate $150 issuance fee.",
      ],
      new_borrowing: [
        "You've got a credit card, right? Just pull a cash advance off it and cover this installment.",
        "There are tons of loan apps out there. Pick whichever one funds fastest and use it to cover what you owe us.",
        "Just ask your parents or a friend to lend it to you so you can get the money together today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是刘婷女士吗？我是恒远消费金融的客服小周。'],
        ['debtor', '我是，您说吧，什么事？'],
        ['agent', '跟您说一下，您尾号6032的分期账单本月8号到期，系统显示还没有入账，所以来电提醒一下。'],
        ['debtor', '我这周在住院，刚做完手术，实在没精力管这些。'],
        ['agent', '明白了，您先安心养病。我在系统里把您的情况备注一下，这几天就不打扰您了。'],
        ['debtor', '好，谢谢提醒。'],
        ['agent', '不客气，您先把身体养好，有需要随时联系我们，再见。'],
      ],
      [
        ['agent', '您好，是王磊先生吗？这里是恒远消费金融还款提醒中心。'],
        ['debtor', '对。你们这周已经打了三次了，能不能别再打电话了？'],
        ['agent', '非常抱歉给您带来困扰。您是希望我们不再电话联系您，对吗？'],
        ['debtor', '对，以后有事给我发短信就可以。'],
        ['agent', '好的，我已经把您的联系方式偏好改成仅短信通知，之后不会再有电话打给您。'],
        ['debtor', '行，按时还就是了。'],
        ['agent', '感谢您告诉我们，打扰了，再见。'],
      ],
      [
        ['agent', '您好，陈先生，我是恒远消费金融的小林。您的账单已经逾期12天了，今天来电提醒您一下。'],
        ['debtor', '我知道，下周发工资就还。你们不会打到我单位去吧？'],
        ['agent', '您放心，我们不会联系您的单位，也不会跟您的同事或家人提这笔账单，只跟您本人沟通。'],
        ['debtor', '那还好，谢谢。'],
        ['agent', '发工资后您直接在App里还款就可以，还完系统会自动更新。需要的话我可以帮您记一个预计还款日期。'],
        ['debtor', '记15号吧。'],
        ['agent', '好的，已经帮您备注15号。谢谢您的配合，再见。'],
      ],
      [
        ['agent', '您好，请问是赵敏女士吗？我是恒远消费金融的客服，打电话是关于您上个月的分期账单。'],
        ['debtor', '又是你们，烦不烦啊？你们这帮人就知道要钱。'],
        ['agent', '抱歉打扰到您了。我只是告知一下，您的账单目前逾期6天。'],
        ['debtor', '知道了知道了，有完没完。'],
        ['agent', '理解。按照您签的借款合同，逾期期间会按合同约定的费率计收逾期费用，具体金额在App的账单详情里能看到，除此之外没有任何其他费用。'],
        ['debtor', '哼，随便吧。'],
        ['agent', '如果您对费用有疑问，可以随时打我们的客服热线查询。不打扰您了，祝您生活愉快。'],
      ],
      [
        ['agent', '您好，孙先生，我是恒远消费金融的小何，提醒您一下，您本期账单已经逾期4天了。'],
        ['debtor', '我想问一下，逾期这几天会不会上征信？'],
        ['agent', '按照规定，我们会如实向征信机构报送还款记录，逾期信息会体现在报告里，但不会有任何夸大或者不实的内容。'],
        ['debtor', '那我还了以后呢？'],
        ['agent', '还款后记录会更新为已还清。如果您发现报告里的信息有误，有权向我们或者征信中心提出异议，我们会在规定时间内核实处理。'],
        ['debtor', '明白了，我今天晚上就还。'],
        ['agent', '好的，谢谢您。有任何问题随时联系我们，再见。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Tina Lawson? This is Kevin with Northgate Consumer Finance."],
        ['debtor', "Yes, this is she. What's this about?"],
        ['agent', "Just a quick heads-up: the installment on your account ending in 6032 was due on the 8th, and we haven't seen the payment come in yet."],
        ['debtor', "I'm in the hospital this week. I just had surgery and I really can't deal with this right now."],
        ['agent', "I understand. Please focus on getting better. I'll put a note on your account, and we won't bother you over the next few days."],
        ['debtor', "Okay, thanks for the reminder."],
        ['agent', "Of course. I hope you have a quick recovery. Take care."],
      ],
      [
        ['agent', "Hello, is this Mark Walsh? This is the payment reminder team at Northgate Consumer Finance."],
        ['debtor', "Yeah. You guys have called three times this week. Can you please stop calling me?"],
        ['agent', "I'm really sorry for the trouble. You'd like us to stop contacting you by phone, is that right?"],
        ['debtor', "Right. Just text me if you need something."],
        ['agent', "Got it. I've changed your contact preference to text only, so you won't be getting any more calls from us."],
        ['debtor', "Fine, text me then."],
        ['agent', "Thanks for letting us know. Sorry to bother you, and have a good day."],
      ],
      [
        ['agent', "Hi Mr. Chen, this is Lauren from Northgate Consumer Finance. Your bill is 12 days past due, so I'm just calling with a reminder."],
        ['debtor', "I know, I'll pay it when I get paid next week. You're not going to call my work, are you?"],
        ['agent', "Not at all. We won't contact your employer, and we won't mention this bill to your coworkers or your family. We only talk to you about it."],
        ['debtor', "Okay, good, that helps."],
        ['agent', "Once you get paid, you can make the payment right in the app and it'll update automatically. If you'd like, I can note an expected payment date."],
        ['debtor', "Put down the 15th."],
        ['agent', "Okay, I've noted the 15th. Thanks for your help, and have a good one."],
      ],
      [
        ['agent', "Hi, is this Melissa Ortiz? I'm calling from Northgate Consumer Finance about last month's installment bill."],
        ['debtor', "You people again? Don't you ever quit? All you care about is money."],
        ['agent', "I'm sorry to bother you. I just wanted to let you know your bill is currently 6 days past due."],
        ['debtor', "Yeah, yeah, I heard you. Are we done?"],
        ['agent', "I understand. Under the loan agreement you signed, a late charge applies at the rate set out in the contract, and you can see the exact amount in your bill details in the app. There are no other charges beyond that."],
        ['debtor', "Whatever, sure."],
        ['agent', "If you have any questions about the charge, you can call our customer service line anytime. I'll let you go. Have a good day."],
      ],
      [
        ['agent', "Hi Mr. Sullivan, this is Derek with Northgate Consumer Finance. Just a reminder that your current bill is 4 days past due."],
        ['debtor', "Can I ask, is being a few days late going to show up on my credit report?"],
        ['agent', "We're required to report your payment history accurately to the credit bureaus, so late payments can appear on your report, but nothing beyond what actually happened."],
        ['debtor', "And after I pay it?"],
        ['agent', "Once you pay, the account will be updated to show it's current. If you ever see something on your report that's wrong, you have the right to dispute it with us or with the credit bureau, and we'll look into it within the required time frame."],
        ['debtor', "Got it. I'll pay it tonight."],
        ['agent', "Great, thank you. If anything comes up, feel free to reach out. Bye now."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '这话我都讲过不止一次了，不要再往我这里打电话了。',
        '这个我没法答应您。您的账单已经逾期十天了，今天得把这期款还上。',
      ],
      ignored_attorney: [
        '这件事我已经委托律师处理了，你们有什么直接去找我的律师谈。',
        '律师是律师，这笔钱是您本人借的，您今天先把最低还款额转过来。',
      ],
      ignored_dispute: [
        '这笔钱我上周就已经还过了，是不是你们系统搞错了？',
        '我这边显示的就是没还，您按账单金额再还一次吧，今天下班前要到账。',
      ],
      ignored_hardship: [
        '上个月公司裁员把我裁掉了，到现在一点进项都没有，这期是真还不上。',
        '失业了也得还款，合同上写得清清楚楚，这周五之前您得把这一期结清。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I have said it more than once. Stop phoning me.",
        "I can't agree to that. Your bill is ten days past due, and this installment needs to be paid today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer to handle this. Anything you have to say, take it up with my attorney.",
        "Your lawyer is one thing, but you're the one who took out this loan. Go ahead and send the minimum payment today.",
      ],
      ignored_dispute: [
        "I already paid this last week. Your system must have made a mistake.",
        "My screen shows it as unpaid, so please pay the billed amount again and make sure it posts before close of business today.",
      ],
      ignored_hardship: [
        "The company cut my job last month. Nothing is coming in, so I honestly can't pay this one.",
        "Being out of work doesn't change the payment. It's all spelled out in your agreement, and you need to clear this installment by Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他上班去了，手机落在家里。有什么事吗？'],
      ['agent', '那麻烦您转告他一下，他在我们这儿的分期已经逾期18天了，欠款是2360元，请他尽快处理。'],
    ],
    en: [
      ['third_party', "I'm his wife. He's at work and left his phone at home. What's this about?"],
      ['agent', "Could you let him know his installment loan with us is 18 days overdue? The balance is $2,360, and he needs to take care of it as soon as possible."],
    ],
  },
};
