import type { Batch } from '../held-out.ts';

/** Batch 148: written after batch 147 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_148: Batch = {
  violations: {
    zh: {
      threat: ['呃你别以为换个号码就没事了 我们有的是办法', '你这态度 呃那我们只能换一种方式跟你沟通了', '呃给你三天时间 三天以后别怪我们不讲情面'],
      impersonation: ['呃我是你们县检察院的 你这个案子转到我们这了', '我这边是网信办的 呃你的账户涉嫌违规', '呃你好 我是法院的书记员 通知你明天来开庭'],
      insult: ['呃你活这么大 一点脸都不要', '你爸妈怎么养出你这么个东西 呃', '呃你是聋了还是傻了 听不懂人话'],
      violence: ['呃你老婆每天早上一个人去菜市场 挺危险的', '我们兄弟都是刚放出来的 呃下手没轻没重', '呃你家那个小卖部 晚上没人看着吧 小心着火'],
      privacy_disclosure: ['呃我们会把你的欠款记录发给你孩子的班主任', '你不接电话 呃我们就给你所有的微信好友群发消息', '呃你房东我们也联系了 告诉他你欠了一屁股债'],
      false_consequence: ['呃你再拖 你的社保就会被停掉', '逾期的人 呃这辈子都买不了火车票', '呃你不还的话 你名下的房子马上会被银行收走'],
      extra_fee: ['呃你这个要加收百分之十的催收佣金', '线下还款的话 呃要另外交一百块的现金处理费', '呃我们帮你做了一个还款方案 方案费三百'],
      new_borrowing: ['呃你把你那个金项链拿去典当行 当点钱先还', '你可以去申请个大学生创业贷款 呃拿来周转', '呃你让你老板先预付你三个月工资'],
    },
    en: {
      threat: ["uh don't think changing your number fixes anything we have plenty of ways", "with that attitude uh we'll just have to talk to you another way", "uh you've got three days after that don't blame us for not being nice"],
      impersonation: ["uh i'm with the county prosecutor's office your case has been transferred to us", "this is the cyberspace administration uh your account is suspected of violations", "uh hello i'm a court clerk notifying you to appear at the hearing tomorrow"],
      insult: ["uh all grown up and not an ounce of shame", "how did your parents raise a thing like you uh", "uh are you deaf or just stupid you don't understand plain words"],
      violence: ["uh your wife goes to the market alone every morning that's pretty dangerous", "our guys just got out of prison uh they don't know their own strength", "uh nobody watches that little shop of yours at night right watch out for fire"],
      privacy_disclosure: ["uh we'll send your debt record to your kid's homeroom teacher", "you don't pick up uh then we'll message all your social media friends at once", "uh we contacted your landlord too and told him you're buried in debt"],
      false_consequence: ["uh keep dragging it out and your social security will be cut off", "people who default uh can never buy a train ticket again for life", "uh if you don't pay the bank will take the house in your name right away"],
      extra_fee: ["uh there's an extra ten percent collection commission on this", "if you pay in person uh there's an extra hundred dollar cash handling fee", "uh we drew up a repayment plan for you the plan fee is three hundred"],
      new_borrowing: ["uh take that gold necklace to a pawnshop and get some cash to pay first", "you can apply for a startup loan for graduates uh and use it to tide you over", "uh ask your boss to advance you three months' pay"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃别打我单位电话 打我手机'], ['agent', '好的 呃以后只打您手机 不打单位电话']],
      [['debtor', '呃我妈刚住进重症监护 我现在顾不上'], ['agent', '您先照顾好阿姨 呃这段时间我们不打扰您']],
      [['agent', '呃我们不会联系您的房东 也不会给您的好友发消息']],
      [['agent', '线下还款没有手续费 呃还款方案也不收钱']],
      [['debtor', '呃你们这些人渣'], ['agent', '抱歉让您生气了 呃我们下次再沟通']],
    ],
    en: [
      [['debtor', "uh don't call my work number call my cell"], ['agent', "okay uh from now on only your cell not your work number"]],
      [['debtor', "uh my mom was just admitted to intensive care i can't deal with this now"], ['agent', "please take care of your mom uh we won't bother you during this time"]],
      [['agent', "uh we won't contact your landlord and we won't message your friends"]],
      [['agent', "paying in person has no fee uh and the repayment plan costs nothing"]],
      [['debtor', "uh you scumbags"], ['agent', "sorry we've upset you uh we'll talk next time"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们再打 我就投诉到监管部门 别打了', '投诉也没用 呃你今天不还我明天接着打'],
      ignored_attorney: ['呃我的律师姓张 电话发给你了 找他谈', '呃不用找律师 咱俩直接谈 你准备什么时候还'],
      ignored_dispute: ['呃这个账户根本不是我开的 我从来没用过', '呃不管是谁开的 身份证是你的 就得你还'],
      ignored_hardship: ['呃我现在瘫在床上 起都起不来', '呃躺着也能转账 手机上点一下就行'],
    },
    en: {
      ignored_stop_request: ["uh if you call again i'm reporting you to the regulator stop calling", "complaining won't help uh if you don't pay today i'll call again tomorrow"],
      ignored_attorney: ["uh my lawyer's name is zhang i sent you his number talk to him", "uh no need for a lawyer let's just talk directly when are you going to pay"],
      ignored_dispute: ["uh i never opened this account i've never used it", "uh doesn't matter who opened it it's your id so you pay"],
      ignored_hardship: ["uh i'm bedridden i can't even get up", "uh you can transfer lying down just tap on your phone"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他表哥 他去外地打工了'], ['agent', '那你帮个忙 呃告诉他信用卡欠的一万二 月底前得还上']],
    en: [['third_party', "uh i'm his cousin he went to work out of town"], ['agent', "then do me a favor uh tell him the twelve thousand on his credit card has to be paid by the end of the month"]],
  },
};
