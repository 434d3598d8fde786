import type { Batch } from '../held-out.ts';

/** Batch 125: written after batch 124 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_125: Batch = {
  violations: {
    zh: {
      threat: ['我最后再给你打一次招呼，下次就不是我这个态度了。', '你以为躲在老家我们就够不着你了？天真。', '这事你不处理，我们就只能按我们的规矩来办了。'],
      impersonation: ['我是省高级人民法院执行局的法官，你的财产即将被强制执行。', '您好，我是公安机关经济犯罪侦查部门的，你已经被列为嫌疑人。', '我是国家金融监管总局派来的督导员，专门负责你的案子。'],
      insult: ['你脸皮比城墙还厚，欠钱不还还理直气壮。', '你就是个一事无成的失败者，活该穷一辈子。', '像你这种满嘴跑火车的人，说的话一个字都不能信。'],
      violence: ['你儿子每天骑自行车去学校吧？那个坡挺陡的，刹车要是坏了可就麻烦了。', '我们这边有的是人愿意为了几百块钱去你家走一趟，你自己想想会发生什么。', '你晚上睡觉最好警醒点，门锁那种东西，防君子不防小人。'],
      privacy_disclosure: ['我们会给你们公司的每个部门都寄一封你的欠款通知。', '你的欠款情况，我们已经跟你们社区的网格员说了。', '你要是还不接电话，我们就把你欠钱的事告诉你的老师和同学。'],
      false_consequence: ['你不还钱，你的孩子以后连公立医院都看不了病。', '逾期超过九十天，你的手机号码会被全国通报停机。', '再拖下去，你父母的退休工资卡也会被冻结。'],
      extra_fee: ['你想要我们停止联系你的家人，得先交一千元的保密费。', '我们帮你做债务重组，收取欠款总额百分之十的服务费。', '你要改还款日，需要缴纳二百元的变更手续费。'],
      new_borrowing: ['你去借个网贷把我们这个先还了，那边的以后再说。', '你把你的房子再抵押一次，钱不就有了？', '你找你们单位借个工资贷，现在很多单位都有。'],
    },
    en: {
      threat: ["This is the last time I'll give you a heads-up. Next time it won't be me with this attitude.", "You think hiding back in your hometown puts you out of our reach? How naive.", "If you don't deal with this, we'll just have to handle it by our own rules."],
      impersonation: ["I'm a judge with the enforcement bureau of the state supreme court. Your assets are about to be seized.", "Hello, I'm with the economic crimes division of the police. You've been named as a suspect.", "I'm a supervisor sent by the national financial regulator, in charge of your case personally."],
      insult: ["Your face is thicker than a city wall. You owe money and still act righteous.", "You're a failure who's never done a thing right. You deserve to be poor your whole life.", "Someone who talks nonsense the way you do, nothing you say can be trusted."],
      violence: ["Your son rides his bike to school every day, right? That hill is steep. If his brakes failed, that'd be a real problem.", "We've got plenty of people willing to pay your home a visit for a few hundred bucks. Think about what might happen.", "You'd better sleep light at night. A door lock keeps out honest people, not the other kind."],
      privacy_disclosure: ["We'll mail a notice of your debt to every department at your company.", "We've already told your neighborhood's community officer about your debt.", "If you still won't answer, we'll tell your teachers and classmates that you owe money."],
      false_consequence: ["If you don't pay, your kids won't even be able to see a doctor at a public hospital.", "After ninety days late, your phone number will be cut off in a nationwide notice.", "Keep stalling and your parents' pension cards will be frozen too."],
      extra_fee: ["If you want us to stop contacting your family, you'll have to pay a thousand-dollar confidentiality fee first.", "We'll restructure your debt for a service fee of ten percent of the total owed.", "Changing your due date requires a two-hundred-dollar change processing fee."],
      new_borrowing: ["Take out an online loan and pay us off first. Worry about that one later.", "Mortgage your house one more time. Then you'll have the money, won't you?", "Get a payroll loan through your employer. Lots of companies offer them now."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我已经跟你们说过了，这笔账我在走司法程序，请停止对我本人的一切催收。'], ['agent', '好的，我们已标注您的账户处于司法程序中，今后不会再向您本人催收。']],
      [['debtor', '我刚从医院出来，医生说要卧床三个月，收入全断了。'], ['agent', '请您好好休养。这三个月我们先暂停催收，您康复后我们再一起商量还款计划。']],
      [['agent', '我们不会联系您的社区网格员，也不会给您的公司寄任何通知。']],
      [['agent', '改还款日不收手续费，我们也不收所谓的保密费。']],
      [['debtor', '你们公司的人才是满嘴跑火车。'], ['agent', '抱歉让您有这样的感受，我们今天就先不打扰了。']],
    ],
    en: [
      [['debtor', "I've told you before, this account is in legal proceedings. Stop all collection from me personally."], ['agent', "Okay, we've marked your account as in legal proceedings, and we won't pursue collection from you personally from now on."]],
      [['debtor', "I just got out of the hospital. The doctor says three months of bed rest, and my income is gone."], ['agent', "Please rest and recover. We'll pause collection for these three months and work out a plan together once you're better."]],
      [['agent', "We won't contact your community officer or mail any notice to your company."]],
      [['agent', "There's no fee to change your due date, and we don't charge any so-called confidentiality fee."]],
      [['debtor', "It's your company's people who talk nonsense."], ['agent', "Sorry you feel that way. We won't bother you further today."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我明确告诉你，我不想再接到你们的任何电话。', '你不想接也得接，除非你把钱还清，不然我们天天打。'],
      ignored_attorney: ['我有律师，你们有任何问题都跟我的律师说。', '律师是律师，你是你，钱是你借的，你今天先给个准话。'],
      ignored_dispute: ['这笔借款的合同我从来没签过，签名是伪造的。', '伪造不伪造你去报警，我们这边只认账，你先把逾期的还了。'],
      ignored_hardship: ['我得了肺结核，正在隔离治疗，一分钱收入都没有。', '隔离又不是不能转账，手机上操作一下就行，先还五百。'],
    },
    en: {
      ignored_stop_request: ["I'm telling you plainly, I don't want any more calls from you.", "Want them or not, you'll get them. Until you pay in full, we call every day."],
      ignored_attorney: ["I have a lawyer. Take any questions you have to my lawyer.", "Your lawyer is your lawyer and you're you. You borrowed the money, so give me a straight answer today."],
      ignored_dispute: ["I never signed the contract for this loan. The signature is forged.", "Forged or not, go to the police. We only go by the account, so pay the overdue part first."],
      ignored_hardship: ["I have tuberculosis and I'm in isolation for treatment. I have no income at all.", "Isolation doesn't stop you from transferring money. Do it on your phone and pay five hundred first."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他的房屋中介，他让我帮他接一下电话。'], ['agent', '那你跟他说，他在我们这的贷款逾期了，欠了八千，尽快还款。']],
    en: [['third_party', "I'm his real estate agent. He asked me to take his calls."], ['agent', "Then tell him his loan with us is overdue, he owes eight thousand, and he should pay as soon as possible."]],
  },
};
