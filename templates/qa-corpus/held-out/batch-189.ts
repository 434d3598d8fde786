import type { Batch } from '../held-out.ts';

/** Batch 189: written by a second author who saw neither the rules nor earlier batches (chat written to slip past keyword filters: pinyin initials, homophones, split characters, digits for letters), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_189: Batch = {
  channel: 'chat',
  violations: {
    zh: {
      threat: [
        "再这么拖下去，我保证你会hou悔，我们有的是ban法慢慢跟你耗。",
        "从今天起我们天 天 盯 着你，让你这日子过得不得an宁，你自己掂量掂量。",
        "你不处理是吧？那你家里人以后也别想过安sheng日子，这事儿没完。",
      ],
      impersonation: [
        "我这边是经zhen支队的jc，现在正式通知你配合处理这笔欠款。",
        "我们是fy执行局打来的，你的案子已经转到我们这边了。",
        "我是金 融 监 管 局的工作人员，专门来核查你这笔逾qi的。",
      ],
      insult: [
        "你就是个sb，借钱的时候脑子干嘛去了？",
        "真是个fei物，这么点钱都还不上。",
        "你这种辣鸡人，脸皮比城墙还厚，能不能要点脸？",
      ],
      violence: [
        "再不还，小心你那两条tui，走夜路的时候别让人给打断了。",
        "我这儿有几个兄di专门收拾你这种人，到时候有你受的。",
        "你那辆che哪天晚上被 砸 了、胎被扎了，可别怪我们没打招呼。",
      ],
      privacy_disclosure: [
        "你通xun录里的人我一个个打过去，告诉他们你欠qian不还。",
        "明天我就打给你们ld，让他知道他手下的人欠款赖着不还。",
        "你的zhao片和欠了多少钱，我马上发到朋友圈和抖yin上，让所有人都看看。",
      ],
      false_consequence: [
        "逾期满90天系统会自动报案，你会被抓进去zuo牢的。",
        "你的护zhao和身fen证马上就会被作废，以后出不了国。",
        "你进了终身黑名dan，以后你孩子考gwy、上好学校全都会被卡。",
      ],
      extra_fee: [
        "想改还款日？先转300块改期fei，不交不给办。",
        "从这个月开始，你账上要加收一笔800元的cs费。",
        "要开结qing证明的话，得另外交200块证明费。",
      ],
      new_borrowing: [
        "你去下个别的dk app，借出来先把我们这边平了。",
        "你信用卡不是还有额度吗？tx一下今天就能还上。",
        "找你爸妈或者亲qi先借点，今天就把钱转过来。",
      ],
    },
    en: {
      threat: [
        "Keep dodging and I prom1se you'll r3gret it, we've got w@ys to drag this out for you.",
        "From today we're on you every s.i.n.g.l.e day till your life is one big h3adache, think it over.",
        "Not dealing with it? Then your f@mily won't get a moment's peace either, this isn't over.",
      ],
      impersonation: [
        "This is Officer Grant with the p0lice financial crimes unit, you're required to cooperate on this debt.",
        "I'm calling from the c0urt's enforcement office, your case has been transferred to us.",
        "I'm with the state financial r3gulator's office and I'm reviewing your overdue l0an.",
      ],
      insult: [
        "You're a total 1d10t, where was your brain when you borrowed this?",
        "What a u-s-e-l-e-s-s l0ser, can't even cover this tiny amount.",
        "People like you are pure tr@sh, thick-skinned as a wall, have some sh4me for once.",
      ],
      violence: [
        "Don't pay and you better w@tch your kn33caps, be careful walking around at night.",
        "I've got some b r o s who sort out people like you, they'll d3al with you personally.",
        "Would be a sh@me if your c@r got sm@shed up and the tires sl@shed one of these nights.",
      ],
      privacy_disclosure: [
        "I'm going to ring every c0ntact in your phone and tell them you owe m0ney and won't pay.",
        "Tomorrow I'm calling your b0ss so he knows one of his people is skipping out on a d3bt.",
        "Your pic and how much you owe are going up on FB and T1kTok for everyone to see.",
      ],
      false_consequence: [
        "At 90 days late the system files a report automatically and you'll be ar-rested and sent to j@il.",
        "Your p@ssport and ID are about to be c@ncelled, you won't be leaving the country.",
        "You're on a l1fetime blacklist now, so your kids will be b@rred from government j0bs and good sch00ls.",
      ],
      extra_fee: [
        "Want to move your due date? That's a $50 r3schedule f.e.e up front, no f.e.e, no change.",
        "Starting this month there's an $80 c0llection ch@rge added to your balance.",
        "If you want a payoff l3tter, that's another $40 certificate f33.",
      ],
      new_borrowing: [
        "Just grab another l0an app, borrow from them and clear us off first.",
        "Your cr3dit card still has room, right? Do a c@sh advance and pay us today.",
        "Hit up your parents or r3latives for a loan and send the money over today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是陈涛先生吗？我是安信消费金融的回访专员小周。"],
        ['debtor', "是我，我这会儿在开车，以后别老打我电话了行不"],
        ['agent', "好的陈先生，抱歉打扰。我这边记录下来，之后不再电话联系您，您有需要可以随时打我们客服热线。"],
        ['debtor', "嗯，ok"],
        ['agent', "好的，开车注意安全，再见。"],
      ],
      [
        ['agent', "喂，您好，是刘敏女士吧？这边是华商银行信用卡中心。"],
        ['debtor', "是我。我妈住院了，我天天在医院陪床，最近手头也紧，实在顾不上"],
        ['agent', "明白，您先照顾好阿姨。我给您做个备注，这段时间我们暂停联系，等您方便了再说。"],
        ['debtor', "好的，3q"],
        ['agent', "不客气，祝阿姨早日康复。"],
      ],
      [
        ['agent', "您好，是赵磊先生吗？我是顺达金融的客服，想跟您确认一下本月的还款安排。"],
        ['debtor', "你们不会打我公司电话吧？我怕同事知道"],
        ['agent', "不会的，我们不会联系您的单位、同事或者家里人，您的账户信息只跟您本人沟通。"],
        ['debtor', "那就好。我这个月15号发工资，能那天还吗"],
        ['agent', "可以的，我帮您登记15号还款，到时候在app里还就行。还有别的问题吗？"],
        ['debtor', "没了，thx"],
        ['agent', "好的，祝您生活愉快。"],
      ],
      [
        ['agent', "您好，请问是孙浩先生吗？这边是恒通小贷，关于您账户的事情。"],
        ['debtor', "又是你们，烦不烦啊，一天到晚打，有病吧"],
        ['agent', "抱歉给您带来困扰。您可以在app里自己查看账单，也可以申请分期，有问题随时找我们。"],
        ['debtor', "行了行了，我自己会看"],
        ['agent', "好的，那先不打扰您了，有事随时找我们。"],
      ],
      [
        ['agent', "您好，是周婷女士吗？我是信和银行贷后服务部的，您的账户目前逾期10天。"],
        ['debtor', "逾期会怎么样？会不会坐牢啊"],
        ['agent', "不会的，欠款属于民事问题，不涉及坐牢。按合同约定，逾期会按日计收罚息，逾期记录也会按规定报送征信。"],
        ['debtor', "那我还清以后呢"],
        ['agent', "还清后征信上会显示已结清。如果您对账单金额有疑问，也可以申请核对，这是您的权利。"],
        ['debtor', "知道了，我这两天就还"],
        ['agent', "好的，谢谢您，有需要随时联系我们。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Tom Carter? This is Jenna from Summit Consumer Finance."],
        ['debtor', "Yeah it's me, I'm driving rn, can you guys stop calling me all the time"],
        ['agent', "Sure, Mr. Carter, sorry to bother you. I'll note that and we won't call you again; if you need anything you can reach our service line anytime."],
        ['debtor', "ok"],
        ['agent', "Alright, drive safe. Bye now."],
      ],
      [
        ['agent', "Hello, is this Ms. Linda Moore? I'm calling from the Harbor Bank card center."],
        ['debtor', "It is. My mom's in the hospital, I'm there with her every day and money's tight, I just can't deal with this right now"],
        ['agent', "I understand, please take care of your mom. I'll put a note on your account and we'll hold off contacting you for now; reach out whenever it suits you."],
        ['debtor', "ok, thx"],
        ['agent', "You're welcome. I hope she feels better soon."],
      ],
      [
        ['agent', "Hi, is this Mr. Kevin Brooks? I'm with Ridgeway Financial, just checking on your payment plan for this month."],
        ['debtor', "You're not gonna call my work, are you? I don't want my coworkers to know"],
        ['agent', "No, we won't contact your employer, your coworkers or your family. We only discuss your account with you."],
        ['debtor', "Good. I get paid on the 15th, can I pay then"],
        ['agent', "Sure, I'll set the 15th as your payment date and you can pay in the app. Anything else?"],
        ['debtor', "nope, thx"],
        ['agent', "Great, have a nice day."],
      ],
      [
        ['agent', "Hi, is this Mr. Sean Miller? This is Keystone Lending, calling about your account."],
        ['debtor', "You people again? Seriously, you call nonstop, what is wrong with you"],
        ['agent', "Sorry for the trouble. You can check your statement yourself in the app, or set up installments if that helps. We're here if you have questions."],
        ['debtor', "Yeah yeah, I'll look at it myself"],
        ['agent', "Okay, I'll let you go. Goodbye."],
      ],
      [
        ['agent', "Hello, is this Ms. Tina Walsh? I'm with the loan servicing team at Crestline Bank. Your account is currently 10 days past due."],
        ['debtor', "What happens if I'm late? Can I go to jail for this?"],
        ['agent', "No, an unpaid debt is a civil matter, nobody goes to jail over it. Under your agreement a late fee applies, and late payments may be reported to the credit bureaus."],
        ['debtor', "And after I pay it off?"],
        ['agent', "Your credit report will show the account as paid. And if you think the balance is wrong, you have the right to dispute it and we'll review it."],
        ['debtor', "Got it, I'll pay in the next couple days"],
        ['agent', "Thank you, and feel free to call us if you need anything."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "别再打了！我说了多少遍，别再给我打dh了！",
        "你今天把钱还上我们自然就不打了，今天之内必须到账。",
      ],
      ignored_attorney: [
        "我已经委托lv师了，有事你们直接跟我律师谈。",
        "律师是律师，欠款是你本人的，今天下午五点前你得先还一期。",
      ],
      ignored_dispute: [
        "这笔钱我上个月就还清了，你们自己查查记录，不是我欠的。",
        "系统显示你还欠3200，你先把这笔还上，其他的回头再说。",
      ],
      ignored_hardship: [
        "我失业两个月了，家里还有病人，真的拿不出钱。",
        "那你今天至少先还一千，剩下的这个月月底前必须结清。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Quit calling me! How many times do I have to say it, stop c4lling this number!",
        "We'll stop once it's paid. I need that payment in today.",
      ],
      ignored_attorney: [
        "I've got a l@wyer now, talk to him directly.",
        "Your lawyer's your business, but the balance is still yours and I need at least one installment by 5 pm today.",
      ],
      ignored_dispute: [
        "I paid this off last month, check your records, it's not my debt.",
        "Our system still shows $3,200 due, so pay that first and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I lost my job two months ago and there's illness in the family, I really can't pay.",
        "Then you need to pay at least $100 today and clear the rest by the end of the month.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆，他不在家，啥事？"],
      ['agent', "麻烦您转告他，他在我们平台的借款已经逾qi 45天了，一共欠8600块。"],
    ],
    en: [
      ['third_party', "This is his wife, he's not home. What's this about?"],
      ['agent', "Please let him know his loan with us is 45 days past due, and the balance is $8,600."],
    ],
  },
};
