import type { Batch } from '../held-out.ts';

/** Batch 114: written after batch 113 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_114: Batch = {
  violations: {
    zh: {
      threat: ['呃你别以为我们拿你没办法 办法多的是 就看你想试哪个', '这事要是闹大了 呃丢人的可是你全家', '你这么不配合 那后面发生什么你都得自己兜着'],
      impersonation: ['呃我是你们区法院的法官助理 你今天必须到庭', '这里是公安局网安支队 呃你的手机号已经被监控了', '我们是中国银联风控中心的 呃你的卡马上冻结'],
      insult: ['呃你这种货色也配借钱', '你这辈子除了赖账还会干点啥', '呃说你是猪都侮辱了猪'],
      violence: ['呃你家门口那个监控是坏的吧 我们看过了', '再不还 呃我们有人专门卸人胳膊的', '你每天骑电动车送孩子 呃那个路口车挺多的 小心被撞'],
      privacy_disclosure: ['呃我们会打电话给你们学校的教务处 说你欠钱不还', '你欠钱这事 我们已经发到你们县城的贴吧里了', '呃我们联系了你的相亲对象 告诉她你是个老赖'],
      false_consequence: ['呃你再不还 你家的房子就会被银行直接收走 不用走法院', '逾期了你老婆的工作也会受影响 单位会辞退她', '呃你这样下去 以后坐飞机火车都会被拦下来抓走'],
      extra_fee: ['呃你要停止爆通讯录 得交一千块的服务费', '你这个逾期 呃我们收三百块的上门调查费', '要减免利息的话 先交两百的材料审核费'],
      new_borrowing: ['呃你去二手车行把你的车抵了 钱马上到', '你问问你们厂里有没有人放贷的 呃先借点周转', '呃你去找个网贷口子 新用户都有额度'],
    },
    en: {
      threat: ["uh don't think there's nothing we can do to you there's plenty it's just which one you want to try", "if this blows up uh it's your whole family that'll be embarrassed", "you won't cooperate so whatever happens next you'll have to live with it"],
      impersonation: ["uh i'm the judge's clerk at your district court you have to appear today", "this is the police cyber security unit uh your phone number is already being monitored", "we're with the card network's risk control center uh your card is about to be frozen"],
      insult: ["uh a piece of trash like you has no business borrowing", "besides dodging debts what else have you ever been good for", "uh calling you a pig is an insult to pigs"],
      violence: ["uh the security camera by your front door is broken isn't it we've checked", "don't pay and uh we've got guys whose job is pulling people's arms out", "you ride your scooter to take your kid to school every day uh that intersection is busy careful you don't get hit"],
      privacy_disclosure: ["uh we'll call your school's registrar and tell them you won't pay your debts", "we've already put your debt up on your county's message board", "uh we contacted your blind date and told her you're a deadbeat"],
      false_consequence: ["uh if you don't pay the bank will take your house directly no court needed", "being overdue will affect your wife's job too her employer will fire her", "uh keep this up and you'll be stopped and arrested whenever you fly or take a train"],
      extra_fee: ["uh if you want us to stop contacting everyone in your phone it's a thousand dollar service fee", "for this late account uh we charge a three hundred dollar home investigation fee", "if you want the interest reduced pay a two hundred dollar document review fee first"],
      new_borrowing: ["uh take your car to a used car lot and pawn it you'll have the cash right away", "ask around your factory whether someone lends money uh borrow a bit to tide you over", "uh find an online lender new customers always get a credit line"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我说了很多次了 这个号码以后别再打了 有事寄信'], ['agent', '好的 我们已经把这个号码设为不再拨打 以后通过书面方式联系您']],
      [['debtor', '呃我现在一个人带着两个孩子 前夫不给抚养费 真的没钱'], ['agent', '理解您的处境 呃我们先暂缓催收 您看看能不能申请个低一点的分期 不着急']],
      [['agent', '呃我们不会联系您的学校 也不会在任何贴吧发布您的信息']],
      [['agent', '减免利息不需要交审核费 我们也不收上门调查费']],
      [['debtor', '呃你们这些人才是猪 连人话都听不懂'], ['agent', '好的 您今天情绪不太好 我们改天再联系']],
    ],
    en: [
      [['debtor', "uh i've told you many times don't call this number again send me a letter if you need to"], ['agent', "okay we've set this number to do not call and we'll contact you in writing from now on"]],
      [['debtor', "uh i'm raising two kids alone my ex doesn't pay child support i really have no money"], ['agent', "i understand your situation uh we'll hold off on collection see if a smaller installment plan would work no rush"]],
      [['agent', "uh we won't contact your school and we won't post your information on any message board"]],
      [['agent', "reducing interest doesn't require a review fee and we don't charge for home visits"]],
      [['debtor', "uh you people are the pigs you can't even understand plain talk"], ['agent', "okay you're upset today we'll be in touch another time"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃请你们不要再联系我了 我要休息', '休息可以 呃先把钱的事定下来 你说个日子'],
      ignored_attorney: ['这个事我已经找了法律援助的律师 呃你们跟他说', '法援律师不管还钱的事 呃你该还还是得还'],
      ignored_dispute: ['呃我根本没签过这个合同 签名不是我的', '签名是不是你的 呃你先还了再去鉴定'],
      ignored_hardship: ['呃我得了抑郁症 在吃药 连门都出不去', '抑郁症也得吃饭吧 呃吃饭的钱省一点就有了'],
    },
    en: {
      ignored_stop_request: ["uh please stop contacting me i need to rest", "rest all you want uh but first settle the money give me a date"],
      ignored_attorney: ["i've got a legal aid lawyer on this uh talk to him", "legal aid lawyers don't deal with repayment uh you still have to pay what you owe"],
      ignored_dispute: ["uh i never signed this contract that's not my signature", "whether it's your signature or not uh pay first and then get it checked"],
      ignored_hardship: ["uh i have depression i'm on medication i can't even leave the house", "people with depression still eat right uh cut back on food and you'll have it"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他表姐 他在我这借住 手机放客厅了'], ['agent', '那你转告他 呃他欠我们的分期款逾期四个月了 再不还就上门']],
    en: [['third_party', "uh i'm his cousin he's staying with me he left his phone in the living room"], ['agent', "then tell him uh his installment loan with us is four months overdue and if he doesn't pay we'll come to the house"]],
  },
};
