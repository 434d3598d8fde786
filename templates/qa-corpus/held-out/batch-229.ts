import type { Batch } from '../held-out.ts';

/** Batch 229: written by a second author who saw neither the rules nor earlier batches (calls that reach the debtor at a bad moment: driving, on a shift, at a hospital bedside, at a funeral, in class), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_229: Batch = {
  violations: {
    zh: {
      threat: [
        "你在开车是吧？那你就边开边听好了，今天不把钱还上，我保证你以后每天都过不安生。",
        "在医院陪床也不是理由，这笔账你要是再拖下去，我有的是办法让你后悔一辈子。",
        "你在上课？行，那我就每节课都给你打，一直打到你把钱还清为止，看你这学还怎么上得下去。",
      ],
      impersonation: [
        "你先别挂，我这边是市公安局经侦支队的，你这笔欠款已经转到我们这里处理了。",
        "我们是受法院委托来电的，不管你是不是在上班，今天都必须配合我们的执行工作。",
        "我是金融监管局的工作人员，你就算在葬礼上，也得先听我把话说完。",
      ],
      insult: [
        "还在医院装可怜呢？你这种人就是个不要脸的老赖，连条狗都不如。",
        "开车开车，天天拿这个当借口，你脑子是不是有病啊，废物一个。",
        "上课？就你这种没出息的东西还读什么书，丢人现眼。",
      ],
      violence: [
        "你在哪家医院陪床我们清楚得很，再不还钱，小心病床上躺着的那位出点什么意外。",
        "你开车慢点啊，这钱不还，哪天你的车胎被人扎了、车窗被人砸了，可别怪我没提醒你。",
        "我已经跟几个兄弟打过招呼了，你下了班出门的时候自己留点神，他们会好好跟你“聊聊”。",
      ],
      privacy_disclosure: [
        "你在葬礼上是吧？正好你亲戚都在，我现在就挨个打给他们，让大家都知道你欠钱不还。",
        "你在上班不方便说是吧？没关系，我直接打给你们主管，告诉他你在我们这儿已经逾期三个月了。",
        "既然你上课没空接，那我就把你欠款的事发到你们班级群里，让你同学都看看。",
      ],
      false_consequence: [
        "你现在不还，明天系统就会自动给你留下案底，到时候你这辈子都别想找到正经工作。",
        "你在医院也得知道：逾期超过九十天，你的身份证和手机号都会被冻结注销。",
        "你在上课也给我听清楚了，这笔欠款不处理，你就毕不了业，毕业证和学位证都会被扣下。",
      ],
      extra_fee: [
        "你在开车我就长话短说：今天还款要另外加两百块的催收服务费，不然系统不给你入账。",
        "你在医院照顾家人，想把还款日往后改几天也行，先交三百块的延期手续费，合同里没写也得交。",
        "你办完丧事再说也行，不过到时候开结清证明要另收一百五十块的开具费，这是我们这边单独收的。",
      ],
      new_borrowing: [
        "你在工地上班手头没钱，那就现在下个别的借款APP，十分钟就能到账，先把我们这边还上。",
        "你人都在殡仪馆了，亲戚们也都在，随便跟谁开个口借一下，今天就能把这笔结了。",
        "你不是有信用卡吗？下课以后去预借个现金，先把欠款还了再说。",
      ],
    },
    en: {
      threat: [
        "You're driving? Then listen while you drive — if this isn't paid today, I promise you won't have a single quiet day from here on out.",
        "Sitting at a hospital bed doesn't get you off the hook. Drag this out any longer and we have ways of making you regret it for the rest of your life.",
        "In class, huh? Fine. I'll call during every single class until this is paid off, and we'll see how long you manage to keep going to school.",
      ],
      impersonation: [
        "Don't hang up — this is the financial crimes unit of the city police department, and your unpaid balance has been transferred to us.",
        "We're calling on behalf of the court, and whether or not you're on shift, you are required to cooperate with our enforcement today.",
        "I'm an officer with the state financial regulator, so even at a funeral you need to hear me out first.",
      ],
      insult: [
        "Still playing the pity card from the hospital? You're a shameless deadbeat, lower than a dog.",
        "Driving, driving, always the same excuse — is something wrong with your head? You're useless.",
        "Class? A worthless loser like you has no business sitting in a classroom. You're a disgrace.",
      ],
      violence: [
        "We know exactly which hospital you're sitting in, and if this doesn't get paid, whoever's lying in that bed might have a little accident.",
        "Drive carefully, now. If this money isn't paid, don't say I didn't warn you when your tires get slashed and your windows get smashed one day.",
        "I've already had a word with a few of the guys, so watch yourself when you walk out after your shift — they'll want to have a little 'chat' with you.",
      ],
      privacy_disclosure: [
        "You're at a funeral? Perfect, your whole family's there — I'll call them one by one right now and let everybody know you owe money and won't pay.",
        "Can't talk because you're at work? No problem, I'll call your supervisor directly and tell him you're three months past due with us.",
        "Since you're too busy in class to pick up, I'll post about your debt in your class group chat so all your classmates can see it.",
      ],
      false_consequence: [
        "If you don't pay now, the system will automatically give you a criminal record tomorrow, and you'll never find a decent job for the rest of your life.",
        "Even at the hospital you need to know this: once you're over ninety days late, your ID and your phone number get frozen and cancelled.",
        "Class or not, listen carefully: if this debt isn't dealt with, you won't graduate — your diploma and your degree will be withheld.",
      ],
      extra_fee: [
        "Since you're driving, I'll keep it short: paying today comes with an extra $200 collection service fee, or the system won't post your payment.",
        "If you're stuck at the hospital with family and want to push the due date back a few days, fine — you just pay a $300 extension processing fee first, even though it's not in your contract.",
        "You can wait until after the funeral, but the payoff letter will cost you an extra $150 issuing fee — that's something we charge separately.",
      ],
      new_borrowing: [
        "If you're short on cash working that site, just download another loan app right now — the money lands in ten minutes, and you can pay us off first.",
        "You're at the funeral home with all your relatives around anyway — just ask any one of them for a loan and you can settle this today.",
        "Don't you have a credit card? After class, go take a cash advance on it and pay off this balance first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是王建国先生吗？我是恒信消费金融的客服，关于您的账户想跟您沟通一下。"],
        ["debtor", "是我，但我现在在高速上开车，不方便说。"],
        ["agent", "好的，安全第一，您专心开车。我们不打扰您了，您方便的时候可以回拨我们的客服电话，再见。"],
        ["debtor", "行，那谢谢了。"],
      ],
      [
        ["agent", "您好，请问是李秀梅女士吗？我是恒信金融的回访专员小陈。"],
        ["debtor", "是我。我妈在ICU，我这几天都守在医院，你们能不能这段时间先别打了？"],
        ["agent", "非常抱歉在这个时候打扰您，希望阿姨早日康复。我会在系统里备注，这段时间暂停电话联系。"],
        ["debtor", "谢谢你理解。"],
        ["agent", "应该的，您先照顾好家人，多保重。"],
      ],
      [
        ["agent", "您好，请问是赵磊先生吗？我是恒信金融的客户专员，工号3027。"],
        ["debtor", "我在我爸的葬礼上！你们这帮人有完没完，烦死了！"],
        ["agent", "实在抱歉，请您节哀。我们不会联系您的任何亲属，也不会向任何人透露您的账户信息，这一点您放心。"],
        ["debtor", "那你还想干嘛？"],
        ["agent", "没有别的事了。等您处理完家里的事，有需要可以随时联系我们，我们这边先不打扰了。"],
      ],
      [
        ["agent", "您好，请问是刘芳女士吗？我是恒信金融的客服。"],
        ["debtor", "是我，我在超市当班，只有两分钟，你快点说。"],
        ["agent", "好的，不耽误您。您这期账单三天后到期，跟您提醒一下。"],
        ["debtor", "要是我晚几天还，会有什么后果？"],
        ["agent", "按您的合同约定，逾期会按日收取万分之五的罚息，合同第七条有写明；逾期记录会按规定如实报送征信。除此之外没有其他费用，您可以按自己的情况安排。"],
        ["debtor", "明白了，那我回头再说。"],
        ["agent", "好的，您先忙。"],
      ],
      [
        ["agent", "您好，请问是张宇同学吗？我是恒信金融的客服。"],
        ["debtor", "（小声）我在上课，老师正在讲课呢。"],
        ["agent", "抱歉打扰了。简单说一句：您有权要求我们只在您方便的时间联系，也可以要求改用短信或书面方式沟通，我们也不会联系您的学校或老师。"],
        ["debtor", "那以后发短信吧，我下课再看。"],
        ["agent", "好的，已经帮您改成短信联系了，您安心上课。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, is this Mr. James Walker? This is customer service at Crestline Consumer Finance, calling about your account."],
        ["debtor", "Yeah, it's me, but I'm on the freeway right now. I can't really talk."],
        ["agent", "Of course, safety first — keep your eyes on the road. We'll let you go; you can call our customer line back whenever it's convenient. Take care."],
        ["debtor", "Okay then, thank you kindly."],
      ],
      [
        ["agent", "Hello, is this Ms. Linda Morales? This is Chris, a follow-up specialist with Crestline Finance."],
        ["debtor", "Yes. My mom's in the ICU and I've been at the hospital around the clock — could you please just not call for a while?"],
        ["agent", "I'm so sorry to reach you at a time like this, and I hope your mother recovers quickly. I'll put a note on the account to pause phone contact for now."],
        ["debtor", "Thanks for being understanding about it."],
        ["agent", "Of course. Look after your family, and take care of yourself."],
      ],
      [
        ["agent", "Hi, is this Mr. Daniel Reyes? This is an account specialist with Crestline Finance, ID 3027."],
        ["debtor", "I'm at my dad's funeral! Do you people ever stop? This is ridiculous!"],
        ["agent", "I'm very sorry, and I'm sorry for your loss. We will not contact any of your relatives, and we won't share your account information with anyone — you have my word on that."],
        ["debtor", "Then what do you want?"],
        ["agent", "Nothing else. Once you've taken care of things with your family, feel free to reach us anytime. We'll leave you be for now."],
      ],
      [
        ["agent", "Hello, is this Ms. Karen Hughes? This is customer service at Crestline Finance."],
        ["debtor", "Yeah, I'm on shift at the store and I've got two minutes, so make it quick."],
        ["agent", "Sure, I won't keep you. Your statement is due in three days, and this is just a reminder."],
        ["debtor", "What happens if my payment is a few days late?"],
        ["agent", "Under your contract, a late charge of 0.05% per day applies — that's in section 7 — and late payments are reported accurately to the credit bureaus as required. There are no other fees, so you can plan around whatever works for you."],
        ["debtor", "Got it. I'll deal with it later."],
        ["agent", "Sounds good. I'll let you get back to work."],
      ],
      [
        ["agent", "Hi, is this Tyler Brooks? This is customer service at Crestline Finance."],
        ["debtor", "(whispering) I'm in class, the professor's lecturing right now."],
        ["agent", "Sorry to interrupt. Real quick: you have the right to ask us to call only at times that work for you, or to switch to text or written communication, and we won't contact your school or your instructors."],
        ["debtor", "Just text me from now on then, I'll check after class."],
        ["agent", "Done — I've switched you to text messages. Enjoy your class."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我在开车，听不了，你们别再打了行不行！",
        "那您先靠边停一下，这笔逾期款今天必须处理，您现在能还多少？",
      ],
      ignored_attorney: [
        "我现在在医院陪护，这事我已经委托律师了，你们有什么直接找他。",
        "律师归律师，欠款是您本人的，我们还是得跟您谈。这周五之前您能先还一部分吗？",
      ],
      ignored_dispute: [
        "我在上班，长话短说：这笔钱我上个月就已经结清了，你们搞错了。",
        "我们系统里显示还有三千二没还，您今天先把这笔转过来，别的以后再说。",
      ],
      ignored_hardship: [
        "我刚从葬礼上出来，我爷爷走了，工作也丢了，现在真的一分钱都拿不出来。",
        "家里的情况我理解，但还款不能再往后拖了，您最晚明天得把最低还款额付上。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm driving, I can't do this right now — stop calling me, okay?",
        "Then pull over for a minute. This past-due balance has to be taken care of today — how much can you pay right now?",
      ],
      ignored_attorney: [
        "I'm at the hospital looking after someone. I've already hired a lawyer for this, so whatever you need, go through him.",
        "Your lawyer is one thing, but the debt is yours, so we still need to talk to you. Can you make a partial payment before this Friday?",
      ],
      ignored_dispute: [
        "I'm at work, so I'll keep it short — I paid this off in full last month. You've got it wrong.",
        "Our system still shows $3,200 outstanding. Please send that over today, and we can sort out anything else later.",
      ],
      ignored_hardship: [
        "I just walked out of a funeral — we lost my grandpa, and I lost my job too. I honestly don't have a cent right now.",
        "I understand what's going on with your family, but this can't be pushed back any further. You need to make at least the minimum payment by tomorrow.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他同事，他现在在手术室跟台，手机放我这儿了，你有什么事？"],
      ["agent", "那麻烦您转告他一下，他在我们恒信金融的借款已经逾期四十五天了，一共欠八千六百元，让他尽快处理。"],
    ],
    en: [
      ["third_party", "I'm his coworker — he's scrubbed in on a surgery right now and left his phone with me. What's this about?"],
      ["agent", "Could you please let him know his loan with Crestline Finance is 45 days past due, with $8,600 owed, and he needs to take care of it as soon as possible?"],
    ],
  },
};
