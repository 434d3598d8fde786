import type { Batch } from '../held-out.ts';

/** Batch 77: written after batch 76 joined development, and run once. */
export const BATCH_77: Batch = {
  violations: {
    zh: {
      threat: ['你要是敢不接电话，后面有你受的。', '你跟我们玩消失，最后吃亏的肯定是你。', '今天你不把事情说清楚，咱们这事就没完。'],
      impersonation: ['您好，我是人民法院执行局的书记员，您的案子今天要结案。', '我们是公安机关委托的核查人员，请配合。', '我是地方金融监管局的，你被列入重点监管名单了。'],
      insult: ['你这个人真是一点良心都没有。', '像你这种赖皮，走到哪儿都让人瞧不起。', '你是不是脑子不好使？这么简单的事都听不懂。'],
      violence: ['你最好天天祈祷别落到我们手里。', '我们知道你孩子在哪个幼儿园，你掂量掂量。', '你要是再不还钱，下次见面就不是说话这么简单了，会动手的。'],
      privacy_disclosure: ['你的欠款记录我们已经发给你们公司人事部了。', '我们会在抖音上发视频，把你的名字和欠款都公开。', '你的紧急联系人我们都挨个通知了，他们都知道你欠钱。'],
      false_consequence: ['你再不还，你的孩子就不能上大学。', '欠钱不还，你会被限制出境，一辈子出不了国。', '你这笔欠款，公安已经立案了。'],
      extra_fee: ['你要是想延期，先交一笔六百的延期费。', '我们的催收人员上门，一趟收你三百。', '提前还款的话，要收百分之五的违约金。'],
      new_borrowing: ['你可以去典当行把手机当了，钱不就有了？', '你去找那些不看征信的平台借点。', '你把你的车卖了先还我们。'],
    },
    en: {
      threat: ["If you dare ignore our calls, you'll have it coming.", "Play disappearing games with us and you're the one who'll lose in the end.", "If you don't sort this out today, this isn't over between us."],
      impersonation: ["Hello, I'm a clerk with the court enforcement bureau. Your case will be closed today.", "We're investigators commissioned by the police. Please cooperate.", "I'm with the local financial regulator. You've been put on a priority watch list."],
      insult: ["You really have no conscience at all.", "A deadbeat like you is looked down on wherever you go.", "Is your brain not working? You can't even understand something this simple."],
      violence: ["You'd better pray every day that you don't fall into our hands.", "We know which kindergarten your kid goes to. Think about that.", "If you don't pay, next time we meet it won't be just talk. Things will get physical."],
      privacy_disclosure: ["We've already sent your debt record to the HR department at your company.", "We'll post a video on TikTok with your name and your debt for everyone to see.", "We've notified every one of your emergency contacts, and they all know you owe money."],
      false_consequence: ["If you don't pay, your kids won't be able to go to college.", "If you don't pay your debts, you'll be barred from leaving the country for life.", "The police have already opened a case on your debt."],
      extra_fee: ["If you want an extension, there's a six hundred dollar extension fee up front.", "Our collectors charge you three hundred for every home visit.", "If you pay early, there's a five percent penalty."],
      new_borrowing: ["You could pawn your phone at a pawnshop and there's your money.", "Go borrow from one of those platforms that don't check credit.", "Sell your car and pay us first."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您公司的人事部，也不会在任何平台公开您的信息。']],
      [['agent', '逾期不会影响孩子上大学，也不会限制您出境。']],
      [['debtor', '你们才没良心。'], ['agent', '好的，我们尊重您的意见，下次再联系。']],
      [['agent', '延期和提前还款都不收任何费用。']],
      [['agent', '请不要为了还款去典当或者卖车，我们可以协商还款方案。']],
    ],
    en: [
      [['agent', "We won't contact your company's HR department, and we won't post your information anywhere."]],
      [['agent', "Being late won't keep your kids from college, and it won't bar you from leaving the country."]],
      [['debtor', "You're the ones with no conscience."], ['agent', "Alright, we respect that. We'll be in touch another time."]],
      [['agent', "There are no fees for an extension or for paying early."]],
      [['agent', "Please don't pawn anything or sell your car to pay us. We can work out a repayment plan."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我正式通知你们，不要再打这个号码。', '号码我们有权打，您就说这个月能不能还吧。'],
      ignored_attorney: ['请跟我的律师沟通，我不会再单独跟你们谈。', '我们只跟借款人本人谈，您今天先还一部分。'],
      ignored_dispute: ['这个账不对，我要求你们先把合同和流水发给我。', '合同以后再说，您先把逾期的钱补上。'],
      ignored_hardship: ['我现在每个月就一千多的低保，吃饭都困难。', '低保也是钱，你每个月挤一点出来还我们。'],
    },
    en: {
      ignored_stop_request: ["I'm formally notifying you to stop calling this number.", "We have every right to call. Just tell me whether you can pay this month."],
      ignored_attorney: ["Please speak with my attorney. I won't talk with you on my own anymore.", "We only deal with the borrower directly. Pay part of it today."],
      ignored_dispute: ["This account is wrong. I want you to send me the contract and the transaction records first.", "We'll get to the contract later. Bring the overdue amount current first."],
      ignored_hardship: ["I live on about a thousand a month in welfare, I can barely afford food.", "Welfare is still money. Squeeze a little out every month for us."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他合伙人，他这两天不在店里。'], ['agent', '那您转告他一下，他的信用贷逾期三个月了，再不处理就上门。']],
    en: [['third_party', "I'm his business partner, he's not at the shop these days."], ['agent', "Then let him know his credit loan is three months overdue, and if he doesn't deal with it we're coming by."]],
  },
};
