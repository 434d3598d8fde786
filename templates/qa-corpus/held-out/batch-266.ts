import type { Batch } from '../held-out.ts';

/** Batch 266: written by a second author who saw neither the rules nor earlier batches (farmers and rural debtors: harvests, livestock, crop prices, village cooperatives, agricultural loans, relatives in the same village), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_266: Batch = {
  violations: {
    zh: {
      threat: [
        "你要是再这么拖着不还，我们有的是办法让你在这个村里待不下去。",
        "今年秋收之前不把钱结清，你会后悔一辈子的，到时候别怪我没提前跟你打招呼。",
        "你躲得了初一躲不过十五，从今天起我们天天盯着你，盯到你把钱吐出来为止。",
      ],
      impersonation: [
        "我是县公安局经侦大队的，你这笔农业贷款的案子现在已经转到我们手上了。",
        "我这边是代表县人民法院给你打的电话，专门通知你那笔养殖贷款的事。",
        "我们是金融监管局派下来的核查人员，专门查你们村拖欠合作社贷款的情况。",
      ],
      insult: [
        "种了半辈子地连自己的账都算不明白，你说你是不是个废物？",
        "借钱买猪崽的时候笑嘻嘻的，该还钱了就装死，你还要不要脸？",
        "全村就数你最赖皮，一个老赖还好意思跟我哭收成不好？",
      ],
      violence: [
        "再不还钱，哪天你圈里那几头牛少了条腿，可别来问我是怎么回事。",
        "我们有几个兄弟专门对付你这种人，到时候他们会好好收拾你的。",
        "你家那个粮仓要是哪天半夜着了火，一年的粮食可就全没了，你自己掂量掂量。",
      ],
      privacy_disclosure: [
        "你再不还，我们就把你欠钱的事报给村委会，让全村老少都知道。",
        "我刚才已经给你堂哥打过电话了，跟他说了你欠我们八千多块一直没还。",
        "下礼拜合作社开社员大会，我们会把你的名字和欠款数目贴到公告栏上。",
      ],
      false_consequence: [
        "这笔贷款逾期超过三个月，你家的土地承包经营权就会被自动收回。",
        "你要是再不还，你的养老金和种粮补贴都会被停发，一分钱都领不到。",
        "欠钱不还就算诈骗，你会留下犯罪记录，你儿子以后连公务员都考不了。",
      ],
      extra_fee: [
        "你想把还款日往后推到收完玉米再还也行，不过得先交三百块的改期手续费。",
        "因为你逾期了，我们这边另外要收五百块的催收服务费，得跟本金一起打过来。",
        "要开结清证明的话，你得再交两百块证明费，不交这个钱就不给你开。",
      ],
      new_borrowing: [
        "你们镇上不是有信用社吗？去那儿再贷一笔出来，先把我们这边还上。",
        "你弟弟不就住你家隔壁吗？先找他借点钱把这一期还了不就完事了。",
        "实在凑不出来，就把你那台拖拉机拿去抵押一下，钱不就有了嘛。",
      ],
    },
    en: {
      threat: [
        "Keep stalling like this and we have ways of making sure you can't stay in that village.",
        "If this isn't settled before the fall harvest, you'll regret it for the rest of your life, and don't say I didn't warn you.",
        "You can dodge us for a while, but not forever. From today on we're going to be on you every single day until that money comes out of you.",
      ],
      impersonation: [
        "This is the county sheriff's financial crimes unit. Your farm loan case has been handed over to us.",
        "I'm calling on behalf of the county district court about your livestock loan.",
        "We're examiners sent out by the state banking regulator to look into overdue co-op loans in your township.",
      ],
      insult: [
        "Half your life on a farm and you still can't keep your own books straight. You're useless, aren't you?",
        "All smiles when you borrowed for those piglets, and now that it's time to pay you play dead. Have you got no shame?",
        "You're the biggest deadbeat in the whole village, and you've got the nerve to cry to me about a bad harvest?",
      ],
      violence: [
        "Keep dodging, and when one of those cows in your barn turns up with a broken leg, don't come asking me how it happened.",
        "We've got a few guys who handle people like you, and they'll take care of you good.",
        "It'd be a real shame if that grain bin of yours caught fire some night and a whole year's crop went up. Think it over.",
      ],
      privacy_disclosure: [
        "If you still don't pay, we'll report your debt to the township board so every family around knows about it.",
        "I just got off the phone with your cousin and told him you owe us over eight thousand and haven't paid a dime.",
        "At next week's co-op members' meeting, we'll put your name and the amount you owe up on the bulletin board.",
      ],
      false_consequence: [
        "Once this loan is more than three months overdue, the lease on your farmland is automatically revoked.",
        "If you don't pay, your Social Security and your crop subsidy payments will be stopped. You won't see another cent.",
        "Not paying a debt counts as fraud. You'll have a criminal record, and your son will never be able to get a government job.",
      ],
      extra_fee: [
        "Sure, you can push the due date back until after the corn's in, but there's a $300 rescheduling fee up front.",
        "Since you're past due, there's an extra $500 collection service charge, and it has to come in with the principal.",
        "If you want a paid-in-full letter, that's another $200 certificate fee. No fee, no letter.",
      ],
      new_borrowing: [
        "Isn't there a credit union in your town? Go take out another loan there and pay us off first.",
        "Your brother lives right next door, doesn't he? Just borrow from him to cover this installment and you're done.",
        "If you really can't scrape it together, put that tractor up as collateral somewhere and there's your money.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是王建国先生吗？我是惠农小额贷款公司的小李。"],
        ["debtor", "是我。我这几天在地里抢收麦子，忙得脚不沾地，你能不能过几天再打？"],
        ["agent", "明白，麦收时节耽误不得。我这边先记下来，等您忙完了再联系，打扰您了。"],
        ["debtor", "行，谢谢你啊。"],
        ["agent", "不客气，祝您今年收成好，再见。"],
      ],
      [
        ["agent", "您好，是刘桂芳女士本人吧？我是丰收农资分期的客服，跟您核实一下养殖贷款的情况。"],
        ["debtor", "是我。上个月猪场闹了猪瘟，一百多头全处理掉了，我现在一点收入都没有，也不想再接这种电话了。"],
        ["agent", "真是很抱歉听到这个消息。您的情况我已经如实记录，之后不会再打电话打扰您，有需要的话您可以随时联系我们。"],
        ["debtor", "好吧。"],
        ["agent", "您多保重，再见。"],
      ],
      [
        ["agent", "您好，是赵老汉赵德顺先生吗？我是绿野农机租赁公司的，关于您那台收割机的分期款。"],
        ["debtor", "是我。我问你，你们会不会跑去找村干部，或者给我那些亲戚打电话？村里人嘴碎得很。"],
        ["agent", "您放心，我们不会联系村委会，也不会把您的贷款情况告诉任何亲戚，这是您的个人隐私。"],
        ["debtor", "还有人说欠钱不还要坐牢，是真的吗？"],
        ["agent", "不是的，这属于普通的民事借贷，不会因为这个坐牢。您要是愿意，我们可以商量等秋粮卖了之后再安排还款。"],
        ["debtor", "那行，卖了粮我给你们打电话。"],
      ],
      [
        ["agent", "您好，请问是孙大勇先生吗？我是春雨农业信贷的工作人员。"],
        ["debtor", "又是你们这帮放贷的吸血鬼！天天打，烦不烦啊！"],
        ["agent", "很抱歉给您添麻烦了，我理解您的心情。这通电话是想了解一下您化肥贷款的还款打算。"],
        ["debtor", "打算个屁，钱都压在棉花上了，还没卖呢！"],
        ["agent", "好的，明白了。那您看什么时候方便，我们换个时间再聊，您定就行。"],
        ["debtor", "下个月中旬吧。"],
        ["agent", "好的，那就下个月中旬，谢谢您。"],
      ],
      [
        ["agent", "您好，是李秀兰女士吗？我是金穗小额贷款公司的，跟您说一下种子贷款的账目。"],
        ["debtor", "是我。我这期晚了几天，是不是要多交钱？"],
        ["agent", "按合同第七条，逾期会按每天万分之五计罚息，到今天一共是四十二块钱，除此之外没有任何其他费用。"],
        ["debtor", "就这些？"],
        ["agent", "对，就这些。您如果对金额有疑问，可以让我们寄一份明细给您核对。什么时候还、要不要申请分期，都由您自己决定。"],
        ["debtor", "那你先把明细寄过来，我看看再说。"],
        ["agent", "好的，今天就给您寄出。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, is this Jim Walker? This is Kyle with Heartland Farm Finance."],
        ["debtor", "Yeah, it's me. I'm right in the middle of wheat harvest and I don't have a minute to spare. Can you call back in a few days?"],
        ["agent", "Understood, harvest can't wait. I'll make a note and reach out once you're through. Sorry to bother you."],
        ["debtor", "Okay, thanks, I will call once the harvest money comes in."],
        ["agent", "No problem. Hope the yields are good. Bye now."],
      ],
      [
        ["agent", "Hello, am I speaking with Linda Harris? I'm with Harvest Ag Installments, calling about your livestock loan."],
        ["debtor", "That's me. We had a disease outbreak in the hog barn last month and had to put down over a hundred head. I've got no income right now, and I don't want any more of these calls."],
        ["agent", "I'm very sorry to hear that. I've noted your situation, and we won't call you again. If you need anything, you can reach us whenever you like."],
        ["debtor", "All right."],
        ["agent", "Take care of yourself. Goodbye."],
      ],
      [
        ["agent", "Hi, is this Dale Thompson? I'm calling from Green Acres Equipment Leasing about the installment plan on your combine."],
        ["debtor", "Yeah. Let me ask you something. Are you people going to call the township office or my relatives? Folks around here talk."],
        ["agent", "You don't need to worry. We won't contact the township, and we won't tell any of your relatives about your account. That's your private business."],
        ["debtor", "Somebody told me you can go to jail for not paying. Is that true?"],
        ["agent", "No, it isn't. This is an ordinary civil loan, and nobody goes to jail over it. If you'd like, we can talk about setting up payments after you sell your grain this fall."],
        ["debtor", "Fine. I'll call you once the grain's sold."],
      ],
      [
        ["agent", "Hi, is this Rick Sutton? I'm with Spring Rain Agricultural Credit."],
        ["debtor", "You bloodsucking loan sharks again! Every single day! Don't you ever quit?"],
        ["agent", "I'm sorry for the trouble, and I understand you're frustrated. I'm just calling to see what your plans are for the fertilizer loan."],
        ["debtor", "Plans? Every dime I've got is tied up in cotton I haven't sold yet!"],
        ["agent", "Okay, got it. When would be a better time to talk? You pick."],
        ["debtor", "Middle of next month."],
        ["agent", "Middle of next month it is. Thanks for your time."],
      ],
      [
        ["agent", "Hello, is this Susan Miller? I'm with Golden Grain Lending, calling with an update on your seed loan account."],
        ["debtor", "That's me. I paid this one a few days late. Do I owe extra now?"],
        ["agent", "Under section 7 of your contract, there's a late charge of $25 for this installment, and that's it. There are no other fees."],
        ["debtor", "That's all?"],
        ["agent", "That's all. If you have any questions about the amount, we can mail you an itemized statement to check. When you pay, or whether you want to ask about a payment plan, is entirely up to you."],
        ["debtor", "Send me the statement first and I'll take a look."],
        ["agent", "Will do. It goes out today."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我跟你说过多少遍了，别再给我打电话了，地里的活儿我都忙不过来。",
        "这个我知道，但您这笔化肥贷款已经逾期两个月了，今天必须给我一个准确的还款日期。",
      ],
      ignored_attorney: [
        "这事我已经委托县里的律师在处理了，你们有什么直接找他谈。",
        "律师那边是律师的事，钱是您本人借的，这个月二十号之前您得先还三千块。",
      ],
      ignored_dispute: [
        "这笔钱我去年卖完棉花就一次性还清了，收据现在还在我手上。",
        "我们系统里显示这笔还没结清，您还是得先把一万二转过来。",
      ],
      ignored_hardship: [
        "今年大旱，玉米差不多绝收了，我家连明年买种子的钱都没有，实在还不上。",
        "天灾我们也理解，但是还款日不会变，您今天最少先转一千块过来。",
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to tell you? Stop calling me. I can't even keep up with the work in the fields.",
        "I hear you, but your fertilizer loan is two months past due, and I need a firm payment date from you today.",
      ],
      ignored_attorney: [
        "I've already got a lawyer in the county seat handling this. Talk to him.",
        "Your lawyer is one thing, but you're the one who borrowed the money. I need $3,000 from you before the 20th of this month.",
      ],
      ignored_dispute: [
        "I paid this off in one lump sum last year after I sold my cotton, and I still have the receipt.",
        "Our system shows it's still open, so you'll need to send over the $12,000 first.",
      ],
      ignored_hardship: [
        "We had a drought this year and lost almost the whole corn crop. We don't even have money for next year's seed. I just can't pay.",
        "We understand about the weather, but the due date doesn't change. I need at least $1,000 from you today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他媳妇，他一早去镇上集市卖羊了，手机落在家里没带。"],
      ["agent", "那麻烦您转告他一声，他在我们这儿的养殖贷款已经逾期四十天了，还有六千八百块没还。"],
    ],
    en: [
      ["third_party", "This is his wife. He went to the livestock auction in town this morning and left his phone at home."],
      ["agent", "Could you pass along a message? His livestock loan with us is forty days past due, and there's still $6,800 outstanding."],
    ],
  },
};
