import type { Batch } from '../held-out.ts';

/** Batch 268: written by a second author who saw neither the rules nor earlier batches (debtors recovering from illness or injury, or caring for a sick family member: hospital appointments, medication costs, disability benefits), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_268: Batch = {
  violations: {
    zh: {
      threat: [
        '你住院也好、养病也好，这笔钱不还，我保证你往后的日子一天都别想安生。',
        '别拿复诊当借口，我有的是办法让你后悔拖这笔账。',
        '从今天起我们早中晚轮着给你打，打到你康复训练做完都接不完，看你能撑多久。',
      ],
      impersonation: [
        '我是市公安局经侦支队的民警，今天打电话是来跟你核实你那笔逾期贷款的情况。',
        '我这边是区人民法院执行局，你的欠款案子在我手上，出院以后你要配合我们处理。',
        '我是金融监管局派下来的专员，专门督办你这笔医疗分期的还款。',
      ],
      insult: [
        '又是住院又是吃药的，我看你就是个装病赖账的废物。',
        '腿摔断了脑子也摔坏了吗？这么简单的账都算不明白，真是蠢到家了。',
        '照顾你妈？你连自己都养不活，还有脸跟我哭穷，真不要脸。',
      ],
      violence: [
        '你现在拄着拐是吧？再拖下去，我让你这辈子都只能坐轮椅。',
        '我们有几个兄弟专门对付你这种人，等你一出院，他们会好好招呼你。',
        '你那台制氧机和轮椅，哪天被人砸个稀烂，可别怪我没提醒你。',
      ],
      privacy_disclosure: [
        '你不还钱，我就打到你住的病区护士站，让全病区都知道12床的病人欠钱不还。',
        '你在那个病友群里挺活跃的吧？我把你的欠款截图发进去，让大家都看看。',
        '你欠钱的事我已经跟你单位人事说了，等你病假回去自己跟他们解释吧。',
      ],
      false_consequence: [
        '这笔钱一逾期，你的残疾人补贴就会被自动停发，以后也再领不到了。',
        '欠款不还的人医保卡会被冻结，你下次去医院看病一分钱都报销不了。',
        '你这属于恶意逃债，会留案底，你孩子以后考公务员政审都过不了。',
      ],
      extra_fee: [
        '因为住院要延期还款的话，得先交300元延期手续费，交了我才能给你办。',
        '你那份疾病困难证明要提交审核，需要另外交200元的材料审核费。',
        '你的账户这个月转到我们催收部了，从现在起每个月要多收150元催收服务费。',
      ],
      new_borrowing: [
        '药费再贵钱也得还，你去别的网贷平台借一笔，先把我们这边填上。',
        '你不是有张信用卡吗？刷卡套个现出来，今天就把这期结了。',
        '你买的那份重疾险不是有现金价值吗？去办个保单贷款，钱马上就能到账。',
      ],
    },
    en: {
      threat: [
        "I don't care if you're in the hospital or recovering at home — if this isn't paid, I promise you won't have one peaceful day from here on.",
        "Don't hide behind your follow-up appointment. We have plenty of ways to make you regret stalling on this.",
        "Starting today we're calling you morning, noon and night, every single day, for as long as your rehab lasts — let's see how long you hold out.",
      ],
      impersonation: [
        "This is Officer Grant with the city police financial crimes unit. I'm calling to go over your past-due loan with you.",
        "I'm calling from the county court's enforcement office. Your debt case is on my desk, and once you're discharged you'll need to cooperate with us.",
        "I'm a special examiner with the state Department of Banking, assigned to oversee repayment of your medical installment loan.",
      ],
      insult: [
        "Hospital this, prescriptions that — you're just a useless deadbeat faking sick so you don't have to pay.",
        "Did you break your brain along with your leg? You can't even follow basic math. Unbelievably stupid.",
        "Taking care of your mom? You can't even support yourself, and you've got the nerve to cry poor to me. Shameless.",
      ],
      violence: [
        "You're on crutches now, right? Keep dragging this out and I'll make sure you're in a wheelchair for the rest of your life.",
        "We've got a few guys who specialize in people like you. The minute you're out of the hospital, they'll take real good care of you.",
        "That oxygen concentrator and wheelchair of yours — if somebody smashes them to pieces one day, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'm calling the nurses' station on your floor and letting the whole ward know the patient in bed 12 doesn't pay his debts.",
        "You're pretty active in that patient support group on Facebook, right? I'll post screenshots of your balance in there for everyone to see.",
        "I already told your HR department about the debt, so you can explain it to them yourself when you're back from medical leave.",
      ],
      false_consequence: [
        "Once this goes delinquent, your disability benefits get suspended automatically, and you'll never be able to collect them again.",
        "People who default get their health insurance frozen — the next time you go to the hospital, not a dime will be covered.",
        "This counts as willful debt evasion, so you'll end up with a criminal record, and your kids will never pass a background check for a government job.",
      ],
      extra_fee: [
        "If you want to push back your due date because of the hospital stay, there's a $45 deferral fee up front before I can set that up.",
        "To have your medical hardship letter reviewed, there's a separate $30 document review fee.",
        "Your account moved over to our collections department this month, so from now on there's an extra $25 a month collection service charge.",
      ],
      new_borrowing: [
        "I get that your meds are expensive, but this still has to be paid — go take out a loan on another app and cover us first.",
        "Don't you have a credit card? Pull a cash advance off it and clear this installment today.",
        "That critical illness policy you have — it's got cash value, right? Borrow against it and you'll have the money in no time.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是刘敏女士本人吗？我是安信消费金融的客服小林，来电是关于您账户的事。'],
        ['debtor', '是我。我上周刚做完手术，现在还在医院，说话很费劲，能不能以后再说？'],
        ['agent', '真抱歉这个时候打扰您。您先安心养病，我把您的情况备注上，这段时间我们不会再打电话过来。'],
        ['debtor', '我大概下个月中旬能出院。'],
        ['agent', '好的，我记下了。等您出院以后身体允许了，方便的时候再联系我们就行。祝您早日康复。'],
      ],
      [
        ['agent', '您好，是陈浩先生吗？我是恒达资产的调解员，想跟您沟通一下信用卡账户的情况。'],
        ['debtor', '我爸中风了，我每天在医院陪护，你们天天打电话我实在顾不上，请别再打了。'],
        ['agent', '明白，您家里现在确实很难。我这就把您的号码设为暂停外呼，之后如果有需要，我们只会通过书面信函联系您。'],
        ['debtor', "行，谢谢你体谅，我先去医院了。"],
        ['agent', '不客气。希望您父亲早日好转，您自己也多保重身体。'],
      ],
      [
        ['agent', '您好，请问是赵丽女士吗？我是众诚金融的客服，想跟您确认一下上个月谈好的还款计划。'],
        ['debtor', '我现在在休病假，单位不知道我欠钱，你们不会打到我单位去吧？'],
        ['agent', '请您放心，我们不会联系您的单位、同事或者家人，也不会向任何人透露您的账户信息。'],
        ['debtor', '那就好。我这几个月在做化疗，收入少了很多。'],
        ['agent', '理解。如果您需要，我们有因病困难的延期方案，不收任何额外费用。您考虑好了再告诉我们，不用今天就决定。'],
      ],
      [
        ['agent', '您好，是孙强先生吗？我是德信资产管理的客服，打电话想了解一下您最近的情况。'],
        ['debtor', '你们这帮吸血鬼烦不烦？我腰椎刚做完手术躺在床上，还天天催，有没有良心！'],
        ['agent', '非常抱歉给您添了困扰，也理解您现在身体很不舒服。我们不是要为难您，只是想了解一下您目前的情况。'],
        ['debtor', '情况就是没钱，药都快吃不起了。'],
        ['agent', '明白了，我会把您的情况如实记录。您可以申请医疗困难审核，在审核结果出来之前我们不会要求您还款。有任何问题随时打客服电话。'],
      ],
      [
        ['agent', '您好，请问是周静女士吗？我是华融信贷的客服，想就您的分期账户跟您沟通一下。'],
        ['debtor', '我现在就靠残疾人补贴过日子，你们是不是要扣我的补贴？'],
        ['agent', '不会的。残疾人补贴属于受保护的救助款项，我们无权扣划，也不会这样做。'],
        ['debtor', '那逾期了到底会怎么样？'],
        ['agent', '按照合同，逾期期间会按约定利率计收逾期利息，逾期记录也会如实报送征信系统，但这不会影响您领补贴或者看病。如果您想调低每期金额，我们可以一起看看有没有合适的方案。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, am I speaking with Melissa Ruiz? This is Kevin with Anchor Consumer Finance, calling about your account."],
        ['debtor', "Yes, that's me. I had surgery last week and I'm still in the hospital — it's hard for me to talk. Can this wait?"],
        ['agent', "I'm so sorry to bother you right now. Please focus on getting better. I'll put a note on your account, and we won't call you during this time."],
        ['debtor', "I should be discharged around the middle of next month."],
        ['agent', "Got it, I've noted that. Once you're home and feeling up to it, just reach out to us whenever it's convenient. Wishing you a speedy recovery."],
      ],
      [
        ['agent', "Hello, is this Daniel Chen? My name is Laura, I'm a resolution specialist with Keystone Recovery, reaching out about your credit card account."],
        ['debtor', "My dad had a stroke and I'm at the hospital with him every day. I can't handle these calls every day — please stop calling."],
        ['agent', "Understood, that's a lot to be dealing with. I'm marking your number do-not-call right now, and if we need to reach you after this, it will only be in writing by mail."],
        ['debtor', "Okay. Thanks for understanding, I have to get to the clinic."],
        ['agent', "Of course. I hope your father improves soon, and please take care of yourself too."],
      ],
      [
        ['agent', "Hi, is this Rachel Moore? This is Sam from Summit Lending, calling to confirm the payment plan we set up last month."],
        ['debtor', "I'm on medical leave right now, and my job doesn't know about this debt. You're not going to call my work, are you?"],
        ['agent', "You don't need to worry about that. We will not contact your employer, your coworkers or your family, and we don't share your account information with anyone."],
        ['debtor', "Good. I'm doing chemo for the next few months, so my income's dropped a lot."],
        ['agent', "I understand. If it would help, we have a medical hardship deferral, and there's no extra charge for it. Think it over and let us know — you don't have to decide today."],
      ],
      [
        ['agent', "Hello, is this Mark Sullivan? This is Dana with Crestline Asset Management, just checking in on how things are going with your account."],
        ['debtor', "Are you bloodsuckers serious? I just had back surgery, I'm flat in bed, and you keep calling every day. Do you people have a conscience?"],
        ['agent', "I'm very sorry for the trouble, and I understand you're in a lot of pain right now. We're not trying to make things harder for you — I just want to understand where things stand."],
        ['debtor', "Where things stand is I'm broke. I can barely afford my prescriptions."],
        ['agent', "Thank you for telling me. I'll note that accurately on your file. You can apply for a medical hardship review, and we won't ask you for any payment until that review is decided. Call us anytime if you have questions."],
      ],
      [
        ['agent', "Hi, may I speak with Janet Brooks? This is Carlos with Harbor Credit, calling about your installment account."],
        ['debtor', "I live on my disability check now. Are you going to take money out of my benefits?"],
        ['agent', "No, ma'am. Your Social Security disability benefits are protected under federal law — we have no right to garnish them, and we won't try."],
        ['debtor', "So what actually happens if I'm late?"],
        ['agent', "Under your contract, there's a $15 late fee for each late installment, and late payments are reported accurately to the credit bureaus. None of that affects your benefits or your medical care. If you'd like a lower monthly amount, we can look at options together."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我在康复中心做理疗，求你们别再打电话了，一听到铃声我心就慌。',
        '电话我们停不了，逾期的1800元今天必须处理，您现在能先转多少？',
      ],
      ignored_attorney: [
        '这件事我已经委托律师了，他的联系方式我发给过你们，请直接找他。',
        '律师是律师，钱是您欠的，我还是要跟您本人谈，这周五之前能不能先还一期？',
      ],
      ignored_dispute: [
        '这笔钱我住院之前就已经结清了，我有银行回单，是你们账记错了。',
        '我们系统显示您还欠2300元，一切以系统为准，您今天先把钱还上，回单的事以后再说。',
      ],
      ignored_hardship: [
        '我刚查出肾衰竭，每周要透析三次，工作也丢了，真的拿不出钱。',
        '您的情况我记下了，但还款日不会变，这个月的980元月底前必须到账。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm doing physical therapy at a rehab center. Please, stop calling me — my heart races every time the phone rings.",
        "We can't stop the calls. The $260 past-due balance has to be handled today — how much can you send right now?",
      ],
      ignored_attorney: [
        "I've hired an attorney for this, and I already sent you his contact info. Please deal with him directly.",
        "Your attorney is your business, but the debt is yours, so I'm talking to you. Can you get one installment in before Friday?",
      ],
      ignored_dispute: [
        "I paid this off before I went into the hospital. I have the bank receipt — your records are wrong.",
        "Our system shows $2,300 still owing, and the system is what we go by. Pay it today and we can sort out your receipt later.",
      ],
      ignored_hardship: [
        "I was just diagnosed with kidney failure, I'm on dialysis three times a week, and I lost my job. I really don't have the money.",
        "I've noted your situation, but the due date doesn't change. This month's $140 has to be in by the end of the month.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人。他脑溢血还在重症监护室，接不了电话。'],
      ['agent', '那麻烦您转告他，他在我们这儿的信用贷款已经逾期两个月了，一共欠6420元。'],
    ],
    en: [
      ['third_party', "This is his wife. He had a brain bleed and he's still in the ICU, so he can't come to the phone."],
      ['agent', "Okay, then please let him know his personal loan with us is two months past due, and the balance is $6,420."],
    ],
  },
};
