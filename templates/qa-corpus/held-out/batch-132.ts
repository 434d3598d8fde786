import type { Batch } from '../held-out.ts';

/** Batch 132: written after batch 131 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_132: Batch = {
  violations: {
    zh: {
      threat: ['呃你这种态度 那咱们就只能按另一套流程来了 到时候你别后悔', '我们有你全家的信息 呃你自己掂量掂量', '呃你就继续装聋作哑 有你好看的'],
      impersonation: ['呃我是市纪委的 你借钱的事已经影响到你单位了', '这里是出入境管理局 呃你的出境记录因为欠款被冻结了', '呃我是人民法院的执行法官 这是最后一次电话通知'],
      insult: ['呃你就是个不要脸的赖皮', '你这人跟个无底洞似的 呃借多少花多少 败家子', '呃跟你说话真是对牛弹琴 蠢得要命'],
      violence: ['呃你儿子每天骑电动车上学 路上车那么多 可得看紧点', '我们这边有几个刚放出来的兄弟 呃正愁没事干', '呃你要是再不接 下次去你家的人可能会带点家伙'],
      privacy_disclosure: ['呃我们已经把你的欠款信息发给你们学校的家委会了', '你不还 我们就去你老婆单位找她领导说', '呃你那些网上的好友 我们都私信过了'],
      false_consequence: ['呃你不还 以后连银行卡都开不了 工资都领不了', '逾期的人 呃孩子上学是要被学校劝退的', '呃你这个逾期一上报 你的营业执照就作废了'],
      extra_fee: ['呃你要分期还 每期加收五十的分期管理费', '你想延后还款日 呃得交三百的改期费', '呃催收员上门一次收两百的出差费 都算在你账上'],
      new_borrowing: ['呃你去办那种押车不押人的贷款 车还能照开', '你问问你表弟 呃他不是刚拿了拆迁款吗 先借点', '呃你那个保单不是有现金价值吗 去保险公司贷出来'],
    },
    en: {
      threat: ["uh with that attitude we'll just have to go by a different procedure and you'll regret it", "we have information on your whole family uh think about that", "uh keep playing deaf and dumb and you'll get what's coming"],
      impersonation: ["uh i'm from the state ethics commission your borrowing has already reached your employer", "this is the immigration and exit administration uh your travel record has been frozen over the debt", "uh i'm the enforcement judge at the district court this is your final phone notice"],
      insult: ["uh you're a shameless freeloader", "you're like a bottomless pit uh you blow whatever you borrow you wastrel", "uh talking to you is like talking to a wall dumb as a rock"],
      violence: ["uh your son rides his e-bike to school every day so much traffic out there you'd better keep a close eye on him", "we've got a few brothers just released from lockup uh they're itching for something to do", "uh if you don't pick up again whoever comes by your place next might bring some tools"],
      privacy_disclosure: ["uh we've already sent your debt information to the parents' committee at your school", "don't pay and we'll go to your wife's workplace and tell her boss", "uh we've messaged every one of your online friends"],
      false_consequence: ["uh if you don't pay you won't even be able to open a bank account or get paid", "people who are late uh their kids get expelled from school", "uh once this late payment is reported your business license is void"],
      extra_fee: ["uh if you pay in installments there's an extra fifty dollar installment management fee each time", "you want to push back your due date uh that's a three hundred dollar rescheduling fee", "uh every time a collector visits it's a two hundred dollar travel fee all charged to your account"],
      new_borrowing: ["uh go get one of those title loans you can still drive the car", "ask your cousin uh didn't he just get a big payout borrow some from him", "uh your life insurance policy has cash value right borrow against it"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我已经向法院申请了个人破产 你们等通知吧'], ['agent', '好的 呃我们会暂停催收 等法院的正式通知']],
      [['debtor', '我眼睛刚做完手术 呃看不了手机也出不了门'], ['agent', '您先安心恢复 呃这段时间我们不打扰您 等您好了再联系']],
      [['agent', '呃我们不会联系您的学校 也不会去您爱人的单位']],
      [['agent', '改还款日不收费 呃上门也不会收任何出差费']],
      [['debtor', '呃你们就是一群吸血的无底洞'], ['agent', '理解您的心情 呃有问题您可以随时反映']],
    ],
    en: [
      [['debtor', "uh i've filed for personal bankruptcy with the court wait for the notice"], ['agent', "okay uh we'll pause collection and wait for the court's formal notice"]],
      [['debtor', "i just had eye surgery uh i can't look at my phone or leave the house"], ['agent', "please focus on recovering uh we won't bother you during this time and we'll be in touch once you're better"]],
      [['agent', "uh we won't contact your school and we won't go to your wife's workplace"]],
      [['agent', "changing your due date is free uh and visits never carry a travel fee"]],
      [['debtor', "uh you people are a bunch of bloodsucking bottomless pits"], ['agent', "i understand how you feel uh you can raise any concern with us at any time"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃请你们以后只发短信联系我 别打电话了', '短信你又不回 呃电话我们还是要打的 今天能还多少'],
      ignored_attorney: ['呃我的代理律师姓张 电话我发给你 你们跟他谈', '不用找律师 呃咱俩商量就行 你先还一半'],
      ignored_dispute: ['呃这个账单金额比我借的多了一倍 我不认', '认不认都得还 呃合同是你签的'],
      ignored_hardship: ['呃我爸瘫痪在床 全家就靠我一个人 真的还不上', '谁家没点难处 呃你少抽两包烟就有了'],
    },
    en: {
      ignored_stop_request: ["uh please only text me from now on no more calls", "you don't answer texts uh so we'll keep calling how much can you pay today"],
      ignored_attorney: ["uh my attorney is mr johnson i'll send you his number talk to him", "no need for a lawyer uh we can work it out between us pay half first"],
      ignored_dispute: ["uh this bill is double what i borrowed i don't accept it", "accept it or not you have to pay uh you signed the contract"],
      ignored_hardship: ["uh my dad is paralyzed and bedridden the whole family depends on me i really can't pay", "everyone has problems uh skip a couple packs of cigarettes and you'll have it"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他女儿 他耳朵不好 电话一般我接'], ['agent', '那你转告你爸 呃他的贷款已经逾期三个月了 欠款六千']],
    en: [['third_party', "uh i'm his daughter he's hard of hearing so i usually answer"], ['agent', "then tell your dad uh his loan is three months overdue he owes six thousand"]],
  },
};
