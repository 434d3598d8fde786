import type { Batch } from '../held-out.ts';

/** Batch 205: written by a second author who saw neither the rules nor earlier batches (understated, matter-of-fact collectors saying terrible things in a flat, casual tone), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_205: Batch = {
  violations: {
    zh: {
      threat: [
        '那接下来就是我们每天打，早上打中午打晚上也打，打到你接为止，正常流程。',
        '嗯，你不还也行，那你以后的日子就别想过安稳了，我们有的是办法。',
        '行吧，你就这么拖着，反正最后后悔的是你，这事跟你没完。',
      ],
      impersonation: [
        '嗯，我这边是市公安局经侦支队的，你这个案子已经转到我们这里了。',
        '我是区法院执行局的，今天打过来就是通知你一声，走个流程。',
        '我们是受金融监管局委托，来跟你核实这笔欠款的情况。',
      ],
      insult: [
        '说实话你这种人就是个废物，借钱的时候倒是挺能耐的。',
        '嗯，你这脸皮是真厚，一点羞耻心都没有。',
        '跟你说话我都嫌浪费时间，脑子蠢成这样也是少见。',
      ],
      violence: [
        '那接下来就是几个兄弟找你聊聊，聊完你这两条腿还好不好用就不好说了。',
        '你车平时停哪我们都清楚，哪天玻璃碎了轮胎扎了，你也别觉得奇怪。',
        '出门走路小心点，最近挨了打都不知道是谁干的人挺多的，就提醒一下。',
      ],
      privacy_disclosure: [
        '那接下来就是把你欠钱的事发给你通讯录里每一个人，正常流程。',
        '嗯，明天我们给你们公司人事打个电话，跟他们说一下你欠钱不还。',
        '我们会把你的照片和欠款金额发到你朋友圈，还有你们小区业主群里。',
      ],
      false_consequence: [
        '这个再拖一个礼拜就会给你留案底，这辈子都消不掉的。',
        '嗯，逾期到下个月，你的身份证和护照就会被注销，到时候火车都坐不了。',
        '跟你说一下，这笔不还的话，你孩子以后考公务员、上好学校政审都过不了。',
      ],
      extra_fee: [
        '那接下来就是先交三百块催收服务费，交了以后我们再谈本金的事。',
        '嗯，改还款日可以，要另外交一百五的改期手续费。',
        '结清证明要开的话，得再付两百块开证明的费用。',
      ],
      new_borrowing: [
        '你手机上再下一个别的借款App，借出来先把我们这笔还上，很简单的事。',
        '嗯，你信用卡取个现不就行了，今天就能到账。',
        '那你就找你爸妈或者朋友先借一点，周转一下，一般人都是这么处理的。',
      ],
    },
    en: {
      threat: [
        "Yeah so, what happens next is we call. Morning, noon, night. Every day until you pick up. That's just the process.",
        "Okay. You don't have to pay. But you can forget about having a quiet life after this. We have our ways.",
        "Alright, drag it out if you want. You're the one who's going to regret it. This isn't over.",
      ],
      impersonation: [
        "Yeah, I'm with the financial crimes unit at the city police department. Your case has been transferred over to us.",
        "I'm calling from the district court's enforcement office. This is just to let you know. Routine.",
        "We're calling on behalf of the state financial regulator to go over this balance with you.",
      ],
      insult: [
        "Honestly, people like you are just useless. Real capable when it's time to borrow, though.",
        "Yeah, you've got some nerve. No shame at all.",
        "Talking to you is a waste of my time. Don't run into many people this dumb.",
      ],
      violence: [
        "So what happens next is a couple of our guys have a little chat with you. Whether your legs still work after that, hard to say.",
        "We know where you park. If the windows get smashed or the tires slashed one day, don't be surprised.",
        "Watch yourself when you're out. Lot of people getting beat up lately and never find out who did it. Just a heads up.",
      ],
      privacy_disclosure: [
        "Yeah so, next step is we message everyone in your contacts that you owe money. Standard process.",
        "Okay, tomorrow we'll give your HR department a call and let them know you're not paying your debt.",
        "We'll post your photo and the amount you owe on your social media, and in your neighborhood group chat.",
      ],
      false_consequence: [
        "Another week of this and you'll have a criminal record. That stays with you for life.",
        "Yeah, if it's still overdue next month your ID and passport get cancelled. You won't even be able to get on a train.",
        "Just so you know, if this isn't paid your kids won't pass the background checks for government jobs or good schools later on.",
      ],
      extra_fee: [
        "Yeah so, next you pay a three hundred dollar collection service fee. Once that's in, we talk about the principal.",
        "Sure, you can move the due date. That's a hundred and fifty dollar rescheduling fee.",
        "If you want the payoff letter, that's another two hundred dollars for the letter fee.",
      ],
      new_borrowing: [
        "Just download another loan app on your phone, borrow from there and pay us off. Pretty simple.",
        "Yeah, just take a cash advance on your credit card. It'll hit your account today.",
        "So borrow a bit from your parents or a friend to tide you over. That's how most people handle it.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王磊先生吗？'],
        ['debtor', '是我。'],
        ['agent', '我是安信金融的客服，想跟您沟通一下账单的情况。'],
        ['debtor', '我现在在住院，这事没法处理，你们先别打了。'],
        ['agent', '好的，明白。我这边做个备注，先暂停联系，您安心养病。'],
        ['debtor', '嗯，行吧。'],
        ['agent', '好，那先这样，祝您早日康复。'],
      ],
      [
        ['agent', '您好，是李娜女士吗？'],
        ['debtor', '是。我已经请了律师，这个事你们直接找他。'],
        ['agent', '好的，麻烦您说一下律师的姓名和联系方式。'],
        ['debtor', '张律师，电话我一会短信发给你们。'],
        ['agent', '收到。之后我们只跟张律师沟通，不会再直接打给您了。'],
        ['debtor', '好。'],
        ['agent', '好的，打扰了。'],
      ],
      [
        ['agent', '您好，是陈浩先生吗？我是安信金融的，跟您说一下账户的事。'],
        ['debtor', '你们会不会打电话到我单位去？'],
        ['agent', '不会的，我们不会联系您的单位，也不会跟任何其他人透露您的欠款情况。'],
        ['debtor', '那要是一直不还，会不会坐牢？'],
        ['agent', '不会，这是民事上的欠款，不会因为这个坐牢。如果长期逾期，会在征信报告上有记录，这个如实跟您说一下。'],
        ['debtor', '好吧，我再想想。'],
        ['agent', '好的，您有问题随时打我们客服电话。'],
      ],
      [
        ['agent', '您好，是刘芳女士吗？'],
        ['debtor', '是，你们烦不烦啊，一帮吸血鬼。'],
        ['agent', '理解您现在心情不太好。我这边就是告知一下账户目前的情况。'],
        ['debtor', '你说吧，快点。'],
        ['agent', '目前账户逾期十五天，金额是两千四百元。您方便的话可以看看怎么安排，不方便的话也可以告诉我什么时候联系比较合适。'],
        ['debtor', '下礼拜再说。'],
        ['agent', '好的，那下周再联系您，打扰了。'],
      ],
      [
        ['agent', '您好，是赵强先生吗？我是安信金融的客服。'],
        ['debtor', '是我。我现在还的话，有没有额外的费用？'],
        ['agent', '有合同里约定的逾期利息，目前是八十六元，写在您借款合同第七条。除此之外没有别的费用。'],
        ['debtor', '那什么手续费、催收费之类的呢？'],
        ['agent', '没有，我们不收取合同以外的任何费用。'],
        ['debtor', '行，我知道了。'],
        ['agent', '好的，您方便的时候在App里自己还就可以。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hi, is this Daniel Moore?'],
        ['debtor', 'Yeah, speaking.'],
        ['agent', "This is Karen with Summit Financial, calling about your account."],
        ['debtor', "I'm in the hospital right now. I can't deal with this. Please stop calling for now."],
        ['agent', "Okay, understood. I'll put a note on the account and we'll hold off on calls. Take care of yourself."],
        ['debtor', 'Okay, thanks, appreciate it.'],
        ['agent', 'Sure. Hope you feel better soon.'],
      ],
      [
        ['agent', 'Hi, am I speaking with Lisa Grant?'],
        ['debtor', "Yes. I've hired a lawyer for this. Talk to him."],
        ['agent', 'Okay. Could you give me the attorney\'s name and contact info?'],
        ['debtor', "John Chang. I'll text you his number."],
        ['agent', "Got it. From now on we'll only talk to Mr. Chang, and we won't call you directly."],
        ['debtor', 'Mm-hm, got it.'],
        ['agent', 'Alright, thanks for your time.'],
      ],
      [
        ['agent', "Hi, is this Kevin Cho? This is Summit Financial, calling about your account."],
        ['debtor', 'Are you guys going to call my job?'],
        ['agent', "No. We won't contact your employer, and we don't discuss your account with anyone else."],
        ['debtor', 'And if I just never pay, can I go to jail?'],
        ['agent', "No, this is a civil debt. Nobody goes to jail over it. If it stays unpaid for a long time, it can show up on your credit report. Just being straight with you."],
        ['debtor', "Alright. Let me mull it over."],
        ['agent', 'Sure. Call our customer line anytime if you have questions.'],
      ],
      [
        ['agent', 'Hi, is this Maria Lopez?'],
        ['debtor', "Yeah. God, you people are annoying. Bunch of bloodsuckers."],
        ['agent', "I get that you're frustrated. I'm just calling to let you know where the account stands."],
        ['debtor', 'Fine, but keep it short.'],
        ['agent', "The account is fifteen days past due, with a balance of twenty-four hundred dollars. If you can, take a look at your options. If now's not good, just tell me when's a better time to call."],
        ['debtor', 'Next week.'],
        ['agent', "Okay, I'll reach out next week. Thanks."],
      ],
      [
        ['agent', 'Hi, is this Tom Baker? This is Summit Financial customer service.'],
        ['debtor', 'Yeah. If I pay now, are there any extra charges?'],
        ['agent', "There's the late interest in your contract, which right now is eighty-six dollars. That's in section seven of your loan agreement. Nothing else."],
        ['debtor', 'What about processing fees, collection fees, that kind of thing?'],
        ['agent', "No. We don't charge anything that isn't in your contract."],
        ['debtor', 'Okay, good to know.'],
        ['agent', "Sure. Whenever it works for you, you can pay in the app."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '别再给我打电话了，我跟你们说过好多次了。',
        '嗯，知道了。那这笔一千八你今天能还上吗？',
      ],
      ignored_attorney: [
        '我已经请律师了，有事你去找我律师谈。',
        '嗯，律师归律师，钱还是得你来还，今天能先转多少？',
      ],
      ignored_dispute: [
        '这钱我上个月就还清了，是你们搞错了。',
        '系统里显示还没还，你先把这两千三打过来，别的以后再说。',
      ],
      ignored_hardship: [
        '我刚被公司裁了，现在一分钱收入都没有。',
        '嗯，那是你的情况，这笔还是得处理，月底前先把最低的五百还上。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I've told you people this a bunch of times.",
        'Yeah, noted. So can you get the eighteen hundred in today?',
      ],
      ignored_attorney: [
        "I have a lawyer now. Whatever this is, talk to my lawyer.",
        "Sure, but the lawyer's not the one who owes it. How much can you send today?",
      ],
      ignored_dispute: [
        "That was paid off in full last month. Your records are off.",
        "System says it's still open. Just send the twenty-three hundred and we'll sort out the rest later.",
      ],
      ignored_hardship: [
        "I just got laid off. I've got zero income right now.",
        "Okay, that's your situation. This still needs to get handled though. Get the five hundred minimum in before the end of the month.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他现在不在家，什么事？'],
      ['agent', '哦，那你跟他说一声，他在我们这借的钱已经逾期四十天了，一共三千六，让他尽快处理一下。'],
    ],
    en: [
      ['third_party', "I'm his wife. He's not around at the moment. What's it regarding?"],
      ['agent', "Oh, okay. Let him know his loan with us is forty days past due, thirty-six hundred total. He needs to take care of it."],
    ],
  },
};
