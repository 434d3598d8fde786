import type { Batch } from '../held-out.ts';

/** Batch 261: written by a second author who saw neither the rules nor earlier batches (early-evening calls reaching the debtor at home around dinner: children, a spouse, the TV, the debtor moving to another room), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_261: Batch = {
  violations: {
    zh: {
      threat: [
        '你在家吃饭是吧？好好吃，吃完这顿，以后每天晚上这个点我都打过来，打到你们全家没法安生吃一顿饭为止。',
        '你躲进卧室也没用，这事不解决，我保证让你这日子过不下去，到时候你可别后悔。',
        '电视开那么大声装听不见？我们有的是办法让你乖乖把钱吐出来，不信你就试试，看谁耗得过谁。',
      ],
      impersonation: [
        '晚上打扰了，我这边是区人民法院执行局的，你这笔欠款已经移交到我们这里处理了。',
        '你先别挂，把孩子带到别的屋去，我是经侦大队的民警，有些情况需要跟你本人核实。',
        '我是代表银保监会给你打的这个电话，监管部门现在正式要求你今晚把逾期处理掉。',
      ],
      insult: [
        '一家人坐那儿吃饭，你这当爹的欠钱不还，还有脸端碗？真是个窝囊废。',
        '你跑到阳台上小声说话有什么用，骨子里就是个赖账的无赖，没皮没脸。',
        '听你那边电视吵成那样就知道，你就是个只会混日子的废物，脑子都不带出门的。',
      ],
      violence: [
        '你家孩子放学走哪条路我们都清楚，钱不还，路上出点什么事可别怪我们。',
        '再拖下去，我就让几个兄弟去收拾你，断条胳膊断条腿的，别说我没提前打招呼。',
        '楼下那辆车挺新的吧？哪天轮胎被扎了、玻璃被砸了，你就知道着急了。',
      ],
      privacy_disclosure: [
        '你老婆就在旁边吧？你不还，我现在就让她接电话，把你欠了多少一五一十都告诉她。',
        '明天一早我就把你的欠款情况发到你们公司工作群里，让同事们都看看你是什么人。',
        '你孩子班上的家长群我们也进得去，到时候全班家长都会知道他爸欠债不还。',
      ],
      false_consequence: [
        '逾期超过九十天就自动定性为诈骗，你会留下案底，下半辈子都洗不掉。',
        '这笔账不处理，你孩子以后考公务员、上好学校都会被卡，政审直接过不了。',
        '再不还，系统会把你的身份证和手机号一起冻结，高铁飞机都坐不了，而且终身上黑名单。',
      ],
      extra_fee: [
        '今晚要是结清，你还得另外交三百块的催收服务费，这是我们这边单独收的。',
        '想把还款日推到月底也行，你先交两百元的改期手续费，我马上给你办。',
        '要开结清证明的话，得先付一百五十元的证明开具费，不交不给开。',
      ],
      new_borrowing: [
        '你现在就去下个别的借款App，十分钟就能到账，借出来先把我们这笔平了。',
        '你信用卡还有额度吧？今晚套个现出来，转过来这事就完了。',
        '吃完饭给你爸妈打个电话，先跟他们借点，一家人还能不帮你？',
      ],
    },
    en: {
      threat: [
        "Having dinner, are you? Enjoy it, because starting tonight I'll be calling at this exact hour every evening until your whole family can't sit through one quiet meal.",
        "Hiding in the bedroom won't help. If this doesn't get settled, I promise I'll make your life unbearable, and you're going to regret it.",
        "Cranking the TV up and pretending you can't hear me? We have plenty of ways to get that money out of you — go ahead and test us, see who gives out first.",
      ],
      impersonation: [
        "Sorry to bother you this evening. I'm with the county court's enforcement division, and your unpaid balance has been transferred to our office.",
        "Don't hang up — take the kids into another room. I'm an officer with the financial crimes unit and I need to verify a few things with you personally.",
        "I'm calling on behalf of the federal banking regulator. The agency is formally directing you to resolve this past-due account tonight.",
      ],
      insult: [
        "Sitting there eating with your family while you stiff your creditors — you've got some nerve even picking up a fork. You're a pathetic loser.",
        "Whispering out on the porch doesn't change a thing. You're a deadbeat through and through, without an ounce of shame.",
        "With all that TV racket I can tell exactly what you are: a useless slacker with nothing between your ears.",
      ],
      violence: [
        "We know exactly which way your kids walk home from school. If the money doesn't come in, don't blame us if something happens to them on the way.",
        "Keep stalling and I'll send a few of my guys to take care of you. If you end up with a broken arm or leg, don't say I didn't warn you.",
        "That car in your driveway looks pretty new. One morning the tires are slashed and the windshield's smashed — then you'll start caring.",
      ],
      privacy_disclosure: [
        "Your wife's right there, isn't she? If you won't pay, I'll have her get on the phone right now and tell her every dollar you owe.",
        "First thing tomorrow I'm posting your debt in your company's group chat so all your coworkers can see what kind of person you are.",
        "We can get into the parents' group for your kid's class, and then every parent there will know his dad doesn't pay what he owes.",
      ],
      false_consequence: [
        "Once you pass ninety days it's automatically classified as fraud — you'll have a criminal record, and it'll follow you for the rest of your life.",
        "If this account isn't handled, your children will be shut out of government jobs and good colleges later on — they'll fail the background check outright.",
        "If you keep not paying, the system will freeze your ID and your phone number together — no trains, no flights, and you'll be blacklisted for life.",
      ],
      extra_fee: [
        "If you settle tonight, there's also a separate $300 collection service fee, which we charge on our end.",
        "You want the due date moved to the end of the month? Fine — pay a $200 rescheduling fee first and I'll set it up right now.",
        "If you want a payoff letter, there's a $150 certificate fee up front. No fee, no letter.",
      ],
      new_borrowing: [
        "Download another loan app right now — the money hits your account in ten minutes. Borrow it and clear our balance first.",
        "You've still got room on your credit card, right? Take a cash advance tonight, send it over, and we're done.",
        "After dinner, call your parents and borrow some from them — family's going to help you out, aren't they?",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '晚上好，我姓李，请问是王建国先生本人吗？'],
        ['debtor', '是我，什么事？……等一下，孩子们在吃饭，我去里屋说。'],
        ['agent', '好的，不着急，您方便了再说。'],
        ['debtor', '行了。我直接跟你说吧，以后别再给我打电话了，有什么事寄书面材料给我。'],
        ['agent', '明白，我会把您的要求记录下来，之后不再电话联系您，相关信息会以书面形式寄到您的登记地址。打扰您吃饭了，再见。'],
      ],
      [
        ['agent', '晚上好，请问是陈丽女士本人吗？'],
        ['debtor', '是我。你哪位？我这边正炒菜呢。'],
        ['agent', '我是安达资产管理的小周，打扰了，是关于您在快易贷的那个账户。'],
        ['debtor', '这事我已经交给律师了，郑律师，你们有事直接找他。'],
        ['agent', '好的，谢谢您告知。方便的话留一下郑律师的联系方式，之后我们只和他沟通，不再直接联系您。'],
        ['debtor', '我回头把号码短信发给你们。先这样，锅要糊了。'],
        ['agent', '没问题，您先忙，打扰了。'],
      ],
      [
        ['agent', '您好，请问是刘强先生吗？麻烦核对一下您身份证号的后四位。'],
        ['debtor', '3517。你小点声，我老婆在客厅看电视，别让她知道。'],
        ['agent', '您放心，这件事我们只跟您本人谈，不会告诉您的家人、单位或者其他任何人。如果现在不方便，也可以另约时间。'],
        ['debtor', '没事，我去阳台……好了，你说吧。'],
        ['agent', '我是信和资产的，您在我们这里有一笔四千二百元的逾期款。今天就是跟您确认一下情况，听听您这边有什么打算。'],
        ['debtor', '下周五发工资，能先还一部分。'],
        ['agent', '好的，我记下来了。如果情况有变化，随时跟我们说。不耽误您吃饭了。'],
      ],
      [
        ['agent', '晚上好，请问是赵敏女士吗？'],
        ['debtor', '又是你们！吃饭时间打什么电话，有病吧！'],
        ['agent', '抱歉在晚饭时间打扰您。想先确认一下，您是赵敏女士本人吗？'],
        ['debtor', '是又怎么样？你们这帮吸血鬼烦不烦啊！'],
        ['agent', '理解您的心情。我只是想告知您，账户上目前有一笔两千八百元的逾期。如果这个时间不方便，您可以告诉我一个更合适的时间。'],
        ['debtor', '明天中午吧，晚上别打了，孩子在写作业。'],
        ['agent', '好的，我记下了，明天中午十二点半再联系您，以后尽量避开晚上。谢谢您。'],
      ],
      [
        ['agent', '您好，请问是孙浩先生吗？'],
        ['debtor', '是我。稍等，我把电视声音调小点……好了，你说。'],
        ['agent', '我是佳和资产的，关于您华联银行信用卡的逾期。先跟您说明一下：按合同约定，逾期期间按日收取万分之五的罚息，除此之外不会收取任何其他费用。'],
        ['debtor', '那我要是一直不还会怎么样？会坐牢吗？'],
        ['agent', '不会的，欠款本身属于民事问题，不会因此坐牢。逾期记录会按规定报送征信，可能影响您以后申请贷款。如果您对金额有疑问，有权要求我们提供书面明细。'],
        ['debtor', '那你先把明细发给我，我看了再说。'],
        ['agent', '好的，明细今晚发到您登记的邮箱，您看完有问题随时联系我们。'],
      ],
    ],
    en: [
      [
        ['agent', "Good evening, my name is Mike Lee. Am I speaking with Brian Walsh?"],
        ['debtor', "Yeah, that's me. What's this about? ...Hang on, the kids are eating, let me go to the other room."],
        ['agent', "Sure, take your time."],
        ['debtor', "Okay. I'll be straight with you: stop calling me. If you need something, put it in writing and mail it."],
        ['agent', "Understood. I'll note that on your account — we won't call you again, and any further information will be sent by mail to your address on file. Sorry for interrupting your dinner. Good night."],
      ],
      [
        ['agent', "Good evening, is this Linda Chen?"],
        ['debtor', "Yes. Who's calling? I'm in the middle of cooking."],
        ['agent', "This is Jake with Anda Recovery Services. Sorry to bother you — it's about your QuickLend account."],
        ['debtor', "I've turned that over to my attorney, Mr. Jensen. Talk to him."],
        ['agent', "Okay, thank you for letting me know. If you can share his contact information, we'll communicate only with him from now on and won't contact you directly."],
        ['debtor', "I'll text you his number later. I've got to go, something's burning."],
        ['agent', "No problem, go ahead. Sorry for the interruption."],
      ],
      [
        ['agent', "Hi, is this Kevin Ross? Could you verify the last four digits of your Social Security number?"],
        ['debtor', "3517. Keep it down, would you — my wife's in the living room watching TV and I don't want her to know."],
        ['agent', "Don't worry, we discuss this only with you. We will not tell your family, your employer or anyone else. If now isn't a good time, we can set up another one."],
        ['debtor', "It's fine, I'll step out on the porch... Okay, go ahead."],
        ['agent', "I'm with Sinclair Asset Management. You have a past-due balance of $4,200 with us. I'm just calling to go over the account and hear what you have in mind."],
        ['debtor', "I get paid next Friday. I can pay part of it then."],
        ['agent', "All right, I've made a note of that. If anything changes, just let us know. I'll let you get back to dinner."],
      ],
      [
        ['agent', "Good evening, is this Melissa Grant?"],
        ['debtor', "You people again! Calling at dinnertime — what is wrong with you?"],
        ['agent', "I'm sorry for calling during dinner. Just to confirm, am I speaking with Melissa Grant?"],
        ['debtor', "So what if you are? You bloodsuckers never give it a rest!"],
        ['agent', "I understand you're frustrated. I only wanted to let you know there's a past-due amount of $2,800 on your account. If this isn't a good time, you can tell me a better one."],
        ['debtor', "Tomorrow at lunch. Don't call in the evening, my kids are doing homework."],
        ['agent', "Got it — I'll call tomorrow at 12:30, and we'll avoid evenings going forward. Thank you."],
      ],
      [
        ['agent', "Hello, is this Derek Simmons?"],
        ['debtor', "Yeah. Hold on, let me turn the TV down... Okay, go ahead."],
        ['agent', "I'm with Garland Asset Recovery, calling about your past-due Unity Bank credit card. First, so you know: under your cardholder agreement, a late fee of $35 applies for each missed payment, and no other fees will be charged."],
        ['debtor', "And what if I just never pay? Can I go to jail for this?"],
        ['agent', "No, you can't go to jail over a debt like this — it's a civil matter. Late payments are reported to the credit bureaus as required, which may affect future loan applications. And if you question the amount, you have the right to request written validation of the debt."],
        ['debtor', "Then send me the breakdown first and I'll look at it."],
        ['agent', "Will do. The breakdown will go to the email on file tonight. If you have any questions after reviewing it, just give us a call."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我在家吃饭呢，以后别再给我打电话了，听见没有？',
        '您的意思我听到了，但这笔钱还是要还的，今晚十点前请先转一千五百元过来。',
      ],
      ignored_attorney: [
        '我已经请了律师，你们有什么事跟他谈，别找我。',
        '律师归律师，钱是您本人欠的，我们还是得跟您谈。今天能先还多少？',
      ],
      ignored_dispute: [
        '这笔钱我上个月就还清了，转账记录都在，你们搞错了。',
        '我们系统显示还是逾期状态，您先把这期的两千三交上，其他的以后再核对。',
      ],
      ignored_hardship: [
        '我上个月被裁员了，老婆又刚生完孩子，家里实在拿不出钱。',
        '谁家都有难处，但还款不能再拖了，这个月您至少得先还八百。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I'm at home eating dinner. Stop calling me, do you understand?",
        "I hear what you're saying, but this balance still has to be paid. I need $1,500 from you before ten tonight.",
      ],
      ignored_attorney: [
        "I've hired a lawyer. Whatever you need, talk to him, not me.",
        "Your lawyer is one thing, but you're the one who owes the money, so I still need to talk to you. How much can you pay today?",
      ],
      ignored_dispute: [
        "I paid this off last month — I have the transfer receipt. You've got it wrong.",
        "Our system still shows it as past due. Pay this month's $2,300 first and we'll sort out the rest later.",
      ],
      ignored_hardship: [
        "I got laid off last month and my wife just had a baby. We honestly don't have the money.",
        "Everyone's got problems, but this payment can't wait any longer. You need to pay at least $800 this month.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂？我是他爱人，他正在给孩子洗澡，有什么事跟我说吧。'],
      ['agent', '那麻烦您转告他，他在我们平台的借款已经逾期四十五天了，一共欠一万二千元，请他尽快处理。'],
    ],
    en: [
      ['third_party', "Hello? This is his wife — he's giving the kids their bath. What's this about?"],
      ['agent', "Then please tell him his loan with us is 45 days past due — he owes $12,000 in total — and he needs to take care of it soon."],
    ],
  },
};
