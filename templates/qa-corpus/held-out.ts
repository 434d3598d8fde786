/**
 * Held-out calls: new wordings for every category, and clean calls that brush against the same
 * words (negated, quoted, or said by the debtor), in batches. A batch is written before it is
 * ever run; once its results have been used to change the lexicons it counts as development data
 * (batch 1 was, after it showed recall 0.13), and only the newest batch gives honest figures.
 */
import type { LabelledCall } from '../../runtime/qa/evaluate-corpus.ts';
import { labelledCall, OPENING, type Lang, type Line } from './build-corpus.ts';

interface Batch {
  violations: Record<'zh' | 'en', Record<string, string[]>>;
  clean: Record<'zh' | 'en', Line[][]>;
  ignored: Record<'zh' | 'en', Record<string, [string, string]>>;
  thirdParty: Record<'zh' | 'en', Line[]>;
}

const VIOLATIONS_1: Batch['violations'] = {
  zh: {
    threat: ['你要是再拖着，我们就去法院告你。', '我们马上安排人去你老家走一趟。', '不还钱你就别想过安生日子。'],
    impersonation: ['我这边是公安局经侦大队的。', '我们是检察院的，你涉嫌诈骗。', '我代表法院正式通知你。'],
    insult: ['你这种人就是社会的垃圾。', '真是个不要脸的赖皮。', '你脑子有问题吧？'],
    violence: ['再不还，小心你的手脚。', '信不信我弄死你。', '我们的人会在你家楼下等你。'],
    privacy_disclosure: ['我们会打电话给你的父母和领导，说你欠钱不还。', '把你的照片和欠款信息发到你们小区群里。', '你的通讯录我们都有，每个人都会知道。'],
    false_consequence: ['不还款的话你会被拘留十五天。', '你的孩子以后考不了公务员。', '明天你的银行卡就全部冻结。'],
    extra_fee: ['你得先交五百块手续费才能办理。', '这个月要额外收一笔上门费。', '需要缴纳一笔工本费才能结清。'],
    new_borrowing: ['你可以先找其他贷款软件借出来还我们。', '刷信用卡套现还一下。', '找亲戚朋友借一借先还上。'],
  },
  en: {
    threat: ["If we don't get the money by Friday, we're taking you to court.", 'We will come to your workplace and sort this out.', 'Things are going to get very bad for you.'],
    impersonation: ["I'm calling from the sheriff's office.", 'This is Officer Brown with the police department.', 'I am an officer of the district court.'],
    insult: ["You're a lazy bum who never pays.", 'You are a worthless liar.', 'Only a fool ignores their bills like you do.'],
    violence: ["Someone might get hurt if this isn't paid.", "We'll break your legs.", "You'd better keep an eye on your family."],
    privacy_disclosure: ["We're going to let your neighbors know you don't pay your debts.", "I'll call your boss and tell him about your debt.", "We'll share your debt on Facebook."],
    false_consequence: ["You'll go to jail if you don't pay today.", 'Your wages will be garnished tomorrow.', 'Your kids will be taken away.'],
    extra_fee: ["There's a $25 service charge to take your payment.", "We'll add a late handling fee.", 'You have to pay a settlement fee first.'],
    new_borrowing: ['Just get a cash advance on your credit card.', "Why don't you take out a title loan?", 'Ask your parents for a loan to cover it.'],
  },
};

const CLEAN_1: Batch['clean'] = {
  zh: [
    [['agent', '我们不会去您家里，也不会联系您的家人，请放心。']],
    [['agent', '按照规定，我们不能对您说“不还就拘留”之类的话。']],
    [['debtor', '你们这帮骗子，滚！'], ['agent', '好的，您先消消气，我们之后再联系。']],
    [['agent', '如果您对金额有异议，可以通过官方渠道申请核查。']],
    [['agent', '您可以在App上办理分期，没有额外费用。']],
  ],
  en: [
    [['agent', 'We will not contact your employer or your family about this.']],
    [['agent', "By law, I can't say things like \"you will be arrested\", and that is not going to happen."]],
    [['debtor', "You're a bunch of crooks!"], ['agent', "I understand you're frustrated. We can talk later."]],
    [['agent', 'If you believe the amount is wrong, you can dispute it in writing within 30 days.']],
    [['agent', 'There is no fee to pay online.']],
  ],
};

