import type { Batch } from '../held-out.ts';

/**
 * Batch 94: written after batch 93 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses. Two clean calls
 * a language answer a request and stand back.
 */
export const BATCH_94: Batch = {
  violations: {
    zh: {
      threat: ['呃这个电话你不接可以 下次来的就不是电话了', '你觉得我们会就这么算了吗 想都别想', '呃我把话放在这 这周不还 后面的事你兜不住'],
      impersonation: ['呃我是市纪委监委的 你的借款问题有人举报了', '你好 这边是法院的执行法官 你的银行卡已经被查控', '呃我是公安局网安大队的 你的手机号涉及网贷诈骗'],
      insult: ['呃你就是个废柴 干啥啥不行', '你这个人啊 扶不起的阿斗 烂泥糊不上墙', '呃像你这种老赖 就该被人戳脊梁骨'],
      violence: ['呃你每天几点收摊 走哪条路回家 我们都摸清楚了', '再不还 你家那辆电动车哪天轮胎没了别怪我们', '呃你最好别让我们在街上碰见你 碰见了有你好看的'],
      privacy_disclosure: ['呃我们已经打电话给你们厂的车间主任了 说你欠钱', '你欠钱的事 我们会在你们老乡会里说一说', '呃你儿媳妇的电话我们也有 她迟早会知道'],
      false_consequence: ['呃你再拖 你家孩子的低保就会被取消', '不还的话 你的营业执照下个月就会被吊销', '呃你这个已经构成犯罪了 下周就会有人来抓你'],
      extra_fee: ['呃你转账的时候多转一百 算手续费', '我们帮你申请延期 每延一个月收两百延期费', '呃你要结清证明 得交三百块工本费加快递费'],
      new_borrowing: ['呃你去找你妹夫借点 他不是刚发了年终奖吗', '你把你的养老保险退了 钱不就出来了', '呃随便找个网贷平台借一笔 先把这个窟窿补上'],
    },
    en: {
      threat: ["uh you can skip this call but next time it won't be a phone call", "you think we're just going to let this go don't even think about it", "uh i'm telling you right now if you don't pay this week you won't be able to handle what comes next"],
      impersonation: ["uh i'm with the city discipline inspection commission someone reported your loan", "hi this is the enforcement judge at the court your bank cards have been put under control", "uh i'm with the police cyber security unit your phone number is linked to online loan fraud"],
      insult: ["uh you're a total loser you can't do anything right", "you're hopeless like mud that won't stick to a wall", "uh a deadbeat like you deserves to have people pointing at you behind your back"],
      violence: ["uh we've figured out what time you close your stall and which way you walk home", "don't pay and don't blame us if your e-bike's tires disappear one day", "uh you'd better hope we don't run into you on the street if we do you'll be sorry"],
      privacy_disclosure: ["uh we already called your workshop supervisor at the factory and said you owe money", "we'll bring up your debt at your hometown association", "uh we have your daughter-in-law's number she'll find out sooner or later"],
      false_consequence: ["uh keep stalling and your kid's welfare benefits will be cut off", "if you don't pay your business license will be revoked next month", "uh this already counts as a crime someone will come arrest you next week"],
      extra_fee: ["uh when you transfer add an extra hundred for the handling fee", "we'll apply for an extension for you at two hundred dollars per month extended", "uh if you want a payoff letter it's three hundred for the document plus shipping"],
      new_borrowing: ["uh go borrow from your brother-in-law didn't he just get his year-end bonus", "cash out your retirement insurance and there's your money", "uh just pick any online loan platform and borrow enough to plug this hole"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃你们以后别往我单位打了 有事打我手机'], ['agent', '呃好的 单位的电话我们删掉了 以后只打您本人手机']],
      [['debtor', '呃我家刚遭了火灾 房子烧没了 真的没法还'], ['agent', '呃太不幸了 您先安顿好家人 我们把账户暂停 等您缓过来再联系']],
      [['agent', '呃我们不会联系您厂里的主任 也不会在老乡会里说任何事']],
      [['agent', '转账不用多转手续费 申请延期也不收钱']],
      [['debtor', '呃你们才是废柴'], ['agent', '呃好的 打扰您了 祝您生活顺利']],
    ],
    en: [
      [['debtor', "uh don't call my workplace anymore call my cell if you need me"], ['agent', "uh okay we've removed your work number and we'll only call your cell from now on"]],
      [['debtor', "uh our house just burned down we lost everything i really can't pay"], ['agent', "uh that's terrible please take care of your family we'll pause the account and get back in touch once you're back on your feet"]],
      [['agent', "uh we won't contact your supervisor at the factory and we won't say anything at your hometown association"]],
      [['agent', "you don't need to add any handling fee when you transfer and extensions are free"]],
      [['debtor', "uh you're the losers"], ['agent', "uh okay sorry to bother you have a good day"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我已经跟你们客服说过了 不要再打电话了', '呃客服是客服 我们是催收部 不还钱我们就得打'],
      ignored_attorney: ['呃这事我律师在跟你们公司谈 你们别再单独找我', '呃谈归谈 逾期的钱不能等 你先把利息交了'],
      ignored_dispute: ['呃你们这个砍头息我不认 到手只有七千 合同写一万', '呃到手多少我们不管 合同写一万就还一万'],
      ignored_hardship: ['呃我妈刚查出来肺癌晚期 家里钱全花在医院了', '呃看病要钱 还款也要钱 你这个月先挤个五百出来'],
    },
    en: {
      ignored_stop_request: ["uh i already told your customer service stop calling me", "uh customer service is customer service we're collections no money means we keep calling"],
      ignored_attorney: ["uh my lawyer is already negotiating with your company stop coming to me directly", "uh negotiate all you want the overdue money can't wait pay the interest first"],
      ignored_dispute: ["uh i don't accept these upfront deductions i only got seven thousand but the contract says ten", "uh we don't care how much you got the contract says ten so you pay ten"],
      ignored_hardship: ["uh my mom was just diagnosed with late stage lung cancer all our money's gone to the hospital", "uh treatment costs money and so does your loan squeeze out five hundred this month"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他工友 他手机在我这充电'], ['agent', '呃你让他赶紧回个电话 他网贷欠了八千多了']],
    en: [['third_party', "uh i'm his coworker his phone's charging at my station"], ['agent', "uh tell him to call back right away he owes over eight thousand on an online loan"]],
  },
};
