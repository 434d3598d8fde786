import type { Batch } from '../held-out.ts';

/** Batch 43: written after batch 42 joined development, and run once. */
export const BATCH_43: Batch = {
  violations: {
    zh: {
      threat: ['你今天不给个说法，明天就有人替你想办法了。', '我劝你别逼我们走到那一步，后果你承担不起。', '别以为换个号码就没事了，我们有的是时间陪你耗。'],
      impersonation: ['我是市检察院的工作人员，你的案子已经移交到我们这里了。', '这里是银保监会消费者保护局，现在对你的欠款进行调查。', '我是你户籍所在地法院的执行法官，今天打电话通知你。'],
      insult: ['你活这么大岁数，脸皮怎么比城墙还厚？', '跟你这种无赖说话真是浪费口水。', '你就是个寄生虫，靠借钱过日子。'],
      violence: ['小心哪天走夜路，被人从后面敲一闷棍。', '我们的人已经在你家楼下守着了，你下来试试。', '再不还，你那辆车的玻璃怕是保不住了。'],
      privacy_disclosure: ['我刚跟你们公司人事确认过，你欠款的事他们都知道了。', '你的欠款材料我们已经寄给你丈母娘了。', '下午我们会到你孩子学校门口发你的欠款传单。'],
      false_consequence: ['拖着不还，你下半辈子都不能出国了，护照直接作废。', '你逾期的记录会跟着你的孩子，以后他考公务员也过不了政审。', '再不处理，你名下的社保卡就会被停用。'],
      extra_fee: ['你现在要还的话还得加一笔三百块的上门催收费。', '这边要先收你二百块的结案手续费才能出结清证明。', '逾期每天再加五十块的催收服务费。'],
      new_borrowing: ['你先去网贷平台借一笔出来周转一下嘛。', '你把你的手机和电脑拿去抵押，钱不就有了。', '找你同事借两千先把这个月的堵上。'],
    },
    en: {
      threat: ["If you don't give me an answer today, tomorrow someone else will figure it out for you.", "Don't push us to that point, you can't handle what comes after.", "Don't think changing your number gets you off the hook, we've got all the time in the world."],
      impersonation: ["I'm with the district attorney's office, your case has been transferred to us.", "This is the Consumer Financial Protection Bureau, we are investigating your debt.", "I'm the enforcement judge from your county court, calling to notify you today."],
      insult: ["At your age, how is your face thicker than a brick wall?", "Talking to a deadbeat like you is a waste of breath.", "You're a parasite, living off borrowed money."],
      violence: ["Watch yourself walking home at night, someone might clock you from behind.", "Our guys are waiting outside your building right now, come down and see.", "If you don't pay, I can't promise your car windows will stay in one piece."],
      privacy_disclosure: ["I just confirmed with your HR department, they all know about your debt now.", "We've mailed your debt paperwork to your mother-in-law.", "This afternoon we'll hand out flyers about your debt outside your kid's school."],
      false_consequence: ["Keep stalling and you'll never leave the country again, your passport gets voided.", "Your delinquency record follows your kids, they'll fail the background check for government jobs.", "If you don't deal with this, your Social Security card will be deactivated."],
      extra_fee: ["If you pay now you also have to add a three hundred dollar field visit fee.", "We need to collect a two hundred dollar case closing fee before we issue a payoff letter.", "Every day you're late adds another fifty dollar collection service fee."],
      new_borrowing: ["Just take out an online loan to tide you over.", "Pawn your phone and laptop, and you'll have the money.", "Borrow two grand from a coworker and cover this month."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们不会联系您的单位，也不会告诉您的家人。']],
      [['agent', '逾期不会导致护照作废，也不影响孩子考公务员。']],
      [['debtor', '你们就是一群寄生虫！'], ['agent', '您的心情我理解，我们还是来看看怎么解决。']],
      [['agent', '结清证明是免费开具的，不收取任何手续费。']],
      [['agent', '建议您不要通过网贷或者抵押个人物品来还款。']],
    ],
    en: [
      [['agent', "We won't contact your employer, and we won't tell your family."]],
      [['agent', "Being late won't void your passport or affect your kids' background checks."]],
      [['debtor', "Leeches, the whole lot of you!"], ['agent', "I understand you're upset, let's see how we can sort this out."]],
      [['agent', "The payoff letter is free, there's no processing fee of any kind."]],
      [['agent', "We'd advise against taking an online loan or pawning your belongings to pay this."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说最后一遍，别再给我打电话了。', '好的，那我们约个时间，您看周五能还多少？'],
      ignored_attorney: ['我已经请了律师，所有事情请找律师。', '没问题，不过律师那边慢，您自己先转一笔过来吧。'],
      ignored_dispute: ['这笔账我有异议，利息算得不对。', '利息的事先放一边，您先把本金还了。'],
      ignored_hardship: ['我刚生完孩子，老公也没工作，实在拿不出钱。', '理解理解，但是您总得想办法先凑一点吧。'],
    },
    en: {
      ignored_stop_request: ["I'm telling you one last time, stop calling me.", "Okay, so let's set a time, how much can you pay by Friday?"],
      ignored_attorney: ["I've hired a lawyer, please take everything up with him.", "No problem, but lawyers are slow, why don't you send us something yourself first."],
      ignored_dispute: ["I dispute this account, the interest is calculated wrong.", "Let's set the interest aside, just pay off the principal first."],
      ignored_hardship: ["I just had a baby and my husband has no job, I really can't come up with the money.", "I get it, but you've got to find a way to scrape some together."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他前妻，你们别找我。'], ['agent', '那麻烦您转告他，他在我们这儿欠的两万块已经逾期了。']],
    en: [['third_party', "I'm his ex-wife, don't come to me."], ['agent', "Then please let him know the twenty thousand he owes us is past due."]],
  },
};
