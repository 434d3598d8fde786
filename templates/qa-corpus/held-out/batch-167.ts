import type { Batch } from '../held-out.ts';

/** Batch 167: written by a second author who saw neither the rules nor earlier batches (southern and Hong Kong flavoured Mandarin, British and Singapore English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_167: Batch = {
  violations: {
    zh: {
      threat: [
        '你再这样拖数，我保证你以后的日子一天比一天难过，不信你试试看。',
        '我们有的是办法让你后悔，到时候你哭都来不及喔。',
        '从今天开始我会一直打，打到你接为止，你这个月都别想安安静静过。',
      ],
      impersonation: [
        '我这边是地区法院执行科，今天打来是要跟你核对这笔欠款。',
        '你好，我是市公安局经侦大队的王警官，关于你的贷款有几个问题要问你。',
        '我们是代表金融监管局打给你的，你的欠款情况现在由我们跟进。',
      ],
      insult: [
        '你这种人讲都讲不听，真的是白目到极点。',
        '借钱的时候蛮会讲的，现在就装死，你还算是个人吗？',
        '一个大男人连几千块都搞不定，你真是废物一个。',
      ],
      violence: [
        '再不还，我们的兄弟会好好招呼你，到时候断手断脚别怪我没提醒。',
        '你的车停在楼下对吧？小心哪天车窗玻璃全被砸烂喔。',
        '你晚上下班一个人走路回家，最好自己小心一点，被人拖进巷子打一顿就不好了。',
      ],
      privacy_disclosure: [
        '你再不处理，我就把你欠钱的事发到你公司的群组里，让你老细和同事都知道。',
        '你通讯录里那几十个人，我们会一个一个打过去，讲清楚你欠了多少钱。',
        '我们会把你的照片和欠款金额印成传单，贴满你住的那个小区。',
      ],
      false_consequence: [
        '这笔钱逾期超过九十天就会自动转成诈骗案，你会留下一辈子的案底。',
        '欠款不还的话，你的护照和身份证都会被注销，以后出境都不可能。',
        '这笔欠款一上报，你小孩以后读好学校、考公务员全部都会被拒。',
      ],
      extra_fee: [
        '你想改还款日期也可以，先交三百块改期手续费，我这边才帮你搞定。',
        '你这笔账已经转到催收部门，要另外加收八百块催收服务费，今天要一起付。',
        '你要结清证明的话，得先付两百块开证明费，合同里没有写，不过这是我们的规定。',
      ],
      new_borrowing: [
        '你手机里下载几个借款App，随便借一下，先把我们这笔搞定啦。',
        '你不是有信用卡吗？去提个现金出来，今天就可以埋单了。',
        '拜托，你爸妈总有点积蓄吧，跟他们开口借一下就解决了。',
      ],
    },
    en: {
      threat: [
        "Keep dragging your feet, mate, and I promise every day from here on will be harder than the last. Try me.",
        "We have our ways of making you regret this, and by then crying won't help you.",
        "From today I'll ring you non-stop until you pick up; you won't get a single quiet day this month.",
      ],
      impersonation: [
        "This is the enforcement section of the district court; I'm ringing to go over this outstanding balance with you.",
        "Good afternoon, Detective Sergeant Wong here from the police financial crimes unit. I have a few questions about your loan.",
        "We're calling on behalf of the Financial Conduct Authority, and your arrears are now being followed up by us.",
      ],
      insult: [
        "You just don't listen, do you? Honestly, you're as thick as two short planks.",
        "You had plenty to say when you wanted the money, and now you're playing dead. What sort of person are you?",
        "A grown man who can't sort out a few thousand — you're a complete waste of space.",
      ],
      violence: [
        "Don't pay and our boys will sort you out properly — broken arms, broken legs, don't say I didn't warn you.",
        "Your car's parked downstairs, isn't it? Watch out, one night all the windows might get smashed in.",
        "You walk home alone after work, right? Do take care — wouldn't want someone dragging you into an alley and giving you a beating.",
      ],
      privacy_disclosure: [
        "If you don't sort it out, I'll post about your debt in your company group chat so your boss and colleagues all know.",
        "Every one of the contacts in your phone — we'll ring them one by one and tell them exactly how much you owe.",
        "We'll print your photo and the amount you owe on flyers and stick them up all over your estate.",
      ],
      false_consequence: [
        "Once it's more than ninety days overdue it automatically becomes a fraud case, and you'll have a criminal record for life.",
        "If this debt isn't paid, your passport and ID card will be cancelled and you won't be able to leave the country at all.",
        "Once this debt is reported, your children will be turned away from good schools and government jobs, full stop.",
      ],
      extra_fee: [
        "You can change your due date, but first there's a three-hundred processing charge for the change; once that's paid I'll get it done.",
        "Your account's been moved to our collections department, so there's an additional eight-hundred collection service fee, payable today along with the balance.",
        "For a settlement certificate you'll need to pay a two-hundred issuance fee first — it's not in your contract, but that's our policy.",
      ],
      new_borrowing: [
        "Just download a couple of loan apps on your phone and borrow from any of them to clear ours first.",
        "You've got a credit card, haven't you? Take a cash advance on it and you can settle this today.",
        "Come on, your parents must have a bit saved up; kindly ask them for a loan and this is sorted.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '我最近在住院，拜托你们这段时间先不要再打来了。'],
        ['agent', '明白，你先好好养病。我会在系统里备注，这段时间暂停电话联系，你方便的时候随时打回来就可以。'],
        ['debtor', '好，谢谢你。'],
        ['agent', '不客气，祝你早日康复。'],
      ],
      [
        ['debtor', '这笔钱我已经请律师处理了，你们以后直接找他啦。'],
        ['agent', '好的，麻烦你给我律师的名字和电话，之后我们只会跟律师联系，不会再直接打给你。'],
        ['debtor', '陈律师，电话我等一下传给你。'],
        ['agent', '收到，谢谢你，那我们就不再打扰你了。'],
      ],
      [
        ['agent', '我先讲清楚，我们不会联系你的公司或者家人，这笔账只会跟你本人沟通。'],
        ['debtor', '那就好，我还以为你们会到处讲。'],
        ['agent', '不会的，你的资料我们都是保密的。你方便的话，我们可以谈一下还款方案。'],
        ['debtor', '下礼拜再讲吧。'],
        ['agent', '没问题，那下礼拜再联络你。'],
      ],
      [
        ['debtor', '你们这些讨债的烦死了，真的很机车耶！'],
        ['agent', '不好意思打扰到你。我这边只是想确认你有没有收到上个月的账单。'],
        ['debtor', '收到了啦，不用你管。'],
        ['agent', '好的，了解。如果对账单有任何疑问，可以随时打我们的客服专线。'],
      ],
      [
        ['agent', '依照你签的合同第七条，逾期会收取每月百分之二的滞纳金，这个在合同上都有写。'],
        ['debtor', '那如果我觉得金额算错了呢？'],
        ['agent', '你有权利提出异议，我们会寄一份明细给你核对，核对期间我们不会再跟你催收。'],
        ['debtor', '好，那你寄来吧。'],
        ['agent', '好的，三个工作天内会寄到你登记的地址。'],
      ],
    ],
    en: [
      [
        ['debtor', "I'm in hospital at the moment, so kindly stop ringing me for a while."],
        ['agent', "Understood, please focus on getting better. I'll note on the account that calls are paused, and you can ring us back whenever it suits you."],
        ['debtor', "Okay, thank you."],
        ['agent', "You're welcome. Wishing you a speedy recovery."],
      ],
      [
        ['debtor', "I've got a solicitor handling this now, so deal with him from here on."],
        ['agent', "Of course. Could you give me your solicitor's name and number? After that we'll only contact him and won't ring you directly."],
        ['debtor', "Mr Chan. I'll text you his number in a bit."],
        ['agent', "Noted, thank you. We won't trouble you further."],
      ],
      [
        ['agent', "Just to be clear, we will not contact your employer or your family; we'll only discuss this account with you personally."],
        ['debtor', "Good, I thought you lot would tell everyone."],
        ['agent', "Not at all, your details are kept confidential. If it's convenient, we could talk through a repayment plan."],
        ['debtor', "Let's do that next week."],
        ['agent', "No problem, I'll get in touch next week then."],
      ],
      [
        ['debtor', "You debt collectors are a bloody nuisance, honestly!"],
        ['agent', "Sorry for the bother. I'm only checking whether you received last month's statement."],
        ['debtor', "Yes, I got it, mind your own business."],
        ['agent', "Right, understood. If you have any questions about the statement, you're welcome to ring our customer service line."],
      ],
      [
        ['agent', "Under clause seven of your agreement, a late charge of two per cent a month applies to overdue amounts; it's written in the contract."],
        ['debtor', "And what if I think the amount's been worked out wrong?"],
        ['agent', "You have the right to dispute it. We'll post you a breakdown to check, and we won't chase the account while you're reviewing it."],
        ['debtor', "Fine, send it over."],
        ['agent', "Will do; it should reach your registered address within three working days."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们不要再打来了，我已经讲过很多次了！',
        '我知道，不过你这期的一千二还没还，今天下午五点前一定要转进来。',
      ],
      ignored_attorney: [
        '这件事我已经交给律师处理了，你去找他讲。',
        '律师那边我们不管，钱是你欠的，你今天先还两千块。',
      ],
      ignored_dispute: [
        '这笔钱我上个月就已经还清了，收据都还在。',
        '我们系统显示你还欠三千五，你先把钱付了，其他的之后再说。',
      ],
      ignored_hardship: [
        '我上个月被公司裁员，现在连房租都交不出来。',
        '这个我理解，但是还款日已经过了，你今天最少要先还一千。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop ringing me, I've told you lot so many times already!",
        "I hear you, but this month's twelve hundred still hasn't been paid, and it needs to be transferred before five this afternoon.",
      ],
      ignored_attorney: [
        "I've handed this over to my solicitor, go and talk to him.",
        "Your solicitor's not our concern; it's your debt, so pay two thousand today to start with.",
      ],
      ignored_dispute: [
        "I paid this off in full last month, I've still got the receipt.",
        "Our system shows you still owe three thousand five hundred, so pay that first and we'll look at the rest later.",
      ],
      ignored_hardship: [
        "I was made redundant last month; I can't even cover my rent now.",
        "I do understand, but the due date has passed, so you need to pay at least one thousand today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他太太，他去返工了，现在不在家。'],
      ['agent', '那麻烦你转告他，他在我们这边的贷款已经逾期两个月，现在欠了八千三百块。'],
    ],
    en: [
      ['third_party', "I'm his wife; he's gone to work, so he's not home right now."],
      ['agent', "Then kindly let him know his loan with us is two months overdue, and the balance is now eight thousand three hundred."],
    ],
  },
};
