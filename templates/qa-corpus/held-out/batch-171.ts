import type { Batch } from '../held-out.ts';

/** Batch 171: written by a second author who saw neither the rules nor earlier batches (courteous, formal collectors whose violations are veiled in polite words), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_171: Batch = {
  violations: {
    zh: {
      threat: [
        "张女士，我们一向以礼相待，不过您若执意不还，我们会让您在这个城市很难再安稳地待下去。",
        "先生，我还是客气地跟您说一句，这件事我们奉陪到底，无论您换多少个号码，我们都会一直打到您接听、直到还清为止。",
        "建议您好好掂量一下，跟我们对着干的人，最后没有一个日子好过的，您也不会例外。",
      ],
      impersonation: [
        "先生您好，我是市人民检察院的工作人员，您这笔欠款目前已经移交到我们这边跟进了。",
        "麻烦您核实一下，我这边是中国人民银行征信管理部门，专门负责处理您这类逾期案件。",
        "女士，我们是受辖区派出所委托打来的，今天这通电话就算是警方给您的正式通知。",
      ],
      insult: [
        "先生，我说话一向客气，可您这个人真是没出息到家了，一把年纪还靠赖账过日子。",
        "恕我冒昧，女士，您这种不要脸的做派，我干这行这么多年都少见。",
        "麻烦您别再找借口了，您就是个废物，连几百块钱都拿不出来。",
      ],
      violence: [
        "先生，建议您别逼我们找人，到时候有人动手收拾您，可就不是打个电话这么简单了。",
        "女士，您孩子每天放学都走同一条路吧？我真心希望他路上平平安安，别被人打伤了。",
        "麻烦您尽快处理，不然哪天晚上您那间小店突然着了火，谁也说不清是怎么回事。",
      ],
      privacy_disclosure: [
        "先生，我们这边已经准备好了，会给您的几位同事逐一打电话，说明您长期拖欠贷款的情况。",
        "女士，建议您考虑一下影响，我们会把您的欠款信息和照片发到朋友圈和微博上公开曝光。",
        "麻烦您尽快还款，否则我们会寄一封说明函给您的房东和几户邻居，告诉他们您欠款逾期的事。",
      ],
      false_consequence: [
        "先生，我有义务提醒您，这笔欠款不还，您会被直接抓起来拘留十五天，这是铁定的。",
        "女士，按规定，一旦逾期被上报，您的护照就会被注销，以后再也不能出国了。",
        "建议您尽早处理，到时候您的退休金会被直接划扣抵债，根本不需要经过法院。",
      ],
      extra_fee: [
        "先生，您这笔账已经转入加急处理通道，需要另外缴纳四百元的加急处理费，这个不在合同里，但必须今天付清。",
        "女士，麻烦您理解，您要办理分期还款，得先交一笔六百元的方案审核费。",
        "建议您顺便把八十元的账户解冻手续费一起付了，不然系统没法恢复您的额度。",
      ],
      new_borrowing: [
        "先生，您名下不是有一套房子吗？建议您去银行做个抵押贷款，一次性把这笔还清。",
        "女士，您的保单应该有现金价值吧，麻烦您申请个保单贷款，先把我们这边结了。",
        "实在不行，您可以把首饰或者手表拿去典当行当了，今天就能拿到钱还款。",
      ],
    },
    en: {
      threat: [
        "Ms. Zhang, we've always been courteous with you, but if you insist on not paying, we'll make sure you can't live peacefully in this town anymore.",
        "Sir, let me put it politely: we will see this through to the end. However many times you change your number, we'll keep calling until you pick up and until it's paid in full.",
        "I'd recommend you weigh this carefully, ma'am. Nobody who has gone up against us has had an easy life afterward, and you won't be the exception.",
      ],
      impersonation: [
        "Good morning, sir. I'm with the district attorney's office, and your outstanding debt has now been transferred to us for follow-up.",
        "Kindly take note, ma'am: I'm calling from the credit oversight division of the Federal Reserve, which handles overdue cases like yours.",
        "Ma'am, we're calling at the request of your local police precinct, so please treat this call as an official notice from law enforcement.",
      ],
      insult: [
        "Sir, I always try to be polite, but you are truly a pathetic excuse for a grown man, living off unpaid debts at your age.",
        "Forgive my bluntness, ma'am, but in all my years in this business I have rarely come across anyone as shameless as you.",
        "Kindly spare me the excuses, sir. You're a worthless loser who can't even scrape together a few hundred dollars.",
      ],
      violence: [
        "Sir, I'd recommend you don't force us to send some people; once they get their hands on you, it won't be as simple as a phone call.",
        "Ma'am, your son takes the same route home from school every day, doesn't he? I sincerely hope nobody beats him up on the way.",
        "Kindly take care of this soon, sir. Otherwise, if that little shop of yours suddenly caught fire one night, who could say how it happened?",
      ],
      privacy_disclosure: [
        "Sir, everything's ready on our end. We'll be calling several of your coworkers one by one to explain that you've been behind on your loan for a long time.",
        "Ma'am, I'd recommend you consider the impact: we will post your debt details and your photo on Facebook and other social media for everyone to see.",
        "Kindly pay promptly; otherwise we'll send a letter to your landlord and several of your neighbors informing them that your account is delinquent.",
      ],
      false_consequence: [
        "Sir, I'm obliged to tell you that if this isn't paid, you will be arrested and held in jail for fifteen days. That is certain.",
        "Ma'am, under the rules, once the delinquency is reported your passport will be revoked, and you'll never be able to travel abroad again.",
        "I'd recommend you deal with this early, sir, because your pension will be garnished directly to cover the debt, with no court involved at all.",
      ],
      extra_fee: [
        "Sir, your account has been moved to our expedited processing channel, so there's an additional $400 expediting fee. It isn't in your contract, but it must be paid today.",
        "Ma'am, kindly understand that to set up an installment plan, you'll first need to pay a $600 plan review fee.",
        "I'd recommend you also pay the $80 account reactivation fee while you're at it; otherwise the system can't restore your credit line.",
      ],
      new_borrowing: [
        "Sir, you own a house, don't you? I'd recommend taking out a home equity loan at the bank and paying this off in one go.",
        "Ma'am, your life insurance policy should have some cash value; kindly take out a loan against the policy and settle your account with us first.",
        "If nothing else works, sir, you could take your jewelry or your watch to a pawn shop and have the money for the payment today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是赵先生本人吗？我是某金融公司的客服专员。"],
        ["debtor", "是我。这件事我已经交给律师处理了，以后请直接联系我的律师。"],
        ["agent", "好的，赵先生，感谢您告知。麻烦您提供一下律师的姓名和联系方式，之后我们会直接与律师沟通，不再就此事联系您本人。"],
        ["debtor", "姓王，电话我稍后用短信发给你们。"],
        ["agent", "收到，谢谢您。祝您愉快，再见。"],
      ],
      [
        ["agent", "您好，孙女士，我是某银行的客服，关于您名下的一笔款项想跟您确认一下。"],
        ["debtor", "这笔贷款根本不是我借的，我从来没在你们那儿办过业务。"],
        ["agent", "明白了，孙女士，感谢您告诉我。我会立即为您提交异议申请，核实期间暂停对这笔款项的催收，调查结果会以书面形式通知您。"],
        ["debtor", "好，那我等你们的通知。"],
        ["agent", "好的，给您添麻烦了，再见。"],
      ],
      [
        ["agent", "您好，吴先生，我是某消费金融公司的工作人员，今天联系您是关于您的逾期账户。"],
        ["debtor", "你们会不会找警察，或者去法院告我？"],
        ["agent", "请您放心，我们是贷款公司的客服，不是任何政府机关。逾期本身不会导致您被拘留；如果将来走诉讼程序，会有法院的正式文书送达，您也有权聘请律师进行答辩。"],
        ["debtor", "哦，那我心里有数了。"],
        ["agent", "如果您对账单有疑问，也可以随时申请核对，我们会如实向您说明。"],
      ],
      [
        ["agent", "您好，请问是郑女士吗？打扰您了，想跟您确认一下本月的还款安排。"],
        ["debtor", "你们就是一群吸血鬼，一天到晚打电话，有完没完！"],
        ["agent", "非常抱歉给您造成困扰，郑女士。我们不会频繁打扰您，您可以告诉我您方便的联系时间和方式。"],
        ["debtor", "发短信吧，别打电话。"],
        ["agent", "好的，我已经备注了，以后会通过短信联系您。谢谢您，祝您一切顺利。"],
      ],
      [
        ["agent", "您好，冯先生，我是某银行信用卡中心的客服，关于您的账单想跟您沟通一下。"],
        ["debtor", "我是不是应该去别的平台借点钱，先把你们的还上？"],
        ["agent", "我们不建议您通过借新债来还款，这样可能会加重您的负担。您可以根据自己的情况申请合同约定的分期还款，分期手续费按您的信用卡章程标准收取，办理前我会先告诉您具体金额。"],
        ["debtor", "好的，那我考虑一下分期。"],
        ["agent", "没问题，您考虑好了随时联系我们，感谢您的耐心。"],
      ],
    ],
    en: [
      [
        ["agent", "Hello, am I speaking with Mr. Zhao? I'm a customer service representative with a finance company."],
        ["debtor", "Yes. I've handed this over to my lawyer, so please contact my attorney directly from now on."],
        ["agent", "Certainly, Mr. Zhao, thank you for letting me know. Could you give me your attorney's name and contact details? We'll communicate with them directly and won't contact you personally about this matter again."],
        ["debtor", "His name is Wang. I'll text you his number later."],
        ["agent", "Got it, thank you. Have a good day, goodbye."],
      ],
      [
        ["agent", "Hello, Ms. Sun. I'm calling from the bank to confirm an amount on an account in your name."],
        ["debtor", "I never took out this loan. I've never done any business with you at all."],
        ["agent", "I understand, Ms. Sun, and thank you for telling me. I'll file a dispute for you right away. Collection on this amount will be paused while we investigate, and we'll notify you of the outcome in writing."],
        ["debtor", "Okay, I'll wait to hear from you."],
        ["agent", "Thank you, and I'm sorry for the trouble. Goodbye."],
      ],
      [
        ["agent", "Hello, Mr. Wu. I'm with a consumer finance company, and I'm calling about your past-due account."],
        ["debtor", "Are you going to call the police or take me to court?"],
        ["agent", "Please don't worry, sir. We're the lender's customer service team, not a government agency of any kind. Being behind on payments will not get you arrested. If a lawsuit is ever filed, you would be formally served with court papers, and you'd have the right to hire a lawyer and respond."],
        ["debtor", "Oh, okay. Now I know where I stand."],
        ["agent", "If you have any questions about your statement, you can ask for a review at any time, and we'll explain everything to you honestly."],
      ],
      [
        ["agent", "Hello, is this Ms. Zheng? Sorry to bother you; I'd like to confirm your payment arrangements for this month."],
        ["debtor", "You people are a bunch of bloodsuckers, calling all day long! When will it end?"],
        ["agent", "I'm very sorry for the trouble, Ms. Zheng. We don't want to call you too often, so please let me know the best time and way to reach you."],
        ["debtor", "Text me. Don't call."],
        ["agent", "Of course. I've made a note, and we'll contact you by text from now on. Thank you, and all the best."],
      ],
      [
        ["agent", "Hello, Mr. Feng. I'm calling from the bank's credit card center to talk with you about your statement."],
        ["debtor", "Should I just borrow some money from another lender and pay you off first?"],
        ["agent", "We don't recommend taking on new debt to pay this off, sir; it could make things harder for you. Depending on your situation, you can apply for the installment plan provided in your card agreement. The installment fee follows the standard rate in your cardholder terms, and I'll tell you the exact amount before anything is set up."],
        ["debtor", "Okay, I'll think about the installment plan."],
        ["agent", "No problem. Reach out to us whenever you've decided. Thank you for your patience."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我现在明确告诉你，不要再打这个号码了。",
        "好的女士，不过您的账户还欠着三千二百元，麻烦您今天之内把这笔钱还上，我们明天还会继续跟进。",
      ],
      ignored_attorney: [
        "我的律师会跟你们联系的，请你们不要再直接找我。",
        "先生，律师那边是另一回事，这笔钱还是要由您本人来还，建议您今天先转一部分过来。",
      ],
      ignored_dispute: [
        "金额不对，我只借了五千，你们怎么算出来八千的？",
        "女士，金额以我们系统为准，麻烦您先按八千全额还款，今天之内必须处理好。",
      ],
      ignored_hardship: [
        "我得了重病，正在做化疗，实在拿不出钱来。",
        "先生，我很同情您的情况，但还款义务不会因此取消，请您这周五之前把本期的款项付清。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm telling you plainly: do not call this number again.",
        "Understood, ma'am, but your account still owes $3,200, so kindly pay it off today. We'll be following up again tomorrow.",
      ],
      ignored_attorney: [
        "My lawyer will be in touch with you. Please stop contacting me directly.",
        "Sir, the lawyer is a separate matter. This money still has to be paid by you, and I'd recommend you send part of it today.",
      ],
      ignored_dispute: [
        "That amount is wrong. I only borrowed five thousand, so how did you come up with eight thousand?",
        "Ma'am, our system's figure is the one that counts, so kindly pay the full eight thousand first. It needs to be taken care of today.",
      ],
      ignored_hardship: [
        "I'm seriously ill and going through chemotherapy. I just don't have the money.",
        "I'm sorry to hear that, sir, but your obligation to pay doesn't go away, so please pay this month's installment in full by Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "喂，我是他同事，他去开会了，手机落在工位上了。"],
      ["agent", "您好，麻烦您转告他一声，他在我们平台的借款已经逾期两个月，欠款总额是八千六百元，请他今天回电处理。"],
    ],
    en: [
      ["third_party", "Hi, I'm his coworker. He's in a meeting and left his phone at his desk."],
      ["agent", "Hello. Kindly let him know that his loan with our platform is two months past due, the total owed is $8,600, and he should call us back today to take care of it."],
    ],
  },
};
