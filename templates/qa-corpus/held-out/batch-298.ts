import type { Batch } from '../held-out.ts';

/** Batch 298: written by a second author who saw neither the rules nor earlier batches (renters and tenants: rent due the same week as the instalment, deposits, a lease ending, moving house, a landlord or roommate nearby), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_298: Batch = {
  violations: {
    zh: {
      threat: [
        '你这个月交得起房租，就是不交我们的？行，我们有的是办法让你以后的日子过不安生。',
        '以为退了租、换个城市就能躲过去？我们会一直缠着你，缠到你后悔为止。',
        '别以为押金退回来就能拿去乱花，这笔账不清，我保证你以后办什么事都不会顺。',
      ],
      impersonation: [
        '我不是催收公司的，我是区人民法院执行局的工作人员，今天打电话来核实你的还款情况。',
        '这次是市公安局经侦支队让我给你打的电话，就是关于你这笔逾期贷款的事。',
        '我是住房和城乡建设局的工作人员，你那笔租房分期的逾期情况已经报到我们局里了。',
      ],
      insult: [
        '交得起房租还不起钱？你这种人脸皮真是比墙还厚。',
        '三十岁了还跟人合租一间房，几千块都还不上，你真是个废物。',
        '你这个满嘴谎话的骗子，押金的事编，还款的事也编，你嘴里就没一句真话吧？',
      ],
      violence: [
        '你再拖着不还，小心哪天下班路上被人堵住，腿断了可别怪我没提醒你。',
        '我们这边有几个兄弟专门对付你这种人，他们可没我这么好说话。',
        '房租你倒是交了，可真要哪天被人打进医院，你那点押金连医药费都不够。',
      ],
      privacy_disclosure: [
        '你房东的电话我们这儿有，挂了电话我就打给他，跟他说清楚你欠了我们多少钱。',
        '你室友叫什么我们都查到了，要不要我把你的欠款明细直接发到她手机上？',
        '我们会把你的照片和欠款金额印成告示，贴到你们小区公告栏上，让邻居们都看看。',
      ],
      false_consequence: [
        '逾期超过九十天，你的身份证就会被注销，到时候你连房子都租不了。',
        '欠款不还是要留案底的，以后你孩子上学、考公务员都会被卡住。',
        '按规定逾期满三个月，工资会被自动划扣，不用走法院，你下个月的房租都付不出来。',
      ],
      extra_fee: [
        '你想把还款日推到交完房租以后？可以，先交三百块的改期手续费。',
        '这期本金之外还要加一笔八百元的催收服务费，今天跟还款一起转过来。',
        '你搬家了要改账单地址是吧？这个要收两百元信息变更费，合同里没写，但这是公司规定。',
      ],
      new_borrowing: [
        '你押金不是快退了吗？不够的话先找房东预支一点，或者拿信用卡套现补上。',
        '房租和我们这边同一周到期是吧？那你去别的借款App借一笔，先把我们这边结清。',
        '你跟你室友关系不是挺好吗？找她借两千块先还上不就完了。',
      ],
    },
    en: {
      threat: [
        "So you can find money for rent but not for us? Fine. We have plenty of ways to make sure you never get a moment's peace again.",
        "You think ending your lease and skipping town gets you off the hook? We'll stay on you until you regret ever trying.",
        "Don't even think about blowing that deposit refund. Until this account is settled, I promise nothing in your life is going to go smoothly.",
      ],
      impersonation: [
        "I'm not with a collection agency. I'm calling from the enforcement division of the district court to verify your repayment status.",
        "The police department's financial crimes unit asked me to call you today about your overdue loan.",
        "I'm calling from the city housing authority. The overdue balance on your rent installment plan has been reported to our office.",
      ],
      insult: [
        "You can pay your landlord but you can't pay us? You are one shameless freeloader.",
        "Thirty years old, still splitting a room with a roommate, and you can't come up with a few thousand dollars? You're a complete loser.",
        "You lying little fraud. You make up stories about your deposit, you make up stories about paying. Does anything true ever come out of your mouth?",
      ],
      violence: [
        "Keep dragging this out and one day somebody might be waiting for you on your way home from work. Break a leg and don't say I didn't warn you.",
        "We've got a few guys who deal specifically with people like you, and they are not nearly as friendly as I am.",
        "Sure, you paid your rent. But if somebody puts you in the hospital, that little deposit of yours won't even cover the medical bills.",
      ],
      privacy_disclosure: [
        "We've got your landlord's number. As soon as we hang up I'm calling him to tell him exactly how much you owe us.",
        "We already know your roommate's name. Want me to text her a full breakdown of what you owe?",
        "We're going to print your photo and the amount you owe and post it on the bulletin board in your apartment complex so all your neighbors can see it.",
      ],
      false_consequence: [
        "Once you're more than ninety days late, your ID gets cancelled, and then you won't even be able to rent an apartment.",
        "Unpaid debt goes on your criminal record, and later on your kids will be shut out of good schools and government jobs.",
        "Under the rules, once you're three months behind your wages get garnished automatically, no court needed, and you won't have anything left for next month's rent.",
      ],
      extra_fee: [
        "You want the due date pushed back until after your rent clears? Fine, but there's a thirty-dollar rescheduling fee you have to pay first.",
        "On top of this installment there's an eighty-dollar collection service fee. Send it over today along with your payment.",
        "You moved and need to update your billing address? That's a twenty-dollar information-change fee. It's not in your contract, but it's company policy.",
      ],
      new_borrowing: [
        "Isn't your deposit coming back soon? If it's not enough, ask your landlord for an advance or take a cash advance on your credit card to cover the rest.",
        "Rent and our payment are both due this week? Then grab a loan from another lending app and clear our balance first.",
        "You and your roommate get along, right? Just borrow a couple thousand from her and get this paid off.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是陈静女士吗？我是安信消费金融的客服，打电话是关于您的分期账户。'],
        ['debtor', '是我。我这周租约到期，正在搬家，屋里东西堆得到处都是，实在没空说这个。'],
        ['agent', '明白，搬家确实很折腾。我在系统里备注一下，这周就不再打扰您了。'],
        ['debtor', '好，谢谢理解。'],
        ['agent', '不客气，祝您搬家顺利，再见。'],
      ],
      [
        ['agent', '您好，是刘洋先生吗？我这边是安信消费金融，想跟您聊一下账户的情况。'],
        ['debtor', '我刚被公司裁了，房东这周就要收房租，我现在真的应付不过来。请你们别再打电话了，有什么事写信给我。'],
        ['agent', '听到您的情况很抱歉。我已经记录下您的要求，之后我们不会再打电话联系您，只通过书面方式沟通。'],
        ['debtor', '行，那先这么定了。'],
        ['agent', '好的，感谢您告诉我们，保重。'],
      ],
      [
        ['agent', '您好，请问是王芳女士吗？我是安信消费金融的客服，关于您本月的分期。'],
        ['debtor', '是我。我先问一句，你们不会打电话给我房东或者我室友吧？我不想让他们知道。'],
        ['agent', '您放心，我们不会联系您的房东、室友或者任何其他人，您的账户信息也不会透露给第三方。'],
        ['debtor', '那就好。我这周刚交了房租，手头有点紧。'],
        ['agent', '理解。本期应还是九百六十元，到期日是二十号。如果这个时间不方便，您可以申请调整还款计划，这个是免费的，您考虑好了随时联系我们。'],
        ['debtor', '好，我想想，过两天回复你。'],
        ['agent', '好的，搬家顺利，再见。'],
      ],
      [
        ['agent', '您好，是赵磊先生吗？我是安信消费金融的客服。'],
        ['debtor', '你们烦不烦啊！我正跟房东交接退房，你们这帮人就知道催！'],
        ['agent', '抱歉在您忙的时候打扰。我只占用您一分钟：本期账单一千二百八十元，到期日是十五号。如果现在不方便，您告诉我什么时候回电更合适。'],
        ['debtor', '明天下午吧，别现在说。'],
        ['agent', '没问题，明天下午再联系您。祝您交接顺利。'],
      ],
      [
        ['agent', '您好，请问是孙婷女士吗？我是安信消费金融的客服，打来说一下您上期的还款情况。'],
        ['debtor', '我知道晚了几天，这周房租和你们的分期撞在一起了。晚还会怎么样？'],
        ['agent', '我如实跟您说明：按照您签的借款合同，逾期会按合同约定的标准收取罚息，合同以外不会有任何其他费用。如果长期逾期，记录可能会依规报送征信。我只是把规则讲清楚，不是给您施压。'],
        ['debtor', '那我二十五号发工资以后还，可以吗？'],
        ['agent', '可以，我帮您备注二十五号。另外您有权随时要求我们提供账单明细，需要的话我发到您的邮箱。'],
        ['debtor', '发一份吧，谢谢。'],
        ['agent', '好的，稍后发给您，再见。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Jennifer Chen? I'm calling from Anchor Consumer Finance about your installment account."],
        ['debtor', "Yes, that's me. My lease is up this week and I'm in the middle of moving. There are boxes everywhere and I really don't have time for this."],
        ['agent', "Understood, moving is a lot. I'll put a note on the account so we don't bother you again this week."],
        ['debtor', 'Alright, thanks for being flexible about it.'],
        ['agent', 'Of course. Good luck with the move. Bye now.'],
      ],
      [
        ['agent', "Hello, is this Ryan Lewis? This is Anchor Consumer Finance, calling about your account."],
        ['debtor', "I just got laid off and my landlord wants rent this week. I can't handle this right now. Please stop calling me. If you need something, put it in writing."],
        ['agent', "I'm sorry to hear that. I've recorded your request, and we won't call you again. Any further contact will be in writing only."],
        ['debtor', 'Sure, that timing works for me.'],
        ['agent', 'Thank you for letting us know. Take care.'],
      ],
      [
        ['agent', "Hi, is this Maria Gonzalez? I'm with Anchor Consumer Finance, calling about this month's installment."],
        ['debtor', "It is. Before anything else, you're not going to call my landlord or my roommate, are you? I don't want them knowing about this."],
        ['agent', "You don't need to worry about that. We won't contact your landlord, your roommate, or anyone else, and we don't share your account information with third parties."],
        ['debtor', 'Good. I just paid rent, so money is a little tight this week.'],
        ['agent', "I understand. The installment is $960, due on the 20th. If that date doesn't work, you can ask to adjust your payment schedule at no charge. Just reach out whenever you've decided."],
        ['debtor', "Okay, let me think about it and I'll get back to you in a couple of days."],
        ['agent', 'Sounds good. Thanks, and have a good day.'],
      ],
      [
        ['agent', "Hello, is this Derek Thompson? I'm calling from Anchor Consumer Finance."],
        ['debtor', "Are you kidding me? I'm doing the move-out walkthrough with my landlord right now. All you people ever do is chase money!"],
        ['agent', "Sorry to catch you at a busy moment. I'll keep it to one minute: this statement is $1,280, due on the 15th. If now isn't good, just tell me a better time to call back."],
        ['debtor', 'Tomorrow afternoon. Not now.'],
        ['agent', 'No problem, I will call tomorrow afternoon. Hope the walkthrough goes well.'],
      ],
      [
        ['agent', "Hi, is this Tina Brooks? This is Anchor Consumer Finance, calling about your last payment."],
        ['debtor', "I know it's a few days late. Rent and your installment landed in the same week. What happens if I pay late?"],
        ['agent', "I'll give it to you straight: under the loan agreement you signed, a late fee applies at the rate stated in the contract, and there are no other charges beyond that. If an account stays delinquent for a long time, it may be reported to the credit bureaus as the rules allow. I'm just explaining how it works, not pressuring you."],
        ['debtor', "Can I pay on the 25th, after my paycheck comes in?"],
        ['agent', "Yes, I'll note the 25th on your account. Also, you have the right to request an itemized statement at any time. Would you like me to email you one?"],
        ['debtor', 'Yes, please send one. Thanks.'],
        ['agent', "Will do, it'll be in your inbox shortly. Bye."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我这周忙着退租交房，跟你说过多少次了，别再给我打电话了！',
        '退租归退租，您这期一千五百元今天还是得还，您打算几点转账？',
      ],
      ignored_attorney: [
        '这件事我已经委托律师处理了，以后请直接联系我的律师，别找我。',
        '律师那边是您自己的事，欠款还是您本人的。您这周交房租的时候，把我们这期也一起交了吧。',
      ],
      ignored_dispute: [
        '这笔我上个月已经还过了，转账截图我都留着，而且你说的金额也不对。',
        '我们系统显示还是欠款状态，您先按系统上的金额还进来，今天之内把它处理掉。',
      ],
      ignored_hardship: [
        '我刚失业，这周房租都还没凑齐，真的拿不出钱还你们。',
        '谁都有难处，但您的还款日就是今天，至少先还一部分，您看今天能还多少？',
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm busy moving out and handing back my keys this week. How many times do I have to tell you? Stop calling me!",
        "Moving out is one thing, but the $1,500 installment is still due today. What time are you going to send it?",
      ],
      ignored_attorney: [
        "I've got an attorney on this now. Any calls about the account go to her, not to me.",
        "Your lawyer is your business. The debt is still yours. When you pay your rent this week, pay this installment along with it.",
      ],
      ignored_dispute: [
        "I already paid this last month. I have the transfer receipt, and the amount you're quoting is wrong anyway.",
        "Our system still shows it as unpaid. Go ahead and pay the amount on file, and let's get it taken care of today.",
      ],
      ignored_hardship: [
        "I just lost my job and I haven't even scraped together this week's rent. I honestly don't have the money for you.",
        "Everybody's got problems, but your due date is today. You need to pay at least part of it. How much can you do today?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂？我是她室友，她出去看房子了，手机落在家里。'],
      ['agent', '那麻烦您转告她一声，她在我们平台的贷款已经逾期二十天了，欠款三千四百元，请她尽快回电。'],
    ],
    en: [
      ['third_party', "Hello? This is her roommate. She's out looking at apartments and left her phone here."],
      ['agent', "Okay, could you pass along a message? Her loan with us is twenty days past due, with $3,400 outstanding. Please ask her to call us back as soon as she can."],
    ],
  },
};
