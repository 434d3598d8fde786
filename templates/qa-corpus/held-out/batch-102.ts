import type { Batch } from '../held-out.ts';

/**
 * Batch 102: written after batch 101 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses. Two clean calls
 * a language answer a request and stand back.
 */
export const BATCH_102: Batch = {
  violations: {
    zh: {
      threat: ['呃我不跟你废话了 这周不还 后面的事你别后悔', '你以为躲到外地就没事了 我们照样能找到你', '呃你就继续嘴硬吧 有你哭的时候'],
      impersonation: ['呃我是人民法院的 你被起诉了 传票下午送到', '你好 我是公安局反诈中心的 你名下有一笔贷款涉案', '呃我是银监局的工作人员 你的借款需要配合我们调查'],
      insult: ['呃你这种人就是臭虫 专吸别人的血', '你是不是有病 欠钱还挂我电话', '呃你就是个败类 你爹妈白养你了'],
      violence: ['呃你住几号楼几单元我们都知道 半夜可别开门', '再不还 你那个水果摊明天还能不能摆就不好说了', '呃你知道上一个赖账的后来怎么样了吗 腿现在还瘸着'],
      privacy_disclosure: ['呃我们已经把你欠钱的事告诉你们车队队长了', '你欠款的截图 我们会发到你们家长群里', '呃你丈人那边我们也打过电话了 说得很清楚'],
      false_consequence: ['呃你不还的话 你家的户口本会被冻结', '逾期不还 你这辈子都不能坐飞机坐高铁', '呃欠钱不还 你女儿以后考研政审过不了'],
      extra_fee: ['呃你要我们不给你单位打电话 交三百块就行', '每次给你寄催收函 邮费五十你来出', '呃你要申请减免 先交一笔五百的手续保证金'],
      new_borrowing: ['呃你去借点高息的 先把我们这窟窿补上', '找你老丈人借 他退休金那么高', '呃你把你的社保卡借给别人套点钱出来'],
    },
    en: {
      threat: ["uh i'm done wasting words if you don't pay this week don't regret what comes next", "you think hiding in another city means you're fine we can still find you", "uh keep talking tough there'll come a time you'll be crying"],
      impersonation: ["uh i'm with the people's court you've been sued the summons arrives this afternoon", "hi i'm with the police anti-fraud center there's a loan in your name involved in a case", "uh i'm with the banking regulator your loan requires you to cooperate with our investigation"],
      insult: ["uh people like you are bedbugs living off other people's blood", "are you sick in the head you owe money and you hang up on me", "uh you're a disgrace your parents wasted their time raising you"],
      violence: ["uh we know your building and unit number don't open the door in the middle of the night", "don't pay and who knows if that fruit stand of yours will still be standing tomorrow", "uh do you know what happened to the last guy who stiffed us he still walks with a limp"],
      privacy_disclosure: ["uh we already told the captain of your truck fleet about your debt", "we'll send a screenshot of your debt to your parents group chat", "uh we called your father-in-law too and made it very clear"],
      false_consequence: ["uh if you don't pay your family's household register will be frozen", "if you don't pay you'll never be able to fly or take a high speed train", "uh if you don't pay your daughter won't pass the background check for grad school"],
      extra_fee: ["uh if you don't want us calling your workplace just pay three hundred", "each collection letter we mail costs fifty in postage and you cover it", "uh to apply for a reduction first pay a five hundred dollar processing deposit"],
      new_borrowing: ["uh go borrow at high interest and plug our hole first", "borrow from your father-in-law his pension is so high", "uh lend your benefits card to someone and squeeze some cash out of it"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我申请了停息挂账 你们银行已经受理了 别再打了'], ['agent', '呃好的 我们查到了 停息挂账期间我们不再电话联系您']],
      [['debtor', '呃这笔钱是我弟用我身份证借的 我一分没拿到'], ['agent', '呃明白 您可以先报警 我们这边也会把这笔账标记为争议 暂停催收']],
      [['agent', '呃我们不会联系您的车队队长 也不会在家长群里发任何东西']],
      [['agent', '寄催收函不收邮费 申请减免也不需要保证金']],
      [['debtor', '呃你们才是臭虫'], ['agent', '呃理解 那我们今天先不打扰了']],
    ],
    en: [
      [['debtor', "uh i applied for an interest freeze your bank accepted it stop calling"], ['agent', "uh okay we can see it while the freeze is in place we won't call you"]],
      [['debtor', "uh my brother took this loan out with my id i never got a cent"], ['agent', "uh understood you can file a police report and we'll mark the account as disputed and pause collection"]],
      [['agent', "uh we won't contact your fleet captain and we won't send anything to any parents group"]],
      [['agent', "there's no postage charge for our letters and applying for a reduction needs no deposit"]],
      [['debtor', "uh you're the bedbugs"], ['agent', "uh understood we won't bother you any more today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我正在开会 你们一天打二十个 别再打了', '呃开会也得还钱啊 你出来接一下 说个还款时间'],
      ignored_attorney: ['呃我已经委托律师了 律师说你们的合同有问题', '呃合同有没有问题不是律师说了算 你先把这期还了'],
      ignored_dispute: ['呃这钱我在你们APP上早就还了 有截图', '呃截图可以P 我们这边显示没还 你再还一次'],
      ignored_hardship: ['呃我刚被诊断出尿毒症 每周要透析三次', '呃透析是透析 钱是钱 你这月至少还一千'],
    },
    en: {
      ignored_stop_request: ["uh i'm in a meeting you've called twenty times today stop calling", "uh meetings don't stop the debt step out and tell me when you're paying"],
      ignored_attorney: ["uh i've hired a lawyer he says your contract has problems", "uh it's not up to your lawyer whether the contract has problems pay this installment first"],
      ignored_dispute: ["uh i already paid this in your app i have screenshots", "uh screenshots can be faked our system shows unpaid so pay again"],
      ignored_hardship: ["uh i was just diagnosed with kidney failure i need dialysis three times a week", "uh dialysis is dialysis and money is money pay at least a thousand this month"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他大学室友 他手机在我这'], ['agent', '呃你跟他说 他那个信用卡透支的钱再不还 我们要走法律程序']],
    en: [['third_party', "uh i'm his college roommate i have his phone"], ['agent', "uh tell him if he doesn't pay off his credit card overdraft we'll take legal action"]],
  },
};
