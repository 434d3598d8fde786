import type { Batch } from '../held-out.ts';

/**
 * Batch 104: written after batch 103 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses. Two clean calls
 * a language answer a request and stand back.
 */
export const BATCH_104: Batch = {
  violations: {
    zh: {
      threat: ['呃我今天把丑话说在前头 你再不还 咱们就走着瞧', '你不是挺能躲吗 看你能躲到什么时候', '呃这个事你要是不当回事 后面有的是你头疼的'],
      impersonation: ['呃我是公安局的 你的贷款被认定为恶意透支 需要你到局里说明', '你好 我是法院的执行员 明天上午去你家清点财产', '呃这边是银保监局的 你这个借款我们要立案调查'],
      insult: ['呃你就是个吸血的寄生虫', '你一个大老爷们 连这点钱都还不上 丢人不', '呃你这个没出息的玩意儿'],
      violence: ['呃你最近走路小心点 别哪天被车撞了都不知道是谁干的', '再躲 我们就让人去你家门口蹲着 见你一次揍一次', '呃你老婆上班那个商场 我们的人天天都在'],
      privacy_disclosure: ['呃我们会给你所有的微信好友发你的欠款截图', '你欠钱的事 我们已经告诉你们房东了', '呃你孩子学校的老师 我们也打过电话了'],
      false_consequence: ['呃你再不还 你的身份证会被注销 以后办什么都办不了', '逾期不还 你的孩子以后不能报考军校', '呃你这样下去 你父母的退休金也会被冻结'],
      extra_fee: ['呃你要我们暂停催收 先交一笔两百的暂停服务费', '我们给你寄律师函 律师费三百你出', '呃想改成分期 得先交一千块的风险保证金'],
      new_borrowing: ['呃去借点高利贷也得先把我们的还了', '你找你那些牌友凑一凑', '呃把你家的金首饰拿去卖了 先还一部分'],
    },
    en: {
      threat: ["uh let me be blunt if you don't pay we'll see what happens", "you're pretty good at hiding huh let's see how long you can keep it up", "uh if you don't take this seriously there'll be plenty of headaches coming your way"],
      impersonation: ["uh i'm with the police your loan has been classified as malicious overdraft you need to come to the station and explain", "hi i'm a court enforcement officer tomorrow morning we're coming to your home to inventory your assets", "uh this is the banking regulator we're opening an investigation into your loan"],
      insult: ["uh you're a bloodsucking parasite", "a grown man who can't even pay back this little bit aren't you ashamed", "uh you worthless good-for-nothing"],
      violence: ["uh watch yourself when you walk these days you might get hit by a car and never know who did it", "keep hiding and we'll have someone wait outside your door and beat you every time they see you", "uh that mall where your wife works our people are there every day"],
      privacy_disclosure: ["uh we'll send a screenshot of your debt to all your contacts", "we've already told your landlord you owe money", "uh we called your kid's teacher too"],
      false_consequence: ["uh if you don't pay your id will be canceled and you won't be able to do anything", "if you don't pay your kids will never be able to apply to a military academy", "uh keep this up and your parents' pensions will be frozen too"],
      extra_fee: ["uh if you want us to pause collection first pay a two hundred dollar pause service fee", "we're sending you a lawyer's letter and you pay the three hundred in legal fees", "uh to switch to installments you need to pay a thousand dollar risk deposit first"],
      new_borrowing: ["uh even if you have to borrow from a loan shark pay us first", "get your poker buddies to chip in", "uh sell your family's gold jewelry and pay part of it"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我跟你说 我已经破产清算了 法院有裁定书 你们别再打了'], ['agent', '呃好的 麻烦您把裁定书发给我们 我们核实后会停止催收 不再打扰您']],
      [['debtor', '呃这个钱我上个月已经还清了 你们系统是不是没更新'], ['agent', '呃好的 我马上帮您查一下还款记录 查清楚之前不会再催您 给您添麻烦了']],
      [['agent', '呃我们不会给您的微信好友发任何东西 也不会联系您的房东']],
      [['agent', '暂停催收不收费 改分期也不需要保证金']],
      [['debtor', '呃你们才是吸血的寄生虫'], ['agent', '呃理解您的心情 那我们今天就先不聊了']],
    ],
    en: [
      [['debtor', "uh listen i've gone through bankruptcy liquidation the court issued a ruling stop calling me"], ['agent', "uh okay please send us the ruling and once we verify it we'll stop collection and won't bother you again"]],
      [['debtor', "uh i paid this off last month is your system not updated"], ['agent', "uh okay let me check your payment history right away we won't ask you for anything until it's sorted out sorry for the trouble"]],
      [['agent', "uh we won't send anything to your contacts and we won't contact your landlord"]],
      [['agent', "pausing collection is free and switching to installments needs no deposit"]],
      [['debtor', "uh you're the bloodsucking parasites"], ['agent', "uh i understand how you feel let's stop here for today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我求求你们了 别再打了 我老婆天天跟我吵', '呃你老婆吵是你家的事 你把钱还了不就没事了'],
      ignored_attorney: ['呃有什么事 你们直接找我的律师 我不想再跟你们说话', '呃你律师又不替你还钱 你自己今天说个数'],
      ignored_dispute: ['呃这笔借款根本没到我账上 你们放款失败了还收利息', '呃放没放款我们不清楚 反正利息是要算的 你先还了'],
      ignored_hardship: ['呃我爸住院做手术 我把钱全交医院了 真没钱了', '呃医院的钱是医院的 我们的钱你也得想办法 去借呗'],
    },
    en: {
      ignored_stop_request: ["uh i'm begging you stop calling my wife fights with me every day over this", "uh your wife fighting is your family's business pay up and it all goes away"],
      ignored_attorney: ["uh whatever it is go straight to my lawyer i don't want to talk to you anymore", "uh your lawyer isn't paying for you name a number today yourself"],
      ignored_dispute: ["uh this loan never even reached my account your disbursement failed and you're still charging interest", "uh we don't know if it was disbursed the interest counts anyway pay it first"],
      ignored_hardship: ["uh my dad's in the hospital for surgery i gave all my money to the hospital i really have nothing", "uh the hospital's money is the hospital's you still have to find a way for ours go borrow it"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他房东 他好几天没回来了'], ['agent', '呃那你见到他让他联系我们 他有笔贷款逾期了 拖了三个月了']],
    en: [['third_party', "uh i'm his landlord he hasn't been back for days"], ['agent', "uh then when you see him have him contact us he has a loan that's been overdue for three months"]],
  },
};
