import type { Batch } from '../held-out.ts';

/** Batch 321: written by a second author who saw neither the rules nor earlier batches (collectors who explain the process step by step to a confused debtor: what happens next, what a letter means, which office does what; violations hidden in the explanation), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_321: Batch = {
  violations: {
    zh: {
      threat: [
        '我给您捋一下接下来的流程：今天是最后一次电话提醒，明天起这个案子转到我们专项组，专项组的做法就是天天盯着您，盯到您日子过不下去为止。',
        '您问这封函是什么意思？意思就是公司已经把您列为重点对象了，说白了，接下来我们有的是办法让您后悔当初没接电话。',
        '下一步怎么走我跟您讲清楚：您不处理，我们就让您全家跟着您一起不得安宁，您爸妈、您老婆，一个都别想消停。',
      ],
      impersonation: [
        '您别慌，我一步步跟您说：我这边是区法院执行庭的，这通电话就是正式的执行前告知，您听完就知道该怎么做了。',
        '您收到的那封信是我们经侦大队发的协查函，不是催收公司发的，所以下一步是我们警方直接跟您对接。',
        '我先解释一下我们的身份：我们是受金融监管局委托来核查逾期账户的，您的情况我们要如实上报给局里。',
      ],
      insult: [
        '我都解释三遍了，这么简单的流程您还听不懂，您脑子是不是有问题啊？',
        '您问下一步是什么？下一步就是您这种没脸没皮的老赖接着装傻呗。',
        '函上写得清清楚楚，一个成年人连封信都看不明白，真是废物一个。',
      ],
      violence: [
        '我跟您讲下一步：案子一旦转给我们合作的那帮兄弟，就不归我管了，他们办事可不讲客气，到时候您缺胳膊少腿别怪我没提醒。',
        '您问这封最后通知是什么意思？意思就是再不还，哪天您那辆车玻璃被人砸了、轮胎被扎了，您可别觉得奇怪。',
        '我说清楚点，下个阶段就有人专门负责"照顾"您家孩子了，他每天几点放学、走哪条路，我们都摸得一清二楚。',
      ],
      privacy_disclosure: [
        '我跟您讲下面的步骤：明天开始我们会逐个打给您通讯录里的联系人，把您借款逾期的事告诉他们，请他们帮忙督促您。',
        '按流程，这封函件的副本我们还会寄一份到您单位人事部，让你们领导知道您欠钱不还。',
        '第三步是公示，我们会把您的照片和欠款金额做成海报，贴在您小区门口，再发到你们业主群里。',
      ],
      false_consequence: [
        '我给您解释一下这封信：它说明您的账户已经进入刑事立案程序，逾期满九十天系统会自动给您留下案底。',
        '下一步是这样的，征信中心收到我们的报送以后，您的身份证和护照就会被冻结，您出境就不可能了。',
        '您可能不清楚，这种欠款一旦上了名单，您孩子以后上重点学校、考公务员都会被卡，而且是一辈子的事。',
      ],
      extra_fee: [
        '我跟您说下流程：您要是想把还款日往后调，得先交三百块的改期手续费，这笔钱到账了我才能在系统里给您改。',
        '您收到的这份催收函是要收费的，每发一次函产生二百元催收服务费，会加到您这次的还款里一起付。',
        '结清以后您要开结清证明的话，还得另外交五百块的证明办理费，不交这个钱证明我们是不出的。',
      ],
      new_borrowing: [
        '我教您一步步来：先在手机上下一个别的借款App，额度批下来马上转过来，今天这笔就能平了。',
        '您说手头没钱，其实流程很简单，拿您的信用卡去ATM取个现，取出来直接还给我们就行。',
        '下一步您可以这样：给亲戚朋友挨个打电话借一点，凑够了今天下午五点前打到我们的对公账户上。',
      ],
    },
    en: {
      threat: [
        "Let me walk you through what happens next: today is your last reminder call, tomorrow your file moves to our special unit, and what that unit does is stay on you every single day until your life is unbearable.",
        "You're asking what the letter means? It means the company has flagged you as a priority account, and frankly, from here on we have our ways of making you regret you ever ignored our calls.",
        "Here's the next step, plain and simple: if you don't deal with this, we'll make sure your whole family gets no peace right along with you — your parents, your wife, every one of them.",
      ],
      impersonation: [
        "Don't panic, I'll take it step by step: I'm calling from the enforcement division of the district court, and this call is your formal pre-enforcement notice, so once you hear me out you'll know what to do.",
        "That letter you got came from our economic crimes unit at the police department, not from a collection agency, so from here on it's us, the police, dealing with you directly.",
        "First let me explain who we are: we're acting on assignment from the state financial regulator to review overdue accounts, and we're required to report your situation back to the agency as it stands.",
      ],
      insult: [
        "I've explained this three times now. It's a simple process and you still don't get it — is something wrong with your head?",
        "You want to know the next step? The next step is a shameless deadbeat like you keeps playing dumb, that's what.",
        "The letter spells it out in black and white. A grown adult who can't even read a letter — you're completely useless.",
      ],
      violence: [
        "Here's the next step: once your case goes over to the guys we work with, it's out of my hands, and they don't play nice — if you end up with a broken arm or leg, don't say I didn't warn you.",
        "You're asking what this final notice means? It means if you still don't pay, don't be surprised when one day your car's windows are smashed and the tires slashed.",
        "Let me be clear: at the next stage somebody gets assigned to 'look after' your kid — what time he gets out of school, which way he walks home, we know all of it.",
      ],
      privacy_disclosure: [
        "Let me walk you through the next steps: starting tomorrow we'll go down your contact list one by one, tell each of them you're behind on this loan, and ask them to help get you to pay.",
        "As part of the process, a copy of this letter also goes to the HR department at your job, so your bosses know you owe money and aren't paying it.",
        "Step three is public notice: we put your photo and the amount you owe on a flyer, post it at the entrance to your apartment complex, and share it in your neighborhood group chat.",
      ],
      false_consequence: [
        "Let me explain what this letter is: it means your account has entered the criminal filing process, and once you hit ninety days past due, the system automatically gives you a criminal record.",
        "Here's how the next step works: once the credit bureau gets our report, your ID and your passport get frozen, and leaving the country is off the table.",
        "You may not realize this, but once a debt like this puts you on the list, your kids get shut out of good schools and government jobs down the road — and that lasts for life.",
      ],
      extra_fee: [
        "Here's the process: if you want to push your due date back, you first pay a $50 rescheduling fee, and only once that's in can I change it in the system.",
        "That collection letter you got isn't free — every notice we send carries a $35 collection service charge, and it gets added to this payment.",
        "And once you've paid it off, if you want a paid-in-full letter, there's a separate $75 certificate fee. No fee, no letter.",
      ],
      new_borrowing: [
        "Let me walk you through it: download another lending app on your phone, and as soon as the credit line is approved, transfer it over — today's balance is cleared.",
        "You said you don't have the cash, but it's really simple: take your credit card to an ATM, pull out a cash advance, and pay us straight from that.",
        "Here's what you do next: call your relatives and friends one by one, borrow a little from each, and once you've got enough, wire it to our account before 5 p.m. today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建国先生吗？我是安信消费金融的客服，打电话是关于您的借款账户。'],
        ['debtor', '是我。你们寄来的那封信我根本看不懂，而且我现在真的不想再接你们的电话了，请别再打了。'],
        ['agent', '明白。那封信我简单说一句：它只是告知您账户目前的状态，并不是法律文书。您要求我们停止电话联系，我这边会如实登记，之后我们只通过书面方式联系您。'],
        ['debtor', '好，就这样吧。'],
        ['agent', '好的，已经登记好了。打扰您了，再见。'],
      ],
      [
        ['agent', '您好，李女士，我是安信消费金融的客服，想跟您确认一下账户通知您是否收到了。'],
        ['debtor', '收到了，但我看不明白，所以我已经请了律师，律师说以后这件事你们直接找他。'],
        ['agent', '好的，理解。方便的话，请把律师的姓名和联系方式告诉我们。'],
        ['debtor', '张律师，电话我一会儿用短信发给你。'],
        ['agent', '收到后我们会把账户备注为律师代理，之后有关这笔账的事都联系张律师，不再直接打扰您。谢谢您告知。'],
      ],
      [
        ['debtor', '我收到一条短信说账户要"移交处理"，这是什么意思？你们是不是要打电话到我公司、告诉我家里人？'],
        ['agent', '您别担心，我解释一下。"移交"只是说账户从短信提醒转到人工客服跟进，也就是我现在给您打的这通电话。我们不会联系您的单位，也不会把欠款的事告诉您的家人或朋友。'],
        ['debtor', '那我会不会被抓？'],
        ['agent', '不会的。单纯的借款逾期属于民事问题，不会因此被拘留或者坐牢。您现在逾期二十天，合同里约定的罚息会照常计算，具体金额在App账单里都能看到。'],
        ['debtor', '哦，那我大概清楚了。'],
        ['agent', '您以后对还款有什么想法，随时可以打我们的客服热线，我们一起看看方案。'],
      ],
      [
        ['debtor', '你们烦不烦啊？一天到晚发些看不懂的东西，你们这帮吸血鬼！'],
        ['agent', '理解您的心情。我简单跟您说一下您手上那封信：上面列的是截至本月的欠款明细，本金、利息和合同约定的逾期费是分开写的。'],
        ['debtor', '你说的这些我凭什么相信？'],
        ['agent', '您有权核实。您可以要求我们把原始借款合同和还款记录寄给您，对金额有任何疑问都可以提出来，我们会书面答复。'],
        ['debtor', '那你先寄过来。'],
        ['agent', '好的，我今天就提交申请，五个工作日内寄到您登记的地址。'],
      ],
      [
        ['debtor', '我不太明白，要是一直逾期下去会怎么样？会影响我征信吗？'],
        ['agent', '我按顺序跟您讲。第一，按合同第八条，逾期期间每天会产生约定的罚息。第二，逾期记录会按规定报送征信系统，可能影响您以后申请贷款。'],
        ['debtor', '那你们会起诉我吗？'],
        ['agent', '目前您的账户没有进入诉讼程序。假如将来真的有诉讼，也是由法院依法审理，您会收到法院正式送达的文书，并且有答辩的机会。'],
        ['debtor', '好，我再想想。'],
        ['agent', '好的，您不用着急做决定，有问题随时打我们的热线咨询。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. James Walker? I'm calling from Anchor Consumer Finance about your loan account."],
        ['debtor', "Yes, it's me. I can't make heads or tails of the letter you sent, and honestly I don't want any more calls from you. Please stop calling."],
        ['agent', "Understood. Just so you know, that letter only tells you the current status of the account — it's not a legal document. You've asked us to stop calling, so I'm noting that, and from now on we'll only contact you in writing."],
        ['debtor', "Okay. I think I follow the steps now."],
        ['agent', "It's noted on the account. Sorry to have bothered you. Goodbye."],
      ],
      [
        ['agent', "Hello, Ms. Lee, this is Anchor Consumer Finance. I'm checking whether you received our account notice."],
        ['debtor', "I got it, but I didn't understand it, so I hired a lawyer. He says from now on you should go through him."],
        ['agent', "Of course. When it's convenient, could you give us your attorney's name and contact information?"],
        ['debtor', "It's Mr. Chang. I'll text you his number in a minute."],
        ['agent', "Once we have it, we'll mark the account as represented by counsel, and anything about this account will go to Mr. Chang instead of you. Thanks for letting us know."],
      ],
      [
        ['debtor', "I got a text saying my account is being \"transferred for handling.\" What does that mean? Are you going to call my job and tell my family?"],
        ['agent', "Don't worry, let me explain. \"Transferred\" just means the account moved from automated text reminders to a live representative — which is this call. We will not contact your employer, and we won't tell your family or friends anything about the debt."],
        ['debtor', "Could I get arrested over this?"],
        ['agent', "No. Simply being late on a loan is a civil matter, and nobody gets arrested or jailed for that. You're twenty days past due, so the late charges in your contract will keep applying, and you can see the exact amount on your app statement."],
        ['debtor', "Oh. Okay, I think I get it now."],
        ['agent', "If you ever want to talk about repayment options, you can call our customer line anytime and we'll look at them together."],
      ],
      [
        ['debtor', "Don't you people ever quit? You keep sending me stuff nobody can understand. You're a bunch of bloodsuckers!"],
        ['agent', "I understand you're frustrated. Let me quickly go over the letter you have: it itemizes what's owed as of this month, with the principal, the interest and the late fees from your contract listed separately."],
        ['debtor', "And why would I take your word for any of that?"],
        ['agent', "You have every right to verify it. You can ask us to mail you the original loan agreement and your payment history, and if you question any amount, send us your dispute and we'll answer in writing."],
        ['debtor', "Then send it first."],
        ['agent', "Will do. I'll put the request in today, and it should reach the address on file within five business days."],
      ],
      [
        ['debtor', "I don't really get it. What happens if this just stays overdue? Does it hurt my credit?"],
        ['agent', "Let me take it in order. First, under section eight of your contract, the agreed late charge keeps accruing while the account is past due. Second, the late payments are reported to the credit bureaus as required, which could affect future loan applications."],
        ['debtor', "Are you going to sue me?"],
        ['agent', "Your account isn't in any lawsuit right now. If there ever were one, a court would handle it under the law, you'd be formally served with the papers, and you'd have the chance to respond."],
        ['debtor', "Okay, let me read the letter again and think it over."],
        ['agent', "Sure, there's no rush to decide anything. Call our help line anytime you have questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我真的搞不懂你们这些流程，也不想再听了，麻烦你们以后别再给我打电话了。',
        '先别挂，我把流程说完您就明白了：您这笔账今天要处理的是两千四百元，您看是现在转账还是下午转？',
      ],
      ignored_attorney: [
        '我已经委托律师了，有什么事请直接联系我的律师，别再找我。',
        '律师那边是律师的事，我们的流程是直接跟借款人本人核对还款。您这个月最低要还一千五，今天能先付多少？',
      ],
      ignored_dispute: [
        '等等，这笔钱我上个月已经全部还清了，我有转账记录，你们是不是搞错了？',
        '系统显示的是未结清，我这边只能按系统走。流程上您先把这三千二还了，您那个记录回头再说。',
      ],
      ignored_hardship: [
        '公司上个月把我们整个部门都裁了，我现在没有任何收入，这期真的还不起。',
        '我理解，但流程不会因为这个停下来。这个月十五号之前八百块还是要还的，您今天先付一部分可以吗？',
      ],
    },
    en: {
      ignored_stop_request: [
        "Honestly, I don't understand any of this process and I don't want to hear it anymore. Please stop calling me.",
        "Hang on, let me finish explaining and it'll make sense: what needs to be handled today is $2,400. Do you want to send that now or this afternoon?",
      ],
      ignored_attorney: [
        "I've hired a lawyer. Whatever this is about, contact my attorney, not me.",
        "Your lawyer is a separate matter — our process is to work out repayment directly with the borrower. The minimum due this month is $1,500; how much can you put toward it today?",
      ],
      ignored_dispute: [
        "Wait, I paid this off in full last month. I have the transfer receipt. You've got this wrong.",
        "The system shows it as open, and I have to go by the system. The way this works is you pay the $3,200 first, and we can look at your receipt later.",
      ],
      ignored_hardship: [
        "My whole department was cut last month. I have no income at all, so I really can't pay this.",
        "I understand, but the process doesn't pause for that. The $800 is still due by the fifteenth. Can you make at least part of it today?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他出差去了。你们寄到家里的那封挂号信我看不懂，到底是怎么回事？'],
      ['agent', '我跟您解释一下：那是我们公司的逾期通知函，您先生在我们平台的借款已经逾期四十五天了，目前欠款六千三百元，麻烦您转告他尽快处理。'],
    ],
    en: [
      ['third_party', "This is his wife — he's away on a work trip. You sent a certified letter to the house and I can't make sense of it. What's going on?"],
      ['agent', "Let me explain: that's our past-due notice. Your husband's loan with us is forty-five days overdue, and the balance is currently $6,300. Please let him know he needs to take care of it soon."],
    ],
  },
};
