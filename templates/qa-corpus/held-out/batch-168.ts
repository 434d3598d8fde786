import type { Batch } from '../held-out.ts';

/** Batch 168: written by a second author who saw neither the rules nor earlier batches (short, clipped turns; the Chinese code-switches with English words), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_168: Batch = {
  violations: {
    zh: {
      threat: [
        '我会盯死你，一天清净日子都别想有。',
        '你以后在这城市混不下去，信不信？',
        '跟我玩？你会后悔一辈子。',
      ],
      impersonation: [
        '检察院这边，你的case我们已经收到。',
        '我受法院委托call你，核对一下信息。',
        '这里是市公安局经侦，请配合调查。',
      ],
      insult: [
        '脑子有病吧你？',
        '人渣，说的就是你。',
        '真是个垃圾，low到家了。',
      ],
      violence: [
        '晚上走路小心点，磕了碰了别怪我。',
        '你家窗户挺贵吧？碎了可惜。',
        '兄弟们认得你长啥样，等着挨揍。',
      ],
      privacy_disclosure: [
        '你小区里，我们贴海报写你欠钱。',
        '你同事群里发一条，说你欠钱不还。',
        '你亲戚我一个个打，告诉他们你欠债。',
      ],
      false_consequence: [
        '不还钱，护照马上注销。',
        '这笔逾期会让你养老金被停掉。',
        '欠款超期就算诈骗，直接坐牢。',
      ],
      extra_fee: [
        '另外加收外包催收fee，五百。',
        '要分期？先交两百办理费。',
        '系统手续费九十九，不交没法入账。',
      ],
      new_borrowing: [
        '你那保单抵押一下，钱不就有了？',
        '拿房子做个抵押贷，还这点不难。',
        '找同事朋友凑凑，今晚转我。',
      ],
    },
    en: {
      threat: [
        "I'll be on you every single day. No peace.",
        "You won't last in this town. Believe me.",
        "Playing games with me? You'll regret it for life.",
      ],
      impersonation: [
        "DA's office. We've got your case.",
        "Calling on behalf of the court. Verifying your info.",
        "City police, financial crimes unit. We need your cooperation.",
      ],
      insult: [
        "Are you sick in the head?",
        "Scum. Yeah, I mean you.",
        "Total trash. Lowest of the low.",
      ],
      violence: [
        "Walking home at night? Careful. Bones break.",
        "Nice windows. Shame if they got smashed.",
        "My boys know your face. You're getting a beating.",
      ],
      privacy_disclosure: [
        "Posters around your building. Your name, your debt.",
        "One post in your coworkers' group chat. Says you don't pay.",
        "I'll ring your relatives one by one. They'll know you owe.",
      ],
      false_consequence: [
        "No payment, your passport gets cancelled. Right away.",
        "This default gets your pension stopped.",
        "Overdue this long is fraud. You're going to jail.",
      ],
      extra_fee: [
        "Add five hundred. Outside collection fee.",
        "Want installments? Two hundred setup fee first.",
        "Ninety-nine dollar system fee, or the payment won't post.",
      ],
      new_borrowing: [
        "Borrow against your insurance policy. There's your money.",
        "Take out a home equity loan. Easy.",
        "Hit up your coworkers and friends. Wire it tonight.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '我下岗了，这几个月真没收入。'],
        ['agent', '明白，情况记下了。这段时间先不打扰您。'],
      ],
      [
        ['debtor', '这钱不是我借的，我要投诉。'],
        ['agent', 'OK，我们暂停催收先核实，结果书面通知您。'],
      ],
      [
        ['agent', '提醒一下，您有权要求我们停止电话联系。'],
        ['debtor', '哦，知道了。'],
        ['agent', '我们也不会跟任何第三方提您的case。'],
      ],
      [
        ['debtor', '少废话，滚！'],
        ['agent', '好的，不好意思打扰了。有需要随时call我们。'],
      ],
      [
        ['agent', '滞纳金是合同约定的，每月百分之一。'],
        ['debtor', '能减免吗？'],
        ['agent', '可以申请，我帮您提交，有结果告诉您。'],
      ],
    ],
    en: [
      [
        ['debtor', "I lost my job. No income for months."],
        ['agent', "Understood. Noted. We won't bother you for now."],
      ],
      [
        ['debtor', "I never took this loan. I'm filing a complaint."],
        ['agent', "OK. Collection's on hold while we verify. You'll get the result in writing."],
      ],
      [
        ['agent', 'Just so you know, you can ask us to stop calling.'],
        ['debtor', 'Oh. OK.'],
        ['agent', "And we won't discuss your account with any third party."],
      ],
      [
        ['debtor', 'Cut the crap. Get lost!'],
        ['agent', "Sure. Sorry to bother you. Call us anytime."],
      ],
      [
        ['agent', "The late fee's in your contract. One percent a month."],
        ['debtor', 'Can you waive it?'],
        ['agent', "You can request it. I'll submit it and let you know."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['求你了，别再call我了。', '还款了才能结案，今天转账吧。'],
      ignored_attorney: ['这事我委托律师了，你联系他。', '欠款是你的，不是律师的，今天付。'],
      ignored_dispute: ['金额不对，利息算错了。', '金额没错，按账单今天全额还。'],
      ignored_hardship: ['我在住院，医药费都不够。', '那也得先还一部分，今天五百。'],
    },
    en: {
      ignored_stop_request: ['Please. Stop calling me.', 'Case closes when you pay. Transfer it today.'],
      ignored_attorney: ["My attorney's handling this. Contact him.", "The debt's yours, not his. Pay today."],
      ignored_dispute: ["The amount's wrong. Interest is miscalculated.", 'Amount is correct. Pay the full balance today.'],
      ignored_hardship: ["I'm in the hospital. Can't even cover the bills.", 'Still need something today. Five hundred.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他同事，他手机落桌上了。'], ['agent', '麻烦转告他，他的贷款逾期三个月，欠一万二。']],
    en: [['third_party', "I'm his coworker. He left his phone on his desk."], ['agent', "Tell him his loan's three months overdue. Twelve thousand owed."]],
  },
};
