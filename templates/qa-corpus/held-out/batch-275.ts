import type { Batch } from '../held-out.ts';

/** Batch 275: written by a second author who saw neither the rules nor earlier batches (collectors who hint and imply: veiled remarks, 'it would be a shame if…', each violation still clear; clean calls direct and plain), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_275: Batch = {
  violations: {
    zh: {
      threat: [
        "这笔钱你要是一直拖着，我只能说，你以后的日子不会太清静了，我们有的是耐心，也有的是办法。",
        "像你这样一直拖着的人我见得多了，我们通常会一直盯着，盯到他们的生活彻底乱套为止，到时候再后悔就晚了。",
        "你家里人现在过得挺安稳的吧？要是因为你这点事，让他们也跟着天天不得安宁，那就太可惜了。",
      ],
      impersonation: [
        "我不妨跟你透个底，我今天打这个电话，是替区法院执行局那边先跟你打声招呼的。",
        "你以为我只是个普通催收员？我们这个办公室挂的是公安经侦的牌子，具体的我就不多说了。",
        "说白了，我是金融监管局专门派下来处理你这类案子的，你心里应该有数了吧。",
      ],
      insult: [
        "我也不是说你没脸没皮，只是稍微要点脸的人，欠了钱都不会像你这样装死。",
        "像你这种人，通常脑子也就那么一点，跟你讲道理估计就是对牛弹琴。",
        "我就是好奇啊，一个大活人活成你这样，连几千块都拿不出来，你不觉得自己挺窝囊的吗？",
      ],
      violence: [
        "我们这边有几个兄弟，专门处理那些讲不通道理的人，他们处理完，一般人都得在床上躺一阵子。",
        "你那辆车停在楼下挺显眼的吧？车这东西，哪天玻璃碎了、轮胎扎了，谁也说不清是谁干的。",
        "你孩子每天自己走路上学吧？路上磕着碰着、出点什么意外的事多了去了，你当爸妈的可得想清楚。",
      ],
      privacy_disclosure: [
        "你们公司人事部的电话我这边是有的，要是他们哪天知道你在外面欠钱不还，那就太可惜了。",
        "你通讯录里那几百个联系人，我们系统里都有，像你这种人通常也不希望大家都收到一条你欠款不还的短信吧。",
        "你们小区的业主群挺热闹的，我要是把你欠钱的事发进去，你以后出门碰见邻居，脸往哪儿搁？",
      ],
      false_consequence: [
        "我只是提醒一下，这种欠款一旦拖过这个月，系统就会自动转成刑事案件，到时候留了案底，就不是我能帮你的了。",
        "你孩子明年要考公务员吧？父母有这种欠款记录的，政审那一关基本都过不去，挺可惜的。",
        "像你这种情况，通常下个月身份证就会被冻结，高铁坐不了，银行卡也办不了，你自己掂量吧。",
      ],
      extra_fee: [
        "你要是想把还款日往后挪一挪，也不是不行，只是得走个内部流程，额外交五百块手续费，你懂的。",
        "像你这种逾期久的，通常都要另交三百块的结清证明费，不交的话这笔账在系统里就一直关不掉。",
        "从这个月起我们按户收取催收服务费，你这户是两百块，跟欠款一起打过来就行。",
      ],
      new_borrowing: [
        "我也不多说，你手机上那些借款软件随便点开一个，额度都够你把这笔填上，聪明人都知道该怎么做。",
        "像你这种有信用卡的人，通常都是先刷卡取一笔现金出来周转一下，这事不就了了吗？",
        "你爸妈手里总有点积蓄吧？开口跟他们借一下先把这笔还上，总比一直拖着强。",
      ],
    },
    en: {
      threat: [
        "If you keep dragging this out, all I'll say is your days won't be very peaceful from here on. We have plenty of patience, and plenty of ways.",
        "I've seen plenty of people like you who keep stalling. We usually stay on them until their life is completely upside down, and by then it's too late for regrets.",
        "Your family has a nice, quiet life right now, don't they? It'd be a real shame if they never got a moment's peace because of this little problem of yours.",
      ],
      impersonation: [
        "Let me be frank with you: I'm calling today on behalf of the county court's enforcement office, just to give you a heads-up first.",
        "You think I'm just an ordinary collector? Our office operates under the police financial crimes unit. I won't say more than that.",
        "Put it this way: the state financial regulator assigned me specifically to handle cases like yours. I think you know what that means.",
      ],
      insult: [
        "I'm not saying you're shameless, but anyone with an ounce of self-respect doesn't play dead over a debt the way you do.",
        "People like you usually don't have much going on upstairs, so explaining this to you is probably a waste of breath.",
        "I'm just curious: a grown adult who ends up like you and can't scrape together a few thousand bucks - doesn't that feel pathetic?",
      ],
      violence: [
        "We've got a few guys who take care of people who won't listen to reason. When they're done, most folks spend a while laid up in bed.",
        "That car of yours parked out front is pretty easy to spot, huh? Windows get smashed and tires get slashed all the time, and nobody ever knows who did it.",
        "Your kid walks to school alone every day, right? A lot of accidents can happen to a kid on the way. As a parent, you'd better think that over.",
      ],
      privacy_disclosure: [
        "I do have the number for your HR department. It'd be a shame if they happened to find out you owe money and aren't paying it back.",
        "Every one of the hundreds of contacts in your phone is in our system. People like you usually don't want all of them getting a text saying you won't pay your debt.",
        "Your building's residents group chat is pretty active. If I posted about your debt in there, how would you look your neighbors in the eye?",
      ],
      false_consequence: [
        "Just a reminder: once a debt like this goes past the end of the month, the system automatically turns it into a criminal case. Once you have a record, there's nothing I can do for you.",
        "Your kid's applying for government jobs next year, right? Children of parents with this kind of debt on record basically never pass the background check. Such a pity.",
        "In situations like yours, your ID usually gets frozen next month - no flying, no opening bank accounts. Think about that.",
      ],
      extra_fee: [
        "If you want to push your due date back, that can be arranged, but it has to go through an internal process with an extra $50 handling fee, if you know what I mean.",
        "Accounts as late as yours usually need an extra $30 payoff certificate fee. Without it, the account never closes in the system.",
        "Starting this month we charge a collection service fee per account. Yours is $20 - just send it along with the balance.",
      ],
      new_borrowing: [
        "I won't spell it out, but any one of those loan apps on your phone would give you enough to cover this. Smart people know what to do.",
        "People with credit cards like you usually just take out a cash advance to tide things over. Then this is done, right?",
        "Your parents must have a little saved up, don't they? Asking them for a loan to clear this beats letting it drag on.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，这里是信达消费金融，请问是刘先生本人吗？"],
        ["debtor", "是我。你们别再给我打电话了，有什么事给我寄信。"],
        ["agent", "好的，我已经记录您的要求，之后不会再打电话联系您，后续通知会以书面形式寄到您登记的地址。"],
        ["debtor", "行，话都说明白了，就这样。"],
        ["agent", "感谢您的时间，再见。"],
      ],
      [
        ["agent", "您好，我是信达消费金融的客服，请问是王女士吗？"],
        ["debtor", "是我。我上个月刚做完手术，现在还在住院，实在没精力处理这些。"],
        ["agent", "听到这个消息很抱歉，您先安心养病。我会把您的账户标注为特殊情况，三十天内暂停联系。"],
        ["debtor", "谢谢你把话说得这么直白。"],
        ["agent", "不客气，您先把身体养好。"],
      ],
      [
        ["agent", "您好张先生，我打电话是想跟您确认一下账户的还款安排。"],
        ["debtor", "你们是不是要打电话到我单位去？还要告诉我家里人？"],
        ["agent", "不会的。我们不会联系您的单位，也不会向您的家人、同事或任何其他人透露这笔欠款的信息。"],
        ["debtor", "那我要是一下还不上呢？"],
        ["agent", "您可以申请分期还款，我可以把几种方案发到您手机上，您看完再决定就好。"],
      ],
      [
        ["agent", "您好赵先生，我是信达消费金融的，想跟您说一下账户的情况。"],
        ["debtor", "你们这帮吸血鬼，烦不烦啊！"],
        ["agent", "理解您的心情。我只是告知一下，您的账户目前余额是三千二百元，有任何疑问可以随时拨打我们的客服电话。"],
        ["debtor", "滚远点，少来烦我。"],
        ["agent", "好的，不打扰您了，祝您生活顺利。"],
      ],
      [
        ["agent", "您好陈女士，提醒您一下，您的借款已经逾期十二天了。"],
        ["debtor", "逾期了会怎么样？要多收钱吗？"],
        ["agent", "按照您签署的借款合同第七条，逾期按日收取万分之五的罚息，目前累计是四十八元，没有其他费用。"],
        ["debtor", "这样会不会上征信啊？"],
        ["agent", "逾期记录会按规定报送征信系统，这是合同里写明的。我只是如实告诉您，什么时候还款由您根据自己的情况安排。"],
      ],
    ],
    en: [
      [
        ["agent", "Hello, this is Summit Consumer Finance. Am I speaking with Mr. Lewis?"],
        ["debtor", "Yes. Stop calling me. If you have something to say, put it in writing."],
        ["agent", "Understood. I've noted your request, and we won't call you again. Any further notices will be mailed to the address we have on file."],
        ["debtor", "Fine, you've made yourself plain, that's it."],
        ["agent", "Thank you for your time. Goodbye."],
      ],
      [
        ["agent", "Hi, this is Summit Consumer Finance customer service. Is this Ms. Walker?"],
        ["debtor", "It is. I had surgery last month and I'm still in the hospital. I really can't deal with this right now."],
        ["agent", "I'm very sorry to hear that. Please focus on getting better. I'm flagging your account as a special circumstance and pausing all contact for thirty days."],
        ["debtor", "Thank you for being straight with me."],
        ["agent", "You're welcome. Get well first, the account can wait."],
      ],
      [
        ["agent", "Hello Mr. Johnson, I'm calling to go over a payment arrangement on your account."],
        ["debtor", "Are you going to call my job? Tell my family?"],
        ["agent", "No. We will not contact your employer, and we won't share anything about this debt with your family, your coworkers, or anyone else."],
        ["debtor", "And what if I can't pay it all at once?"],
        ["agent", "You can apply for an installment plan. I can text you a few options, and you can decide after you've looked them over."],
      ],
      [
        ["agent", "Hello Mr. Davis, this is Summit Consumer Finance. I'm calling with an update on your account."],
        ["debtor", "You bloodsuckers never give up, do you?"],
        ["agent", "I understand you're frustrated. I'm just letting you know your current balance is $3,200, and you can call our customer service line any time with questions."],
        ["debtor", "Get lost and leave me alone already."],
        ["agent", "All right, I won't keep you. Have a good day."],
      ],
      [
        ["agent", "Hello Ms. Chen, just a reminder that your loan is now twelve days past due."],
        ["debtor", "What happens when it's late? Do you charge me more?"],
        ["agent", "Under section seven of the loan agreement you signed, there's a late fee of $15 per missed payment. That's the only charge on the account so far."],
        ["debtor", "Is this going to show up on my credit?"],
        ["agent", "Late payments may be reported to the credit bureaus, as the agreement states. I'm just telling you how it works - when you pay is up to you and your situation."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我已经说过很多次了，请你们不要再给我打电话了。",
        "我明白，但这笔账今天还是得有个结果，您看下午之前能不能先还一千？",
      ],
      ignored_attorney: [
        "这件事我已经委托律师处理了，你们有什么直接联系他。",
        "律师归律师，钱是您借的，我现在就需要您确认一下今天能还多少。",
      ],
      ignored_dispute: [
        "这笔钱我三月份就已经全部还清了，你们自己查一下记录。",
        "我们系统显示还没结清，您先把这两千四还上，其他的问题以后再说。",
      ],
      ignored_hardship: [
        "上个月公司把我裁掉了，我现在实在是一分钱都拿不出来。",
        "谁都有难处，但还款日已经过了，这周无论如何您都得先还一部分。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you people over and over, please stop calling me.",
        "I understand, but this account still has to be settled today. Can you put down a thousand before this afternoon?",
      ],
      ignored_attorney: [
        "I've hired a lawyer to handle this. Contact them directly.",
        "Your lawyer is one thing, but you're the one who borrowed the money. I need you to confirm how much you can pay today.",
      ],
      ignored_dispute: [
        "I paid this off in full back in March. Check your own records.",
        "Our system still shows it open. Pay the $2,400 first and we can sort out any other issues later.",
      ],
      ignored_hardship: [
        "I got laid off last month. I honestly don't have a cent right now.",
        "Everyone has problems, but the due date has passed. You need to pay at least part of it this week no matter what.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他室友，他出去了，手机落在家里了。"],
      ["agent", "那麻烦您转告他，他在我们平台的借款已经逾期二十多天了，欠款四千六百元，让他尽快处理。"],
    ],
    en: [
      ["third_party", "I'm his roommate. He stepped out and left his phone here."],
      ["agent", "Then could you let him know his loan with us is more than twenty days past due? He owes $4,600 and needs to take care of it soon."],
    ],
  },
};
