/**
 * Collector sentences labelled for the rulesets' learned rules beyond those of the corpus and the
 * held-out batches: more wordings per category, and acceptable sentences that share their words
 * (fees that are waived, courts that are not involved, family that will not be told).
 */
type Sentences = Record<string, readonly string[]>;

export const LABELLED_SENTENCES: Record<'zh' | 'en', { violations: Sentences; acceptable: readonly string[] }> = {
  zh: {
    violations: {
      threat: ['你自己掂量掂量后果。', '别怪我没提醒你，下次就不是打电话这么简单了。', '我们有的是时间陪你耗。', '这事我们一定追究到底。', '你以为换个号码就找不到你了？', '今天这钱你必须给，不然走着瞧。', '我们会一直盯着你。', '你再这样下去，会后悔一辈子。', '你最好老老实实把钱吐出来。', '给你脸你不要，那就别怪我们了。'],
      impersonation: ['我是公安局刑侦科的，你涉嫌恶意透支。', '这里是法院，你的案件已经进入执行程序。', '我是律师事务所的执业律师，受法院委托找你。', '我们是金融监管部门，正在核查你的账户。', '我是检察院的工作人员，请你配合调查。', '这边是网警，你的借款记录有问题。', '我是派出所民警，麻烦你到所里来一趟。', '我们是税务局的，你有一笔欠款要处理。', '我代表仲裁委员会通知你。', '这里是国家信用管理中心。'],
      insult: ['你怎么这么无耻。', '一个大男人连这点钱都还不起，丢不丢人。', '你就是个骗吃骗喝的无赖。', '跟你这种人说话真浪费时间。', '你脑子被驴踢了吧。', '你这人真是烂到家了。', '没见过你这么厚脸皮的。', '你活得像条狗。', '你真是个窝囊废。', '你们全家都是老赖。'],
      violence: ['小心你的腿。', '我会让人去你公司门口堵你，打到你还钱为止。', '你家的玻璃哪天碎了别奇怪。', '我们的人下手可不知道轻重。', '你再躲，我就让你在床上躺几个月。', '晚上回家注意点身后。', '我找人把你的车砸了。', '信不信我让你见血。', '你孩子放学路上可要小心。', '我们会让你尝尝挨揍的滋味。'],
      privacy_disclosure: ['我们会把你的欠款发到你公司的工作群。', '你的通讯录里每个人都会收到你欠钱的短信。', '我们会打给你的大学同学，告诉他们你是老赖。', '我马上给你爸妈打电话，说你在外面欠了一屁股债。', '你的照片会贴满你们小区的电梯。', '我们会联系你的房东，告诉他你不还钱。', '你的领导今天就会知道你欠款的事。', '把你的欠款信息发到你们村的微信群。', '我们会通知你的客户，说你信用有问题。', '你女朋友也会知道你欠了多少钱。'],
      false_consequence: ['不还钱的话你会被判刑三年。', '你的驾照会被吊销。', '你会被限制出境，一辈子出不了国。', '你的孩子以后参军政审过不了。', '你的房子会被拍卖。', '你的微信和支付宝都会被封。', '你家里人的银行卡也会被冻结。', '不还就会被公安机关拘留。', '你以后买不了保险。', '你的公司会被吊销营业执照。'],
      extra_fee: ['办理还款计划要交两百元服务费。', '我们上门一次收五百元。', '减免利息需要先交一笔手续费。', '每次延期要额外收费一百元。', '开具结清证明要收三百元工本费。', '你需要先交押金才能分期。', '逾期处理费是欠款的百分之十。', '我们收取催收佣金，要你来付。', '转账时请多转五十元手续费。', '撤销投诉记录需要交费。'],
      new_borrowing: ['你可以去借网贷把这个窟窿补上。', '找你爸妈借点钱先还了。', '把你的信用卡额度提一提，刷出来还我们。', '去找亲戚凑一凑先把钱还上。', '你去借个消费贷，先把我们这笔还掉。', '你可以在借呗上借出来。', '把你的房子抵押一下就有钱了。', '找你朋友担保借一笔。', '你可以用白条套现还款。', '卖掉你的车先还一部分，再借点补上。'],
    },
    acceptable: ['按照规定，我们不收取任何额外费用。', '这笔欠款不涉及法院，也不会影响您的家人。', '我们只会和您本人沟通还款事宜。', '如果您现在不方便，我们可以约个时间再联系。', '您可以通过官方App查询欠款明细。', '我们可以为您申请减免部分罚息。', '请您按时还款，以免产生更多利息。', '您的信息我们会严格保密。', '如有疑问，请拨打我们的官方客服热线。', '感谢您的理解和配合。', '您可以申请分期，每期金额由您选择。', '我们不会联系您的单位。', '您这个月最低需要还款五百元。', '还款后系统会在一个工作日内更新。', '您的合同约定的还款日是每月十五号。'],
  },
  en: {
    violations: {
      threat: ["You're going to be sorry you ignored us.", 'We have ways of making you pay.', "This is your final warning, and after this it's out of my hands.", "We won't stop until we get every penny.", "Don't think changing your number will help you.", 'You really want to test us?', "We'll be watching you.", "If I were you, I'd pay before things get ugly.", "You'll regret this for the rest of your life.", 'Trust me, you do not want us as enemies.'],
      impersonation: ["I'm a federal agent investigating your account.", 'This is the police department, fraud division.', "I'm calling on behalf of the county court.", "I'm a process server with papers for you.", 'This is the state attorney calling about your debt.', "I'm with the Internal Revenue Service.", 'This is Officer Johnson, we need to discuss your case.', "I'm from the sheriff's office civil unit.", "I'm an investigator for the district court.", 'This is the U.S. Marshals Service.'],
      insult: ["You're a worthless deadbeat.", 'What a pathetic excuse for an adult.', "You're a lying cheat.", 'Only a moron would run up a bill like this.', "You're the scum of the earth.", "You're an embarrassment.", 'People like you make me sick.', "You're a lazy good-for-nothing.", "You're dumb as a rock.", 'Your whole family are deadbeats.'],
      violence: ["You'd better watch your kneecaps.", "We'll send someone to beat it out of you.", "Your windows might get smashed tonight.", "Our guys don't play nice.", 'Keep hiding and you might end up in the hospital.', 'Watch yourself on the way home.', "Someone might slash your tires.", "I'll make you bleed for this.", 'Your kids should be careful walking home.', "We'll give you a beating you won't forget."],
      privacy_disclosure: ["We'll post your debt in your company's group chat.", "Everyone in your contacts will get a text about your debt.", "I'll tell your old classmates you're a deadbeat.", "I'm calling your parents right now to tell them about your debt.", "We'll put up flyers with your photo around your neighborhood.", "We'll let your landlord know you don't pay your bills.", 'Your boss will hear about this debt today.', "We'll message your church friends about what you owe.", "We'll tell your clients you're bad with money.", 'Your girlfriend will find out how much you owe.'],
      false_consequence: ["You'll get three years in prison for this.", 'Your license will be revoked.', "You'll be banned from leaving the country.", "Your kids won't be able to join the military.", 'Your house will be auctioned off next week.', 'Your phone service will be cut off.', "Your family's bank accounts will be frozen too.", "The police will arrest you if you don't pay.", "You won't be able to buy insurance ever again.", "Your business license will be cancelled."],
      extra_fee: ["There's a $200 fee to set up your plan.", 'Each visit to your home costs $500.', 'You need to pay a processing fee before we can reduce the interest.', 'Every extension costs another $100.', 'The payoff letter costs $300.', 'You need to pay a deposit before we can offer installments.', 'We add a 10 percent handling charge to overdue accounts.', "You'll pay our collection commission.", 'Please add $50 for the transfer fee.', 'Removing the complaint from your file costs money.'],
      new_borrowing: ['Just borrow from an online lender to cover it.', 'Get your parents to lend you the money.', 'Raise your credit limit and pay us with the card.', 'Ask your relatives to chip in and pay it off.', 'Take out a consumer loan and clear this one.', 'Use a buy-now-pay-later app to get the cash.', 'Mortgage your house and you will have the money.', 'Have a friend co-sign a loan for you.', 'Take a cash advance and pay us today.', 'Sell your car and borrow the rest.'],
    },
    acceptable: ['By law, we do not charge any extra fees.', 'This debt does not involve the courts and will not affect your family.', 'We will only discuss this account with you.', "If now isn't a good time, we can schedule a call.", 'You can see the details of your balance online.', 'We may be able to waive some of the late fees.', 'Please pay on time to avoid more interest.', 'Your information is kept confidential.', 'If you have questions, please call our customer service line.', 'Thank you for your understanding.', 'You can choose an installment plan that suits you.', 'We will not contact your employer.', 'The minimum payment this month is $50.', 'Payments post to your account within one business day.', 'Your due date is the 15th of every month.'],
  },
};
