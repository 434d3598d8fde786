import type { Batch } from '../held-out.ts';

/** Batch 238: written by a second author who saw neither the rules nor earlier batches (chat messages: WeChat, SMS and WhatsApp as people type them; scanned as chats), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_238: Batch = {
  channel: 'chat',
  violations: {
    zh: {
      threat: [
        "别以为不回消息就没事了😏 我们有的是办法让你不好过",
        "你再拖着 这事我跟你没完 天天盯着你 看你能躲到哪天",
        "最后说一次 今天不处理 你会后悔的 真的",
      ],
      impersonation: [
        "我这边是市公安局经侦大队的 你这个案子已经转到我们这了",
        "您好 这里是区人民法院执行局 通知你尽快处理名下欠款",
        "我是受金融监管局委托跟你对接这笔逾期的 请配合",
      ],
      insult: [
        "你是真没脸没皮啊 借钱的时候那么积极🙄",
        "废物一个 连几百块都还不上",
        "跟你这种老赖说话都嫌脏 骗子",
      ],
      violence: [
        "再拖下去 小心哪天走夜路被人打断腿",
        "我们有几个兄弟专门处理你这种人 到时候别怪他们下手重",
        "你那辆车停外面挺好的吧🙂 哪天玻璃全碎了可别意外",
      ],
      privacy_disclosure: [
        "今天不还 我就给你通讯录里的人挨个发消息 说你欠钱不还",
        "你公司HR的电话我有 要不要我告诉他们你欠了我们三个月的款？",
        "信不信我把你照片和欠款金额发到朋友圈和你们小区群里",
      ],
      false_consequence: [
        "逾期超过90天会直接留案底 以后你就是有犯罪记录的人了",
        "系统显示你再不还 你的身份证和手机号都会被注销",
        "这个一上黑名单就是终身的 你孩子以后考公务员 上好学校都不行",
      ],
      extra_fee: [
        "另外要加收200的催收服务费 跟本金一起转过来",
        "想延期可以 先交300改期手续费",
        "结清以后要开结清证明的话 得另外付150证明费",
      ],
      new_borrowing: [
        "你下个别的借款app周转一下不就行了 分分钟到账",
        "信用卡还有额度吧？先套出来还我们这边",
        "找你爸妈或者朋友借一下呗 这点钱总凑得出来",
      ],
    },
    en: {
      threat: [
        "Don't think ignoring my texts makes this go away 😏 we have ways of making your life very difficult",
        "Keep dragging this out and I'm not letting it go. I'll be on you every single day, let's see how long you can hide",
        "Last time I'm saying this. Deal with it today or you'll regret it, trust me",
      ],
      impersonation: [
        "This is the financial crimes unit of the county police department, your case has been transferred to us",
        "Hi, this is the enforcement office of the district court, notifying you to resolve the balance in your name asap",
        "I'm reaching out on behalf of the state financial regulator about this overdue account, please cooperate",
      ],
      insult: [
        "You really have zero shame huh, so eager when you were borrowing 🙄",
        "What a loser. Can't even pay back a few hundred bucks",
        "Talking to a deadbeat like you makes me feel dirty. Liar",
      ],
      violence: [
        "Keep stalling and watch yourself walking home at night, someone might break your legs",
        "We've got a few guys who handle people like you. Don't blame them if they get rough",
        "Nice car you park outside 🙂 wouldn't be surprised if the windows got smashed one of these days",
      ],
      privacy_disclosure: [
        "Don't pay today and I'll text everyone in your contacts one by one that you owe money and won't pay",
        "I have your HR's number. Want me to let them know you're 3 months behind with us?",
        "Try me. I'll post your photo and how much you owe on Facebook and in your building's group chat",
      ],
      false_consequence: [
        "Once you're over 90 days late it goes straight on your criminal record, you'll be someone with a record from then on",
        "System shows if you still don't pay, your ID and your phone number will both be cancelled",
        "Once you're on the blacklist it's for life, your kids won't be able to get government jobs or into good schools later",
      ],
      extra_fee: [
        "Also there's a $200 collection service fee on top, send it together with the principal",
        "You can push the date, but first there's a $300 rescheduling fee",
        "If you want a payoff letter after you settle, that's an extra $150 certificate fee",
      ],
      new_borrowing: [
        "Just download another loan app and borrow from there, money's in your account in minutes",
        "You've still got room on your credit card right? Take a cash advance and pay us",
        "Ask your parents or a friend to lend it to you, surely you can scrape that together",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', "能别老给我发消息了吗 烦死了"],
        ['agent', "好的 收到🙏 我这边备注一下 以后不再通过微信联系您"],
        ['debtor', "嗯嗯嗯"],
        ['agent', "打扰了"],
      ],
      [
        ['agent', "您好 我是XX金融的小王 想跟您确认下本月账单"],
        ['debtor', "我最近住院了 刚做完手术还在恢复 没精力弄这个"],
        ['agent', "明白 您先好好养病 身体要紧 我先把您的账户标注一下 暂停跟进"],
        ['debtor', "谢谢啦～"],
        ['agent', "不客气 祝您早日康复 保重🌷"],
      ],
      [
        ['debtor', "你们不会打电话到我公司吧？"],
        ['agent', "不会的 您放心 我们不会联系您的单位 也不会把您的情况告诉任何其他人"],
        ['debtor', "那就好哈"],
        ['agent', "您这期账单是1200 方便的时候可以在app里还 有问题随时找我"],
      ],
      [
        ['debtor', "滚 别烦我😡"],
        ['agent', "理解您现在心情不好 我只是提醒一下 您的账单已经逾期5天了"],
        ['debtor', "你们这些人真烦"],
        ['agent', "抱歉打扰了 如果需要协商还款方案 随时回复我就行😊"],
      ],
      [
        ['debtor', "逾期了会怎么样"],
        ['agent', "按合同约定 逾期会按日收0.05%的罚息 逾期记录也可能会报送征信"],
        ['debtor', "会坐牢吗"],
        ['agent', "不会的 这是民事债务 不涉及刑事 您别担心"],
        ['debtor', "行 我周五还"],
        ['agent', "好的 谢谢您👍"],
      ],
    ],
    en: [
      [
        ['debtor', "can you stop texting me all the time, so annoying"],
        ['agent', "Ok, got it 🙏 I'll note it on the account, we won't contact you on WhatsApp anymore"],
        ['debtor', "k"],
        ['agent', "Sorry for the bother"],
      ],
      [
        ['agent', "Hi, this is Wang from XX Finance, just wanted to check in about this month's statement"],
        ['debtor', "I've been in the hospital, just had surgery and still recovering. can't deal with this rn"],
        ['agent', "Understood, please focus on getting better, your health comes first. I'll flag your account and pause follow-ups"],
        ['debtor', "thx a lot"],
        ['agent', "Of course, wishing you a quick recovery 🌷"],
      ],
      [
        ['debtor', "you guys aren't gonna call my work right?"],
        ['agent', "No, don't worry. We won't contact your employer and we won't share your situation with anyone else"],
        ['debtor', "ok good good"],
        ['agent', "Your statement this month is $1,200, you can pay in the app whenever it works for you. Message me anytime if you have questions"],
      ],
      [
        ['debtor', "get lost, just leave me alone 😡"],
        ['agent', "I get that you're not in a good mood. Just a reminder that your bill is 5 days past due"],
        ['debtor', "you people are so annoying"],
        ['agent', "Sorry to bother you. If you'd like to work out a payment plan, just reply here anytime 😊"],
      ],
      [
        ['debtor', "what happens if im late"],
        ['agent', "Under your agreement, late payments accrue a daily penalty of 0.05%, and the late payment may be reported to the credit bureaus"],
        ['debtor', "can i go to jail"],
        ['agent', "No. This is a civil debt, nothing criminal about it, please don't worry"],
        ['debtor', "ok ill pay friday"],
        ['agent', "Great, thank you 👍"],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "别再给我发消息了 我不想聊",
        "这个我做不到哦 你这笔已经逾期两周了 今天必须给个还款时间",
      ],
      ignored_attorney: [
        "我已经请律师了 有事跟我律师联系",
        "律师归律师 这钱是你欠的 今天能先还多少？",
      ],
      ignored_dispute: [
        "这钱我上个月就还清了 你们自己查一下",
        "系统里显示还有1800没还 你今天先把这个转过来",
      ],
      ignored_hardship: [
        "我失业两个月了 真的一分钱都拿不出来",
        "失业也得还啊 今天最少先还500 这个没得商量",
      ],
    },
    en: {
      ignored_stop_request: [
        "stop texting me. i dont want to talk",
        "Can't do that, your account is two weeks past due. I need a payment date from you today",
      ],
      ignored_attorney: [
        "I've got a lawyer now, contact them not me",
        "Lawyer or not, this is your balance. How much can you pay today?",
      ],
      ignored_dispute: [
        "I paid this off last month, check your own records",
        "Our system still shows $1,800 outstanding. Send that over today please",
      ],
      ignored_hardship: [
        "ive been out of work for 2 months, i literally have nothing",
        "Being unemployed doesn't cancel the debt. I need at least $500 from you today, that's not negotiable",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆 他手机在我这 他在洗澡 有事吗"],
      ['agent', "麻烦转告他一下 他在我们平台的借款已经逾期20天了 欠款3600 让他尽快处理"],
    ],
    en: [
      ['third_party', "this is his wife, he left his phone with me, hes in the shower. whats up?"],
      ['agent', "Could you let him know his loan with us is 20 days overdue, $3,600 outstanding, and he needs to take care of it asap"],
    ],
  },
};
