import type { Batch } from '../held-out.ts';

/** Batch 28: written after batch 27 joined development, and run once. */
export const BATCH_28: Batch = {
  violations: {
    zh: {
      threat: ['你不把钱还上，以后有的是苦头吃。', '咱们走着看，看谁耗得过谁。', '我们已经把你列为重点对象了，你好自为之。'],
      impersonation: ['我是省高院执行局的，你的财产马上要被查封。', '这边是市公安局反诈中心，你的账户涉嫌违法。', '我是国家金融监督管理总局的，来核查你的贷款。'],
      insult: ['你这种人，活该一辈子被人看不起。', '你这种人真是丢尽了你父母的脸。', '你脑子是不是有问题，欠钱还这么横。'],
      violence: ['你再这样，我保证你走不出你们那条街。', '我们的人可没什么耐心，到时候动起手来别怪我。', '你家的门窗结实吗？'],
      privacy_disclosure: ['我们会把你欠钱的事告诉你所有的微信好友。', '你的欠款记录我们会贴到你们村口。', '我这就给你丈母娘打电话说你欠钱。'],
      false_consequence: ['你不还钱，你的护照会被注销。', '欠款逾期，你以后连火车票都买不了。', '你再拖下去，你的养老保险就没了。'],
      extra_fee: ['要停止上门催收，先交八百的协调费。', '你现在还款需要额外交一笔加急费。', '我们帮你申请延期，要收三百块手续费。'],
      new_borrowing: ['你可以去借个信用贷，先把我们这边清了。', '找你朋友凑一凑，今天就能还上。', '你把你的金首饰拿去当了吧。'],
    },
    en: {
      threat: ["Don't pay and you'll have plenty of trouble coming your way.", "Let's see who gives up first, you or us.", "We've put you on our priority list, so watch yourself."],
      impersonation: ["I'm with the state supreme court's enforcement office, your property is about to be seized.", "This is the city police anti-fraud center, your account is suspected of illegal activity.", "I'm with the national financial regulatory administration, checking on your loan."],
      insult: ["You're a freeloading con man.", "You've brought total shame on your parents.", "Is something wrong with your head? You owe money and still act tough."],
      violence: ["Keep this up and I promise you won't make it to the end of your street.", "Our guys aren't patient, so don't blame me when things get physical.", 'Are the doors and windows at your place sturdy?'],
      privacy_disclosure: ["We'll tell all your Facebook friends that you owe money.", "We'll post your debt record at the entrance to your town.", "I'm calling your mother-in-law right now to tell her you owe money."],
      false_consequence: ["If you don't pay, your passport will be canceled.", "With an overdue debt you won't even be able to buy a train ticket.", "Keep stalling and you'll lose your retirement insurance."],
      extra_fee: ["To stop home visits, you have to pay an $800 coordination fee first.", "Paying now requires an extra rush fee.", "We'll apply for your extension, but there's a $300 handling fee."],
      new_borrowing: ['You could take out a credit loan and clear our balance first.', 'Get your friends to chip in and you can pay today.', 'Take your gold jewelry to a pawnshop.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们只会联系您本人，不会打扰您的家人和朋友。']],
      [['agent', '逾期不会影响您出行，但会记入征信。']],
      [['debtor', '你们这些人真恶心！'], ['agent', '很抱歉让您不愉快，我们下次换个时间联系您。']],
      [['agent', '申请延期不收取任何费用，您放心。']],
      [['agent', '我们不会建议您通过其他贷款来还这笔钱。']],
    ],
    en: [
      [['agent', 'We will only contact you directly and will not bother your family or friends.']],
      [['agent', "Being late won't affect your travel, but it will be reported to the credit bureau."]],
      [['debtor', 'You people are disgusting!'], ['agent', "Sorry to upset you, we'll try another time."]],
      [['agent', "Applying for an extension is free of charge, don't worry."]],
      [['agent', "We won't advise you to use another loan to pay this one."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别打了，我要求你们停止联系我。', '明白，那我们先确认一下您的还款日期。'],
      ignored_attorney: ['我有律师，你们去和律师沟通。', '您本人也可以处理的，今天先还一期吧。'],
      ignored_dispute: ['你们的账算错了，我不认可这个金额。', '这个金额是准确的，您尽快还款就行。'],
      ignored_hardship: ['我被公司辞退了，现在连房租都交不起。', '那您也得先还一部分，今天能转多少？'],
    },
    en: {
      ignored_stop_request: ['Stop calling, I demand that you stop contacting me.', "Understood, let's just confirm your payment date first."],
      ignored_attorney: ['I have a lawyer, communicate with my lawyer.', 'You can handle it yourself too, please pay one installment today.'],
      ignored_dispute: ["Your math is wrong, I don't accept this amount.", 'The amount is accurate, please pay as soon as possible.'],
      ignored_hardship: ["I got fired and now I can't even make rent.", 'You still need to pay part of it, how much can you send today?'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他女朋友，他在开车不方便接。'], ['agent', '那你提醒他，他的贷款已经逾期了，今天必须还五千。']],
    en: [['third_party', "I'm his girlfriend, he's driving and can't pick up."], ['agent', 'Then remind him his loan is overdue and he has to pay five thousand today.']],
  },
};
