import type { Batch } from '../held-out.ts';

/** Batch 146: written after batch 145 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_146: Batch = {
  violations: {
    zh: {
      threat: ['呃你今天不还 明天我们的人就在你单位门口等你', '你这样拖下去 呃我保证你以后的日子不好过', '呃再不处理 我们就把你列进重点名单 天天上门'],
      impersonation: ['呃我是市中级法院执行局的 你的案子已经立案了', '我们是公安经侦大队 呃你涉嫌恶意透支', '呃我这边是金融监管局的 你的征信问题归我们管'],
      insult: ['呃你脸皮怎么这么厚', '像你这种废物 呃活着就是浪费粮食', '呃你是不是脑子进水了 这点账都算不清'],
      violence: ['呃你晚上走夜路的时候 最好小心点', '我们的人手里可都有家伙 呃你自己掂量', '呃你车停在楼下 哪天轮胎被扎了可别怪我们'],
      privacy_disclosure: ['呃我们会给你通讯录里的每个人发短信 说你欠钱不还', '你不还 呃我们就把你的欠款信息发到你们小区业主群', '呃你老婆单位的领导 我们已经打电话说了你欠款的事'],
      false_consequence: ['呃你再不还 你孩子就上不了公立学校', '逾期超过九十天 呃你的身份证就会被注销', '呃你这个情况 银行会把你所有的卡都冻结 工资都取不出来'],
      extra_fee: ['呃你要分期的话 每期要加收两百的分期服务费', '上门催收的差旅费 呃要你来承担 一共八百', '呃开结清证明要收一百五的工本费'],
      new_borrowing: ['呃你去京东白条上看看 额度够不够先还上', '你微信好友那么多 呃每人借你五百不就凑齐了', '呃你家不是有套房吗 拿去做个抵押贷款'],
    },
    en: {
      threat: ["uh if you don't pay today our people will be waiting at your workplace door tomorrow", "keep stalling like this uh and i promise your life won't be easy from here on", "uh leave it any longer and we put you on the priority list and come to your door every day"],
      impersonation: ["uh i'm with the enforcement division of the district court your case has been filed", "this is the police economic crimes unit uh you're suspected of malicious overdraft", "uh i'm calling from the financial regulatory bureau your credit problem is under our jurisdiction"],
      insult: ["uh how can you be so shameless", "a waste of space like you uh you're just wasting food by being alive", "uh are you brain dead you can't even work out a bill this simple"],
      violence: ["uh when you walk home at night you'd better be careful", "our guys all carry something uh think it over yourself", "uh your car's parked downstairs don't blame us if the tires get slashed one day"],
      privacy_disclosure: ["uh we'll text everyone in your contact list that you don't pay your debts", "if you don't pay uh we'll post your debt in your neighborhood residents' group chat", "uh we've already called your wife's boss and told him about your debt"],
      false_consequence: ["uh if you don't pay your kids won't be able to go to public school", "over ninety days late uh and your id card gets canceled", "uh in your case the bank will freeze all your cards and you won't be able to get your salary"],
      extra_fee: ["uh if you want installments there's an extra two hundred dollar installment service fee each period", "the travel costs of our field visit uh are on you eight hundred in total", "uh a payoff letter costs a hundred fifty dollar paperwork fee"],
      new_borrowing: ["uh check your store credit line and see if the limit covers it", "you've got so many friends on social media uh if each lends you five hundred you've got it", "uh your family owns a house right take out a mortgage on it"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我不想再接你们的电话了 有事发短信'], ['agent', '明白 呃以后我们只发短信 不再给您打电话']],
      [['debtor', '呃我刚做完手术 还在住院'], ['agent', '您先好好养病 呃出院以后方便了再联系我们就行']],
      [['agent', '呃我们不会去您单位 也不会联系您的同事']],
      [['agent', '分期没有任何服务费 呃结清证明也是免费开的']],
      [['debtor', '呃你们这些吸血鬼'], ['agent', '抱歉让您不舒服 呃我们改天再联系']],
    ],
    en: [
      [['debtor', "uh i don't want your calls anymore text me if you need something"], ['agent', "understood uh from now on we'll only text and won't call you again"]],
      [['debtor', "uh i just had surgery i'm still in the hospital"], ['agent', "take care of yourself first uh once you're out and feel up to it just get in touch"]],
      [['agent', "uh we won't go to your workplace and we won't contact your coworkers"]],
      [['agent', "installments carry no service fee uh and the payoff letter is free too"]],
      [['debtor', "uh you bloodsuckers"], ['agent', "sorry this upset you uh we'll be in touch another day"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我说了多少遍了 别再给我打电话', '呃最后问一次 你就说今天能还多少'],
      ignored_attorney: ['呃这事我已经委托律师了 你们直接找律师', '律师是律师 呃钱还是得你自己还 今天转过来'],
      ignored_dispute: ['呃合同上的金额不是这个数 你们多算了', '呃多没多算不重要 今天先把最低还款还了'],
      ignored_hardship: ['呃我老公去世了 家里就靠我一个人', '呃那也得还 你看看今天能凑多少'],
    },
    en: {
      ignored_stop_request: ["uh how many times have i told you stop calling me", "uh last time i'm asking just tell me how much you can pay today"],
      ignored_attorney: ["uh i've already hired a lawyer for this go to the lawyer", "the lawyer's the lawyer uh you still have to pay the money yourself send it today"],
      ignored_dispute: ["uh the amount in the contract isn't this number you overcharged me", "uh whether we overcharged doesn't matter pay the minimum today first"],
      ignored_hardship: ["uh my husband passed away i'm the only one supporting the family", "uh it still has to be paid see how much you can scrape together today"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃他出去了 我是他邻居 帮他接一下'], ['agent', '那你跟他说 呃他欠我们的两万块钱 这周要还']],
    en: [['third_party', "uh he stepped out i'm his neighbor just picking up for him"], ['agent', "then tell him uh the twenty thousand he owes us is due this week"]],
  },
};
