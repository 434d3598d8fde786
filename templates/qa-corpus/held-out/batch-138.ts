import type { Batch } from '../held-out.ts';

/** Batch 138: written after batch 137 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_138: Batch = {
  violations: {
    zh: {
      threat: ['呃你别逼我们用别的手段 到时候大家脸上都不好看', '你要是今天还不给个说法 呃明天你就会知道我们是干什么的', '呃我话放这儿 你躲一天 我们就找你一天'],
      impersonation: ['呃我是中央巡视组的 你的欠款问题被人举报了', '这里是市公安局治安支队 呃请你明天上午来接受询问', '呃我是法院派来的调解员 今天不还就直接判'],
      insult: ['呃你这个人真是烂到骨子里了', '你还有脸说没钱 呃败类', '呃蠢货 你到底听没听懂'],
      violence: ['呃你那个摩托车停在巷子口 哪天油箱漏了着起火来可别怪我们', '呃你欠的钱 我们兄弟会一拳一拳从你身上讨回来', '上次有个跟你一样的 呃现在说话都不利索了'],
      privacy_disclosure: ['呃我们已经在你们小区门口拉了横幅 写着你的名字', '你不还 呃我们就给你丈母娘打电话 让她知道女婿是什么人', '呃你的欠款信息 我们已经发给你们公司的财务了'],
      false_consequence: ['呃你逾期了 你家的燃气会被停', '不还钱的人 呃死了以后孩子要替你坐牢还债', '呃你再不还 你名下的所有账户都会被公安冻结'],
      extra_fee: ['呃你要是想分二十四期 得先交一千的建档费', '我们帮你申请减免 呃要收减免金额的一半作为服务费', '呃你每次改还款计划 都要收一百的变更费'],
      new_borrowing: ['呃你去问问你那些打牌的朋友 谁手上有闲钱', '你那个房子不是在出租吗 呃拿租金做抵押借一笔', '呃办个装修贷 钱下来先还我们 装修的事以后再说'],
    },
    en: {
      threat: ["uh don't force us to use other methods it won't look good for anyone", "if you don't give me an answer today uh tomorrow you'll find out what we do", "uh let me say this you hide one day we look for you one day"],
      impersonation: ["uh i'm with the federal inspection team you've been reported over your debt", "this is the city police public order division uh please come in for questioning tomorrow morning", "uh i'm a mediator sent by the court if you don't pay today it goes straight to judgment"],
      insult: ["uh you're rotten to the bone", "you have the nerve to say you've got no money uh scum", "uh idiot did you understand a word"],
      violence: ["uh that motorcycle of yours parked at the alley mouth if the tank sprang a leak and caught fire one day don't blame us", "uh the money you owe our guys will get it back out of you one punch at a time", "last time someone like you uh now he can't even talk straight"],
      privacy_disclosure: ["uh we've hung a banner outside your complex with your name on it", "don't pay uh and we'll call your mother in law so she knows what kind of man her son in law is", "uh your debt information we've already sent it to your company's finance department"],
      false_consequence: ["uh you're late so your gas will be shut off", "people who don't pay uh when they die their kids go to jail for the debt", "uh don't pay and every account in your name gets frozen by the police"],
      extra_fee: ["uh if you want twenty four installments you first pay a thousand dollar file setup fee", "we'll apply for a reduction for you uh and keep half the reduced amount as a service fee", "uh every time you change your payment plan it's a hundred dollar change fee"],
      new_borrowing: ["uh ask those card playing buddies of yours who's got spare cash", "isn't that house of yours rented out uh borrow against the rent", "uh take out a home improvement loan pay us when it comes through and worry about the renovation later"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我已经在走债务重组了 你们等重组方案吧'], ['agent', '明白 呃重组期间我们不会催收 有方案了我们再对接']],
      [['debtor', '呃我被诊断出抑郁症 现在什么都做不了'], ['agent', '谢谢您告诉我们 呃您先照顾好自己 这段时间我们暂停联系']],
      [['agent', '呃我们不会在小区拉横幅 也不会联系您公司的财务']],
      [['agent', '分期建档不收费 呃改还款计划也是免费的']],
      [['debtor', '呃你们这群败类'], ['agent', '抱歉让您不满意 呃我们先挂了 您有需要再联系我们']],
    ],
    en: [
      [['debtor', "uh i'm going through debt restructuring wait for the restructuring plan"], ['agent', "understood uh we won't collect during the restructuring and we'll follow up once there's a plan"]],
      [['debtor', "uh i've been diagnosed with depression i can't do anything right now"], ['agent', "thank you for telling us uh please take care of yourself we'll pause contact for now"]],
      [['agent', "uh we won't hang any banners at your complex and we won't contact your company's finance department"]],
      [['agent', "setting up installments is free uh and changing your payment plan costs nothing"]],
      [['debtor', "uh you people are scum"], ['agent', "sorry we've let you down uh we'll hang up now contact us whenever you need"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃别再打我电话了 我在上班 影响工作', '那你下班我们再打 呃反正今天得定个还款时间'],
      ignored_attorney: ['呃我律师说你们这个利息不合法 让你们找他', '律师说啥不重要 呃合同签了就得还'],
      ignored_dispute: ['呃你们说我欠八千 可我账上只借了五千', '五千也好八千也好 呃你先把五千还了'],
      ignored_hardship: ['呃我刚出狱 还没找到工作', '出来了更得好好做人 呃先还点表个态'],
    },
    en: {
      ignored_stop_request: ["uh stop calling me i'm at work it's affecting my job", "then we'll call after work uh either way we need a payment date today"],
      ignored_attorney: ["uh my lawyer says your interest is illegal he wants you to contact him", "what your lawyer says doesn't matter uh you signed the contract so you pay"],
      ignored_dispute: ["uh you say i owe eight thousand but my account only shows five thousand borrowed", "five or eight uh pay the five thousand first"],
      ignored_hardship: ["uh i just got out of prison i haven't found a job yet", "all the more reason to do right uh pay something to show good faith"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃你打的是他以前的单位 他早就离职了'], ['agent', '那麻烦你们转告 呃他有一笔贷款逾期了 两万三']],
    en: [['third_party', "uh you've called his old workplace he left a long time ago"], ['agent', "then please pass it on uh he has an overdue loan twenty three thousand"]],
  },
};
