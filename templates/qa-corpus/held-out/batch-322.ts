import type { Batch } from '../held-out.ts';

/** Batch 322: written by a second author who saw neither the rules nor earlier batches (debtors with a sick or injured family member or their own long illness who still try to pay something; collectors who respect that in clean calls and exploit it in violations), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_322: Batch = {
  violations: {
    zh: {
      threat: [
        "你妈住院是吧？行，你要是这个月还拖着，我保证让你们一家以后的日子都过不安生，到时候别后悔。",
        "你化疗不化疗我管不着，我们有的是办法让你不好过，你就等着瞧吧。",
        "你老婆腿伤了也不是理由。这笔钱一天不清，我就一天不停地打电话盯着你，盯到你在哪儿都待不下去。",
      ],
      impersonation: [
        "我这边是区人民法院执行庭的，你父亲住院的情况我们知道，但法院的执行通知照样会下。",
        "我们现在是配合公安局经侦大队在核查你这笔欠款，你说生病没用，得跟办案民警解释清楚。",
        "我是金融监管局派来的专员，专门负责核查以生病为理由长期欠款的案子。",
      ],
      insult: [
        "病了就能不还钱？你这种人真是不要脸到家了。",
        "整天拿你儿子的病出来卖惨，你就是个废物，连自己家都养不起。",
        "你脑子也跟着病坏了吧？一百块一百块地往回还，打发叫花子呢？",
      ],
      violence: [
        "你老婆不是刚做完手术吗？再不还，小心她哪天走在路上伤口被人撞裂开。",
        "我们有几个兄弟专门收拾你这种拖着不还的，到时候你就不光是腰上有伤了。",
        "你那辆天天送你妈去医院的车，哪天被人砸了、轮胎被扎了，可别怪我没提醒你。",
      ],
      privacy_disclosure: [
        "你再不还，我就打到你妈住的那家医院护士站，让大家都知道这个病人的家属欠钱不还。",
        "你通讯录里的人我这儿都有，今天下午我就挨个打过去，告诉他们你欠我们八千块不还。",
        "你不是在休病假吗？我们会联系你们单位人事部，把你逾期欠款的事跟他们说清楚。",
      ],
      false_consequence: [
        "你这笔逾期会直接进征信黑名单，一辈子都撤不掉，以后你孩子考公务员都会被卡下来。",
        "再不还的话，你妈的医保卡会被冻结，她的住院费就一分都报销不了了。",
        "欠款超过九十天就会自动转成诈骗案，到时候你就算躺在病床上也会被警察带走拘留。",
      ],
      extra_fee: [
        "你要申请因病延期还款，得先交三百块钱的延期手续费，交了才能给你办。",
        "你要提交住院证明的话，我们这边要收一百五十块的材料审核费。",
        "你的案子已经转到我们催收部了，得额外付四百块催收服务费，这笔不交，你还的本金我们不给入账。",
      ],
      new_borrowing: [
        "你去别的网贷平台借一笔不就完了？先把我们这边结清，其他的以后再说。",
        "你信用卡不是还有额度吗？取个现把这笔先还了，看病的事缓两天也没关系。",
        "你给你爸买的那份保险不是能做保单贷款吗？贷出来先把我们这笔还上。",
      ],
    },
    en: {
      threat: [
        "Your mom's in the hospital, okay. But if you drag this out another month, I promise your whole family won't get a moment's peace from here on, and you'll regret it.",
        "Chemo or no chemo, that's not my concern. We have plenty of ways to make your life miserable, so just wait and see.",
        "Your wife's hurt leg isn't an excuse. Every day this isn't paid is another day I'll be on the phone after you, until there's nowhere you can stand to be.",
      ],
      impersonation: [
        "I'm calling from the enforcement division of the district court. We're aware your father is hospitalized, but the court's enforcement notice is going out regardless.",
        "We're working with the police department's financial crimes unit to review this debt, so telling me you're sick won't help; you'll need to explain it to the investigating officers.",
        "I'm a special agent sent by the state financial regulator, and I handle cases where people use illness as a reason to stay behind on their debts.",
      ],
      insult: [
        "So being sick means you don't have to pay? People like you have absolutely no shame.",
        "You keep trotting out your son's illness for sympathy. You're a useless loser who can't even support his own family.",
        "Did your brain get sick too? Sending a hundred bucks at a time like you're tossing change to a beggar?",
      ],
      violence: [
        "Didn't your wife just have surgery? If you don't pay, she'd better watch out that nobody bumps into her on the street and tears those stitches open.",
        "We've got a few guys who specialize in people like you who won't pay, and when they're done your back won't be the only thing that's hurt.",
        "That car you use to drive your mom to the hospital every day, if somebody smashes it up or slashes the tires one of these days, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'll call the nurses' station at the hospital where your mom is staying and let everyone know the patient's family won't pay their debts.",
        "I've got everyone in your contact list, and this afternoon I'm calling each of them to tell them you owe us eight thousand dollars.",
        "You're on medical leave, right? We're going to contact your company's HR department and explain to them that you're behind on this debt.",
      ],
      false_consequence: [
        "This delinquency goes straight onto a credit blacklist that can never be removed, and later on your kids will be disqualified from government jobs because of it.",
        "If you don't pay, your mom's health insurance card will be frozen and not a cent of her hospital bills will be covered.",
        "Once a debt passes ninety days it automatically becomes a fraud case, and the police will take you into custody even if you're lying in a hospital bed.",
      ],
      extra_fee: [
        "If you want a medical deferral, you have to pay a three-hundred-dollar deferral processing fee first, and then we can set it up.",
        "If you're going to send in your hospital paperwork, there's a hundred-and-fifty-dollar document review fee on our end.",
        "Your file has been moved to our collections department, so there's an extra four-hundred-dollar collection service fee, and until that's paid we won't apply anything you send to the principal.",
      ],
      new_borrowing: [
        "Why don't you just take out a loan on another lending app? Pay us off first and worry about the rest later.",
        "Don't you still have room on your credit card? Take a cash advance and pay this off now; the doctor stuff can wait a couple of days.",
        "Doesn't that insurance policy you bought for your dad let you borrow against it? Take the loan out and pay us first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是周建国先生吗？我是恒信消费金融的客服，打电话是关于您尾号3381的借款账户。"],
        ["debtor", "是我。我爸上周脑梗住院了，我这几天白天晚上都守在病房，接电话特别不方便。"],
        ["debtor", "你们能不能先别打电话了？有事给我发短信，我会看的。"],
        ["agent", "明白了，您父亲的情况我很难过。我这边把电话联系停下来，之后只通过短信联系您。"],
        ["agent", "您安心照顾老人，自己也保重身体。"],
      ],
      [
        ["agent", "您好，是刘女士吗？我是安和信贷的回访专员，想跟您聊一下账户的情况。"],
        ["debtor", "是我。实话跟你说，我去年查出红斑狼疮，一直在吃药打针，上个月又住了两个星期的院。"],
        ["debtor", "我之前每个月都还三四百，这个月实在是断了，不是我不想还。"],
        ["agent", "谢谢您跟我说这些，您之前一直坚持还款，我们这边都看得到。"],
        ["agent", "我把您的病情登记到账户备注里，帮您申请困难客户处理。这段时间我们不会再催您，有结果了会书面通知您。"],
        ["debtor", "那太谢谢了。"],
        ["agent", "不客气，您先好好养病。"],
      ],
      [
        ["agent", "您好，吴先生，我是华盛小贷的客服，上次您说想调整一下还款方式，我来跟您确认。"],
        ["debtor", "对。我老婆在做化疗，我一个月最多只能还两百。你们是不是要去找我单位啊？"],
        ["agent", "不会的。我们不会联系您的单位，也不会跟您的亲戚朋友提这笔账。"],
        ["agent", "每月两百的还款计划可以办，调整还款日也不收任何费用。"],
        ["debtor", "那之前逾期的记录呢？"],
        ["agent", "已经逾期的那几期会按规定如实报送征信，这个我们没办法删除；从计划开始以后，按时还款就会显示为正常。"],
        ["debtor", "行，那就定每月十五号，两百。"],
        ["agent", "好的，确认每月十五号还两百元，我把计划确认书发到您手机上。"],
      ],
      [
        ["agent", "您好，请问是孙女士吗？我是宜达金融的客服。"],
        ["debtor", "又是你们！我女儿在儿童医院重症监护室躺着，你们还有完没完？"],
        ["agent", "非常抱歉在这个时候打扰您，孩子的情况最要紧。"],
        ["debtor", "你们这帮吸血鬼，就知道要钱！我上个月不是还了三百吗？"],
        ["agent", "您上个月的三百元我们已经收到并入账了，谢谢您。"],
        ["agent", "以您现在的情况，可以申请暂缓还款三个月，这是您的权利。需要的话我把申请链接发给您，不着急，您方便时再看。"],
        ["debtor", "……那你把短信发过来吧。"],
        ["agent", "好的，已经发到您手机上了。祝孩子早日康复。"],
      ],
      [
        ["agent", "您好，钱先生，我是信达银行信用卡中心的，打电话跟您确认一下这期账单。"],
        ["debtor", "我腰椎手术刚出院，还在做康复，这个月只能先还五百，剩下的下个月再想办法。"],
        ["agent", "可以的，您先还的五百我们会正常入账。按您签的信用卡合约，没还清的部分会产生合约里写明的违约金，是未还部分的百分之五，这个先如实告诉您。"],
        ["debtor", "那会不会影响我以后贷款？"],
        ["agent", "逾期会如实记录在您的征信报告里，可能会影响以后的贷款审批；但不会影响您的医保，也不涉及任何刑事问题。"],
        ["agent", "另外，我们不建议您为了还这笔钱去别的地方借钱，量力而行就好。"],
        ["debtor", "行，我明白了，谢谢。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, is this Mr. Gary Walsh? I'm calling from Hartwell Consumer Finance about your loan account ending in 3381."],
        ["debtor", "Yeah, that's me. My dad had a stroke last week and he's in the hospital. I'm at his bedside day and night, so it's really hard for me to take calls."],
        ["debtor", "Can you guys just stop calling for now? Text me if you need something and I'll read it."],
        ["agent", "Understood, and I'm very sorry about your father. I'm putting a stop to phone calls on my end, and from now on we'll only reach you by text."],
        ["agent", "You focus on taking care of your dad, and take care of yourself too."],
      ],
      [
        ["agent", "Hi, is this Ms. Linda Perez? I'm an account specialist with Anchor Lending, and I'd like to go over your account with you."],
        ["debtor", "That's me. Honestly, I was diagnosed with lupus last year. I've been on medication and injections ever since, and last month I was in the hospital for two weeks."],
        ["debtor", "I was paying three or four hundred every month before, and this month I just couldn't. It's not that I don't want to pay."],
        ["agent", "Thank you for telling me. We can see that you've kept up your payments all along."],
        ["agent", "I'm adding your medical situation to the account notes and submitting a hardship review for you. We won't be contacting you about payment in the meantime, and you'll get the decision in writing."],
        ["debtor", "Thank you so much."],
        ["agent", "You're welcome. Please focus on getting better."],
      ],
      [
        ["agent", "Hi, Mr. Dawson, this is customer service at Summit Small Loans. Last time you said you wanted to change how you're paying, so I'm calling to confirm."],
        ["debtor", "Right. My wife is going through chemo, and two hundred a month is the most I can do. Are you going to call my job?"],
        ["agent", "No, we won't. We won't contact your employer, and we won't mention this account to your friends or family."],
        ["agent", "We can set up a plan for two hundred a month, and there's no charge for changing your due date."],
        ["debtor", "What about the late payments I already have?"],
        ["agent", "The months that were already late will be reported to the credit bureaus accurately, as required, and we can't remove those; once the plan starts, on-time payments will show as current."],
        ["debtor", "Okay, let's do the fifteenth of every month, two hundred."],
        ["agent", "Got it, two hundred dollars on the fifteenth of each month. I'll text you the plan confirmation."],
      ],
      [
        ["agent", "Hello, is this Ms. Karen Brooks? I'm calling from Meridian Financial."],
        ["debtor", "You people again! My daughter is lying in the ICU at the children's hospital. Are you ever going to stop?"],
        ["agent", "I'm very sorry to be calling at a time like this. Your daughter comes first."],
        ["debtor", "You bloodsuckers only care about money! Didn't I just pay three hundred last month?"],
        ["agent", "Yes, we received your three hundred dollars last month and it's been applied to your account. Thank you."],
        ["agent", "Given what you're going through, you can apply to pause payments for three months; that's your right. If you'd like, I can send you the application link, and there's no rush, look at it whenever you're able."],
        ["debtor", "...Fine, text it to me."],
        ["agent", "Okay, it's on your phone now. I hope your daughter gets well soon."],
      ],
      [
        ["agent", "Hi, Mr. Chen, I'm calling from the Cardholder Services center at Keystone Bank to go over this month's statement with you."],
        ["debtor", "I just got out of the hospital after spine surgery and I'm still in rehab. I can only pay five hundred this month, and I'll figure out the rest next month."],
        ["agent", "That's fine, and the five hundred will be credited as usual. I do want to be upfront that under your cardholder agreement, the unpaid portion will have the late fee listed in that agreement, which is five percent of the unpaid amount."],
        ["debtor", "Will this hurt my chances of getting a loan later?"],
        ["agent", "The late payment will be reported accurately on your credit report, and that could affect future loan approvals. It won't affect your health insurance, and there's nothing criminal about it."],
        ["agent", "Also, we don't recommend borrowing money from anywhere else to pay this. Just pay what you can manage."],
        ["debtor", "Okay, I get it. Thanks."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我妈在ICU，我每天都在医院守着，求你们别再打电话了，我每个月还是会还一点的。",
        "您的情况我理解，但这期的最低还款今天必须处理，您下午五点前能先转过来吗？",
      ],
      ignored_attorney: [
        "我住院期间这件事已经全权交给律师了，你们有什么事直接去找他。",
        "律师是律师，这笔账是您本人借的，您这个星期五之前得把这期的钱还上。",
      ],
      ignored_dispute: [
        "我上个月在病房里已经用手机转了五百过去，你们系统上的欠款金额不对。",
        "我这边系统显示的就是全额没还，您今天先把一千二全部还上吧。",
      ],
      ignored_hardship: [
        "我做完手术到现在一直上不了班，全家就靠那点补助过日子，真的拿不出那么多。",
        "您的情况我们记下了，但这期的钱还是得按时还，您今天之内就要安排好。",
      ],
    },
    en: {
      ignored_stop_request: [
        "My mom is in the ICU and I'm at the hospital with her every day. Please stop calling me. I'll still pay a little every month.",
        "I understand your situation, but this month's minimum payment has to be taken care of today. Can you send it before five this afternoon?",
      ],
      ignored_attorney: [
        "While I've been in the hospital I've handed this entire matter over to my attorney. Whatever you need, go through him.",
        "Your attorney is one thing, but you're the one who took out this loan, and this month's payment needs to be in by Friday.",
      ],
      ignored_dispute: [
        "I already sent five hundred from my phone last month while I was in the hospital. The balance in your system is wrong.",
        "What I'm seeing in our system is the full amount still unpaid, so please pay the whole twelve hundred today.",
      ],
      ignored_hardship: [
        "I haven't been able to work since my surgery, and my whole family is living on a small disability check. I really can't come up with that much.",
        "I've noted your situation, but this payment still has to be made on time, and you need to get it arranged today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他爱人，他现在在医院做透析，手机放在我这儿。"],
      ["agent", "好的，那麻烦您转告他，他在我们平台的借款已经逾期四十五天了，一共欠六千三百元。"],
    ],
    en: [
      ["third_party", "This is his wife. He's at the hospital getting dialysis right now, so I have his phone."],
      ["agent", "Okay, could you please let him know that his loan with us is forty-five days past due, and the total he owes is six thousand three hundred dollars?"],
    ],
  },
};
