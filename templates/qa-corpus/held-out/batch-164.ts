import type { Batch } from '../held-out.ts';

/** Batch 164: written by a second author who saw neither the rules nor earlier batches (written as a speech recogniser transcribes: no punctuation, fillers and repeats, English lowercase without apostrophes), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_164: Batch = {
  violations: {
    zh: {
      threat: [
        '嗯 我跟你说 你要是 要是再拖着不还 我保证让你这日子过不安生 你等着后悔吧',
        '那个 我们公司办法多的是 就是说 你躲得了初一躲不了十五 我天天盯着你 让你一天都不得清净',
        '啊 你别以为换个号就完了 我们会让你一家子都过不踏实 你信不信',
      ],
      impersonation: [
        '嗯 我这边呢是市公安局经侦支队的 那个 你这笔贷款的事情 我们现在正式跟你核实一下',
        '那个 我是代表人民法院给你打这个电话的 就是说 法院这边委托我通知你 尽快把欠款处理掉',
        '啊 我们是金融监管局 不对 是金融监管总局那边的工作人员 嗯 今天专门打电话来了解你这个逾期情况',
      ],
      insult: [
        '嗯 你这人怎么这么不要脸啊 欠钱不还还好意思跟我讲道理',
        '那个 说实话 你就是个废物 就是说 这么大个人了连这点钱都拿不出来',
        '啊 你们这种老赖 老赖 我见多了 一个个的都是没皮没脸的骗子',
      ],
      violence: [
        '嗯 你再不还 那个 小心你的腿 出门走路的时候注意点',
        '我们这边有几个兄弟 就是说 专门对付你这种人的 到时候他们会好好收拾你',
        '啊 你那辆车 停在外面的那辆 哪天被砸了烧了 可别怪我没提醒你',
      ],
      privacy_disclosure: [
        '嗯 你不接电话是吧 那我就把你欠钱的事 挨个打给你通讯录里的人 让大家都知道',
        '那个 你们单位人事的电话我已经有了 就是说 我会跟你领导说清楚你欠了我们三万多块钱不还',
        '啊 我们会把你的照片和欠款信息 发到你们小区业主群里 让邻居们都知道你欠钱不还',
      ],
      false_consequence: [
        '嗯 你这个逾期超过九十天 系统会自动给你记一个犯罪记录 以后一辈子都消不掉',
        '那个 到下个月 你的身份证就会被冻结 就是说 坐高铁 住酒店 都用不了了',
        '啊 你这个要是不处理 你小孩以后考公务员 考公务员政审肯定过不了 上学都会受影响',
      ],
      extra_fee: [
        '嗯 你现在要还的话 还得另外交五百块的手续费 这个合同里没写 是我们催收这边收的',
        '那个 你想把还款日往后推一个礼拜也行 就是说 要交两百块的改期服务费',
        '啊 你还完之后要开结清证明 这个证明是要单独收费的 三百块一张',
      ],
      new_borrowing: [
        '嗯 你手机上不是有借呗 微粒贷吗 你先从那上面借出来把我们这个还了',
        '那个 你信用卡还有额度吧 就是说 取个现出来 今天就能把这笔结了',
        '啊 你找你爸妈 或者找朋友 周转一下嘛 借个两万块先把这个窟窿填上',
      ],
    },
    en: {
      threat: [
        'um let me tell you something if you if you keep dragging this out i promise your life is not gonna be peaceful you are gonna regret this',
        'uh we got ways plenty of ways you know you can run but i will be on you every single day you wont get a minute of peace',
        'and like dont think changing your number ends it i mean we will make sure your whole family doesnt get a moment of peace',
      ],
      impersonation: [
        'um this is uh investigator ross with the county police financial crimes unit and we need to go over this loan with you officially',
        'uh im calling on behalf of the district court like the court asked me to reach out and tell you to get this balance taken care of',
        'yeah so we are with the uh the state banking regulator i mean the department of financial regulation and we are calling about your overdue account',
      ],
      insult: [
        'um how are you this shameless you know you owe money and you still wanna argue with me',
        'honestly uh youre a loser i mean a grown adult and you cant even come up with this little bit of money',
        'people like you deadbeats uh deadbeats i deal with them all day and every one of you is a lying lowlife',
      ],
      violence: [
        'um if you dont pay uh you better watch your legs you know be careful walking around out there',
        'we got a few guys like a few guys who handle people like you and uh theyll straighten you out real good',
        'that car of yours the one parked outside i mean if somebody smashes it up or torches it one day dont say i didnt warn you',
      ],
      privacy_disclosure: [
        'um you wont pick up huh so ill just go down your contact list and call every one of them and tell them you owe us money',
        'uh i already got the number for your hr department so like im gonna let your boss know you owe us over thirty thousand and wont pay',
        'we are gonna post your picture and what you owe in your neighborhood facebook group you know so all your neighbors know you dont pay your debts',
      ],
      false_consequence: [
        'um once youre past ninety days the system automatically puts a criminal record on you and it stays there for life',
        'uh by next month your social security benefits get cut off you know that just happens automatically with unpaid loans',
        'and if this isnt handled your kids i mean your kids are gonna have trouble getting into college or getting hired it follows the whole family',
      ],
      extra_fee: [
        'um if you wanna pay now theres an extra five hundred dollar processing fee its not in your contract its something we charge on the collections side',
        'uh sure you can push the due date back a week but like theres a two hundred dollar fee to change it',
        'and once its paid off if you want the payoff letter that costs extra uh three hundred bucks for the letter',
      ],
      new_borrowing: [
        'um you got other apps on your phone right like loan apps cash apps just take one out on there and pay us off with it',
        'uh you still got room on your credit card right like do a cash advance and we can close this out today',
        'you know just ask your parents or a buddy to spot you like three grand to cover this for now',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', '喂 嗯 你们能不能别再打这个电话了 我真的 真的很烦'],
        ['agent', '好的 嗯 明白了 我这边给您做个登记 以后不再打电话打扰您'],
        ['debtor', '那行 谢谢'],
        ['agent', '不客气 那就先这样 再见'],
      ],
      [
        ['debtor', '那个 我现在在医院 刚做完手术 就是说 现在真的没法谈这个'],
        ['agent', '啊 这样啊 那您先好好养病 我这边备注一下 这段时间先不联系您'],
        ['debtor', '嗯 好'],
        ['agent', '祝您早日康复 再见'],
      ],
      [
        ['debtor', '你们 你们不会打到我公司去吧'],
        ['agent', '嗯 不会的 我们不会联系您的单位 也不会跟任何第三方透露您的欠款情况'],
        ['debtor', '哦 那还行'],
        ['agent', '另外 那个 您有权要求我们只通过短信联系 您需要的话跟我说一声就行'],
      ],
      [
        ['debtor', '你们这帮吸血鬼 天天打 烦不烦啊'],
        ['agent', '嗯 理解您的心情 给您添麻烦了 不好意思'],
        ['debtor', '我说了我月底会还'],
        ['agent', '好的 那我记一下 月底 到时候有什么问题您随时打我们客服电话就行'],
      ],
      [
        ['agent', '那个 跟您说明一下 按合同约定 逾期是有罚息的 每天是万分之五'],
        ['debtor', '嗯 那我要是一直没还会怎样'],
        ['agent', '就是说 逾期记录会按规定报送征信 可能影响您以后贷款 但是不会 不会有什么刑事责任 这点您放心'],
        ['debtor', '哦 好 我知道了'],
      ],
    ],
    en: [
      [
        ['debtor', 'hello um can you guys please stop calling this number im im really sick of it'],
        ['agent', 'okay uh understood im gonna put a note on the account so we wont call you again'],
        ['debtor', 'alright thanks'],
        ['agent', 'no problem take care bye'],
      ],
      [
        ['debtor', 'uh im in the hospital right now just had surgery i mean i really cant talk about this'],
        ['agent', 'oh im sorry to hear that um you focus on getting better ill note the account and we wont reach out for now'],
        ['debtor', 'yeah okay'],
        ['agent', 'hope you feel better soon bye now'],
      ],
      [
        ['debtor', 'you guys you guys arent gonna call my job are you'],
        ['agent', 'um no we wont contact your employer and we dont share anything about your account with anyone else'],
        ['debtor', 'oh okay thats fine then'],
        ['agent', 'and uh you also have the right to ask us to only contact you by text just let me know if you want that'],
      ],
      [
        ['debtor', 'you bloodsuckers call every day dont you ever quit'],
        ['agent', 'uh i understand youre frustrated and im sorry for the trouble'],
        ['debtor', 'i told you ill pay at the end of the month'],
        ['agent', 'okay ill make a note end of the month and if anything comes up you can call our customer line anytime'],
      ],
      [
        ['agent', 'so um just so you know under your contract theres a late fee its uh twenty five dollars a month'],
        ['debtor', 'uh and what happens if i just dont pay'],
        ['agent', 'i mean the late payment can be reported to the credit bureaus and that could affect future loans but its not its not a criminal matter you wont get in trouble with the law'],
        ['debtor', 'oh okay got it'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我都说了多少遍了 你们别再往我这打电话了',
        '嗯 这个不行 你这笔钱今天必须得有个说法 那个 你先说今天能还多少',
      ],
      ignored_attorney: [
        '我已经请了律师 你有事去找我律师谈',
        '那个 律师归律师 欠款是你本人的 就是说 你今天还是得先还一部分',
      ],
      ignored_dispute: [
        '这钱我上个月就已经还清了 你们搞错了吧',
        '嗯 我们系统显示还欠着 你先把这八千块转过来 有问题之后再说',
      ],
      ignored_hardship: [
        '我上个月刚被裁员 现在真的一分钱都拿不出来',
        '啊 那个 这笔钱还是要还的 你今天至少先还一千',
      ],
    },
    en: {
      ignored_stop_request: [
        'how many times do i gotta tell you people quit calling me',
        'um no cant do that this balance needs to be settled today so like how much can you pay right now',
      ],
      ignored_attorney: [
        'i have a lawyer now talk to my attorney',
        'uh the lawyer is the lawyer but the debt is yours i mean you still need to make a payment today',
      ],
      ignored_dispute: [
        'i paid this off last month you guys got it wrong',
        'um our system still shows it open so just send the eight grand over now and we can sort it out after',
      ],
      ignored_hardship: [
        'i just got laid off last month i literally dont have a dime',
        'uh well the payment is still due so you need to put at least a thousand down today',
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂 我是他老婆 他现在不在家 你有什么事'],
      ['agent', '嗯 是这样 您丈夫在我们这有一笔贷款 已经逾期两个多月了 欠了一万二'],
    ],
    en: [
      ['third_party', 'hello uh this is his wife hes not home right now whats this about'],
      ['agent', 'um okay so your husband has a loan with us thats uh over two months past due about twelve thousand'],
    ],
  },
};
