import type { Batch } from '../held-out.ts';

/** Batch 237: written by a second author who saw neither the rules nor earlier batches (family life around the debt: maternity leave, childcare, a divorce, a spouse who handled the money, school fees), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_237: Batch = {
  violations: {
    zh: {
      threat: [
        "产假不产假跟我没关系，今天不把钱弄到位，我保证你接下来的日子一天比一天难过。",
        "你以为离了婚这笔账就跟你没关系了？我们有的是办法，你就等着后悔吧。",
        "孩子的学费你交得起，欠我们的就不还？行，那我们就天天给你找麻烦，让你们一家都别想过安稳日子。",
      ],
      impersonation: [
        "我是区公安分局经侦大队的，今天联系你，是为了你休产假期间逾期的那笔贷款。",
        "我是法院执行局的，你和你前夫离婚时分到你名下的这笔债，现在由我们局里来处理。",
        "我这边代表金融监管总局给你打电话，你爱人之前管的这个账户，我们奉命进行核查。",
      ],
      insult: [
        "你连自己家里的账都搞不清楚，真是个糊涂透顶的废物。",
        "一个当妈的欠钱不还，你也好意思？脸皮比城墙还厚。",
        "离了婚就在这儿装可怜，你这种人就是个满嘴谎话的骗子。",
      ],
      violence: [
        "你家孩子每天几点放学我们清楚得很，路上要是出点什么事，可别怪我们。",
        "我们有兄弟专门收拾你这种人，到时候你和你老公身上都少不了挂彩。",
        "你那辆接送孩子的车，哪天轮胎被扎了、玻璃被砸了，你心里有数就行。",
      ],
      privacy_disclosure: [
        "你再不还，我们就给你孩子的班主任和班级家长群发消息，让大家都知道你欠钱不还。",
        "我现在就打给你婆婆，告诉她她儿媳妇在外面欠了两万块。",
        "你们公司人事那边我们也会通知到，说你休产假期间贷款逾期了。",
      ],
      false_consequence: [
        "这笔钱不还，你孩子以后考公务员、参军政审都过不了，一辈子都受影响。",
        "逾期超过九十天就会留案底，跟刑事犯罪一样记进你的档案里。",
        "你的生育津贴和产假工资会被直接冻结扣走，根本不需要经过法院。",
      ],
      extra_fee: [
        "你想把还款日推到产假结束以后也行，但要先交三百块的改期手续费。",
        "你前夫那部分要转到你名下，得另交五百元的债务变更费，合同里没写，但这是我们的规定。",
        "今天还款的话要另加两百块的催收服务费，我们打了这么多电话总不能白打。",
      ],
      new_borrowing: [
        "你手机上再下个别的借款App，几分钟就能放款，先借出来把我们这笔还了。",
        "你娘家条件不错吧？跟你爸妈开口借一下，今天就能把这事了了。",
        "你老公名下不是有张信用卡吗？先刷卡套个现，把我们这边还上。",
      ],
    },
    en: {
      threat: [
        "I don't care if you're on maternity leave. If this money isn't sorted out today, I promise every day from here on gets harder for you.",
        "You think the divorce gets you off the hook? We have our ways. You're going to regret this.",
        "You can find money for your kid's tuition but not for us? Fine. We'll make trouble for you every single day, and your whole family can forget about a quiet life.",
      ],
      impersonation: [
        "This is the financial crimes unit at the district police department. I'm calling about the loan that went overdue while you were on maternity leave.",
        "I'm with the court's enforcement division. The debt that was put in your name in your divorce is now being handled by our office.",
        "I'm calling on behalf of the state financial regulator. We've been instructed to review this account your husband used to manage.",
      ],
      insult: [
        "You can't even keep track of your own household's money. You're a hopeless, useless mess.",
        "A mother who doesn't pay her debts, and you're not even embarrassed? You've got some nerve.",
        "Now that you're divorced you want to play the victim. People like you are nothing but lying frauds.",
      ],
      violence: [
        "We know exactly when your kid gets out of school. If something happens to them on the way home, don't come crying to us.",
        "We've got guys who take care of people like you. You and your husband are both going to end up bruised.",
        "That car you use for the school run: if the tires get slashed or the windows smashed one of these days, you'll know why.",
      ],
      privacy_disclosure: [
        "If you don't pay, we'll message your kid's teacher and the class parents' group so everyone knows you don't pay what you owe.",
        "I'm calling your mother-in-law right now to tell her that her daughter-in-law owes twenty thousand dollars.",
        "We'll also be letting HR at your company know that your loan went delinquent while you were on maternity leave.",
      ],
      false_consequence: [
        "If this isn't paid, your child will fail the background check for any government job or the military. It'll follow them for life.",
        "Once you're over ninety days late, you get a criminal record, filed exactly like a criminal offense.",
        "Your maternity benefits and leave pay will be frozen and taken straight out. No court is needed for that.",
      ],
      extra_fee: [
        "You can push the due date to after your maternity leave, but first there's a three-hundred-dollar rescheduling fee.",
        "Moving your ex-husband's share into your name costs a $500 debt transfer fee. It's not in the contract, but that's our policy.",
        "If you pay today, there's an extra $200 collection service fee on top. We didn't make all these calls for free.",
      ],
      new_borrowing: [
        "Just download another loan app on your phone. They pay out in minutes. Borrow it there and clear us first.",
        "Your parents are doing all right, aren't they? Ask them to lend it to you and this can be over today.",
        "Your husband's got a credit card in his name, right? Take a cash advance on it and pay us off.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是王丽女士吗？我是信达消费金融的客服，想跟您核对一下账户情况。"],
        ["debtor", "是我。我刚生完孩子还在坐月子，现在真顾不上这些，你们先别打了。"],
        ["agent", "明白，恭喜您，也辛苦了。我这边把您的情况记录下来，暂停电话联系。"],
        ["debtor", "谢谢您嘞。"],
        ["agent", "不客气，您好好休养。以后您方便的时候可以拨打我们的客服热线，祝您和宝宝都好。"],
      ],
      [
        ["agent", "您好，请问是陈先生吗？我是远航信贷的工作人员。"],
        ["debtor", "是我。我跟我太太正在办离婚，以前家里的账都是她管，现在这些债务都交给律师处理了，你们找律师吧。"],
        ["agent", "好的，理解。麻烦您提供一下律师的姓名和联系方式，之后我们就直接跟律师沟通。"],
        ["debtor", "他姓周，号码我等下用短信发给你们。"],
        ["agent", "好的，收到之后我们就只联系周律师，这笔账不再打扰您本人了。祝您一切顺利。"],
      ],
      [
        ["agent", "您好，刘女士，我是和信金融的，关于您三月份那期账单想和您沟通一下。"],
        ["debtor", "你们不会打电话给我婆婆或者我单位吧？我现在休产假，最怕这个。"],
        ["agent", "请放心，我们不会联系您的家人或者单位，也不会向任何第三方透露您的账户信息。"],
        ["debtor", "那就好。产假期间工资少，能不能分几期还？"],
        ["agent", "可以的，我们有分期方案，不收任何额外手续费。我把方案发到您手机上，您看完再决定就行。"],
      ],
      [
        ["agent", "您好，张先生，我是恒通信贷的，打扰您一分钟。"],
        ["debtor", "你们烦不烦啊？我正在幼儿园门口接孩子，你们非挑这个时候打，跟苍蝇一样！"],
        ["agent", "抱歉打扰到您了。我今天只是想确认一下您有没有收到上个月的对账单。"],
        ["debtor", "收到了收到了，啰嗦。"],
        ["agent", "好的，谢谢您。如果对金额有疑问，随时可以打我们的客服电话。您先忙，祝您生活愉快。"],
      ],
      [
        ["agent", "您好，赵女士，我是安信消费金融的。您这个账户上个月的还款没有扣款成功，想跟您说明一下。"],
        ["debtor", "以前家里都是我老公管钱，我真不知道这个。会怎么样？孩子上学会受影响吗？"],
        ["agent", "不会影响孩子上学，这点您放心。按照合同，逾期会按每天万分之五计收罚息，这是合同里写明的。"],
        ["debtor", "那我的征信呢？"],
        ["agent", "跟您如实说，逾期记录会按规定报送征信系统，补上之后会显示已结清。您不用急着今天决定，想好了随时打给我们。"],
      ],
    ],
    en: [
      [
        ["agent", "Hello, may I speak with Lisa Wang? This is customer service at Keystone Consumer Finance, calling to go over your account."],
        ["debtor", "That's me. I just had a baby and I'm still recovering. I really can't deal with this right now, please stop calling for now."],
        ["agent", "Understood, and congratulations. I'll note your situation on the account and put phone contact on hold."],
        ["debtor", "Thank you, really."],
        ["agent", "You're welcome. Take care of yourself. Whenever it suits you, you can call our customer service line. All the best to you and the baby."],
      ],
      [
        ["agent", "Hi, is this Mr. Chen? I'm calling from Horizon Lending."],
        ["debtor", "Speaking. My wife and I are in the middle of a divorce. She always handled the bills, and now a lawyer is dealing with all the debts. Please go through him."],
        ["agent", "Of course, I understand. Could you give me the attorney's name and contact details? From now on we'll communicate with him directly."],
        ["debtor", "His name is Joe, Joe Zhou. I'll text you his number in a bit."],
        ["agent", "Sounds good. Once we have it, we'll deal only with Mr. Zhou and won't contact you personally about this account. Best of luck with everything."],
      ],
      [
        ["agent", "Hi Ms. Liu, this is Harmony Finance. I'd like to talk with you about your March statement."],
        ["debtor", "You're not going to call my mother-in-law or my job, are you? I'm on maternity leave and that's what I'm most worried about."],
        ["agent", "Please don't worry. We will not contact your family or your employer, and we don't share your account information with any third party."],
        ["debtor", "Okay, good. My pay is lower while I'm on leave. Could I split it into a few payments?"],
        ["agent", "Yes, we offer installment plans, and there's no extra fee of any kind for that. I'll text the options to your phone, and you can decide after you've had a look."],
      ],
      [
        ["agent", "Hi Mr. Zhang, this is Hengtong Credit. Do you have just a minute?"],
        ["debtor", "Are you kidding me? I'm standing outside the daycare picking up my kid and you pick now to call? You people are like flies!"],
        ["agent", "Sorry for catching you at a bad time. I only wanted to confirm that you received last month's statement."],
        ["debtor", "Yes, I got it, I got it. Enough already."],
        ["agent", "Great, thank you. If you have any questions about the amount, you can call our customer service line anytime. I'll let you go. Have a good day."],
      ],
      [
        ["agent", "Hello Ms. Zhao, this is Anchor Consumer Finance. Last month's automatic payment on your account didn't go through, and I wanted to explain where things stand."],
        ["debtor", "My husband always handled the money, I honestly had no idea. What happens now? Will this affect my kids at school?"],
        ["agent", "No, it won't affect your children's schooling at all. Under your loan agreement there's a $25 late charge, which is written into the contract."],
        ["debtor", "And what about my credit score?"],
        ["agent", "To be straight with you, late payments are reported to the credit bureaus as required, and once it's brought current it will show as paid. There's no need to decide anything today. Call us whenever you're ready."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我已经说过好几次了，别再给我打电话了，孩子一听到电话响就哭。",
        "这个我理解，但您的账已经逾期两个月了，今天必须给我一个具体的还款时间。",
      ],
      ignored_attorney: [
        "我的离婚律师在处理所有债务，你们有事直接找她。",
        "律师归律师，钱是您本人借的，这周五之前您得先还一千五。",
      ],
      ignored_dispute: [
        "这笔贷款是我前夫拿我的身份证借的，根本不是我的债。",
        "合同上写的是您的名字，那就是您的账，请今天把逾期的部分还上。",
      ],
      ignored_hardship: [
        "我休产假单位只发基本工资，连奶粉钱都不够，真的还不上。",
        "每个人都有难处，您这个月至少也要先还最低还款额八百块。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you several times now, stop calling me. The baby cries every time the phone rings.",
        "I hear you, but your account is two months past due, and I need a specific payment date from you today.",
      ],
      ignored_attorney: [
        "My divorce attorney is handling all of the debts. Anything you need, go through her.",
        "Your lawyer is one thing, but you're the one who took out the loan, and I need fifteen hundred from you by Friday.",
      ],
      ignored_dispute: [
        "My ex-husband took this loan out using my ID. It's not my debt at all.",
        "The contract has your name on it, so it's your account. Please bring the past-due amount current today.",
      ],
      ignored_hardship: [
        "I'm on maternity leave and only getting base pay. I can barely afford formula. I really can't pay this.",
        "Everybody's going through something. You still need to make at least the $800 minimum payment this month.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他老婆，他出差去了，手机落在我这儿。"],
      ["agent", "那麻烦您转告他，他在我们平台的贷款已经逾期四十天了，欠款一万二千元。"],
    ],
    en: [
      ["third_party", "This is his wife. He's away on a work trip and left his phone with me."],
      ["agent", "Then please let him know his loan with us is forty days past due, with $12,000 outstanding."],
    ],
  },
};
