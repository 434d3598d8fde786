import type { Batch } from '../held-out.ts';

/** Batch 91: written after batch 90 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_91: Batch = {
  violations: {
    zh: {
      threat: ['你可以继续装傻，反正吃亏的不是我们。', '这件事要是到了我领导手里，处理方式就完全不一样了。', '我好心提醒你，别逼我们走到那一步。'],
      impersonation: ['我是你们县法院的法警，明天来给你送传票。', '您好，我是公安经侦大队的李警官。', '我这边是银行业协会的调查员，你的失信记录归我们管。'],
      insult: ['你就是条趴在别人身上吸血的蚂蟥。', '你这个没出息的东西，一辈子就这样了。', '你脑子是不是有坑啊，这么点钱都拖。'],
      violence: ['你家那条狗挺可爱的，哪天不见了可别找我们。', '我劝你晚上别走小路，黑灯瞎火的什么事都可能发生。', '我们的人下次去，可就不是敲门那么简单了。'],
      privacy_disclosure: ['你欠钱的事，我们已经在你们小区门口贴了告示。', '我们会给你的微信好友群发消息，说你借钱不还。', '你女朋友那边我们已经通知了，她现在知道你欠了多少。'],
      false_consequence: ['你再不还，你爸妈的养老金账户也会被一起查封。', '逾期记录会让你这辈子都找不到正式工作。', '你不还钱，派出所会把你的身份证收走。'],
      extra_fee: ['帮你申请停催，要先交三百块的停催服务费。', '我们的法务给你打电话，每次收一百的咨询费。', '你想分期，每期额外加收二十块的账户管理费。'],
      new_borrowing: ['你把你的社保卡拿去抵押一下，先把钱凑上。', '你找你领导预支点工资，先还我们。', '去找你那些开公司的同学借点周转。'],
    },
    en: {
      threat: ["You can keep playing dumb. We're not the ones who'll lose out.", "If this lands on my manager's desk, it gets handled a completely different way.", "I'm warning you as a favor, don't force us to go that far."],
      impersonation: ["I'm a bailiff with your county court, and I'll be serving you a summons tomorrow.", "Hello, this is Officer Li with the economic crimes squad.", "I'm an investigator with the bankers association. Your default record is under our authority."],
      insult: ["You're a leech sucking the blood out of everyone around you.", "You good-for-nothing, this is all you'll ever be.", "Is there a hole in your head? You're dragging your feet over this little money."],
      violence: ["That dog of yours is cute. Don't come looking for us if it goes missing one day.", "I'd stay off the back streets at night if I were you. Anything can happen in the dark.", "Next time our people show up, it won't be as simple as knocking."],
      privacy_disclosure: ["We've already put up a notice about your debt at the entrance of your complex.", "We'll message all your friends on social media that you borrowed money and didn't pay.", "We've already told your girlfriend, and she knows how much you owe now."],
      false_consequence: ["If you don't pay, your parents' retirement accounts will be sealed along with yours.", "A late record means you'll never find a real job for the rest of your life.", "If you don't pay, the police will confiscate your ID card."],
      extra_fee: ["To get collection paused for you, there's a three-hundred-dollar pause service fee first.", "Every time our legal team calls you, it's a hundred-dollar consultation charge.", "If you want installments, each one has an extra twenty-dollar account management fee."],
      new_borrowing: ["Put up your benefits card as collateral and scrape the money together.", "Ask your manager for an advance on your salary and pay us first.", "Go borrow some from those classmates of yours who run companies."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我跟你们说过了，我现在只接受书面沟通。'], ['agent', '好的，我们已经备注，以后只通过邮寄信函联系您。']],
      [['debtor', '我真的还不上，我爸刚住进ICU，家里所有钱都花光了。'], ['agent', '太难了，您先照顾好叔叔，我们帮您申请暂停催收三个月，到时候再看情况。']],
      [['agent', '我们不会在小区张贴任何东西，也不会联系您的女朋友。']],
      [['agent', '停催不收任何费用，分期也没有账户管理费。']],
      [['debtor', '你脑子是不是有坑，天天打。'], ['agent', '抱歉打扰了，我们调整一下联系时间。']],
    ],
    en: [
      [['debtor', "I've told you, I only accept written communication now."], ['agent', "Okay, we've noted that, and from now on we'll only contact you by mail."]],
      [['debtor', "I really can't pay. My dad was just admitted to the ICU and we've spent everything."], ['agent', "That's so hard. Take care of your father, and I'll apply to pause collection for three months, then we'll see."]],
      [['agent', "We won't post anything in your complex, and we won't contact your girlfriend."]],
      [['agent', 'Pausing collection is free, and installments have no account management fee.']],
      [['debtor', 'Is there a hole in your head? You call every day.'], ['agent', "Sorry for the bother. We'll adjust when we call."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我最后正式要求一次，停止所有电话联系。', '正式要求我们听到了，这样，您先还一千，我们就把电话停了。'],
      ignored_attorney: ['你们说的这些话我都录音了，我的律师会联系你们。', '您录音也好律师也好，这个月的钱您得先结清。'],
      ignored_dispute: ['这张信用卡我三年前就注销了，这笔钱根本不是我的。', '注销不注销系统里查不到，账单在您名下，您得先处理。'],
      ignored_hardship: ['我老家房子被地震震塌了，全家现在住帐篷。', '地震归地震，欠款还是要还的，您先想办法还一期。'],
    },
    en: {
      ignored_stop_request: ["I'm formally requesting one last time that you stop all phone contact.", "We hear your formal request. Here's the thing, pay a thousand first and we'll stop the calls."],
      ignored_attorney: ["I've recorded everything you've said, and my lawyer will be in touch with you.", "Record it or get a lawyer, either way you need to settle this month's amount first."],
      ignored_dispute: ["I closed this credit card three years ago. This charge isn't mine.", "We can't see whether it was closed. The bill is in your name, so you need to handle it first."],
      ignored_hardship: ["Our family home collapsed in the earthquake and we're all living in a tent now.", "The earthquake is one thing, but the debt still has to be paid. Find a way to pay one installment."],
    },
  },
  thirdParty: {
    zh: [['third_party', '你好，这是他公司的前台，他今天请假了。'], ['agent', '那麻烦你转告他，他在我们这的贷款逾期了，让他尽快回电。']],
    en: [['third_party', "Hello, this is the front desk at his company. He's off today."], ['agent', 'Then please let him know his loan with us is overdue and he should call back soon.']],
  },
};
