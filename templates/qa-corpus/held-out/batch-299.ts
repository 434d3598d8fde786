import type { Batch } from '../held-out.ts';

/** Batch 299: written by a second author who saw neither the rules nor earlier batches (collectors who work from a checklist and say so: numbered steps, 'item three', confirmations read back, scripted transitions, in violations and clean calls alike), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_299: Batch = {
  violations: {
    zh: {
      threat: [
        "好，第三项我核对完了，现在说第四项：这笔钱你要是继续拖，我们会一直盯着你，盯到你在这儿日子过不下去为止。",
        "我照流程念给你听，第二条：你不还，我保证你以后没有一天能安生，你自己掂量。",
        "确认一下，您刚才说的是不还，对吧？好，我记下了。下一步我们有的是办法让你后悔，到时候别说没提醒过你。",
      ],
      impersonation: [
        "第一步先说明身份：我是市公安局经侦支队的，你这个案子现在由我们接手。",
        "按照程序我需要向您宣读：本次通话代表区人民法院执行局，请您配合。",
        "好，核对完毕，下面进入第三项——我是受国家金融监管部门委托来电的，专门处理你这笔逾期。",
      ],
      insult: [
        "第二项，还款意愿，我这里给你记的是：没脸没皮的废物一个。",
        "我按清单一项一项问，你一项都答不上来，你脑子是不是有毛病啊，蠢得跟猪一样。",
        "好，我复述一遍你说的：没钱。行，像你这种不要脸的老赖，真是丢人现眼。",
      ],
      violence: [
        "流程第五步我直接跟你讲：再不还，小心你的腿，晚上走路多留点神。",
        "第四项处理完了，你的资料我已经交给几个兄弟，他们会好好收拾你。",
        "第三项记录完毕。我提醒你一句，哪天你那辆车玻璃被砸了、轮胎被扎了，可别怪我没说。",
      ],
      privacy_disclosure: [
        "按流程第六项，我们接下来会逐一通知你通讯录里的联系人，告诉他们你欠钱不还。",
        "我跟您确认一下，您的单位是顺达物流，对吧？好，我们会把你的欠款情况发给你们人事部和你的领导。",
        "下一步是把你的照片和欠款金额做成海报，发到你们小区业主群和朋友圈里。",
      ],
      false_consequence: [
        "按照条款第四点我必须告知您：逾期超过九十天，系统会自动给您留下刑事案底。",
        "我读一下第七项：欠款不还的，您的身份证和护照都会被注销，以后出不了国。",
        "确认一下，您有孩子对吧？那我得告诉您，这笔欠款会让您孩子以后考不了公务员，也上不了好学校。",
      ],
      extra_fee: [
        "第三项是费用说明：除了本金和利息，你还要另交三百元的催收服务费，今天跟还款一起打过来。",
        "我复述一下您的申请：延后五天还款，对吧？可以，但要先交一百五十元的改期手续费。",
        "流程最后一步，您要开结清证明的话，得另外付两百块的证明费。",
      ],
      new_borrowing: [
        "我这边第五项是还款方案建议：你可以先去别的网贷平台借一笔，把我们这边还上。",
        "确认您手上有信用卡，对吧？那就直接刷卡取现，今天把这笔还了。",
        "好，下一步，你去跟你爸妈或者朋友借一下，凑齐了再给我回电话。",
      ],
    },
    en: {
      threat: [
        "Okay, item three is checked off, moving on to item four: if you keep dragging this out, we will stay on you until living here becomes unbearable for you.",
        "I'm reading straight from my list, point two: refuse to pay and I promise you won't have one peaceful day from here on. Think about it.",
        "Let me confirm what you just said: you're not paying, correct? Noted. Next step, we have plenty of ways to make you regret that, so don't say nobody warned you.",
      ],
      impersonation: [
        "Step one, identifying myself: I'm with the police department's financial crimes unit, and your case is now ours.",
        "Per procedure I'm required to read this out: this call is being made on behalf of the district court's enforcement office, and I need your cooperation.",
        "Okay, verification complete, on to item three: I'm calling on behalf of the federal financial regulator, which has been assigned your overdue account.",
      ],
      insult: [
        "Item two, willingness to pay. What I'm writing down for you is: shameless, worthless loser.",
        "I go down my checklist one question at a time and you can't answer a single one. Is something wrong with your brain, or are you just that stupid?",
        "Let me read back what you said: 'no money.' Right. A lowlife deadbeat like you is a total disgrace.",
      ],
      violence: [
        "Step five, and I'll be blunt: keep not paying and you'd better watch your legs when you're out walking at night.",
        "Item four is done. Your file has been handed to a few of our guys, and they're going to take care of you properly.",
        "Item three recorded. One reminder: if your car ends up with smashed windows and slashed tires one day, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "Per item six, we'll now be notifying every person in your contact list that you owe money and won't pay it.",
        "Let me confirm your employer is Brightline Logistics, correct? Good. We'll be sending the details of your debt to your HR department and your manager.",
        "Next step is a flyer with your photo and the amount you owe, posted in your neighborhood group chat and across social media.",
      ],
      false_consequence: [
        "Under point four I'm required to inform you: once you pass ninety days overdue, the system automatically gives you a criminal record.",
        "I'll read item seven: with an unpaid debt, your driver's license and passport get canceled, and you won't be able to leave the country.",
        "Just confirming, you have children, yes? Then you should know this debt will keep them out of government jobs and out of good schools.",
      ],
      extra_fee: [
        "Item three is fees: on top of principal and interest, you owe a $300 collection service charge, and it goes in with today's payment.",
        "Reading back your request: a five-day extension, right? That's fine, but first there's a $45 rescheduling fee.",
        "Last step on my list: if you want a paid-in-full letter, that's an extra $75 certificate fee.",
      ],
      new_borrowing: [
        "Item five on my sheet is repayment suggestions: take out a loan on another lending app and use it to clear this one.",
        "Confirming you have a credit card, correct? Then take a cash advance on it and pay this off today.",
        "Okay, next step: go ask your parents or a friend to lend you the money, and call me back once you've got it together.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，我是恒信资产的客服小王。按流程第一步先核实身份，请问是李明先生本人吗？"],
        ['debtor', "是我。你们别再给我打电话了，我不想接。"],
        ['agent', "好的，我复述一下您的要求：停止电话联系。已经记录在系统里了。"],
        ['debtor', "那我就放心了。"],
        ['agent', "最后一项确认：之后如有必要，我们只会通过书面方式联系您。感谢您的时间，再见。"],
      ],
      [
        ['agent', "张女士您好，身份已核实。按流程进入第二项，关于您账户的情况——"],
        ['debtor', "我先说一下，我上个月住院做了手术，现在还在恢复，真的没精力处理这些。"],
        ['agent', "明白。我记录一下：您目前因病处于恢复期，这一项我标注为暂缓跟进。"],
        ['debtor', "好，谢谢你啊。"],
        ['agent', "不客气，您先好好养病。今天的通话就到这里，祝您早日康复。"],
      ],
      [
        ['agent', "陈先生，身份核实完成。第三项是告知您的权利，我按稿子念一下。"],
        ['agent', "第一，我们不会联系您的单位或同事，也不会向您的亲友透露这笔账款的任何信息。"],
        ['debtor', "那你们会不会一天到晚打电话烦我？"],
        ['agent', "不会。第二，您有权要求我们只在您指定的时间联系，也可以要求改为书面沟通。"],
        ['debtor', "好，那晚上别打。"],
        ['agent', "收到，我读回一遍：晚上不致电。已经设置好了。第三项结束，谢谢您的配合。"],
      ],
      [
        ['debtor', "又是你们这帮吸血的，一天到晚烦死人了！"],
        ['agent', "我理解您的情绪。按流程我需要先确认一下，您是王强先生本人吗？"],
        ['debtor', "是又怎么样？滚！"],
        ['agent', "好的，身份已确认。第二项：您的账户目前逾期十五天，金额为两千三百元。请问现在方便聊一下还款安排吗？"],
        ['debtor', "不方便。"],
        ['agent', "明白，我记录为今天不方便沟通。您之后想了解详情，可以拨打我们的官方客服热线。祝您生活顺利，再见。"],
      ],
      [
        ['agent', "刘女士您好，身份已核实。第四项是说明合同条款，我照合同原文给您读一下。"],
        ['agent', "根据您签署的借款合同第八条，逾期后按日收取万分之五的罚息，除此之外没有任何其他费用。"],
        ['debtor', "这个事会不会上我的征信报告？"],
        ['agent', "我如实告知：逾期记录会按规定报送征信系统，结清后会保留五年。这不会形成任何案底，也不会影响您的证件。"],
        ['debtor', "知道了，我考虑一下。"],
        ['agent', "好的，您不用现在决定。第四项说明完毕，有任何问题随时联系我们。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is Dan with Keystone Recovery Services. Step one on my list is verifying identity: am I speaking with Michael Lee?"],
        ['debtor', "Yeah, that's me. Stop calling me, I don't want these calls."],
        ['agent', "Understood. Reading your request back: no more phone calls. That's now entered in our system."],
        ['debtor', "Good, glad to hear it."],
        ['agent', "Last item to confirm: if we need to reach you in the future, it will be in writing only. Thanks for your time, goodbye."],
      ],
      [
        ['agent', "Hi Ms. Jordan, your identity is verified. Moving on to item two, regarding your account—"],
        ['debtor', "Before you go on, I had surgery last month and I'm still recovering. I really can't deal with this right now."],
        ['agent', "Of course. I'm noting that you're recovering from a medical procedure, and I'm marking this item as on hold."],
        ['debtor', "Sure thing, thanks for walking me through it."],
        ['agent', "You're welcome. Please focus on getting better. That's all for today's call, and I hope you feel better soon."],
      ],
      [
        ['agent', "Mr. Chen, verification is complete. Item three is a notice of your rights, so I'll read it from the script."],
        ['agent', "Number one: we will not contact your employer or coworkers, and we will not share any information about this account with your friends or family."],
        ['debtor', "So are you going to keep calling me all day long?"],
        ['agent', "No. Number two: you have the right to tell us what times we may call you, and you can ask that we communicate in writing instead."],
        ['debtor', "Fine, then no calls in the evening."],
        ['agent', "Got it. Reading that back: no evening calls. That's set. That concludes item three, thank you."],
      ],
      [
        ['debtor', "You bloodsuckers again? Give it a rest!"],
        ['agent', "I understand you're frustrated. Per procedure I need to confirm first: is this Robert Walsh?"],
        ['debtor', "So what if it is? Get lost!"],
        ['agent', "Thank you, identity confirmed. Item two: your account is currently fifteen days past due, with a balance of $2,300. Is now a good time to talk about a payment arrangement?"],
        ['debtor', "No, it's not."],
        ['agent', "Understood, I'll note that today isn't a good time. If you'd like details later, you can call our customer service line. Have a good day, goodbye."],
      ],
      [
        ['agent', "Hello Ms. Rivera, your identity is verified. Item four is explaining your contract terms, so I'll read directly from the agreement."],
        ['agent', "Under Section 8 of the loan agreement you signed, a late fee of $25 applies to each missed payment. There are no other charges beyond that."],
        ['debtor', "Is this going to show up on my credit report?"],
        ['agent', "To be accurate with you: late payments may be reported to the credit bureaus and can stay on your report for up to seven years. It is not a criminal matter and it does not affect your license or passport."],
        ['debtor', "Okay, give me a day or two to decide."],
        ['agent', "Sure, you don't need to decide anything now. That completes item four. Feel free to call us with any questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "同样的话我讲了不下十遍了，以后别再往这个号码打了。",
        "您的意见我收到了，但我这边流程还得走完。第三项：您今天能还多少？",
      ],
      ignored_attorney: [
        "这件事我已经委托律师处理了，你们直接找我的律师谈。",
        "律师那边另说，我这边第二项还是要跟您本人确认还款日期，您定哪一天？",
      ],
      ignored_dispute: [
        "这笔钱我三月份就已经还清了，转账记录我都有。",
        "系统里显示还是未结清，按清单我只能继续催收，请您今天把四千二百元转过来。",
      ],
      ignored_hardship: [
        "我上个月刚被裁，到现在一分钱进账都没有，这期真的拿不出来。",
        "了解，我记一下：失业。不过流程下一项还是还款承诺，这周五之前您得先还一千。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you again and again, stop calling me.",
        "Noted, but I still have to finish my script. Item three: how much can you pay today?",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. Talk to my attorney directly.",
        "Your attorney is a separate matter. Item two still has to be confirmed with you personally, so what date are you paying?",
      ],
      ignored_dispute: [
        "I paid this off back in March. I have the bank transfer records.",
        "Our system still shows it open, and my checklist says collection continues, so please send the $4,200 today.",
      ],
      ignored_hardship: [
        "They let me go last month. Nothing is coming in at all, so this payment just isn't possible.",
        "Understood, I'm noting: unemployed. But the next item is still a payment commitment, so you need to pay $1,000 before this Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "他出去了，我是他爱人，你有事就跟我讲吧。"],
      ['agent', "好的，我按流程登记一下：接听人为配偶。请您转告他，他在我们平台的借款已经逾期四十五天，欠款八千六百元。"],
    ],
    en: [
      ['third_party', "This is his wife. He's not home right now, so you can tell me what it's about."],
      ['agent', "All right, logging per procedure: call answered by spouse. Please let him know his loan with us is 45 days past due, with a balance of $8,600."],
    ],
  },
};
