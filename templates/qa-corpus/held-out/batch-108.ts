import type { Batch } from '../held-out.ts';

/** Batch 108: written after batch 107 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_108: Batch = {
  violations: {
    zh: {
      threat: ['呃你这么拖着 到时候吃亏的肯定不是我们', '你以为躲起来就完事了 呃我们有的是时间陪你耗', '行 你硬气 那咱们走着瞧 看谁先扛不住'],
      impersonation: ['呃我是区检察院的书记员 你这个案子现在转到我们这了', '我们是网警大队的 你的账户涉嫌恶意套现', '呃这边是税务稽查局 你欠款的事我们一并在查'],
      insult: ['呃你是不是脑子进水了 这么简单的事都听不懂', '你这种老赖 说话跟放屁一样', '呃一个大男人欠钱不还 你丢不丢人 窝囊废'],
      violence: ['呃你家那个小饭馆晚上几点关门我们都清楚 小心点', '上回那个也是嘴硬 后来在医院躺了半个月', '呃你老婆每天早上去菜市场那条路 挺窄的哈'],
      privacy_disclosure: ['呃你不还 我们就把你的欠条拍照发给你丈母娘', '你朋友圈里的人我们都加了 每个人都会收到你的欠款通知', '我们已经打给你孩子的班主任了 让她提醒一下你'],
      false_consequence: ['呃再逾期 你的手机号会被三大运营商拉黑 以后办不了卡', '你不还 你的房产证就会被作废', '逾期记录会影响你孩子当兵 政审过不了'],
      extra_fee: ['呃你要我们暂停催收 得先交三百块的暂停服务费', '每次给你打电话的话费 都算你头上 一次五块', '你要分期的话 呃要先交一笔一千块的分期押金'],
      new_borrowing: ['呃你朋友那么多 一人借你五百不就凑够了', '你去闲鱼上把你的手机卖了 先还一期', '呃你那个京东白条还有额度吧 刷出来先还我们'],
    },
    en: {
      threat: ["uh keep dragging this out and trust me you're the one who comes out worse", "you think hiding makes this go away uh we've got all the time in the world to wait you out", "fine you want to be tough we'll see who cracks first"],
      impersonation: ["uh i'm a clerk with the district attorney's office your case has been transferred to us", "we're with the cyber crimes unit your account is under investigation for fraud", "uh this is the tax fraud division we're looking into your debt as well"],
      insult: ["uh is your head full of water you can't even follow something this simple", "with a deadbeat like you every word out of your mouth is garbage", "uh a grown man who won't pay his debts aren't you ashamed you spineless loser"],
      violence: ["uh we know what time that little diner of yours closes at night so be careful", "the last guy who talked back ended up in the hospital for two weeks", "uh that road your wife takes to the market every morning it's pretty narrow huh"],
      privacy_disclosure: ["uh if you don't pay we'll send a photo of your IOU to your mother-in-law", "we've added everyone on your social media and every one of them will get a notice about your debt", "we've already called your kid's homeroom teacher to have her remind you"],
      false_consequence: ["uh if you stay overdue all the phone carriers will blacklist your number and you won't get a new one", "if you don't pay the deed to your house will be voided", "the late record will keep your kid out of the military they won't pass the background check"],
      extra_fee: ["uh if you want us to pause collection you have to pay a three hundred dollar pause fee first", "the cost of every call we make to you goes on your account five dollars a call", "if you want a payment plan uh there's a thousand dollar installment deposit up front"],
      new_borrowing: ["uh you've got plenty of friends borrow fifty from each of them and you're there", "sell your phone online and pay one installment first", "uh you've still got room on that store credit card right charge it and pay us"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我在走破产清算程序 法院说债权人不能单独找我要钱'], ['agent', '明白 我们会把您的账户标记为破产程序中 不再向您本人催收 后续跟管理人对接']],
      [['debtor', '我妈刚查出来脑梗 我在医院陪床 真没心思说这个'], ['agent', '呃好的 您先照顾阿姨 我们这边暂停联系 等您方便了再说']],
      [['agent', '我们不会联系您的丈母娘 也不会联系孩子的班主任']],
      [['agent', '呃暂停催收不收费 分期也不需要交押金']],
      [['debtor', '你才是窝囊废 天天打电话烦不烦'], ['agent', '呃好的 打扰您了 我们今天就不多说了']],
    ],
    en: [
      [['debtor', "uh i'm going through bankruptcy the court says creditors can't come after me individually"], ['agent', "understood we'll flag your account as in bankruptcy and stop collecting from you directly and deal with the trustee from here"]],
      [['debtor', "my mom just had a stroke i'm at the hospital with her i really can't think about this"], ['agent', "uh okay please take care of your mom we'll pause contact and talk whenever it works for you"]],
      [['agent', "we won't contact your mother-in-law or your kid's teacher"]],
      [['agent', "uh there's no fee to pause collection and a payment plan doesn't need a deposit"]],
      [['debtor', "you're the loser calling every single day don't you get sick of it"], ['agent', "uh okay sorry to bother you we'll leave it there for today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们别再打了 我听见这个号码就心慌', '心慌就赶紧还 还了自然就不打了'],
      ignored_attorney: ['呃我请了律师 律师说以后所有沟通都通过他', '通过律师太慢了 呃你自己今天先转一千过来'],
      ignored_dispute: ['这笔利息算得不对 我要看完整的还款明细再说', '明细以后再看 呃你今天先把本金还了'],
      ignored_hardship: ['呃我被裁员了 房贷车贷都断了 真的一分都拿不出来', '被裁了就去送外卖嘛 呃一个月也能挣几千 先还我们'],
    },
    en: {
      ignored_stop_request: ["uh stop calling me my heart races every time i see this number", "then pay it off and the calls will stop on their own"],
      ignored_attorney: ["uh i've hired a lawyer he says all communication goes through him from now on", "going through a lawyer is too slow uh just send a thousand over yourself today"],
      ignored_dispute: ["this interest is calculated wrong i want the full payment breakdown before anything else", "you can look at the breakdown later uh pay the principal today"],
      ignored_hardship: ["uh i got laid off my mortgage and car loan are both behind i really can't come up with a cent", "if you got laid off go drive for a delivery app uh that's a few thousand a month pay us first"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他邻居 他家没人 快递员让我帮接一下电话'], ['agent', '那你跟他说一声 他网贷逾期半年了 再不还就要走法律程序了']],
    en: [['third_party', "uh i'm his neighbor nobody's home the delivery guy asked me to grab the phone"], ['agent', "then tell him his online loan is six months past due and if he doesn't pay we're going legal"]],
  },
};
