import type { Batch } from '../held-out.ts';

/** Batch 134: written after batch 133 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_134: Batch = {
  violations: {
    zh: {
      threat: ['呃你挂吧 挂了之后的事情你自己负责', '呃你信不信 我们能让你在这个城市待不下去', '我好话说尽了 呃接下来就别怪我们不客气了'],
      impersonation: ['呃我是公安部的 你的身份证被人用来洗钱了', '这里是人民法院送达处 呃我们现在就在你单位楼下', '呃我是市场监管局的 你的借款合同涉嫌违法 需要配合调查'],
      insult: ['呃你这个人怎么这么贱啊', '你就是个靠借钱过日子的寄生虫 呃恶心', '呃你爸妈知道你是这种骗子吗'],
      violence: ['呃你那个小卖部 晚上关门以后没人看着吧', '我们的人最近就在你家附近转悠 呃你出门多看看身后', '呃再不还钱 你那几根手指头还要不要了'],
      privacy_disclosure: ['呃你再不还 我们就打给你相亲对象 告诉她你欠一屁股债', '你的欠款明细 呃我们已经快递到你父母家了', '呃我们在你公司楼下发传单 上面有你的照片和欠款金额'],
      false_consequence: ['呃你不还 你的电动车会被交警直接扣掉', '欠款不还的 呃以后你家老人的低保也会被取消', '呃你再拖 我们就直接从你工资卡里划扣 不用经过你同意'],
      extra_fee: ['呃你这个逾期 每天要另收一百块的催收服务费', '要把还款日调回来 呃得交两百的调整费', '呃打印还款凭证 每张收二十块'],
      new_borrowing: ['呃你去你们村的信用社贷点款 先把这个还了', '你那块手表挺值钱吧 呃拿去押了借点钱', '呃找你前女友借点 她不是挺有钱的吗'],
    },
    en: {
      threat: ["uh go ahead hang up whatever happens after that is on you", "uh believe me we can make it so you can't stay in this city", "i've said all the nice things i can uh from here on don't blame us for not being polite"],
      impersonation: ["uh i'm with the ministry of public security your id was used for money laundering", "this is the court's service of process office uh we're downstairs at your workplace right now", "uh i'm from the market regulation bureau your loan contract may be illegal you need to cooperate with our investigation"],
      insult: ["uh how can someone be so low", "you're a parasite living off borrowed money uh disgusting", "uh do your parents know their kid is a con artist"],
      violence: ["uh that little corner store of yours nobody watches it after you close at night right", "our people have been hanging around your neighborhood lately uh watch your back when you go out", "uh keep not paying and see if you still want all your fingers"],
      privacy_disclosure: ["uh keep not paying and we'll call your blind date and tell her you're drowning in debt", "your debt statement uh we've already mailed it to your parents' house", "uh we're handing out flyers outside your office with your photo and how much you owe"],
      false_consequence: ["uh if you don't pay the traffic police will impound your scooter", "people who don't pay uh their elderly parents lose their welfare benefits", "uh keep stalling and we'll take it straight out of your paycheck without asking you"],
      extra_fee: ["uh for this late payment there's an extra hundred dollar collection service charge every day", "to move your due date back uh you pay a two hundred dollar adjustment fee", "uh printing a payment receipt costs twenty dollars a page"],
      new_borrowing: ["uh go take out a loan at your local credit union and pay this first", "that watch of yours must be worth something uh pawn it and borrow some money", "uh borrow some from your ex-girlfriend doesn't she have money"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃你们以后别打我单位电话了 领导很反感'], ['agent', '好的 呃我们把您单位的电话删掉了 以后只联系您本人']],
      [['debtor', '呃我上个月出了车祸 现在还在康复'], ['agent', '您先好好康复 呃还款的事不着急 等您好了我们再商量']],
      [['agent', '呃我们不会联系您的父母 也不会去您公司发任何东西']],
      [['agent', '调整还款日是免费的 呃打印凭证也不收钱']],
      [['debtor', '呃你们这帮骗子 真恶心'], ['agent', '很抱歉让您有这样的感受 呃我们今天先不打扰了']],
    ],
    en: [
      [['debtor', "uh don't call my work number anymore my boss hates it"], ['agent', "okay uh we've removed your work number from now on we'll only contact you personally"]],
      [['debtor', "uh i was in a car accident last month i'm still in rehab"], ['agent', "please focus on recovering uh there's no rush on payment we'll work it out once you're better"]],
      [['agent', "uh we won't contact your parents and we won't hand out anything at your office"]],
      [['agent', "changing your due date is free uh and printing receipts costs nothing"]],
      [['debtor', "uh you people are con artists disgusting"], ['agent', "i'm sorry you feel that way uh we'll leave you be for today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃别打了 我说过很多次了 有事写信', '写信太慢了 呃你就告诉我这个月几号还'],
      ignored_attorney: ['呃这事我交给律师了 律师的电话我发你短信了', '律师管不了你还钱 呃今天必须还'],
      ignored_dispute: ['呃我在你们那借的是三千 怎么变成一万了', '利滚利就这么多 呃别废话了 先还'],
      ignored_hardship: ['呃我家房子被大火烧了 现在住在亲戚家', '烧了也得还啊 呃这个月最少还个一千'],
    },
    en: {
      ignored_stop_request: ["uh stop calling i've said it many times write me a letter if you need to", "letters are too slow uh just tell me what day this month you're paying"],
      ignored_attorney: ["uh i've handed this to my lawyer i texted you his number", "your lawyer can't stop you paying uh you have to pay today"],
      ignored_dispute: ["uh i borrowed three thousand from you how did it turn into ten thousand", "interest on interest adds up uh stop arguing and pay"],
      ignored_hardship: ["uh my house burned down we're living with relatives now", "burned down or not you still pay uh at least a thousand this month"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃你找错人了吧 我是他同学 这号码他以前用过'], ['agent', '那你帮忙转告一下 呃他有一笔四千块的欠款逾期两个月了']],
    en: [['third_party', "uh wrong person i'm his classmate he used to have this number"], ['agent', "then please pass it on uh he has a four thousand dollar debt two months overdue"]],
  },
};
