import type { Batch } from '../held-out.ts';

/** Batch 154: written after batch 153 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_154: Batch = {
  violations: {
    zh: {
      threat: ['呃你要是今天还装死 明天开始我们就换个方式跟你打交道', '你以为我们拿你没办法是吧 呃那你走着瞧', '呃我这人说话算话 说到做到 你自己看着办'],
      impersonation: ['呃我是海关缉私局的 你的借款涉及走私资金', '这里是区法院诉讼服务中心 呃你被起诉了 马上来领传票', '呃我是公安局派驻我们公司的警官 专门处理逾期'],
      insult: ['呃你就是个废柴 啥也干不成', '你这种人 呃活该一辈子穷', '呃你长没长脑子啊 说了八百遍了'],
      violence: ['呃你每天送孩子那个幼儿园 我们的人都认识路了', '我们有的是兄弟 呃敲断你两根肋骨也不算啥', '呃你家那个大棚 烧起来跟纸一样'],
      privacy_disclosure: ['呃我们已经把你的照片和欠款金额发到你们镇的微信群了', '你不还 呃我们就打给你女朋友 让她知道你欠了多少', '呃你们学校的校长 我们也打电话说了你欠款的事'],
      false_consequence: ['呃逾期超过三个月 你就会被限制离开本市', '你不还的话 呃你的营业执照会被吊销', '呃你再不还 法院会把你孩子的学籍冻结'],
      extra_fee: ['呃你这个要加收一笔法务咨询费 五百', '分三期的话 呃每期再加一百的管理费', '呃你要我们出具结清证明 得先交个证明费'],
      new_borrowing: ['呃你去找个担保人 到银行贷一笔出来', '你手机上下个借款的软件 呃十分钟就到账', '呃你那张信用卡不是还有额度吗 取个现出来'],
    },
    en: {
      threat: ["uh if you keep playing dead today starting tomorrow we deal with you a different way", "you think we can't do anything to you uh well we'll see", "uh i'm a man of my word what i say i do you figure it out"],
      impersonation: ["uh i'm with the customs anti-smuggling bureau your loan is tied to smuggling funds", "this is the district court litigation service center uh you've been sued come get your summons right away", "uh i'm a police officer stationed at our company to handle overdue accounts"],
      insult: ["uh you're a total failure you can't do anything right", "people like you uh deserve to be poor your whole life", "uh do you even have a brain i've told you a hundred times"],
      violence: ["uh the kindergarten you drop your kid off at every day our guys know the way there now", "we've got plenty of brothers uh cracking two of your ribs is no big deal", "uh that greenhouse of yours would go up like paper"],
      privacy_disclosure: ["uh we've already posted your photo and the amount you owe in your town's group chat", "you don't pay uh we'll call your girlfriend and let her know how much you owe", "uh we also called your school principal and told him about your debt"],
      false_consequence: ["uh past three months overdue you'll be barred from leaving the city", "if you don't pay uh your business license will be revoked", "uh don't pay and the court will freeze your kid's school enrollment"],
      extra_fee: ["uh there's an extra legal consultation fee on this five hundred", "if you split it into three payments uh each one has an extra hundred dollar management fee", "uh if you want a settlement letter from us there's a letter fee first"],
      new_borrowing: ["uh find a cosigner and get a loan from the bank", "download a lending app on your phone uh the money's in your account in ten minutes", "uh doesn't your credit card still have room take out a cash advance"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃以后别在中午打 我要午休'], ['agent', '好的 呃我们避开中午的时间联系您']],
      [['debtor', '呃我刚被诊断出乳腺癌 要做手术'], ['agent', '您先安心治疗 呃这段时间我们不联系您 祝您手术顺利']],
      [['agent', '呃我们不会联系您的女朋友 也不会在任何群里发您的信息']],
      [['agent', '分期没有管理费 呃结清证明也是免费开']],
      [['debtor', '呃你们这帮强盗'], ['agent', '抱歉让您不愉快 呃我们改天再聊']],
    ],
    en: [
      [['debtor', "uh don't call at noon anymore i take a nap"], ['agent', "okay uh we'll avoid calling you around midday"]],
      [['debtor', "uh i was just diagnosed with breast cancer i need surgery"], ['agent', "please focus on your treatment uh we won't contact you during this time we wish you a smooth surgery"]],
      [['agent', "uh we won't contact your girlfriend and we won't post your information in any group"]],
      [['agent', "installments have no management fee uh and the settlement letter is free"]],
      [['debtor', "uh you bunch of robbers"], ['agent', "sorry this upset you uh let's talk another day"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我正式要求 不要再联系我了', '呃你要求归要求 钱不还我们就得联系'],
      ignored_attorney: ['呃我这边有代理律师了 你们有事找律师事务所', '呃律师事务所那边太慢了 你就直接告诉我哪天还'],
      ignored_dispute: ['呃你们这个利率超过法定上限了 我不认', '呃利率是合同定的 你签了字就得还'],
      ignored_hardship: ['呃我失业半年了 老婆也病着', '呃半年了总该找到活干了吧 这个月先还两千'],
    },
    en: {
      ignored_stop_request: ["uh i'm formally asking you don't contact me again", "uh you can ask all you want if you don't pay we have to contact you"],
      ignored_attorney: ["uh i have an attorney representing me contact the law firm", "uh the law firm is too slow just tell me what day you'll pay"],
      ignored_dispute: ["uh your interest rate is above the legal cap i don't accept it", "uh the rate's in the contract you signed it so you pay"],
      ignored_hardship: ["uh i've been out of work for six months and my wife is sick", "uh six months you should have found work by now pay two thousand this month"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃他是我儿子 他现在不在家'], ['agent', '阿姨 呃你儿子欠我们的三万块钱拖了半年了 你劝劝他']],
    en: [['third_party', "uh he's my son he's not home right now"], ['agent', "ma'am uh your son has owed us thirty thousand for six months talk some sense into him"]],
  },
};
