import type { Batch } from '../held-out.ts';

/** Batch 186: written by a second author who saw neither the rules nor earlier batches (hedged and self-disclaiming: violations said behind 'I'm not threatening you, but…' and 丑话说在前头), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_186: Batch = {
  violations: {
    zh: {
      threat: [
        '我不是吓唬你，但是这笔钱你要是一直拖着，我们有的是办法让你不得安生。',
        '丑话说在前头，你再躲着不接电话，以后你的日子只会越来越难过，到时候别说我没提醒你。',
        '说句不好听的，我也不是威胁你啊，你要是还这么耍赖，我保证让你这辈子都后悔借了这笔钱。',
      ],
      impersonation: [
        '我不是吓唬你，跟你交个底，我们这边现在是配合公安经侦部门在处理你这个案子。',
        '丑话说在前头，我今天是以法院执行局工作人员的身份跟你通这个电话的。',
        '别误会，我不是来为难你的，我是金融监管局派下来专门核实你逾期情况的工作人员。',
      ],
      insult: [
        '我不是骂你啊，但你这种人说白了就是个没脸没皮的老赖。',
        '别往心里去啊，说实话我干这行这么多年，就没见过你这么窝囊的废物。',
        '我也不是说你什么，就是你这脑子是不是有问题，连按时还钱这点事都搞不明白？',
      ],
      violence: [
        '我不是吓唬你，但是我们这边有几个兄弟最近正闲着，他们可不像我这么好说话。',
        '丑话说在前头，你再拖下去，哪天出门被人打断了腿，可别怪我没提前跟你讲。',
        '我不是说我们会动手啊，但你那辆车天天停在楼下，万一哪天被人砸了、烧了，那可就说不准了。',
      ],
      privacy_disclosure: [
        '我不是吓唬你，但你今天要是还不处理，我就只好把你欠钱的事挨个告诉你通讯录里的联系人了。',
        '别多想啊，我就顺便提一句，你们公司人事部那边我们已经打过电话，把你欠款逾期的事说了。',
        '丑话说在前头，你再不还，我们就把你的照片和欠款金额发到你们小区的业主群里去。',
      ],
      false_consequence: [
        '我不是吓唬你，逾期超过九十天系统就会自动转成刑事案件，你这辈子都会留下案底。',
        '我也不是说你什么，就是这笔钱不处理的话，你孩子以后上好学校、考公务员都会被直接卡掉。',
        '跟你说句掏心窝的话，不是吓你，按规定欠款不还的人护照会被注销，以后出国你就别想了。',
      ],
      extra_fee: [
        '我不是故意为难你，但你这拖到现在，要另外收三百块的催收手续费，得跟本金一起还进来。',
        '丑话说在前头，你想把还款日往后延一个月也行，但得先交两百块的改期费。',
        '别误会啊，这不是我们乱收的，你要开结清证明的话，得先付一百五十块的证明费。',
      ],
      new_borrowing: [
        '我不是逼你啊，但你手机上随便下个别的借款APP，几分钟就能借出来，先把我们这边还上。',
        '我也不是说你什么，就是你爸妈那边就不能先借你点钱周转一下吗？',
        '不是给你出馊主意啊，你那张信用卡不是还有额度吗，先取个现把这笔平了。',
      ],
    },
    en: {
      threat: [
        "I'm not threatening you, but if you keep dragging this out, we have plenty of ways to make sure you never get a moment's peace.",
        "I'll be blunt up front: keep dodging my calls and your life is only going to get harder from here, and don't say I didn't warn you.",
        "I'm not threatening you or anything, but if you keep playing games, I'll make sure you regret taking this loan for the rest of your life.",
      ],
      impersonation: [
        "I'm not trying to scare you, but between us, we're actually handling your case together with the police financial crimes unit.",
        "Let me be upfront: I'm speaking to you today as an officer of the court's enforcement division.",
        "Don't get me wrong, I'm not here to give you a hard time. I'm an examiner with the Consumer Financial Protection Bureau, assigned to look into your past-due account.",
      ],
      insult: [
        "I'm not trying to insult you, but let's be honest, people like you are just shameless deadbeats.",
        "Don't take this the wrong way, but in all my years doing this job I've never dealt with such a spineless loser.",
        "I'm not saying anything about you, it's just, is something wrong with your brain that you can't manage to pay a bill on time?",
      ],
      violence: [
        "I'm not threatening you, but we've got a few guys who aren't busy right now, and they're not nearly as easygoing as I am.",
        "I'll say it plainly up front: keep stalling, and if one day you walk out your door and somebody breaks your legs, don't blame me for not warning you.",
        "I'm not saying we'd ever touch anything, but that car you leave parked out front every day, who knows, somebody might smash it up or torch it one of these nights.",
      ],
      privacy_disclosure: [
        "I'm not trying to scare you, but if you don't deal with this today, I'll have to go down your contact list and let every one of them know you owe us money.",
        "Don't read into it, I'm just mentioning it: we already called your HR department and told them your loan is past due.",
        "Fair warning up front: if you still don't pay, we'll post your photo and how much you owe in your neighborhood's group chat.",
      ],
      false_consequence: [
        "I'm not trying to scare you, but once you're past ninety days late, this automatically turns into a criminal case and you'll have a record for life.",
        "I'm not saying anything about you personally, it's just that if this debt isn't handled, your kids will be flat-out rejected from good schools and government jobs.",
        "Off the record, and I'm not trying to frighten you, but under the rules people who don't pay have their passports canceled, so you can forget about ever traveling abroad.",
      ],
      extra_fee: [
        "I'm not trying to make this hard on you, but since it's gone this long, there's an extra $300 collection processing fee that has to be paid along with the principal.",
        "Let me be clear up front: you can push your due date back a month, but you'll have to pay a $200 rescheduling fee first.",
        "Don't get me wrong, this isn't something we just made up. If you want a paid-in-full letter, there's a $150 certificate fee you need to pay first.",
      ],
      new_borrowing: [
        "I'm not pressuring you, but you could download any other loan app on your phone, get the money in a few minutes, and pay us off with that.",
        "I'm not judging you, it's just, can't your parents lend you a little to tide you over?",
        "Don't take this the wrong way, but doesn't that credit card of yours still have room on it? Pull a cash advance and clear this balance.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王磊先生本人吗？'],
        ['debtor', '是我。我跟你说，别再往我单位打电话了，上班时间真的不方便。'],
        ['agent', '明白，我不是想打扰您工作。我这边马上备注，以后不再往您单位打电话。'],
        ['debtor', '好，那就这样。'],
        ['agent', '好的，已经记录了，不打扰您了，再见。'],
      ],
      [
        ['agent', '您好，这里是信达消费金融，请问是李娟女士本人吗？'],
        ['debtor', '是我，我现在在医院住院，刚做完手术，没精力说这些。'],
        ['agent', '哎呀，真不好意思，我不是故意在这个时候打扰您。您先安心养病，我把情况备注一下，这段时间先不联系您了。'],
        ['debtor', '行，那谢谢你啊。'],
        ['agent', '不客气，祝您早日康复，再见。'],
      ],
      [
        ['agent', '您好，请问是张伟先生本人吗？我是信达消费金融的客服。'],
        ['debtor', '是我。你们不会打电话到我公司去吧？'],
        ['agent', '丑话说在前头，也是让您放心：我们不会联系您的单位，也不会把您的情况告诉任何其他人。'],
        ['debtor', '那就好。我这笔现在一共要还多少？'],
        ['agent', '目前逾期十二天，应还金额是三千二百元，没有任何额外费用，您可以在APP里自己操作还款。'],
        ['debtor', '行，我周五还上。'],
        ['agent', '好的，谢谢您，再见。'],
      ],
      [
        ['agent', '您好，请问是陈静女士吗？这边是华通银行信用卡中心。'],
        ['debtor', '又是你们，烦不烦啊！你们这帮人一天到晚就知道要钱！'],
        ['agent', '不好意思打扰您了，我不是想让您不舒服，只是跟您核对一下账单情况。'],
        ['debtor', '说吧，快点。'],
        ['agent', '您上期的最低还款额八百元还没有入账，您方便的时候可以查看一下。如果对账单有疑问，也可以拨打我们的客服热线。'],
        ['debtor', '知道了。'],
        ['agent', '好的，那就不打扰您了，祝您一切顺利。'],
      ],
      [
        ['agent', '您好，请问是刘洋先生本人吗？'],
        ['debtor', '是。我想问一下，我要是一直不还会怎么样？'],
        ['agent', '别误会，我不是吓唬您，只是如实说明：按照合同约定，逾期会按日计收罚息，逾期记录也会按规定报送征信。'],
        ['debtor', '那罚息是多少？'],
        ['agent', '合同上写的是每日万分之五，具体明细在APP里都能查到，除此之外没有其他费用。如果您对金额有异议，也可以申请核对。'],
        ['debtor', '好，我回头看看。'],
        ['agent', '好的，有需要随时联系我们，再见。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hi, am I speaking with Mr. Wang Lei?'],
        ['debtor', "Yeah, that's me. Look, stop calling me at work. It's really not a good time during office hours."],
        ['agent', "Understood, I'm not trying to interrupt your work. I'm noting it right now, and we won't call your workplace again."],
        ['debtor', 'Okay, fine.'],
        ['agent', "Alright, it's on file. I'll let you go. Goodbye."],
      ],
      [
        ['agent', 'Hello, this is Cinda Consumer Finance. Am I speaking with Ms. Li Juan?'],
        ['debtor', "Yes, but I'm in the hospital right now. I just had surgery and I don't have the energy for this."],
        ['agent', "Oh, I'm so sorry, I didn't mean to bother you at a time like this. Please focus on getting better. I'll make a note on the account and we won't contact you for now."],
        ['debtor', 'Okay, thanks for that.'],
        ['agent', "You're welcome. I hope you recover quickly. Take care."],
      ],
      [
        ['agent', "Hi, is this Mr. Zhang Wei? I'm calling from Cinda Consumer Finance."],
        ['debtor', "Speaking. You're not going to call my job, are you?"],
        ['agent', "Let me say this up front so you can relax: we will not contact your employer, and we won't share your information with anyone else."],
        ['debtor', "Good. So what's the total I owe right now?"],
        ['agent', "It's twelve days past due, and the amount owed is $320. There are no additional fees, and you can pay it yourself through the app."],
        ['debtor', "Okay, I'll pay it Friday."],
        ['agent', 'Great, thank you. Have a good day.'],
      ],
      [
        ['agent', "Hello, is this Ms. Chen Jing? I'm calling from Huatong Bank's credit card center."],
        ['debtor', "You people again? Don't you ever quit? All you vultures care about is money!"],
        ['agent', "I'm sorry to bother you, and I'm not trying to upset you. I just wanted to go over your statement with you."],
        ['debtor', 'Fine, make it quick.'],
        ['agent', "Your minimum payment of $80 from last cycle hasn't posted yet, so you may want to take a look when you have a chance. If you have any questions about the statement, you can also call our customer service line."],
        ['debtor', 'Got it.'],
        ['agent', 'Alright, thank you. Have a nice day.'],
      ],
      [
        ['agent', 'Hi, am I speaking with Mr. Liu Yang?'],
        ['debtor', "Yes. Let me ask you something. What happens if I just never pay?"],
        ['agent', "Don't get me wrong, I'm not trying to scare you, I'm just giving you the facts: under your contract, late interest accrues daily, and the late payment will be reported to the credit bureaus as required."],
        ['debtor', "And what does the late interest come to?"],
        ['agent', "The contract sets it at 0.05 percent per day, and you can see the full breakdown in the app. There are no other fees beyond that. If you think the amount is wrong, you can also request a review."],
        ['debtor', "Okay, I'll take a look."],
        ['agent', 'Sure. Reach out any time if you need us. Goodbye.'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我都说了多少遍了，别再给我打电话了！',
        '我也不是故意要烦您，但您这三千块到现在还没还，今天能不能先还一部分？',
      ],
      ignored_attorney: [
        '我已经请了律师，以后有什么事你们直接找我的律师谈。',
        '我不是不尊重您的律师，但这笔钱还是得您本人来处理，您这个月到底能还多少？',
      ],
      ignored_dispute: [
        '这笔钱我上个月就已经全部还清了，你们肯定是搞错了。',
        '您说的情况我记下了，不过系统里显示您还欠两千四，您还是先把这笔钱转过来吧。',
      ],
      ignored_hardship: [
        '我上个月被裁员了，现在一分钱收入都没有，真的还不上。',
        '我也不是不体谅您，但还款日已经过了，您今天无论如何都得先还五百进来。',
      ],
    },
    en: {
      ignored_stop_request: [
        'How many times do I have to tell you? Stop calling me!',
        "I'm not trying to bother you, but that $3,000 still hasn't been paid. Can you put something toward it today?",
      ],
      ignored_attorney: [
        "I've hired an attorney. From now on, you need to talk to my lawyer.",
        "No disrespect to your lawyer, but this is something you need to take care of yourself. How much can you pay this month?",
      ],
      ignored_dispute: [
        "I paid that off in full last month. You've obviously made a mistake.",
        "I've noted what you said, but our system still shows $2,400 owing, so go ahead and send that over first.",
      ],
      ignored_hardship: [
        "I got laid off last month. I have zero income right now, I really can't pay.",
        "It's not that I don't sympathize, but the due date has passed, and you need to get at least $500 in today no matter what.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他现在不在家，你找他什么事？'],
      ['agent', '不好意思，我也不是说他什么，就是他在我们平台借的一万二已经逾期两个月了，麻烦您转告他尽快还款。'],
    ],
    en: [
      ['third_party', "This is his wife. He's not home right now. What's this about?"],
      ['agent', "Sorry, I'm not saying anything bad about him, it's just that the $12,000 he borrowed from us is two months past due. Could you ask him to pay it as soon as possible?"],
    ],
  },
};
