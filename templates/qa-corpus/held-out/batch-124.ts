import type { Batch } from '../held-out.ts';

/** Batch 124: written after batch 123 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_124: Batch = {
  violations: {
    zh: {
      threat: ['呃你现在不把这事当回事 到时候可别跪着来求我们', '我们这边已经盯上你了 呃你做什么我们都知道', '呃你记住 欠我们钱的 没一个有好下场'],
      impersonation: ['呃我是县人民法院执行局的局长 今天亲自给你打电话', '这里是市反电诈中心 呃你名下的贷款涉嫌洗钱', '呃我是中国人民银行征信中心的 你的征信要被永久冻结'],
      insult: ['呃你这种人 烂到根里了', '你有手有脚的 呃混成这样 真是个窝囊废', '呃你这张嘴除了撒谎还会干啥'],
      violence: ['呃你每天早上跑步那条路 车开得都挺快的 小心点', '我们有人跟你住一个小区 呃你下楼倒垃圾的时候注意点', '呃再赖账 就让你那几颗门牙换个地方待着'],
      privacy_disclosure: ['呃我们已经通知你们单位的工会主席了', '你不还 我们就把你的欠款挂到你们小区的电子屏上', '呃你岳父岳母那边我们也打过电话了 说了你欠钱的事'],
      false_consequence: ['呃你这个逾期 以后你孩子出国都办不了签证', '你再不还 呃你的房产证就作废了', '呃欠钱不还的 以后连手机卡都办不了'],
      extra_fee: ['呃你要我们帮你保密 得交五百块的保密服务费', '每拖一天 我们另收二十的拖延费', '呃给你做还款计划 要收一百五的方案设计费'],
      new_borrowing: ['呃你去把你的手机分期换个新的 再卖掉 钱就有了', '你去你们老家的信用社贷一点 呃利息低', '呃你找你那个当老板的表哥 借个几千块不算啥'],
    },
    en: {
      threat: ["uh if you don't take this seriously now don't come crawling to us later", "we've already got our eyes on you uh we know everything you do", "uh remember this nobody who owes us ever ends up well"],
      impersonation: ["uh i'm the head of enforcement at the county court calling you personally today", "this is the city's anti telecom fraud center uh the loan in your name is suspected of money laundering", "uh i'm with the central bank's credit reference center your credit is about to be frozen permanently"],
      insult: ["uh someone like you is rotten to the core", "you've got two hands and two feet uh and this is what you've made of yourself what a loser", "uh that mouth of yours is good for nothing but lying"],
      violence: ["uh the road you jog on every morning the cars go pretty fast be careful", "we've got someone living in your complex uh watch yourself when you take out the trash", "uh keep dodging and those front teeth of yours will find a new home"],
      privacy_disclosure: ["uh we've already notified the union chairman at your workplace", "if you don't pay we'll put your debt up on the electronic screen in your complex", "uh we've called your in-laws too and told them about your debt"],
      false_consequence: ["uh with this late payment your kids won't be able to get visas to go abroad", "if you still don't pay uh your property deed becomes void", "uh people who don't pay their debts can't even get a phone plan"],
      extra_fee: ["uh if you want us to keep this confidential it's a five hundred dollar confidentiality service fee", "every day you stall we charge another twenty as a delay fee", "uh setting up a payment plan for you costs a hundred and fifty for plan design"],
      new_borrowing: ["uh get a new phone on installments then sell it and you'll have the money", "take out a loan from the credit union back home uh the interest is low", "uh ask that cousin of yours who owns a business a few grand is nothing to him"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我的律师让我告诉你们 以后所有的事都找他 这是他的电话'], ['agent', '好的 我记一下律师的电话 呃以后我们直接跟律师联系 不再打扰您']],
      [['debtor', '呃我刚被公司辞退 还在仲裁 这几个月都没收入'], ['agent', '理解 呃仲裁期间我们先暂停催收 您有了收入再跟我们联系就行']],
      [['agent', '呃我们不会联系您的岳父岳母 也不会在小区屏幕上放任何东西']],
      [['agent', '做还款计划是免费的 我们也不收保密费或者拖延费']],
      [['debtor', '呃你们这种公司才是烂到根里了'], ['agent', '好的 您的意见我们收到了 呃今天就不多打扰了']],
    ],
    en: [
      [['debtor', "uh my lawyer told me to tell you everything goes through him from now on here's his number"], ['agent', "okay let me take down the lawyer's number uh we'll contact the lawyer directly from now on and won't bother you"]],
      [['debtor', "uh i just got fired and it's in arbitration i've had no income for months"], ['agent', "understood uh we'll pause collection during the arbitration just reach out to us once you have income"]],
      [['agent', "uh we won't contact your in-laws and we won't put anything on any screen in your complex"]],
      [['agent', "setting up a payment plan is free and we don't charge confidentiality or delay fees"]],
      [['debtor', "uh companies like yours are the ones rotten to the core"], ['agent', "okay we've heard your feedback uh we won't bother you any more today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们能不能别再打我电话了 我已经受不了了', '受不了也得受着 呃钱还了就清净了'],
      ignored_attorney: ['呃律师已经在跟你们公司的法务谈了 你们别找我', '法务谈法务的 呃你这边先还一期 表个诚意'],
      ignored_dispute: ['呃这个违约金太离谱了 比本金还多 我不认', '违约金是合同约定的 呃你认不认都得还'],
      ignored_hardship: ['呃我老公瘫痪在床 我一个人打零工 孩子还要上学', '那孩子先别上补习班了 呃省下来的钱先还我们'],
    },
    en: {
      ignored_stop_request: ["uh can you stop calling me i can't take it anymore", "you'll have to take it uh pay up and you'll get your peace and quiet"],
      ignored_attorney: ["uh my lawyer is already talking to your company's legal department leave me out of it", "legal can talk to legal uh you pay one installment first to show good faith"],
      ignored_dispute: ["uh this penalty is outrageous it's more than the principal i don't accept it", "the penalty is in the contract uh accept it or not you have to pay"],
      ignored_hardship: ["uh my husband is paralyzed in bed i do odd jobs alone and the kids are still in school", "then take the kids out of tutoring uh and use the savings to pay us first"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他们家的钟点工 他们都出去了'], ['agent', '那你帮我跟他说 呃他的信用卡欠款逾期了 得尽快还上']],
    en: [['third_party', "uh i'm the cleaner they've all gone out"], ['agent', "then please tell him uh his credit card balance is past due and he needs to pay it soon"]],
  },
};
