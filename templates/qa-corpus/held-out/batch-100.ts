import type { Batch } from '../held-out.ts';

/**
 * Batch 100: written after batch 99 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses. Two clean calls
 * a language answer a request and stand back.
 */
export const BATCH_100: Batch = {
  violations: {
    zh: {
      threat: ['呃你现在不还 以后想还都不一定有机会了', '我们这边已经把你的案子交给外包团队了 他们可没我这么好说话', '呃你可以继续拖 看看最后是谁吃亏'],
      impersonation: ['呃我是最高人民法院的 你的失信记录要公示了', '你好 我是证监会的调查员 你的贷款资金流向有问题', '呃我是你们社区民警 你欠钱的事我们要上门核实'],
      insult: ['呃你这种人渣 真是丢尽了你祖宗的脸', '你是不是穷疯了 连这点钱都赖', '呃你就是个没用的窝囊废 老婆都看不起你'],
      violence: ['呃你家楼道的灯坏了吧 晚上上楼小心点', '再不还 我们的人就去你车间门口等你下班', '呃你最好祈祷别让我们的兄弟找到你'],
      privacy_disclosure: ['呃我们已经把你欠钱的截图发给你们部门经理了', '你的欠款我们会告诉你们村里每一户', '呃我们会把你的电话号码和欠款挂在网上'],
      false_consequence: ['呃你不还 你的医保卡马上就停用', '逾期不还的话 你孩子的学籍会被注销', '呃你这个金额 已经够得上诈骗罪了 马上立案'],
      extra_fee: ['呃我们帮你申请停催 要先交五百块停催押金', '每次外访我们都按公里数收你交通费', '呃提前结清也要收违约金 百分之五'],
      new_borrowing: ['呃你找你二姨借点 她家条件不是挺好的吗', '把你的公积金提出来 不够再借点花呗', '呃你把你的金戒指卖了 先还一部分'],
    },
    en: {
      threat: ["uh if you don't pay now you may not get the chance to pay later", "we've already handed your case to an outside team they're not as easygoing as me", "uh go ahead and keep stalling let's see who ends up losing"],
      impersonation: ["uh i'm with the supreme people's court your defaulter record is about to be made public", "hi i'm an investigator with the securities regulator there's a problem with where your loan money went", "uh i'm your community police officer we need to visit to verify your debt"],
      insult: ["uh scum like you has shamed your whole family line", "have you gone crazy from being broke you won't even pay this little bit", "uh you're a useless wimp even your wife looks down on you"],
      violence: ["uh the light in your stairwell is broken right be careful going up at night", "don't pay and our guys will be waiting outside your workshop when you get off work", "uh you'd better pray our boys don't find you"],
      privacy_disclosure: ["uh we already sent a screenshot of your debt to your department manager", "we'll tell every household in your village about your debt", "uh we'll post your phone number and your debt online"],
      false_consequence: ["uh if you don't pay your medical insurance card will stop working right away", "if you don't pay your kid's school enrollment will be canceled", "uh your amount is already enough for a fraud charge a case will be filed right away"],
      extra_fee: ["uh to apply for a collection pause you pay a five hundred dollar pause deposit first", "each field visit we charge you travel by the mile", "uh paying off early still costs a five percent penalty"],
      new_borrowing: ["uh borrow some from your aunt isn't her family doing well", "withdraw your housing fund and if it's not enough use a pay later app", "uh sell your gold ring and pay part of it"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我有律师了 律师说你们不能再直接联系我'], ['agent', '呃好的 我们尊重 请把律师的联系方式发过来 以后我们只跟律师沟通']],
      [['debtor', '呃我老公车祸去世了 家里就我一个人撑着'], ['agent', '呃请节哀 这种时候我们不会催您 我们把账户转到特殊关怀 等您方便再说']],
      [['agent', '呃我们不会联系您的部门经理 也不会在网上挂您的任何信息']],
      [['agent', '停催不需要押金 外访也不收交通费']],
      [['debtor', '呃你才是窝囊废'], ['agent', '呃好的 今天就不打扰您了']],
    ],
    en: [
      [['debtor', "uh i have a lawyer now he says you can't contact me directly anymore"], ['agent', "uh okay we respect that please send us your lawyer's contact info and we'll only talk to your lawyer from now on"]],
      [['debtor', "uh my husband died in a car accident i'm holding the family together alone"], ['agent', "uh i'm so sorry for your loss we won't pursue you at a time like this we'll move the account to special care and talk whenever you're ready"]],
      [['agent', "uh we won't contact your department manager and we won't post any of your information online"]],
      [['agent', "pausing collection doesn't need a deposit and field visits have no travel charge"]],
      [['debtor', "uh you're the useless wimp"], ['agent', "uh okay we won't bother you any more today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我都说了八百遍了 别再给我打电话了', '呃八百遍也没用 今天不还钱 明天接着打'],
      ignored_attorney: ['呃你们跟我律师联系 他的电话你们有', '呃你律师是律师 钱是你借的 你先转个两千过来'],
      ignored_dispute: ['呃你们这个逾期罚息算得不对 比合同多了一倍', '呃罚息是系统算的 不会错 你按系统的数还就行'],
      ignored_hardship: ['呃我在工地上摔断了腰 现在躺在床上动不了', '呃躺着也能用手机转账 你先转五百过来'],
    },
    en: {
      ignored_stop_request: ["uh i've told you a thousand times stop calling me", "uh a thousand times won't help no money today means we call again tomorrow"],
      ignored_attorney: ["uh contact my lawyer you have his number", "uh your lawyer's your lawyer you borrowed the money send two thousand over first"],
      ignored_dispute: ["uh your late penalty is calculated wrong it's double what the contract says", "uh the penalty's calculated by the system it's not wrong just pay what the system shows"],
      ignored_hardship: ["uh i broke my back on the construction site i'm stuck in bed and can't move", "uh you can transfer money from bed send five hundred first"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他姑姑 他在外地上学'], ['agent', '呃那你跟他说一下 他在我们这的学生贷逾期了 尽快还']],
    en: [['third_party', "uh i'm his aunt he's away at college"], ['agent', "uh then let him know his student loan with us is overdue and he should pay soon"]],
  },
};
