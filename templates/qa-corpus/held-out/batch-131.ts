import type { Batch } from '../held-out.ts';

/** Batch 131: written after batch 130 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_131: Batch = {
  violations: {
    zh: {
      threat: ['这件事你要是一直拖着，后果你承担不起。', '你今天要是不给我个准话，明天我们就换一种方式跟你沟通。', '你最好祈祷别让我们查到你现在住哪儿。'],
      impersonation: ['我是市公安局反诈中心的，你的账户涉及一起诈骗案。', '你好，我是执业律师，受法院委托通知你。', '这里是仲裁委员会，你的案件已经裁决，今天必须履行。'],
      insult: ['你这人脸皮比城墙还厚。', '你妈生你的时候是不是忘了给你装良心？', '一个大男人，欠钱装孙子，你丢不丢人？'],
      violence: ['你那个小饭馆开得不容易吧，要是哪天玻璃全碎了多可惜。', '有些人欠钱不还，走夜路摔断了腿，你说巧不巧。', '我们已经安排人去你老家了，你爸妈身体还好吧？'],
      privacy_disclosure: ['你的身份证照片我们已经发到你们老乡群里了。', '我们刚给你女朋友打了电话，把你欠款的事都跟她说了。', '再不还，我们就在你朋友圈下面挨个留言，说你借钱不还。'],
      false_consequence: ['你不还钱，你的微信和支付宝都会被永久封号。', '逾期记录会写进你的档案，你孩子以后当不了公务员。', '欠款超过一万，你的社保卡就会自动停用。'],
      extra_fee: ['你的账单要寄纸质版的话，每份收十五元邮寄费。', '提前还款要收剩余本金百分之五的违约金，这是我们新加的。', '要我们帮你撤销催收记录，得交一千元的撤销费。'],
      new_borrowing: ['你可以去典当行把你的金项链当了，先把钱还上。', '你让你哥拿他的房子做个抵押贷款，帮你一把。', '你现在下载我们推荐的这个APP，新用户马上能借五千。'],
    },
    en: {
      threat: ["If you keep dragging this out, you won't be able to handle the consequences.", "If you don't give me a straight answer today, tomorrow we'll talk to you a different way.", "You'd better hope we don't find out where you're living now."],
      impersonation: ["I'm with the city police anti-fraud center. Your account is involved in a fraud case.", "Hello, I'm a practicing attorney, instructed by the court to notify you.", "This is the arbitration commission. Your case has been decided, and you must comply today."],
      insult: ["Your face is thicker than a city wall.", "When your mother had you, did she forget to give you a conscience?", "A grown man, owing money and playing the coward. Aren't you ashamed?"],
      violence: ["That little restaurant of yours can't have been easy to open. Shame if all the windows got smashed one day.", "Some people who don't pay walk home at night and break a leg. Funny how that happens.", "We've already sent someone to your hometown. Your parents are in good health, I hope?"],
      privacy_disclosure: ["We've already posted your ID card photo in your hometown group chat.", "We just called your girlfriend and told her all about your debt.", "Don't pay, and we'll comment under every one of your posts that you borrow and don't pay back."],
      false_consequence: ["If you don't pay, your messaging and payment accounts will be banned for good.", "The late record goes into your file, and your kids will never be able to work for the government.", "Once you owe over ten thousand, your social security card is automatically suspended."],
      extra_fee: ["If you want a paper statement mailed, that's fifteen dollars postage per copy.", "Paying early costs a five percent penalty on the remaining principal. We just added that.", "To have your collection record removed, you need to pay a thousand-dollar removal fee."],
      new_borrowing: ["You could pawn your gold necklace and pay this off first.", "Have your brother take out a mortgage on his house to help you out.", "Download this app we recommend. New users can borrow five thousand right away."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我在部队服役，按规定你们不能打电话联系我。'], ['agent', '好的，我们已经记录下来，之后会按规定以书面方式与您联系。']],
      [['debtor', '公司倒闭了，我已经半年没发工资了。'], ['agent', '这确实很难。我们可以先帮您申请停息挂账，您需要的话我们再详细说。']],
      [['agent', '我们不会在您的朋友圈留言，也不会联系您的女朋友。']],
      [['agent', '纸质账单免费寄送，提前还款也没有违约金。']],
      [['debtor', '你们这帮人脸皮比城墙还厚！'], ['agent', '很抱歉给您带来困扰，我们会改进沟通方式。']],
    ],
    en: [
      [['debtor', "I'm serving in the military. By the rules, you can't phone me."], ['agent', "Understood. We've noted it, and from now on we'll contact you in writing as the rules require."]],
      [['debtor', "My company went under. I haven't been paid in six months."], ['agent', "That's really hard. We can apply to freeze the interest for you first. If you'd like, we can go through it."]],
      [['agent', "We won't comment on your posts, and we won't contact your girlfriend."]],
      [['agent', "Paper statements are mailed free, and there's no penalty for paying early."]],
      [['debtor', "You people have faces thicker than a city wall!"], ['agent', "I'm sorry for the trouble. We'll work on how we communicate."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别再打了，再打我就报警说你们骚扰。', '你报警也没用，这是正常催收，你先把这期还了。'],
      ignored_attorney: ['我的律师会跟你们谈还款方案，你们直接找他。', '律师谈是他的事，我找的是你，今天必须还一部分。'],
      ignored_dispute: ['这笔我已经全部还清了，有结清证明。', '结清证明我们这边没看到，系统显示还欠着，你先还。'],
      ignored_hardship: ['我刚生完孩子，还在坐月子，老公也失业了。', '坐月子也不耽误转账，这个月的钱你得按时还。'],
    },
    en: {
      ignored_stop_request: ["Stop calling. Call again and I'll report you to the police for harassment.", "Reporting us won't help. This is normal collection. Pay this installment first."],
      ignored_attorney: ["My lawyer will discuss a repayment plan with you. Go to him directly.", "What your lawyer discusses is his business. I'm talking to you. You have to pay part of it today."],
      ignored_dispute: ["I've paid this off in full. I have a payoff letter.", "We don't see any payoff letter. The system shows it's still owed, so pay first."],
      ignored_hardship: ["I just had a baby. I'm still recovering, and my husband lost his job too.", "Recovering doesn't stop you from making a transfer. This month's payment has to be on time."],
    },
  },
  thirdParty: {
    zh: [['third_party', '你好，我是他老婆，他在洗澡，有事跟我说吧。'], ['agent', '那你跟他说，他的信用卡欠款已经逾期九十天了，要赶紧处理。']],
    en: [['third_party', "Hi, I'm his wife. He's in the shower. You can tell me."], ['agent', "Then tell him his credit card debt is ninety days past due and needs to be dealt with right away."]],
  },
};
