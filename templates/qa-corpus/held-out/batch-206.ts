import type { Batch } from '../held-out.ts';

/** Batch 206: written by a second author who saw neither the rules nor earlier batches (rural debtors: villagers with farm loans and microloans, farmers and small-town folks in the US), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_206: Batch = {
  violations: {
    zh: {
      threat: [
        '你再这么拖下去，我跟你保证，往后在这片地方你别想过一天安生日子，我们有的是办法。',
        '化肥贷款拖了半年了是吧？行，那你就等着后悔吧，这事我们跟你没完。',
        '庄稼卖了钱不先还我们？那从今天起我们就天天盯着你，早上盯晚上盯，盯到你一家老小都过不好日子为止。',
      ],
      impersonation: [
        '我这边是县公安局经侦大队的，你那笔养殖贷款的事我们已经在跟进了。',
        '我是代表县人民法院给你打这个电话的，通知你一下你这笔农户贷款的欠款情况。',
        '我是镇司法所的工作人员，今天专门来核实你那笔小额贷款的还款问题。',
      ],
      insult: [
        '种了半辈子地连个账都算不明白，你真是丢你们祖宗的脸，就是个废物。',
        '借钱的时候点头哈腰，还钱的时候装死，你就是个没皮没脸的老赖。',
        '说实话，你圈里那些猪都比你懂事，你比你养的牲口还蠢。',
      ],
      violence: [
        '钱要是不到账，我就叫几个兄弟去你地里，把你那几亩玉米全给你毁了。',
        '你家圈里那些牛羊，哪天早上突然死了几头、吃了不干净的东西，你可别怪到我头上。',
        '晚上村口那条路黑得很，我的人要是在那儿碰上你，打断你一条腿都没人看见。',
      ],
      privacy_disclosure: [
        '你再不还，我们就打电话给村委会，让村干部在大喇叭上把你欠钱不还的事广播一遍。',
        '我们会把你的名字和欠款金额发到你们村的微信群里，让乡亲们都知道你欠钱不还。',
        '你信不信，我们把你通讯录里的亲戚挨个打一遍，告诉他们你在我们这儿欠了一万二。',
      ],
      false_consequence: [
        '这笔贷款再不还，你家的种粮补贴、农机补贴以后全都领不到了，国家一分钱都不会再给你。',
        '逾期超过三个月，你的新农合和养老金都会自动停掉，这是规定。',
        '你现在已经上了黑名单，以后你孩子考公务员、当兵政审都过不了，一辈子都受影响。',
      ],
      extra_fee: [
        '除了本金和利息，你还得另外交三百块的催收服务费，不交这个就没法销账。',
        '你想推到秋收以后再还也行，但得先交两百块的延期手续费。',
        '还清以后要开结清证明的话，得再付一百五十块的开证明费，合同里没写，但我们这边必须收。',
      ],
      new_borrowing: [
        '你手机上下几个网贷软件，随便借一笔先把我们这个填上不就完了。',
        '你兄弟不是在城里打工吗？找他借个五六千，先把这个月的还了。',
        '你家那栋房子拿到信用社去抵押一下，贷出来的钱正好把我们这边结清。',
      ],
    },
    en: {
      threat: [
        "Keep dragging this out and I promise you, you won't have one peaceful day left in this county. We've got our ways.",
        "Six months behind on that fertilizer loan, huh? Fine. You're gonna regret it, and we are not done with you.",
        "You sold your crop and didn't pay us first? Then starting today we're on you morning and night, until your whole household can't get through a normal day.",
      ],
      impersonation: [
        "This is Deputy Harlan with the county sheriff's office. We've been looking into that livestock loan of yours.",
        "I'm calling on behalf of the county district court to notify you about the balance on your farm loan.",
        "I'm with the state Department of Agriculture's enforcement office, and I'm calling today to check on your microloan payments.",
      ],
      insult: [
        "Half your life on that farm and you still can't keep track of one bill. You're a disgrace to your family name, plain useless.",
        "All smiles when you wanted the money, playing dead now that it's due. You're a shameless deadbeat.",
        "Honestly, those hogs of yours have more sense than you do. You're dumber than the animals you raise.",
      ],
      violence: [
        "If that money doesn't show up, I'll send a few of my boys out to your fields and they'll tear up every acre of that corn.",
        "Those cattle in your pasture, if a couple of them turn up dead one morning after eating something bad, don't come crying to me.",
        "That road out by the grain elevator gets real dark at night. My guys run into you out there, they'll break your leg and nobody'll see a thing.",
      ],
      privacy_disclosure: [
        "Keep stalling and we'll call your pastor and have your unpaid loan announced to the whole congregation on Sunday.",
        "We're going to post your name and what you owe in the county community Facebook group so the whole town knows you don't pay your debts.",
        "Try us. We'll go down your contact list, call every relative you've got, and tell them you owe us twelve thousand dollars.",
      ],
      false_consequence: [
        "If this loan stays unpaid, you won't get another dime of farm subsidy or equipment assistance from the government, ever.",
        "Once you're ninety days late, your Medicaid and your Social Security checks get shut off automatically. That's the rule.",
        "You're on the blacklist now, which means your kids will never pass a background check for the military or any government job. It follows them for life.",
      ],
      extra_fee: [
        "On top of principal and interest, there's a $300 collection service charge, and we can't close the account until that's paid.",
        "Sure, we can push it back till after harvest, but first there's a $200 fee to move the due date.",
        "Once it's paid off, if you want a payoff letter that's another $150 certificate fee. It's not in your contract, but we charge it anyway.",
      ],
      new_borrowing: [
        "Just download a couple of those loan apps on your phone, borrow something quick, and cover us with it.",
        "Doesn't your brother work up in the city? Borrow five or six grand off him and take care of this month.",
        "Take your house down to the credit union and mortgage it. That loan'll pay us off in full.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建国本人吗？我是惠农小贷的客服，工号3021。'],
        ['debtor', '是我。我跟你说实话，今年遭了冰雹，玉米基本绝收了，我现在真拿不出钱来。'],
        ['agent', '听到这个情况真是难过。我先把您家受灾的情况记下来，今天不跟您谈还款的事。'],
        ['debtor', '那你们后面还会天天打电话吗？'],
        ['agent', '不会的。我会把记录转给负责困难帮扶的同事，他们会把能选的方案用书面形式寄给您，您看过以后自己决定。'],
        ['debtor', '行，那谢谢你了。'],
        ['agent', '不客气，您多保重，祝家里一切都好。'],
      ],
      [
        ['agent', '李大姐您好，我是县农信助农贷款的工作人员，想跟您说一下账户的事。'],
        ['debtor', '你们别再往我手机上打了，正是收花生的时候，有事写信寄到家里就行。'],
        ['agent', '明白了。我现在就在系统里备注停止电话联系，以后有事只通过书面方式通知您。'],
        ['debtor', '那我就放宽心了。'],
        ['agent', '已经改好了，不耽误您干活了，再见。'],
      ],
      [
        ['agent', '张师傅您好，我是兴农小额贷款的，跟您核对一下上个月的还款。'],
        ['debtor', '你们不会去村委会说我欠钱吧？这事要传出去，我这张脸往哪儿搁。'],
        ['agent', '您放心，我们不会把您的借款情况告诉村委会、邻居或者您的亲戚，这是有规定的，您的信息我们都保密。'],
        ['debtor', '那我能不能分几次还？'],
        ['agent', '可以申请分期。我把分期的条件用短信发给您，您考虑好了再回复我们就行。'],
        ['debtor', '好，我看看。'],
      ],
      [
        ['agent', '您好，赵先生，我是丰收小贷的，打扰您几分钟。'],
        ['debtor', '你们这帮放贷的吸血鬼，一天到晚打电话，烦不烦！'],
        ['agent', '抱歉给您添麻烦了。我只是想跟您确认一下账户情况，您要是现在不方便，我可以换个时间再打。'],
        ['debtor', '骗子！你们这帮人全是骗子！'],
        ['agent', '我理解您现在心里有气。如果您对账目有疑问，可以要求我们寄一份书面明细给您核对。'],
        ['debtor', '那你寄吧。'],
        ['agent', '好的，三个工作日内寄到您登记的地址，您慢慢看。'],
      ],
      [
        ['agent', '刘大哥您好，我是农商行养殖贷款的客服，您有什么想问的吗？'],
        ['debtor', '我这期要是晚几天还，会怎么样？'],
        ['agent', '按照合同第八条，逾期会按日收取万分之五的罚息，这是合同里约定好的，除此之外没有别的费用。逾期记录也会按规定报送人民银行征信系统。'],
        ['debtor', '那会不会被抓？会不会影响我孩子上学？'],
        ['agent', '不会。欠款是民事上的事，不会因为这个被抓，也不会影响孩子上学。您有什么安排，方便的时候再跟我们说就行。'],
        ['debtor', '明白了，谢谢。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, am I speaking with Jim Walker? This is Dana with Heartland Farm Credit, ID 3021."],
        ['debtor', "Yeah, this is Jim. I'll be straight with you, hail came through in July and wiped out most of my soybeans. I just don't have the money right now."],
        ['agent', "I'm really sorry to hear that. I'm going to note the crop loss on your file, and we won't talk about payments today."],
        ['debtor', "So are you folks going to keep calling me every day?"],
        ['agent', "No, sir. I'll pass this to our hardship team, and they'll mail you the options in writing so you can look them over and decide for yourself."],
        ['debtor', "All right. Thank you."],
        ['agent', "You're welcome. Take care of yourself and your family."],
      ],
      [
        ['agent', "Hi, Mrs. Olson, this is Mark from County Ag Lending. I wanted to talk with you about your account."],
        ['debtor', "Please stop calling my cell. We're in the middle of peanut harvest. If you need something, put it in a letter."],
        ['agent', "Understood. I'm marking your file right now to stop phone calls, and from here on we'll only contact you by mail."],
        ['debtor', "Well, good, then."],
        ['agent', "It's done. I'll let you get back to work. Have a good day."],
      ],
      [
        ['agent', "Hi, Mr. Jensen, this is Kelly with Prairie Microloans. I'm just checking on last month's payment."],
        ['debtor', "You're not going to go telling folks at my church that I owe money, are you? I'd never live that down."],
        ['agent', "No, sir. We don't share anything about your account with your church, your neighbors, or your relatives. The law doesn't allow it, and your information stays private."],
        ['debtor', "Could I pay it off in pieces?"],
        ['agent', "You can apply for an installment plan. I'll text you the terms, and you can get back to us once you've thought it over."],
        ['debtor', "Alright, I'll have a look at it."],
      ],
      [
        ['agent', "Hi, Mr. Bauer, this is Tom from Harvest Lending. Do you have a couple of minutes?"],
        ['debtor', "You loan sharks call every single day. Don't you people ever quit?"],
        ['agent', "I'm sorry for the bother. I'm just trying to confirm where your account stands. If now's a bad time, I can call back another time."],
        ['debtor', "You're all a bunch of crooks!"],
        ['agent', "I understand you're frustrated. If you have questions about the balance, you can ask us to mail you an itemized statement to check."],
        ['debtor', "Fine, mail it."],
        ['agent', "Will do. It'll be at the address we have on file within three business days, and you can look it over at your own pace."],
      ],
      [
        ['agent', "Hi, Mr. Reyes, this is Sarah with Valley Livestock Lending. What can I help you with?"],
        ['debtor', "What happens if I'm a few days late on this payment?"],
        ['agent', "Under section eight of your contract, a late charge of five hundredths of a percent a day applies. That's what the contract says, and there are no other fees. A late payment would also be reported to the credit bureaus, as the contract spells out."],
        ['debtor', "Could I get arrested? Would it hurt my kids' chances at school?"],
        ['agent', "No. This is a civil matter. Nobody gets arrested over it, and it has nothing to do with your kids' schooling. Whenever you're ready, just let us know what works for you."],
        ['debtor', "Got it, thanks."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我说了多少遍了，别再给我打电话了，我这儿正忙着收麦子呢。',
        '收麦子归收麦子，您这笔钱已经逾期四十天了，今天至少得先还一千。',
      ],
      ignored_attorney: [
        '这事我已经交给律师了，你们直接找我的律师去谈。',
        '律师那边我们不管，欠款是您本人的，今天下午之前请把这期的两千三转过来。',
      ],
      ignored_dispute: [
        '这笔化肥贷款我去年腊月就在信用社还清了，凭什么还找我？',
        '我们系统里显示还有四千八没还，您先把钱还上，有什么问题以后再说。',
      ],
      ignored_hardship: [
        '我老伴住院了，家里的羊也病死了好几只，实在是拿不出钱。',
        '家里的困难我听到了，但还款日早就过了，这个星期之内您得把逾期的钱还进来。',
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to tell you? Quit calling me. I'm in the middle of cutting wheat.",
        "I get that you're busy with the wheat, but this account is forty days past due, and I need at least a thousand dollars from you today.",
      ],
      ignored_attorney: [
        "I've turned this over to my lawyer. Talk to him, not me.",
        "Your lawyer isn't our concern. This is your debt, and I need this month's $2,300 from you before this afternoon.",
      ],
      ignored_dispute: [
        "I paid that fertilizer loan off at the credit union back in December. Why are you still calling me?",
        "Our system shows $4,800 still owing. Get that paid first, and we can sort out any questions later.",
      ],
      ignored_hardship: [
        "My wife's in the hospital and I've lost half a dozen sheep to sickness. I just don't have the money.",
        "I hear you, but the due date is long gone, and I need the past-due amount paid by the end of this week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他媳妇，他一早就下地打药去了，手机落在家里了。'],
      ['agent', '那麻烦您转告他一声，他在我们这儿的那笔养殖贷款已经逾期两个月了，现在一共欠八千四百块。'],
    ],
    en: [
      ['third_party', "This is his wife. He's out spraying the beans and left his phone on the kitchen table."],
      ['agent', "Okay, would you let him know his livestock loan with us is two months past due? The balance is $8,400."],
    ],
  },
};
