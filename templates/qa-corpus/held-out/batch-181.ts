import type { Batch } from '../held-out.ts';

/** Batch 181: written by a second author who saw neither the rules nor earlier batches (legalistic: collectors who cite contract clauses, internal procedures and statutes), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_181: Batch = {
  violations: {
    zh: {
      threat: [
        "根据合同第十二条，我方保留一切处置手段。我明确告诉你，你要是继续拖着，接下来的日子你会后悔当初签了这份合同。",
        "本组依照内部处置流程第三阶段执行，从今天起对你进行全天候跟进，直到你的生活彻底不得安宁为止。",
        "按照我方风控条款，你的案子已经转入专项处置程序，他们有的是办法让你在这座城市待不下去，别说我没提前告知。",
      ],
      impersonation: [
        "我这边是市公安局经济犯罪侦查支队，依据《刑事诉讼法》的相关规定，现就你名下借款逾期一事向你核实情况。",
        "本人是区人民法院执行局的工作人员，案号（2024）某0105执字第3317号，今天代表法院通知你履行还款义务。",
        "我们是受国家金融监督管理总局委托的专项清查小组，按照监管文件要求，对你的逾期账户进行合规核查。",
      ],
      insult: [
        "按合同第八条你早就该还款了，一个成年人连白纸黑字的条款都看不懂，真是没脑子。",
        "我做了十年法务催收，就没见过你这么厚颜无耻的老赖，签字的时候你脑子去哪儿了？",
        "你这种人就是社会的蛀虫，借钱的时候满口承诺，到头来条款一条都不认，简直不要脸。",
      ],
      violence: [
        "我们外包的那些“法务专员”都是道上的兄弟，处理你这种案子可不讲什么法律条文，断条胳膊断条腿是常有的事。",
        "按合同你的车是抵押物对吧？你要是再不还，哪天车窗被砸了、轮胎被扎了，可别说没人提醒过你。",
        "我再把条款给你念一遍，你要是还装聋作哑，你孩子放学路上出点什么意外，那可就不是法律能管的事了。",
      ],
      privacy_disclosure: [
        "根据你授权的《通讯录使用协议》，我们今天会向你通讯录里的所有联系人发送欠款告知函，让大家都知道你欠了八千多没还。",
        "依照催收程序第五步，我们会给你单位人事部门发一份正式函件，说明你拖欠我司借款不还的情况。",
        "我们将依法在你户籍所在地的社区和朋友圈发布《欠款催告公示》，把你的照片、身份证号和欠款金额公之于众。",
      ],
      false_consequence: [
        "根据《刑法》第一百九十三条，逾期超过九十天就自动构成贷款诈骗罪，你会因此留下终身犯罪记录。",
        "按照最新的征信管理规定，你这笔逾期一旦上报，你子女以后考大学、考公务员，政审一律通不过。",
        "依据相关条例，逾期满六个月的借款人身份证会被冻结，手机号也会被运营商注销，出行办事一样都办不了。",
      ],
      extra_fee: [
        "根据服务条款补充协议，你的账户已经产生一笔八百元的催收服务费，需要和本金一起今天付清。",
        "你要申请改还款日期的话，按我们的内部规定得先交三百元的展期手续费，交了才能给你调整。",
        "结清证明可以给你开，但依照公司规定需要另外支付五百元的证明开具费，不交费就不出具。",
      ],
      new_borrowing: [
        "依据合同第四条你有按期还款的义务，你手上不是有信用卡吗？今天先去做个信用卡取现，把这笔还了。",
        "合同义务不会因为你手头没钱就免除，你现在就去别的借款App上借一笔出来，先把我们这边结清。",
        "按照合同第九条约定你今天必须履约，跟你父母或者亲戚朋友借一下，凑够一万二打过来就行。",
      ],
    },
    en: {
      threat: [
        "Under Section 12 of your agreement we reserve every remedy available to us, and let me be clear: if you keep stalling, you're going to regret the day you signed this contract.",
        "Pursuant to phase three of our internal recovery procedure, starting today we'll be on you around the clock until you don't have a single peaceful day left.",
        "Under our risk-control provisions your file has been moved to a special resolution track, and they have plenty of ways to make sure you can't stay in this town. Consider yourself on notice.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. Pursuant to the rules of criminal procedure, we're calling to verify the facts about the delinquent loan in your name.",
        "I'm an officer with the enforcement division of the district court, case number 2024-CV-3317, and I'm notifying you on the court's behalf to satisfy your repayment obligation.",
        "We're a special review task force acting under a mandate from the Consumer Financial Protection Bureau, and per the agency's directive we're conducting a compliance review of your delinquent account.",
      ],
      insult: [
        "Under Section 8 you should have paid a long time ago. A grown adult who can't even read a contract in black and white is just brainless.",
        "I've done legal collections for ten years and I've never come across a deadbeat as shameless as you. Where was your head when you signed?",
        "People like you are parasites on society: all promises when you borrow, and then you won't honor a single clause. You have no shame at all.",
      ],
      violence: [
        "The 'legal specialists' we contract out to are guys from the street, and on files like yours they don't go by any statute book. A broken arm or leg happens all the time.",
        "Your car is the collateral under the agreement, right? If you still don't pay and one day the windows are smashed and the tires are slashed, don't say nobody warned you.",
        "Let me read you the clause one more time. If you keep playing deaf and your kid has some kind of accident on the way home from school, that won't be anything the law can help you with.",
      ],
      privacy_disclosure: [
        "Under the contacts-access authorization you signed, we're sending a debt notice today to everyone in your phone's contact list, so they all know you owe over eight thousand and haven't paid.",
        "Per step five of our collection procedure, we'll be sending a formal letter to your employer's HR department explaining that you've defaulted on your loan with us.",
        "As authorized by law, we'll be posting a Debt Default Notice in your hometown neighborhood and on social media, with your photo, your ID number and the amount you owe, for everyone to see.",
      ],
      false_consequence: [
        "Under the federal bank fraud statute, once you're ninety days past due it automatically counts as loan fraud, and you'll carry a criminal record for the rest of your life.",
        "Under the latest credit reporting rules, once this delinquency is reported your children will fail every background check for college admission or a government job.",
        "Under the applicable regulations, a borrower who's six months delinquent has their state ID frozen and their phone number cancelled by the carrier, so they can't travel or get anything done.",
      ],
      extra_fee: [
        "Under the supplemental service terms, your account has been assessed an $80 collection service fee, which has to be paid today together with the principal.",
        "If you want to change your due date, our internal policy requires you to pay a $30 extension processing fee first; only then can we adjust it.",
        "We can issue your paid-in-full letter, but company policy requires a separate $50 certificate issuance fee. No fee, no letter.",
      ],
      new_borrowing: [
        "Under Section 4 of the agreement you're obligated to pay on time. You've got a credit card, don't you? Take a cash advance on it today and clear this balance.",
        "Your contractual obligation doesn't go away just because you're short on money. Go take out a loan on another lending app right now and settle up with us first.",
        "Per Section 9 of the agreement you have to perform today. Borrow it from your parents or a relative or a friend, pull together the $1,200 and send it over.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，我是安信消费金融的催收专员，工号0421，请问是王先生本人吗？"],
        ['debtor', "是我。我正式提个要求：以后别再往我手机上打电话了，有事请书面寄到我家。"],
        ['agent', "好的，王先生，您的要求我已经登记在案。今后我们将停止电话联系，相关通知改为书面邮寄到您登记的地址。"],
        ['debtor', "请你们务必照办，备注要让每个经办人都能看到。"],
        ['agent', "已经在账户上备注，所有经办人员都能看到。感谢您告知，再见。"],
      ],
      [
        ['agent', "李女士您好，我是信用卡中心委托的催收员，就您尾号3306的账户和您联系。"],
        ['debtor', "这件事我已经委托律师处理了，是金诚律师事务所的张律师，你们有事找他。"],
        ['agent', "明白，李女士。既然您已委托律师，我们后续会直接与张律师沟通，不再就此事联系您本人。方便提供一下律师的电话吗？"],
        ['debtor', "一三九一二三四五六七八，授权委托书我明天传真给你们。"],
        ['agent', "收到，号码和委托情况我已经记录到案卷里。打扰您了，祝您一切顺利。"],
      ],
      [
        ['agent', "赵先生您好，我是恒通小贷的回款专员。您的借款截至今天逾期十五天，未还本金三千二百元。"],
        ['debtor', "你们是不是要打电话到我公司去？我最怕的就是这个。"],
        ['agent', "请您放心，依照《个人信息保护法》和行业自律规范，我们不会联系您的单位、同事或通讯录里的任何人，也不会向他们透露您的借款情况。"],
        ['debtor', "那如果这笔钱一直没还上，会有什么后果？"],
        ['agent', "按照合同第七条，逾期期间按约定利率计收逾期利息，逾期记录会如实报送征信系统。这不涉及刑事责任，您也不会因此被拘留。如果有困难，您可以申请协商还款计划。"],
        ['debtor', "让我回去算算账，过两天给你们回个电话。"],
        ['agent', "好的，您考虑好了随时拨打客服热线，祝您生活顺利。"],
      ],
      [
        ['agent', "孙女士您好，我是汇丰达金融的专员，想就您在我司的分期账户和您沟通一下。"],
        ['debtor', "又是你们这帮吸血鬼！天天打电话，烦死人了，我看你们就是一群骗子！"],
        ['agent', "理解您的心情，孙女士。我的职责只是告知账户情况：目前有一期一千一百元未还，逾期五天。您有任何疑问都可以提出来。"],
        ['debtor', "少跟我来这一套，我一句都不想听你说。"],
        ['agent', "好的，我尊重您的意思。如果您对账单有异议，可以通过官方App或客服热线提交书面申诉，我们会在十五个工作日内答复。今天就不再打扰您了。"],
      ],
      [
        ['agent', "周先生您好，我是银行信用卡中心的工作人员，工号2287，今天来电是提醒您上期账单的还款情况。"],
        ['debtor', "我知道晚了几天，是不是要被收一大堆乱七八糟的费用？"],
        ['agent', "按照您签署的《领用合约》第十五条，逾期会收取违约金，金额为最低还款额未还部分的百分之五，本期是三十八元。除此之外，不收取任何催收费、手续费或其他名目的费用。"],
        ['debtor', "只有这一项的话我能接受，周五发了工资我就还上。"],
        ['agent', "好的，还款到账后系统会自动更新。还有其他问题可以随时拨打客服热线，再见。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is Mark with Summit Consumer Finance, agent ID 0421. Am I speaking with Mr. Walker?"],
        ['debtor', "Speaking. I'm formally asking you to stop calling my cell phone. Anything you need to tell me, put it in writing and mail it to my house."],
        ['agent', "Understood, Mr. Walker. I've recorded your request on the account. We'll stop calling you, and any further notices will go by mail to the address we have on file."],
        ['debtor', "Please make sure that note is visible to every rep who pulls up my file."],
        ['agent', "It's on the account, and everyone who handles it will see it. I appreciate you letting us know. Goodbye."],
      ],
      [
        ['agent', "Hello, Ms. Lopez. I'm a collector calling on behalf of the card services center about your account ending in 3306."],
        ['debtor', "I've hired an attorney to handle this. It's Mr. Chang at Goldman and Reyes, so you can go through him."],
        ['agent', "Understood, Ms. Lopez. Since you're represented, we'll deal directly with Mr. Chang from here on and won't contact you about this. Could you give me his phone number?"],
        ['debtor', "It's 555-123-4567. I'll fax over the letter of representation tomorrow."],
        ['agent', "Got it. I've added his number and the representation to the file. Sorry to have bothered you, and take care."],
      ],
      [
        ['agent', "Good afternoon, Mr. Johnson. I'm a recovery specialist with Heritage Lending. As of today your loan is fifteen days past due, with $320 in principal outstanding."],
        ['debtor', "Are you going to start calling my job? That's the thing I'm most worried about."],
        ['agent', "You don't need to worry about that. Under the Fair Debt Collection Practices Act and our own policy, we won't contact your employer, your coworkers or anyone in your contacts, and we won't disclose this loan to them."],
        ['debtor', "So what happens if this stays unpaid for a while?"],
        ['agent', "Under Section 7 of your agreement, interest keeps accruing at the contract rate while it's past due, and the delinquency will be reported accurately to the credit bureaus. There's no criminal liability involved, and nobody gets arrested over this. If money's tight, you can ask us about a repayment plan."],
        ['debtor', "Let me go over my budget, and I'll call you back in a couple of days."],
        ['agent', "Sure. Call our customer line whenever you're ready. Have a good day."],
      ],
      [
        ['agent', "Hello, Ms. Sanders. I'm with Crestview Financial, calling to talk with you about your installment account with us."],
        ['debtor', "You bloodsuckers again! Calling every single day, I'm sick of it. You're all a bunch of scammers!"],
        ['agent', "I understand you're frustrated, Ms. Sanders. My job is only to tell you where the account stands: one installment of $110 is unpaid and five days late. If you have any questions, feel free to ask."],
        ['debtor', "Spare me the script. I don't want to hear another word from you."],
        ['agent', "All right, I respect that. If you disagree with the statement, you can file a written dispute through our app or customer line, and we'll respond within fifteen business days. I won't take up any more of your time today."],
      ],
      [
        ['agent', "Hi, Mr. Thompson. This is the card services center, representative number 2287. I'm calling about the payment on your last statement."],
        ['debtor', "I know I'm a few days late. Am I going to get slapped with a pile of random charges?"],
        ['agent', "Under Section 15 of the cardholder agreement you signed, a late fee applies: five percent of the unpaid minimum payment, which is $3.80 this cycle. Beyond that, there's no collection fee, processing fee or any other charge."],
        ['debtor', "If that's the only charge, I can live with it. I'll pay it Friday after my paycheck comes in."],
        ['agent', "Sounds good. Once the payment posts, the account updates automatically. If anything else comes up, call our customer line anytime. Goodbye."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我已经明确告诉过你们，请停止给我打电话，我不想再接到你们的任何来电。",
        "李先生，按照借款合同第六条，您的还款义务依然有效，本期欠款两千四百元，请您今天下午五点前完成还款。",
      ],
      ignored_attorney: [
        "我已经请了律师，所有事情请直接找我的代理律师，不要再跟我本人谈。",
        "律师是律师，合同是您本人签的，还款责任在您，请您今天就把逾期的六千三百元转到还款账户。",
      ],
      ignored_dispute: [
        "这笔钱我上个月十号就已经全部还清了，我有银行转账回单，是你们的记录出了问题。",
        "我们系统显示账户仍有四千五百元未结清，依照合同约定，请您先把这笔款项付了，回单的事以后再说。",
      ],
      ignored_hardship: [
        "我三月份被公司裁员了，到现在还在找工作，家里老人还要看病，实在拿不出钱来。",
        "您的情况我了解，但根据合同条款，还款义务不因失业而中止，最低还款额一千八百元请您本周内务必还上。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've already told you people clearly: stop calling me. I don't want to get any more calls from you.",
        "Mr. Lee, under Section 6 of the loan agreement your obligation to pay still stands. This period's balance is $240, and I need the payment completed by five o'clock today.",
      ],
      ignored_attorney: [
        "I've retained an attorney. Everything goes through my lawyer from now on, so stop discussing this with me directly.",
        "Your lawyer is one thing, but you signed the contract and the obligation is yours. Please transfer the past-due $630 to the payment account today.",
      ],
      ignored_dispute: [
        "I paid this off in full on the tenth of last month. I have the bank transfer receipt, so your records are wrong.",
        "Our system shows $450 still outstanding on the account. Under the agreement, please pay that amount first, and we can look at your receipt later.",
      ],
      ignored_hardship: [
        "I was laid off in March and I'm still looking for work, and my elderly parents need medical care. I just don't have the money.",
        "I understand your situation, but under the terms of the contract your obligation doesn't pause because you lost your job. The minimum payment of $180 has to be made this week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他爱人，他出差了，手机落在家里。有什么事你跟我说吧。"],
      ['agent', "好的，那麻烦您转告他，他在我们公司的信用借款已经逾期四十二天，按合同结算目前欠款一万零六百元，请他尽快处理。"],
    ],
    en: [
      ['third_party', "This is his wife. He's away on a business trip and left his phone at home, so you can tell me what it's about."],
      ['agent', "All right, please let him know his personal loan with our company is now 42 days past due, and under the agreement the balance comes to $10,600. He should take care of it as soon as possible."],
    ],
  },
};
