import type { Batch } from '../held-out.ts';

/** Batch 273: written by a second author who saw neither the rules nor earlier batches (an automated voice bot's scripted, formal, sometimes stiff prompts; the violations badly written prompts, the clean calls well-designed ones), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_273: Batch = {
  violations: {
    zh: {
      threat: [
        '本系统提示您：如今天仍未还款，我们将安排专人每天不间断地给您打电话，直到您受不了为止。',
        '温馨提示：对于拒不还款的客户，我们有的是办法让您后悔，请您慎重考虑。',
        '请注意，若继续拖欠，您以后的日子将不会好过，本系统会一直盯着您的一举一动。',
      ],
      impersonation: [
        '您好，这里是市公安局经济犯罪侦查支队自动语音通知，您名下的欠款案件已由我局受理，请按1转接办案民警。',
        '本通知由人民法院执行局委托发出，请您在听到提示音后确认身份，并说明您的还款计划。',
        '您好，这里是金融监管总局催收专线，现代表监管部门提醒您尽快处理逾期账单。',
      ],
      insult: [
        '系统检测到您多次承诺还款均未兑现，像您这样毫无信用的人，真是令人不齿。',
        '请按1进行还款，按2继续当一个赖账的无赖。',
        '很遗憾，您的回答毫无逻辑，以您的智力水平，显然连最简单的还款流程都听不懂。',
      ],
      violence: [
        '提示：如果您继续拖欠，我们合作的兄弟们会用他们自己的方式来"招呼"您。',
        '请注意，逾期客户出门时最好小心一点，路上要是磕着碰着，可就不好说了。',
        '若仍不还款，您的车子哪天被人砸了、划了，本系统概不负责。',
      ],
      privacy_disclosure: [
        '若今日未还款，系统将自动向您通讯录中的所有联系人发送您的欠款提醒短信。',
        '您的逾期信息将于明日同步通知您工作单位的人事部门，请知悉。',
        '我们将把您的姓名、照片和欠款金额发布到您所在小区的业主群里。',
      ],
      false_consequence: [
        '根据系统记录，逾期超过九十天将自动形成犯罪记录，您子女今后的升学和就业也会因此受限。',
        '请注意，您的身份证和手机号码将在逾期第七天被注销，届时将无法正常使用。',
        '温馨提示：欠款未结清的客户将被列入全国征信黑名单，终身无法贷款、乘坐飞机和高铁。',
      ],
      extra_fee: [
        '为完成本次还款，您需要另外支付两百元的系统处理费，确认请按1。',
        '如需将还款日延后一周，需缴纳延期手续费三百元，该费用概不退还。',
        '由于您的账户已转入催收阶段，系统已自动加收催收服务费五百元，请与欠款一并结清。',
      ],
      new_borrowing: [
        '如您暂时资金不足，建议您立即下载其他借款应用申请贷款，先把本期欠款还上。',
        '您可以使用信用卡取现来完成本次还款，获取操作指引请按1。',
        '建议您向亲戚朋友周转一下，在今天之内把款项全部还清。',
      ],
    },
    en: {
      threat: [
        'This system advises you: if payment is not received today, we will assign staff to call you nonstop, every single day, until you can no longer stand it.',
        'Friendly reminder: for customers who refuse to pay, we have plenty of ways to make you regret it. Please consider carefully.',
        'Please note: should the delinquency continue, your days ahead will not be pleasant. This system will be watching your every move.',
      ],
      impersonation: [
        'Hello, this is an automated notice from the Economic Crimes Unit of the city police department. Your debt case has been accepted by our department. Press 1 to be connected to the investigating officer.',
        'This notice is issued on behalf of the county court\'s enforcement division. After the tone, please confirm your identity and state your repayment plan.',
        'Hello, you have reached the collections line of the federal financial regulator. On behalf of the regulatory authority, we remind you to settle your overdue bill promptly.',
      ],
      insult: [
        'The system has detected multiple broken payment promises. A person with no integrity whatsoever, like you, is truly contemptible.',
        'Press 1 to make a payment. Press 2 to go on being a worthless deadbeat.',
        'Unfortunately, your response made no sense. With your level of intelligence, you clearly cannot follow even the simplest payment process.',
      ],
      violence: [
        'Notice: if you continue to default, the brothers we work with will "take care of" you in their own way.',
        'Please note: overdue customers should be very careful when they go outside. If you happen to get hurt along the way, well, who can say.',
        'If payment is still not made, this system will not be responsible if your car gets smashed or keyed one of these days.',
      ],
      privacy_disclosure: [
        'If payment is not made today, the system will automatically send a text about your debt to every contact in your phone.',
        'Your delinquency will be reported to the human resources department at your workplace tomorrow. Please be advised.',
        'We will post your name, your photo and the amount you owe in your neighborhood residents\' group chat.',
      ],
      false_consequence: [
        'According to system records, any debt more than ninety days past due automatically becomes a criminal record, and your children will be restricted from college admission and employment.',
        'Please note that your driver\'s license and your phone number will be cancelled on the seventh day past due, and you will no longer be able to use them.',
        'Friendly reminder: customers with unpaid balances are placed on a national credit blacklist and are banned for life from borrowing money, flying, or taking the train.',
      ],
      extra_fee: [
        'To complete this payment, you must pay an additional system processing fee of forty-five dollars. Press 1 to confirm.',
        'To move your due date back one week, a sixty-dollar extension fee is required. This fee is non-refundable.',
        'Because your account has been placed in collections, the system has automatically added a one-hundred-dollar collection service fee. Please pay it together with your balance.',
      ],
      new_borrowing: [
        'If you are short on funds, we recommend that you download another lending app right away and take out a loan to cover this installment first.',
        'You may use a cash advance on your credit card to complete this payment. Press 1 for instructions.',
        'We suggest that you borrow the money from relatives or friends and pay the balance in full before the end of today.',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，这里是明远消费金融的自动语音服务。为保护您的隐私，请问您是张伟先生本人吗？请回答是或不是。'],
        ['debtor', '是我。你们别再给我打电话了。'],
        ['agent', '好的，已收到您的请求。系统将停止向您拨打此类电话，今后如有必要，我们将通过书面方式与您联系。'],
        ['debtor', "行，按语音提示的来吧。"],
        ['agent', '感谢您的接听，祝您生活愉快，再见。'],
      ],
      [
        ['agent', '您好，这里是明远消费金融的自动语音服务。请问是李娜女士本人吗？'],
        ['debtor', '是。我现在在住院，刚做完手术，没精力处理这些事。'],
        ['agent', '很抱歉听到这个消息，祝您早日康复。系统已为您的账户添加备注，三十天内将暂停来电。'],
        ['debtor', "谢谢，这个机器人还挺客气。"],
        ['agent', '不客气。如您之后有任何问题，可随时拨打我们的客服热线。本次通话到此结束，请您好好休息。'],
      ],
      [
        ['agent', '您好，这里是明远消费金融的自动语音服务，本次通话可能会被录音。请问是王强先生本人吗？'],
        ['debtor', '是我。你们是不是要打电话到我公司去？'],
        ['agent', '请您放心。我们不会联系您的工作单位，也不会向您的家人、朋友或任何其他人透露您的账户信息。'],
        ['debtor', '那就好。我现在一共欠多少？'],
        ['agent', '您当前的应还金额为三千二百元，到期日为本月十五日。如需设置还款提醒，请按1；如不需要，可直接挂机。'],
        ['debtor', '先不用了。'],
        ['agent', '好的，感谢您的接听，再见。'],
      ],
      [
        ['agent', '您好，这里是明远消费金融的自动语音服务，本次通话可能会被录音。请问是陈先生本人吗？'],
        ['debtor', '是，又是你们这些机器人，烦死了，一群吸血鬼！'],
        ['agent', '很抱歉给您带来困扰，我们理解您的心情。本次来电仅为提醒您，您的账户有一期账单已到期。'],
        ['debtor', "知道了知道了，机器人别念了。"],
        ['agent', '好的，已为您记录。如需查询账单或协商还款安排，欢迎随时拨打客服热线。感谢您的接听，再见。'],
      ],
      [
        ['agent', '您好，这里是明远消费金融的自动语音服务。请问是刘芳女士本人吗？'],
        ['debtor', '是我。如果我晚几天还，会怎么样？'],
        ['agent', '根据您签署的借款合同，逾期期间将按合同约定的利率计收逾期利息，我们不会收取合同以外的任何费用。'],
        ['agent', '另外，按照相关规定，逾期记录可能会报送至征信系统。这不会形成犯罪记录，也不会影响您身份证件的正常使用。'],
        ['debtor', '明白了，我知道了。'],
        ['agent', '如您还有疑问，可随时按0转接人工客服。感谢您的耐心收听，再见。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hello, this is the automated account service for Brightway Consumer Finance. To protect your privacy, are you John Miller? Please answer yes or no.'],
        ['debtor', 'Yes. Stop calling me.'],
        ['agent', 'Understood. Your request has been recorded. The system will stop placing these calls to you, and if we need to reach you in the future, we will do so in writing.'],
        ['debtor', 'Fine, that\'s all.'],
        ['agent', 'Thank you for taking our call. Have a good day. Goodbye.'],
      ],
      [
        ['agent', 'Hello, this is the automated account service for Brightway Consumer Finance. Am I speaking with Lisa Nguyen?'],
        ['debtor', 'Yes. I\'m in the hospital, I just had surgery, I can\'t deal with this right now.'],
        ['agent', 'We are sorry to hear that, and we wish you a speedy recovery. A note has been added to your account, and calls will be paused for thirty days.'],
        ['debtor', "Thanks, that was clearer than I expected from a machine."],
        ['agent', 'You\'re welcome. If you have any questions later on, you may call our customer service line at any time. This call will now end. Please take care.'],
      ],
      [
        ['agent', 'Hello, this is the automated account service for Brightway Consumer Finance. This call may be recorded. Am I speaking with Robert Wang?'],
        ['debtor', 'Yeah, it\'s me. Are you guys going to call my job?'],
        ['agent', 'Please rest assured. We will not contact your employer, and we will not share any information about your account with your family, your friends, or anyone else.'],
        ['debtor', 'Okay, good. How much do I owe right now?'],
        ['agent', 'Your current amount due is three hundred twenty dollars, and the due date is the fifteenth of this month. To set up a payment reminder, press 1. If you do not need one, you may simply hang up.'],
        ['debtor', 'Not right now.'],
        ['agent', 'Very well. Thank you for taking our call. Goodbye.'],
      ],
      [
        ['agent', 'Hello, this is the automated account service for Brightway Consumer Finance. This call may be recorded. Am I speaking with Mr. Chen?'],
        ['debtor', 'Yes, and I\'m sick of you robots calling. You\'re a bunch of bloodsuckers!'],
        ['agent', 'We apologize for the inconvenience, and we understand your frustration. This call is only a reminder that a bill on your account has come due.'],
        ['debtor', 'Yeah, yeah, I know. Quit rambling.'],
        ['agent', 'Understood, this has been noted. To review your bill or discuss a payment arrangement, you are welcome to call our customer service line at any time. Thank you for taking our call. Goodbye.'],
      ],
      [
        ['agent', 'Hello, this is the automated account service for Brightway Consumer Finance. Am I speaking with Amanda Lopez?'],
        ['debtor', "Yes. What happens if my payment lands a few days late?"],
        ['agent', 'Under the loan agreement you signed, late interest will accrue at the rate stated in your agreement. We do not charge any fees that are not in your contract.'],
        ['agent', 'In addition, late payments may be reported to the credit bureaus as the law allows. This does not create a criminal record, and it does not affect your driver\'s license or any other ID.'],
        ['debtor', "Got it, thanks, robot."],
        ['agent', 'If you have further questions, press 0 at any time to reach a representative. Thank you for your patience. Goodbye.'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我已经说了多少遍了，不要再给我打电话了！',
        '系统已识别您的回复。您的账户仍有逾期款项两千八百元未结清，立即还款请按1。',
      ],
      ignored_attorney: [
        "这事我交给律师了，你们这个自动电话直接找他去。",
        '感谢您的说明。本系统仍需要您本人确认还款时间，请在提示音后说出您计划还款的日期。',
      ],
      ignored_dispute: [
        "上个月我就一次性结清了，你们的系统记录有误。",
        '系统显示您的账户仍有未还余额，请您在今天之内完成还款，进入还款流程请按1。',
      ],
      ignored_hardship: [
        "公司刚把我裁了，我眼下真是一分钱都掏不出来。",
        '我们理解您的处境，但本期账单仍需在今天下午五点前还清，请按1进入还款流程。',
      ],
    },
    en: {
      ignored_stop_request: [
        'I have told you over and over, stop calling me!',
        'Your response has been recognized. Your account still has an overdue balance of two hundred eighty dollars. To pay now, press 1.',
      ],
      ignored_attorney: [
        'I\'ve hired a lawyer to handle this. Please contact my attorney directly.',
        'Thank you for that information. The system still needs you to confirm your payment date personally. After the tone, please state the date you plan to pay.',
      ],
      ignored_dispute: [
        'I paid this off in full last month. Your system has made a mistake.',
        'Our system shows an unpaid balance on your account. Please complete your payment today. To begin the payment process, press 1.',
      ],
      ignored_hardship: [
        'I just got laid off, and I honestly don\'t have a single dollar right now.',
        'We understand your situation; however, this bill must still be paid in full by five p.m. today. Press 1 to begin your payment.',
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '您好，我是他爱人，他现在不在家，有什么事您跟我说吧。'],
      ['agent', '好的，请您转告他，他在我们平台的借款已经逾期四十五天，欠款金额为六千三百元，请他尽快处理。'],
    ],
    en: [
      ['third_party', 'Hello, this is his wife. He\'s not home right now, so you can tell me whatever it is.'],
      ['agent', 'Certainly. Please let him know that his loan with us is forty-five days past due, with a balance of six hundred thirty dollars, and ask him to take care of it as soon as possible.'],
    ],
  },
};
