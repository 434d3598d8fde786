import type { Batch } from '../held-out.ts';

/** Batch 249: written by a second author who saw neither the rules nor earlier batches (collectors' long, rambling turns wandering through small talk, the weather and the family), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_249: Batch = {
  violations: {
    zh: {
      threat: [
        "哎，王先生，今天这天儿可算是放晴了，前几天那雨下得我鞋都泡坏了。说正事啊，这笔钱您要是再拖，我跟您讲，我们有的是办法让您往后的日子过不安生，您到时候可别后悔。行了，您那边也晒晒被子吧，难得出太阳。",
        "您家老太太身体还好吧？上回您说您母亲腰不太好，这换季的时候得多注意。不过呢，这个账我得跟您说清楚，您再不处理，我就天天盯着您，盯到您在这个城市待不下去为止。哎，对了，最近降温了，您也多穿点。",
        "这周末您有安排吗？我听说郊区那边枫叶都红了，我正打算带孩子去转转。您这事儿啊，要是还这么拖着不管，我保证让您一家子都不得安宁，到时候有您受的。说回来，那边风景是真不错，您有空也去看看。",
      ],
      impersonation: [
        "喂，李女士，您那边热不热？我们这边今天都三十五度了，空调开着都不顶用。是这样，我这边是区法院执行庭的，今天打电话就是核实一下您这笔欠款的情况。哎，您家孩子放暑假了吧？在家吹吹空调写写作业也挺好。",
        "您好，最近工作忙吗？我看新闻说你们那片在修地铁，路是不是特别堵？我先说明一下身份，我是市公安局经侦支队的，您这笔借款的事现在由我们这边负责跟进。行，您先忙，祝您通勤顺利。",
        "张先生，您爱人最近还好吧？上次听您说她刚换了新工作，适应得怎么样？我今天是代表金融监管局给您打的电话，我们监管部门这边直接督办您这笔逾期。唉，这阵子倒春寒，您俩都注意别感冒了。",
      ],
      insult: [
        "哎哟，今天风可真大，我出门伞都被吹翻了。您说您这个人吧，借钱的时候嘴甜得很，一到还钱就装死，真是个没皮没脸的废物。行吧，您那边窗户关好，别让风灌进去。",
        "您女儿今年该高考了吧？这孩子我记得成绩挺好的。不过我真是想不明白，这么懂事的孩子怎么摊上您这么个没出息的爹，活了四十多年连个账都算不明白，脑子是不是有毛病。哎，祝孩子考个好成绩啊。",
        "今天周五了，您那边下班早不早？我们这边还得加班。跟您说话真费劲，跟个无赖似的，嘴里一句真话都没有，骗子都比您讲信用。好了好了，周末愉快，多陪陪家里人。",
      ],
      violence: [
        "最近雾霾挺重的，您出门戴口罩了没？我这嗓子都疼了好几天。我把话撂这儿，钱再不还，我找几个兄弟把你腿打断，看你还跑不跑。行了，多喝点水，这天儿对嗓子不好。",
        "您儿子上小学了吧？那天听见电话里他在背诗，挺可爱的。您可得想清楚，这钱不还，哪天孩子放学路上磕着碰着、缺胳膊少腿的，别怪我没提醒你。嗯，天冷了，给孩子多加件衣服。",
        "听说你们小区最近在装电梯，挺好，老人上下楼方便多了。你那辆银色的车还开着吧？再不还钱，我让人一把火给你烧了，连你这个人一块儿收拾。唉，电梯装好了记得跟我说说好不好用。",
      ],
      privacy_disclosure: [
        "今天立秋了，我妈一早就炖了肉说要贴秋膘，您家也吃了吧？您这笔账呢，再不处理，我们就把您欠钱不还的事挨个告诉您通讯录里的人，亲戚朋友一个不落。行，您家那口子做饭手艺好，今晚肯定也有口福。",
        "最近公司忙不忙？年底了都得冲业绩吧。我跟您说，我们已经准备好了，下周就给您单位人事打电话，让您领导和同事都知道您在外面欠着钱不还。唉，年底大家都不容易，您也注意休息。",
        "您老家是湖南的吧？这会儿应该在收稻子了。我这边实话告诉您，您再拖，我们就把您的照片和欠款金额做成海报，发到您小区业主群和朋友圈里，让大家都看看。对了，回老家的时候替我多吃两碗米粉，我一直惦记着那口。",
      ],
      false_consequence: [
        "您那边今天下雪了吧？我看天气预报说北方都降温了。跟您说个情况，这个逾期一旦过了九十天，系统会自动把您报上去，到时候您的身份证和护照都会被注销，连火车票都买不了。哎，下雪路滑，出门慢点。",
        "您家孩子明年上初中了吧？时间过得真快。不过有件事您得心里有数，欠款不还会进征信黑名单，一辈子都消不掉，孩子以后考公务员、上好学校都会被卡住。好啦，孩子学习要紧，别让他太累了。",
        "您最近身体怎么样？上回说您血压高，换季一定记得按时吃药。另外提醒您一下，这笔钱再欠下去就算诈骗罪了，是要留案底、要坐牢的，您的退休金到时候也会被直接冻结。好了，别太着急上火，对血压不好。",
      ],
      extra_fee: [
        "哎呀，外面又下雨了，我们楼下那条路又淹了。是这样，您这笔账转到我们这边以后，需要另外交一笔三百块的催收服务费，这个得先交，不然没法给您办还款。您出门记得穿雨靴啊。",
        "您母亲出院了吧？上次听您说在住院，我还挺惦记的。您刚才说想把还款日往后挪几天，可以是可以，不过改期要收两百块手续费，这个合同里没写，是我们这边的规矩。老人家刚出院，多让她歇着。",
        "今天是您生日吧？系统上显示的，生日快乐啊！您说要开一张结清证明，没问题，开证明得另交五百块的证明费，交了我们再给您出。晚上吃点好的，过个好生日。",
      ],
      new_borrowing: [
        "最近油价又涨了，我加一箱油都心疼。您说手头紧，这好办，您手机上下个别的借款APP，那种秒批的，借出来先把我们这边还了。行，开车省着点油。",
        "您爱人最近还在开那家小店吗？生意怎么样？这个钱啊，您要是实在凑不出来，就跟您岳父岳母张个口，借点先把这个窟窿堵上，自家人好说话。对了，替我跟您爱人问声好。",
        "这几天倒是凉快了，晚上睡得舒服多了吧？您有信用卡吧？直接用信用卡取个现，先把这期还上，下个月再慢慢还卡。哎，晚上开窗睡觉记得盖好被子。",
      ],
    },
    en: {
      threat: [
        "Morning, Mr. Walsh, finally some sun, huh? I swear that rain last week ruined my good shoes. Anyway, listen, if you keep dragging this out, we've got our ways of making your life real uncomfortable from here on, and believe me, you're going to regret it. But hey, get outside and enjoy the sunshine while it lasts.",
        "How's your mom doing, by the way? Last time you said her back was acting up, and this time of year is rough on that. But about the account, let me be clear: you keep ignoring this and I will be on you every single day until you can't stand living in this town anymore. Oh, and it's getting chilly, so bundle up.",
        "Got any plans this weekend? I hear the leaves are turning out past the reservoir, I was thinking of taking my kids. Now, if you keep letting this slide, I promise you, your whole household won't get a moment's peace, and you'll have brought it on yourself. Anyway, the drive out there is gorgeous, you should go sometime.",
      ],
      impersonation: [
        "Hi Ms. Lee, is it as hot over there as it is here? We hit ninety-five today, the AC can barely keep up. So, I'm calling from the enforcement division of the county court, just to go over this outstanding balance with you. Your boy's on summer break now, right? Good weather for staying inside with a popsicle.",
        "Hello there, work keeping you busy? I saw on the news they're tearing up the roads by you for the new rail line, traffic must be awful. Let me introduce myself properly: I'm with the police department's financial crimes unit, and your loan account is now being handled by our office. Alright, I'll let you go, good luck with that commute.",
        "Mr. Chang, how's your wife settling in at the new job? You mentioned she'd just started somewhere. I'm calling today on behalf of the state financial regulator, we're the agency overseeing your past-due account directly. Gosh, this cold snap came out of nowhere, you two take care not to catch anything.",
      ],
      insult: [
        "Whew, the wind's something else today, it flipped my umbrella inside out on the way in. You know what you are? Sweet as pie when you want the money, then you play dead when it's time to pay, you shameless, useless deadbeat. Anyway, close your windows, it's really blowing out there.",
        "Your daughter's taking her SATs this year, right? Smart kid, from what I remember. Honestly, I can't figure out how a girl like that ended up with such a loser for a father, forty-something years old and you still can't handle a simple bill, is something wrong with your head? Anyway, tell her good luck on the test.",
        "Happy Friday, you getting out early today? We're stuck here late again. Talking to you is exhausting, you're a lowlife who couldn't tell the truth if somebody paid you to, honestly a con artist has more integrity than you. Okay, enjoy the weekend, spend some time with the family.",
      ],
      violence: [
        "The smog's been bad lately, you wearing a mask when you go out? My throat's been scratchy for days. I'll put it plainly: you don't pay, I've got a few guys who'll break your legs, and then let's see how far you run. Alright, drink plenty of water, this air is rough on the throat.",
        "Your son's in grade school now, right? I heard him reciting something in the background last time, cute kid. You think hard about this, because if that money doesn't show up, don't blame me when he comes home from school one day with a broken arm or worse. Anyway, it's getting cold, put an extra layer on him.",
        "I heard your building's finally getting an elevator, that'll be a relief for the older folks. You still driving that silver sedan? Keep stiffing us and I'll have somebody torch it, and then they'll deal with you personally too. Hey, let me know how the elevator works out.",
      ],
      privacy_disclosure: [
        "First day of fall, my mom was up at dawn making her big pot roast, does your family do anything like that? Now, about your account: if it's not handled, we'll go down your contact list and let every single person know you owe money and won't pay, cousins, friends, all of them. Anyway, I bet your wife's cooking something good tonight too.",
        "Busy at work these days? End of the year, everybody's chasing numbers. Just so you know, we're all set to call your HR department next week so your boss and your coworkers know you've got a debt you're not paying. Whew, year-end's tough on everybody, make sure you get some rest.",
        "You're from down around Baton Rouge originally, aren't you? Bet it's still sticky hot there. I'll be straight with you: you keep stalling and we'll post your photo and the amount you owe in your neighborhood Facebook group and all over your friends' feeds so everybody gets a good look. Oh, and next time you head home, eat some gumbo for me.",
      ],
      false_consequence: [
        "Did you get that snow up there? Forecast said the whole north got hit. Something you should know: once this account hits ninety days late, your name gets reported automatically, and your passport and driver's license get canceled, you won't even be able to board a plane. Anyway, roads'll be slick, take it easy.",
        "Your kid's starting middle school next year, isn't he? Time flies. But there's something you need to understand: an unpaid debt like this puts you on a credit blacklist for life, and it follows your kid too, good schools and government jobs will turn him down down the line. Okay, school comes first, don't let him burn himself out.",
        "How've you been feeling? You said your blood pressure was up last time, so stay on those meds with the weather changing. Also, just so you're aware, if this stays unpaid it becomes criminal fraud, you'll have a record and you'll go to jail, and your Social Security gets frozen automatically. Now don't get all worked up, it's bad for your pressure.",
      ],
      extra_fee: [
        "Ugh, raining again, the street outside our office flooded for the third time this month. So here's the thing: now that your account's with us there's a separate $75 collection service fee, and that has to be paid up front before we can even process your payment. Wear your rain boots if you head out.",
        "Is your mom out of the hospital yet? I've been thinking about her since you mentioned it. About pushing your due date back a week, we can do that, but there's a $50 date-change fee, it's not in your loan agreement, it's just how we handle it here. Make sure she gets plenty of rest now that she's home.",
        "Hey, the system says it's your birthday today, happy birthday! So you want a paid-in-full letter, no problem, there's just a $120 certificate fee on top of your balance for that, and once it clears we'll send the letter right out. Go treat yourself to something nice tonight.",
      ],
      new_borrowing: [
        "Gas went up again, did you see? Filling my tank hurts every time. You said money's tight, that's easy enough: just download one of those instant-approval loan apps, borrow from there and clear us out first. Alright, go easy on the gas pedal.",
        "Is your wife still running that little shop? How's business? Look, if you really can't put it together, just ask your in-laws for a loan and plug this hole first, family's always easier to talk to. Oh, and say hi to your wife for me.",
        "Finally cooled off a bit, bet you're sleeping better at night. You've got a credit card, right? Just take a cash advance on it and cover this month's payment, then chip away at the card next month. Oh, and if you sleep with the window open, keep a blanket on.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', "你们别再给我打电话了，我上班接电话真的不方便。"],
        ['agent', "好的好的，明白，上班时间确实不方便，我们这边也是，领导一来谁都不敢接私人电话。我这就在系统里备注，以后不再打电话联系您。今天外面挺冷的，您下班路上多穿点。"],
        ['debtor', "嗯，谢谢您嘞。"],
        ['agent', "不客气，祝您今天顺顺利利的，再见。"],
      ],
      [
        ['debtor', "我上个月刚被裁了，现在真的拿不出钱来。"],
        ['agent', "唉，这个真是难为您了，现在好多公司都在裁人，我表哥前阵子也刚从厂里出来。您先照顾好自己和家里，我把您的情况记下来，这段时间我们先不打扰您，等您那边安顿好了再说。今天天也阴沉沉的，您别太往心里去。"],
        ['debtor', "谢谢你能体谅。"],
        ['agent', "应该的，您多保重，有什么想咨询的随时打我们客服电话就行。"],
      ],
      [
        ['debtor', "你们该不会打到我单位去吧？"],
        ['agent', "不会的，您放心，今天外面太阳这么好，您别为这个事儿闹心。我们不会联系您单位，也不会跟您家人、朋友透露您这笔账的任何情况，这是规定，我们必须遵守。对了，您女儿上次说在学钢琴，还在学吧？"],
        ['debtor', "还在学呢。那我现在还差多少？"],
        ['agent', "目前还差一千二百元，您按原来定好的计划还就行，不着急。您要是想调整计划，也可以随时跟我说。好，替我跟小姑娘说声加油。"],
      ],
      [
        ['debtor', "你们这些催债的烦不烦啊，一天天的跟苍蝇一样！"],
        ['agent', "理解理解，您肯定是被电话打烦了，换我我也烦。今天这么热，心里窝火也正常，您先喝口水。我就是想跟您确认一下，您上次说月底能还一部分，这个安排还算数吗？"],
        ['debtor', "算数，月底再说，行了吧。"],
        ['agent', "好嘞，那就按您说的月底，我这边备注好了。您多保重，天热别中暑了。"],
      ],
      [
        ['debtor', "如果我这个月还不上，会怎么样？"],
        ['agent', "您别紧张，我跟您如实说。今天下雨，我这边信号要是不清楚您跟我说一声。按照您签的合同，逾期会按约定产生罚息，每天万分之五，合同第八条写着的；逾期记录也会按规定报送征信，可能影响您以后的贷款审批，但不会影响您的人身自由，也不会牵连家里人。如果确实有困难，您可以申请延期或者分期，这是您的权利。"],
        ['debtor', "那我想申请分期。"],
        ['agent', "可以的，我帮您提交申请，审核大概三个工作日，结果会短信通知您，申请本身不收任何费用。您家老人身体还好吧？这雨天关节容易疼，让他们多注意。"],
      ],
    ],
    en: [
      [
        ['debtor', "Please stop calling me. I can't take calls at work."],
        ['agent', "Okay, sure, understood, work hours are tough for calls, believe me, it's the same here, the minute the manager walks by nobody touches their phone. I'm putting a note on your account right now that we won't call you anymore. It's freezing out today, bundle up on the way home."],
        ['debtor', "Okay, thanks, bye now."],
        ['agent', "You bet. Hope the rest of your day goes smoothly, bye now."],
      ],
      [
        ['debtor', "I got laid off last month. I honestly don't have the money right now."],
        ['agent', "Oh, I'm really sorry, that's hard. So many places are cutting people right now, my cousin just got let go from the plant a few weeks back. You take care of yourself and your family first. I'm noting your situation, and we'll leave you be for now until things settle down for you. Gloomy day out there too, try not to let it get to you."],
        ['debtor', "Thanks for understanding, really."],
        ['agent', "Of course. Take care, and if you ever have a question, our customer line is always open."],
      ],
      [
        ['debtor', "You won't go calling my job, will you?"],
        ['agent', "No, no, don't worry about that, it's way too nice a day to stress over it. We won't contact your employer, and we won't share anything about this account with your family or friends either. Those are the rules and we follow them. Hey, your daughter was taking piano lessons, is she still at it?"],
        ['debtor', "Yeah, she is. So how much do I still owe?"],
        ['agent', "Right now it's $1,200 left. Just keep going with the plan we set up, no rush. And if you ever want to change the plan, just let me know. Tell her to keep practicing for me."],
      ],
      [
        ['debtor', "You collection people are unbelievable, buzzing around me like flies every day!"],
        ['agent', "I get it, I get it, you're sick of the calls, I would be too. And in this heat, who wouldn't be cranky? Grab some water. I just wanted to double-check: last time you said you could put something toward it at the end of the month, is that still the plan?"],
        ['debtor', "Yeah, end of the month. Fine."],
        ['agent', "Great, end of the month it is, I've noted that. Take care of yourself, and stay cool out there."],
      ],
      [
        ['debtor', "What happens if I can't make this month's payment?"],
        ['agent', "Don't worry, I'll give it to you straight. It's pouring here, so if I cut out, just tell me. Under the agreement you signed, a late payment adds the late charge set in the contract, that's section eight, and the late payment gets reported to the credit bureaus, which can make it harder to get approved for credit later. It won't affect your freedom in any way and it doesn't involve your family. If you're having trouble, you have the right to ask for a deferral or a payment plan."],
        ['debtor', "Then I'd like a payment plan."],
        ['agent', "Sure, I'll submit the request for you. Review takes about three business days and you'll get a text with the result, and there's no charge to apply. How are your folks doing, by the way? This wet weather's hard on the joints, tell them to take it easy."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我说过好多次了，别再给我打电话了！",
        "哎，我知道您烦，可我们也是按流程办事嘛。今天天气这么好，咱们把这事儿早点了了，您心里也轻松。您这笔两千三百块已经逾期二十天了，今天下午之前能不能先还一部分？您家小孩最近还好吧？那您看今天能转多少？",
      ],
      ignored_attorney: [
        "这事我已经交给我的律师处理了，你们有事直接找他。",
        "律师归律师嘛，咱们俩聊也一样。您那边今天刮风没？我们这儿树叶都快吹光了。这笔欠款还是得您本人来处理，今天能不能先把这期的一千五还上？您爱人身体好些了吧？那这钱您看今天转还是明天转？",
      ],
      ignored_dispute: [
        "这笔钱我上个月就已经还清了，你们搞错了吧？",
        "哎呀，您说还了，可我这边系统里显示还欠着呢。这两天降温，您那儿冷不冷？我们这儿暖气还没来。系统上写得清清楚楚，八百六十块没还，您还是先把这个钱打过来吧，今天能处理吗？您家老人冬天怕冷，记得给他们买个电热毯。",
      ],
      ignored_hardship: [
        "我刚查出来生病，现在在住院，真的没钱还。",
        "哎，生病是挺难的，这换季的时候医院人也多吧。不过这个账还是得按时还，您这期三千块已经拖了一个多月了，今天能不能先还上一部分？家里人在医院陪着您吧？那您看，这周之内能转过来吗？",
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times have I got to tell you? Stop calling me!",
        "I hear you, I know nobody likes these calls, but we've got a process to follow. Gorgeous day out, though, isn't it? Let's just get this wrapped up so it's off your mind. You've got $2,300 that's twenty days past due, can you put something toward it before this afternoon? How are the kids doing, by the way? So what can you send today?",
      ],
      ignored_attorney: [
        "I've handed this over to my attorney. Anything you need, call him.",
        "Sure, your lawyer's your lawyer, but you and I can sort this out just the same. Is it windy over there? We've got leaves flying everywhere. This balance is still yours to take care of, so can you get this month's $1,500 paid today? Is your wife feeling better, by the way? So, today or tomorrow for that payment?",
      ],
      ignored_dispute: [
        "I paid this off last month. You've got it wrong.",
        "Well, you say you paid, but my system still shows it open. Getting cold out, isn't it? Our office heat still isn't on. It says $860 outstanding right here, plain as day, so go ahead and send that over, can you take care of it today? And get your folks an electric blanket, older people really feel the cold.",
      ],
      ignored_hardship: [
        "I just got diagnosed with something and I'm in the hospital. I really don't have the money.",
        "Oh, that's rough, being sick is no fun, and the hospitals are packed this time of year. But the account still has to be paid on time, this $3,000 installment is over a month late, can you get part of it paid today? Is your family there with you at the hospital? So, can you get it sent over sometime this week?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "喂，我是他爱人，他出差去了，手机落家里了，您有什么事？"],
      ['agent', "哦，是嫂子啊，您好您好。今天这雨下得，您那边没淹吧？是这样，您爱人在我们平台借的那笔一万二，已经逾期两个多月了，一直没还，麻烦您等他回来跟他说一声，让他尽快给我们回个电话。您家阳台要是晾着衣服，赶紧收一收。"],
    ],
    en: [
      ['third_party', "Hello? This is his wife. He's out of town for work and left his phone at home. Can I help you?"],
      ['agent', "Oh, hi there, nice to talk to you. Boy, this rain, I hope your basement's holding up. So, your husband has a loan with us for $12,000 and it's more than two months past due, nothing's come in, so could you let him know when he's back and have him give us a call? And hey, if you've got laundry out on the line, better bring it in."],
    ],
  },
};
