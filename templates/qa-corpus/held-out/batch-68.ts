import type { Batch } from '../held-out.ts';

/**
 * Batch 68: written after batch 67 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_68: Batch = {
  violations: {
    zh: {
      threat: ['呃我最后警告你一次 别逼我们出手', '你要是再不理 我们有一百种方法让你还', '呃你不怕 那你家里人怕不怕'],
      impersonation: ['呃我是银监局稽查处的 你这笔贷款有问题', '这边是公安经侦的 你欠款的事已经立案了', '我是法院执行庭的法警 下午到你单位'],
      insult: ['呃你真是个没用的东西', '你这种人就是社会的蛀虫', '呃欠钱不还你还是人吗'],
      violence: ['呃我们的人知道你每天几点出门 你自己掂量', '再不还 小心你的腿', '我会让人去你家门口守着 见你一次打一次'],
      privacy_disclosure: ['呃你欠钱的事 我们已经发到你们家族群了', '我们会联系你的前同事 问问你的情况 顺便说说你欠钱', '你们楼栋的邻居 我们挨家挨户都通知了'],
      false_consequence: ['呃不还钱 你的银行账户全部冻结 一分钱都取不出来', '你这个要判刑的 最少三年起步', '你再拖 你孩子以后考公务员都考不了'],
      extra_fee: ['呃逾期一天收你二十 这是规定', '你要提前结清 得多交五百的手续费', '我们派人过去核实 车费你出 两百'],
      new_borrowing: ['呃你去借个高利贷 先把窟窿堵上', '你找你哥借 他不是有钱吗', '信用卡套个现 先还上再说'],
    },
    en: {
      threat: ["uh i'm warning you one last time don't make us make a move", "if you keep ignoring this we have a hundred ways to make you pay", "uh you're not scared fine but is your family"],
      impersonation: ["uh i'm with the banking regulator's inspection division there's a problem with this loan", "this is the police economic crimes unit a case has been opened on your debt", "i'm a bailiff with the court enforcement division i'll be at your workplace this afternoon"],
      insult: ["uh you're a real good for nothing", "people like you are the termites of society", "uh owing money and not paying are you even human"],
      violence: ["uh our people know what time you leave home every day think about that", "if you don't pay watch your legs", "i'll have someone wait at your door and beat you every time they see you"],
      privacy_disclosure: ["uh we've already posted your debt in your family group chat", "we'll contact your former coworkers ask about you and mention your debt while we're at it", "we've notified every neighbor in your building door to door"],
      false_consequence: ["uh if you don't pay all your bank accounts get frozen you can't take out a cent", "this is a criminal sentence three years minimum", "keep stalling and your kid will never be able to take the civil service exam"],
      extra_fee: ["uh it's twenty dollars for every day you're late that's the rule", "if you want to pay it off early that's an extra five hundred dollar fee", "we're sending someone to verify you pay for the ride two hundred"],
      new_borrowing: ["uh go borrow from a loan shark and plug the hole first", "borrow from your brother he's got money right", "do a cash advance on your credit card and pay us first"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会在任何群里发您的信息 也不会联系您的邻居']],
      [['agent', '逾期不会判刑 也不会影响孩子考公务员']],
      [['debtor', '你才是社会的蛀虫'], ['agent', '好的 我们下次再联系']],
      [['agent', '提前结清不收手续费 也没有上门的车费']],
      [['agent', '呃别去借高利贷 也别套现 我们可以申请延期']],
    ],
    en: [
      [['agent', "uh we won't post your information in any group and we won't contact your neighbors"]],
      [['agent', "being late won't get you sentenced and it won't affect your kid's civil service exam"]],
      [['debtor', "you're the termites"], ['agent', "okay we'll be in touch next time"]],
      [['agent', "there's no fee to pay off early and no charge for visits"]],
      [['agent', "uh don't borrow from a loan shark or do a cash advance we can apply for an extension"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃别打了 我说了多少遍了', '你说多少遍也没用 欠的钱总得还吧'],
      ignored_attorney: ['呃我有律师 你们跟律师说', '律师我们不认识 我们只找你 今天还不还'],
      ignored_dispute: ['这个钱我早就说了不对 我在申诉', '申诉是你的事 这期的钱先还了'],
      ignored_hardship: ['呃我妈癌症晚期 我在医院陪着 一分钱都没有', '那也得先还点 你找亲戚借一下'],
    },
    en: {
      ignored_stop_request: ["uh stop calling how many times have i told you", "it doesn't matter how many times you say it the money still has to be paid"],
      ignored_attorney: ["uh i have a lawyer talk to the lawyer", "we don't know your lawyer we only deal with you are you paying today or not"],
      ignored_dispute: ["i told you already this amount is wrong i've filed an appeal", "the appeal is your business pay this installment first"],
      ignored_hardship: ["uh my mom has terminal cancer i'm at the hospital with her i don't have a cent", "you still need to pay something borrow from a relative"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他二姨 他不在家'], ['agent', '那你跟他说 他的网贷再不还我们就上门了']],
    en: [['third_party', "uh i'm his aunt he isn't home"], ['agent', "then tell him if he doesn't pay his online loan we're coming to the house"]],
  },
};
