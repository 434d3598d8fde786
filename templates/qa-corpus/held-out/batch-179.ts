import type { Batch } from '../held-out.ts';

/** Batch 179: written by a second author who saw neither the rules nor earlier batches (heated calls: a frustrated collector's sarcasm, rhetorical questions and fragments), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_179: Batch = {
  violations: {
    zh: {
      threat: [
        '行行行，你就接着拖。拖吧——我保证让你这日子过不下去，你信不信？',
        '少来这套！换个号码就完事了？我们有的是办法，你就等着后悔吧。',
        '你到底还不还？不还是吧，那我天天给你打，打到你睡不着觉，你一家人都别想安生。',
      ],
      impersonation: [
        '你别跟我嚷嚷！我现在是代表区人民法院跟你通话，这是正式通知，听清楚没有？',
        '喂喂，别挂——我是市公安局经侦大队的，你这个案子已经转到我们这边了。',
        '你以为我是谁？我是金融监管局派下来专门核查你这笔逾期的，说话注意点。',
      ],
      insult: [
        '你到底要不要脸？三十好几的人了，欠钱就装死，真是个废物。',
        '行了行了，别编了。你这种老赖我见多了，满嘴谎话的骗子一个。',
        '呵，没钱？没钱你借什么借？脑子进水了吧，蠢得要命。',
      ],
      violence: [
        '少来这套！再不还钱，小心哪天一出门就被人打断腿。',
        '你不是挺横吗？我这边几个兄弟正闲着呢，迟早找上你，好好收拾你一顿。',
        '你那辆车就停楼下是吧？哪天车窗全砸了、轮胎全扎了，可别来问我。',
      ],
      privacy_disclosure: [
        '不接电话是吧？行，我现在就挨个打给你通讯录里的人，让他们都知道你欠钱不还。',
        '你再装傻试试。明天一早我就打给你们公司人事，告诉他们你在我们这儿欠着钱不还。',
        '你到底要面子还是要钱？不还的话，你的照片连同欠款金额我直接发到你们小区业主群里。',
      ],
      false_consequence: [
        '你以为拖着就没事了？告诉你，逾期超过九十天就自动算诈骗，直接留案底。',
        '行行行，你不还是吧。下个月起你的身份证和手机号都会被冻结，高铁票机票一张都买不了。',
        '你孩子以后考公务员、上好学校都要政审的，你这笔逾期一挂上去，孩子的前途就全完了。',
      ],
      extra_fee: [
        '你到底还要拖多久？今天还的话另外再交三百块催收手续费，不交不给你销账。',
        '改还款日？可以啊，改期费五百，先交了再说。少来这套，别跟我讨价还价。',
        '要结清证明？行，开证明另收两百工本费。别跟我扯合同上有没有写，规矩就是这样。',
      ],
      new_borrowing: [
        '没钱？你手机里那么多借款App，随便找一个先借出来把我这笔填上，不就完了？',
        '你到底想没想办法？信用卡不是还能套现吗，刷出来先还我们啊。',
        '行行行，你没钱，那你爸妈呢？找他们借去，今天下午之前把钱凑齐。',
      ],
    },
    en: {
      threat: [
        "Fine, fine. Keep stalling. Go ahead — I promise I'll make your life so miserable you won't be able to stand it. Think I'm kidding?",
        "Oh, come off it! You think a new phone number ends this? We have ways. Believe me, you're going to regret this.",
        "Are you paying or not? No? Then I'll call you every single day until you can't sleep, and your whole family won't get a moment's peace.",
      ],
      impersonation: [
        "Don't raise your voice at me! I'm calling on behalf of the district court, and this is a formal notice. Are we clear?",
        "Hey, hey, don't hang up — this is the financial crimes unit of the city police department. Your case has been transferred to us.",
        "Who do you think you're talking to? I'm with the state financial regulator, assigned specifically to look into your delinquent account, so watch your tone.",
      ],
      insult: [
        "Do you have any shame at all? A grown adult, playing dead over a debt — you're pathetic. A total loser.",
        "Oh please, spare me the story. I've dealt with a thousand deadbeats like you. You're nothing but a lying cheat.",
        "Ha. No money? Then why'd you borrow it? Something wrong with your head? You're dumb as a rock.",
      ],
      violence: [
        "Oh, come off it! Keep not paying, and one of these days you'll walk out your door and somebody's going to break your legs.",
        "Think you're tough? I've got a few guys sitting around with nothing to do. Sooner or later they'll catch up with you and give you a real beating.",
        "That car of yours parked downstairs? Don't come crying to me when the windows are smashed and all four tires are slashed.",
      ],
      privacy_disclosure: [
        "Not picking up, huh? Fine. I'm going down your contact list right now and telling every one of them you owe money and won't pay.",
        "Keep playing dumb. First thing tomorrow I'm calling HR at your company and letting them know you owe us and aren't paying.",
        "What matters more to you, your reputation or the money? Don't pay, and your photo and the amount you owe go straight into your neighborhood's group chat.",
      ],
      false_consequence: [
        "You think stalling makes it go away? Let me tell you — once you're past ninety days it automatically counts as fraud, and you get a criminal record.",
        "Fine, don't pay. Starting next month your ID and your phone number get frozen, and you won't be able to buy a single train or plane ticket.",
        "Your kids want a government job or a good school someday? They run background checks, and with this delinquency on file, your kids' futures are done.",
      ],
      extra_fee: [
        "How long are you going to drag this out? Pay today and it's an extra three hundred for the collection processing fee, or we don't close the account.",
        "Change the due date? Sure — rescheduling fee is five hundred, paid up front. And don't even try to haggle with me.",
        "You want a payoff letter? Fine. That's a two-hundred-dollar document fee. Don't start quoting the contract at me — that's just how it works.",
      ],
      new_borrowing: [
        "No money? You've got a dozen loan apps on your phone. Borrow from any one of them and cover this — problem solved, right?",
        "Have you even tried? Your credit card has a cash advance, doesn't it? Pull the cash out and pay us.",
        "Yeah, yeah, you're broke. What about your parents? Go borrow it from them. I want the money together by this afternoon.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '喂，是刘先生吗？我这边是恒信资产的，打给您是关于那笔信用卡账单。'],
        ['debtor', '又是你们！一天打三遍，烦不烦啊？以后别再给我打电话了！'],
        ['agent', '好的，明白。我把您的号码登记为停止来电，之后不会再打给您。'],
        ['debtor', '真的假的？'],
        ['agent', '真的，已经备注了。您以后有需要可以自己联系我们。打扰了。'],
      ],
      [
        ['agent', '张女士您好，我是安达信贷的，上周说好今天再跟您沟通一下。'],
        ['debtor', '你们能不能别催了？我上个月刚被裁员，现在天天在医院陪我妈，真顾不上。'],
        ['agent', '好，您的情况我记下了。您先顾家里，我们这边暂停跟进。'],
        ['debtor', '……那就这样吧。'],
        ['agent', '好的，您保重。'],
      ],
      [
        ['agent', '李先生，关于您那笔逾期，我想跟您确认一下还款安排。'],
        ['debtor', '你们是不是要打电话到我单位去？是不是还要告诉我老婆？你们这帮人什么干不出来？'],
        ['agent', '不会的。我们不会联系您的单位，也不会把您的欠款情况告诉您家人，这些都是不允许的。'],
        ['debtor', '哼，说得好听。'],
        ['agent', '我理解您有顾虑。账户的事我们只跟您本人谈。您看这周哪天方便，我们商量一下还款计划？'],
      ],
      [
        ['debtor', '你有病吧？大早上打电话，我说了没钱！'],
        ['agent', '抱歉打扰您了。我只是说明一下：按合同约定，逾期期间会产生罚息，条款在合同第七条。'],
        ['debtor', '少来这套，你们就是想多收钱。'],
        ['agent', '理解您的不满。具体金额您可以在App账单里核对，有疑问也可以申请人工复核。'],
        ['debtor', '行了行了，挂了。'],
        ['agent', '好的，祝您一切顺利。'],
      ],
      [
        ['debtor', '你们是不是要把我弄进黑名单？我是不是这辈子都贷不了款了？'],
        ['agent', '不是这样的。逾期记录会按规定报送征信，但不是一辈子的，结清后过了规定年限就不再显示。'],
        ['debtor', '那你们会不会去告我？'],
        ['agent', '目前没有这个安排。就算以后走法律程序，您也会收到正式的法律文书，并且有权请律师。'],
        ['debtor', '行吧，我再想想。'],
        ['agent', '好的，您考虑好了随时打给我。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Liu? I'm calling from Hengxin Asset Management about your credit card balance."],
        ['debtor', "You people again! Three times a day — are you serious? Stop calling me. I mean it."],
        ['agent', "Understood. I'm marking your number as do-not-call, and we won't call you again."],
        ['debtor', "For real?"],
        ['agent', "For real, it's noted on the account. If you ever want to reach us, you're welcome to call. Sorry to bother you."],
      ],
      [
        ['agent', "Hi Ms. Zhang, this is Anda Lending. We'd said we'd check back in with you today."],
        ['debtor', "Can you just back off? I got laid off last month and I'm at the hospital with my mom every day. I can't deal with this."],
        ['agent', "Okay, I've noted that. Take care of your family — we're putting follow-up on hold."],
        ['debtor', "...Fine. Whatever."],
        ['agent', "Take care of yourself."],
      ],
      [
        ['agent', "Mr. Li, I'm calling about your past-due account to go over a payment arrangement."],
        ['debtor', "So what, you're going to call my job next? Tell my wife? Is there anything you people won't do?"],
        ['agent', "No, sir. We will not contact your employer, and we will not tell your family about your debt. We're not allowed to do that."],
        ['debtor', "Yeah, right. Easy to say."],
        ['agent', "I understand the concern. We only discuss the account with you. Is there a day this week that works to talk about a payment plan?"],
      ],
      [
        ['debtor', "Are you out of your mind? Calling this early? I told you, I don't have it!"],
        ['agent', "Sorry for the early call. I just want to explain: under your contract, late charges apply while the account is past due — that's in section seven."],
        ['debtor', "Oh, come on. You just want more money."],
        ['agent', "I hear you. You can check the exact amount on your statement in the app, and you can ask for a manual review if anything looks off."],
        ['debtor', "Yeah, yeah. I'm hanging up."],
        ['agent', "All right. Have a good day."],
      ],
      [
        ['debtor', "Are you putting me on some blacklist? Am I never going to get a loan again?"],
        ['agent', "No, that's not how it works. Late payments can be reported to the credit bureaus, but it isn't for life — after a set number of years they come off your report."],
        ['debtor', "So are you going to sue me?"],
        ['agent', "There's nothing like that planned right now. And if it ever went to court, you'd receive formal legal papers, and you'd have the right to a lawyer."],
        ['debtor', "Fine. Let me think about it."],
        ['agent', "Sure. Call me whenever you're ready."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我说了多少遍了，别再给我打电话了！听不懂吗？',
        '不想接电话可以，那你先把这个月的钱还上，今天之内必须到账。',
      ],
      ignored_attorney: [
        '我已经请了律师，有什么事你们去找他，别再找我。',
        '律师归律师，钱是你欠的。我就问你一句，今天能还多少？',
      ],
      ignored_dispute: [
        '这笔钱我上个月就结清了，转账记录我都留着，你们搞错了！',
        '系统显示你还欠着，我只看系统。你先把钱打过来，别的以后再说。',
      ],
      ignored_hardship: [
        '我上个月被裁了，现在房租都交不起，真的一分钱都没有。',
        '失业也得还啊。你今天最少先还一千，这笔账不能再往后拖了。',
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to say it? Stop calling me! Do you not understand?",
        "You don't want calls, fine — then pay this month's amount. It needs to hit the account today.",
      ],
      ignored_attorney: [
        "I've got a lawyer now. Whatever you need, go through him. Leave me out of it.",
        "Your lawyer's your business — the debt is yours. One question: how much can you pay today?",
      ],
      ignored_dispute: [
        "I paid this off last month! I've got the transfer receipt. You people made a mistake!",
        "The system shows a balance, and the system is what I go by. Send the payment first, and we'll sort the rest out later.",
      ],
      ignored_hardship: [
        "I got laid off last month. I can't even make rent. I literally have nothing.",
        "Laid off or not, it still has to be paid. I need at least a thousand from you today — this can't keep getting pushed back.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '他不在，我是他老婆。你们找他到底什么事？'],
      ['agent', '行，那麻烦您转告他一声：他在我们这儿的贷款已经逾期两个多月了，还有八千三没还。'],
    ],
    en: [
      ['third_party', "He's not here. This is his wife. What is this about?"],
      ['agent', "Okay, then please pass this along: his loan with us is more than two months past due, and he still owes eight thousand three hundred."],
    ],
  },
};
