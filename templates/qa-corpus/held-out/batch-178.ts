import type { Batch } from '../held-out.ts';

/** Batch 178: written by a second author who saw neither the rules nor earlier batches (a speech recogniser on a noisy line: homophone mis-recognitions in Chinese, misheard words in English, sparse punctuation), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_178: Batch = {
  violations: {
    zh: {
      threat: [
        '嗯 你要是在拖着不还 我保证让你这日子过不下去 你信不信',
        '那个 我们有得是办法 你就等着后悔吧 到时候别怪我没提醒你',
        '呃 你不还钱我们就天天盯着你 天天盯着你 让你再这个城市都待不下去',
      ],
      impersonation: [
        '我这边是市公安局经真大队得 那个 你这个欠款得案子已经转到我们这里了',
        '嗯 我是代表法院给你打这个电话得 法院让我通知你尽快过来处理',
        '我们是金融监管局派下来得调查员 调查员 现在正式向你核实这笔欠款',
      ],
      insult: [
        '你这种人就是个老赖 脸皮比城墙还厚 真是不要脸得东西',
        '嗯 你脑子是不是有病啊 借钱得时候挺能得 现在装死 废物一个',
        '那个 像你这样得窝囊废 窝囊废 活着就是浪费粮食',
      ],
      violence: [
        '你再不还 小心那天出门被人打断腿',
        '嗯 我们这边有几个兄弟 专门处理你这种得 到时候你家那辆车还完不完整就不好说了',
        '那个 让你老婆孩子出门可得注意安全啊 磕着碰着了别怪我们',
      ],
      privacy_disclosure: [
        '你不还得话 我们就把你欠钱得事发给你通讯录里得每一个人',
        '呃 我们明天就打电话给你们公司领导 告诉他你欠钱不还',
        '我们会再朋友圈和抖音上发你得照片 让大家都知道你是欠债不还得人',
      ],
      false_consequence: [
        '你这个欠款在逾期下去 就会留下犯罪记录 以后一辈子都洗不掉',
        '嗯 那个 按规定逾期超过九十天 你得护照和身份证都会被注销 注销',
        '你孩子以后考大学 考公务员都会受影响 正审是过不了得',
      ],
      extra_fee: [
        '你现在还款得话 还要另外交三百块得催收手续费 这个是必须得',
        '嗯 你想延期几天也可以 不过要先交五百块得改期费',
        '那个 结清证明要开得话 得另外付两百块工本费 合同里没写 是我们这边得规定',
      ],
      new_borrowing: [
        '你手上没钱 就先再别的网贷平台借一笔过来 把我们这边还了',
        '嗯 你信用卡不是还有额度嘛 套个现出来先还上 先还上',
        '那个 你找爸妈亲戚借一下不就行了 再找朋友凑一凑 今天就能还上',
      ],
    },
    en: {
      threat: [
        'uh if you keep dragging this out i promise your life is gonna be miserable you hear me',
        'we got ways of making this real hard on you your gonna regret it dont say nobody warned you',
        'were gonna stay on you every single day every day until you cant stand living in this town no more',
      ],
      impersonation: [
        'this is officer brown with the county police financial crimes unit your debt case got transferred over to us',
        'um im calling on behalf of the court the court wants me to tell you to come in and take care of this',
        'were investigators sent by the consumer financial protection bureau the bureau and were officially verifying this debt with you',
      ],
      insult: [
        'people like you are just deadbeats you got no shame none at all you worthless piece of garbage',
        'is something wrong with your head you were real smart when you borrowed it now you play dead what a loser',
        'a spineless loser loser like you is just a waste of air',
      ],
      violence: [
        'you dont pay and one day you walk outside and somebody breaks your legs',
        'we got a couple of guys who take care of people like you and who knows if your car is gonna stay in one piece',
        'tell your wife and kids to be real careful when they go out be a shame if they got hurt',
      ],
      privacy_disclosure: [
        'if you dont pay were gonna send a message about your debt to every single person in your contacts',
        'uh tomorrow were calling your boss at work to let him know you owe money and wont pay',
        'were gonna post your picture on facebook and tik tok so everybody knows you dont pay your debts',
      ],
      false_consequence: [
        'if this stays past due any longer you end up with a criminal record that follows you for life',
        'um per the rules once your over ninety days your passport and drivers license get cancelled cancelled',
        'your kids wont get into college or get a government job cause they wont pass the background check',
      ],
      extra_fee: [
        'if you pay now their also a three hundred dollar collection processing fee on top thats mandatory',
        'um you can push the date back a few days but first you gotta pay a fifty dollar rescheduling fee',
        'if you want the paid in full letter that costs another twenty five bucks its not in the contract its just our policy',
      ],
      new_borrowing: [
        'if your short just take out a loan on another app and use it to pay us off',
        'uh you still got room on your credit card right do a cash advance and pay it pay it today',
        'cant you just borrow it from your parents or hit up some friends you could have it paid off today',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '喂 你好 请问是王鸣先生吗'],
        ['debtor', '是我 你们别在打了 我现在真得不想接这种电话'],
        ['agent', '好得 明白 我们这边已经记录了您得要求 之后不会再给您打电话了'],
        ['debtor', '行'],
        ['agent', '嗯 那不打扰您了 再见'],
      ],
      [
        ['agent', '您好 这里是信达金融 关于您得账户想跟您沟通一下'],
        ['debtor', '呃 我上个月刚被公司裁了 现在实在是没有收入'],
        ['agent', '嗯 理解理解 这个情况我给您备注上 您先安心找工作 我们这边暂时不打扰您'],
        ['debtor', '嗯 谢谢啊 那先这样'],
        ['agent', '不客气 您有需要可以随时联系我们 再见'],
      ],
      [
        ['debtor', '你们是不是要打电话到我公司去'],
        ['agent', '不会得 您放心 我们不会联系您得单位 也不会跟您家人或者朋友说这个事'],
        ['debtor', '哦 那我就放心了'],
        ['agent', '那个 您这笔款现在逾期十五天 您看什么时候方便处理一下'],
        ['debtor', '呃 下礼拜五左右吧'],
        ['agent', '好得 那我给您记上下周五 谢谢您'],
      ],
      [
        ['debtor', '你们这帮吸血鬼 烦不烦啊 天天打天天打'],
        ['agent', '嗯 抱歉打扰到您了 按照规定我们每天联系得次数是有限制得 如果时间不合适 您可以告诉我们方便得时段'],
        ['debtor', '晚上七点以后吧'],
        ['agent', '好得 已经帮您改过来了 祝您生活愉快'],
      ],
      [
        ['agent', '您好 跟您说明一下 按照合同约定 逾期期间会按日万分之五计算罚息 这个再合同第八条有写'],
        ['debtor', '那会不会影响我征信 会不会坐牢啊'],
        ['agent', '逾期记录会按规定上报征信 结清以后会显示已结清 欠款属于民事纠纷 不涉及刑事责任 这个您放心'],
        ['debtor', '哦 那我这个月底还'],
        ['agent', '好得 月底前还就可以 不需要交额外得费用 谢谢您'],
      ],
    ],
    en: [
      [
        ['agent', 'hello hi am i speaking with mister wong'],
        ['debtor', 'yeah its me please stop calling me i really dont wanna get these calls'],
        ['agent', 'okay understood ive noted your request and we wont be calling you again'],
        ['debtor', 'fine'],
        ['agent', 'alright i wont keep you have a good day'],
      ],
      [
        ['agent', 'hi this is sinda financial id like to talk to you about your account'],
        ['debtor', 'uh i just got laid off last month i dont have any income right now'],
        ['agent', 'i understand i understand ill make a note of that you focus on finding work and we wont bother you for now'],
        ['debtor', 'okay thanks so much then'],
        ['agent', 'no problem you can reach out to us anytime you need bye now'],
      ],
      [
        ['debtor', 'are you guys gonna call my job'],
        ['agent', 'no maam dont worry we will not contact your employer and we wont say anything to your family or friends either'],
        ['debtor', 'oh okay then im not worried'],
        ['agent', 'so um this balance is fifteen days past due when would be a good time for you to take care of it'],
        ['debtor', 'uh around next friday i guess'],
        ['agent', 'great ill put you down for next friday thank you'],
      ],
      [
        ['debtor', 'you bloodsuckers are so annoying calling every day every day'],
        ['agent', 'um sorry for the trouble there are rules that limit how often we can contact you so if the timing is bad just tell me what hours work better'],
        ['debtor', 'after seven at night'],
        ['agent', 'okay ive changed that for you have a nice day'],
      ],
      [
        ['agent', 'hi just so you know under your contract late interest is charged at point oh five percent a day its in section eight of the agreement'],
        ['debtor', 'is this gonna hurt my credit am i gonna go to jail'],
        ['agent', 'the late payment gets reported to the credit bureaus like normal and once its paid it shows as paid this is a civil debt their no criminal issue here so dont worry'],
        ['debtor', 'oh okay ill pay it end of the month'],
        ['agent', 'sounds good end of the month is fine and their no extra fee thank you'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '那个 我说过多少次了 别在给我打电话了',
        '嗯 这个我做不了主 你今天必须把钱还上 还上了我们就不打了',
      ],
      ignored_attorney: [
        '这个事我已经委托律师了 你有事去找我得律师',
        '律师是律师 欠钱得是你 你今天得先把这期还了',
      ],
      ignored_dispute: [
        '这笔钱我上个月已经还清了 你们系统搞错了吧',
        '呃 我们这边显示还是欠着得 你先把钱转过来再说',
      ],
      ignored_hardship: [
        '我住院了 刚做完手术 真得一分钱都拿不出来',
        '那个 生病归生病 这钱还是要还得 你今天至少先还一部分',
      ],
    },
    en: {
      ignored_stop_request: [
        'how many times i gotta tell you stop calling me',
        'i cant do that you need to pay this today once its paid the calls stop',
      ],
      ignored_attorney: [
        'i got a lawyer handling this talk to him not me',
        'your lawyer aint the one who owes it you do so i need that payment today',
      ],
      ignored_dispute: [
        'i paid this off last month your system got it wrong',
        'uh it still shows open on our end so send the money over first and we can sort it out after',
      ],
      ignored_hardship: [
        'im in the hospital i just had surgery i dont have a dime',
        'sick or not this still has to be paid can you at least put something down today',
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂 我是他老婆 他现在不再家 你找他什么事'],
      ['agent', '哦 是这样得 你老公再我们平台借了八千块 已经逾期两个月了 麻烦你转告他一下'],
    ],
    en: [
      ['third_party', 'hello this is his wife he aint home right now what do you want'],
      ['agent', 'oh okay well your husband has a loan with us for eight thousand and its two months past due so please let him know'],
    ],
  },
};
