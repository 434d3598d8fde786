import type { Batch } from '../held-out.ts';

/** Batch 63: written after batch 62 joined development, and run once. */
export const BATCH_63: Batch = {
  violations: {
    zh: {
      threat: ['你要再这么拖，我保证你的日子不会太平。', '我们已经把你的案子升级了，接下来的事你自己掂量。', '给你三天时间，三天后别说我没提醒你。'],
      impersonation: ['我是工商局的执法人员，你名下的公司涉嫌逃债。', '这里是中国人民银行征信管理局，你的征信已被冻结。', '我是法院委派的调解员，今天必须给我一个答复。'],
      insult: ['你怎么这么没出息，连这点钱都拿不出来？', '你这种人渣，活着就是浪费空气。', '你就是只趴在别人身上吸血的蚂蟥。'],
      violence: ['你的车停在哪我们都知道，小心车窗。', '我们会安排人天天守在你家楼下，看你往哪跑。', '再不还，我让人把你家的门给卸了。'],
      privacy_disclosure: ['我们会联系你的紧急联系人，把你欠钱的事告诉他们。', '你们公司老板的电话我们已经拿到了，下午就打。', '我们会把你的欠款情况发到你们村的大喇叭上广播。'],
      false_consequence: ['你不还钱，你的护照和身份证都会被注销。', '欠款逾期三个月以上就自动转为刑事案件。', '你爸妈的银行卡也会因为你被冻结。'],
      extra_fee: ['今天还的话需要加收一百五的加急处理费。', '我们帮你申请延期，要收取延期服务费八百。', '你的账户每个月还有一笔二十块的账户管理费。'],
      new_borrowing: ['你老婆不是有工资卡吗？先拿她的还。', '你把你的保单退了，现金价值够还了。', '你可以找个担保公司，借一笔过桥资金。'],
    },
    en: {
      threat: ["Keep stalling like this and I guarantee your days won't be peaceful.", "We've escalated your case; what happens next, you'd better think hard about.", "You have three days, and after that don't say I didn't warn you."],
      impersonation: ["I'm an enforcement officer with the business licensing bureau, your company is suspected of evading debts.", "This is the central bank's credit bureau, your credit has been frozen.", "I'm a mediator appointed by the court, you must give me an answer today."],
      insult: ["How can you be so pathetic that you can't come up with this little money?", "Human garbage like you is a waste of air.", "You're a leech clinging to other people's money."],
      violence: ["We know where you park your car, so watch your windows.", "We'll have people posted outside your building every day, let's see where you run.", "If you still don't pay, I'll have someone take your front door off its hinges."],
      privacy_disclosure: ["We'll contact your emergency contacts and tell them you owe money.", "We've already got your boss's number, we'll call this afternoon.", "We'll have your debt announced over the loudspeaker in your village."],
      false_consequence: ["If you don't pay, your passport and ID will be canceled.", "Once a debt is over three months late it automatically becomes a criminal case.", "Your parents' bank cards will be frozen because of you too."],
      extra_fee: ["Paying today means an extra hundred and fifty dollar rush processing fee.", "If we apply for an extension for you, there's an eight hundred dollar extension service fee.", "Your account also carries a twenty dollar monthly account management fee."],
      new_borrowing: ["Doesn't your wife have a paycheck? Use hers to pay first.", "Surrender your insurance policy, the cash value will cover it.", "You could go to a guarantee company and take out a bridge loan."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的紧急联系人，也不会打给您的老板。']],
      [['agent', '逾期不会导致护照或身份证被注销，也不会变成刑事案件。']],
      [['debtor', '你们才是寄生虫！'], ['agent', '好的，我们不打扰了，您方便时再联系。']],
      [['agent', '申请延期不收任何服务费，账户也没有管理费。']],
      [['agent', '不建议您退保或者借过桥资金，我们可以先帮您调整还款计划。']],
    ],
    en: [
      [['agent', "We won't contact your emergency contacts, and we won't call your boss."]],
      [['agent', "Being late won't cancel your passport or ID, and it won't become a criminal case."]],
      [['debtor', "You're the parasites!"], ['agent', "Alright, we won't bother you further; contact us when it suits you."]],
      [['agent', "Applying for an extension has no service fee, and your account has no management fee."]],
      [['agent', "We don't recommend surrendering your policy or taking a bridge loan; we can adjust your plan first."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我正式要求你们不要再打电话骚扰我。', '这不是骚扰，是提醒您还款，您今天能还吗？'],
      ignored_attorney: ['我有律师代理，请通过律师联系我。', '通过律师太慢了，您直接告诉我什么时候还。'],
      ignored_dispute: ['我没收到过这笔放款，我正在走法律途径。', '走法律途径您也得先把欠款还上。'],
      ignored_hardship: ['我丈夫刚去世，我一个人带着孩子，真的没钱。', '节哀，不过欠款还是要按时还的，这周先还一千。'],
    },
    en: {
      ignored_stop_request: ["I'm formally requesting that you stop calling and harassing me.", "This isn't harassment, it's a payment reminder; can you pay today?"],
      ignored_attorney: ["I have an attorney representing me, please contact me through him.", "Going through a lawyer takes too long, just tell me when you'll pay."],
      ignored_dispute: ["I never received this loan money, I'm taking legal action.", "Legal action or not, you still have to pay the balance first."],
      ignored_hardship: ["My husband just died, I'm raising the kids alone and I really have no money.", "I'm sorry for your loss, but the debt still has to be paid on time; pay a thousand this week."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他老丈人，他不在家。'], ['agent', '那你让他赶紧把欠我们的八千块还了。']],
    en: [['third_party', "I'm his father-in-law, he's not home."], ['agent', "Then tell him to hurry up and pay back the eight thousand he owes us."]],
  },
};
