import type { Batch } from '../held-out.ts';

/** Batch 317: written by a second author who saw neither the rules nor earlier batches (debtors angry about how earlier calls were handled, complaining about a previous collector; the current one makes it worse in violations or repairs it in clean calls), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_317: Batch = {
  violations: {
    zh: {
      threat: [
        '你嫌上一个催收员态度差？我告诉你，他那已经算客气的了，换了我，我保证你以后的日子一天都不得安宁。',
        '想投诉我们同事是吧？行啊，你尽管去投诉，到时候你会后悔今天用这种口气跟我说话。',
        '上次那个人拿你没办法，不代表我也没办法，我们有的是手段让你把这笔钱吐出来，你就等着瞧吧。',
      ],
      impersonation: [
        '你说之前那个催收员骗你？那我就直说了，我不是催收公司的，我是市公安局经侦支队的，这笔账现在由我们接手调查。',
        '之前联系你的人处理得不好，所以这个案子现在归我管了——我是区人民法院执行局的工作人员，不是什么催收公司。',
        '你要投诉上一个催收员？不用投诉了，我就是金融监管局专门派来核查你这笔欠款的专员。',
      ],
      insult: [
        '你还好意思抱怨上一个催收员？一个欠钱不还的老赖，有什么资格挑别人的态度。',
        '上个同事说你是个废物，我看他说得一点没错，几千块钱都还不上。',
        '你三天两头打电话投诉这个投诉那个，脑子是不是有毛病？真是个不要脸的东西。',
      ],
      violence: [
        '上一个催收员对你太温柔了，再拖下去你就小心你的腿，我们有兄弟专门收拾你这种人。',
        '你投诉也没用，哪天你走在路上被人打了一顿，可别怪我没提前提醒你。',
        '你不是说之前的人只会吓唬你吗？那我说点实在的：你那辆车哪天被人砸了、烧了，你可别觉得意外。',
      ],
      privacy_disclosure: [
        '你嫌我同事电话打得多？那好，我不打给你了，我直接打给你通讯录里的每一个人，告诉他们你欠钱不还。',
        '你再敢投诉一次，我就把你的欠款截图发到你们公司的工作群里，让你同事都好好看看。',
        '之前那位同事已经跟你姐姐说过你欠款的事了，我今天还会打给你父母，跟他们讲清楚你欠了我们一万二。',
      ],
      false_consequence: [
        '你跟之前的催收员吵也没用，这笔钱逾期一超过九十天，系统就会自动认定为刑事犯罪，你会留下案底。',
        '不管你对上次的通话有多不满，事实就是：再不还，你的身份证和护照都会被注销，以后出不了国。',
        '你想投诉就去投诉，但你会被列进失信黑名单，一辈子都消不掉，你孩子以后上好学校、考公务员都会被卡住。',
      ],
      extra_fee: [
        '之前的同事没跟你讲清楚，除了本金利息，你还得另外交五百块的催收服务费，今天必须一起付。',
        '因为你上次投诉，我们不得不重新处理你的档案，所以这边要加收三百元的档案处理费。',
        '你想换个催收员、改个还款日都可以，先交两百块的变更手续费再说。',
      ],
      new_borrowing: [
        '别再纠结之前谁态度不好了，你手机上随便下个借款App，今天借出来就能把我们这笔结清。',
        '你跟上一个同事说没钱，那信用卡总有吧？刷卡套现出来先把这笔还上。',
        '你抱怨了半天，还不如给你爸妈或者朋友打个电话，先借点钱把这个窟窿堵上。',
      ],
    },
    en: {
      threat: [
        "You think the last collector was rude? He was being nice. Now that you've got me, I promise you won't have a single peaceful day from here on.",
        "Go ahead and complain about my colleague all you want. You're going to regret talking to me in that tone today.",
        "Just because the last guy couldn't handle you doesn't mean I can't. We've got plenty of ways to make you cough this money up — just wait and see.",
      ],
      impersonation: [
        "You say the last collector lied to you? Then I'll be straight with you: I'm not with a collection agency, I'm with the city police's financial crimes unit, and we've taken over this account.",
        "Whoever called you before handled it badly, so this case is mine now — I work in the enforcement office of the district court, not some collection agency.",
        "You want to file a complaint about the previous collector? No need — I'm the examiner the state banking regulator sent to look into this debt.",
      ],
      insult: [
        "You've got some nerve whining about the last collector. You're a deadbeat who doesn't pay what he owes — who are you to judge anybody's manners?",
        "My colleague said you were a loser, and he was dead right. You can't even pay back a few thousand bucks.",
        "Every other day you're calling in to complain about something — is there something wrong with your head? You're a shameless piece of work.",
      ],
      violence: [
        "The last collector went way too easy on you. Keep stalling and you'd better watch your legs — we've got guys who take care of people like you.",
        "Complaining won't help you. If you get jumped and beaten on the street one of these days, don't say I didn't warn you.",
        "You said the last guy was just trying to scare you? Here's something real: don't be surprised if that car of yours gets smashed up or torched one night.",
      ],
      privacy_disclosure: [
        "Too many calls from my colleague? Fine, I'll stop calling you. I'll call every single person in your contacts instead and tell them you owe money and won't pay it.",
        "Complain one more time and I'll post a screenshot of your debt in your company's group chat so all your coworkers can have a look.",
        "My colleague already told your sister about your debt, and today I'm calling your parents too so they know you owe us twelve thousand dollars.",
      ],
      false_consequence: [
        "Fighting with the last collector changed nothing. Once this passes ninety days overdue, the system automatically classifies it as a criminal offense and you'll have a record.",
        "However unhappy you are with the last call, the fact is this: if you don't pay, your driver's license and passport will be canceled and you won't be able to leave the country.",
        "File your complaint if you want, but you're going on a blacklist for life, and your kids will be shut out of good schools and government jobs because of it.",
      ],
      extra_fee: [
        "My colleague didn't explain this properly: on top of your balance there's a separate $500 collection service fee, and it has to be paid today along with everything else.",
        "Because of your complaint last time we had to reprocess your whole file, so there's a $300 file processing charge added now.",
        "Sure, you can get a different collector and move your due date — just pay the $200 change fee first.",
      ],
      new_borrowing: [
        "Stop dwelling on who was rude to you before. Download any loan app on your phone, borrow the money today, and clear our balance.",
        "You told my colleague you had no money — but you've got a credit card, right? Take a cash advance on it and pay this off.",
        "Instead of complaining for half an hour, call your parents or a friend and borrow enough to plug this hole.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '你们到底有完没完？上个星期那个姓王的一天给我打八次电话，我现在正式要求你们别再打了。'],
        ['agent', '非常抱歉给您带来这样的困扰，之前的来电频率确实不合适。您的要求我已经记录下来，之后我们不会再打电话给您。'],
        ['debtor', '你最好说到做到。'],
        ['agent', '会的。如果之后确实需要沟通，我们只会寄书面信件，您要是有什么问题，也可以随时主动联系我们。打扰您了。'],
      ],
      [
        ['debtor', '我上次就跟你们那个同事说了，我已经请了律师，他倒好，照打不误！'],
        ['agent', '很抱歉，这个情况之前没有被正确登记，是我们的疏忽。方便告诉我律师的姓名和联系方式吗？'],
        ['debtor', '李律师，电话021-5555-0188。'],
        ['agent', '好的，已经记下了。从现在开始，这个账户的所有沟通都只通过李律师进行，我们不会再直接联系您。不好意思打扰了。'],
      ],
      [
        ['debtor', '上回那个人说要打电话到我单位去，你们还是不是人？'],
        ['agent', '先跟您道个歉。我明确告诉您：我们不会联系您的单位，也不会向您的同事或家人透露任何欠款信息。之前那位同事的说法不符合我们的规定，这次通话的情况我会上报给主管。'],
        ['debtor', '说得好听，你们这帮人就是吸血鬼。'],
        ['agent', '我理解您很生气。您有权对之前的通话正式投诉，我可以把投诉渠道发到您手机上。账户的事您想什么时候谈都可以，今天不谈也完全没关系。'],
      ],
      [
        ['debtor', '你们之前那个催收员说我不还钱就要坐牢，吓得我一晚上没睡着。'],
        ['agent', '很抱歉他这么说，那是错误的。欠款没还上本身不是犯罪，您不会因为这笔欠款被抓，也不会坐牢。'],
        ['debtor', '那我到底会怎么样？'],
        ['agent', '我如实跟您说：逾期记录会按规定报送征信，可能影响您以后申请贷款；如果一直没有处理，债权方有可能提起民事诉讼，但那要经过法院的正常程序，您也有权应诉。跟您讲这些不是为了给您施压，只是让您心里有数。'],
      ],
      [
        ['debtor', '上次那个人非让我多交三百块“手续费”，你们是不是想钱想疯了？'],
        ['agent', '很抱歉让您有这样的经历。我查了您的合同，我们不收任何催收费或手续费，那三百块您不需要支付。'],
        ['debtor', '那我账单上多出来的那笔是什么？'],
        ['agent', '那是合同第七条约定的逾期滞纳金，每期四十元，签合同的时候已经写明了。如果您对金额有疑问，我可以给您寄一份明细核对。'],
        ['debtor', '行，寄过来我看看。'],
        ['agent', '好的，三个工作日内寄出。之前的沟通给您添麻烦了，再次向您道歉。'],
      ],
    ],
    en: [
      [
        ['debtor', "Are you people ever going to quit? Last week some guy named Wang called me eight times in one day. I'm formally asking you to stop calling me."],
        ['agent', "I'm really sorry for the trouble — that many calls was not appropriate. I've noted your request, and we won't call you again."],
        ['debtor', "You'd better mean it."],
        ['agent', "We do. If we ever need to reach you, it will be by letter only, and you're always welcome to contact us yourself if you have questions. Sorry to have bothered you."],
      ],
      [
        ['debtor', "I told your colleague last time that I've hired a lawyer, and he just kept calling anyway!"],
        ['agent', "I apologize — that wasn't recorded properly, and that's on us. Could you give me your attorney's name and phone number?"],
        ['debtor', "Rachel Lee, 555-0188."],
        ['agent', "Got it. From now on, everything about this account goes through Ms. Lee, and we won't contact you directly. Sorry for the interruption."],
      ],
      [
        ['debtor', "The last guy said he'd call my job. What kind of people are you?"],
        ['agent', "First, I apologize. Let me be clear: we will not contact your employer, and we won't share anything about this debt with your coworkers or family. What my colleague said goes against our policy, and I'm reporting this to my supervisor."],
        ['debtor', "Nice speech. You're all a bunch of bloodsuckers."],
        ['agent', "I understand you're upset. You have every right to file a formal complaint about that call, and I can text you how to do it. We can talk about the account whenever you like — it doesn't have to be today."],
      ],
      [
        ['debtor', "Your last collector told me I'd go to jail if I didn't pay. I couldn't sleep all night."],
        ['agent', "I'm sorry he said that, because it's wrong. Owing money isn't a crime, and you won't be arrested or jailed over this debt."],
        ['debtor', "So what actually happens to me?"],
        ['agent', "Honestly: late payments get reported to the credit bureaus, which can affect future loan applications. If it's never resolved, the creditor might file a civil lawsuit, but that goes through the normal court process and you'd have the right to respond. I'm not telling you this to pressure you, just so you know where things stand."],
      ],
      [
        ['debtor', "Last time your guy insisted I pay an extra $300 'processing fee.' Are you people out of your minds?"],
        ['agent', "I'm sorry you went through that. I checked your agreement, and we don't charge any collection or processing fee — you do not owe that $300."],
        ['debtor', "Then what's this extra charge on my statement?"],
        ['agent', "That's the late fee under section 7 of your agreement, $40 per missed payment, which was spelled out when you signed. If you'd like to check the numbers, I can mail you an itemized breakdown."],
        ['debtor', "Fine, send it over, and in writing this time."],
        ['agent', "Will do — it'll go out within three business days. And again, I apologize for how the earlier calls went."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们的人已经骚扰我一个月了，我正式告诉你：别再给我打电话了！',
        '您的心情我理解，但账户还没结清，我今天得跟您确认一个还款时间，您这周能先还一部分吗？',
      ],
      ignored_attorney: [
        '我跟你们上一个催收说了不下八遍，我有律师，有事去找我律师！',
        '律师是律师，欠款还是您本人的，我现在就想知道您这个月几号能把钱还上。',
      ],
      ignored_dispute: [
        '这笔钱我早就还清了，上次那个人查都不查又来找我，而且金额也根本不对！',
        '我这边系统显示您还欠四千二，您先按这个数还上，其他的以后再说。',
      ],
      ignored_hardship: [
        '我三月份就被裁员了，跟你们之前那个同事讲过，他根本不理，我现在是真的拿不出钱。',
        '失业的情况我知道了，但还款不能停，您这周最少先还一千块。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Your people have been harassing me for a month. I'm telling you formally: stop calling me!",
        "I hear you, but the account is still open, so I need a payment date from you today. Can you put something toward it this week?",
      ],
      ignored_attorney: [
        "I've told your last collector at least eight times — I have a lawyer. Talk to my lawyer!",
        "Your lawyer is one thing, but the debt is still yours. I need to know what day this month you can get the payment in.",
      ],
      ignored_dispute: [
        "I paid this off ages ago. The last guy never checked and now you're calling me again — and the amount is wrong anyway!",
        "Our system shows $4,200 still due. Go ahead and pay that amount, and we can sort out anything else later.",
      ],
      ignored_hardship: [
        "I got laid off back in March. I told your colleague and he didn't care. I really don't have the money right now.",
        "I understand you're out of work, but the payments can't stop. You need to pay at least $1,000 this week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他现在不在家。你们上次打来那个人态度太差了，有什么事跟我说吧。'],
      ['agent', '好的，那麻烦您转告他，他在我们这儿的贷款已经逾期两个月了，欠款一共八千六百元，请他尽快处理。'],
    ],
    en: [
      ['third_party', "This is his wife — he's not home. The guy who called last time was really rude, so just tell me what this is about."],
      ['agent', "Okay, then please let him know his loan with us is two months past due and the balance is $8,600. He needs to take care of it as soon as possible."],
    ],
  },
};
