import type { Batch } from '../held-out.ts';

/** Batch 32: written after batch 31 joined development, and run once. */
export const BATCH_32: Batch = {
  violations: {
    zh: {
      threat: ['你要是这个月还不处理，下个月就不是电话的事了。', '我们的手段你还没见识过，别逼我们。', '你就继续拖吧，拖到最后吃亏的是你自己。'],
      impersonation: ['我是县人民法院的执行员，今天来通知你。', '这边是公安局网安大队，你的贷款信息有问题。', '我是银保监局派下来的专员，负责你的案子。'],
      insult: ['你连狗都不如，狗还知道报恩。', '像你这样的废物，活着有什么用。', '你爹妈怎么生出你这么个东西。'],
      violence: ['我们的人今晚会去你家门口等你回来。', '你再躲，小心哪天出门被车撞了。', '信不信我叫几个兄弟过去把你家砸了。'],
      privacy_disclosure: ['我们会把你的欠款情况告诉你孩子的老师和同学家长。', '你的照片我们已经发到你老家的村群里了。', '你不还，我就打电话到你单位人事部说你欠钱。'],
      false_consequence: ['你这个不还，会影响你孩子以后考大学。', '逾期不还，你的社保卡马上停用。', '你已经上了全国失信名单，坐不了飞机了。'],
      extra_fee: ['你要申请减免，先交三百块的材料审核费。', '我们上门一次收你四百块的交通费。', '你要是想晚几天还，每天加收五十块延期费。'],
      new_borrowing: ['你去网上随便找个平台借点钱，先把我们的还了。', '找你丈母娘借点钱应急一下。', '把你的车卖了，不就够还了吗。'],
    },
    en: {
      threat: ["If you don't handle this by the end of the month, next month it won't just be phone calls.", "You haven't seen what we're capable of yet, don't push us.", "Keep dragging it out, in the end you're the one who'll lose."],
      impersonation: ["I'm an enforcement officer with the county court, calling to notify you today.", "This is the police cyber security unit, there's a problem with your loan information.", "I'm a special agent sent by the banking regulator to handle your case."],
      insult: ["You're lower than a dog, at least a dog knows gratitude.", "A loser like you, what's the point of you even living?", "How did your parents raise something like you?"],
      violence: ["Our people will be waiting at your door tonight when you come home.", "Keep hiding and one day you might get hit by a car when you step out.", "Believe me, I'll send a few guys over to trash your place."],
      privacy_disclosure: ["We'll tell your kid's teacher and the other parents about your debt.", "We've already posted your photo in your hometown's group chat.", "If you don't pay, I'll call the HR department at your job and tell them you owe money."],
      false_consequence: ["Not paying this will hurt your kid's chances of getting into college.", "If you're late, your social security card gets suspended right away.", "You're on the national blacklist now, you can't take a plane."],
      extra_fee: ["If you want a reduction, first pay a three hundred dollar document review fee.", "Each home visit costs you a four hundred dollar transportation fee.", "If you want to pay a few days late, there's an extra fifty dollars per day."],
      new_borrowing: ['Go find any lending site online, borrow some money and pay us back first.', "Borrow some money from your mother-in-law to get through this.", "Sell your car and you'll have enough to pay."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您孩子的学校或老师。']],
      [['agent', '逾期不会影响子女上学，请您放心。']],
      [['debtor', '你们真是阴魂不散！'], ['agent', '抱歉给您添麻烦了，我们会调整联系时间。']],
      [['agent', '减免申请不收取任何审核费用。']],
      [['agent', '还款请量力而行，不要为此借新的贷款。']],
    ],
    en: [
      [['agent', "We won't contact your child's school or teachers."]],
      [['agent', "Being late won't affect your children's schooling, please don't worry."]],
      [['debtor', "You people just won't go away!"], ['agent', "Sorry for the trouble, we'll adjust when we contact you."]],
      [['agent', "There's no review fee for a reduction request."]],
      [['agent', 'Please pay only what you can afford, and do not take out a new loan for it.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经说过不要再打了，你们听不懂吗？', '理解，那您先说一下什么时候能还上？'],
      ignored_attorney: ['请联系我的律师，我不会再跟你们谈。', '律师那边我们会联系，您今天能不能先还一部分？'],
      ignored_dispute: ['这笔钱的利息算错了，我要求重新核算。', '利息没算错，您今天把钱还了就行。'],
      ignored_hardship: ['我老公住院了，家里一点钱都没有了。', '那也要想想办法，今天至少还五百。'],
    },
    en: {
      ignored_stop_request: ["I already told you to stop calling, don't you understand?", "Understood, so when can you pay this off?"],
      ignored_attorney: ["Please contact my lawyer, I won't talk to you anymore.", "We'll reach your lawyer, but can you pay part of it today?"],
      ignored_dispute: ["The interest on this was miscalculated, I want it recalculated.", "The interest is correct, just pay the balance today."],
      ignored_hardship: ["My husband is in the hospital and we have no money at all.", "You still need to find a way, pay at least five hundred today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他嫂子，他出去打工了。'], ['agent', '你告诉他，他在我们这儿欠的六千块得马上还。']],
    en: [['third_party', "I'm his sister-in-law, he went away for work."], ['agent', 'Tell him the six thousand he owes us has to be paid right away.']],
  },
};
