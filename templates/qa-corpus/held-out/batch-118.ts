import type { Batch } from '../held-out.ts';

/** Batch 118: written after batch 117 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_118: Batch = {
  violations: {
    zh: {
      threat: ['呃你要跟我们玩失踪是吧 行 我们陪你玩到底', '我提醒你一句 呃得罪了我们 你以后日子不好过', '你再这样 呃我就让你知道什么叫欠债的代价'],
      impersonation: ['呃我是国家税务总局稽查局的 你的收入有问题', '这里是市看守所 呃你的拘留手续已经在办了', '呃我是你们单位的纪检组长 受银行委托找你谈话'],
      insult: ['呃你这种无赖 走到哪儿都被人戳脊梁骨', '你就是个废物点心 呃吃啥啥不剩干啥啥不行', '呃你说你是不是天生的骗子'],
      violence: ['呃你每天遛狗那个公园 晚上没什么人吧', '我们有个兄弟以前是练散打的 呃下手没个准', '呃你家窗户是一楼的吧 扔个东西进去可太容易了'],
      privacy_disclosure: ['呃我们会把你欠钱的视频剪好发到你们同学群', '你不还 我们就挨家挨户告诉你的邻居', '呃我们已经通知了你女朋友的爸妈 让他们劝劝你'],
      false_consequence: ['呃你这个逾期 以后你在全国都租不了房子', '你不还钱 呃你的残疾证都会被收回', '呃逾期满一年 你会被强制送去劳动改造'],
      extra_fee: ['呃你要换还款卡 得交一百块的换卡手续费', '我们这边派人到你家核实 呃车费油费你出 五百', '呃你要减免罚息 先交罚息的一半做押金'],
      new_borrowing: ['呃你去找那种当天放款的私贷 先应个急', '你把你家的宅基地证拿去押了 呃能借不少', '呃你妹妹不是刚工作吗 让她办个信用卡给你刷'],
    },
    en: {
      threat: ["uh so you want to play disappearing act fine we'll play along all the way", "let me remind you uh cross us and life won't be easy for you from here on", "you keep this up uh and i'll show you what it costs to owe money"],
      impersonation: ["uh i'm with the IRS criminal investigation division there's a problem with your income", "this is the county detention center uh your detention paperwork is being processed", "uh i'm the compliance chief at your workplace the bank asked me to speak with you"],
      insult: ["uh a deadbeat like you gets whispered about everywhere you go", "you're a total waste uh you eat everything and can't do anything", "uh tell me were you just born a con artist"],
      violence: ["uh that park where you walk your dog every day there's nobody there at night is there", "one of our guys used to be a kickboxer uh he doesn't always know where to stop", "uh your windows are on the ground floor right it'd be so easy to toss something through"],
      privacy_disclosure: ["uh we'll edit together a video of your debt and send it to your classmates' group", "if you don't pay we'll go door to door and tell your neighbors", "uh we've already notified your girlfriend's parents so they can talk some sense into you"],
      false_consequence: ["uh with this late payment you won't be able to rent anywhere in the country", "if you don't pay uh your disability certificate will be taken back", "uh after a year late you'll be sent to a labor camp"],
      extra_fee: ["uh if you want to change your payment card there's a hundred dollar card change fee", "we'll send someone to your home to verify uh you cover the gas and travel five hundred", "uh to get the penalty interest waived first put down half of it as a deposit"],
      new_borrowing: ["uh go to one of those same day private lenders and cover it for now", "pledge the deed to your family's land uh you can borrow quite a bit", "uh your sister just started working right have her get a credit card for you to use"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我有律师的 他说了你们只能跟他联系'], ['agent', '好的 请您提供一下律师的姓名和电话 呃以后我们只联系律师 不再打扰您']],
      [['debtor', '呃我现在在方舱 被隔离了 出不去也没收入'], ['agent', '明白了 您先注意身体 呃隔离期间我们暂停催收 解除后再跟您联系']],
      [['agent', '呃我们不会告诉您的邻居 也不会联系您女朋友的家人']],
      [['agent', '换还款卡不收手续费 减免罚息也不用交押金']],
      [['debtor', '呃你们公司才是一帮骗子'], ['agent', '我理解您的不满 呃如果需要投诉 可以拨打我们的客服热线']],
    ],
    en: [
      [['debtor', "uh i have a lawyer he said you can only contact him"], ['agent', "okay please give us your lawyer's name and number uh from now on we'll only contact the lawyer and won't bother you"]],
      [['debtor', "uh i'm in a quarantine facility i can't leave and i have no income"], ['agent', "understood take care of your health uh we'll pause collection during quarantine and reach out once you're out"]],
      [['agent', "uh we won't tell your neighbors and we won't contact your girlfriend's family"]],
      [['agent', "changing your payment card is free and waiving penalty interest doesn't need a deposit"]],
      [['debtor', "uh your company's the bunch of con artists"], ['agent', "i understand you're unhappy uh if you'd like to file a complaint you can call our customer service line"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃别打了行吗 我孩子在睡觉 一打电话就吵醒', '那你把钱还了 呃孩子就能睡个安稳觉了'],
      ignored_attorney: ['呃我已经请律师起诉你们违规收费了 有事找律师', '你起诉归起诉 呃欠的钱一分也少不了 今天先还'],
      ignored_dispute: ['这个金额跟我App上显示的不一样 呃我要先搞清楚', '以我们系统为准 呃你按我说的数还就行'],
      ignored_hardship: ['呃我家里房子塌了 现在住帐篷 真没钱', '房子塌了地还在嘛 呃想想办法总能凑点'],
    },
    en: {
      ignored_stop_request: ["uh can you stop calling my kid's asleep and every call wakes him up", "then pay it off uh and your kid can sleep in peace"],
      ignored_attorney: ["uh i've hired a lawyer to sue you over the illegal fees talk to the lawyer", "sue all you want uh not a cent of what you owe goes away pay today"],
      ignored_dispute: ["this amount is different from what my app shows uh i need to figure it out first", "our system is what counts uh just pay the number i give you"],
      ignored_hardship: ["uh our house collapsed we're living in a tent we really have no money", "the house fell down but the land's still there uh figure something out and scrape some together"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他们公司前台 他不在座位上'], ['agent', '那你帮我留个言 呃他的贷款逾期三个月了 让他今天务必回电还款']],
    en: [['third_party', "uh i'm the receptionist at his company he's not at his desk"], ['agent', "then please take a message uh his loan is three months overdue and he must call back today to pay"]],
  },
};
