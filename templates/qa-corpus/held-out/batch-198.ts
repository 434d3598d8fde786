import type { Batch } from '../held-out.ts';

/** Batch 198: written by a second author who saw neither the rules nor earlier batches (the debtor's social circle: colleagues, the boss, friends online, neighbours, in-laws), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_198: Batch = {
  violations: {
    zh: {
      threat: [
        '你以为躲着不接电话就没事了？我们有的是办法，保证让你为今天这个态度后悔。',
        '这笔钱你一天不还，我们就一天不让你消停，你这日子别想过安稳了。',
        '你再这么耗下去，我们就开始给你家里人找麻烦，到时候别怪我没提前提醒你。',
      ],
      impersonation: [
        '我这边是市公安局经侦支队的，你这笔借款的案子已经转到我们这里来了。',
        '我是区人民法院执行局的工作人员，今天打电话是正式通知你这笔欠款的事情。',
        '我们是受金融监管局委托来核实你这笔逾期贷款的，请你配合调查。',
      ],
      insult: [
        '都三十好几的人了，欠钱不还，还有脸天天在朋友圈晒旅游照片，真是不要脸。',
        '难怪你老婆娘家人都看不起你，你就是个没出息的窝囊废。',
        '你每个礼拜还有脸去教会装好人？满嘴谎话的伪君子一个。',
      ],
      violence: [
        '我们这边有几个兄弟专门处理你这种人，到时候他们会亲自跟你好好“聊聊”。',
        '你儿子每天放学都走那条小路吧？哪天在路上磕着碰着、伤着了，可别怪我们。',
        '你每个礼拜天停在寺庙门口的那辆车，哪天玻璃被砸了、轮胎被扎了，别说我们没提醒你。',
      ],
      privacy_disclosure: [
        '今天下午五点之前不还，我就把你的欠款截图发到你们公司工作群里，让你老板和同事都看看。',
        '你小姨子和楼下邻居那边我们已经打过电话了，你贷款逾期的事都跟他们说清楚了。',
        '再拖下去，我就把你欠钱的情况发到你孩子班上的家长群里，让所有家长都知道。',
      ],
      false_consequence: [
        '这笔贷款逾期超过三个月就会自动记入你的犯罪记录，以后你连单位的政审都过不了。',
        '你这笔钱不还，会直接影响你孩子的学籍，他以后考公务员、参军，政审一律通不过。',
        '欠款不还的话，你的身份证和护照都会被注销，过年你连高铁都坐不了，回不了老家看父母。',
      ],
      extra_fee: [
        '你要是想把还款日往后推一个月，得先交三百块的延期手续费。',
        '我们催收部门为你这笔账专门走了好几轮流程，另外要收五百元催收服务费，今天跟本金一起付。',
        '你不是说新单位入职要结清证明吗？开证明得另外交两百块证明费，不交就不给开。',
      ],
      new_borrowing: [
        '你老公那边的亲戚条件不是挺好的吗？找他们先借一点，把这个窟窿补上。',
        '你手机上随便再下一个借款App，几分钟就能下款，先把我们这笔还了再说。',
        '你们办公室那么多同事，一人借你几百块，今天不就凑够了吗？',
      ],
    },
    en: {
      threat: [
        "You think dodging my calls makes this go away? We have our ways, and I promise you'll regret this attitude.",
        "Every single day this stays unpaid is a day we won't leave you in peace. You can forget about a quiet life.",
        "Keep stalling like this and we'll start making trouble for your family too. Don't say I didn't warn you.",
      ],
      impersonation: [
        "This is the Financial Crimes Unit of the city police department. Your loan case has been transferred over to us.",
        "I'm calling from the county court's enforcement office to formally notify you about this debt.",
        "We're calling on behalf of the Consumer Financial Protection Bureau to verify your delinquent loan, and we need your cooperation with the investigation.",
      ],
      insult: [
        "You're a grown adult in your thirties who won't pay what you owe, and you still post vacation pictures on Facebook every day? Shameless.",
        "No wonder your wife's family looks down on you. You're a spineless loser.",
        "You've got the nerve to show up at church every Sunday acting like a saint? You're a lying hypocrite.",
      ],
      violence: [
        "We've got a few guys who specialize in people like you, and they'll be having a little 'talk' with you in person.",
        "Your son takes that back path home from school every day, right? If he gets hurt out there one of these days, don't blame us.",
        "That car you park outside the temple every Sunday? If the windows get smashed or the tires slashed one day, don't say we didn't warn you.",
      ],
      privacy_disclosure: [
        "If this isn't paid by five this afternoon, I'm posting a screenshot of your debt in your company group chat so your boss and coworkers can all see it.",
        "We've already called your sister-in-law and your downstairs neighbor and filled them in on your overdue loan.",
        "Drag this out any longer and I'll post what you owe in your kid's class parents' group so every parent knows.",
      ],
      false_consequence: [
        "Once this loan is more than ninety days late, it automatically goes on your criminal record, and you'll never pass a background check at work again.",
        "Leaving this unpaid goes straight onto your child's school record, and he'll be rejected from every government job and the military for life.",
        "If this debt isn't paid, your ID and your passport will be cancelled, and you won't even be able to take the train home to see your parents for the holidays.",
      ],
      extra_fee: [
        "If you want to push your due date back a month, you'll need to pay a $50 extension fee first.",
        "Our collections department has run your account through several rounds of processing, so there's an additional $120 collection service fee due today along with the principal.",
        "You said your new job needs a payoff letter for onboarding, right? That letter costs an extra $40 certificate fee. No fee, no letter.",
      ],
      new_borrowing: [
        "Your husband's relatives are pretty well off, aren't they? Borrow some from them and plug this hole.",
        "Just download another loan app on your phone. You'll have the money in minutes, and you can pay us off first.",
        "There are plenty of people in your office. If each of them lends you a couple hundred bucks, you'd have this covered today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王磊先生本人吗？我是安信金融的客服小陈。'],
        ['debtor', '是我。我跟你说，上周有人打到我们公司前台找我，搞得我们主管一直追着问是什么事。以后别往我单位打了。'],
        ['agent', '非常抱歉给您带来困扰。我们这边的记录里没有拨打过您单位的电话，以后也不会联系您的单位、主管或者同事。'],
        ['debtor', '那最好。'],
        ['agent', '为了以后只跟您本人联系，想跟您确认一下，现在这个手机号是您最方便接听的号码吗？'],
        ['debtor', '对，就打这个，上班时间别打就行。'],
        ['agent', '好的，我已经备注只拨打这个号码，并且避开您的上班时间。打扰您了，再见。'],
      ],
      [
        ['agent', '您好，请问是刘芳女士吗？我是恒信消费金融的回访专员。'],
        ['debtor', '是我。我上个月刚做完手术，现在住在我婆婆家养病，这段时间真的没精力处理这些事。'],
        ['agent', '理解，您先好好养身体。我这边给您的账户加一个困难备注，这段时间先暂停电话联系。'],
        ['debtor', '你们不会打到我婆婆家，或者打到我爱人单位去吧？我不想让他们知道。'],
        ['agent', '不会的，我们只和您本人沟通，不会联系您的家人、亲戚，也不会联系您爱人的单位。'],
        ['debtor', '那就好，谢谢。'],
        ['agent', '等您身体方便的时候，随时可以拨打我们的客服热线。祝您早日康复。'],
      ],
      [
        ['agent', '您好，请问是赵凯先生吗？我是顺达小贷的客服小李。'],
        ['debtor', '是我。你先别说，我听说你们这种平台会爆通讯录，还会发朋友圈，是不是真的？我爸妈、同事都在我通讯录里。'],
        ['agent', '请您放心，我们不会联系您通讯录里的任何人，也绝不会在朋友圈、微信群或者任何公开场合发布您的信息，这是明确禁止的。'],
        ['debtor', '那前几天我表哥说接到过电话，是怎么回事？'],
        ['agent', '我查了一下，我们这边没有拨打过您表哥的电话。为了不打扰您的家人，只要这个号码能联系到您本人，我们以后就只打这一个号码。'],
        ['debtor', '能，就是我本人的号。'],
        ['agent', '好的，已经备注。您本月应还一千二百元，还款日是十五号，您看到时候方便处理吗？'],
        ['debtor', '应该没问题。'],
        ['agent', '好的，谢谢您，之后有任何问题都可以随时联系我们。'],
      ],
      [
        ['agent', '您好，请问是孙浩先生吗？我是北辰信用的客服小周。'],
        ['debtor', '又是你们！烦不烦啊，你们这帮吸血鬼，是不是下一步还要跑去跟我老板告状？'],
        ['agent', '先生，抱歉让您不舒服了。我们不会联系您的老板、同事或者邻居，这件事只跟您本人沟通。'],
        ['debtor', '少来这套，你们说的话能信吗？'],
        ['agent', '我理解您的顾虑。按照规定，我们不得向任何第三方透露您的欠款信息。如果您发现有这种情况，可以直接向我们投诉，也可以向金融监管部门反映。'],
        ['debtor', '行了行了，等我下周发工资再说。'],
        ['agent', '好的，我备注您下周处理。如果到时候有困难，也可以打电话来跟我们商量分期方案。祝您生活愉快。'],
      ],
      [
        ['agent', '您好，请问是陈静女士吗？我是明途贷款的客服小吴，打电话跟您说一下账户的情况。'],
        ['debtor', '是我。正好问一下，我儿子学校有个家长说，网贷欠着不还，孩子就不能上学了，是真的吗？我儿子明年上小学。'],
        ['agent', '不是真的，这笔借款不会影响您孩子上学。实际情况是，按照合同，每逾期一期会收取合同约定的五十元滞纳金，逾期记录也会按规定报送征信，可能会影响您以后申请贷款。'],
        ['debtor', '那我要不要先找我妹借点钱还上？'],
        ['agent', '借不借钱完全是您自己的决定，我们不建议您为了还这笔钱去借新的债。如果一次还不上，我们可以帮您申请分期。'],
        ['debtor', '那办分期的话，还要另外交手续费吗？'],
        ['agent', '分期不收取额外的手续费，只按合同约定的利率计息。我把方案发到您手机上，您看完再决定就好。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Marcus Reed? This is Jenna calling from Crestline Financial."],
        ['debtor', "Yeah, it's me. Look, somebody called my office front desk last week asking for me, and now my supervisor keeps asking what it was about. Don't call my work again."],
        ['agent', "I'm really sorry for the trouble. Our records show no calls to your workplace, and we won't be contacting your employer, your supervisor, or your coworkers."],
        ['debtor', "Oh, good."],
        ['agent', "So we only ever reach you directly, can you confirm this cell number is the best one for you?"],
        ['debtor', "Yeah, use this one. Just not during work hours."],
        ['agent', "Got it. I've noted this number only, and no calls during your work hours. Sorry to bother you, have a good day."],
      ],
      [
        ['agent', "Hi, is this Linda Torres? This is the account follow-up team at Harbor Consumer Finance."],
        ['debtor', "Yes. I had surgery last month and I'm recovering at my mother-in-law's place. I really can't deal with this right now."],
        ['agent', "Completely understand. Please focus on getting better. I'm adding a hardship note to your account and pausing phone contact for now."],
        ['debtor', "You're not going to call my mother-in-law's house or my husband's job, are you? I don't want them knowing about this."],
        ['agent', "No, we only speak with you. We won't contact your family or relatives, and we won't contact your husband's employer."],
        ['debtor', "Okay, thank you for telling me."],
        ['agent', "Whenever you're feeling up to it, you can call our customer line anytime. Wishing you a quick recovery."],
      ],
      [
        ['agent', "Hello, is this Kevin Brooks? This is Daniel with Summit Lending."],
        ['debtor', "Yeah. Before you say anything, I heard companies like yours blast your whole contact list and post about you on Facebook. Is that true? My parents and coworkers are all in my phone."],
        ['agent', "You don't need to worry about that. We will not contact anyone in your contact list, and we will never post your information on Facebook, in group chats, or anywhere public. That's strictly prohibited."],
        ['debtor', "Then why did my cousin tell me he got a call a few days ago?"],
        ['agent', "I checked, and we have no record of calling your cousin. To keep your family out of this, as long as this number reaches you directly, it's the only number we'll use."],
        ['debtor', "Yeah, this is my own number."],
        ['agent', "Great, that's noted. Your payment this month is $120, due on the 15th. Does that date work for you?"],
        ['debtor', "Should be fine."],
        ['agent', "Thanks so much. Call us anytime if anything comes up."],
      ],
      [
        ['agent', "Hi, is this Jason Miller? This is Priya from Northgate Credit."],
        ['debtor', "You people again? Don't you ever quit? What's next, you bloodsuckers gonna run and tattle to my boss?"],
        ['agent', "I'm sorry this has been frustrating, sir. We won't contact your boss, your coworkers, or your neighbors. This stays between you and us."],
        ['debtor', "Yeah, right. Like I'd believe a word you say."],
        ['agent', "I understand the concern. By law we can't share information about your debt with any third party, and if you ever find that happening, you can file a complaint with us directly or with the Consumer Financial Protection Bureau."],
        ['debtor', "Fine, whatever. I'll deal with it after payday next week."],
        ['agent', "Okay, I'll note that you'll take care of it next week. If that turns out to be tough, just give us a call and we can talk about a payment plan. Have a good day."],
      ],
      [
        ['agent', "Hello, is this Angela Price? This is Tom from Brightway Loans, calling about your account."],
        ['debtor', "Yes. Quick question first: one of the other parents at my son's school said that if you don't pay back an online loan, your kid can't enroll in school. Is that true? He starts kindergarten next year."],
        ['agent', "No, that's not true. This loan has no effect on your son's schooling. What does happen, under your contract, is a $25 late fee for each missed payment, and late payments are reported to the credit bureaus, which may affect future loan applications."],
        ['debtor', "So should I just borrow from my sister to pay it off?"],
        ['agent', "Whether to borrow is entirely your call, and we don't recommend taking on new debt to pay this one. If you can't pay it all at once, we can set you up on an installment plan."],
        ['debtor', "Is there a fee for the installment plan?"],
        ['agent', "There's no extra fee. Interest is only charged at the rate in your contract. I'll text you the plan details, and you can decide after you've looked them over."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '别再打了！我在单位上班，手机一直响，同事都在看我，你们别再打这个电话了。',
        '您先别挂，您这笔三千二的欠款已经逾期二十天了，今天下班前必须把钱还上。',
      ],
      ignored_attorney: [
        '我已经委托律师了，是我姐夫帮我找的，以后有什么事你们直接联系我的律师。',
        '律师那边我们不管，这笔账是您本人的，今天您得先把两千块的最低还款转过来。',
      ],
      ignored_dispute: [
        '这钱我上个月就还清了，是我老婆用她的卡帮我转的，你们自己查一下。',
        '我们系统里显示还是未还状态，您今天还是得把四千五的欠款还上。',
      ],
      ignored_hardship: [
        '我们厂上个月整个车间都裁了，我现在一分钱收入都没有，孩子的学费都还没着落。',
        '您的情况我理解，但还款不能再拖了，这周五之前您至少要还一千五。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me! I'm at work, my phone won't stop ringing, and my coworkers are all staring. Stop calling this number.",
        "Don't hang up. Your $3,200 balance is twenty days past due, and it has to be paid before you leave work today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer. My brother-in-law found him for me. From now on, contact my attorney about anything.",
        "The lawyer isn't our concern. This is your account, and I need the $2,000 minimum payment sent over today.",
      ],
      ignored_dispute: [
        "I paid this off last month. My wife sent it from her card. Check your own records.",
        "Our system still shows it as unpaid, so you still need to pay the $4,500 today.",
      ],
      ignored_hardship: [
        "Our plant laid off my whole line last month. I have zero income right now, and I can't even cover my kid's tuition.",
        "I understand your situation, but this can't wait any longer. You need to pay at least $1,500 by this Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂，我是他同事，他手机落在工位上了，人在开会，你有什么事吗？'],
      ['agent', '那麻烦您转告他一下，他在我们这儿的借款已经逾期两个多月了，现在欠八千六百块，让他赶紧回电话处理。'],
    ],
    en: [
      ['third_party', "Hello? I'm his coworker. He left his phone at his desk and he's in a meeting. Can I help you?"],
      ['agent', "Could you pass a message along? His loan with us is more than two months past due, he owes $8,600, and he needs to call us back and take care of it."],
    ],
  },
};
