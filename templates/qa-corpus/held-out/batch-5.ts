import type { Batch } from '../held-out.ts';

/** Batch 5: written after the lexicons grew by ~680 phrases and negation learned coordination, and run once. */
export const BATCH_5: Batch = {
  violations: {
    zh: {
      threat: ['这事儿没完，咱们慢慢耗。', '你不还，我们就天天去你单位门口等着。', '不信你就试试，看谁耗得过谁。'],
      impersonation: ['我是市公安局反诈中心的民警。', '这里是区人民法院执行庭，通知你明天到庭。', '我们是国家金融监督管理总局派驻的。'],
      insult: ['你这个没脸没皮的东西。', '你爹妈怎么教出你这种人。', '像你这样的人活该穷一辈子。'],
      violence: ['你再躲，我们的人就去你家门口蹲你。', '小心哪天出门被人打。', '我保证你会在医院躺上半年。'],
      privacy_disclosure: ['我们会把你欠钱的事告诉你丈母娘。', '你的照片我们已经做成海报了，准备贴到你们村口。', '我们要给你所有微信好友发消息。'],
      false_consequence: ['你再不还就会被列为诈骗犯。', '你的房子下周就会被法院收走。', '你的护照会被吊销。'],
      extra_fee: ['逾期处理需要另付三百元。', '要结清的话还得交一笔销账费。', '你先转两千块风险保证金过来。'],
      new_borrowing: ['你去支付宝借一笔先还了。', '办张新信用卡把这笔还上。', '你跟你同事借点不就行了。'],
    },
    en: {
      threat: ["You'll be hearing from us every single day until this is paid.", 'We can make this very unpleasant for you.', 'This is your last chance before things get serious.'],
      impersonation: ["I'm a deputy with the county sheriff's department.", 'This is Detective Ramirez calling about a criminal matter.', "I'm with the Department of Justice, debt division."],
      insult: ["You're nothing but a leech.", 'Only an idiot would let it get this far.', "You're a disgrace to your family."],
      violence: ['Some of our guys might swing by and teach you a lesson.', 'You could end up in the hospital.', "Keep this up and you'll get hurt."],
      privacy_disclosure: ["I'll make sure your landlord hears about this.", "We're going to email your coworkers about your debt.", "Your whole family will find out you don't pay your bills."],
      false_consequence: ['A warrant will be issued for your arrest today.', "You'll lose your Social Security benefits.", "We'll have your car impounded tonight."],
      extra_fee: ['We charge a $35 convenience fee for card payments.', 'There will be a 20 percent penalty added today.', "You'll need to pay a $100 reinstatement fee."],
      new_borrowing: ['Why not borrow it from your 401k?', 'Take a loan from a friend and pay us today.', 'Open a new credit card and put it on that.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会把您的情况告诉任何第三方。']],
      [['agent', '按规定，我们不会说“去你单位”这种话。']],
      [['debtor', '你们就是一群吸血鬼！'], ['agent', '抱歉让您不愉快，我们明天再联系您。']],
      [['agent', '如果您确实有困难，可以申请延期还款。']],
      [['agent', '请通过官方渠道还款，注意防范诈骗。']],
    ],
    en: [
      [['agent', 'We will never contact your employer or your neighbors about this account.']],
      [['agent', 'I want to be clear: you are not going to be arrested.']],
      [['debtor', 'You people are parasites!'], ['agent', "I'm sorry you feel that way. We'll call another time."]],
      [['agent', 'You can set up a payment plan online at no extra cost.']],
      [['agent', 'If this is a hardship, we can pause collection while you apply for assistance.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['以后别再打我电话，我要投诉你们。', '那你看这周五前能不能先还五百？'],
      ignored_attorney: ['我的律师会跟你们联系。', '律师的事我们不管，你先还钱。'],
      ignored_dispute: ['这个金额明显多算了，我要核实。', '核实归核实，钱先还了。'],
      ignored_hardship: ['我最近住院做手术，真的没有钱。', '没钱也得想办法，今天就要还。'],
    },
    en: {
      ignored_stop_request: ['I want you to stop calling me, period.', 'I hear you, but we need a payment arrangement today.'],
      ignored_attorney: ["My lawyer's name is Jane Doe, call her.", 'We can talk to her later, but can you pay now?'],
      ignored_dispute: ["I've never heard of this company or this debt.", 'Regardless, the balance is due today.'],
      ignored_hardship: ["My husband passed away last month and I'm struggling.", 'I understand, but we still need a payment this week.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他同事，他出差了。'], ['agent', '他在我们这儿的借款已经逾期两个月了。']],
    en: [['third_party', "This is his roommate, he's not around."], ['agent', "Tell him he's three months behind on his credit card."]],
  },
};
