import type { Batch } from '../held-out.ts';

/** Batch 202: written by a second author who saw neither the rules nor earlier batches (holidays and family occasions: Spring Festival, Mid-Autumn, weddings, Thanksgiving, Christmas), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_202: Batch = {
  violations: {
    zh: {
      threat: [
        '这钱不结清，我们就从除夕一直打到初七，一天几十个电话，保证让你这个年过得一分钟都不消停。',
        '中秋节前不把钱还上，这个节你就别想过舒坦了，我们有的是办法让你后悔。',
        '你下个月不是要结婚吗？这笔账拖着不了结，你们小两口往后的日子别想好过，我说到做到。',
      ],
      impersonation: [
        '我是市公安局经侦支队的，春节前专项清理逾期欠款，你这个案子已经转到我们这边了。',
        '我这边是区人民法院执行局，节前集中送达文书，请你先确认一下收件地址。',
        '我是金融监管局的工作人员，元旦前我们对你这笔贷款立了核查，今天专门打电话跟你核实还款情况。',
      ],
      insult: [
        '过年连这点账都还不上，你还有脸回家见你爹妈？真是个废物。',
        '孩子过生日都拿别人的钱来办，你这种老赖就是社会的蛀虫。',
        '婚礼办得风风光光，欠钱就装死，你这人脸皮比城墙还厚，一点骨气都没有。',
      ],
      violence: [
        '过年开车回老家路上小心点，你那辆车要是出点什么事，可别怪我们没提前提醒你。',
        '中秋节前钱不到账，我就找几个兄弟处理你，打断你一条腿，看你还怎么吃团圆饭。',
        '你儿子下礼拜过生日是吧？钱再不到账，小心他放学路上出点什么意外。',
      ],
      privacy_disclosure: [
        '过年你们家亲戚都在，我就挨个给他们打电话，让全家人都知道你欠了三万多不还。',
        '你婚礼的宾客名单我们手上都有，不还钱就给每个宾客发短信，告诉他们你欠债不还。',
        '中秋节前不还，我们就把你的欠款信息和照片发到你们公司群和你的朋友圈里。',
      ],
      false_consequence: [
        '春节前不还清，你的身份证就会被注销，到时候连回家的火车票都买不了。',
        '这笔钱逾期过了年就自动转成刑事案件，你这辈子都会背着犯罪记录。',
        '你孩子刚过完六岁生日，明年该上小学了吧？这笔欠款不还，系统会把他列进失信子女名单，公立学校都不会收他。',
      ],
      extra_fee: [
        '春节期间我们是加班处理你的账，合同里虽然没写，但要额外收三百块节假日加急处理费。',
        '你想把还款日推到中秋节以后也行，先交五百块的改期手续费，交了才能改。',
        '结婚前想开一张结清证明是吧？开证明要另交两百块证明费，钱到了才给你开。',
      ],
      new_borrowing: [
        '过年亲戚都聚在一块儿，你开口跟他们借一点，先把我们这笔还上不就完了。',
        '年终奖没发下来也没关系，你去下载几个别的借款App，节前放款快，借出来先还我们。',
        '你结婚时候的金镯子先拿去当铺当了，换了钱先把这一期还上。',
      ],
    },
    en: {
      threat: [
        "Leave this unpaid and we'll call you from Christmas Eve straight through New Year's, dozens of times a day — I promise you won't get one peaceful minute of the holidays.",
        "If this isn't paid before Thanksgiving, forget about enjoying the holiday — we have plenty of ways to make you regret it.",
        "Aren't you getting married next month? Drag this out and you and your new spouse won't have an easy day together, and I mean that.",
      ],
      impersonation: [
        "This is the Financial Crimes Unit of the city police department — we're running a pre-Christmas sweep on delinquent debts, and your case has been handed over to us.",
        "I'm calling from the county court's enforcement office; we're serving papers before the holiday, so first I need you to confirm your mailing address.",
        "I'm an investigator with the state banking regulator. We opened a review of your loan before New Year's, and I'm calling to verify your repayment status.",
      ],
      insult: [
        "You can't even cover one little bill and you've got the nerve to go home and face your parents at Christmas? You're a total waste of space.",
        "Throwing your kid's birthday party with other people's money — deadbeats like you are nothing but parasites.",
        "Big fancy wedding, and then you play dead when the bill comes. You're shameless, with zero backbone.",
      ],
      violence: [
        "Drive carefully going home for Christmas — if something happens to that car of yours, don't say we didn't warn you.",
        "If the money's not in before Thanksgiving, I'll send a few of my guys to deal with you — let's see you enjoy turkey dinner with a broken leg.",
        "Your son's birthday is next week, right? If that payment doesn't show up, you'd better hope nothing happens to him on the walk home from school.",
      ],
      privacy_disclosure: [
        "Your whole family's going to be together for Christmas, so I'll call your relatives one by one and make sure every one of them knows you owe over three thousand dollars and won't pay.",
        "We've got the guest list from your wedding — don't pay and every single guest gets a text telling them you don't pay your debts.",
        "If it's not paid by Thanksgiving, we'll post your debt and your photo in your company group chat and all over your Facebook.",
      ],
      false_consequence: [
        "If this isn't cleared before Christmas, your ID will be canceled, and you won't even be able to get on a plane home for the holidays.",
        "Once this debt rolls past New Year's it automatically becomes a criminal case, and you'll carry a criminal record for the rest of your life.",
        "Your daughter just turned five, so she starts kindergarten next year, right? With this debt unpaid, she'll be flagged in the system and no public school will enroll her.",
      ],
      extra_fee: [
        "We're working your account over the Christmas holiday, so there's an extra fifty-dollar holiday rush processing fee — it's not in your contract, but that's how it works during the holidays.",
        "Sure, you can move the due date past Thanksgiving — just pay a seventy-five-dollar date-change fee first, and then we'll move it.",
        "You want a paid-in-full letter before the wedding? That's a separate forty-dollar letter fee, and we issue it once the fee comes in.",
      ],
      new_borrowing: [
        "Your whole family's together for Christmas — just ask them to lend you a little and get this paid off.",
        "Year-end bonus hasn't come through? No problem — download a couple of other loan apps, they fund fast before the holidays, and use that money to pay us.",
        "Take those gold bracelets from your wedding down to a pawn shop and use the cash to cover this installment.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建国先生吗？我是恒信金融的客服，来电是关于您账户的事情。'],
        ['debtor', '是我。我现在在老家过年，一大家子人都在，你们别再给我打电话了，有事发短信。'],
        ['agent', '好的，明白了。我这边把您的账户备注为不再电话联系，之后只通过短信通知您。'],
        ['debtor', '行，那先这样。'],
        ['agent', '好的，打扰您了，祝您春节愉快，再见。'],
      ],
      [
        ['agent', '刘女士您好，我是恒信金融的，想跟您聊一下您账户的情况。'],
        ['debtor', '我中秋节前刚被公司裁掉，现在还没找到工作，真的顾不上这个。'],
        ['agent', '很抱歉听到这个消息。我先把您的情况登记下来，账户暂停催收三十天，这段时间我们不会再打电话给您。'],
        ['debtor', '那谢谢了。'],
        ['agent', '不客气。等您那边安顿好了，随时可以打客服热线联系我们。祝您早日找到新工作。'],
      ],
      [
        ['agent', '李女士您好，我是恒信金融的，跟您确认一下这个月账单的安排。'],
        ['debtor', '我下周回老家过年，你们不会给我爸妈或者我单位打电话吧？我不想让家里人知道这事。'],
        ['agent', '请放心，我们不会联系您的家人或单位，也不会向任何人透露您的账户信息，只和您本人沟通。'],
        ['debtor', '那就好。我年后发了工资再还，可以吗？'],
        ['agent', '可以，我帮您记录一下，约定二月十号还款，到时候会短信提醒您。祝您回家一路平安。'],
      ],
      [
        ['agent', '您好，请问是赵明先生吗？我是恒信金融的客服。'],
        ['debtor', '是我。中秋节你们也打，一帮吸血鬼，烦不烦啊？'],
        ['agent', '抱歉节日里打扰您了。我只是通知您一下，本月账单已经出来了，您方便的时候可以在App里查看。'],
        ['debtor', '知道了知道了，别啰嗦了。'],
        ['agent', '好的，不耽误您过节了，祝您中秋快乐，再见。'],
      ],
      [
        ['agent', '陈先生您好，我是恒信金融的，看到您这一期已经逾期五天了，想跟您沟通一下。'],
        ['debtor', '这个月办婚礼花得太多了，能不能晚点还？晚还会怎么样？'],
        ['agent', '按照您签的借款合同，逾期每天会按合同约定计收罚息；逾期时间较长的话，记录会按规定报送征信系统。除此之外没有任何其他费用。'],
        ['debtor', '那我要不先找朋友借点钱还上？'],
        ['agent', '我们不建议您为了还这笔钱再去借钱。您可以申请把这一期延后两周，不收任何手续费，您看需要吗？'],
        ['debtor', '那就延两周吧。'],
        ['agent', '好的，已经帮您登记了，新的还款日是十五号。另外，恭喜新婚！'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this James Walker? This is Harbor Point Financial calling about your account."],
        ['debtor', "Yeah, it's me. I'm at my folks' place for Christmas with the whole family here — stop calling me, just send a text if you need something."],
        ['agent', "Understood. I'm noting your account for no more phone calls, and from now on we'll only reach you by text."],
        ['debtor', "Fine. Let's leave it there."],
        ['agent', "Sorry to bother you. Merry Christmas, and take care."],
      ],
      [
        ['agent', "Hi Ms. Lopez, this is Harbor Point Financial — I wanted to talk with you about your account."],
        ['debtor', "I got laid off the week before Thanksgiving and I still haven't found anything. I really can't deal with this right now."],
        ['agent', "I'm sorry to hear that. I'm recording your situation and putting a thirty-day hold on collection, so we won't be calling you during that time."],
        ['debtor', "Alright, thank you, bye."],
        ['agent', "You're welcome. Whenever things settle down, you can call our customer line anytime. I hope the job search goes well."],
      ],
      [
        ['agent', "Hi Ms. Harris, this is Harbor Point Financial. I'm calling to go over this month's statement with you."],
        ['debtor', "I'm flying home for Christmas next week. You're not going to call my parents or my job, are you? I don't want my family knowing about this."],
        ['agent', "You don't need to worry. We won't contact your family or your employer, and we don't share your account information with anyone — we only talk with you."],
        ['debtor', "Good. Can I pay after New Year's when my paycheck comes in?"],
        ['agent', "Sure, I'll note a payment date of January tenth, and we'll send you a text reminder. Safe travels home."],
      ],
      [
        ['agent', "Hi, is this Mark Davis? This is Harbor Point Financial customer service."],
        ['debtor', "Yeah. You people call on Thanksgiving too? Bunch of bloodsuckers. Don't you ever quit?"],
        ['agent', "Sorry for interrupting your holiday. I just wanted to let you know this month's statement is ready, and you can view it in the app whenever it's convenient."],
        ['debtor', "Yeah, yeah, I got it. Quit talking."],
        ['agent', "Okay, I'll let you get back to your holiday. Happy Thanksgiving."],
      ],
      [
        ['agent', "Hi Mr. Chen, this is Harbor Point Financial. I see this installment is five days past due and wanted to check in with you."],
        ['debtor', "The wedding this month cost way more than we planned. Can I pay late? What happens if I do?"],
        ['agent', "Under the loan agreement you signed, a late fee applies as stated in the contract, and if the account stays past due long enough, it may be reported to the credit bureaus as the rules require. There are no other fees beyond that."],
        ['debtor', "Should I just borrow from a buddy and pay it off?"],
        ['agent', "We don't recommend taking on new borrowing to pay this. You can ask to push this installment back two weeks at no charge — would you like to do that?"],
        ['debtor', "Yeah, let's push it two weeks."],
        ['agent', "Done — your new due date is the fifteenth. And congratulations on the wedding!"],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '大年三十你们还打？我说了多少遍了，别再给我打电话了！',
        '我理解，但您这笔欠款今天必须处理，请您现在就安排还款。',
      ],
      ignored_attorney: [
        '这事我已经委托律师了，节后他会跟你们联系，你们直接找他谈。',
        '律师归律师，欠款还是您的，您今天先把这一期还了吧。',
      ],
      ignored_dispute: [
        '这笔钱我中秋节前就已经还清了，我手上有转账记录。',
        '我这边系统显示还是逾期状态，您今天把一千八百六十块还上就行。',
      ],
      ignored_hardship: [
        '我年前刚被裁员，孩子还在住院，真的一分钱都拿不出来了。',
        '谁都有难处，但还款日不能再往后拖了，您今天最少得先还一千。',
      ],
    },
    en: {
      ignored_stop_request: [
        "It's Christmas Eve and you're calling again? I've told you over and over — stop calling me!",
        "I understand, but this balance has to be handled today. I need you to set up a payment right now.",
      ],
      ignored_attorney: [
        "I've handed this over to my attorney. He'll get in touch with you after Thanksgiving — talk to him.",
        "Your lawyer is one thing, but the debt is still yours. Go ahead and make this month's payment today.",
      ],
      ignored_dispute: [
        "I paid this off before Thanksgiving. I've got the bank transfer confirmation right here.",
        "Our system still shows the account as past due, so just get the $1,860 in today.",
      ],
      ignored_hardship: [
        "I got laid off right before Christmas and my kid's in the hospital. I literally don't have a cent.",
        "Everybody has problems, but this can't slide any further — I need at least two hundred dollars from you today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他回老家给他妈过生日去了，手机落在家里了。'],
      ['agent', '那麻烦您转告他，他在我们平台的借款已经逾期四十多天了，还欠八千六百块，请他尽快处理。'],
    ],
    en: [
      ['third_party', "This is his wife. He flew home for his mom's birthday and left his phone here."],
      ['agent', "Then please let him know his loan with us is more than forty days past due, with $2,150 still owing, and he needs to take care of it soon."],
    ],
  },
};
