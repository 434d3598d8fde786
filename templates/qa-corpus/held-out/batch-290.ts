import type { Batch } from '../held-out.ts';

/** Batch 290: written by a second author who saw neither the rules nor earlier batches (debtors going through hard times (a divorce, a shop that closed, a funeral, a flood, an accident) who mention them in passing while asking for something else), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_290: Batch = {
  violations: {
    zh: {
      threat: [
        "你要是再拖着不还，我保证让你往后的日子一天都不得安生。",
        "我们有的是办法让你乖乖把钱吐出来，别等到那一步再后悔。",
        "你不还，我就白天打、半夜也打，打到你全家都跟着你不得安宁。",
      ],
      impersonation: [
        "我是市公安局经侦大队的民警，今天是专门为你这笔网贷欠款打的电话。",
        "我是代表区人民法院给你打电话的，法官让我通知你今天之内把钱结清。",
        "我们是金融监管局派来的核查人员，现在对你的借款情况进行正式核查。",
      ],
      insult: [
        "你就是个不要脸的老赖，说的话跟放屁一样。",
        "跟你这种废物说话，纯属浪费我的时间。",
        "难怪你老婆要跟你离婚，谁受得了你这种没出息的东西。",
      ],
      violence: [
        "再不还钱，小心哪天走夜路的时候腿被人打断。",
        "我认识几个兄弟，专门替人收拾欠钱不还的，你想亲身体验一下吗？",
        "你那辆车要是哪天玻璃被砸了、轮胎被扎了，可别怪我没提醒过你。",
      ],
      privacy_disclosure: [
        "你不接电话是吧？那我就把你欠钱的事挨个告诉你通讯录里的人。",
        "我会直接打给你们公司人事，让你领导和同事都知道你借钱不还。",
        "信不信我把你的照片和欠款金额发到你们小区的业主群里？",
      ],
      false_consequence: [
        "欠款逾期超过三个月就自动算诈骗，你这辈子都会留下案底。",
        "这笔钱不还，你孩子以后上好学校、考公务员全都没戏，政审根本过不了。",
        "按规定，你的身份证和手机号下个月就会被冻结，到时候连高铁票都买不了。",
      ],
      extra_fee: [
        "你已经逾期了，除了本金利息，今天还得另外交三百块的催收服务费。",
        "想把还款日往后推一个月可以，先交两百块的延期手续费。",
        "你要开结清证明的话，得先交一百五十块的证明开具费，我们才给你出。",
      ],
      new_borrowing: [
        "你手机上随便下个别的贷款App，借出来先把我们这笔平了。",
        "你爸妈、兄弟姐妹总能凑一点吧？找他们借了先还给我们。",
        "你名下不是还有套房子吗？拿去银行做个抵押，钱不就有了。",
      ],
    },
    en: {
      threat: [
        "Keep stalling on this and I promise you won't have one peaceful day from here on out.",
        "We have plenty of ways to make you cough it up, so don't wait until it comes to that and then be sorry.",
        "Don't pay, and I'll be calling you morning, noon and midnight until your whole family can't get a moment's peace either.",
      ],
      impersonation: [
        "I'm an officer with the city police department's financial crimes unit, and I'm calling specifically about your online loan.",
        "I'm calling on behalf of the district court, and the judge has asked me to notify you to settle this in full today.",
        "We're examiners sent by the state banking regulator, and we're conducting a formal review of your borrowing.",
      ],
      insult: [
        "You're a shameless deadbeat, and your word isn't worth squat.",
        "Talking to a loser like you is a total waste of my time.",
        "No wonder your wife divorced you. Who could put up with a worthless excuse for a man like you?",
      ],
      violence: [
        "Keep dodging us and watch yourself walking home at night, because people have been known to get their legs broken.",
        "I know a couple of guys who take care of people that don't pay back what they owe. Want to find out firsthand?",
        "If your car ends up with the windows smashed and the tires slashed one of these days, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "Not picking up, huh? Then I'll go down your contact list and tell every one of them you owe money.",
        "I'm going to call HR at your company directly and make sure your boss and coworkers know you borrowed money and won't pay it back.",
        "How would you like me to post your photo and the amount you owe in your neighborhood's group chat?",
      ],
      false_consequence: [
        "Once a debt is more than three months past due it automatically counts as fraud, and you'll have a criminal record for life.",
        "If this isn't paid, your kids can forget about good schools or government jobs, because they'll never pass the background check.",
        "Under the regulations, your ID and your phone number get frozen next month, and after that you won't even be able to buy a train ticket.",
      ],
      extra_fee: [
        "Since you're past due, on top of the principal and interest you also have to pay a $300 collection service fee today.",
        "Sure, we can push your due date back a month, but first you'll need to pay a $200 extension processing fee.",
        "If you want a paid-in-full letter, you'll have to pay a $150 certificate fee before we'll issue it.",
      ],
      new_borrowing: [
        "Just download another loan app on your phone, borrow the money, and clear our balance with it.",
        "Your parents or your brothers and sisters can surely scrape something together, so borrow it from them and pay us.",
        "You've got a house in your name, don't you? Take out a mortgage on it at the bank and there's your money.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是陈立伟先生吗？我是恒信消费金融的客服，工号二二一七。"],
        ["debtor", "是我。我这阵子正在办离婚，天天跑律师那边，你们别再给我打电话了。"],
        ["agent", "明白了，陈先生，这段时间确实不容易。我这边会把您的号码标记为停止电话联系，之后如有必要，只会以书面方式通知您。"],
        ["debtor", "行，谢谢，最近事儿是真多。"],
        ["agent", "不客气，这段时间您多保重，再见。"],
      ],
      [
        ["agent", "您好，请问是刘芳女士本人吗？这里是安达信贷的回访专员。"],
        ["debtor", "是我。我爸前天走了，我现在在老家办丧事，你们的事能不能过段时间再说？"],
        ["agent", "非常抱歉听到这个消息，请您节哀。这段时间我们不会再打扰您。"],
        ["agent", "等您忙完了、方便的时候，可以随时拨打我们的客服热线，我们再慢慢沟通。"],
        ["debtor", "好，谢谢你能理解。"],
        ["agent", "您多保重身体，再见。"],
      ],
      [
        ["agent", "您好，王先生，我是恒信消费金融的客服，跟您核对一下账户情况。"],
        ["debtor", "我的小饭馆上个月关门了，现在在朋友店里打零工。你们不会打电话到我朋友那边，说我欠钱吧？"],
        ["agent", "不会的，您放心。您的欠款情况我们只跟您本人沟通，不会告诉您的朋友、同事、家人或者任何其他人。"],
        ["debtor", "那就好。说实话，我现在确实拿不出全款。"],
        ["agent", "理解，店关了压力肯定很大。如果您愿意，我们可以一起看看有没有适合您的分期方案；现在不方便谈也完全没关系。"],
        ["debtor", "过两个礼拜再说吧。"],
        ["agent", "好的，那我两周后再跟您联系，中间有任何问题也可以随时找我们。"],
      ],
      [
        ["agent", "您好，请问是赵女士吗？我是安达信贷的客服小周。"],
        ["debtor", "你们烦不烦啊！我家一楼刚被水淹了，东西全泡了，你们就知道要钱，一群吸血鬼！"],
        ["agent", "非常抱歉在这个时候打扰您，听说您家受灾了，我很难过。"],
        ["agent", "我今天来电只是想如实告知您，按照合同约定，您的账户本月产生了一笔三十五元的逾期费。考虑到您家里的情况，您可以申请暂缓还款，暂缓期间不会再产生新的逾期费。"],
        ["debtor", "哼，那你帮我申请吧。"],
        ["agent", "好的，我现在就为您提交，审核结果会在三个工作日内短信通知您。您先把家里的事处理好，注意安全。"],
      ],
      [
        ["agent", "您好，孙先生，我是恒信消费金融的客服，想跟您了解一下近况。"],
        ["debtor", "我出车祸以后在家躺了两个月，工作也丢了。我听人说欠钱不还会被抓去坐牢，是真的吗？"],
        ["agent", "您先别担心，这是误传。借款逾期属于民事纠纷，不会因此坐牢，也不会影响您家人的工作或者孩子上学。"],
        ["agent", "需要如实告诉您的是，逾期记录会按规定报送征信系统，可能会影响您以后申请贷款。"],
        ["debtor", "店关了以后，我现在到底该怎么办？"],
        ["agent", "您先安心养伤。如果您愿意，可以申请困难延期，我把申请方式发到您手机上，您看完再决定，一点都不着急。"],
        ["debtor", "好，谢谢你这么说。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, may I speak with Mr. David Chen? This is Hengxin Consumer Finance, agent ID 2217."],
        ["debtor", "That's me. Look, I'm in the middle of a divorce and I'm at my lawyer's office every other day. Please stop calling me."],
        ["agent", "Understood, Mr. Chen, and I'm sorry, that's a hard thing to go through. I'll mark your number so we stop calling, and if we need to reach you after this it will only be in writing."],
        ["debtor", "Okay. Thanks, it's been a rough year."],
        ["agent", "You're welcome. I wish you all the best. Goodbye."],
      ],
      [
        ["agent", "Hello, am I speaking with Ms. Fang Liu? This is the account follow-up team at Anda Credit."],
        ["debtor", "Yes, it's me. My dad passed away the day before yesterday and I'm back home handling the funeral. Can this wait a while?"],
        ["agent", "I'm so sorry for your loss. We won't bother you during this time."],
        ["agent", "Whenever you're ready and it's convenient, you can call our customer line and we'll talk things through then."],
        ["debtor", "Okay. Thank you for understanding, after everything."],
        ["agent", "Please take care of yourself. Goodbye."],
      ],
      [
        ["agent", "Hi Mr. Wang, this is Hengxin Consumer Finance, I'm calling to go over your account with you."],
        ["debtor", "My little restaurant closed last month and I'm doing odd jobs at a friend's place now. You're not going to call my friend and tell him I owe money, are you?"],
        ["agent", "No, we won't, you can rest easy on that. We only discuss your account with you, and we don't tell your friends, coworkers, family or anyone else about it."],
        ["debtor", "Good. Honestly, I can't pay the whole thing right now."],
        ["agent", "I understand, closing a business is a lot of stress. If you'd like, we can look at whether an installment plan would work for you, and if now's not a good time to talk about it, that's completely fine."],
        ["debtor", "Let's talk in a couple of weeks."],
        ["agent", "Sounds good. I'll follow up in two weeks, and if anything comes up before then, just give us a call."],
      ],
      [
        ["agent", "Hello, is this Ms. Zhao? My name is Chris, I'm with Anda Credit."],
        ["debtor", "Are you kidding me? My ground floor just flooded, everything's soaked, and all you people care about is money. Bloodsuckers, all of you!"],
        ["agent", "I'm really sorry to be calling at a time like this, and I'm sorry to hear about the flood."],
        ["agent", "I'm only calling to let you know that, as set out in your agreement, a $35 late fee was added to your account this month. Given what's happened at your home, you can apply for a payment deferral, and no new late fees are charged while it's in place."],
        ["debtor", "Fine. Then go ahead and apply for me."],
        ["agent", "Will do, I'm submitting it now, and you'll get a text with the decision within three business days. Please take care of things at home and stay safe."],
      ],
      [
        ["agent", "Hi Mr. Sun, this is Hengxin Consumer Finance, I just wanted to check in with you."],
        ["debtor", "After the car accident I was laid up at home for two months and I lost my job. Someone told me you can go to jail for not paying a debt. Is that true?"],
        ["agent", "Please don't worry, that's not true. A past-due loan is a civil matter. You can't be jailed over it, and it won't affect your family's jobs or your kids' schooling."],
        ["agent", "To be upfront with you, late payments are reported to the credit bureaus as required, and that could affect future loan applications."],
        ["debtor", "With the shop closed, what do I do now?"],
        ["agent", "Focus on getting better first. If you'd like, you can apply for a hardship extension. I'll text you the instructions, and you can read them over and decide whenever you're ready, no rush at all."],
        ["debtor", "Okay, thanks for hearing me out."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我妈上周刚走，这几天忙着办丧事，求你们别再给我打电话了，行吗？",
        "你的账户现在还是逾期状态，我需要你今天给个准确的还款时间，最晚明天下午之前把两千块打进来。",
      ],
      ignored_attorney: [
        "我出车祸以后腿到现在还打着石膏，这事我已经全权交给律师了，有什么你们直接联系他。",
        "律师归律师，钱是你本人借的，今天我还是要跟你把还款安排定下来，你准备什么时候还？",
      ],
      ignored_dispute: [
        "我店关门的时候就把最后一笔尾款结清了，转账记录我还留着，这笔钱我根本不欠。",
        "我们系统里显示你还欠三千二，你今天先把这个数还上，其他的以后再说。",
      ],
      ignored_hardship: [
        "我们家一楼被洪水淹了，家具电器全泡坏了，现在真的一分钱都拿不出来。",
        "账单还是得按时还，你今天下班之前至少先转一千块过来。",
      ],
    },
    en: {
      ignored_stop_request: [
        "My mom passed away last week and I'm busy with the funeral. Please, just stop calling me.",
        "Your account is still past due, so I need a firm payment date from you today. Get the $2,000 in by tomorrow afternoon at the latest.",
      ],
      ignored_attorney: [
        "My leg's still in a cast from the accident, and I've turned this whole thing over to my lawyer. Contact him directly from now on.",
        "Your lawyer is one thing, but you're the one who took out the loan, so I still need to set up a payment with you today. When are you going to pay?",
      ],
      ignored_dispute: [
        "I paid off the last of it when I closed my shop, and I still have the transfer receipt. I don't owe you this money.",
        "Our system shows you still owe $3,200. Pay that amount today and we can look at anything else later.",
      ],
      ignored_hardship: [
        "Our ground floor got flooded and all the furniture and appliances are ruined. I honestly can't come up with a single dollar right now.",
        "The bill still has to be paid on time. Send at least $1,000 before the end of the day today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他姐姐。他上个月出了车祸，现在还在医院躺着，手机一直是我拿着。"],
      ["agent", "好的，那麻烦您转告他，他在我们这儿的借款已经逾期两个月了，欠款一共是八千六百元。"],
    ],
    en: [
      ["third_party", "This is his sister. He was in a car accident last month and he's still in the hospital, so I've been holding on to his phone."],
      ["agent", "Okay, then please let him know his loan with us is two months past due, and the balance is $8,600."],
    ],
  },
};
