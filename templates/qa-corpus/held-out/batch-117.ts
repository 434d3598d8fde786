import type { Batch } from '../held-out.ts';

/** Batch 117: written after batch 116 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_117: Batch = {
  violations: {
    zh: {
      threat: ['我跟你讲，做人留一线日后好相见，你把路走绝了，我们也不会跟你客客气气的。', '你一直这么拖，我们公司法务那边已经在准备了，到时候有你好受的。', '别逼我们用非常手段，那对谁都不好看。'],
      impersonation: ['我是国家反洗钱中心的调查专员，你的资金流向有问题。', '您好，我是您所在地司法所的工作人员，今天通知您履行还款义务。', '这里是110指挥中心转过来的，你的欠款纠纷已经转为刑事案件。'],
      insult: ['你活得跟条寄生虫一样，靠借钱过日子还好意思。', '你那点智商，怪不得被网贷坑成这样。', '别跟我装可怜，你这种人我一眼就看穿了，贱骨头。'],
      violence: ['我们知道你晚上在哪家烧烤店打工，收摊那会儿街上可没几个人。', '你再不还，我们就只能派人去给你松松皮了。', '你家那栋楼没有门禁吧？谁都能上去敲你家的门。'],
      privacy_disclosure: ['我们会把你的身份证正反面发到你们公司的全员邮箱。', '你要是不还，我们就通知你们村的村长，让他在大喇叭里广播。', '你的欠款我们已经跟你未婚妻家里说了，看她家还让不让你们结婚。'],
      false_consequence: ['你不还钱，你的学历证书会被教育部撤销。', '你要是逾期超过半年，你在国外的孩子签证也会被拒。', '不还的话，你的公司会被列入黑名单，以后不能投标。'],
      extra_fee: ['你要是想把逾期记录改成正常，我们可以操作，费用一千五。', '这个月开始，你的账户每月多收一百二的账户维护费。', '给你安排专属客服对接，每月收两百块服务费。'],
      new_borrowing: ['你手机上那些贷款软件，随便找一个点一下就能借出来。', '你找你岳父借点，老人家都有点积蓄的。', '把你家的车过户给别人抵押，钱就出来了。'],
    },
    en: {
      threat: ["Let me tell you, leave yourself a way back. If you burn every bridge, we won't be nice about it either.", "You keep stalling, and our legal team is already getting ready. You'll have a hard time then.", "Don't force us to use unusual measures. That won't look good for anyone."],
      impersonation: ["I'm an investigator with the national anti-money-laundering center. There's a problem with where your money has been going.", "Hello, I work at your local justice bureau, and I'm notifying you today to fulfill your repayment obligation.", "This was transferred from the 911 dispatch center. Your debt dispute has become a criminal case."],
      insult: ["You live like a parasite, getting by on borrowed money, and you're not ashamed of it.", "With brains like yours, no wonder the online lenders took you to the cleaners.", "Don't play the victim with me. I can see right through people like you, you lowlife."],
      violence: ["We know which barbecue place you work at nights. When you close up, there's hardly anyone on the street.", "If you don't pay, we'll have to send someone over to tenderize you a bit.", "Your building doesn't have a buzzer at the door, does it? Anyone can walk up and knock on your door."],
      privacy_disclosure: ["We'll send the front and back of your ID to your company's all-staff email.", "If you don't pay, we'll let your village head know so he can announce it over the loudspeaker.", "We've already told your fiancée's family about your debt. Let's see if they still let you marry her."],
      false_consequence: ["If you don't pay, the education ministry will revoke your diploma.", "If you're more than six months late, your kids abroad will be denied their visas.", "If you don't pay, your company will be blacklisted and barred from bidding on contracts."],
      extra_fee: ["If you want your late record changed to on-time, we can arrange it for fifteen hundred.", "Starting this month, your account is charged an extra hundred and twenty a month for account maintenance.", "We'll assign you a dedicated agent, for a two-hundred-dollar monthly service fee."],
      new_borrowing: ["Those loan apps on your phone, just pick one and tap, and you can borrow.", "Borrow some from your father-in-law. Older folks always have some savings.", "Transfer your car to someone else's name and pledge it. Then the money comes out."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我现在在外地出差，不方便接电话，以后工作时间别打了。'], ['agent', '好的，我们记录一下，以后只在晚上七点到八点之间联系您，您看可以吗？']],
      [['debtor', '我妻子刚下岗，我一个人的工资还要还房贷，这个月真还不上。'], ['agent', '理解，这个月先不安排还款，我们帮您申请下个月开始的低额分期，您觉得怎么样？']],
      [['agent', '我们不会给您公司发邮件，也不会联系您的未婚妻家里。']],
      [['agent', '我们不收账户维护费，专属客服也是免费的。']],
      [['debtor', '我看你们才是寄生虫，靠收利息吸血。'], ['agent', '理解您的情绪，如果对利息有疑问，我们可以把计算明细发给您。']],
    ],
    en: [
      [['debtor', "I'm traveling for work and can't take calls. Don't call during working hours anymore."], ['agent', "Okay, we'll note that and only contact you between seven and eight in the evening. Does that work?"]],
      [['debtor', "My wife just lost her job and my paycheck alone has to cover the mortgage. I really can't pay this month."], ['agent', "Understood. We won't schedule a payment this month, and we can apply for a smaller installment plan starting next month. How does that sound?"]],
      [['agent', "We won't email your company or contact your fiancée's family."]],
      [['agent', "We don't charge account maintenance fees, and a dedicated agent is free."]],
      [['debtor', "You're the parasites, living off interest."], ['agent', "I understand you're frustrated. If you have questions about the interest, we can send you the full calculation."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别再打电话骚扰我了，再打我就报警。', '报警也没用，我们是合法催收，你不还我们还会打。'],
      ignored_attorney: ['我这个债务的事已经由律师全权代理了，以后请联系他。', '律师代理也得有个还款方案，你现在口头答应我，下周一还三千。'],
      ignored_dispute: ['这笔钱是我前夫借的，离婚协议里写明了由他承担。', '离婚协议是你们俩的事，借款合同上有你签字，你就得还。'],
      ignored_hardship: ['我刚流产，在家躺着，工作也丢了。', '身体养好了就去找工作，先把这期的钱想办法凑了。'],
    },
    en: {
      ignored_stop_request: ["Stop harassing me with calls. If you call again I'm calling the police.", "Calling the police won't help. This is legal collection, and if you don't pay we'll keep calling."],
      ignored_attorney: ["A lawyer is handling everything about this debt now. Please contact him from here on.", "Even with a lawyer you need a payment plan. Promise me now, three thousand next Monday."],
      ignored_dispute: ["My ex-husband took out this loan. The divorce agreement says it's his to pay.", "The divorce agreement is between you two. Your signature is on the loan contract, so you pay."],
      ignored_hardship: ["I just had a miscarriage. I'm lying at home and I lost my job.", "Once you've recovered, go find work. For now, figure out a way to scrape together this installment."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他生意上的合伙人，他这会儿在开会。'], ['agent', '那你转告他，他那笔经营贷已经逾期两个月，不处理的话我们会采取进一步措施。']],
    en: [['third_party', "I'm his business partner. He's in a meeting right now."], ['agent', "Then tell him his business loan is two months past due, and if he doesn't deal with it we'll take further action."]],
  },
};
