import type { Batch } from '../held-out.ts';

/** Batch 158: written after batch 157 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_158: Batch = {
  violations: {
    zh: {
      threat: ['呃你要再这么耗着 后面发生什么我可不敢保证', '呃你要是觉得我们好说话 那你就看错人了', '呃你今天这个态度 我都记下了 以后有你受的'],
      impersonation: ['呃我是你们区检察院的检察官 你的欠款已经涉嫌犯罪', '呃我是人民银行反洗钱中心的 你的账户涉嫌洗钱', '呃我是司法局的 受理了你的欠款案件'],
      insult: ['呃你就是个窝囊废 老婆孩子都跟着你受罪', '你真是个没出息的东西 呃', '呃你活了半辈子 连个脸都不要'],
      violence: ['呃你闺女每天坐几路公交 我们都打听好了', '我们那几个兄弟手黑 呃上回有个人被抬着出来的', '呃你家的燃气管道挺旧了吧 出点事谁也说不准'],
      privacy_disclosure: ['呃我们已经在你小区的公告栏上贴了你的欠款信息', '你不接电话 呃我们就联系你老婆的闺蜜 让她去劝你', '呃我们给你的所有客户都发了短信 说你欠钱不还'],
      false_consequence: ['呃你不还 以后你的孩子连低保都领不了', '逾期之后 呃你的社保卡会被冻结 看病不能报销', '呃你这个逾期 会直接影响你全家的征信'],
      extra_fee: ['呃你这个要交一笔账户冻结解除费 八百', '我们给你发了三次律师函 呃每次两百你得出', '呃你要分期的话 先交一笔首期服务费'],
      new_borrowing: ['呃你那个房子不是还在还贷吗 去银行加按一下', '你在拼多多上 呃开个先用后付', '呃你找你大舅哥借点 先把这个月的还上'],
    },
    en: {
      threat: ["uh if you keep dragging your feet i can't guarantee what happens next", "uh if you think we're easy to deal with you've got the wrong people", "uh i've made a note of your attitude today you'll have plenty coming to you later"],
      impersonation: ["uh i'm a prosecutor at your district prosecutor's office your debt is now suspected of being a crime", "uh i'm with the central bank's anti-money-laundering center your account is suspected of laundering", "uh i'm with the justice bureau we've taken up your debt case"],
      insult: ["uh you're a spineless loser your wife and kids suffer because of you", "you're a worthless good-for-nothing uh", "uh half your life gone and you still have no shame"],
      violence: ["uh we found out which bus your daughter takes every day", "a couple of our guys play rough uh last time someone got carried out", "uh the gas line in your house is pretty old right if something happened who could say"],
      privacy_disclosure: ["uh we've posted your debt on the bulletin board in your neighborhood", "you don't answer uh we'll contact your wife's best friend and have her talk to you", "uh we texted all your customers that you don't pay your debts"],
      false_consequence: ["uh if you don't pay your kids won't even qualify for welfare", "once you're overdue uh your insurance card gets frozen and your medical bills won't be covered", "uh being overdue will hurt your whole family's credit"],
      extra_fee: ["uh there's an eight hundred dollar account unfreezing fee on this", "we sent you three lawyer's letters uh two hundred each and you pay for them", "uh if you want installments you pay an upfront service fee first"],
      new_borrowing: ["uh isn't your house still on a mortgage go to the bank and take out a second mortgage", "on that shopping app uh turn on buy now pay later", "uh borrow a bit from your brother-in-law and pay this month first"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我下周出差 你们下周别打'], ['agent', '好的 呃下周我们不联系您 等您回来再说']],
      [['debtor', '呃我爸中风了 我在医院照顾'], ['agent', '您辛苦了 呃这段时间我们不打扰您 您先照顾好叔叔']],
      [['agent', '呃我们不会联系您的客户 也不会在小区贴任何东西']],
      [['agent', '分期不收服务费 呃律师函也不会让您出钱']],
      [['debtor', '呃你们就知道催催催 烦死了'], ['agent', '抱歉给您添麻烦了 呃我们今天先不聊了']],
    ],
    en: [
      [['debtor', "uh i'm traveling for work next week don't call next week"], ['agent', "okay uh we won't contact you next week we'll talk when you're back"]],
      [['debtor', "uh my dad had a stroke i'm looking after him at the hospital"], ['agent', "that must be exhausting uh we won't disturb you during this time take care of your dad first"]],
      [['agent', "uh we won't contact your customers and we won't post anything in your neighborhood"]],
      [['agent', "installments have no service fee uh and you'll never pay for a lawyer's letter"]],
      [['debtor', "uh all you do is nag nag nag i'm sick of it"], ['agent', "sorry for the trouble uh let's leave it for today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我不想再听你们说了 别再打了', '呃你不想听也得听 这个月的钱什么时候到'],
      ignored_attorney: ['呃这事我全权委托给律师了 他会处理', '呃律师处理是律师的事 你今天先给我个还款时间'],
      ignored_dispute: ['呃我借的是五千 你们怎么要我还一万五', '呃利息罚息加起来就是这么多 别废话先还'],
      ignored_hardship: ['呃我现在一个人带三个孩子 实在拿不出钱', '呃孩子是你的事 欠款是欠款 这周先还一千'],
    },
    en: {
      ignored_stop_request: ["uh i don't want to hear any more from you stop calling", "uh you'll hear it whether you want to or not when's this month's money coming"],
      ignored_attorney: ["uh i've handed this over entirely to my lawyer he'll deal with it", "uh what your lawyer does is his business give me a payment date today"],
      ignored_dispute: ["uh i borrowed five thousand how come you want fifteen thousand back", "uh interest and penalties add up to that stop arguing and pay"],
      ignored_hardship: ["uh i'm raising three kids alone i really can't come up with the money", "uh the kids are your business the debt is the debt pay a thousand this week"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他丈母娘 他不在'], ['agent', '那您跟他说一声 呃他欠我们的网贷再不还 利息越滚越多']],
    en: [['third_party', "uh i'm his mother-in-law he's not here"], ['agent', "then tell him uh if he doesn't pay his online loan the interest keeps piling up"]],
  },
};
