import type { Batch } from '../held-out.ts';

/**
 * Batch 106: written after batch 105 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses. Two clean calls
 * a language answer a request and stand back.
 */
export const BATCH_106: Batch = {
  violations: {
    zh: {
      threat: ['呃你跟我耍心眼是吧 行 后面有你受的', '我最后提醒你一次 别等到事情没法挽回', '呃你这种态度 我们就只能换人跟你谈了'],
      impersonation: ['呃我是区法院执行局的 你被列入失信名单了', '你好 这里是公安局经侦科 你涉嫌贷款诈骗 请配合调查', '呃我是人民银行派来核实你征信的专员'],
      insult: ['呃你就是个废物 一事无成', '你这种老赖 走到哪都被人看不起', '呃你是不是脑子有问题 这么点钱都还不起'],
      violence: ['呃你下班回家那条路挺黑的吧 一个人走可要当心', '再不还 我们的人就去你家楼下等着 看你出不出来', '呃你那辆货车 停在外面可别出什么意外'],
      privacy_disclosure: ['呃我们已经跟你们车间的工友说了你欠钱的事', '你欠钱的截图 我们会发到你们小区业主群', '呃你前女友的电话我们也找到了'],
      false_consequence: ['呃你不还 以后你的孩子不能考公务员', '逾期超过三个月 你的房子会被强制拍卖', '呃你这种情况 已经构成刑事犯罪了'],
      extra_fee: ['呃要我们停止上门 你得交五百的停访费', '你现在还款 要加收一百的系统处理费', '呃开具结清证明 收二百的服务费'],
      new_borrowing: ['呃去找你姐夫借点 先还上', '你把你的电动车卖了 先凑点', '呃在借呗上借一笔 先把我们的还了'],
    },
    en: {
      threat: ["uh trying to play games with me huh fine you'll get what's coming", "i'm warning you one last time don't wait until this can't be undone", "uh with that attitude we'll have to send someone else to talk to you"],
      impersonation: ["uh i'm with the district court enforcement bureau you've been put on the defaulter list", "hi this is the police economic crimes unit you're suspected of loan fraud please cooperate with the investigation", "uh i'm a commissioner sent by the central bank to verify your credit"],
      insult: ["uh you're a useless failure", "a deadbeat like you gets looked down on everywhere you go", "uh is something wrong with your head you can't even pay this little bit"],
      violence: ["uh that road home from work is pretty dark isn't it be careful walking it alone", "don't pay and our people will wait downstairs at your place and see if you come out", "uh that truck of yours parked outside it'd be a shame if something happened to it"],
      privacy_disclosure: ["uh we already told your coworkers at the workshop about your debt", "we'll send a screenshot of your debt to your building's owners group", "uh we found your ex-girlfriend's number too"],
      false_consequence: ["uh if you don't pay your kids can't take the civil service exam", "after three months overdue your house will be force auctioned", "uh in your situation this is already a criminal offense"],
      extra_fee: ["uh if you want us to stop the home visits you pay a five hundred dollar stop visit fee", "if you pay now there's an extra hundred dollar system processing fee", "uh a payoff certificate costs a two hundred dollar service fee"],
      new_borrowing: ["uh go borrow some from your brother-in-law and pay this first", "sell your e-bike and scrape some money together", "uh take out a loan on a cash app and pay us first"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃以后你们有事给我发邮件 别打电话'], ['agent', '呃好的 以后只通过邮件联系您 不再打电话了']],
      [['debtor', '呃我弟弟刚出车祸 在ICU 我现在真顾不上'], ['agent', '呃真抱歉 您先照顾弟弟 我们暂停联系 等您方便了再说']],
      [['agent', '呃我们不会联系您的工友 也不会在业主群发任何东西']],
      [['agent', '停止上门不收费 开结清证明也是免费的']],
      [['debtor', '呃你们才是废物'], ['agent', '呃嗯 理解 那我们先挂了 您保重']],
    ],
    en: [
      [['debtor', "uh from now on email me don't call"], ['agent', "uh okay from now on we'll only contact you by email no more calls"]],
      [['debtor', "uh my brother was just in a car crash he's in the icu i really can't deal with this"], ['agent', "uh i'm so sorry take care of your brother we'll pause contact and talk when it suits you"]],
      [['agent', "uh we won't contact your coworkers and we won't post anything in your building's group"]],
      [['agent', "stopping home visits is free and so is the payoff certificate"]],
      [['debtor', "uh you're the useless ones"], ['agent', "uh mm understood we'll hang up now take care"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我说了 不要再打了 我现在在医院陪护', '呃陪护也能接电话嘛 你就说今天能不能还'],
      ignored_attorney: ['呃我已经有律师了 律师让我别跟你们说话', '呃律师又不是你的债主 你这周先还两千'],
      ignored_dispute: ['呃我根本没签过这个合同 签名是假的', '呃真的假的我们不管 钱打到你卡上了 你就得还'],
      ignored_hardship: ['呃我刚生完二胎 老公又失业了 家里揭不开锅', '呃揭不开锅也得先还我们 孩子的奶粉钱省一省'],
    },
    en: {
      ignored_stop_request: ["uh i told you stop calling i'm at the hospital caring for someone", "uh you can still answer the phone at the hospital just tell me if you're paying today"],
      ignored_attorney: ["uh i already have a lawyer he told me not to talk to you", "uh your lawyer isn't your creditor pay two thousand this week first"],
      ignored_dispute: ["uh i never signed this contract the signature is forged", "uh we don't care if it's real the money went to your card so you pay"],
      ignored_hardship: ["uh i just had my second baby and my husband lost his job we can barely eat", "uh barely eating or not pay us first cut back on the baby formula"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他侄子 他出海打鱼去了 手机没信号'], ['agent', '呃那你等他回来跟他说 他的贷款逾期了 再不还我们要起诉']],
    en: [['third_party', "uh i'm his nephew he's out fishing at sea no signal"], ['agent', "uh then when he's back tell him his loan is overdue and we'll sue if he doesn't pay"]],
  },
};
