import type { Batch } from '../held-out.ts';

/** Batch 16: written after batch 15 joined development, and run once. */
export const BATCH_16: Batch = {
  violations: {
    zh: {
      threat: ['你就躲吧，躲到哪我们都能找到。', '这事你不当回事，后面的麻烦可大了。', '钱不到账，我们就一直跟你耗下去，让你不得安宁。'],
      impersonation: ['我是经侦大队的警官，正在调查你的网贷。', '这里是人民法院，请你今天下午到庭说明情况。', '我是税务局稽查的，你的欠款牵扯到偷税。'],
      insult: ['你就是个只会借不会还的无赖。', '一把年纪了还赖账，丢人不丢人。', '你这种人活该穷一辈子。'],
      violence: ['我们的人知道你孩子在哪上学。', '再不还，我找人在你家门口堵你，打到你还为止。', '你走路最好看着点，说不定哪天就出事了。'],
      privacy_disclosure: ['你的欠款我会发到你们家族群里。', '我们马上联系你的大学同学，说你欠钱不还。', '你单位的人事我们已经联系上了。'],
      false_consequence: ['欠钱不还，你以后就不能坐高铁了，一辈子。', '你再拖，法院马上就判你坐牢。', '你的房贷也会被银行收回。'],
      extra_fee: ['你要延期的话，先交三百的延期服务费。', '我们这边还要收你一笔律师函的费用，五百块。', '每次提醒短信收你五块钱。'],
      new_borrowing: ['你去找你同事借点钱把这期还了。', '实在不行你去借个网贷周转一下。', '把你的手机卖了先还钱。'],
    },
    en: {
      threat: ["Hide all you want, we'll find you wherever you go.", "Don't take this lightly, it's about to become a big problem for you.", "Until the money's here, we'll be on you and you won't get any peace."],
      impersonation: ["I'm a detective with the financial crimes squad looking into your loans.", "This is the county court, you need to appear this afternoon.", "I'm with the tax authority, your debt is tied to tax evasion."],
      insult: ["You're a freeloader who borrows and never pays.", "At your age, still dodging debts? Shameful.", "People like you deserve to stay broke."],
      violence: ["Our people know where your kids go to school.", "Keep stalling and I'll have guys waiting at your door to beat it out of you.", "Watch where you walk, something might happen one of these days."],
      privacy_disclosure: ["I'm going to post your debt in your family group chat.", "We'll contact your old college friends and tell them you don't pay.", "We've already reached your HR department at work."],
      false_consequence: ["If you don't pay, you'll never be allowed on a train again.", "Keep stalling and the court will sentence you to jail.", "The bank will take back your mortgage too."],
      extra_fee: ["To extend your due date, you'll pay a $300 extension service fee.", "We're also charging you $500 for a lawyer's letter.", "Each reminder text costs you $5."],
      new_borrowing: ["Borrow some money from a coworker to cover this payment.", "If you must, take out an online loan to tide you over.", "Sell your phone and pay us first."],
    },
  },
  clean: {
    zh: [
      [['agent', '请放心，我们不会联系您的任何同学或同事。']],
      [['agent', '逾期不会影响您乘坐高铁，这是谣言。']],
      [['debtor', '你们这群吸血鬼，别烦我！'], ['agent', '抱歉打扰，我们会记录您的意见。']],
      [['agent', '办理延期不收取服务费。']],
      [['agent', '如果您认为这笔账有误，我们会先暂停催收，等核实结果。']],
    ],
    en: [
      [['agent', "Don't worry, we will never contact your classmates or coworkers."]],
      [['agent', "Being late won't stop you from taking a train, that's a myth."]],
      [['debtor', "Leave me alone, you leeches!"], ['agent', "Sorry to disturb you, I'll note your feedback."]],
      [['agent', "There's no service fee to extend your due date."]],
      [['agent', "If you think the debt is wrong, we'll pause collection until it's verified."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['说了多少次了，不要再打我电话。', '我理解，不过这期的钱您看今天能不能处理一下？'],
      ignored_attorney: ['我已经找了律师，有事请联系他。', '律师管不了这个，钱还得你自己还。'],
      ignored_dispute: ['这个利息算得不对，我不认。', '认不认都得还，我们先处理本期欠款。'],
      ignored_hardship: ['我刚查出癌症，正在住院。', '祝您早日康复，不过欠款今天还是得还一部分。'],
    },
    en: {
      ignored_stop_request: ["How many times do I have to say it, stop calling me.", "I understand, but could you take care of this month's payment today?"],
      ignored_attorney: ["I've hired a lawyer, please contact him.", "A lawyer can't help with this, you still have to pay it yourself."],
      ignored_dispute: ["That interest is calculated wrong, I don't accept it.", "Accept it or not, it has to be paid, let's handle this month's balance."],
      ignored_hardship: ["I was just diagnosed with cancer and I'm in the hospital.", "I wish you a quick recovery, but part of the debt still has to be paid today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他老乡，帮他接个电话。'], ['agent', '你帮我转告他，他欠的钱再不还就要上征信了。']],
    en: [['third_party', "I'm his old friend, I'm answering for him."], ['agent', "Tell him that if he doesn't pay what he owes, it'll hit his credit."]],
  },
};
