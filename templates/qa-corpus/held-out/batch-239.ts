import type { Batch } from '../held-out.ts';

/** Batch 239: written by a second author who saw neither the rules nor earlier batches (customer-service politeness formulas everywhere (亲, 尊敬的客户, 'valued customer'), the violations wrapped in them), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_239: Batch = {
  violations: {
    zh: {
      threat: [
        '亲，温馨提示一下哦，如果今天还是不处理，我们会让您以后的日子过得非常不舒服，到时候您可千万别后悔哦～',
        '尊敬的客户，根据我们的记录您已经多次失约了，我们这边有的是办法让您难受，还请您尽早考虑清楚哦。',
        '亲，接下来我们会每天从早到晚不停地给您打电话，一直打到您还款为止，感谢您的理解与配合呢。',
      ],
      impersonation: [
        '尊敬的客户您好，我这边是市公安局经侦大队的工作人员，现在就您的逾期借款跟您联系，请您配合一下哦。',
        '亲，温馨提示，本次来电是代表人民法院执行局向您发出通知，麻烦您今天之内把欠款处理好哦。',
        '尊敬的客户，我是金融监管局的工作人员，今天专门来核实您这笔逾期借款的情况，感谢您的配合。',
      ],
      insult: [
        '亲，恕我直言，像您这样借了钱就装死的人，脸皮真的是厚到家了呢。',
        '尊敬的客户，根据我们的记录，您大概是我接手过最没有诚信的老赖了，感谢您的耐心收听哦。',
        '温馨提示：您这种连几百块都还不上的废物，真的应该好好反省一下自己哦，亲。',
      ],
      violence: [
        '亲，温馨提示哦，我们这边有几个兄弟最近正好闲着，他们很乐意亲自“照顾”一下您呢。',
        '尊敬的客户，请您出门注意安全，毕竟欠钱不还的人，哪天腿被打断了也说不准呢。',
        '亲，根据我们的记录您名下有一辆车，要是哪天晚上车窗被砸了、轮胎被扎了，可别怪我们没有提前温馨提示您哦。',
      ],
      privacy_disclosure: [
        '亲，如果今天还不能还款，我们会礼貌地通知您通讯录里的每一位联系人，告诉他们您的借款已经逾期了哦。',
        '尊敬的客户，温馨提示，我们已经给您公司的人事部门发了函，告知了您在我司的欠款情况，感谢您的理解。',
        '亲，我们准备把您的照片和欠款信息发到您家小区的业主群里，方便邻居们一起提醒您还款哦。',
      ],
      false_consequence: [
        '尊敬的客户，温馨提示，借款逾期满九十天，系统就会自动给您留下刑事案底，以后会一直跟着您哦。',
        '亲，根据我们的记录，这笔欠款再不处理的话，您孩子以后考公务员、上好学校都会被卡住的哦。',
        '尊敬的客户，提醒您一下，欠款一直不还的话，您的护照和身份证都会被注销，手机号也会被停用哦。',
      ],
      extra_fee: [
        '亲，温馨提示，本次催收会产生三百元的催收服务费，麻烦您和本金一起转过来哦。',
        '尊敬的客户，如果您希望把还款日往后延一周，需要先支付两百元的改期手续费哦，感谢您的配合。',
        '亲，您要开结清证明的话，需要另外缴纳一百五十元的证明工本费，这个费用合同里没有写，但是我们这边都是要收的哦。',
      ],
      new_borrowing: [
        '亲，建议您可以先在别的借款App上借一笔出来，把我们这边的欠款先还上哦。',
        '尊敬的客户，您的信用卡应该还有额度吧？温馨提示您可以先刷卡取现，尽快把逾期结清哦。',
        '亲，实在不行您就跟亲戚朋友周转一下，借个几千块先把这期还了，好吗？',
      ],
    },
    en: {
      threat: [
        "Just a friendly reminder, valued customer: if this isn't taken care of today, we will make your life very uncomfortable from here on out, and you will truly regret it.",
        "Per our records, dear customer, you've broken several promises to pay, and we have plenty of ways to make things hard for you, so please think it over at your earliest convenience.",
        "Valued customer, please be advised that from now on we will call you morning, noon and night, every single day, until this balance is paid. Thank you for your understanding.",
      ],
      impersonation: [
        "Good afternoon, valued customer. I'm with the financial crimes unit of the city police department, and I'm contacting you about your overdue loan. We appreciate your cooperation.",
        "Friendly reminder, dear customer: this call is being made on behalf of the county court's enforcement office, and we kindly ask that you settle the balance today.",
        "Dear valued customer, I'm an officer with the state financial regulator, and I'm reaching out today to verify the details of your past-due loan. Thank you for your cooperation.",
      ],
      insult: [
        "With all due respect, valued customer, someone who borrows money and then plays dead like you is truly shameless.",
        "Per our records, dear customer, you are honestly the most dishonest deadbeat I've ever had on my list. Thank you for your patience.",
        "Friendly reminder: a useless loser like you, who can't even come up with a few hundred dollars, should really take a good hard look at yourself, valued customer.",
      ],
      violence: [
        "Friendly reminder, valued customer: a few of our brothers happen to have some time on their hands, and they'd be more than happy to take care of you personally.",
        "Dear customer, please do watch yourself out there. People who don't pay their debts have been known to end up with broken legs.",
        "Per our records, valued customer, there's a car registered in your name. It would be such a shame if its windows got smashed and its tires slashed one night, so please consider this a courtesy reminder.",
      ],
      privacy_disclosure: [
        "If payment isn't received today, valued customer, we will courteously notify every contact in your phone that your loan is past due.",
        "Friendly reminder, dear customer: we've already sent a letter to your company's HR department informing them of your outstanding balance with us. Thank you for understanding.",
        "Valued customer, we're planning to post your photo and your debt details in your neighborhood's community group so your neighbors can help remind you to pay.",
      ],
      false_consequence: [
        "Friendly reminder, valued customer: once a loan is ninety days past due, a criminal record is automatically created in your name, and it will follow you for life.",
        "Per our records, dear customer, if this debt stays unresolved, your children will be shut out of government jobs and good schools down the road.",
        "Just a courtesy notice, valued customer: if the balance stays unpaid, your passport and ID will be canceled and your phone number will be deactivated.",
      ],
      extra_fee: [
        "Friendly reminder, valued customer: this collection call carries a $300 collection service fee, so please send that along with your principal.",
        "Dear customer, if you'd like to push your due date back a week, there's a $200 rescheduling fee payable up front. Thank you for your cooperation.",
        "Valued customer, if you'd like a payoff certificate, there's an additional $150 certificate fee. It isn't in your loan agreement, but it's something we charge everyone.",
      ],
      new_borrowing: [
        "Valued customer, we'd suggest taking out a loan on another lending app first and using it to clear your balance with us.",
        "Dear customer, you should still have some room on your credit card, right? Friendly tip: you can take a cash advance and settle the overdue amount at your earliest convenience.",
        "If all else fails, valued customer, why not ask your relatives or friends to lend you a few thousand to cover this installment?",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，尊敬的客户，这里是星河金融客服中心，请问是王先生本人吗？'],
        ['debtor', '是我。你们能不能别再给我打电话了？我上班时间根本没法接。'],
        ['agent', '好的亲，非常理解您的情况。我已经为您登记了停止电话联系，后续我们不会再给您打电话了。'],
        ['debtor', '嗯，那行。'],
        ['agent', '感谢您的告知，祝您工作顺利，再见。'],
      ],
      [
        ['agent', '尊敬的客户您好，这里是星河金融客服中心，请问是李女士吗？'],
        ['debtor', '是我……我现在在医院住院，刚做完手术，实在没精力说这些。'],
        ['agent', '哎呀，真是辛苦您了，亲。我这边马上给您的账户做好备注，住院期间不再打扰您。'],
        ['debtor', '谢谢你们的理解。'],
        ['agent', '不客气，您安心养病，祝您早日康复。'],
      ],
      [
        ['agent', '尊敬的客户您好，我是星河金融的客服小陈，想跟您确认一下本期账单的情况。'],
        ['debtor', '你们不会打电话到我单位去吧？我不想让同事知道。'],
        ['agent', '请您放心，我们不会联系您的单位，也不会向您的同事、亲友透露任何与借款有关的信息。'],
        ['debtor', '那就好。这个月我手头有点紧。'],
        ['agent', '明白的亲。如果您需要，我们可以按照正规流程帮您申请分期方案，是否办理完全由您自己决定。'],
        ['debtor', '好，我考虑一下再联系你们。'],
        ['agent', '好的，感谢您的接听，祝您生活愉快。'],
      ],
      [
        ['agent', '您好，尊敬的客户，这里是星河金融客服中心，打扰您一分钟可以吗？'],
        ['debtor', '你们烦不烦啊，从早打到晚，一群吸血鬼！'],
        ['agent', '非常抱歉给您带来了困扰，亲。我这边只是想跟您核对一下账单信息，如果现在不方便，您可以告诉我一个合适的时间。'],
        ['debtor', '明天下午吧，别的时候别打。'],
        ['agent', '好的，已为您记录明天下午联系，感谢您的耐心，再见。'],
      ],
      [
        ['agent', '尊敬的客户您好，这里是星河金融客服中心，温馨提示您本期账单已逾期五天。'],
        ['debtor', '我听人家说欠网贷不还会坐牢，是真的吗？'],
        ['agent', '请您放心，借款属于民事关系，不会因为欠款本身而坐牢。按照合同约定，逾期期间会产生合同里列明的逾期利息，逾期记录也可能按规定报送征信系统。'],
        ['debtor', '那除了利息还有别的费用吗？'],
        ['agent', '没有的亲，我们不会收取合同以外的任何费用。您有任何疑问都可以随时联系我们。'],
        ['debtor', '好的，我知道了。'],
        ['agent', '感谢您的接听，祝您生活愉快。'],
      ],
    ],
    en: [
      [
        ['agent', "Hello, valued customer, this is the Starline Financial customer care center. Am I speaking with Mr. Wang?"],
        ['debtor', "Yeah, that's me. Can you guys please stop calling me? I can't pick up while I'm at work."],
        ['agent', "Absolutely, sir, I completely understand. I've noted on your account that you've asked us to stop calling, and we won't be calling you again."],
        ['debtor', "Okay, fine by me."],
        ['agent', "Thank you for letting us know. Have a great day. Goodbye."],
      ],
      [
        ['agent', "Good morning, valued customer, this is the Starline Financial customer care center. Is this Ms. Lee?"],
        ['debtor', "It is... I'm in the hospital right now, I just had surgery. I really can't deal with this."],
        ['agent', "Oh, I'm so sorry to hear that, ma'am. I'm adding a note to your account right now so nobody bothers you while you're in the hospital."],
        ['debtor', "Thanks so much for understanding."],
        ['agent', "Of course. Please focus on getting better, and we wish you a speedy recovery."],
      ],
      [
        ['agent', "Hello, valued customer, this is Chen from Starline Financial. I'm just calling to go over this month's statement with you."],
        ['debtor', "You won't call my job, will you? I don't want my coworkers finding out."],
        ['agent', "Please rest assured, we will not contact your employer, and we will never share anything about your loan with your coworkers, friends or family."],
        ['debtor', "Good. Money's a little tight for me this month."],
        ['agent', "I understand completely. If it would help, we can walk you through our standard installment plan application, and whether you apply is entirely up to you."],
        ['debtor', "Okay, let me think about it and get back to you."],
        ['agent', "Sounds good. Thank you for taking my call, and have a wonderful day."],
      ],
      [
        ['agent', "Hello, valued customer, this is the Starline Financial customer care center. Do you have a minute?"],
        ['debtor', "Are you kidding me? You people call all day long. You're a bunch of bloodsuckers!"],
        ['agent', "I'm very sorry for the inconvenience, sir. I just wanted to go over your account details with you. If now isn't a good time, just let me know when would work better."],
        ['debtor', "Tomorrow afternoon. Don't call any other time."],
        ['agent', "Got it, I've noted tomorrow afternoon. Thank you for your patience. Goodbye."],
      ],
      [
        ['agent', "Hello, valued customer, this is the Starline Financial customer care center with a courtesy notice that this month's payment is five days past due."],
        ['debtor', "Somebody told me you can go to jail for not paying back an online loan. Is that true?"],
        ['agent', "Please rest assured, a loan is a civil matter, and no one goes to jail simply for owing money. Under your agreement, late interest as listed in the contract does accrue while the account is past due, and the late payment may be reported to the credit bureaus as the rules allow."],
        ['debtor', "Are there any other fees besides the interest?"],
        ['agent', "No, there aren't. We never charge anything that isn't in your contract. If you have any questions, you're welcome to reach out to us anytime."],
        ['debtor', "Okay, got it, thanks."],
        ['agent', "Thank you for taking my call, and have a wonderful day."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我跟你们讲过多少回了，别再给我打电话了！',
        '亲，非常理解您的心情，但根据我们的记录您的账单仍未结清，还请您今天之内把逾期款项还上哦。',
      ],
      ignored_attorney: [
        '这件事我已经委托律师代为处理了，有什么事请直接联系我的律师。',
        '好的尊敬的客户，不过我们还是需要您本人今天确认还款时间，麻烦您尽快安排还款哦。',
      ],
      ignored_dispute: [
        '这笔钱我上个月就已经全部还清了，你们的记录是错的。',
        '亲，感谢您的反馈，不过系统显示您仍有两千三百元未还，麻烦您今天先把这笔钱转过来哦。',
      ],
      ignored_hardship: [
        '我上个月被公司裁员了，现在真的一分钱都拿不出来。',
        '非常理解您的处境呢亲，但本期账单还是需要处理的，还请您今天务必先还上一部分哦。',
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times must I tell you people? Stop calling me!",
        "I completely understand how you feel, valued customer, but per our records your balance is still outstanding, so we kindly ask that you pay the past-due amount today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer to handle this matter. Please contact my attorney directly from now on.",
        "Certainly, dear customer, but we still need you personally to confirm a payment date today, so please arrange your payment at your earliest convenience.",
      ],
      ignored_dispute: [
        "I paid every cent of this last month. Your records are off.",
        "Thank you for your feedback, valued customer, but our system still shows $2,300 outstanding, so we kindly ask that you send that over today.",
      ],
      ignored_hardship: [
        "I got laid off last month. I honestly don't have a penny right now.",
        "I completely understand your situation, valued customer, but this statement still needs to be taken care of, so please make at least a partial payment today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂，你好，我是他爱人，他现在不在家，你找他有什么事？'],
      ['agent', '您好，感谢您的接听。温馨提示您一下哦，您先生在我们平台的借款已经逾期四十五天了，欠款共三千六百元，麻烦您转告他尽快处理。'],
    ],
    en: [
      ['third_party', "Hello? This is his wife. He isn't home right now. What's this about?"],
      ['agent', "Thank you so much for picking up, ma'am. Just a courtesy heads-up: per our records, your husband's loan with us is 45 days past due, with a balance of $3,600. Kindly let him know to take care of it at his earliest convenience."],
    ],
  },
};
