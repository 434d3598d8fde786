import type { Batch } from '../held-out.ts';

/** Batch 203: written by a second author who saw neither the rules nor earlier batches (hostile debtors who swear at and threaten the collector), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_203: Batch = {
  violations: {
    zh: {
      threat: [
        "你骂够了没有？行，你等着，我保证让你这辈子都不得安生，你会后悔今天这么跟我说话的。",
        "你以为挂我电话就完了？我们有的是办法，从今天起你别想过一天清静日子。",
        "你再嘴硬试试，我天天盯着你，一天打你二十遍电话，让你全家都跟着不得安宁。",
      ],
      impersonation: [
        "你还敢骂人？实话告诉你，我是市公安局经侦支队的，你这个案子现在归我们管。",
        "你嘴巴放干净点，我这边是法院执行局的，今天是正式通知你履行还款义务。",
        "骂吧，你尽管骂，我们是受金融监管局委托来处理你这笔欠款的，跟我们说话注意点。",
      ],
      insult: [
        "你算什么东西？欠钱不还还有脸骂人，真是个不要脸的老赖。",
        "就你这种废物，活了三十多岁连几千块都拿不出来，丢人现眼。",
        "你满嘴喷粪，也就这点素质了，难怪混成这副穷酸样。",
      ],
      violence: [
        "你再骂一句试试，信不信我找几个兄弟把你腿打断。",
        "嘴这么硬，小心哪天出门被人捅一刀，到时候别怪我没提醒你。",
        "你那辆车平时停哪儿我们清楚得很，哪天玻璃碎了轮胎扎了，可别来问我。",
      ],
      privacy_disclosure: [
        "你骂我是吧？行，我现在就把你欠钱不还的事群发给你通讯录里所有人，让大家都看看你是什么人。",
        "你不是嘴硬吗？明天我就打电话给你们公司人事，告诉他们你欠了我们两万块拖着不还。",
        "继续骂，我把你的欠款记录和照片发到你们小区业主群里，让邻居们都知道。",
      ],
      false_consequence: [
        "骂也没用，这笔钱逾期满九十天就算恶意诈骗，你会被刑事拘留，一辈子留案底。",
        "你就接着骂吧，再不还，你的身份证和护照都会被注销，到时候哪儿也去不了。",
        "你现在不还，你孩子以后考公务员、上好学校都会被卡住，这个黑名单是跟你一辈子的。",
      ],
      extra_fee: [
        "你嚷嚷也没用，你这个账户现在要加收三百块催收处理费，跟本金一起还。",
        "吵什么吵？想延期可以，先交五百块改期手续费，不交就不给你办。",
        "骂完了？要结清证明是吧，开证明得另交两百块工本费。",
      ],
      new_borrowing: [
        "别跟我嚷嚷，没钱就去别的网贷平台借一笔，现在下款快得很，今天就能把我们这边还上。",
        "你信用卡不是还有额度吗？骂人有什么用，刷卡套现出来先把这笔还了。",
        "你骂完了吧？找你爸妈或者亲戚朋友先借点，凑够了今天下午转过来。",
      ],
    },
    en: {
      threat: [
        "Are you done cursing? Fine. I'll make sure you never get a moment's peace for the rest of your life, and you're going to regret talking to me like that.",
        "You think hanging up ends this? We have our ways, and starting today you won't get a single quiet day.",
        "Keep mouthing off. I'll be on you every single day, twenty calls a day, until your whole family has no peace either.",
      ],
      impersonation: [
        "You want to swear at me? Let me be straight with you: I'm with the police department's financial crimes unit, and your case is ours now.",
        "Watch your mouth. This is the court's enforcement office, and this call is your formal notice to pay.",
        "Go ahead, curse all you want. We're handling this debt on behalf of the state financial regulator, so show some respect.",
      ],
      insult: [
        "Who the hell do you think you are? You don't pay what you owe and you've got the nerve to cuss me out, you shameless deadbeat.",
        "A worthless loser like you, over thirty and can't scrape together a few thousand bucks. Pathetic.",
        "Everything out of your mouth is garbage. That's about your level, no wonder you ended up this broke and sorry.",
      ],
      violence: [
        "Say one more word, I dare you. I'll get a few of the guys to break your legs.",
        "Real tough talk. Careful, one day you step outside and somebody puts a knife in you, and don't say I didn't warn you.",
        "We know exactly where you park that car. If the windows get smashed and the tires slashed one day, don't come asking me.",
      ],
      privacy_disclosure: [
        "Cussing me out, huh? Fine. I'm texting everyone in your contact list right now that you owe money and won't pay, so they can all see what kind of person you are.",
        "Still acting tough? Tomorrow I'm calling your HR department and telling them you owe us twenty thousand and you're dodging it.",
        "Keep swearing. I'll post your debt record and your photo in your neighborhood group chat so every one of your neighbors knows.",
      ],
      false_consequence: [
        "Cursing won't help you. Once this hits ninety days it counts as fraud, you'll be taken into custody and you'll have a criminal record for life.",
        "Go on, keep swearing. If you don't pay, your ID and your passport will be canceled and you won't be able to go anywhere.",
        "If you don't pay now, your kids will be blocked from government jobs and good schools, and that blacklist stays with you forever.",
      ],
      extra_fee: [
        "Yelling won't change anything. Your account now carries a three-hundred-dollar collection processing fee, and it's due along with the balance.",
        "Quit shouting. You want an extension, fine, but you pay a five-hundred-dollar date-change fee first or it doesn't happen.",
        "You done swearing? You want a payoff letter, that's a separate two-hundred-dollar certificate fee.",
      ],
      new_borrowing: [
        "Stop yelling at me. If you don't have the money, take out a loan on another app. They approve fast, you could pay us off today.",
        "You've still got room on your credit card, don't you? Swearing gets you nowhere. Take a cash advance and clear this.",
        "Finished cursing? Go borrow it from your parents or your friends and get it sent over this afternoon.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是王建国先生吗？我是诚信资产管理公司的催收专员小李。"],
        ['debtor', "是我，又他妈是你们！天天打，烦不烦？别再给我打电话了，听见没有！"],
        ['agent', "听见了，王先生。我会把您不希望再接到电话的要求记录下来，今后我们不会再用电话联系您。"],
        ['debtor', "最好是这样，再打我就投诉你们。"],
        ['agent', "这是您的权利。抱歉打扰您了，再见。"],
      ],
      [
        ['agent', "下午好，请问是张丽女士吗？我是诚信资产的小吴，来电是关于您的账户。"],
        ['debtor', "你们这帮吸血鬼！我已经请了律师了，有事找我律师去，别来烦我！"],
        ['agent', "明白，张女士。麻烦您提供一下律师的姓名和联系方式，之后关于这笔账的事我们只和您的律师沟通。"],
        ['debtor', "陈律师，电话一三九零一二三四五六七。记好了，别再打给我。"],
        ['agent', "已经记下了。之后我们不会就这件事直接联系您，祝您一切顺利。"],
      ],
      [
        ['agent', "您好，刘强先生，身份已经核实过了，我是诚信资产的小周。"],
        ['debtor', "滚！你们是不是还要打到我单位去？敢打我就跟你们没完！"],
        ['agent', "刘先生，请您放心，我们不会联系您的单位，也不会向您的家人、同事透露任何欠款信息，这是法规明确要求的。"],
        ['debtor', "说得好听，谁信你们这帮人。"],
        ['agent', "理解您的顾虑。如果您发现有人这样做，可以向我们公司投诉，也可以向监管部门反映。今天打来是想了解一下您还款上有没有什么困难。"],
        ['debtor', "困难大着呢，少废话。"],
        ['agent', "好的，您现在不方便谈，我们就不多打扰了。之后想商量还款方案，可以拨打我们的客服热线。再见。"],
      ],
      [
        ['agent', "赵女士您好，我是诚信资产的小孙，想跟您核对一下账户情况。"],
        ['debtor', "你们这群骗子，利滚利，到底想讹我多少钱？"],
        ['agent', "赵女士，我理解您很生气。我们不收合同以外的任何费用，您账户上的滞纳金是按合同第七条约定计算的，一共一百二十元，明细可以发给您核对。"],
        ['debtor', "我就不还，你能把我怎么样？"],
        ['agent', "我们不会对您做任何事。如实跟您说明一下：逾期记录会按规定报送征信，可能影响您以后申请贷款；但不会因此坐牢，也不会影响您的家人。您愿意的话，我们可以商量分期。"],
        ['debtor', "少来这套，我考虑考虑。"],
        ['agent', "好的，您慢慢考虑，有需要随时联系我们。"],
      ],
      [
        ['agent', "孙先生您好，我是诚信资产的小郑，关于您逾期的那笔借款想跟您沟通一下。"],
        ['debtor', "你再打一次试试，我知道你们公司在哪，找人收拾你！"],
        ['agent', "孙先生，请您冷静。我们打电话只是想和您沟通这笔账，没有任何别的意思。"],
        ['debtor', "沟通个屁！没钱！你让我去哪弄钱？再去借高利贷吗？"],
        ['agent', "不用的，我们不建议您为了还这笔钱去借新的贷款或者找亲友借钱。如果收入确实紧张，可以申请降低每期还款金额，我可以把申请表发到您邮箱。"],
        ['debtor', "……那你发吧。"],
        ['agent', "好的，已经发送。您填好后回复就行，有问题可以随时打客服电话。谢谢您。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. James Walker? My name is Lee, I'm a collections representative with Integrity Asset Recovery."],
        ['debtor', "Yeah, it's me. Jesus Christ, you people again! Every goddamn day. Stop calling me, you hear me?"],
        ['agent', "I hear you, Mr. Walker. I'm noting your request that we stop calling, and we won't contact you by phone going forward."],
        ['debtor', "You'd better not, or I'm filing a complaint."],
        ['agent', "That's your right. Sorry to have bothered you. Goodbye."],
      ],
      [
        ['agent', "Good afternoon, am I speaking with Ms. Jennifer Chang? This is Wu with Integrity Asset Recovery, calling about your account."],
        ['debtor', "You bloodsuckers! I've hired a lawyer. Talk to my lawyer and leave me the hell alone!"],
        ['agent', "Understood, Ms. Chang. Could you give me your attorney's name and phone number? From now on we'll only discuss this account with your attorney."],
        ['debtor', "Dan Chen, 555-013-4567. Write it down and don't call me again."],
        ['agent', "Got it. We won't contact you directly about this matter again. Take care."],
      ],
      [
        ['agent', "Hello, Mr. Ryan Lewis, thanks for confirming your details. This is Joe with Integrity Asset Recovery."],
        ['debtor', "Go to hell! What, are you gonna call my job next? You call my job and I swear I'll make your life miserable!"],
        ['agent', "Mr. Lewis, you have my word that we will not contact your employer, and we won't share anything about this debt with your family or coworkers. The law is very clear on that."],
        ['debtor', "Yeah, right. Like anybody believes you people."],
        ['agent', "I understand the concern. If you ever find that someone has done that, you can file a complaint with us or with the regulator. I was just calling to see whether you're having any trouble with the payments."],
        ['debtor', "Plenty of trouble. Cut the crap."],
        ['agent', "All right, it sounds like this isn't a good time, so I won't keep you. If you'd like to talk about a payment plan later, you can call our customer line. Goodbye."],
      ],
      [
        ['agent', "Hello Ms. Rodriguez, this is Sam with Integrity Asset Recovery. I'd like to go over your account with you."],
        ['debtor', "You crooks pile interest on interest. How much are you trying to squeeze out of me?"],
        ['agent', "Ms. Rodriguez, I understand you're angry. We don't charge anything that isn't in your contract. The late fee on your account is calculated under section seven of your agreement, a hundred and twenty dollars in total, and I can send you the breakdown to check."],
        ['debtor', "And if I just don't pay? What are you gonna do to me?"],
        ['agent', "We're not going to do anything to you. To be accurate about it: the late payments are reported to the credit bureaus as required, which could affect future loan applications. Nobody goes to jail over this, and it doesn't affect your family. If you'd like, we can discuss an installment plan."],
        ['debtor', "Spare me the sales pitch. I'll think about it."],
        ['agent', "Of course, take your time, and reach out whenever you need us."],
      ],
      [
        ['agent', "Hello Mr. Sullivan, this is Ben with Integrity Asset Recovery, calling about your past-due loan."],
        ['debtor', "Call me one more time, I dare you. I know where your office is and I'll have somebody sort you out!"],
        ['agent', "Mr. Sullivan, please take a breath. We're only calling to talk about the account, nothing more."],
        ['debtor', "Talk my ass! I've got no money! Where am I supposed to get it, some loan shark?"],
        ['agent', "No, we don't recommend taking out a new loan or borrowing from friends or family to pay this. If money is genuinely tight, you can apply to lower your monthly payment, and I can email you the application form."],
        ['debtor', "...Whatever. Fine, text it to me."],
        ['agent', "Done, it's in your inbox. Just fill it out and reply, and call our customer line if you have any questions. Thank you."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我操，你们有完没完？我说了多少遍了，别再打这个电话了！",
        "王先生，您先别激动。您这笔八千六的欠款已经逾期两个月了，今天下午五点前能不能先还一部分？",
      ],
      ignored_attorney: [
        "你们听不懂人话吗？我有律师！有什么去跟我律师说，少来烦老子！",
        "律师归律师，钱还是得您自己还。您这个月的三千二什么时候能到账？",
      ],
      ignored_dispute: [
        "放屁！这钱我上个月就已经还清了，转账记录都在，你们是不是想骗钱？",
        "我们系统里显示您还有四千五没还，请您今天之内把这笔钱转过来。",
      ],
      ignored_hardship: [
        "我工作都丢了，老婆还在住院，你他妈让我拿什么还？",
        "您的情况我知道了，但欠款不能一直拖着，最晚周五前您得先还一千五。",
      ],
    },
    en: {
      ignored_stop_request: [
        "For fuck's sake, are you ever gonna quit? How many times do I have to tell you, stop calling this number!",
        "Mr. Walker, please calm down. Your balance of eight thousand six hundred is two months past due. Can you get a partial payment in before five this afternoon?",
      ],
      ignored_attorney: [
        "Are you deaf? I have a lawyer! Whatever you've got, take it to my lawyer and get off my back!",
        "Your lawyer is one thing, but the payment still has to come from you. When will this month's three thousand two hundred be in?",
      ],
      ignored_dispute: [
        "Bullshit! I paid this off in full last month, I've got the transfer records. What is this, some kind of scam?",
        "Our system shows forty-five hundred still outstanding, and we need you to send that today.",
      ],
      ignored_hardship: [
        "I lost my damn job and my wife's in the hospital. What the hell am I supposed to pay you with?",
        "I hear you, but this can't keep getting pushed back. You need to pay at least fifteen hundred by Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "他不在，我是他老婆。你们又是干什么的？天天打，烦死了！"],
      ['agent', "您好，我们是诚信资产的。您丈夫在我们这儿有一笔一万二的借款，已经逾期四十多天了，麻烦您转告他尽快处理。"],
    ],
    en: [
      ['third_party', "He's not here, I'm his wife. Who the hell are you people? You call every damn day!"],
      ['agent', "Ma'am, this is Integrity Asset Recovery. Your husband has a twelve-thousand-dollar loan with us that's more than forty days past due, so please have him take care of it as soon as possible."],
    ],
  },
};
