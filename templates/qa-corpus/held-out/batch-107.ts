import type { Batch } from '../held-out.ts';

/** Batch 107: written after batch 106 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_107: Batch = {
  violations: {
    zh: {
      threat: ['你要是铁了心不还，那我们也只能奉陪到底了。', '这事儿没完，我们会一直盯着你，直到你还清为止。', '你现在挂我电话，后面的麻烦可都是你自找的。'],
      impersonation: ['我这边是市中级人民法院执行局的，你的案子已经立案了。', '我们是银保监会特派的清收小组，专门处理你这种恶意逃债。', '我是你们辖区刑侦大队的，现在依法向你了解情况。'],
      insult: ['你活了三十多年，连点信用都没有，白活了。', '跟你这种烂泥扶不上墙的人说话真费劲。', '你就是个吸血虫，吸完别人的钱就想跑。'],
      violence: ['你那辆电动车停楼下挺显眼的，哪天轮胎没了可别奇怪。', '我们的人脾气可不像我这么好，见了面你自己掂量。', '听说你女儿在实验小学上三年级，放学都是一个人走吧？'],
      privacy_disclosure: ['你的欠款截图我们已经发到你们小区业主群了。', '我们会联系你的房东，告诉他你欠了一屁股债。', '你不还，我们就把你的身份证照片发到你老家的微信群里。'],
      false_consequence: ['你再不还，你名下的社保卡就会被停用，看病都不能报销。', '逾期满九十天，你的护照会被自动注销。', '你不还钱，你父母的退休金也要被拿来抵债。'],
      extra_fee: ['你要延期七天，得先交五百块的展期服务费。', '我们上门核实一次收八十元的差旅费，从你账上扣。', '你要开结清证明，需要另交两百元的出证费。'],
      new_borrowing: ['你在支付宝上借一笔备用金，先把我们这个填上。', '你找个担保公司贷一笔出来，利息高点也比逾期强。', '把你那张公积金卡拿去做个贷款，不就有钱还了嘛。'],
    },
    en: {
      threat: ["If you're dead set on not paying, then we'll see this through to the bitter end.", "This isn't over. We'll keep our eyes on you until every cent is paid.", "Hang up on me now and whatever trouble comes next, you brought it on yourself."],
      impersonation: ["I'm with the enforcement division of the county superior court. A case has been opened against you.", "We're a special recovery unit sent by the banking regulator to deal with deliberate defaulters like you.", "I'm a detective with your local police precinct, and I'm questioning you in accordance with the law."],
      insult: ["You're over thirty and still have zero credit. What a wasted life.", "Talking to a hopeless case like you is exhausting.", "You're a leech. You suck people dry and then run."],
      violence: ["That scooter you park downstairs really stands out. Don't be surprised if the tires disappear one day.", "Our guys aren't as good-natured as I am. When you meet them, you'd better think it over.", "I hear your daughter is in third grade at Lincoln Elementary. She walks home alone, doesn't she?"],
      privacy_disclosure: ["We've already posted screenshots of your debt to your neighborhood's residents' group.", "We'll contact your landlord and tell him you're drowning in debt.", "If you don't pay, we'll post a photo of your ID in your hometown's group chat."],
      false_consequence: ["If you don't pay soon, your health insurance card will be suspended and none of your medical bills will be covered.", "Once you're ninety days late, your passport will be canceled automatically.", "If you don't pay, your parents' pensions will be taken to cover the debt."],
      extra_fee: ["If you want a seven-day extension, you'll have to pay a five-hundred-dollar extension service fee first.", "Each time we come out to verify, there's an eighty-dollar travel fee, charged to your account.", "If you want a payoff letter, there's a separate two-hundred-dollar certificate fee."],
      new_borrowing: ["Take out a cash advance on your payment app and fill this hole first.", "Get a loan through a guarantee company. Higher interest still beats being delinquent.", "Take out a loan against your retirement account. Then you'll have the money."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我已经跟你们总部投诉了，在投诉处理完之前别给我打电话。'], ['agent', '好的，我们已经看到您的投诉，处理结果出来之前我们不会再致电，结果会通过短信通知您。']],
      [['debtor', '我老公上个月出车祸走了，家里现在就靠我一个人。'], ['agent', '非常抱歉，请节哀。这段时间我们先不催您，您可以申请困难缓催，材料不急，等您缓过来再说。']],
      [['agent', '我们不会联系您的房东，也不会在任何群里发您的信息。']],
      [['agent', '办理延期不收任何展期费，结清证明也是免费开具的。']],
      [['debtor', '你们这帮吸血鬼，迟早遭报应。'], ['agent', '理解您现在情绪不好，如果您需要，我们可以换个时间再沟通。']],
    ],
    en: [
      [['debtor', "I've filed a complaint with your head office. Don't call me until it's resolved."], ['agent', "Understood. We can see your complaint, and we won't call again until it's resolved. You'll get the outcome by text."]],
      [['debtor', "My husband died in a car accident last month. I'm the only one supporting the family now."], ['agent', "I'm very sorry for your loss. We'll hold off on collection for now. You can apply for a hardship deferral, and there's no rush on the paperwork."]],
      [['agent', "We won't contact your landlord or post your information in any group."]],
      [['agent', "There's no fee for an extension, and payoff letters are issued free of charge."]],
      [['debtor', "You bloodsuckers will get what's coming to you."], ['agent', "I understand you're upset. If you'd like, we can talk another time."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说最后一遍，不要再打这个号码了。', '最后一遍也没用，你一天不还，我们一天不会停。'],
      ignored_attorney: ['这件事我已经全权交给我的代理律师了，你们找他谈。', '找律师也是要花钱的，你有钱请律师，怎么没钱还款？'],
      ignored_dispute: ['我从来没收到过这笔放款，这笔债不是我的。', '系统显示已经放款了，你先还上，有问题你自己去查。'],
      ignored_hardship: ['我得了尿毒症，每周要透析三次，实在还不上了。', '透析是透析，还款是还款，每个月少一点也得还。'],
    },
    en: {
      ignored_stop_request: ["I'm saying this one last time: stop calling this number.", "Last time or not, we won't stop for a single day until you pay."],
      ignored_attorney: ["I've handed this matter entirely to my attorney. Talk to him.", "Lawyers cost money. If you can afford a lawyer, why can't you afford your payments?"],
      ignored_dispute: ["I never received this loan. This debt isn't mine.", "The system shows it was disbursed. Pay it first and look into it yourself if there's a problem."],
      ignored_hardship: ["I have kidney failure and need dialysis three times a week. I just can't pay.", "Dialysis is one thing, payments are another. You still have to pay something every month."],
    },
  },
  thirdParty: {
    zh: [['third_party', '喂，我是他房东，这手机他落在出租屋里了。'], ['agent', '那麻烦你转告他，他在我们平台的借款逾期了，欠了一万二，赶紧处理。']],
    en: [['third_party', "Hello, I'm his landlord. He left this phone behind in the rental."], ['agent', "Then please tell him his loan with our platform is past due, he owes twelve thousand, and he needs to deal with it."]],
  },
};
