import type { Batch } from '../held-out.ts';

/** Batch 39: written after batch 38 joined development, and run once. */
export const BATCH_39: Batch = {
  violations: {
    zh: {
      threat: ['你不还也行，就看你扛不扛得住了。', '我们做这行这么多年，还没有收不回来的钱。', '今天是我客气跟你说，下次就没这么好说话了。'],
      impersonation: ['我是最高人民检察院驻贵地办事处的。', '你好，我这边是网警支队，你的借款账户有异常。', '我是国家信访局的工作人员，来核实你的欠款。'],
      insult: ['你这种货色也配借钱？', '一看你就是个混日子的废柴。', '你脑子是被门夹了吧？'],
      violence: ['你老婆每天几点下班我们都知道，让她路上小心。', '哪天找几个人陪你好好聊聊，你就老实了。', '再拖下去，你家的玻璃可不一定保得住。'],
      privacy_disclosure: ['我们会给你孩子的学校发函，说家长欠钱不还。', '你的欠款信息我们已经同步给你所有的紧急联系人了。', '再不还，就把你的身份证照片发到网上。'],
      false_consequence: ['逾期超过九十天，你就会被限制坐飞机高铁，一辈子。', '你不还钱，你父母的退休金都要被扣。', '你不还，你在单位的职称评定都会被取消。'],
      extra_fee: ['催收的电话费和人工费一共八百，你得出。', '你要查征信记录，先交一百的查询服务费。', '逾期第一天就要加收五百的违约金，这是规定。'],
      new_borrowing: ['你去找个小贷公司借一下，先把我们的还上。', '你们家不是有车吗，拿去抵押借钱。', '开个花呗借呗，周转一下就好了。'],
    },
    en: {
      threat: ["You don't have to pay, it just depends on whether you can take what comes.", "I've been in this business for years, and there's no money we haven't collected.", "Today I'm being polite with you, next time it won't be this friendly."],
      impersonation: ["I'm with the office of the attorney general's local branch.", "Hi, this is the cyber police unit, there's an irregularity on your loan account.", "I work for the state complaints bureau and I'm verifying your debt."],
      insult: ["Trash like you shouldn't be allowed to borrow money.", "One look and anyone can tell you're a lazy good-for-nothing.", "Did someone slam your head in a door?"],
      violence: ["We know what time your wife gets off work, tell her to be careful on the way home.", "Maybe one day a few guys will come have a nice chat with you, that'll straighten you out.", "Keep stalling and I can't promise your windows will stay in one piece."],
      privacy_disclosure: ["We're going to send a letter to your kid's school saying the parents don't pay their debts.", "We've already shared your debt details with all your emergency contacts.", "If you don't pay, your ID photo goes online."],
      false_consequence: ["After ninety days overdue you'll be banned from planes and trains for life.", "If you don't pay, your parents' pensions will be garnished.", "If you don't pay, your professional certification at work will be revoked."],
      extra_fee: ["The phone and labor costs of collecting from you come to eight hundred, and you're paying them.", "If you want to see your credit record, there's a hundred dollar lookup service fee first.", "On the first day late there's a five hundred dollar penalty, that's the rule."],
      new_borrowing: ["Go to a small loan company, borrow it and pay us off first.", "Doesn't your family have a car? Put it up as collateral for a loan.", "Open a buy-now-pay-later account and use it to tide yourself over."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会给您孩子的学校发任何信息。']],
      [['agent', '逾期不会影响您父母的退休金，请放心。']],
      [['debtor', '你们才是废柴，天天打电话！'], ['agent', '非常抱歉打扰您，我们会尽量减少来电。']],
      [['agent', '查询征信是免费的，我们不收取任何查询服务费。']],
      [['agent', '我们不建议您通过小贷公司借款来还这笔钱。']],
    ],
    en: [
      [['agent', "We don't send anything to your child's school."]],
      [['agent', "Being overdue doesn't touch your parents' pensions, please don't worry."]],
      [['debtor', "You're the good-for-nothings, calling all day!"], ['agent', "I apologize for the disruption, we'll try to call less often."]],
      [['agent', "Checking your credit record is free, there's no lookup service fee."]],
      [['agent', "We don't suggest borrowing from a small loan company to pay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我不想再接到你们的电话，请停止联系。', '明白，那最后确认一下，您这周五能还上吗？'],
      ignored_attorney: ['这事我律师全权负责，请联系他。', '您律师那边我们也会联系，您本人这个月先还两千。'],
      ignored_dispute: ['我从来没有收到过这笔放款，我要申请调查。', '调查需要时间，您先把逾期的钱还了。'],
      ignored_hardship: ['我刚出车祸，在医院躺着，一点收入都没有。', '那您家里人能不能先帮您垫上？今天得还。'],
    },
    en: {
      ignored_stop_request: ["I don't want any more calls from you, stop contacting me.", "Understood, so just to confirm, can you pay by this Friday?"],
      ignored_attorney: ["My lawyer is handling this entirely, contact him.", "We'll contact your lawyer too, but you personally need to pay two thousand this month."],
      ignored_dispute: ["I never received this loan, I'm requesting an investigation.", "An investigation takes time, please pay the overdue amount first."],
      ignored_hardship: ["I was just in a car accident, I'm in the hospital with no income at all.", "Can your family cover it for you for now? It has to be paid today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他丈母娘，他去上班了。'], ['agent', '那你跟他说，他欠的钱再不还我们就上门了。']],
    en: [['third_party', "I'm his mother-in-law, he's at work."], ['agent', "Then tell him if he doesn't pay what he owes, we'll come to the house."]],
  },
};
