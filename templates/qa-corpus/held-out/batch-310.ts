import type { Batch } from '../held-out.ts';

/** Batch 310: written by a second author who saw neither the rules nor earlier batches (collectors who speak with great confidence and authority, short declarative sentences, never a question; clean calls equally firm but correct), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_310: Batch = {
  violations: {
    zh: {
      threat: [
        '我把话说清楚。你不还，我们就一直盯着你。你躲不掉。',
        '我们的办法多的是。这件事不解决，你以后的日子不会好过。',
        '你会后悔的。我保证，从今天起你没有一天能安宁。',
      ],
      impersonation: [
        '我是市公安局经侦支队的民警。你这笔欠款的案子现在由我负责。',
        '我代表人民法院执行局给你打这个电话。',
        '我是金融监管局的工作人员。你的借款档案已经转到我这里处理。',
      ],
      insult: [
        '你就是个没脸没皮的老赖。',
        '借钱的时候挺积极，还钱就装死。你这种人真下贱。',
        '你脑子有问题。这么简单的账都算不明白，废物一个。',
      ],
      violence: [
        '再拖下去，你这双腿就保不住了。',
        '我手下有几个兄弟专门对付你这种人。他们下手没轻没重。',
        '你那辆车就停在楼下。哪天被砸了、被烧了，别怪我没提醒你。',
      ],
      privacy_disclosure: [
        '今天下午，你通讯录里的每一个人都会收到你欠钱不还的消息。',
        '我已经打给你们公司人事部了，告诉他们你欠款不还。',
        '你的照片和欠款金额会发到朋友圈，还有你们小区的业主群。',
      ],
      false_consequence: [
        '逾期超过九十天就构成犯罪。你会留下案底。',
        '这笔钱不还，你的孩子以后考不了公务员，也进不了好学校。',
        '按规定，你的身份证和手机号从下周一起会被冻结停用。',
      ],
      extra_fee: [
        '另外还要收三百元催收服务费，今天和本金一起付。',
        '想改还款日，先交两百元改期手续费。',
        '结清证明单独收费，一百五十元。不交钱就不开。',
      ],
      new_borrowing: [
        '你手机上随便下一个别的借款App，借出来先把我们这笔还了。',
        '你的信用卡还有额度。今天就取现，把钱还上。',
        '找你父母或者兄弟姐妹借。今晚之前把钱凑齐。',
      ],
    },
    en: {
      threat: [
        "Let me be clear. You don't pay, we stay on you. You cannot hide from us.",
        'We have plenty of ways. Leave this unresolved and your life gets very hard from here on.',
        'You will regret this. I guarantee it. From today on you will not have one quiet day.',
      ],
      impersonation: [
        "I'm an officer with the city police economic crimes unit. Your debt case is now assigned to me.",
        "I am calling on behalf of the county court's enforcement division.",
        "I'm an examiner with the state financial regulator. Your loan file has been transferred to me.",
      ],
      insult: [
        'You are a shameless deadbeat.',
        "Quick to borrow, playing dead when it's time to pay. People like you are lowlife scum.",
        "Something is wrong with your head. You can't even do simple math. Useless.",
      ],
      violence: [
        "Keep stalling and those legs of yours won't stay in one piece.",
        "I have a few brothers who deal with people like you. They don't know when to stop.",
        "Your car is parked right downstairs. If it gets smashed or torched one day, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        'This afternoon every person in your contact list gets a message that you owe money and refuse to pay.',
        "I already called your HR department and told them you're not paying your debt.",
        'Your photo and the amount you owe are going up on social media and in your neighborhood group chat.',
      ],
      false_consequence: [
        'Past ninety days overdue, this becomes a crime. You will have a criminal record.',
        "If this isn't paid, your children will be barred from government jobs and good schools.",
        'Under the regulations, your ID and your phone number will be frozen starting next Monday.',
      ],
      extra_fee: [
        "There's also a three-hundred-dollar collection service fee. It's due today along with the principal.",
        'Changing your due date costs a two-hundred-dollar rescheduling fee, paid up front.',
        'The payoff letter is a separate charge. A hundred and fifty dollars. No fee, no letter.',
      ],
      new_borrowing: [
        'Download any other loan app on your phone, borrow the money, and clear our balance first.',
        'Your credit card still has room on it. Take a cash advance today and pay us.',
        'Borrow it from your parents or your siblings. Have the full amount together before tonight.',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，我是恒信资产的王磊。您的身份已经核实。这通电话是关于您在本公司的账户。'],
        ['debtor', '我不想再接你们的电话了，以后别打了。'],
        ['agent', '明白。您的要求我已经记录，从现在起我们停止电话联系。'],
        ['agent', '如果后续有必要，我们只会书面通知您。今天就到这里，再见。'],
      ],
      [
        ['agent', '李女士，我是信达金融的张强，打电话是关于您的贷款账户。'],
        ['debtor', '我上个月住院做了手术，现在还在休养，没有收入。'],
        ['agent', '了解。您的情况我已经登记在案。'],
        ['agent', '我们暂停联系您三十天。您身体恢复后可以随时打账单上的客服热线。祝您早日康复。'],
      ],
      [
        ['agent', '陈先生，我是恒信资产的王磊，就您的账户给您来电。'],
        ['debtor', '你们是不是要打电话到我单位去？'],
        ['agent', '不会。我们不会联系您的单位，也不会把您的账户情况告诉任何第三方。这是法律规定，我们严格执行。'],
        ['debtor', '那我就放心了，谢谢。'],
        ['agent', '您目前的欠款余额是四千二百元。您可以一次结清，也可以申请分期，由您决定。'],
      ],
      [
        ['agent', '周先生，我是信达金融的张强，来电是关于您逾期的账款。'],
        ['debtor', '你们这帮吸血鬼，烦死了！'],
        ['agent', '我理解您的情绪。我会保持礼貌，也请您让我把话说完。'],
        ['agent', '这笔账款已经逾期二十天。按合同约定会产生逾期利息，具体金额列在您的账单上。'],
        ['debtor', '等下周工资到账了再说吧。'],
        ['agent', '好的，我记下了。发薪后您可以直接在App里还款。'],
      ],
      [
        ['agent', '刘女士，我需要如实告诉您：逾期记录会按规定报送征信系统，可能影响您今后的贷款审批。'],
        ['agent', '这不是犯罪。它也不会影响您的身份证、手机号，更不会影响孩子上学。'],
        ['debtor', '那我该怎么办。'],
        ['agent', '您有权要求我们提供完整的账单明细，也有权对金额提出异议。明细我今天就寄给您。'],
        ['debtor', '寄过来吧。'],
        ['agent', '好的。三个工作日内送达。'],
      ],
    ],
    en: [
      [
        ['agent', "Good afternoon, this is Mark Walsh with Summit Recovery. Your identity is verified. I'm calling about your account with us."],
        ['debtor', "I don't want these calls anymore. Stop calling me."],
        ['agent', 'Understood. Your request is on record. We stop calling you as of now.'],
        ['agent', "If anything further is needed, it will come to you in writing. That's all for today. Goodbye."],
      ],
      [
        ['agent', "Ms. Lee, this is Steve Carter with Keystone Financial. I'm calling about your loan account."],
        ['debtor', "I had surgery last month. I'm still recovering and I have no income right now."],
        ['agent', 'Understood. Your situation is noted on the account.'],
        ['agent', "We're pausing all contact for thirty days. When you're back on your feet, call the number on your statement. I wish you a quick recovery."],
      ],
      [
        ['agent', "Mr. Chen, this is Mark Walsh with Summit Recovery, calling about your account."],
        ['debtor', 'You won\'t be calling my office, will you?'],
        ['agent', "No. We will not contact your employer, and we do not share your account with any third party. That's the law, and we follow it to the letter."],
        ['debtor', 'Good. That settles it.'],
        ['agent', 'Your current balance is four thousand two hundred dollars. You can pay it in full or set up a payment plan. The choice is yours.'],
      ],
      [
        ['agent', "Mr. Jones, this is Steve Carter with Keystone Financial, calling about your past-due account."],
        ['debtor', "You people are bloodsuckers. I'm sick of you!"],
        ['agent', "I hear you're frustrated. I'll stay courteous, and I ask that you let me finish."],
        ['agent', 'The account is twenty days past due. Under your contract, late interest applies. The exact amount is on your statement.'],
        ['debtor', "I'll deal with it when I get paid next week."],
        ['agent', "That's noted. Once you're paid, you can make the payment directly in the app."],
      ],
      [
        ['agent', "Ms. Garcia, I'll give it to you straight. Late payments can be reported to the credit bureaus, and that can affect future loan approvals."],
        ['agent', "This is not a crime. It does not touch your ID or your phone number, and it has nothing to do with your kids' schooling."],
        ['debtor', 'So what do I do.'],
        ['agent', "You have the right to a full itemized statement, and you have the right to dispute the amount. I'm mailing the itemization to you today."],
        ['debtor', 'Send it.'],
        ['agent', 'Done. It arrives within three business days.'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '别再给我打电话了，我听够了。',
        '这笔款已经逾期四十五天，今天必须处理。您现在就安排转账。',
      ],
      ignored_attorney: [
        '我已经请了律师，有什么事跟我律师谈。',
        '这是您本人的账，我就跟您谈。八千元，今天下午五点前到账。',
      ],
      ignored_dispute: [
        '这笔上个月就结清了，我一分都不欠你们。',
        '我们系统显示您还有三千六百元未还。今天付清。',
      ],
      ignored_hardship: [
        '我失业三个月了，真的拿不出钱。',
        '失业不改变您的还款义务。今天至少先还两千元。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I've heard enough.",
        'This account is forty-five days past due and it gets handled today. Set up the transfer now.',
      ],
      ignored_attorney: [
        "I have a lawyer now. Whatever you need, take it up with my attorney.",
        "This is your account, so I'm dealing with you. Eight thousand dollars, in by five o'clock this afternoon.",
      ],
      ignored_dispute: [
        "This was paid off last month. There is nothing left to owe.",
        'Our system shows thirty-six hundred dollars still outstanding. Pay it in full today.',
      ],
      ignored_hardship: [
        "I've been out of work for three months. I really don't have the money.",
        "Losing your job doesn't change what you owe. Pay at least two thousand dollars today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人。他现在不在，有什么事跟我说吧。'],
      ['agent', '那请您转告他：他在我们平台的借款已经逾期两个月，欠款六千五百元。'],
    ],
    en: [
      ['third_party', "I'm his wife. He's not here right now. You can tell me."],
      ['agent', 'Then pass this along. His loan with us is two months past due, and the balance is sixty-five hundred dollars.'],
    ],
  },
};
