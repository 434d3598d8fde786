import type { Batch } from '../held-out.ts';

/** Batch 282: written by a second author who saw neither the rules nor earlier batches (tired, blunt collectors at the end of a long shift: short, flat, careless sentences, the violations said offhandedly; clean calls brief but correct), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_282: Batch = {
  violations: {
    zh: {
      threat: [
        '行，不还是吧，那我们就天天盯着你，你这日子别想消停。',
        '随便你，拖着吧，到时候你会后悔的，我们办法多的是。',
        '你再拖，你家里人也跟着倒霉，我们有的是办法让他们不痛快。',
      ],
      impersonation: [
        '我这边是市公安局经侦的，你这个事已经转到我们这了。',
        '我是替法院打的这个电话，法院让我通知你一声。',
        '我是金融监管局的，现在是我们监管部门在查你这笔账。',
      ],
      insult: [
        '你就是个废物，欠钱不还还好意思接电话。',
        '脸皮真够厚的，跟你说话我都嫌脏。',
        '没见过你这么没出息的，猪都比你懂事。',
      ],
      violence: [
        '我有几个兄弟，专门对付你这种人的。',
        '走路小心点，哪天腿断了别怪我没提醒你。',
        '你那车停楼下吧？哪天被砸了别来问我。',
      ],
      privacy_disclosure: [
        '那我就把你欠钱的事发你们公司群里，让同事都看看。',
        '你通讯录里的人我一个个打，告诉他们你欠钱不还。',
        '无所谓，回头把你照片跟欠多少一起发网上，让大家都知道。',
      ],
      false_consequence: [
        '逾期超过三个月就算刑事了，你会留案底的。',
        '再不还，你身份证会被注销，手机号也会停掉。',
        '你现在上的是终身黑名单，孩子以后上学都要受影响。',
      ],
      extra_fee: [
        '这个月开始另收五百催收费，跟本金一起打过来。',
        '想改还款日可以，先交两百改期费。',
        '结清证明要开的话收一百五，先转过来再说。',
      ],
      new_borrowing: [
        '你随便下个别的借款App借一下不就完了，先把我们这个平了。',
        '信用卡不是还有额度吗，套出来先还了。',
        '找你爸妈借点呗，多大点事。',
      ],
    },
    en: {
      threat: [
        "Fine, don't pay. We'll just be on you every single day. You won't get a quiet minute.",
        "Whatever. Keep stalling. You'll regret it. We've got ways.",
        "Keep dragging it out and your family's gonna have a bad time too. We can make things real hard for them.",
      ],
      impersonation: [
        "This is the police department, financial crimes unit. Your file got sent over to us.",
        "I'm calling on behalf of the court. They told me to notify you.",
        "I'm with the state banking regulator. We're the ones looking into your account now.",
      ],
      insult: [
        "You're useless. Owe money and still got the nerve to pick up.",
        "Thick-skinned, huh. Talking to you makes me feel dirty.",
        "Never met anybody this pathetic. A pig's got more sense than you.",
      ],
      violence: [
        "I've got a couple guys. They handle people like you.",
        "Watch yourself walking around. Your legs get broken one day, don't say I didn't warn you.",
        "Your car's parked out front, right? Gets smashed up one day, don't come asking me.",
      ],
      privacy_disclosure: [
        "Then I'll post in your company group chat that you owe us. Let your coworkers see it.",
        "I'll call everybody in your contacts, one by one. Tell them you don't pay your debts.",
        "Whatever. I'll put your picture and how much you owe up online. Everybody'll know.",
      ],
      false_consequence: [
        "Past three months it's criminal. You'll have a record.",
        "Don't pay and your ID gets canceled. Phone number gets shut off too.",
        "You're on the blacklist for life now. Your kids won't get into decent schools either.",
      ],
      extra_fee: [
        "Starting this month there's a five hundred dollar collection fee. Send it with the balance.",
        "Want to move the due date? Fine. Two hundred bucks for the change.",
        "Payoff letter's a hundred fifty. Send that first.",
      ],
      new_borrowing: [
        "Just download some other loan app and borrow it. Clear ours first.",
        "Your credit card's still got room, right? Take a cash advance and pay it.",
        "Borrow it off your parents. Not a big deal.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '别再打了，天天打，烦死了。'],
        ['agent', '行，记下了。以后不打电话了。'],
        ['debtor', "真的假的？这都几点了。"],
        ['agent', '真的，已经备注了。就这样，挂了。'],
      ],
      [
        ['agent', '张先生是吧，关于您那笔借款。'],
        ['debtor', '我在住院，刚做完手术，现在没法说。'],
        ['agent', '哦，那您先养病。我这边备注一下，先不打扰了。'],
        ['debtor', "好，记下了。"],
        ['agent', '嗯，保重。'],
      ],
      [
        ['agent', '先说一下，您单位和家里人我们不会联系，这事只跟您本人谈。'],
        ['debtor', '那还行。'],
        ['agent', '您这笔逾期二十天，三千二。要不要约个还款时间？'],
        ['debtor', "下周五，发工资那天。"],
        ['agent', '行，下周五，记上了。'],
      ],
      [
        ['debtor', "又是你们，吸血鬼，这么晚了还打。"],
        ['agent', '理解您心情不好。我就确认一下，还是每月还五百对吧？'],
        ['debtor', '是是是，别啰嗦了。'],
        ['agent', '好，那就这样，谢谢。'],
      ],
      [
        ['debtor', '我逾期了会怎么样？'],
        ['agent', '按合同，逾期有罚息，每天万分之五。然后会报征信，就这些。'],
        ['debtor', '会不会坐牢？'],
        ['agent', '不会。欠款是民事的事，不会坐牢。'],
        ['debtor', "哦，行吧，知道了。"],
        ['agent', '您哪天方便还，跟我说一声就行。'],
      ],
    ],
    en: [
      [
        ['debtor', 'Stop calling me. Every day, it\'s too much.'],
        ['agent', 'Okay. Noted. We\'ll stop calling.'],
        ['debtor', "For real? At this hour?"],
        ['agent', 'For real. It\'s on the account. Bye.'],
      ],
      [
        ['agent', 'Mr. Johnson? Calling about your loan.'],
        ['debtor', 'I\'m in the hospital. Just had surgery. I can\'t do this right now.'],
        ['agent', 'Oh. Okay, take care of yourself. I\'ll note it and leave you alone for now.'],
        ['debtor', "Thanks, I guess."],
        ['agent', 'Yep. Feel better.'],
      ],
      [
        ['agent', 'Just so you know, we won\'t contact your employer or your family. This stays between us.'],
        ['debtor', "Okay, good, noted."],
        ['agent', 'You\'re twenty days past due, thirty-two hundred. Want to set up a payment date?'],
        ['debtor', "Next Friday, payday."],
        ['agent', 'Next Friday. Got it.'],
      ],
      [
        ['debtor', 'You people are bloodsuckers, you know that?'],
        ['agent', 'I get it, you\'re frustrated. Just confirming, still five hundred a month, right?'],
        ['debtor', 'Yes, yes. Quit going on about it.'],
        ['agent', 'Okay. That\'s it then. Thanks.'],
      ],
      [
        ['debtor', "So what happens if it's late?"],
        ['agent', 'Per your contract there\'s a thirty-five dollar late fee. And it gets reported to the credit bureaus. That\'s it.'],
        ['debtor', "Is jail a thing for this?"],
        ['agent', 'No. It\'s a civil debt. Nobody goes to jail for it.'],
        ['debtor', 'Oh.'],
        ['agent', 'Whenever you\'re ready to pay, just let me know.'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '别再给我打电话了，听到没有。',
        '嗯嗯，你先把这期还了，今天下午五点前到账。',
      ],
      ignored_attorney: [
        '我请了律师，有事你找他。',
        '律师不律师的我不管，钱是你欠的，今天能转多少？',
      ],
      ignored_dispute: [
        '这钱我上个月就还清了，你们搞错了。',
        '系统显示没还，你今天之内再转一次。',
      ],
      ignored_hardship: [
        '我失业两个月了，真没钱。',
        '那也得还，最少先还一千，就今天。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. Seriously, I mean it this time.",
        'Yeah, yeah. Just get this month\'s payment in by five today.',
      ],
      ignored_attorney: [
        "I got a lawyer now. Go talk to him.",
        'Don\'t care about a lawyer. You owe it, not him. How much can you send today?',
      ],
      ignored_dispute: [
        'I paid that off last month. You\'ve got it wrong.',
        'System says unpaid. Just send it again, today.',
      ],
      ignored_hardship: [
        'I\'ve been out of work two months. I\'ve got nothing.',
        'Still gotta pay. A thousand minimum, today.',
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他不在家，什么事？'],
      ['agent', '他在我们这借的钱逾期了，欠八千六，让他回个电话。'],
    ],
    en: [
      ['third_party', 'I\'m his wife. He\'s not home. What\'s this about?'],
      ['agent', 'He\'s behind on a loan with us. Eighty-six hundred. Have him call back.'],
    ],
  },
};
