import type { Batch } from '../held-out.ts';

/** Batch 160: written after batch 159 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_160: Batch = {
  violations: {
    zh: {
      threat: ['呃这个月你不处理 下个月就轮到你家里人头疼了', '你要是敢换号 呃我们照样能找上门', '呃我劝你别跟我们较劲 你玩不起'],
      impersonation: ['呃我是公安局的民警 现在对你进行电话询问', '这里是中级人民法院执行二庭 呃请你明天上午来法院一趟', '呃我是社区民警 你们家的情况我都了解'],
      insult: ['呃你就是个无耻的老赖', '你这种人 呃给你脸都是多余', '呃你这脑袋 是不是被驴踢了'],
      violence: ['呃你出门的时候 最好回头看看有没有人跟着', '我们的人 呃专门收拾你这种嘴硬的', '呃你家那辆电动车 要是哪天被人剪了线 可别怪我们'],
      privacy_disclosure: ['呃我们已经给你岳父母打过电话 说了你欠钱的事', '你不还 呃我们就去你老家 挨家挨户告诉乡亲们', '呃你们车间主任 我们已经通知了'],
      false_consequence: ['呃逾期了 你的手机号码会被运营商回收', '你不还 呃你的退休金以后会被直接扣光', '呃再拖下去 你的存款会被银行直接划走'],
      extra_fee: ['呃你要调整还款日 需要交一笔两百的调整费', '我们帮你申请了停息 呃不过要收三百的手续费', '呃每个月的账户管理费是五十 你一直没交'],
      new_borrowing: ['呃你去你们村的信用社 办个小额农户贷', '你那个保单 呃可以退了 不行就拿去贷款', '呃你去找你以前的同学 一人借一点'],
    },
    en: {
      threat: ["uh if you don't deal with it this month next month it'll be your family's headache", "if you dare change your number uh we'll still show up at your door", "uh take my advice don't pick a fight with us you can't afford to play this game"],
      impersonation: ["uh i'm a police officer and i'm questioning you over the phone now", "this is the second enforcement division of the intermediate court uh come to the court tomorrow morning", "uh i'm your community police officer i know all about your family's situation"],
      insult: ["uh you're a shameless deadbeat", "someone like you uh giving you any respect is a waste", "uh did a donkey kick you in the head"],
      violence: ["uh when you go out you'd better look over your shoulder to see if anyone's following", "our people uh specialize in sorting out loudmouths like you", "uh if someone cuts the wires on your scooter one day don't blame us"],
      privacy_disclosure: ["uh we already called your in-laws and told them you owe money", "you don't pay uh we'll go to your hometown and tell every household", "uh we've notified your workshop supervisor"],
      false_consequence: ["uh once you're overdue the carrier reclaims your phone number", "you don't pay uh and your retirement pension gets docked to zero", "uh drag it out and the bank will take the money straight out of your savings"],
      extra_fee: ["uh changing your payment date costs a two hundred dollar adjustment fee", "we applied to stop the interest for you uh but there's a three hundred dollar processing fee", "uh the monthly account management fee is fifty and you haven't been paying it"],
      new_borrowing: ["uh go to your village credit union and take out a small farm loan", "that insurance policy of yours uh cash it in or borrow against it", "uh go to your old classmates and borrow a little from each"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃以后别打座机了 家里老人接了会担心'], ['agent', '明白 呃以后只打您的手机 不打座机']],
      [['debtor', '呃我得了肾结石 刚做完碎石 还疼着呢'], ['agent', '您好好休息 呃这几天我们不打扰您']],
      [['agent', '呃我们不会联系您的岳父母 也不会去您老家']],
      [['agent', '调整还款日不收费 呃停息也不需要交手续费']],
      [['debtor', '呃你们是土匪吗'], ['agent', '抱歉让您不愉快 呃有疑问可以打客服电话']],
    ],
    en: [
      [['debtor', "uh don't call the landline anymore the old folks worry when they pick up"], ['agent', "understood uh from now on only your cell not the landline"]],
      [['debtor', "uh i have kidney stones i just had them broken up and i'm still in pain"], ['agent', "please rest uh we won't bother you for the next few days"]],
      [['agent', "uh we won't contact your in-laws and we won't go to your hometown"]],
      [['agent', "changing the payment date is free uh and stopping interest has no processing fee"]],
      [['debtor', "uh what are you bandits"], ['agent', "sorry you're unhappy uh if you have questions you can call customer service"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃别再打了 你们再打我就拉黑', '呃拉黑了也得还钱 你说个日子'],
      ignored_attorney: ['呃我请了律师 有什么事你们找他沟通', '呃沟通可以 但是今天你得先还一部分'],
      ignored_dispute: ['呃我那笔分期早就申请退货退款了 怎么还在扣', '呃退货是商家的事 我们这边该还的还得还'],
      ignored_hardship: ['呃我下岗了 家里还有个病人', '呃谁家没点难处 这个月先还三千'],
    },
    en: {
      ignored_stop_request: ["uh stop calling if you call again i'm blocking you", "uh blocking us won't clear the debt just name a date"],
      ignored_attorney: ["uh i've hired a lawyer talk to him about anything", "uh we can talk to him but today you need to pay something first"],
      ignored_dispute: ["uh i returned that purchase and got a refund ages ago why are you still charging me", "uh the return is between you and the store you still pay what's owed here"],
      ignored_hardship: ["uh i got laid off and there's a sick person at home", "uh everybody has problems pay three thousand this month"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他们公司前台 他出去了'], ['agent', '那你帮我转告 呃他欠我们的贷款已经逾期两个月了']],
    en: [['third_party', "uh i'm the receptionist at his company he's out"], ['agent', "then please pass it on uh the loan he owes us is two months overdue"]],
  },
};
