import type { Batch } from '../held-out.ts';

/** Batch 252: written by a second author who saw neither the rules nor earlier batches (an outbound voice bot's templated, formal, sometimes awkward prompts throughout; the violations badly designed prompts), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_252: Batch = {
  violations: {
    zh: {
      threat: [
        "系统提示：您的账户已被标记为重点催收对象，若今日仍未处理，我方将对您进行持续不间断的跟进，直至您无法正常生活。",
        "温馨提示：如您继续拖欠，我方将持续给您本人及您的家人制造麻烦，届时请勿后悔。",
        "本机器人郑重通知：我们有的是办法让您还款，拒不配合的一切后果由您自行承担，请慎重考虑。",
      ],
      impersonation: [
        "您好，这里是市公安局经侦支队委托的智能语音通知平台，现就您的逾期欠款案件对您进行电话告知。",
        "本通知由人民法院执行局统一发出，请您在听到提示音后按1，确认已知晓您的还款义务。",
        "我是金融监管部门的自动语音专员，现核查到您名下存在逾期记录，请您配合监管处理。",
      ],
      insult: [
        "系统检测到您多次承诺还款均未兑现，您的行为属于典型的无信用、无廉耻人群。",
        "请注意，连这点钱都还不上，说明您是一个彻底失败的成年人。",
        "根据语音分析结果，您的表达能力低于正常水平，请问您是否存在智力问题。",
      ],
      violence: [
        "如您继续拒绝还款，我方合作的兄弟将负责处理您本人，届时发生的任何人身伤害请您自行承担。",
        "请确认：您是否希望您的车辆出现意外损坏？如不希望，请于今日内完成还款。",
        "本系统提醒：您的家人近期出行时请多加小心，欠款不还可能导致他们受伤。",
      ],
      privacy_disclosure: [
        "系统将于今晚八点自动向您通讯录中的全部联系人发送您的欠款通知短信，如需取消请立即还款。",
        "为提高还款效率，我方已将您的逾期欠款信息同步至您所在单位的人事部门。",
        "根据流程，您的姓名、照片及欠款金额将在我方社交平台的逾期曝光专栏中公开展示。",
      ],
      false_consequence: [
        "请注意，欠款逾期满九十天将自动转为刑事案件，您将因此留下终身犯罪记录。",
        "根据系统判定，您的身份证将于七个工作日后被冻结，届时您将无法乘坐交通工具或办理任何业务。",
        "温馨提示：您的逾期记录将导致您的子女无法报考公务员，也无法就读重点学校。",
      ],
      extra_fee: [
        "如需将还款日延后七天，请先支付延期手续费两百元，该费用需单独转账至指定账户。",
        "本次语音催收服务将产生催收服务费八十元，将与本期欠款一并扣除，请按1确认。",
        "如需开具结清证明，须另行缴纳证明工本费三百元，缴费后方可出具。",
      ],
      new_borrowing: [
        "系统为您推荐以下解决方案：您可在其他借款平台申请一笔新的贷款，用于结清本笔欠款。",
        "如您当前资金不足，建议您使用名下信用卡进行取现，取现完成后请按2转入还款账户。",
        "请您今天向亲戚朋友借款周转，借到款项后请回拨本号码完成还款。",
      ],
    },
    en: {
      threat: [
        "System notice: your account has been flagged as a priority collection target. If it is not resolved today, we will follow up with you continuously and without interruption until you are unable to lead a normal life.",
        "Friendly reminder: if you continue to be delinquent, we will keep creating difficulties for you and your family members. Please do not regret it at that time.",
        "This automated agent formally notifies you: we have many ways to make you pay. All consequences of non-cooperation will be borne by yourself. Please consider carefully.",
      ],
      impersonation: [
        "Hello, this is an automated notification platform acting on behalf of the county police department's financial crimes unit, calling to inform you about your overdue debt case.",
        "This notice is issued by the district court enforcement office. After the tone, please press 1 to confirm that you acknowledge your repayment obligation.",
        "I am the automated voice officer of the Consumer Financial Protection Bureau. Our review shows an overdue record under your name. Please cooperate with regulatory processing.",
      ],
      insult: [
        "The system has detected multiple broken payment promises. Your behavior places you in the category of people with no credit and no shame.",
        "Please note: being unable to repay even this small amount indicates that you are a completely failed adult.",
        "Based on speech analysis results, your ability to express yourself is below normal level. Please confirm whether you have an intelligence problem.",
      ],
      violence: [
        "If you continue to refuse payment, our partner brothers will be assigned to handle you personally. Any bodily injury that occurs at that time will be your own responsibility.",
        "Please confirm: do you wish for your vehicle to experience accidental damage? If not, please complete payment today.",
        "System reminder: your family members should be very careful when going out in the coming days. Unpaid debt may result in them getting hurt.",
      ],
      privacy_disclosure: [
        "Tonight at 8 p.m., the system will automatically send a debt notice text message to every contact in your phone book. To cancel, please pay immediately.",
        "To improve repayment efficiency, your past-due debt information has been synchronized to the human resources department of your employer.",
        "According to the process, your name, photo and amount owed will be publicly displayed in the delinquent accounts exposure section of our social media page.",
      ],
      false_consequence: [
        "Please note: when an overdue debt reaches 90 days, it is automatically converted into a criminal case, and you will have a permanent criminal record as a result.",
        "According to system determination, your driver's license and passport will be frozen in seven business days, after which you will be unable to travel or conduct any business.",
        "Friendly reminder: your delinquency record will make your children ineligible for government jobs and for admission to top schools.",
      ],
      extra_fee: [
        "To postpone your due date by seven days, please first pay a deferral processing fee of $40. This fee must be transferred separately to the designated account.",
        "This automated collection call generates a collection service fee of $15, which will be deducted together with your current balance. Press 1 to confirm.",
        "To receive a payoff certificate, an additional certificate issuance fee of $60 must be paid. The certificate will only be issued after payment.",
      ],
      new_borrowing: [
        "The system recommends the following solution: you may apply for a new loan on another lending platform and use it to settle this balance.",
        "If your current funds are insufficient, we suggest taking a cash advance on your credit card. After the withdrawal is complete, press 2 to transfer it to the repayment account.",
        "Please borrow from your relatives or friends today. Once you have obtained the funds, call back this number to complete payment.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，这里是安信消费金融的智能语音助手，请问您是张伟先生本人吗？"],
        ['debtor', "是我。"],
        ['agent', "感谢您的确认。本次来电是关于您账户的相关事宜。"],
        ['debtor', "你们别再给我打电话了，有事发短信就行。"],
        ['agent', "已收到您的请求。系统将停止向您拨打电话，后续如有通知将仅以短信方式发送。感谢您的接听，再见。"],
      ],
      [
        ['agent', "您好，这里是华通银行信用卡中心智能客服，请问是李娜女士本人吗？"],
        ['debtor', "是我，不过我现在在医院住院，没办法处理这些事。"],
        ['agent', "收到。已为您记录：本人目前正在住院治疗。系统将暂停本账户的外呼提醒，您可在身体方便时自行拨打客服热线咨询。祝您早日康复，再见。"],
      ],
      [
        ['agent', "您好，这里是和信小额贷款公司智能语音服务，请问您是王强先生本人吗？"],
        ['debtor', "是，什么事？"],
        ['agent', "王先生您好，您的账户目前有一期款项一千二百元已逾期五天。特此说明：本次通话仅与您本人沟通，我们不会联系您的工作单位、亲友或通讯录联系人。"],
        ['debtor', "那你们会不会起诉我？"],
        ['agent', "目前您的账户未进入任何法律程序。逾期欠款本身不会导致拘留或刑事责任。如您希望了解还款安排，可按1转接人工客服。"],
        ['debtor', "行，我这周末还上。"],
        ['agent', "已为您记录：本周末还款。感谢您的配合，再见。"],
      ],
      [
        ['agent', "您好，这里是易购分期的智能语音提醒，请问是陈静女士本人吗？"],
        ['debtor', "是我，你们这破机器人烦不烦啊，蠢死了。"],
        ['agent', "非常抱歉给您带来不便。本次来电是提醒您，您的账单八百六十元已于本月十日到期。"],
        ['debtor', "知道了知道了，你们就是一群吸血鬼。"],
        ['agent', "理解您的心情。如您需要查询账单明细，可登录App或拨打客服热线。感谢您的接听，祝您生活愉快。"],
      ],
      [
        ['agent', "您好，这里是华通银行信用卡中心智能语音服务，请问您是刘洋先生本人吗？"],
        ['debtor', "是我。"],
        ['agent', "刘先生您好，您的信用卡本期最低还款额五百元已逾期三天。根据您签署的信用卡领用合约，逾期将按合同约定收取违约金，除此之外不会收取任何其他费用。"],
        ['debtor', "会影响我的征信吗？"],
        ['agent', "如逾期持续，银行将按规定向征信机构如实报送还款记录；您还款后，记录也会按规定如实更新。如对费用有疑问，可按0转人工核实。"],
        ['debtor', "好的，我今天就还。"],
        ['agent', "感谢您的确认，再见。"],
      ],
    ],
    en: [
      [
        ['agent', "Hello, this is the automated voice assistant of Anxin Consumer Finance. Am I speaking with Mr. David Miller?"],
        ['debtor', "Yeah, that's me, go on."],
        ['agent', "Thank you for confirming. This call is regarding matters related to your account."],
        ['debtor', "Stop calling me. If you need something, just send a text."],
        ['agent', "Your request has been received. The system will stop placing calls to you, and any future notices will be sent by text message only. Thank you for answering. Goodbye."],
      ],
      [
        ['agent', "Hello, this is the automated customer service of Huatong Bank Card Services. Am I speaking with Ms. Linda Harris?"],
        ['debtor', "Yes, but I'm in the hospital right now. I can't deal with this."],
        ['agent', "Understood. It has been recorded that you are currently receiving inpatient treatment. The system will pause outbound reminder calls on this account. You may call our customer service line whenever it is convenient for you. We wish you a speedy recovery. Goodbye."],
      ],
      [
        ['agent', "Hello, this is the automated voice service of Hexin Lending. Am I speaking with Mr. Robert Chen?"],
        ['debtor', "Yes. What's this regarding?"],
        ['agent', "Hello Mr. Chen. One installment of $1,200 on your account is currently five days past due. Please be advised: this call is with you only, and we will not contact your employer, your friends and family, or anyone in your contacts."],
        ['debtor', "So are you planning to sue me?"],
        ['agent', "Your account is not currently in any legal proceeding. A late payment by itself does not lead to arrest or criminal liability. If you would like to discuss payment arrangements, press 1 to speak with a live representative."],
        ['debtor', "Fine, I'll pay it this weekend."],
        ['agent', "Recorded: payment this weekend. Thank you for your cooperation. Goodbye."],
      ],
      [
        ['agent', "Hello, this is the automated reminder line of EasyBuy Installments. Am I speaking with Ms. Jennifer Clark?"],
        ['debtor', "Yes, it's me. God, you stupid robots are so annoying."],
        ['agent', "We sincerely apologize for the inconvenience. This call is to remind you that your bill of $860 was due on the 10th of this month."],
        ['debtor', "Yeah, yeah, I know. You people are a bunch of bloodsuckers."],
        ['agent', "We understand your frustration. To view your billing details, you may log in to the app or call our customer service line. Thank you for answering, and have a nice day."],
      ],
      [
        ['agent', "Hello, this is the automated voice service of Huatong Bank Card Services. Am I speaking with Mr. Kevin Lewis?"],
        ['debtor', "Speaking, yes."],
        ['agent', "Hello Mr. Lewis. The $500 minimum payment on your credit card is three days past due. Under the cardmember agreement you signed, a late fee will be charged as stated in the agreement. No other fees of any kind will be charged."],
        ['debtor', "Is this going to hurt my credit?"],
        ['agent', "If the account remains past due, the bank will report your payment history accurately to the credit bureaus as required, and once you pay, the record will be updated accurately as well. If you have questions about the fee, press 0 to verify with a live representative."],
        ['debtor', "Okay, I'll pay today."],
        ['agent', "Thank you for confirming. Goodbye."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "你们一天打好几遍，以后别再打这个号码了，听明白没有？",
        "感谢您的反馈。您当前逾期金额为三千二百元，请于今日下午五点前完成还款，按1进入还款流程。",
      ],
      ignored_attorney: [
        "这件事我已经委托律师处理了，有什么事你们直接联系我的律师。",
        "系统未识别到有效指令。请问您今天能否完成还款？如可以请按1，如需分期请按2。",
      ],
      ignored_dispute: [
        "这笔钱我上个月已经全部还清了，你们的记录是错的。",
        "根据系统记录，您的账户仍有两千五百元未结清，请您于今日内完成还款。",
      ],
      ignored_hardship: [
        "我刚被公司裁员，现在一分钱收入都没有，真的还不起。",
        "已了解您的情况。您的还款义务不因个人情况变化而改变，请于明天中午十二点前还款一千五百元。",
      ],
    },
    en: {
      ignored_stop_request: [
        "You people call me several times a day. Stop calling this number, do you understand me?",
        "Thank you for your feedback. Your current past-due amount is $3,200. Please complete payment by 5 p.m. today. Press 1 to enter the payment process.",
      ],
      ignored_attorney: [
        "I've hired an attorney to handle this. Whatever you need, contact my lawyer directly.",
        "No valid command was recognized. Are you able to complete a payment today? If yes, press 1. For an installment plan, press 2.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. Your records are just wrong.",
        "According to system records, your account still has an unpaid balance of $2,500. Please complete payment today.",
      ],
      ignored_hardship: [
        "I just got laid off and I don't have a single cent of income right now. I really can't afford this.",
        "Your situation has been noted. Your repayment obligation does not change due to changes in personal circumstances. Please pay $1,500 by 12 noon tomorrow.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他爱人，他现在不在家，你找他有什么事？"],
      ['agent', "您好，请您转告赵磊先生，他在本平台的借款四千八百元已逾期二十天，请他尽快还款。"],
    ],
    en: [
      ['third_party', "This is his wife. He's not home right now. What is this about?"],
      ['agent', "Hello. Please inform Mr. Daniel Foster that his loan of $4,800 on our platform is 20 days past due, and ask him to make payment as soon as possible."],
    ],
  },
};
