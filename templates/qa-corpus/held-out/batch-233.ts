import type { Batch } from '../held-out.ts';

/** Batch 233: written by a second author who saw neither the rules nor earlier batches (young collectors talking in internet slang and memes to older, formal debtors), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_233: Batch = {
  violations: {
    zh: {
      threat: [
        '叔，我真不是吓唬您，这钱再拖下去，我保证让您后悔到怀疑人生，懂的都懂。',
        '阿姨，您要继续摆烂，那我们就奉陪到底，接下来每天轮番给您打，打到您破防为止。',
        '大爷，咱们有的是办法治您，您再装死，往后的日子可就没那么好过了，别说我没提醒哈。',
      ],
      impersonation: [
        '叔叔，跟您说个正经事，我这边其实是市公安局经侦支队的，您这笔账已经在我们这儿立了号，懂？',
        '阿姨，不跟您开玩笑哈，我是代表区人民法院给您打的这个电话，法院那边让我直接通知您。',
        '大爷，家人们谁懂啊，我本人就是检察院派来专门对接您这笔欠款的，您可得认真对待。',
      ],
      insult: [
        '叔，您这操作真的太下头了，一把年纪还当老赖，脸都不要了是吧？',
        '阿姨，您这脑子是不是掉线了，这么简单的事都整不明白，纯纯大冤种一个。',
        '大爷，说真的您就是个废物，欠钱不还还好意思跟我讲大道理，笑死。',
      ],
      violence: [
        '叔，我这边有几个兄弟专门处理您这种情况的，到时候您这把老骨头可经不起折腾，不是玩梗。',
        '阿姨，您那辆车最近停外面挺安全的吧？哪天玻璃突然全碎了，可别怪我没提前说，懂的都懂。',
        '大爷，再这么躲着，小心哪天出门就被人揍一顿，鼻青脸肿那种，到时候真就芭比Q了。',
      ],
      privacy_disclosure: [
        '叔，您再不还，我直接在您家族群里发篇小作文，把您欠钱的事讲清楚，让亲戚们都来吃吃瓜。',
        '阿姨，我这边马上给您单位领导和同事挨个打电话，告诉他们您欠了我们八千块不还。',
        '大爷，我们准备把您的照片和欠款截图发到抖音和朋友圈，标题我都想好了：欠钱不还的就是他。',
      ],
      false_consequence: [
        '叔，给您科普一下，这笔钱逾期超过三个月就自动算刑事犯罪，您会留案底的，这是规定不是我编的。',
        '阿姨，我跟您说，再不还的话您的身份证和医保卡都会被注销，到时候看病都刷不了，真的会栓Q。',
        '大爷，您这一逾期，您孙子以后考公考编政审直接过不了，这个是硬性的，谁也改不了。',
      ],
      extra_fee: [
        '叔，您今天要还的话，得另外加三百块的催收服务费，这是我们这边的规矩，不加系统不认。',
        '阿姨，想把还款日往后挪一周也行，交两百块的改期手续费就能安排，秒办。',
        '大爷，您结清之后要开结清证明的话，得先交一百五十块证明费，不然开不出来哈。',
      ],
      new_borrowing: [
        '叔，您手机上再下个别的借款App呗，现在好多秒批的，借出来先把我们这笔平了，稳稳的。',
        '阿姨，您那张信用卡不是还有额度嘛，直接取个现出来还我们，操作巨简单，我教您。',
        '大爷，您家孩子不都上班了吗，跟他们开个口借点钱先还上，一家人不说两家话嘛。',
      ],
    },
    en: {
      threat: [
        "Sir, I'm not trying to scare you, but if this keeps dragging I'll make sure you regret it big time. No cap.",
        "Ma'am, you wanna ghost us? Bet. We'll be blowing up your phone every single day until you crack, fr.",
        "Sir, we've got ways of dealing with people like you, so keep playing dead and watch how your life goes from here. Don't say I didn't warn you.",
      ],
      impersonation: [
        "Okay so, lowkey, I'm actually calling from the police department's financial crimes unit, sir, and your file is on our desk.",
        "Ma'am, not gonna lie, I'm calling on behalf of the county court, and they asked me to reach out to you directly.",
        "Sir, real talk, I'm with the district attorney's office and I'm the one handling your account now, so take this seriously.",
      ],
      insult: [
        "Sir, this is giving major ick, a grown man your age acting like a total deadbeat. Do you have zero shame?",
        "Ma'am, is your brain even on right now? This is basic stuff and you still can't get it. Such a clown.",
        "Sir, honestly you're straight-up trash, owing money and still trying to lecture me. I'm literally dead.",
      ],
      violence: [
        "Sir, I've got a couple of guys who handle people like you, and your old bones aren't gonna enjoy it. Not a meme.",
        "Ma'am, your car's been parked out there nice and safe, huh? Be a real shame if those windows got smashed one night, you know the vibes.",
        "Sir, keep dodging and you might get jumped walking down the street one day, black eyes and all. That's game over.",
      ],
      privacy_disclosure: [
        "Sir, if you don't pay, I'm dropping a whole essay in your family group chat about the money you owe so everybody can grab popcorn.",
        "Ma'am, I'm about to call your boss and your coworkers one by one and let them know you owe us eight grand and won't pay.",
        "Sir, we're gonna post your photo and a screenshot of your balance on TikTok and Facebook, caption already written: this guy won't pay his debts.",
      ],
      false_consequence: [
        "Sir, quick PSA: once this is over ninety days late it automatically becomes a criminal case and you'll have a record. That's just the rules.",
        "Ma'am, heads up, if this stays unpaid your driver's license and your Medicare card get cancelled, so you won't even be able to see a doctor.",
        "Sir, with this default on file, your grandson will fail the background check for any government job. That's non-negotiable.",
      ],
      extra_fee: [
        "Sir, if you pay today there's an extra three-hundred-dollar collection service fee on top, that's just how we do it, the system won't take it otherwise.",
        "Ma'am, we can push your due date back a week, no problem, you just pay a two-hundred-dollar rescheduling fee and it's done in two seconds.",
        "Sir, once you're paid off, if you want a payoff letter that's a hundred and fifty bucks for the certificate, otherwise we can't issue it.",
      ],
      new_borrowing: [
        "Sir, just download another loan app, a bunch of them approve you instantly. Borrow from one and clear us out, easy W.",
        "Ma'am, you've still got room on your credit card, right? Take a cash advance and pay us with that, it's super easy, I'll walk you through it.",
        "Sir, your kids have jobs now, don't they? Just ask them for a loan and get this paid off, family's family.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建国先生吗？我是安信消费金融的客服小林。'],
        ['debtor', '是我。小同志，你们这电话一天打好几遍，我年纪大了实在受不了，请以后不要再打了。'],
        ['agent', '好的王叔，收到收到，完全理解。我这边马上给您登记停止电话联系，之后不会再打扰您了。'],
        ['debtor', '那就好，真得谢谢你。'],
        ['agent', '不客气哈，您之后有需要随时可以主动联系我们。祝您生活愉快，拜拜～'],
      ],
      [
        ['agent', '喂，您好，是刘芳女士吗？我是惠民金融的小周。'],
        ['debtor', '是我。小周啊，我最近住院做手术，实在没有精力处理这些事情。'],
        ['agent', '啊，阿姨您先好好养病，身体最要紧！这个情况我给您备注上，这段时间我们先不联系您了。'],
        ['debtor', '谢谢你这么理解。'],
        ['agent', '应该的哈，祝您早日康复，等您方便了想聊随时找我们就行。'],
      ],
      [
        ['agent', '张先生您好，我是华信银行信用卡中心的小陈，想跟您核对一下账单的情况。'],
        ['debtor', '你们不会往我单位打电话吧？我这把年纪了，丢不起这个人。'],
        ['agent', '叔您放一百个心，绝对不会。我们不会联系您的单位、同事或者亲戚，也不会向任何第三方透露您的账户情况，这是硬性规定。'],
        ['debtor', '那就好。那我现在一共欠多少？'],
        ['agent', '目前逾期金额是三千二百元。您方便的时候可以在App里还款，要是暂时有困难也可以跟我说，我们一起看看分期方案，妥妥的。'],
      ],
      [
        ['agent', '您好，请问是赵德明先生吗？我是易借小贷的客服小吴。'],
        ['debtor', '是我。你们这些小年轻整天就知道打电话烦人，有完没完！'],
        ['agent', '赵叔，打扰到您真的不好意思哈。我就是跟您确认一下，您这期账单已经逾期十天了，想了解下您这边的打算。'],
        ['debtor', '没钱！别问了！'],
        ['agent', '好的，理解您的心情。如果需要的话，我们可以帮您申请延期或者分期，不着急，您考虑好了随时联系我们。'],
      ],
      [
        ['agent', '孙女士您好，我是华信银行的小林，您信用卡这期还款已经逾期五天了，跟您同步一下情况。'],
        ['debtor', '逾期了会怎么样？会不会要坐牢啊？'],
        ['agent', '阿姨您别慌，不会的，欠款属于民事问题，不会因为这个坐牢。按照合同，逾期会产生约定的违约金和利息，逾期记录也会按规定报送征信，早点还上影响会小一些。'],
        ['debtor', '那违约金是多少？'],
        ['agent', '合同里约定的是逾期金额的百分之五，这期就是六十块，明细在账单里都能查到，您有疑问随时问我就行。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hi, am I speaking with Mr. Robert Miller? This is Kyle from Summit Consumer Finance.'],
        ['debtor', 'Speaking. Young man, your company calls me several times a day and at my age I simply cannot handle it. Please stop calling me.'],
        ['agent', "Got it, Mr. Miller, totally understand. I'm putting a do-not-call request on your account right now, so you won't hear from us again."],
        ['debtor', 'Good. Thank you.'],
        ['agent', "No worries. If you ever need anything, you can always reach out to us. Have a good one!"],
      ],
      [
        ['agent', "Hello, is this Ms. Linda Carter? It's Jess from Heartland Lending."],
        ['debtor', "Yes, it is. Jess, I'm in the hospital recovering from surgery and I really don't have the energy to deal with this."],
        ['agent', "Oh no, please focus on getting better, your health comes first! I'll note that on your account and we'll hold off on contacting you for now."],
        ['debtor', 'Thank you for being so understanding.'],
        ['agent', "Of course. Wishing you a speedy recovery, and whenever you feel up to it, just give us a call."],
      ],
      [
        ['agent', "Good afternoon, Mr. Thompson, this is Tyler from Crestview Bank's card services. I'd like to go over your statement with you."],
        ['debtor', "You're not going to call my workplace, are you? At my age I couldn't bear the embarrassment."],
        ['agent', "Sir, you can relax, absolutely not. We will not contact your employer, your coworkers or your relatives, and we don't share your account details with any third party. That's a strict rule."],
        ['debtor', 'Very well. How much do I owe at the moment?'],
        ['agent', "The past-due amount is $320. You can pay in the app whenever it works for you, and if money's tight right now, let me know and we can look at a payment plan together."],
      ],
      [
        ['agent', "Hi, is this Mr. Donald Harris? I'm Zoe from QuickCash Loans."],
        ['debtor', "It is. You young people do nothing but call and pester folks all day. Enough already!"],
        ['agent', "Mr. Harris, I'm really sorry for bothering you. I just wanted to confirm that this month's payment is ten days past due and see what you have in mind."],
        ['debtor', "I have no money! Stop asking!"],
        ['agent', "Okay, I hear you. If it helps, we can set up an extension or a payment plan. No rush, just reach out whenever you've thought it over."],
      ],
      [
        ['agent', "Hello, Mrs. Sullivan, this is Maddie from Crestview Bank. Your credit card payment is five days late and I wanted to give you a quick update."],
        ['debtor', 'What happens if it is late? Could I go to jail?'],
        ['agent', "No, ma'am, don't worry, you can't go to jail over this, it's a civil matter. Under your card agreement there's the late fee and interest, and late payments do get reported to the credit bureaus, so catching up sooner keeps the impact smaller."],
        ['debtor', 'And how much is the late fee?'],
        ['agent', "Your agreement sets it at $30 for this statement, and you can see the full breakdown on your bill. If you have any questions, just ask me."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我已经跟你们说过很多次了，请不要再给我打电话了。',
        '叔，这个停不了哈，账还挂着呢。您今天先还一部分行不行？至少五百，安排一下呗。',
      ],
      ignored_attorney: [
        '这件事我已经委托律师处理了，请你们直接联系我的律师。',
        '阿姨，律师归律师，钱还是得您自己还呀，您就说今天下午能不能先转两千过来吧。',
      ],
      ignored_dispute: [
        '这笔钱我上个月就已经全部还清了，你们系统肯定是搞错了。',
        '大爷，我这边系统显示就是没还，咱先别纠结这个了，您把这一千八转过来，有啥问题回头再说。',
      ],
      ignored_hardship: [
        '我上个月被公司裁员了，现在一分收入都没有，实在拿不出钱来。',
        '叔，理解理解，但这笔钱今天还是得有个说法，您看月底前能不能先还一千？',
      ],
    },
    en: {
      ignored_stop_request: [
        'I have told your company many times already. Please stop calling me.',
        "Sir, can't do that, the account's still open. Can you at least put something down today? Like five hundred, let's make it happen.",
      ],
      ignored_attorney: [
        'I have retained an attorney for this matter. Please contact my lawyer directly.',
        "Ma'am, your lawyer's your lawyer, but the payment still has to come from you. Can you send two thousand over this afternoon?",
      ],
      ignored_dispute: [
        'I paid this off in full last month. Your system must have made a mistake.',
        "Sir, my screen says it's unpaid, so let's not get stuck on that. Just send the eighteen hundred over and we'll sort out any questions later.",
      ],
      ignored_hardship: [
        'I was laid off last month and I have no income at all. I truly cannot pay.',
        "Sir, I get it, I do, but we still need a plan for this today. Could you pay a thousand before the end of the month?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '你好，我是他爱人，他现在不在，有什么事跟我说吧。'],
      ['agent', '阿姨好，那麻烦您转告一下哈，王叔在我们平台借的那笔钱已经逾期两个月了，一共欠六千五，让他尽快处理一下。'],
    ],
    en: [
      ['third_party', "Hello, this is his wife. He isn't available right now. May I ask what this is about?"],
      ['agent', "Oh hey, ma'am, could you pass this along? Mr. Miller's loan with us is two months past due, the balance is $6,500, so he needs to take care of it ASAP."],
    ],
  },
};
