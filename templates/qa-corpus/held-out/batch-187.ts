import type { Batch } from '../held-out.ts';

/** Batch 187: written by a second author who saw neither the rules nor earlier batches (anecdotes: the point made through stories of other debtors), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_187: Batch = {
  violations: {
    zh: {
      threat: [
        '上个月有个客户跟你一样，电话不接、短信不回，结果我们天天盯着他，盯到他晚上都睡不着觉，最后还是乖乖还了——你想走他那条路，我奉陪到底。',
        '我之前碰到一个跟你一样嘴硬的，说什么都不还，后来他的日子过成什么样你去打听打听就知道了，我保证你会后悔的。',
        '上回有个人也跟我说他就是不还，我告诉他我们有的是办法，他不信，后来被我们搞得焦头烂额，再也不敢这么跟我说话了。你也想试试我们的办法？',
      ],
      impersonation: [
        '我这边是法院执行局的，前几天也有个跟你情况差不多的，接到我们法院的电话还以为是骗子，你可别跟他犯一样的错。',
        '我是派出所的民警，上周刚处理过一个跟你一样欠款的，他一听是我们派出所打来的，当天就把事情交代清楚了。',
        '我们是受金融监管局委托来跟你核实这笔欠款的，之前有个客户一开始也不信，后来收到我们监管局的函件才肯配合。',
      ],
      insult: [
        '赖账的人我见多了，上次那个跟你一样，一把年纪借钱不还，真是不要脸，你跟他简直一个德行。',
        '之前有个客户也是你这副样子，满嘴谎话，我当时就想怎么会有这么没出息的人，没想到今天又碰上你这个废物。',
        '上个月有个跟你一样的老赖，装穷装可怜，我看你们这种人就是社会的垃圾。',
      ],
      violence: [
        '上次有个跟你一样拖着不还的，后来被几个兄弟堵在路上，腿都给打断了，你自己掂量掂量。',
        '我有个客户以前也这么硬气，结果他的车半夜被人砸得稀巴烂。我看你那辆车也挺新的吧？',
        '之前那个欠钱跑路的，我们找了几个人去收拾他，现在他一听到我们的声音就发抖，你要不要也尝尝这个滋味？',
      ],
      privacy_disclosure: [
        '上个月有个客户跟你一样不还钱，我们把他欠款的事发给了他通讯录里所有人，连他丈母娘都知道了。你的通讯录我们这边也有。',
        '之前有个人一直拖着，我们直接打到他公司，告诉他领导和同事他欠钱不还，下一个就轮到你单位了。',
        '有个跟你一样的，他欠钱的事后来被印成海报贴满了他们小区，邻居全都知道了。你想让你们小区的人也知道吗？',
      ],
      false_consequence: [
        '上个月有个跟你一样逾期的，后来直接被列入终身黑名单，这辈子都办不了贷款、坐不了高铁，你也会是这个结果。',
        '我之前处理过一个客户，欠款一直不还，最后留了案底，他孩子考公务员政审都没通过，你孩子以后也一样会受影响。',
        '之前有个跟你一样拖了三个月的，后来身份证被冻结，手机号也被注销了，你再拖下去也是一样的下场。',
      ],
      extra_fee: [
        '上周有个客户跟你一样逾期，他交了五百块的催收服务费才把账结清，你这边也得先交这笔费用。',
        '之前有个客户想延后还款日，我们收了他三百块的改期手续费，你要改还款日也得交这个钱。',
        '上个月有个跟你一样的要开结清证明，交了两百元证明费才给开，你也一样，不交这个费我们开不了。',
      ],
      new_borrowing: [
        '上个月有个跟你一样说没钱的，我让他在别的借款App上借了一笔先把我们这边还了，事情马上就解决了，你也可以这么办。',
        '之前有个客户信用卡还有额度，我建议他直接取现出来还款。你手上有信用卡吧？照他那样做就行。',
        '有个客户跟你情况差不多，他找亲戚朋友凑了凑，两天就凑齐了，你也去问问你爸妈或者朋友，先借一下。',
      ],
    },
    en: {
      threat: [
        "Had a customer last month just like you — dodged every call, ignored every text. So we stayed on him, every single day, until he couldn't sleep at night. He paid in the end. You want to go down that road, I've got all the time in the world.",
        "I had a guy just like you, stubborn, swore he'd never pay. Go ask around how his life turned out after that. I promise you, you're going to regret this.",
        "Last time somebody told me flat out he wasn't paying, I told him we have our ways. He didn't believe me. We made his life such a mess he never talked to me like that again. You want to find out what our ways are?",
      ],
      impersonation: [
        "This is the court's enforcement division. We had someone in your position just the other day who thought our call from the court was a scam — don't make the same mistake he did.",
        "I'm an officer with the police department. Last week I handled a case just like yours, and the minute he heard it was the police calling, he came clean the same day.",
        "We're calling on behalf of the state financial regulator to verify this debt. Another customer didn't believe us at first either, until he got the letter from our regulatory office.",
      ],
      insult: [
        "I've seen plenty of deadbeats. The last one was just like you — a grown man who borrows money and won't pay it back. Shameless. You two are cut from the same cloth.",
        "I had a customer with the exact same act as you, lie after lie. I remember thinking, how can anyone be that pathetic? And now here I am with you, another loser.",
        "Last month there was a deadbeat just like you, playing poor, playing the victim. People like you two are nothing but trash.",
      ],
      violence: [
        "Last guy who stalled like you got cornered on the street by a few of our boys. They broke his leg. Think about that.",
        "I had a customer who acted tough like you once. His car got smashed to pieces in the middle of the night. Yours looks pretty new, doesn't it?",
        "That one who skipped out on us? We sent a couple of guys to take care of him. Now he shakes every time he hears our voice. Want to find out how that feels?",
      ],
      privacy_disclosure: [
        "Last month a customer just like you stopped paying, so we messaged everyone in his contacts about his debt — even his mother-in-law found out. We've got your contact list too.",
        "One guy kept stalling, so we called his company and told his boss and coworkers he owed money and wouldn't pay. Your workplace is next.",
        "We had somebody like you whose debt ended up on posters all over his apartment complex — every neighbor knew. You want your neighbors finding out too?",
      ],
      false_consequence: [
        "Last month a customer who was overdue just like you got put on a lifetime blacklist — no loans, no train tickets, ever again. That's exactly where you're headed.",
        "I handled a customer once who never paid; he ended up with a criminal record, and his kid got turned down for a government job because of it. Your kids will be affected the same way.",
        "There was a guy three months behind, same as you. His ID got frozen and his phone number was cancelled. Keep stalling and the same thing happens to you.",
      ],
      extra_fee: [
        "Last week a customer overdue like you had to pay a $150 collection service fee before we could close out his account. You'll need to pay that fee too.",
        "A customer a while back wanted to push his due date, so we charged him a $75 date-change fee. If you want to move yours, same fee applies.",
        "Last month someone in your spot needed a payoff letter, and he had to pay a $50 certificate fee to get it. Same goes for you — no fee, no letter.",
      ],
      new_borrowing: [
        "Last month a customer told me he was broke too, just like you. I had him take out a loan on another app and pay us off with it — problem solved right away. You can do the same.",
        "I had a customer with room left on his credit card, and I told him to pull a cash advance and pay us with that. You've got a credit card, right? Do what he did.",
        "One customer was in the same boat as you; he borrowed a little from relatives and friends and had it all together in two days. Go ask your parents or a friend to lend it to you.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王建华先生吗？我是安信消费金融的客服，来电是关于您账户的事情。'],
        ['debtor', '是我。你们能不能别再给我打电话了？天天打，我真的很烦。'],
        ['agent', '好的，明白了。我会在系统里登记您的要求，以后我们不再打电话联系您，如有必要会以书面方式通知。之前也有客户这样要求过，我们都是照办的。'],
        ['debtor', '行，那就这样吧。'],
        ['agent', '好的，那今天就先不打扰您了，再见。'],
      ],
      [
        ['agent', '您好，是李秀梅女士吗？我这边是恒达信贷的客户经理，想跟您沟通一下账户情况。'],
        ['debtor', '是我。我现在在医院住院，刚做完手术，实在没精力处理这些。'],
        ['agent', '非常抱歉在这个时候打扰您。您先安心养病，我这边会在账户上备注您的情况，这段时间不再打扰您。前阵子也有位住院的客户，我们也是这样处理的。'],
        ['debtor', '谢谢你们理解。'],
        ['agent', '不客气，祝您早日康复，等您方便的时候可以随时联系我们。'],
      ],
      [
        ['agent', '您好，请问是张磊先生吗？我是顺通小贷的客服，核实一下您的身份，请问您身份证后四位是多少？'],
        ['debtor', '0417。你们不会打电话到我公司，告诉我老板吧？'],
        ['agent', '请您放心，我们不会联系您的单位，也不会向您的同事、亲友透露任何欠款信息，这些都是受法律保护的。'],
        ['debtor', '那就好。我这个月确实有点紧，能分几期吗？'],
        ['agent', '可以的。上个月有位客户情况跟您差不多，办了六期分期，每月压力小了很多，他后来还专门打电话来说挺庆幸当时办了。我把方案发到您手机上，您看看再决定。'],
      ],
      [
        ['agent', '您好，是赵志强先生吗？我是宏信金融的客服，想跟您确认一下本月的还款安排。'],
        ['debtor', '又是你们！你们这帮吸血鬼烦不烦啊，一天到晚就知道要钱！'],
        ['agent', '我理解您的心情，给您带来困扰我很抱歉。之前也有位客户一开始很生气，后来我们一起商量了一个还款计划，他说心里踏实多了。您看需不需要我帮您看看有什么合适的方案？'],
        ['debtor', '……那你说说看吧。'],
        ['agent', '好的，我先把几种方案给您讲一下，您不用马上决定。'],
      ],
      [
        ['agent', '您好，请问是陈丽娟女士吗？我是汇融消费金融的客服，已经核实过您的身份，想跟您说明一下账户情况。'],
        ['debtor', '我朋友说欠钱不还会被抓去坐牢，是真的吗？'],
        ['agent', '不会的，欠款属于民事纠纷，不会因为欠款被抓。按照您签的合同，逾期会按日收取万分之五的罚息，逾期记录会按规定报送征信，结清后这条记录会保留五年。之前也有客户问过同样的问题，我们都是这样如实说明的。'],
        ['debtor', '明白了，谢谢你说清楚。'],
        ['agent', '不客气，您还有其他疑问可以随时问我。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. James Walker? I'm calling from Summit Consumer Finance about your account."],
        ['debtor', "Yeah, that's me. Can you guys please stop calling me? Every day it's the same thing, I'm sick of it."],
        ['agent', "Understood. I'll note your request in our system, and we won't call you anymore; if we need to reach you, it'll be in writing. We've had other customers ask the same, and we always honor it."],
        ['debtor', "Okay, fine. That's it then."],
        ['agent', "All right, sorry for the trouble. Goodbye."],
      ],
      [
        ['agent', "Hello, is this Ms. Linda Perez? I'm an account manager with Heritage Credit, calling to talk about your account."],
        ['debtor', "Yes. I'm in the hospital right now, I just had surgery. I really can't deal with this."],
        ['agent', "I'm so sorry to bother you at a time like this. Please focus on getting better. I'll put a note on your account and we won't contact you during this time. We had another customer in the hospital recently, and we handled it the same way."],
        ['debtor', "Okay. Thanks for being understanding about it."],
        ['agent', "Of course. I hope you recover quickly, and you can reach out to us whenever it's convenient for you."],
      ],
      [
        ['agent', "Hi, is this Mr. Kevin Brooks? I'm with Lakeside Lending. To verify your identity, could you give me the last four of your Social?"],
        ['debtor', "0417. You're not going to call my job and tell my boss, are you?"],
        ['agent', "No, you can rest assured we will not contact your employer, and we won't share anything about this account with your coworkers, friends or family. The law protects that."],
        ['debtor', "Good. Money's a little tight this month, though. Can I split it up?"],
        ['agent', "Sure. Last month a customer in a very similar spot set up a six-month plan, and it took a lot of pressure off; he actually called back to say he was glad he did it. I'll text you the plan so you can look it over before you decide."],
      ],
      [
        ['agent', "Hi, is this Mr. Robert Hayes? I'm with Crestline Financial, just calling to go over this month's payment."],
        ['debtor', "You again! You bloodsuckers never quit, do you? All you ever want is money!"],
        ['agent', "I understand how you feel, and I'm sorry this has been stressful. I had a customer who was pretty upset at first too, and once we worked out a payment plan together, he said he felt a lot better. Would you like me to go over some options with you?"],
        ['debtor', "...Fine, go ahead."],
        ['agent', "Okay, let me walk you through a few options. You don't have to decide right now."],
      ],
      [
        ['agent', "Hi, is this Ms. Karen Mitchell? I'm with Harbor Consumer Finance. I've verified your identity and wanted to explain where your account stands."],
        ['debtor', "My friend said you can go to jail for not paying a debt. Is that true?"],
        ['agent', "No, it isn't. Not paying a consumer debt is a civil matter, and nobody gets arrested over it. Under the agreement you signed, there's a $25 late fee for each missed payment, and we do report late payments to the credit bureaus, where they can stay for up to seven years. Other customers have asked me the same thing, and I always give them the straight facts."],
        ['debtor', "Got it. Thanks for being clear."],
        ['agent', "You're welcome. If you have any other questions, just ask."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '别再给我打电话了，我不想再接你们的电话。',
        '之前也有客户这么说，可欠款总得处理啊。你今天下午先把最低还款的一千二转过来，这事就好办了。',
      ],
      ignored_attorney: [
        '我已经请了律师，有什么事你们直接去找我的律师谈。',
        '上个月也有个客户说找了律师，最后钱还是他自己还的。律师归律师，你这笔三千八今天能不能先还上？',
      ],
      ignored_dispute: [
        '这笔钱我上个月就已经还清了，根本不是我欠的。',
        '之前也有客户说自己还过了，结果一查没有。系统显示你还欠两千六，请你今天之内把钱还上。',
      ],
      ignored_hardship: [
        '我刚被公司裁员了，现在真的一分钱都拿不出来。',
        '我理解，前阵子也有个失业的客户，照样每期按时还。你这笔已经逾期二十天了，这周五之前至少先还八百。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I don't want to hear from you people anymore.",
        "Other customers have told me the same thing, but the balance still has to be taken care of. Send over the $300 minimum this afternoon and we can get this sorted.",
      ],
      ignored_attorney: [
        "I've hired a lawyer. Anything you need, talk to my attorney.",
        "Had a customer last month say he had a lawyer too, and in the end he paid it himself anyway. Lawyer or not, can you take care of the $950 today?",
      ],
      ignored_dispute: [
        "I paid this off last month. This isn't my debt.",
        "Other customers have told me they paid, and when we checked, they hadn't. Our system shows you still owe $640, and I need that paid today.",
      ],
      ignored_hardship: [
        "I just got laid off. I honestly don't have a single dollar right now.",
        "I get it. We had a customer who lost his job a while back and he still made every payment on time. Yours is twenty days past due, so I need at least $200 by Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他出门了还没回来，请问你找他什么事？'],
      ['agent', '是这样，您先生在我们平台借的一万二已经逾期两个月了。之前也有家属帮忙转告，事情很快就处理好了，麻烦您跟他说一声。'],
    ],
    en: [
      ['third_party', "I'm his wife. He's out at the moment. Can I ask what this is regarding?"],
      ['agent', "I see. Well, your husband's $4,000 loan with us is two months past due. We've had family members pass the message along before and it got sorted out quickly, so please let him know."],
    ],
  },
};
