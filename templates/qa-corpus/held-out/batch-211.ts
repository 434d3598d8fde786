import type { Batch } from '../held-out.ts';

/** Batch 211: written by a second author who saw neither the rules nor earlier batches (secured and unusual loans: insurance policy loans, car titles, pawned gold, salary advances), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_211: Batch = {
  violations: {
    zh: {
      threat: [
        "你那笔保单贷拖了整整三个月，我们有的是办法让你不好过，到时候你可别后悔。",
        "车辆登记证还押在我们这儿，你以为不接电话就完事了？我每天都会打给你、发信息给你，盯到你没法安生过日子为止。",
        "工资预支的钱你也敢赖？我会一直缠着你，缠到你在这个城市待不下去。",
      ],
      impersonation: [
        "我是市公安局经侦大队的民警，今天打这个电话是来核实你那笔保单质押贷款的还款情况。",
        "我这边是区人民法院执行局的，代表法院正式通知你，车辆抵押借款的本息要在本周内结清。",
        "我是国家金融监管局派下来的专员，专门负责核查你在典当行那笔黄金典当的欠款。",
      ],
      insult: [
        "连一笔工资预支都还不上，你这种废物真够丢人的。",
        "金镯子当了钱花光了又不认账，你就是个不要脸的骗子。",
        "保单都押出去了还在这儿装穷，你脑子是不是有毛病？",
      ],
      violence: [
        "你那辆车停在哪儿我们清楚得很，再拖下去，哪天四个轮胎被扎、挡风玻璃被砸了，可别来找我哭。",
        "欠典当行的金子钱不还，晚上走夜路小心点，有兄弟想找你聊聊，到时候断条腿可别怪别人。",
        "保单贷这笔钱再不还，你家里人出门最好当心点，我们的人下手可不会轻。",
      ],
      privacy_disclosure: [
        "你这工资预支是通过公司福利平台办的，我现在就把你欠款不还的事发给你们人事部和你的直属领导。",
        "你车贷逾期的事，我们会发到你们小区的业主群里，让邻居们都看看这辆车的主人欠钱不还。",
        "你那笔保单贷款逾期了，我已经把情况告诉你通讯录里的几个亲戚，接下来还会挨个打给你的同学。",
      ],
      false_consequence: [
        "保单贷逾期超过九十天，你的身份证就会被注销，以后坐高铁、住酒店都办不了。",
        "车辆抵押借款不还就算诈骗，会直接留下刑事案底，你孩子以后考公务员、参军政审都过不了。",
        "工资预支没还清的话，你的社保和养老金账户都会被冻结，退休以后一分钱都领不到。",
      ],
      extra_fee: [
        "保单贷想改还款日可以，先交八百块改期费，这笔是我们催收部门单独收的，跟你的合同没关系。",
        "想把车辆登记证拿回去，得另外付一千五的证书办理费，合同里是没有这一项，但不交我们就不给你开结清证明。",
        "你那条金项链的典当欠款已经转到我们催收部了，催收服务费按欠款的百分之二十收，今天跟欠款一起打过来。",
      ],
      new_borrowing: [
        "你手上不是还有一份寿险吗？拿那份保单的现金价值再贷一笔出来，先把我们这边的欠款还上。",
        "把家里老人的金首饰拿去典当行当了，钱不就有了？今天就把车贷这期还上。",
        "工资预支额度用完了就再下几个网贷App，或者拿信用卡套个现，先把这期窟窿补上。",
      ],
    },
    en: {
      threat: [
        "Your policy loan has been sitting unpaid for three whole months. We have our ways of making life hard for you, and you're going to regret this.",
        "We're still holding your car title, and you think ducking my calls makes this go away? I'll call you and text you every single day until you can't get a moment's peace.",
        "You really think you can stiff us on a payroll advance? I'll keep hounding you until you can't stand living in this town anymore.",
      ],
      impersonation: [
        "This is an officer with the city police financial crimes unit. I'm calling to verify the repayment status of your insurance policy loan.",
        "I'm calling from the enforcement division of the district court, and on the court's behalf I'm formally notifying you that your car-title loan balance must be settled this week.",
        "I'm an examiner sent by the state financial regulator, assigned specifically to review the balance you owe the pawnshop on your gold.",
      ],
      insult: [
        "You can't even pay back a lousy salary advance? You're a pathetic waste of space.",
        "You pawned your gold bracelet, blew the money, and now you won't own up to it. You're a shameless little crook.",
        "You put your insurance policy up as collateral and now you're crying poor? Is something wrong with your head?",
      ],
      violence: [
        "We know exactly where you park that car. Keep stalling, and don't come crying to me when all four tires are slashed and the windshield is smashed in.",
        "You owe the pawnshop for that gold and you won't pay? Watch yourself walking home at night. Some of the guys want a word with you, and if a leg gets broken, that's on you.",
        "If this policy loan stays unpaid, your family had better be careful when they go out, because our people don't go easy.",
      ],
      privacy_disclosure: [
        "You took that salary advance through your company's benefits platform, so I'm sending the details of your unpaid balance to your HR department and your supervisor right now.",
        "We're going to post about your overdue car-title loan in your neighborhood's homeowners group chat so all your neighbors can see the owner of that car doesn't pay his debts.",
        "Your policy loan is past due, so I've already told several relatives from your contact list, and next I'll be calling your old classmates one by one.",
      ],
      false_consequence: [
        "Once a policy loan is more than ninety days late, your ID gets canceled, and you won't be able to board a train or check into a hotel.",
        "Not paying a car-title loan counts as fraud. You'll get a criminal record on the spot, and your kids will fail the background check for any government job or the military.",
        "If that salary advance isn't paid off, your Social Security and pension accounts get frozen, and you won't collect a cent when you retire.",
      ],
      extra_fee: [
        "You want to move the due date on your policy loan? Fine, but first there's an $80 date-change fee. Our collections department charges that separately; it has nothing to do with your contract.",
        "If you want your car title back, you'll have to pay an extra $150 certificate processing fee. It's not in your contract, but without it we won't issue your payoff letter.",
        "The balance on your pawned gold necklace has been moved to our collections unit, and there's a collection service fee of twenty percent of what you owe. Send it along with your payment today.",
      ],
      new_borrowing: [
        "Don't you have another life insurance policy? Borrow against that policy's cash value and pay us off first.",
        "Take your parents' gold jewelry down to a pawnshop and there's your money. Get this month's title loan payment in today.",
        "If your payroll advance limit is maxed out, download a few more loan apps or take a cash advance on your credit card and plug this hole first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是周海峰先生吗？我是安薪宝工资预支平台的客服，为了核实身份，麻烦您报一下身份证后四位。"],
        ['debtor', "是我，0417。我跟你说，我上周被公司裁员了，预支的那笔钱我现在真的还不了。"],
        ['agent', "明白了，谢谢您告诉我们。我会把您离职和暂时没有收入的情况登记到账户里，转给困难客户小组，这段时间我们不会再打电话催您。"],
        ['debtor', "你们不会去找我以前的公司吧？"],
        ['agent', "不会的，您已经离职，平台也不会联系您原来的单位。您以后情况好转了，想了解调整方案，可以随时在App里留言，我们等您联系。"],
      ],
      [
        ['agent', "您好，是刘佳女士吗？我是顺达车贷的工作人员，已经跟您核对过身份了，想跟您聊一下车辆抵押借款的事。"],
        ['debtor', "这笔车贷的事我已经委托律师处理了，以后请你们直接找我的律师，不要再联系我。"],
        ['agent', "好的，我们尊重您的安排。麻烦您提供一下律师的姓名和联系电话。"],
        ['debtor', "王律师，电话139 0000 8812。"],
        ['agent', "已经记下来了。从现在起，关于这笔车贷的所有沟通我们都只跟王律师联系，不会再直接打扰您。祝您生活顺利。"],
      ],
      [
        ['agent', "您好，陈先生，身份已经核实。我是华安人寿的客服，提醒您一下，您的保单贷款本周到期。"],
        ['debtor', "我要是还不上会怎么样？会不会坐牢？会不会通知我单位？"],
        ['agent', "您放心，保单贷款是您跟保险公司之间的民事借款，不会因此坐牢，也不会有任何刑事记录，我们也不会联系您的单位或家人。"],
        ['agent', "按照保险合同，没还的贷款本息会从保单的现金价值里扣减；如果本息累计超过现金价值，保单有可能失效，到那一步之前我们会提前书面通知您。"],
        ['debtor', "那我可以先只还利息吗？"],
        ['agent', "可以的，具体以您保险合同的条款为准。我把条款说明发到您的邮箱，您看完再决定就行，不着急。"],
      ],
      [
        ['agent', "您好，请问是赵女士吗？我是金瑞典当行的，身份已经核对过了，跟您说一下您那条金项链的当期。"],
        ['debtor', "你们当铺就是一帮吸血鬼，抢钱的，烦死了！"],
        ['agent', "理解您不太愉快，我尽量长话短说。您这票当期到本月二十号，之后还有五天的宽限期。"],
        ['agent', "如果想赎回，需要付当金加上当票上写明的综合服务费，一共是三千二百四十元，都印在当票上，没有其他费用。"],
        ['debtor', "要是我不赎了呢？"],
        ['agent', "那也完全是您的选择。过了宽限期没有赎回，按当票约定项链由典当行处理，我们不会再向您追讨任何款项。"],
      ],
      [
        ['agent', "您好，孙先生，身份已经确认。我是顺达车贷的，您的车辆抵押借款这期晚了五天，打电话跟您确认一下情况。"],
        ['debtor', "你们是不是要把我的车拖走？还是要打电话给我老板？"],
        ['agent', "我们不会联系您的老板或同事，您的借款信息是保密的。车辆方面，按照合同，只有在正式违约并且书面通知您以后，公司才可能依法处置车辆，您现在才逾期五天，远没到那一步。"],
        ['debtor', "那逾期会多收钱吗？"],
        ['agent', "合同第七条约定了逾期利息，按日万分之五计算，除此之外没有别的费用。您也有权要求我们寄一份账户明细，对金额有疑问可以提出异议。"],
        ['debtor', "行，那先寄明细给我看看。"],
        ['agent', "好的，明细今天就寄出，您收到后有任何问题都可以打回来。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Zhou? I'm with PayBridge, the salary advance app. To verify your identity, could you give me the last four digits of your Social Security number?"],
        ['debtor', "Yeah, it's 0417. Look, I got laid off last week, and I honestly can't pay back that advance right now."],
        ['agent', "I understand, and thank you for letting us know. I'm noting the job loss and the loss of income on your account and passing it to our hardship team. We won't be calling you about this in the meantime."],
        ['debtor', "You're not going to call my old company, are you?"],
        ['agent', "No. You've left that job, and we won't contact your former employer. If things improve and you'd like to talk about options, just leave us a message in the app whenever you're ready."],
      ],
      [
        ['agent', "Hello, Ms. Liu? This is Summit Title Loans. We've already verified your identity, and I'm calling about your car-title loan."],
        ['debtor', "I've hired an attorney to handle this title loan. Please deal with my lawyer from now on and stop contacting me."],
        ['agent', "Of course, we'll respect that. Could you give me your attorney's name and phone number?"],
        ['debtor', "It's Mr. Wang, at 555-0188."],
        ['agent', "Got it. From now on, all communication about this loan will go through Mr. Wang, and we won't contact you directly. Have a good day."],
      ],
      [
        ['agent', "Good afternoon, Mr. Chen, thanks for confirming your identity. I'm with Harbor Life, and I'm calling to remind you that your policy loan comes due this week."],
        ['debtor', "What happens if I can't pay it? Can I go to jail? Are you going to call my job?"],
        ['agent', "No, please don't worry. A policy loan is a civil loan between you and the insurer. Nobody goes to jail over it, it doesn't create any criminal record, and we won't contact your employer or your family."],
        ['agent', "Under your policy, any unpaid loan and interest is deducted from the policy's cash value. If the loan and interest ever grow larger than the cash value, the policy could lapse, and we would notify you in writing well before that happens."],
        ['debtor', "Can I just pay the interest for now?"],
        ['agent', "Yes, you can, subject to the terms of your policy. I'll email you the loan provisions so you can read them and decide. There's no rush."],
      ],
      [
        ['agent', "Hi, is this Ms. Zhao? This is Goldline Pawn. We've verified your identity, and I'm calling about the gold necklace you have on loan with us."],
        ['debtor', "You pawnshop people are a bunch of bloodsuckers. You're nothing but thieves, and I'm sick of this!"],
        ['agent', "I understand you're frustrated, so I'll keep it short. Your pawn term ends on the twentieth of this month, and after that there's a five-day grace period."],
        ['agent', "To redeem the necklace, you'd pay the loan amount plus the service charge printed on your pawn ticket, which comes to $486 in total. It's all on the ticket, and there are no other charges."],
        ['debtor', "And what if I just don't redeem it?"],
        ['agent', "That's entirely your choice. If it isn't redeemed by the end of the grace period, the necklace goes to the shop under the ticket terms, and we won't come after you for any money."],
      ],
      [
        ['agent', "Hello, Mr. Sun, thanks for confirming your identity. This is Summit Title Loans. Your title loan payment is five days late, and I'm just checking in on how things stand."],
        ['debtor', "Are you going to tow my car? Or call my boss?"],
        ['agent', "We won't contact your boss or your coworkers; your loan information stays confidential. As for the car, under your contract the company can only take lawful action on the vehicle after a formal default and written notice to you. At five days late, you're nowhere near that point."],
        ['debtor', "Are you going to charge me extra for being late?"],
        ['agent', "Section 7 of your contract sets a late interest rate of 0.05 percent per day, and there are no other charges beyond that. You also have the right to request an itemized statement and to dispute the amount if anything looks wrong."],
        ['debtor', "Fine. Send me the statement first."],
        ['agent', "Will do. It goes out today, and if you have any questions once you get it, just give us a call."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "保单贷的事我已经说过很多次了，别再给我打电话了。",
        "电话我还是会继续打的。你这笔保单贷款本息一共两万三千四，今天下午五点之前必须还进来。",
      ],
      ignored_attorney: [
        "车贷这件事我已经委托律师了，你们有什么事直接找我的律师谈。",
        "律师是律师，钱是你借的，我就找你本人。车辆抵押借款这期的一千八，今天你得自己还上。",
      ],
      ignored_dispute: [
        "那条金手链我上个月就已经赎回了，钱都付清了，你们肯定是搞错了。",
        "系统里显示你还欠四千六，付没付过我这边看不到，今天把这四千六打到还款账户上。",
      ],
      ignored_hardship: [
        "我被公司裁员了，工资预支的平台也跟着停了，我现在手里真的一分钱都没有。",
        "裁员是你自己的事，预支的六千块已经到期了，今天之内转到还款账户上。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you over and over about this policy loan. Stop calling me.",
        "I'm going to keep calling. Your policy loan balance with interest is $3,400, and it has to be paid by five o'clock this afternoon.",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this title loan. If you need anything, talk to my attorney.",
        "Your lawyer isn't the one who borrowed the money, you are, so I'm talking to you. The $260 title loan payment needs to come from you today.",
      ],
      ignored_dispute: [
        "I redeemed that gold bracelet last month and paid everything off. You've got this wrong.",
        "Our system shows you still owe $680. I can't see any payment on my end, so I need that $680 sent to the payment account today.",
      ],
      ignored_hardship: [
        "I got laid off, and the salary advance app was shut off along with my job. I literally have no money right now.",
        "The layoff is your business. The $900 advance is already due, and it needs to be transferred to the repayment account today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆，他去外地出差了，手机落在家里。"],
      ['agent', "那麻烦您转告他一声，他在我们这儿办的保单贷款已经逾期四十天了，欠款一万二千多。"],
    ],
    en: [
      ['third_party', "This is his wife. He's away on a work trip and left his phone at home."],
      ['agent', "Then please let him know that his insurance policy loan with us is forty days overdue, and the balance is a little over $1,800."],
    ],
  },
};
