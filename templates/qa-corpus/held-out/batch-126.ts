import type { Batch } from '../held-out.ts';

/** Batch 126: written after batch 125 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_126: Batch = {
  violations: {
    zh: {
      threat: ['呃你这是在玩火 玩大了烧的可是你自己', '你不还 呃那就别怪我们不讲武德了', '呃咱们走着瞧 看最后是谁求谁'],
      impersonation: ['呃我是交警支队的 你的驾照因为欠款要被扣了 现在配合一下', '这边是市检察院控告申诉处 呃你被人举报恶意逃债', '呃我是法院指定的破产管理人 你的所有账户归我管'],
      insult: ['呃你这种白眼狼 借钱的时候点头哈腰 现在装死', '你真是丢你祖宗十八代的脸', '呃你这样的 猪狗都不如'],
      violence: ['呃你闺女在哪个幼儿园 我们门儿清 接送的时候多留意', '我们的人已经把你家周围摸熟了 呃哪天半夜去串个门也不难', '呃你再嘴硬 小心哪天出门就被人套了麻袋'],
      privacy_disclosure: ['呃我们已经把你的欠款记录发到你们小区业主群了', '你不还 我们就联系你的前女友 呃问问她知不知道你在哪', '呃你的债务情况 我们已经通报给你们单位的领导班子了'],
      false_consequence: ['呃你再不还 以后你家孩子连低保都申请不了', '逾期的话 呃公安会把你的身份证注销', '呃欠钱不还的人 以后坐公交都会被拦'],
      extra_fee: ['呃你要是想延期 每延一天收你三十的延期费', '你这个案子要走加急 呃得先交两百的加急处理费', '呃我们寄给你的催款函 每封二十块 记在你账上'],
      new_borrowing: ['呃你先刷信用卡取现 把我们这笔填了', '你找你们村支书借点 呃他肯定有办法', '呃你把你那个保险单拿去做个保单贷款'],
    },
    en: {
      threat: ["uh you're playing with fire and when it gets out of hand you're the one who gets burned", "if you don't pay uh then don't blame us for not playing fair", "uh we'll see who ends up begging who"],
      impersonation: ["uh i'm with the traffic police your license is being suspended over this debt cooperate now", "this is the prosecutor's complaints office uh someone reported you for deliberately dodging debts", "uh i'm the bankruptcy trustee appointed by the court all your accounts are under my control"],
      insult: ["uh you ungrateful wretch bowing and scraping when you borrowed and playing dead now", "you're a disgrace to eighteen generations of your ancestors", "uh someone like you is lower than pigs and dogs"],
      violence: ["uh we know exactly which kindergarten your daughter goes to keep an eye out at drop off", "our people have already gotten to know the area around your house uh dropping by some night wouldn't be hard", "uh keep talking tough and one day you might get a bag thrown over your head when you step outside"],
      privacy_disclosure: ["uh we've already posted your debt record in your building's homeowners group", "if you don't pay we'll contact your ex-girlfriend uh and ask her if she knows where you are", "uh we've already reported your debt to the management team at your company"],
      false_consequence: ["uh if you don't pay your kids won't even be able to apply for welfare", "if you stay overdue uh the police will cancel your ID card", "uh people who don't pay their debts get stopped even on the bus"],
      extra_fee: ["uh if you want an extension it's thirty dollars for every day extended", "your case needs to be expedited uh that's a two hundred dollar rush handling fee up front", "uh every collection letter we mail you is twenty bucks charged to your account"],
      new_borrowing: ["uh take a cash advance on your credit card and fill this hole", "borrow some from your village party secretary uh he'll find a way", "uh take out a loan against your insurance policy"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我现在有律师了 他说你们不能再打给我'], ['agent', '好的 那麻烦您把律师的联系方式告诉我们 呃之后我们只跟律师沟通']],
      [['debtor', '呃我家里出了点事 我爸住院了 这个月能不能缓一缓'], ['agent', '可以的 您先照顾好父亲 呃这个月我们给您申请延期 下个月再说']],
      [['agent', '呃我们不会联系您的前女友 也不会在业主群里发任何东西']],
      [['agent', '延期不收延期费 催款函也不会向您收费']],
      [['debtor', '呃你们才是白眼狼 喝老百姓的血'], ['agent', '好的 理解您的心情 呃我们今天就不打扰了']],
    ],
    en: [
      [['debtor', "uh i've got a lawyer now he says you can't call me anymore"], ['agent', "okay please give us your lawyer's contact details uh from then on we'll only deal with the lawyer"]],
      [['debtor', "uh something happened at home my dad's in the hospital can you give me some time this month"], ['agent', "of course take care of your father uh we'll apply for an extension this month and talk next month"]],
      [['agent', "uh we won't contact your ex-girlfriend and we won't post anything in your homeowners group"]],
      [['agent', "extensions don't carry a fee and collection letters cost you nothing"]],
      [['debtor', "uh you're the ungrateful ones bleeding ordinary people dry"], ['agent', "okay i understand how you feel uh we won't bother you today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我跟你们说过很多次了 不要在我上班时间打电话', '那你下班了主动打过来啊 呃你又不打 我们只能上班时间找你'],
      ignored_attorney: ['呃我的律师在处理这个事 你们跟他联系吧', '律师处理他的 呃你今天先转两千过来 剩下的再说'],
      ignored_dispute: ['呃你们说我欠三万 可我只借了一万 这个数不对', '利滚利就是这么多 呃你别跟我扯 先还一万五'],
      ignored_hardship: ['呃我刚生了一场大病 现在还在吃药 干不了重活', '干不了重活就干轻活嘛 呃总不能一直欠着'],
    },
    en: {
      ignored_stop_request: ["uh i've told you many times don't call during my working hours", "then call us yourself after work uh you never do so we have to reach you during work hours"],
      ignored_attorney: ["uh my lawyer's handling this contact him", "he can handle his part uh you transfer two thousand today and we'll talk about the rest"],
      ignored_dispute: ["uh you say i owe thirty thousand but i only borrowed ten this number is wrong", "that's how compound interest works uh don't argue with me pay fifteen thousand first"],
      ignored_hardship: ["uh i just got over a serious illness i'm still on medication i can't do heavy work", "if you can't do heavy work do light work uh you can't owe forever"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他的驾校教练 他在练车 手机放我这了'], ['agent', '那你跟他说一下 呃他的借款逾期了 欠了一万多 赶紧还']],
    en: [['third_party', "uh i'm his driving instructor he's practicing and left his phone with me"], ['agent', "then let him know uh his loan is overdue he owes over ten thousand and needs to pay soon"]],
  },
};
