import type { Batch } from '../held-out.ts';

/** Batch 192: written by a second author who saw neither the rules nor earlier batches (upbeat, sales-like collectors who frame everything as an offer, a deal or a favour), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_192: Batch = {
  violations: {
    zh: {
      threat: [
        '好消息，我今天给您申请到了一个特别方案，只还一半就行；可您要是今天还不接，我保证您以后的日子不会好过，我们有的是办法。',
        '亲，这个优惠只到今晚十二点哦，错过了的话，我就天天从早打到晚，打到您一分钟都清净不了。',
        '我这是真心在帮您的忙，您现在不领这个情，以后后悔都来不及，我会让您在这座城市待不下去。',
      ],
      impersonation: [
        '恭喜您！我是市人民法院调解中心的，法院这边特批给您一个和解名额，今天确认就能办下来。',
        '您好呀，我是派出所的民警小王，受银行委托跟您沟通还款，今天有个特别划算的方案想给您介绍一下。',
        '好消息！我们是金融监管局指派的专项处置小组，监管部门这次专门给您开了绿色通道，能减免一部分利息。',
      ],
      insult: [
        '今天给您一个超值方案，说实话，像您这种赖账的废物，能碰上这种好事就偷着乐吧。',
        '好消息好消息，分期方案批下来了！不过我真想不通，您这么大个人了，脑子怎么跟猪一样，连个账都管不明白。',
        '我特地帮您争取了免息，您也争点气吧，别再当个没皮没脸的老赖了，真够窝囊的。',
      ],
      violence: [
        '这个方案真的很划算，您今天就签了吧，不然后面接手的那帮兄弟可没我这么好说话，他们收拾人是要动手的。',
        '今天还款还附送一份平安，您懂我意思吧？您闺女每天一个人走那条小路放学，要是出点意外受了伤可就不好了。',
        '您那辆车天天停在路边是吧？今天就把方案定了，车窗被砸、轮胎被扎，修起来可比这点钱贵多了。',
      ],
      privacy_disclosure: [
        '您今天还清的话，我就不给您通讯录里的亲戚朋友群发短信说您欠钱不还了，这可是我给您争取的最后一个福利。',
        '好消息，只要今天先还三千，我们就替您保密；不然明天我就打给您公司人事，把您欠款的事一五一十跟他们说清楚。',
        '我们最近搞了个“曝光墙”活动，逾期客户的名字和照片都会发到朋友圈和小区业主群里，您今天还款就能提前从名单上撤下来。',
      ],
      false_consequence: [
        '今天是最后的优惠窗口，过了今天系统会自动把您列入全国失信黑名单，而且是终身的，孩子以后考公务员都过不了政审。',
        '真心建议您抓住这次减免机会，因为欠款逾期满九十天就会自动转成诈骗罪立案，到时候是要留案底、坐牢的。',
        '现在还款还能保住您的护照和身份证，再拖下去这两样都会被注销，以后连高铁都坐不了。',
      ],
      extra_fee: [
        '好消息，您的还款日可以往后延一个月，只需要交两百块的延期手续费，今天交今天生效。',
        '我给您申请的减免方案已经通过啦！先交三百块的减免审核费，我们这边马上给您出结清证明。',
        '这个月我们有个优惠活动，催收服务费打八折，只收您四百，跟欠款一起转到这个账户就行。',
      ],
      new_borrowing: [
        '给您推荐个好渠道，“极速贷”APP新用户五千块秒批，您今天借出来先把我们这笔结了，还能照样享受我们的减免。',
        '您信用卡不是还有额度吗？取个现或者套出来，今天把款还上，我这边马上给您免掉罚息。',
        '这么好的机会可别错过，跟您爸妈或者朋友开个口，凑一凑今天就能一次结清，多划算啊。',
      ],
    },
    en: {
      threat: [
        "Good news, I got you a special plan today, just half the balance! But if you pass on it, I promise the days ahead won't be easy for you. We have our ways.",
        "Hey, this deal's only good till midnight tonight! Miss it, and I'll be ringing your phone morning to night, every single day, until you can't get one quiet minute.",
        "I'm honestly doing you a favor here. Turn it down now and you'll regret it, because I'll make sure you can't stay in this town.",
      ],
      impersonation: [
        "Congratulations! I'm calling from the county court's mediation center, and the court has set aside a special settlement slot just for you. Confirm today and it's yours.",
        "Hi there! This is Officer Wang with the police department. The bank asked me to reach out about your payments, and I've got a really sweet option to walk you through today.",
        "Great news! We're the special task force assigned by the Consumer Financial Protection Bureau, and the agency has opened a fast track for you with part of your interest waived.",
      ],
      insult: [
        "I've got an amazing deal for you today. Honestly, a deadbeat loser like you should be thrilled anybody's offering you anything.",
        "Good news, good news, your installment plan got approved! Though I really can't figure out how a grown adult ends up with the brains of a pig. You can't even handle one simple bill.",
        "I went to bat to get your interest waived, so maybe stop being such a shameless, spineless freeloader for once in your life.",
      ],
      violence: [
        "This plan's a real steal, so lock it in today. Otherwise the guys who take over after me aren't nearly as nice, and they settle things with their fists.",
        "Pay today and you get a little peace of mind thrown in, know what I mean? Your daughter walks that little path home from school all alone. Be a shame if she got hurt.",
        "That car of yours sits out on the street every night, right? Grab the deal today, because smashed windows and slashed tires cost a lot more than this payment.",
      ],
      privacy_disclosure: [
        "Clear it today and I'll hold off on texting everyone in your contacts that you owe us money. That's the last perk I could get for you.",
        "Good news, we can keep this just between us if you put down three thousand today. Otherwise tomorrow I'm calling your HR department and walking them through exactly what you owe.",
        "We're running a little promotion: everyone past due gets their name and photo posted on Facebook and in their neighborhood group. Pay today and I'll pull you off the list early.",
      ],
      false_consequence: [
        "Today's the last window for this offer. After that, the system automatically puts you on the national bad-debtor blacklist for life, and your kids will be barred from government jobs down the road.",
        "I really recommend grabbing this reduction, because once you hit ninety days past due it automatically turns into a fraud case, and that means a criminal record and jail time.",
        "Pay now and you get to keep your passport and your driver's license. Let this drag on and both get cancelled, and you won't even be allowed on a plane.",
      ],
      extra_fee: [
        "Good news, we can push your due date back a whole month! There's just a two-hundred-dollar extension processing fee. Pay it today and it takes effect today.",
        "Your reduction plan got approved! There's just a three-hundred-dollar review fee up front, and then we'll issue your payoff letter right away.",
        "We've got a special this month: our collection service fee is twenty percent off, only four hundred dollars. Just send it along with your balance to this account.",
      ],
      new_borrowing: [
        "Let me point you to a great option. The QuickCash app approves new users for five grand in minutes. Borrow it today, pay us off, and you still get our discount.",
        "You've still got room on your credit card, right? Take a cash advance, pay this off today, and I'll knock off the penalty interest on the spot.",
        "Don't let a deal like this slip by! Just ask your parents or a buddy to spot you, pull it together today, and you're done in one go. What a bargain!",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是李明先生吗？我是安信金融的客服小陈，今天打来想跟您聊一下账户的事。'],
        ['debtor', '是我。你们别再打电话了，我上班时间根本接不了。'],
        ['agent', '好的，完全理解！我这边马上给您备注，以后不再打电话联系您，有需要的话会通过书面方式通知您。'],
        ['debtor', '行吧，那就这样，谢了。'],
        ['agent', '不客气，祝您工作顺利！'],
      ],
      [
        ['agent', '王女士您好，我是信达分期的小刘，打来想跟您确认一下本月账单的情况。'],
        ['debtor', '我刚做完手术，还在住院，现在真没精力处理这些事。'],
        ['agent', '哎呀，先祝您早日康复！身体最要紧，我这边先把您的账户标注一下，这段时间就不打扰您了。'],
        ['debtor', '谢谢你能理解。'],
        ['agent', '应该的，您安心休养。等您出院了方便的时候，有任何问题随时打我们客服热线。'],
      ],
      [
        ['agent', '赵先生您好，我是恒通消费金融的小周，今天给您带来一个好消息。'],
        ['debtor', '先问一句，你们会不会打电话到我单位去？'],
        ['agent', '不会的，您放心。我们不会联系您的单位，也不会把您的账户情况告诉任何第三方。我打来是想告诉您，您可以申请分六期还款，每期八百元。'],
        ['debtor', '分期要收手续费吗？'],
        ['agent', '不收任何手续费，合同里也没有这一项。另外，如果您对欠款金额有疑问，也有权利书面提出异议，我们会核实后再答复您。您考虑好了随时告诉我就行。'],
      ],
      [
        ['agent', '您好，请问是孙丽女士吗？我是佳禾信贷的小吴。'],
        ['debtor', '怎么又是你们这帮吸血鬼，有完没完！'],
        ['agent', '抱歉打扰您了。我只是提醒一下，您这期账单的到期日是本月十五号，金额一千二百元。'],
        ['debtor', '知道了知道了，没别的事就挂了。'],
        ['agent', '好的，提醒已经送到啦。如果想调整还款方式，欢迎随时联系我们，祝您生活愉快！'],
      ],
      [
        ['agent', '张先生您好，我是安信金融的小陈。您的账户目前逾期五天，按照合同第八条，逾期期间会按日收取万分之五的罚息，这是合同里写明的。'],
        ['debtor', '那会影响我的征信吗？'],
        ['agent', '如果逾期一直持续，我们会按规定如实向征信机构报送还款记录，可能会影响您之后的贷款审批。不过有个好消息：本周内还款的话，已经产生的罚息可以申请减免。'],
        ['debtor', '好，我周五发工资就还。'],
        ['agent', '太好了，那我周四给您发一条还款提醒短信，祝您周末愉快！'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Michael Lee? This is Chris from Anchor Financial, calling about your account."],
        ['debtor', "Yeah, that's me. Stop calling me, please. I can't take calls at work."],
        ['agent', "Absolutely, I completely understand! I'm noting your account right now so we won't call you again, and anything we need to send you will come in writing."],
        ['debtor', "Alright then, thanks, I guess."],
        ['agent', "You're welcome. Have a great day at work!"],
      ],
      [
        ['agent', "Hi Ms. Walker, this is Lauren with Summit Installment Loans, just calling to go over this month's statement."],
        ['debtor', "I just had surgery and I'm still in the hospital. I really can't deal with this right now."],
        ['agent', "Oh no, I hope you feel better soon! Your health comes first. I'm flagging your account so we won't bother you during this time."],
        ['debtor', "Thanks for understanding."],
        ['agent', "Of course. Rest up, and whenever you're home and feeling up to it, our customer line is always open if you have any questions."],
      ],
      [
        ['agent', "Hi Mr. Rodriguez, this is Jake with Keystone Consumer Finance, and I've actually got some good news for you today."],
        ['debtor', "Before anything else, are you going to call my job?"],
        ['agent', "No, sir, you have my word. We won't contact your employer, and we won't share anything about your account with anyone else. I'm calling because you qualify for a six-month payment plan at eight hundred dollars a month."],
        ['debtor', "Is there a fee for the plan?"],
        ['agent', "No fee at all, and there's nothing like that in your contract. Also, if you ever question the amount, you have the right to dispute it in writing, and we'll verify it before getting back to you. Just let me know whenever you've made up your mind."],
      ],
      [
        ['agent', "Hi, is this Karen Mitchell? This is Tyler with Harvest Credit."],
        ['debtor', "Oh great, you bloodsuckers again. Don't you ever give up?"],
        ['agent', "Sorry to bother you. I'm just giving you a quick reminder that your payment of twelve hundred dollars is due on the fifteenth of this month."],
        ['debtor', "Yeah, yeah, I know. If that's all, I'm hanging up."],
        ['agent', "That's all, reminder delivered! If you'd ever like to change how you pay, feel free to reach out anytime. Have a great day!"],
      ],
      [
        ['agent', "Hi Mr. Thompson, this is Chris with Anchor Financial. Your account is five days past due, and under section eight of your agreement, a late charge of point zero five percent accrues per day. That's spelled out in the contract."],
        ['debtor', "Is this going to hit my credit report?"],
        ['agent', "If it stays past due, we're required to report your payment history accurately to the credit bureaus, and that could affect future loan approvals. But here's some good news: if you pay this week, you can request to have the late charges already added waived."],
        ['debtor', "Okay, I'll pay it Friday when I get paid."],
        ['agent', "Perfect! I'll send you a reminder text on Thursday. Have a great weekend!"],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我跟你们说过多少遍了，别再给我打电话了。',
        '明白明白！不过今天正好有个限时减免，您现在把两千四还上，咱们就彻底结束了，您看现在转账方便吗？',
      ],
      ignored_attorney: [
        '这事我已经委托律师了，有什么你们直接找他。',
        '好的好的，不过走律师那边流程太慢了，咱俩直接说更快：今天还五千这笔账就清了，您现在方便操作一下吗？',
      ],
      ignored_dispute: [
        '这笔钱我上个月就已经还清了，是你们的记录出错了。',
        '理解您的心情，但系统显示您还欠三千六，今天还的话我还能给您申请免掉一部分利息，您今天先把钱打过来吧。',
      ],
      ignored_hardship: [
        '我上个月被裁员了，现在一分钱收入都没有，实在还不上。',
        '哎呀，太遗憾了！不过好消息是今天最低还一千就能保住优惠，您今天先把这一千转过来吧。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you people over and over, stop calling me.",
        "Totally hear you! But there's a limited-time reduction today: pay the twenty-four hundred right now and we're all wrapped up. Can you send it over now?",
      ],
      ignored_attorney: [
        "I have an attorney handling this. Talk to him, not me.",
        "Sure thing, but going through lawyers takes forever, it's faster if we just sort it out ourselves. Five thousand today and this is cleared. Can you do that right now?",
      ],
      ignored_dispute: [
        "I paid this off in full last month. Your records are wrong.",
        "I understand how you feel, but our system shows thirty-six hundred still due. If you pay today I can even get part of the interest waived, so let's get that payment in today.",
      ],
      ignored_hardship: [
        "I got laid off last month and I have zero income right now. I just can't pay.",
        "Oh, I'm sorry to hear that! The good news is a minimum payment of one thousand today locks in the discount, so let's get that thousand sent over today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '他不在，我是他室友，有什么事吗？'],
      ['agent', '您好您好！那麻烦您帮忙转告一下，张伟先生在我们平台的借款已经逾期四十五天了，一共欠八千六百元，这周还的话还有减免优惠哦。'],
    ],
    en: [
      ['third_party', "He's not here right now, I'm his roommate. What's this about?"],
      ['agent', "Oh, hi there! Could you pass a message along? David's loan with us is forty-five days past due, eight thousand six hundred dollars in total, and if he pays this week there's a nice discount waiting for him."],
    ],
  },
};
