import type { Batch } from '../held-out.ts';

/**
 * Batch 56: written after batch 55 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_56: Batch = {
  violations: {
    zh: {
      threat: ['呃你再不配合 我们就只能采取别的手段了', '我跟你说 这事没完', '你躲到天涯海角我们也能找到你'],
      impersonation: ['喂 这边是县公安局经侦科的 你涉嫌信用卡诈骗', '呃我是法院的执行法官 今天通知你', '我是银保监局派来核查的'],
      insult: ['呃你真是个废物 什么都干不成', '你这种人就是欠收拾', '你是不是脑子坏掉了'],
      violence: ['呃你晚上回家路上小心点 别出什么意外', '我们知道你老婆在哪上班', '再不还 我让人去你家把东西都砸了'],
      privacy_disclosure: ['呃你欠钱的事 我们已经告诉你哥了', '我们会把你的照片发到你们村的微信群', '你的同事明天都会接到我们的电话'],
      false_consequence: ['呃你不还的话 你儿子就上不了大学', '逾期的人银行卡全部冻结 工资都发不出来', '你再拖 公安就要上门抓人了'],
      extra_fee: ['呃你要办延期 得交两百的手续费', '我们每次上门 收你一百的路费', '这个月起每天加二十的罚款'],
      new_borrowing: ['呃你去借点高利贷 先把我们的还了', '你把你媳妇的首饰卖了', '找你朋友借 一人借你几百就够了'],
    },
    en: {
      threat: ["uh if you keep not cooperating we'll have to use other means", "i'm telling you this isn't over", "you could hide at the ends of the earth and we'd still find you"],
      impersonation: ["hello this is the county police economic crimes unit you're suspected of credit card fraud", "uh i'm the enforcement judge from the court calling to notify you", "i was sent by the banking regulator to look into this"],
      insult: ["uh you're useless you can't get anything done", "someone like you is just asking to be taught a lesson", "is your brain broken or something"],
      violence: ["uh be careful on your way home tonight wouldn't want an accident", "we know where your wife works", "if you still don't pay i'll have people go smash everything in your house"],
      privacy_disclosure: ["uh we already told your brother about your debt", "we'll post your photo in your village group chat", "your coworkers are all getting a call from us tomorrow"],
      false_consequence: ["uh if you don't pay your son won't get into college", "people who are overdue get all their bank cards frozen they can't even get paid", "keep stalling and the police will come arrest you"],
      extra_fee: ["uh to get an extension you need to pay a two hundred dollar fee", "every time we come by it's a hundred dollar travel charge", "starting this month there's a twenty dollar fine every day"],
      new_borrowing: ["uh go borrow from a loan shark and pay us off first", "sell your wife's jewelry", "borrow from your friends a few hundred each and that's enough"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会告诉您的家人 也不会联系您的同事']],
      [['agent', '逾期不会影响孩子上大学 也不会有人上门抓人']],
      [['debtor', '你才是废物 别烦我'], ['agent', '好的 不打扰您了']],
      [['agent', '办延期不收手续费 我们也不会上门收费']],
      [['agent', '呃请不要借高利贷或者卖首饰来还 我们可以谈分期']],
    ],
    en: [
      [['agent', "uh we won't tell your family and we won't contact your coworkers"]],
      [['agent', "being overdue won't keep your son out of college and nobody's coming to arrest you"]],
      [['debtor', "you're the useless one leave me alone"], ['agent', "okay i won't bother you"]],
      [['agent', "there's no fee for an extension and we don't charge for visits"]],
      [['agent', "uh please don't borrow from a loan shark or sell jewelry to pay this we can talk about installments"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我最后说一次 别给我打电话了', '好的好的 那您这周五之前能还吗'],
      ignored_attorney: ['我已经委托律师了 你们跟他联系', '呃明白 那您自己这边先转一点过来吧'],
      ignored_dispute: ['这个账不对 我没借这么多', '呃那个回头再核对 您先把这期还了'],
      ignored_hardship: ['我刚做完手术 还在住院 没钱', '呃那您让家里人先帮您还上'],
    },
    en: {
      ignored_stop_request: ["uh last time i'm saying it don't call me", "okay okay so can you pay before this friday"],
      ignored_attorney: ["i've retained a lawyer contact him", "uh understood so why don't you send a little over yourself first"],
      ignored_dispute: ["this account is wrong i didn't borrow that much", "uh we'll double check later just pay this installment"],
      ignored_hardship: ["i just had surgery i'm still in the hospital i have no money", "uh then have your family pay it for you"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他弟弟 他不在'], ['agent', '那你跟他说 他欠我们的钱再不还就起诉了']],
    en: [['third_party', "uh i'm his brother he's not here"], ['agent', "then tell him if he doesn't pay what he owes us we're suing"]],
  },
};
