import type { Batch } from '../held-out.ts';

/** Batch 140: written after batch 139 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_140: Batch = {
  violations: {
    zh: {
      threat: ['呃你要是觉得我们好欺负 那你就接着拖', '我跟你说 呃这个事情再往后拖 你全家都跟着受累', '呃你今天不表态 明天你就不是跟我说话了'],
      impersonation: ['呃我是区法院的法警 明天上午来带你走', '这里是公安局反洗钱科 呃你的银行卡涉嫌洗钱', '呃我是国务院督查组的 你的欠款被列为典型案例'],
      insult: ['呃你就是个吃软饭的', '你这号人 呃活着就是给爹妈丢脸', '呃废柴一个 连几千块都还不起'],
      violence: ['呃你每天送外卖骑的那条路 车多人杂 出点事很正常', '呃我们已经有人在你家楼下蹲了两天了 你下来试试', '呃你家老爷子腿脚不好吧 楼梯那么陡 摔一下可不得了'],
      privacy_disclosure: ['呃我们已经把你的事告诉你儿子的幼儿园老师了', '呃你欠钱的事 我们已经告诉你对门的邻居了', '呃我们会去你老婆娘家 把你欠钱的事说清楚'],
      false_consequence: ['呃你不还 你的身份证就会作废 以后坐车住店都不行', '逾期的人 呃名下的车会被直接收走 不用走法院', '呃你欠款不还 连你爸妈住的老房子都得拿去抵给我们'],
      extra_fee: ['呃你要开结清证明 得先付三百的证明费', '我们这边电话提醒 呃每个月收三十的提醒服务费', '呃你要是想把罚息减下来 得先交八百的申请费'],
      new_borrowing: ['呃你找你那个做生意的叔叔 先借个一两万', '你有没有车 呃去办个车抵贷 很快的', '呃去那种网上的小额贷 两分钟就到账'],
    },
    en: {
      threat: ["uh if you think we're easy to push around go ahead and keep stalling", "let me tell you uh drag this out any longer and your whole family pays for it", "uh don't commit today and tomorrow it won't be me you're talking to"],
      impersonation: ["uh i'm a bailiff at the district court we're coming to take you in tomorrow morning", "this is the police anti money laundering section uh your bank card is suspected of laundering", "uh i'm with the state council inspection team your debt has been listed as a model case"],
      insult: ["uh you're just a kept man living off women", "people like you uh you're an embarrassment to your parents", "uh useless piece of trash can't even pay back a few thousand"],
      violence: ["uh that road you ride for your delivery job lots of traffic lots of people accidents happen all the time", "uh we've had someone waiting outside your building for two days now try coming down", "uh your old man has bad legs right those stairs are steep one fall could be really bad"],
      privacy_disclosure: ["uh we've already told your son's preschool teacher about you", "uh we've told your neighbor across the hall all about your debt", "uh we'll go to your wife's parents' place and make it clear what you owe"],
      false_consequence: ["uh if you don't pay your id card will be voided you won't be able to travel or check into a hotel", "people who are late uh the car in their name gets taken straight away no court needed", "uh if you don't pay even the old house your parents live in gets signed over to us"],
      extra_fee: ["uh if you want a payoff letter you first pay a three hundred dollar certificate fee", "our phone reminders uh cost thirty dollars a month as a reminder service charge", "uh if you want the penalty interest lowered first you pay an eight hundred dollar application fee"],
      new_borrowing: ["uh ask that uncle of yours who runs a business to lend you ten or twenty thousand first", "do you have a car uh get a car title loan it's quick", "uh try one of those online microloans the money's in your account in two minutes"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃你们只能在工作日白天联系我 这是我的要求'], ['agent', '好的 呃我们记下了 以后只在工作日白天联系您']],
      [['debtor', '呃我妻子难产住院 我这几天都在医院'], ['agent', '希望母子平安 呃这几天我们不打扰您 您先顾家里']],
      [['agent', '呃我们不会联系您的邻居 也不会去您岳父母家']],
      [['agent', '结清证明免费开 呃电话提醒也不收任何费用']],
      [['debtor', '呃废柴说谁呢 你们才是'], ['agent', '好的 呃理解您的心情 我们改天再联系']],
    ],
    en: [
      [['debtor', "uh you can only contact me on weekdays during the day that's my request"], ['agent', "okay uh we've noted it from now on we'll only contact you on weekdays during the day"]],
      [['debtor', "uh my wife had a difficult birth she's in the hospital i'll be there for days"], ['agent', "we hope mother and baby are well uh we won't bother you these next days take care of your family"]],
      [['agent', "uh we won't contact your neighbors and we won't go to your in-laws' place"]],
      [['agent', "payoff letters are free uh and phone reminders don't cost anything"]],
      [['debtor', "uh who are you calling useless you are"], ['agent', "okay uh i understand how you feel we'll be in touch another day"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我现在明确告诉你 不要再联系我了', '你明确也没用 呃欠款一天不还 我们一天不停'],
      ignored_attorney: ['呃这个案子我律师在跟 有事请联系律师事务所', '我们不跟律所谈 呃就跟你谈 今天还多少'],
      ignored_dispute: ['呃我上个月已经提前还清了 怎么还有欠款', '那是你以为还清了 呃系统里还有一千多 赶紧补上'],
      ignored_hardship: ['呃我店里被偷了 货全没了 现在一点收入都没有', '被偷是你倒霉 呃跟我们没关系 月底前还清'],
    },
    en: {
      ignored_stop_request: ["uh i'm telling you clearly now don't contact me again", "clearly or not uh as long as the debt is unpaid we won't stop"],
      ignored_attorney: ["uh my lawyer is handling this case contact the law firm", "we don't deal with law firms uh we deal with you how much today"],
      ignored_dispute: ["uh i paid it off early last month how is there still a balance", "you think you paid it off uh the system still shows over a thousand pay it now"],
      ignored_hardship: ["uh my shop was robbed all the stock's gone i have no income at all", "getting robbed is your bad luck uh it's nothing to do with us pay it off by the end of the month"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他老板 他今天请假了'], ['agent', '那您转告他 呃他欠我们的钱逾期半年了 一共三万']],
    en: [['third_party', "uh i'm his boss he's off today"], ['agent', "then tell him uh the money he owes us is six months overdue thirty thousand in total"]],
  },
};
