import type { Batch } from '../held-out.ts';

/** Batch 182: written by a second author who saw neither the rules nor earlier batches (chat and text messages rather than calls: texting shorthand, emoji, internet slang), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_182: Batch = {
  channel: 'chat',
  violations: {
    zh: {
      threat: [
        '亲 你再继续装死试试 我保证让你以后的日子没法过 天天不得安生😡',
        '不还是吧 行 你等着后悔吧 我们有的是办法让你难受 走着瞧',
        '行 不想还是吧 从今天起我们天天缠着你 烦到你崩溃为止 说到做到',
      ],
      impersonation: [
        '我是市公安局经侦支队的民警 你这笔欠款的事现在归我管 看到速回电话',
        '本人是区法院执行局工作人员 专门受理你这笔欠款 今天之内必须联系我',
        '通知一下 我们是受金融监管局委派来处理你这笔逾期的 别不当回事',
      ],
      insult: [
        '你个老赖 脸皮比城墙还厚 真是不要脸到家了🙄',
        '废物一个 活这么大连几千块都还不上 丢不丢人啊',
        '你是猪脑子吗 跟你说了八百遍还听不懂 弱智',
      ],
      violence: [
        '再拖着不还 小心哪天晚上走夜路被人打断腿 别说没提醒你',
        '我们有几个兄弟专门对付你这种人 到时候让他们好好收拾你👊',
        '你那辆白色的车挺好看啊 哪天轮胎被扎玻璃被砸了可别怪我们',
      ],
      privacy_disclosure: [
        '你通讯录我们这都有 今晚就群发 让你亲戚朋友全知道你欠钱不还',
        '已经给你们公司HR发消息了 说你贷款逾期 你同事很快都会知道',
        '再拖就把你照片和欠款金额发到朋友圈和微博 让所有人都看看',
      ],
      false_consequence: [
        '逾期超过三个月就算诈骗罪了 会留案底的 一辈子都洗不掉',
        '不还的话你的身份证和手机号下周就会被注销 到时候啥都办不了',
        '你已经上黑名单了 以后孩子考公当兵政审都过不了 连上学都受影响',
      ],
      extra_fee: [
        '想延期也行 先转300块改期手续费过来 交了才给你改',
        '这个月的催收服务费500 跟欠款一起打过来 不然不算结清哦',
        '要结清证明是吧 得另外交200块证明工本费 交了才给你开',
      ],
      new_borrowing: [
        '没钱就去多下几个借款app 随便借借就有了 先把我们这笔还上',
        '你信用卡不是还有额度吗 取个现出来 今天就能把账平了',
        '找你爸妈亲戚朋友凑一凑呗 就几千块 借一下有啥难的',
      ],
    },
    en: {
      threat: [
        'keep ghosting us n see what happens, I promise ur life is gonna be hell, no peace ever again 😡',
        'not paying huh, fine, ur gonna regret it, we have ways to make u miserable, just wait',
        'ok so u dont wanna pay, from 2day on we r on u every single day till u crack, and I mean it',
      ],
      impersonation: [
        'this is an officer w/ the city police financial crimes unit, ur debt is my case now, call back asap',
        "I'm w/ the county court enforcement office n I'm handling ur unpaid balance, u need to contact me 2day",
        "heads up, we've been appointed by the state financial regulator to deal w/ ur overdue account, dont brush this off",
      ],
      insult: [
        'ur a deadbeat w/ zero shame, seriously pathetic 🙄',
        'what a loser, grown adult n cant even cover a couple grand, embarrassing',
        'r u brain dead or what, told u like 800 times n u still dont get it, moron',
      ],
      violence: [
        'keep stalling n one night on ur way home someone might break ur legs, dont say u werent warned',
        'we got some guys who handle ppl like u, they will sort u out real good 👊',
        'nice white car u got, shame if the tires got slashed n the windows smashed one day',
      ],
      privacy_disclosure: [
        'we have ur whole contact list, tonight every relative n friend gets a msg that u owe money n wont pay',
        'already messaged ur company HR that ur behind on ur loan, ur coworkers will all know soon',
        'keep dragging it out n ur pic + how much u owe goes up on fb n twitter for everyone to see',
      ],
      false_consequence: [
        'once ur 90 days past due it counts as fraud, u get a criminal record that never goes away',
        'if u dont pay, ur ID n phone number get cancelled next wk, u wont be able to do anything',
        'ur on the blacklist now, so ur kids will fail every background check for gov jobs n the military, even school admissions',
      ],
      extra_fee: [
        'wanna push the due date? fine, send the $50 date change fee first, then we change it',
        'this month has an $80 collection service charge, send it w/ the balance or it doesnt count as paid off',
        'u want a payoff letter? thats an extra $40 certificate fee, pay it n then we issue it',
      ],
      new_borrowing: [
        'no cash? just grab a few loan apps, ez money, pay us off first',
        'u still got room on ur credit card right, do a cash advance n clear this 2day',
        'hit up ur parents, relatives, friends, whoever, its only a couple grand, just borrow it',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '王先生您好 我是安信金融的小李 关于您账户的事想跟您沟通下 现在方便吗'],
        ['debtor', '我在医院陪我妈 这几天真顾不上 先别发了行不'],
        ['agent', '明白 您先照顾家里 我们这边先不打扰您了 祝阿姨早日康复🙏'],
        ['debtor', '嗯嗯 多谢体谅哈'],
      ],
      [
        ['agent', '张女士您好 我是消费金融的客服小陈 想跟您确认下6月那期账单'],
        ['debtor', '这事我已经委托律师了 有啥直接找他 电话我发你'],
        ['agent', '收到 之后我们只跟您的律师对接 不会再就这笔账单联系您本人'],
        ['debtor', 'ok 就酱紫吧'],
      ],
      [
        ['debtor', '你们会不会打电话到我单位啊 我怕同事知道'],
        ['agent', '亲放心 我们不会联系您单位 也不会跟任何其他人透露您的账户情况'],
        ['debtor', '真的假的 别骗我'],
        ['agent', '真的 这是我们的规定 您的信息只跟您本人沟通 有啥想法随时回我就行'],
      ],
      [
        ['debtor', '烦死了 你们神马玩意儿 天天发天天发 有病吧'],
        ['agent', '不好意思打扰到您了 只是提醒下本月账单还木有还 您看什么时候方便处理'],
        ['debtor', '下周发工资再说 别老催'],
        ['agent', '好的 我备注下周再跟您联系 有问题随时找我 祝您生活顺利'],
      ],
      [
        ['debtor', '我要是这个月还不上 会咋样'],
        ['agent', '按合同会产生逾期利息 逾期记录也可能按规定报送征信 除此之外没有其他额外费用'],
        ['debtor', '那利息咋算的 说清楚点'],
        ['agent', '合同第五条写的是按日万分之五 app里能查到明细 还款计划也可以跟我们商量'],
      ],
    ],
    en: [
      [
        ['agent', "hi Mr. Wang, this is Lee from Anxin Finance, wanted to chat about ur account, is now ok?"],
        ['debtor', "im at the hospital w/ my mom, cant deal w/ this for a few days, pls hold off on the msgs"],
        ['agent', "understood, take care of ur family, we'll give u space for now. wishing ur mom a speedy recovery 🙏"],
        ['debtor', 'appreciate u being cool about it'],
      ],
      [
        ['agent', "hi Ms. Zhang, it's Chen from customer service, just wanted to confirm ur June statement w/ u"],
        ['debtor', "my attorney is handling this now, go thru him, I'll text u his number"],
        ['agent', "got it, from now on we'll only work w/ ur attorney n wont contact u directly about this statement"],
        ['debtor', 'cool, works for me'],
      ],
      [
        ['debtor', 'r u guys gonna call my job? I really dont want my coworkers finding out'],
        ['agent', "no worries, we will not contact ur employer n we dont share ur account info w/ anyone else"],
        ['debtor', 'for real? dont lie to me'],
        ['agent', "for real, it's our policy, we only discuss ur account w/ u. text me anytime if u have questions"],
      ],
      [
        ['debtor', 'omg u ppl r so annoying, msg after msg every day, whats wrong w/ u'],
        ['agent', "sorry for the bother, just a reminder that this month's bill hasnt been paid yet, when would be a good time for u to take care of it?"],
        ['debtor', 'next wk when I get paid, quit bugging me'],
        ['agent', "sure, I'll note to follow up next wk. reach out anytime if anything comes up, have a good one"],
      ],
      [
        ['debtor', 'what happens if I cant pay this month'],
        ['agent', "per ur contract late interest will accrue n the late payment may be reported to the credit bureaus as allowed by law, there r no other extra fees"],
        ['debtor', 'how is the interest calculated, explain pls'],
        ['agent', "section 5 of ur contract says 0.05% per day, u can see the breakdown in the app, n we can work out a payment plan w/ u too"],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '别再给我打电话了 也别发消息 我不想再跟你们有任何联系',
        '这可不行 这笔钱今天必须还 你啥时候转账 给个准话',
      ],
      ignored_attorney: [
        '我已经请律师了 以后你们找他谈 别再找我',
        '律师归律师 钱还是得你来还 今天先转一部分过来吧',
      ],
      ignored_dispute: [
        '这钱我上个月就还清了 有转账记录 你们肯定搞错了',
        '系统显示还欠着 你先把钱打过来 其他的以后再说',
      ],
      ignored_hardship: [
        '我上周被裁员了 现在一分收入都木有 真的还不起',
        '理解 但欠款还是要还的 最晚周五前把这期还上',
      ],
    },
    en: {
      ignored_stop_request: [
        'stop calling n texting me, I dont want any more contact from u ppl',
        "sry, can't do that, this balance has to be paid 2day, when r u sending it? need a straight answer",
      ],
      ignored_attorney: [
        "I've got a lawyer now, talk to them from now on, not me",
        'lawyer or not, ur the one who owes this, send a partial payment 2day pls',
      ],
      ignored_dispute: [
        'I paid this off last month, I have the transfer receipt, u guys messed up',
        'our system still shows a balance, just send the money first n we can sort out the rest later',
      ],
      ignored_hardship: [
        'got laid off last wk, zero income rn, I literally cant afford this',
        'I hear u but the debt still has to be paid, need this installment by fri at the latest',
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆 他手机落家里了 你找他啥事'],
      ['agent', '哦是这样 他在我们这借的钱已经逾期两个月了 还欠8600 麻烦让他尽快回个电话'],
    ],
    en: [
      ['third_party', "this is his wife, he left his phone at home, what's this about"],
      ['agent', "ok so he's 2 months behind on a loan w/ us, still owes $8,600, pls have him call back asap"],
    ],
  },
};
