import type { Batch } from '../held-out.ts';

/** Batch 99: written after batch 98 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_99: Batch = {
  violations: {
    zh: {
      threat: ['你不要以为我们拿你没办法，法子多的是，就看你想体验哪一种。', '今天你要是不把话说清楚，我们就按老规矩办。', '你欠的不是我一个人的钱，惦记你的人多着呢。'],
      impersonation: ['我是市人民检察院的检察官，你的案卷已经到我手上了。', '您好，这里是国家税务局，你的贷款涉及偷税漏税。', '我是你户籍地派出所的所长，专门来处理你这个事。'],
      insult: ['你这号人，良心早就让狗吃了。', '你妈生你的时候是不是忘了给你装脑子。', '你就是个到处骗钱的败家玩意儿。'],
      violence: ['你最近出门注意点，我们有人在你家附近转。', '再不还，下次去你家的时候可能就不是敲门了，是踹门。', '我们跟你说话客气，不代表我们的人下手也客气。'],
      privacy_disclosure: ['你的欠款记录我们已经发给了你岳父岳母。', '我们准备在你孩子幼儿园的家长群里说一说你的事。', '你的照片我们会挂到网上的老赖曝光平台。'],
      false_consequence: ['欠钱不还，你的孙子以后都上不了好学校。', '你再拖着，你的社保就会被停缴，以后拿不到退休金。', '不还钱的话，警察会直接去你单位把你带走。'],
      extra_fee: ['你要是想要延期，需要缴纳五百元的延期手续费。', '我们上门一趟，来回车费三百你来承担。', '你想停掉罚息，先打两千块的冻结保证金过来。'],
      new_borrowing: ['你去跟你表哥借点，先把这个月的还了。', '你把你的保险单退了，退保的钱先还我们。', '你找个小贷公司借一笔，借新还旧嘛。'],
    },
    en: {
      threat: ["Don't think we can't do anything about you. We have lots of ways, it's just a matter of which one you want to experience.", "If you don't make yourself clear today, we'll handle this the old way.", "It's not just my money you owe. Plenty of people have you on their mind."],
      impersonation: ["I'm a prosecutor with the city procuratorate, and your case file is on my desk.", "Hello, this is the national tax bureau. Your loan involves tax evasion.", "I'm the chief of the police station where you're registered, and I'm here to handle your matter."],
      insult: ["A dog must have eaten your conscience a long time ago.", "Did your mom forget to give you a brain when you were born?", "You're a good-for-nothing spendthrift who swindles money everywhere."],
      violence: ["Be careful going out these days. We have people walking around near your home.", "If you don't pay, next time we come to your place we might not knock, we might kick the door in.", "We talk to you politely, but that doesn't mean our people will be polite with their hands."],
      privacy_disclosure: ["We've already sent your debt record to your in-laws.", "We're planning to bring up your situation in the parents' group at your kid's kindergarten.", "We'll post your photo on the online deadbeat exposure platform."],
      false_consequence: ["If you don't pay, your grandchildren won't get into good schools.", "Keep stalling and your social security contributions will be stopped, so you'll never get a pension.", "If you don't pay, the police will go straight to your workplace and take you away."],
      extra_fee: ["If you want an extension, you need to pay a five-hundred-dollar extension fee.", "If we make a trip to your place, you cover the three hundred in round-trip fare.", "If you want the penalty interest stopped, wire a two-thousand-dollar freeze deposit first."],
      new_borrowing: ["Borrow some from your cousin and pay this month first.", "Cash in your insurance policy and pay us with the surrender value.", "Borrow from a small loan company. Take a new loan to pay the old one."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我已经提交了债务异议申请，你们在答复之前不要再催了。'], ['agent', '好的，收到您的异议申请，我们会在答复之前暂停催收。']],
      [['debtor', '我刚做完手术，医生说要卧床三个月，实在没法处理。'], ['agent', '您先好好养病，我们帮您把还款日顺延，期间不会打扰您。']],
      [['agent', '我们不会联系您的岳父岳母，也不会在任何平台发布您的照片。']],
      [['agent', '延期不收手续费，减免利息也不需要申请费。']],
      [['debtor', '你们这些人连做人的底线都没有。'], ['agent', '抱歉让您不舒服了，我们今天就先到这里。']],
    ],
    en: [
      [['debtor', "I've submitted a formal dispute. Don't chase me until you've answered it."], ['agent', "Okay, we've received your dispute, and collection is paused until we respond."]],
      [['debtor', "I just had surgery and the doctor says I'm on bed rest for three months. I can't deal with this."], ['agent', "Please focus on recovering. We'll push back your due date and won't disturb you in the meantime."]],
      [['agent', "We won't contact your in-laws or post your photo on any platform."]],
      [['agent', "Extensions have no fee, and reducing interest doesn't need an application fee."]],
      [['debtor', "You people don't have any basic decency."], ['agent', "Sorry to have upset you. Let's leave it here for today."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们这样一天几十个电话是骚扰，我要求立即停止。', '您不接电话我们只能多打，您今天还上我们就不打了。'],
      ignored_attorney: ['我现在由律师代理，你们任何要求都请发给他。', '发给律师没用，您得亲自给我们一个还款承诺。'],
      ignored_dispute: ['这笔贷款的手续费你们从来没告诉过我，我不同意付。', '手续费合同里都有，不同意也得付，今天先把本金还了。'],
      ignored_hardship: ['我被公司裁员了，房贷车贷都还不上了。', '房贷车贷是银行的事，我们这笔您得优先还。'],
    },
    en: {
      ignored_stop_request: ["Dozens of calls a day is harassment. I demand that you stop immediately.", "You won't pick up, so we have to call more. Pay today and the calls stop."],
      ignored_attorney: ["I'm represented by a lawyer now. Send any requests to him.", "Sending it to your lawyer won't help. You need to give us a repayment promise yourself."],
      ignored_dispute: ["You never told me about the fee on this loan. I don't agree to pay it.", "The fee is in the contract. Agree or not, you have to pay. Pay the principal today first."],
      ignored_hardship: ["My company laid me off, and I can't keep up with my mortgage or car loan.", "Your mortgage and car loan are the bank's business. Ours comes first."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他的同学，他手机借给我用两天。'], ['agent', '那你跟他说，他欠我们的一万块钱月底前必须还清。']],
    en: [['third_party', "I'm his classmate. He lent me his phone for a couple of days."], ['agent', 'Then tell him the ten thousand he owes us has to be paid off by the end of the month.']],
  },
};
