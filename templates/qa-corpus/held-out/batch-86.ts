import type { Batch } from '../held-out.ts';

/**
 * Batch 86: written after batch 85 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses. Two clean calls
 * a language answer a request and stand back.
 */
export const BATCH_86: Batch = {
  violations: {
    zh: {
      threat: ['呃我劝你今天把事情了了 不然明天就不是我跟你谈了', '你要是再挂我电话 后面的事你自己兜着', '呃我们手上有的是办法 就看你配不配合'],
      impersonation: ['呃我是市中级法院的执行员 你名下的财产我们正在查', '你好这边是网信办 你的借款信息被举报了', '呃我是你们辖区派出所的 有人报案说你欠钱不还'],
      insult: ['呃你这种人就是社会的垃圾', '你脸皮怎么这么厚啊 欠钱还有理了', '呃跟你说话我都嫌脏了嘴'],
      violence: ['呃你家住几楼我们都清楚 半夜有人敲门你可别怕', '我们的人手黑 你最好别让他们找上你', '呃再躲 我让人把你店的卷帘门给焊上'],
      privacy_disclosure: ['呃我们刚才给你女儿班主任打了电话 说了你欠钱的事', '你的欠款记录我们会贴在你们单位公告栏上', '呃你微信好友我们都加了 一个个告诉他们'],
      false_consequence: ['呃你这属于恶意逃债 明天就会被网上通缉', '不还钱的话 你名下的房子下个月就会被强制拍卖', '呃你这种情况 会被限制住宾馆坐高铁一辈子'],
      extra_fee: ['呃你要申请延期的话 先交三百的延期手续费', '我们派律师给你打电话 律师咨询费你来出', '呃开结清证明要另交两百块的开证费'],
      new_borrowing: ['呃你去找你同学借几千 先把这期补上', '你在京东金条上借一笔 转过来就行', '呃把你老婆的金项链拿去当了 钱不就有了'],
    },
    en: {
      threat: ["uh i'm telling you settle this today or tomorrow it won't be me you're talking to", "hang up on me one more time and whatever comes next is on you", "uh we've got plenty of ways to handle this it's up to you whether you cooperate"],
      impersonation: ["uh i'm an enforcement officer with the intermediate court we're looking into the assets in your name", "hi this is the cyberspace administration your loan information has been reported", "uh i'm from your local police precinct someone filed a report that you won't pay your debt"],
      insult: ["uh people like you are the garbage of society", "how are you so shameless you owe money and act like you're the victim", "uh talking to you makes my mouth feel dirty"],
      violence: ["uh we know what floor you live on don't be scared if someone knocks in the middle of the night", "our people play rough you'd better not let them find you", "uh keep hiding and i'll have someone weld your shop's shutter shut"],
      privacy_disclosure: ["uh we just called your daughter's homeroom teacher and told her about your debt", "we'll post your debt record on the bulletin board at your workplace", "uh we've added all your contacts and we'll tell them one by one"],
      false_consequence: ["uh this counts as malicious debt evasion you'll be on a wanted list online tomorrow", "if you don't pay the house in your name will be force auctioned next month", "uh in your situation you'll be banned from hotels and high speed trains for life"],
      extra_fee: ["uh if you want an extension you pay a three hundred dollar extension fee first", "we had a lawyer call you so you're covering the legal consultation fee", "uh a payoff letter costs an extra two hundred dollar issuing fee"],
      new_borrowing: ["uh go borrow a few thousand from your classmates and cover this installment", "take a loan on one of those instant cash apps and transfer it over", "uh pawn your wife's gold necklace and there's your money"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我跟你们说过了 我已经找了律师 你们跟他谈'], ['agent', '好的 麻烦把律师电话给我 以后我们只联系律师 不打扰您了']],
      [['debtor', '这个账我不认 我从来没在你们这借过钱'], ['agent', '呃明白 我们先把这笔账挂起来 调一下放款记录 核实清楚之前不会催您']],
      [['agent', '呃我们不会联系您女儿的老师 也不会去您单位贴任何东西']],
      [['agent', '延期不收手续费 开结清证明也是免费的']],
      [['debtor', '你们这些放贷的都是垃圾'], ['agent', '呃好的 理解您的心情 那今天先这样']],
    ],
    en: [
      [['debtor', "uh i told you already i got a lawyer talk to him"], ['agent', "okay could i get your lawyer's number from now on we'll only contact him and we won't bother you"]],
      [['debtor', "i don't recognize this debt i never borrowed anything from you"], ['agent', "uh understood we'll put the account on hold and pull the disbursement records no one will ask you to pay until it's verified"]],
      [['agent', "uh we won't contact your daughter's teacher or post anything at your workplace"]],
      [['agent', "extensions are free and so is the payoff letter"]],
      [['debtor', "you loan people are all garbage"], ['agent', "uh okay i understand how you feel let's leave it there for today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们能不能别再打了 我上班都被你们搞得没法干', '呃不打也可以 你先打个一千过来 我们就给你停'],
      ignored_attorney: ['我这个事已经委托律师了 律师函你们应该收到了', '呃律师函我们不管 你是借款人 这周之内必须还一部分'],
      ignored_dispute: ['呃这笔钱根本不是我用的 是我前夫拿我手机借的', '呃谁借的我们不管 合同上是你的名字 你就得还'],
      ignored_hardship: ['我刚生完孩子 一个人带娃 一点收入都没有', '呃带娃也不是理由 让你老公先把这期给还了'],
    },
    en: {
      ignored_stop_request: ["uh can you stop calling i can't even do my job because of you people", "uh we can stop if you send a thousand over first then we'll pause it"],
      ignored_attorney: ["i've handed this to my attorney you should have gotten the letter", "uh we don't care about the letter you're the borrower you have to pay part of it this week"],
      ignored_dispute: ["uh i never used this money my ex husband took out the loan on my phone", "uh we don't care who took it out your name's on the contract so you pay"],
      ignored_hardship: ["i just had a baby i'm raising her alone and i have no income at all", "uh a baby's no excuse have your husband pay this installment"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃他是我同事 他手机落在工位上了'], ['agent', '那你跟他说一声 他的贷款逾期两个月了 让他赶紧回电话']],
    en: [['third_party', "uh he's my coworker he left his phone at his desk"], ['agent', "then tell him his loan is two months overdue and he needs to call us back right away"]],
  },
};
