import type { Batch } from '../held-out.ts';

/** Batch 280: written by a second author who saw neither the rules nor earlier batches (speech as a recogniser writes it: little or no punctuation, fillers, false starts, repeated words), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_280: Batch = {
  violations: {
    zh: {
      threat: [
        '嗯 我跟你说啊 你你今天要是不还 那个 你以后的日子就别想好过了 我保证你会后悔的',
        '呃 我们办法多的是 那个 你 你就等着瞧吧 看你能躲到什么时候',
        '你这样拖着 嗯 我们就天天 天天盯着你 那个 让你一天都不得安宁 你自己掂量掂量',
      ],
      impersonation: [
        '嗯 你好 我这边是 呃 是市公安局经侦大队的 那个 关于你这笔网贷的事情要跟你核实一下',
        '那个 我们是 我们是受法院委托的 嗯 现在代表法院正式通知你 这个欠款的事',
        '呃 我是金融监管局的工作人员 那个 你这笔贷款的逾期情况 嗯 我们监管部门在跟进',
      ],
      insult: [
        '你 你这种人真是 嗯 脸都不要了 借钱不还 跟个无赖有什么区别',
        '呃 你是不是脑子有病啊 那个 这么简单的事都听不懂 废物一个',
        '嗯 像你这样的 那个 就是社会垃圾 活着都是浪费粮食',
      ],
      violence: [
        '嗯 你再不还 那个 小心哪天走夜路 腿 腿被人打断了可别怪我没提醒你',
        '呃 我们这边有几个兄弟 那个 专门收拾你这种人的 你想尝尝被他们收拾的滋味吗',
        '那个 你车停在哪我们都知道 嗯 哪天玻璃全给砸了 轮胎也扎了 别说我没说过',
      ],
      privacy_disclosure: [
        '嗯 你不还的话 那个 我就把你欠钱的事 挨个打电话告诉你通讯录里的人',
        '呃 我们会联系你单位领导 那个 让你们公司的人都知道你欠钱不还',
        '那个 我们准备把你的照片和欠款信息发到 嗯 发到朋友圈还有你们小区业主群里',
      ],
      false_consequence: [
        '嗯 你这个逾期 那个 再过几天就会留下刑事案底 到时候 到时候是要被抓去坐牢的',
        '呃 逾期超过三个月 那个 你的身份证和护照都会被注销 嗯 哪都去不了',
        '那个 你要是不还 嗯 你孩子以后上好学校 考公务员 政审都 都直接过不了',
      ],
      extra_fee: [
        '嗯 另外你还得交 那个 三百块的催收服务费 这个是必须交的',
        '呃 你要想改还款日的话 那个 得先交五百块的改期手续费 嗯 交了才给你改',
        '那个 结清以后你要开结清证明 嗯 要另外收两百块的证明费',
      ],
      new_borrowing: [
        '嗯 你手机上不是有那个 借呗 微粒贷吗 先借出来把我们这个还了',
        '呃 你就去找你爸妈 或者亲戚朋友 那个 先凑一凑 借点钱把这笔还上',
        '那个 信用卡 信用卡取现也行啊 嗯 取出来先还我们这边',
      ],
    },
    en: {
      threat: [
        "look um if you don't pay today uh your life is is not gonna be easy from here on I promise you you'll regret this",
        "uh we have we have our ways okay so like just wait and see how long you can keep dodging us",
        "you keep dragging this out and um we'll be on you every every single day like you won't get a moment of peace think about that",
      ],
      impersonation: [
        "hi um this is uh detective Morris with the county sheriff's financial crimes unit and I need to verify some details on your online loan",
        "so we're we're calling on behalf of the court uh this is an official notice from the court about um your unpaid balance",
        "uh I'm with the state department of financial regulation and um our office is like following up on your overdue loan",
      ],
      insult: [
        "you you people are just shameless um borrowing money and not paying it back you're no better than a a lowlife crook",
        "uh are you brain damaged or something like this is simple stuff and you still don't get it you useless idiot",
        "um someone like you is just uh human garbage honestly a total waste of oxygen",
      ],
      violence: [
        "um you keep not paying and uh better watch yourself walking around at night somebody might might break your legs don't say I didn't warn you",
        "uh we got a few guys like who take care of people like you you wanna find out what it feels like when they get their hands on you",
        "so we know where you park your car um one day the windows could all be smashed tires slashed too don't say I didn't tell you",
      ],
      privacy_disclosure: [
        "um if you don't pay I'm gonna call every every single person in your contacts and uh tell them you owe money",
        "uh we'll be reaching out to your manager like so everybody at your company knows you don't pay your debts",
        "so we're gonna post your photo and um your debt details on uh facebook and in your neighborhood group chat",
      ],
      false_consequence: [
        "um this overdue account uh in a few days it goes on your criminal record and and then you get arrested and go to jail",
        "uh once you're over ninety days like your driver's license and your passport both get canceled um you won't be able to go anywhere",
        "so if you don't pay um your kids uh later on they won't get into good schools or get government jobs they'll they'll fail the background check",
      ],
      extra_fee: [
        "um and you also have to pay a uh a three hundred dollar collection service fee that's that's mandatory",
        "uh if you wanna change your due date like you gotta pay a seventy five dollar date change fee first um then we'll change it",
        "so once it's paid off if you want the uh the payoff letter um there's an extra thirty dollar certificate fee",
      ],
      new_borrowing: [
        "um don't you have like other loan apps on your phone just just take out a loan on one of those and pay us off",
        "uh go ask your parents or or your relatives your friends whatever um borrow some money and get this paid",
        "so a cash advance on your credit card works too um just pull the cash out and pay us first",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '喂 你好 呃 请问是王 王建国先生吗 我这边是 那个 星辰金融的 关于您的借款账户'],
        ['debtor', '是我 嗯 我 我最近住院了 刚做完手术 那个 现在真的没精力弄这个'],
        ['agent', '啊 好的 那个 先祝您早日康复 嗯 我这边给您备注一下 您身体要紧 先好好休息'],
        ['debtor', "嗯 那个 谢谢啊"],
        ['agent', '不客气 那 那就不打扰您了 再见'],
      ],
      [
        ['agent', '喂 您好 是李女士吗 嗯 我是 那个 快易贷的'],
        ['debtor', '是 你们 你们能不能别再打我电话了 我上班的时候接不了'],
        ['agent', '嗯 明白 那个 我这边把您的号码设成不再电话联系 以后有事的话 呃 会给您发书面通知'],
        ['debtor', '行 好'],
        ['agent', '好的 那 祝您工作顺利 再见'],
      ],
      [
        ['agent', '您好 是张先生吧 嗯 核实一下 您身份证后四位是'],
        ['debtor', '呃 三七二一'],
        ['agent', '好的谢谢 那个 您这个账户 逾期了十二天 嗯 金额是两千四百五十块'],
        ['debtor', '你们 你们不会去找我公司吧 我 我怕同事知道'],
        ['agent', '不会的 嗯 我们不会联系您单位 也不会 不会跟其他任何人说您账户的情况 这个您放心'],
        ['debtor', '那就好 我 我下周五发工资 能还一部分'],
        ['agent', '好的 嗯 那我给您记一下 下周五 那个 还多少您自己定 到时候在app里操作就行'],
      ],
      [
        ['agent', '喂 您好 请问是赵 赵敏女士吗 我是 呃 恒信金融的'],
        ['debtor', '又是你们 烦死了 你们这帮吸血鬼 有完没完'],
        ['agent', '嗯 理解您的心情 那个 打扰您了 不好意思'],
        ['debtor', '滚 别烦我 我自己会看着办'],
        ['agent', '好的 嗯 那个 您之后要是有什么问题 可以随时打我们客服电话 呃 我们这边有分期的方案也可以给您介绍'],
        ['debtor', '再说吧'],
        ['agent', '好的 那 那您先忙 再见'],
      ],
      [
        ['agent', '喂 您好 是刘先生吗 嗯 我这边是 那个 安达消费金融'],
        ['debtor', '嗯 是 我想问一下 我晚几天还 会 会怎么样啊'],
        ['agent', '呃 按您签的合同 逾期的话 那个 每天按万分之五收罚息 合同第八条有写 嗯 另外逾期记录会按规定报送到征信系统'],
        ['debtor', '那 那会不会 坐牢啊'],
        ['agent', '不会的 嗯 欠款逾期是民事上的事 不会因为这个坐牢 那个 您也不用太紧张'],
        ['debtor', '哦 好 那我月底还'],
        ['agent', '好的 嗯 给您记下了 谢谢您'],
      ],
    ],
    en: [
      [
        ['agent', "hi uh is this James James Walker um this is uh from Starline Financial about your loan account"],
        ['debtor', "yeah it's me um I I just got out of surgery I'm still in the hospital I really can't deal with this right now"],
        ['agent', "oh okay um well I hope you feel better soon uh I'll put a note on the account your health comes first just get some rest"],
        ['debtor', "um thanks"],
        ['agent', "of course I I won't bother you any further take care bye"],
      ],
      [
        ['agent', "hi is this um Ms Lee this is uh with QuickCash Lending"],
        ['debtor', "yeah can you can you guys stop calling me I can't pick up at work"],
        ['agent', "um understood so I'm marking your number as do not call and if anything comes up uh we'll send it to you in writing"],
        ['debtor', "okay uh fine fine"],
        ['agent', "alright um have a good day bye"],
      ],
      [
        ['agent', "hi is this Mr Johnson um just to verify can you give me the last four of your social"],
        ['debtor', "uh three seven two one"],
        ['agent', "thanks so um your account is twelve days past due uh the balance is two thousand four hundred fifty"],
        ['debtor', "you you guys aren't gonna call my work are you I I don't want my coworkers finding out"],
        ['agent', "no um we will not contact your employer and we won't we won't discuss your account with anyone else you don't have to worry about that"],
        ['debtor', "okay good I I get paid next friday I can pay some of it"],
        ['agent', "okay um I'll note that next friday uh whatever amount works for you you can just do it in the app"],
      ],
      [
        ['agent', "hi is this uh Karen Karen Davis um this is with Harbor Credit"],
        ['debtor', "you again god you people are bloodsuckers when does this end"],
        ['agent', "um I understand you're frustrated uh sorry to bother you"],
        ['debtor', "get lost leave me alone I'll figure it out myself"],
        ['agent', "okay um if you have any questions later you can call our customer line anytime uh we also have installment plans we can go over with you"],
        ['debtor', "we'll see"],
        ['agent', "alright I'll I'll let you go bye"],
      ],
      [
        ['agent', "hi is this Mr Brown um this is uh Anda Consumer Finance"],
        ['debtor', "yeah um I wanted to ask if I pay a few days late what what happens"],
        ['agent', "uh under the agreement you signed um there's a late charge of point zero five percent a day that's in section eight and uh late payments get reported to the credit bureaus like the rules require"],
        ['debtor', "so uh can I can I go to jail for this"],
        ['agent', "no um being behind on a debt is a civil matter you can't go to jail for it uh so no need to stress about that"],
        ['debtor', "oh okay I'll pay at the end of the month then"],
        ['agent', "okay um I've got that noted thank you"],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们 你们别再打了行不行 我 我说了不要再给我打电话了',
        '嗯 我知道 但是 那个 您这笔欠款还没还呢 今天能不能先 先还一部分',
      ],
      ignored_attorney: [
        '呃 这个事我已经委托律师了 那个 你们有事找我律师谈',
        '律师那边 嗯 我们不管 那个 欠款是您本人的 您今天 今天把钱还了就完了',
      ],
      ignored_dispute: [
        '这 这不是我的钱 我从来没借过这个 你们搞错了吧',
        '嗯 系统显示就是您 那个 两千八百块 您今天先把它还上',
      ],
      ignored_hardship: [
        '我 我上个月被裁员了 嗯 现在一分收入都没有 真的还不了',
        '那个 这个 这个我们理解 但是钱还是得还的 嗯 您今天至少先还个五百',
      ],
    },
    en: {
      ignored_stop_request: [
        "can you can you just stop calling I told you don't call me anymore",
        "um I hear you but uh this balance still isn't paid so can you can you at least put something down today",
      ],
      ignored_attorney: [
        "uh I've got a lawyer handling this um you need to talk to my attorney",
        "we don't um we don't deal with your lawyer the debt's in your name so just just pay it today and we're done",
      ],
      ignored_dispute: [
        "this this isn't my debt I never took out this loan you've got the wrong person",
        "um the system shows it's you uh twenty eight hundred dollars so go ahead and pay it today",
      ],
      ignored_hardship: [
        "I I got laid off last month um I've got zero income right now I really can't pay",
        "yeah I I get that but the money still has to be paid um can you do at least a hundred today",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂 呃 他不在 我是他老婆 那个 你找他什么事'],
      ['agent', '哦 您是他爱人啊 嗯 是这样 他在我们这 那个 借了一笔钱 已经逾期二十多天了 欠了 欠了三千六 麻烦您转告他一下'],
    ],
    en: [
      ['third_party', "hello uh he's not here I'm his wife um what's this about"],
      ['agent', "oh you're his wife okay um so he took out a loan with us and it's uh it's over twenty days past due he owes like thirty six hundred could you let him know"],
    ],
  },
};
