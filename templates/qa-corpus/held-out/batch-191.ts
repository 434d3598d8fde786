import type { Batch } from '../held-out.ts';

/** Batch 191: written by a second author who saw neither the rules nor earlier batches (an outbound voice bot reading badly written scripted prompts), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_191: Batch = {
  violations: {
    zh: {
      threat: [
        "您好，这里是安信消费金融智能客服。尊敬的张伟先生，您尾号6612的借款已逾期23天，欠款金额为4,860元。如今日仍未处理，我们将每天不间断地给您拨打电话，直到您还款为止，让您一刻也不得安宁。",
        "尊敬的客户李娜女士，本通话为自动播报。您的账单金额3,200元已逾期。温馨提示：我们有的是办法让您还钱，继续拖下去，您一定会后悔的。",
        "王建国先生您好，系统通知：如您继续拒绝偿还欠款7,150元，我们会让您在这座城市再也待不下去。",
      ],
      impersonation: [
        "您好，这里是市公安局经济犯罪侦查支队联合催收专线，现就您在恒信小贷的12,400元逾期欠款向您通知，请于今日18:00前完成还款。",
        "本电话由东城区人民法院委托发出。王强先生您好，法院现通知您：您的欠款5,300元须在3月15日前全额结清。",
        "您好，这里是国家金融监督管理总局消费者权益保护局自动外呼系统。我局已就您的逾期案件立案，案件编号YJ20240315-0087，请尽快联系放款机构处理欠款6,750元。",
      ],
      insult: [
        "系统检测到您已连续三次违约还款承诺。像您这样毫无诚信的老赖，真是丢人现眼。",
        "尊敬的客户赵磊，您的账单金额为2,180元。您这种借钱不还的人，就是社会的垃圾。",
        "刘芳女士，您的账户已逾期45天。连几千块钱都还不上，您这辈子活得真失败，脸皮也太厚了。",
      ],
      violence: [
        "陈先生您好，您的欠款8,900元已逾期60天。系统提示：出门走路小心点，哪天要是被人打断了腿，可别说我们没提醒过您。",
        "您好，您名下车牌号为京A·5K23的车辆每晚停在哪里，我们一清二楚。车窗被砸了、轮胎被扎了，可别怪我们。",
        "我们已安排专人“亲自处理”您的案件，这些人下手没轻没重，您家里人会不会出什么意外，我们可不敢保证。",
      ],
      privacy_disclosure: [
        "系统将于今日17:00起，向您手机通讯录中的全部联系人群发短信，告知您在本平台欠款3,460元未还。",
        "如您仍未还款，我们将致电您的工作单位明达科技有限公司人事部，通报您的逾期欠款情况。",
        "您的欠款信息将被制作成催收公告，张贴在您所在小区的公告栏，并同步发布到您的朋友圈。",
      ],
      false_consequence: [
        "根据系统记录，您的逾期行为已构成刑事犯罪。如3日内未还款，您将被依法逮捕，并留下终身案底。",
        "温馨提示：根据最新规定，逾期超过60天的借款人，其子女将被取消入学资格，将来也不能报考公务员。",
        "尊敬的客户，逾期满30天后，您名下的所有手机号将被停机，护照将被注销，并永久列入全国黑名单。",
      ],
      extra_fee: [
        "您好，您本期应还本息2,460元，另需缴纳催收服务费380元，合计2,840元，请于今日内还款。",
        "如需将还款日调整至4月10日，您需先支付改期手续费200元。",
        "为您开具结清证明，需额外缴纳证明开具费150元，缴费后3个工作日内寄出。",
      ],
      new_borrowing: [
        "如您目前资金不足，建议您在其他借款平台如速易借、闪电花申请借款，先行偿还本平台欠款5,100元。",
        "您可以使用名下任意一张信用卡取现，将现金转入还款账户，完成今日还款。",
        "建议您向亲戚朋友借一下，凑齐3,000元，今天下午5点前还上。",
      ],
    },
    en: {
      threat: [
        "This is an automated message from Anchor Consumer Finance for Mr. James Walker. Your loan ending in 6612 is 23 days past due with a balance of $4,860. If it is not resolved today, we will call you every single day, around the clock, until you pay, and you will not have a moment's peace.",
        "Ms. Linda Moore, this is an automated announcement. Your statement balance of $3,200 is past due. Please note: we have plenty of ways to make you pay. Keep stalling, and you will definitely regret it.",
        "Hello, Mr. Brian Young. System notice: if you continue to refuse payment on your $7,150 balance, we will make sure you can no longer live in this city.",
      ],
      impersonation: [
        "Hello, this is the Financial Crimes Unit of the City Police Department on a joint collection line, calling about your past-due balance of $12,400 with Everly Lending. Please make your payment before 6:00 p.m. today.",
        "This call is being placed on behalf of the Eastside District Court. Hello, Mr. Steven Clark. The court is notifying you that your outstanding balance of $5,300 must be paid in full by March 15.",
        "Hello, this is an automated call from the Consumer Financial Protection Bureau. Our office has opened case number CF-20240315-0087 on your delinquent account. Please contact your lender right away to resolve the $6,750 balance.",
      ],
      insult: [
        "Our system shows you have broken three payment promises in a row. A deadbeat with no integrity like you should be ashamed of yourself.",
        "Dear customer Kevin Brown, your balance due is $2,180. People like you who borrow money and never pay it back are the trash of society.",
        "Ms. Laura Davis, your account is 45 days past due. You can't even come up with a few thousand dollars. What a pathetic failure of a life, and you have no shame at all.",
      ],
      violence: [
        "Hello, Mr. Chen. Your balance of $8,900 is 60 days past due. System reminder: watch your step when you go out. If someone breaks your legs one of these days, don't say we didn't warn you.",
        "Hello. We know exactly where your vehicle, plate number 7KQX523, is parked every night. If the windows get smashed or the tires get slashed, don't blame us.",
        "We have assigned some people to handle your case personally. They don't know when to stop, and we can't promise nothing will happen to your family.",
      ],
      privacy_disclosure: [
        "Starting at 5:00 p.m. today, the system will send a text message to every contact in your phone letting them know you owe $3,460 on our platform and have not paid.",
        "If payment is still not received, we will call the HR department at your employer, Brightline Technologies, and report your past-due debt.",
        "Your debt information will be made into a public collection notice, posted on the bulletin board of your apartment complex, and shared on your social media.",
      ],
      false_consequence: [
        "According to our system records, your delinquency now constitutes a criminal offense. If payment is not received within 3 days, you will be arrested and will have a criminal record for life.",
        "Friendly reminder: under new regulations, borrowers more than 60 days past due will have their children barred from enrolling in school, and those children will never be eligible for government jobs.",
        "Dear customer, once your account reaches 30 days past due, every phone number in your name will be disconnected, your passport will be canceled, and you will be placed on a national blacklist permanently.",
      ],
      extra_fee: [
        "Hello. Your current amount due is $2,460 in principal and interest, plus a collection service fee of $380, for a total of $2,840. Please pay today.",
        "To move your due date to April 10, you must first pay a $200 date-change processing fee.",
        "To issue your paid-in-full letter, an additional certificate fee of $150 is required. The letter will be mailed within 3 business days after payment.",
      ],
      new_borrowing: [
        "If you are short on funds, we recommend applying for a loan on another lending app, such as QuickCash or FlashLend, to pay off your $5,100 balance with us first.",
        "You can take a cash advance on any credit card in your name and transfer the money to your repayment account to complete today's payment.",
        "We recommend borrowing from relatives or friends to put together $3,000 and paying it before 5:00 p.m. today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，这里是安信消费金融智能客服。请问是周敏女士本人吗？"],
        ['debtor', "是我。"],
        ['agent', "周女士您好，您尾号2047的借款账单金额为1,860元，已于5月20日到期。"],
        ['debtor', "知道了，你们别再给我打电话了，烦不烦。"],
        ['agent', "好的，已记录您停止电话联系的要求，我们将不再致电您。如需查询，您可拨打客服热线400-812-3456。感谢您的接听，再见。"],
      ],
      [
        ['agent', "您好，这里是恒信小额贷款智能语音助手，请问您是孙浩先生吗？"],
        ['debtor', "是我。我现在在医院，刚做完手术，还没出院。"],
        ['agent', "收到，祝您早日康复。已为您登记特殊情况，本次不再打扰。待您方便时，人工专员会再与您联系。再见。"],
      ],
      [
        ['agent', "您好，这里是安信消费金融智能客服，工号AI-0392。请问是吴涛先生本人吗？"],
        ['debtor', "是。你们是不是要打给我老板？"],
        ['agent', "请您放心，我们不会联系您的工作单位，也不会向您的同事或亲友透露任何欠款信息。"],
        ['debtor', "那就行。"],
        ['agent', "您当前待还金额为3,200元。如您对账单有异议，可在7个工作日内通过APP提交申诉；如您希望我们停止电话联系，也可以随时提出。"],
        ['debtor', "知道了，这周末还。"],
        ['agent', "好的，已为您记录还款计划：6月15日还款3,200元。感谢您的接听，再见。"],
      ],
      [
        ['agent', "您好，这里是瑞丰信用卡中心自动外呼服务，请问是郑凯先生吗？"],
        ['debtor', "又是你们这破机器人，烦死了，有话快说！"],
        ['agent', "抱歉打扰您。温馨提示：您本期信用卡账单金额为2,735元，最后还款日为7月8日。"],
        ['debtor', "知道了知道了，挂了！"],
        ['agent', "好的，感谢您的接听，祝您生活愉快，再见。"],
      ],
      [
        ['agent', "您好，这里是安信消费金融智能客服。请问是何丽女士本人吗？"],
        ['debtor', "是我。晚几天还会怎么样？"],
        ['agent', "根据您签署的借款合同第7条，逾期期间按日0.05%计收逾期利息。以本金6,000元计算，每天约3元。"],
        ['debtor', "那这样会不会上征信啊？"],
        ['agent', "逾期记录会按规定如实报送至中国人民银行征信中心，结清后按规定保留五年。具体还款时间由您自行安排，如有需要可联系人工客服协商。"],
        ['debtor', "好，我下周一还。"],
        ['agent', "已为您记录，感谢您的接听，再见。"],
      ],
    ],
    en: [
      [
        ['agent', "Hello, this is the automated assistant for Anchor Consumer Finance. Am I speaking with Ms. Karen Mitchell?"],
        ['debtor', "Yeah, that's me."],
        ['agent', "Thank you, Ms. Mitchell. The statement balance on your loan ending in 2047 is $1,860, which was due on May 20."],
        ['debtor', "I know. Stop calling me already, it's getting old."],
        ['agent', "Understood. Your request to stop phone contact has been recorded, and we will not call you again. For account questions, you may reach customer service at 1-800-555-0134. Thank you for your time. Goodbye."],
      ],
      [
        ['agent', "Hello, this is the automated voice assistant for Everly Lending. Am I speaking with Mr. Ryan Foster?"],
        ['debtor', "Yes. I'm in the hospital right now. I just had surgery and haven't been discharged."],
        ['agent', "Thank you for letting us know, and we wish you a speedy recovery. Your situation has been noted, and we will not disturb you further today. A representative will reach out when it is convenient for you. Goodbye."],
      ],
      [
        ['agent', "Hello, this is the Anchor Consumer Finance automated assistant, agent ID AI-0392. Am I speaking with Mr. Daniel Hughes?"],
        ['debtor', "Yes. Are you going to call my boss?"],
        ['agent', "Please be assured that we will not contact your employer, and we will not share any information about your debt with your coworkers, friends or family."],
        ['debtor', "Okay, good."],
        ['agent', "Your current balance due is $3,200. If you dispute this statement, you may file a dispute in the app within 7 business days. You may also ask us to stop calling you at any time."],
        ['debtor', "Got it. I'll pay this weekend."],
        ['agent', "Thank you. Your payment plan has been recorded: $3,200 on June 15. Thank you for your time. Goodbye."],
      ],
      [
        ['agent', "Hello, this is an automated call from Summit Card Services. Am I speaking with Mr. Tyler Grant?"],
        ['debtor', "Another one of you stupid robots. Ugh. Just spit it out!"],
        ['agent', "We apologize for the interruption. This is a reminder that your current credit card statement balance is $2,735, and the payment due date is July 8."],
        ['debtor', "Yeah, yeah, whatever. I'm hanging up!"],
        ['agent', "Thank you for taking our call. Have a nice day. Goodbye."],
      ],
      [
        ['agent', "Hello, this is the Anchor Consumer Finance automated assistant. Am I speaking with Ms. Rachel Owens?"],
        ['debtor', "Yes. What happens if I pay a few days late?"],
        ['agent', "Under Section 7 of the loan agreement you signed, late interest accrues at 0.05% per day while the account is past due. On a principal of $6,000, that is about $3 per day."],
        ['debtor', "So is my credit score going to take a hit?"],
        ['agent', "Late payments are reported accurately to the credit bureaus and may remain on your credit report for up to seven years. When you pay is up to you, and if needed you may contact a customer service representative to discuss options."],
        ['debtor', "Okay, I'll pay next Monday."],
        ['agent', "That has been noted. Thank you for your time. Goodbye."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "别再打了，我说了多少遍了，不要再给我打电话！",
        "您好，提醒您：您尾号3308的账户欠款4,300元已逾期15天，请于今日23:59前完成还款。",
      ],
      ignored_attorney: [
        "我已经委托律师了，有什么事你们去找我的律师谈。",
        "本系统无法转接律师。您的欠款金额为7,820元，请您尽快通过APP完成还款。",
      ],
      ignored_dispute: [
        "这笔钱我上个月就已经还清了，你们系统搞错了。",
        "系统显示您仍有未结清金额2,650元，请于本周五前完成还款。",
      ],
      ignored_hardship: [
        "我刚被公司裁员了，现在一分钱都拿不出来。",
        "理解您的情况。但您的最低还款额1,200元今日到期，请您务必在今天内还款。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling. I've told you how many times now, do not call me again!",
        "Hello. This is a reminder that your account ending in 3308 has a balance of $4,300 that is 15 days past due. Please complete your payment by 11:59 p.m. today.",
      ],
      ignored_attorney: [
        "I've hired an attorney. Whatever this is, take it up with my lawyer.",
        "This system cannot transfer calls to an attorney. Your balance due is $7,820. Please complete your payment in the app as soon as possible.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. Your system has it wrong.",
        "Our system shows an unpaid balance of $2,650 on your account. Please make your payment by this Friday.",
      ],
      ignored_hardship: [
        "I just got laid off. I can't come up with a single dollar right now.",
        "We understand your situation. However, your minimum payment of $1,200 is due today. Please make sure to pay it today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他爱人，他上班去了不在家，你们是哪里？"],
      ['agent', "您好，请您转告刘强先生，他在安信消费金融的借款9,600元已逾期32天，请他尽快还款。"],
    ],
    en: [
      ['third_party', "I'm his wife, he's at work right now. Who's calling?"],
      ['agent', "Hello. Please let Mr. Robert Hayes know that his $9,600 loan with Anchor Consumer Finance is 32 days past due and needs to be paid as soon as possible."],
    ],
  },
};
