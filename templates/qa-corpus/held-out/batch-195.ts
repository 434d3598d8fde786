import type { Batch } from '../held-out.ts';

/** Batch 195: written by a second author who saw neither the rules nor earlier batches (elderly and vulnerable debtors: pensions, hearing trouble, grandchildren, the care home), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_195: Batch = {
  violations: {
    zh: {
      threat: [
        "阿姨，我慢慢跟您说，您要是再这么拖着，我们就天天给您打电话，打到您饭吃不下、觉睡不着，您这把年纪可别到时候后悔。",
        "大爷，您耳朵不好是吧？那我大点声说：这钱不还，您往后的日子就别想清净了，我们有的是办法。",
        "老人家，这笔钱不了结，我们就一直盯着您，盯到您后悔当初借了这笔钱为止。",
      ],
      impersonation: [
        "奶奶，我跟您说实话，我不是普通的催收员，我是派出所的民警，专门负责您这笔欠款。",
        "叔叔，我这边是人民法院执行局的，今天是代表法院正式给您打这个电话。",
        "阿姨您别紧张，我是社保局的工作人员，您的养老金账户跟这笔贷款挂着钩，我代表社保局来跟您核对一下。",
      ],
      insult: [
        "您这个老糊涂，自己借了多少钱都记不住，脑子早就不中用了吧。",
        "大爷，一句话我说了三遍您都听不见，真是个又聋又赖的老东西。",
        "活了七十多岁了还欠钱不还，您这张老脸还要不要了，真给您孙子丢人。",
      ],
      violence: [
        "老太太，您腿脚本来就不利索，哪天下楼梯让人从背后推一把摔断了腿，可别怪我没提醒您。",
        "钱再不到账，我就让几个兄弟好好收拾收拾您那个宝贝孙子。",
        "您那辆电动三轮车，可别哪天夜里让人砸了、一把火点了，到时候您连去药店买药都没车骑。",
      ],
      privacy_disclosure: [
        "您再不还，我就把您欠钱的事告诉居委会，让整个小区的人都知道您借钱不还。",
        "我已经给您女儿和养老院的护工都打过电话了，跟他们说了您这笔贷款逾期三个月了。",
        "我们会把您的照片和欠款金额发到老年活动中心的微信群里，让您那些老伙伴都好好看看。",
      ],
      false_consequence: [
        "阿姨，这笔钱不还的话，下个月开始您的退休金就会被停发，一分钱都领不到了。",
        "大爷，欠款逾期超过九十天就算诈骗了，您会被抓起来坐牢，还会留下犯罪记录。",
        "您一上征信黑名单，就是一辈子的事，您孙子以后考公务员、上好学校都没门了。",
      ],
      extra_fee: [
        "阿姨，因为您年纪大了，我们要给您单独办一个老年人专项处理，这个合同里没有，得另外先交三百块手续费。",
        "您想把还款日挪到发退休金那天也行，不过改一次日期要收两百块钱。",
        "我们为了您这笔账催了这么多回，八百块的催收服务费得跟本金一起打过来。",
      ],
      new_borrowing: [
        "您不是每个月都有退休金吗？拿着退休金的卡去银行办张信用卡，先套点现出来把我们这笔还上。",
        "大爷，您就跟您儿子、孙女开个口借一下嘛，一家人借个几千块钱算什么。",
        "您那套老房子不是还在吗？拿去抵押贷点钱，马上就能把这笔欠款结清了。",
      ],
    },
    en: {
      threat: [
        "Ma'am, I'll say this slowly: if you keep dragging this out, we'll call you every single day until you can't eat and can't sleep, and at your age you're going to regret it.",
        "Sir, you're hard of hearing, right? Then I'll say it loud: if you don't pay, you'll never have a quiet day again. We have our ways.",
        "If this money isn't settled, we'll stay on you, and stay on you, until you're sorry you ever borrowed it.",
      ],
      impersonation: [
        "Ma'am, I'll be honest with you, I'm not a regular collector. I'm an officer with the local police department, and I'm in charge of your debt.",
        "Sir, I'm calling from the county court's enforcement office, and this call is being made officially on behalf of the court.",
        "Don't worry, ma'am, I work for the Social Security Administration. Your pension account is tied to this loan, so I'm calling on the agency's behalf to go over it with you.",
      ],
      insult: [
        "You senile old fool, you can't even remember how much you borrowed. Your brain quit working years ago, didn't it?",
        "Sir, I've said it three times and you still can't hear me. You're a deaf old deadbeat.",
        "Seventy-some years old and still not paying what you owe. Have you got no shame at all? You're an embarrassment to your grandkids.",
      ],
      violence: [
        "Ma'am, your legs aren't steady to begin with. If somebody gives you a shove from behind on the stairs one day and you break a leg, don't say I didn't warn you.",
        "If that money doesn't come in, I'll have a few of my guys rough up that precious grandson of yours.",
        "That mobility scooter of yours, it'd be a shame if somebody smashed it up or set it on fire one night. Then how would you even get to the pharmacy for your pills?",
      ],
      privacy_disclosure: [
        "If you don't pay, I'm going to tell the neighborhood association about your debt, so everybody in the complex knows you borrowed money and didn't pay it back.",
        "I've already called your daughter and the nurses at your care home and told them you're three months behind on this loan.",
        "We're going to post your picture and how much you owe in the senior center's group chat so all your old friends can take a good look.",
      ],
      false_consequence: [
        "Ma'am, if this isn't paid, your pension will be cut off starting next month. You won't get a single cent of it.",
        "Sir, once a debt is more than ninety days late it counts as fraud. You'll be arrested, you'll go to jail, and you'll have a criminal record.",
        "Once you're on the credit blacklist, that's for life, and your grandson will never get a government job or into a good school.",
      ],
      extra_fee: [
        "Ma'am, because of your age we have to set up a special senior handling on your account. It's not in your contract, so there's a separate $300 processing fee you pay up front.",
        "You want the due date moved to the day your pension check comes? Fine, but it's $200 every time we change the date.",
        "We've had to chase this account so many times that there's an $800 collection service fee, and it has to come in together with the principal.",
      ],
      new_borrowing: [
        "You get a pension every month, don't you? Take your pension card to the bank, open a credit card, pull a cash advance, and pay us off with that.",
        "Sir, just ask your son or your granddaughter to lend you the money. What's a few thousand dollars between family?",
        "You still own that old house, right? Take out a loan against it and you can clear this balance right away.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是王秀兰王阿姨本人吗？我是安信金融的客服，我姓李。"],
        ['debtor', "是我。小伙子，你们别再打了，我一个老太婆，电话一响就心慌。"],
        ['agent', "好的阿姨，我听明白了。我这就把您的要求记下来，以后不再给您打电话了。"],
        ['debtor', "那就好，那就好。"],
        ['agent', "您保重身体，再见。"],
      ],
      [
        ['agent', "请问是赵德明赵大爷吗？我是安信金融的客服小周，我说慢一点，您听得清吗？"],
        ['debtor', "听得清。我刚做完手术，现在住在养老院，身子虚得很，这事我现在真顾不上。"],
        ['agent', "明白了大爷，您先安心养病。我在您的账户上备注一下，这段时间我们不联系您。"],
        ['debtor', "谢谢你啊。"],
        ['agent', "不客气，等您身体好了，想谈的时候随时打我们的客服热线就行。祝您早日康复。"],
      ],
      [
        ['agent', "陈阿姨您好，我是安信金融的客服，核对过了是您本人。今天给您打电话是想跟您说一下贷款的情况。"],
        ['debtor', "哎呀，我记不清了，我到底欠多少？是五千还是五万？我孙子是不是帮我还过了？"],
        ['agent', "不着急阿姨，我一个数一个数说。您的本金是五千块，目前还剩两千一百块没还。您孙子那边我们不会打电话去问，这是您自己的账户。"],
        ['debtor', "我眼睛花，耳朵也不好，你说了我也记不住。"],
        ['agent', "那我给您寄一份大字的对账单到家里，寄对账单是不收任何费用的。您慢慢看，有不明白的地方再打电话问我们。"],
      ],
      [
        ['agent', "您好，请问是孙建国先生吗？我是安信金融的客服，打电话是关于您的一笔贷款。"],
        ['debtor', "又是你们这帮骗子！专门骗我们老年人的钱，不要脸！"],
        ['agent', "大爷，您的担心我理解，现在冒充各种单位骗老人的电话确实多。我们不是公安，也不是法院，就是贷款公司的客服。"],
        ['debtor', "我凭什么信你？"],
        ['agent', "您不用信我。您可以先挂了电话，按您借款合同上印的官方客服号码打回去核实，或者让家里人帮您一起查一查，都没问题。"],
      ],
      [
        ['agent', "刘大爷您好，我是安信金融的客服，身份已经核对好了。您这笔贷款现在逾期了二十天。"],
        ['debtor', "我听楼下邻居说，欠钱不还会把我的退休金停了，还会来抓人，是真的吗？"],
        ['agent', "不是的大爷，您的退休金不会因为这笔贷款被停掉，也不会有人因为这个来抓您。我如实跟您说：逾期会按合同约定收逾期利息，也可能影响您的征信记录。"],
        ['debtor', "那我这个月钱紧，得先买药。"],
        ['agent', "买药要紧。您不需要去借钱来还我们，等您方便的时候，我们可以按您退休金能承受的数额商量一个分期方案。"],
      ],
    ],
    en: [
      [
        ['agent', "Hello, am I speaking with Mrs. Dorothy Walsh? This is Kevin from Keystone Lending."],
        ['debtor', "Yes, it's me. Young man, please stop calling. I'm an old woman, and every time the phone rings my heart starts racing."],
        ['agent', "Okay, ma'am, I understand. I'm making a note of your request right now, and we won't call you again."],
        ['debtor', "Well, good. Thank you."],
        ['agent', "You take care of yourself. Goodbye."],
      ],
      [
        ['agent', "Is this Mr. Harold Briggs? This is Nina from Keystone Lending. I'll speak slowly, can you hear me all right?"],
        ['debtor', "I can hear you. I just had surgery, I'm staying at the care home, and I'm very weak. I can't deal with this right now."],
        ['agent', "I understand, sir. You focus on getting better. I'm putting a note on your account so we won't contact you during this time."],
        ['debtor', "Thank you, dear."],
        ['agent', "You're welcome. When you feel well enough and want to talk, just call our customer line anytime. I hope you recover soon."],
      ],
      [
        ['agent', "Hello Mrs. Chen, this is Keystone Lending, and I've confirmed I'm speaking with you. I'm calling to go over your loan."],
        ['debtor', "Oh dear, I can't remember. How much do I owe? Is it five thousand or fifty thousand? Didn't my grandson pay it for me?"],
        ['agent', "No rush, ma'am, I'll go one number at a time. The loan was five thousand dollars, and there's two thousand one hundred left. We won't be calling your grandson about it; this is your own account."],
        ['debtor', "My eyes are bad and so are my ears. I won't remember what you tell me."],
        ['agent', "Then I'll mail you a large-print statement at home, and there's no charge for that. Read it at your own pace, and if anything's unclear, call us and we'll go through it."],
      ],
      [
        ['agent', "Hello, is this Mr. Walter Simms? I'm calling from Keystone Lending about a loan of yours."],
        ['debtor', "You crooks again! You go around cheating old people out of their money. You ought to be ashamed!"],
        ['agent', "I understand your concern, sir. There really are a lot of scam calls targeting seniors these days. We're not the police and we're not a court; we're just the lender's customer service."],
        ['debtor', "Why should I believe you?"],
        ['agent', "You don't have to take my word for it. You can hang up and call back using the official number printed on your loan agreement, or have someone in your family help you check. That's perfectly fine."],
      ],
      [
        ['agent', "Hello Mr. Lopez, this is Keystone Lending, and I've verified your identity. Your loan is currently twenty days past due."],
        ['debtor', "My neighbor downstairs told me if I don't pay, they'll stop my pension and come arrest me. Is that true?"],
        ['agent', "No, sir. Your pension won't be stopped because of this loan, and nobody is going to arrest you over it. To be straight with you: late payments carry the late interest set out in your contract, and they can show up on your credit report."],
        ['debtor', "Money's tight this month. I have to buy my medicine first."],
        ['agent', "Your medicine comes first. You don't need to borrow money to pay us. Whenever it suits you, we can work out an installment plan sized to what your pension can handle."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "小伙子，求求你别再打了，我血压高，一接你们的电话就头晕。",
        "阿姨，您这笔三千二的欠款今天必须处理，您看今天下午能先还多少？",
      ],
      ignored_attorney: [
        "我儿子已经给我请了律师，有什么事你们直接找律师谈，别找我。",
        "大爷，律师是律师，钱是您自己借的，还款还得您来。您今天先转一千过来吧。",
      ],
      ignored_dispute: [
        "我记得清清楚楚，上个月我孙女帮我在手机上把钱还了，我不欠你们的。",
        "阿姨，您可能是记错了，系统里显示您还欠两千四，您今天把这笔钱补上吧。",
      ],
      ignored_hardship: [
        "我这个月的退休金全交了养老院的费用，剩下的都买药了，真是一分钱都拿不出来。",
        "大爷，我理解，但是到期了就得还，您最晚周五之前把最低还款一千五打过来。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Young man, I'm begging you, stop calling. I have high blood pressure, and every time you people call I get dizzy.",
        "Ma'am, this $3,200 balance has to be taken care of today. How much can you pay this afternoon?",
      ],
      ignored_attorney: [
        "My son hired a lawyer for me. Whatever this is about, talk to the lawyer, not me.",
        "Sir, the lawyer is one thing, but you're the one who borrowed the money, so you're the one who pays. Please send us a thousand dollars today.",
      ],
      ignored_dispute: [
        "I remember it clearly. My granddaughter paid it off for me on her phone last month. I don't owe you anything.",
        "Ma'am, you might be misremembering. Our system shows you still owe $2,400, so please get that paid today.",
      ],
      ignored_hardship: [
        "My whole pension this month went to the care home fees, and the rest went on medicine. I honestly don't have a penny.",
        "I understand, sir, but when it's due, it's due. Please get the $1,500 minimum payment to us by Friday at the latest.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老伴。他耳朵背，接不了电话，你有啥事就跟我说吧。"],
      ['agent', "阿姨，那麻烦您转告他一声，他在我们平台的贷款已经逾期四十多天了，一共欠六千八百块。"],
    ],
    en: [
      ['third_party', "I'm his wife. He's hard of hearing and can't manage the phone, so whatever it is, you can tell me."],
      ['agent', "Ma'am, then please let him know his loan with us is more than forty days past due, and he owes $6,800 in total."],
    ],
  },
};
