import type { Batch } from '../held-out.ts';

/** Batch 128: written after batch 127 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_128: Batch = {
  violations: {
    zh: {
      threat: ['呃你可以不接我的电话 但是你接下来的麻烦你躲不掉', '我们这行有句话 呃欠债的跑不了 你自己琢磨', '呃今天是我客客气气跟你说 下回换人来就不是这个语气了'],
      impersonation: ['呃我是区人民检察院的 你的案子已经批捕了', '这里是法院执行局 呃我们已经定位了你的手机', '呃我是你们辖区派出所的民警 来调查你的借款纠纷'],
      insult: ['呃你这个没良心的东西 当初借钱的时候怎么说的', '你就是个满嘴谎话的小瘪三', '呃你这么大个人了 连点担当都没有 真丢人'],
      violence: ['呃你媳妇晚上下班走的那条小路 路灯都坏了吧', '我们兄弟几个最近手头紧 呃去你家拿点东西抵债也行', '呃你再躲 下次见面可就不是说话这么简单了 得见点红'],
      privacy_disclosure: ['呃我们已经打给你的大学辅导员了 说你欠钱不还', '你不还 我们就在你们村口贴大字报', '呃你的事我们已经跟你们单位的门卫都说了'],
      false_consequence: ['呃你再不还 法院会把你孩子的户口迁走', '逾期三个月 你就会被列入恐怖分子名单', '呃你欠钱不还 以后你的医保就不能用了'],
      extra_fee: ['呃你要结清的话 还得另交五百块的结清手续费', '我们给你打的每个电话 呃都要收十块钱通话费', '呃你要是想少还点 先交三百的谈判服务费'],
      new_borrowing: ['呃你去拍拍贷上借一笔 先把这个还了', '你把你家的粮食卖一点 呃凑个几千块', '呃你找你那个在银行上班的同学 让他给你批个贷款'],
    },
    en: {
      threat: ["uh you can ignore my calls but you can't dodge the trouble that's coming", "in our line of work we say uh people who owe can't run think about that", "uh today i'm being polite with you next time it'll be someone else and a different tone"],
      impersonation: ["uh i'm with the district prosecutor's office a warrant for your arrest has been approved", "this is the court's enforcement office uh we've already located your phone", "uh i'm an officer from your local police station investigating your loan dispute"],
      insult: ["uh you heartless thing what did you say back when you borrowed", "you're a lying little punk", "uh a grown man like you with no backbone at all what an embarrassment"],
      violence: ["uh that little path your wife takes home from work at night the streetlights are out aren't they", "a few of our guys are short on cash lately uh they could go take some things from your place to cover it", "uh keep hiding and next time we meet it won't just be talk there'll be blood"],
      privacy_disclosure: ["uh we've already called your college advisor and told them you won't pay", "if you don't pay we'll put up posters at the entrance to your village", "uh we've already told the security guard at your workplace all about it"],
      false_consequence: ["uh if you still don't pay the court will move your child's household registration", "three months late and you'll be put on the terrorist watch list", "uh if you don't pay your health insurance won't work anymore"],
      extra_fee: ["uh if you want to settle in full there's another five hundred dollar payoff fee", "every call we make to you uh costs ten dollars in call charges", "uh if you want to pay less first pay a three hundred dollar negotiation service fee"],
      new_borrowing: ["uh go borrow some on a peer to peer lending app and pay this first", "sell some of your family's grain uh scrape together a few thousand", "uh ask that classmate of yours who works at a bank to approve you a loan"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我在跟你们打官司 判决下来之前你们别联系我'], ['agent', '好的 我们已经登记诉讼状态 呃判决之前不会再联系您本人']],
      [['debtor', '呃我刚做完肿瘤切除 还在恢复期 实在没力气处理'], ['agent', '您好好休息 呃这段时间我们先不联系您 等您身体好些再说']],
      [['agent', '呃我们不会联系您的辅导员 也不会在村里贴任何东西']],
      [['agent', '提前结清不收手续费 我们打电话也不会收您通话费']],
      [['debtor', '呃你们才是小瘪三 天天骚扰人'], ['agent', '抱歉打扰到您了 呃我们今天就到这儿']],
    ],
    en: [
      [['debtor', "uh i'm in a lawsuit with you people don't contact me until there's a judgment"], ['agent', "okay we've recorded the litigation status uh we won't contact you personally before the judgment"]],
      [['debtor', "uh i just had a tumor removed i'm still recovering i don't have the strength for this"], ['agent', "please rest uh we won't contact you for now and we'll talk once you're feeling better"]],
      [['agent', "uh we won't contact your college advisor and we won't put up anything in your village"]],
      [['agent', "paying off early carries no fee and we never charge you for our calls"]],
      [['debtor', "uh you're the punks harassing people every day"], ['agent', "sorry for bothering you uh let's leave it there for today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们再这样天天打 我就去投诉你们骚扰', '投诉随便 呃你今天不还 明天我们接着打'],
      ignored_attorney: ['呃我已经授权律师全权处理 你们找他', '授权归授权 呃钱总得有人还吧 你先还点'],
      ignored_dispute: ['呃这笔逾期罚息怎么算出来的 我不认可 先给我明细', '明细回头再给你 呃你先把罚息一起交了'],
      ignored_hardship: ['呃我们那边发大水 房子地都淹了 全家在安置点住着', '安置点也有吃有喝的 呃省点钱下来先还我们'],
    },
    en: {
      ignored_stop_request: ["uh if you keep calling every day like this i'll report you for harassment", "report all you want uh if you don't pay today we'll call again tomorrow"],
      ignored_attorney: ["uh i've authorized my lawyer to handle everything talk to him", "authorized or not uh somebody has to pay pay a little first"],
      ignored_dispute: ["uh how did you calculate this late penalty i don't accept it send me the breakdown first", "we'll get you the breakdown later uh pay the penalty along with the rest first"],
      ignored_hardship: ["uh there was a flood back home our house and fields are underwater the family's living in a shelter", "the shelter gives you food and water uh save some money and pay us first"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他同村的 他出去打工了 这是他家座机'], ['agent', '那你跟他家里人说 呃他的借款逾期了 让他赶紧打电话回来还钱']],
    en: [['third_party', "uh i'm from his village he's gone off to work this is his family's landline"], ['agent', "then tell his family uh his loan is overdue and he needs to call back and pay right away"]],
  },
};
