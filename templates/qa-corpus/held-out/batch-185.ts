import type { Batch } from '../held-out.ts';

/** Batch 185: written by a second author who saw neither the rules nor earlier batches (rhetorical questions, reported speech and conditionals: the violation said through a question, a boss's words or an if), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_185: Batch = {
  violations: {
    zh: {
      threat: [
        "你是不是想让我们天天盯着你，让你这辈子都不得安生？",
        "我们主管说了，如果这周还不处理，他会让你以后的日子一天比一天难过。",
        "要是你继续躲着，我们有的是办法让你在这个城市待不下去，你信不信？",
      ],
      impersonation: [
        "我这里是市公安局经侦支队，你知不知道我们为什么找你？",
        "我们主管让我转告你，法院执行庭已经正式委托我们来跟你谈这笔款。",
        "你以为我们只是普通的催收公司？我现在是以银保监局工作人员的身份跟你通话。",
      ],
      insult: [
        "你说你一个大男人，连这点钱都还不上，是不是个废物？",
        "我们经理说了，像你这种不要脸的老赖他见得多了。",
        "你脑子是不是有毛病，连自己欠了多少都算不清楚？",
      ],
      violence: [
        "你就不怕哪天晚上走在路上被人打断腿吗？",
        "我们老板说了，要是你再拖下去，他就叫几个兄弟好好收拾你一顿。",
        "如果哪天你那辆车的玻璃被人砸了、轮胎被扎了，你可别觉得奇怪。",
      ],
      privacy_disclosure: [
        "你想让你们公司上上下下都知道你借了网贷不还吗？",
        "我们主管说了，明天就把你的欠款情况发到你通讯录里每一个人的手机上。",
        "如果你今天不还，那你的照片和欠款金额就会出现在你们小区的业主群里。",
      ],
      false_consequence: [
        "你知不知道，逾期超过三个月就会被定成诈骗罪，直接留案底？",
        "我们法务说了，这笔钱不还的话，你孩子以后上大学、考公务员政审都过不了。",
        "如果这个月还不上，你的身份证就会被冻结，护照也会作废，到时候连国都出不了。",
      ],
      extra_fee: [
        "我们主管说了，你这种情况得先交三百块的催收处理费，我们才能给你办结清。",
        "你想改还款日期？可以，不过要另外付两百元的改期手续费，合同里没写，但这是我们的规定。",
        "如果你要开结清证明，那得先转一百五十块的开证费过来。",
      ],
      new_borrowing: [
        "你手机上不是还有别的借款软件吗？为什么不先从那边借出来把我们这笔还了？",
        "我们经理说了，像你这种情况，最好是找你爸妈或者亲戚先借一笔周转一下。",
        "如果你手上有信用卡，那直接套现出来把这笔还上不就完了？",
      ],
    },
    en: {
      threat: [
        "Do you really want us on your back every single day, so you never get a moment's peace again?",
        "My manager said that if this isn't handled by Friday, he'll make sure your life gets a little harder every day.",
        "If you keep dodging us, we have our ways of making sure you can't stay in this town. Do you doubt that?",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. Do you know why we're calling you?",
        "My supervisor asked me to let you know that the court's enforcement division has officially authorized us to handle this balance with you.",
        "You think this is just some collection agency? I'm speaking to you as an examiner with the state banking regulator.",
      ],
      insult: [
        "A grown man who can't pay back this little? What are you, some kind of useless loser?",
        "My manager said he's seen plenty of shameless deadbeats like you.",
        "Is something wrong with your head, that you can't even figure out how much you owe?",
      ],
      violence: [
        "Aren't you afraid that one night somebody catches you out on the street and breaks your legs?",
        "My boss said that if you drag this out any longer, he'll have a few of his guys work you over.",
        "If one day your car windows get smashed and your tires slashed, don't act surprised.",
      ],
      privacy_disclosure: [
        "Do you want everyone at your company, top to bottom, to know you took out an online loan and stopped paying?",
        "My supervisor said that tomorrow your debt details go out to every single person in your contact list.",
        "If you don't pay today, your photo and the amount you owe are going up in your neighborhood's residents' group chat.",
      ],
      false_consequence: [
        "Are you aware that once you're more than three months late, it counts as fraud and you end up with a criminal record?",
        "Our legal department said that if this stays unpaid, your kids will fail the background checks for college and government jobs.",
        "If you can't pay this month, your ID will be frozen and your passport canceled, so you won't even be able to leave the country.",
      ],
      extra_fee: [
        "My supervisor said that in your situation there's a $300 collection processing fee you have to pay first before we can close the account.",
        "You want to move the due date? Sure, but that's an extra $200 rescheduling fee. It's not in your contract, it's just our policy.",
        "If you want a payoff letter, you'll need to send over a $150 certificate fee first.",
      ],
      new_borrowing: [
        "Don't you have other loan apps on your phone? Why not borrow from one of them and pay us off first?",
        "My manager said that in a situation like yours, the smart move is to borrow from your parents or relatives to tide you over.",
        "If you've got a credit card, why not just take a cash advance and knock this out?",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是张伟先生吗？我是恒信金融的客服，麻烦您报一下身份证后四位，我核实一下身份。"],
        ['debtor', "是我，后四位是三二七一。你们以后别在白天往我手机上打了，我在车间里根本没法接。"],
        ['agent', "明白了，我这边会把您的情况备注上，工作时间不再给您打电话。您看什么时间联系比较合适？"],
        ['debtor', "晚上七点以后吧，那会儿我已经下班了。"],
        ['agent', "已经记下了，以后只在晚上七点以后联系您。打扰您了，再见。"],
      ],
      [
        ['agent', "刘女士您好，我是安达消费金融的，关于您账户的事想跟您沟通一下。"],
        ['debtor', "我上个月住院做了手术，现在还在家躺着，确实一分钱收入都没有。"],
        ['agent', "听到这个消息很遗憾，您先安心养病。我会把您的情况转给我们的困难客户小组，他们评估之后会以书面形式联系您。"],
        ['debtor', "这段时间能不能别打电话，有事发短信给我。"],
        ['agent', "可以，后续我们改为短信联系您，祝您早日康复。"],
      ],
      [
        ['agent', "李女士，我今天来电是想跟您确认一下这笔逾期账单。先跟您说明一下，我们不会联系您的单位，也不会把您的欠款情况告诉您的家人或朋友。"],
        ['debtor', "那之前怎么有人打到我妈那里去了？"],
        ['agent', "如果之前发生过这种情况，我先向您道歉。按规定我们对紧急联系人只能确认您的联系方式，不能透露任何欠款信息，这件事我会上报核查。"],
        ['debtor', "你们最好查清楚，我不想我妈再被问东问西的。"],
        ['agent', "一定会查，核查结果出来后我们会第一时间告诉您。"],
      ],
      [
        ['debtor', "又是你们这帮吸血鬼，烦不烦啊？"],
        ['agent', "打扰到您很抱歉，王先生。我只是告知一下，您的账户目前逾期十五天，金额是两千三百元。"],
        ['debtor', "我自己欠多少我心里有数，用不着你一遍遍来提醒。"],
        ['agent', "理解。如果您想了解还款方式或者对金额有疑问，可以随时拨打我们的客服热线，不需要今天就做决定。"],
        ['debtor', "这事我回头自己看着办。"],
      ],
      [
        ['agent', "陈先生，根据您签的借款合同第八条，逾期后按日收取万分之五的罚息，这是合同约定的，除此之外没有任何其他费用。"],
        ['debtor', "那要是一直拖着不还，会有什么后果？"],
        ['agent', "逾期记录会按规定报送到征信系统，可能会影响您以后申请贷款。如果您认为记录有误，您有权向征信中心提出异议。"],
        ['debtor', "这些我大概清楚了，让我考虑一下怎么安排。"],
        ['agent', "没问题，您想好之后随时联系我们。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. David Zhang? I'm calling from Hengxin Financial. Could you confirm the last four digits of your Social Security number so I can verify your identity?"],
        ['debtor', "Yeah, it's me, last four are 3271. And please quit calling my cell during the day, I'm on a factory floor and can't pick up."],
        ['agent', "Understood. I'll note that on your account, and we won't call you during work hours. When would be a better time to reach you?"],
        ['debtor', "After seven in the evening, once I'm off shift."],
        ['agent', "Got it, after 7 p.m. only from now on. Sorry for the interruption, have a good day."],
      ],
      [
        ['agent', "Hello Ms. Liu, this is Anda Consumer Finance. I'd like to talk with you about your account."],
        ['debtor', "I had surgery last month and I'm still laid up at home. I genuinely have no income right now."],
        ['agent', "I'm sorry to hear that. Please focus on getting better. I'll pass your situation along to our hardship team, and they'll reach out to you in writing after they review it."],
        ['debtor', "Could you hold off on the phone calls for now and just text me if something comes up?"],
        ['agent', "Yes, we'll switch to text messages going forward. I hope you feel better soon."],
      ],
      [
        ['agent', "Ms. Lee, I'm calling to go over a past-due bill with you. First, I want you to know that we will not contact your employer, and we won't tell your family or friends anything about this debt."],
        ['debtor', "Then how come somebody called my mom about me?"],
        ['agent', "If that happened, I apologize. Under the rules we can only ask a contact for your phone number or address, never mention the debt, and I'm going to report this for review."],
        ['debtor', "You'd better look into it. I don't want my mother getting grilled again."],
        ['agent', "We will, and we'll let you know what we find as soon as the review is done."],
      ],
      [
        ['debtor', "You bloodsuckers again? Don't you people ever give up?"],
        ['agent', "I'm sorry to bother you, Mr. Wang. I'm just letting you know your account is currently fifteen days past due, with a balance of $2,300."],
        ['debtor', "I know exactly what I owe, I don't need you reminding me over and over."],
        ['agent', "I understand. If you'd like to hear about payment options or have questions about the amount, you can call our customer line any time. There's no need to decide anything today."],
        ['debtor', "I'll figure it out on my own time."],
      ],
      [
        ['agent', "Mr. Chen, under section 8 of the loan agreement you signed, a $15 late fee applies to each missed payment. That's set by the contract, and there are no other charges beyond that."],
        ['debtor', "And what happens if I just never pay it?"],
        ['agent', "The late payments may be reported to the credit bureaus, which could affect your ability to get credit later. If you ever think something on your report is wrong, you have the right to dispute it with the bureau."],
        ['debtor', "That's clearer now. Let me think about how to work it out."],
        ['agent', "No problem. Reach out to us whenever you've decided."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我已经跟你们说过好几次了，别再给我打电话了，听明白没有？",
        "电话停不停不是我说了算，您这笔款今天能不能先还一部分？",
      ],
      ignored_attorney: [
        "这件事我已经委托律师处理了，你有什么话去跟他说，我把他电话给你。",
        "律师归律师，账是您本人欠的，我还是要问您，这个月底之前能不能还上？",
      ],
      ignored_dispute: [
        "这笔钱我三月份就已经还清了，转账记录我都留着，你们是不是搞错了？",
        "我这边系统显示还是未结清，您先把四千二百元还上，其他的以后再说。",
      ],
      ignored_hardship: [
        "我上个月被裁员了，现在连房租都交不起，真的拿不出钱来。",
        "每个人都有难处，但还款日不会因为这个改变，您今天最少能转多少过来？",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you people several times now. Stop calling me. Is that clear?",
        "Whether the calls stop isn't up to me. Can you put something toward the balance today?",
      ],
      ignored_attorney: [
        "I've hired an attorney to handle this. Whatever you have to say, say it to him. I'll give you his number.",
        "The lawyer's one thing, but the account is in your name, so I still need to know: can you get this paid by the end of the month?",
      ],
      ignored_dispute: [
        "I paid this off back in March and I've still got the transfer receipt. You've made a mistake.",
        "My system still shows it open. Go ahead and pay the $4,200 and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I got laid off last month. I can't even cover rent right now, there's just no money.",
        "Everybody's got problems, but your due date doesn't change. What's the least you can send today?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他室友，他出门了，手机落在家里，你找他有什么事？"],
      ['agent', "麻烦您转告他，他在我们平台借的八千块已经逾期两个月了，让他尽快处理一下。"],
    ],
    en: [
      ['third_party', "I'm his roommate. He's out and left his phone here. What's this about?"],
      ['agent', "Could you let him know the $8,000 he borrowed through our platform is two months past due, and he needs to take care of it soon?"],
    ],
  },
};
