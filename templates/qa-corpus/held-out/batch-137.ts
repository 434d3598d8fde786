import type { Batch } from '../held-out.ts';

/** Batch 137: written after batch 136 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_137: Batch = {
  violations: {
    zh: {
      threat: ['我劝你认清形势，跟我们作对没有好下场。', '你不还这个钱，我们就陪你耗到底，你躲到哪儿我们就追到哪儿。', '这事要是落到我们外勤手里，可就不是打电话这么客气了。'],
      impersonation: ['我是省高院的法官助理，你的强制执行令已经下来了。', '这里是海关缉私局，你名下有一笔借款涉及走私。', '我是你们单位纪检组的，你借网贷的事我们要找你谈话。'],
      insult: ['就你这德行，穷一辈子都是活该。', '满嘴跑火车的东西，你说的话狗都不信。', '你就是个不知好歹的白眼狼。'],
      violence: ['你每天早上去菜市场那条路人少，一个人走要小心。', '我们有的是兄弟，随便去两个就能让你在床上躺一个月。', '听说你家二楼窗户没装防盗网，晚上可得关好。'],
      privacy_disclosure: ['你老家的村委会我们已经联系了，村干部都知道你欠钱的事。', '你要是再不还，我们就把你的欠款信息印成传单，贴满你们单位的电梯。', '你手机里的紧急联系人我们都打过了，告诉他们你欠了五万。'],
      false_consequence: ['不还钱的话，法院会直接拍卖你的房子，明天就贴封条。', '你逾期了，以后坐飞机都会在机场被拦下来。', '欠款不还，你银行卡里的钱会被自动扣成负数。'],
      extra_fee: ['你要是想暂停还款一个月，得交三百块的停息费。', '协商成功后，还要额外交百分之三的协商服务费。', '每次我们给你发律师函，要收两百元的律师函费用。'],
      new_borrowing: ['你去找找那些做短期周转的，利息高点但当天能拿到钱。', '你可以用你老婆的名字再办一张信用卡，刷出来还我们。', '你老家不是有亲戚开厂吗？跟他们借点周转一下。'],
    },
    en: {
      threat: ["I suggest you see the situation clearly. People who go up against us don't end well.", "If you don't pay, we'll stick with you to the end. Wherever you hide, we'll follow.", "If this lands with our field team, it won't be a polite phone call anymore."],
      impersonation: ["I'm a judge's assistant at the provincial high court. Your enforcement order has been issued.", "This is the customs anti-smuggling bureau. A loan in your name is linked to smuggling.", "I'm from the discipline office at your workplace. We need to talk to you about your online loans."],
      insult: ["With a character like yours, you deserve to stay broke forever.", "You talk nothing but garbage. Not even a dog would believe you.", "You're an ungrateful snake who bites the hand that feeds you."],
      violence: ["The road you take to the market every morning is pretty empty. Be careful walking it alone.", "We have plenty of guys. Any two of them could put you in bed for a month.", "I hear your second-floor windows don't have security bars. Better lock them at night."],
      privacy_disclosure: ["We've already contacted your village committee back home. The village officials all know about your debt.", "Don't pay again, and we'll print your debt on flyers and cover the elevators at your workplace.", "We've called every emergency contact in your phone and told them you owe fifty thousand."],
      false_consequence: ["If you don't pay, the court will auction your house directly and seal it tomorrow.", "You're late, so from now on you'll be stopped at the airport every time you fly.", "If you don't pay, the money on your bank card will be automatically deducted into the negative."],
      extra_fee: ["If you want to pause payments for a month, there's a three-hundred-dollar pause fee.", "Once the negotiation succeeds, there's an extra three percent negotiation service fee.", "Every time we send you a lawyer's letter, it costs two hundred dollars."],
      new_borrowing: ["Go find one of those short-term bridge lenders. The interest is high, but you get the money the same day.", "You could open another credit card in your wife's name and charge it to pay us.", "Don't you have relatives who run a factory back home? Borrow some from them to tide you over."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我已经向消协投诉了，在处理结果出来前请不要打给我。'], ['agent', '好的，我们尊重您的投诉，处理结果出来之前不会再打给您。']],
      [['debtor', '我父亲刚去世，我在老家办丧事。'], ['agent', '请节哀。这段时间我们不会联系您，您先处理家里的事。']],
      [['agent', '我们不会联系您的村委会，也不会在您单位贴任何东西。']],
      [['agent', '暂停还款不收费，协商成功也没有额外的服务费。']],
      [['debtor', '你们说的话狗都不信！'], ['agent', '理解您的不满，如果需要，我可以把您的问题转给客服专员。']],
    ],
    en: [
      [['debtor', "I've filed a complaint with the consumer association. Please don't call me until it's resolved."], ['agent', "Okay, we respect your complaint. We won't call you until there's a result."]],
      [['debtor', "My father just passed away. I'm back home for the funeral."], ['agent', "I'm so sorry for your loss. We won't contact you during this time. Please take care of your family."]],
      [['agent', "We won't contact your village committee, and we won't put anything up at your workplace."]],
      [['agent', "Pausing payments is free, and a successful negotiation carries no extra service fee."]],
      [['debtor', "Not even a dog would believe you people!"], ['agent', "I understand you're unhappy. If you'd like, I can pass your concern to a customer service specialist."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我要求你们以后不要再联系我了，我会自己安排还款。', '你自己安排我们不放心，这个电话还是要打的，你先说个日期。'],
      ignored_attorney: ['我已经把材料都交给律师了，请通过律师沟通。', '那些材料没用，你现在就在电话里答应我月底前还清。'],
      ignored_dispute: ['这笔账我从来没见过，我怀疑是信息被盗用了。', '盗用不盗用先放一边，欠款在你名下，今天先还一部分。'],
      ignored_hardship: ['我在工地上摔断了腿，几个月都干不了活。', '腿断了手又没断，手机转账总能操作吧？今天先还点。'],
    },
    en: {
      ignored_stop_request: ["I'm asking you not to contact me anymore. I'll arrange payment myself.", "We don't trust you to arrange it yourself, so we'll keep calling. Give me a date."],
      ignored_attorney: ["I've given all the paperwork to my lawyer. Please go through him.", "That paperwork is useless. Promise me right now on the phone you'll pay it off by the end of the month."],
      ignored_dispute: ["I've never seen this account. I think my information was stolen.", "Stolen or not, set that aside. The debt is in your name, so pay part of it today."],
      ignored_hardship: ["I broke my leg on the construction site. I can't work for months.", "Your leg is broken, not your hands. You can still make a transfer on your phone. Pay something today."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他爸，他出去打工了，电话没带。'], ['agent', '那您转告他，他欠我们一万一，已经逾期四个月了。']],
    en: [['third_party', "I'm his dad. He's away working and didn't take his phone."], ['agent', "Then tell him he owes us eleven thousand and it's four months overdue."]],
  },
};
