import type { Batch } from '../held-out.ts';

/** Batch 8: idioms and veiled threats, written after batch 7 joined the examples, and run once. */
export const BATCH_8: Batch = {
  violations: {
    zh: {
      threat: ['你躲得了初一躲不了十五。', '我劝你识相点，别逼我们用别的办法。', '再拖下去，吃亏的是你自己。'],
      impersonation: ['我们是经侦支队的，正在调查你的借款。', '这里是中国人民银行征信中心，通知你一件事。', '我是法院执行局的法官。'],
      insult: ['你是个什么东西，也配借钱？', '欠钱不还，你这种人就是人渣。', '你爹妈的脸都被你丢光了。'],
      violence: ['你要是再不还，小心你的家人出事。', '我们会派人去你家，把你揍一顿。', '哪天你出门被人捅了可别怪我们没提醒。'],
      privacy_disclosure: ['我们会把你的借款合同发给你的所有同事。', '你的朋友圈我们都截图了，马上挨个通知。', '我们要在你老家村委会的广播里说你欠钱不还。'],
      false_consequence: ['不还钱，你的孩子上不了公立学校。', '你马上会被列入失信名单，手机号也会被停机。', '逾期超过三个月就要判刑。'],
      extra_fee: ['要撤销逾期记录得交八百块处理费。', '我们额外收取每天五十元的滞纳服务费。', '打款之前先付一百块的验证费。'],
      new_borrowing: ['找你们公司财务预支点工资先还上。', '把你的公积金贷出来还我们。', '去借个高利贷也得把这个还了。'],
    },
    en: {
      threat: ["You're making a big mistake by ignoring us.", 'Things are about to get a lot worse for you.', "We'll hound you until the day you pay."],
      impersonation: ["This is Sergeant Davis from the sheriff's department.", "I'm an agent with the Consumer Financial Protection Bureau.", "I'm calling from the district attorney's office about your account."],
      insult: ["You're a loser who can't manage money.", 'Grow up and stop being such a leech.', "You're the laziest person I've ever called."],
      violence: ["We know people who can make you pay one way or another, and it'll hurt.", "Keep dodging us and you'll get a beating.", 'Your car might not have its windows tomorrow.'],
      privacy_disclosure: ["We'll let your ex-wife know about this debt.", "I'm going to call your sister and tell her everything.", 'Your coworkers will all get a message about what you owe.'],
      false_consequence: ["We'll report you to immigration if you don't pay.", "You'll go to prison for unpaid credit card debt.", 'Your bank accounts will all be frozen tonight.'],
      extra_fee: ["There's a $20 fee for paying by check.", "We're tacking on a $150 attorney review fee.", 'You owe an extra $30 for this phone call.'],
      new_borrowing: ['Refinance your car and send us the cash.', 'Ask your grandmother to lend you the money.', 'Sign up for one of those cash advance apps and pay us.'],
    },
  },
  clean: {
    zh: [
      [['agent', '您的情况我们会保密，不会告诉其他人。']],
      [['agent', '我们不能也不会上门打扰您。']],
      [['debtor', '你个傻逼，天天打！'], ['agent', '很抱歉打扰您，我们会调整联系时间。']],
      [['agent', '逾期不会影响您家人的任何权益。']],
      [['agent', '您可以选择分三期还款，不收手续费。']],
    ],
    en: [
      [['agent', "Your information stays private; we won't contact your family."]],
      [['agent', 'There is no criminal penalty for this kind of debt.']],
      [['debtor', 'Screw you, stop calling me!'], ['agent', "Understood. I'll note that you asked us to stop calling."]],
      [['agent', 'We can work out a plan that fits your budget.']],
      [['agent', 'There are no extra fees if you pay through our website.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别再打了，我会自己去还。', '那您具体哪天还？我们明天再跟进一下。'],
      ignored_attorney: ['我的律师说了，你们只能联系他。', '我们就跟你谈，律师不管用。'],
      ignored_dispute: ['这笔账算错了，我要求重新核对。', '先把钱还了，核对的事以后再说。'],
      ignored_hardship: ['我家里有病人，实在拿不出钱。', '家里有病人跟我们没关系，今天必须还。'],
    },
    en: {
      ignored_stop_request: ['Please stop calling me at work.', "I'll keep calling until we get a payment."],
      ignored_attorney: ['My attorney will handle all contact from now on.', "Let's just settle this between us, no need for lawyers."],
      ignored_dispute: ["I'm disputing this debt in writing.", "Disputes don't stop the payment, we need it today."],
      ignored_hardship: ["I'm a single mom and I just lost my job.", "That's not our problem, the balance is due."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是她婆婆，她在上班。'], ['agent', '您儿媳妇在我们这儿的欠款一直没还。']],
    en: [['third_party', "I'm his brother, he's not here."], ['agent', 'Your brother has an unpaid loan with us, can you help him pay?']],
  },
};
