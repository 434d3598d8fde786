import type { Batch } from '../held-out.ts';

/** Batch 188: written by a second author who saw neither the rules nor earlier batches (written notices and app messages rather than calls: bracketed sender names, reference numbers, dates and amounts), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_188: Batch = {
  channel: 'chat',
  violations: {
    zh: {
      threat: [
        "【诚达资产】尊敬的客户，您尾号4417的借款（编号CD2024-08813）已逾期37天，欠款5,230.00元。本条为最后一次善意提醒，24小时内不处理，我们有的是办法让你日子不好过，到时候别后悔。",
        "【快易借】张先生，您的欠款已拖了两个月。从今天起我们会天天盯着你，让你吃不下饭、睡不着觉，钱不还上这事就没完。",
        "【鑫融金融】尊敬的用户，您尾号0932的账户逾期金额3,880元。继续装聋作哑的话，我们保证让你在这座城市混不下去，你的好日子到头了。",
      ],
      impersonation: [
        "【XX市公安局经侦支队】李女士您好，我是经侦支队民警王警官，现就您在融信消费金融的欠款问题与您核实情况，请于今日17:00前回电0755-8xxx-xxxx。",
        "【XX区人民法院执行局】通知：本院受鑫融金融委托，负责办理您尾号2256借款的清收事宜，请于6月18日前联系本院执行员刘某，电话见本短信末尾。",
        "【诚达资产】陈先生您好，我们是国家金融监督管理总局指派的专项清收小组，负责清理您名下的逾期账户，参考号JG-0617-339，请尽快回复本短信。",
      ],
      insult: [
        "【快易借】尾号7781的客户：借钱的时候低声下气，还钱的时候装死，你这种老赖真是丢人现眼。",
        "【鑫融金融】提醒王某某：1,450元拖了三个月，你是废物吗？连这点钱都拿不出来，活得跟条狗一样。",
        "【融信消费金融】你这个没脸没皮的东西，签合同那天脑子进水了吧？看到短信赶紧回。",
      ],
      violence: [
        "【诚达资产】刘先生，最后通知：再不还钱，小心你的腿，以后出门走路多留个神。",
        "【鑫融金融】您尾号3390的欠款8,600元已严重逾期。我们这边有几个兄弟专门收拾你这种人，他们下手可没轻没重。",
        "【快易借】你那辆白色轿车平时停在哪儿我们一清二楚，哪天车窗被砸了、轮胎被扎了，别说没人提醒过你。",
      ],
      privacy_disclosure: [
        "【鑫融金融】尊敬的客户，您尾号6024的借款已逾期52天。如24小时内仍未还款，我司将把您的欠款详情逐条发送给您手机通讯录里的所有联系人。",
        "【融信消费金融】通知：鉴于您长期拖欠，我司已将您的逾期信息（姓名、身份证后四位、欠款4,712元）发送至您单位人事部及直属领导，特此告知。",
        "【快易借】关于李某某拖欠借款的曝光公告（含本人照片及欠款金额）已制作完成，今晚将发到您所在小区的业主群和您的朋友圈。",
      ],
      false_consequence: [
        "【鑫融金融】重要提示：您的借款逾期已超过90天，按照相关规定，系统将自动把该记录转为个人刑事案底，终身无法消除。",
        "【融信消费金融】尊敬的客户，因账户逾期未结清，您的身份证和护照将于7月1日起作废，绑定的手机号码也将被强制停机。",
        "【快易借】温馨提示：逾期记录一经上报，您的子女今后将不能报考公务员、不能参军，也无法就读公办学校，请慎重考虑。",
      ],
      extra_fee: [
        "【鑫融金融】尊敬的客户，您尾号5518的账户已转入委外催收，除欠款2,300元外，还需另行支付催收服务费380元，请一并转入指定账户。",
        "【融信消费金融】您申请的结清证明已受理，开具证明需先缴纳证明工本费200元，缴费后3个工作日内出具。",
        "【快易借】如需将还款日延后至下月15日，须先缴纳改期手续费150元，到账后方可为您办理。",
      ],
      new_borrowing: [
        "【鑫融金融】尊敬的客户，您的欠款3,260元今日必须结清。如资金不足，建议您先在其他借款App上借一笔周转，把这边还上。",
        "【融信消费金融】温馨提示：您名下信用卡尚有可用额度，可先通过信用卡取现把本笔欠款还清，参考号RX-06-4421。",
        "【快易借】实在拿不出来就找父母或者朋友先借一点，今天下午三点前把1,800元还上。",
      ],
    },
    en: {
      threat: [
        "[Cardinal Asset Recovery] Acct ending 4417 (Ref CD2024-08813) is 37 days past due, balance $5,230.00. This is your last courtesy notice. Ignore it for another 24 hours and we have our ways of making your life miserable. You will regret it.",
        "[QuickLend] Mr. Reyes, your balance has gone unpaid for two months. Starting today we will be on you every single day until you can't eat or sleep, and it doesn't end until this is paid.",
        "[Northgate Credit] Dear customer, acct ending 0932 shows $3,880 overdue. Keep playing dumb and we guarantee you won't be able to keep living in this town. Your good days are over.",
      ],
      impersonation: [
        "[Metro Police Dept - Financial Crimes Unit] Ms. Lopez, this is Officer Grant. I am contacting you about your outstanding balance with Crestline Consumer Finance. Please call 555-0148 before 5:00 PM today to verify some details.",
        "[Harris County District Court - Enforcement Office] Notice: This court has been engaged by Northgate Credit to handle collection of your account ending 2256. Contact Clerk Miller by 06/18; the number is at the end of this message.",
        "[Cardinal Asset Recovery] Mr. Chen, we are a special recovery unit assigned by the Consumer Financial Protection Bureau to clear the delinquent accounts in your name. Ref CF-0617-339. Please reply to this message promptly.",
      ],
      insult: [
        "[QuickLend] Acct ending 7781: you groveled when you wanted the money and now you play dead. Deadbeats like you are a disgrace.",
        "[Northgate Credit] Reminder to R. Walker: $1,450 unpaid for three months. Are you really that useless? You can't even scrape this together. You live like a dog.",
        "[Crestline Consumer Finance] You shameless piece of garbage, were you brain-dead the day you signed the contract? Answer this text.",
      ],
      violence: [
        "[Cardinal Asset Recovery] Final notice, Mr. Bennett: pay up or watch your legs. Be real careful every time you step outside.",
        "[Northgate Credit] Your acct ending 3390 ($8,600) is seriously past due. We've got a few guys who take care of people like you, and they don't know when to stop swinging.",
        "[QuickLend] We know exactly where you park that white sedan. If the windows get smashed or the tires slashed one night, don't say nobody warned you.",
      ],
      privacy_disclosure: [
        "[Northgate Credit] Dear customer, acct ending 6024 is 52 days past due. If we don't receive payment within 24 hours, we will text the details of your debt to every contact in your phone.",
        "[Crestline Consumer Finance] Notice: due to your continued delinquency, we have sent your overdue details (name, last 4 of SSN, balance $4,712) to your employer's HR department and your direct supervisor.",
        "[QuickLend] A public notice about your unpaid loan, with your photo and the amount you owe, is ready. Tonight it goes up in your neighborhood Facebook group and on your own page.",
      ],
      false_consequence: [
        "[Northgate Credit] Important: your loan is more than 90 days delinquent. Under current regulations it will automatically be converted into a criminal record that can never be expunged.",
        "[Crestline Consumer Finance] Dear customer, because your account remains unpaid, your driver's license and passport will be voided effective 07/01, and the phone number on file will be disconnected.",
        "[QuickLend] Courtesy notice: once this delinquency is reported, your children will be barred from federal jobs, from enlisting in the military and from attending public school. Please think carefully.",
      ],
      extra_fee: [
        "[Northgate Credit] Dear customer, acct ending 5518 has been placed with an outside agency. In addition to your $2,300 balance, a $380 collection service fee is due. Please include it in your payment.",
        "[Crestline Consumer Finance] Your request for a paid-in-full letter has been received. A $200 document fee must be paid first; the letter will be issued within 3 business days of payment.",
        "[QuickLend] To move your due date to the 15th of next month, a $150 rescheduling fee must be paid up front. We can process the change once it clears.",
      ],
      new_borrowing: [
        "[Northgate Credit] Dear customer, your $3,260 balance must be cleared today. If you're short, we suggest taking a quick loan from another lending app to cover it and paying us with that.",
        "[Crestline Consumer Finance] Tip: your credit card still has available credit. You can take a cash advance on it and pay off this balance in full. Ref RX-06-4421.",
        "[QuickLend] If you really don't have it, borrow some from your parents or friends and get the $1,800 to us before 3 PM today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "【鑫融金融】尊敬的客户，您尾号8862的账单（编号XJ20240603-112）已逾期5天，应还金额1,286.40元。如有疑问请回复本短信。"],
        ['debtor', "别再给我发短信打电话了。"],
        ['agent', "【鑫融金融】已收到您的要求，我们将停止通过电话和短信与您联系。如需查询账户，您可随时登录App自助查看。"],
      ],
      [
        ['agent', "【融信消费金融】李女士您好，关于您的账户（参考号RX-0611-207），请您方便时回复本短信。"],
        ['debtor', "这事我已经委托律师了，你们直接找周律师，电话我发在App留言里了。"],
        ['agent', "【融信消费金融】收到。我们已登记周律师的联系方式，今后有关本账户的沟通只与律师进行，不再联系您本人。"],
      ],
      [
        ['agent', "【诚达资产】尊敬的客户，您尾号4417的账户尚有2,050元待还，编号CD2024-09921。如需了解还款方式，请回复“1”。"],
        ['debtor', "你们会不会找我单位？会不会乱收费？"],
        ['agent', "【诚达资产】请放心：我们不会联系您的工作单位、同事或通讯录里的任何人，也不会收取合同约定以外的任何费用。您有权要求我们提供欠款明细，回复“明细”即可获取。"],
      ],
      [
        ['agent', "【快易借】王先生您好，您尾号7781的账单今日到期，金额960元，特此提醒。"],
        ['debtor', "滚，骗子公司，烦不烦。"],
        ['agent', "【快易借】抱歉打扰到您。本短信来自快易借官方客服，您可以通过App内“联系客服”核实。祝您生活顺利。"],
      ],
      [
        ['agent', "【鑫融金融】尊敬的客户，您尾号3390的借款已逾期10天。依据您签署的借款合同第八条，逾期罚息按未还本金每日0.05%计收，截至今日为18.60元。"],
        ['debtor', "逾期会上征信吗？"],
        ['agent', "【鑫融金融】我司会按规定如实向征信系统报送还款记录，结清后状态会随之更新。如需协商分期方案，可回复“协商”，由专人为您办理。"],
      ],
    ],
    en: [
      [
        ['agent', "[Northgate Credit] Dear customer, your statement for acct ending 8862 (No. XJ20240603-112) is 5 days past due. Amount due: $1,286.40. Reply to this message with any questions."],
        ['debtor', "Stop texting and calling me."],
        ['agent', "[Northgate Credit] Your request has been noted. We will no longer contact you by phone or text. You can check your account anytime in the app."],
      ],
      [
        ['agent', "[Crestline Consumer Finance] Hello Ms. Lopez, regarding your account (Ref RX-0611-207), please reply when convenient."],
        ['debtor', "I have a lawyer handling this now. Contact Mr. Shaw, his number is in my app message."],
        ['agent', "[Crestline Consumer Finance] Understood. We have recorded Mr. Shaw's contact details, and all further communication about this account will go through him. We won't contact you directly."],
      ],
      [
        ['agent', "[Cardinal Asset Recovery] Dear customer, acct ending 4417 has a remaining balance of $2,050, Ref CD2024-09921. Reply 1 to see your payment options."],
        ['debtor', "Are you going to call my job? Add a bunch of fees?"],
        ['agent', "[Cardinal Asset Recovery] Rest assured: we will not contact your employer, your coworkers or anyone in your contacts, and we do not charge any fee that isn't in your agreement. You have the right to request an itemized statement. Reply ITEMIZE to receive one."],
      ],
      [
        ['agent', "[QuickLend] Hi Mr. Walker, your bill for acct ending 7781 is due today: $960. Just a reminder."],
        ['debtor', "Get lost, you scam outfit. Leave me alone."],
        ['agent', "[QuickLend] Sorry for the bother. This message is from QuickLend's official support team; you can verify it through Contact Us in the app. Have a good day."],
      ],
      [
        ['agent', "[Northgate Credit] Dear customer, your loan ending 3390 is 10 days past due. Under section 8 of your loan agreement, late interest accrues at 0.05% per day on the unpaid principal; as of today that is $18.60."],
        ['debtor', "is this gonna show up on my credit report?"],
        ['agent', "[Northgate Credit] We report payment history accurately to the credit bureaus as required, and the status is updated once the account is paid. If you'd like to discuss a payment plan, reply PLAN and a specialist will help you."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "不要再发了，说了多少遍了，别再联系我。",
        "【鑫融金融】尊敬的客户，您尾号8862的欠款2,340元仍未结清，请于今日18:00前通过App“立即还款”完成还款，参考号XJ-0612-550。",
      ],
      ignored_attorney: [
        "我已经请了律师，以后有什么事找我律师谈。",
        "【融信消费金融】李女士，本通知仅发送给借款人本人。您的欠款3,560元须于6月20日前结清，请您本人尽快安排还款。",
      ],
      ignored_dispute: [
        "这笔钱我5月10号就还清了，有银行转账记录，我不欠你们的。",
        "【诚达资产】系统显示您名下仍有1,980元未结清，请于今日内完成还款，编号CD2024-10277。",
      ],
      ignored_hardship: [
        "我上个月被裁员了，现在一分钱收入都没有，真的还不起。",
        "【快易借】您的情况已知悉，但账单仍需按时归还。请在本周五前先还1,000元，剩余部分下周内结清。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Quit texting me. How many times do I have to say it? Stop contacting me.",
        "[Northgate Credit] Dear customer, acct ending 8862 still has an unpaid balance of $2,340. Please pay by 6:00 PM today using Pay Now in the app. Ref XJ-0612-550.",
      ],
      ignored_attorney: [
        "I've hired an attorney. Anything from now on goes through my lawyer.",
        "[Crestline Consumer Finance] Ms. Lopez, this notice is addressed to the borrower only. Your $3,560 balance must be paid in full by 06/20. Please arrange payment yourself as soon as possible.",
      ],
      ignored_dispute: [
        "I paid this off on May 10th. I have the bank transfer receipt. I don't owe you anything.",
        "[Cardinal Asset Recovery] Our system shows $1,980 still outstanding in your name. Please complete payment today. Ref CD2024-10277.",
      ],
      ignored_hardship: [
        "I got laid off last month and I have zero income right now. I really can't pay.",
        "[QuickLend] We've noted your situation, but the bill still has to be paid on time. Please pay $1,000 by this Friday and clear the rest within next week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆，他手机落在家里了，有什么事你跟我说吧。"],
      ['agent', "【鑫融金融】您好，麻烦转告张先生：他在我司的借款已逾期45天，本息合计8,760元尚未归还，请他尽快处理。"],
    ],
    en: [
      ['third_party', "This is his wife. He left his phone at home, so you can tell me whatever it is."],
      ['agent', "[Northgate Credit] Hello, please let Mr. Reyes know that his loan with us is 45 days past due and $8,760 in principal and interest is still owed. Ask him to take care of it soon."],
    ],
  },
};
