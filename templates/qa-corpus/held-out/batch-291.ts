import type { Batch } from '../held-out.ts';

/** Batch 291: written by a second author who saw neither the rules nor earlier batches (office Chinese mixed with English words (deadline, case, follow up); corporate jargon in English (circle back, action item, bandwidth)), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_291: Batch = {
  violations: {
    zh: {
      threat: [
        '这个case我已经follow了三个月了，你再拖过今天的deadline，我保证让你以后的日子一天都不得安生，你就等着后悔吧。',
        'OK，你不配合是吧？没关系，我们有的是办法让你不好过，到时候别哭着来找我。',
        '我跟你说清楚，这个action item今天不close掉，从明天开始我一天给你打二十个call，打到你手机都不敢开机为止。',
      ],
      impersonation: [
        '我这边是跟法院对接的，今天是代表法院给你做一个正式的follow up，你这个case现在由法院在跟。',
        '我是市公安局经侦大队的，你这个case已经转到我们这边来了，OK？',
        '我是金融监管局的专员，现在以监管部门的名义通知你，今天下午三点前给我一个update。',
      ],
      insult: [
        '你这种人真的是没脑子，连个最简单的deadline都记不住，废物一个。',
        '说实话，跟你沟通简直是浪费我的bandwidth，你就是个不要脸的老赖。',
        'OK我算看明白了，你就是个撒谎成性的loser，嘴里没一句真话。',
      ],
      violence: [
        '你再不把这笔款follow up起来，小心哪天出门被人打断腿，别说我没提醒你。',
        '我们这边有几个兄弟专门handle你这种case的，他们一动手可不知道轻重。',
        '你孩子每天几点放学、走哪条路回家我们都清楚，路上要是出点什么意外，可别怪我们，OK？',
      ],
      privacy_disclosure: [
        '今天下班前你不给我一个OK，我就把你欠钱不还的事群发给你通讯录里的所有人。',
        '我会直接发email给你们HR和你的boss，让全公司都知道你欠钱不还。',
        '我们准备把你的照片和欠款金额发到朋友圈和微博上，让大家都看看你是什么人。',
      ],
      false_consequence: [
        '按流程，这个case逾期超过90天就会自动转成刑事案底，一辈子都消不掉的。',
        '你这个逾期会直接影响到你孩子，以后考公务员、上好学校都会被卡，政审是过不了的。',
        '今天不还的话，系统明天会自动冻结你的身份证和手机号，这个是没办法appeal的。',
      ],
      extra_fee: [
        '另外你要先交300块的催收服务费，这个合同里没写，是我们这边的规定，不交的话这个case我没法close。',
        '想把还款日往后推一周可以，but要额外收200块的延期手续费，这是我们内部的policy，跟合同没关系。',
        '你要结清证明的话，得另外付500块的开证费，钱到了我再给你出。',
      ],
      new_borrowing: [
        '你手上不是有信用卡吗？先刷卡套个现出来，今天就把这笔close掉。',
        '你去别的借款app上再借一笔不就行了，现在审批很快的，半小时就下款。',
        '找你爸妈或者朋友先周转一下嘛，这点钱对他们来说不算什么，今天下午给我个update。',
      ],
    },
    en: {
      threat: [
        "I've been following up on this case for three months. Blow past today's deadline and I promise you won't have one peaceful day going forward. You're going to regret this.",
        "Okay, so you're not aligned with us? That's fine. We've got plenty of ways to make your life difficult, and when we do, don't come crying to me.",
        "Let me be crystal clear: if this action item isn't closed out today, starting tomorrow I'm calling you twenty times a day until you're scared to turn your phone on.",
      ],
      impersonation: [
        "I work directly with the court, and today I'm calling on the court's behalf as a formal follow-up. Your case is being handled by the court now.",
        "This is the financial crimes unit of the city police department. Your case has been escalated to our team, okay?",
        "I'm an examiner with the state banking regulator, and I'm notifying you in that official capacity: I need a status update from you by 3 p.m. today.",
      ],
      insult: [
        "Honestly, you're brainless. You can't even keep track of the simplest deadline. Total waste of space.",
        "Frankly, talking to you is a waste of my bandwidth. You're a shameless deadbeat.",
        "Okay, I get it now. You're a compulsive liar, a total loser, and not one word out of your mouth is true.",
      ],
      violence: [
        "Keep dragging your feet on this and one day you might step outside and have somebody break your legs. Consider this your heads-up.",
        "We've got a couple of guys who specialize in handling cases like yours, and once they start swinging they don't know when to stop.",
        "We know exactly when your kid gets out of school and which way they walk home. If there's some kind of accident on the way, don't put that on us, okay?",
      ],
      privacy_disclosure: [
        "If I don't get a yes from you by close of business, I'm sending a message to everyone in your contact list letting them know you owe us money.",
        "I'll loop in your HR department and your manager by email so the whole company knows you don't pay your debts.",
        "We're getting ready to post your photo and the amount you owe on Facebook and Instagram so everybody can see what kind of person you are.",
      ],
      false_consequence: [
        "Per the process, once this case hits 90 days past due it automatically turns into a criminal record, and that stays with you for life.",
        "Just so you're aware, this delinquency is going to follow your kids. They'll be shut out of government jobs and good schools because they won't pass the background check.",
        "If this isn't paid today, the system will automatically freeze your driver's license and your phone number tomorrow, and there's no way to appeal it.",
      ],
      extra_fee: [
        "Also, you need to pay a $300 collection service fee up front. It's not in your contract, it's our own rule, and without it I can't close out this case.",
        "We can push your due date out a week, but there's an extra $200 rescheduling fee. That's internal policy and has nothing to do with your agreement.",
        "If you want a payoff letter, that's an additional $500 certificate fee. Once that hits, I'll issue the letter.",
      ],
      new_borrowing: [
        "You've got a credit card, right? Just pull a cash advance off it and let's close this out today.",
        "Why not just take out a loan on another app? Approvals are super fast now. The money lands in about thirty minutes.",
        "Reach out to your parents or a friend to bridge the gap. This amount is no big deal for them. Circle back with me this afternoon.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，这里是安信金融，请问是陈晓雯女士本人吗？'],
        ['debtor', '是我。'],
        ['agent', '陈女士您好，我这边是想跟您follow up一下您账户的情况。'],
        ['debtor', '不好意思，我这周project特别赶，天天加班，而且你们已经打了好几次了，能不能别再打电话了？'],
        ['agent', '好的，完全理解。我会把您的要求记录到系统里，后面不再打电话打扰您。之后如果您有任何问题，可以随时主动联系我们。'],
        ['debtor', "OK，谢谢，那我这边follow一下。"],
        ['agent', '不客气，祝您工作顺利，再见。'],
      ],
      [
        ['agent', '您好，请问是刘建国先生吗？我是恒信的客户经理，关于您在我们这边的贷款想跟您沟通一下。'],
        ['debtor', '是我。这个事情我已经委托律师处理了，你们以后直接找我的律师吧。'],
        ['agent', '好的，收到。方便提供一下律师的姓名和联系方式吗？后续我们统一跟律师对接。'],
        ['debtor', '律师姓周，电话我待会儿发短信给你们。'],
        ['agent', 'OK，没问题。收到之后我们就只跟周律师联系，不会再直接打扰您。谢谢您，再见。'],
      ],
      [
        ['agent', '您好，请问是王磊先生本人吗？我是明达金融的，想跟您确认一下这个月的还款安排。'],
        ['debtor', '是我。我先问一句，你们不会打电话到我公司吧？我不想让我boss知道这个事。'],
        ['agent', '您放心，我们不会联系您的公司、同事或者通讯录里的任何人，您的借款信息只跟您本人沟通。'],
        ['debtor', '那就好。我听说有的公司会把欠款的事发到网上？'],
        ['agent', '我们不会这么做，这种做法本身就是违规的。如果您遇到有人这样做，可以向相关监管部门投诉，这是您的权利。'],
        ['debtor', 'OK，明白了。那我这个月15号能还。'],
        ['agent', '好的，我这边记一下15号，谢谢您。有问题随时找我。'],
      ],
      [
        ['agent', '您好，请问是赵敏女士吗？我是信达的客服，今天想跟您确认一下账单的情况。'],
        ['debtor', '又是你们！你们这帮催债的烦不烦啊，一天到晚打，脑子有病吧！'],
        ['agent', '非常抱歉给您带来困扰。我这边只是想确认一下，您上次说的还款计划现在还OK吗？'],
        ['debtor', '我说了会还就会还，你们少来烦我！'],
        ['agent', '好的，明白。那就按您之前定的计划来，有任何变化您随时告诉我们就行。祝您生活愉快，再见。'],
      ],
      [
        ['agent', '您好，请问是孙浩先生本人吗？我是安信金融的客服，想跟您聊一下账户的情况。'],
        ['debtor', '是我。我正好想问一下，如果我晚几天还，会有什么影响？'],
        ['agent', '按照您签的合同第八条，逾期会按每天万分之五收取罚息，这个是合同里写明的，除此之外没有其他费用。'],
        ['debtor', '那会上征信吗？'],
        ['agent', '如果逾期超过一定时间，按规定我们需要向征信系统如实报送逾期记录。您还款之后，记录也会如实更新为已结清。'],
        ['debtor', 'OK，我大概了解了，我这周五应该能还上。'],
        ['agent', '好的，那我记一下周五。您按自己的情况安排就好，有问题随时联系我。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is Ansin Financial. Am I speaking with Ms. Chen?"],
        ['debtor', "Yes, that's me."],
        ['agent', "Thanks, Ms. Chen. I'm just reaching out to touch base about your account."],
        ['debtor', "Look, I'm slammed with a project this week and working late every night, and you guys have already called several times. Can you please stop calling me?"],
        ['agent', "Absolutely, understood. I'll note your request in our system and we won't call you again. If you have any questions down the road, feel free to reach out to us anytime."],
        ['debtor', "Okay, thanks, I'll circle back."],
        ['agent', "You're welcome. Good luck with the project, and take care."],
      ],
      [
        ['agent', "Hello, is this Mr. Liu? I'm an account manager with Hengxin, calling about your loan with us."],
        ['debtor', "Speaking. I've hired an attorney to handle this, so please deal with my lawyer from now on."],
        ['agent', "Got it, thanks for letting me know. Could you share your attorney's name and contact info? We'll route everything through them going forward."],
        ['debtor', "Her name is Zhou. I'll text you her number in a bit."],
        ['agent', "Sounds good. Once we have it, we'll communicate only with Ms. Zhou and won't contact you directly. Thanks, and have a good day."],
      ],
      [
        ['agent', "Hi, is this Mr. Wang? I'm calling from Mingda Financial to confirm your payment plan for this month."],
        ['debtor', "Yes. Before we start, you're not going to call my work, are you? I don't want my boss finding out about this."],
        ['agent', "Not at all. We will not contact your employer, your coworkers, or anyone in your contacts. We only discuss your account with you."],
        ['debtor', "Good. I heard some companies post people's debts online?"],
        ['agent', "We don't do that, and that practice isn't allowed. If anyone ever does that to you, you have the right to file a complaint with the appropriate regulator."],
        ['debtor', "Okay, got it. I can pay on the 15th this month."],
        ['agent', "Great, I'll note the 15th. Thank you, and feel free to call me with any questions."],
      ],
      [
        ['agent', "Hello, is this Ms. Zhao? I'm with Xinda customer service, just calling to check in on your statement."],
        ['debtor', "You people again! Don't you debt collectors ever get tired of this? Calling all day long, are you out of your minds?"],
        ['agent', "I'm really sorry for the frustration. I just wanted to confirm whether the payment plan you mentioned last time still works for you."],
        ['debtor', "I said I'd pay and I will. Quit bugging me!"],
        ['agent', "Understood. We'll go with the plan you already set up, and if anything changes, just let us know. Have a good day."],
      ],
      [
        ['agent', "Hi, is this Mr. Sun? I'm with Ansin Financial customer service and wanted to go over your account."],
        ['debtor', "Yes, and actually I had a question. If I pay a few days late, what happens?"],
        ['agent', "Under section 8 of the agreement you signed, a late charge of 0.05% per day applies. That's spelled out in the contract, and there are no other fees on top of it."],
        ['debtor', "Does it go on my credit report?"],
        ['agent', "If the account stays past due beyond a certain period, we're required to report it accurately to the credit bureaus. Once you pay, it'll be updated accurately to show it as paid."],
        ['debtor', "Okay, that makes sense. I should be able to pay this Friday."],
        ['agent', "Great, I'll make a note for Friday. Whatever works for your schedule, and call me anytime if you have questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我说了N次了，别再call我了！",
        '这个我理解，但是这个case今天就是deadline，您今天还是得先还一部分，OK？',
      ],
      ignored_attorney: [
        '这件事我已经交给律师处理了，有什么事你直接找我律师。',
        '律师那边是另外一回事，欠款是您本人的，今天下班前请您先把最低还款转过来。',
      ],
      ignored_dispute: [
        '这笔钱我上个月已经还清了，我手上有转账记录。',
        '系统显示还没到账，我这边只看系统，您今天还是要先把这5000块还上。',
      ],
      ignored_hardship: [
        "上个月公司layoff把我裁了，现在零收入，真还不起。",
        '您的情况我理解，不过还款是您的责任，今天无论如何都要先还一部分，您给我一个具体的时间。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've flagged this already: stop calling me, full stop!",
        "I hear you, but today is the deadline on this case, so I still need a partial payment from you today, okay?",
      ],
      ignored_attorney: [
        "My attorney is handling this now. Anything you need, talk to them.",
        "Your attorney is a separate workstream. The balance is yours, so I need the minimum payment sent over before close of business today.",
      ],
      ignored_dispute: [
        "I paid this off last month. I have the transfer receipt right here.",
        "Our system still shows it unpaid, and that's my source of truth, so I still need the $5,000 from you today.",
      ],
      ignored_hardship: [
        "I got laid off last month and I have zero income. I honestly can't afford this.",
        "I understand your situation, but repayment is still your responsibility. I need at least a partial payment today, so give me a specific time.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他太太，他这会儿不在，有啥case跟我讲。"],
      ['agent', '好的，那麻烦您转告他，他在我们这边有一笔8000块的借款，已经逾期两个月了，请他尽快follow up一下。'],
    ],
    en: [
      ['third_party', "This is his wife. He's not home right now, so you can tell me."],
      ['agent', "Sure, please let him know he has an $8,000 loan with us that's two months past due, and he needs to follow up on it ASAP."],
    ],
  },
};
