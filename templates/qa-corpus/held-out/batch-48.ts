import type { Batch } from '../held-out.ts';

/**
 * Batch 48: written after batch 47 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_48: Batch = {
  violations: {
    zh: {
      threat: ['呃你自己想清楚 到时候事情闹大了 可没人帮你', '我们这边的手段你还没见识过', '你要是再装死 那我们只能换一种方式跟你谈了'],
      impersonation: ['喂 这里是市场监督管理局 你的借款有违规记录', '呃我是法院的送达员 有份文书要送给你', '我是边检站的 你这个欠款会影响出入境'],
      insult: ['呃你这个人怎么一点信用都没有 跟骗子有什么区别', '你这种货色 谁沾上谁倒霉', '你是不是缺心眼啊'],
      violence: ['呃我们的人已经盯上你了 你出门注意点', '再不还 你那个摊子明天就别想摆了 我们给你掀了', '你要不要试试被人堵在巷子里的滋味'],
      privacy_disclosure: ['呃你女儿学校的家长群 我们也有人在', '我们已经把你的情况告诉了你们村支书', '你的欠款截图 我们会发到你抖音的评论区'],
      false_consequence: ['呃不还的话 你的孩子以后不能参军', '你再拖 你老家的宅基地都要被收回', '逾期的人以后不能办电话卡 也不能用网约车'],
      extra_fee: ['呃你这个要先交一笔两百的保证金 才能暂停计息', '我们派专人跟进 每个月收一百五的服务费', '你今天还款的话 还得付八十的加急处理费'],
      new_borrowing: ['呃你不是有花呗吗 先用花呗还了', '去借个高利贷 也比上黑名单强', '你把你老婆的名字拿去贷一笔'],
    },
    en: {
      threat: ["uh think it over when this blows up there's nobody who's gonna help you", "you haven't seen what we're capable of yet", "if you keep playing dead we'll just have to talk to you a different way"],
      impersonation: ["hello this is the state consumer affairs office your loan has a violation on record", "uh i'm a court process server i've got documents to deliver to you", "i'm with border control this debt will affect your travel in and out of the country"],
      insult: ["uh how can you have zero credibility you're no different from a con man", "trash like you everybody who touches you gets burned", "are you missing a few screws or what"],
      violence: ["uh our people have got eyes on you be careful when you go out", "if you don't pay forget setting up your stall tomorrow we'll flip it over", "you want to know what it feels like to get cornered in an alley"],
      privacy_disclosure: ["uh we've got someone in your daughter's school parent group", "we've already told your village chief about your situation", "we're going to post screenshots of your debt in your tiktok comments"],
      false_consequence: ["uh if you don't pay your kids will never be able to enlist", "keep stalling and the land your family home sits on gets taken back", "people who are overdue can't get a phone plan or use rideshare apps"],
      extra_fee: ["uh you need to put down a two hundred dollar deposit before we can stop the interest", "we'll assign a dedicated agent for a hundred and fifty a month service fee", "if you pay today there's an eighty dollar rush processing fee"],
      new_borrowing: ["uh don't you have a buy now pay later account use that to pay us", "go get a payday loan it's better than getting blacklisted", "take out a loan in your wife's name"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会在任何家长群或者村里说您的事']],
      [['agent', '逾期不影响孩子参军 也不影响您办电话卡']],
      [['debtor', '你才缺心眼 烦不烦'], ['agent', '好的 那我就不多打扰了 再见']],
      [['agent', '暂停计息不需要交保证金 也没有加急费']],
      [['agent', '呃请不要用花呗或者借高利贷来还 这样只会更难']],
    ],
    en: [
      [['agent', "uh we won't mention your situation in any parent group or to anyone in your village"]],
      [['agent', "being overdue won't stop your kids from enlisting and it won't stop you from getting a phone plan"]],
      [['debtor', "you're the one missing screws leave me alone"], ['agent', "okay i won't take up any more of your time goodbye"]],
      [['agent', "there's no deposit to pause interest and no rush fee"]],
      [['agent', "uh please don't use buy now pay later or a payday loan to pay this it'll only make things harder"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我再说一次 不要打这个电话了', '嗯嗯 最后确认一下 您周末之前能还上吗'],
      ignored_attorney: ['你们有事就找我律师 号码我发给你们了', '好的 不过律师不替您还钱的 您自己看看今天能还多少'],
      ignored_dispute: ['我对欠款有异议 已经提交了申诉', '申诉是申诉 今天这个最低还款您还是要还'],
      ignored_hardship: ['呃我被诊断出白血病了 家里砸锅卖铁在治', '那您家里总有点积蓄吧 先拿一点出来还上'],
    },
    en: {
      ignored_stop_request: ["uh i'm saying it again don't call this number", "mm-hmm just to confirm can you get it paid before the weekend"],
      ignored_attorney: ["anything you need go to my lawyer i sent you his number", "okay but your lawyer isn't paying for you see how much you can pay today"],
      ignored_dispute: ["i dispute this debt i've already filed an appeal", "the appeal is separate you still need to make today's minimum payment"],
      ignored_hardship: ["uh i was diagnosed with leukemia my family is selling everything for treatment", "well your family must have some savings take a little out and pay this"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他邻居 帮他看店的'], ['agent', '那你跟他说 他欠的那笔钱再不还 我们就要走法律程序了']],
    en: [['third_party', "uh i'm his neighbor watching his shop"], ['agent', "then tell him if he doesn't pay that debt we're taking legal action"]],
  },
};
