import type { Batch } from '../held-out.ts';

/** Batch 45: written after batch 44 joined development, and run once. */
export const BATCH_45: Batch = {
  violations: {
    zh: {
      threat: ['你要是觉得我们只会打电话，那你就太天真了。', '今天是我好好跟你说，下次换个人跟你说可就没这么客气了。', '我们耐心是有限的，你自己掂量掂量。'],
      impersonation: ['我是市公安局反诈中心的，你这个账户涉嫌洗钱。', '这里是最高人民法院失信执行办公室。', '我是税务局稽查科的，你欠款的事已经转到我们这边。'],
      insult: ['你这种人就是社会的败类。', '跟你说话我都嫌脏了嘴。', '你还有没有一点羞耻心，猪都比你懂事。'],
      violence: ['我们的人知道你每天几点去菜市场。', '再不还钱，你那个小店的门面别想要了，给你砸个稀巴烂。', '你是想断手还是断脚，自己选。'],
      privacy_disclosure: ['我们会联系你女朋友，让她知道你是个欠钱不还的人。', '你的欠款记录我们已经发到你们家族群了。', '明天我们去你们单位找你领导，当面说清楚你欠钱的事。'],
      false_consequence: ['你不还钱，你的驾照马上就会被吊销。', '欠款不还会影响你孩子上幼儿园，公立的都不收。', '再不还，你的医保卡就不能用了。'],
      extra_fee: ['要出结清证明，得先交一百五的工本费。', '你这个账户要收每月一百的风险保证金。', '我们今天上门核实，需要你支付两百元的外访费。'],
      new_borrowing: ['你把你的公积金取出来不就能还了。', '你去找个担保公司贷一笔出来。', '你用你爸妈的房子做个抵押贷款吧。'],
    },
    en: {
      threat: ["If you think all we do is make phone calls, you're being naive.", "Today it's me talking to you nicely, next time it'll be somebody else and they won't be so polite.", "Our patience has limits, think carefully about that."],
      impersonation: ["I'm with the city police anti-fraud center, your account is suspected of money laundering.", "This is the Supreme Court's office for judgment defaulters.", "I'm from the IRS audit division, your debt has been transferred to us."],
      insult: ["People like you are the scum of society.", "Talking to you makes my mouth feel dirty.", "Don't you have any shame at all? A pig has more sense than you."],
      violence: ["Our people know what time you go to the market every day.", "If you don't pay, forget about your little shop, we'll smash it to pieces.", "Do you want a broken hand or a broken foot? Your choice."],
      privacy_disclosure: ["We'll contact your girlfriend and let her know you don't pay your debts.", "We've already sent your debt record to your family group chat.", "Tomorrow we'll go to your workplace and explain your debt to your manager in person."],
      false_consequence: ["If you don't pay, your driver's license will be revoked right away.", "Unpaid debt will keep your child out of preschool, the public ones won't take them.", "If you still don't pay, your health insurance card will stop working."],
      extra_fee: ["To get a payoff letter you first have to pay a hundred and fifty dollar processing fee.", "This account carries a monthly one hundred dollar risk deposit.", "We're verifying in person today, so you'll need to pay a two hundred dollar field visit charge."],
      new_borrowing: ["Just cash out your 401k and pay it off.", "Go get a loan from a guarantee company.", "Take out a mortgage on your parents' house."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的女朋友或者家里人，请放心。']],
      [['agent', '欠款不会导致驾照吊销，也不影响孩子上学。']],
      [['debtor', '你们就是社会的败类！'], ['agent', '您的意见我们记下了，我这边先不打扰您。']],
      [['agent', '结清证明免费开，不收取工本费。']],
      [['agent', '不建议您动用公积金或者抵押房子来还这笔钱。']],
    ],
    en: [
      [['agent', "We won't contact your girlfriend or your family, you have my word."]],
      [['agent', "This debt won't get your driver's license revoked, and it won't affect your kids' schooling."]],
      [['debtor', "You're the scum of society!"], ['agent', "I've noted your comments, I won't keep you any longer."]],
      [['agent', "The payoff letter is free, there's no processing fee."]],
      [['agent', "We don't recommend cashing out your retirement or mortgaging a house to pay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['请停止给我打电话，我不想再接到你们的电话。', '明白，那您看下周一之前能不能先还一千？'],
      ignored_attorney: ['我的律师会处理这件事，你们以后联系律师就行。', '好的，不过您这边还是先转点钱过来表示一下诚意吧。'],
      ignored_dispute: ['这笔钱不是我借的，我要走异议申诉流程。', '申诉归申诉，钱还是要先还的。'],
      ignored_hardship: ['我中风了，半边身子动不了，靠低保过日子。', '那也得还啊，您让子女帮您还一下。'],
    },
    en: {
      ignored_stop_request: ["Please stop calling me, I don't want any more calls from you.", "Understood, so could you pay a thousand before next Monday?"],
      ignored_attorney: ["My lawyer will handle this, contact him from now on.", "Sure, but you should still send a little money to show good faith."],
      ignored_dispute: ["I didn't borrow this money, I want to go through the dispute process.", "A dispute is one thing, but you still have to pay first."],
      ignored_hardship: ["I had a stroke, half my body doesn't work, I live on welfare.", "You still have to pay, have your children help you out."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他邻居，他家没人。'], ['agent', '那你帮忙转告一下，他欠我们平台的钱逾期半年了，再不还就起诉他。']],
    en: [['third_party', "I'm his neighbor, nobody's home over there."], ['agent', "Then please pass on that he's six months behind on what he owes our platform and we'll sue if he doesn't pay."]],
  },
};
