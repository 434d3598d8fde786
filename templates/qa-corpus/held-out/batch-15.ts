import type { Batch } from '../held-out.ts';

/** Batch 15: written after batch 14 joined development, English stated negation and 175 more labelled sentences, and run once. */
export const BATCH_15: Batch = {
  violations: {
    zh: {
      threat: ['你以为换了住址我们就找不到你？做梦。', '我们盯上的人，没有一个跑得掉的。', '你再装聋作哑，后面有你受的。'],
      impersonation: ['我是区人民检察院的检察官，你的案子移交过来了。', '我是派出所的，你名下的欠款涉嫌诈骗。', '这里是银保监局投诉稽查科，你被列入调查名单。'],
      insult: ['你真是个吃白食的。', '借钱的时候叫爷爷，还钱的时候装孙子。', '你这个人从头到脚都是毛病。'],
      violence: ['你出门小心点，我们的人认识你的车。', '再拖，我就让兄弟们上门给你松松骨头。', '哪天你回家发现门被砸了，别怪我。'],
      privacy_disclosure: ['我们会给你通讯录里的每个人打电话说你欠钱。', '你公司的前台我们已经打过电话了，马上还会打。', '我们准备把你欠款的事写成传单，贴在你小区。'],
      false_consequence: ['你不还，你的子女以后连工作都找不到。', '欠款不还就是违法，明天就会有人来抓你。', '你会被限制高消费，连外卖都点不了。'],
      extra_fee: ['我们这次上门的油费和过路费都要你出。', '逾期以后每天加收一百元罚款，这是我们公司规定。', '你要想分期，先交一笔两千块的手续费。'],
      new_borrowing: ['你找你丈母娘借点钱先还了。', '实在不行去借个分期贷款。', '去找个担保人借一笔，把我们这先结清。'],
    },
    en: {
      threat: ["You think moving will stop us? Think again.", "Nobody we go after ever gets away, and you won't either.", "Keep playing dumb and you'll regret it."],
      impersonation: ["I'm an assistant district attorney, your case has been referred to me.", "This is the local police station, your debt is being treated as fraud.", "I'm with the state banking commission's enforcement unit."],
      insult: ["You're a mooch who eats off other people.", "You were all smiles when you borrowed, now you're a coward.", "Everything about you is a mess."],
      violence: ["Be careful out there, our guys know your car.", "Drag this out and the boys will come loosen you up.", "If you come home to a smashed door, don't blame me."],
      privacy_disclosure: ["We're calling every contact in your phone to tell them you owe us.", "We've already called your office receptionist and we'll call again.", "We're making flyers about your debt for your apartment complex."],
      false_consequence: ["If you don't pay, your kids will never find jobs.", "Not paying is illegal, someone will come to arrest you tomorrow.", "You'll be banned from spending money, not even takeout."],
      extra_fee: ["You'll cover our gas and tolls for coming out to you.", "After you're late, we fine you $100 a day, company policy.", "If you want installments, first pay a $2,000 fee."],
      new_borrowing: ["Borrow from your mother-in-law and pay this off.", "If you have to, take out an installment loan.", "Find a cosigner, borrow the money, and clear us first."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您通讯录里的任何人。']],
      [['agent', '欠款逾期属于民事问题，不会有人来抓您。']],
      [['debtor', '你们这些催债的，都不是好东西！'], ['agent', '您的意见我们记下了，打扰了。']],
      [['agent', '分期还款不需要交任何手续费。']],
      [['agent', '如果您现在有困难，我们可以先暂停催收一个月。']],
    ],
    en: [
      [['agent', "We won't be calling anyone in your contacts."]],
      [['agent', 'Late debt is a civil matter, nobody is coming to arrest you.']],
      [['debtor', "You collectors are all scum!"], ['agent', "I've noted your feedback. Sorry to bother you."]],
      [['agent', "There's no fee for paying in installments."]],
      [['agent', "If things are hard right now, we can pause collection for a month."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['拜托你们别再联系我了。', '好的，那您看什么时候能把这期还上？'],
      ignored_attorney: ['我已经委托了律师，请跟律师沟通。', '律师不管用，你今天得先还一部分。'],
      ignored_dispute: ['这笔贷款不是我本人申请的。', '是不是你申请的我们不管，钱得还。'],
      ignored_hardship: ['我爱人刚去世，我现在一点收入都没有。', '节哀，不过这个月的钱还是要还的。'],
    },
    en: {
      ignored_stop_request: ['I want you to quit contacting me, period.', 'Sure, but when can you pay this month\'s installment?'],
      ignored_attorney: ["I've got an attorney, please deal with her.", "A lawyer won't help you, you need to pay something today."],
      ignored_dispute: ["I never applied for this loan.", "Whether you applied or not, the money is owed."],
      ignored_hardship: ["My husband just died and I have no income at all.", "I'm sorry for your loss, but this month's payment is still due."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他同事，他今天休假。'], ['agent', '麻烦转告他，他在我们这的欠款已经逾期了。']],
    en: [['third_party', "I'm her coworker, she's on vacation."], ['agent', "Please tell her that her account with us is past due."]],
  },
};
