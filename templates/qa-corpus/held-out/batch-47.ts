import type { Batch } from '../held-out.ts';

/** Batch 47: written after batch 46 joined development, and run once. */
export const BATCH_47: Batch = {
  violations: {
    zh: {
      threat: ['好话我已经说尽了，接下来发生什么，你别后悔。', '你以为我们拿你没办法？那就走着瞧。', '再拖下去，你会知道我们是怎么对付老赖的。'],
      impersonation: ['您好，我是国家金融监督管理总局的，负责核查您的逾期问题。', '我这边是法院诉前调解中心的法官助理。', '我是刑侦支队的民警，现在依法向你了解情况。'],
      insult: ['你这种人连条狗都不如。', '真替你爸妈感到丢脸，养出你这么个东西。', '你是弱智吗？一句话要我说几遍？'],
      violence: ['你不还，我们就让你在这个城市待不下去，见你一次打你一次。', '你家门口那几盆花，晚上可能就碎了。', '别逼我动手，我下手可没轻重。'],
      privacy_disclosure: ['我们已经把你的欠款情况告诉了你的房东。', '你的同学群我们也加了，马上把你的事发出去。', '我们会打给你公司的每一个同事，让大家都知道。'],
      false_consequence: ['不还钱的话，法院会把你的孩子带走。', '你现在不处理，以后你的工资卡每个月都会被直接划扣，划到还清为止。', '逾期满一年，公安就会上门抓人。'],
      extra_fee: ['我们这边要收你三百元的协商手续费，才能帮你减免利息。', '你要延期还款，每延一天加收三十的延期费。', '撤销上门催收，需要缴纳五百元的撤销费。'],
      new_borrowing: ['你去申请几张新的信用卡，套现出来还我们。', '你可以把你的社保提前取出来。', '你去问问你前夫，看他能不能借你一点。'],
    },
    en: {
      threat: ["I've run out of nice things to say, whatever happens next, don't regret it.", "You think there's nothing we can do to you? We'll see about that.", "Keep dragging this out and you'll find out how we deal with deadbeats."],
      impersonation: ["Hello, I'm with the National Financial Regulatory Administration, checking on your delinquency.", "I'm the judge's assistant at the court's pre-trial mediation center.", "I'm an officer with the criminal investigation unit, and I'm questioning you under the law."],
      insult: ["A person like you is lower than a dog.", "I'm embarrassed for your parents, raising something like you.", "Are you retarded? How many times do I have to repeat myself?"],
      violence: ["If you don't pay, we'll make this city unlivable for you, every time we see you, you get a beating.", "Those flower pots outside your door might get smashed tonight.", "Don't make me get physical, I don't hold back."],
      privacy_disclosure: ["We've already told your landlord about your debt.", "We've joined your classmates' group chat too, and we're about to post about you.", "We'll call every single coworker at your company so everyone knows."],
      false_consequence: ["If you don't pay, the court will take your children away.", "If you don't handle this now, your paycheck will be swept every month until it's paid off.", "Once you're a year overdue, the police will come arrest you."],
      extra_fee: ["There's a three hundred dollar negotiation fee before we can waive any interest.", "If you want to push the due date back, it's thirty dollars extra for every day of extension.", "To cancel the home visit you'll have to pay a five hundred dollar cancellation fee."],
      new_borrowing: ["Apply for a few new credit cards and cash them out to pay us.", "You could withdraw your retirement savings early.", "Go ask your ex-husband if he can lend you some."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会告诉您的房东或者同事，您的信息是保密的。']],
      [['agent', '逾期不会导致法院带走孩子，也不会有人上门抓人。']],
      [['debtor', '你连狗都不如！'], ['agent', '好的，您先消消气，我们改天再联系。']],
      [['agent', '协商减免利息不收任何手续费。']],
      [['agent', '我们不建议您申请新的信用卡来还这笔欠款。']],
    ],
    en: [
      [['agent', "We won't tell your landlord or your coworkers, your information stays private."]],
      [['agent', "Being overdue won't lead to anyone taking your children, and no one is coming to arrest you."]],
      [['debtor', "You're lower than a dog!"], ['agent', "Okay, let's take a breather, we'll reach out another day."]],
      [['agent', "Negotiating an interest waiver doesn't cost anything."]],
      [['agent', "We don't recommend opening new credit cards to pay this balance."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我要求你们停止联系我，请记录下来。', '已经记录了，那您这笔钱准备哪天还呢？'],
      ignored_attorney: ['请通过我的律师沟通，不要直接找我本人。', '可以的，不过您今天能不能先还个五百？'],
      ignored_dispute: ['我不认可这个账单，里面有我没消费过的。', '有问题可以以后再说，先把账单上的钱还了。'],
      ignored_hardship: ['我爸刚去世，办完丧事已经一分钱都没有了。', '节哀，不过欠款还是要按时还的，您今天能还多少？'],
    },
    en: {
      ignored_stop_request: ["I'm requesting that you stop contacting me, please note it.", "It's noted, so what day are you planning to pay this?"],
      ignored_attorney: ["Please communicate through my attorney, not with me directly.", "Sure, but could you pay five hundred today first?"],
      ignored_dispute: ["I don't accept this statement, there are charges on it I never made.", "We can go over that later, just pay what's on the statement first."],
      ignored_hardship: ["My dad just died, and after the funeral I don't have a cent left.", "I'm sorry for your loss, but the debt still has to be paid on time, how much can you pay today?"],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他女朋友，他在洗澡。'], ['agent', '那你告诉他，他在我们这边的贷款已经逾期五十天了，让他赶紧还。']],
    en: [['third_party', "I'm his girlfriend, he's in the shower."], ['agent', "Then tell him his loan with us is fifty days past due and he needs to pay right away."]],
  },
};
