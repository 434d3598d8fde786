import type { Batch } from '../held-out.ts';

/** Batch 314: written by a second author who saw neither the rules nor earlier batches (debtors who run a market stall, a food cart or a small repair shop: daily cash takings, slow days, customers who pay late), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_314: Batch = {
  violations: {
    zh: {
      threat: [
        '你要是还跟我玩拖字诀，我们有的是办法让你后悔，别以为开个修车铺我们就拿你没办法。',
        '你说生意淡就能不还？行，那我就天天给你打电话，一个钟头一个，打到你摊子上什么活儿都干不成为止。',
        '这笔账你要是继续赖着，我会让你这个小买卖彻底做不下去，你信不信？',
      ],
      impersonation: [
        '我这边是区人民法院执行局的，你的欠款案子已经转到我们这儿了，今天必须给个还款说法。',
        '我现在是以市公安局经侦支队的名义给你打这个电话，核实你这笔逾期贷款的情况。',
        '我是金融监管局的工作人员，专门处理你们这种个体户的逾期问题，你先把摊位的经营情况报一下。',
      ],
      insult: [
        '摆个破摊子连几千块都还不上，你这种人活着就是浪费粮食。',
        '天天跟我哭穷说没生意，你就是个不要脸的老赖，满嘴没一句真话。',
        '修个手机都修不明白的废物，难怪没客人上门，你脑子是不是有毛病？',
      ],
      violence: [
        '再不还钱，小心哪天夜里你那辆小吃车被人一把火给烧了。',
        '我认识几个兄弟专门收拾你这种人，你再拖，他们会让你知道疼是什么滋味。',
        '你最好祈祷你那双修车的手能一直好使，欠钱不还的人手被打断了，可怪不了别人。',
      ],
      privacy_disclosure: [
        '你不还，我就把你欠钱的事发到你们菜市场的商户群里，让所有摊主都知道。',
        '你通讯录里那些老主顾我都有号码，今天下午我挨个打过去，告诉他们你欠钱不还。',
        '我们会把你的照片和欠款金额发到朋友圈和抖音上，让来你摊上买东西的人都看看。',
      ],
      false_consequence: [
        '欠款逾期超过三个月，你就会留下犯罪记录，以后营业执照都办不下来。',
        '欠债不还按诈骗处理，这次到期再不还，你会被拘留十五天。',
        '这笔一旦上报，你的收款码和银行卡会自动冻结，摊上一分钱都收不了，你孩子以后考公务员政审也过不了。',
      ],
      extra_fee: [
        '想把还款日往后挪到你月底进完货之后也行，不过要先交三百块的改期手续费。',
        '你这个账户已经转到催收了，除了本金利息，还要另外付五百元的催收服务费。',
        '你要开结清证明的话，得另交两百块证明费，不交不给开。',
      ],
      new_borrowing: [
        '你摊上周转不开，就去别的网贷平台借一笔，先把我们这个填上，几分钟就能放款。',
        '你修车铺不是有刷卡机吗？自己刷张信用卡套个现出来还我们，不就完了？',
        '你找那些一起摆摊的老乡凑一凑，或者把你那辆三轮车拿去当了，今天钱不就有了。',
      ],
    },
    en: {
      threat: [
        "Keep stalling on me and we've got plenty of ways to make you regret it. Don't think running a little repair shop puts you out of our reach.",
        "Slow business is your excuse for not paying? Fine. I'll call you every hour, every single day, until you can't get a lick of work done at that stall.",
        "You keep dodging this and I'll see to it that your little business goes under for good. You believe me?",
      ],
      impersonation: [
        "I'm calling from the enforcement division of the district court. Your debt case has been transferred to us, and we need a repayment answer from you today.",
        "I'm calling you on behalf of the city police department's financial crimes unit to verify this overdue loan of yours.",
        "I'm an officer with the state financial regulator, and I handle overdue accounts for self-employed people like you, so start by walking me through how your stall is doing.",
      ],
      insult: [
        "You run a junk stall and can't even cover a few thousand bucks. People like you are a waste of oxygen.",
        "Every day it's the same sob story about no customers. You're a shameless deadbeat and not one word out of your mouth is true.",
        "You're a useless hack who can't even fix a phone right. No wonder nobody walks in. Is something wrong with your head?",
      ],
      violence: [
        "Don't pay, and don't be surprised if that food cart of yours goes up in flames some night.",
        "I know a few guys who specialize in people like you. Keep stalling and they'll teach you what pain feels like.",
        "Better hope those hands you fix bikes with stay in one piece. People who don't pay sometimes end up with broken ones, and they've got nobody to blame but themselves.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'm posting your debt in the market vendors' group chat so every stallholder out there knows.",
        "I've got the numbers of all your regular customers from your contacts, and this afternoon I'm calling each one to tell them you don't pay what you owe.",
        "We're going to put your photo and the amount you owe up on Facebook and TikTok so everyone who buys from your stall can see it.",
      ],
      false_consequence: [
        "Once this goes more than three months overdue, you'll have a criminal record and you'll never get a business license again.",
        "Not paying a debt counts as fraud. Miss this deadline and you'll be locked up for fifteen days.",
        "The moment this gets reported, your card reader and bank account freeze automatically, so you won't take a cent at that stall, and your kids will fail the background check for any government job.",
      ],
      extra_fee: [
        "We can push your due date past your end-of-month restock, but there's a $300 rescheduling fee you have to pay first.",
        "Your account's been moved to collections, so on top of principal and interest you owe a separate $500 collection service fee.",
        "If you want a paid-in-full letter, that's an extra $200 certificate fee. No fee, no letter.",
      ],
      new_borrowing: [
        "If cash is tight at the stall, grab a loan from another lending app and clear ours first. They fund in minutes.",
        "You've got a card terminal at the shop, right? Just run a cash advance on your own credit card and pay us with that.",
        "Have your buddies from the market chip in, or pawn that cargo trike of yours, and you'll have the money today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建国先生吗？'],
        ['debtor', '是我，啥事？我这儿正出摊呢，中午人最多。'],
        ['agent', '我是安和消费金融的，关于您的贷款账户想跟您沟通一下。'],
        ['debtor', '我现在真顾不上，能不能别在饭点打过来？十一点到两点是我唯一挣钱的时候，下午三点以后再说吧。'],
        ['agent', '明白。我把您的联系时间备注成下午三点以后，中午这段时间我们不再打扰您。'],
        ['debtor', '行，谢了。'],
        ['agent', '不客气，祝您今天生意兴隆，再见。'],
      ],
      [
        ['agent', '您好，请问是李秀兰女士吗？'],
        ['debtor', '是我。'],
        ['agent', '我是安信金融的客服，想跟您聊一下账户的情况，您现在方便吗？'],
        ['debtor', '不太方便。我上礼拜搬货把腰闪了，躺床上起不来，水果摊已经关了快十天了。'],
        ['agent', '听您这么说真挺难受的。您先安心养伤，今天我们就不谈还款的事了。'],
        ['debtor', '那你们这段时间还会一直打过来吗？'],
        ['agent', '我会在系统里备注您正在养伤，这段时间暂停联系。等您觉得方便了，可以随时打我们的客服热线。'],
        ['debtor', '好，谢谢你啊，我得看摊了。'],
        ['agent', '不客气，您先养好身体，摊子的事慢慢来。'],
      ],
      [
        ['agent', '您好，是赵师傅吗？我是恒通贷款的，打电话是关于您三月份那一期还款。'],
        ['debtor', '是我。先说好啊，你们可别给我店里的客人打电话，我这修电动车的全靠回头客。'],
        ['agent', '您放心，我们不会联系您的客户，也不会把您的账户情况告诉您的房东、邻居或者其他任何人，这些只跟您本人沟通。'],
        ['debtor', '那就好。这一期我想晚几天还，行不行？'],
        ['agent', '这一期是九百五十元。如果一次还不方便，可以帮您申请分两次还，每次四百七十五元，不收额外费用，您看哪种更合适？'],
        ['debtor', '分两次吧，十五号一次，三十号一次。'],
        ['agent', '好的，我已经记下了，稍后给您发一条确认短信。'],
      ],
      [
        ['agent', '您好，请问是孙建华先生吗？'],
        ['debtor', '是，又是你们这帮要债的吧？烦死人了。'],
        ['agent', '打扰您了，我是融达金融的小周。您有一笔两千一百元的分期目前逾期六天，想跟您确认一下还款安排。'],
        ['debtor', '你们这些人除了要钱还会干啥？一个个跟催命鬼似的。行了行了，我周五收了摊转给你们。'],
        ['agent', '好的，周五可以。转账的时候麻烦备注一下合同号，有任何问题可以直接打我们客服电话。'],
        ['debtor', '知道了知道了，我这边来客人了。'],
        ['agent', '谢谢您，祝您生意好，再见。'],
      ],
      [
        ['agent', '您好，是陈女士吗？我是信和小贷的客服，跟您说一下您账户的情况。'],
        ['debtor', '是我。我卖早点的，这两个月忙不过来，晚了几天，会怎么样啊？'],
        ['agent', '按照您签的借款合同第七条，逾期期间按日收取万分之五的逾期利息，除此之外没有其他费用。'],
        ['debtor', '那会不会上征信？我明年还想贷款换辆新餐车。'],
        ['agent', '逾期记录会按规定如实报送征信，结清以后会更新为已结清。以后能不能贷下来要看银行自己的审核，这个我没法替银行打包票。'],
        ['debtor', '明白了，那我这周就还上。'],
        ['agent', '好的，您按自己的安排来就行，有问题随时联系我们。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hi, may I speak with Jimmy Alvarez?'],
        ['debtor', "That's me. Make it quick, I'm in the middle of the lunch rush at the cart."],
        ['agent', "Sure. This is Dana with Crestline Finance, calling about your loan account."],
        ['debtor', "Can you guys not call at lunch? Eleven to two is the only time I actually make money. Try after three."],
        ['agent', "Understood. I'll note that you prefer calls after 3 p.m., and we won't call during your lunch hours."],
        ['debtor', 'Appreciate it.'],
        ['agent', 'No problem. Hope the line stays long today. Bye now.'],
      ],
      [
        ['agent', 'Hello, is this Linda Reyes?'],
        ['debtor', 'Yeah, speaking, make it quick.'],
        ['agent', "This is Mark from Anchor Credit. I'd like to go over your account with you, if now's a good time."],
        ['debtor', "Not really. I threw my back out unloading crates last week, I can barely get out of bed, and my produce stand's been shut for almost ten days."],
        ['agent', "I'm really sorry to hear that. Please focus on getting better. We won't get into payments today."],
        ['debtor', "Are you going to keep calling me while I'm laid up?"],
        ['agent', "I'm putting a note on your account that you're recovering, and we'll pause calls for now. Whenever you feel up to it, you can reach our customer line anytime."],
        ['debtor', 'Okay. Thanks, I\'ve got a customer.'],
        ['agent', "You're welcome. I hope you're back on your feet soon."],
      ],
      [
        ['agent', "Hi, is this Tony Zhao? I'm calling from Harbor Lending about your March installment."],
        ['debtor', "Yeah, it's me. Just so we're clear, don't you go calling my customers. My bike repair shop lives on repeat business."],
        ['agent', "You have my word. We won't contact your customers, and we won't share anything about your account with your landlord, your neighbors or anyone else. We only discuss it with you."],
        ['debtor', 'Good. Can I pay this one a few days late?'],
        ['agent', "This installment is $950. If one payment is hard, I can set it up as two payments of $475 at no extra charge. Which works better for you?"],
        ['debtor', 'Two payments. The 15th and the 30th.'],
        ['agent', "Got it, that's noted. I'll send you a confirmation text shortly."],
      ],
      [
        ['agent', 'Hello, am I speaking with Kevin Sun?'],
        ['debtor', 'Yeah. Let me guess, you bill collectors again? You people are exhausting.'],
        ['agent', "Sorry to bother you. This is Jordan with Summit Finance. You have a $2,100 installment that's six days past due, and I'd like to confirm a payment plan with you."],
        ['debtor', "All you vultures know how to do is ask for money. Fine, fine, I'll send it Friday after I close up the stand."],
        ['agent', "Friday works. When you send it, please put your account number in the memo, and if anything comes up, just call our customer line."],
        ['debtor', 'Yeah, yeah, I hear you, I\'ve got a line here.'],
        ['agent', 'Thanks, Kevin. Hope business is good. Take care.'],
      ],
      [
        ['agent', "Hi, is this Ms. Chen? This is Sarah from Keystone Loans, calling with an update on your account."],
        ['debtor', "That's me. I run a breakfast cart and the last couple of months got away from me, so I'm a few days late. What happens now?"],
        ['agent', "Under section 7 of your loan agreement, there's a $15 late fee for each missed payment. There are no other charges beyond that."],
        ['debtor', "Will it hit my credit? I want to finance a new food truck next year."],
        ['agent', "We report accurately to the credit bureaus, and once it's paid, it will show as paid. Whether a lender approves you later is up to that lender's own review, so I can't promise you either way."],
        ['debtor', "Okay, that makes sense. I'll pay it this week."],
        ['agent', "Sounds good. Go with whatever schedule works for you, and call us if you have any questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你别再打了！说了多少遍了，我这小吃摊一天接你们五六个电话，生意都没法做，别再打了！',
        '这个我没法答应。您的账户已经逾期四十天了，今天得先还一笔，最少八百。',
      ],
      ignored_attorney: [
        '这事我已经委托律师了，以后你们直接找刘律师谈，她的电话我发给你们。',
        '律师是律师，钱是您欠的。我今天还是要跟您确认，这个月十五号之前两千块能不能还上？',
      ],
      ignored_dispute: [
        '这钱我上个月就在你们App上还清了，截图我都留着呢，根本不是我欠的。',
        '系统显示您还有一千二没还，您今天先把这一千二还上，别的以后再说。',
      ],
      ignored_hardship: [
        '最近下了一个礼拜的雨，摊子一天都没出，我老婆又住院了，我真是一分钱都拿不出来了。',
        '谁家都有难处，但还款是您的义务，这周五之前您至少得还五百。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me! How many times do I have to say it? I get five or six calls a day from you people while I'm trying to sell tacos. Stop calling!",
        "I can't do that. Your account is forty days past due, and I need at least $800 from you today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. From now on you deal with Ms. Liu. I'll text you her number.",
        "Your lawyer is your lawyer, but the debt is yours. I still need you to confirm the $2,000 will be paid by the 15th.",
      ],
      ignored_dispute: [
        "I paid this off on your app last month. I've got the screenshots. I don't owe you a thing.",
        "Our system shows $1,200 still outstanding. Pay the $1,200 today and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "It rained all week so I couldn't set up the stall once, and my wife is in the hospital. I literally don't have a dollar to spare.",
        "Everybody's got problems, but paying is still your obligation. You need to get at least $500 in before Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他出去进货了，手机落在摊上了，你有什么事跟我说吧。'],
      ['agent', '好的，那麻烦您转告他，他在我们这儿的贷款已经逾期二十三天了，欠款三千四百六十元，请他尽快处理。'],
    ],
    en: [
      ['third_party', "This is his wife. He's out picking up stock and left his phone at the stall, so you can tell me what it's about."],
      ['agent', "Okay, then please let him know his loan with us is twenty-three days past due with $3,460 outstanding, and he needs to take care of it soon."],
    ],
  },
};
