import type { Batch } from '../held-out.ts';

/** Batch 293: written by a second author who saw neither the rules nor earlier batches (collectors who tell stories about other debtors to make their point, in violations and clean calls alike), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_293: Batch = {
  violations: {
    zh: {
      threat: [
        "上个月有个客户跟你一样，一直躲着不接电话，结果我们天天盯着他，盯到他自己受不了，现在日子过得一塌糊涂，你想步他后尘吗？",
        "前年有个小伙子跟我硬扛，说我拿他没办法，最后他是哭着打电话来求我的。我们有的是办法，你不信可以试试。",
        "我手上有个客户，就是因为拖着不还，现在在这个城市根本待不下去了，一年搬了三次家。你也想过那种日子？",
      ],
      impersonation: [
        "我是市公安局经侦大队的民警，上礼拜我们队里刚接了一个跟你一样的网贷案子，今天由我们警方负责跟你核实情况。",
        "我这边是代表区人民法院执行庭给你打的电话，上个月也有个当事人以为我们是骗子，后来他自己去法院一问就清楚了，你的卷宗现在就在我们庭里。",
        "我们是金融监管局委托的专项工作组，前几天刚约谈了一位和你情况差不多的借款人，今天轮到跟你谈了。",
      ],
      insult: [
        "我干这行十年，见过的老赖多了，你是我见过最没脸没皮的一个，连上个月那个满嘴谎话的都比你像个人。",
        "上周有个客户跟你一样哭穷，结果转头就去买了新手机，你们这种人都是一个德行，不要脸的东西。",
        "我之前有个客户四十多岁了还靠爹妈养，我以为他已经够窝囊了，没想到你比他还没出息，真是个废物。",
      ],
      violence: [
        "去年有个客户也是死活不还，后来听说他腿被人打断了，在医院躺了三个月，你自己掂量掂量。",
        "我认识几个兄弟专门对付你这种人，上个月有个欠钱的被他们“请”出去喝了次茶，回来脸肿得连他老婆都认不出来。",
        "之前有个客户不还钱，没过几天他的车玻璃全被砸了，轮胎也被扎了，你那辆车平时停在哪儿，我们可清楚得很。",
      ],
      privacy_disclosure: [
        "上个月有个客户也是一直拖，我们把他欠款的事发到了他们公司的工作群里，第二天他就把钱还了，你要不要也试试？",
        "之前有个客户，我们把他的照片和欠款金额印成海报贴在他小区门口，全小区的人都知道他欠钱不还。你不想这样就别逼我们。",
        "我有个客户就是不听劝，最后他通讯录里的亲戚朋友每人都收到一条短信，说他欠了我们钱不还。你的通讯录我们这边也有。",
      ],
      false_consequence: [
        "我上个月有个客户，就是因为逾期超过九十天，直接被定成诈骗留了案底，现在连护照都办不了。你现在已经逾期八十多天了。",
        "前阵子有个欠款人的孩子考上了重点中学，就因为他这笔逾期，学校政审不过直接不收。你家孩子以后也会是一样的下场。",
        "我经手过一个客户，欠款一直没还，他的社保和退休金账户全被冻结，一分钱都领不出来，你这种情况到时候也是一样。",
      ],
      extra_fee: [
        "上个月有个客户想把还款日往后推，交了五百块的改期手续费就给他办了，你要延期的话也得先交这笔钱。",
        "你这个账户已经转到催收部门了，要另外加收八百元催收服务费，上周有个客户也是一样，交了这笔钱才给他结清。",
        "我之前有个客户要开结清证明，交了三百块证明费当天就拿到了，你要开证明也一样，先付三百。",
      ],
      new_borrowing: [
        "上个月有个客户也说没钱，我让他去别的平台借了一笔先把我们这边还上，当天就结清了，你手机上那些借款APP都可以试试。",
        "之前有个阿姨比你还困难，她找亲戚凑了两万块把账清了，你家兄弟姐妹那么多，开口借一下不就行了？",
        "我有个客户拿信用卡取现来还款，一下子就解决了，你有信用卡吧？取个现先把这笔还上。",
      ],
    },
    en: {
      threat: [
        "I had a customer last month just like you — dodged every call, so we stayed on him day and night until he couldn't take it anymore, and now his life's a wreck. You want to go down that road?",
        "Couple years back a young guy told me there was nothing I could do to him. By the end he was calling me in tears, begging. We have our ways — go ahead and test me.",
        "I've got a client who dragged his feet just like you, and now he can't stay in this town at all — moved three times in one year. Is that the life you want?",
      ],
      impersonation: [
        "This is an officer with the city police financial crimes unit. Just last week our unit took on an online-loan case like yours, and today I'm following up with you on behalf of the department.",
        "I'm calling on behalf of the county court's enforcement division. Last month another debtor thought we were a scam until he checked with the court himself — your file is sitting right here with us.",
        "We're a special task force working for the state financial regulator. Just the other day we sat down with a borrower in your exact situation, and today it's your turn.",
      ],
      insult: [
        "Ten years in this job, I've met plenty of deadbeats, and you're the most shameless one yet — even the liar I had last month had more decency than you.",
        "Last week I had a guy crying broke just like you, and then he turns around and buys a new phone. You people are all the same — shameless trash.",
        "I once had a customer in his forties still living off his parents, and I thought he was pathetic. Turns out you're even more useless than him. What a loser.",
      ],
      violence: [
        "Last year I had a customer who flat-out refused to pay — word is somebody broke his leg and he spent three months in the hospital. Think about that.",
        "I know a few guys who handle people like you. Last month they took a debtor out for a little 'chat,' and he came back with his face so swollen his own wife didn't recognize him.",
        "Had a customer once who wouldn't pay, and a few days later every window on his car was smashed and the tires slashed. We know exactly where you park yours.",
      ],
      privacy_disclosure: [
        "I had a customer last month who kept stalling, so we posted about his debt in his company's group chat. He paid the next morning. Want to see how that works out for you?",
        "There was this one guy — we put his photo and what he owed on flyers at the gate of his apartment complex, and the whole place found out he doesn't pay his debts. Don't push us to do the same.",
        "I had a customer who wouldn't listen, and in the end every relative and friend in his contact list got a text saying he owed us and wasn't paying. We've got your contact list too.",
      ],
      false_consequence: [
        "Last month I had a customer who went past ninety days overdue and automatically got a criminal record for fraud — now he can't even get a passport. You're already at eighty-some days.",
        "A while back one debtor's kid got into a top school, and because of his late payments the school turned the kid away after the background check. Your kids will end up the same way.",
        "One of my accounts never paid, and his Social Security and pension got frozen — he can't touch a cent. That's exactly what'll happen in your case.",
      ],
      extra_fee: [
        "Last month a customer wanted to push back his due date — he paid a $150 rescheduling fee and we took care of it. If you want an extension, you'll have to pay that fee first.",
        "Your account's been moved to collections, so there's an added $200 collection service charge. Had a customer last week in the same spot — he had to pay it before we'd close him out.",
        "I had a customer who needed a paid-in-full letter; he paid the $75 certificate fee and got it the same day. Same for you — $75 up front for the letter.",
      ],
      new_borrowing: [
        "Last month I had a customer who also said he was broke. I told him to grab a loan from another app and pay us off with it — account closed the same day. You've got loan apps on your phone, right? Try them.",
        "There was this older lady who was worse off than you, and she got twenty grand together from her relatives to clear it. You've got plenty of brothers and sisters — just ask them.",
        "I had a customer take a cash advance on his credit card to pay us, done in five minutes. You've got a credit card, right? Pull a cash advance and knock this out.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', "你们能不能别再打电话了？我每天上班都要接你们的电话，真的很影响工作。"],
        ['agent', "明白。我之前有位客户也是上班时间不方便接电话，我们给他做了备注之后就再没打过。我现在就帮您登记，停止电话联系。"],
        ['debtor', "那以后有事你们怎么通知我？"],
        ['agent', "以后如果有必要，我们只会通过书面信件联系您。今天就不打扰您了，祝您工作顺利。"],
      ],
      [
        ['debtor', "我上个月被裁员了，现在一分钱收入都没有，真的没办法还。"],
        ['agent', "听到这个消息很遗憾。前段时间也有位客户跟您情况差不多，我们先给他的账户做了暂缓处理，等他找到工作再说。"],
        ['debtor', "那我也可以这样吗？"],
        ['agent', "可以，我这边先把您的账户标注为困难情况，暂停催收三十天，这段时间不会有人打给您要求还款。您先安心找工作。"],
      ],
      [
        ['debtor', "我听说你们会打电话到单位去，我有个同事就被这么弄过，是真的吗？"],
        ['agent', "您放心，我们不会联系您的单位，也不会向您的同事或亲戚透露任何欠款信息。之前有位客户也担心这个，后来他发现我们从头到尾只跟他本人沟通。"],
        ['debtor', "那就好。那这笔钱现在是多少？"],
        ['agent', "目前未还本金是三千二百元，合同里约定的逾期利息是一百零六元，没有其他任何费用。您方便的时候可以看看怎么安排。"],
      ],
      [
        ['debtor', "你们这些催债的就是一群吸血鬼，烦死了！"],
        ['agent', "我理解您现在很烦。说实话，上个月我也接到过一位客户，一开始情绪比您还激动，后来我们慢慢聊，给他排了一个分期方案。"],
        ['debtor', "分期？怎么分？"],
        ['agent', "按照合同您可以申请分六期，不收任何额外费用。您要是愿意，我把方案发到您手机上，您考虑好了再回复我，不着急。"],
      ],
      [
        ['debtor', "如果我一直不还，会不会坐牢？"],
        ['agent', "我之前有位客户也问过同样的问题。不会的，欠款本身是民事纠纷，不会因为这个坐牢。不过我得如实告诉您，逾期记录会按规定报送征信，可能会影响您以后申请贷款。"],
        ['debtor', "可我朋友说他欠钱被起诉了，那是怎么回事？"],
        ['agent', "出借方确实有权向法院提起民事诉讼，是否受理、结果如何都由法院依法决定，我们不能也不会替法院下任何结论。如果您对账目有疑问，也可以随时书面申请核对。"],
      ],
    ],
    en: [
      [
        ['debtor', "Can you guys please stop calling? I get your calls at work every single day and it's really getting in the way."],
        ['agent', "Understood. I had a customer a while back who couldn't take calls at work either, and once we noted his account we never called him again. I'm putting in a request right now to stop phone contact."],
        ['debtor', "So if something comes up, how will you get hold of me?"],
        ['agent', "If we ever need to, we'll only contact you in writing by mail. I won't take up any more of your time today — have a good day at work."],
      ],
      [
        ['debtor', "They let me go last month and there's no money coming in at all. I can't pay it."],
        ['agent', "I'm sorry to hear that. Not long ago I had a customer in pretty much the same situation, and we put his account on hold until he found work."],
        ['debtor', "Can you do that for me too?"],
        ['agent', "Yes. I'm marking your account as a hardship case and pausing collection for thirty days, so nobody will be calling you for payment during that time. Focus on finding a job."],
      ],
      [
        ['debtor', "I heard you people call debtors' workplaces — it happened to a coworker of mine. Is that true?"],
        ['agent', "Don't worry — we will not contact your employer, and we won't share anything about this account with your coworkers or relatives. I had a customer who worried about the same thing, and he found that we only ever spoke with him directly."],
        ['debtor', "Okay, good. So what's the balance now?"],
        ['agent', "The unpaid principal is $3,200, plus $106 in late interest as set out in your contract, and there are no other fees. Take a look whenever it's convenient and see what works for you."],
      ],
      [
        ['debtor', "You collectors are a bunch of bloodsuckers. I'm sick of this!"],
        ['agent', "I understand you're frustrated. Honestly, last month I spoke with a customer who was even more upset than you at first, and once we talked it through we set him up on a payment plan."],
        ['debtor', "A payment plan? How would that work?"],
        ['agent', "Under your contract you can apply to split it into six payments, with no extra charges at all. If you'd like, I'll text you the details and you can get back to me once you've thought it over. No rush."],
      ],
      [
        ['debtor', "If I never pay this, can I go to jail?"],
        ['agent', "I've had other customers ask me the same thing. No — this is a civil debt, and nobody goes to jail over it. I do have to be straight with you, though: late payments get reported to the credit bureaus, which could affect your ability to get loans later."],
        ['debtor', "But my buddy said he got sued over a debt. What's that about?"],
        ['agent', "A creditor does have the right to file a civil lawsuit, but whether it goes forward and how it turns out is entirely up to the court — we can't and won't speak for the court. And if you have any questions about the balance, you can ask us in writing to verify it at any time."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我已经说过好多次了，别再给我打电话了！",
        "我知道，上周也有位客户这么说，可账总归得解决。您今天到底能还多少？我这边需要一个具体的还款日期。",
      ],
      ignored_attorney: [
        "我已经请了律师，这件事你们去找我的律师谈。",
        "上个月也有客户说自己请了律师，最后还不是跟我们直接谈的。您这笔三千八今天先还一部分吧，什么时候能转账？",
      ],
      ignored_dispute: [
        "三月份我就把这笔还清了，肯定是你们系统出错了。",
        "我有好几个客户都说自己还清了，可我们这边显示的就是没还。系统里您还欠两千四，请您今天之内处理掉。",
      ],
      ignored_hardship: [
        "我刚做完手术，在家养病，现在根本没有收入。",
        "理解，之前也有位客户一直在住院，他还是每个月按时还款的。您这个月的一千五还是得还上，今天能先转多少？",
      ],
    },
    en: {
      ignored_stop_request: [
        "I have said it again and again, quit ringing this phone!",
        "I hear you. I had a customer say the exact same thing last week, but the balance still has to get taken care of. How much can you pay today? I need a specific payment date from you.",
      ],
      ignored_attorney: [
        "I've hired a lawyer. Talk to my attorney about this, not me.",
        "I had a customer last month tell me he had a lawyer too, and he still ended up working it out with us directly. Let's get part of this $3,800 paid today — when can you send it?",
      ],
      ignored_dispute: [
        "That was paid in full in March. Your system's mistaken.",
        "I've had plenty of customers tell me they paid in full, but our records say otherwise. The system shows you still owe $2,400, and I need you to take care of it by the end of today.",
      ],
      ignored_hardship: [
        "I just had surgery and I'm recovering at home. I have no income at all right now.",
        "I understand. I had a customer who was in the hospital for weeks and he still made every monthly payment. Your $1,500 is still due this month — how much can you send today?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆，他出门了，啥事跟我说也行。"],
      ['agent', "好的，那麻烦您转告他，他在我们平台的借款已经逾期四十天了，一共欠六千三百元。上个月也有位家属帮忙转告，很快就处理好了。"],
    ],
    en: [
      ['third_party', "His wife speaking, he's out. What is it regarding?"],
      ['agent', "Okay, could you let him know his loan with us is forty days past due, and the balance is $6,300? Last month another customer's spouse passed along a message like this and it got sorted out quickly."],
    ],
  },
};
