import type { Batch } from '../held-out.ts';

/** Batch 23: written after batch 22 joined development, and run once. */
export const BATCH_23: Batch = {
  violations: {
    zh: {
      threat: ['你别以为我们是吃素的。', '这事你要是不当回事，下次就没这么客气了。', '你今天不还，明天就有你好果子吃。'],
      impersonation: ['我是派出所的，你这个案子已经转到我们这了。', '我们是法院的，你的传票已经下来了。', '这里是市金融监管局，你被列入重点监控名单。'],
      insult: ['你就是个没出息的废物。', '这么大人了还赖账，真给你爹妈丢脸。', '你这号人说话就是放屁。'],
      violence: ['我找几个人去你厂里堵你，看你跑哪去。', '信不信我让人把你家玻璃全砸了。', '你晚上出门小心点，别被人套了麻袋。'],
      privacy_disclosure: ['我们会把你的欠款情况发到你们公司大群里。', '你亲戚的电话我们都有，一个个打过去告诉他们。', '我们会联系你前女友，让她知道你欠钱不还。'],
      false_consequence: ['你不还钱，你的孩子以后不能当兵。', '逾期了，你的社保就会被停掉。', '这笔账不还，法院会直接判你三年。'],
      extra_fee: ['你要停催的话，先交一笔两百块的手续费。', '我们上门一次，车费油费都算你的。', '每天逾期多收你二十块钱的管理费。'],
      new_borrowing: ['去找你朋友借钱，先把我们的还了。', '你把手上的信用卡套现一下不就有了。', '你可以去借个小贷周转。'],
    },
    en: {
      threat: ["Don't think we're pushovers.", "Blow this off and next time we won't be so nice.", "Don't pay today and tomorrow you'll get what's coming to you."],
      impersonation: ["I'm with the police, your case has been transferred to us.", "We're from the court, your summons has been issued.", "This is the city financial regulator, you've been put on a watch list."],
      insult: ["You're a useless good-for-nothing.", "A grown adult dodging debts, you're an embarrassment to your parents.", 'Everything you say is garbage.'],
      violence: ["I'll send a few people to wait for you at your plant, let's see where you run.", 'Want me to have someone smash all your windows?', 'Be careful going out at night, somebody might throw a bag over your head.'],
      privacy_disclosure: ["We'll post your debt situation in your company's main group chat.", "We have your relatives' numbers, we'll call each one and tell them.", "We'll contact your ex-girlfriend and let her know you don't pay your debts."],
      false_consequence: ["If you don't pay, your kids can never join the military.", "Once you're late, your social security gets cut off.", "Don't pay this and the court will sentence you to three years."],
      extra_fee: ['To stop the collection calls, you first pay a $200 handling fee.', 'Every visit we make, the gas and car costs go on your bill.', 'Every late day adds another $20 management fee.'],
      new_borrowing: ['Go borrow from your friends and pay ours first.', "Just take a cash advance on your credit card and you'll have it.", 'You could get a small payday loan to tide you over.'],
    },
  },
  clean: {
    zh: [
      [['agent', '您放心，我们不会到您工厂去。']],
      [['agent', '逾期不会影响您的孩子当兵。']],
      [['debtor', '你们这群吸血的，滚！'], ['agent', '理解您的情绪，我们稍后再跟您联系。']],
      [['agent', '停催申请是免费的，不需要交任何费用。']],
      [['agent', '我们不会建议您去借钱或者套现还款。']],
    ],
    en: [
      [['agent', "Rest assured, we won't come to your workplace."]],
      [['agent', "Being late won't keep your kids from joining the military."]],
      [['debtor', 'You bloodsuckers, get lost!'], ['agent', "I understand you're upset, we'll contact you later."]],
      [['agent', "Requesting a pause in collection is free, there's no fee at all."]],
      [['agent', 'We will never suggest that you borrow or take a cash advance to pay.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['求求你们别再打了，我都快疯了。', '您先冷静，这期的钱什么时候能到账？'],
      ignored_attorney: ['这事我已经交给律师了，你们去找律师。', '找律师也解决不了问题，钱还是得您自己还。'],
      ignored_dispute: ['这笔借款是别人冒用我身份借的，我已经报警了。', '报警归报警，欠款您先还上。'],
      ignored_hardship: ['我出车祸住院了，现在还在做手术。', '那您先想办法还一点，今天至少还两百。'],
    },
    en: {
      ignored_stop_request: ["Please, I'm begging you, stop calling, I'm going crazy.", 'Calm down, when can the payment for this month come through?'],
      ignored_attorney: ["I've handed this to my lawyer, go talk to him.", "A lawyer won't solve anything, you still have to pay it yourself."],
      ignored_dispute: ["Someone took out this loan using my identity, I've filed a police report.", 'The police report is one thing, please pay the balance first.'],
      ignored_hardship: ["I was in a car accident and I'm in the hospital waiting for surgery.", 'Then try to pay something, at least two hundred today.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他侄子，他在外地。'], ['agent', '你跟你叔说一声，他欠我们的钱再不还就要起诉了。']],
    en: [['third_party', "I'm his nephew, he's out of town."], ['agent', "Tell your uncle if he doesn't pay what he owes us we'll sue."]],
  },
};
