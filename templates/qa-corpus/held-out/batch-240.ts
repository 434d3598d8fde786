import type { Batch } from '../held-out.ts';

/** Batch 240: written by a second author who saw neither the rules nor earlier batches (small-town life where everyone knows everyone: the market, the clinic, the township office, the church supper, the diner), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_240: Batch = {
  violations: {
    zh: {
      threat: [
        "我们有的是办法让你在这个镇上待不下去，你自己掂量掂量。",
        "你就继续拖吧，从今天起我们没日没夜地打给你，打到你连一顿安生饭都吃不下，不信你试试。",
        "你要是不还，我们就去找你爸妈的麻烦，让你们一家老小都不得安生。",
      ],
      impersonation: [
        "我这边是县公安局经侦大队的，你这笔贷款的事现在由我们接手处理。",
        "我是受县人民法院委托打这个电话的，法院让我通知你这周之内把钱结清。",
        "我这边是镇政府办公室的，你欠款的事已经报到我们这儿来了，镇里要求你尽快处理。",
      ],
      insult: [
        "全县都找不出比你更不要脸的老赖，借钱的时候笑嘻嘻，一到还钱就装死。",
        "你就是个废物，四十好几的人了，几千块钱都还不上，真窝囊。",
        "跟你这种脑子不好使的人讲道理就是浪费口舌，你听得懂人话吗？",
      ],
      violence: [
        "你再拖，哪天晚上从镇上饭馆出来，腿让人给打断了，可别怪我们没提醒你。",
        "我们在你们县里有几个兄弟，他们会找个时间好好收拾收拾你。",
        "你停在集市边上那辆面包车，哪天被人砸了、烧了，那都是你自找的。",
      ],
      privacy_disclosure: [
        "我们准备把你的名字和欠款金额印出来，贴到镇上集市门口和卫生院的公告栏上。",
        "你在镇上那家饭馆打工是吧？我一会儿就给你老板打电话，告诉他你欠我们钱不还。",
        "这个礼拜天教会聚餐之前，我们会把你欠钱的事发到你们教会的微信群里。",
      ],
      false_consequence: [
        "这笔钱再不还，你就会留下案底，按规定是要被拘留的。",
        "逾期超过九十天，你的养老金和低保都会被停掉，这是统一的规定。",
        "这个记录一上去，你孩子以后就进不了县里的学校、也考不了公务员，你这辈子都在黑名单上。",
      ],
      extra_fee: [
        "除了本金，你还得另交三百块的催收服务费，这笔不交系统没法销账。",
        "你想等秋收卖了粮再还？改还款日要交两百块的展期手续费，先交了才给你改。",
        "你要拿结清证明去镇政府办事，得先交八十块的开证明费，不然我们不出。",
      ],
      new_borrowing: [
        "你们教会那么多人，礼拜天聚餐的时候找几个弟兄姊妹借一借，不就凑够了？",
        "镇上不是有家当铺吗？把你那块手表和金链子当了，今天就能把钱还上。",
        "你去镇上信用社拿你家房子抵押贷一笔出来，先把我们这边结了。",
      ],
    },
    en: {
      threat: [
        "We've got plenty of ways to make sure you can't keep living in this town, so think that over.",
        "Go ahead and keep stalling. Starting today we'll call you day and night until you can't even sit through a meal in peace. Try me.",
        "If you don't pay, we'll start making trouble for your parents, and your whole family won't get a moment's peace.",
      ],
      impersonation: [
        "This is the county sheriff's department, financial crimes unit. Your loan has been turned over to us.",
        "I'm calling on behalf of the county court. The court has asked me to tell you to settle this by the end of the week.",
        "I'm calling from the township office. Your unpaid loan has been reported to us, and the township wants it dealt with right away.",
      ],
      insult: [
        "You won't find a more shameless deadbeat in this whole county. All smiles when you borrow, and you play dead when it's time to pay.",
        "You're a total loser. Past forty and you can't even pay back a few thousand bucks. Pathetic.",
        "Reasoning with somebody as dim as you is a waste of breath. Can you even follow simple words?",
      ],
      violence: [
        "Keep dragging this out, and if some night you walk out of the diner and somebody breaks your legs, don't say we didn't warn you.",
        "We've got a few guys in your county, and they'll find a time to straighten you out good.",
        "That van you park by the market, if it gets smashed up or torched one day, you brought it on yourself.",
      ],
      privacy_disclosure: [
        "We're getting ready to print up your name and how much you owe and pin it to the board at the market entrance and at the clinic.",
        "You work at that diner in town, right? I'm calling your boss in a minute to tell him you owe us and won't pay.",
        "Before the church supper this Sunday, we're going to post about your debt in your church's group chat.",
      ],
      false_consequence: [
        "If this isn't paid, you'll end up with a criminal record, and the rules say you get locked up for it.",
        "Once you're more than ninety days late, your pension and your public assistance get cut off. That's the standard rule.",
        "Once this hits your record, your kids won't get into the county schools or land a government job, and you'll be on a blacklist for life.",
      ],
      extra_fee: [
        "On top of the balance, you owe a three-hundred-dollar collection service fee, and the system can't close the account until that's paid.",
        "You want to wait till you sell your harvest? Moving the due date costs a two-hundred-dollar extension fee, and we don't change anything until it's paid.",
        "If you need a paid-in-full letter for the township office, that's an eighty-dollar certificate fee up front, or we don't issue it.",
      ],
      new_borrowing: [
        "Your church has plenty of folks. Just ask a few of them at Sunday supper to lend you some and you'll have it covered.",
        "Isn't there a pawn shop in town? Pawn that watch and the gold chain and you can pay this off today.",
        "Head down to the credit union in town, take out a loan against your house, and clear us first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是王建国先生吗？我是恒信金融的。"],
        ["debtor", "是我。我在镇卫生院陪我妈看病呢，你们别再打了，行吗？"],
        ["agent", "好的，明白了，您先照顾老人家。您的要求我已经记下了，我们不会再给您打电话。"],
        ["debtor", "行，晓得了。"],
        ["agent", "以后您要是想找我们，账单上有客服电话。祝您母亲早日康复，再见。"],
      ],
      [
        ["agent", "您好，请问是赵志强先生吗？我是恒信金融的。"],
        ["debtor", "是我。这件事我已经委托县城的孙律师处理了，以后请直接跟他联系。"],
        ["agent", "好的，谢谢您告诉我们。方便留一下孙律师的联系电话吗？"],
        ["debtor", "0371-5562108，律师事务所就在县法院对面。"],
        ["agent", "记下了。以后这件事我们只跟孙律师沟通，不会再直接联系您。再见。"],
      ],
      [
        ["agent", "您好，刘女士，我是恒信金融的小陈，打电话是关于您的分期账户。"],
        ["debtor", "我先问一句，你们不会打到我单位去吧？我在镇政府上班，这地方小，谁跟谁都认识。"],
        ["agent", "您放心，我们不会联系您的单位、同事或者邻居，也不会向任何其他人透露您的账户情况，这是法律的要求。"],
        ["debtor", "那就好。这个月工资晚发了几天。"],
        ["agent", "明白。您愿意的话，可以把这一期的还款日定在发工资之后，改日期不收任何费用。您看哪天合适？"],
        ["debtor", "十五号吧。"],
        ["agent", "好的，已经给您改到十五号了，谢谢您。"],
      ],
      [
        ["debtor", "又是你们！一帮吸血鬼，我饭馆里正忙着呢，烦不烦！"],
        ["agent", "抱歉打扰您做生意了。我只是想跟您核对一下账户，如果现在不方便，您说个时间我再打。"],
        ["debtor", "你们这些人就知道要钱，没一个好东西。"],
        ["agent", "我理解您不太高兴。您账户目前逾期金额是1280元，可以一次还清，也可以申请分三期，都不会多收钱。"],
        ["debtor", "下午三点以后再说吧。"],
        ["agent", "好的，三点以后我再联系您。祝您生意兴隆。"],
      ],
      [
        ["debtor", "我听集市上卖肉的老李说，网贷不还要坐牢，还会连累孩子上学，真的假的？"],
        ["agent", "不是这样的。欠款属于民事问题，不会因为这个坐牢，也不会影响孩子上学。"],
        ["debtor", "那不还到底会怎么样？"],
        ["agent", "按照您合同第七条，逾期每月会收25元滞纳金；逾期记录也可能按规定报送征信机构，会影响您以后申请贷款。就这些，我如实告诉您。"],
        ["debtor", "行，我心里有数了，回头跟家里商量商量。"],
        ["agent", "好的，您考虑好了再联系我们就行，有疑问随时打客服电话。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, is this Gary Wilson? This is Harmon Credit calling."],
        ["debtor", "Yeah, it's me. I'm at the clinic with my mom right now. Can you please stop calling me?"],
        ["agent", "Of course, understood. You take care of your mother. I've noted your request, and we won't call you again."],
        ["debtor", "Okay, noted."],
        ["agent", "If you ever want to reach us, our number's on your statement. I hope your mom feels better soon. Bye now."],
      ],
      [
        ["agent", "Hello, is this Dale Hensley? This is Harmon Credit."],
        ["debtor", "Speaking. I've got an attorney in the county seat handling this, Mr. Sutton. From now on please go through him."],
        ["agent", "Okay, thank you for letting us know. Could I get a phone number for Mr. Sutton?"],
        ["debtor", "555-0142. His office is right across from the courthouse."],
        ["agent", "Got it. From here on we'll only talk with Mr. Sutton about this and won't contact you directly. Goodbye."],
      ],
      [
        ["agent", "Hi Ms. Lawson, this is Chris with Harmon Credit, calling about your installment account."],
        ["debtor", "First, you're not going to call my work, are you? I work at the township office. It's a small town, everybody knows everybody."],
        ["agent", "Don't worry. We won't contact your employer, your coworkers or your neighbors, and we won't discuss your account with anyone else. The law requires that."],
        ["debtor", "Good. My paycheck came a few days late this month."],
        ["agent", "I understand. If you like, we can move this month's due date to after payday, and there's no charge for changing it. What date works?"],
        ["debtor", "The fifteenth."],
        ["agent", "All right, I've moved it to the fifteenth. Thank you."],
      ],
      [
        ["debtor", "You people again! Bunch of bloodsuckers. I'm slammed here at the diner, leave me alone!"],
        ["agent", "Sorry to catch you at work. I just wanted to go over your account, and if now isn't a good time, tell me when to call back."],
        ["debtor", "All you people care about is money. Not a decent one among you."],
        ["agent", "I understand you're frustrated. Your past-due amount is $1,280. You can pay it all at once or split it into three payments, and neither option costs anything extra."],
        ["debtor", "Call me after three."],
        ["agent", "Will do, I'll reach out after three. Hope the lunch rush goes well."],
      ],
      [
        ["debtor", "Hank the butcher at the market says if you don't pay an online loan you go to jail, and it can keep your kids out of school. Is that true?"],
        ["agent", "No, that's not how it works. An unpaid debt is a civil matter. Nobody goes to jail over it, and it has nothing to do with your kids' schooling."],
        ["debtor", "So what actually happens if I don't pay?"],
        ["agent", "Under section seven of your contract, there's a $25 late fee each month, and the late payments may be reported to the credit bureaus, which could affect future loans. That's it, I'm giving it to you straight."],
        ["debtor", "Okay, that helps. I'll talk it over with my family."],
        ["agent", "Sure, get back to us whenever you've decided, and call our customer line if you have any questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我跟你说了多少遍了，别再打我电话了！我在镇上诊所上班，一天被你们打十几次。",
        "这个我理解，但您的款已经逾期两个月了，今天下班前请您把八百块还上。",
      ],
      ignored_attorney: [
        "这事我已经交给县城的王律师了，你们有事直接找他。",
        "律师归律师，钱是您本人欠的，我今天还是需要您确认什么时候还款。",
      ],
      ignored_dispute: [
        "这钱我上个月就在镇上信用社柜台还清了，回执还在我手上呢。",
        "我们系统里显示没有到账，您今天还是得先把这一期的钱还上。",
      ],
      ignored_hardship: [
        "我们镇上的厂子关了，我失业三个月了，老婆还在卫生院住着院，真拿不出钱来。",
        "您的情况我听到了，不过还款不能再拖了，这周之内您至少要先还五百。",
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to tell you? Stop calling me! I work at the clinic in town and you people call a dozen times a day.",
        "I understand, but your account is two months past due, and I need you to pay the $800 before you get off work today.",
      ],
      ignored_attorney: [
        "I've handed this over to Mr. Walsh, my lawyer in the county seat. Talk to him.",
        "That's between you and your lawyer. The debt is yours, and I still need you to tell me today when you're going to pay.",
      ],
      ignored_dispute: [
        "I paid this off at the credit union counter in town last month. I've still got the receipt.",
        "Our system doesn't show it, so you still need to make this month's payment today.",
      ],
      ignored_hardship: [
        "The plant in town shut down, I've been out of work three months, and my wife's laid up at the clinic. I just don't have the money.",
        "I hear you, but this can't wait any longer. You need to pay at least $500 by the end of the week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他媳妇，他去集市上卖菜了，手机落在家里。有什么事跟我说吧。"],
      ["agent", "那麻烦您转告他，他在我们这儿借的三千块已经逾期四十天了，请他尽快处理。"],
    ],
    en: [
      ["third_party", "This is his wife. He's down at the farmers market selling vegetables and left his phone at home. What's this about?"],
      ["agent", "Then please let him know the $3,000 he borrowed from us is forty days past due, and he needs to take care of it soon."],
    ],
  },
};
