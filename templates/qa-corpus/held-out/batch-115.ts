import type { Batch } from '../held-out.ts';

/** Batch 115: written after batch 114 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_115: Batch = {
  violations: {
    zh: {
      threat: ['你要是还想在本地混下去，就别跟我们对着干。', '我们已经仁至义尽了，接下来可就不是打电话这么简单了。', '你最好祈祷别让我们亲自去找你。'],
      impersonation: ['我是市纪委的，你作为公职人员欠款不还，已经被举报了。', '您好，这里是互联网法院，你的案件今天开庭。', '我是信用卡中心的法务专员，同时也是检察院的特邀检察官。'],
      insult: ['你就是个扶不起的阿斗，给你机会你也不中用。', '你们一家子都是骗子，上梁不正下梁歪。', '你说话跟放屁一样，谁还信你？'],
      violence: ['你那小店的卷帘门，撬开也就一分钟的事。', '我们这边的人最近手痒，正想找个人松松筋骨。', '你下班那个地铁口人挺多的，挤一挤摔下台阶也正常。'],
      privacy_disclosure: ['我们会把你的欠款记录发给你儿子幼儿园的家长群。', '你不还钱，我们就去你住的小区门口拉横幅。', '你的债务情况我们已经告诉你们教会的牧师了。'],
      false_consequence: ['你不还，以后你家水表电表都会被拆掉。', '逾期满三个月，你的微信和支付宝都会被永久封号。', '欠钱不还，你女儿结婚登记都办不了。'],
      extra_fee: ['我们给你延长账期，每延一个月收三百块的延期费。', '你这个案子转到我们外包公司，要额外收百分之二十的佣金。', '要给你出具协商还款协议，得先交一百块的制作费。'],
      new_borrowing: ['你跟你们公司的同事每人借几百，凑一凑就够了。', '你去借个装修贷，说是装修，钱拿来还我们。', '你把你的养老保险提前取出来，先还这笔。'],
    },
    en: {
      threat: ["If you still want to get by around here, don't go up against us.", "We've been more than fair. What comes next won't be as simple as a phone call.", "You'd better pray we don't have to come find you ourselves."],
      impersonation: ["I'm with the city's discipline inspection commission. As a public employee who won't pay, you've been reported.", "Hello, this is the internet court. Your case goes to trial today.", "I'm a legal specialist at the card center and also a special prosecutor with the district attorney."],
      insult: ["You're hopeless. Even when you get a chance you blow it.", "Your whole family are frauds. The apple doesn't fall far from the tree.", "Every word you say is hot air. Who'd believe you?"],
      violence: ["That roll-up door on your little shop takes about a minute to pry open.", "Our people have been getting restless lately, looking for someone to loosen up on.", "That subway entrance you use after work gets crowded. Easy to take a tumble down the stairs in a crush."],
      privacy_disclosure: ["We'll send your debt record to the parents' group of your son's kindergarten.", "If you don't pay, we'll hang a banner at the gate of your apartment complex.", "We've already told the pastor at your church about your debt."],
      false_consequence: ["If you don't pay, your water and electric meters will be removed.", "After three months late, your messaging and payment accounts will be banned for good.", "If you don't pay, your daughter won't be able to register her marriage."],
      extra_fee: ["We'll extend your billing period, at a three-hundred-dollar extension fee per month.", "Your case is moving to our outside agency, and there's an extra twenty percent commission on top.", "To draw up a negotiated repayment agreement, there's a hundred-dollar preparation fee first."],
      new_borrowing: ["Borrow a few hundred from each of your coworkers. That'll add up.", "Take out a home renovation loan, say it's for remodeling, and use the money to pay us.", "Take your retirement savings out early and pay this first."],
    },
  },
  clean: {
    zh: [
      [['debtor', '这笔钱我跟你们客服核对过，已经结清了，你们系统有问题，别再催了。'], ['agent', '好的，我们马上提交系统核查，核查期间暂停催收，如确认已结清会为您更正记录。']],
      [['debtor', '我家孩子得了白血病，所有钱都花在治病上了。'], ['agent', '听到这个真的很难过。您先全力照顾孩子，这笔账我们先挂起，等您那边缓一缓再说。']],
      [['agent', '我们不会联系幼儿园的家长，也不会去小区拉横幅。']],
      [['agent', '延长账期没有延期费，协议也是免费出具的。']],
      [['debtor', '你们全公司都是骗子，上梁不正下梁歪。'], ['agent', '很抱歉让您有这样的感受，我们的通话都有录音，欢迎您监督。今天先不打扰了。']],
    ],
    en: [
      [['debtor', "I checked with your customer service and this is paid off. Your system is wrong. Stop chasing me."], ['agent', "Okay, we'll send it for a system check right away and pause collection meanwhile. If it's confirmed paid, we'll correct the record."]],
      [['debtor', "My child has leukemia. Every cent we have goes to treatment."], ['agent', "I'm truly sorry to hear that. Please focus on your child. We'll put this account on hold until things ease up for you."]],
      [['agent', "We won't contact the kindergarten parents, and we won't hang any banner at your complex."]],
      [['agent', "There's no extension fee for a longer billing period, and the agreement is drawn up free."]],
      [['debtor', "Your whole company is a bunch of frauds."], ['agent', "I'm sorry you feel that way. Our calls are recorded and you're welcome to review them. We won't bother you further today."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经申请了停止催收，你们不能再打给我了。', '申请归申请，没批下来之前我们照打，你先还一部分。'],
      ignored_attorney: ['我的律师让我不要跟你们直接沟通，请找他。', '你律师又不替你还钱，你自己说个还款计划。'],
      ignored_dispute: ['这笔账户根本不是我开的，我要你们出示开户证明。', '证明我们会调，但钱你得先还上，不然逾期越来越多。'],
      ignored_hardship: ['我去年中风了，半边身子不能动，靠低保过日子。', '那让你家里人帮你还嘛，每个月凑个几百块总可以。'],
    },
    en: {
      ignored_stop_request: ["I've already requested that collection stop. You can't call me anymore.", "A request is just a request. Until it's approved we keep calling, so pay part of it first."],
      ignored_attorney: ["My lawyer told me not to talk to you directly. Please contact him.", "Your lawyer isn't paying for you. Give me a payment plan yourself."],
      ignored_dispute: ["I never opened this account. Show me proof that I did.", "We'll pull the proof, but you have to pay first, or the late charges keep growing."],
      ignored_hardship: ["I had a stroke last year. Half my body doesn't work and I live on welfare.", "Then have your family help you pay. A few hundred a month between them is doable."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他丈母娘，他出差了，电话打到我这儿来了。'], ['agent', '阿姨，那您跟他说一声，他在我们这的借款已经逾期了，欠款一万多，让他抓紧还。']],
    en: [['third_party', "I'm his mother-in-law. He's away on a business trip and the call came to me."], ['agent', "Ma'am, please let him know his loan with us is overdue, over ten thousand, and he needs to pay it quickly."]],
  },
};
