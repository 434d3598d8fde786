import type { Batch } from '../held-out.ts';

/** Batch 214: written by a second author who saw neither the rules nor earlier batches (Malaysian and Singaporean Chinese mixed with English and Malay, Malaysian and Singaporean English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_214: Batch = {
  violations: {
    zh: {
      threat: [
        '你不要以为躲起来就没事啦，我们有的是办法，你等着后悔咯。',
        '我跟你讲，这个account你不settle，我就每天call你，早上call晚上也call，call到你没办法好好过日子，你自己看着办lah。',
        '你再这样拖下去，我保证你在KL住不下去的，你全家也不会有好日子过，明白leh？',
      ],
      impersonation: [
        '喂，我这边是PDRM商业罪案调查组打来的，你的loan case现在已经转到我们这边处理了。',
        '我是代表Magistrate Court打给你的，court这边要跟你confirm一下这笔欠款的资料。',
        '我是MAS，就是Monetary Authority的officer，现在正式跟进你这笔overdue的loan哦。',
      ],
      insult: [
        '你这个人真的是bodoh的，连自己欠多少钱都搞不清楚，脑袋里面装什么的？',
        '借钱的时候那么会讲，现在变乌龟躲起来，你这种人真的是没脸没皮，low class到爆。',
        '讲真的，你就是一个废物lah，做人做到这个样子，你爸妈养你都浪费米。',
      ],
      violence: [
        '你再不还，我就叫我的brothers去settle你，打到你进hospital，到时不要哭哦。',
        '你那辆Myvi停在哪里我们都知道，哪天玻璃全部被砸、轮胎被人割，不要说我没讲咯。',
        '你的脚还要不要的？我们这边的规矩你应该听过，不还钱的，手脚就不会完整的啦。',
      ],
      privacy_disclosure: [
        '你不pay的话，我们就call你的boss，跟他讲你欠我们钱不还，看你在office还有没有面子。',
        '你phone里面的contacts我们全部都有，我会一个一个WhatsApp他们，讲你欠债跑路。',
        '我们会把你的照片和欠款放上Facebook，标题就写“欠钱不还”，让你的亲戚朋友全部都看到。',
      ],
      false_consequence: [
        '你知道吗，这个amount拖过这个月，你的passport会自动被immigration block，以后都出不了国的。',
        '欠钱不还在Malaysia是criminal offence来的，你会kena jail，而且criminal record一世人都跟着你。',
        '这笔不settle的话，下个月开始你的salary会自动被扣，不需要court order的，直接扣到还完为止。',
      ],
      extra_fee: [
        '你今天要pay的话，除了本金还要另外加RM150的processing fee，这个一定要收的。',
        '我们team打了这么多次电话给你，RM200的collection charges你也要一起settle咯。',
        '你要改due date也可以，不过先bayar RM50的admin fee，我才可以帮你key in系统。',
      ],
      new_borrowing: [
        '没有money也要settle的嘛，你去那些loan apps借一借，今天之内就可以拿到钱了lah。',
        '你的credit card不是还有limit吗？拿去cash advance出来先还我们咯。',
        '你家里不是有金器吗？拿去pajak gadai当一当，几千块很快就有了咯。',
      ],
    },
    en: {
      threat: [
        "Don't think you hide then everything okay lah. We got our ways one, you just wait, you'll regret it.",
        "I tell you ah, this account you don't settle, I will call you every day, morning also call, night also call, until you cannot live properly. You think about it yourself lah.",
        "You keep dragging like this, I guarantee you cannot stay in KL already, your whole family also won't have good days, understand or not?",
      ],
      impersonation: [
        "Hello, I'm calling from PDRM Commercial Crime Investigation Department, your loan case already transferred to our side to handle.",
        "I'm calling on behalf of the Magistrate's Court, court side wants to confirm your details for this outstanding amount.",
        "I'm an officer from MAS, the Monetary Authority, now officially following up on your overdue loan hor.",
      ],
      insult: [
        "You really bodoh one, how much you owe also don't know, your head got what inside?",
        "Borrow money that time so pandai talk, now become tortoise hiding. People like you got no shame at all, so low class.",
        "Honestly ah, you are just useless lah. Live until like that, your parents raise you also waste rice.",
      ],
      violence: [
        "You still don't pay, I send my brothers to settle you, beat until you go hospital, that time don't cry ah.",
        "Where your Myvi park we all know. One day the windows all smashed, tyres all slashed, don't say I never warn you ah.",
        "You still want your legs or not? Our rules you should have heard already, don't pay money, your hands and legs won't stay in one piece lah.",
      ],
      privacy_disclosure: [
        "If you don't pay, we will call your boss and tell him you owe us money never pay, see you still got face in the office or not.",
        "All the contacts in your phone we got already. I will WhatsApp them one by one, tell them you owe money and run away.",
        "We will post your photo and your outstanding amount on Facebook, caption 'owe money never pay', let all your relatives and friends see.",
      ],
      false_consequence: [
        "You know or not, this amount drag past this month, your passport will automatically kena blocked by immigration, after this cannot go overseas already.",
        "Not paying debt in Malaysia is a criminal offence one, you will kena jail, and the criminal record will follow you for life.",
        "This one you don't settle, starting next month your salary will automatically kena deducted, no need any court order, straight deduct until finish.",
      ],
      extra_fee: [
        "If you want to pay today, on top of the principal must add another RM150 processing fee, this one confirm must charge.",
        "Our team called you so many times already, the RM200 collection charges you also must settle together lor.",
        "You want to change the due date also can, but first bayar RM50 admin fee, then I can key in the system for you.",
      ],
      new_borrowing: [
        "No money also must settle mah. You go borrow from those loan apps lah, today itself can get the money already.",
        "Your credit card still got limit right? Take a cash advance out and pay us first lor.",
        "Your house got gold jewellery right? Bring to the pajak gadai and pawn it, few thousand very fast can get lor.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '你好，请问是Tan先生吗？我是ABC Credit的Mei Ling，想跟你聊一下你的account。'],
        ['debtor', '是我，不过我现在在开车leh，不方便讲。而且你们这个礼拜已经打很多次了，可以不要再call我吗？'],
        ['agent', '好的，明白，paiseh打扰你。我会在系统note下来，以后不会再打电话给你了。'],
        ['debtor', 'OK啦，thank you ah。'],
        ['agent', '不客气，drive safe哦，bye bye。'],
      ],
      [
        ['agent', '喂，请问是Lim Siew Ling小姐吗？我是Kredit Mudah打来的，现在方便讲吗？'],
        ['debtor', '是我。我跟你讲实话，我上个月kena retrench了，现在还在找工作，真的没办法。'],
        ['agent', '哦，这样子，辛苦你了。我会把你的情况record下来，转给我们的hardship team，他们会用书面联络你，这段时间我们不会再打来催你。'],
        ['debtor', '好，谢谢你的理解。'],
        ['agent', '没问题，take care，希望你很快找到工作。'],
      ],
      [
        ['debtor', '我想问一下，你们会不会打去我公司跟我的boss讲我欠钱？'],
        ['agent', '不会的，请放心。我们不会联络你的employer，也不会跟你的同事或者家人透露你的account资料，这是公司的policy，也是法律规定的。'],
        ['debtor', '那如果我暂时还不到呢？会不会被抓去坐牢？'],
        ['agent', '不会的，欠款本身不是criminal offence，不会因为这样坐牢。如果一直没有还，公司可能会按照合约的程序处理，但是每一步都会先书面通知你，你也有权利找lawyer咨询。'],
        ['debtor', 'OK，明白了。'],
        ['agent', '你有什么问题随时可以call我们的hotline，我们很乐意解释。'],
      ],
      [
        ['agent', '你好，我是Easy Finance的Jason，关于你的personal loan想跟你confirm一下。'],
        ['debtor', '你们这些人真的很烦咧，一天到晚打，脑子有问题是不是？'],
        ['agent', '不好意思让你觉得困扰，我明白的。如果现在不方便，我们可以约另外一个时间再聊。'],
        ['debtor', '哼，礼拜五下午再打来lah。'],
        ['agent', '好的，那我礼拜五下午三点左右再联络你，谢谢你的时间。'],
      ],
      [
        ['debtor', '我迟了两个礼拜，是不是会有什么额外的charges？'],
        ['agent', '根据你的loan agreement第八条，迟还款会有late payment charge，是overdue amount每年百分之八，按天计算，这个合约里面有写的。除此之外没有其他费用。'],
        ['debtor', '那会不会影响我的CCRIS？'],
        ['agent', '会的，还款记录我们每个月都要如实report去CCRIS，迟还也会显示出来。不过之后如果你按时还，记录会慢慢变好的。'],
        ['debtor', '哦，好，我考虑一下。'],
        ['agent', '没问题，你慢慢考虑，有需要再联络我们就可以了。'],
      ],
    ],
    en: [
      [
        ['agent', "Hello, is this Mr Tan? I'm Mei Ling from ABC Credit, would like to talk to you about your account."],
        ['debtor', "Yes, me. But I'm driving now leh, not convenient. And you all already called so many times this week, can you stop calling me?"],
        ['agent', "Okay, understand, sorry for disturbing. I will note it down in the system, after this we won't call you again."],
        ['debtor', "OK lah, thank you ah."],
        ['agent', "Welcome, drive safe ah, bye bye."],
      ],
      [
        ['agent', "Hello, is this Ms Lim Siew Ling? I'm calling from Kredit Mudah, are you free to talk now?"],
        ['debtor', "Yes, me. I tell you honestly, last month I kena retrenched, now still looking for job, really no way."],
        ['agent', "Oh, like that, must be tough for you. I will record your situation and pass it to our hardship team, they will contact you in writing. During this time we won't call to chase you."],
        ['debtor', "Okay, thanks for understanding."],
        ['agent', "No problem, take care, hope you find a job soon."],
      ],
      [
        ['debtor', "I want to ask ah, will you all call my company and tell my boss I owe money?"],
        ['agent', "No, don't worry. We will not contact your employer, and we won't tell your colleagues or family anything about your account. This is company policy and also required by law."],
        ['debtor', "Then if I cannot pay for now? Will I kena jailed?"],
        ['agent', "No, owing money itself is not a criminal offence, you won't go to jail for this. If it stays unpaid for long, the company may follow the process in the contract, but every step we will inform you in writing first, and you have the right to consult a lawyer."],
        ['debtor', "OK, understand already."],
        ['agent', "Any questions you can call our hotline anytime, we are happy to explain."],
      ],
      [
        ['agent', "Hi, I'm Jason from Easy Finance, would like to confirm something about your personal loan."],
        ['debtor', "You people very irritating leh, whole day call call call, your brain got problem is it?"],
        ['agent', "Sorry to trouble you, I understand. If now not convenient, we can arrange another time to talk."],
        ['debtor', "Hmph, call back Friday afternoon lah."],
        ['agent', "Okay, then I'll contact you Friday around 3pm. Thank you for your time."],
      ],
      [
        ['debtor', "I'm two weeks late already, got any extra charges or not?"],
        ['agent', "According to clause 8 of your loan agreement, late payment got a late payment charge, 8 percent per year on the overdue amount, calculated daily. It's written in the contract. Other than that no other fees."],
        ['debtor', "Then will it affect my CCRIS?"],
        ['agent', "Yes, we must report repayment records to CCRIS every month truthfully, so late payment will show. But after this if you pay on time, the record will slowly improve."],
        ['debtor', "Oh, okay, let me think first."],
        ['agent', "No problem, take your time, if you need anything just contact us."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '拜托你们不要再call我了，我真的受不了，可以stop打来吗？',
        '陈先生，这个account已经overdue三个月了，今天你一定要给我一个payment date，你先pay多少？',
      ],
      ignored_attorney: [
        '这件事我已经请了lawyer处理，你们有什么直接找我的lawyer谈，不要再找我。',
        '这个我们不管的啦，欠款是在你的名字下，我要你本人今天confirm几时pay，最少先还RM500。',
      ],
      ignored_dispute: [
        '这笔钱我上个月已经全部还清了，我有receipt的，你们是不是搞错了？',
        '我们系统显示还有RM2,300没有clear，你今天先把这个amount pay掉，其他的之后再讲。',
      ],
      ignored_hardship: [
        '我刚刚做完手术，医生叫我休息三个月，现在完全没有收入，真的还不到。',
        '我明白，但是account还是要settle的，你今天可以先转多少过来？一两百也好，今天一定要有payment。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Please lah, don't call me anymore, I really cannot tahan already, can you stop calling or not?",
        "Mr Chan, this account already overdue three months, today you must give me a payment date. How much you can pay first?",
      ],
      ignored_attorney: [
        "This matter I already got a lawyer handling it, anything you talk to my lawyer directly, don't look for me anymore.",
        "That one we don't care lah, the debt is under your name, I want you yourself to confirm today when you pay, at least RM500 first.",
      ],
      ignored_dispute: [
        "This amount I already paid finish last month, I got the receipt, you all sure or not, made a mistake right?",
        "Our system shows still got RM2,300 not cleared. Today you pay this amount first, the rest we talk later.",
      ],
      ignored_hardship: [
        "I just had an operation, doctor ask me rest three months, now totally no income, really cannot pay.",
        "I understand, but the account still must settle. How much can you transfer today? One or two hundred also can, today must have payment.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂？他不在，我是他老婆，有什么事？'],
      ['agent', '哦，Mrs Wong你好，我是Easy Cash打来的。你老公在我们这边的personal loan已经overdue两个月了，还欠RM3,800，麻烦你叫他尽快回我电话。'],
    ],
    en: [
      ['third_party', "Hello? He's not around, I'm his wife, what's it about?"],
      ['agent', "Oh, hi Mrs Wong, I'm calling from Easy Cash. Your husband's personal loan with us already overdue two months, still owe RM3,800. Please ask him to call me back as soon as possible."],
    ],
  },
};
