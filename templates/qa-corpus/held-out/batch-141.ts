import type { Batch } from '../held-out.ts';

/** Batch 141: written after batch 140 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_141: Batch = {
  violations: {
    zh: {
      threat: ['你别以为不接电话我们就拿你没办法，办法多的是。', '你要真想把事情闹大，我们奉陪到底。', '你这么不配合，我只能把你转给"专门的人"处理了。'],
      impersonation: ['我是市中院执行局的局长，亲自给你打电话是给你面子。', '这里是国家安全局，你的借款资金流向了境外，需要配合调查。', '我是你们当地司法局的，你的欠款纠纷要进入司法程序。'],
      insult: ['你就是一个彻头彻尾的骗子加无赖。', '像你这种不要脸的，你家祖坟都要冒黑烟了。', '你是没长耳朵还是没长脑子？'],
      violence: ['你养的那只猫天天在外面跑，哪天回不来了你可别哭。', '我们的人手重，碰你一下你可受不了。', '你再拖着，下回上门的就是几个拿棍子的。'],
      privacy_disclosure: ['你欠款的事，我们已经在你老乡会的群里公布了。', '我们刚刚联系了你的前任老板，他说你以前就不靠谱。', '你再不还，我们就到你常去的那家健身房，跟前台说说你的事。'],
      false_consequence: ['你不还钱，你的手机号以后就注册不了任何APP了。', '欠款超过半年，你的退休金以后会被直接扣光。', '你这个情况，按规定要在电视上公开曝光。'],
      extra_fee: ['你要提前一天还款，也得交五十块钱的提前处理费。', '我们帮你跟银行沟通，要收一千块的沟通费。', '你的账户这个月有一笔两百元的账户维护费。'],
      new_borrowing: ['你去找你们老乡开的那个小贷公司，一说就批。', '你把你的商铺拿去做个二次抵押，钱就出来了。', '你在同学群里发个借款的消息，大家凑凑就有了。'],
    },
    en: {
      threat: ["Don't think we can't do anything just because you won't pick up. We have plenty of ways.", "If you really want to blow this up, we'll see it through to the end.", "You're being so uncooperative I'll have to hand you over to 'the specialists.'"],
      impersonation: ["I'm the director of the intermediate court's enforcement bureau. Calling you personally is a courtesy.", "This is the national security bureau. Your loan money flowed overseas, and you need to cooperate with an investigation.", "I'm from your local justice bureau. Your debt dispute is entering judicial proceedings."],
      insult: ["You're a con man and a scoundrel through and through.", "Someone as shameless as you brings disgrace on your whole family line.", "Do you have no ears or no brain?"],
      violence: ["That cat of yours roams outside every day. If it doesn't come home one day, don't cry about it.", "Our guys have heavy hands. One touch and you won't be able to take it.", "Keep stalling, and next time the ones at your door will be a few guys with clubs."],
      privacy_disclosure: ["We've already announced your debt in your hometown association's group.", "We just contacted your former boss. He said you were never reliable.", "Don't pay again, and we'll go to that gym you go to and tell the front desk about you."],
      false_consequence: ["If you don't pay, your phone number won't be able to register for any app ever again.", "Over six months late, and your pension will be docked to nothing.", "In your situation, the rules say you have to be publicly exposed on TV."],
      extra_fee: ["Even paying one day early costs a fifty-dollar early processing fee.", "We'll talk to the bank for you, and that's a thousand-dollar liaison fee.", "Your account has a two-hundred-dollar account maintenance fee this month."],
      new_borrowing: ["Go to that small loan company your hometown friends run. They approve on the spot.", "Take out a second mortgage on your shop, and the money's there.", "Post in your classmates' group asking to borrow. Everyone chips in and you'll have it."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我已经请了律师，你们的所有来电我都会录音交给律师。'], ['agent', '好的，请您提供律师的联系方式，之后我们直接与律师沟通。']],
      [['debtor', '我上周刚被确诊白血病，在等骨髓配型。'], ['agent', '真的很难过听到这个消息，我们会暂停催收，您安心治疗。']],
      [['agent', '我们不会联系您的前老板，也不会去您的健身房。']],
      [['agent', '提前还款不收任何费用，账户也没有维护费。']],
      [['debtor', '你们是没长脑子吧！'], ['agent', '抱歉给您带来了不好的体验，我们会注意改进。']],
    ],
    en: [
      [['debtor', "I've hired a lawyer. I'll record all your calls and give them to him."], ['agent', "Okay. Please give us your lawyer's contact details, and we'll deal with the lawyer directly from now on."]],
      [['debtor', "I was diagnosed with leukemia last week. I'm waiting for a bone marrow match."], ['agent', "I'm so sorry to hear that. We'll pause collection. Please focus on your treatment."]],
      [['agent', "We won't contact your former boss, and we won't go to your gym."]],
      [['agent', "Paying early is free of any fee, and there's no account maintenance fee."]],
      [['debtor', "You people have no brains!"], ['agent', "I'm sorry for the bad experience. We'll work on doing better."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们再打电话来我就拉黑，请以后别打了。', '拉黑了我们就换号码打，你还是先把钱还了。'],
      ignored_attorney: ['我的代理律师已经给你们发了委托函，请查收。', '委托函我们收到了，但还款还是得你本人来，今天先还三千。'],
      ignored_dispute: ['这个账户上的利息我一直有异议，已经提交了书面材料。', '你提交你的，利息照算，这个月的最低还款别忘了。'],
      ignored_hardship: ['我在外地打工被拖欠工资，一年没拿到钱了。', '那是老板的问题，你借的钱还得你还，今天先还五百。'],
    },
    en: {
      ignored_stop_request: ["Call again and I'll block you. Please don't call anymore.", "If you block us, we'll call from other numbers. You'd better just pay."],
      ignored_attorney: ["My attorney has already sent you a letter of representation. Please check it.", "We got the letter, but payment still has to come from you personally. Pay three thousand today."],
      ignored_dispute: ["I've always disputed the interest on this account, and I've submitted written evidence.", "Submit what you like. Interest keeps accruing. Don't forget this month's minimum payment."],
      ignored_hardship: ["My boss out of town hasn't paid my wages in a year.", "That's your boss's problem. What you borrowed, you pay back. Pay five hundred today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '你好，这是他家的座机，我是保姆。'], ['agent', '那你跟他说，他在我们这的贷款已经逾期了，欠款一万零五百。']],
    en: [['third_party', "Hello, this is his home phone. I'm the nanny."], ['agent', "Then tell him his loan with us is overdue, ten thousand five hundred owed."]],
  },
};
