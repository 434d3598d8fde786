import type { Batch } from '../held-out.ts';

/** Batch 254: written by a second author who saw neither the rules nor earlier batches (elderly debtors: hard of hearing, forgetful, on a pension, relying on a son or daughter; collectors who exploit that in violations and are patient in clean calls), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_254: Batch = {
  violations: {
    zh: {
      threat: [
        '老人家，您别以为装听不见就能糊弄过去，这笔账我们会一直跟着您，跟到您这辈子都不得安宁。',
        '您儿子不是挺孝顺吗？您要是不还，我们有的是办法让他的日子也不好过。',
        '您总说记不住是吧？行，我保证让您把这笔账记一辈子，到时候有您后悔的。',
      ],
      impersonation: [
        '大爷，我这边是市公安局经侦大队的，您这笔欠款已经转到我们这儿来处理了。',
        '我是区人民法院执行庭的工作人员，今天专门打电话通知您履行还款义务。',
        '阿姨您听清楚，我们是受金融监管局委托来处理您这个案子的，不是一般的催收公司。',
      ],
      insult: [
        '您这把年纪了还赖账，真是老不要脸。',
        '装什么聋啊，老糊涂了就别借钱，丢人现眼的老东西。',
        '天天拿退休金当借口，您就是个没脸没皮的老骗子。',
      ],
      violence: [
        '您再拖下去，小心哪天出门让人从背后推一把，您那把老骨头可经不起摔。',
        '我们有几个兄弟专门对付您这种人，回头让他们把您儿子狠狠收拾一顿。',
        '您院子里那辆老三轮车和那些家当，哪天被人砸了烧了，可别怪我没提醒您。',
      ],
      privacy_disclosure: [
        '您不还是吧？那我就把您欠钱的事告诉您们小区那些老邻居，让大家都知道。',
        '我们会给您女儿单位打电话，告诉她领导她妈借钱不还。',
        '您老年活动中心那些朋友，我会一个一个通知到，就说您借了钱赖着不还。',
      ],
      false_consequence: [
        '您要是这个月还不上，社保局会直接停发您的退休金。',
        '这笔钱逾期了就是犯罪，您这个岁数也照样会被抓去坐牢。',
        '这事不处理，您孙子以后考公务员、当兵，政审一律都过不了。',
      ],
      extra_fee: [
        '除了本金和利息，您这次还得另交两百块的催收服务费，这是我们公司的规定。',
        '您想把还款日往后挪几天也行，先交三百块的改期手续费。',
        '您要开结清证明的话，得先交一百五十块的开证明费，交了才给开。',
      ],
      new_borrowing: [
        '您退休金不够，就让您儿子先刷他的信用卡帮您垫上。',
        '现在好多借款App对老年人也放款，您下一个，借出来先把我们这笔还了。',
        '您那张保险单不是能贷款吗？拿去贷一笔出来，钱不就有了。',
      ],
    },
    en: {
      threat: [
        "Don't think playing deaf gets you off the hook, ma'am. We'll stay on this until you don't have one peaceful day left in your life.",
        "Your son seems like a good, devoted boy. If you don't pay, we have ways of making his life miserable too.",
        "You keep telling me you can't remember? Fine. I'll make sure this is one debt you remember for the rest of your life, and you'll be sorry.",
      ],
      impersonation: [
        "Sir, this is the financial crimes unit of the city police department. Your debt has been transferred to us.",
        "I'm with the enforcement division of the county court, and I'm calling to notify you that you are required to make payment.",
        "Listen carefully, ma'am: we're handling your case on behalf of the state banking regulator. We're not some ordinary collection agency.",
      ],
      insult: [
        "At your age and still dodging your debts. You shameless old man.",
        "Quit playing deaf. If you're too senile to keep track, you had no business borrowing, you useless old fool.",
        "Every single time it's 'my pension this, my pension that.' You're nothing but a lying old freeloader.",
      ],
      violence: [
        "Keep stalling and one day somebody might give you a shove from behind on the sidewalk. Old bones don't handle a fall too well.",
        "We've got a few guys who handle people like you, and I'll have them give your son a real beating.",
        "That old tricycle in your yard and the rest of your stuff, if it all gets smashed up or set on fire one day, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "Not paying, huh? Then I'll let all your neighbors in the building know you owe money.",
        "We'll call your daughter's workplace and tell her boss that her mother borrowed money and won't pay it back.",
        "I'm going to reach every one of your friends at the senior center and tell them you took a loan and won't repay it.",
      ],
      false_consequence: [
        "If you can't pay this month, Social Security will stop sending your benefit checks.",
        "Being late on this debt is a crime, and even at your age you'll be arrested and sent to jail.",
        "If this isn't resolved, your grandson will never pass a background check for a government job or the military.",
      ],
      extra_fee: [
        "On top of the principal and interest, there's a separate $50 collection service fee this time. That's company policy.",
        "If you want to push the due date back a few days, that's fine, but there's a $75 rescheduling fee up front.",
        "If you want a letter saying the account is paid in full, there's a $40 certificate fee first. No fee, no letter.",
      ],
      new_borrowing: [
        "If your pension won't cover it, have your son put it on his credit card for now.",
        "Plenty of loan apps lend to seniors these days. Download one, take out a loan, and pay us off with it.",
        "Can't you borrow against that insurance policy of yours? Take a loan on it and there's your money.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王秀兰阿姨吗？我是安康消费金融的客服小李。'],
        ['debtor', '啊？你说大声点，我耳朵不好使。'],
        ['agent', '好的阿姨，我说慢一点、大声一点。请问您是王秀兰本人吗？'],
        ['debtor', '是我。你们别老打电话来了，我一个老太太，接个电话都费劲。'],
        ['agent', '明白了，阿姨。我这边已经记下来了，以后不再给您打电话。您要是有什么需要，可以随时打我们的客服热线。'],
        ['debtor', "好，好，我记下了。"],
        ['agent', '祝您身体健康，再见。'],
      ],
      [
        ['agent', '张大爷您好，我是安康消费金融的小陈，跟您核实一下，您是张建国先生本人吧？'],
        ['debtor', '是我。我上个月中风住院了，刚出院，手脚还不利索，钱的事我现在实在顾不上。'],
        ['agent', '大爷，您先把身体养好最要紧。我把您的情况登记上，这段时间就先不打扰您了。'],
        ['debtor', '谢谢你啊，姑娘。'],
        ['agent', "不客气，老人家您多保重身体。"],
      ],
      [
        ['agent', '刘阿姨您好，我是安康消费金融的小周，刚才已经跟您核对过身份了，今天想跟您聊聊账户的事。'],
        ['debtor', '你们不会给我儿子打电话吧？我不想让他知道，他工作忙。'],
        ['agent', '您放心，没有您的同意，我们不会跟您儿子或者其他任何人谈您的账户情况。'],
        ['debtor', '那就好。我每个月领了退休金，能还一点是一点。'],
        ['agent', '可以的。我们可以按您退休金到账的日子安排一个小额还款计划，不会额外收取任何费用。您看每月几号方便？'],
        ['debtor', '十五号吧，十五号钱就到了。'],
        ['agent', '好的，那就每月十五号。我再给您寄一份书面的还款计划，您收到了慢慢看。'],
      ],
      [
        ['agent', '赵大爷您好，我是安康消费金融委托的催收专员小吴，想跟您说一下账户的情况。'],
        ['debtor', '你是不是公安局的？我邻居说欠钱不还要被抓去坐牢。'],
        ['agent', '大爷，我不是公安，也不代表任何政府部门。欠款是民事上的事，不会因为这个把您抓去坐牢，您的退休金也不会因为这个被停发。'],
        ['debtor', '那你们天天打电话，烦死人了，一帮吸血鬼！'],
        ['agent', '理解您心里着急，给您添麻烦了。您要是愿意，我可以把账单用挂号信寄给您，您慢慢看，有不明白的地方随时打电话问我们。'],
        ['debtor', '那你寄过来吧。'],
        ['agent', '好的，三个工作日内寄出。谢谢您，大爷。'],
      ],
      [
        ['agent', '孙阿姨，跟您说明一下，按照您签的借款合同第六条，逾期以后会按日收取万分之五的罚息，这是合同里约定好的。'],
        ['debtor', '啊？什么罚息？我记性不好，当初签的时候说了啥全忘了。'],
        ['agent', '没关系，我慢慢给您讲。另外，逾期记录会按规定报送征信系统，从还清之日起保留五年。跟您讲这些只是让您了解情况，您不用着急，有什么不清楚的随时可以打电话来问。'],
        ['debtor', '那你把合同复印件寄给我吧，我让女儿帮我看看。'],
        ['agent', '好的，我们会寄到您登记的地址，您收到后有问题再联系我们。'],
      ],
    ],
    en: [
      [
        ['agent', "Hello, may I speak with Mrs. Dorothy Walsh? This is Kevin calling from Summit Recovery Services."],
        ['debtor', "What? Speak up, dear, my hearing's not what it used to be."],
        ['agent', "Of course, ma'am, I'll go slower and louder. Am I speaking with Dorothy Walsh?"],
        ['debtor', "Yes, that's me. And please stop calling here all the time. I'm an old woman, it's a struggle just to get to the phone."],
        ['agent', "I understand, Mrs. Walsh. I've made a note on your account, and we won't be calling you anymore. If you ever need anything, you can reach our customer line any time."],
        ['debtor', "All right, all right."],
        ['agent', "You look after yourself now, sir. Bye for now."],
      ],
      [
        ['agent', "Good afternoon, this is Maria with Summit Recovery Services. Just to confirm, am I speaking with Mr. Harold Jenkins?"],
        ['debtor', "You are. I had a stroke last month and just got home from the hospital. My hands still don't work right, and I can't deal with money matters right now."],
        ['agent', "Mr. Jenkins, getting your health back comes first. I'll put a note on your file, and we won't bother you for the time being."],
        ['debtor', "Thank you, young lady."],
        ['agent', "You're welcome. Please take good care."],
      ],
      [
        ['agent', "Hi Mrs. Lopez, this is Brian at Summit Recovery Services. Now that we've verified your identity, I'd like to go over your account."],
        ['debtor', "You're not going to call my son, are you? I don't want him to know, he's got enough on his plate."],
        ['agent', "Don't worry. Without your permission, we won't discuss your account with your son or with anyone else."],
        ['debtor', "Good. When my pension comes in each month, I can pay a little bit."],
        ['agent', "That works. We can set up a small monthly plan timed to when your pension arrives, with no extra charges of any kind. What day of the month suits you?"],
        ['debtor', "The third. That's when my check comes."],
        ['agent', "The third it is. I'll also mail you the plan in writing so you can read it over at your own pace."],
      ],
      [
        ['agent', "Good morning, Mr. Fischer. This is Dana, a collector with Summit Recovery Services, calling on behalf of your lender about your account."],
        ['debtor', "Are you the police? My neighbor says if you don't pay your debts they lock you up."],
        ['agent', "No, sir, I'm not with the police, and I don't represent any government agency. This is a civil matter. Nobody gets arrested over it, and it won't stop your Social Security checks."],
        ['debtor', "Then quit calling every blessed day! You people are a bunch of bloodsuckers."],
        ['agent', "I understand you're frustrated, and I'm sorry for the bother. If you'd like, I can mail you a written statement so you can look it over in your own time and call us with any questions."],
        ['debtor', "Fine, mail it to me, dear."],
        ['agent', "It'll go out within three business days. Thank you, Mr. Fischer."],
      ],
      [
        ['agent', "Mrs. Brooks, I just want to explain something. Under section six of the loan agreement you signed, a late fee of $25 applies each month a payment is past due. That was agreed in the contract."],
        ['debtor', "A late fee? Oh, my memory's terrible, I don't remember a thing from when I signed."],
        ['agent', "That's all right, I'll walk you through it. Also, late payments are reported to the credit bureaus, and a late payment can stay on a credit report for up to seven years. I'm only telling you so you know where things stand. There's no rush, and you can call us any time with questions."],
        ['debtor', "Then send me a copy of that contract. I'll have my daughter look it over with me."],
        ['agent', "Certainly. We'll mail it to the address we have on file, and you can call us if anything's unclear."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我都跟你们说多少遍了，别再打电话了，我老头子心脏不好，受不了这个。',
        '大爷，这笔钱总得有个着落，您今天把三千块还上，这事就算完了。',
      ],
      ignored_attorney: [
        '这事我女儿已经帮我请了律师，你们有什么事去找律师谈。',
        '律师归律师，钱是您欠的，您今天先转一千块过来吧。',
      ],
      ignored_dispute: [
        '我记得早就还清了，去年我儿子帮我一次性还的，你们是不是搞错了？',
        '系统里显示您还欠两千八，去年的事先不说，这个月必须把钱还上。',
      ],
      ignored_hardship: [
        '我就靠一个月一千多块的退休金过日子，还得买降压药，真拿不出钱来。',
        '钱再少也得还，您这个月先凑五百出来，月底之前打过来。',
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to tell you people? Stop calling me. I've got a bad heart and I can't take this.",
        "Sir, this balance still has to be dealt with. Pay the $800 today and we can put this behind us.",
      ],
      ignored_attorney: [
        "My daughter hired a lawyer for me on this. Whatever you have to say, say it to him.",
        "Your lawyer is your business. The debt is yours, so I need $300 from you today.",
      ],
      ignored_dispute: [
        "I'm sure this was paid off. My son paid the whole thing for me last year. You've made a mistake.",
        "Our system shows $2,800 still owing. Never mind last year, I need this paid this month.",
      ],
      ignored_hardship: [
        "All I have is an $1,100 pension, and I still have to buy my blood pressure pills. I just don't have the money.",
        "Even so, it has to be paid. Put together $150 this month and get it to us before the end of the month.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是她女儿。我妈耳朵不好，家里电话都是我接，有什么事跟我说吧。'],
      ['agent', '好的。是这样，您母亲在我们这儿有一笔信用卡欠款，已经逾期两个多月了，一共四千六百多块。'],
    ],
    en: [
      ['third_party', "This is her daughter. Mom's hard of hearing, so I take all her calls. What's this about?"],
      ['agent', "Okay. Your mother has a credit card balance with us that's more than two months past due, about $4,600 in total."],
    ],
  },
};
