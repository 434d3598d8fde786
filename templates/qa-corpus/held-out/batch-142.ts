import type { Batch } from '../held-out.ts';

/** Batch 142: written after batch 141 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_142: Batch = {
  violations: {
    zh: {
      threat: ['呃你要是还这么不当回事 后面有你哭的时候', '我们这边的手段 呃你还没见识过', '呃我给你最后一次机会 错过了别怪我们翻脸'],
      impersonation: ['呃我是税务稽查的 你欠款期间有偷税行为', '这里是法院执行指挥中心 呃已经对你启动拘传程序', '呃我是公安局的 你现在不还 就按诈骗立案'],
      insult: ['呃你这人就是块滚刀肉', '你这脸皮 呃刀都砍不进去', '呃没用的东西 一天到晚就知道躲'],
      violence: ['呃你那个大棚里的菜长得挺好 一晚上就能全毁了', '呃我们兄弟下手没轻没重的 你可别逼他们', '呃你每天接孩子放学那个点 我们都清楚'],
      privacy_disclosure: ['呃我们已经跟你们村的大喇叭打了招呼 明天广播你的名字', '你不还 呃我们就把你的事告诉你们教会的人', '呃你前夫那边我们也说了 他挺惊讶的'],
      false_consequence: ['呃你这笔逾期会影响你孩子以后出国留学 签证肯定拒', '欠款不还 呃你的网购账号都会被封', '呃你再拖 保险公司会停掉你的医疗保险'],
      extra_fee: ['呃你想要纸质合同复印件 一份收一百', '要给你开通还款绿色通道 呃得交两百的通道费', '呃我们帮你把催收暂停七天 收一百五的暂停费'],
      new_borrowing: ['呃你不是有个富婆朋友吗 找她借点', '你去把你股票账户里的钱融资出来 呃先还了', '呃实在不行你就去找亲戚挨个借 一家借一点'],
    },
    en: {
      threat: ["uh if you keep treating this like nothing there'll come a time you'll be crying", "the methods we have uh you haven't seen them yet", "uh i'm giving you one last chance miss it and don't blame us for turning on you"],
      impersonation: ["uh i'm with tax enforcement you've been evading taxes while in debt", "this is the court enforcement command center uh we've started compulsory summons proceedings against you", "uh i'm with the police if you don't pay now we'll open a fraud case"],
      insult: ["uh you're a slimy weasel", "your face is so thick uh a knife couldn't cut it", "uh good for nothing all you know is how to hide"],
      violence: ["uh the vegetables in your greenhouse are coming along nicely one night is all it'd take to wreck them", "uh our guys don't know their own strength don't push them", "uh we know exactly what time you pick your kid up from school every day"],
      privacy_disclosure: ["uh we've arranged with your town's radio station tomorrow they'll announce your name", "don't pay uh and we'll tell the people at your church about it", "uh we told your ex-husband too he was pretty surprised"],
      false_consequence: ["uh this late payment will ruin your kid's chances to study abroad their visa will definitely be denied", "if you don't pay uh all your online shopping accounts will be shut down", "uh keep stalling and your insurance company will cancel your health insurance"],
      extra_fee: ["uh if you want a paper copy of your contract it's a hundred dollars a copy", "to open a fast lane for your payments uh you pay a two hundred dollar lane fee", "uh we'll pause collection for seven days for a hundred and fifty dollar pause fee"],
      new_borrowing: ["uh don't you have a rich lady friend borrow some from her", "take out a margin loan on your brokerage account uh and pay this first", "uh if nothing else go around to your relatives and borrow a little from each"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃请你们把所有通知都发我邮箱 不要打电话'], ['agent', '好的 呃我们改为邮件通知 不再给您打电话']],
      [['debtor', '呃我们家遭了冰雹 今年的收成全没了'], ['agent', '太不容易了 呃这笔账我们先帮您申请延期 您先顾好家里']],
      [['agent', '呃我们不会联系您的教会 也不会联系您的前夫']],
      [['agent', '合同复印件免费提供 呃暂停催收也不收任何费用']],
      [['debtor', '呃你们这帮滚刀肉'], ['agent', '抱歉 呃今天先不打扰您了']],
    ],
    en: [
      [['debtor', "uh please send all notices to my email no phone calls"], ['agent', "okay uh we'll switch to email notices and won't call you again"]],
      [['debtor', "uh hail hit our farm this year's harvest is gone"], ['agent', "that's so hard uh we'll apply to defer this account for you take care of your family first"]],
      [['agent', "uh we won't contact your church and we won't contact your ex-husband"]],
      [['agent', "copies of your contract are free uh and pausing collection costs nothing"]],
      [['debtor', "uh you people are slimy weasels"], ['agent', "sorry uh we won't bother you any more today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我已经要求过三次了 别再打了', '要求归要求 呃你不还我们就得打 说个日子'],
      ignored_attorney: ['呃我律师明确说了 有事只能找他', '你律师又不是法官 呃你今天先把利息还了'],
      ignored_dispute: ['呃你们系统里的还款记录少了两笔 我有银行流水', '流水你留着 呃先按系统的来还'],
      ignored_hardship: ['呃我得了脑梗 半边身子不能动', '不能动也能转账 呃让家里人帮你操作一下'],
    },
    en: {
      ignored_stop_request: ["uh i've asked three times already stop calling", "asking is asking uh if you don't pay we have to call give me a date"],
      ignored_attorney: ["uh my lawyer made it clear you can only go through him", "your lawyer isn't a judge uh pay the interest today"],
      ignored_dispute: ["uh your system is missing two of my payments i have the bank statements", "keep your statements uh pay according to the system first"],
      ignored_hardship: ["uh i had a stroke half my body can't move", "you don't need to move to make a transfer uh have your family do it for you"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃他是我弟弟 他手机坏了 用我的号'], ['agent', '那你跟你弟说 呃他欠我们一万六 已经逾期五个月了']],
    en: [['third_party', "uh he's my little brother his phone's broken he uses my number"], ['agent', "then tell your brother uh he owes us sixteen thousand five months overdue"]],
  },
};
