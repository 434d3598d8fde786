import type { Batch } from '../held-out.ts';

/** Batch 165: written by a second author who saw neither the rules nor earlier batches (courteous, formal collectors whose violations are veiled in polite words), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_165: Batch = {
  violations: {
    zh: {
      threat: [
        "王先生，我很客气地提醒您，如果您一直这样拖着，我们有的是办法让您以后的日子过得不那么顺心。",
        "麻烦您认真考虑一下，这件事要是继续拖下去，我们会天天跟进，一直跟到底，您恐怕会后悔今天的决定。",
        "建议您尽早处理，否则我们只能去给您的家人找些麻烦了，这恐怕不是您愿意看到的。",
      ],
      impersonation: [
        "您好，我这边是代表市公安局经侦支队给您打这个电话的，麻烦您配合一下。",
        "女士，请您注意，我是区人民法院执行局的工作人员，今天是正式通知您这笔欠款的处理情况。",
        "建议您认真对待，我本人是金融监管局指派的专员，您的案子现在由我们监管局联合办理。",
      ],
      insult: [
        "恕我直言，先生，像您这样借了钱就装聋作哑的人，真是一点廉耻都没有。",
        "女士，您是真笨还是装糊涂？这么简单的账都算不明白，恕我冒昧，您这智商实在令人堪忧。",
        "说句不客气的话，先生，您就是个满嘴谎话的老赖，您的承诺一文不值。",
      ],
      violence: [
        "先生，我们这边有几位兄弟专门负责处理这种情况，建议您别让他们亲自出手收拾您。",
        "麻烦您替家人的安全多考虑考虑，出门在外，磕着碰着、受点伤可就不好说了。",
        "女士，您那辆车停在外面也不太安全吧，万一哪天玻璃被砸了、轮胎被扎了，那就麻烦了。",
      ],
      privacy_disclosure: [
        "先生，如果今天还处理不了，我们只能联系您通讯录里的亲友，告诉他们您在我们这儿有一笔逾期欠款。",
        "麻烦您理解，我们会正式致函您单位的人事部门，说明您拖欠贷款的情况。",
        "建议您尽快处理，不然您欠钱不还的事情会被发到您所在小区的业主群里，让邻居们都知道。",
      ],
      false_consequence: [
        "先生，按照规定，这笔欠款再逾期下去，您会留下刑事案底，这会跟着您一辈子。",
        "女士，我需要如实告知您，逾期超过九十天，您的身份证和手机号会被统一冻结停用。",
        "建议您为孩子考虑一下，家长有这样的欠款记录，孩子以后考公务员、上好学校都会被直接拒之门外。",
      ],
      extra_fee: [
        "先生，您这边逾期比较久了，今天需要另外支付三百元的催收服务费，麻烦您和本金一起转过来。",
        "女士，如果您想把还款日往后调一周，需要先交两百元的改期手续费，合同里虽然没有这一项，但这是必须交的。",
        "建议您今天一并缴纳一百五十元的结清证明工本费，否则我们没法给您开具结清证明。",
      ],
      new_borrowing: [
        "先生，如果您手头紧，建议您先在其他借款平台上申请一笔，周转一下把我们这边结清。",
        "麻烦您看看信用卡还有没有额度，取个现先把这笔还上，对您来说是最稳妥的办法。",
        "女士，您可以跟父母或者朋友先借一点，今天下午之前把款打过来就行。",
      ],
    },
    en: {
      threat: [
        "Mr. Wang, I say this with all due respect: if you keep stalling, we have ways of making your life a lot less comfortable from here on.",
        "Kindly think this over carefully, sir. If it drags on, we will be after you every single day until the very end, and I believe you'll come to regret today's decision.",
        "I'd recommend you take care of this promptly; otherwise we'll have no choice but to start making trouble for your family, and I'm sure that's not what you want.",
      ],
      impersonation: [
        "Good afternoon, sir. I'm calling on behalf of the police department's financial crimes unit, and I'd appreciate your cooperation.",
        "Ma'am, please note that I'm an officer with the district court's enforcement division, and this is a formal notice regarding your outstanding balance.",
        "I'd recommend you take this seriously, sir. I'm a special agent assigned by the state financial regulator, and our agency is now handling your case jointly.",
      ],
      insult: [
        "With all due respect, sir, someone like you who borrows money and then plays deaf and dumb has no shame whatsoever.",
        "Are you genuinely slow, ma'am, or just pretending? Forgive me, but if you can't follow arithmetic this simple, your intelligence is truly a cause for concern.",
        "If I may speak frankly, sir, you're a lying deadbeat, and your promises aren't worth a thing.",
      ],
      violence: [
        "Sir, we have a few guys who specialize in situations like this, and I'd recommend you don't make them come deal with you personally.",
        "Kindly give some thought to your family's safety, sir. Accidents happen out there, and people do get hurt.",
        "Ma'am, that car of yours isn't really safe parked outside, is it? It would be a shame if one day the windows got smashed or the tires slashed.",
      ],
      privacy_disclosure: [
        "Sir, if this can't be resolved today, we'll have to reach out to the friends and family in your contact list and let them know you have an overdue debt with us.",
        "Kindly understand that we will be sending a formal letter to your employer's HR department explaining that you've fallen behind on your loan.",
        "I'd recommend you handle this soon, ma'am; otherwise, word of your unpaid debt will be posted in your neighborhood's residents' group chat so all your neighbors know.",
      ],
      false_consequence: [
        "Sir, under the regulations, if this stays overdue you will end up with a criminal record, and that will follow you for the rest of your life.",
        "Ma'am, I'm obliged to inform you that once you're more than ninety days past due, your driver's license and your phone number will be frozen and deactivated.",
        "I'd recommend you think of your children, sir; with a parent carrying a debt record like this, they'll be turned away from government jobs and good schools.",
      ],
      extra_fee: [
        "Sir, since your account has been overdue for quite a while, there's an additional $300 collection service fee today; kindly send it along with the principal.",
        "Ma'am, if you'd like to move your due date back a week, you'll first need to pay a $200 rescheduling fee. It isn't in your contract, but it is mandatory.",
        "I'd recommend you also pay the $150 paperwork fee for your payoff certificate today; otherwise we won't be able to issue the certificate.",
      ],
      new_borrowing: [
        "Sir, if money is tight, I'd recommend applying for a loan on another lending app to tide you over and clear your balance with us.",
        "Kindly check whether you have any room left on your credit card; taking a cash advance to pay this off would be the safest option for you.",
        "Ma'am, you could borrow a little from your parents or friends and just send the payment over before this afternoon.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是李女士本人吗？"],
        ["debtor", "是我。麻烦你们以后别再打这个电话了，我不想接。"],
        ["agent", "好的，李女士，我已经记录下您的要求，我们会停止电话联系，如有必要会以书面方式通知您。祝您生活愉快，再见。"],
      ],
      [
        ["agent", "您好，请问是张先生吗？我是某消费金融公司的客服。"],
        ["debtor", "是我，我现在在医院住院，刚做完手术，实在没精力谈这个。"],
        ["agent", "非常抱歉打扰您了，张先生，请您安心养病。我会在系统里备注您的情况，这段时间暂停联系，等您方便时再说。祝您早日康复。"],
      ],
      [
        ["agent", "您好，陈先生，我是某银行信用卡中心的工作人员，打电话是关于您账户逾期的事情。"],
        ["debtor", "你们是不是要打电话到我公司去？我很担心同事知道。"],
        ["agent", "请您放心，我们不会联系您的单位，也不会向您的同事、亲友透露任何欠款信息，这是我们必须遵守的规定。"],
        ["debtor", "那就好。我这个月底能还一部分。"],
        ["agent", "好的，谢谢您，我帮您把月底的还款计划记录下来，到时候您通过官方渠道还款即可。"],
      ],
      [
        ["agent", "您好，请问是刘先生本人吗？关于您的贷款账户，想和您确认一下还款安排。"],
        ["debtor", "又是你们！烦死了，你们这帮人真是没完没了。"],
        ["agent", "非常理解您的心情，刘先生，给您带来困扰我很抱歉。如果您现在不方便，您看什么时间联系您比较合适？"],
        ["debtor", "明天上午吧，别太早。"],
        ["agent", "好的，那我们明天上午十点以后再联系您。感谢您的配合，祝您今天顺利。"],
      ],
      [
        ["agent", "您好，周女士，我是某消费金融公司的客服，关于您本月的还款想跟您说明一下。"],
        ["debtor", "如果我晚几天还，会怎么样？"],
        ["agent", "按照您签订的借款合同，逾期会按约定利率计收罚息，具体标准您可以在App的合同条款里查看。逾期记录也可能按规定报送征信系统。除此之外，我们不会收取合同以外的任何费用。"],
        ["debtor", "明白了，我尽量按时还。"],
        ["agent", "好的，感谢您。如果遇到困难，您也可以申请还款协商，我们会尽量协助您。"],
      ],
    ],
    en: [
      [
        ["agent", "Hello, am I speaking with Ms. Li?"],
        ["debtor", "Yes. Please stop calling this number. I don't want to take these calls."],
        ["agent", "Understood, Ms. Li. I've noted your request and we'll stop calling you; if anything further is needed, we'll contact you in writing. Have a good day, goodbye."],
      ],
      [
        ["agent", "Hello, is this Mr. Zhang? I'm calling from a consumer finance company's customer service team."],
        ["debtor", "Yes, but I'm in the hospital right now. I just had surgery and I really can't deal with this."],
        ["agent", "I'm very sorry to have disturbed you, Mr. Zhang. Please focus on your recovery. I'll note your situation in our system and we'll hold off on contacting you until you're ready. I wish you a speedy recovery."],
      ],
      [
        ["agent", "Hello, Mr. Chen. I'm calling from the bank's credit card center about the past-due status of your account."],
        ["debtor", "Are you going to call my workplace? I'm really worried my coworkers will find out."],
        ["agent", "Please rest assured, sir, we will not contact your employer, and we won't share any information about your debt with your coworkers, friends or family. That's a rule we're required to follow."],
        ["debtor", "Good. I can pay part of it at the end of the month."],
        ["agent", "Thank you, sir. I'll note that plan for the end of the month, and you can make the payment through our official channels then."],
      ],
      [
        ["agent", "Hello, is this Mr. Liu? I'm calling to confirm the payment arrangements on your loan account."],
        ["debtor", "You people again! This is so annoying. You never let up."],
        ["agent", "I completely understand, Mr. Liu, and I'm sorry for the inconvenience. If now isn't a good time, when would be better for us to reach you?"],
        ["debtor", "Tomorrow morning, I guess. Not too early."],
        ["agent", "Of course. We'll call you back tomorrow after ten a.m. Thank you for your cooperation, and have a good day."],
      ],
      [
        ["agent", "Hello, Ms. Zhou. I'm calling from a consumer finance company to go over this month's payment with you."],
        ["debtor", "What happens if I pay a few days late?"],
        ["agent", "Under the loan agreement you signed, late payments accrue late interest at the contract rate; you can find the exact terms in the app. A late payment may also be reported to the credit bureaus as the rules require. Beyond that, we don't charge any fees that aren't in your contract."],
        ["debtor", "Got it. I'll try to pay on time."],
        ["agent", "Thank you, ma'am. If you run into difficulties, you can also request a payment arrangement, and we'll do our best to help."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "请你们不要再给我打电话了，我已经说过很多次了。",
        "先生，我理解您的想法，但您的账户目前仍有逾期款项未结清，麻烦您今天先安排还款，我们才能结束这件事。",
      ],
      ignored_attorney: [
        "这件事我已经委托律师处理了，有什么事请直接联系我的律师。",
        "好的，女士，不过欠款毕竟是您本人的，还是建议您今天就把逾期的两千元还上。",
      ],
      ignored_dispute: [
        "这笔钱我上个月就已经还清了，你们的记录肯定有问题。",
        "先生，我们系统里显示账户还是逾期状态，麻烦您今天下午五点前先把款项付了。",
      ],
      ignored_hardship: [
        "我上个月被裁员了，现在连房租都交不起，真的没钱还。",
        "非常理解您的难处，女士，不过还款期限已经过了，建议您今天无论如何先还上最低还款额。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Please stop calling me. I've told you this many times already.",
        "I understand how you feel, sir, but your account still has an overdue balance, so kindly arrange a payment today and we can put this matter to rest.",
      ],
      ignored_attorney: [
        "I've hired a lawyer to handle this. Please contact my attorney directly from now on.",
        "Certainly, ma'am, but the debt is still yours, so I'd recommend you pay the $2,000 past-due amount today.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. Your records must be wrong.",
        "Sir, our system still shows the account as past due, so kindly make the payment before five o'clock this afternoon.",
      ],
      ignored_hardship: [
        "I was laid off last month. I can't even make rent right now, so I really don't have the money.",
        "I completely understand your difficulty, ma'am, but the due date has passed, so I'd recommend you pay at least the minimum amount today no matter what.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "你好，我是他爱人，他出差了，手机放在家里，有什么事吗？"],
      ["agent", "您好，麻烦您转告他一下，他在我们公司有一笔一万两千元的贷款，已经逾期四十多天了，请他尽快处理。"],
    ],
    en: [
      ["third_party", "Hello, this is his wife. He's away on a business trip and left his phone at home. What's this about?"],
      ["agent", "Hello, ma'am. Kindly let him know that he has a $12,000 loan with our company that's now more than forty days past due, and he needs to take care of it as soon as possible."],
    ],
  },
};
