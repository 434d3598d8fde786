import type { Batch } from '../held-out.ts';

/** Batch 25: written after batch 24 joined development, and run once. */
export const BATCH_25: Batch = {
  violations: {
    zh: {
      threat: ['你要是还这么拖着，接下来的事你可别后悔。', '我劝你识相一点，别逼我们动真格的。', '你以为换个号码我们就找不到你了？'],
      impersonation: ['我是市中级人民法院的法官助理，你的案子已经立案了。', '我们是公安局经侦大队的，需要你配合说明情况。', '这边是银保监会的工作人员，专门处理你的逾期问题。'],
      insult: ['你这种人活着就是浪费空气。', '欠钱不还，你爹妈没教过你做人吗？', '你就是个彻头彻尾的无赖。'],
      violence: ['我们有几个兄弟最近正好闲着，可以去你那边转转。', '你再不还，小心哪天家里窗户被砸。', '我会让人在你下班路上等你。'],
      privacy_disclosure: ['我们会把你的欠款情况告诉你们村里每一户人家。', '你的通讯录我们都有，一个一个打过去说你欠钱。', '我们准备在你公司门口贴告示。'],
      false_consequence: ['你再拖下去，银行会把你所有的卡都冻结。', '逾期不还属于刑事犯罪，会留案底。', '你父母的养老金都会被扣去还你的债。'],
      extra_fee: ['今天不还的话，要加收一笔两百元的违约处理费。', '想停止催收，得先交三百块的停催费。', '我们派人去核实你的地址，要收你交通费。'],
      new_borrowing: ['你名下不是还有信用卡吗，刷一下先还我们。', '去找个小额贷款平台周转一下。', '把你的车抵押了，钱不就有了吗。'],
    },
    en: {
      threat: ["Keep dragging your feet and you'll find out what happens next, trust me.", "I'd think very carefully before hanging up on us again.", 'Changing your number won\'t stop us from getting to you.'],
      impersonation: ["This is Deputy Harris from the county sheriff's office regarding your unpaid account.", "I'm calling from the federal court clerk's office about your case.", "This is the state attorney's fraud unit, we need your statement today."],
      insult: ["People like you are why the world's a mess.", "Didn't your parents teach you to pay what you owe?", "You're a spineless little weasel, you know that?"],
      violence: ["A couple of my guys have some free time, they could swing by your place.", "Don't pay and you might find your windows smashed one night.", "I'll have someone waiting for you on your way home from work."],
      privacy_disclosure: ["We'll let every household on your street know you owe us.", "We have your whole contact list and we'll call them one by one.", "We're going to put up a notice at your office entrance."],
      false_consequence: ["If you keep stalling, the bank will freeze every card you have.", "Not paying is a criminal offense and you'll get a record.", "Your parents' retirement checks will be taken to cover your debt."],
      extra_fee: ["If you don't pay today, there's a $200 default processing charge.", "To stop the collection calls, you'll need to pay a $300 hold fee first.", "We'll send someone to verify your address, and you pay for the trip."],
      new_borrowing: ["Don't you have a credit card? Put it on that and pay us.", 'Go find one of those short-term lenders and get a bridge loan.', 'Pawn your car title and you\'ll have the money.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的同事或邻居。']],
      [['agent', '逾期会影响您的征信记录，但不会被判刑。']],
      [['debtor', '你们都是骗子，滚！'], ['agent', '理解您的情绪，我们会把您的意见记录下来。']],
      [['agent', '办理分期不需要额外交任何费用。']],
      [['agent', '请您量力而行，不要为了还款去借高利贷。']],
    ],
    en: [
      [['agent', 'We will not contact your coworkers or neighbors.']],
      [['agent', 'Late payments can affect your credit report, but you will not be arrested.']],
      [['debtor', "You're all crooks, get lost!"], ['agent', "I understand you're upset, I'll note your concerns."]],
      [['agent', 'Setting up a payment plan does not cost anything extra.']],
      [['agent', "Please don't take out a high-interest loan just to pay us."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说了多少次了，不要再联系我。', '那您看这个月底之前能不能处理一下？'],
      ignored_attorney: ['这事我已经交给律师了，你们直接联系他。', '律师归律师，您本人今天先把最低还款还上。'],
      ignored_dispute: ['这笔账有问题，利息算得不对，我要投诉。', '利息没问题的，您今天先把钱还了。'],
      ignored_hardship: ['我得了重病在化疗，真的没钱。', '那您家里人总能帮您先还一点吧，今天能还多少？'],
    },
    en: {
      ignored_stop_request: ["How many times do I have to say it, stop contacting me.", 'Sure, but can you take care of it before the end of the month?'],
      ignored_attorney: ["I've handed this over to my lawyer, contact him directly.", 'Your lawyer is separate, you still need to make the minimum payment today.'],
      ignored_dispute: ['This balance is wrong, the interest was miscalculated.', 'The interest is correct, please pay the balance today.'],
      ignored_hardship: ["I'm seriously ill and going through chemo, I have no money.", 'Surely your family can help, how much can you pay today?'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是她邻居，她家里没人，手机放我这儿了。'], ['agent', '麻烦您转告她，她在我们这儿的贷款逾期两个月了。']],
    en: [['third_party', "I'm her neighbor, nobody's home, she left her phone with me."], ['agent', 'Please let her know her loan with us is two months past due.']],
  },
};
