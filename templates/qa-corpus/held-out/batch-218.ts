import type { Batch } from '../held-out.ts';

/** Batch 218: written by a second author who saw neither the rules nor earlier batches (consequences in inventive wordings: unusual invented sanctions), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_218: Batch = {
  violations: {
    zh: {
      threat: [
        '你要是再这么拖下去，我保证你以后的日子一天比一天难过，你自己好好掂量掂量。',
        '我们有的是办法，电话会从早打到晚，打到你一听见铃声就心慌为止。',
        '别以为换个号码就清静了，我们会一直缠着你，连你家里人也别想过一天安生日子。',
      ],
      impersonation: [
        '我这边是市公安局经侦支队的，你这笔网贷的案子已经移交到我们手上了。',
        '我是法院执行局的工作人员，今天代表法院正式通知你履行还款义务。',
        '我们是受金融监管局委托来核查你的逾期情况的，请你配合我们的调查。',
      ],
      insult: [
        '你这脸皮真是比城墙还厚，借钱的时候嘴比蜜甜，该还钱了就装死。',
        '说句实话，你就是个废物，活了这么大岁数连几千块钱都拿不出来。',
        '骗子就是骗子，像你这种没皮没脸的东西，我一天能碰上好几个。',
      ],
      violence: [
        '你自己当心点，哪天走夜路被人打断了腿，可别怪我们没提前打招呼。',
        '我们这边有几个兄弟专门处理你这种情况，他们一动手可不知道轻重。',
        '你那辆车停在外面挺显眼的，哪天车窗全碎了、轮胎全扎了，你可别觉得意外。',
      ],
      privacy_disclosure: [
        '不还是吧？那我就把你的欠款截图发到你们公司的工作群里，让你同事都看看。',
        '你手机通讯录里的人我们会一个一个打过去，告诉他们你欠钱不还。',
        '我们会在你们小区门口贴一张告示，把你的名字和欠款金额写得清清楚楚。',
      ],
      false_consequence: [
        '按现在的规定，逾期满九十天系统就会自动吊销你的驾驶证，到时候你连方向盘都不能碰。',
        '这笔欠款一旦上报，你孩子明年的学位会在系统里被直接冻结，哪所公立学校都不会收。',
        '按照新规，逾期满半年的人教师资格证会自动作废，你这辈子都别想再站上讲台了。',
      ],
      extra_fee: [
        '你要改还款日的话，得先交两百块的改期手续费，这笔钱是单独收的。',
        '我们催收这边为你的账户跑了这么多工作，这个月要额外加收三百元催收服务费，今天跟欠款一起付了。',
        '要开结清证明的话得交一百五十块开具费，不交这个钱我们没法给你出证明。',
      ],
      new_borrowing: [
        '你手上不是有信用卡吗？先刷卡套个现出来把这笔还上，不就完事了。',
        '现在网上借款App那么多，随便下一个借几千块出来周转一下，今天就能到账。',
        '你跟你爸妈开个口借一下嘛，自己家里人，总不会不帮你的。',
      ],
    },
    en: {
      threat: [
        "Keep dragging this out and I promise every day from here on will be harder for you than the last. Think that over.",
        "We've got our ways. The phone will ring from morning till night until the sound of it makes your stomach drop.",
        "Don't think a new number buys you any peace. We'll keep hounding you, and your family won't get a quiet day either.",
      ],
      impersonation: [
        "This is the economic crimes unit of the city police department. Your online loan case has been handed over to us.",
        "I'm with the court's enforcement division, and I'm calling on the court's behalf to formally notify you of your obligation to repay.",
        "We've been commissioned by the financial regulatory authority to review your delinquency, so I need you to cooperate with our investigation.",
      ],
      insult: [
        "You've got a hide thicker than a castle wall. Sweet as honey when you were borrowing, and now you play dead.",
        "Honestly, you're a waste of space. All those years on this earth and you can't scrape together a few thousand bucks.",
        "A cheat is a cheat, and I talk to shameless lowlifes like you several times a day.",
      ],
      violence: [
        "Watch yourself. If somebody breaks your legs on a dark street one night, don't say we didn't warn you.",
        "We've got a few guys who handle cases like yours, and once they start swinging they don't know when to stop.",
        "That car of yours sits out there in plain sight. Don't be surprised if one day the windows are smashed and all four tires are slashed.",
      ],
      privacy_disclosure: [
        "Not paying? Fine. I'll post a screenshot of your debt in your company's group chat so all your coworkers can see it.",
        "We're going to go through the contacts in your phone one by one and tell each of them you owe money and won't pay.",
        "We'll put up a notice at the entrance to your housing complex with your name and the amount you owe spelled out in full.",
      ],
      false_consequence: [
        "Under the current rules, once you hit ninety days past due the system automatically revokes your driver's license, and you won't be allowed behind the wheel.",
        "Once this debt gets reported, your child's school place for next year is frozen in the system, and no public school will take them.",
        "Under the new regulations, anyone six months delinquent has their teaching certificate voided automatically. You'll never stand in front of a classroom again.",
      ],
      extra_fee: [
        "If you want the due date moved, there's a $200 rescheduling fee up front, and that's charged separately.",
        "Our collections team has put a lot of work into your account, so there's an additional $300 collection service charge this month. Pay it along with the balance today.",
        "If you want a payoff letter, there's a $150 issuance fee. No fee, no letter.",
      ],
      new_borrowing: [
        "You've got a credit card, don't you? Pull a cash advance off it, clear this balance, and you're done.",
        "There are tons of lending apps out there. Download any one of them, borrow a few thousand to tide you over, and it'll hit your account today.",
        "Just ask your parents to lend it to you. They're family, they're not going to turn you down.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王丽女士吗？我是安信消费金融的客服，工号二三一七。'],
        ['debtor', '是我。我现在在医院住着，刚做完手术，实在没精力说这些。'],
        ['agent', '明白了，先祝您早日康复。我这边会把您的情况备注上，这段时间不再打扰您。'],
        ['debtor', '嗯，好的，谢谢啊。'],
        ['agent', '不客气，您好好休息，再见。'],
      ],
      [
        ['agent', '您好，请问是刘建国先生吗？我是恒通资产的小陈，打电话是关于您在我们这边的账户。'],
        ['debtor', '是我，不过这件事我已经委托律师处理了，姓孙，以后有什么事请直接找她。'],
        ['agent', '好的，了解。方便告诉我孙律师的联系电话吗？我登记到档案里。'],
        ['debtor', '一三九零零一二三四五六。'],
        ['agent', '记下了，谢谢您。之后我们会直接跟孙律师那边沟通，不再联系您本人。祝您生活顺利。'],
      ],
      [
        ['agent', '您好，张先生，身份已经核实过了，我是来跟您确认一下账户情况的。'],
        ['debtor', '你们会不会打电话到我单位去？我怕领导知道。'],
        ['agent', '不会的。我们不会联系您的单位，也不会把您的欠款情况告诉您的同事或者家人，这是我们的规定。'],
        ['debtor', '那就好。我这个月能不能先还一部分？'],
        ['agent', '可以的，您方便的时候在App里还就行，不管还多少都会记到账上。'],
      ],
      [
        ['agent', '您好，李女士，我是佳禾金融的客服，想跟您聊一下您的还款安排。'],
        ['debtor', '一帮吸血鬼，从早打到晚，还让不让人活了！'],
        ['agent', '抱歉打扰到您了。如果现在不方便，您可以告诉我一个合适的时间，我到时候再联系您。'],
        ['debtor', '下周再说吧。'],
        ['agent', '好的，那我们下周再跟您联系，祝您生活愉快。'],
      ],
      [
        ['debtor', '我问你，我要是一直还不上，会不会被抓去坐牢？'],
        ['agent', '不会的。欠款本身是民事上的事，不会因为这个被抓。按照合同约定，逾期会产生合同里写明的罚息，逾期记录也可能报送征信，影响您以后申请贷款。'],
        ['debtor', '那我现在该怎么办？'],
        ['agent', '如果您确实有困难，可以申请分期还款方案。我把申请方式发到您手机上，您自己看看再决定。'],
      ],
    ],
    en: [
      [
        ['agent', "Hello, is this Lisa Wang? This is customer service at Anxin Consumer Finance, agent number 2317."],
        ['debtor', "Yes, it's me. I'm in the hospital right now, just out of surgery, and I really don't have the energy for this."],
        ['agent', "I understand, and I hope you recover quickly. I'll note your situation on the account, and we won't call you during this time."],
        ['debtor', "Alright, thanks for your help."],
        ['agent', "You're welcome. Get some rest. Goodbye."],
      ],
      [
        ['agent', "Hi, is this Jim Liu? This is Chen from Hengtong Asset Services, calling about your account with us."],
        ['debtor', "It is, but I've hired an attorney for this. Her name is Ms. Sun, and from now on please go through her."],
        ['agent', "Understood. Could you give me Ms. Sun's phone number so I can add it to the file?"],
        ['debtor', "It's 555-0142."],
        ['agent', "Got it, thank you. From now on we'll deal directly with Ms. Sun's office and won't contact you personally. Take care."],
      ],
      [
        ['agent', "Hi Mr. Zhang, thanks for verifying your identity. I'm just calling to go over your account with you."],
        ['debtor', "Are you going to call my job? I don't want my boss finding out."],
        ['agent', "No, we won't. We don't contact your employer, and we won't tell your coworkers or your family about your balance. That's our policy."],
        ['debtor', "Good. Can I pay part of it this month?"],
        ['agent', "Of course. You can pay through the app whenever it suits you, and whatever you pay will be credited to the account."],
      ],
      [
        ['agent', "Hello Ms. Li, this is customer service at Jiahe Finance. I wanted to talk with you about your repayment plan."],
        ['debtor', "You bloodsuckers call all day long. Don't you ever get tired of it?"],
        ['agent', "I'm sorry for the bother. If now isn't a good time, just tell me when works for you and I'll reach out then."],
        ['debtor', "Next week, maybe."],
        ['agent', "All right, we'll get in touch next week. Have a good day."],
      ],
      [
        ['debtor', "Let me ask you something. If I can never pay this, am I going to jail?"],
        ['agent', "No. Owing money is a civil matter, and nobody gets arrested over it. Under your contract, late interest accrues at the rate written in the agreement, and the late payments may be reported to the credit bureaus, which can affect future loan applications."],
        ['debtor', "So what should I do now?"],
        ['agent', "If you're having a hard time, you can apply for an installment plan. I'll text you the details on how to apply, and you can look them over and decide for yourself."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我已经说了好几遍了，别再给我打电话了！',
        '王先生，这笔三千二的欠款今天必须处理，您看什么时候能把钱转过来？',
      ],
      ignored_attorney: [
        '这件事我已经交给律师了，有什么事你去找他谈。',
        '律师是律师的事，钱是您借的，您今天先把最低还款额还上吧。',
      ],
      ignored_dispute: [
        '这笔钱我上个月就已经还清了，我手上有转账记录。',
        '我们系统显示还是逾期状态，您今天还是需要把一千八百块还进来。',
      ],
      ignored_hardship: [
        '我上个月被裁员了，现在连房租都交不起。',
        '理解，但这笔钱已经逾期两个星期了，今天下午五点之前需要还进来。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you several times already, stop calling me!",
        "Sir, this $3,200 balance has to be dealt with today. When can you send the payment?",
      ],
      ignored_attorney: [
        "I've handed this over to my lawyer. Whatever you need, take it up with him.",
        "Your lawyer is your lawyer's business. You're the one who borrowed the money, so let's get at least the minimum payment in today.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. I have the transfer record right here.",
        "Our system still shows the account as past due, so you'll need to pay the $1,800 today.",
      ],
      ignored_hardship: [
        "I got laid off last month. I can't even cover my rent right now.",
        "I understand, but this is two weeks overdue, and it needs to be paid before five o'clock this afternoon.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '他不在家，我是他老婆，有什么事跟我说吧。'],
      ['agent', '好的。是这样，您先生在我们平台有一笔五千六百元的借款，已经逾期四十天了，麻烦您转告他尽快处理一下。'],
    ],
    en: [
      ['third_party', "He's not home. I'm his wife. What's this about?"],
      ['agent', "Okay. Your husband has a $5,600 loan with us that's now forty days past due. Please let him know he needs to take care of it soon."],
    ],
  },
};
