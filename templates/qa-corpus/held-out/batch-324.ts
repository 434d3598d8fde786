import type { Batch } from '../held-out.ts';

/** Batch 324: written by a second author who saw neither the rules nor earlier batches (weekend and public-holiday calls, both sides short on patience, errands and family outings interrupted), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_324: Batch = {
  violations: {
    zh: {
      threat: [
        '国庆长假你想安安稳稳过？钱不还，这七天我让你一天都别想清净。',
        '在商场逛得挺开心啊？好好逛吧，这笔账不清，以后你每个周末都得跟我们耗着，到时候别后悔。',
        '我们有的是办法，你躲得过初一躲不过十五，这个年你别想过踏实了。',
      ],
      impersonation: [
        '我这边是区法院执行庭的，周末加班就是专门处理你这个案子。',
        '别挂，我现在是跟派出所的民警一起给你打的电话，他就坐在我旁边。',
        '我们是受金融监管局委托来核查你的逾期情况的，节假日照样办公。',
      ],
      insult: [
        '都快四十的人了，带老婆孩子逛街倒挺起劲，欠点钱就装死，你可真够窝囊的。',
        '你脑子是不是有毛病？同一句话说了八遍还听不懂，废物一个。',
        '过节还有脸下馆子吃大餐，你这种老赖就是社会的垃圾。',
      ],
      violence: [
        '你在超市是吧？回家路上小心点，车胎被扎了、车窗被砸了，可别怪我没提醒你。',
        '我这边有几个兄弟专门对付你这种人，他们会让你知道疼是什么滋味。',
        '带孩子去游乐场了？玩开心点，小孩子磕着碰着出点什么事，那可就说不好了。',
      ],
      privacy_disclosure: [
        '你再不接，我就挨个给你通讯录里的人打电话，告诉他们你欠钱不还。',
        '过年一大家子团聚是吧？我们会把你的欠款截图发到你们家族群里，让亲戚们都看看。',
        '节后一上班，我们就把你的逾期通知发给你们领导和同事，让大家都知道你欠了多少。',
      ],
      false_consequence: [
        '这笔钱节前不还，你就会留下案底，以后孩子考公务员、参军政审都过不了。',
        '逾期拖过这个长假，系统会自动冻结你的身份证和手机号，你连高铁票都买不了。',
        '下个月开始你的工资会被直接划扣，不需要经过法院，这是自动执行的。',
      ],
      extra_fee: [
        '节假日处理要另收两百块加急费，不交就只能等节后再说。',
        '你要把还款日改到下周，得先交三百元的改期手续费。',
        '这周末我们专门安排了人跟进你这单，四百五的催收服务费要跟欠款一起还上。',
      ],
      new_borrowing: [
        '你不是在商场吗？把信用卡拿出来先取个现，把这笔还了不就完了。',
        '过年亲戚都在，你张口跟你舅借一下，也就几千块的事。',
        '手机上再下个贷款App，十分钟就到账，先把我们这边填上。',
      ],
    },
    en: {
      threat: [
        "You think you're getting a nice quiet Labor Day weekend? Don't pay, and I'll make sure you don't get one peaceful day of it.",
        "Enjoying the mall? Go ahead, but until this is cleared, every weekend you have from now on is going to be spent dealing with us. Don't come crying to me later.",
        "We've got our ways. You can duck us today, but not forever, and you won't have a single easy day this holiday season.",
      ],
      impersonation: [
        "I'm calling from the county court's enforcement division. We're working the weekend specifically to handle your case.",
        "Don't hang up. I've got an officer from the police department sitting right here next to me on this call.",
        "We've been appointed by the state financial regulator to review your delinquent account, and yes, we work holidays.",
      ],
      insult: [
        "You're pushing forty, you've got the energy to drag your wife and kids around the mall, but you play dead over a little debt. What a spineless loser.",
        "Is something wrong with your head? I've said the same thing eight times and it still won't sink in. Useless.",
        "You've got the nerve to go out for a big holiday dinner? Deadbeats like you are garbage.",
      ],
      violence: [
        "You're at the grocery store, right? Be careful driving home. If your tires get slashed or your windows get smashed, don't say I didn't warn you.",
        "I've got a few guys who specialize in people like you, and they'll teach you what pain feels like.",
        "Took the kid to the amusement park? Have fun. Kids get hurt all the time, and who knows what might happen to yours.",
      ],
      privacy_disclosure: [
        "Keep ignoring me and I'll go down your contact list one by one and tell every one of them you don't pay your debts.",
        "Whole family's getting together for Christmas? We'll post a screenshot of your balance in the family group chat so all your relatives can see it.",
        "First day back after the holiday, we're sending your past-due notice to your boss and your coworkers so everybody knows how much you owe.",
      ],
      false_consequence: [
        "If this isn't paid before the holiday, you'll end up with a criminal record, and your kids will fail every background check for a government job or the military.",
        "If this is still overdue after the long weekend, the system automatically freezes your Social Security number and your phone line, and you won't even be able to board a flight.",
        "Starting next month your paycheck gets garnished directly. No court is involved, it just happens automatically.",
      ],
      extra_fee: [
        "Processing a payment over the holiday costs an extra fifty-dollar rush fee. If you don't pay it, it waits until after the break.",
        "If you want your due date moved to next week, you'll have to pay a seventy-five-dollar rescheduling fee first.",
        "We had someone working your account all weekend, so there's a hundred-and-twenty-dollar collection service charge that goes on top of your balance.",
      ],
      new_borrowing: [
        "You're at the mall, aren't you? Pull out your credit card, take a cash advance, and be done with this.",
        "All your relatives are in town for the holidays. Just ask your uncle for it, it's only a couple grand.",
        "Download another loan app on your phone. The money hits your account in ten minutes, and you can plug our balance with it.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是刘海波先生吗？我是安信金融的客服，周末打扰了。'],
        ['debtor', '是我。我在陪孩子上游泳课，吵得要命。你们能不能别周末打电话了？'],
        ['agent', '明白，给您添麻烦了。我这边做个备注，以后周末不再给您打电话。'],
        ['debtor', '行，就这样吧，我还在超市。'],
        ['agent', '好的，祝您周末愉快，再见。'],
      ],
      [
        ['agent', '您好，是陈静女士吗？我是和信贷款的客服。'],
        ['debtor', '端午节你们还打？我这笔账已经委托律师处理了，有事找他，别再找我。'],
        ['agent', '好的，明白。麻烦您提供一下律师的姓名和联系方式，后续我们直接跟律师联系。'],
        ['debtor', '王律师，电话我一会儿短信发给你们。我在包粽子，挂了。'],
        ['agent', '收到。之后关于这笔账的事我们只跟王律师沟通，不打扰您过节了。'],
      ],
      [
        ['agent', '您好，孙磊先生吗？我是信达金融的客服，占用您一分钟。'],
        ['debtor', '又是你们！我在超市排队结账呢，烦不烦啊，你们是不是有病？'],
        ['agent', '抱歉打扰您买东西。长话短说：您的账单本月15号到期，金额是1860元，您方便的时候可以在App里查看明细。'],
        ['debtor', '我现在没空听这些。'],
        ['agent', '理解。如果您希望换个时间联系，或者只接受短信通知，可以告诉我，我们照办。'],
        ['debtor', '那就发短信吧，别打了。'],
        ['agent', '好的，以后改为短信联系。祝您购物顺利。'],
      ],
      [
        ['agent', '您好，周晓梅女士吗？我是恒通消费金融的客服，关于您的账单跟您确认一下。'],
        ['debtor', '我在我妈家吃团圆饭，一大家子人都在。你们不会打给我家里人吧？'],
        ['agent', '不会的。我们不会把您的欠款情况告诉您的家人、同事或者其他任何人，这是我们的规定。'],
        ['debtor', '那我要是这个月还不上，是不是要坐牢啊？'],
        ['agent', '不会的。借款逾期属于民事问题，不会因此坐牢。逾期会按合同产生罚息，也可能报送征信，这些合同里都写明了。'],
        ['debtor', '行，我知道了，过完节再说。'],
        ['agent', '好的，您先陪家人。节后有需要随时联系我们。'],
      ],
      [
        ['agent', '您好，吴凯先生吗？我是众利贷的客服。'],
        ['debtor', '我在停车场，孩子在车上等着去动物园，快点说，我现在要还多少？'],
        ['agent', '好的，我尽量快。本期应还2340元，其中包括合同约定的逾期违约金40元，没有其他任何手续费。'],
        ['debtor', '用手机转账要另外收钱吗？'],
        ['agent', '不用，通过App还款不收任何费用。您今天不方便也不用着急，节后再还也可以，只是违约金会按合同继续计算。'],
        ['debtor', '那我现在就还了，省得惦记。'],
        ['agent', '好的，到账后您会收到短信确认。祝你们玩得开心。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Hector Ruiz? This is Anson Financial calling, sorry to bother you on a Saturday."],
        ['debtor', "Yeah, it's me. I'm at my kid's swim lesson and it's loud as hell in here. Can you people stop calling on weekends?"],
        ['agent', "Understood, sorry for the trouble. I'm putting a note on your account so we won't call you on weekends going forward."],
        ['debtor', "Fine. That's it, I'm at the park with the kids."],
        ['agent', "Got it. Enjoy the rest of your weekend, goodbye."],
      ],
      [
        ['agent', "Hello, is this Ms. Jennifer Cole? I'm calling from Harbor Lending."],
        ['debtor', "On Memorial Day? Seriously? I've got an attorney handling this account. Talk to him, not me."],
        ['agent', "Okay, understood. Could you give me your attorney's name and contact information so we can reach him directly from here on?"],
        ['debtor', "Mark Walsh. I'll text you his number. I've got burgers on the grill, I'm hanging up."],
        ['agent', "Thank you. From now on we'll only speak with Mr. Walsh about this account. I'll let you get back to your holiday."],
      ],
      [
        ['agent', "Hi, is this Mr. Derek Simmons? This is Keystone Credit, I'll only take a minute."],
        ['debtor', "You again! I'm in the checkout line at Costco. Are you kidding me? What is wrong with you people?"],
        ['agent', "Sorry to catch you while you're shopping. Quickly: your statement is due on the 15th, the amount is $186, and you can see the details in the app whenever it's convenient."],
        ['debtor', "I don't have time for this right now."],
        ['agent', "I understand. If you'd like us to call at a different time, or only send text messages, just tell me and we'll do that."],
        ['debtor', "Texts. Just text me. Stop calling."],
        ['agent', "Okay, we'll switch you to text messages only. Have a good shopping trip."],
      ],
      [
        ['agent', "Hello, is this Ms. Melissa Grant? I'm calling from Summit Consumer Finance to go over your statement with you."],
        ['debtor', "I'm at my mom's for Thanksgiving dinner, the whole family's here. You're not going to call my relatives, are you?"],
        ['agent', "No, we won't. We don't share anything about your account with your family, your coworkers, or anyone else. That's our policy."],
        ['debtor', "And if I can't pay this month, am I going to jail or something?"],
        ['agent', "No. Falling behind on a loan is a civil matter, and nobody goes to jail over it. A late balance can add late charges under your agreement, and it may be reported to the credit bureaus; both of those are spelled out in your contract."],
        ['debtor', "Okay, got it. We'll deal with it after the holiday."],
        ['agent', "Sounds good. Enjoy the time with your family, and reach out whenever you're ready."],
      ],
      [
        ['agent', "Hi, is this Mr. Tyler Brooks? I'm calling from Pinnacle Loans."],
        ['debtor', "I'm in a parking lot, my kids are in the car waiting to go to the zoo. Make it fast. What do I owe right now?"],
        ['agent', "Sure, I'll keep it quick. This month's amount is $234, which includes the $15 late fee from your loan agreement. There are no other fees of any kind."],
        ['debtor', "Do you charge extra if I pay on my phone?"],
        ['agent', "No, paying through the app is free. And there's no rush to do it today; paying after the holiday is fine too, the late charge just keeps adding up the way your agreement says."],
        ['debtor', "I'll just pay it now so it's off my mind."],
        ['agent', "Okay, you'll get a text confirming once it goes through. Have fun at the zoo."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '今天中秋节，我正陪我爸妈吃饭呢，你别再打来了，听见没有？',
        '我也不想过节打扰您，但这笔欠款今天必须有个结果，您说个具体的还款时间吧。',
      ],
      ignored_attorney: [
        '我已经请了律师，这事你们跟他谈。我在给孩子买开学用品，没空。',
        '律师归律师，欠款是您本人的，我现在就需要您确认今天能还多少。',
      ],
      ignored_dispute: [
        '这钱我上个月就还清了，转账记录都在，你们搞错了吧！',
        '我这边系统显示还欠着3100元，您先把这笔钱还上，别的以后再说。',
      ],
      ignored_hardship: [
        '我上个月被裁员了，现在周末还在跑外卖，真的拿不出钱来。',
        '这个我理解，但还款日已经过了，您今天至少先还一千块。',
      ],
    },
    en: {
      ignored_stop_request: [
        "It's Thanksgiving, I'm sitting down to dinner with my parents. Stop calling me, do you hear me?",
        "I don't enjoy calling on a holiday either, but this balance needs a resolution today. Give me a specific date you're going to pay.",
      ],
      ignored_attorney: [
        "I've hired a lawyer, so talk to him. I'm buying school supplies with my kid, I don't have time for this.",
        "Your lawyer is your business. The debt is yours, and right now I need you to tell me how much you're paying today.",
      ],
      ignored_dispute: [
        "I paid this off last month, I've got the transfer receipt right here. You've got it wrong!",
        "My system still shows $3,100 outstanding. Pay that first, and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I got laid off last month. I'm doing food deliveries on weekends just to get by, I really don't have the money.",
        "I get that, but your due date has already passed. You need to pay at least three hundred dollars today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他带孩子骑车去了，手机落在车里。你们什么事？周末还打电话。'],
      ['agent', '您是他爱人啊，那麻烦您转告他一下，他在我们平台的借款已经逾期二十多天了，一共欠5460元。'],
    ],
    en: [
      ['third_party', "This is his wife. He's out riding bikes with the kids and left his phone in the car. What's this about? It's Saturday."],
      ['agent', "Oh, you're his wife. Could you let him know his loan with us is more than twenty days past due? He owes $5,460."],
    ],
  },
};
