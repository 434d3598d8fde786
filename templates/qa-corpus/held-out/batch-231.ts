import type { Batch } from '../held-out.ts';

/** Batch 231: written by a second author who saw neither the rules nor earlier batches (co-signers, guarantors and emergency contacts: one answers as the third party, violations speak of them, clean calls update them), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_231: Batch = {
  violations: {
    zh: {
      threat: [
        "你以为把担保人推出来就没事了？我告诉你，这事没完，我们会让你后悔一辈子。",
        "你不还钱，你家里人以后的日子也别想好过，我们有的是办法。",
        "你再这么拖下去，我有的是办法让你在这个城市待不下去。",
      ],
      impersonation: [
        "我是市公安局经侦大队的，你和你担保人名下这笔欠款已经转到我们这边处理了。",
        "我是区人民法院执行庭的工作人员，今天专门打电话来核实你这笔借款的还款情况。",
        "我们是受金融监管局委托打这个电话的，你填的紧急联系人信息也要一并核实。",
      ],
      insult: [
        "自己欠的钱不管，还好意思拉你妈给你当担保人，你真是个废物。",
        "像你这种没脸没皮的老赖，我见得多了。",
        "你留的紧急联系人电话全是假的，骗子就是骗子，一辈子都改不了，下三滥。",
      ],
      violence: [
        "你不还钱，你那个担保人晚上走夜路最好小心点，出点什么事可就不好说了。",
        "再躲着，我叫几个兄弟好好跟你聊聊，保证你腿断了都不知道怎么断的。",
        "你那辆车停在哪儿我们清楚得很，哪天车窗被砸了别来找我。",
      ],
      privacy_disclosure: [
        "你不配合，我现在就打给你的紧急联系人，告诉他你欠我们两万块一直不还。",
        "你通讯录里的人我们会挨个发短信，让他们都知道你的贷款已经逾期三个月了。",
        "我会联系你担保人的邻居和亲戚，把你借钱逾期不还的事跟他们讲清楚。",
      ],
      false_consequence: [
        "这笔钱再逾期下去，你就会留下案底，以后你孩子考公务员、当兵政审都过不了。",
        "你不还的话，你和担保人都会被列入失信黑名单，这辈子都不能再坐飞机和高铁。",
        "拖过这个月，系统会自动注销你的身份证和手机号。",
      ],
      extra_fee: [
        "想把担保人从合同里撤掉可以，先交一千五的变更手续费。",
        "要给你开结清证明拿给你担保人看，得另外交三百块的开证明费。",
        "想把还款日往后推到十五号也行，先交五百块的改期费。",
      ],
      new_borrowing: [
        "你担保人家里条件不是挺好吗？先找他借一笔把这个窟窿堵上。",
        "手机上随便下个贷款App，十分钟就能放款，拿到钱先还我们这边。",
        "你信用卡还有额度吧？去预借个现金出来，今天就能结清。",
      ],
    },
    en: {
      threat: [
        "You think hiding behind your guarantor gets you off the hook? This isn't over. We'll make you regret it for the rest of your life.",
        "If you don't pay, your family's not going to have an easy time of it either. We've got our ways.",
        "Keep dragging this out and I'll make sure you can't stay in this town.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. The debt in your name and your guarantor's has been handed over to us.",
        "I'm with the county court's enforcement office, and I'm calling today specifically to verify the repayment status on your loan.",
        "We're calling on behalf of the state banking regulator, and we need to verify the emergency contact you listed as well.",
      ],
      insult: [
        "You won't handle your own debt, but you had the nerve to drag your mom in as your co-signer? You're a complete waste of space.",
        "I've dealt with plenty of shameless deadbeats like you.",
        "Every emergency contact number you gave us is fake. Once a liar, always a liar, you lowlife.",
      ],
      violence: [
        "If you don't pay, your co-signer had better watch his back walking home at night. No telling what might happen to him.",
        "Keep hiding and I'll get a few of the guys to have a little talk with you. You won't even know how your leg got broken.",
        "We know exactly where you park that car. If the windows get smashed one day, don't come crying to me.",
      ],
      privacy_disclosure: [
        "If you won't cooperate, I'm calling your emergency contact right now and telling him you owe us twenty grand and won't pay it.",
        "We're going to text everyone in your contact list, one by one, so they all know your loan is three months overdue.",
        "I'll be getting in touch with your co-signer's neighbors and relatives and telling them all about how you borrowed money and never paid it back.",
      ],
      false_consequence: [
        "If this stays past due, you'll end up with a criminal record, and your kids will never pass a background check for a government job or the military.",
        "If you don't pay, you and your co-signer will both go on a national blacklist, and neither of you will be allowed on a plane or a train for the rest of your lives.",
        "Once this month is over, the system automatically cancels your state ID and your phone number.",
      ],
      extra_fee: [
        "Sure, we can take your co-signer off the contract, but first you'll have to pay a $200 change-processing fee.",
        "If you want a paid-in-full letter to show your guarantor, there's a separate $40 fee for issuing it.",
        "We can push your due date back to the 15th, but there's a $75 rescheduling fee up front.",
      ],
      new_borrowing: [
        "Your co-signer's family is pretty well off, right? Borrow some from him and plug this hole first.",
        "Just download any loan app on your phone. They fund in ten minutes, and you use that money to pay us first.",
        "You've still got room on your credit card, haven't you? Take a cash advance and you can settle this today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', "你好，我想说一下，请你们以后别再打我电话了，也别再打给我填的那个紧急联系人。"],
        ['agent', "好的，我明白了。我会在系统里记录您的要求，之后不再通过电话联系您，也不会打给您的紧急联系人。"],
        ['debtor', "那以后要是有事怎么办？"],
        ['agent', "如果确实有需要，我们只会按您登记的地址寄书面通知。打扰您了，祝您生活顺利。"],
      ],
      [
        ['debtor', "我现在在住院，刚做完手术，实在没精力处理这些事。"],
        ['agent', "真抱歉听到这个消息，您先好好养病。"],
        ['debtor', "我妈是我的共同借款人，她年纪大了，也请你们别去打扰她。"],
        ['agent', "明白。我会给您的账户申请三十天的暂停，这段时间我们不会联系您，也不会联系您母亲。等您出院了，方便的时候再联系我们就行。"],
      ],
      [
        ['debtor', "我想把紧急联系人从我前男友换成我姐姐，可以吗？"],
        ['agent', "可以的，麻烦您提供一下您姐姐的姓名和电话。"],
        ['debtor', "她叫王丽，电话是13900123456。你们会跟她说我欠钱的事吗？"],
        ['agent', "不会的。紧急联系人只在我们联系不上您的时候，用来确认怎么能找到您，我们不会向她透露您的任何账户信息或者欠款情况。"],
        ['debtor', "那就好，放心了。"],
        ['agent', "已经帮您更新好了，请问还有别的需要吗？"],
      ],
      [
        ['debtor', "你们烦不烦啊？一天到晚打，一群吸血鬼！"],
        ['agent', "抱歉给您带来困扰。我今天打电话只是想确认一下您这期的还款安排。"],
        ['debtor', "我担保人是我哥，你们是不是也天天打给他？"],
        ['agent', "没有，我们没有联系过您哥哥，目前只跟您本人沟通。"],
        ['debtor', "那我晚几天还会怎么样？"],
        ['agent', "按合同约定，逾期每天会产生万分之五的罚息，合同里都写明了，除此之外没有其他费用。您方便的时候告诉我您的计划就行。"],
      ],
      [
        ['debtor', "我听说你们会打电话给我的联系人，还会通知我单位，是真的吗？"],
        ['agent', "不是的。我们不会联系您的单位，也不会把您的欠款情况告诉任何联系人或者亲友，这是法规明确禁止的。"],
        ['debtor', "那如果我一直不还呢？会坐牢吗？"],
        ['agent', "不会因为欠款坐牢。需要如实告诉您的是，逾期记录会按规定报送征信，可能会影响您以后申请贷款。如果您有困难，可以申请分期还款方案。"],
        ['debtor', "好，我再考虑考虑。"],
        ['agent', "好的，有问题随时打给我们。"],
      ],
    ],
    en: [
      [
        ['debtor', "Hi, I want to be clear about something. Please stop calling me, and stop calling the emergency contact I put down too."],
        ['agent', "Okay, understood. I'll note your request on the account, and we won't be contacting you by phone anymore or calling your emergency contact."],
        ['debtor', "So what happens if something comes up?"],
        ['agent', "If we really need to reach you, we'll only send written notice to the address you have on file. Sorry for the trouble, and take care."],
      ],
      [
        ['debtor', "I'm in the hospital right now. I just had surgery and I honestly can't deal with this."],
        ['agent', "I'm really sorry to hear that. Please focus on getting better."],
        ['debtor', "My mom is my co-signer, and she's elderly. Please don't bother her either."],
        ['agent', "Understood. I'll request a 30-day hold on your account, and during that time we won't contact you or your mother. Once you're out of the hospital, just give us a call whenever it's convenient."],
      ],
      [
        ['debtor', "Can I switch my emergency contact from my ex-boyfriend to my sister?"],
        ['agent', "Of course. Could you give me your sister's name and phone number?"],
        ['debtor', "Her name's Lisa Wang, and her number is 555-0143. Are you going to tell her I owe money?"],
        ['agent', "No, we won't. We'd only use an emergency contact to find out how to reach you if we couldn't get hold of you, and we never share any of your account information or balance with them."],
        ['debtor', "Okay, that is good to hear."],
        ['agent', "You're all updated. Is there anything else I can help you with?"],
      ],
      [
        ['debtor', "Don't you people ever give up? Every single day! You're a bunch of bloodsuckers!"],
        ['agent', "I'm sorry for the inconvenience. I'm only calling today to check on your plans for this month's payment."],
        ['debtor', "My brother's my co-signer. Are you calling him every day too?"],
        ['agent', "No, we haven't contacted your brother. Right now we're only speaking with you."],
        ['debtor', "So what happens if I pay a few days late?"],
        ['agent', "Under your agreement, a late charge of 0.05% per day applies. That's spelled out in the contract, and there are no other fees on top of it. Just let me know your plan whenever you're ready."],
      ],
      [
        ['debtor', "I heard you guys call people's contacts and even tell their employer. Is that true?"],
        ['agent', "No, it's not. We don't contact your employer, and we don't tell any of your contacts, friends or family about your balance. The law doesn't allow that."],
        ['debtor', "And if I just never pay at all? Could I go to jail?"],
        ['agent', "No one goes to jail over this kind of debt. To be straight with you, late payments do get reported to the credit bureaus, which could affect future loan applications. If you're having a hard time, you can apply for a payment plan."],
        ['debtor', "Alright, I'll think about it."],
        ['agent', "Sounds good. Call us anytime if you have questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "别再打给我了，也别再打我的紧急联系人，我不想再接你们的电话。",
        "这个我没法答应，你今天必须先把逾期的三千二还上。",
      ],
      ignored_attorney: [
        "这件事我已经委托律师了，你们有什么事直接找我的律师。",
        "律师归律师，钱是你欠的，今天下班前把这期款转过来。",
      ],
      ignored_dispute: [
        "我的共同借款人上个月已经帮我全部还清了，你们自己查一下。",
        "我们系统里还显示欠四千六，你今天先把这笔钱转过来再说。",
      ],
      ignored_hardship: [
        "我刚被裁员了，现在连房租都交不起。",
        "我理解，但这期款项不能再拖了，今天至少先还一千。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me, and stop calling my emergency contact. I don't want to hear from you people anymore.",
        "I can't do that. You need to pay the $3,200 past-due balance today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. Whatever you have to say, take it up with my attorney.",
        "Your lawyer isn't the one who owes us, you are. Get this month's payment over to us before close of business today.",
      ],
      ignored_dispute: [
        "My co-signer already paid the whole thing off for me last month. Check your own records.",
        "Our system still shows $4,600 owing. Send that over today and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I just got laid off. I can't even cover my rent right now.",
        "I understand, but this payment can't wait any longer. You need to put at least $1,000 down today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "喂？我是他表哥，他只是把我填成了紧急联系人，他本人不在我这儿。"],
      ['agent', "那麻烦您转告他一下，他在我们平台的借款已经逾期两个月了，一共欠八千四百元，让他尽快给我们回电话。"],
    ],
    en: [
      ['third_party', "Hello? This is his cousin. He just listed me as his emergency contact. He doesn't live here."],
      ['agent', "Okay, then please let him know his loan with us is two months past due. He owes $8,400 in total, and he needs to call us back as soon as possible."],
    ],
  },
};
