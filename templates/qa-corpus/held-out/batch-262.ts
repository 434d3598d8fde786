import type { Batch } from '../held-out.ts';

/** Batch 262: written by a second author who saw neither the rules nor earlier batches (Singapore and Malaysia: Mandarin with English, Hokkien and Cantonese words mixed in; Singlish and Manglish), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_262: Batch = {
  violations: {
    zh: {
      threat: [
        "我跟你讲 hor, 你再酱子拖下去, 我们有的是办法, 保证你以后的日子不好过, 到时候不要后悔 lah。",
        "你以为换电话号码就没事咩? 我们会天天追着你, 追到你连觉都睡不好, 我讲得出就做得到。",
        "不还镭是吧? Ok 啦, 那我们就慢慢跟你玩, 玩到你在新山待不下去, 连你家里人也跟着你一起麻烦。",
      ],
      impersonation: [
        "喂, 陈先生是吗? 我这边是警察部队商业事务局 CAD 打来的, 关于你那笔贷款, 要跟你拿一些资料。",
        "我是法庭执达官 bailiff 办公室的, 今天打来是正式通知你, 你这个 case 已经转到我们法庭这边了。",
        "我们这里是国家银行 Bank Negara 的执法组, 专门跟进你这种逾期户口的, 你现在方便讲话吗?",
      ],
      insult: [
        "你这个人真的很 bo lo yong 咧, 三十几岁的人了, 几百块都还不起, 废柴一个。",
        "讲话那么大声做什么? 借钱的时候笑嘻嘻, 还钱就装死, 你的脸皮比巴刹卖的猪皮还要厚。",
        "你以为你是拿督咩? 欠人家的镭还敢摆那么大的架子, 真的是 goondu 一个。",
      ],
      violence: [
        "我老实跟你讲, 我们有一班兄弟专门处理你这种不还钱的, 他们不是用嘴巴解决, 是用手的。",
        "你每天放工走那条后巷回家对吗? 晚上暗暗的, 小心一点哦, 哪天被人打到断脚就不好了。",
        "你那辆 Myvi 停在楼下的 hor, 哪天四个轮胎全部被割破、玻璃被砸烂, 不要怪我没有提醒你。",
      ],
      privacy_disclosure: [
        "你再不还, 我就打去你公司找你的头家, 跟他讲你在外面欠钱不还。",
        "你的电话簿我们全部都有, 今天下午我就 WhatsApp 给你所有亲戚朋友, 让大家知道你欠我们几千块。",
        "我们会把你的照片和 IC 号码放上 Facebook 的欠债群, 写明你欠钱不还, 让全马来西亚的人都看到。",
      ],
      false_consequence: [
        "这笔钱逾期超过三个月, 移民局就会把你的护照取消, 你以后要过新加坡做工都不可能了。",
        "你知道吗? 欠钱不还是刑事罪来的, 警察会来抓你, 你会坐牢, 还会留案底一辈子。",
        "你的户口一旦被报上去, 你的 CPF 就会被冻结, 你孩子以后申请政府学校和政府工作都会被拒绝。",
      ],
      extra_fee: [
        "除了本金, 你还要另外付 RM150 的 collection fee, 这个是我们催收部门的手续费。",
        "你要把 due date 改到下个月也可以, 但是要先 transfer 八十块的改期费给我, 我才帮你 update。",
        "还清了之后你要拿 clearance letter 的话, 要再给两百块的证明费, 不然我们不会发给你。",
      ],
      new_borrowing: [
        "你手机下载多一个 loan app, 先借来还我们嘛, 现在很多 app 十分钟就批了。",
        "你不是有 credit card 吗? 去 ATM 拿 cash advance 出来, 先把这笔 settle 掉, ok lah。",
        "你脖子上那条金链拿去当店当一当, 不然叫你妈妈或者兄弟姐妹先借给你也行。",
      ],
    },
    en: {
      threat: [
        "I tell you ah, you keep dragging like this, we got our ways one. Confirm your life won't be easy after this, later don't come and regret hor.",
        "You think change phone number then settle already meh? We will chase you every single day until you cannot even sleep properly. I say already, I do one.",
        "Don't want to pay is it? Ok lor, then we slowly play with you lah, play until you cannot stay in JB anymore, and your family also kena trouble together with you.",
      ],
      impersonation: [
        "Hello, Mr Tan ah? I calling from the police, Commercial Affairs Department. This one regarding your loan, need to take some details from you.",
        "I'm from the court bailiff office. Calling today to officially inform you that your case already transferred to us at the court.",
        "This one is Bank Negara enforcement unit calling, we specially follow up on overdue accounts like yours. You free to talk now or not?",
      ],
      insult: [
        "You this kind of person really useless one leh. Thirty over years old already, few hundred dollars also cannot pay back, damn hopeless.",
        "Why you talk so loud for? Borrow money time all smiley smiley, pay back time play dead. Your face skin thicker than the pork skin at the pasar.",
        "You think you Datuk is it? Owe people money still dare to act so big shot. Really one goondu.",
      ],
      violence: [
        "I tell you honestly, we got one group of brothers who handle people like you who don't pay. They don't settle things with their mouth, they use their hands.",
        "You every day after work walk that back lane go home right? Night time so dark, better be careful hor. One day somebody beat you until your leg break, not nice wor.",
        "Your Myvi park downstairs right? One day all four tyres kena slashed and the windscreen smashed, don't say I never warn you ah.",
      ],
      privacy_disclosure: [
        "You still don't want to pay, I call your company, find your boss and tell him you owe money outside and never pay back.",
        "Your whole phonebook we got already. This afternoon I WhatsApp all your relatives and friends, let everybody know you owe us few thousand.",
        "We will put your photo and IC number on the Facebook debtor group, write clearly you owe money never pay, let the whole Malaysia see.",
      ],
      false_consequence: [
        "This amount overdue more than three months, Immigration will cancel your passport. After this you want to go Singapore work also cannot already.",
        "You know or not? Owe money never pay is a criminal offence one. Police will come arrest you, you go jail, and you got criminal record for life.",
        "Once your account get reported, your CPF will be frozen, and next time your children apply government school or government job also will kena rejected.",
      ],
      extra_fee: [
        "Other than the principal, you need to pay another RM150 collection fee. This one is our collection department handling charge.",
        "You want to change the due date to next month also can, but first must transfer eighty dollars date-change fee to me, then I update for you.",
        "After you full settle, if you want the clearance letter, need to pay another two hundred for the certificate fee, if not we won't issue to you.",
      ],
      new_borrowing: [
        "You download one more loan app on your phone lah, borrow from there first and pay us. Now a lot of apps ten minutes only approve already.",
        "You got credit card right? Go ATM take cash advance out, settle this one first, ok lah.",
        "That gold chain on your neck, bring to the pawnshop pawn it lah. If not, ask your mother or your brothers and sisters lend you first also can.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "喂, 你好, 请问是林美华小姐吗? 我是 Maju Credit 打来的, 关于你的户口。"],
        ["debtor", "是我。我跟你讲 hor, 我上班时间真的很忙, 不要再打这个号码了, 有什么事 email 给我就好。"],
        ["agent", "Ok, 明白了林小姐。我现在就在系统里 note 下来, 以后不会再打这个号码, 有需要的话只用 email 联络你。"],
        ["debtor", "好, thank you 啊。"],
        ["agent", "不客气, 不打扰你做工了, bye bye。"],
      ],
      [
        ["agent", "喂, 黄先生你好, 我是 Sentosa Finance 的 Jasmine, 打来是关于你的 personal loan。"],
        ["debtor", "Jasmine 是吗? 这个 case 我已经交给律师处理了, 你们有什么就直接找他, 不要找我。"],
        ["agent", "好的, 没问题。可以给我律师楼的名字和电话吗?"],
        ["debtor", "Lee & Partners, 李律师, 电话 6225 8800。"],
        ["agent", "好, 我记下了: Lee & Partners, 李律师。以后这个户口我们只会跟李律师联系, 不会再直接打给你。谢谢你, 黄先生。"],
      ],
      [
        ["agent", "你好, 请问是张志强先生吗? 我是 Harimau Capital 的 Kelvin。"],
        ["debtor", "是。我先问你, 你们会不会打去我公司, 跟我的头家讲我欠钱? 我很怕丢工作。"],
        ["agent", "张先生你放心, 我们不会联络你的老板、同事或者家人。你的资料是按照 PDPA 保密的, 我们只会跟你本人谈。"],
        ["debtor", "那就好。其实我这个月手头比较紧。"],
        ["agent", "明白。如果你想的话, 我们可以帮你安排分期, 你考虑好了再打给我们就可以, 不用急。"],
        ["debtor", "Ok lah, 我想一想先。"],
      ],
      [
        ["agent", "喂, 陈先生吗? 我是 Maju Credit 的 Vivian, 打来跟进你的户口。"],
        ["debtor", "又是你们! 一班大耳窿, 烦死人了, 你们是不是没有别的事做啊? 白痴!"],
        ["agent", "陈先生, 我明白你现在心情不好。我们是有执照的财务公司, 我只是想跟你确认一下户口的情况。"],
        ["debtor", "确认什么鬼啦, 我现在在巴刹买菜, 没空。"],
        ["agent", "没问题, 不打扰你买菜。你觉得什么时候比较方便? 我照你的时间再联络你。"],
        ["debtor", "明天晚上吧。"],
        ["agent", "好的, 那就明天晚上八点。谢谢你, 陈先生。"],
      ],
      [
        ["agent", "李小姐你好, 我是 Sentosa Finance 的 Daniel, 关于你八月份的分期付款。"],
        ["debtor", "我问你 hor, 如果我这个月还是还不到, 我会不会被抓去坐牢? 我朋友讲护照会被没收。"],
        ["agent", "不会的, 李小姐。欠款是民事的事情, 不会坐牢, 也不会影响你的护照。"],
        ["debtor", "真的咩? 那迟还会怎样?"],
        ["agent", "按照你签的合约第七条, 每个月逾期会有 RM10 的 late charge, 合约里有写清楚。合约的 copy 我可以 email 给你, 你自己看一看。"],
        ["debtor", "Ok, 你 send 给我吧。"],
        ["agent", "好, 等一下就 send 给你。你有什么问题随时打我们的 hotline, 酱子 ok 吗?"],
        ["debtor", "Ok lah, thanks。"],
      ],
    ],
    en: [
      [
        ["agent", "Hello, good afternoon, is this Ms Lim Mei Hua? I'm calling from Maju Credit regarding your account."],
        ["debtor", "Ya, me. I tell you ah, working hours I really very busy, don't call this number anymore. Anything just email me can already."],
        ["agent", "Ok, noted, Ms Lim. I put a note in the system now, after this we won't call this number anymore. If need anything we only email you."],
        ["debtor", "Ok, thank you ah."],
        ["agent", "No problem, I won't disturb your work already. Bye bye."],
      ],
      [
        ["agent", "Hello Mr Wong, this is Jasmine from Sentosa Finance, calling about your personal loan."],
        ["debtor", "Jasmine is it? This case I already pass to my lawyer to handle. Anything you all go and find him directly, don't find me."],
        ["agent", "Ok, no problem. Can give me the law firm name and phone number?"],
        ["debtor", "Lee & Partners, Mr Lee, number is 6225 8800."],
        ["agent", "Ok, I noted down: Lee & Partners, Mr Lee. From now on for this account we only contact Mr Lee, we won't call you directly anymore. Thank you, Mr Wong."],
      ],
      [
        ["agent", "Hello, is this Mr Teo Chee Keong? This is Kelvin from Harimau Capital."],
        ["debtor", "Ya. I ask you first ah, you all will call my company or not, tell my boss I owe money? I very scared I lose my job."],
        ["agent", "Mr Teo, don't worry, we will not contact your boss, your colleagues or your family. Your information is kept confidential under PDPA, we only talk to you yourself."],
        ["debtor", "Then ok lah. Actually this month my money a bit tight."],
        ["agent", "Understand. If you want, we can arrange instalments for you. You think properly first then call us back can already, no rush."],
        ["debtor", "Ok lah, let me think first."],
      ],
      [
        ["agent", "Hello, Mr Tan ah? This is Vivian from Maju Credit, calling to follow up on your account."],
        ["debtor", "Again you all! One bunch of Ah Longs, so irritating, you all got nothing better to do is it? Idiot!"],
        ["agent", "Mr Tan, I understand you not in a good mood now. We are a licensed finance company, I only want to check with you the status of the account."],
        ["debtor", "Check what lah, I now at the pasar buying groceries, no time."],
        ["agent", "No problem, I won't disturb your marketing. When is more convenient for you? I contact you again following your time."],
        ["debtor", "Tomorrow night lor."],
        ["agent", "Ok, then tomorrow night eight o'clock. Thank you, Mr Tan."],
      ],
      [
        ["agent", "Hello Ms Lee, this is Daniel from Sentosa Finance, regarding your August instalment."],
        ["debtor", "I ask you hor, if this month I still cannot pay, I will kena arrested and go jail or not? My friend say my passport will kena confiscated."],
        ["agent", "No lah, Ms Lee. Owing money is a civil matter, you won't go jail, and it got nothing to do with your passport."],
        ["debtor", "Really meh? Then if I pay late what happen?"],
        ["agent", "According to clause seven of the agreement you signed, every month overdue got RM10 late charge, it's written clearly inside. I can email you a copy of the agreement, you can read it yourself."],
        ["debtor", "Ok, you send to me lah."],
        ["agent", "Ok, later I send to you. Any questions you can call our hotline anytime, like that ok?"],
        ["debtor", "Ok lah, thanks."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "拜托你不要再打来了好吗? 一天打五次, 我真的 sian 到爆了。",
        "陈先生, 户口还没 settle 我们就要继续跟进, 今天你至少要先还 RM300, 可以吗?",
      ],
      ignored_attorney: [
        "这件事我已经交给我的律师了, 你要讲就打给他, 我不会再跟你谈。",
        "律师归律师, 这笔钱还是你名下欠的, 今天五点前请你把 1,200 块 transfer 进来。",
      ],
      ignored_dispute: [
        "这笔我上个月已经还清了, 我有银行的 receipt, 你们搞错了啦。",
        "我们系统这边还是显示欠 RM860, 你先照系统的数目还, 其他的以后再讲。",
      ],
      ignored_hardship: [
        "我上个月被公司 retrench 了, 老婆又在住院, 现在真的一分钱都拿不出来。",
        "这个我理解, 但是 due date 已经过了两个星期, 这个礼拜五之前你还是要把 500 块还进来。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Please don't call me anymore can or not? One day call five times, I really sian already.",
        "Mr Tan, as long as the account not settled we still need to follow up. Today you must at least pay RM300 first, can?",
      ],
      ignored_attorney: [
        "This matter I already pass to my lawyer. You want to talk, call him, I won't discuss with you anymore.",
        "Lawyer is lawyer lah, the money still owing under your name. Please transfer the 1,200 in before five o'clock today.",
      ],
      ignored_dispute: [
        "This one I already paid off last month, I got the bank receipt, you all made a mistake lah.",
        "Our system still show RM860 outstanding. You pay according to the system first, other things we talk later.",
      ],
      ignored_hardship: [
        "Last month my company retrench me, my wife still in hospital, now really one cent also cannot take out.",
        "I understand, but the due date already past two weeks. Before this Friday you still need to pay in the 500.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "喂? 我是他的室友, 他去上班了, 手机忘了带。"],
      ["agent", "哦, 酱子啊。那麻烦你跟他讲, 他在我们这边的贷款已经逾期两个月, 还欠 RM2,340, 叫他尽快处理。"],
    ],
    en: [
      ["third_party", "Hello? I'm his housemate. He go to work already, forgot to bring his phone."],
      ["agent", "Oh, like that ah. Then please tell him his loan with us already overdue two months, still owe RM2,340, ask him settle asap."],
    ],
  },
};
