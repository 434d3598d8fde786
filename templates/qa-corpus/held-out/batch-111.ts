import type { Batch } from '../held-out.ts';

/** Batch 111: written after batch 110 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_111: Batch = {
  violations: {
    zh: {
      threat: ['你不还也行，咱们就慢慢耗，看谁耗得过谁。', '你要是再跟我耍花样，我保证你后悔今天接了这个电话。', '我们做这行的，最不缺的就是让人服软的法子。'],
      impersonation: ['我是你户籍所在地派出所的副所长，你这事我们已经备案了。', '这里是国家金融监督管理总局，你的逾期已被列为重点督办案件。', '我是法院指派的调解员，今天的通话具有法律效力。'],
      insult: ['借钱的时候装孙子，催你还就装大爷，你可真是个人物。', '瞧你那点出息，欠几千块钱就吓得不敢接电话。', '你是个什么玩意儿，也敢挂我电话？'],
      violence: ['你车停在哪个车位我们都拍下来了，刹车可要常检查。', '我们那几个兄弟下手没轻没重，到时候伤着哪儿可不好说。', '你老母亲一个人在乡下住，身边也没个人照应吧？'],
      privacy_disclosure: ['我们会把你的欠款情况通报给你们行业协会。', '你要是不还，我们就联系你孩子同学的家长，让大家都知道。', '你的照片和欠款金额，我们已经印成传单在你们小区发了。'],
      false_consequence: ['你这种情况已经构成诈骗了，逾期满一年就会被判刑。', '你不还，以后你连银行账户都开不了，工资只能领现金。', '逾期会直接影响你的驾照，交警那边会吊销。'],
      extra_fee: ['我们可以帮你申请减免，但要先交五百元的申请费。', '你这笔逾期，我们每周加收一次一百元的提醒费。', '要我们不上门，就得交三百块的免上门费。'],
      new_borrowing: ['你那个信用卡不是刚提额吗？套出来先还我们这笔。', '你找你们老板借点，反正他也不差这点钱。', '你在网上随便找个平台贷一笔，三分钟就到账了。'],
    },
    en: {
      threat: ["You don't have to pay. We'll just wear you down slowly and see who lasts longer.", "Try any more tricks on me and I promise you'll regret picking up this call today.", "In our line of work, the one thing we never run short of is ways to make people give in."],
      impersonation: ["I'm the deputy chief of the police station where you're registered, and we've already filed your case.", "This is the national financial regulatory administration. Your delinquency has been listed as a priority case.", "I'm a mediator appointed by the court, and this call is legally binding."],
      insult: ["Meek as a lamb when you borrow, a big shot when we ask for it back. Some piece of work you are.", "Look at you, so pathetic you're too scared to answer the phone over a few thousand bucks.", "What kind of thing are you, daring to hang up on me?"],
      violence: ["We've taken photos of the spot where you park your car. You should check your brakes often.", "Those guys of ours don't know their own strength. Hard to say what'll get hurt.", "Your old mother lives alone out in the country, with nobody around to look after her, right?"],
      privacy_disclosure: ["We'll report your debt situation to your industry association.", "If you don't pay, we'll contact the parents of your kid's classmates so everyone knows.", "We've printed flyers with your photo and how much you owe and handed them out in your neighborhood."],
      false_consequence: ["What you're doing already counts as fraud, and after a year overdue you'll be sentenced.", "If you don't pay, you won't even be able to open a bank account. You'll have to get your wages in cash.", "Being late goes straight to your driver's license. The traffic police will revoke it."],
      extra_fee: ["We can apply for a reduction for you, but you have to pay a five-hundred-dollar application fee first.", "For this late payment we add a hundred-dollar reminder fee every week.", "If you don't want us coming to your door, you'll have to pay a three-hundred-dollar no-visit fee."],
      new_borrowing: ["Didn't your credit card limit just go up? Cash it out and pay us first.", "Borrow some from your boss. He won't miss it anyway.", "Just find any lending site online and take out a loan. The money lands in three minutes."],
    },
  },
  clean: {
    zh: [
      [['debtor', '这个账户我是被冒名的，我要求你们先调查清楚，在此之前别催我。'], ['agent', '好的，我们已经为您登记冒名争议，调查期间暂停催收，调查结果会书面告知您。']],
      [['debtor', '我现在失业在家，还要照顾瘫痪的父亲，真的一点余钱都没有。'], ['agent', '理解您的难处。我们先把这笔账暂缓，您可以提交困难证明，我们帮您看看有没有减免或者延期的办法。']],
      [['agent', '我们不会联系您孩子同学的家长，也不会向任何协会通报。']],
      [['agent', '申请减免是免费的，我们也不收提醒费或者上门费。']],
      [['debtor', '你们才连狗都不如，天天打电话骚扰人。'], ['agent', '抱歉给您带来困扰，您方便的时候我们再联系。']],
    ],
    en: [
      [['debtor', "Someone opened this account in my name. I want you to investigate first, and don't chase me until then."], ['agent', "All right, we've logged it as an identity dispute and paused collection during the investigation. We'll tell you the result in writing."]],
      [['debtor', "I'm out of work and taking care of my paralyzed father. There's really no money left over."], ['agent', "I understand how hard that is. We'll put this account on hold, and if you send proof of hardship we'll look at whether a reduction or an extension is possible."]],
      [['agent', "We won't contact the parents of your kid's classmates, and we don't report anything to any association."]],
      [['agent', "Applying for a reduction is free, and we don't charge reminder fees or visit fees."]],
      [['debtor', "You're the ones lower than dogs, harassing people every day."], ['agent', "Sorry for the trouble. We'll be in touch at a better time."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['以后不要再打我电话，我不想再听到你们的声音。', '不想听也得听，这钱一天不还，电话一天不会少。'],
      ignored_attorney: ['我的案子有律师代理，他的电话我发给你们了。', '律师的电话我们收到了，不过跟你确认一下，这周五能还多少？'],
      ignored_dispute: ['合同上的利率跟你们说的不一样，我不认这个数。', '认不认都得还，利率是系统定的，你先按这个数还。'],
      ignored_hardship: ['我老婆刚做完手术，我现在一个人打两份工，实在挤不出钱。', '打两份工收入应该不少啊，每个月挤一千出来不难吧。'],
    },
    en: {
      ignored_stop_request: ["Don't call me again. I never want to hear from you people again.", "Want to or not, you'll hear from us. As long as this isn't paid, the calls won't let up."],
      ignored_attorney: ["A lawyer is representing me. I've sent you his number.", "We got the lawyer's number, but just to confirm with you, how much can you pay this Friday?"],
      ignored_dispute: ["The rate in the contract isn't what you're telling me. I don't accept this number.", "Accept it or not, you have to pay. The rate is set by the system, so pay this amount first."],
      ignored_hardship: ["My wife just had surgery and I'm working two jobs on my own. I really can't squeeze out any money.", "With two jobs you must be earning decent money. Squeezing out a thousand a month shouldn't be hard."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他女朋友，他在洗澡，你有什么事跟我说吧。'], ['agent', '那你跟他说，他在我们这借的三万块已经逾期了，催收部门在跟进。']],
    en: [['third_party', "I'm his girlfriend. He's in the shower, so tell me what it's about."], ['agent', "Then tell him the thirty thousand he borrowed from us is past due and our collections department is on it."]],
  },
};
