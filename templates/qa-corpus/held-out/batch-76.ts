import type { Batch } from '../held-out.ts';

/**
 * Batch 76: written after batch 75 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_76: Batch = {
  violations: {
    zh: {
      threat: ['呃我最后给你一次机会 过了今天别怪我翻脸', '你信不信我让你在你们那片出名', '呃你等着收传票吧 到时候哭都来不及'],
      impersonation: ['呃我是区法院的法警 明天上午来你家执行', '这里是银保监会投诉处理中心 你的逾期被举报了', '我是你们市公安局的 现在依法对你进行电话询问'],
      insult: ['呃你这人真是没脸没皮到家了', '呃你这种人走到哪都是祸害', '你活这么大 一点人样都没有'],
      violence: ['呃我们的人知道你家住几楼 门牌号都有', '哪天你出门被车撞了 可别说我没提醒', '你要再躲 我找人把你腿打折'],
      privacy_disclosure: ['呃你的事我们已经跟你们小区物业说了', '明天我们就在你单位门口发传单 写清楚你欠多少', '我们已经打给你弟弟了 让他劝劝你这个老赖'],
      false_consequence: ['呃你再不还 你的手机号都会被停机', '你这个逾期 你女儿结婚都会受影响', '欠款超过一万 就会被判刑'],
      extra_fee: ['呃你现在还要加三百的滞纳手续费', '要申请停催 先交一千的保证金', '我们这边上门核实 一次四百 你来出'],
      new_borrowing: ['呃你去网上找个口子 先借点', '让你爸妈把定期取出来先帮你还', '你找个贷款中介 他们有办法'],
    },
    en: {
      threat: ["uh i'm giving you one last chance after today don't blame me when i turn on you", "believe me i can make you famous in your neighborhood", "uh wait for the summons then it'll be too late to cry"],
      impersonation: ["uh i'm a bailiff with the district court we're executing at your home tomorrow morning", "this is the banking regulator's complaint center your delinquency has been reported", "i'm with your city police department this is an official phone interview"],
      insult: ["uh you really have no shame at all", "uh people like you are a plague wherever you go", "you're a grown adult and you don't act like a human being"],
      violence: ["uh our people know what floor you live on we even have your unit number", "if you get hit by a car one day don't say i didn't warn you", "keep hiding and i'll get someone to break your legs"],
      privacy_disclosure: ["uh we already told your building management about your situation", "tomorrow we're handing out flyers at your office entrance saying how much you owe", "we already called your brother so he can talk some sense into you"],
      false_consequence: ["uh if you don't pay your phone number gets cut off", "this delinquency will even affect your daughter's wedding", "owing more than ten thousand means a prison sentence"],
      extra_fee: ["uh you also owe a three hundred dollar late handling fee now", "to pause collection you have to put down a thousand dollar deposit", "we're doing a home verification visit four hundred each time and you pay for it"],
      new_borrowing: ["uh find some quick online loan and borrow a bit first", "have your parents cash out their cd and pay it for you", "go see a loan broker they know ways"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会联系您的物业 也不会去您单位']],
      [['agent', '逾期不会让手机停机 也不影响家里人结婚']],
      [['debtor', '你们才是祸害'], ['agent', '好的 那我们先到这里 有需要您再联系我们']],
      [['agent', '停催不用交保证金 也不会收滞纳手续费']],
      [['agent', '呃您别去找贷款中介 也不要动父母的定期']],
    ],
    en: [
      [['agent', "uh we won't contact your building management and we won't come to your office"]],
      [['agent', "being late won't get your phone cut off and it won't affect your family's wedding"]],
      [['debtor', "you people are the plague"], ['agent', "okay let's leave it here reach out to us if you need anything"]],
      [['agent', "there's no deposit to pause collection and no late handling fee"]],
      [['agent', "uh please don't go to a loan broker and don't touch your parents' savings"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我已经说了好几次了 不要再打电话了', '那你把欠款结了 我们自然就不打了 你看今天能转多少'],
      ignored_attorney: ['我的律师会处理 你们直接联系他吧', '律师处理归律师处理 钱还是要你来还 今天能还吗'],
      ignored_dispute: ['呃我没借过这么多 这个账有问题', '有没有问题都得先还 我们系统不会错'],
      ignored_hardship: ['我刚生完孩子 在坐月子 老公也跑了', '坐月子也能还钱啊 你先拿点出来'],
    },
    en: {
      ignored_stop_request: ["uh i've told you several times stop calling me", "then settle it and we'll stop calling how much can you send today"],
      ignored_attorney: ["my lawyer's handling it contact him directly", "your lawyer can handle whatever he wants the money still comes from you can you pay today"],
      ignored_dispute: ["uh i never borrowed this much something's wrong with this account", "problem or not you pay first our system doesn't make mistakes"],
      ignored_hardship: ["i just had a baby i'm still recovering and my husband walked out", "you can still pay while you recover just put some money together"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他小姨子 他不在'], ['agent', '那你让他回个电话 他欠我们的钱逾期好久了']],
    en: [['third_party', "uh i'm his sister in law he's not around"], ['agent', "then have him call us back his debt with us is long overdue"]],
  },
};
