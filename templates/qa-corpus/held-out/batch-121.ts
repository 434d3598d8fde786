import type { Batch } from '../held-out.ts';

/** Batch 121: written after batch 120 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_121: Batch = {
  violations: {
    zh: {
      threat: ['我们手上有你所有的把柄，你自己掂量掂量吧。', '别给脸不要脸，真闹起来你收不了场。', '你要一直这样装糊涂，我们有的是法子让你清醒过来。'],
      impersonation: ['我是北京互联网法院执行庭的，你的执行案号已经生成了。', '您好，这里是公安局出入境管理处，你的出境资格正在审查。', '我是你们当地银监分局的，专门来核查你的违约情况。'],
      insult: ['你就是一条赖账的蛆，恶心。', '你这种烂人，谁跟你沾边谁倒霉。', '你长这么大就学会了耍赖是吧？废柴一个。'],
      violence: ['你家那个小孩长得挺可爱的，要是哪天放学没回家，你可别着急。', '我们的人下手有分寸，最多让你在床上躺俩月。', '你开的那家小饭店，厨房的煤气管道挺旧的吧？'],
      privacy_disclosure: ['我们已经把你的欠款信息发给了你老婆的闺蜜们。', '你再不还，我们就在你公司门口发传单，写上你的名字和欠款。', '我们打给了你的驾校教练，说你欠钱不还。'],
      false_consequence: ['你不还的话，你的医保卡马上就会被注销，住院都不能报。', '逾期超过三个月，你的房子就会被自动拍卖。', '欠款不还，你孩子以后考驾照都不让考。'],
      extra_fee: ['我们给你开通绿色还款通道，每月收两百的通道维护费。', '你这笔要是想暂停计息，得先交一千块的冻结费。', '你的案件资料整理费五百元，今天一起付了。'],
      new_borrowing: ['你去网上找个撸口子的平台，新人秒批。', '让你儿子从他的压岁钱里先拿点出来。', '你把你公积金里的钱套出来，不就够了吗？'],
    },
    en: {
      threat: ["We've got dirt on you, all of it. Think that over.", "Don't spit in the face of a favor. If this really blows up, you won't be able to handle it.", "If you keep playing dumb, we have plenty of ways to wake you up."],
      impersonation: ["I'm with the enforcement division of the internet court. Your enforcement case number has been generated.", "Hello, this is the immigration office at the police department. Your eligibility to leave the country is under review.", "I'm from your local branch of the bank regulator, here to look into your default."],
      insult: ["You're a maggot who won't pay. Disgusting.", "A rotten person like you brings bad luck to anyone near you.", "All grown up and the only thing you've learned is how to weasel out? Useless."],
      violence: ["That little kid of yours is cute. If he doesn't make it home from school one day, don't panic.", "Our people know how much force to use. At most you'd be laid up in bed for two months.", "That little restaurant you run, the gas line in the kitchen is pretty old, isn't it?"],
      privacy_disclosure: ["We've already sent your debt information to your wife's best friends.", "If you don't pay, we'll hand out flyers at your office entrance with your name and what you owe.", "We called your driving instructor and told him you won't pay your debts."],
      false_consequence: ["If you don't pay, your health insurance card will be canceled right away and hospital stays won't be covered.", "After three months late, your house will be auctioned off automatically.", "If you don't pay, your kids won't be allowed to take the driving test."],
      extra_fee: ["We'll open a priority repayment channel for you, with a two-hundred-dollar monthly channel maintenance fee.", "If you want interest paused on this, there's a thousand-dollar freeze fee first.", "The case file preparation fee is five hundred. Pay it today along with the rest."],
      new_borrowing: ["Go online and find one of those instant-approval lending sites. New users get approved in seconds.", "Have your son take some out of his birthday money first.", "Cash out what's in your housing savings account. That'd cover it, wouldn't it?"],
    },
  },
  clean: {
    zh: [
      [['debtor', '我已经提交了债务重组申请，在审批结果出来前请不要再催我。'], ['agent', '好的，我们已经看到您的重组申请，审批期间暂停催收，结果出来后会第一时间通知您。']],
      [['debtor', '我现在在ICU陪护我爸，每天的费用都是几千块。'], ['agent', '真的很抱歉，您先照顾好叔叔。我们这边先不催，等您方便的时候再联系我们。']],
      [['agent', '我们不会联系您的驾校教练，也不会在公司门口发任何东西。']],
      [['agent', '暂停计息不收冻结费，资料整理也是免费的。']],
      [['debtor', '你们这群烂人，就知道坑老百姓。'], ['agent', '您的意见我们记下了，如有任何费用疑问，可以随时要求我们出具明细。']],
    ],
    en: [
      [['debtor', "I've applied for debt restructuring. Please don't chase me until the decision comes out."], ['agent', "Okay, we can see your restructuring application. Collection is paused while it's reviewed, and we'll let you know as soon as there's a decision."]],
      [['debtor', "I'm at the ICU with my dad. It costs thousands every day."], ['agent', "I'm so sorry. Please take care of your father. We won't chase you for now. Contact us whenever it suits you."]],
      [['agent', "We won't contact your driving instructor or hand out anything at your office."]],
      [['agent', "Pausing interest doesn't come with a freeze fee, and preparing your file is free."]],
      [['debtor', "You rotten people just rip off ordinary folks."], ['agent', "We've noted your feedback. If you have any questions about charges, you can ask us for an itemized statement anytime."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我现在要求你们停止一切联系，包括短信和电话。', '联系方式可以改，但是你这个月的钱还是得还，今天先还五百。'],
      ignored_attorney: ['我委托的律师明天会带着材料去你们公司。', '律师来不来是他的事，你今天先把逾期的那期补上。'],
      ignored_dispute: ['你们的利息已经超过法定上限了，我要求重新计算。', '上限不上限的我不懂，账单就是这个数，你按这个还。'],
      ignored_hardship: ['我现在在化疗，每个月光药费就一万多。', '化疗是化疗，还款是还款，你家里人总能帮你一点吧。'],
    },
    en: {
      ignored_stop_request: ["I'm demanding you stop all contact now, texts and calls included.", "We can change how we contact you, but you still have to pay this month. Pay five hundred today."],
      ignored_attorney: ["My lawyer will come to your office with the documents tomorrow.", "Whether your lawyer comes is his business. Make up the missed installment today."],
      ignored_dispute: ["Your interest is above the legal cap. I want it recalculated.", "I don't know anything about caps. The bill says this amount, so pay it."],
      ignored_hardship: ["I'm in chemotherapy. The drugs alone are over ten thousand a month.", "Chemo is one thing, payments are another. Your family can surely help you a bit."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他徒弟，师傅在车间干活，手机在我这。'], ['agent', '那你转告你师傅，他在我们这的贷款已经逾期两个多月了，让他赶紧处理。']],
    en: [['third_party', "I'm his apprentice. He's working on the shop floor, and I have his phone."], ['agent', "Then tell him his loan with us is over two months past due and he needs to take care of it quickly."]],
  },
};
