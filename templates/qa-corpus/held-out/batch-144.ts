import type { Batch } from '../held-out.ts';

/** Batch 144: written after batch 143 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_144: Batch = {
  violations: {
    zh: {
      threat: ['呃你继续躲 躲得了和尚躲不了庙', '呃我们这边已经准备好了 就等你表态 不表态后果自负', '你要是敢把我拉黑 呃后面的事可就由不得你了'],
      impersonation: ['呃我是工商局的 你的店因为欠款要被查封', '这里是看守所 呃已经给你预留了床位', '呃我是反诈中心的警官 你这笔贷款涉及电信诈骗'],
      insult: ['呃你就是个没人要的垃圾', '你个赖账的无赖 呃良心被狗吃了', '呃就你这智商 也就配被人骗'],
      violence: ['呃你那个养猪场 要是哪天猪全病死了 你说得亏多少', '呃我们兄弟说了 要是见着你 先让你吃点苦头', '呃你家门锁挺旧的吧 一脚就开了'],
      privacy_disclosure: ['呃我们已经联系了你女儿的婆家 说你欠钱不还', '你要是不还 呃我们就在你们公司年会的时候去门口拉横幅', '呃你的欠款 我们已经告诉你孩子的钢琴老师了'],
      false_consequence: ['呃你不还 以后坐高铁的时候会被当场带走', '逾期的人 呃孩子连驾照都考不了', '呃你这个逾期再拖 你的微信零钱会被全部冻结'],
      extra_fee: ['呃你要是周末还款 得多交五十的周末处理费', '我们给你减了罚息 呃但要收三百的审批费', '呃你还款的时候 记得加上十块钱的转账手续费 是我们这边收的'],
      new_borrowing: ['呃你去问问你们村支书 村里有没有扶贫贷款', '你把你名下的那块宅基地 呃拿去抵押借钱', '呃你那个公积金 赶紧提出来或者贷出来还我们'],
    },
    en: {
      threat: ["uh keep hiding you can run but you can't hide forever", "uh we're all set on our end we're just waiting for your answer no answer and the consequences are on you", "if you dare block me uh what comes after won't be up to you"],
      impersonation: ["uh i'm with the business bureau your shop is being sealed over the debt", "this is the detention center uh we've reserved a bed for you", "uh i'm an officer at the anti-fraud center your loan is linked to telecom fraud"],
      insult: ["uh you're garbage nobody wants", "you deadbeat scoundrel uh the dogs ate your conscience", "uh with your iq you deserve to get scammed"],
      violence: ["uh that pig farm of yours if all the pigs got sick and died one day think how much you'd lose", "uh our guys said if they see you they'll make you suffer a little first", "uh your door lock's pretty old isn't it one kick and it's open"],
      privacy_disclosure: ["uh we've contacted your daughter's in-laws and told them you don't pay your debts", "if you don't pay uh we'll go hang a banner outside your company's annual party", "uh we've told your kid's piano teacher about your debt"],
      false_consequence: ["uh if you don't pay you'll be taken away on the spot next time you ride the train", "people who are late uh their kids can't even get a driver's license", "uh drag this out and every cent in your mobile wallet will be frozen"],
      extra_fee: ["uh if you pay on the weekend it's an extra fifty dollar weekend processing fee", "we reduced your penalty interest uh but there's a three hundred dollar approval fee", "uh when you pay remember to add a ten dollar transfer fee that we collect"],
      new_borrowing: ["uh ask your village head whether there are any poverty relief loans", "that plot of land in your name uh put it up as collateral and borrow", "uh your retirement fund take it out or borrow against it and pay us"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃你们打电话之前先发个短信 我不方便随时接'], ['agent', '好的 呃以后我们先发短信 您方便了再回复我们']],
      [['debtor', '呃我儿子出了车祸 还在重症监护室'], ['agent', '太让人揪心了 呃我们这段时间不联系您 祝孩子平安']],
      [['agent', '呃我们不会联系您女儿的婆家 也不会联系您孩子的老师']],
      [['agent', '周末还款不加收费用 呃转账也没有额外手续费']],
      [['debtor', '呃你们这帮没良心的无赖'], ['agent', '理解您的情绪 呃我们今天先不聊了']],
    ],
    en: [
      [['debtor', "uh text me before you call i can't always pick up"], ['agent', "okay uh from now on we'll text first and you can reply when it suits you"]],
      [['debtor', "uh my son was in a car accident he's still in intensive care"], ['agent', "that's so worrying uh we won't contact you during this time we hope he pulls through"]],
      [['agent', "uh we won't contact your daughter's in-laws and we won't contact your kid's teacher"]],
      [['agent', "paying on the weekend costs nothing extra uh and transfers carry no added fee"]],
      [['debtor', "uh you heartless scoundrels"], ['agent', "i understand how you feel uh let's not talk more today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃请你们停止联系我 我会通过官方渠道处理', '官方渠道太慢 呃你今天直接转给我就行'],
      ignored_attorney: ['呃我律师让我别跟你们说话 你们找他', '你不说话也得还 呃我就等你一句话 什么时候还'],
      ignored_dispute: ['呃你们的利息算法跟合同不一样 我要求重新核算', '核算也是这个数 呃你就别折腾了 先还'],
      ignored_hardship: ['呃我被诊断出肝癌晚期 没多少日子了', '那更得抓紧把账清了 呃别给家里留债'],
    },
    en: {
      ignored_stop_request: ["uh please stop contacting me i'll handle this through official channels", "official channels are too slow uh just send it to me directly today"],
      ignored_attorney: ["uh my lawyer told me not to talk to you go to him", "you don't have to talk but you still pay uh i just need one word when are you paying"],
      ignored_dispute: ["uh your interest calculation doesn't match the contract i want it recalculated", "recalculate and it's the same number uh don't bother just pay"],
      ignored_hardship: ["uh i've been diagnosed with late stage liver cancer i don't have much time", "all the more reason to clear the account uh don't leave debt to your family"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他的护工 他现在在做检查'], ['agent', '那你转告他 呃他有笔信用卡欠款逾期了 八千多']],
    en: [['third_party', "uh i'm his caregiver he's in the middle of a checkup"], ['agent', "then let him know uh his credit card debt is overdue over eight thousand"]],
  },
};
