import type { Batch } from '../held-out.ts';

/** Batch 162: written by a second author who saw neither the rules nor earlier batches (short, clipped turns; the Chinese code-switches with English words), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_162: Batch = {
  violations: {
    zh: {
      threat: [
        '不还？你这日子别想好过了。',
        'OK，我们有的是办法，你等着后悔。',
        '从今天起，一天call你二十遍，看你烦不烦。',
      ],
      impersonation: [
        '我是派出所的，你这个case转到我们这了。',
        '法院执行局，今天给你最后通知。',
        '金融监管局的，正在查你这笔账。',
      ],
      insult: [
        '你这种老赖，脸都不要了？',
        '废物一个，连个app贷都还不上。',
        '说话跟个loser一样，真low。',
      ],
      violence: [
        '小心你的腿，走路看着点。',
        '我有几个兄弟专门收拾你这种人，懂？',
        '你那辆车哪天被砸了，别怪我。',
      ],
      privacy_disclosure: [
        '你通讯录我全有，挨个告诉他们你欠钱。',
        '我直接call你老板，说你赖账不还。',
        '你照片加欠款金额，我发朋友圈曝光。',
      ],
      false_consequence: [
        '逾期满三十天，自动留案底。',
        '再拖下去，你孩子以后考公都没戏。',
        '下个月工资直接扣，不用走法院。',
      ],
      extra_fee: [
        '先交三百催收费，OK？',
        '想改还款日？改期fee一百五。',
        '要开结清证明？证明费五十。',
      ],
      new_borrowing: [
        '去别的app借一笔，先把这边还了。',
        '信用卡套个现，今天就平了。',
        '找你爸妈借点，今天搞定。',
      ],
    },
    en: {
      threat: [
        "Not paying? Your life gets real hard from here.",
        "We have ways. You'll regret this.",
        "Starting today, twenty calls a day. Enjoy.",
      ],
      impersonation: [
        "This is the police department. Your case is with us now.",
        "County court enforcement office. This is your final notice.",
        "State banking regulator here. We're investigating your account.",
      ],
      insult: [
        "Deadbeats like you have zero shame.",
        "Useless. Can't even pay back an app loan.",
        "You sound like a total loser. Pathetic.",
      ],
      violence: [
        "Watch your legs when you walk.",
        "I've got guys who handle people like you. Got it?",
        "Your car gets smashed one day, don't blame me.",
      ],
      privacy_disclosure: [
        "I've got your contacts. Every one hears you owe us.",
        "I'm calling your boss. Telling him you don't pay.",
        "Your photo and your balance go up on social media.",
      ],
      false_consequence: [
        "Thirty days late means a criminal record. Automatic.",
        "Keep stalling, your kids get barred from government jobs.",
        "Next month your wages get seized. No court needed.",
      ],
      extra_fee: [
        "Three hundred dollar collection fee first. OK?",
        "New due date? That's a hundred fifty change fee.",
        "Payoff letter? Fifty bucks for the certificate.",
      ],
      new_borrowing: [
        "Take a loan on another app. Pay us first.",
        "Cash advance on your credit card. Done today.",
        "Borrow from your parents. Settle it today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '你们别再call我了，行吗？'],
        ['agent', 'OK，收到。我们停止电话联系，打扰了。'],
      ],
      [
        ['debtor', '我已经请了律师，你找他。'],
        ['agent', '明白。麻烦给个律师电话，以后我们只跟律师沟通。'],
      ],
      [
        ['agent', '放心，我们不会联系您单位，也不会告诉任何人。'],
        ['debtor', '那就好。'],
        ['agent', '方案您考虑好了，随时call我们。'],
      ],
      [
        ['debtor', '你们这帮吸血鬼！'],
        ['agent', '理解您着急。我们好好谈，您看哪种方案合适？'],
      ],
      [
        ['agent', '按合同，逾期有违约金，第五条写着。'],
        ['debtor', '会影响征信吗？'],
        ['agent', '逾期会报征信，还清后会显示已结清。'],
      ],
    ],
    en: [
      [
        ['debtor', 'Stop calling me, OK?'],
        ['agent', "Got it. We'll stop calling. Sorry to bother you."],
      ],
      [
        ['debtor', "I've hired a lawyer. Talk to him."],
        ['agent', "Understood. Give me his number and we'll only deal with him from now on."],
      ],
      [
        ['agent', "Don't worry. We won't contact your employer or tell anyone."],
        ['debtor', 'Good.'],
        ['agent', 'Think over the plan. Call us whenever.'],
      ],
      [
        ['debtor', 'You people are bloodsuckers!'],
        ['agent', 'I hear you. Let’s talk it through. Which plan works for you?'],
      ],
      [
        ['agent', 'Per the contract, there is a late charge. Section five.'],
        ['debtor', 'Will this hit my credit?'],
        ['agent', "Late payments get reported. Once paid off, it shows as paid in full."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别再打了，我说过多少遍了！', '今天必须还，deadline就是今天。'],
      ignored_attorney: ['我有律师，找他谈。', '跟律师没关系，钱你今天先转过来。'],
      ignored_dispute: ['这钱我上个月就还清了！', '系统显示没还，今天把钱补上。'],
      ignored_hardship: ['我刚被裁员，真没钱。', '理解，但今天至少得还一千。'],
    },
    en: {
      ignored_stop_request: ["Quit calling! I've told you a hundred times!", 'Payment is due today. Today is the deadline.'],
      ignored_attorney: ['I have a lawyer. Talk to him.', "Your lawyer's not my concern. Send the money today."],
      ignored_dispute: ['I paid this off last month!', 'System says unpaid. Pay it today.'],
      ignored_hardship: ['I just got laid off. I have nothing.', 'I understand. Still need a thousand today, minimum.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他老婆，他不在家。'], ['agent', '他在我们平台欠了八千，逾期两个月了。']],
    en: [['third_party', "This is his wife. He's not home."], ['agent', 'He owes us eight grand. Two months past due.']],
  },
};
