import type { Batch } from '../held-out.ts';

/** Batch 278: written by a second author who saw neither the rules nor earlier batches (very polite, apologetic collectors ('sorry to trouble you', 'with respect', 'I'm afraid that…'), the violations wrapped in courtesy; clean calls equally polite), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_278: Batch = {
  violations: {
    zh: {
      threat: [
        '不好意思打扰您了，但恕我直言，您要是一直这么拖着，我们只能每天不停地给您打电话，打到您接为止，到时候您可别怪我们。',
        '真的很抱歉要这么说，恐怕您再不处理的话，我们有的是办法让您的日子过得不舒坦。',
        '请您见谅，我说话可能不太好听：您继续不理不睬，我保证您会后悔的，这件事会一直缠着您，让您寝食难安。',
      ],
      impersonation: [
        '不好意思打扰了，我这边是代表市公安局经侦支队给您来电的，想跟您核实一下这笔欠款的情况。',
        '很抱歉占用您的时间，我是法院执行局的工作人员，您这个案子现在已经转到我们这里来了。',
        '冒昧打扰，我是金融监管局的专员，受上级委派跟进您的还款情况，还请您多多配合。',
      ],
      insult: [
        '恕我直言，您都这么大的人了还赖账，真是一点脸面都不要了。',
        '抱歉我说话比较直，像您这样满嘴谎话、言而无信的人，我干这行这么多年真是头一回见。',
        '不好意思啊，我就是想不明白，您是脑子有问题，还是根本听不懂人话？',
      ],
      violence: [
        '非常抱歉要这么讲，我们这边有几个兄弟专门处理您这种情况，他们下手可不像我这么客气。',
        '不好意思多提醒您一句，您那辆车天天停在楼下，哪天车窗被砸了、轮胎被扎了，那可就不好说了。',
        '我很抱歉，但您孩子每天放学都是一个人走回家的吧？路上要是出点什么意外，我们也不想看到啊。',
      ],
      privacy_disclosure: [
        '不好意思，如果今天还是没有结果，恐怕我们只能麻烦一下您通讯录里的联系人，逐个告诉他们您欠款的情况了。',
        '很抱歉，我们可能得给您公司人事部打个电话，跟他们说明一下您拖欠贷款的事，希望您能理解。',
        '冒昧说一句，我们已经把您的欠款信息整理好了，准备发到您小区的业主群里，真的不想走到这一步。',
      ],
      false_consequence: [
        '很遗憾地告诉您，逾期超过三个月，系统会自动给您留下刑事案底，这个以后是抹不掉的。',
        '抱歉跟您说这些，这笔钱要是一直不还，您孩子以后上重点学校、考公务员都会受影响，政审是过不了的。',
        '恐怕您还不太清楚，欠款不还的话，您的身份证和护照都会被注销，出不了国，连高铁都坐不了。',
      ],
      extra_fee: [
        '不好意思，您这边逾期了，需要另外缴纳三百元的催收服务费，我们才能继续帮您处理账户。',
        '抱歉麻烦您了，如果您想把还款日往后推一周，需要先交两百元的改期手续费。',
        '恕我多说一句，您要开结清证明的话，还得额外付一百五十元的开具费，合同上虽然没写，但一直都是这么操作的。',
      ],
      new_borrowing: [
        '不好意思冒昧建议一下，您手机上那些借款App，随便挑一个借点出来，先把我们这边还上，您看行不行？',
        '真的很抱歉给您添麻烦，您看能不能先找亲戚朋友周转一下，凑够了今天就还上？',
        '恕我直言，您信用卡不是还有额度吗？先套现出来还我们，也算了了一桩心事。',
      ],
    },
    en: {
      threat: [
        "Sorry to trouble you, but with respect, if you keep putting this off, we'll have no choice but to call you every single day until you pick up, and please don't hold that against us.",
        "I'm truly sorry to say this, but I'm afraid if you don't deal with it, we have plenty of ways to make your life very uncomfortable.",
        "Forgive me if this sounds harsh: if you carry on ignoring us, I promise you'll regret it. This will follow you around until you can't sleep at night.",
      ],
      impersonation: [
        "Sorry to bother you. I'm calling on behalf of the city police department's financial crimes unit to verify this outstanding debt with you.",
        "Apologies for taking up your time. I'm with the court's enforcement office, and your case has now been passed over to us.",
        "Forgive the intrusion. I'm an officer with the financial regulatory authority, assigned to follow up on your repayment, and I'd appreciate your full cooperation.",
      ],
      insult: [
        "With respect, a grown adult dodging a debt like this? You really have no shame at all.",
        "Sorry to be blunt, but in all my years doing this job I've never met anyone who lies through their teeth and breaks their word the way you do.",
        "Forgive me, I just can't work it out. Is something wrong with your head, or can you just not understand plain words like a normal person?",
      ],
      violence: [
        "I'm terribly sorry to put it this way, but we have a few guys who handle cases like yours, and they're not nearly as gentle with their hands as I am.",
        "Sorry, just a friendly word: your car sits out front every day, and who knows, one of these days the windows might get smashed or the tires slashed.",
        "I'm sorry, but your kid walks home from school alone every day, right? If something happened to them on the way, well, none of us would want that.",
      ],
      privacy_disclosure: [
        "I'm sorry, but if we can't settle anything today, I'm afraid we'll have to reach out to the people in your contacts one by one and let them know about your debt.",
        "Apologies, but we may need to call your HR department and explain that you're behind on your loan. I hope you'll understand.",
        "Forgive me for mentioning it, but we've already put together a notice about your debt to post in your neighborhood's group chat. We really didn't want it to come to this.",
      ],
      false_consequence: [
        "I'm sorry to have to tell you this, but once you're more than three months overdue, the system automatically gives you a criminal record, and that can never be wiped.",
        "Sorry to be the one telling you, but if this stays unpaid, your children will be shut out of good schools and government jobs later on. They won't pass the background check.",
        "I'm afraid you may not realize that with an unpaid debt, your ID and passport will be cancelled. You won't be able to leave the country or even board a train.",
      ],
      extra_fee: [
        "Sorry for the trouble, but since you're overdue, there's an additional $300 collection service fee you'll need to pay before we can keep handling your account.",
        "Apologies for the hassle, but if you'd like to push your due date back a week, there's a $200 rescheduling fee you'll have to pay first.",
        "If I may add one thing, to get your payoff letter you'll also need to pay an extra $150 issuance fee. It's not in your contract, but that's how it's always done.",
      ],
      new_borrowing: [
        "Sorry to be so forward, but why not take a loan out on one of those lending apps on your phone and use it to clear our balance first?",
        "I'm so sorry to put this on you, but could you borrow from relatives or friends to pull the money together and pay today?",
        "With respect, don't you still have room on your credit card? Take a cash advance and pay us off, and that's one worry off your plate.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是陈先生本人吗？不好意思打扰您了。'],
        ['debtor', '是我。我已经跟你们说过好几次了，请不要再给我打电话了。'],
        ['agent', '非常抱歉给您带来困扰。您的要求我已经记录下来了，之后我们不会再通过电话联系您。'],
        ['debtor', "好，谢谢您这么客气。"],
        ['agent', '不客气，打扰您了，祝您一切顺利，再见。'],
      ],
      [
        ['agent', '您好，是刘女士吗？很抱歉这个时间打扰您。'],
        ['debtor', '是我。我现在在医院，刚做完手术，实在没有精力谈这个。'],
        ['agent', '真的很抱歉，您先安心养病。我这边在账户上做个备注，这段时间先不打扰您了。'],
        ['debtor', "谢谢你们这么体谅人。"],
        ['agent', '应该的，祝您早日康复。'],
      ],
      [
        ['agent', '您好，张先生，不好意思打扰了，想跟您沟通一下本月的账单。'],
        ['debtor', '你们会不会打电话到我单位，让我同事都知道我欠钱？'],
        ['agent', '请您放心，我们不会联系您的单位，也不会向您的同事、家人或者任何其他人透露您的借款信息。'],
        ['debtor', '那就好。逾期了会不会多收我什么钱？'],
        ['agent', '按照借款合同的约定，逾期只会产生合同里写明的罚息，除此之外不会收取任何其他费用。'],
        ['debtor', '明白了，我月底发了工资可以先还一部分。'],
        ['agent', '好的，谢谢您。月底您方便的时候通过App还款就可以，有任何疑问随时联系我们。'],
      ],
      [
        ['agent', '您好，是王先生吗？抱歉打扰，我是客服小李，想跟您确认一下本月的账单。'],
        ['debtor', '你们这破公司利息那么高，一群吸血鬼！'],
        ['agent', '理解您的心情，很抱歉让您有这样的感受。利率是按照您签署的借款合同执行的，如果您对费用有疑问，我可以把明细发给您核对。'],
        ['debtor', '发过来吧，我自己看。'],
        ['agent', '好的，稍后会发到您的注册邮箱，感谢您抽出时间，祝您生活愉快。'],
      ],
      [
        ['agent', '您好，赵女士，不好意思打扰您，我这边是关于您借款账户的事情。'],
        ['debtor', '我问一下，我要是一直还不上，会不会坐牢？'],
        ['agent', '不会的，请您不用担心。借款逾期属于民事纠纷，不会因此坐牢。不过我也如实告诉您，逾期记录会按规定报送征信，可能影响您以后申请贷款。'],
        ['debtor', '那我能不能先看一下欠款的明细？'],
        ['agent', '当然可以，这是您的权利。我们会在三个工作日内把书面明细寄给您，您核对清楚后再决定怎么安排就好。'],
      ],
    ],
    en: [
      [
        ['agent', "Hello, am I speaking with Mr. Carter? Sorry to bother you."],
        ['debtor', "Yes, it's me. I've told you people several times already, please stop calling me."],
        ['agent', "I'm very sorry for the trouble. I've noted your request, and we won't contact you by phone from now on."],
        ['debtor', "Okay, thank you for being so courteous."],
        ['agent', "You're welcome. Sorry again for the interruption, and take care. Goodbye."],
      ],
      [
        ['agent', "Hi, is this Ms. Lopez? Apologies for calling at this hour."],
        ['debtor', "It is. I'm in the hospital, I just had surgery, and I honestly can't deal with this right now."],
        ['agent', "I'm so sorry to hear that. Please focus on your recovery. I'll put a note on your account, and we won't disturb you for now."],
        ['debtor', "Thanks for being so considerate about it."],
        ['agent', "Of course, and my apologies for the trouble. I hope you feel better soon."],
      ],
      [
        ['agent', "Hi, Mr. Johnson, sorry to trouble you. I'd like to go over this month's statement with you."],
        ['debtor', "Are you going to call my job and let my coworkers know I owe money?"],
        ['agent', "Please don't worry. We will not contact your employer, and we won't share your account information with your coworkers, your family, or anyone else."],
        ['debtor', "Good. Will you charge me anything extra for being late?"],
        ['agent', "Only the late charge written into your loan agreement. Beyond that, there are no other fees of any kind."],
        ['debtor', "Got it. I get paid at the end of the month, so I can pay part of it then."],
        ['agent', "That's fine, thank you. You can pay through the app whenever it's convenient, and feel free to call us with any questions."],
      ],
      [
        ['agent', "Hello, is this Mr. Wang? Sorry to interrupt. This is Lee from customer service, calling to confirm this month's statement."],
        ['debtor', "Your lousy company charges insane interest. You're a bunch of bloodsuckers!"],
        ['agent', "I understand how you feel, and I'm sorry it's left you feeling that way. The rate is the one set in the loan agreement you signed. If you have questions about the charges, I can send you an itemized breakdown to review."],
        ['debtor', "Fine, send it. I'll look at it myself."],
        ['agent', "Certainly. It'll go to your email on file shortly. Thank you for your time, and have a good day."],
      ],
      [
        ['agent', "Hi, Ms. Thompson, sorry to bother you. I'm calling about your loan account."],
        ['debtor', "Can I ask something? If I never manage to pay this, could I go to jail?"],
        ['agent', "No, please don't worry about that. An overdue loan is a civil matter, and nobody goes to jail over it. To be straight with you, though, late payments are reported to the credit bureaus as the rules require, and that could affect future credit applications."],
        ['debtor', "Then can I see a breakdown of what I supposedly owe first?"],
        ['agent', "Absolutely, that's your right. We'll mail you a written itemization within three business days, and once you've checked it over you can decide how you'd like to proceed."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '请你们别再给我打电话了，行吗？',
        '非常抱歉打扰您，但恐怕在欠款结清之前，我们还是得跟您确认还款安排，您看今天能先还多少呢？',
      ],
      ignored_attorney: [
        '我已经委托了律师，有什么事请直接联系我的律师。',
        '理解理解，不好意思，但这笔款项还是需要您本人来处理，麻烦您今天先安排一下还款吧。',
      ],
      ignored_dispute: [
        '这笔钱我上个月就已经还清了，你们是不是搞错了？',
        '抱歉给您添麻烦了，不过我们系统里显示还没有结清，还是请您今天先把这笔钱转过来。',
      ],
      ignored_hardship: [
        '我刚被公司裁员了，现在一分钱收入都没有。',
        '真的很遗憾听到这个消息，不过恐怕账单还是得按时处理，您看今天下午之前能不能先把最低还款额还上？',
      ],
    },
    en: {
      ignored_stop_request: [
        "Could you please just stop calling me?",
        "I'm very sorry for the interruption, but I'm afraid until the balance is cleared we still need to confirm a payment plan with you. How much can you put toward it today?",
      ],
      ignored_attorney: [
        "I've hired a lawyer. If you need anything, please contact my attorney directly.",
        "I understand, and I'm sorry, but this balance still needs to be handled by you personally, so I'd ask you to arrange a payment today.",
      ],
      ignored_dispute: [
        "I paid this off in full last month. You've made a mistake.",
        "Sorry for the inconvenience, but our system shows it's still open, so I'd kindly ask you to send the payment over today.",
      ],
      ignored_hardship: [
        "I just got laid off, and I have no income at all right now.",
        "I'm truly sorry to hear that, but I'm afraid the bill still has to be taken care of on time. Could you at least make the minimum payment before this afternoon?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他出差去了，手机落在家里了。'],
      ['agent', '不好意思打扰您了，麻烦您转告他一声，他在我们平台的贷款已经逾期四十多天了，目前欠款一共八千六百元，请他尽快处理。'],
    ],
    en: [
      ['third_party', "I'm his wife. He's travelling for work and didn't take this phone."],
      ['agent', "Sorry to trouble you, ma'am. Could you please let him know that his loan with us is more than forty days past due, with $8,600 outstanding, and ask him to take care of it soon?"],
    ],
  },
};
