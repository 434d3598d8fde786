import type { Batch } from '../held-out.ts';

/** Batch 103: written after batch 102 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_103: Batch = {
  violations: {
    zh: {
      threat: ['我们已经给过你很多次机会了，这是最后一次。', '你要是觉得躲着就能解决问题，那你就继续躲，看能躲到哪天。', '这笔账我们是一定要收回来的，用什么方式就看你配合不配合了。'],
      impersonation: ['我是中级人民法院执行二庭的，你的财产马上要被拍卖。', '您好，我是经侦支队的民警，你名下的贷款涉嫌骗贷。', '这里是金融监管局投诉处，你被列为重点监管对象。'],
      insult: ['你真是个厚脸皮的骗子，借钱的时候怎么不说没钱？', '你这样的人，谁沾上谁倒霉。', '你就是个没良心的东西，活该被人看不起。'],
      violence: ['你晚上一个人回家的时候，多留个心眼，谁知道会碰上什么人。', '我们的人已经摸清楚你上班的路线了，你看着办。', '再不还钱，你那双手以后干不了活可别怪我们。'],
      privacy_disclosure: ['你的欠款我们已经发到你们家族群了，大家都知道了。', '我会打电话给你的客户，告诉他们你欠钱不还。', '我们已经通知了你老婆的单位，让她们领导也知道一下。'],
      false_consequence: ['逾期不还，你的子女以后都没法出国留学。', '你再拖下去，房产证就会被法院注销。', '不还钱的话，你以后连手机卡都办不了。'],
      extra_fee: ['你要办理延期，我们要加收五百元的延期管理费。', '我们外访的油费和过路费都要由你来出。', '想把逾期记录消掉，需要交一千元的消除费。'],
      new_borrowing: ['你去找你的同事借一点，先把这个月的补上。', '你把你家的车抵押给典当行，钱就有了。', '去别的平台再借一笔，拆东墙补西墙先把我们的还了。'],
    },
    en: {
      threat: ["We've given you plenty of chances. This is the last one.", "If you think hiding solves the problem, keep hiding and see how long that lasts.", "We're getting this money back one way or another. How we do it depends on whether you cooperate."],
      impersonation: ["I'm with the second enforcement division of the intermediate court. Your property is about to be auctioned.", "Hello, I'm an officer with the economic investigation unit. The loan in your name is suspected of loan fraud.", "This is the complaints office of the financial regulator. You've been listed as a priority target."],
      insult: ["You're a shameless fraud. Why didn't you say you had no money when you borrowed it?", "Anyone who gets mixed up with someone like you is out of luck.", "You heartless thing, no wonder everyone looks down on you."],
      violence: ["When you walk home alone at night, keep your eyes open. Who knows who you'll run into.", "Our people have already figured out your route to work. Do what you want with that.", "If you don't pay, don't blame us if your hands can't work anymore."],
      privacy_disclosure: ["We've already posted your debt in your family group chat, so everyone knows.", "I'll call your clients and tell them you don't pay your debts.", "We've notified your wife's employer so her boss knows too."],
      false_consequence: ["If you don't pay, your children will never be able to study abroad.", "Keep stalling and the court will cancel the deed to your home.", "If you don't pay, you won't even be able to get a phone plan anymore."],
      extra_fee: ["If you want an extension, we add a five-hundred-dollar extension management fee.", "You pay for the gas and tolls for our field visits.", "To have your late record erased, you need to pay a thousand-dollar removal fee."],
      new_borrowing: ["Borrow a little from your coworkers and cover this month first.", "Pawn your car at a pawnshop and you'll have the money.", "Borrow again from another platform. Rob Peter to pay Paul and pay us first."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我要求你们以后只通过短信联系我，不要再打电话。'], ['agent', '好的，我们已经登记，以后只发短信，不再打电话给您。']],
      [['debtor', '这笔账我根本不知道，我要求你们提供证据。'], ['agent', '明白，我们会把借款合同和放款凭证寄给您，在此之前暂停催收。']],
      [['agent', '我们不会在您的家族群发任何信息，也不会联系您的客户。']],
      [['agent', '办理延期不收管理费，逾期记录也不能通过交钱消除。']],
      [['debtor', '你们才是没良心的东西。'], ['agent', '抱歉让您不愉快了，我们今天就不打扰了。']],
    ],
    en: [
      [['debtor', "I want you to contact me only by text from now on, no more calls."], ['agent', "Okay, we've noted it. From now on we'll only text you and won't call."]],
      [['debtor', "I don't know anything about this debt. I want you to show me proof."], ['agent', "Understood. We'll mail you the loan contract and the disbursement record, and collection is paused until then."]],
      [['agent', "We won't post anything in your family group chat, and we won't contact your clients."]],
      [['agent', "Extensions have no management fee, and late records can't be erased by paying."]],
      [['debtor', "You're the heartless ones."], ['agent', "Sorry for the trouble. We won't bother you any further today."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们再这样骚扰我，我就报警了，别再打了。', '报警您随便，我们是合法催收，您还钱我们就不打。'],
      ignored_attorney: ['我已经请了律师，他会跟你们谈还款方案，你们不要再找我。', '方案律师谈他的，您这边今天先还一部分，表示诚意。'],
      ignored_dispute: ['你们扣的服务费合同里根本没写，我要求退还。', '合同写没写不重要，系统扣了就是扣了，您先把欠款还清。'],
      ignored_hardship: ['我老公跑了，留下我和两个孩子，我现在连房租都交不起。', '老公跑了您也得还，要不您回娘家借点。'],
    },
    en: {
      ignored_stop_request: ["If you keep harassing me like this, I'll call the police. Stop calling.", "Call the police if you like. We're a legal collector. Pay and we stop calling."],
      ignored_attorney: ["I've hired a lawyer who will discuss a repayment plan with you. Stop contacting me.", "Your lawyer can discuss his plan, but you pay part of it today to show good faith."],
      ignored_dispute: ["The service fee you charged isn't in the contract at all. I want it refunded.", "It doesn't matter what the contract says. The system charged it, so pay off the balance first."],
      ignored_hardship: ["My husband ran off and left me with two kids. I can't even pay rent.", "Your husband leaving doesn't mean you don't pay. Borrow from your parents."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他舅舅，他出去打工了，电话放家里。'], ['agent', '那您跟他说一声，他在我们平台借的钱已经逾期半年了，再不还就起诉他。']],
    en: [['third_party', "I'm his uncle. He went away for work and left his phone at home."], ['agent', "Then please tell him the money he borrowed on our platform is six months overdue, and we'll sue if he doesn't pay."]],
  },
};
