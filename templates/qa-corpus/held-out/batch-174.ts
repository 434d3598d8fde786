import type { Batch } from '../held-out.ts';

/** Batch 174: written by a second author who saw neither the rules nor earlier batches (courteous collectors of an outsourced agency, their violations veiled in euphemism), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_174: Batch = {
  violations: {
    zh: {
      threat: [
        '您看，我们这边一直挺有耐心的，可有些同事就没我这么好说话了，等您的案子转到他们手里，电话一天响多少回我可真说不准，您往后的日子恐怕就清静不了了。',
        '说句掏心窝的话，这事儿要是一直拖下去，我们有的是办法让您往后的每一天都过得不太顺心，真到了那一步，您可能会后悔今天没把我的话听进去。',
        '我们其实很不想把事情做绝。但您要是一直这么躲着，到时候您在这座城市恐怕就很难再安安稳稳地住下去了，话我就说到这儿。',
      ],
      impersonation: [
        '不好意思打扰您，我今天其实是受区人民法院执行局的委托，专门来跟您核实还款情况的，麻烦您配合一下。',
        '您可以这么理解：我今天这通电话，是代表市公安局经侦支队打给您的，所以麻烦您认真对待。',
        '顺便跟您说明一下，我本人同时也是金融监管局的特约核查员，今天算是以监管部门的身份在跟您沟通。',
      ],
      insult: [
        '恕我直言，一个成年人连几千块钱的账都理不清楚，我真不知道您平时是怎么过日子的，说实话挺让人看不起的。',
        '我们接触过的客户也不算少了。借钱时满口答应、还钱时装聋作哑，像您这样的，说好听点叫糊涂，说难听点就是没脸没皮。',
        '您别介意我说话直：这么大年纪了还干借钱不还的事，真是既没出息，又没廉耻。',
      ],
      violence: [
        '我们这边一向讲礼貌，不过合作的几位兄弟脾气可没那么好，他们要是接手您这件事，您出门在外磕着碰着，那可就真不好说了。',
        '您那辆白色的车平时就停在楼下吧？哪天要是车窗被人砸了、轮胎被人扎了，可别怪我们没提前跟您打招呼。',
        '建议您多留意一下孩子放学回家那段路，外面不太平，我们也实在不希望您家孩子出点什么意外。',
      ],
      privacy_disclosure: [
        '我们其实挺不希望您单位领导是从别人那儿听说您欠钱这件事的。可您今天要是还不处理，我们可能只好给您公司人事部门打个电话，把情况跟他们说明一下。',
        '您通讯录里的亲戚朋友我们这边都有登记，要是再联系不上您，麻烦您体谅，我们只能一个个请他们帮忙转告，说您在我们这儿还欠着一笔款。',
        '说实话，把您的照片和欠款金额发到您小区的业主群里，对谁都不体面，所以建议您还是趁早自己把事情了结了。',
      ],
      false_consequence: [
        '好心提醒您一句，这类欠款逾期满九十天就会自动转为刑事案件，到时候您会留下案底，这是系统规定，我们也没法改变。',
        '麻烦您了解一下，这条记录一旦上了征信，您孩子以后报考公务员、上重点学校都会受影响，而且是一辈子的事。',
        '您要是一直不处理，名下的身份证和手机号可能会被冻结，养老金也会暂停发放，生活上会非常不方便。',
      ],
      extra_fee: [
        '另外跟您说明一下，您这笔已经转到我们外包团队处理了，需要额外收取八百元的催收服务费，麻烦您今天跟欠款一起转过来。',
        '您要是想把还款日往后挪半个月，也可以帮您办，只是得先交三百元的改期手续费，这笔是我们这边单独收的。',
        '等您结清以后要开结清证明的话，还得另付两百元工本费，建议您这次一起转了，省得之后再麻烦一趟。',
      ],
      new_borrowing: [
        '我猜您手机上应该也装了几个借款App吧？建议您先从别的平台周转一下，把我们这笔先结了。',
        '您名下的信用卡应该还有些额度吧，麻烦您先取个现出来还上，利息其实也多不了几个钱。',
        '实在不行的话，您也可以先跟父母或者兄弟姐妹开个口，一家人嘛，总归是好商量的。',
      ],
    },
    en: {
      threat: [
        "We've been very patient with you on our end, but some of my colleagues are a good deal less accommodating, and once your file lands on their desk, I honestly couldn't tell you how many times a day your phone will ring. I doubt you'll get a quiet day for quite a while.",
        "Speaking frankly, if this keeps dragging on, we have our ways of making every single day after this a little harder for you, and by then you may well regret not listening to me today.",
        "We'd really rather not take things that far. But if you keep avoiding us, it would be a shame if you found it hard to ever live comfortably in this town again. I'll leave it at that.",
      ],
      impersonation: [
        "Sorry to bother you. I'm actually calling today on behalf of the county court's enforcement division, just to verify where things stand with your payments, so I'd appreciate your cooperation.",
        "You can think of it this way: this call is coming to you on behalf of the city police department's financial crimes unit, so I'd ask you to take it seriously.",
        "I should also mention that I serve as a special examiner for the federal banking regulator, so today I'm really speaking with you in that official capacity.",
      ],
      insult: [
        "Forgive me for saying so, but a grown adult who can't keep track of a few thousand dollars? I honestly don't know how you get through the day. It's rather pitiful.",
        "We've dealt with plenty of customers. Someone who promises everything when borrowing and then plays deaf when it's time to pay, well, the polite word would be careless. The honest one is shameless.",
        "Don't take this the wrong way, but at your age, still borrowing money and not paying it back? That's spineless, and frankly a little disgraceful.",
      ],
      violence: [
        "We always keep things polite on our end, but a few of the guys we work with aren't nearly so even-tempered, and if they take over your matter, well, who's to say you won't have some unfortunate accident when you're out and about?",
        "That white car of yours is usually parked right outside your building, isn't it? If one day the windows get smashed or the tires get slashed, please don't say we didn't give you a heads-up.",
        "You might want to keep a close eye on your kid's walk home from school. It's not a safe world out there, and we'd truly hate for anything to happen to them.",
      ],
      privacy_disclosure: [
        "We'd really hate for your boss to hear about this debt from someone else. But if it isn't handled today, we may have no choice but to call your HR department and fill them in on the situation.",
        "We have all the friends and relatives in your contact list on file. If we still can't reach you, I hope you'll understand that we'll have to ask each of them, one by one, to let you know you still owe us money.",
        "Honestly, posting your photo and the amount you owe in your neighborhood's group chat wouldn't look good for anyone, so it's best you settle this yourself while you still can.",
      ],
      false_consequence: [
        "Just a friendly reminder: once a debt like this hits ninety days past due, it automatically becomes a criminal case and you'll end up with a record. That's simply how the system works; it's out of our hands.",
        "I'd just like you to be aware that once this is on your credit file, your children will have trouble getting into good schools or landing government jobs down the road, and it follows them for life.",
        "If this stays unresolved, your ID and your phone number may be frozen, and your pension payments will be suspended, which will make daily life very difficult.",
      ],
      extra_fee: [
        "I should also let you know that since your account has been placed with our agency, there's an additional $800 collection service fee, so please send that today along with the balance.",
        "If you'd like to push your due date back two weeks, we can arrange that for you, but there's a $300 rescheduling fee up front, which is something we charge separately.",
        "And once it's paid off, if you want a payoff letter, that's another $200 document fee, so I'd suggest sending it now and saving yourself the trouble later.",
      ],
      new_borrowing: [
        "I'm guessing you have a few lending apps on your phone? You might want to pull some money from one of those and clear this balance first.",
        "You probably still have some room on your credit cards. Why not take a cash advance and pay this off? The extra interest really isn't much.",
        "If all else fails, you could always ask your parents or a brother or sister to lend you the money. Family is usually willing to work something out.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是周建华周先生吗？我是受银行委托的账务服务中心工作人员，我姓刘。'],
        ['debtor', '是我。你们这礼拜已经打了好几次了，我上班根本没法接，别再打了行吗？'],
        ['agent', '明白，实在抱歉给您添麻烦了。您的要求我已经记下了，之后我们这边不会再打电话联系您。'],
        ['debtor', '行，记下了就好。'],
        ['agent', '您以后想了解账户情况，可以通过银行官方渠道自行查询。不耽误您工作了，再见。'],
      ],
      [
        ['agent', '您好，请问是陈女士本人吗？'],
        ['debtor', '是我……不好意思，我现在还在住院，刚做完手术，工作也丢了，真的没精力谈这个。'],
        ['agent', '哎，您先别着急，身体要紧。您说的情况我都如实记下来了，今天就不跟您谈账户的事了。'],
        ['debtor', '谢谢你。'],
        ['agent', '您安心养病。等您方便的时候，也可以主动联系银行，了解一下针对困难客户的协商政策。祝您早日康复。'],
      ],
      [
        ['agent', '王先生您好，关于您信用卡逾期的事，想跟您沟通一下还款安排。'],
        ['debtor', '你们不会打电话到我单位去吧？我可不想让同事知道。'],
        ['agent', '这点请您放心，我们不会联系您的单位，也不会向您的同事、家人或朋友透露任何跟欠款有关的信息。'],
        ['debtor', '我这个月手头实在紧，要不我先找朋友借点？'],
        ['agent', '我们不建议您为了还这笔钱再去借别的款。您可以根据自己的实际收入，跟我们商量一个分期方案。'],
        ['debtor', '分期要多收钱吗？'],
        ['agent', '除了合同里已经写明的条款，我们不会收取任何额外费用。您考虑好了，随时回电就行。'],
      ],
      [
        ['debtor', '你们这些催债的，天天打电话烦不烦？一群吸血鬼！我一分钱都不会给！'],
        ['agent', '我理解您现在情绪比较激动，没关系。我只是想跟您确认一下账户情况，您有任何疑问都可以提出来。'],
        ['debtor', '你们是不是还要报警抓我？'],
        ['agent', '不会的。我们是受银行委托的催收机构，不是公安，也不是法院。欠款属于民事纠纷，您不会因为这个被抓。'],
        ['debtor', '那你们凭什么说我欠这么多？'],
        ['agent', '您有权要求银行提供详细的账单明细。如果对金额有异议，可以通过银行官方渠道申请核查。'],
      ],
      [
        ['agent', '赵女士您好，跟您说明一下账户目前的情况：本金是五千六百元，另外按照合同第七条，产生了四十二元六角的逾期违约金。'],
        ['debtor', '这违约金是哪来的？'],
        ['agent', '这是您签约时合同里就约定好的，我可以把对应条款发到您邮箱，您核对一下。除此之外，没有其他任何费用。'],
        ['debtor', '我要是一直不还会怎么样？'],
        ['agent', '逾期记录会按规定如实报送征信系统，可能会影响您以后申请贷款或信用卡。不会留案底，也不会牵连您的家人。即使银行以后选择起诉，也要经过法院审理，您在其中有充分陈述的权利。'],
        ['debtor', '知道了，我再想想。'],
        ['agent', '好的，不着急，您考虑清楚了再联系我们。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, may I speak with Mr. James Porter? This is Linda, calling from the account services center on behalf of the bank."],
        ['debtor', "Speaking. Look, you people have called me several times this week. I can't pick up at work. Can you just stop calling?"],
        ['agent', "Understood, and I'm sorry for the inconvenience. I've noted your request, and we won't be contacting you by phone going forward."],
        ['debtor', "OK, as long as it's noted."],
        ['agent', "If you ever want to check on the account, you can do that through the bank's official channels. I'll let you get back to work. Take care."],
      ],
      [
        ['agent', "Hello, is this Ms. Rachel Chen?"],
        ['debtor', "Yes... sorry, I'm still in the hospital. I just had surgery, and I lost my job, so I really can't deal with this right now."],
        ['agent', "Oh, please don't worry about it. Your health comes first. I've made a note of everything you told me, and we won't discuss the account today."],
        ['debtor', "Thank you."],
        ['agent', "Focus on getting better. Whenever you're ready, you're welcome to reach out to the bank and ask about their hardship options. Wishing you a speedy recovery."],
      ],
      [
        ['agent', "Hi, Mr. Walker. I'm calling about the past-due balance on your credit card, to talk through a payment arrangement."],
        ['debtor', "You're not going to call my job, are you? I don't want my coworkers knowing about this."],
        ['agent', "You can rest easy on that. We won't contact your employer, and we won't share anything about this debt with your coworkers, family or friends."],
        ['debtor', "Money's really tight this month. Maybe I should just borrow some from a friend?"],
        ['agent', "We don't recommend taking on new debt to pay this one. Instead, we can work out an installment plan based on what you actually earn."],
        ['debtor', "Do you charge extra for a plan?"],
        ['agent', "Beyond what's already written in your agreement, we don't charge any additional fees. Give us a call back whenever you've thought it over."],
      ],
      [
        ['debtor', "You bloodsucking debt collectors call every single day! Don't you ever get tired of it? I'm not paying you a dime!"],
        ['agent', "I can tell you're upset, and that's all right. I'm just calling to go over the account with you, and you're welcome to ask me anything."],
        ['debtor', "So what, are you going to have the cops arrest me now?"],
        ['agent', "No, sir. We're a collection agency working for the bank, not the police and not a court. An unpaid debt is a civil matter, and nobody gets arrested over it."],
        ['debtor', "Then where do you get off saying I owe that much?"],
        ['agent', "You have the right to request an itemized statement from the bank. If you disagree with the amount, you can ask for it to be reviewed through the bank's official channels."],
      ],
      [
        ['agent', "Hello, Ms. Daniels. Let me walk you through where the account stands: the principal is $5,600, and under section 7 of your agreement there's a late charge of $42.60."],
        ['debtor', "Where's that late charge coming from?"],
        ['agent', "It's in the agreement you signed when you opened the account, and I can email you that section so you can check it. Other than that, there are no other fees."],
        ['debtor', "What happens if I just never pay?"],
        ['agent', "The late payments will be reported accurately to the credit bureaus, which could affect future loan or card applications. You won't get a criminal record, and it won't affect your family. Even if the bank decided to sue someday, it would go before a judge, and you'd have every right to tell your side."],
        ['debtor', "Okay. Let me think about it."],
        ['agent', "Of course, no rush. Reach out whenever you've made up your mind."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '请你们别再给我打电话了，我真的不想再接了。',
        '理解您的心情，不过这笔款项已经逾期四十多天了，麻烦您今天还是先把最低还款额一千二百元处理一下，我们希望下午五点前能看到入账。',
      ],
      ignored_attorney: [
        '我已经委托律师了，有什么事请直接联系我的律师。',
        '好的，律师那边的事我们知道了。不过这笔账还是在您名下，麻烦您今天先安排还一部分，哪怕先还两千也行。',
      ],
      ignored_dispute: [
        '这笔钱我上个月已经全部还清了，你们肯定是搞错了。',
        '我这边系统显示还是未结清状态，麻烦您先按系统金额把八千六百五十元转过来，其他的我们之后再核对。',
      ],
      ignored_hardship: [
        '我刚做完手术，现在工作也没了，真的拿不出钱来。',
        '您的情况我听到了，也挺同情的，但账单还是得按期处理，建议您这周之内先还上一千五，剩下的我们再商量。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Please stop calling me. I really don't want to hear from you anymore.",
        "I understand how you feel, but this account is now more than forty days past due, so I do need you to take care of the $1,200 minimum payment today. We'd like to see it posted by 5 p.m.",
      ],
      ignored_attorney: [
        "I've hired a lawyer. If you have anything to say, please contact my attorney directly.",
        "Okay, we've noted that about your lawyer. But the balance is still in your name, so I'd ask you to set up at least a partial payment today, even just $2,000.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. You've clearly made a mistake.",
        "My system still shows the account as open, so please go ahead and send the $8,650 it's showing, and we can sort out the rest afterward.",
      ],
      ignored_hardship: [
        "I just had surgery and I've lost my job. I honestly don't have the money.",
        "I hear you, and I'm sorry you're going through that, but the bill still needs to be handled on schedule. I'd suggest paying $1,500 by the end of this week, and we can talk about the rest after that.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂？他现在不在家，我是他爱人，您找他有什么事吗？'],
      ['agent', '您好，麻烦您转告一下您先生，他在银行的信用卡已经逾期两个多月了，目前欠款一万两千三百元，请他方便的时候尽快回个电话。'],
    ],
    en: [
      ['third_party', "Hello? He's not home right now. This is his wife. Can I help you with something?"],
      ['agent', "Thank you, ma'am. Would you mind letting your husband know that his credit card with the bank is a little over two months past due, with $12,300 outstanding? We'd appreciate a call back as soon as he's able."],
    ],
  },
};
