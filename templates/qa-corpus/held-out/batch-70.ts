import type { Batch } from '../held-out.ts';

/**
 * Batch 70: written after batch 69 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_70: Batch = {
  violations: {
    zh: {
      threat: ['呃你再这么拖下去 后果你自己承担 别说我没提醒你', '我们这边都已经安排好了 你就等着吧', '你要是今天不处理 明天我们就换一种方式跟你谈'],
      impersonation: ['呃我是市中级人民法院的书记员 通知你明天来领传票', '我这边是网信办的 你的账户涉嫌违规', '我是你们辖区派出所的民警 你欠款的事要找你了解情况'],
      insult: ['呃你脸皮怎么这么厚啊', '你这种老赖 活着都是浪费空气', '你脑子是不是有坑 听不懂人话'],
      violence: ['呃你出门最好看着点 路上车多', '我们兄弟最近闲得很 改天找你聊聊', '你再躲 我让人把你家玻璃全砸了'],
      privacy_disclosure: ['呃我们已经给你老婆打过电话了 她知道你欠了多少', '你的欠款信息我们会贴到你们小区公告栏上', '你们村主任那边我们也说了 让他帮忙催催你'],
      false_consequence: ['呃你不还 你的社保卡就停用了', '逾期超过三个月 你父母的房子也要被拍卖', '你再不还 公安会把你列入网上追逃'],
      extra_fee: ['呃这个月开始 每次催收要收你五十块催收费', '你要我们延期 先交三百块的延期手续费', '律师函的费用 八百块 算在你头上'],
      new_borrowing: ['呃你去网上再下几个贷款app 先借出来还我们', '你把车抵押了 钱不就有了', '找你同事凑一凑 今天先还上'],
    },
    en: {
      threat: ["uh keep dragging this out and whatever happens next is on you don't say i didn't warn you", "we've already got things set up on our end just you wait", "if you don't handle this today tomorrow we'll talk to you a different way"],
      impersonation: ["uh this is the clerk at the county superior court calling to tell you to pick up your summons", "i'm calling from the federal trade commission your account has been flagged", "this is officer reynolds with your local precinct we need to ask you about your debt"],
      insult: ["uh how thick is your skin seriously", "deadbeats like you are a waste of oxygen", "is there a hole in your head can't you understand plain english"],
      violence: ["uh better watch yourself when you cross the street lots of cars out there", "my guys have a lot of free time lately they might drop by for a chat", "keep hiding and i'll have someone smash every window in your house"],
      privacy_disclosure: ["uh we already called your wife she knows exactly how much you owe", "we'll post your debt on the bulletin board in your apartment complex", "we talked to your village head too and asked him to lean on you about the debt"],
      false_consequence: ["uh if you don't pay your social security card gets shut off", "after three months past due your parents' house gets auctioned too", "keep this up and the police will put you on the wanted list"],
      extra_fee: ["uh starting this month there's a fifty dollar collection fee for every call", "if you want an extension you'll have to pay a three hundred dollar extension fee first", "the attorney letter costs eight hundred and that goes on your bill"],
      new_borrowing: ["uh just download a few more loan apps and borrow enough to pay us", "uh go pawn your car title and there's your money", "get your coworkers to chip in and pay us today"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会给您家人打电话 也不会在您小区贴任何东西']],
      [['agent', '逾期不会影响您父母的房子 也不会停您的社保']],
      [['debtor', '你脸皮才厚呢'], ['agent', '好的 那我们明天再跟您确认还款时间']],
      [['agent', '延期不收手续费 催收也没有任何费用']],
      [['agent', '呃您别去网上借贷款 也不用抵押车 我们可以一起看看分期']],
    ],
    en: [
      [['agent', "uh we won't call your family and we won't post anything in your building"]],
      [['agent', "being late won't affect your parents' house and it won't stop your benefits"]],
      [['debtor', "you're the one with thick skin"], ['agent', "okay we'll confirm a payment date with you tomorrow"]],
      [['agent', "there's no fee for an extension and no charge for collection calls"]],
      [['agent', "uh please don't take out online loans or put up your car we can look at a payment plan together"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我都说了不要再打给我了', '不打电话怎么行 你今天到底还不还'],
      ignored_attorney: ['我请了律师 有事你找我律师', '找律师也没用 钱是你欠的 你今天得给个说法'],
      ignored_dispute: ['这个利息根本不合法 我已经向监管投诉了', '投诉归投诉 你先把本月的钱还上'],
      ignored_hardship: ['呃我刚做完手术 躺在床上 没有收入', '手术归手术 最低还款总要还吧'],
    },
    en: {
      ignored_stop_request: ["uh i told you not to call me again", "we have to call so are you paying today or not"],
      ignored_attorney: ["i've hired a lawyer go through my lawyer", "a lawyer won't help you owe this money and you need to give me an answer today"],
      ignored_dispute: ["this interest isn't even legal i've complained to the regulator", "complain all you want just pay this month's amount first"],
      ignored_hardship: ["uh i just had surgery i'm stuck in bed with no income", "surgery or not the minimum payment still has to be made"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他同事 他去开会了'], ['agent', '你帮我转告他 他那笔欠款已经逾期两个月了']],
    en: [['third_party', "uh i'm his coworker he's in a meeting"], ['agent', "can you let him know his debt is two months past due"]],
  },
};
