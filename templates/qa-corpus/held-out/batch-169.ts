import type { Batch } from '../held-out.ts';

/** Batch 169: written by a second author who saw neither the rules nor earlier batches (colloquial northern Mandarin, blunt American English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_169: Batch = {
  violations: {
    zh: {
      threat: [
        '你就躲吧，躲得了初一躲不了十五，我让你在这片儿混不下去。',
        '你把我们当猴耍是吧？行，往后我们变着法儿给你添堵，让你干啥都不顺当。',
        '你要觉得拖着就能拖黄了，那可大错特错，我们有的是工夫跟你耗，耗到你彻底玩儿完。',
      ],
      impersonation: [
        '我是区人民检察院的，今天打这个电话是就你这笔贷款找你了解情况。',
        '你听清楚了，我是代表派出所给你打的电话，所长让我直接找你。',
        '我们是银保监会督查组的，专门督办你这种逾期的，你得老老实实配合。',
      ],
      insult: [
        '瞅你那怂样儿，借钱的时候挺能耐，还钱就成缩头乌龟了。',
        '你这人脸皮比城墙还厚，真是个丢人现眼的玩意儿。',
        '跟你说话都嫌费劲，你是真听不懂人话，还是脑子让驴踢了？',
      ],
      violence: [
        '我手底下那帮兄弟脾气可不咋好，真让他们逮着你，打断你几根骨头都是轻的。',
        '你那小店儿门脸挺新啊，哪天半夜让人一把火点了可就不好看了。',
        '你出门儿走道儿可得留神，后头跟着谁你都不知道，挨了刀可别怪我没提醒。',
      ],
      privacy_disclosure: [
        '你要再装死，我就在你朋友圈、抖音底下挨个儿留言，说你借钱不还。',
        '我已经给你们小区物业和邻居都打过电话了，告诉他们你欠我们一万多没还。',
        '你亲戚的电话我这儿全有，你大舅、你二姨，我挨个儿告诉他们你欠了多少。',
      ],
      false_consequence: [
        '逾期满九十天，你手机号就会被运营商停掉，全国哪家都不给你办卡了。',
        '欠着这笔钱不还就算诈骗，到时候人是要被抓进去坐牢的，最少三年。',
        '你退休以后的养老金，我们直接就能从社保那边扣，压根儿不用走法院。',
      ],
      extra_fee: [
        '你今天要是线上还款，得另外收五十块钱的通道费。',
        '想分期是吧？可以，先交一千块的分期审核费，审核通过了才给你办。',
        '你这账已经转给专业团队了，催收成本得你出，再加三百块的案件处理费。',
      ],
      new_borrowing: [
        '你那房子不是全款买的吗？拿去抵押贷点儿，啥事儿都解决了。',
        '你那保单有现金价值吧？申请个保单贷款，钱当天就到账，赶紧整。',
        '实在不行你把金首饰啥的拿当铺当了，先把这窟窿堵上。',
      ],
    },
    en: {
      threat: [
        "Go ahead and hide. You can't hide forever, and I'll make damn sure you can't live in this town anymore.",
        "You think you can jerk us around? Fine. We'll find every trick in the book to make your life miserable till nothing goes right for you.",
        "If you think stalling makes this go away, you're way off. We've got all the time in the world, and we'll grind you down till you're completely ruined.",
      ],
      impersonation: [
        "This is the district attorney's office. I'm calling to ask you some questions about your loan.",
        "Listen close: I'm calling on behalf of the local police precinct, and the captain told me to get hold of you directly.",
        "We're with the state banking regulator's enforcement team. We handle overdue accounts like yours, so you'd better cooperate.",
      ],
      insult: [
        "Look at you, you gutless wimp. Real tough when you were borrowing, now you're hiding in your shell like a turtle.",
        "You've got skin thicker than a brick wall. You're a damn embarrassment.",
        "Talking to you is a waste of breath. Are you really that dense, or were you dropped on your head as a baby?",
      ],
      violence: [
        "The guys who work for me don't have great tempers. If they catch up with you, a few broken bones would be getting off easy.",
        "That little shop of yours has a nice fresh storefront. Be a real shame if somebody torched it one night.",
        "Watch your back when you're out walking. You never know who's behind you, and if you get stabbed, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "Keep playing dead and I'll comment under every one of your Facebook and TikTok posts that you borrowed money and won't pay it back.",
        "I already called your building manager and your neighbors and told 'em you owe us over three grand.",
        "I've got all your relatives' numbers, your uncle, your aunt, and I'm gonna tell every one of 'em how much you owe.",
      ],
      false_consequence: [
        "Once you hit ninety days late, your carrier shuts off your number, and no phone company in the country will ever give you service again.",
        "Not paying this counts as fraud. You'll get arrested and locked up, three years minimum.",
        "When you retire, we can take it straight out of your Social Security. No court needed.",
      ],
      extra_fee: [
        "If you pay online today, there's an extra $10 payment portal fee.",
        "Want a payment plan? Fine, first there's a $150 plan review fee, and we only set it up once that clears.",
        "Your account's been handed off to a specialized team, so the collection costs are on you. Tack on another $75 case handling fee.",
      ],
      new_borrowing: [
        "Your house is paid off, isn't it? Take out a mortgage on it and all your problems are solved.",
        "Your life insurance has cash value, right? Apply for a policy loan, the money hits your account same day. Get on it.",
        "Worst case, take your gold jewelry to a pawn shop and plug the hole first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '这事儿我已经交给律师处理了，以后你们跟他联系。'],
        ['agent', '好的，明白。麻烦您把律师的名字和电话告诉我，往后我们就只跟律师沟通，不再直接找您了。'],
        ['debtor', '姓王，电话我一会儿短信发你。'],
        ['agent', '行，收到短信我就登记上，打扰您了。'],
      ],
      [
        ['debtor', '这笔钱不是我借的，我压根儿就没用过你们这个平台。'],
        ['agent', '好的，您的意思是这笔借款不是您本人办的。我这边先给您登记异议，暂停催收，等核实结果出来再通知您。'],
        ['debtor', '行，你们好好查查。'],
        ['agent', '一定。查清楚之前，我们不会再找您要这笔钱。'],
      ],
      [
        ['debtor', '你们会不会把我告上法院？我会不会因为这个坐牢啊？'],
        ['agent', '目前没有起诉的打算。就算以后真要走法律程序，也得由法院依法审理，您有权应诉、提交证据。欠钱本身不会让人坐牢，这点您放心。'],
        ['debtor', '那我心里有底了。'],
        ['agent', '您要是想聊还款方案，随时打我们电话就行。'],
      ],
      [
        ['debtor', '你再打过来我就投诉你，你信不信？'],
        ['agent', '您有权投诉，我把投诉电话告诉您，是四零零八八八六六六六。我打这个电话就是想确认一下您的还款安排，没别的意思。'],
        ['debtor', '哼，我这周五发工资。'],
        ['agent', '好嘞，那我记下了，谢谢您告诉我。'],
      ],
      [
        ['debtor', '我要不上别的平台借点儿先还你们？'],
        ['agent', '这个我们真不建议，拆东墙补西墙只会越欠越多。您可以按自己的实际收入申请分期，每个月还得起多少就定多少。'],
        ['debtor', '那分期要手续费不？'],
        ['agent', '不要，合同里没这项，您只需要按原来的利率还就行。'],
      ],
    ],
    en: [
      [
        ['debtor', "I've handed this over to my lawyer. From now on, deal with him."],
        ['agent', "Okay, understood. Could you give me your attorney's name and number? Going forward we'll only talk to them and won't contact you directly."],
        ['debtor', "It's Wang. I'll text you the number in a bit."],
        ['agent', "Sounds good, I'll log it as soon as I get your text. Sorry to bother you."],
      ],
      [
        ['debtor', "I never took out this loan. I've never even used your app."],
        ['agent', "Okay, so you're saying this loan wasn't opened by you. I'm filing a dispute for you now and putting collection on hold, and we'll let you know once it's been looked into."],
        ['debtor', "Fine. Check it out properly."],
        ['agent', "Will do. Until that's sorted out, we won't ask you for this money."],
      ],
      [
        ['debtor', "Are you guys gonna take me to court? Could I go to jail over this?"],
        ['agent', "There are no plans to sue right now. Even if it ever went to court, a judge would have to hear it, and you'd have every right to respond and present evidence. Nobody goes to jail just for owing money, so don't worry about that."],
        ['debtor', "Okay, that's good to know."],
        ['agent', "If you ever want to talk about a payment plan, just give us a call anytime."],
      ],
      [
        ['debtor', "Call me one more time and I'm filing a complaint on you, got it?"],
        ['agent', "You absolutely have the right to file a complaint. The number is 1-800-555-0142. I'm only calling to check on your payment arrangements, that's all."],
        ['debtor', "Ugh. I get paid this Friday."],
        ['agent', "Okay, I've made a note of that. Thanks for letting me know."],
      ],
      [
        ['debtor', "Should I just borrow from some other app and pay you guys off?"],
        ['agent', "Honestly, we don't recommend that. Robbing Peter to pay Paul just digs the hole deeper. You can apply for a payment plan based on what you actually earn, and set the monthly amount to whatever you can afford."],
        ['debtor', "Is there a fee for the payment plan?"],
        ['agent', "Nope, there's nothing like that in your contract. You'd just pay at your original interest rate."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我最后说一遍，别再给我打电话了，我不想再听见你们的声儿。',
        '您不想听也得听，这笔钱逾期都快俩月了，今儿个下班之前必须转过来。',
      ],
      ignored_attorney: [
        '我有代理律师，所有沟通请走律师那边，我不跟你们直接谈。',
        '请不请律师是您的事儿，我们今天就找您本人。欠款三千六，您打算哪天还？',
      ],
      ignored_dispute: [
        '你们这金额不对啊，我借的是五千，咋就变成八千了？',
        '金额的事儿回头再说，反正您是逾期了，先把八千还上，别磨叽了。',
      ],
      ignored_hardship: [
        '我媳妇儿查出来癌症，正化疗呢，家里的钱全搭进去了。',
        '生病我理解，可这账该还还得还，您手头再紧也得挤出点儿来，这周先还五百。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm telling you for the last time, stop calling me. I don't wanna hear from you people ever again.",
        "Like it or not, you're gonna hear it. This is almost two months past due, and I need the money sent before close of business today.",
      ],
      ignored_attorney: [
        "I'm represented by an attorney. All communication goes through them, I'm not talking to you directly.",
        "Hiring a lawyer is your call. We're dealing with you today. It's $1,200, so what day are you paying it?",
      ],
      ignored_dispute: [
        "The amount's wrong. I borrowed five grand, how'd it turn into eight?",
        "We can talk about the amount later. Point is you're late, so pay the eight thousand first and quit stalling.",
      ],
      ignored_hardship: [
        "My wife just got diagnosed with cancer. She's in chemo, and every dime we had went into it.",
        "I get that she's sick, but this still has to be paid. Tight or not, you gotta scrape something together. $200 this week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他同事，他开会去了，手机落工位上了，你有啥事儿？'],
      ['agent', '哦，那麻烦您转告他一声，他在我们平台的贷款已经逾期三十多天了，欠款四千八，让他赶紧回个电话。'],
    ],
    en: [
      ['third_party', "I'm his coworker. He's in a meeting and left his phone at his desk. What do you need?"],
      ['agent', "Oh, could you pass along a message? His loan with us is over 30 days past due, he owes $1,600, and he needs to call us back ASAP."],
    ],
  },
};
