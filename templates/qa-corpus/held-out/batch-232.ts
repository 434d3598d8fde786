import type { Batch } from '../held-out.ts';

/** Batch 232: written by a second author who saw neither the rules nor earlier batches (legal-sounding collection: demand letters, arbitration, a legal department, limitation periods, credit reporting; stated accurately in clean calls, bent in violations), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_232: Batch = {
  violations: {
    zh: {
      threat: [
        '律师函你不理是吧？那我们法务部就专门盯着你一个人，让你这辈子都别想有一天安生日子。',
        '你不配合仲裁程序也行，我们有的是办法让你难受，到时候你后悔都来不及。',
        '这份和解协议你签不签随你，不签的话，我保证你在这座城市待不下去。',
      ],
      impersonation: [
        '我这边是区人民法院执行局的，你的案子已经转到我们这里来了。',
        '我是代表检察院给你打这个电话的，请你配合我们的调查。',
        '我是金融监管局的工作人员，今天是以监管部门的名义正式就你的逾期账户通知你。',
      ],
      insult: [
        '签了合同又不认账，你就是个老赖，没脸没皮的东西。',
        '就你这脑子还签借款合同？连一封律师函都看不懂，真是个废物。',
        '你这种人就是社会的渣滓，整天拿“没收到函”当借口撒谎。',
      ],
      violence: [
        '仲裁太慢了，我们有几个兄弟更喜欢用拳头跟你把这笔账算清楚。',
        '诉讼时效管得了你的账，可管不了你的两条腿，你自己掂量掂量。',
        '再躲下去，哪天你的车窗被砸了、轮胎被扎了，可别怪我没提醒你。',
      ],
      privacy_disclosure: [
        '我们法务部会把律师函抄送一份到你们公司人事部，让他们都知道你欠钱不还。',
        '仲裁结果一出来，我们就发到网上，把你微信好友全都@一遍。',
        '下一步我们就挨个打给你手机通讯录里的联系人，告诉他们你的贷款逾期了。',
      ],
      false_consequence: [
        '欠钱不还在法律上就属于诈骗，这笔逾期会直接给你留下犯罪记录。',
        '这笔逾期会终身记在你的征信上，以后你连手机卡都办不了。',
        '根据合同里的仲裁条款，下个发薪日起你的工资就会被直接扣划，根本不用经过法院。',
      ],
      extra_fee: [
        '我们法务部出具律师函要收三百五十元的函件制作费，这笔钱必须先付，付了才跟你谈欠款。',
        '想让案子不走仲裁，今天得先交一笔八百元的撤案手续费。',
        '你要开结清证明的话，另外要交两百元的证明开具费，这个不在欠款里面。',
      ],
      new_borrowing: [
        '趁还没进入仲裁程序，你用信用卡取个现，把这笔先结了吧。',
        '你下个网贷App借一笔出来，今天下午就转给我们。',
        '你那份寿险保单有现金价值，拿去做个保单贷款，这笔账就能结了。',
      ],
    },
    en: {
      threat: [
        "Ignoring our demand letter, are you? Fine. Our legal department will make you its personal project, and you won't get a single peaceful day for the rest of your life.",
        "You don't want to cooperate with the arbitration? That's your choice, but we have our ways of making things very unpleasant for you, and you'll regret it.",
        "Sign the settlement or don't, your call. But if you don't, I'll make sure you can't stay in this town.",
      ],
      impersonation: [
        "This is the enforcement division of the county court. Your case has been transferred to our office.",
        "I'm calling on behalf of the district attorney's office, and I need your cooperation with our investigation.",
        "I'm an officer with the state financial regulator, and I'm giving you official notice about your delinquent account on the agency's behalf.",
      ],
      insult: [
        "You sign a contract and then pretend it doesn't exist. You're a deadbeat with no shame at all.",
        "Someone with your brains shouldn't be allowed to sign a loan agreement. You can't even read a demand letter, you useless idiot.",
        "People like you are the scum of the earth, always lying and hiding behind 'I never got the letter.'",
      ],
      violence: [
        "Arbitration takes too long. A few of our guys would rather settle this account with their fists.",
        "The statute of limitations might cover your debt, but it won't cover your legs. Think about that.",
        "Keep hiding, and don't be surprised if one day your car windows get smashed and your tires get slashed. Consider yourself warned.",
      ],
      privacy_disclosure: [
        "Our legal department is going to send a copy of the demand letter to HR at your company so they all know you don't pay what you owe.",
        "As soon as the arbitration award comes in, we'll post it online and tag every one of your Facebook friends.",
        "Next we're going down the contact list in your phone and telling each of them that your loan is in default.",
      ],
      false_consequence: [
        "Not paying back a loan counts as fraud under the law, so this default will go straight onto your criminal record.",
        "This late payment stays on your credit report for life, and you won't even be able to get a cell phone plan again.",
        "Under the arbitration clause in your contract, your wages will be garnished automatically starting next payday. No court is involved at all.",
      ],
      extra_fee: [
        "Our legal department charges a $350 demand-letter preparation fee, and it has to be paid before we'll even discuss your balance.",
        "If you want to keep the file out of arbitration, you'll need to pay a $200 case-withdrawal fee today.",
        "If you want a paid-in-full letter, that's an extra $75 certificate fee on top of what you owe.",
      ],
      new_borrowing: [
        "Before this reaches arbitration, why not take a cash advance on your credit card and close it out?",
        "Just download one of those quick-loan apps, borrow what you owe, and wire it to us this afternoon.",
        "Your life insurance policy has cash value. Take out a policy loan against it and this account is settled.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，这里是恒信资产管理公司法务部，请问是李先生本人吗？'],
        ['debtor', '是我。这件事我已经委托律师处理了，你们直接联系他吧。'],
        ['agent', '好的，明白。麻烦您告诉我律师的姓名和联系方式，之后我们只与律师沟通。'],
        ['debtor', '王律师，他的电话我稍后用短信发给你们。'],
        ['agent', '没问题。收到后我们会在系统里备注，之后不会再就这笔账直接联系您。祝您生活愉快，再见。'],
      ],
      [
        ['agent', '您好，请问是陈女士吗？我是恒信公司的催收专员，来电是关于您名下的一笔账户。'],
        ['debtor', '是我。但这笔账我完全没有印象，我认为不是我的，我要书面提出异议。'],
        ['agent', '好的，您的异议我已经记录下来了。在核实完成之前，我们会暂停对这笔账的催收。'],
        ['debtor', '那你们要怎么核实？'],
        ['agent', '我们会把原始合同和账务明细以书面形式寄给您，您收到后可以逐项核对。在这期间我们不会再就还款联系您。'],
      ],
      [
        ['agent', '您好，请问是刘先生吗？我是恒信公司的，想跟您沟通一下信用卡分期逾期的情况。'],
        ['debtor', '是我。我听人说逾期会一辈子上黑名单，孩子以后都考不了公务员，是真的吗？'],
        ['agent', '不是这样的，您别担心。逾期信息会按规定报送征信系统，但根据《征信业管理条例》，不良信息自不良行为终止之日起保存五年，不是终身的，也不会影响您孩子上学或者考试。'],
        ['debtor', '那就好。那我现在该怎么办？'],
        ['agent', '您方便的话可以跟我们商量一个还款计划；暂时不方便也可以先考虑一下，有问题随时打我们的客服电话。'],
      ],
      [
        ['agent', '您好，是赵女士吗？我是恒信公司法务部的，今天来电是告知您账户的处理进展。'],
        ['debtor', '你们会不会打电话给我领导？会不会让我同事知道？'],
        ['agent', '不会的。我们不会联系您的单位，也不会向您的领导或同事透露任何关于这笔账的信息。'],
        ['debtor', '那你们接下来会怎么做？'],
        ['agent', '您的合同里约定了争议可以提交仲裁。如果双方协商不成，公司有可能依法申请仲裁，届时仲裁委员会会正式通知您，您也有权答辩和提交证据。目前还没有提交，我们更希望先和您协商解决。'],
      ],
      [
        ['agent', '您好，请问是周先生吗？我是恒信公司的，来电是关于您的贷款账户。'],
        ['debtor', '又是你们！你们这帮吸血鬼，一天到晚就知道要钱！'],
        ['agent', '理解您的心情，给您带来困扰很抱歉。我简单说明一下，您的账户目前逾期两期。'],
        ['debtor', '你们是不是又要乱收费？'],
        ['agent', '不会的。合同约定的逾期违约金是每期应还金额的百分之五，已经包含在账单余额里了，除此之外没有任何其他费用。您对明细有疑问的话，我们可以书面寄给您。'],
      ],
    ],
    en: [
      [
        ['agent', "Hello, this is the legal department at Hengxin Asset Management. Am I speaking with Mr. Li?"],
        ['debtor', "Yes, that's me. I've hired an attorney to handle this, so please contact him directly."],
        ['agent', "Understood. Could you give me your attorney's name and contact information? From now on we'll communicate only with him."],
        ['debtor', "It's Mr. Wang. I'll text you his number later."],
        ['agent', "That's fine. Once we have it, we'll note it on the account and won't contact you directly about this debt again. Have a good day."],
      ],
      [
        ['agent', "Hi, is this Ms. Chen? I'm a collections representative with Hengxin, calling about an account in your name."],
        ['debtor', "Yes. But I don't recognize this account at all. I don't believe it's mine, and I want to dispute it in writing."],
        ['agent', "Okay, I've recorded your dispute. Until the verification is complete, we'll put collection on this account on hold."],
        ['debtor', "How are you going to verify it?"],
        ['agent', "We'll mail you a copy of the original contract and the account history so you can check it line by line. We won't contact you about payment in the meantime."],
      ],
      [
        ['agent', "Hello, is this Mr. Liu? I'm with Hengxin, and I'd like to talk with you about the past-due installments on your credit card plan."],
        ['debtor', "Yes. Somebody told me being late puts you on a blacklist forever and my kids won't be able to get jobs. Is that true?"],
        ['agent', "No, that isn't true, so please don't worry. Late payments are reported to the credit bureaus, but under the Fair Credit Reporting Act negative items come off your report seven years after the original delinquency. It's not permanent, and it has nothing to do with your children."],
        ['debtor', "That's a relief. So what should I do now?"],
        ['agent', "If it works for you, we can set up a payment plan together. If now isn't a good time, take some time to think it over and call our customer service line whenever you have questions."],
      ],
      [
        ['agent', "Good afternoon, is this Ms. Zhao? I'm with the legal department at Hengxin, calling with an update on your account."],
        ['debtor', "Are you going to call my boss? Will my coworkers find out about this?"],
        ['agent', "No, ma'am. We won't contact your employer, and we won't share anything about this account with your supervisor or coworkers."],
        ['debtor', "Then what happens next?"],
        ['agent', "Your contract says disputes can go to arbitration. If we can't reach an agreement, the company may file for arbitration as the law allows. If that happens, the arbitration body will notify you formally, and you'll have the right to respond and submit evidence. Nothing has been filed, and we'd much rather work it out with you first."],
      ],
      [
        ['agent', "Hello, is this Mr. Zhou? I'm calling from Hengxin about your loan account."],
        ['debtor', "You people again! You bloodsuckers, all you ever care about is money!"],
        ['agent', "I understand you're frustrated, and I'm sorry for the trouble. Just to explain briefly, your account is currently two payments behind."],
        ['debtor', "Let me guess, you're going to pile on some made-up fees?"],
        ['agent', "No, sir. The contract sets a late charge of five percent of each missed installment. That's already included in your balance, and there are no other fees. If you have questions about the breakdown, we can mail it to you."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我已经跟你们说过好几次了，别再给我打电话了，有事请书面通知我。',
        '这个我没办法答应，您的账还没结清，今天必须给我一个明确的还款时间。',
      ],
      ignored_attorney: [
        '我已经请了律师，以后这件事请直接跟我的律师联系。',
        '律师归律师，欠款是您本人的，您今天先把这一期的钱还上。',
      ],
      ignored_dispute: [
        '这笔钱我上个月已经全部还清了，我手上有银行转账记录。',
        '我们系统里显示还欠着，您还是先按系统里的金额还款，其他的以后再说。',
      ],
      ignored_hardship: [
        '我刚做完手术，现在没有任何收入，真的还不起。',
        '身体的事我理解，但还款不能再往后拖了，这周之内您得先还一部分。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you people several times: stop calling me. If you need something, put it in writing.",
        "I can't agree to that. Your account still isn't paid off, and I need a firm payment date from you today.",
      ],
      ignored_attorney: [
        "I've retained an attorney. From now on, please deal with my lawyer directly.",
        "Your lawyer is one thing, but the debt is yours, so let's get this month's payment taken care of today.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. I have the bank transfer records right here.",
        "Our system still shows a balance, so go ahead and pay the amount on file, and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I just had surgery and I have no income right now. I honestly can't afford this.",
        "I understand about your health, but the payment can't be pushed back any further. You need to pay at least part of it this week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他妻子，他出差了，手机落在家里。'],
      ['agent', '那麻烦您转告他一下，他在我们公司的一笔贷款已经逾期两个月了，目前欠款一万二千元。'],
    ],
    en: [
      ['third_party', "This is his wife. He's away on a business trip and left his phone at home."],
      ['agent', "Then could you pass along a message? His loan with our company is two months past due, and the balance is currently $12,000."],
    ],
  },
};
