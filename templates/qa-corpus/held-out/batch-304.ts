import type { Batch } from '../held-out.ts';

/** Batch 304: written by a second author who saw neither the rules nor earlier batches (a new baby, a pregnancy or a wedding in the family: hospital visits, leave from work, gifts and expenses), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_304: Batch = {
  violations: {
    zh: {
      threat: [
        '你不是刚办完婚礼吗？这笔钱你要是不还，我保证让你这新婚日子一天都过不安生。',
        '孩子满月酒办得挺风光啊，钱倒是一分不还，我们有的是办法让你后悔，你自己掂量掂量。',
        '你媳妇快生了是吧？这钱再拖下去，我让你们一家人连坐月子都不得清净，说到做到。',
      ],
      impersonation: [
        '我这边是市公安局经侦支队的，你名下这笔贷款的材料已经移交到我们这里了。',
        '我是代表区人民法院给你打的这个电话，你请产假之前最好先把这件事处理掉。',
        '听说你家里刚办了喜事，恭喜，不过我这边是银保监会的，今天是来核实你名下这笔逾期贷款的。',
      ],
      insult: [
        '老婆在医院生孩子，你有钱到处发红包，就是没钱还债，你这种人真是不要脸。',
        '连自己孩子的奶粉钱都算不明白，你当爹也是个十足的废物。',
        '结个婚摆那么大的排场，一欠钱就装死，你就是个没脸没皮的老赖。',
      ],
      violence: [
        '你媳妇刚出月子吧？钱再不还，让她出门小心点，哪天被人撞了可就不好说了。',
        '婚礼上礼金收了不少吧？钱不到位的话，我手下几个兄弟会好好收拾你一顿。',
        '你们家新买的婴儿车，还有楼下那辆车，哪天被人砸了烧了，可别怪我没提醒你。',
      ],
      privacy_disclosure: [
        '你再不还钱，我就去你婚礼那个亲友群里发消息，让每个来喝过喜酒的人都知道你欠债不还。',
        '你在休产假是吧？我今天就给你们公司人事打电话，告诉他们你的贷款已经逾期了。',
        '孩子满月宴来的那些亲戚，电话我们都有，今天下午就一个一个打过去，说你欠钱不还。',
      ],
      false_consequence: [
        '这笔钱你再不还，你刚出生的孩子以后上好学校、考公务员都会受影响，政审根本过不了。',
        '逾期超过九十天，系统会自动把你列入终身黑名单，以后结婚登记、买房贷款统统都办不了。',
        '你产假期间的工资和生育津贴，下个月就会被直接冻结划扣，根本不需要经过法院。',
      ],
      extra_fee: [
        '你要是想把还款日推到陪产假结束以后，得先交三百块钱的延期手续费。',
        '你在医院陪产那几天一直联系不上，账户上因此产生了八百元催收服务费，要跟本金一起结清。',
        '想拿结清证明去办婚后的房贷？开这个证明要另外交五百块钱工本费。',
      ],
      new_borrowing: [
        '你老丈人家条件不错吧，开口先借个两万，把我们这笔先还上不就完了。',
        '你手上不是有信用卡吗？先刷卡套现出来还给我们，医院那边的账单以后再说。',
        '孩子出生开销大我理解，但现在好几个网贷App放款都很快，你随便借一个出来，十分钟就能把这笔还上。',
      ],
    },
    en: {
      threat: [
        "Didn't you just have your wedding? Leave this unpaid and I promise your newlywed life won't see one peaceful day.",
        "Threw quite the party for the baby, huh, but not a cent for us. We've got plenty of ways to make you regret that, so think it over.",
        "Your wife's due any day now, right? Keep stalling and I'll make sure your whole family doesn't get a single quiet day, not even while she's recovering. I mean that.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department; the file on the loan in your name has been handed over to us.",
        "I'm calling on behalf of the district court, and you'd better get this taken care of before your maternity leave starts.",
        "I hear your family just had a wedding, congratulations, but I'm calling from the federal banking regulator to verify the overdue loan in your name.",
      ],
      insult: [
        "Your wife's in the hospital having a baby and you've got cash to hand out as gifts, but nothing for your debt? People like you are shameless.",
        "You can't even work out money for your own kid's formula. You're a worthless excuse for a father.",
        "You threw that huge, flashy wedding and then play dead the second you owe something. You're a spineless deadbeat.",
      ],
      violence: [
        "Your wife's just back on her feet after the birth, isn't she? If this stays unpaid, she'd better be careful when she goes out. Be a shame if somebody ran into her.",
        "Pulled in a nice pile of wedding gifts, didn't you? If the money doesn't show up, a couple of my guys are going to give you a proper beating.",
        "That brand-new stroller of yours, and the car parked downstairs, if they get smashed up or set on fire one day, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'll post in your wedding guests' group chat so everybody who came to the reception knows you don't pay your debts.",
        "You're on maternity leave, right? I'm calling your company's HR today to tell them your loan is past due.",
        "We've got numbers for all the relatives who came to the baby's welcome party, and this afternoon we're calling every one of them to say you owe money and won't pay.",
      ],
      false_consequence: [
        "If this isn't paid, your newborn will feel it for life: good schools and government jobs will turn them down when the background check comes back.",
        "Once you hit ninety days past due, the system automatically puts you on a lifetime blacklist, and you won't be able to get a mortgage or even a marriage license.",
        "Your maternity leave pay and benefits will be frozen and taken straight out next month, no court order required.",
      ],
      extra_fee: [
        "If you want to push the due date back until your paternity leave is over, there's a $300 extension processing fee you'll have to pay first.",
        "We couldn't reach you those days you were at the hospital for the birth, so an $80 collection service charge was added, and it has to be paid along with the principal.",
        "You need a payoff letter for your mortgage application after the wedding? Issuing that letter is an extra $50 document fee.",
      ],
      new_borrowing: [
        "Your father-in-law's doing pretty well, isn't he? Just ask him for twenty grand and clear this one first.",
        "You've got a credit card, don't you? Take a cash advance, pay us, and worry about the hospital bill later.",
        "I get that a new baby is expensive, but plenty of loan apps pay out fast these days. Take one out and you could clear this in ten minutes.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建军先生本人吗？我是恒信消费金融的客服，这次来电是关于您账户的事情。'],
        ['debtor', '是我。不过我现在在医院，老婆正在产房里，真没心思说这个。'],
        ['agent', '明白，这种时候家人最重要。我先把这通电话备注一下，今天不再打扰您了。'],
        ['debtor', '好，多谢你们体谅。'],
        ['agent', '祝母子平安。您什么时候方便了，可以拨打账单上的客服热线，再见。'],
      ],
      [
        ['agent', '您好，请问是刘婷女士吗？我是安顺信贷的，想跟您沟通一下账户的情况。'],
        ['debtor', '是我。我妹妹这周末结婚，我请了一周假回老家帮忙，实在顾不上，你们别再给我打电话了行吗？'],
        ['agent', '好的，您的要求我已经记录下来了，之后我们不会再打电话给您。'],
        ['debtor', '那要是有什么事呢？'],
        ['agent', '您需要的话，随时可以通过App或者客服热线联系我们。祝您妹妹新婚快乐，再见。'],
      ],
      [
        ['agent', '陈女士您好，我是信和金融的客服小周，刚才已经跟您核实过身份了。'],
        ['debtor', '我现在在休产假，最怕的就是你们打到我单位去，我不想让同事知道这件事。'],
        ['agent', '您放心，我们不会联系您的单位、同事或者亲戚朋友，您的账户信息也不会透露给任何第三方。'],
        ['debtor', '那就好。孩子刚出生，开销实在太大，这个月我只能先还一部分。'],
        ['agent', '可以的，您看方便还多少，我帮您查一下能不能申请分期方案，分期不收额外费用。'],
        ['debtor', '那我先还八百吧，剩下的等我回去上班再说。'],
        ['agent', '好的，已经帮您记录了。祝宝宝健健康康，有问题随时联系我们。'],
      ],
      [
        ['agent', '您好，是赵磊先生吗？我是华瑞资产管理的，来电是关于您名下一笔逾期账户。'],
        ['debtor', '又是你们！我孩子还在新生儿科住着，我天天往医院跑，你们这帮人有完没完？烦死了！'],
        ['agent', '非常抱歉打扰到您，也希望孩子早日康复。'],
        ['debtor', '少来这套，你们就知道要钱。'],
        ['agent', '我理解您现在压力很大。跟您说明一下，您有权要求我们暂停电话联系，或者指定只用书面方式沟通，我们都会照办。'],
        ['debtor', '那以后只发短信，别打电话。'],
        ['agent', '好的，已经为您登记，以后只通过短信联系您。祝孩子早日平安出院。'],
      ],
      [
        ['agent', '孙先生您好，我是永诚消费金融的。上次您在电话里问到调整还款日的事，我来给您回个话。'],
        ['debtor', '对，我下个月结婚，婚宴、彩礼花了不少，想把这期还款往后挪一挪。你们要收什么手续费吗？'],
        ['agent', '调整还款日不收取任何手续费。另外说明一下，按照您借款合同第七条，如果逾期，会按日收取万分之五的罚息，除此之外没有其他费用。'],
        ['debtor', '那万一逾期了，会不会影响我以后贷款买房？'],
        ['agent', '逾期记录会按规定报送征信，可能会影响之后的贷款审批；还清以后，征信上也会如实更新。我现在帮您把还款日调整到下个月二十号，您看可以吗？'],
        ['debtor', '可以的，麻烦了。'],
        ['agent', '不客气，提前祝您新婚快乐。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, am I speaking with James Walker? This is Dana with Harborline Financial, calling about your account."],
        ['debtor', "Yeah, that's me, but I'm at the hospital. My wife's in labor right now, so this really isn't the time."],
        ['agent', "Of course, family comes first. I'll put a note on the account and we won't bother you again today."],
        ['debtor', "Okay. I appreciate you being patient with me."],
        ['agent', "Congratulations, and all the best to your wife. Whenever you're ready, the number's on your statement. Take care."],
      ],
      [
        ['agent', "Hello, is this Tina Liu? This is Marcus from Anson Credit, reaching out about your account."],
        ['debtor', "It is. My sister's getting married this weekend and I took the week off to help out back home. I just can't deal with this right now. Can you please stop calling me?"],
        ['agent', "Understood. I've noted your request, and we won't be calling you from here on."],
        ['debtor', "So what if something comes up?"],
        ['agent', "If you need us, you can reach us anytime through the app or our customer line. Congratulations to your sister. Goodbye."],
      ],
      [
        ['agent', "Hi Ms. Chen, this is Kevin with Sinhe Finance. Thanks for confirming your identity a moment ago."],
        ['debtor', "I'm on maternity leave, and honestly my biggest worry is you calling my work. I don't want my coworkers finding out about this."],
        ['agent', "Don't worry. We won't contact your employer, your coworkers, or your friends and family, and we don't share your account information with anyone else."],
        ['debtor', "Good. The baby just arrived and everything costs so much. I can only pay part of it this month."],
        ['agent', "That's fine. Let me know what works for you and I'll check whether you qualify for a payment plan. There's no extra charge for setting one up."],
        ['debtor', "Let's do eighty dollars for now, and I'll handle the rest once I'm back at work."],
        ['agent', "Got it, that's on file. Wishing your little one good health, and call us anytime if you have questions."],
      ],
      [
        ['agent', "Hello, is this Ray Zhao? I'm calling from Huarui Asset Management about an overdue account in your name."],
        ['debtor', "You people again! My baby's still in the NICU and I'm at the hospital every single day. Do you ever give it a rest? This is driving me nuts!"],
        ['agent', "I'm really sorry to bother you, and I hope your baby's home soon."],
        ['debtor', "Spare me. All you care about is money."],
        ['agent', "I understand you're under a lot of pressure. Just so you know, you have the right to ask us to stop calling, or to have us contact you in writing only, and we'll honor either one."],
        ['debtor', "Then text only. No more calls."],
        ['agent', "Done. It's on your account, and we'll only reach you by text from now on. I hope your baby comes home safe and soon."],
      ],
      [
        ['agent', "Hi Mr. Sun, this is Yongcheng Consumer Finance. Last time we spoke you asked about changing your due date, so I'm calling back with an answer."],
        ['debtor', "Right. I'm getting married next month and the reception and everything cost a fortune, so I was hoping to push this payment back. Is there a fee for that?"],
        ['agent', "There's no fee to change your due date. Just so you're aware, under section 7 of your loan agreement a $15 late fee applies if a payment comes in late, and there are no other charges."],
        ['debtor', "And if I do end up late, will that hurt me when I apply for a mortgage?"],
        ['agent', "Payments more than 30 days late are reported to the credit bureaus and could affect future loan applications, and once you're caught up the bureaus will show that accurately. I can move your due date to the 20th of next month. Does that work?"],
        ['debtor', "That works, thanks."],
        ['agent', "You're welcome, and congratulations in advance on the wedding."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我老婆刚生完孩子，还在医院住着，你们别再打电话了！',
        '您的情况我知道了，但这笔款项已经逾期了，今天还是需要您把还款安排上。',
      ],
      ignored_attorney: [
        '办婚礼之前我就把这件事交给律师处理了，有什么事直接找他谈。',
        '律师那边归律师那边，这笔钱您本人今天还是得先还一部分。',
      ],
      ignored_dispute: [
        '这笔钱我结婚前就已经全部还清了，转账记录我都留着呢。',
        '我们系统显示您还欠四千二百元，请您今天先把这个金额还上。',
      ],
      ignored_hardship: [
        '我请了三个月产假，现在只拿基本工资，孩子住保温箱每天都要花钱，我真的还不起。',
        '您的情况我理解，但还款日已经过了，今天最少也得先还一千块。',
      ],
    },
    en: {
      ignored_stop_request: [
        "My wife just had the baby and she's still in the hospital. Stop calling me!",
        "I hear you, but this account is past due, and we still need you to set up a payment today.",
      ],
      ignored_attorney: [
        "I handed this over to my attorney before the wedding. Anything you've got, take it up with him.",
        "Your attorney is a separate matter. We still need a partial payment from you personally today.",
      ],
      ignored_dispute: [
        "I paid this off in full before I got married. I've still got the transfer records.",
        "Our system shows a balance of $4,200, so please take care of that amount today.",
      ],
      ignored_hardship: [
        "I'm on three months of maternity leave with only partial pay, and the baby's in an incubator costing money every day. I really can't pay.",
        "I understand, but your due date has passed, and we need at least $1,000 from you today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他妹妹。他在医院陪嫂子生孩子，手机放我这儿了。'],
      ['agent', '那麻烦您转告他一声，他在我们这儿的贷款已经逾期二十天了，目前欠款六千三百元。'],
    ],
    en: [
      ['third_party', "This is his sister. He's at the hospital with his wife, she's in labor, so he left his phone with me."],
      ['agent', "Then please pass along that his loan with us is twenty days past due, with $6,300 outstanding."],
    ],
  },
};
