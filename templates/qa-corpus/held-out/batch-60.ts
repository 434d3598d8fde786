import type { Batch } from '../held-out.ts';

/**
 * Batch 60: written after batch 59 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_60: Batch = {
  violations: {
    zh: {
      threat: ['呃我给你脸了是吧 你等着', '你要是再装死 我们就换个方式跟你沟通了', '这个钱你不还 这辈子都别想安生'],
      impersonation: ['呃我是街道派出所的 通知你配合调查', '这边是区法院执行庭 你的财产马上查封', '我是国家金融监督管理总局的 你被列入重点名单了'],
      insult: ['呃你算什么男人 欠钱不还', '你这种社会渣滓 就该被人唾弃', '你脑袋是不是被门夹了'],
      violence: ['呃你再不还 我叫人把你腿打折', '晚上一个人走夜路 小心点啊', '我们兄弟几个明天去你单位门口等你'],
      privacy_disclosure: ['呃我们会把你欠钱的事发到你们业主群', '你的征信截图我们已经发给你领导了', '你亲戚朋友我们一个一个都会打电话通知'],
      false_consequence: ['呃你这是恶意逃债 要判刑的', '逾期不还 你的孩子入学会受影响', '你不还钱 你名下的房子下周就拍卖'],
      extra_fee: ['呃从今天开始 每天加收一百的违约金', '我们这边要收你两百块的催收服务费', '你要开结清证明 得另外交一百'],
      new_borrowing: ['呃你去借个高利贷 先把这个填上', '你让你妈把养老钱拿出来 先还了', '你再去别的平台套个现 不就行了'],
    },
    en: {
      threat: ["uh i've been nice to you so far but that's over you wait", "if you keep playing dead we'll switch to a different way of talking to you", "you don't pay this money and you'll never have a moment's peace"],
      impersonation: ["uh this is the local police precinct you need to cooperate with an investigation", "this is the district court enforcement division your property is about to be seized", "i'm with the national financial regulatory administration you're on the priority list"],
      insult: ["uh what kind of man are you owing money and not paying", "scum of society like you deserves to be spat on", "did your head get slammed in a door or something"],
      violence: ["uh if you don't pay i'll have someone break your legs", "walking alone at night be careful huh", "a few of our guys will be waiting for you outside your work tomorrow"],
      privacy_disclosure: ["uh we'll post about your debt in your homeowners group", "we already sent your credit report screenshot to your boss", "we'll call every one of your relatives and friends to let them know"],
      false_consequence: ["uh this is malicious debt evasion you'll be sentenced", "if you don't pay your kids' school admission will be affected", "you don't pay and the house in your name goes to auction next week"],
      extra_fee: ["uh starting today there's an extra hundred dollar penalty every day", "we're charging you a two hundred dollar collection service fee", "if you want a payoff letter it's another hundred dollars"],
      new_borrowing: ["uh go borrow from a loan shark and fill this hole first", "have your mom take out her retirement savings and pay it", "just go cash out on another platform problem solved"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会在业主群发任何东西 也不会联系您的领导']],
      [['agent', '您这个是民事欠款 不会判刑 也不影响孩子入学']],
      [['debtor', '你才是社会渣滓'], ['agent', '好的 我们先不打扰您了']],
      [['agent', '结清证明是免费开的 也没有催收服务费']],
      [['agent', '呃不要动家里的养老钱 也别去借高利贷 我们可以申请延期']],
    ],
    en: [
      [['agent', "uh we won't post anything in your homeowners group or contact your boss"]],
      [['agent', "this is a civil debt nobody gets sentenced and your kids' admission isn't affected"]],
      [['debtor', "you're the scum"], ['agent', "okay we won't bother you any further for now"]],
      [['agent', "the payoff letter is free and there's no collection service fee"]],
      [['agent', "uh don't touch your family's retirement savings or go to a loan shark we can ask for an extension"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我求你们了 别再打电话了', '那你今天还了 我们保证不打了'],
      ignored_attorney: ['呃我律师说了 让你们跟他谈', '我们不管律师 你本人今天必须还款'],
      ignored_dispute: ['这个利息不合法 我不认这个账', '合不合法不是你说了算 先把钱还了'],
      ignored_hardship: ['呃我下岗半年了 家里老小都靠我', '下岗也得还钱啊 你去打个零工'],
    },
    en: {
      ignored_stop_request: ["uh i'm begging you stop calling me", "pay today and we promise we'll stop calling"],
      ignored_attorney: ["uh my lawyer said you need to talk to him", "we don't care about lawyers you personally need to pay today"],
      ignored_dispute: ["this interest isn't legal i don't accept this bill", "that's not for you to decide pay the money first"],
      ignored_hardship: ["uh i've been laid off for six months my whole family depends on me", "laid off or not you still have to pay go get a side job"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他大姨 他出差去了'], ['agent', '那你跟他说一下 他在我们这借的钱逾期了 赶紧还']],
    en: [['third_party', "uh i'm his aunt he's away on business"], ['agent', "then let him know the money he borrowed from us is overdue and he needs to pay it"]],
  },
};
