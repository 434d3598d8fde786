import type { Batch } from '../held-out.ts';

/** Batch 227: written by a second author who saw neither the rules nor earlier batches (clipped turns on a busy line: fragments, few words, little punctuation, interruptions), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_227: Batch = {
  violations: {
    zh: {
      threat: [
        "不还? 等着后悔吧",
        "我们有的是办法 你等着",
        "天天打 打到你日子过不下去",
      ],
      impersonation: [
        "喂 派出所的 你欠款那个案子",
        "法院执行庭 找你核实欠款",
        "金融监管局这边 你这笔逾期",
      ],
      insult: [
        "欠钱不还 要不要脸",
        "废物 这点钱都拿不出",
        "老赖 骗子 说的就是你",
      ],
      violence: [
        "再拖 小心你的腿",
        "叫几个兄弟收拾你 信不信",
        "你那车 哪天轮胎被扎了 别怪我",
      ],
      privacy_disclosure: [
        "不还 通讯录挨个打 说你欠钱",
        "这就打你老板 告诉他你欠钱不还",
        "欠款截图 发你朋友圈 让大家看看",
      ],
      false_consequence: [
        "逾期过三个月 就是刑事 要坐牢",
        "身份证马上冻结 手机号也停",
        "你孩子以后考公 政审过不了",
      ],
      extra_fee: [
        "先交两百手续费 才给办分期",
        "另外催收费三百 一起转过来",
        "改还款日? 收五十改期费",
      ],
      new_borrowing: [
        "去别的平台借点 先把这笔平了",
        "信用卡套个现 不就有了",
        "找你爸妈借啊 多简单",
      ],
    },
    en: {
      threat: [
        "Not paying? You'll regret it",
        "We got ways. Just wait",
        "Calls every day. Till your life falls apart",
      ],
      impersonation: [
        "Hello police department here. About your debt case",
        "Court enforcement office. Verifying your debt",
        "Financial regulator's office. Your past-due account",
      ],
      insult: [
        "Owe and don't pay. No shame at all",
        "Loser. Can't even scrape this up",
        "Deadbeat. Liar. That's you",
      ],
      violence: [
        "Keep stalling. Watch your legs",
        "Want me to send a few guys to deal with you",
        "Your car. Tires slashed one day—don't blame me",
      ],
      privacy_disclosure: [
        "Don't pay we call every contact. Tell 'em you owe",
        "Calling your boss now. Telling him you don't pay your debts",
        "Screenshot of your debt. On your feed. Everyone sees",
      ],
      false_consequence: [
        "Ninety days late it's criminal. You go to jail",
        "Your ID gets frozen. Phone number cut off too",
        "Your kid. Government jobs. Fails the background check",
      ],
      extra_fee: [
        "Two hundred processing fee first. Then the plan",
        "Plus three hundred collection fee. Send it together",
        "Move the due date? Fifty-dollar change fee",
      ],
      new_borrowing: [
        "Borrow from another app. Clear this one",
        "Cash advance on your card. Done",
        "Ask your parents. Easy",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "喂 张先生?"],
        ['debtor', "嗯 谁"],
        ['agent', "华信金融 关于您账户"],
        ['debtor', "等下— 别打了 我自己处理"],
        ['agent', "好 明白 记下了 不再来电"],
        ['debtor', "行行"],
      ],
      [
        ['agent', "喂 王女士吗"],
        ['debtor', "喂? 我在医院 输液呢"],
        ['agent', "哦 抱歉 您先治病"],
        ['debtor', "嗯"],
        ['agent', "账户备注了 这阵子不打扰 保重"],
      ],
      [
        ['debtor', "你们会不会联系我公司?"],
        ['agent', "不会 不联系单位 也不找家人"],
        ['debtor', "真的?"],
        ['agent', "真的 只跟您本人谈 有问题打这个号"],
      ],
      [
        ['debtor', "又是你们 滚"],
        ['agent', "抱歉打扰 理解您不高兴"],
        ['debtor', "骗子吧"],
        ['agent', "不是 官网能查客服号 核实了再回电就行"],
        ['debtor', "…行吧"],
        ['agent', "好 您方便时联系 谢谢"],
      ],
      [
        ['agent', "提醒下 按合同 逾期有罚息 也会正常报送征信"],
        ['debtor', "罚息多少"],
        ['agent', "合同写的 日万分之五 账单上有"],
        ['debtor', "我不认这个数呢"],
        ['agent', "您有权书面提异议 我们核查 核查期间不催收"],
        ['debtor', "好好"],
      ],
    ],
    en: [
      [
        ['agent', "Hello Mr. Zhang?"],
        ['debtor', "Yeah who's this"],
        ['agent', "Huaxin Finance. About your account"],
        ['debtor', "Wait— stop calling. I'll handle it"],
        ['agent', "Okay got it. Noted. No more calls"],
        ['debtor', "Fine fine"],
      ],
      [
        ['agent', "Hi Ms. Wang?"],
        ['debtor', "Hello? I'm in the hospital. On a drip"],
        ['agent', "Oh sorry. Focus on getting better"],
        ['debtor', "Yeah"],
        ['agent', "Account's noted. We won't bother you for now. Take care"],
      ],
      [
        ['debtor', "You gonna contact my work?"],
        ['agent', "No. Not your employer. Not your family"],
        ['debtor', "Really?"],
        ['agent', "Really. Just you. Questions call this number"],
      ],
      [
        ['debtor', "You again. Get lost"],
        ['agent', "Sorry to bother you. I get that you're upset"],
        ['debtor', "You're a scam"],
        ['agent', "We're not. Our number's on the website. Verify and call back"],
        ['debtor', "…fine then"],
        ['agent', "Okay whenever it suits you. Thanks"],
      ],
      [
        ['agent', "Heads up. Per your contract late interest applies. It's also reported to the credit bureaus as usual"],
        ['debtor', "How much interest"],
        ['agent', "Contract rate. 0.05% a day. It's on your statement"],
        ['debtor', "I don't agree with that number"],
        ['agent', "You can dispute it in writing. We review. No collection while we do"],
        ['debtor', "Okay okay"],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ["别再打了 听见没", "这笔今天得处理 几点转账?"],
      ignored_attorney: ["找我律师 号码给你", "不找律师 你本人今天还"],
      ignored_dispute: ["这钱上个月还了", "系统显示没还 今天转过来"],
      ignored_hardship: ["失业了 真没钱", "那也得还 今晚前多少先还点"],
    },
    en: {
      ignored_stop_request: ["Stop calling me. Hear me?", "This gets handled today. When's the transfer?"],
      ignored_attorney: ["Call my lawyer. I'll give you the number", "Not talking to a lawyer. You pay today"],
      ignored_dispute: ["I paid that. Last month", "System says no. Send it today"],
      ignored_hardship: ["Lost my job. Got nothing", "Still gotta pay. Something by tonight"],
    },
  },
  thirdParty: {
    zh: [['third_party', "喂? 他不在 我是他老婆"], ['agent', "那你转告 他欠我们八千 逾期俩月了"]],
    en: [['third_party', "Hello? He's out. I'm his wife"], ['agent', "Tell him then. He owes us eight thousand. Two months past due"]],
  },
};
