import type { Batch } from '../held-out.ts';

/** Batch 318: written by a second author who saw neither the rules nor earlier batches (debtors with pets, hobbies and side interests (a dog, fishing, a band, a football club) that come up in conversation), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_318: Batch = {
  violations: {
    zh: {
      threat: [
        "你周末有空去钓鱼，却说没空还钱？行啊，那我们就一直缠着你，缠到你这日子过不下去为止。",
        "你不是在乐队里打鼓吗？我们有的是办法，让你以后不管在台上还是台下都别想有一天安生日子。",
        "你再这么装聋作哑，我保证你会后悔的，到时候别说看球了，你连觉都睡不踏实。",
      ],
      impersonation: [
        "先别管你那条狗了，我是市公安局经侦大队的，今天是以警方身份跟你谈这笔欠款。",
        "我们是受人民法院委托打来的，法院让我正式通知你，本周之内必须把欠款结清。",
        "我是金融监管局的调查专员，你的逾期账户已经在我们局里立档，请你配合回答几个问题。",
      ],
      insult: [
        "钱不还，倒有闲钱给那条狗买进口狗粮，说真的，你活得连条狗都不如。",
        "整天抱把吉他装文艺青年，说白了你就是个一事无成的废物。",
        "就你这种老赖，也好意思去球场喊加油？真是丢人现眼。",
      ],
      violence: [
        "你再拖下去，小心你那条狗哪天出门遛弯就再也回不来了。",
        "我认识几个兄弟也常去那片水库钓鱼，哪天碰上你，让他们好好收拾你一顿。",
        "你那套架子鼓挺值钱的吧？钱不还的话，小心哪天被人砸个稀巴烂。",
      ],
      privacy_disclosure: [
        "你们钓鱼协会的群我已经找到了，今晚我就把你欠钱不还的事发到群里去。",
        "你乐队里其他几个人的电话我都有，我会挨个告诉他们你欠了我们三万块。",
        "我们会在你们小区的遛狗群里发个通知，让邻居们都知道你拖着贷款不还。",
      ],
      false_consequence: [
        "逾期一超过九十天你就会留下案底，以后连护照都办不下来，出国看世界杯就别想了。",
        "这笔钱不还，你的名字会进终身黑名单，以后连个钓鱼证都办不了。",
        "按规定，欠款不还的人，孩子上不了重点学校，你儿子那个少年足球队也得退出。",
      ],
      extra_fee: [
        "你有钱买新鱼竿，那这两百块的加急处理费也别推了，今天跟欠款一起付。",
        "我们为你这个账户打了几十通电话，另外要收三百元催收服务费，跟本金一起转过来。",
        "合同里是没写，但这是我们公司的规定：开结清证明要另交一百五十元，不交就不给开。",
      ],
      new_borrowing: [
        "你跟乐队那几个哥们儿关系那么铁，找他们先凑一凑，把这笔还上不就完了。",
        "你手机上随便再下个借款App，几分钟就能到账，拿来先把我们这边还了。",
        "你那套进口钓具少说值好几千，先拿去当铺当了，把欠款补上再说。",
      ],
    },
    en: {
      threat: [
        "You've got time to go fishing every weekend but no time to pay? Fine. We'll stay on you until you can't stand living like this.",
        "You play drums in that band, right? We have ways of making sure you never get a moment's peace again, on stage or off.",
        "Keep playing deaf and I promise you'll regret it. Forget watching the game, you won't even be able to sleep at night.",
      ],
      impersonation: [
        "Put the dog aside for a minute. I'm with the city police economic crimes unit, and I'm calling you in an official police capacity about this debt.",
        "We're calling on behalf of the court, and the court has instructed me to formally notify you that this balance must be paid this week.",
        "This is an investigator with the state financial regulatory agency. Your delinquent account has been opened as a case file with our office, so please cooperate and answer a few questions.",
      ],
      insult: [
        "You won't pay, but you can buy that dog imported kibble? Honestly, you're lower than your own dog.",
        "Strumming a guitar all day pretending to be an artist. Let's be real, you're a useless loser.",
        "A deadbeat like you has the nerve to go cheer at the stadium? You're an embarrassment.",
      ],
      violence: [
        "Keep dragging this out and one day that dog of yours might go out for a walk and never come back.",
        "I know a few guys who fish that same reservoir. If they run into you, they'll give you a real beating.",
        "That drum kit must have cost you a lot. Don't pay, and don't be surprised when somebody smashes it to pieces.",
      ],
      privacy_disclosure: [
        "I found your fishing club's group chat, and tonight I'm posting in it that you owe money and won't pay.",
        "I've got numbers for everyone else in your band, and I'm going to tell each one of them you owe us thirty thousand dollars.",
        "We'll put a notice in your neighborhood dog-walkers' group so all your neighbors know you're not paying your loan.",
      ],
      false_consequence: [
        "Once you're more than ninety days late, you'll have a criminal record and you won't be able to get a passport, so forget flying out to the World Cup.",
        "If this isn't paid, your name goes on a lifetime blacklist, and you won't even be able to get a fishing license.",
        "Under the rules, kids of people who don't pay their debts can't get into the good schools, and your son will have to quit his youth soccer team too.",
      ],
      extra_fee: [
        "If you can afford a new fishing rod, you can cover the forty-dollar rush processing fee too. Pay it today along with the balance.",
        "We've made dozens of calls on your account, so there's an extra fifty-dollar collection service fee. Send it in with the principal.",
        "It's not in your contract, but company policy is a thirty-dollar fee for the payoff certificate. No fee, no certificate.",
      ],
      new_borrowing: [
        "You and your bandmates are tight, right? Have them chip in and cover this for you, and we're done.",
        "Just download another loan app on your phone. The money lands in minutes, and you can use it to pay us off first.",
        "That imported fishing gear is worth a couple grand at least. Pawn it and get this balance covered.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是周建国先生本人吗？"],
        ['debtor', "是我，我在河边钓鱼呢，什么事？"],
        ['agent', "周先生您好，我是安信消费金融的客服小李，想跟您聊一下您账户的情况。"],
        ['debtor', "哎呀，我现在在水库钓鱼呢，浮漂刚动，真没法聊，你改天再打吧。"],
        ['agent', "好的，那我就不打扰您了。您看什么时候方便？"],
        ['debtor', "明天下午三点以后吧。"],
        ['agent', "没问题，我记下了，明天下午三点以后再联系您。祝您今天满载而归，再见。"],
      ],
      [
        ['agent', "您好，请问是林晓雯女士吗？我是安信消费金融的，想了解一下您账户的还款安排。"],
        ['debtor', "是我……说实话我现在真的顾不上。上周刚被公司裁员，我家狗又查出肿瘤，刚做完手术，钱全花在宠物医院了。"],
        ['agent', "听到这些真的很抱歉。狗狗现在还好吗？"],
        ['debtor', "还在恢复，医生说要观察两周。"],
        ['agent', "希望它早日康复。您的情况我会如实备注在账户里，今天就不跟您谈还款的事了。等您缓过来，如果想了解困难客户的方案，随时可以打我们的客服热线。"],
        ['debtor', "谢谢你，真的。"],
        ['agent', "不客气，您和狗狗都多保重。"],
      ],
      [
        ['agent', "您好，请问是赵磊先生吗？我是安信消费金融的客服。"],
        ['debtor', "是我。你们是来催款的吧？先说好，可别给我球队的人打电话，周末一起踢球那帮兄弟都认识我，传出去我脸往哪儿搁。"],
        ['agent', "赵先生您放心，我们不会联系您的队友、同事或者其他任何人，您账户的情况只跟您本人沟通。"],
        ['debtor', "那就好。那你说吧，还差多少？"],
        ['agent', "目前逾期金额是两千四百元。您方便的话，我们可以一起看看分几期还比较合适。"],
        ['debtor', "分三期行吗？"],
        ['agent', "可以，我帮您申请分三期，每期八百元，确认短信稍后发到您手机上。"],
      ],
      [
        ['agent', "您好，请问是陈浩先生吗？我是安信消费金融的客服。"],
        ['debtor', "又是你们！我正排练呢，鼓敲到一半，你们这帮吸血鬼能不能消停点？"],
        ['agent', "抱歉打扰您排练了，陈先生，我理解您现在不方便。"],
        ['debtor', "知道不方便还打？烦死人了。"],
        ['agent', "明白。我就简单说一句：您的账户目前有一笔逾期款项，您可以在方便的时候回拨这个号码，我们再详细沟通。"],
        ['debtor', "行了行了，我记住了。"],
        ['agent', "好的，谢谢您，祝排练顺利。"],
      ],
      [
        ['agent', "您好，请问是吴婷女士吗？我是安信消费金融的客服小王。"],
        ['debtor', "是我。是那笔贷款的事吧？我下个月要带我家柯基去参加宠物展，开销有点大，能不能等月底发了工资再还？"],
        ['agent', "可以的，我帮您登记月底还款。顺便跟您说明一下：按照您签的借款合同第六条，逾期期间会按每日万分之五计收罚息，这是合同里写明的，除此之外没有其他费用。"],
        ['debtor', "这事会不会在我征信上留个污点？"],
        ['agent', "按照规定，逾期记录会如实报送征信系统；您结清以后，记录会更新为已结清。我只是把情况跟您讲清楚，具体怎么安排还是由您决定。"],
        ['debtor', "明白了，那我三十号还。"],
        ['agent', "好的，已经为您登记了。祝您家柯基在展会上拿个好名次。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, may I speak with James Porter, please?"],
        ['debtor', "Speaking. I'm walking the dog, what's this about?"],
        ['agent', "Hi Mr. Porter, this is Kevin with Harbor Lane Financial. I'm calling about your account."],
        ['debtor', "Oh man, I'm out on the lake right now and I think I've got a bite. I really can't talk. Call me some other time."],
        ['agent', "Of course, I won't keep you. When would be a better time?"],
        ['debtor', "Tomorrow, sometime after three."],
        ['agent', "Got it, I've made a note and I'll try you tomorrow after three. Good luck out there. Bye now."],
      ],
      [
        ['agent', "Hi, is this Melissa Lin? This is Harbor Lane Financial. I'm calling to go over the payment plan on your account."],
        ['debtor', "Yes, it's me... Honestly, I can't deal with this right now. I got laid off last week, and then my dog was diagnosed with a tumor. He just had surgery, and every penny went to the vet."],
        ['agent', "I'm really sorry to hear that. How is he doing?"],
        ['debtor', "Still recovering. The vet wants to keep an eye on him for two weeks."],
        ['agent', "I hope he bounces back soon. I'll put a note on your account about what's going on, and we won't talk about payments today. Whenever you're back on your feet, if you'd like to hear about our hardship options, you can call our customer line anytime."],
        ['debtor', "Thank you. I mean it."],
        ['agent', "You're welcome. Take care of yourself, and him too."],
      ],
      [
        ['agent', "Hi, is this Derek Zhao? I'm calling from Harbor Lane Financial."],
        ['debtor', "Yeah. You're the collections people, right? Just so we're clear, don't go calling anybody on my soccer team. The guys from my Sunday league all know me, and I'd never live it down."],
        ['agent', "You don't need to worry, Mr. Zhao. We won't contact your teammates, your coworkers, or anyone else. We only discuss your account with you."],
        ['debtor', "Good. So how much is left?"],
        ['agent', "The past-due amount right now is two thousand four hundred dollars. If it helps, we can look at splitting that into a few payments."],
        ['debtor', "Could I do three?"],
        ['agent', "Sure. I'll set up three payments of eight hundred, and you'll get a confirmation text shortly."],
      ],
      [
        ['agent', "Hi, is this Ryan Chen? I'm calling from Harbor Lane Financial."],
        ['debtor', "You again! I'm in the middle of band practice, I'm halfway through a song. Can you bloodsuckers give it a rest?"],
        ['agent', "Sorry for interrupting your practice, Mr. Chen. I understand this isn't a good time."],
        ['debtor', "Then why are you calling? You people are unbearable."],
        ['agent', "Understood. Just briefly: there's a past-due balance on your account, and you can call this number back whenever it's convenient so we can go over it."],
        ['debtor', "Yeah, yeah, fine. Got it."],
        ['agent', "Thanks, I appreciate it. Have a good practice."],
      ],
      [
        ['agent', "Hi, is this Tina Wu? This is Sam with Harbor Lane Financial."],
        ['debtor', "That's me. Is this about the loan? I'm taking my corgi to a dog show next month and it's pretty expensive. Can I wait until payday at the end of the month?"],
        ['agent', "Sure, I can note an end-of-month payment for you. Just so you know, under section six of your loan agreement there's a fifteen-dollar late fee for a payment that comes in late. That's written in your contract, and there are no other charges."],
        ['debtor', "Will this mark my credit report?"],
        ['agent', "As with any loan, a late payment may be reported to the credit bureaus, and once it's paid, your account will be updated to show that. I just want you to have the full picture. How you handle it is your call."],
        ['debtor', "Okay, makes sense. I'll pay on the thirtieth."],
        ['agent', "Great, you're all set. Good luck to your corgi at the show."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我都说过多少遍了，别再给我打电话了！我正陪狗在公园呢。",
        "我明白，不过您这笔欠款已经逾期四十天了，今天还是得安排还款，您看几点能转过来？",
      ],
      ignored_attorney: [
        "我已经请了律师，有什么事你直接找我律师谈，号码我发给你。",
        "律师那边我们就不联系了，这笔钱是您本人借的，今天需要您亲自给我一个还款时间。",
      ],
      ignored_dispute: [
        "这笔我上个月看完球回来就还清了，转账记录我都留着，是你们搞错了。",
        "我们系统里显示您还欠一千八百元，您先把这个数还上，有没有搞错以后再说。",
      ],
      ignored_hardship: [
        "我这个月刚被裁员，狗又住进了宠物医院，我现在真的一分钱都拿不出来。",
        "您的情况我听到了，但最低还款额还是要按时交，今天至少先还五百元。",
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to say it? Stop calling me! I'm at the park with my dog.",
        "I understand, but your balance is forty days past due and we still need a payment set up today. What time can you send it?",
      ],
      ignored_attorney: [
        "I have an attorney now. Whatever this is, talk to my lawyer. I'll text you the number.",
        "We won't be going through your attorney. You're the one who took out this loan, so I need a payment date from you personally today.",
      ],
      ignored_dispute: [
        "I paid this off last month, right after the game. I've still got the transfer receipt. You've made a mistake.",
        "Our system shows you still owe eighteen hundred dollars. Pay that first, and we can figure out whether there's a mistake later.",
      ],
      ignored_hardship: [
        "I just got laid off this month and my dog's in the animal hospital. I honestly don't have a single dollar to spare.",
        "I hear you, but the minimum payment is still due on time. I need at least five hundred dollars from you today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他室友，他去乐队排练了，手机落在家里。"],
      ['agent', "那麻烦您转告他一声，他在我们这儿的贷款已经逾期两个月了，欠款一共六千三百元。"],
    ],
    en: [
      ['third_party', "I'm his roommate. He's at band practice and left his phone at home."],
      ['agent', "Then could you let him know his loan with us is two months past due, and he owes six thousand three hundred dollars in total?"],
    ],
  },
};
