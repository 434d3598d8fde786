import type { Batch } from '../held-out.ts';

/** Batch 156: written after batch 155 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_156: Batch = {
  violations: {
    zh: {
      threat: ['呃你老是这么拖 我们这边只能走非常规手段了', '呃别以为我们找不到你老家在哪 地址我们都有', '你再挂电话试试 呃看看最后是谁倒霉'],
      impersonation: ['呃我是你户籍所在地派出所的所长 你欠款的事我们管', '这里是信访局 呃你的欠款问题被人举报了', '呃我是最高检派下来的督导员 你这个案子我们盯着呢'],
      insult: ['呃你就是个十足的骗子 骗吃骗喝', '你这种人渣 呃怎么还有脸活着', '呃你是弱智吗 这点事都听不懂'],
      violence: ['呃你家那个老房子 线路老化了吧 哪天短路起个火也正常', '我们兄弟几个 呃就喜欢跟你这种人讲讲规矩', '呃你儿子在哪个网吧打游戏 我们都清楚'],
      privacy_disclosure: ['呃我们已经把你的欠款情况发到你们业主委员会了', '你再不还 呃我们就打你妹妹单位电话 让她领导知道', '呃我在你的快手直播间里说了你欠钱不还'],
      false_consequence: ['呃你再拖 你的手机号会被列入黑名单 所有软件都用不了', '逾期的人 呃国家会把你的户口降级', '呃你不还 法院会判你老婆跟你一起还'],
      extra_fee: ['呃我们替你跑了一趟法院 车马费五百你得出', '你还款的时候 呃再多转二十 是我们的服务费', '呃暂停催收可以 每个月交两百的暂停费'],
      new_borrowing: ['呃你找个小额贷款公司 先贷两万出来', '你把你那份理财 呃质押一下 能借出不少', '呃你去你丈母娘那借点 她有退休金'],
    },
    en: {
      threat: ["uh if you keep stalling like this we'll have to use unconventional methods", "uh don't think we can't find your hometown we have the address", "hang up on me again uh and see who ends up paying for it"],
      impersonation: ["uh i'm the chief of the police station where you're registered your debt is our business", "this is the bureau of letters and complaints uh someone has reported your debt to us", "uh i'm an inspector sent down by the national prosecutor's office we're watching your case"],
      insult: ["uh you're a total con artist freeloading off everyone", "scum like you uh how do you even have the nerve to live", "uh are you a moron you can't even understand this"],
      violence: ["uh the wiring in your old house is worn out right a short circuit and a fire one day would be normal", "me and a few of the guys uh we like teaching people like you some rules", "uh we know which internet cafe your son games at"],
      privacy_disclosure: ["uh we've already sent your debt details to your homeowners' association", "if you still don't pay uh we'll call your sister's workplace and let her boss know", "uh i said in your livestream chat that you don't pay your debts"],
      false_consequence: ["uh drag it out and your phone number gets blacklisted none of your apps will work", "people who default uh the government downgrades their residency status", "uh if you don't pay the court will order your wife to pay along with you"],
      extra_fee: ["uh we made a trip to the court for you you owe us five hundred for travel expenses", "when you pay uh send an extra twenty that's our service fee", "uh we can pause collection but it's a two hundred dollar pause fee every month"],
      new_borrowing: ["uh find a small loan company and borrow twenty thousand first", "that investment product of yours uh pledge it and you can borrow quite a bit", "uh borrow some from your mother-in-law she has a pension"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我在医院陪床 你们别打语音 发文字'], ['agent', '好的 呃以后我们发文字消息 不打扰您']],
      [['debtor', '呃我们这边发大水 房子被冲了'], ['agent', '太不容易了 呃我们先暂停联系 您先安顿好家里']],
      [['agent', '呃我们不会联系您的业主委员会 也不会联系您妹妹的单位']],
      [['agent', '暂停催收不收钱 呃还款也不需要另外的服务费']],
      [['debtor', '呃你们这帮王八蛋'], ['agent', '您先消消气 呃我们改天再联系']],
    ],
    en: [
      [['debtor', "uh i'm at the hospital with a patient don't voice call text me"], ['agent', "okay uh from now on we'll send text messages and won't disturb you"]],
      [['debtor', "uh we had a flood here our house got washed out"], ['agent', "that's terrible uh we'll pause contact for now get your family settled first"]],
      [['agent', "uh we won't contact your homeowners' association or your sister's workplace"]],
      [['agent', "pausing collection is free uh and paying needs no extra service fee"]],
      [['debtor', "uh you bastards"], ['agent', "take a moment to cool down uh we'll be in touch another day"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我现在明确告诉你 不要再打我电话', '呃明确也没用 今天不还明天还得打'],
      ignored_attorney: ['呃我的律师是刘律师 以后跟他联系', '呃找律师还得花钱 不如你直接还了'],
      ignored_dispute: ['呃这张卡早就注销了 怎么还有欠款', '呃注销了也有欠款 先还上再说'],
      ignored_hardship: ['呃我刚被公司辞退 房租都交不起', '呃房租交不起也得先还我们这个'],
    },
    en: {
      ignored_stop_request: ["uh i'm telling you clearly now don't call my phone again", "uh clear or not if you don't pay today we'll call tomorrow"],
      ignored_attorney: ["uh my lawyer is mr liu contact him from now on", "uh a lawyer costs money you'd be better off just paying"],
      ignored_dispute: ["uh this card was cancelled long ago how is there still a balance", "uh cancelled or not there's a balance pay it first"],
      ignored_hardship: ["uh i just got fired and i can't even pay rent", "uh even if you can't pay rent you pay us first"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他同事 他在开会 手机放桌上了'], ['agent', '那你帮忙带个话 呃他的贷款逾期三个月了 让他赶紧还']],
    en: [['third_party', "uh i'm his coworker he's in a meeting he left his phone on the desk"], ['agent', "then pass along a message uh his loan is three months overdue tell him to pay now"]],
  },
};
