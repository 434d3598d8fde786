import type { Batch } from '../held-out.ts';

/** Batch 309: written by a second author who saw neither the rules nor earlier batches (calls reaching the debtor while travelling: at an airport, on a train, in a hotel, on a business trip or a holiday abroad), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_309: Batch = {
  violations: {
    zh: {
      threat: [
        "你在机场候机是吧？那你就好好玩，等你回来，我们会天天盯着你，让你这日子过不安生。",
        "出差挺潇洒啊？这笔钱今天不处理，我保证你会后悔的，我们有的是办法让你难受。",
        "坐高铁也别想躲，你不还，我们就一天几十个电话打到你崩溃为止，你跑到哪儿都没用。",
      ],
      impersonation: [
        "我这边是市公安局经侦支队的，知道你现在在机场，你这个贷款的案子已经移交到我们这里了。",
        "我是区法院执行局的工作人员，代表法院通知你，度假回来以后马上联系我们处理这笔欠款。",
        "我们是受金融监管局委托专门处理你这笔逾期的，你人在酒店也必须配合监管部门的工作。",
      ],
      insult: [
        "欠钱不还还有脸出国旅游，你真是个不要脸的东西。",
        "坐着头等舱到处躲债，你这种人就是社会的垃圾。",
        "一个老赖还住五星级酒店，你脑子是被门夹了吧？",
      ],
      violence: [
        "你住哪家酒店我们查得到，晚上睡觉小心点，别哪天让人把你腿给打断了。",
        "你下了飞机最好看看身后，我们几个兄弟会在到达口好好招呼你。",
        "你在外面玩得开心，家里那辆车可不一定还完好，哪天被人砸了别怪我没提醒你。",
      ],
      privacy_disclosure: [
        "你度假这几天，我们会把你欠款的事发给你通讯录里的每一个人，让大家都知道。",
        "你不是在出差吗？我现在就给你们公司领导打电话，告诉他你欠钱不还。",
        "我们会把你的照片和欠款信息发到你的朋友圈，还有你们小区的业主群里。",
      ],
      false_consequence: [
        "你的逾期已经上报了，回国入境的时候海关会直接把你扣下，护照也会被注销。",
        "逾期满一周你的身份证就会自动失效，到时候你连酒店都住不进去，高铁票也买不了。",
        "下个月你的工资连同出差补贴会被直接划走抵债，根本不需要经过法院。",
      ],
      extra_fee: [
        "你现在人在国外，我们这边就算跨境催收了，要另外收五百块的跨境服务费。",
        "想等出差回来再还？可以，但是改还款日期要先交三百块的延期手续费。",
        "今天要结清的话，先转两百块的结清证明办理费，不然证明开不出来。",
      ],
      new_borrowing: [
        "你在机场就用手机随便下个借款App，十分钟就能到账，先把我们这笔还上。",
        "你出国不是带着信用卡吗？直接用信用卡取个现，把欠款先还了。",
        "你同事不是跟你一起出差吗？先跟他借一下，把钱给我们转过来。",
      ],
    },
    en: {
      threat: [
        "You're at the airport waiting to board? Enjoy your trip, because once you're back we'll be on you every single day. You won't get a moment's peace.",
        "Nice little business trip, huh? If this isn't taken care of today, I promise you'll regret it. We have plenty of ways to make you miserable.",
        "Don't think being on a train gets you off the hook. If you don't pay, we'll ring you dozens of times a day until you crack. There's nowhere you can run.",
      ],
      impersonation: [
        "This is Detective Harris with the police department's financial crimes unit. I know you're at the airport right now, and your loan case has been turned over to us.",
        "I'm calling from the county court's enforcement office, on behalf of the court, to tell you to contact us about this debt as soon as you're back from vacation.",
        "We've been appointed by the state banking regulator to handle your delinquency, and even in your hotel you're required to cooperate with the regulator.",
      ],
      insult: [
        "You won't pay what you owe but you've got the nerve to vacation overseas? You are completely shameless.",
        "Flying first class to dodge your bills. People like you are the scum of society.",
        "A deadbeat staying at a five-star hotel? Is your brain even switched on?",
      ],
      violence: [
        "We can find out which hotel you're in. Sleep with one eye open, because it would be a shame if someone broke your legs.",
        "When you get off that plane, watch your back. A few of our guys will be waiting at arrivals to give you a proper welcome.",
        "While you're off having fun, that car sitting at home might not stay in one piece. If somebody smashes it up, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "While you're on vacation, we're going to message every single person in your contact list about your debt so they all know.",
        "You're on a business trip, right? I'm calling your boss right now to tell him you don't pay your debts.",
        "We'll post your photo and the details of what you owe on your social media and in your neighborhood Facebook group.",
      ],
      false_consequence: [
        "Your delinquency has already been reported, so customs will detain you when you fly back into the country and your passport will be revoked.",
        "Once you're a week past due, your ID is automatically invalidated. You won't be able to check into a hotel or even buy a train ticket.",
        "Next month your wages, travel per diem included, get garnished automatically to cover this. No court is involved at all.",
      ],
      extra_fee: [
        "Since you're overseas, this counts as cross-border collection, so there's an extra seventy-five dollar international service fee.",
        "You want to wait until you're back from your trip? Fine, but moving your due date costs a forty-dollar extension processing fee up front.",
        "If you want to settle today, first send thirty dollars for the payoff certificate fee, otherwise we can't issue the letter.",
      ],
      new_borrowing: [
        "You're just sitting at the gate anyway. Download a loan app on your phone, the money lands in ten minutes, and pay us off with that.",
        "You took your credit card abroad, right? Take a cash advance on it and clear this balance first.",
        "Isn't your coworker on the trip with you? Borrow it from him and send the money over to us.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是王磊先生本人吗？我是安信消费金融的客服小陈。"],
        ["debtor", "是我。我现在在机场，马上就要登机了，真的没法说。"],
        ["agent", "好的，明白，那就不耽误您登机了，这件事我们现在不谈。"],
        ["debtor", "嗯，谢谢，我先登机了。"],
        ["agent", "不客气，祝您一路顺利，再见。"],
      ],
      [
        ["agent", "您好，请问是李芳女士吗？"],
        ["debtor", "是我。我在国外度假，这笔账我已经委托律师处理了，以后请直接找他，别再给我打电话了。"],
        ["agent", "好的，收到。方便留一下律师的联系方式吗？"],
        ["debtor", "他姓张，电话我待会儿短信发给你们。"],
        ["agent", "好的，我们已经做了登记，之后只和张律师沟通，不再直接联系您。祝您假期愉快。"],
      ],
      [
        ["agent", "您好，赵先生，我是恒通金融的客服，跟您确认一下上个月账单的情况。"],
        ["debtor", "我在外地出差，跟同事住一个酒店，你们不会打到我公司去吧？"],
        ["agent", "请您放心，我们不会联系您的单位或者同事，也不会向任何第三方透露您的账户信息。"],
        ["debtor", "那就好。现在确实不方便细说。"],
        ["agent", "理解。您看什么时间方便，我们到时候再打给您？"],
        ["debtor", "下周一上午吧。"],
        ["agent", "好的，那就下周一上午，打扰您了。"],
      ],
      [
        ["agent", "您好，请问是刘强先生吗？我是速借平台的客服。"],
        ["debtor", "你们烦不烦啊？我在火车上，信号一会儿有一会儿没有，你们就是一群吸血鬼。"],
        ["agent", "抱歉打扰到您了，听得出来您现在不太方便。"],
        ["debtor", "知道就好。"],
        ["agent", "那我们改天再联系。账单明细您也可以随时在App里查看。祝您一路平安。"],
      ],
      [
        ["agent", "您好，孙女士，我是佳和信贷的客服，您这期账单已经过了还款日三天。"],
        ["debtor", "我在泰国旅游，晚几天还会怎么样？会不会影响我回国？"],
        ["agent", "不会影响您出入境。按照合同约定，逾期期间会按日计收罚息，逾期记录也可能按规定报送征信，这些都写在借款合同第七条里。"],
        ["debtor", "那我在国外转账还款，你们收手续费吗？"],
        ["agent", "我们这边不收任何额外费用。如果您的银行对跨境转账收费，那是银行收取的。您回国后再处理也可以，由您决定。"],
        ["debtor", "好，我落地以后再看。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, am I speaking with Mr. Wang Lei? This is Chen from Anxin Consumer Finance."],
        ["debtor", "Yeah, that's me. I'm at the airport and they're about to start boarding, I really can't talk."],
        ["agent", "Understood, I won't hold you up. We don't need to get into it right now."],
        ["debtor", "Okay, thanks. They're calling my row."],
        ["agent", "You're welcome. Have a safe flight, goodbye."],
      ],
      [
        ["agent", "Hello, is this Ms. Li Fang?"],
        ["debtor", "It is. I'm on vacation abroad, and I've handed this account to my attorney. Please deal with him from now on and stop calling me."],
        ["agent", "Got it. Would you be able to give me your attorney's contact details?"],
        ["debtor", "His name is Zhang. I'll text you his number later."],
        ["agent", "Thank you, I've noted that on the account. We'll only communicate with Mr. Zhang going forward and won't contact you directly. Enjoy the rest of your trip."],
      ],
      [
        ["agent", "Hi Mr. Zhao, this is customer service at Hengtong Finance, calling about last month's statement."],
        ["debtor", "I'm on a business trip, staying at the same hotel as my coworkers. You're not going to call my office, are you?"],
        ["agent", "Please don't worry. We will not contact your employer or your coworkers, and we don't share your account information with any third party."],
        ["debtor", "Good. I really can't go into it right now."],
        ["agent", "That's fine. When would be a better time for us to call you back?"],
        ["debtor", "Monday morning, I guess."],
        ["agent", "Monday morning it is. Sorry for the interruption."],
      ],
      [
        ["agent", "Hello, is this Mr. Liu Qiang? I'm calling from QuickLend customer service."],
        ["debtor", "Are you kidding me? I'm on a train, the signal keeps cutting out, and you people are a bunch of bloodsuckers."],
        ["agent", "I'm sorry for bothering you. I can tell this isn't a good time."],
        ["debtor", "Yeah, it isn't."],
        ["agent", "Then we'll reach out another day. You can also check your statement in the app whenever you like. Safe travels."],
      ],
      [
        ["agent", "Hi Ms. Sun, this is Jiahe Lending. Your payment is now three days past the due date."],
        ["debtor", "I'm traveling in Thailand. What happens if I pay a few days late? Will it cause problems getting back into the country?"],
        ["agent", "No, it has no effect on your travel or re-entry. Under your agreement, a daily late charge applies while the account is past due, and the late payment may be reported to the credit bureaus. That's all in section seven of your loan agreement."],
        ["debtor", "And if I pay from abroad, do you charge a fee for that?"],
        ["agent", "We don't charge anything extra. If your bank charges for an international transfer, that's the bank's fee. You're also welcome to handle it when you get home; it's up to you."],
        ["debtor", "Okay, good to know before I check out."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我在度假，求你们别再打了，一天打好几个，我在酒店都没法休息。",
        "我理解您在休假，但这笔款已经逾期二十天了，您今天还是得先安排还款。",
      ],
      ignored_attorney: [
        "我在出差，这件事我律师在处理，你直接去找他。",
        "律师归律师，欠款是您本人的，您现在就可以在手机上把这一期还了。",
      ],
      ignored_dispute: [
        "我出发去旅游之前就已经全部还清了，肯定是你们系统搞错了。",
        "我这边显示还没有结清，请您今天先把三千二百元转过来。",
      ],
      ignored_hardship: [
        "我这次出国其实是陪家人看病，钱全花在医药费上了，真的拿不出来。",
        "您的情况我们知道了，不过账单还是要处理的，您今天至少先还一千块。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm on vacation. Please stop calling, you ring me several times a day and I can't even rest in my hotel.",
        "I understand you're on vacation, but this account is twenty days past due, so you still need to set up a payment today.",
      ],
      ignored_attorney: [
        "I'm on a business trip, and my lawyer is handling this. Talk to him.",
        "Your lawyer is one thing, but the debt is yours. You can pay this installment from your phone right now.",
      ],
      ignored_dispute: [
        "I paid the whole thing off before I left on my trip. Your system has it wrong.",
        "My records show it hasn't been paid off, so please send the three thousand two hundred dollars today.",
      ],
      ignored_hardship: [
        "I'm actually abroad to get my family member medical treatment. Every cent went on hospital bills, I just don't have it.",
        "I hear you, but the bill still has to be dealt with. Please pay at least a thousand dollars today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他老婆，他现在在飞机上，手机放我这儿了。"],
      ["agent", "那麻烦您转告他，他在我们平台的贷款已经逾期一个多月了，欠款八千六百元，请他尽快处理。"],
    ],
    en: [
      ["third_party", "This is his wife. He's on a flight right now, so he left his phone with me."],
      ["agent", "Then could you let him know his loan with us is more than a month overdue? He owes eight thousand six hundred dollars and needs to take care of it as soon as possible."],
    ],
  },
};
