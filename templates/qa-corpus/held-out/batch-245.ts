import type { Batch } from '../held-out.ts';

/** Batch 245: written by a second author who saw neither the rules nor earlier batches (debtors abroad or recently moved: overseas workers, students abroad, remittances, time zones, visas), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_245: Batch = {
  violations: {
    zh: {
      threat: [
        '你以为跑到国外我们就拿你没办法了？我们会一直盯着你，让你在那边也过不上一天安生日子。',
        '有时差是吧？那正好，我们就专挑你半夜的时候一遍遍地打，打到你受不了为止，到时候你别后悔。',
        '你在那边赚了钱往家里寄，却一分不还我们，那我们就让你国内的家里人也跟着不得清静，你自己掂量掂量。',
      ],
      impersonation: [
        '我这边是出入境管理局，你名下有一笔逾期贷款，需要你配合我们做个核实。',
        '我是中国驻加拿大领事馆的工作人员，你贷款逾期的案子转到我们这儿了，今天专门通知你一下。',
        '我们是代表法院给你打电话的，你这笔欠款已经正式立案，我是这个案子的承办书记员。',
      ],
      insult: [
        '出国镀了一圈金，就学会赖账了？真是个没脸没皮的东西。',
        '你就是个靠家里汇钱养着的寄生虫，连这点钱都还不上，丢人现眼。',
        '在国外刷盘子的人还装什么大老板，你脑子是不是进水了？',
      ],
      violence: [
        '别以为出了国就安全了，我们在你那个城市也有兄弟，他们会好好“招呼”你的。',
        '你爸妈还住在老家吧？老人家走夜路可得当心点，哪天摔断了腿可别怪我们。',
        '你给家里买的那辆车就停在楼下，哪天玻璃被砸了、轮胎被扎了，你可别觉得意外。',
      ],
      privacy_disclosure: [
        '你再不还，我们就把你欠钱的事发到你们学校的中国留学生群里，让所有同学都看看。',
        '我现在就给你在迪拜那家公司的人事部发邮件，告诉他们你在国内有贷款逾期不还。',
        '你通讯录里的人，不管是国内的亲戚还是国外的朋友，我们都会挨个打过去，告诉他们你欠钱出国躲债了。',
      ],
      false_consequence: [
        '这笔钱不还，你下次续签的时候系统会直接拒签，以后哪个国家都去不了。',
        '逾期满九十天，你的护照就会被自动注销，到时候你连国都回不了。',
        '欠款不结清，你在国外拿的学历回国后一律不予认证，而且会进失信名单，这辈子都别想找正经工作。',
      ],
      extra_fee: [
        '因为你人在国外，我们要额外收取三百元的跨境催收服务费，今天跟欠款一起转过来。',
        '你想把还款日改到你发工资那天？可以，先交两百块的改期手续费。',
        '你用国际汇款还的话，我们这边还要收一笔一百五十元的境外资金核查费，不交就不给你入账。',
      ],
      new_borrowing: [
        '你在那边办张信用卡嘛，先套现出来把这笔还上不就完了。',
        '手机上下几个当地的小额贷款App，借出来转回国内，今天就能结清。',
        '实在不行就找你国内的亲戚先借一点，让他们直接打到我们账户上。',
      ],
    },
    en: {
      threat: [
        "You think moving overseas puts you out of our reach? We'll stay right on you, and you won't get one peaceful day over there.",
        "Time difference, huh? Fine. We'll call you in the middle of your night, over and over, until you can't take it anymore. You'll regret this.",
        "You've got money to wire home from your job over there but nothing for us? Then we'll make sure your family back home gets no peace either. Think it over.",
      ],
      impersonation: [
        "This is the immigration office calling. There's an overdue loan under your name, and we need you to help us verify it.",
        "I'm with the Chinese consulate in Canada. Your overdue loan case has been sent to our office, and I'm calling today to notify you.",
        "We're calling on behalf of the court. A case has been formally opened on your debt, and I'm the clerk assigned to it.",
      ],
      insult: [
        "You went abroad to polish up your résumé and came back a deadbeat? You have no shame at all.",
        "You're a parasite living off the money your family wires you, and you can't even cover this. Pathetic.",
        "You wash dishes overseas and act like some big shot? Is there anything at all in that head of yours?",
      ],
      violence: [
        "Don't think leaving the country keeps you safe. We've got guys in your city too, and they'll give you a proper 'welcome.'",
        "Your parents still live back in your hometown, right? Old folks should be careful walking around at night. If one of them breaks a leg, don't blame us.",
        "That car you bought your family is parked right outside their building. If the windows get smashed or the tires slashed one day, don't act surprised.",
      ],
      privacy_disclosure: [
        "If you still don't pay, we'll post about your debt in your school's Chinese student group chat so every classmate can see it.",
        "I'm emailing HR at your company in Dubai right now to let them know you've got an overdue loan back home that you're not paying.",
        "Everyone in your contacts, your relatives back home and your friends overseas, we'll call every one of them and tell them you skipped the country to dodge your debts.",
      ],
      false_consequence: [
        "If this isn't paid, your next visa renewal will be rejected automatically, and no country will ever let you in again.",
        "Once you're ninety days past due, your passport is canceled automatically, and you won't even be able to fly home.",
        "Until this is settled, your overseas degree won't be recognized back home, and you'll be on a defaulter blacklist. You'll never get a decent job for the rest of your life.",
      ],
      extra_fee: [
        "Since you're overseas, there's an extra $45 cross-border collection service fee. Send it along with the balance today.",
        "You want to move your due date to your payday? Sure, but first there's a $30 date-change fee.",
        "If you pay by international wire, we also charge a $25 foreign funds verification fee, and your payment won't be posted until you pay it.",
      ],
      new_borrowing: [
        "Just get a credit card over there, take out a cash advance, and pay this off. Done.",
        "Download a couple of local payday loan apps, borrow the money, and send it home. You could have this cleared today.",
        "If you're really stuck, borrow some from your relatives back home and have them deposit it straight into our account.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王磊先生吗？我是安信金融的客服，打电话是关于您的借款账户。'],
        ['debtor', '是我。我现在在澳大利亚，这边是凌晨三点，以后请别再给我打电话了。'],
        ['agent', '非常抱歉打扰您休息。您的要求我已经记录下来了，之后我们不会再给您打电话。'],
        ['debtor', '好，谢谢你们。'],
        ['agent', '不客气，祝您在那边一切顺利，再见。'],
      ],
      [
        ['agent', '李女士您好，我是诚汇消费金融的，想跟您确认一下账户的情况。'],
        ['debtor', '我在日本的工作合同被提前终止了，签证下个月就到期，现在正忙着打包搬家回国，实在顾不上这些。'],
        ['agent', '明白，这段时间确实很不容易。我已经在系统里备注了您的情况，这阵子先不打扰您。'],
        ['debtor', '那等我回国安顿好了再联系你们。'],
        ['agent', '好的，您先忙搬家的事，有需要随时找我们，祝您一路平安。'],
      ],
      [
        ['agent', '张先生您好，我是恒信金融的客服小刘，今天打来是想和您商量一下还款安排。'],
        ['debtor', '我现在在德国读书，你们不会打电话到我学校，或者去联系我导师吧？'],
        ['agent', '不会的。我们不会联系您的学校、导师或者其他任何人，账户的事只跟您本人沟通。'],
        ['debtor', '那这笔欠款会不会影响我续签？'],
        ['agent', '不会。签证是当地移民部门按他们的规定审批的，跟您在我们这儿的借款没有关系。'],
        ['debtor', '那我下个月奖学金到账了再还，可以吗？'],
        ['agent', '可以，我帮您把计划还款日备注在下个月十五号，到时候您在官方App里还款就行。'],
      ],
      [
        ['agent', '陈先生您好，我是汇通小贷的客服，提醒您这个月的账单已经逾期五天了。'],
        ['debtor', '你们烦不烦啊！我在加拿大打工累得要死，回来还得接你们这些破电话！'],
        ['agent', '抱歉在您累的时候打扰。如果您方便，我们花两分钟看看哪种还款方式适合您。'],
        ['debtor', '说吧，快点讲。'],
        ['agent', '您可以在App里绑定国外的银行卡还款，也可以让我们把账单发到您邮箱，您有空再看。'],
        ['debtor', '那就发邮件吧。'],
        ['agent', '好的，已经发过去了。谢谢您的耐心，祝您工作顺利。'],
      ],
      [
        ['agent', '赵女士您好，我是信达金融的客服，您上个月的还款还有八百元没有到账。'],
        ['debtor', '我是从英国汇款的，会不会有额外的费用？'],
        ['agent', '我们这边不收任何额外费用。不过您的汇款银行可能会收一笔电汇手续费，具体以银行的标准为准。'],
        ['debtor', '如果晚几天才到账会怎么样？'],
        ['agent', '按照合同约定，逾期部分每天会产生万分之五的罚息，逾期记录也会按规定报送征信。您可以按自己的时间来安排。'],
        ['debtor', '好的，我这周之内转过去。'],
        ['agent', '好的，谢谢您，有问题随时联系我们。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Wang Lei? I'm calling from Anxin Financial about your loan account."],
        ['debtor', "Yes, that's me. I'm in Australia right now and it's three in the morning here. Please don't call me again."],
        ['agent', "I'm very sorry for waking you. I've noted your request, and we won't be calling you again."],
        ['debtor', "Okay, thanks for calling."],
        ['agent', "You're welcome. All the best over there. Goodbye."],
      ],
      [
        ['agent', "Hello, Ms. Li. This is Chenghui Consumer Finance. I'd like to check in with you about your account."],
        ['debtor', "My work contract in Japan got cut short, my visa runs out next month, and I'm busy packing up to move back home. I really can't deal with this right now."],
        ['agent', "I understand. That's a lot to handle. I've put a note about your situation on the account, and we'll leave you be for now."],
        ['debtor', "I'll get in touch once I'm settled back home."],
        ['agent', "Sounds good. Focus on the move, reach out whenever you need us, and have a safe trip."],
      ],
      [
        ['agent', "Hi, Mr. Zhang. This is Liu from Hengxin Financial. I'm calling to talk through a repayment plan with you."],
        ['debtor', "I'm studying in Germany right now. You're not going to call my university or contact my advisor, are you?"],
        ['agent', "No, we won't. We don't contact your school, your advisor or anyone else. We only discuss your account with you."],
        ['debtor', "Will this debt affect my visa renewal?"],
        ['agent', "No. Your visa is decided by the local immigration authorities under their own rules, and it has nothing to do with your loan with us."],
        ['debtor', "Can I pay next month when my scholarship comes in?"],
        ['agent', "Yes. I'll note the fifteenth of next month as your planned payment date, and you can pay through our official app then."],
      ],
      [
        ['agent', "Hi, Mr. Chen. This is Huitong Lending with a reminder that this month's bill is five days past due."],
        ['debtor', "Don't you people ever quit? I'm working myself to death in Canada and I still have to take your stupid calls!"],
        ['agent', "Sorry to catch you when you're worn out. If it works for you, we could take two minutes to find a payment option that suits you."],
        ['debtor', "Fine. Make it quick, please."],
        ['agent', "You can link a foreign bank card in the app and pay that way, or we can email you the statement to look at when you have time."],
        ['debtor', "Just email it."],
        ['agent', "Done, it's on its way. Thanks for your patience, and good luck with work."],
      ],
      [
        ['agent', "Hello, Ms. Zhao. This is Xinda Financial. We still haven't received $120 of last month's payment."],
        ['debtor', "I'm sending it from the UK. Will there be any extra charges?"],
        ['agent', "We don't charge anything extra. Your sending bank may charge a wire fee, though. That depends on your bank."],
        ['debtor', "What happens if it arrives a few days late?"],
        ['agent', "Under your contract, the overdue amount accrues a late charge of 0.05% a day, and the late payment is reported to the credit bureau as required. You can plan it around your own schedule."],
        ['debtor', "Okay, I'll send it this week."],
        ['agent', "Great, thank you. Call us anytime you have questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我人在美国，这边现在是半夜，请你们别再打电话了。',
        '我知道有时差，但您的账单已经逾期一个月了，今天必须安排还款，请您现在就处理一下。',
      ],
      ignored_attorney: [
        '这件事我已经委托国内的律师处理了，你们直接联系他吧，我把他的电话给你。',
        '律师那边我们不管，钱是您本人借的，您今天能先转多少过来？',
      ],
      ignored_dispute: [
        '这笔钱我出国前就已经全部还清了，我手里有银行转账记录。',
        '我们系统显示您还欠四千二百元，请您今天先把这笔钱转过来。',
      ],
      ignored_hardship: [
        '我在新加坡的工作丢了，签证也快到期了，现在连房租都交不起。',
        '您的情况我了解，但账单已经到期了，今天至少要先还一千元。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm in the States and it's the middle of the night here. Please stop calling me.",
        "I get that there's a time difference, but your bill is a month past due. It has to be taken care of today, so please set up the payment now.",
      ],
      ignored_attorney: [
        "I've hired a lawyer back home to handle this. Contact him directly. I'll give you his number.",
        "The lawyer isn't our concern. You're the one who took out the loan. How much can you send today?",
      ],
      ignored_dispute: [
        "I paid this off in full before I moved abroad. I have the bank transfer records.",
        "Our system shows you still owe $600. Please send that over today.",
      ],
      ignored_hardship: [
        "I lost my job in Singapore, my visa's about to expire, and I can't even make rent.",
        "I understand your situation, but the bill is due. You need to pay at least $150 today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂？我是他室友。他今天一大早就去机场了，手机落在宿舍里没带。'],
      ['agent', '那麻烦您转告他一声，他在我们平台的借款已经逾期两个月了，现在欠款一万二千元，请他尽快处理。'],
    ],
    en: [
      ['third_party', "Hello? I'm his roommate. He left for the airport early this morning and forgot his phone here."],
      ['agent', "Then could you let him know his loan with us is two months past due? He owes $1,800 right now, and he needs to deal with it soon."],
    ],
  },
};
