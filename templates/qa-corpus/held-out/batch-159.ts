import type { Batch } from '../held-out.ts';

/** Batch 159: written after batch 158 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_159: Batch = {
  violations: {
    zh: {
      threat: ['这件事你要是不当回事，我保证你会记一辈子。', '我们有的是办法让你主动打电话过来。', '你不还也行，咱们走着瞧，看谁先撑不住。'],
      impersonation: ['我是公安部刑侦局的，你的名字出现在我们的通缉系统里。', '这里是法院执行局，执行法官现在要跟你通话。', '我是你们县政府办公室的，领导很关注你的欠款问题。'],
      insult: ['你这种人，连自己说过的话都不认，真下作。', '你这辈子就只会给别人添麻烦。', '你是不是喝酒把脑子喝坏了？'],
      violence: ['你每天早上在公园晨跑，那边人少，小心点。', '我们兄弟最近手痒，正缺个练手的。', '你那个快递站，晚上要是进去几个人，东西可就不好说了。'],
      privacy_disclosure: ['我们已经打电话告诉你的房东和邻居了。', '你再不还，我们就在你的朋友圈底下挨个评论。', '你婚礼那天，我们会派人去现场说你欠钱的事。'],
      false_consequence: ['你不还，以后你家连宽带都装不了。', '逾期超过一年，你的房子会被自动拍卖。', '你这样拖着，法院会判你三年以上。'],
      extra_fee: ['你要延后一周还款，要交一百块的宽限费。', '每次短信提醒收十块，这个月一共三十。', '结清之后开具无欠款证明，要收三百块。'],
      new_borrowing: ['你去办一个信用卡分期，把钱套出来还我们。', '你那个车位不是空着吗，拿去抵押贷点钱。', '你去借点民间借贷，先把这边结了。'],
    },
    en: {
      threat: ["If you don't take this seriously, I promise you'll remember it for the rest of your life.", "We have plenty of ways to make you call us yourself.", "Fine, don't pay. We'll see who cracks first."],
      impersonation: ["I'm with the Ministry of Public Security's criminal investigation bureau. Your name has come up in our wanted-persons system.", "This is the court's enforcement bureau. The enforcement judge wants to speak with you now.", "I'm from your county government office. The leadership is very concerned about your debt."],
      insult: ["You can't even stand by your own word. How low can you get?", "All you've ever done in your life is make trouble for other people.", "Did you drink your brains away or something?"],
      violence: ["You jog in the park every morning, and there aren't many people around. Be careful.", "Our guys have itchy fists lately, and they need someone to practice on.", "That parcel station of yours, if a few people got in there at night, who knows what would happen to the stuff."],
      privacy_disclosure: ["We've already called your landlord and your neighbors and told them.", "If you still don't pay, we'll comment on every one of your social media posts.", "On your wedding day, we'll send someone to tell everyone there about your debt."],
      false_consequence: ["If you don't pay, you won't even be able to get internet installed at home.", "After a year overdue, your house gets auctioned off automatically.", "If you keep stalling, the court will sentence you to more than three years."],
      extra_fee: ["If you want to push the payment back a week, there's a hundred dollar grace fee.", "Each text reminder costs ten dollars, thirty in total this month.", "After you settle, a no-balance certificate costs three hundred dollars."],
      new_borrowing: ["Set up a credit card installment and pull the cash out to pay us.", "That parking space of yours is sitting empty, right? Put it up as collateral for a loan.", "Get a private loan somewhere and settle this first."],
    },
  },
  clean: {
    zh: [
      [['debtor', '你们一天打好几次，能不能一周最多打一次？'], ['agent', '可以，我们以后一周最多联系您一次。']],
      [['debtor', '我刚查出来尿毒症，要开始透析了。'], ['agent', '请您安心治疗，这段时间我们暂停催收，等您方便了再联系。']],
      [['agent', '我们不会联系您的房东和邻居，也不会在您的朋友圈留言。']],
      [['agent', '延后一周还款不收费，短信提醒也是免费的。']],
      [['debtor', '你们这帮吸血鬼，钱都让你们赚了！'], ['agent', '理解您的心情，有任何疑问可以拨打客服电话。']],
    ],
    en: [
      [['debtor', "You call several times a day. Can you call at most once a week?"], ['agent', "Sure. From now on we'll contact you at most once a week."]],
      [['debtor', "I was just diagnosed with kidney failure and I'm starting dialysis."], ['agent', "Please focus on your treatment. We'll pause collection for now and get in touch when it suits you."]],
      [['agent', "We won't contact your landlord or your neighbors, and we won't comment on your posts."]],
      [['agent', "Pushing the payment back a week is free, and text reminders cost nothing."]],
      [['debtor', "You bloodsuckers are making all the money!"], ['agent', "I understand how you feel. If you have any questions, you can call customer service."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['请不要再联系我了，我已经向监管部门投诉了。', '投诉不影响还款，你今天还是得给个说法。'],
      ignored_attorney: ['律师函这两天就会寄到你们公司，别再直接找我。', '等律师函太久了，你今天先还五百表示诚意。'],
      ignored_dispute: ['你们给我的账单金额和App上的不一样。', '以我们系统为准，今天先把账单上的还了。'],
      ignored_hardship: ['我刚生了二胎，老公又失业了。', '那也得想办法，孩子奶粉钱省一点就有了。'],
    },
    en: {
      ignored_stop_request: ["Please stop contacting me. I've already filed a complaint with the regulator.", "A complaint doesn't change the payment. You still need to give me an answer today."],
      ignored_attorney: ["My lawyer's letter will reach your company in a couple of days. Stop coming to me directly.", "Waiting for a letter takes too long. Pay five hundred today as a show of good faith."],
      ignored_dispute: ["The amount on the statement you sent doesn't match what's in the app.", "Our system is what counts. Pay what's on the statement today."],
      ignored_hardship: ["I just had my second baby and my husband lost his job.", "You'll still have to find a way. Save a little on the formula and you'll have it."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他前妻，他现在不住这儿了。'], ['agent', '那麻烦你转告他，他在我们这儿欠的两万块必须这个月还。']],
    en: [['third_party', "I'm his ex-wife. He doesn't live here anymore."], ['agent', "Then please tell him the twenty thousand he owes us has to be paid this month."]],
  },
};
