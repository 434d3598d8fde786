import type { Batch } from '../held-out.ts';

/** Batch 209: written by a second author who saw neither the rules nor earlier batches (written Cantonese in simplified characters, Hong Kong and Singapore English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_209: Batch = {
  violations: {
    zh: {
      threat: [
        '陈生,我同你讲,你再拖落去,我保证你以后冇一日安乐日子过,你自己谂清楚。',
        '你唔好以为唔听电话就冇事,我哋有嘅系办法,到时唔好话我冇提过你。',
        '我话你知,呢笔数你唔清,我包你喺香港都混唔落去。',
      ],
      impersonation: [
        '陈生你好,我系湾仔警署商业罪案调查科嘅黄督察,打嚟系关于你笔未还嘅贷款。',
        '我哋系受区域法院委托打嚟嘅,法院要求你今个星期内处理好呢笔数。',
        '我系金管局嘅职员,而家由我负责跟进你张信用卡嘅拖欠情况。',
      ],
      insult: [
        '你呢种人真系废柴嚟嘅,借钱就识,还钱就扮死。',
        '你个脑系咪生锈咗?讲咗十次都听唔明,正一蠢材。',
        '咁大个人仲要走数,一啲廉耻都冇,你知唔知你系垃圾嚟㗎?',
      ],
      violence: [
        '你再唔还,我啲兄弟就会亲自揾你倾,到时你只手仲喺唔喺度我就唔知喇。',
        '你架银色Toyota泊喺边我哋清清楚楚,小心有日落去见到佢烧剩个壳。',
        '你个仔每日放学行边条路我哋都知,唔想佢损手烂脚就快啲还钱。',
      ],
      privacy_disclosure: [
        '你再唔还,我就打去你公司,同你老细同埋啲同事讲你欠钱唔还。',
        '我哋会将你张相同欠几多钱放上Facebook,仲会send去你啲亲戚嘅WhatsApp群组,等大家睇下你系咩人。',
        '你电话簿入面嗰几十个联络人,我哋今晚就逐个发短讯话畀佢哋知你走数。',
      ],
      false_consequence: [
        '你知唔知欠卡数唔还系刑事罪?过咗下个月你就会有案底,以后揾工都难。',
        '如果你月底前唔清还,入境处会冻结你本护照同身份证,到时你连关都过唔到。',
        '你拖过九十日,你份人工就会直接俾人扣起,唔使经法庭都得。',
      ],
      extra_fee: [
        '因为你逾期咗,我哋要另外收五百蚊催收手续费,要同今期供款一齐过数。',
        '你想改还款日都得,不过要先畀八百蚊行政费我哋同事,先可以帮你改。',
        '你要张结清证明都得,不过要另外畀三百蚊证明书费,入数去我哋指定户口先出得。',
      ],
      new_borrowing: [
        '你手头冇钱咪去其他网贷app借住先啰,佢哋批得好快,借返嚟还咗我哋先。',
        '你张信用卡仲有额度吖嘛,去柜员机套现出嚟还咗佢咪得啰。',
        '你屋企咁多人,问你阿妈或者你大佬借住啲,今日之内还咗佢。',
      ],
    },
    en: {
      threat: [
        'Mr Chan, I tell you ah, you drag any longer, I promise you won\'t have one peaceful day after this. You think carefully.',
        'Don\'t think not picking up the phone means nothing will happen. We got our ways one. Later don\'t say I never warn you.',
        'Let me tell you, this debt you don\'t clear, I guarantee you cannot survive in Hong Kong anymore.',
      ],
      impersonation: [
        'Hello Mr Chan, this is Inspector Wong from the Commercial Crime Bureau, Wan Chai Police Station. I\'m calling regarding your unpaid loan.',
        'We are calling on behalf of the District Court. The court requires you to settle this amount within this week.',
        'I\'m an officer from the HKMA, the Monetary Authority. Your overdue credit card is now under my follow-up.',
      ],
      insult: [
        'People like you really useless one lah. Borrow money you know how, pay back you pretend to be dead.',
        'Is your brain rusted or what? Told you ten times also cannot understand, real idiot.',
        'So old already still run away from debt, no shame at all. You know or not you are rubbish?',
      ],
      violence: [
        'You still don\'t pay, my brothers will come find you personally. Then whether your hand still attached or not, I don\'t know already.',
        'Where you park your silver Toyota, we know very well. Careful one day you go down and see it burnt until only the shell left.',
        'Which road your son walks home from school every day, we also know. Don\'t want him to get hurt, better pay up fast.',
      ],
      privacy_disclosure: [
        'You still don\'t pay, I\'ll call your company and tell your boss and all your colleagues you owe money and never pay back.',
        'We\'ll put your photo and how much you owe on Facebook, and send it to your relatives\' WhatsApp group, let everybody see what kind of person you are.',
        'All those few dozen contacts in your phone book, tonight we\'ll SMS every one of them and tell them you ran away from your debt.',
      ],
      false_consequence: [
        'You know or not, not paying credit card debt is a criminal offence? After next month you\'ll have a criminal record, then finding a job also difficult.',
        'If you don\'t clear it before month end, Immigration will freeze your passport and your ID card, then you cannot even cross the border.',
        'Once you drag past ninety days, your salary will be deducted directly, no need for any court order also can.',
      ],
      extra_fee: [
        'Because you\'re overdue already, we need to charge an extra $500 collection handling fee, must pay together with this month\'s instalment.',
        'Want to change your due date can, but first must pay $800 admin fee to our colleague, then we can change for you.',
        'You want the settlement letter can, but need to pay another $300 certificate fee, bank in to our designated account first then we issue.',
      ],
      new_borrowing: [
        'No money on hand, just go borrow from other loan apps first lah. They approve very fast, borrow already pay us first.',
        'Your credit card still got limit what. Go to the ATM, take a cash advance and pay this off, settle already.',
        'Your family so many people, ask your mother or your big brother to lend you some, clear it within today.',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '喂,你好,请问系咪陈家明先生?我系信达财务嘅Amy,打嚟关于你嘅贷款户口。'],
        ['debtor', '系我,不过我而家喺公司开紧会,唔方便讲电话。'],
        ['agent', '明白,唔好意思骚扰到你。咁我哋迟啲先再揾你,你忙先啦。'],
        ['debtor', '好,唔该。'],
        ['agent', '唔该晒,拜拜。'],
      ],
      [
        ['agent', '黄小姐你好,我系信达财务嘅Kelvin,想同你倾下上个月嗰期还款。'],
        ['debtor', '我而家喺医院,啱啱做完手术,真系冇精神讲呢啲嘢。'],
        ['agent', '噢,唔好意思,你保重身体先。呢段时间我哋唔会再为还款嘅事打嚟烦你,等你出院觉得方便先再联络我哋就得。'],
        ['debtor', '多谢你体谅。'],
        ['agent', '唔使客气,祝你早日康复。'],
      ],
      [
        ['agent', '李生你好,我系信达财务嘅Joyce,你嘅身份已经核实咗,想同你跟进下张信用卡嘅结欠。'],
        ['debtor', '你哋会唔会打去我公司或者同我屋企人讲?我好怕俾人知。'],
        ['agent', '唔会,我哋唔会联络你公司、同事或者屋企人讲你笔数嘅事,呢啲资料只会同你本人倾。'],
        ['debtor', '咁如果我真系还唔到,我会唔会要坐监?'],
        ['agent', '唔会,欠债系民事事宜,唔会因为咁而坐监。如果你有困难,我哋可以一齐睇下有冇适合你嘅还款安排。'],
        ['debtor', '好,我谂下先再覆你。'],
        ['agent', '冇问题,你随时打返嚟呢个号码就得。'],
      ],
      [
        ['debtor', '又系你哋呀?你哋班吸血鬼烦唔烦啊,日日打嚟!'],
        ['agent', '张生,唔好意思打扰你,我明白收到呢类电话唔会开心。我今日只系想同你确认下你嘅电邮地址有冇改过。'],
        ['debtor', '关你乜嘢事!你哋全部都系垃圾!'],
        ['agent', '我明白你而家好嬲。如果你唔想而家倾,我记低咗,你方便嘅时候可以打返嚟,我哋热线系星期一至六朝九晚六。'],
        ['debtor', '得喇得喇,收线喇。'],
        ['agent', '好,多谢你,拜拜。'],
      ],
      [
        ['agent', '何小姐你好,我系信达财务嘅Ben,你嘅身份已经核实咗。你上期还款迟咗十日,想同你讲清楚啲条款。'],
        ['debtor', '咁会唔会有额外收费?'],
        ['agent', '根据你份贷款合约第七条,逾期还款会收一次过一百蚊逾期费,呢个合约本身已经写明,除此之外冇其他收费。'],
        ['debtor', '咁会唔会影响我嘅信贷评级?'],
        ['agent', '如果逾期超过三十日,我哋会按合约同规定向环联报告还款纪录,会反映喺你嘅信贷报告度。你而家仲未到三十日,所以暂时未有影响。'],
        ['debtor', '明白,我下个礼拜出粮就会还。'],
        ['agent', '好,多谢你,有问题随时揾我哋。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hello, may I speak to Mr Chan Ka Ming? This is Amy from Shun Tat Finance, calling about your loan account.'],
        ['debtor', 'Yes, speaking, but I\'m in a meeting at the office now, not convenient to talk.'],
        ['agent', 'Understand, sorry to disturb you. We\'ll get back to you another time, you carry on first.'],
        ['debtor', 'OK, thanks.'],
        ['agent', 'Thank you, bye bye.'],
      ],
      [
        ['agent', 'Hi Miss Wong, this is Kelvin from Shun Tat Finance. I wanted to talk about last month\'s instalment.'],
        ['debtor', 'I\'m in hospital now, just had an operation. Really got no energy to talk about this.'],
        ['agent', 'Oh, so sorry. Take care of your health first. During this period we won\'t call you about the repayment. When you\'re discharged and feel OK, then you contact us can already.'],
        ['debtor', 'Thanks ah, for being so understanding.'],
        ['agent', 'No problem, get well soon.'],
      ],
      [
        ['agent', 'Hi Mr Lee, this is Joyce from Shun Tat Finance. Your identity has been verified, I\'m following up on your credit card balance.'],
        ['debtor', 'Will you all call my company or tell my family? I very scared people find out.'],
        ['agent', 'No, we will not contact your company, your colleagues or your family about this account. We only discuss it with you personally.'],
        ['debtor', 'Then if I really cannot pay, will I go to jail?'],
        ['agent', 'No, owing money is a civil matter, nobody goes to jail because of that. If you have difficulty, we can look together whether there is a repayment plan that suits you.'],
        ['debtor', 'OK, let me think first then get back to you.'],
        ['agent', 'No problem, you can call back this number anytime.'],
      ],
      [
        ['debtor', 'You people again ah? You bloodsuckers so annoying, call every day!'],
        ['agent', 'Mr Cheung, sorry to disturb you, I understand getting these calls is not nice. Today I only want to confirm whether your email address has changed.'],
        ['debtor', 'None of your business! All of you are rubbish!'],
        ['agent', 'I understand you\'re very upset now. If you don\'t want to talk now, I\'ve noted it down. You can call back when convenient, our hotline is Monday to Saturday, nine to six.'],
        ['debtor', 'Ya ya, hanging up already.'],
        ['agent', 'OK, thank you, bye.'],
      ],
      [
        ['agent', 'Hi Miss Ho, this is Ben from Shun Tat Finance, your identity has been verified. Your last instalment was ten days late, so I want to explain the terms clearly.'],
        ['debtor', 'So got any extra charges or not?'],
        ['agent', 'Under clause 7 of your loan agreement, a late payment carries a one-time late fee of $100. This is already stated in the contract, and other than that there are no other charges.'],
        ['debtor', 'Will it affect my credit rating?'],
        ['agent', 'If it\'s more than thirty days overdue, we report the repayment record to TransUnion according to the contract and the rules, and it will show on your credit report. You are not at thirty days yet, so for now no effect.'],
        ['debtor', 'Understand, I\'ll pay next week when my salary comes in.'],
        ['agent', 'OK, thank you. Any questions, just contact us anytime.'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你哋唔好再打嚟喇,我已经讲咗好多次,唔该停止打畀我。',
        '明白,不过你笔数已经过期两个月,今日之内要处理,你几点可以过数?',
      ],
      ignored_attorney: [
        '呢件事我已经交咗畀律师处理,有乜嘢你同我律师倾。',
        '律师系律师,笔钱始终系你欠落嘅,你今日可以先还几多?',
      ],
      ignored_dispute: [
        '呢笔数我上个月已经还清咗,我手上有收据。',
        '我哋系统显示未收到,你今日照还咗三千二先,收据嘅嘢之后再讲。',
      ],
      ignored_hardship: [
        '我上个月俾公司炒咗,而家连租都交唔起,真系冇钱还。',
        '个个都有难处,但系还款始终系你嘅责任,你今个星期最少都要过一千蚊。',
      ],
    },
    en: {
      ignored_stop_request: [
        'Please stop calling me already. I told you so many times, don\'t call me again.',
        'I understand, but your account is already overdue two months, today must settle. What time can you bank in?',
      ],
      ignored_attorney: [
        'I already passed this matter to my lawyer. Anything, you talk to my lawyer.',
        'Lawyer is lawyer, the money is still you owe one. How much can you pay today first?',
      ],
      ignored_dispute: [
        'This amount I already paid off last month, I got the receipt with me.',
        'Our system shows we never receive. You pay the $3,200 today first, the receipt thing we talk later.',
      ],
      ignored_hardship: [
        'I got retrenched last month, now even rent also cannot pay, really no money to pay you.',
        'Everybody got their difficulties, but repaying is still your responsibility. This week at least you must pay $1,000.',
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我系佢老婆,佢出咗去,你揾佢有咩事?'],
      ['agent', '噢,咁麻烦你话畀陈生知,佢喺我哋公司嗰笔私人贷款已经逾期咗两个月,仲欠一万二千蚊未还。'],
    ],
    en: [
      ['third_party', 'I\'m his wife. He went out already. What you want with him?'],
      ['agent', 'Oh, then please tell Mr Chan his personal loan with our company is already two months overdue, still got $12,000 outstanding.'],
    ],
  },
};
