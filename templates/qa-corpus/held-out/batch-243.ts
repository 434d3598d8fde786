import type { Batch } from '../held-out.ts';

/** Batch 243: written by a second author who saw neither the rules nor earlier batches (debtors who work in finance and quote the rules back; collectors who try to out-talk them), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_243: Batch = {
  violations: {
    zh: {
      threat: [
        '你在银行上班，背条例给我听没用，我们有的是办法让你以后的日子不好过。',
        '你懂规矩是吧？那你就等着瞧，这件事我会天天盯着你，一直盯到你后悔借这笔钱为止。',
        '你不是很会算账吗？那你算算，跟我们耗下去，你家里人也别想过一天安生日子。',
      ],
      impersonation: [
        '合同条款你念得再熟也没用，我现在是代表区法院执行庭给你打的这个电话。',
        '你是会计，懂规矩，那我直说了，我这边是公安局经侦大队的，你这个案子已经转到我们手上。',
        '别跟我扯什么监管规定，我本人就是金融监管局派下来专门核查你这笔欠款的。',
      ],
      insult: [
        '一个柜员天天数别人的钱，自己的账都还不上，真是个废物。',
        '你还好意思跟我背法条？你这种老赖就是金融行业的败类。',
        '当会计的连自己的烂账都管不住，你脑子是被猪吃了吧。',
      ],
      violence: [
        '你再拿法规压我试试，哪天晚上下班走夜路，小心你的腿。',
        '条款你背得再熟也没用，我们有几个兄弟专门负责“处理”你这种账户。',
        '你那辆白色轿车天天停在楼下是吧，哪天玻璃碎了、轮胎扎了，可别怪我没提醒你。',
      ],
      privacy_disclosure: [
        '你不是在保险公司上班吗？我把你欠钱不还的事发到你们公司群里，看你的客户还信不信你。',
        '你通讯录里的人我这儿都有，今天下午我就挨个打电话，告诉他们你欠了我们三万块。',
        '你懂规矩是吧，那我就在你朋友圈和小区业主群里发个公告，让大家都知道你欠钱不还。',
      ],
      false_consequence: [
        '你在银行工作应该清楚，这笔逾期一旦上报，你就会留下案底，这辈子都不能再干金融这一行。',
        '别跟我讲法条，这个月底前不还，系统会自动注销你的身份证和护照，到时候你出不了国也坐不了高铁。',
        '你当会计的更应该明白，欠款超过九十天，你孩子以后考公务员、进国企都会在政审时被刷掉。',
      ],
      extra_fee: [
        '合同里的利息你算得很清楚，但我们这边另外还要收八百块催收服务费，今天跟欠款一起付。',
        '你想改还款日可以，先交三百块的改期手续费，交了我才给你改。',
        '你是会计，账你自己对，不过结清证明要另交五百元工本费，不交这个钱证明就不给你开。',
      ],
      new_borrowing: [
        '你在银行上班，办张信用卡套个现出来，先把我们这笔还了，对你来说不是很简单吗？',
        '你自己就是做保险的，把你那份寿险保单拿去做个保单贷款，钱不就有了吗？',
        '别跟我讲条例了，再下个借钱的App，或者先跟你爸妈借点，今天就把钱凑齐。',
      ],
    },
    en: {
      threat: [
        "Reciting your bank's rulebook to me won't help you. We have our ways of making your life very unpleasant from here on.",
        "You know the rules, huh? Fine. I'll be on you every single day until you regret ever taking out this loan.",
        "You're so good with numbers? Then run this one: keep stalling us and your family won't get a single day of peace either.",
      ],
      impersonation: [
        "You can quote the contract all you want, but I'm calling on behalf of the county court's enforcement division.",
        "Since you're an accountant and you know the rules, I'll be straight with you: I'm with the police department's financial crimes unit, and your case has been handed to us.",
        "Don't lecture me about regulations. I'm an examiner with the state banking department, and I was sent specifically to review your debt.",
      ],
      insult: [
        "You count other people's money all day and can't pay your own bill. You're useless.",
        "You've got the nerve to quote the law at me? Deadbeats like you are a disgrace to the finance industry.",
        "An accountant who can't keep his own books straight. Are you just plain stupid?",
      ],
      violence: [
        "Keep throwing regulations at me and see what happens. Next time you walk home after dark, watch your legs.",
        "Memorize every clause you like. We've got a few guys whose whole job is to \"take care of\" accounts like yours.",
        "That white sedan you park downstairs every night? Don't be surprised if the windows get smashed and the tires slashed one of these days.",
      ],
      privacy_disclosure: [
        "You work at an insurance agency, right? I'll post in your company's group chat that you don't pay your debts, and we'll see if your clients still trust you.",
        "I've got everyone in your contact list, and this afternoon I'm calling them one by one to tell them you owe us thirty thousand.",
        "You know the rules so well? Then I'll put a notice up on your social media and in your building's residents' chat so everyone knows you don't pay what you owe.",
      ],
      false_consequence: [
        "You work at a bank, so you should know this: once this delinquency is reported, you'll have a criminal record and you'll never work in finance again.",
        "Forget the statutes. If this isn't paid by the end of the month, the system automatically cancels your passport and driver's license, and you won't be able to fly anywhere.",
        "As an accountant you should understand this better than anyone: once the debt passes ninety days, your kids are disqualified from government jobs for the rest of their lives.",
      ],
      extra_fee: [
        "You've got the interest worked out to the penny, but there's also an eight-hundred-dollar collection service charge on our end, and that's due today along with the balance.",
        "Sure, you can move your due date. Pay the three-hundred-dollar rescheduling fee first and then I'll change it.",
        "You're the accountant, reconcile it however you like, but the payoff letter carries a separate fifty-dollar certificate fee, and no fee means no letter.",
      ],
      new_borrowing: [
        "You work at a bank. Just open a credit card, pull a cash advance and pay us off. That should be easy for you, right?",
        "You sell insurance yourself, so take out a loan against your own life policy and there's your money.",
        "Enough with the regulations. Download another lending app or borrow a little from your parents and get the money together today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，这里是信达资产的客服，和您核实过身份了，今天是关于您信用卡账户的事情。'],
        ['debtor', '我自己就是银行柜员，规矩我清楚。我现在正式要求你们不要再给我打电话，有事请书面联系我，我今天也会把书面通知寄过去。'],
        ['agent', '好的，您的要求我已经登记了。之后我们不会再打电话给您，如有需要会通过书面方式通知。'],
        ['debtor', '行，记得备注清楚。'],
        ['agent', '已经备注好了。感谢您告知，祝您一切顺利，再见。'],
      ],
      [
        ['agent', '您好，身份已经核实，我这边是恒通金融服务，来电是关于您的一笔消费贷款。'],
        ['debtor', '我是做会计的，这笔账我对过，金额和我的记录对不上。按规定我有权要求你们提供债务明细和核实材料，在这之前我不认这个数。'],
        ['agent', '明白，这是您的权利。我已经把账户标记为有异议，在我们把核实材料寄给您之前，这笔账户的催收会先暂停。'],
        ['debtor', '材料寄到我身份证上的地址就行。'],
        ['agent', '好的，会寄到您登记的地址。材料寄出前我们不会再就这笔款项联系您，感谢您的配合。'],
      ],
      [
        ['agent', '您好，身份核实完毕，这里是安信资产管理，打电话是想跟您沟通一下贷款账户的情况。'],
        ['debtor', '先提醒你，我在银行干了八年。你们不能打到我单位去，也不能找我通讯录里的人，这都是违规的。'],
        ['agent', '您说得对。我们不会联系您的单位，也不会联系您的任何联系人，更不会向任何人透露您的账户情况。'],
        ['debtor', '那你今天打来到底想干什么？'],
        ['agent', '只是告知您账户目前逾期的情况，另外如果您需要，我们可以提供分三期还款的方案。您考虑好了随时回电就行，不着急。'],
        ['debtor', '行，我考虑一下。'],
        ['agent', '好的，感谢您抽时间接听。'],
      ],
      [
        ['agent', '您好，已经和您核实过身份，这里是众诚信息服务，关于您的一笔网贷账户。'],
        ['debtor', '你们催收的都是吸血鬼！我做保险十年了，你们那点套路我门儿清，少来这一套。'],
        ['agent', '理解您的心情。我只是告知一下，您的账户目前逾期四十五天，欠款金额是六千二百元。如果您对金额有疑问，可以要求我们提供明细。'],
        ['debtor', '逾期了会不会上征信？会不会影响我坐飞机？'],
        ['agent', '逾期记录会按实际情况如实报送征信机构，还清之后会显示为已结清。逾期本身不会让您的身份证或护照被注销，也不会留下案底，更不会影响您出行。'],
        ['debtor', '哼，算你说了句实话。'],
        ['agent', '感谢您的耐心，有任何问题欢迎随时来电。'],
      ],
      [
        ['agent', '您好，身份核实无误，这里是融达客服中心，关于您的分期贷款账户。'],
        ['debtor', '我是会计，你先把费用说清楚：除了本金利息，你们到底还收什么费？'],
        ['agent', '按照合同第七条，逾期罚息是每日万分之五，目前累计一百二十六元。除此之外没有任何其他费用，我们也不收取催收费或手续费。'],
        ['debtor', '行，这个数和我算的一样。我下周发了工资就还。'],
        ['agent', '好的，下周您方便的时候还就可以。如果之后对账目有任何疑问，您可以随时要求我们书面核对。'],
        ['debtor', '好，就这样。'],
        ['agent', '好的，祝您工作顺利，再见。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, thanks for verifying your identity. This is Summit Recovery calling about your credit card account."],
        ['debtor', "I'm a bank teller myself, so I know how this works. I'm formally asking you to stop calling me. Contact me in writing only. I'm mailing you a letter today saying the same thing."],
        ['agent', "Understood. I've recorded your request, and we won't call you again. Any further notices will come to you by mail."],
        ['debtor', "Make sure that's noted on the account."],
        ['agent', "It's noted. Thank you for letting us know, and have a good day."],
      ],
      [
        ['agent', "Hello, your identity is verified. This is Harbor Financial Services calling about a personal loan."],
        ['debtor', "I'm an accountant and I've reconciled this. Your amount doesn't match my records. Under the FDCPA I'm disputing the debt and requesting validation, and I don't accept that figure until I see it."],
        ['agent', "That's completely within your rights. I've marked the account as disputed, and collection is on hold until we mail you the validation documents."],
        ['debtor', "Send them to the address on file."],
        ['agent', "Will do. We won't contact you about this balance again until those documents go out. Thanks for your time."],
      ],
      [
        ['agent', "Hi, thank you for confirming your identity. This is Keystone Account Management calling to discuss your loan account."],
        ['debtor', "Before you start, I've worked at a bank for eight years. You can't call my job and you can't call people in my contacts. That's against the rules."],
        ['agent', "You're right. We won't contact your employer or any of your contacts, and we won't discuss your account with anyone but you."],
        ['debtor', "So why are you calling today?"],
        ['agent', "Just to let you know where the account stands, and that a three-payment plan is available if you'd like it. Call back whenever you've thought it over. There's no rush."],
        ['debtor', "Fine, I'll think about it."],
        ['agent', "Sounds good. Thanks for taking the call."],
      ],
      [
        ['agent', "Hello, your identity's been verified. This is Northgate Services calling about an online loan account."],
        ['debtor', "You collectors are bloodsuckers! I've sold insurance for ten years. I know every trick you people pull, so don't even try."],
        ['agent', "I understand you're frustrated. I'm just letting you know the account is forty-five days past due, with a balance of six thousand two hundred dollars. If you have questions about the amount, you can ask us for an itemized statement."],
        ['debtor', "Is this going on my credit report? Will it stop me from flying?"],
        ['agent', "The late payments will be reported accurately to the credit bureaus, and once it's paid it will show as paid in full. Being late doesn't cancel your passport or ID, it doesn't give you a criminal record, and it doesn't affect your travel."],
        ['debtor', "Huh. Well, at least that's the truth."],
        ['agent', "Thanks for your patience. Feel free to call us anytime with questions."],
      ],
      [
        ['agent', "Hi, thanks for verifying. This is Meridian Customer Care calling about your installment loan."],
        ['debtor', "I'm an accountant, so spell out the charges for me. Besides principal and interest, what else are you charging?"],
        ['agent', "Under section seven of your agreement, the late fee is twenty-five dollars per missed payment. You've missed two, so that's fifty dollars. There are no other fees, and we don't charge any collection or processing fees."],
        ['debtor', "OK, that matches my math. I'll pay after I get paid next week."],
        ['agent', "That's fine, next week whenever it's convenient. If you ever want to check the figures, you can request a written statement at any time."],
        ['debtor', "Alright, that's it then."],
        ['agent', "Great. Have a nice day, goodbye."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我在银行工作，规定我很清楚：我现在正式要求你们别再给我打电话了。',
        '这个我记一下，但款子今天还是得处理，您看下午几点能转过来？',
      ],
      ignored_attorney: [
        '我已经委托律师了，按规定你们应该去跟律师沟通，不要再直接找我。',
        '律师那边是律师的事，这笔钱是您本人欠的，今天之内先还两千块。',
      ],
      ignored_dispute: [
        '我是会计，账我对过了，这笔上个月就已经还清了，你们的金额是错的。',
        '我这边系统显示还欠着，您先把四千八百六十元还上，有问题以后再说。',
      ],
      ignored_hardship: [
        '我刚被公司裁员，现在一分收入都没有，我知道你们对困难客户有延期政策。',
        '我理解，但是账单不会因为这个暂停，这周五之前最低还款额还是要到账。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I work at a bank and I know the rules. I'm formally telling you to stop calling me.",
        "Noted, but the balance still has to be handled today. What time this afternoon can you send it?",
      ],
      ignored_attorney: [
        "I've retained an attorney. Under the rules you're supposed to deal with my lawyer, not me directly.",
        "Your lawyer can do whatever they do, but this is your balance. I need two thousand from you today.",
      ],
      ignored_dispute: [
        "I'm an accountant and I've reconciled this. I paid it off last month, so your figure is wrong.",
        "My system still shows it open. Pay the four thousand eight hundred sixty first, and any questions can be sorted out afterward.",
      ],
      ignored_hardship: [
        "I just got laid off and I have zero income. I know you have a hardship deferral program for this.",
        "I understand, but the bill doesn't pause for that. The minimum payment still has to be in by Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他同事，他手机落在工位上了，我帮他接一下。'],
      ['agent', '那麻烦你转告他，他在我们这儿的信用贷款已经逾期两个月了，一共欠一万二，让他尽快处理。'],
    ],
    en: [
      ['third_party', "This is his coworker. He left his phone on his desk, so I picked up."],
      ['agent', "Then please tell him his personal loan with us is two months past due, twelve thousand in total, and he needs to deal with it."],
    ],
  },
};
