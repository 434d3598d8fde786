import type { Batch } from '../held-out.ts';

/** Batch 110: written after batch 109 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_110: Batch = {
  violations: {
    zh: {
      threat: ['呃我实话跟你说 你这样下去 以后的日子不会太平', '你不把这个当回事 呃那我们就让你好好长长记性', '我们催收这么多年 还没见过谁能一直躲得过去'],
      impersonation: ['呃我是市公安局反诈中心的 你这个账户现在冻结了', '我们这边是法院的执行法官 呃今天下午就去你家', '我是中国人民银行的工作人员 负责处理你的逾期记录'],
      insult: ['呃你这个人怎么这么贱 好好说话不听', '你就是社会的蛀虫 呃活着浪费粮食', '像你这种不要脸的东西 我见多了'],
      violence: ['呃你家那条狗挺凶的 不过狗也是会被毒死的', '我们的人手重 上次一个没注意 把人肋骨都弄断了', '呃你儿子在哪个网吧打游戏我们都知道 晚上回家路上小心'],
      privacy_disclosure: ['呃我们会在你家楼道里贴告示 写清楚你欠了多少钱', '你不接电话 我就打给你的客户 告诉他们你是老赖', '我们已经联系了你表哥 他说会帮你还'],
      false_consequence: ['呃你再不还 以后你的银行卡全部会被冻结 工资都取不出来', '逾期的话 你就不能参加明年的公务员考试了', '你不还 呃你父母的医保就会被停掉'],
      extra_fee: ['呃你今天还的话 要加一笔一百块的当日到账费', '我们给你发律师函 律师费两千 你来出', '呃每逾期一天 我们额外收五十的管理费'],
      new_borrowing: ['呃你去小额贷款公司再贷一点 先把这笔窟窿堵上', '你把你的车抵押了 应该能贷个几万出来', '呃你问问你老丈人 他退休金那么高 借你点不就完了'],
    },
    en: {
      threat: ["uh honestly if you keep this up your days ahead won't be peaceful", "if you won't take this seriously uh then we'll make sure you learn your lesson", "we've been collecting for years and we've never seen anyone who could hide forever"],
      impersonation: ["uh i'm with the police department's anti fraud center your account is frozen as of now", "this is the enforcement judge from the court uh we're coming to your house this afternoon", "i'm an official with the federal reserve handling your delinquency record"],
      insult: ["uh how can you be so low you won't listen when someone talks to you nicely", "you're a parasite on society uh a waste of the food you eat", "i've seen plenty of shameless scum like you"],
      violence: ["uh that dog of yours is pretty fierce but dogs can get poisoned too", "our guys have heavy hands last time one slipped up and broke a man's ribs", "uh we know which arcade your son plays games at so he'd better be careful on the way home at night"],
      privacy_disclosure: ["uh we'll put up a notice in your stairwell saying exactly how much you owe", "you won't answer so i'll call your clients and tell them you're a deadbeat", "we've already contacted your cousin and he said he'd help you pay"],
      false_consequence: ["uh if you don't pay every bank card you have will be frozen and you won't be able to withdraw your wages", "if you stay overdue you won't be allowed to sit the civil service exam next year", "if you don't pay uh your parents' medical insurance will be cut off"],
      extra_fee: ["uh if you pay today there's an extra hundred dollar same day fee", "we'll send you a lawyer's letter and you're paying the two thousand in legal fees", "uh for every day you're late we charge another fifty as a management fee"],
      new_borrowing: ["uh go to a small loan company and borrow a bit more to plug this hole first", "put your car up as collateral you should get a few grand out of it", "uh ask your father-in-law his pension is pretty big have him lend you some"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃这笔钱我觉得有问题 合同上没写这么多利息 你们先别催了'], ['agent', '好的 我们先给您提交复核 复核期间暂停催收 结果出来会书面通知您']],
      [['debtor', '呃我在住院 医生说要做手术 等出院了再说行吗'], ['agent', '可以的 您安心养病 呃我们先不打扰您 出院后您方便时联系我们就行']],
      [['agent', '呃我们不会在楼道贴任何告示 也不会联系您的客户']],
      [['agent', '当天还款不收到账费 逾期也不会另收管理费']],
      [['debtor', '你再打我就把你们的号码挂到网上 让大家骂你们'], ['agent', '呃好的 我理解您的不满 今天就不多打扰了']],
    ],
    en: [
      [['debtor', "uh i think something's wrong with this amount the contract never had this much interest stop chasing me for now"], ['agent', "okay we'll submit it for review and pause collection while it's reviewed you'll get the result in writing"]],
      [['debtor', "uh i'm in the hospital the doctor says i need surgery can we talk after i'm discharged"], ['agent', "of course rest and get well uh we won't bother you for now just reach out when it suits you after you're out"]],
      [['agent', "uh we won't put up any notice in your building and we won't contact your clients"]],
      [['agent', "there's no same day fee for paying today and we don't add a management fee for late days"]],
      [['debtor', "call again and i'll post your number online so everyone can tell you off"], ['agent', "uh okay i understand you're frustrated we won't bother you any more today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃麻烦你们以后别打我电话了 有事发短信', '短信你又不回 呃还是得打 你今天到底还不还'],
      ignored_attorney: ['我这个案子律师已经接了 你们直接联系律所', '律所那边我们不管 呃欠款人是你 你得给个还款日期'],
      ignored_dispute: ['呃这笔钱我两个月前就结清了 我有转账记录', '系统里还挂着 呃那你先再转一次 多的我们退给你'],
      ignored_hardship: ['我现在残疾了 干不了活 每个月就几百块低保', '低保也是钱嘛 呃每个月拿出一百来还也行'],
    },
    en: {
      ignored_stop_request: ["uh please don't call my phone anymore text me if you need something", "you never answer texts uh so we'll keep calling are you paying today or not"],
      ignored_attorney: ["a lawyer has taken my case contact the law firm directly", "the law firm isn't our concern uh you're the debtor so give me a payment date"],
      ignored_dispute: ["uh i paid this off two months ago i have the transfer record", "the system still shows it open uh so transfer it once more and we'll refund you the extra"],
      ignored_hardship: ["i'm disabled now i can't work i get a few hundred a month in welfare", "welfare is still money uh put a hundred a month toward this"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃你找他啊 我是他合租的室友 他上班去了'], ['agent', '那你帮忙转达一下 他欠我们公司的钱已经逾期很久了 让他回个电话']],
    en: [['third_party', "uh you're looking for him i'm his roommate he's at work"], ['agent', "then please pass it on his debt with our company is long overdue and he needs to call us back"]],
  },
};
