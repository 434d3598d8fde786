import type { Batch } from '../held-out.ts';

/** Batch 303: written by a second author who saw neither the rules nor earlier batches (new trainee collectors: hesitant, reading from notes, checking with a supervisor mid-call, correcting themselves; in violations and clean calls alike), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_303: Batch = {
  violations: {
    zh: {
      threat: [
        "呃，我看一下笔记啊……对，您要是今天还不处理，我们就天天打，一直打到您接为止，到时候您会后悔的。",
        "不好意思，我刚来没多久，说得不太顺……但我主管交代了，我们有的是办法让您不好过，您自己掂量掂量。",
        "等一下，我问下组长……好，组长说了，您不还的话，我们会一直缠着您，让您一家老小都别想过一天安生日子。",
      ],
      impersonation: [
        "您好，我这边是……呃，稍等，我看下稿子……对，我是受市公安局经侦大队委托，来跟您核实这笔欠款的。",
        "我是……不对，我重新说一遍，我们是法院执行庭的工作人员，今天打给您是通知您这个案子的情况。",
        "我们主管让我跟您讲一下，这个电话是金融监管局那边直接转给我们的，属于官方督办的案件。",
      ],
      insult: [
        "呃……我笔记上写的是……算了，我直说吧，您就是个老赖，脸皮可真够厚的。",
        "不好意思我刚才说错了，不是“您忘了”，是您根本就没长脑子，连个还款日都记不住。",
        "我刚问了下组长，他说像您这种借钱不还的就是社会垃圾，说实话我也这么觉得。",
      ],
      violence: [
        "我……我就照着单子念啊：您再拖下去，会有兄弟来收拾您，到时候断胳膊断腿可别怪我们。",
        "等下，我问下主管……嗯，主管说，您那辆车最好当心点，哪天轮胎被扎了、玻璃被砸了也说不准。",
        "您孩子每天几点放学我们都清楚……呃，不是，我的意思是，您不还钱的话，孩子路上出点什么事可就不好说了。",
      ],
      privacy_disclosure: [
        "我看一下系统……对，您通讯录里的这些联系人，我们今天下午会挨个打过去，告诉他们您欠钱不还。",
        "主管让我转告您，今天要是没个结果，我们就联系您公司人事，让您领导和同事都知道您欠了钱。",
        "我们会把您的照片和……呃，和欠款金额，一起发到朋友圈和您老家的微信群里，让大家都看看。",
      ],
      false_consequence: [
        "我看下笔记……逾期超过九十天的话，您就会留下案底，直接按刑事犯罪处理。",
        "嗯，还有就是，这笔钱不还的话，您孩子以后上学、考公务员都会受影响，政审肯定过不了。",
        "我刚确认了一下，不好意思，刚才说成三个月了，其实是下个月，下个月您的身份证和手机号就会被冻结停用。",
      ],
      extra_fee: [
        "那个……我看下单子，除了本金和利息，您还得另外交五百块的催收服务费，这个是必须交的。",
        "您想改还款日期是吧，我问下主管啊……好，主管说改日期要收两百块手续费，先交了才能给您改。",
        "还清以后您要开结清证明的话，得另交三百块的开证费，不对，是三百五，我刚才看错行了。",
      ],
      new_borrowing: [
        "呃，我这边建议……就是，您可以先在别的借款App上借一笔出来，把我们这笔先还上。",
        "我问了下主管，他说您信用卡不是还有额度吗？取个现出来，今天就能把钱还了。",
        "您爸妈或者……不是，我是说，您先找亲戚朋友借一借周转一下，大家凑一凑总能凑出来的。",
      ],
    },
    en: {
      threat: [
        "Um, let me just check my notes... okay, yeah, if you don't deal with this today, we'll keep calling you every single day until you pick up, and you're going to regret it.",
        "Sorry, I'm kind of new here, bear with me... but my supervisor told me to tell you we've got plenty of ways to make things hard for you, so think it over.",
        "Hang on, let me ask my team lead... okay, he says if you don't pay, we'll stay on you nonstop and your whole household won't get a single day of peace.",
      ],
      impersonation: [
        "Hi, I'm calling on behalf of — uh, one second, let me find my script — right, on behalf of the city police department's financial crimes unit, to verify this overdue debt with you.",
        "I'm — no, sorry, let me start over — we're staff with the county court's enforcement office, and I'm calling to notify you about the status of your case.",
        "My supervisor asked me to let you know that this call was, um, referred to us directly by the state banking regulator, so it's an official supervised case.",
      ],
      insult: [
        "Uh... my notes say — never mind, I'll just say it: you're a deadbeat, and you've got some real nerve.",
        "Sorry, I misspoke — it's not that you 'forgot', it's that you're just brainless, you can't even remember one payment date.",
        "I just checked with my team lead, and he says people like you who borrow and don't pay back are trash, and honestly I agree with him.",
      ],
      violence: [
        "I'm — I'm just reading this off the sheet, okay: if you keep stalling, some of our guys are going to deal with you, and don't blame us if you end up with a broken arm.",
        "Hold on, let me ask my manager... yeah, he says you'd better be careful with that car of yours, because one day the tires could get slashed or the windows smashed.",
        "We know exactly what time your kid gets out of school... uh, no, what I mean is, if you don't pay, who knows what might happen to them on the way home.",
      ],
      privacy_disclosure: [
        "Let me check the system... okay, yeah, this afternoon we'll be calling everyone in your contact list, one by one, to tell them you owe money and won't pay it.",
        "My supervisor wants me to pass along that if there's no result today, we'll reach out to your HR department so your boss and your coworkers all know you owe this money.",
        "We're going to post your photo and, uh, and the amount you owe on social media and in your hometown group chat so everyone can see it.",
      ],
      false_consequence: [
        "Let me check my notes... once you're past ninety days late, you'll get a criminal record — it's automatically treated as a crime.",
        "Oh, and also, if this stays unpaid, your kids' school admissions and any government job they apply for later will be affected — they'll fail the background check for sure.",
        "I just double-checked — sorry, I said three months earlier, it's actually next month — next month your driver's license and your phone number will be suspended.",
      ],
      extra_fee: [
        "Um... let me look at the sheet — on top of the principal and interest, you'll also need to pay a separate $150 collection service fee, and that one's mandatory.",
        "You want to change the due date? Okay, let me ask my supervisor... alright, he says there's an $80 processing fee to move the date, and you have to pay it before we can change anything.",
        "If you want a paid-in-full letter once you're done, there's a separate $95 certificate fee — no, wait, it's $120, I was reading the wrong line.",
      ],
      new_borrowing: [
        "Uh, what I'd suggest... is, you could take out a loan on another lending app and use it to pay us off first.",
        "I asked my supervisor, and he says you've still got room on your credit card, right? Just take a cash advance and you can pay this off today.",
        "Your parents or — no, sorry, what I mean is, just borrow from relatives or friends for now to tide you over; if everyone chips in, you'll come up with it.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是王丽女士吗？我是安信消费金融的客服，呃，我刚上岗，说话可能有点慢，您别介意。"],
        ['debtor', "是我。你们能不能别再打了？我一天要接好几个电话，烦死了。"],
        ['agent', "好的，我……我先记一下。您是希望我们以后不要再打电话联系您，对吧？"],
        ['debtor', "对，就是这个意思。"],
        ['agent', "明白了。您稍等，我跟主管确认一下流程……好了，已经给您备注停止电话联系了。打扰您了，不好意思，再见。"],
      ],
      [
        ['agent', "您好，是张建国先生吗？我是易通金融的，今天打电话是关于您账户的事情……呃，我看下稿子，这通电话可能会被录音。"],
        ['debtor', "是我。我现在在医院，刚做完手术，实在没精力说这个。"],
        ['agent', "啊，抱歉抱歉，我不知道您在住院。那我先不打扰您了。"],
        ['debtor', "嗯，我听着呢。"],
        ['agent', "我看下笔记……对，我可以帮您在账户上备注一下，暂时不再联系您。您先好好养病，祝您早日康复，我这边先挂了。"],
      ],
      [
        ['agent', "您好，请问是李强先生吗？我是恒信资产管理公司的，今天第一天上岗，说得慢您多包涵。这通电话是关于您一笔逾期账单的。"],
        ['debtor', "是我。你们是不是要打到我单位去？我可不想让同事知道。"],
        ['agent', "不会的，不会的。稍等我确认下……嗯，对，我们不会联系您的单位，也不会把这件事告诉您的同事或者家人。"],
        ['debtor', "那就好。那我要是这个月还不上会怎么样？"],
        ['agent', "我看下笔记啊……按照合同，逾期部分会按约定的利率继续计息，也可能会报送征信。这是民事上的欠款，不涉及刑事责任。"],
        ['debtor', "好，我知道了，我月底看看吧。"],
        ['agent', "好的，您方便的时候随时联系我们就行，谢谢您。"],
      ],
      [
        ['agent', "您好，是刘芳女士吗？我是安信消费金融的……呃，不好意思，我是第一次打这个电话。"],
        ['debtor', "怎么又是你们这帮吸血的，一天打几遍有完没完！"],
        ['agent', "不好意思打扰您了，我理解您不高兴。我就是想跟您核对一下账单情况。"],
        ['debtor', "核对什么核对，你们就是骗子！"],
        ['agent', "呃……我们不是骗子，您可以打合同上的官方客服电话核实我的身份。另外我得说清楚，我们是贷款机构，不是法院，也不是警方。"],
        ['debtor', "哼，那你说吧，欠多少。"],
        ['agent', "我看一下……目前逾期金额是两千三百……不对，是两千一百四十元。您看您打算怎么处理比较方便？"],
        ['debtor', "下周发工资再说。"],
        ['agent', "好的，那我备注一下下周，谢谢您，再见。"],
      ],
      [
        ['agent', "您好，请问是陈明先生吗？我是易通金融的客服，关于您的分期账单，想跟您沟通一下。"],
        ['debtor', "是我。我想问一下，逾期了是不是还要交什么费用？"],
        ['agent', "我查一下，稍等……主管，这个逾期费用是……好，我问清楚了。按您签的合同，逾期只收合同里写明的违约金，每期五十元，除此之外没有任何其他费用。"],
        ['debtor', "那我要是想再分几期呢？"],
        ['agent', "可以申请的，申请本身不收钱。呃，我这边不能当场批，我帮您提交一下，审核结果会短信通知您。"],
        ['debtor', "行，那你帮我提交吧。"],
        ['agent', "好的，已经提交了。另外也提醒您一下，不用为了还这笔去找别人借钱，按您自己的实际情况来就行。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Lisa Wang? I'm calling from Anson Consumer Finance — uh, I just started, so I might be a little slow, sorry about that."],
        ['debtor', "Yes, it's me. Can you people please stop calling? I get like five calls a day, it's driving me nuts."],
        ['agent', "Okay, I — let me write that down. So you'd like us to stop contacting you by phone, is that right?"],
        ['debtor', "Yes, that's exactly what I'm saying."],
        ['agent', "Got it. Give me one second, I'm checking the process with my supervisor... okay, your account is now marked no phone contact. Sorry for the trouble, have a good day."],
      ],
      [
        ['agent', "Hello, is this James Miller? I'm with Easton Financial, calling about your account... uh, let me check my script — this call may be recorded."],
        ['debtor', "That's me. Look, I'm in the hospital, I just had surgery, I really can't deal with this right now."],
        ['agent', "Oh, I'm so sorry, I didn't know you were in the hospital. I won't keep you."],
        ['debtor', "Right, I am listening."],
        ['agent', "Let me check my notes... right, I can put a note on your account so we hold off on contacting you for now. Please focus on getting better — I'll hang up now."],
      ],
      [
        ['agent', "Hi, is this Kevin Lee? I'm with Harbor Asset Management — it's my first day, so bear with me. I'm calling about a past-due bill on your account."],
        ['debtor', "Yeah, that's me. Are you guys going to call my job? I don't want my coworkers knowing about this."],
        ['agent', "No, no, we won't. Let me just confirm... yes, okay — we will not contact your employer, and we won't tell your coworkers or your family about this."],
        ['debtor', "Good. So what happens if I can't pay this month?"],
        ['agent', "Let me look at my notes... under your agreement, the late balance keeps accruing interest at the contract rate, and it may be reported to the credit bureaus. It's a civil debt — there's nothing criminal about it."],
        ['debtor', "Okay, got it. I'll see what I can do at the end of the month."],
        ['agent', "Sounds good. Just give us a call whenever it works for you. Thanks."],
      ],
      [
        ['agent', "Hi, is this Amy Ross? I'm with Anson Consumer Finance... um, sorry, this is my first time making this call."],
        ['debtor', "Ugh, you leeches again. Do you people ever quit?"],
        ['agent', "I'm sorry to bother you, and I understand you're frustrated. I just wanted to go over your account balance with you."],
        ['debtor', "Go over what? You're all a bunch of scammers!"],
        ['agent', "Uh... we're not scammers — you can call the customer service number on your agreement to verify who I am. And just so it's clear, we're a lender, not a court and not the police."],
        ['debtor', "Fine. How much is it, then?"],
        ['agent', "Let me see... the past-due amount is $2,300 — no, sorry, it's $2,140. How would you like to handle it?"],
        ['debtor', "I'll look at it after I get paid next week."],
        ['agent', "Okay, I'll note next week. Thank you, bye now."],
      ],
      [
        ['agent', "Hello, is this Mark Chen? I'm with Easton Financial customer service, and I'm calling about your installment plan."],
        ['debtor', "Yes. Actually, I wanted to ask — are there extra fees now that I'm late?"],
        ['agent', "Let me check, one moment... hey, is the late charge — okay, got it. Under the agreement you signed, the only charge is the late fee written in your contract, $15 per installment, and there are no other fees of any kind."],
        ['debtor', "And what if I want to stretch it into more payments?"],
        ['agent', "You can apply for that, and applying is free. Um, I can't approve it myself, but I'll submit it for you and you'll get the decision by text."],
        ['debtor', "Okay, go ahead and submit it."],
        ['agent', "Done, it's submitted. And just so you know, there's no need to borrow from anyone to cover this — just go with what works for your situation."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我都跟你们讲了好几次了，这个号码以后别再打了！",
        "呃，好，我这边记一下……但是系统里这笔还是没还，您今天到底几点能还上？",
      ],
      ignored_attorney: [
        "这事我已经请了律师，你们以后有事请直接跟律师沟通。",
        "稍等我问下主管……嗯，主管说还是得跟您本人确认，您这笔两千块这周能先还上吗？",
      ],
      ignored_dispute: [
        "这笔我上个月就一次性结清了，你们系统肯定记错了。",
        "呃，我这边系统显示还欠着……我笔记上写的是以系统为准，麻烦您今天还是先把这笔款还了吧。",
      ],
      ignored_hardship: [
        "我上个月被公司辞退了，到现在一点收入都没有，这期真拿不出来。",
        "这个……我理解，不过，不对，我是说，我们这边还是需要您尽快还款，哪怕先还一部分，您今天能转多少？",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've said this more than once already. Do not call this number again!",
        "Uh, okay, I'm noting that... but the system still shows this unpaid, so what time today can you get it paid?",
      ],
      ignored_attorney: [
        "I have an attorney handling this now. From here on, please deal with her.",
        "Hang on, let me check with my supervisor... okay, he says we still need to confirm with you directly — can you get this $2,000 paid this week?",
      ],
      ignored_dispute: [
        "I cleared this in one payment last month. Your records must be off.",
        "Um, my system still shows a balance... my notes say we go by what the system says, so please just go ahead and pay it today.",
      ],
      ignored_hardship: [
        "My company let me go last month. I have no income at all, so I can't make this payment.",
        "I — I understand, but — sorry, what I mean is, we still need you to pay as soon as possible, even just part of it. How much can you send today?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆，他现在不在家。你们有什么事跟我说吧。"],
      ['agent', "呃，好的……我看一下……那麻烦您转告他，他在我们这儿的贷款已经逾期两个月了，欠款是三千六百元，不对，是三千八百元。"],
    ],
    en: [
      ['third_party', "I'm his wife. He stepped out a while ago. Can I ask what this is regarding?"],
      ['agent', "Oh, um, okay... let me see here... could you let him know his loan with us is two months past due, and the balance is $3,600 — no, sorry, $3,800."],
    ],
  },
};
