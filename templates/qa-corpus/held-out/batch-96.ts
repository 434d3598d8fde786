import type { Batch } from '../held-out.ts';

/**
 * Batch 96: written after batch 95 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses. Two clean calls
 * a language answer a request and stand back.
 */
export const BATCH_96: Batch = {
  violations: {
    zh: {
      threat: ['呃你要是再装死 我们就换个方式跟你沟通了', '我们这边已经给你定性了 恶意拖欠 后面怎么处理你心里有数', '呃别到时候哭着求我们 那时候可就晚了'],
      impersonation: ['呃我是国家信访局的 你的欠款被投诉到我们这了', '你好这里是县公安局 你的贷款案子已经移交刑侦', '呃我是法院派来送达文书的 你现在在家吗'],
      insult: ['呃你是不是脑子进水了 借了钱还敢不接电话', '你这种人就该烂在家里', '呃你就是个骗子 全家都是骗子'],
      violence: ['呃你出门的时候多回头看看 说不定有人跟着', '再不还 我找人把你那个面馆的招牌砸了', '呃我们兄弟手重 到时候伤着你可别怪我'],
      privacy_disclosure: ['呃你欠钱的事 我们已经跟你孩子的同学家长说了', '明天我们会去你们单位门口发传单', '呃我们已经把你的情况发到你老婆的朋友圈下面了'],
      false_consequence: ['呃你不还钱 你爸妈的房子也要被拿去抵债', '逾期不还 你一辈子都不能出省', '呃再拖下去 你的孩子高考成绩都会作废'],
      extra_fee: ['呃你要我们不打你家人电话 得交一千块的保密费', '每次帮你改还款计划 收一百块的操作费', '呃你要是现在还 得另外付二百的快速通道费'],
      new_borrowing: ['呃你去找你前妻借点 她不是挺有钱的吗', '你把你那几个游戏账号卖了 也能凑点', '呃在银行申请个信用贷 先把我们这边结了'],
    },
    en: {
      threat: ["uh if you keep playing dead we'll switch to another way of talking to you", "we've already marked you as a willful defaulter you know what comes after that", "uh don't come crying to us later by then it'll be too late"],
      impersonation: ["uh i'm with the national bureau of letters and calls your debt was reported to us", "hi this is the county police department your loan case has been transferred to criminal investigation", "uh i'm from the court delivering legal documents are you home right now"],
      insult: ["uh is your head full of water you borrow money and then dodge our calls", "people like you should just rot at home", "uh you're a fraud and your whole family are frauds"],
      violence: ["uh keep looking over your shoulder when you go out someone might be following you", "don't pay and i'll get someone to smash the sign on that noodle shop of yours", "uh our guys hit hard don't blame me if you get hurt"],
      privacy_disclosure: ["uh we've already told the parents of your kid's classmates that you owe money", "tomorrow we'll hand out flyers outside your workplace", "uh we already posted your situation in the comments under your wife's social media"],
      false_consequence: ["uh if you don't pay your parents' house will be taken to cover the debt too", "if you don't pay you'll never be allowed to leave the province", "uh keep stalling and your kid's college entrance exam scores will be voided"],
      extra_fee: ["uh if you don't want us calling your family it's a thousand dollar privacy fee", "each time we change your repayment plan there's a hundred dollar processing charge", "uh if you pay now you need to add two hundred for the fast track"],
      new_borrowing: ["uh go borrow some from your ex-wife isn't she doing well", "sell those game accounts of yours that'll get you some cash", "uh apply for a personal loan at the bank and clear our account first"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我已经在走债务重组了 你们的债权人会议通知收到了吧 别再打给我'], ['agent', '呃收到了 好的 我们按重组程序来 不再单独给您打电话']],
      [['debtor', '呃我得了抑郁症 现在在治疗 听到你们电话就发抖'], ['agent', '呃非常抱歉 我们先暂停对您的电话联系 您好好治疗 有需要您再联系我们']],
      [['agent', '呃我们不会联系您孩子同学的家长 也不会去您单位发任何东西']],
      [['agent', '改还款计划不收操作费 现在还款也不用额外付钱']],
      [['debtor', '呃你们全家都是骗子'], ['agent', '呃理解您的顾虑 您可以打我们的官方热线核实']],
    ],
    en: [
      [['debtor', "uh i'm already in a debt restructuring you got the creditors meeting notice right stop calling me"], ['agent', "uh yes we got it okay we'll follow the restructuring process and won't call you separately"]],
      [['debtor', "uh i have depression i'm in treatment and your calls make me shake"], ['agent', "uh i'm very sorry we'll pause phone contact with you please focus on treatment and reach out whenever you need"]],
      [['agent', "uh we won't contact the parents of your kid's classmates and we won't hand anything out at your workplace"]],
      [['agent', "there's no processing charge to change your plan and paying now doesn't cost anything extra"]],
      [['debtor', "uh your whole family are frauds"], ['agent', "uh i understand your concern you can call our official hotline to check"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃求你们了 别再打了 我孩子都被吓哭了', '呃孩子哭是你的事 钱还了我们自然不打'],
      ignored_attorney: ['呃我的代理律师姓张 电话我发给你们了 找他', '呃张律师不接电话 我们只能找你 今天能还多少'],
      ignored_dispute: ['呃我要先看到借款合同原件 没有合同我不还', '呃原件在总部 你先还钱 合同以后寄给你'],
      ignored_hardship: ['呃我刚被诊断出白血病 正在等骨髓配型', '呃生病我们也同情 但是合同就是合同 这个月的钱得还'],
    },
    en: {
      ignored_stop_request: ["uh please i'm begging you stop calling my kid is crying from fear", "uh your kid crying is your business pay and we'll stop calling"],
      ignored_attorney: ["uh my attorney's name is zhang i sent you his number talk to him", "uh zhang doesn't pick up so we have to come to you how much can you pay today"],
      ignored_dispute: ["uh i need to see the original loan contract first no contract no payment", "uh the original's at headquarters pay first and we'll mail you the contract later"],
      ignored_hardship: ["uh i was just diagnosed with leukemia i'm waiting for a bone marrow match", "uh we sympathize with the illness but a contract is a contract this month's payment is due"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他干妈 他这几天住我这'], ['agent', '呃那你跟他说 他在我们这借了一万五 再不还要上征信了']],
    en: [['third_party', "uh i'm his godmother he's staying with me these days"], ['agent', "uh then tell him he borrowed fifteen thousand from us and if he doesn't pay it'll hit his credit"]],
  },
};
