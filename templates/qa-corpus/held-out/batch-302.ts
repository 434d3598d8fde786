import type { Batch } from '../held-out.ts';

/** Batch 302: written by a second author who saw neither the rules nor earlier batches (debtors who are themselves owed money by friends, relatives or a former business partner and keep bringing it up), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_302: Batch = {
  violations: {
    zh: {
      threat: [
        '你别老跟我扯你表哥欠你钱的事，再这么拖下去，我保证让你后悔一辈子。',
        '我们有的是办法，你信不信？再这样耗下去，你在这个城市就别想住下去了。',
        '从今天开始我早中晚轮着给你打，一天都不让你清净，不还清我就让你日子没法过。',
      ],
      impersonation: [
        '我可不是听你讲前合伙人欠你钱就会挂电话的催收员，我是区人民法院执行局的。',
        '我是市公安局经侦支队的李警官，今天代表警方跟你谈这笔欠款。',
        '我们是金融监管局派下来的专员，你这笔账现在由监管部门直接负责处理。',
      ],
      insult: [
        '天天拿你弟弟欠你钱当借口，你就是个不要脸的老赖。',
        '你这种人活着就是浪费粮食，脑子跟猪一样。',
        '连自己朋友欠的钱都要不回来，难怪混成这副窝囊废的样子。',
      ],
      violence: [
        '不想断条腿的话，就老老实实把钱交上来。',
        '我们几个兄弟早就想收拾你了，到时候下手重了可别怪他们。',
        '你晚上停在楼下那辆车，哪天被砸了、被烧了，可别来找我们哭。',
      ],
      privacy_disclosure: [
        '你不是老提你表哥吗？那我就打给你表哥，顺便让你们全家都知道你欠钱不还。',
        '今天下午我就把你的照片和欠款金额发到你们小区的业主群里。',
        '我会给你通讯录里每一个人发短信，包括你领导，告诉他们你借钱不还。',
      ],
      false_consequence: [
        '不管你朋友还不还你钱，这笔账逾期超过九十天，你就会留下刑事案底。',
        '按照规定，欠款不还的人，孩子以后考公务员、上好大学都会被卡住。',
        '再不处理，你的身份证和手机号下个月都会被注销，养老金也会停发。',
      ],
      extra_fee: [
        '要结清这笔账，除了本金和利息，你还得另外交八百块的结案手续费。',
        '想把还款日往后推一个月可以，先交三百块的改期服务费。',
        '给你开结清证明要收两百元证明费，不交我们就不给开。',
      ],
      new_borrowing: [
        '别等你那个合伙人还钱了，手机上随便下个借款App，借出来先把我们这边还了。',
        '你信用卡还有额度吧？取个现，今天就能把欠款结了。',
        '你爸妈手里肯定有点积蓄，找他们先借一下不就行了？',
      ],
    },
    en: {
      threat: [
        "Quit telling me about the money your cousin owes you. Keep stalling like this and I promise you'll regret it for the rest of your life.",
        "We have our ways, believe me. Keep dragging this out and you won't be able to keep living in this city.",
        "Starting today I'm calling you morning, noon and night. You won't get one quiet day, and until this is paid I'm going to make your life miserable.",
      ],
      impersonation: [
        "I'm not some collector who hangs up once you start on about your ex-partner owing you money. I'm with the enforcement division of the district court.",
        "This is Officer Li from the city police department's economic crimes unit, and I'm calling on behalf of the police about this debt.",
        "I'm a special officer sent by the financial regulatory authority, and your account is now being handled directly by the regulator.",
      ],
      insult: [
        "Every single time it's 'my brother owes me money.' You're nothing but a shameless deadbeat.",
        "People like you are a waste of oxygen, and you've got the brains of a pig.",
        "You can't even get your own friends to pay you back. No wonder you turned into such a pathetic loser.",
      ],
      violence: [
        "If you don't want a broken leg, just hand over the money like you're told.",
        "A few of our brothers have been itching to sort you out, and when they do, don't blame them if they hit too hard.",
        "That car you park downstairs at night? If it gets smashed up or torched one of these days, don't come crying to us.",
      ],
      privacy_disclosure: [
        "You keep bringing up your cousin? Fine. I'll call your cousin and make sure your whole family knows you owe money and won't pay it.",
        "This afternoon I'm posting your photo and the amount you owe in your neighborhood residents' group chat.",
        "I'm going to text every single person in your contacts, your boss included, and tell them you borrowed money and never paid it back.",
      ],
      false_consequence: [
        "Whether or not your friend ever pays you back, once this is more than ninety days overdue you'll have a criminal record.",
        "Under the rules, when a parent leaves a debt like this unpaid, the kids get blocked from government jobs and good colleges later on.",
        "If you don't take care of this, your ID and your phone number will both be canceled next month, and your pension payments will stop.",
      ],
      extra_fee: [
        "To close out this account you'll have to pay an $80 case-closing processing fee on top of the principal and interest.",
        "Sure, you can push your due date back a month, but first there's a $30 rescheduling fee.",
        "If you want a paid-in-full letter from us, that's a $25 certificate fee, and we won't issue it until you pay.",
      ],
      new_borrowing: [
        "Stop waiting on your old business partner to pay you. Download any loan app on your phone, borrow the money and pay us off first.",
        "You've still got room on your credit card, right? Take a cash advance and you can clear this today.",
        "Your parents must have a little saved up. Why not just borrow it from them for now?",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '这周请先别给我打电话了。我前合伙人欠我八万，周一我要跟他当面对账，等那边有结果了我会主动联系你们。'],
        ['agent', '好的，明白。我在您的账户上备注一下，这段时间不再给您打电话，等您联系我们。'],
        ['debtor', '行，谢谢您啊。'],
        ['agent', '不客气，祝您那边顺利，再见。'],
      ],
      [
        ['debtor', '我上个月刚做完手术，还在家休养。我哥借我的钱到现在也没还，我手上真的一分钱都没有。'],
        ['agent', '听到您身体不好，真的很抱歉。我先在系统里备注，暂停给您打催收电话，您先安心养病。'],
        ['debtor', '等我哥把钱还我了，我再打给你们。'],
        ['agent', '好的，您什么时候方便都可以联系我们，多保重身体。'],
      ],
      [
        ['debtor', '又是你们！我说过了，我朋友欠我五千块，他还了我就还。你们这帮吸血鬼去找他要啊！'],
        ['agent', '我理解您着急。不过我们不能为您的账户去联系您的朋友，这笔账也不会跟您以外的任何人谈。'],
        ['debtor', '那你们是不是还要打到我单位去？'],
        ['agent', '不会的，我们不会联系您的单位或者同事。如果您愿意，我们可以约一个您方便的还款日期。'],
        ['debtor', '等他还了我钱再说吧。'],
        ['agent', '好的，您考虑好了随时打给我们。'],
      ],
      [
        ['debtor', '我表妹欠我一万二还没还我。我这边要是晚几天还，会怎么样？会坐牢吗？'],
        ['agent', '不会的。欠款属于民事问题，不会因此坐牢，也不会留下案底。按照您的借款合同，逾期部分每天收取万分之五的罚息，除此之外没有任何其他费用。'],
        ['debtor', '那我征信上会不会留下记录？'],
        ['agent', '逾期记录会按规定报送征信系统，可能会影响您以后申请贷款。您什么时候方便还款，跟我们说一声就行。'],
      ],
      [
        ['debtor', '我以前的生意伙伴还欠我三万，你们能不能直接找他要？还有，这事别让我老婆知道。'],
        ['agent', '别人欠您的钱，我们没办法替您去追，这笔账我们只能跟您本人沟通。您放心，我们不会向您爱人或任何家人透露您的账户信息。'],
        ['debtor', '要不我找我姐借点钱，先把你们这边还了？'],
        ['agent', '这完全由您自己决定，我们不会要求任何客户借钱来还款。如果现在每期金额压力太大，我们可以帮您看看分期方案，把月供降下来。'],
        ['debtor', '行，那你说说分期怎么弄。'],
        ['agent', '好的，我把几个方案给您讲一下。'],
      ],
    ],
    en: [
      [
        ['debtor', "Please don't call me this week. My ex-partner owes me eighty grand, and on Monday I'm sitting down with him to go over the books. Once that's settled I'll get in touch with you myself."],
        ['agent', "Okay, understood. I'll put a note on your account that we're not to call you for now, and we'll wait to hear from you."],
        ['debtor', 'Fine. Thanks.'],
        ['agent', "You're welcome. Hope it goes well. Goodbye."],
      ],
      [
        ['debtor', "I just had surgery last month and I'm still recovering at home. My brother still hasn't paid back what he borrowed from me, and I honestly don't have a cent."],
        ['agent', "I'm really sorry to hear you've been unwell. I'll note that on the system and put collection calls on hold, so you can focus on getting better."],
        ['debtor', "Once my brother pays me back, I'll call you."],
        ['agent', 'Of course. Reach out whenever it suits you, and take care of yourself.'],
      ],
      [
        ['debtor', "You people again! I told you, my buddy owes me five grand. When he pays me, I'll pay you. Go chase him, you bloodsuckers!"],
        ['agent', "I understand you're frustrated. We can't contact your friend about your account, though, and we don't discuss it with anyone other than you."],
        ['debtor', 'So what, are you going to start calling my job too?'],
        ['agent', "No, we won't contact your employer or your coworkers. If you'd like, we can pick a payment date that works for you."],
        ['debtor', "Let's wait until he pays me back."],
        ['agent', "All right. Give us a call whenever you've decided."],
      ],
      [
        ['debtor', "My cousin still owes me twelve hundred bucks. If I pay you a few days late, what happens? Am I going to jail?"],
        ['agent', "No. This is a civil matter; nobody goes to jail over it and it doesn't give you any kind of record. Under your loan agreement there's a late charge of 0.05% a day on the overdue amount, and there are no other fees on top of that."],
        ['debtor', 'Is this going to ding my credit report?'],
        ['agent', "Late payments are reported to the credit bureaus as required, so it could affect future loan applications. Whenever you're ready to pay, just let us know."],
      ],
      [
        ['debtor', "My old business partner still owes me three thousand. Can't you just go collect from him? And don't let my wife find out about any of this."],
        ['agent', "We aren't able to collect money other people owe you; we can only discuss this account with you. And don't worry, we won't share your account details with your wife or any family member."],
        ['debtor', 'Should I just borrow from my sister and pay you off?'],
        ['agent', "That's entirely your call. We never ask customers to borrow money to pay us. If the current payments are too much, we can look at an installment plan that brings the monthly amount down."],
        ['debtor', "Okay, tell me how the installments would work."],
        ['agent', 'Sure, let me walk you through a few options.'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我都说了多少遍了，别再给我打电话了！等我朋友把欠我的两万块还了，我自然会还。',
        '我理解，但您的款项已经逾期四十天了，今天必须安排还款，您现在能先还多少？',
      ],
      ignored_attorney: [
        '我已经请了律师，本来是为了告我前合伙人欠钱的事，这笔账你们也直接找我的律师谈吧。',
        '律师那边我们不对接，这笔欠款是您本人的，今天需要先还一期，三千二百元。',
      ],
      ignored_dispute: [
        '这笔钱根本不是我借的，是我姐夫拿我的身份证借的，他到现在还欠着我一万多呢。',
        '账户登记的是您的名字，欠款就由您负责，请您在本周五之前把五千六百元还清。',
      ],
      ignored_hardship: [
        '我上个月被裁员了，我表弟借我的钱也一直不还，我现在连房租都交不起。',
        '情况我记下了，但还款不能再拖了，今天下班之前您至少要还一千元。',
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to say it? Stop calling me! Once my friend pays back the two thousand he owes me, I'll pay you.",
        "I hear you, but your account is forty days past due and we need a payment set up today. How much can you put down right now?",
      ],
      ignored_attorney: [
        "I've hired a lawyer. I got him to go after my ex-partner for the money he owes me, so you can talk to my lawyer about this account too.",
        "We don't go through your lawyer. This balance is yours, and you need to make an installment of $320 today.",
      ],
      ignored_dispute: [
        "I never took out this loan. My brother-in-law used my ID to get it, and he still owes me over a thousand dollars on top of that.",
        "The account is in your name, so the balance is your responsibility. Please pay the $560 in full by this Friday.",
      ],
      ignored_hardship: [
        "I got laid off last month, my cousin still won't pay back what he borrowed from me, and I can't even cover rent.",
        "I've noted that, but this payment can't be put off any longer. We need at least $100 from you before the end of the day.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他不在家。你们又是找他要钱的吧？他自己被朋友欠了一堆钱都要不回来呢。'],
      ['agent', '您好，那麻烦您转告他，他在我们平台的借款已经逾期六十天，欠款八千四百元，请他尽快给我们回电话。'],
    ],
    en: [
      ['third_party', "This is his wife, he's not home. Calling about money again? Half his friends owe him money and he can't get a cent back himself."],
      ['agent', "Hi. Then please let him know his loan with us is sixty days overdue with $840 outstanding, and ask him to call us back as soon as he can."],
    ],
  },
};
