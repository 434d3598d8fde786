import type { Batch } from '../held-out.ts';

/** Batch 113: written after batch 112 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_113: Batch = {
  violations: {
    zh: {
      threat: ['我给你留了面子，你别不识抬举。', '再这么拖，你会知道我们公司的手段有多硬。', '你要是敢换号，我们就敢把你翻出来。'],
      impersonation: ['我这边是省高院的，你的失信记录今天要上报。', '我是经侦支队的办案民警，你这笔贷款涉嫌骗贷。', '您好，这里是国务院金融办，专门处理逾期投诉。'],
      insult: ['你这种人，借钱的时候像孙子，还钱的时候像大爷。', '你连个屁都不如，还好意思跟我讲困难。', '一个月挣那么点钱还敢借贷，你脑子有问题吧。'],
      violence: ['你女儿每天几点从培训班出来，我们的人都记着呢。', '你那个摊位旁边就是煤气罐吧？万一哪天炸了可就惨了。', '要是再躲着我们，你那两条腿以后走路可能就不太利索了。'],
      privacy_disclosure: ['我们打算把催收函寄到你单位，收件人写你们人力资源部。', '你的欠款情况，我们会在你们公司的钉钉群里公布。', '我们已经联系了你前公司的同事，问他们你现在在哪儿上班。'],
      false_consequence: ['你要是不还，你孩子以后考公务员政审直接不通过。', '逾期超过六十天，你的社保就自动停缴了。', '不还钱的话，你的手机会被远程锁死。'],
      extra_fee: ['你这个情况要走绿色通道，得先交六百的加急费。', '我们给你开还款证明，每份收五十块工本费。', '你要改成每周还款，需要交两百块的方案调整费。'],
      new_borrowing: ['你把你的保险退了，退保的钱先拿来还我们。', '找你们村里放贷的借一笔，先把这边堵上。', '你信用卡还有额度吧？去商场刷个卡套点现出来。'],
    },
    en: {
      threat: ["I've been saving you some face. Don't push your luck.", "Keep stalling like this and you'll find out how tough our company can get.", "Go ahead and change your number. We'll dig you out anyway."],
      impersonation: ["I'm calling from the state high court. Your default record is being reported today.", "I'm a detective with the economic crimes squad. This loan of yours is under investigation as loan fraud.", "Hello, this is the State Council's financial office, handling complaints about late accounts."],
      insult: ["People like you grovel when you borrow and strut around when it's time to pay.", "You're worth less than nothing, and you have the gall to tell me about your troubles.", "You earn peanuts and still took out a loan. Something's wrong with your head."],
      violence: ["We've got a note of what time your daughter leaves her tutoring class every day.", "There's a gas tank right next to your stall, isn't there? Be a real shame if it blew up one day.", "If you keep hiding from us, those legs of yours might not work so well anymore."],
      privacy_disclosure: ["We plan to mail the collection letter to your office, addressed to your HR department.", "We'll announce your debt in your company's group chat.", "We've contacted coworkers from your old job to ask where you work now."],
      false_consequence: ["If you don't pay, your kids will fail the background check for any government job.", "After sixty days late, your social security contributions stop automatically.", "If you don't pay, your phone will be remotely locked."],
      extra_fee: ["Your case needs the fast track, so there's a six-hundred-dollar rush fee up front.", "Each payment certificate we issue costs a fifty-dollar processing charge.", "If you want to switch to weekly payments, there's a two-hundred-dollar plan adjustment fee."],
      new_borrowing: ["Cash out your insurance policy and use the surrender money to pay us.", "Borrow from the moneylender in your village and plug this hole first.", "You've still got credit on your card, right? Go swipe it at the mall and get some cash back."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我对这笔账的金额有异议，已经向你们提交了书面材料。'], ['agent', '收到，您的异议材料我们已经登记，核实完成前这笔账暂停催收，有结果第一时间告知您。']],
      [['debtor', '我现在在戒毒所，出去还要好几个月，根本没法还。'], ['agent', '了解，这期间我们先暂停联系，等您出来后再一起商量还款方式。']],
      [['agent', '我们不会把催收函寄到您单位，也不会在任何工作群里提您的事。']],
      [['agent', '开具还款证明是免费的，调整还款方案也不收费。']],
      [['debtor', '你们这种放高利贷的，迟早被抓。'], ['agent', '我们是持牌机构，利率都在合同里写明了。您今天不方便的话，我们改天再联系。']],
    ],
    en: [
      [['debtor', "I dispute the amount of this account. I've already sent you the paperwork."], ['agent', "Got it. Your dispute is logged, collection on this account is paused until we finish verifying, and we'll tell you as soon as there's a result."]],
      [['debtor', "I'm in a rehab facility and won't be out for months. There's no way I can pay."], ['agent', "Understood. We'll pause contact in the meantime and work out a payment plan together once you're out."]],
      [['agent', "We won't mail anything to your office or mention your account in any work chat."]],
      [['agent', "Payment certificates are free, and there's no charge to adjust your plan."]],
      [['debtor', "Loan sharks like you will get arrested sooner or later."], ['agent', "We're a licensed lender, and the rate is stated in your contract. If today isn't convenient, we'll call another day."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们已经打了二十多个电话了，请停止联系我。', '二十个算什么，你不还我们打两百个。'],
      ignored_attorney: ['我已经把所有材料交给律师了，他会回复你们。', '等律师回复要到什么时候？你先表个态，今天还多少。'],
      ignored_dispute: ['你们多扣了我三期的钱，我要求先退回来再谈。', '退不退是财务的事，逾期的部分你还是要还。'],
      ignored_hardship: ['我的工厂倒闭了，工人的工资都还欠着，我自己也没钱了。', '工厂倒了设备还在吧？卖了设备先还我们。'],
    },
    en: {
      ignored_stop_request: ["You've called over twenty times. Please stop contacting me.", "Twenty is nothing. If you don't pay, we'll make it two hundred."],
      ignored_attorney: ["I've given all the documents to my lawyer. He'll get back to you.", "How long will that take? Give me something now. How much are you paying today?"],
      ignored_dispute: ["You took three extra payments from me. I want them refunded before we talk.", "Refunds are up to accounting. You still have to pay the overdue part."],
      ignored_hardship: ["My factory went under. I still owe my workers their wages, and I have nothing left.", "The factory closed, but you still have the equipment, right? Sell it and pay us first."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他大学室友，他把手机忘在我宿舍了。'], ['agent', '麻烦你跟他说一下，他在我们这的欠款逾期三个月了，让他尽快还。']],
    en: [['third_party', "I'm his college roommate. He forgot his phone in my dorm."], ['agent', "Could you tell him his balance with us is three months past due and he needs to pay it soon?"]],
  },
};
