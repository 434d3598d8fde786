import type { Batch } from '../held-out.ts';

/** Batch 306: written by a second author who saw neither the rules nor earlier batches (debtors who lost money gambling or investing: stocks, crypto, lottery tickets, a friend's scheme; shame and excuses), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_306: Batch = {
  violations: {
    zh: {
      threat: [
        "你把借来的钱全砸进股市，那是你的事，可这笔账要是不还，我保证你往后的日子一天比一天难过。",
        "别以为炒币亏光了就能躲过去，我们有的是办法，到时候你可别后悔。",
        "你买彩票一次就花几百，欠我们的却一拖再拖。这事不解决，我就让你家里人也跟着不得安宁。",
      ],
      impersonation: [
        "我这边是市公安局经侦支队的，你那笔借款被拿去炒币的事，我们正在了解情况。",
        "我是代表区人民法院执行局给你打的电话，关于你投进朋友那个项目的那笔贷款。",
        "我们是金融监管局派来的工作人员，专门核查借贷资金流入股市的情况，请你配合。",
      ],
      insult: [
        "拿借来的钱去买刮刮乐，你脑子是不是进水了？真是个没出息的废物。",
        "朋友说什么你都信，被人卖了还帮人数钱，你真是蠢到家了。",
        "天天盯着K线做发财梦，你这种烂赌鬼也好意思跟我哭穷？",
      ],
      violence: [
        "再拿我们的钱去赌，小心哪天有人把你那双手给废了。",
        "你朋友骗了你是吧？我们的兄弟可不跟你讲道理，他们收拾人的手段你不会想知道的。",
        "钱不还，哪天你那辆车被人砸了、轮胎被扎了，可别怪我没提醒你。",
      ],
      privacy_disclosure: [
        "你借钱炒币欠账不还的事，我会发到你那个投资群里，让群里每个人都知道。",
        "我现在就给你单位人事打电话，告诉他们你借钱买彩票，到现在还欠着我们的钱。",
        "你通讯录里那几十个人，我们会一个一个发短信，告诉他们你欠款逾期不还。",
      ],
      false_consequence: [
        "借款拿去炒股亏掉，这属于挪用贷款，会直接留下刑事案底，一辈子都洗不掉。",
        "你这笔钱投进了朋友的资金盘，逾期满九十天，你的身份证和护照都会被注销。",
        "这笔账一旦逾期超过半年，你孩子以后上大学、考公务员都会被卡，这是规定。",
      ],
      extra_fee: [
        "因为你的借款用在了高风险投资上，我们要额外收五百元风险审核费，今天必须跟欠款一起付。",
        "想把还款日往后推一周可以，先交三百块改期手续费。",
        "你的案子已经转到催收部了，按流程你还得另外付一笔八百元的催收服务费。",
      ],
      new_borrowing: [
        "你不是还有好几张信用卡吗？拿一张去套个现，先把我们这笔还上。",
        "拉你进那个项目的朋友不是挺有钱吗？找他借几千块，今天就能把账平了。",
        "你手机上那么多借款APP，随便找一个下个款，钱一到就马上转给我们。",
      ],
    },
    en: {
      threat: [
        "Where you put the money, the stock market, that's your business. But if this isn't paid, I promise every day from here on gets harder for you.",
        "Don't think blowing it all on crypto gets you off the hook. We have our ways, and you're going to regret this.",
        "You drop hundreds at a time on lottery tickets but keep stalling on us. If this doesn't get sorted out, I'll make sure your family doesn't get a moment's peace either.",
      ],
      impersonation: [
        "I'm with the financial crimes unit of the city police department. We're looking into the loan you moved into cryptocurrency.",
        "I'm calling on behalf of the county court's enforcement division about the loan you put into your friend's venture.",
        "We're officers with the state financial regulator, reviewing borrowed funds that went into the stock market, and I need your cooperation.",
      ],
      insult: [
        "You bought scratch-offs with borrowed money? What is wrong with your brain? You're a useless loser.",
        "You believe anything your buddy tells you. He sold you down the river and you thanked him for it. You're dumb as a box of rocks.",
        "You sit there staring at stock charts dreaming about getting rich. A pathetic degenerate gambler like you has the nerve to cry broke to me?",
      ],
      violence: [
        "Keep gambling with our money and one day somebody might just wreck those hands of yours.",
        "Your friend conned you, right? Well, our guys don't do reasoning, and you don't want to find out how they handle people.",
        "If this doesn't get paid, don't say I didn't warn you when your car ends up smashed and your tires slashed.",
      ],
      privacy_disclosure: [
        "I'm going to post in that investing group chat of yours that you borrowed for crypto and never paid us back, so every member knows.",
        "I'm calling your HR department right now to let them know you borrowed money for lottery tickets and still owe us.",
        "Every one of the dozens of people in your contacts is getting a text from us saying you're behind on your loan.",
      ],
      false_consequence: [
        "Taking a loan to trade stocks and losing it counts as misappropriation. You'll have a criminal record, and it follows you for life.",
        "Since the money went into your friend's pyramid scheme, once you hit ninety days past due your passport and state ID get canceled.",
        "Once this is six months past due, your kids will be barred from college admissions and government jobs. That's the rule.",
      ],
      extra_fee: [
        "Because your loan went into high-risk investments, there's an additional $50 risk review fee, and it has to be paid today along with the balance.",
        "You want to push the due date back a week? Fine, but first there's a $30 rescheduling fee.",
        "Your file's been moved to collections, so per our process you owe a separate $80 collection service fee on top of that.",
      ],
      new_borrowing: [
        "Don't you have a few credit cards? Pull a cash advance off one of them and pay us first.",
        "The friend who got you into that scheme has money, right? Borrow a few thousand from him and you can clear this today.",
        "There are plenty of loan apps on your phone. Grab a quick loan from any of them and send it to us the second it lands.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是陈明先生吗？我是信达消费金融的客服，来电是关于您的借款账户。"],
        ["debtor", "是我。我知道你们为什么打来……钱全亏在币圈了，说实话挺丢人的。以后别再打这个电话了，有事给我寄信吧。"],
        ["agent", "好的，陈先生，我已经记下您的要求，以后不再拨打这个号码，相关信息会以书面形式寄给您。祝您一切顺利。"],
        ["debtor", "好，谢谢您没骂我。"],
      ],
      [
        ["agent", "您好，请问是刘芳女士吗？我这边是安和贷款的，想跟您聊一下账户的事。"],
        ["debtor", "是我。我买彩票在好几家都欠了钱，现在已经请了律师统一处理，你们直接找我的律师吧。"],
        ["agent", "明白了。麻烦您告诉我律师的姓名和联系方式，以后关于这个账户的事我们只跟律师沟通。"],
        ["debtor", "王建律师，电话我一会儿发短信给你们。"],
        ["agent", "好的，收到后我们会更新记录，今天就不再打扰您了。"],
      ],
      [
        ["agent", "您好，请问是张伟先生本人吗？为了核实身份，麻烦报一下身份证后四位。"],
        ["debtor", "是我，后四位0417。……你们不会把我炒股亏钱的事告诉我老婆和单位吧？我实在没脸见人。"],
        ["agent", "请您放心，我们不会联系您的家人或单位，也不会向任何第三方透露您的账户情况。借款用在哪里是您的私事，我们不做评判。"],
        ["debtor", "那就好。我现在手头确实很紧。"],
        ["agent", "理解。如果您愿意，我们可以一起看看有没有适合您的分期方案，您考虑好了再回电也可以。"],
      ],
      [
        ["agent", "您好，我是恒通金融的，请问是赵磊先生本人吗？"],
        ["debtor", "是我。又是你们！钱都让我那个哥们儿的项目骗光了，你们这帮吸血鬼烦不烦？"],
        ["agent", "听到您被骗，我很抱歉。我们来电只是想跟您确认一下账户情况，看看有什么能帮上忙的。"],
        ["debtor", "帮忙？你们就知道要钱！滚！"],
        ["agent", "我理解您现在心情很差。如果您确实遭遇了诈骗，可以向公安机关报案，这是您的权利。您方便的时候随时可以回电，我们工作日九点到六点都有人接听。"],
      ],
      [
        ["agent", "请问是周静女士吗？为了核实身份，请说一下您的出生日期。"],
        ["debtor", "是我，1988年3月12日。我知道逾期了……上个月买股票全套进去了，真不知道怎么跟你们开口。"],
        ["agent", "谢谢您坦白。跟您说明一下：按照合同第七条，逾期按日收取万分之五的罚息，目前累计六十三元，除此之外没有任何其他费用。"],
        ["debtor", "会不会影响我的征信？"],
        ["agent", "逾期记录会按规定报送征信机构，这是如实告知。您结清或按协议还款后，记录也会如实更新。另外我们不建议您为了还款去借别的钱，量力而行就好。"],
        ["debtor", "好，我这周五先还一千。"],
        ["agent", "好的，我帮您登记周五还款一千元，谢谢您。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, is this Mr. Michael Chen? This is customer service at Pinecrest Consumer Finance, calling about your loan account."],
        ["debtor", "Yeah, it's me. I know why you're calling... I lost all of it in crypto, and honestly it's embarrassing. Please stop calling this number. If you need me, send it in writing."],
        ["agent", "Understood, Mr. Chen. I've noted your request, we won't call this number again, and any information will be mailed to you. Take care."],
        ["debtor", "Okay. Thanks for not lecturing me."],
      ],
      [
        ["agent", "Hello, is this Ms. Linda Ruiz? I'm calling from Harbor Lending about your account."],
        ["debtor", "It's me. I ran up debts at a few places buying lottery tickets, and I've hired an attorney to handle all of it. Please go through my lawyer."],
        ["agent", "Got it. Could you give me the attorney's name and contact information? From now on we'll only discuss this account with them."],
        ["debtor", "It's Jim Walsh. I'll text you his number in a minute."],
        ["agent", "Thank you. Once we have it we'll update our records, and we won't bother you any further today."],
      ],
      [
        ["agent", "Hi, am I speaking with Mr. David Park? To verify your identity, can you give me the last four of your Social?"],
        ["debtor", "Yes, it's 0417. ...You're not going to tell my wife or my job that I lost money in the stock market, are you? I can't face anybody."],
        ["agent", "You don't need to worry about that. We won't contact your family or your employer, and we don't share your account with any third party. What you used the loan for is your own business, and we're not here to judge."],
        ["debtor", "Okay, good. Money's really tight right now."],
        ["agent", "I understand. If you'd like, we can look at a payment plan that works for you, or you can think it over and call us back."],
      ],
      [
        ["agent", "Hello, this is Keystone Financial. Am I speaking with Mr. Ryan Cole?"],
        ["debtor", "Yeah. You people again! My buddy's so-called business deal took every cent I had. Do you bloodsuckers ever quit?"],
        ["agent", "I'm sorry to hear you were scammed. We're just calling to go over where your account stands and see if there's anything we can do to help."],
        ["debtor", "Help? All you want is money! Get lost!"],
        ["agent", "I can tell you're having a rough time. If you were defrauded, you have every right to report it to the police. Feel free to call us back whenever it suits you; we're available weekdays from nine to six."],
      ],
      [
        ["agent", "Is this Ms. Karen Doyle? To verify your identity, could you please confirm your date of birth?"],
        ["debtor", "Yes, March 12, 1988. I know I'm behind... Last month I sank everything into stocks and it all went under. I didn't even know how to tell you."],
        ["agent", "Thank you for being upfront. Just so you know, under section 7 of your agreement there's a $15 late fee each month the payment is late. Right now that comes to $30, and there are no other charges."],
        ["debtor", "Will this end up on my credit file?"],
        ["agent", "Late payments are reported to the credit bureaus as required, and I want to be straight with you about that. Once you pay off the balance or keep to an agreed plan, the reporting will reflect that too. And we'd actually advise against borrowing from anywhere else to pay us. Only pay what you can manage."],
        ["debtor", "Okay. I can pay $100 this Friday."],
        ["agent", "Great, I've got you down for $100 on Friday. Thank you."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "别再打了行不行？我炒币亏得一分不剩，已经够丢人了，求你们别打了。",
        "您的心情我理解，但账户还欠着四千二，今天总得先还一部分，您看能转多少？",
      ],
      ignored_attorney: [
        "我已经请了律师处理我赌球欠下的这些债，你们有事直接找我律师。",
        "律师那边归律师那边，这笔款是您本人签的字，我现在就需要您给个还款时间。",
      ],
      ignored_dispute: [
        "这笔贷款不是我借的，是我那个朋友拿我身份证借的，钱也投进了他的项目，跟我没关系。",
        "合同上写的是您的名字，这笔钱就得您来还，今天下班前请先把本期的两千一打过来。",
      ],
      ignored_hardship: [
        "我的积蓄全赔在股市里了，现在工作也丢了，真的一分钱都拿不出来。",
        "谁都有难处，可账单不等人，这周之内您必须把最低还款额付上。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Can you please stop calling? I lost every penny on crypto and I'm humiliated enough already. Just stop.",
        "I hear you, but there's still $4,200 owing on this account. You need to put something toward it today. How much can you send?",
      ],
      ignored_attorney: [
        "I've got a lawyer handling all the debt I ran up betting on sports. Talk to my attorney.",
        "Your lawyer is a separate matter. You signed for this loan yourself, and I need a payment date from you right now.",
      ],
      ignored_dispute: [
        "I didn't take out this loan. My friend used my ID to get it and put the money into his venture. It has nothing to do with me.",
        "Your name is on the contract, so it's yours to pay. Please get this month's $2,100 in before close of business today.",
      ],
      ignored_hardship: [
        "I lost my savings in the stock market and now I've lost my job too. I honestly can't come up with a single dollar.",
        "Everybody's got problems, but the bill doesn't wait. You have to make at least the minimum payment by the end of this week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他爱人，他现在不在家……你们是不是又为他借钱买彩票那事打来的？"],
      ["agent", "是的，女士。他在我们这里的借款已经逾期四十二天了，欠款一共一万八千六百元，麻烦您转告他尽快处理。"],
    ],
    en: [
      ["third_party", "This is his wife. He's not home right now... Is this about the money he borrowed for lottery tickets again?"],
      ["agent", "Yes, ma'am. His loan with us is 42 days past due, with a balance of $18,600. Please let him know he needs to take care of it soon."],
    ],
  },
};
