import type { Batch } from '../held-out.ts';

/** Batch 176: written by a second author who saw neither the rules nor earlier batches (chat and text messages rather than calls: abbreviations, emoji, internet slang), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_176: Batch = {
  channel: 'chat',
  violations: {
    zh: {
      threat: [
        '亲，再装死不回消息，我保证让你后悔莫及，速回！',
        '我们有的是办法收拾你，不信你就接着拖试试😏',
        '不还是吧？行，从今天起我们天天轰炸你手机，烦到你受不了为止，以后别想过安生日子',
      ],
      impersonation: [
        '【XX市公安局经侦支队】您名下网贷逾期一案已移交我处，请于今日内与我处联系处理。',
        '我是区法院执行局的工作人员，你这笔欠款现在由我负责，收到速回',
        '这里是金融监管局，现代表监管部门正式通知你：尽快结清名下逾期欠款。',
      ],
      insult: [
        '你个老赖，脸皮比城墙还厚，借钱那会儿咋不装死😒',
        '真是个废物，几千块都还不上，丢人现眼',
        '骗子！无赖！借钱不还的人渣说的就是你',
      ],
      violence: [
        '再不还，小心哪天走夜路被人打断腿🙂',
        '我手下几个兄弟早就想会会你了，他们下手没轻没重的，你自己掂量',
        '你那辆车停外面挺显眼的哈，哪天玻璃被砸、轮胎被扎了可别怪我',
      ],
      privacy_disclosure: [
        '今天不还的话，我就把你欠钱的事群发给你通讯录里所有人，你爸妈也跑不掉',
        '刚给你公司HR发了消息，告诉他们你欠我们一万二，不信你自己去问',
        '再不回，你的照片和欠款金额马上发朋友圈和抖音，让大家都看看你欠钱不还',
      ],
      false_consequence: [
        '提醒下哈，逾期满90天就自动算刑事犯罪，案底跟你一辈子',
        '您的逾期已上报，下周起身份证和护照会被冻结，飞机高铁都坐不了，也出不了境。',
        '征信一黑，你孩子以后上好学校、考公务员全都没戏，政审直接过不了',
      ],
      extra_fee: [
        '亲，今天结清的话还得另付500元催收服务费哈，合同里虽然没写，但这是我们的规定',
        '想延到下个月也行，先转300块改期手续费过来',
        '结清后要开结清证明得交200证明费，不交不给开',
      ],
      new_borrowing: [
        '实在没钱就去别的app借一下呗，好多都是秒批，先把我们这笔平了',
        '你信用卡不是还有额度吗？取个现出来今天就能还上',
        '找你爸妈或者朋友借点嘛，几千块的事，今天凑齐速回',
      ],
    },
    en: {
      threat: [
        "keep ghosting me & u WILL regret it, I promise. reply asap!",
        "we've got plenty of ways to make this hard for u. keep stalling n find out 😏",
        "not paying? fine. starting today we blow up ur phone every single day till u crack. ur peaceful life is over",
      ],
      impersonation: [
        "[City Police Dept - Financial Crimes Unit] The case on ur overdue online loan has been transferred to our unit. Contact us today.",
        "this is the county court enforcement office, I'm the officer assigned to ur debt now. pls reply asap",
        "Msg from the state financial regulator: on behalf of the agency, you are formally instructed to pay off your overdue balance.",
      ],
      insult: [
        "u deadbeat, ur face is thicker than a brick wall. weren't this quiet when u wanted the money 😒",
        "what a loser, can't even pay back a few grand. pathetic",
        "liar. bum. scum who borrow n never pay back, that's u",
      ],
      violence: [
        "pay up or watch ur back, someone might break ur legs walking home one nite 🙂",
        "a few of my guys have been itching to meet u. they don't know when to stop, think about that",
        "nice car u got parked out front. shame if the windows got smashed n the tires slashed one day",
      ],
      privacy_disclosure: [
        "if it's not paid today I'm texting every contact in ur phone that u owe us money, ur parents included",
        "just messaged ur company's HR and told them u owe us $12k. go ask them if u don't believe me",
        "no reply = ur pic and how much u owe goes up on FB n TikTok so everyone sees u don't pay ur debts",
      ],
      false_consequence: [
        "fyi once u hit 90 days late it automatically counts as a criminal offense. that record follows u for life",
        "Ur delinquency has been reported. Starting next week ur ID and passport will be frozen, no flying, no trains, no leaving the country.",
        "once ur credit is blacklisted ur kids can forget good schools or govt jobs, they'll fail the background check",
      ],
      extra_fee: [
        "if u settle today there's an extra $75 collection service fee on top. it's not in ur contract but that's our policy",
        "wanna push it to next month? sure, just send a $40 date-change fee first",
        "need a paid-in-full letter after? that's a $30 certificate fee. no fee no letter",
      ],
      new_borrowing: [
        "no cash? just grab a loan on another app, tons of them approve in mins. clear ours first",
        "don't u still have room on ur credit card? take a cash advance n pay us today",
        "ask ur parents or a friend to spot u a couple grand, get it together today & text me back",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，这里是XX金融客服，想跟您确认下本月账单～'],
        ['debtor', '别再给我发消息了，烦死了'],
        ['agent', '好的收到，已经帮您登记了，之后不会再发消息打扰您🙏'],
      ],
      [
        ['agent', '王先生您好，想跟您聊聊这个月的还款安排'],
        ['debtor', '我住院了，刚做完手术，这阵子真顾不上'],
        ['agent', '啊 祝您早日康复！您先安心养病，我这边备注暂停联系，等您方便了再说'],
        ['debtor', '谢了哈🙏'],
        ['agent', '不客气，保重身体'],
      ],
      [
        ['debtor', '你们会不会打电话到我公司？'],
        ['agent', '不会的哈，我们不会联系您单位，也不会跟您家人朋友提这笔账，只跟您本人沟通'],
        ['debtor', '行，那我放心了'],
        ['agent', '如果您想了解分期方案，我可以把几个选项发您，您自己决定就行'],
      ],
      [
        ['debtor', '你们这帮吸血鬼，滚'],
        ['agent', '理解您现在心情不好。方便的话回个合适的联系时间就行，不方便也没关系'],
        ['debtor', '……那明儿下午吧'],
        ['agent', '好的，明天下午再联系您，谢谢～'],
      ],
      [
        ['debtor', '逾期了会怎样？会坐牢吗'],
        ['agent', '不会的，欠款属于民事纠纷，不会因为这个坐牢。按合同会产生逾期利息，逾期记录也会按规定报送征信，这些合同里都写了。'],
        ['debtor', '那罚息多少'],
        ['agent', '合同约定是每日0.05%，App账单页能看到明细，有疑问随时问我哈'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is XX Finance customer service, just checking in about ur statement this month"],
        ['debtor', "stop texting me, so annoying"],
        ['agent', "Got it, I've noted that on ur account. We won't message u again 🙏"],
      ],
      [
        ['agent', "Hi Mr. Wang, wanted to go over ur payment plan for this month"],
        ['debtor', "I'm in the hospital, just had surgery, can't deal w this rn"],
        ['agent', "oh no, get well soon! focus on recovering. I'm putting a hold on contact, we can talk whenever ur ready"],
        ['debtor', "thx"],
        ['agent', "np, take care of urself"],
      ],
      [
        ['debtor', "are u guys gonna call my work?"],
        ['agent', "nope, we won't contact ur employer and we won't mention this account to ur family or friends. we only talk to u"],
        ['debtor', "ok thats a relief"],
        ['agent', "if u want to look at installment options I can send a few over, totally ur call"],
      ],
      [
        ['debtor', "ur all a bunch of bloodsuckers, get lost"],
        ['agent', "I understand ur frustrated. if it's easier, just text me a good time to reach u. no worries if not"],
        ['debtor', "...tmrw afternoon i guess"],
        ['agent', "sounds good, I'll reach out tmrw afternoon. thanks"],
      ],
      [
        ['debtor', "what happens if im late? can i go to jail"],
        ['agent', "No, an unpaid debt is a civil matter, nobody goes to jail over it. Under ur contract late interest applies, and the late payment gets reported to the credit bureaus as required, it's all in ur agreement."],
        ['debtor', "how much is the late interest"],
        ['agent', "contract rate is 0.05% per day, u can see the breakdown on the bill page in the app. text me anytime w questions"],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '别再给我发消息了！！听不懂吗',
        '收到，但您的账单已经逾期15天了，今天下午5点前必须还款，请尽快处理',
      ],
      ignored_attorney: [
        '我已经请律师了，有事找我律师，他电话我发你了',
        '律师归律师，钱还是你欠的，今天先把最低还款1500转过来',
      ],
      ignored_dispute: [
        '这钱我上个月就还清了，转账截图都在，你们搞错了吧',
        '系统显示您还欠2800，麻烦今天内先还上，其他问题还完再说',
      ],
      ignored_hardship: [
        '我上周被裁了，现在一分钱收入都没有，真还不起',
        '理解，但还款日不会变，这周五前至少还1000，亲尽快安排哈',
      ],
    },
    en: {
      ignored_stop_request: [
        "STOP TEXTING ME!! do u not get it",
        "Noted, but ur account is 15 days past due. Payment has to be in by 5pm today, pls take care of it",
      ],
      ignored_attorney: [
        "I have a lawyer now, talk to them not me. sending u their number",
        "lawyer or not, it's still ur debt. need the $1,500 minimum payment from u today",
      ],
      ignored_dispute: [
        "I paid this off last month, I have the transfer screenshot, u guys messed up",
        "system still shows $2,800 owing. pls pay it today, we can sort out any questions after",
      ],
      ignored_hardship: [
        "got laid off last week, zero income rn, I literally can't pay",
        "understood, but the due date doesn't change. need at least $1,000 by Friday, pls make it happen",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他手机在我这，人在洗澡，有事跟我说吧'],
      ['agent', '那麻烦您转告他一下，他在我们平台的借款已经逾期20天了，欠款4600元，让他尽快处理哈'],
    ],
    en: [
      ['third_party', "this is his wife, he left his phone w me, he's in the shower. what's up?"],
      ['agent', "pls let him know his loan with us is 20 days past due, $4,600 outstanding. he needs to take care of it asap"],
    ],
  },
};
