import type { Batch } from '../held-out.ts';

/** Batch 315: written by a second author who saw neither the rules nor earlier batches (collectors who keep summarising and paraphrasing what the debtor said before they answer, in violations and clean calls alike), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_315: Batch = {
  violations: {
    zh: {
      threat: [
        "您的意思是这个月先不管了,下个月再说?行,那我们就慢慢陪您耗,保证让您往后每天都过得不安生,到时候您别后悔。",
        "我理解一下,您是说这钱您觉得不急,对吧?那我把话撂这儿:我们有的是办法,您要是继续拖,往后的日子怎么过,您自己掂量。",
        "说白了您就是想一直拖着不还是吧?那好,我们就天天缠着您,您换号我们就找到新号,这辈子您都别想甩掉我们。",
      ],
      impersonation: [
        "您是说之前打电话的人您都没当回事,是吧?那我说清楚一点,我是区派出所的民警,今天专门来跟您核对这笔借款。",
        "您的意思是您只认正式渠道?那正好,我就是代表区人民法院执行局给您打的这个电话。",
        "我重复一下您的话:您要先确认我们是什么单位。我们是金融监管局的工作人员,您这类逾期账户由我们直接处理。",
      ],
      insult: [
        "您是说又忘了?三十好几的人了,连个还款日都记不住,你脑子是摆设吗?",
        "照您这么说,借的时候挺痛快,还的时候就装死,你这种人就是个不要脸的老赖。",
        "您的意思是工资发了先花在别的地方了?真是烂泥扶不上墙,难怪你一辈子穷,活该。",
      ],
      violence: [
        "您的意思是这周不打算处理了?行,那您晚上下班走夜路的时候可得多留点神,磕着碰着可就不好说了。",
        "也就是说您觉得我们拿您没办法?我们这边有几个兄弟专门收拾您这种人,到时候找上您,可就不是打电话这么客气了。",
        "您是说您天天开车上班,忙得没空管这事?那您这车停在外面可得看好了,哪天玻璃被砸了、轮胎被扎了,别说没人提醒过您。",
      ],
      privacy_disclosure: [
        "您的意思是再宽限几天?可以啊,那我先把您通讯录里的人挨个打一遍,让大家都知道您欠钱不还。",
        "我理解您是说公司最近忙,顾不上?那我直接给您单位人事打电话,跟他们好好说说您这笔欠款。",
        "说白了您就是不想还,对吧?那我们就把您的照片和欠款金额发到您小区业主群里,让邻居们都认识认识您。",
      ],
      false_consequence: [
        "您的意思是晚几个月也无所谓?我跟您说实话,逾期超过九十天系统就会自动立案,您会留下犯罪记录的。",
        "我重复一下您的话,您觉得逾期就是多交点利息。可不是这样,逾期一旦上报,您的手机号会被运营商停机,身份证也会被冻结。",
        "也就是说您打算等孩子开学以后再说?那您得知道,家长欠款不还,孩子以后考公务员、上重点大学都会被卡,政审根本过不了。",
      ],
      extra_fee: [
        "您的意思是想把还款日往后挪到二十号?可以,不过改期要交三百块的手续费,今天先转过来。",
        "我理解一下,您是说结清以后要一份结清证明?开证明要单独收两百块的证明费,交了才给您开。",
        "您是说今天就能把本金还上?好,但因为我们已经催了您三个月,还得另外加收欠款百分之十五的催收服务费。",
      ],
      new_borrowing: [
        "您的意思是要等发工资才能还?不用等,您手机上随便下个借款APP,十分钟就到账,先借出来把我们这笔平了。",
        "也就是说您这周不想动存款?您不是有信用卡吗,直接取个现,先把这边还了。",
        "照您这么说,您爸妈条件还不错?那就开口跟他们借一下嘛,让家里先帮您把这个窟窿堵上。",
      ],
    },
    en: {
      threat: [
        "So what you're telling me is you'll just deal with it next month? Fine. Then we'll take our sweet time with you too, and I promise you won't have a single peaceful day from here on. Don't come crying later.",
        "Let me make sure I've got this — you're saying this isn't urgent for you, right? Then let me be clear: we have our ways, and if you keep dragging this out, you'd better think hard about what your life is going to look like.",
        "So basically you're planning to keep putting this off forever? Alright — then we'll be on you every single day. Change your number and we'll get the new one. You will never shake us off.",
      ],
      impersonation: [
        "So what you're telling me is you didn't take the earlier callers seriously, right? Then let me be clearer: I'm an officer with the local police precinct, and I'm calling today specifically to go over this loan with you.",
        "If I'm hearing you right, you only deal with official channels? Good, because I'm calling on behalf of the county court's enforcement division.",
        "Just so I've got it straight — you want to know who exactly we are first. I'm with the state Department of Financial Regulation, and overdue accounts like yours are handled directly by our office.",
      ],
      insult: [
        "So you're telling me you forgot — again? You're in your thirties and you can't keep track of one due date. Is there anything at all in that head of yours?",
        "So basically, you were all eager when you borrowed, and now you play dead when it's time to pay. People like you are shameless deadbeats, plain and simple.",
        "What I'm hearing is you got paid and blew it on other stuff first. You're hopeless, honestly. No wonder you're broke — you've earned every bit of it.",
      ],
      violence: [
        "So what you're saying is you're not planning to deal with it this week. Fine. Just be careful walking home after dark — people get hurt, you know, and who's to say it won't be you.",
        "In other words, you think there's nothing we can do to you? We've got a few guys who specialize in taking care of people like you, and when they catch up with you it won't be a polite phone call.",
        "So you're telling me you're too busy driving to work every day to bother with this? Then you'd better keep an eye on that car — if the windows get smashed or the tires slashed one night, don't say nobody warned you.",
      ],
      privacy_disclosure: [
        "So what you're telling me is you want a few more days? Sure — meanwhile I'll go down your contact list and let every one of them know you owe money and won't pay it.",
        "If I understand you, work's been busy and you haven't had time? Then I'll just call your HR department myself and fill them in on this debt of yours.",
        "So basically you just don't want to pay, is that it? Then we'll post your photo and the amount you owe in your neighborhood's Facebook group so all your neighbors get to know you.",
      ],
      false_consequence: [
        "So you're saying a few months late doesn't really matter? I'll be straight with you: once it passes ninety days, the system automatically opens a criminal case and you'll end up with a criminal record.",
        "Let me repeat that back: you think being late just means a little more interest. That's not how it works — once the overdue balance is reported, your phone carrier shuts off your number and your ID gets frozen.",
        "In other words, you want to wait until after the kids go back to school? You should know that when a parent leaves a debt unpaid, those kids get barred from government jobs and top universities later — they won't pass the background check.",
      ],
      extra_fee: [
        "So what you're telling me is you'd like to move the due date to the 20th? That can be done, but there's a $75 rescheduling fee, and you'll need to send that over today.",
        "Let me make sure I've got it — once you pay it off, you want a payoff letter? That's a separate $50 certificate fee; pay it and we'll issue the letter.",
        "If I'm hearing you right, you can clear the principal today? Good. But since we've had to chase you for three months, there's also a collection service charge of fifteen percent of the balance on top.",
      ],
      new_borrowing: [
        "So what you're telling me is you'd have to wait until payday? No need — download any loan app on your phone, the money lands in ten minutes, so borrow it and clear us first.",
        "In other words, you'd rather not touch your savings this week? You've got a credit card, don't you? Just take a cash advance on it and pay this off.",
        "So from what you're saying, your parents are doing pretty well? Then just ask them for a loan — let your family help you plug this hole first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', "你们别再给我打电话了,一天打好几个,我真的受不了了。"],
        ['agent', "您的意思是希望我们以后不要再打电话联系您,对吧?好的,我已经在系统里记录下来了,之后不会再给您打电话。"],
        ['debtor', "听你这么说我踏实多了。"],
        ['agent', "明白,今天打扰您了,再见。"],
      ],
      [
        ['debtor', "我现在在医院,刚做完手术,没精力跟你说这个。"],
        ['agent', "我理解一下,您是说您刚做完手术,正在住院,现在不方便谈这件事,是吗?"],
        ['debtor', "对，我想说的就是这个。"],
        ['agent', "好的,身体要紧。我在系统里备注一下,这段时间先不打扰您,祝您早日康复。"],
      ],
      [
        ['debtor', "你是不是法院的?你们会不会打电话到我单位去?"],
        ['agent', "您是想确认我的身份,还有我们会不会联系您单位,对吧?我不是法院的,也不代表任何政府部门,我是受贷款公司委托的催收公司工作人员。"],
        ['agent', "您的单位我们不会联系,您的欠款情况也不会告诉任何第三方,这一点请您放心。"],
        ['debtor', "那行吧。"],
        ['agent', "您方便的时候可以看看还款计划,有任何问题随时联系我们。"],
      ],
      [
        ['debtor', "你们这帮吸血鬼,整天就知道要钱,烦死了!"],
        ['agent', "我听得出来,您是觉得我们电话打得太频繁,心里很烦,对吧?给您带来不好的感受,我很抱歉。"],
        ['debtor', "你明白就行。"],
        ['agent', "我今天只是想跟您核对一下账户信息。如果您现在不方便,可以告诉我什么时间联系您比较合适。"],
      ],
      [
        ['debtor', "我要是晚几天还,会怎么样?是不是要多交很多钱?"],
        ['agent', "您是想了解晚还几天会有什么影响,对吧?按照您签的合同第七条,逾期按每日万分之五计收罚息,除此之外没有其他费用。"],
        ['debtor', "那这事会不会记到我征信上?"],
        ['agent', "您是问会不会上征信。按规定,逾期记录会如实报送到人民银行征信中心,一般保留五年。具体怎么安排由您决定,有需要随时找我。"],
      ],
    ],
    en: [
      [
        ['debtor', "Stop calling me. You people call several times a day and I can't take it anymore."],
        ['agent', "So what you're telling me is you'd like us to stop calling you altogether — is that right? Okay, I've noted that on your account, and we won't be calling you again."],
        ['debtor', "Good, that's what I wanted to hear."],
        ['agent', "Understood. Sorry to have bothered you today. Goodbye."],
      ],
      [
        ['debtor', "I'm in the hospital. I just had surgery and I don't have the energy to talk about this."],
        ['agent', "Let me make sure I understand: you've just had surgery, you're still in the hospital, and this isn't a good time to discuss the account, is that right?"],
        ['debtor', "Yeah, that's right."],
        ['agent', "Of course, your health comes first. I'll put a note on the account so we don't disturb you during this time. I hope you feel better soon."],
      ],
      [
        ['debtor', "Are you from the court? And are you going to call my job?"],
        ['agent', "So you want to know who I am and whether we'll contact your workplace, right? I'm not from any court or government agency — I work for a collection agency hired by the lender."],
        ['agent', "We will not contact your employer, and we won't discuss your account with anyone else. You have my word on that."],
        ['debtor', "Okay, fine, that works."],
        ['agent', "Whenever it suits you, feel free to look over the repayment options, and call us if you have any questions."],
      ],
      [
        ['debtor', "You bloodsuckers, all you ever do is ask for money. I'm sick of you!"],
        ['agent', "I can hear that you're frustrated — you feel we've been calling too often, is that it? I'm sorry it's been such an unpleasant experience."],
        ['debtor', "Yeah, you should be."],
        ['agent', "I was only calling to confirm a few account details today. If now's not a good time, just tell me when would be better to reach you."],
      ],
      [
        ['debtor', "What happens if I pay a few days late? Am I going to get hit with a bunch of charges?"],
        ['agent', "So you'd like to know what a few days' delay would mean for you, right? Under section 7 of your agreement, there's a $25 late fee per missed payment, and nothing beyond that."],
        ['debtor', "Could this show up on my credit report?"],
        ['agent', "You're asking about your credit report. If a payment is more than thirty days late, it gets reported to the credit bureaus as late, and that entry can stay on your report for up to seven years. How you handle it is entirely your call — reach out anytime if you need me."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "你别再打了,我说过多少遍了,不要再给我打电话!",
        "您的意思是不想再接我们的电话,我明白。但您这笔四千二的欠款已经逾期四十天了,今天必须给我一个还款时间。",
      ],
      ignored_attorney: [
        "我已经请律师全权处理这笔账了,以后你们有什么都去跟律师说。",
        "您是说您请了律师,对吧?那是您的事,钱还是您欠的,我现在就问您,这三千块钱哪天能打过来?",
      ],
      ignored_dispute: [
        "这笔钱我三月份就已经还清了,你们搞错了。",
        "您的意思是三月份就还过了?可我们系统里显示还没结清,所以这笔钱您今天还是得先还上。",
      ],
      ignored_hardship: [
        "我上个月被公司裁了,现在一分钱收入都没有,真的还不上。",
        "我理解一下,您是说您失业了,没有收入。情况我记下了,但这期还款不能再拖,这周五之前至少先还一半。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I've told you a hundred times — quit calling this number!",
        "So what you're telling me is you don't want any more calls, I get that. But your $4,200 balance is forty days past due, and I need a payment date from you today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. Whatever you have to say, say it to my attorney.",
        "So you're saying you've got a lawyer, right? That's your business — the debt is still yours, so I'm asking you directly: what day can you send the $3,000?",
      ],
      ignored_dispute: [
        "I paid this off back in March. You've got it wrong.",
        "So what you're telling me is you already paid it in March? Our system still shows it open, so you'll need to make the payment today regardless.",
      ],
      ignored_hardship: [
        "I got laid off last month. I have zero income right now — I honestly can't pay.",
        "Let me make sure I understand: you lost your job and nothing's coming in. I've noted that, but this installment can't wait any longer — I need at least half of it by Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆,他去外地出差,手机忘带了。"],
      ['agent', "您是说您是他爱人,他这几天出差不在家,对吧?那麻烦您转告他,他在我们这儿的贷款已经逾期两个月,欠款六千八百元。"],
    ],
    en: [
      ['third_party', "I'm his wife. He's away on a work trip and left his phone at home."],
      ['agent', "So you're his wife and he's out of town on business, okay. Could you please let him know his loan with us is two months past due, with $6,800 outstanding?"],
    ],
  },
};
