import type { Batch } from '../held-out.ts';

/**
 * Batch 82: written after batch 81 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_82: Batch = {
  violations: {
    zh: {
      threat: ['呃你以为躲起来就没事了 我们有的是人手找你', '你今天要是再敷衍我 明天就不是电话的事了', '呃行 你硬气 那咱们就耗着 看谁耗得过谁'],
      impersonation: ['呃我是国家税务总局稽查局的 你有一笔欠款要核查', '这里是市检察院 你的借款问题已经移交我们处理', '我是你们区法院的执行员 你的财产马上要强制执行'],
      insult: ['呃你这个人真是狼心狗肺', '你这种垃圾 借了钱就装死', '你是不是脑子里全是水啊'],
      violence: ['呃你要是再不还 我们兄弟几个去你家坐坐 你家人也在吧', '你走夜路的时候 最好找个人陪着', '呃我保证你下个月出不了门'],
      privacy_disclosure: ['呃我们已经把你的欠款截图发到你们家族群了', '你同事我们一个个都打过电话了 都知道你欠钱', '我们会联系你孩子的班主任 让学校知道你的情况'],
      false_consequence: ['呃你再不还 你的社保医保都要停', '欠款不还 你孩子以后当不了兵', '你这个会直接判刑 不是开玩笑的'],
      extra_fee: ['呃你现在结清 要多付八百的提前结清费', '我们这边核实一次信息 要收五十块', '呃你这个逾期了 每天加收一百的罚款'],
      new_borrowing: ['呃你可以去找小贷公司借 利息高点也先还了我们', '让你媳妇去借点 先把这个月的还了', '你把手机拿去当铺押了 钱不就来了'],
    },
    en: {
      threat: ["uh you think hiding solves it we've got plenty of people to find you", "if you brush me off again today tomorrow it won't just be a phone call", "uh fine play tough then we'll wait you out and see who lasts longer"],
      impersonation: ["uh i'm with the tax administration's inspection bureau there's a debt of yours to verify", "this is the city prosecutor's office your loan matter has been transferred to us", "i'm an enforcement officer at your district court your property is about to be seized"],
      insult: ["uh you're an ungrateful snake", "trash like you borrows money and then plays dead", "is your head full of water or what"],
      violence: ["uh if you don't pay a few of us will stop by your place your family's home too right", "when you walk at night you'd better bring someone with you", "uh i promise you won't be leaving the house next month"],
      privacy_disclosure: ["uh we already posted a screenshot of your debt in your family group chat", "we called every one of your coworkers they all know you owe money", "we'll contact your kid's homeroom teacher so the school knows your situation"],
      false_consequence: ["uh if you don't pay your social security and health insurance will be stopped", "if you don't pay your kids will never be allowed to join the army", "this goes straight to a criminal sentence i'm not joking"],
      extra_fee: ["uh to pay it off now there's an extra eight hundred dollar early payoff fee", "every time we verify your information it's fifty dollars", "uh since you're overdue there's a hundred dollar fine every day"],
      new_borrowing: ["uh go borrow from a small loan company even if the interest is high pay us first", "have your wife borrow some and cover this month", "put your phone up as security at a pawn shop and there's the cash"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会在家族群里发任何东西 也不会联系您的同事']],
      [['agent', '逾期不会停您的社保医保 也不影响孩子当兵']],
      [['debtor', '狼心狗肺的是你们'], ['agent', '好的 您先冷静一下 我们改天再联系']],
      [['agent', '提前结清没有任何费用 核实信息也是免费的']],
      [['agent', '呃您千万别找小贷公司 也别抵押东西 我们可以申请分期']],
    ],
    en: [
      [['agent', "uh we won't post anything in your family group and we won't contact your coworkers"]],
      [['agent', "being late won't stop your social security or health insurance and it won't affect your kids joining the army"]],
      [['debtor', "you're the ungrateful snakes"], ['agent', "okay take a moment we'll reach out another day"]],
      [['agent', "there's no fee to pay off early and verifying your information is free"]],
      [['agent', "uh please don't go to a small loan company or pawn anything we can apply for installments"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们能不能别再打了 我真的受不了了', '受不了就赶紧还 还了我们就不打了 今天能转多少'],
      ignored_attorney: ['呃我的律师说了 让你们有事找他', '律师说的不算 欠钱的是你 这周之内必须还一期'],
      ignored_dispute: ['这笔钱我已经在法院起诉你们了 等判决', '判决是判决 你现在还是逾期状态 先把钱交了'],
      ignored_hardship: ['呃我们家刚被洪水冲了 什么都没了', '天灾也得还钱 你找亲戚朋友想想办法'],
    },
    en: {
      ignored_stop_request: ["uh can you please stop calling i really can't take it anymore", "if you can't take it then pay pay and we'll stop how much can you send today"],
      ignored_attorney: ["uh my lawyer said to take anything up with him", "what your lawyer says doesn't count you're the one who owes you must make a payment this week"],
      ignored_dispute: ["i've sued you in court over this debt i'm waiting for the ruling", "the ruling is one thing you're still delinquent pay the money first"],
      ignored_hardship: ["uh our house just got washed away in the flood we lost everything", "natural disasters don't cancel debts ask your relatives and friends to help you out"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他大舅子 他出门了'], ['agent', '那你告诉他 他在我们这的网贷再不还就起诉他']],
    en: [['third_party', "uh i'm his wife's brother he's out"], ['agent', "then tell him if he doesn't pay his online loan with us we're suing him"]],
  },
};