const IGNORED_1: Batch['ignored'] = {
  zh: {
    ignored_stop_request: ['求你们别再打电话了。', '那您今天下午能还多少？'],
    ignored_attorney: ['这件事我已经交给律师了。', '那你先把钱还了再说。'],
    ignored_dispute: ['这个金额有问题，我不认。', '你必须今天还清。'],
    ignored_hardship: ['我住院了，家里也没收入。', '这不是理由，今天必须还。'],
  },
  en: {
    ignored_stop_request: ['Please quit calling me.', 'So when can you make the payment?'],
    ignored_attorney: ['My attorney is handling this, call him.', 'I need a payment from you today.'],
    ignored_dispute: ["I don't owe this, it's not mine.", 'You still have to pay it.'],
    ignored_hardship: ["I'm out of work and have no money.", 'You need to pay anyway.'],
  },
};

const THIRD_PARTY_1: Batch['thirdParty'] = {
  zh: [['third_party', '你好，我是他同事，他现在不在。'], ['agent', '他借的钱到现在都没还，你转告他一下。']],
  en: [['third_party', "This is his roommate, he's out."], ['agent', 'Tell him his credit card debt is overdue.']],
};


/** Batch 2: written after the lexicons were extended from batch 1; its one run (recall 0.11) led to combinations. */
const BATCH_2: Batch = {
  violations: {
    zh: {
      threat: ['这事没完，我们会一直找你。', '再不处理，后面的事情你自己承担。', '你以为躲得掉吗？我们有的是办法。'],
      impersonation: ['我是市中级人民法院的书记员。', '这里是110指挥中心。', '我们是金融监管局稽查科的。'],
      insult: ['你真是个没良心的东西。', '欠钱不还的都是无赖。', '你活着有什么用？'],
      violence: ['我们会找几个兄弟去看看你。', '你出门的时候注意点安全。', '让你在医院躺几个月。'],
      privacy_disclosure: ['我们已经把你的情况告诉了你的邻居。', '你的借款记录会发给你孩子的老师。', '我们会联系你所有的微信好友。'],
      false_consequence: ['你的房子马上会被法院拍卖。', '你们全家都会被限制出境。', '这个已经构成刑事犯罪了。'],
      extra_fee: ['逾期一天要多收两百块钱的管理费。', '结清前还得付一笔律师费。', '要先打一千块押金过来。'],
      new_borrowing: ['你去借点高息的过桥资金。', '下载几个借款App周转一下。', '让你家里人帮你贷一笔。'],
    },
    en: {
      threat: ["This won't end well for you.", 'We have ways of making you pay.', "You'll be hearing from our legal team, and it won't be pretty."],
      impersonation: ["I'm with the county court enforcement division.", 'This is Detective Miller.', "I'm calling from the Department of Justice."],
      insult: ["You're a disgrace.", 'People like you are parasites.', 'Are you too dumb to understand?'],
      violence: ['Some of our guys might pay you a visit.', 'You should be careful walking home at night.', "You'll end up in the hospital."],
      privacy_disclosure: ["We've already informed your landlord about the debt.", "Your children's school will be notified.", "We'll message all your friends on Instagram."],
      false_consequence: ['The court will seize your house next week.', "You'll never be able to rent an apartment again.", 'This is a federal crime.'],
      extra_fee: ["There's a $200 administrative fee added today.", "You'll need to cover our attorney fees before we close this.", 'We require a deposit before we can set up the plan.'],
      new_borrowing: ['Why not get a bridge loan?', 'Download a few loan apps to get the money.', 'Have your family take out a loan for you.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会把您的情况告诉任何第三方。']],
      [['agent', '请放心，我们不会收取任何额外费用。']],
      [['debtor', '你们再打我就报警！'], ['agent', '理解您，我们会减少联系频次。']],
      [['agent', '您可以核对一下账单，有疑问随时联系我们。']],
      [['agent', '我们不是法院，也不是公安，这点请您放心。']],
    ],
    en: [
      [['agent', 'We will never share your information with third parties.']],
      [['agent', 'There are no additional charges.']],
      [['debtor', "If you call again I'll call the cops!"], ['agent', "I understand. We'll reduce how often we call."]],
      [['agent', 'You can review your statement and contact us with any questions.']],
      [['agent', "We are not the police or a court; please don't worry."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说了别再联系我！', '你现在就得还钱。'],
      ignored_attorney: ['我的律师会跟你们沟通。', '我们只找你本人，今天必须还。'],
      ignored_dispute: ['这笔钱我早就还清了，账不对。', '系统显示你还欠着，赶紧还。'],
      ignored_hardship: ['我妈重病，我实在拿不出钱。', '那也得想办法今天还上。'],
    },
    en: {
      ignored_stop_request: ['I told you not to contact me anymore!', 'You need to pay right now.'],
      ignored_attorney: ['My lawyer will be in touch with you.', 'We only deal with you, pay today.'],
      ignored_dispute: ['I already paid this off, the balance is wrong.', 'Our system shows you still owe, pay it.'],
      ignored_hardship: ["My mother is very ill and I can't come up with the money.", "You'll have to find a way to pay today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '喂，我是他姐姐，他在外地。'], ['agent', '你弟弟欠了我们两万块，让他还钱。']],
    en: [['third_party', "Hello, this is his sister, he's out of town."], ['agent', 'Your brother owes us twenty thousand dollars, tell him to pay.']],
  },
};


/** Batch 3: written after combinations ("near") joined the rulesets; its one run: recall 0.57, precision 0.90. */
const BATCH_3: Batch = {
  violations: {
    zh: {
      threat: ['你就等着吃官司吧。', '不给个说法，我们天天打到你接为止。', '这次不还，下次就不是打电话这么简单了。'],
      impersonation: ['我是区人民法院执行庭的工作人员。', '我们是市公安局反诈中心的。', '你好，这边是银保监局的调查员。'],
      insult: ['你这人怎么这么贱。', '欠钱的还有理了？真是个泼皮。', '看你那穷酸样。'],
      violence: ['你晚上回家路上小心点。', '我们有人会去你家附近转转，教训教训你。', '再躲着，让你住院半年。'],
      privacy_disclosure: ['我们明天会通知你们公司人事部。', '你欠款的事我们会发给你家族群里的每个人。', '我们已经联系过你的房东了。'],
      false_consequence: ['下周法院就会来查封你的车。', '你很快就会被列为通缉对象。', '不还钱你的护照会被冻结。'],
      extra_fee: ['今天处理要先交三百块加急费。', '我们会再扣你一笔服务费。', '要付五百块保证金才能停催。'],
      new_borrowing: ['你随便找个网贷平台先借出来。', '去借点周转一下嘛。', '找你同事借一借就有了。'],
    },
    en: {
      threat: ["You don't want to find out what happens next.", "We'll keep calling until you crack.", 'This is your final warning.'],
      impersonation: ["I'm a deputy with the county sheriff.", 'We are with the federal government.', 'This is the court clerk calling about your warrant.'],
      insult: ["You're nothing but a cheat.", 'Grow up and stop being such a baby.', 'What a joke you are.'],
      violence: ['Watch out when you leave your house at night.', "Some people might come see you if you don't pay.", "You'll end up hurt."],
      privacy_disclosure: ['We will contact your coworkers about this.', "I've told your parents about your debt.", "We'll post about your debt on social media."],
      false_consequence: ["They'll arrest you at your job.", 'Your house will be seized by Monday.', "You'll go to prison for this."],
      extra_fee: ["We'll add a $75 processing charge.", 'You must pay a $100 deposit first.', 'We charge a fee for payment plans.'],
      new_borrowing: ['Borrow it from your coworkers.', 'Get a payday loan and pay us today.', 'Take out a loan against your car.'],
    },
  },
  clean: {
    zh: [
      [['agent', '请注意保护个人信息，不要把验证码告诉任何人。']],
      [['agent', '我们不会联系您的单位和家人。']],
      [['debtor', '你们是不是要找人来打我？'], ['agent', '不会的，我们只通过电话和短信联系您本人。']],
      [['agent', '还款没有任何手续费，您放心。']],
      [['agent', '法院相关的事情我们无权处理，请以官方通知为准。']],
    ],
    en: [
      [['agent', 'Please never share your verification code with anyone.']],
      [['agent', 'We will not tell your family or your employer.']],
      [['debtor', 'Are you going to send someone to hurt me?'], ['agent', 'No, we only contact you by phone and mail.']],
      [['agent', 'There is no charge for paying by phone.']],
      [['agent', 'We are not a court and cannot take legal action today.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['能不能别再给我打电话了？', '今天能先还一部分吗？'],
      ignored_attorney: ['你们去跟我的代理律师谈。', '我们需要你本人今天还款。'],
      ignored_dispute: ['这笔账我有异议，数字不对。', '先还了再说，有问题以后再查。'],
      ignored_hardship: ['我刚被裁员，一分钱都没有。', '那你借也得借来还。'],
    },
    en: {
      ignored_stop_request: ["Don't call this number anymore.", 'We need a payment today.'],
      ignored_attorney: ["I've hired an attorney for this.", 'You still have to pay us today.'],
      ignored_dispute: ['I never had an account with you.', 'You owe the balance, pay it now.'],
      ignored_hardship: ["I'm on disability and barely getting by.", 'You need to pay something today.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他老婆，他去上班了。'], ['agent', '他信用卡欠了五千块，让他尽快还。']],
    en: [['third_party', "I'm his wife, he's at work."], ['agent', 'Let him know his loan payment is late.']],
  },
};


/** Batch 4: written after triggers learned the bot's intents, and run once. */
const BATCH_4: Batch = {
  violations: {
    zh: {
      threat: ['你要是不识相，后面有你受的。', '我们会让你这辈子都不得安宁。', '别怪我们不客气。'],
      impersonation: ['我是县法院派来送达文书的。', '这边是经济犯罪侦查科，请配合调查。', '我们是人民检察院的工作人员。'],
      insult: ['你就是个臭不要脸的骗子。', '你这种废物怎么不去死。', '欠债不还，你还算人吗？'],
      violence: ['我们已经找好人了，等着挨揍吧。', '再拖下去，你的腿就别想要了。', '晚上走路小心背后。'],
      privacy_disclosure: ['你不还，我们就把你的事发到你们公司群里。', '我们会打给你通讯录里的每一个人。', '你孩子的班主任我们也会通知。'],
      false_consequence: ['逾期超过三天就会被公安抓走。', '你以后出国都不行了。', '再不还你的社保就会被停掉。'],
      extra_fee: ['现在还要额外交两百块手续费。', '我们另外收取五百元的上门服务费。', '要先缴纳一千元的保证金。'],
      new_borrowing: ['你找个小额贷款公司先借点。', '把你的信用卡套出来还我们。', '找个网贷先周转一下嘛。'],
    },
    en: {
      threat: ["You're going to regret ignoring us.", "We'll make sure everyone knows what kind of person you are.", "Don't make us come after you."],
      impersonation: ["I'm a process server for the county court.", 'This is Agent Smith from the FBI.', 'We are with the state attorney general.'],
      insult: ["You're a deadbeat and a thief.", 'Stop acting like an idiot.', 'You are pathetic.'],
      violence: ["We'll send some guys over to rough you up.", "You'd better hope we don't find you.", 'Somebody could get hurt over this.'],
      privacy_disclosure: ["We'll let your employer know you owe us.", "I'm going to call your mother about this debt.", "We'll tell all your neighbors."],
      false_consequence: ['The police will come to your house tonight.', "You'll lose your driver's license.", 'You can be jailed for not paying.'],
      extra_fee: ["There's a $50 fee to process your payment over the phone.", "We'll add a collection charge of 30 percent.", 'You have to pay an extra fee today.'],
      new_borrowing: ['Take out a personal loan to pay us.', 'Use a credit card cash advance.', 'Borrow the money from your family.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的同事或朋友。']],
      [['agent', '按照规定，我们不能说“会被抓”之类的话。']],
      [['debtor', '你们这群混蛋！'], ['agent', '理解您现在的心情，我们改天再联系。']],
      [['agent', '如果有疑问，您可以向我们的客服核实。']],
      [['agent', '您可以在官方App上查询账单和还款记录。']],
    ],
    en: [
      [['agent', 'We will not discuss your account with your employer.']],
      [['agent', 'No one is going to arrest you, and we would never say otherwise.']],
      [['debtor', "You're all a bunch of idiots!"], ['agent', 'I understand. Let us talk another time.']],
      [['agent', 'If you have questions about the balance, we can send you a statement.']],
      [['agent', 'Thank you for your time today.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我跟你说过了，不要再打给我。', '您今天能安排还款吗？'],
      ignored_attorney: ['这个案子我已经交给律师处理了。', '律师归律师，钱你得先还。'],
      ignored_dispute: ['这笔钱不是我借的，我不认。', '你先还了再说。'],
      ignored_hardship: ['我家里出了大事，现在真的没钱。', '没钱就去借，今天必须还。'],
    },
    en: {
      ignored_stop_request: ['Please stop contacting me.', 'Can you make a payment today?'],
      ignored_attorney: ['I am represented by an attorney.', 'We still need a payment from you.'],
      ignored_dispute: ["That debt isn't mine, I'm disputing it.", 'Well, you need to pay it anyway.'],
      ignored_hardship: ['I just lost my job and have nothing.', 'How much can you pay today?'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是她妈妈，她不在家。'], ['agent', '她的网贷逾期三个月了，您让她赶紧还。']],
    en: [['third_party', "I'm her dad, she's out."], ['agent', 'She is behind on her car loan payments.']],
  },
};

/** Batch 5: written after the lexicons grew by ~680 phrases and negation learned coordination, and run once. */
const BATCH_5: Batch = {
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

const BATCH_6: Batch = {
  violations: {
    zh: {
      threat: ['钱不到账，后果你自己承担。', '你要是敢不接电话，我们有的是办法找到你。', '我们已经准备好材料了，就等你自己撞上来。'],
      impersonation: ['我是派出所的，你的案子已经立了。', '我们这边是最高法失信执行局。', '我是银保监会的调查员，现在对你进行问询。'],
      insult: ['你还要不要脸了？', '欠钱不还的老赖，真丢人。', '你这种人就配住桥洞。'],
      violence: ['晚上走夜路小心点。', '我找几个兄弟去你家坐坐，让你长长记性。', '再不还，打断你的腿。'],
      privacy_disclosure: ['你欠款的事，我们准备在你们公司大群里说一下。', '我们会联系你的紧急联系人，把情况都讲清楚。', '把你的欠款截图发到你老家亲戚群里。'],
      false_consequence: ['不还款，你的社保就会被停掉。', '你的孩子会被学校开除。', '今天不还，明天就把你列入刑事案件。'],
      extra_fee: ['处理你这个案子要收两百块加急费。', '上门催收的差旅费由你承担。', '想减免利息得先交一笔服务费。'],
      new_borrowing: ['你在网贷平台上随便借一笔周转一下。', '把车抵押了先还我们。', '用花呗套现还款就行。'],
    },
    en: {
      threat: ["You're going to wish you had paid us when you had the chance.", "We know where you work, and we're not going away.", "If you hang up on me again, you'll regret it."],
      impersonation: ['This is Agent Miller with the FBI financial crimes unit.', "I'm calling from the IRS on behalf of your creditor.", "I'm a court officer and I'm serving you today."],
      insult: ["What kind of deadbeat doesn't pay their bills?", "You're pathetic.", 'People like you are the reason prices go up.'],
      violence: ['Watch your back when you leave the house.', "We'll pay you a visit and it won't be friendly.", "Somebody's going to break your windows."],
      privacy_disclosure: ["I'll let your pastor know what kind of person you are.", "We'll post your debt on your Facebook wall.", 'Your employer will get a letter about this debt tomorrow.'],
      false_consequence: ["Your driver's license will be suspended if you don't pay.", "We'll have your children taken by social services.", "You'll be deported if this isn't paid."],
      extra_fee: ["There's a $50 processing fee to close the account.", "We'll add collection costs of $200 today.", 'Paying by phone costs an extra $15.'],
      new_borrowing: ['Max out another card and send it to us.', 'Get a payday loan this afternoon.', 'Borrow against your house and pay us off.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的单位和亲友。']],
      [['agent', '您放心，我们不会说“抓你”这样的话。']],
      [['debtor', '你们这帮人渣，滚！'], ['agent', '理解您的情绪，我们换个时间再沟通。']],
      [['agent', '如需分期，可以在App里申请，不收额外费用。']],
      [['agent', '您可以核实我们的身份，官方客服电话在您的合同上。']],
    ],
    en: [
      [['agent', "We don't share information about your account with anyone but you."]],
      [['agent', 'No one is going to arrest you over this debt.']],
      [['debtor', 'Go to hell, you thieves!'], ['agent', "I understand you're upset. I'll let you go for now."]],
      [['agent', "If you'd like, we can set up smaller monthly payments with no fees."]],
      [['agent', "You have the right to dispute this debt, and we'll send you the details in writing."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说了不要再打了，再打我就报警。', '好的，那您打算什么时候还？'],
      ignored_attorney: ['这事你们直接找我律师。', '找律师也没用，钱还是得你还。'],
      ignored_dispute: ['这个利息我不认，算得不对。', '不管认不认，你这个月都得还。'],
      ignored_hardship: ['我刚失业，家里还有老人要养。', '困难是你自己的事，今天必须还。'],
    },
    en: {
      ignored_stop_request: ['Stop calling me. I mean it.', 'Okay, but can you make a payment today?'],
      ignored_attorney: ['I have an attorney, call him.', "That's fine, but I'm talking to you right now about the balance."],
      ignored_dispute: ["This balance is wrong and I'm disputing it.", "You can dispute it later, but it's due now."],
      ignored_hardship: ["I'm in the hospital right now and I can't work.", 'We still expect a payment by Friday.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他姐姐，他不在家。'], ['agent', '你弟弟欠我们的钱已经拖了好久了。']],
    en: [['third_party', "I'm her sister, she's at work."], ['agent', 'Let her know her loan with us is seriously overdue.']],
  },
};

const BATCH_7: Batch = {
  violations: {
    zh: {
      threat: ['这笔钱你要是赖掉，我们奉陪到底。', '你等着瞧，这事儿没那么容易过去。', '今天不给个说法，明天就有你好看的。'],
      impersonation: ['我是人民法院的书记员，你的案子下周开庭。', '这里是反诈骗中心，你名下的贷款涉嫌违法。', '我是市场监管局的，专门查你这种欠款不还的。'],
      insult: ['你真是个不要脸的骗子。', '连这点钱都还不上，你活着有什么用。', '你就是个废柴。'],
      violence: ['信不信我找人卸你一条胳膊。', '你出门最好小心点，别被车撞了。', '我们的人会让你吃点苦头。'],
      privacy_disclosure: ['你的欠款信息我们会发到你孩子学校的家长群。', '我们会给你老婆打电话，告诉她你欠了多少钱。', '你们小区的业主群马上就会知道你是老赖。'],
      false_consequence: ['不还钱你以后坐不了高铁和飞机，连房子都租不了。', '你的工资卡马上会被冻结。', '不还款的话，你父母的养老金也要被扣。'],
      extra_fee: ['申请延期还款需要先交五百元手续费。', '我们要收取一笔催收服务费，三百块。', '提前结清要加收违约金一千元。'],
      new_borrowing: ['你去找小额贷款公司借点钱先把这个还了。', '开个新的网贷账户把钱借出来还我们。', '你可以用你朋友的信用卡先刷一下还上。'],
    },
    en: {
      threat: ["This won't end well for you if you keep ignoring us.", "Pay now or we'll make your life miserable.", "We're going to keep coming after you until you break."],
      impersonation: ["I'm an investigator with the state attorney general's office.", 'This is the county court clerk calling about your case.', "I'm with the police fraud unit and we need to talk."],
      insult: ["You're a freeloader and everybody knows it.", 'How stupid can one person be?', "You're trash for not paying."],
      violence: ['Somebody could get seriously hurt over this.', "We'll send a couple of guys to rough you up.", 'You might end up with a broken arm.'],
      privacy_disclosure: ["We'll call everyone in your contact list about this debt.", 'Your mother will be hearing from us about what you owe.', "We're going to tell your church group about your unpaid loan."],
      false_consequence: ["You'll lose custody of your kids if this isn't settled.", "We'll have your utilities shut off.", 'Your passport will be revoked for this debt.'],
      extra_fee: ["There's a $75 fee to set up a payment plan.", "We're adding a $40 collection charge to your balance.", "You'll be charged $10 for every reminder call."],
      new_borrowing: ['Get a loan from your bank and wire it to us today.', 'Use a balance transfer card to cover it.', 'Borrow the money from your employer.'],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会向任何人透露您的欠款情况。']],
      [['agent', '您不用担心，这笔欠款不会影响您家人的生活。']],
      [['debtor', '你们这群王八蛋！'], ['agent', '理解您的心情，我们稍后再联系。']],
      [['agent', '如果您有异议，我们会暂停催收，先为您核实。']],
      [['agent', '还款方式以合同约定为准，没有任何额外费用。']],
    ],
    en: [
      [['agent', "We won't tell anyone else about this account."]],
      [['agent', 'Nothing will happen to your job because of this balance.']],
      [['debtor', 'You are all crooks and liars!'], ['agent', "I'm sorry you feel that way. I'll make a note and end the call."]],
      [['agent', "If you dispute the debt, we'll stop collection until we send you verification."]],
      [['agent', 'You can pay online for free whenever it suits you.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['请你们不要再打电话了。', '那您先说说这个月能还多少？'],
      ignored_attorney: ['我已经请了律师，你们跟律师谈。', '律师归律师，你自己也得还钱。'],
      ignored_dispute: ['这个钱不是我借的，我不认。', '认不认是你的事，欠款还得还。'],
      ignored_hardship: ['我刚做完手术，一分钱收入都没有。', '那也得还，今天能凑多少是多少。'],
    },
    en: {
      ignored_stop_request: ["Don't call me anymore.", 'Understood, but when can you send a payment?'],
      ignored_attorney: ["I'm represented by counsel in this matter.", 'Sure, but can we set up a payment today anyway?'],
      ignored_dispute: ["I don't believe I owe this, I want it verified.", "It's verified on our end, so we need payment today."],
      ignored_hardship: ["I lost my job and I'm about to be evicted.", 'I hear you, but the balance is still due this week.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他室友，他出去了。'], ['agent', '麻烦转告他，他欠的贷款已经严重逾期了。']],
    en: [['third_party', "This is his neighbor, I'm just watching the house."], ['agent', 'Please tell him he owes us two thousand dollars.']],
  },
};

const BATCH_8: Batch = {
  violations: {
    zh: {
      threat: ['你躲得了初一躲不了十五。', '我劝你识相点，别逼我们用别的办法。', '再拖下去，吃亏的是你自己。'],
      impersonation: ['我们是经侦支队的，正在调查你的借款。', '这里是中国人民银行征信中心，通知你一件事。', '我是法院执行局的法官。'],
      insult: ['你是个什么东西，也配借钱？', '欠钱不还，你这种人就是人渣。', '你爹妈的脸都被你丢光了。'],
      violence: ['你要是再不还，小心你的家人出事。', '我们会派人去你家，把你揍一顿。', '哪天你出门被人捅了可别怪我们没提醒。'],
      privacy_disclosure: ['我们会把你的借款合同发给你的所有同事。', '你的朋友圈我们都截图了，马上挨个通知。', '我们要在你老家村委会的广播里说你欠钱不还。'],
      false_consequence: ['不还钱，你的孩子上不了公立学校。', '你马上会被列入失信名单，手机号也会被停机。', '逾期超过三个月就要判刑。'],
      extra_fee: ['要撤销逾期记录得交八百块处理费。', '我们额外收取每天五十元的滞纳服务费。', '打款之前先付一百块的验证费。'],
      new_borrowing: ['找你们公司财务预支点工资先还上。', '把你的公积金贷出来还我们。', '去借个高利贷也得把这个还了。'],
    },
    en: {
      threat: ["You're making a big mistake by ignoring us.", 'Things are about to get a lot worse for you.', "We'll hound you until the day you pay."],
      impersonation: ["This is Sergeant Davis from the sheriff's department.", "I'm an agent with the Consumer Financial Protection Bureau.", "I'm calling from the district attorney's office about your account."],
      insult: ["You're a loser who can't manage money.", 'Grow up and stop being such a leech.', "You're the laziest person I've ever called."],
      violence: ["We know people who can make you pay one way or another, and it'll hurt.", "Keep dodging us and you'll get a beating.", 'Your car might not have its windows tomorrow.'],
      privacy_disclosure: ["We'll let your ex-wife know about this debt.", "I'm going to call your sister and tell her everything.", 'Your coworkers will all get a message about what you owe.'],
      false_consequence: ["We'll report you to immigration if you don't pay.", "You'll go to prison for unpaid credit card debt.", 'Your bank accounts will all be frozen tonight.'],
      extra_fee: ["There's a $20 fee for paying by check.", "We're tacking on a $150 attorney review fee.", 'You owe an extra $30 for this phone call.'],
      new_borrowing: ['Refinance your car and send us the cash.', 'Ask your grandmother to lend you the money.', 'Sign up for one of those cash advance apps and pay us.'],
    },
  },
  clean: {
    zh: [
      [['agent', '您的情况我们会保密，不会告诉其他人。']],
      [['agent', '我们不能也不会上门打扰您。']],
      [['debtor', '你个傻逼，天天打！'], ['agent', '很抱歉打扰您，我们会调整联系时间。']],
      [['agent', '逾期不会影响您家人的任何权益。']],
      [['agent', '您可以选择分三期还款，不收手续费。']],
    ],
    en: [
      [['agent', "Your information stays private; we won't contact your family."]],
      [['agent', 'There is no criminal penalty for this kind of debt.']],
      [['debtor', 'Screw you, stop calling me!'], ['agent', "Understood. I'll note that you asked us to stop calling."]],
      [['agent', 'We can work out a plan that fits your budget.']],
      [['agent', 'There are no extra fees if you pay through our website.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别再打了，我会自己去还。', '那您具体哪天还？我们明天再跟进一下。'],
      ignored_attorney: ['我的律师说了，你们只能联系他。', '我们就跟你谈，律师不管用。'],
      ignored_dispute: ['这笔账算错了，我要求重新核对。', '先把钱还了，核对的事以后再说。'],
      ignored_hardship: ['我家里有病人，实在拿不出钱。', '家里有病人跟我们没关系，今天必须还。'],
    },
    en: {
      ignored_stop_request: ['Please stop calling me at work.', "I'll keep calling until we get a payment."],
      ignored_attorney: ['My attorney will handle all contact from now on.', "Let's just settle this between us, no need for lawyers."],
      ignored_dispute: ["I'm disputing this debt in writing.", "Disputes don't stop the payment, we need it today."],
      ignored_hardship: ["I'm a single mom and I just lost my job.", "That's not our problem, the balance is due."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是她婆婆，她在上班。'], ['agent', '您儿媳妇在我们这儿的欠款一直没还。']],
    en: [['third_party', "I'm his brother, he's not here."], ['agent', 'Your brother has an unpaid loan with us, can you help him pay?']],
  },
};

const BATCHES: Record<number, Batch> = {
  1: { violations: VIOLATIONS_1, clean: CLEAN_1, ignored: IGNORED_1, thirdParty: THIRD_PARTY_1 },
  2: BATCH_2,
  3: BATCH_3,
  4: BATCH_4,
  5: BATCH_5,
  6: BATCH_6,
  7: BATCH_7,
  8: BATCH_8,
};
export const NEWEST_BATCH = 8;

export function heldOutCalls(batch: number): LabelledCall[] {
  const b = BATCHES[batch]!;
  const out: LabelledCall[] = [];
  const make = (lang: Lang, lines: Line[], labels: string[]) => out.push(labelledCall(`q-${lang}-held${batch}-${String(out.length + 1).padStart(3, '0')}`, lang, lines, labels));
  for (const lang of ['zh', 'zh-Hant', 'en'] as const) {
    const base = lang === 'en' ? 'en' : 'zh';
    for (const body of b.clean[base]) make(lang, [...OPENING[base], ...body], []);
    for (const [category, lines] of Object.entries(b.violations[base])) for (const line of lines) make(lang, [...OPENING[base], ['agent', line]], [category]);
    for (const [category, [trigger, response]] of Object.entries(b.ignored[base])) make(lang, [...OPENING[base], ['debtor', trigger], ['agent', response]], [category]);
    // Told to whoever answered, before anyone was verified: two violations in one sentence.
    make(lang, [OPENING[base][0]!, ...b.thirdParty[base]], ['third_party_disclosure', 'debt_before_verification', ...(base === 'en' ? ['missing_disclosure'] : [])]);
  }
  return out;
}
