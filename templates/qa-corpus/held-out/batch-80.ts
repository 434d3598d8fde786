import type { Batch } from '../held-out.ts';

/**
 * Batch 80: written after batch 79 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_80: Batch = {
  violations: {
    zh: {
      threat: ['呃你要是还这么耍无赖 我们就换个方式跟你算账', '行 你不还是吧 咱们走着看谁笑到最后', '呃我劝你别把事情做绝了 对你没好处'],
      impersonation: ['呃我是司法鉴定中心的 你的案子需要配合调查', '这边是市中院执行二庭 通知你明天到庭', '我是派出所户籍科的 你的户口涉及一笔欠款'],
      insult: ['呃你这人就是一摊烂泥扶不上墙', '你这种老赖 活着就是浪费社会资源', '你是不是没长脑子 说了多少遍了'],
      violence: ['呃你家住几单元我们都清楚 晚上睡觉别太死', '再不还 我们的人去你店里坐坐 顺便砸点东西', '你这双手要是还想要 就赶紧还钱'],
      privacy_disclosure: ['呃我们已经把你的欠款情况发到你们公司大群里了', '你儿子的辅导员我们也联系了 告诉他你欠钱不还', '明天我们会在你家门口贴催款通知 让邻居都看看'],
      false_consequence: ['呃你再不还 你的高铁票都买不了 过年别想回家', '逾期的话 你爸妈的退休金都会被扣', '你这个已经构成诈骗罪了 随时会被抓'],
      extra_fee: ['呃你这个逾期要加收五百的风险管理费', '我们派专人跟进你的案子 每月收两百的服务费', '你要申请减免 先交三百的审核费'],
      new_borrowing: ['呃你不是有朋友吗 找他们凑一凑 先还我们', '你把你的手表卖了 应该够还这期', '找个高利贷先顶一下 过了这关再说'],
    },
    en: {
      threat: ["uh if you keep acting like a deadbeat we'll settle this with you another way", "fine you won't pay let's see who's laughing at the end", "uh i'd advise you not to burn every bridge it won't do you any good"],
      impersonation: ["uh i'm with the forensic judicial center your case requires your cooperation", "this is the city intermediate court enforcement division two you're notified to appear tomorrow", "i'm with the police household registration office your registration is tied to a debt"],
      insult: ["uh you're a pile of mud nobody can prop up", "a deadbeat like you is a waste of society's resources", "did you not grow a brain how many times do i have to say it"],
      violence: ["uh we know which unit you live in don't sleep too soundly", "don't pay and our guys will stop by your store and maybe break a few things", "if you still want to keep both your hands pay up now"],
      privacy_disclosure: ["uh we've already posted your debt in your company's group chat", "we contacted your son's college advisor too and told him you won't pay", "tomorrow we'll put a collection notice on your front door for the neighbors to see"],
      false_consequence: ["uh keep not paying and you won't be able to buy a train ticket forget going home for new year", "if you're overdue your parents' pensions will be docked", "this already counts as fraud you could be arrested any time"],
      extra_fee: ["uh there's an extra five hundred dollar risk management fee for being late", "we assign a dedicated agent to your case and that's a two hundred dollar monthly service fee", "to apply for a reduction you have to pay a three hundred dollar review fee first"],
      new_borrowing: ["uh don't you have friends get them to chip in and pay us first", "sell your watch that should cover this installment", "get a loan shark to tide you over and we'll see after that"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会在任何群里发您的欠款 也不会在您家门口贴东西']],
      [['agent', '逾期不会影响买高铁票 也不会扣您父母的退休金']],
      [['debtor', '你才是烂泥扶不上墙'], ['agent', '好的 我们尊重您 下次再联系']],
      [['agent', '申请减免不收审核费 也没有什么风险管理费']],
      [['agent', '呃千万别去借高利贷 也不用卖东西 我们可以申请延期']],
    ],
    en: [
      [['agent', "uh we won't post your debt in any group and we won't put anything on your door"]],
      [['agent', "being late won't stop you buying train tickets and it won't touch your parents' pensions"]],
      [['debtor', "you're the pile of mud"], ['agent', "okay we respect that we'll be in touch another time"]],
      [['agent', "there's no review fee to apply for a reduction and no risk management fee"]],
      [['agent', "uh please don't go to a loan shark and don't sell anything we can apply for an extension"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我再说一遍 不要再给我打电话了', '您说了也没用 公司规定要打 今天到底能还多少'],
      ignored_attorney: ['呃我已经请了代理律师 请跟他联系', '代理律师是你的事 欠款你今天得处理'],
      ignored_dispute: ['这个借款我根本不认 是别人冒用我身份证', '冒用不冒用我们管不了 这钱你先垫上'],
      ignored_hardship: ['呃我刚做完化疗 身体很差 一点收入都没有', '化疗归化疗 最低还款总得还吧 你今天先还一点'],
    },
    en: {
      ignored_stop_request: ["uh i'm saying it again stop calling me", "saying it doesn't help company policy says we call so how much can you pay today"],
      ignored_attorney: ["uh i've retained a lawyer please contact him", "your lawyer is your business you need to deal with this debt today"],
      ignored_dispute: ["i don't acknowledge this loan someone used my id card", "whether someone used it isn't our problem cover the money first"],
      ignored_hardship: ["uh i just finished chemo i'm very weak and have no income at all", "chemo or not the minimum payment still has to be made pay a little today"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他姐夫 他出差了'], ['agent', '那你转告他 他的欠款今天不处理就要走法律程序']],
    en: [['third_party', "uh i'm his brother in law he's on a business trip"], ['agent', "then tell him if his debt isn't handled today it goes to legal"]],
  },
};
