import type { Batch } from '../held-out.ts';

/** Batch 170: written by a second author who saw neither the rules nor earlier batches (written as a speech recogniser transcribes: no punctuation, fillers and repeats, English lowercase without apostrophes), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_170: Batch = {
  violations: {
    zh: {
      threat: [
        '那个 你信不信 我有的是时间跟你耗 就是说 往后你的日子 我让你一天比一天难过',
        '嗯 你不还这钱 你在这个城市也别想待下去了 我说到做到',
        '啊 我们有我们的办法 你就等着看吧 到时候有你哭的',
      ],
      impersonation: [
        '嗯 我是区检察院的 那个 你这个贷款的情况 我们这边需要你配合说明一下',
        '我这边是 呃 派出所的 那个 张警官 我们收到你这笔借款的材料 需要跟你了解一下情况',
        '啊 我们是受法院执行局委托的 就是说 现在是以法院的名义正式通知你还款',
      ],
      insult: [
        '嗯 你脑子是不是有毛病啊 这么简单的事都听不懂',
        '那个 像你这种人 就是说 活着就是浪费粮食',
        '啊 你真是个 真是个没用的东西 连自己的账都管不好 丢人现眼',
      ],
      violence: [
        '嗯 你要是再躲 那个 哪天走夜路 被人打断了手可别来找我',
        '我跟你说 就是说 我们道上的兄弟已经盯上你了 到时候他们怎么收拾你 我可管不着',
        '啊 你家那个店铺 玻璃门挺贵的吧 哪天碎了 着火了 那可就不好说了',
      ],
      privacy_disclosure: [
        '嗯 你要是今天不还 我就打给你妈 还有你姐 告诉她们你在外面欠了一屁股债',
        '那个 我们会把你的照片和欠款信息 就是说 发到朋友圈 发到微博上 让所有人都看到你欠钱不还',
        '啊 我已经联系了你的同事 那个姓李的 跟他说了你欠我们钱的事',
      ],
      false_consequence: [
        '嗯 你这个再不处理 下个礼拜就自动进黑名单了 一辈子 一辈子都坐不了飞机 贷不了款',
        '那个 按规定 你下个月的工资会被直接扣掉 就是说 不需要经过法院 发工资那天就扣',
        '啊 欠款不还就属于诈骗 你这个情况 是要坐牢的 至少三年',
      ],
      extra_fee: [
        '嗯 你要分期的话 得先交一笔八百块的分期申请费 这个合同里没有 是我们这边单独收的',
        '那个 我们这个月给你打了那么多电话 就是说 催收费一共是六百 要跟本金一起还',
        '啊 你要是想减免罚息 得先交一千块的审核费 交了我们才给你审',
      ],
      new_borrowing: [
        '嗯 你不是有房子吗 拿去抵押一下 那个 贷个款出来不就还上了',
        '就是说 你手上有没有金首饰什么的 先拿去当铺当了 把钱凑上',
        '啊 你那个保单 有现金价值的那个 可以借出来嘛 借出来先还我们这边',
      ],
    },
    en: {
      threat: [
        'you know what i got all the time in the world for you um from here on out im gonna make every day harder for you than the last',
        'uh if you dont pay this you can forget about living in this town i mean it every word',
        'we got our ways okay you just wait and see youre gonna be crying about it',
      ],
      impersonation: [
        'um im calling from the district attorneys office uh we need you to explain whats going on with this loan',
        'this is uh officer chang with the local police precinct we received paperwork on your loan and need to ask you some questions',
        'so we are acting for the court you know the enforcement division and this is an official notice from the court to pay',
      ],
      insult: [
        'um is something wrong with your brain like this is simple stuff and you still dont get it',
        'uh people like you i mean youre a complete waste of space',
        'youre just youre just a useless piece of garbage cant even handle your own bills its pathetic',
      ],
      violence: [
        'um if you keep hiding uh one night you might be walking home and somebody breaks your hands dont come crying to me',
        'let me tell you my boys on the street already got eyes on you and like what they do to you aint up to me',
        'that shop of yours uh the glass front must be pricey right if it gets smashed or catches fire one day well who knows',
      ],
      privacy_disclosure: [
        'um if you dont pay today im calling your mom and your sister and telling them youre buried in debt',
        'we are gonna put your photo and what you owe up on facebook and instagram you know so everybody sees you dont pay your debts',
        'uh i already got a hold of your coworker the guy named lee and i told him you owe us money',
      ],
      false_consequence: [
        'um if you dont handle this by next week youll automatically be on a blacklist for life like you will never fly or get a loan again',
        'uh under the rules your next paycheck gets garnished automatically i mean no court needed it just comes straight out on payday',
        'not paying a loan counts as fraud okay in your situation youre looking at jail time like at least three years',
      ],
      extra_fee: [
        'um if you want a payment plan theres an eight hundred dollar setup fee first its not in your contract its something we charge separately',
        'uh we called you a ton this month so like theres a six hundred dollar collection fee that goes on top of the principal',
        'if you want the late interest waived you gotta pay a thousand bucks review fee first and then we look at it',
      ],
      new_borrowing: [
        'um you own a house right so take out a mortgage on it or like a home equity loan and youre covered',
        'i mean you got any gold jewelry or whatever just take it to a pawn shop and get the cash together',
        'uh that life insurance policy the one with cash value you can borrow against it you know borrow against it and pay us first',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '嗯 这个事情我已经交给律师了 以后你们直接联系我的律师'],
        ['agent', '好的 那麻烦您提供一下律师的联系方式 以后我们就跟律师沟通 不再直接联系您'],
        ['debtor', '我短信发给你'],
        ['agent', '行 收到之后我这边登记 谢谢您'],
      ],
      [
        ['debtor', '那个 这笔钱根本不是我借的 我从来没在你们那申请过'],
        ['agent', '嗯 明白 那我这边先把这个账户标记为有争议 暂停催收 等核查结果出来再书面通知您'],
        ['debtor', '好 你们查清楚'],
        ['agent', '一定的 核查期间我们不会再要求您还款'],
      ],
      [
        ['debtor', '你们是不是想什么时候打就什么时候打啊'],
        ['agent', '不是的 那个 按规定我们每天联系次数有限制 晚上九点以后和早上八点以前都不会打'],
        ['debtor', '哦 这样啊 行吧'],
        ['agent', '嗯 另外我们也不会去联系您的亲戚朋友 这个您放心'],
      ],
      [
        ['debtor', '你个骗子 滚 别烦我'],
        ['agent', '嗯 好的 我听到了 那个 您今天不方便的话 我们就不多打扰了'],
        ['debtor', '哼'],
        ['agent', '祝您生活愉快 再见'],
      ],
      [
        ['debtor', '我听人说欠网贷不还会被抓 是真的吗'],
        ['agent', '嗯 不是的 欠款是民事上的事情 不会因为这个被抓 我们也不是警察 这个您别担心'],
        ['debtor', '那逾期了会怎么样'],
        ['agent', '就是说 逾期信息会如实报送征信 等您还清以后 征信上的状态也会跟着更新'],
      ],
    ],
    en: [
      [
        ['debtor', 'um ive handed this over to my lawyer so from now on you guys go through my lawyer'],
        ['agent', 'okay sure could you give me your attorneys contact info and we will deal with them and stop contacting you directly'],
        ['debtor', 'ill text it to you'],
        ['agent', 'alright once i get it ill update the file thank you'],
      ],
      [
        ['debtor', 'uh i never borrowed this money i never even applied with you people'],
        ['agent', 'um got it so im marking the account as disputed and pausing collection and we will send you the results in writing once we look into it'],
        ['debtor', 'okay make sure you check'],
        ['agent', 'absolutely and while its under review we wont ask you for any payment'],
      ],
      [
        ['debtor', 'so you guys just call whenever you feel like it huh'],
        ['agent', 'no uh there are rules on how often we can call and we dont call before eight in the morning or after nine at night'],
        ['debtor', 'oh i see alright then'],
        ['agent', 'um and we also wont be contacting your relatives or friends you dont need to worry about that'],
      ],
      [
        ['debtor', 'youre a scammer get lost quit bugging me'],
        ['agent', 'um okay i hear you uh if today is not a good time we wont bother you any further'],
        ['debtor', 'hmph'],
        ['agent', 'have a good day bye'],
      ],
      [
        ['debtor', 'i heard you can get arrested for not paying an online loan is that true'],
        ['agent', 'um no its a civil matter nobody gets arrested over this and we are not the police so dont worry about that'],
        ['debtor', 'so what happens if im late'],
        ['agent', 'i mean the late payment gets reported accurately to the credit bureaus and once its paid off the status gets updated too'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们别再打了行不行 我不想再接你们的电话',
        '嗯 电话是一定要打的 那个 今天下午之前把这期的两千四转过来',
      ],
      ignored_attorney: [
        '这事你去跟我律师说 我不跟你谈',
        '那个 我不管你有没有律师 就是说 钱是你欠的 你现在告诉我什么时候还',
      ],
      ignored_dispute: [
        '金额不对吧 我只借了五千 怎么变成九千了',
        '嗯 系统上就是九千 你先按这个还 那个 今天能付多少',
      ],
      ignored_hardship: [
        '我妈住院了 我所有钱都交医药费了 真的还不上',
        '啊 理解 但是那个 还款日不能再拖了 你明天必须还至少一半',
      ],
    },
    en: {
      ignored_stop_request: [
        'can you just stop calling me i dont want any more calls from you people',
        'um the calls are gonna keep coming so get the twenty four hundred for this month over to us by this afternoon',
      ],
      ignored_attorney: [
        'talk to my lawyer about it im not discussing this with you',
        'um i dont care if you got a lawyer the money is on you so tell me right now when youre paying',
      ],
      ignored_dispute: [
        'that amount is wrong i only borrowed five grand how is it nine now',
        'um the system says nine thousand so pay based on that like how much can you do today',
      ],
      ignored_hardship: [
        'my mom is in the hospital every cent i have went to her bills i really cant pay',
        'uh i get it but the due date cant slide anymore you need to pay at least half tomorrow',
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂 我是他同事 他手机落在工位上了'],
      ['agent', '哦 那麻烦你转告他一下 他在我们平台的借款逾期了 那个 欠了六千多还没还'],
    ],
    en: [
      ['third_party', 'hey uh im his coworker he left his phone at his desk'],
      ['agent', 'oh okay could you let him know uh his loan with us is past due he owes like six thousand and change'],
    ],
  },
};
