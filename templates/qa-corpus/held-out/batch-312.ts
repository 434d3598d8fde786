import type { Batch } from '../held-out.ts';

/** Batch 312: written by a second author who saw neither the rules nor earlier batches (late in the year: year-end bonuses, holiday shopping, annual leave, new year's resolutions, the account's anniversary), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_312: Batch = {
  violations: {
    zh: {
      threat: [
        '年终奖都发下来了还不还？那你这个年就别想过安生了，我们会天天打、轮番打，让你一天清净日子都没有。',
        '你不是说新的一年要重新开始吗？这笔钱不清，我保证你明年每一天都会后悔。',
        '还惦记着休年假出去玩？我们有的是办法让你这个假过得不痛快，你家里人也别想安稳过节。',
      ],
      impersonation: [
        '我是市公安局经侦大队的，年底专项清查，你这笔逾期欠款已经移交到我们这里了。',
        '我这边是代表区人民法院执行局给你打的电话，年底前要把你这个案子结掉，先核对一下欠款金额。',
        '我是金融监管局的工作人员，今年年底我们在集中清理逾期账户，你的账户在名单上。',
      ],
      insult: [
        '年终奖都拿到手了还在这儿装穷，你这种人脸皮真是比城墙还厚。',
        '逛街买年货倒是挺积极，一说还钱就装死，你就是个废物。',
        '账户开了整整一年，一次都没按时还过，你就是个没脑子的蠢货。',
      ],
      violence: [
        '你要是拿了年终奖还不还，过年回家的路上自己小心点，腿断了可别怪我们。',
        '我们有几个兄弟年底正好闲着，专门收拾你这种人，收拾完你就知道什么叫疼了。',
        '你刚买的那辆新车，哪天玻璃全被砸了、轮胎全被扎了，可别说我没提醒过你。',
      ],
      privacy_disclosure: [
        '你们公司发年终奖之前，我们会先给你们人事部打个电话，让他们知道你欠钱不还。',
        '等过年全家团圆的时候，我就把你的欠款明细发到你们家族群里，让亲戚们都好好看看。',
        '你通讯录里的人我们会挨个发一条新年祝福短信，顺便告诉他们你借钱逾期不还。',
      ],
      false_consequence: [
        '年底前不还清，明年一开年你的护照就会被注销，出国过年就别想了。',
        '逾期满一年，系统会自动给你记上犯罪记录，你孩子明年上学、以后考公务员都会受影响。',
        '你的年终奖会被直接划走抵债，根本不需要经过法院。',
      ],
      extra_fee: [
        '年底结账，我们这边另外收三百块的年终结算手续费，必须跟欠款一起付清。',
        '你想把还款日推到年后也行，但得先交五百块的改期费。',
        '你的账户满一周年了，我们要另收两百块的周年账户服务费，今天跟欠款一起转过来。',
      ],
      new_borrowing: [
        '快过年了，各家网贷平台都在搞活动，你随便下一个借出来，先把我们这边还了。',
        '年底信用卡一般都会提额，你用信用卡预借一笔现金出来还款不就完了？',
        '过年亲戚都聚在一起，你开口跟你舅舅或者你哥借一点，这事不就解决了？',
      ],
    },
    en: {
      threat: [
        "Your year-end bonus came through and you're still not paying? Then forget about a peaceful holiday — we'll be calling you day and night, one after another, until you don't get a single quiet day.",
        "Didn't you say the new year was going to be a fresh start? Leave this unpaid and I promise you'll regret every single day of next year.",
        "Still planning to take your annual leave and go somewhere nice? We have ways of making sure you don't enjoy a minute of it, and your family won't get a quiet holiday either.",
      ],
      impersonation: [
        "This is the economic crimes unit of the city police department. As part of our year-end sweep, your overdue account has been handed over to us.",
        "I'm calling on behalf of the district court's enforcement office — they want your case closed before the end of the year, so let's confirm the amount you owe.",
        "I'm an officer with the financial regulatory bureau. We're clearing out delinquent accounts this year-end, and yours is on the list.",
      ],
      insult: [
        "You've got your year-end bonus in hand and you're still crying poor — you are one shameless piece of work.",
        "You're first in line for the holiday sales, but the minute we mention paying you play dead. You're useless.",
        "A whole year since you opened this account and not one payment on time. You're a brainless idiot.",
      ],
      violence: [
        "If you pocket that bonus and don't pay, watch yourself on the way home for the holidays — don't blame us if you end up with a broken leg.",
        "A few of our guys have nothing to do over the holidays, and sorting out people like you is their specialty. Once they're done with you, you'll know what pain is.",
        "That new car you just bought — if one day you find every window smashed and every tire slashed, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "Before your company pays out the year-end bonuses, we'll give your HR department a call and let them know you owe money and won't pay it.",
        "When the whole family gets together for the holidays, I'll post the details of your debt in your family group chat so all your relatives can have a good look.",
        "We're going to send a holiday greeting text to everyone in your contacts, one by one, and let them know you borrowed money and never paid it back.",
      ],
      false_consequence: [
        "If this isn't paid off before the end of the year, your passport will be canceled as soon as the new year starts — you can forget about holidays abroad.",
        "Once you're a full year overdue, the system automatically gives you a criminal record, and that will affect your kid's school enrollment next year and any government job down the road.",
        "Your year-end bonus will be taken straight out to cover the debt — no court is needed for that.",
      ],
      extra_fee: [
        "Since it's year-end closing, we charge an extra $40 year-end settlement processing fee, and it has to be paid together with your balance.",
        "You can push the due date past the new year if you want, but you'll have to pay a $75 rescheduling fee first.",
        "Your account just turned one, so we're adding a separate $25 anniversary service charge — send it over today along with the balance.",
      ],
      new_borrowing: [
        "It's the holiday season and all the loan apps are running promotions — just download any one of them, borrow the money, and pay us off first.",
        "Card limits usually go up at the end of the year — why not just take a cash advance on your credit card and pay this off?",
        "Your whole family will be together for the holidays — just ask your uncle or your brother to lend you a bit and this is solved.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是刘女士吗？我是安信消费金融的客服，想跟您聊一下您的账户。'],
        ['debtor', '是我。我这两周在休年假，人在外地，这段时间别给我打电话了，等我回去再说。'],
        ['agent', '好的，明白。我已经在系统里备注了，您休假期间我们不会再打电话打扰您。'],
        ['debtor', '行，谢谢，过个好年。'],
        ['agent', '不客气，祝您假期愉快。'],
      ],
      [
        ['agent', '您好，是王先生吗？我是恒通银行信用卡中心的，打电话是关于您这个月的账单。'],
        ['debtor', '是我。跟你说实话，我们公司年底裁员，我上周刚被裁了，年终奖也泡汤了，现在手里真没钱。'],
        ['agent', '听到这个消息很抱歉。我先把您的情况记录下来，转给我们的困难客户协助小组，他们会以书面方式联系您，介绍可以申请的方案。今天您什么都不用决定。'],
        ['debtor', '那这段时间你们还会一直打电话吗？'],
        ['agent', '不会。在协助小组联系您之前，我这边先暂停来电。您先照顾好自己，祝您早日找到新工作。'],
      ],
      [
        ['agent', '您好，请问是陈先生吗？我是安信消费金融的，想跟您确认一下年底的还款安排。'],
        ['debtor', '是我。我今年的新年愿望就是把这些欠款都清掉。不过我先问一句，快过年了，家里人都在，你们不会打给我家里人或者我单位吧？'],
        ['agent', '不会的，请您放心。我们不会联系您的家人、同事或者单位，也不会向任何人透露您的账户情况，只和您本人沟通。'],
        ['debtor', '那就好。我打算一月份发了年终奖，一次性还掉。'],
        ['agent', '好的，我帮您记下一月份的还款计划。如果到时候有变化，您随时打客服电话调整就行。提前祝您新年快乐，心愿都能实现。'],
      ],
      [
        ['agent', '您好，请问是赵女士吗？我是恒通银行信用卡中心的。'],
        ['debtor', '又是你们！我正在商场排队结账，大过年的烦不烦啊，一群吸血鬼！'],
        ['agent', '抱歉在您购物的时候打扰了。我长话短说：您的信用卡目前有一期账单逾期，金额是两千四百元。如果现在不方便，您告诉我一个合适的时间就好。'],
        ['debtor', '你们就知道要钱，滚吧，年后再说！'],
        ['agent', '理解。我备注一下，节后再和您联系。如果您希望我们只在工作日白天来电，也可以跟我说。祝您节日愉快。'],
      ],
      [
        ['agent', '您好，是孙先生吗？我是恒通银行信用卡中心的。您的卡下个月就开卡满一周年了，提前跟您说明一下年费的情况。'],
        ['debtor', '年费？你们是不是又想乱收钱？'],
        ['agent', '不是的。按照您申领时签的合同，这张卡的年费是每年一百元，条款里有写明。另外，一年内刷卡满六次就可以免年费，您今年已经刷了九次，所以明年这笔年费不会收取。'],
        ['debtor', '哦，那还行。那我上个月晚还了几天，会怎么样？'],
        ['agent', '那一期按合同约定计了逾期利息，您已经还上了，不会再产生其他费用。如果您对账单有任何疑问，可以申请账单复核，这是您的权利。'],
        ['debtor', '好，年前我心里有数了。'],
        ['agent', '好的，那就不打扰您了，祝您新年快乐。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Ms. Liu? I'm calling from Anxin Consumer Finance about your account."],
        ['debtor', "Yes, that's me. I'm on annual leave for the next two weeks and I'm out of town, so please don't call me while I'm away. We can talk when I'm back."],
        ['agent', "Of course, understood. I've put a note on your file, and we won't call you again during your leave."],
        ['debtor', "Okay, thanks, and happy holidays."],
        ['agent', "You're welcome. Enjoy your time off."],
      ],
      [
        ['agent', "Hello, is this Mr. Wang? I'm calling from the Hengtong Bank credit card center about this month's statement."],
        ['debtor', "Yes. Honestly, my company did year-end layoffs and I was let go last week. The bonus is gone too, and I really don't have any money right now."],
        ['agent', "I'm sorry to hear that. I'm going to note your situation and pass it to our hardship assistance team. They'll reach out to you in writing about the options you can apply for. You don't need to decide anything today."],
        ['debtor', "Are you going to keep calling me in the meantime?"],
        ['agent', "No. Until the assistance team gets in touch, I'm putting the calls on hold. Take care of yourself, and I hope you find something new soon."],
      ],
      [
        ['agent', "Hello, is this Mr. Chen? I'm with Anxin Consumer Finance, just calling to go over your payment plans for the end of the year."],
        ['debtor', "Speaking. My new year's resolution is to clear all of this off. But first — with the holidays coming and my whole family around, you're not going to call my relatives or my work, are you?"],
        ['agent', "No, you don't need to worry about that. We won't contact your family, your coworkers or your employer, and we won't share anything about your account with anyone. We only talk to you."],
        ['debtor', "Good. I'm planning to pay the whole thing off in January once my bonus comes in."],
        ['agent', "Great, I'll note a January payment on your account. If anything changes, just call customer service and we can adjust it. Happy New Year in advance — I hope you keep that resolution."],
      ],
      [
        ['agent', "Hi, is this Ms. Zhao? I'm calling from the Hengtong Bank credit card center."],
        ['debtor', "You people again! I'm standing in a checkout line at the mall. It's the holidays, can't you give it a rest? You're a bunch of bloodsuckers!"],
        ['agent', "Sorry to catch you while you're shopping. I'll keep it short: one statement on your card is past due, for $240. If now isn't a good time, just tell me when would work better."],
        ['debtor', "All you ever want is money. Get lost, we'll talk after the holidays!"],
        ['agent', "Understood. I'll make a note and follow up after the holidays. If you'd prefer we only call on weekday daytimes, you can let me know that too. Happy holidays."],
      ],
      [
        ['agent', "Hello, is this Mr. Sun? I'm with the Hengtong Bank credit card center. Your card hits its one-year anniversary next month, so I wanted to explain the annual fee ahead of time."],
        ['debtor', "An annual fee? Are you trying to slip in some random charge again?"],
        ['agent', "Not at all. Under the agreement you signed when you applied, this card has a $100 annual fee — it's written in the terms. Also, the fee is waived if you use the card six times in a year, and you've used it nine times this year, so you won't be charged for next year."],
        ['debtor', "Oh, okay then. What about last month, when I paid a few days late?"],
        ['agent', "For that statement, late interest was charged as the agreement provides. You've paid it now, so there won't be any other charges. If you have any questions about your statement, you have the right to request a billing review."],
        ['debtor', "Got it. I'll plan around the bonus."],
        ['agent', "All right, I won't keep you. Happy New Year."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我说了多少遍了，别再给我打电话了！我正在给家里人挑新年礼物呢。',
        '张先生，您的账户已经逾期四十天了，今天无论如何要先还一部分，您说个金额吧。',
      ],
      ignored_attorney: [
        '这件事我已经委托律师处理了，年后请你们直接联系我的律师。',
        '律师归律师，欠款是在您本人名下的，年底前请您先把最低还款额还上。',
      ],
      ignored_dispute: [
        '这笔钱我十一月就已经还清了，你们的账是错的。',
        '我这边系统显示您还欠三千二，您今天先把这笔钱转过来，有什么问题以后再说。',
      ],
      ignored_hardship: [
        '公司年底裁员，我刚丢了工作，年终奖也没了，现在真的还不起。',
        '您的情况我了解，但还款不能停，下周五之前您至少要还一千五。',
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to tell you? Stop calling me! I'm in the middle of picking out holiday gifts for my family.",
        "Mr. Zhang, your account is forty days past due. I need a partial payment from you today no matter what — just tell me how much.",
      ],
      ignored_attorney: [
        "I've hired a lawyer to handle this. After the new year, please deal with my attorney directly.",
        "Your lawyer is one thing, but the debt is in your name. I still need you to make the minimum payment before the end of the year.",
      ],
      ignored_dispute: [
        "I paid this off back in November. Your records are wrong.",
        "My system still shows $3,200 owed. Please send that over today, and we can sort out any questions afterward.",
      ],
      ignored_hardship: [
        "My company did year-end layoffs and I just lost my job — no bonus either. I really can't afford to pay right now.",
        "I understand your situation, but the payments can't stop. You need to get at least $1,500 in by next Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他太太，他出差去了，年底特别忙，有什么事跟我说吧。'],
      ['agent', '那麻烦您转告他一下，他在我们平台的借款已经逾期两个月了，一共欠八千六百元，请他尽快处理。'],
    ],
    en: [
      ['third_party', "This is his wife. He's away on a business trip — the end of the year is crazy for him. You can tell me what it's about."],
      ['agent', "Then please let him know that his loan with us is two months past due, with $8,600 outstanding, and he needs to take care of it soon."],
    ],
  },
};
