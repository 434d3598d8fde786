import type { Batch } from '../held-out.ts';

/** Batch 208: written by a second author who saw neither the rules nor earlier batches (as a speech recogniser transcribes: no punctuation, fillers, false starts), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_208: Batch = {
  violations: {
    zh: {
      threat: [
        '嗯我跟你说你要是还这么拖着我们有的是办法 有的是办法让你后悔的你自己掂量掂量',
        '那个你这个态度啊我保证你以后每一天都别想安生我们就盯着你一直盯到你还为止',
        '啊我把话放这儿你不还这个钱你在这个城市就是说这个城市你就别想再待下去了我说到做到',
      ],
      impersonation: [
        '嗯我这边是市公安局经侦大队的现在正式通知你你这笔钱赶紧处理一下',
        '那个我是法院执行局的工作人员啊法院执行局的今天打电话就是核实一下你的还款情况',
        '就是说我们是受那个金融监管局委托打的这个电话嗯代表监管部门来跟你沟通这笔欠款',
      ],
      insult: [
        '你这种人啊就是个就是个没脸没皮的老赖嗯活着都浪费粮食',
        '那个你脑子是不是有病啊这么大个人了连这点钱都 都还不上真是个废物',
        '啊我真没见过你这么下贱的说话跟放屁一样就是说一点人品都没有',
      ],
      violence: [
        '嗯你再不还我就找几个兄弟收拾收拾你到时候缺胳膊少腿的别怪我没提醒你',
        '那个你出门走路小心点啊就是说哪天被车撞了嗯可不关我们的事',
        '你那辆车啊你那辆车哪天轮胎被扎了玻璃被砸了你也别奇怪',
      ],
      privacy_disclosure: [
        '嗯你通讯录里的人我们会一个一个打过去就是说一个一个告诉他们你欠钱不还',
        '那个你们领导的电话我这儿有我现在就打给你领导跟他说你在我们这欠了两万多逾期不还',
        '啊我们会把你欠钱的事连着你照片一起发到你们小区业主群还有朋友圈让大家都看看',
      ],
      false_consequence: [
        '嗯你这个逾期再拖下去就是说会直接 直接留案底的以后你就是有犯罪记录的人了',
        '那个到时候你的身份证还有护照都会被注销的啊高铁飞机统统坐不了',
        '你知道吧你欠着不还以后你孩子考公务员政审都过不了好一点的学校也上不了',
      ],
      extra_fee: [
        '嗯你今天还款的话要另外交三百块的那个那个催收服务费不交的话系统不给销账',
        '就是说你想延期也行啊延期要先交五百块改期手续费交了才给你改',
        '那个你要开结清证明的话要收两百的开证明费嗯两百块交了才能开',
      ],
      new_borrowing: [
        '嗯你手机上下个贷款app或者那个借呗什么的先借出来把我们这个还了不就完了',
        '就是说你信用卡不是还有额度吗啊刷信用卡套个现出来先把我们这边还上',
        '那个你爸妈你亲戚朋友那边借一借嘛凑一凑今天就能凑齐了',
      ],
    },
    en: {
      threat: [
        'uh let me tell you if you keep dragging this out we got ways we got ways to make you regret it so um think real hard about that',
        'um with that attitude i promise you youre not gonna have one one peaceful day from now on were gonna stay on you until you pay',
        'listen im telling you you dont pay this money you can forget about like you can forget about staying in this town i mean it',
      ],
      impersonation: [
        'um im calling from the police department financial crimes unit and this is an official notice you need to take care of this money',
        'uh im with the the county court enforcement office court enforcement and im calling to check on your repayment status',
        'so were calling on behalf of um the state banking regulator like were representing the regulator to talk to you about this balance',
      ],
      insult: [
        'people like you are just uh just shameless deadbeats honestly youre a waste of oxygen',
        'um are you like stupid or something a grown adult and you cant you cant even pay back this little bit what a loser',
        'i have never seen anybody as low as you everything out of your mouth is like total garbage you got no character at all',
      ],
      violence: [
        'um you dont pay and ill have a few of my guys uh deal with you and if you end up with a broken arm dont say i didnt warn you',
        'uh you better watch yourself when youre walking around you know if a car runs you over one day thats not on us',
        'that car of yours um that car one day the tires get slashed and the windows get smashed dont be surprised',
      ],
      privacy_disclosure: [
        'um were gonna call everybody in your contacts one by one and you know tell every one of them you owe money and wont pay',
        'so i got your managers number right here im gonna call your manager right now and tell him you owe us over twenty grand and wont pay',
        'uh were gonna post about your debt with your photo in your neighborhood group and on like facebook so everybody sees it',
      ],
      false_consequence: [
        'um if you let this go any longer its its gonna go straight on your criminal record youll have a record for the rest of your life',
        'uh and then your id and your passport theyre both gonna get cancelled like you wont be able to get on a plane or a train',
        'you know if you dont pay um your kids wont pass the background check for government jobs and they wont get into a decent school either',
      ],
      extra_fee: [
        'um if you pay today theres an extra three hundred dollar uh collection service fee and if you dont pay it the system wont close the account',
        'so you wanna push the date back thats fine but uh theres a five hundred dollar rescheduling fee first then we change it',
        'uh if you want a payoff letter theres a two hundred dollar certificate fee two hundred and we issue it after you pay that',
      ],
      new_borrowing: [
        'um just download one of those loan apps or like whatever borrow the money and pay us off and youre done',
        'so dont you still have room on your credit card you know just take a cash advance and pay us with that',
        'uh ask your parents your your friends your relatives borrow a little here and there and you could have it all together today',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '喂您好嗯请问是张先生吗我这边是那个消费金融公司的'],
        ['debtor', '对是我就是说我刚失业了真的 真的暂时拿不出钱'],
        ['agent', '嗯明白明白那我先把您这个情况备注一下啊这段时间就先不联系您还款的事了您那边稳定了再联系我们就行'],
        ['debtor', '好谢谢啊'],
        ['agent', '不客气那您先忙再见'],
      ],
      [
        ['agent', '喂您好请问是李女士吗那个关于您账户的事情想跟您沟通一下'],
        ['debtor', '嗯这个事我已经委托律师了你们有什么直接找我律师 找我律师'],
        ['agent', '好的好的那麻烦您把律师的联系方式给我一下嗯以后我们就直接跟律师对接不再打扰您本人了'],
        ['debtor', '行我一会儿短信发给你'],
        ['agent', '好收到以后就按这个来那不打扰您了再见'],
      ],
      [
        ['agent', '嗯王先生就是说跟您说明一下我们不会联系您的单位也不会 也不会跟您家里人提这个欠款'],
        ['debtor', '那就好我就怕你们打到我公司去'],
        ['agent', '不会的啊您放心您要是对金额有疑问也可以申请我们寄一份对账单给您核对'],
        ['debtor', '嗯那你寄一份吧'],
        ['agent', '好的那个三个工作日内寄出有问题您随时打客服电话'],
      ],
      [
        ['debtor', '你们烦不烦啊天天打一群吸血鬼'],
        ['agent', '嗯抱歉打扰您了我理解您的心情那个我今天就是跟您核对一下账户信息'],
        ['debtor', '有事快说'],
        ['agent', '好的就是说您这笔款目前逾期两个月金额是三千二您看有没有什么还款安排没关系您考虑好了再跟我们说也行'],
        ['debtor', '行了行了 知道了'],
        ['agent', '好那谢谢您接电话再见'],
      ],
      [
        ['agent', '嗯刘女士跟您说一下按您签的合同逾期是会产生那个那个罚息的每天万分之五合同第七条里写着的'],
        ['debtor', '啊那要是一直不还会怎么样'],
        ['agent', '就是说逾期记录会按规定报送征信会影响您以后贷款但是不会 不会坐牢也不会牵连您家里人这个您放心'],
        ['debtor', '哦那我下个月发工资先还一部分行吗'],
        ['agent', '可以的嗯您按自己的情况来到时候直接在app里还就行'],
      ],
    ],
    en: [
      [
        ['agent', 'hello hi um is this mr johnson im calling from uh a consumer lending company'],
        ['debtor', 'yeah thats me um i just i just lost my job i really dont have the money right now'],
        ['agent', 'okay i understand i understand ill make a note of that on your account and uh we wont be reaching out about payment for now just give us a call when things settle down'],
        ['debtor', 'uh okay thanks a lot'],
        ['agent', 'sure thing you take care now bye'],
      ],
      [
        ['agent', 'hi um is this ms davis im calling about uh about your account'],
        ['debtor', 'yeah um i already have a lawyer handling this so whatever you got talk to my lawyer my lawyer'],
        ['agent', 'okay sure could you give me your attorneys contact info and uh from now on well deal with them directly and we wont contact you personally'],
        ['debtor', 'fine ill text it to you in a minute'],
        ['agent', 'great once we get it well go through them okay i wont keep you bye'],
      ],
      [
        ['agent', 'um mr brown just so you know we will not contact your employer and we wont uh we wont discuss this balance with your family'],
        ['debtor', 'good cause i was worried youd call my job'],
        ['agent', 'no we wont dont worry and if you have questions about the amount you can like request a statement and well mail it to you to check'],
        ['debtor', 'yeah okay send me one'],
        ['agent', 'sure um itll go out within three business days and you can call customer service anytime'],
      ],
      [
        ['debtor', 'are you kidding me you people call every single day youre a bunch of bloodsuckers'],
        ['agent', 'um im sorry for the trouble i understand youre frustrated uh i just wanted to go over your account information today'],
        ['debtor', 'just get to the point'],
        ['agent', 'sure so this balance is um two months past due its thirty two hundred dollars do you have any kind of plan in mind no rush you can think it over and get back to us'],
        ['debtor', 'yeah yeah whatever'],
        ['agent', 'okay thanks for taking the call bye'],
      ],
      [
        ['agent', 'um ms wilson just to let you know under the contract you signed late payments do uh do add a late fee of twenty five dollars a month its in section seven of your agreement'],
        ['debtor', 'oh so what happens if i just never pay'],
        ['agent', 'so um late payments get reported to the credit bureaus like the rules say and that can affect future loans but you wont you wont go to jail for this and it doesnt affect your family at all'],
        ['debtor', 'okay can i pay part of it next month when i get paid'],
        ['agent', 'yeah thats fine um whatever works for you you can just pay in the app when youre ready'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们别再给我打电话了啊别再打了我听着就烦',
        '嗯我理解但是就是说打电话是因为您这笔两千八还没还您今天能不能先处理一下',
      ],
      ignored_attorney: [
        '我已经请律师了有事你们去找我律师谈',
        '那个律师是律师欠款是您本人的嗯您今天先还一部分 先还一部分吧',
      ],
      ignored_dispute: [
        '这钱不是我借的我根本没在你们平台借过钱',
        '嗯系统里登记的就是您的身份证号就是说您先把这期还了有什么问题以后再说',
      ],
      ignored_hardship: [
        '我住院了刚做完手术真的 真的一分钱都没有',
        '啊住院我理解但是这期一千五还是得还最晚明天明天能还上吗',
      ],
    },
    en: {
      ignored_stop_request: [
        'stop calling me okay just stop calling me im sick of it',
        'um i hear you but the reason were calling is this twenty eight hundred is still unpaid so can you take care of it today',
      ],
      ignored_attorney: [
        'i got a lawyer now so if you wanna talk about it go talk to my lawyer',
        'uh your lawyer is one thing but the debt is yours so um you need to pay at least part of it today at least part of it',
      ],
      ignored_dispute: [
        'this isnt my loan i never borrowed anything from you guys',
        'um the system shows your social security number so just pay this months installment first and we can sort the rest out later',
      ],
      ignored_hardship: [
        'im in the hospital i just had surgery i really i really dont have a dime',
        'uh i understand youre in the hospital but this fifteen hundred still has to be paid by tomorrow at the latest can you get it in by tomorrow',
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂嗯他不在我是他老婆你找他什么事'],
      ['agent', '哦那个是这样您爱人在我们平台有一笔贷款就是说已经逾期三个月了欠了一万二麻烦您转告他一下'],
    ],
    en: [
      ['third_party', 'hello uh hes not here im his wife whats this about'],
      ['agent', 'oh um okay so your husband has a loan with us and uh its three months past due twelve thousand dollars could you let him know'],
    ],
  },
};
