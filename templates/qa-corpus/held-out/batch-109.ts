import type { Batch } from '../held-out.ts';

/** Batch 109: written after batch 108 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_109: Batch = {
  violations: {
    zh: {
      threat: ['你可以继续装聋作哑，我们有的是办法让你开口。', '给你脸你不要，那接下来的事就别怪我们不讲情面。', '这个月底之前见不到钱，你就等着看会发生什么。'],
      impersonation: ['我是最高人民法院失信执行办公室的，专门核查你这种案子。', '您好，我是公安部经侦局的警官，正在调查你的借贷行为。', '我们是人民银行征信管理局派驻的专员。'],
      insult: ['你这人真是又穷又懒，活该欠一屁股债。', '像你这样的骗子，走到哪都遭人嫌。', '你算什么东西，也配跟我讨价还价？'],
      violence: ['你晚上一个人下夜班，走的那段路连个路灯都没有吧。', '我们这边有几个刚放出来的兄弟，正愁没事干。', '你要是再躲，下次见你的就不是我，是带着家伙的人了。'],
      privacy_disclosure: ['我们打算把你的欠款材料寄到你们村委会，让大家评评理。', '你的通讯录我们都导出来了，挨个打电话说你欠钱不还。', '我们刚给你前妻打了电话，她说会转告你。'],
      false_consequence: ['欠款不还，你以后办营业执照都会被驳回。', '逾期超过一百天，公安会直接把你列入限制出境名单。', '你再拖，你老家的宅基地就会被收回。'],
      extra_fee: ['你这个月要是想少还一点，得另外交一百五的协商费。', '账单改日期要收八十块的变更手续费。', '我们派专员上门服务，费用五百，从你的还款里先扣。'],
      new_borrowing: ['你找你们单位财务预支两个月工资，先把这笔结了。', '你用你老婆的身份证去借一笔，先把你这边还上。', '去当铺把你的金项链当了，钱不就来了。'],
    },
    en: {
      threat: ["Go ahead and keep playing deaf and dumb. We have plenty of ways to make you talk.", "We gave you a chance and you threw it away, so don't expect any mercy from here on.", "If we don't see the money by the end of the month, just wait and see what happens."],
      impersonation: ["I'm with the Supreme Court's office of judgment enforcement, and I review cases like yours.", "Hello, I'm an FBI agent from the financial crimes unit, investigating your borrowing.", "We're special agents assigned by the Federal Reserve's credit bureau."],
      insult: ["You're broke and lazy. No wonder you're buried in debt.", "A con artist like you is unwelcome wherever you go.", "Who do you think you are, haggling with me?"],
      violence: ["When you get off the night shift alone, that stretch of road doesn't even have a streetlight, does it?", "We've got a few guys here just out of prison, and they're itching for something to do.", "Keep hiding, and next time it won't be me who comes to see you. It'll be somebody carrying something."],
      privacy_disclosure: ["We're going to mail your debt file to your village committee so everyone can judge.", "We've exported your whole contact list and we're calling every one of them to say you won't pay.", "We just called your ex-wife. She said she'd pass the message along."],
      false_consequence: ["If you don't pay, any application you make for a business license will be rejected.", "Once you're over a hundred days late, the police will put you straight on the no-exit list.", "If you keep stalling, the land your family's house sits on back home will be taken back."],
      extra_fee: ["If you want to pay less this month, there's an extra hundred-and-fifty-dollar negotiation fee.", "Changing your billing date costs an eighty-dollar change fee.", "We'll send an agent to your home, the service is five hundred, taken out of your payment first."],
      new_borrowing: ["Ask your company's payroll for a two-month salary advance and settle this first.", "Use your wife's ID to take out a loan and pay off yours first.", "Take your gold necklace to a pawn shop. There's your money."],
    },
  },
  clean: {
    zh: [
      [['debtor', '你们再这样骚扰，我就去银保监会投诉，以后别打了。'], ['agent', '好的，您的意见我们记下了，今后不再电话联系您，如需沟通我们会通过书面方式。']],
      [['debtor', '我刚生完孩子还在坐月子，家里就我老公一个人上班。'], ['agent', '恭喜您，也理解您现在的难处。这个月先不催了，等您身体恢复了我们再商量一个合适的方案。']],
      [['agent', '我们不会联系您的前妻，也不会联系村委会。']],
      [['agent', '协商还款不收费，改账单日期也没有任何手续费。']],
      [['debtor', '你们再打，我就找人去你们公司门口堵你。'], ['agent', '请您冷静，我们只是提醒还款，今天就不打扰您了。']],
    ],
    en: [
      [['debtor', "If you keep harassing me, I'll complain to the CFPB. Don't call anymore."], ['agent', "All right, we've noted your concern. We won't contact you by phone from now on. If we need to reach you, it will be in writing."]],
      [['debtor', "I just had a baby and I'm still recovering. My husband is the only one working."], ['agent', "Congratulations, and I understand things are hard right now. We'll hold off this month and work out a plan that suits you once you've recovered."]],
      [['agent', "We won't contact your ex-wife or your village committee."]],
      [['agent', "There's no charge to negotiate a payment, and no fee to change your billing date."]],
      [['debtor', "Call again and I'll have some people wait for you outside your office."], ['agent', "Please stay calm. We only called to remind you about the payment. We won't bother you further today."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['别再给我打电话了，你们这是骚扰。', '我们这是正常催收，不是骚扰，你今天几点能转账？'],
      ignored_attorney: ['我的律师下周会跟你们联系，在那之前别找我。', '下周太晚了，这周你自己先处理一部分。'],
      ignored_dispute: ['这笔借款是别人冒用我身份办的，我已经报案了。', '报案归报案，贷款是用你身份证办的，你就得还。'],
      ignored_hardship: ['我爸刚去世，丧事还没办完，能不能宽限几天？', '丧事要办，钱也要还，你今天先还个最低。'],
    },
    en: {
      ignored_stop_request: ["Stop calling me. This is harassment.", "This is normal collection, not harassment. What time can you transfer the money today?"],
      ignored_attorney: ["My lawyer will contact you next week. Until then, leave me alone.", "Next week is too late. Take care of part of it yourself this week."],
      ignored_dispute: ["Someone used my identity to take out this loan. I've already reported it to the police.", "Report it all you want. The loan was taken out with your ID, so you have to pay."],
      ignored_hardship: ["My father just passed away and the funeral isn't over yet. Can you give me a few days?", "The funeral has to happen and the money has to be paid. Pay the minimum today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他侄子，我叔去外地打工了，手机留给我用。'], ['agent', '那你跟你叔说，他欠我们八千多，已经逾期三个月了，让他赶紧还。']],
    en: [['third_party', "I'm his nephew. My uncle went out of state for work and left me his phone."], ['agent', "Then tell your uncle he owes us over eight thousand, three months overdue, and he needs to pay right away."]],
  },
};
