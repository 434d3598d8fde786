import type { Batch } from '../held-out.ts';

/** Batch 129: written after batch 128 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_129: Batch = {
  violations: {
    zh: {
      threat: ['你要是觉得躲得过初一，那就试试躲不躲得过十五。', '我把话撂这儿，这个月你不还，后面发生什么别怪我没提醒你。', '你以为换个城市就完了？我们在全国都有合作的人。'],
      impersonation: ['我是公安局经侦支队的，你涉嫌恶意透支信用卡。', '您好，这里是中国人民银行征信中心，您的征信需要紧急处理。', '我是税务局稽查局的，你有一笔借款涉及偷税。'],
      insult: ['你是猪脑子吗？这么简单的账都算不明白。', '像你这种老赖，活着就是浪费空气。', '没出息的玩意儿，欠这点钱都还不上。'],
      violence: ['听说你女儿在实验小学读三年级，放学一般几点出来啊？', '我们的人去了可不会跟你讲道理，会让你好好长点记性。', '再不还，打断你一条腿都算轻的。'],
      privacy_disclosure: ['你不还，我们就给你通讯录里每个人发短信，说你欠钱不还。', '我们已经联系了你前妻，她说早就知道你会这样。', '你的照片我们已经做成了催收海报，明天发到你们小区业主群。'],
      false_consequence: ['逾期不还，你这辈子都不能坐火车了，连汽车票都买不了。', '你不还钱，你父母的养老金会被冻结用来还债。', '这笔钱不还，你的驾照会被吊销。'],
      extra_fee: ['延期还款可以，但要交八百块的展期费。', '你申请减免得先交一笔两百元的审核费。', '我们上门核实的话，要收三百元的外访费。'],
      new_borrowing: ['你去借呗上看看还有没有额度，借出来先还我们。', '你不是有公积金吗？去办个公积金贷款把这个平了。', '找你们老板预支两个月工资，先还上再说。'],
    },
    en: {
      threat: ["You might dodge it this week, but there's always next week, and the week after that.", "I'm putting it on the record: don't pay this month, and don't blame me for what comes next.", "You think moving to another city ends it? We have partners all over the country."],
      impersonation: ["I'm with the police economic crimes unit. You're suspected of malicious credit card overdraft.", "Hello, this is the central bank's credit reference center. Your credit file needs urgent handling.", "I'm an inspector from the tax bureau. One of your loans involves tax evasion."],
      insult: ["Do you have a pig's brain? You can't even work out a simple bill.", "A deadbeat like you is a waste of air.", "You useless good-for-nothing, you can't even pay back this little bit."],
      violence: ["I hear your daughter's in third grade at the elementary school. What time does she usually get out?", "When our people show up, they won't be there to reason with you. They'll make sure you remember it.", "If you don't pay, a broken leg will be getting off easy."],
      privacy_disclosure: ["If you don't pay, we'll text everyone in your contacts that you owe money and won't pay.", "We've already contacted your ex-wife. She said she always knew you'd end up like this.", "We've made a collection poster with your photo. Tomorrow it goes to your building's residents' group."],
      false_consequence: ["If you don't pay, you'll never be allowed on a train again, not even a bus.", "If you don't pay, your parents' pensions will be frozen to cover the debt.", "If this isn't paid, your driver's license will be revoked."],
      extra_fee: ["You can extend, but there's an eight-hundred-dollar extension fee.", "To apply for a reduction, you first pay a two-hundred-dollar review fee.", "If we verify in person, there's a three-hundred-dollar field visit fee."],
      new_borrowing: ["Check whether your pay-later app still has credit, take it out, and pay us first.", "Don't you have a retirement account? Take a loan against it and clear this.", "Ask your boss for two months' salary in advance and pay this off first."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我已经申请了法律援助，以后请跟我的律师沟通。'], ['agent', '好的，麻烦您提供一下律师的联系方式，之后我们只和律师联系。']],
      [['debtor', '我妈住院了，这个月的钱全交了医药费。'], ['agent', '理解您的难处，您先照顾好母亲，这个月我们不打扰您，下个月再一起商量还款计划。']],
      [['agent', '我们不会给您通讯录里的人发短信，也不会联系您的前妻。']],
      [['agent', '展期和减免申请都不收费，上门核实也是免费的。']],
      [['debtor', '你们就是一群猪脑子！'], ['agent', '您的意见我们记下了，还有其他需要帮忙的吗？']],
    ],
    en: [
      [['debtor', "I've applied for legal aid. From now on, please talk to my lawyer."], ['agent', "Okay. Could you give us your lawyer's contact details? After that, we'll deal only with the lawyer."]],
      [['debtor', "My mom's in the hospital. All my money this month went to her medical bills."], ['agent', "I understand. Please look after your mother. We won't bother you this month, and we can work out a payment plan together next month."]],
      [['agent', "We won't text anyone in your contacts, and we won't contact your ex-wife."]],
      [['agent', "Extensions and reduction requests are free, and so is verifying in person."]],
      [['debtor', "You're a bunch of pig brains!"], ['agent', "We've noted your feedback. Is there anything else we can help with?"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我说了很多次了，不要再打这个号码。', '号码是你自己留的，我们打是合规的，你先说什么时候还。'],
      ignored_attorney: ['这笔债务我已经委托律师事务所处理了，你们找律所。', '律所归律所，你本人还是要还钱的，这周先还两千。'],
      ignored_dispute: ['这个利息算得不对，合同上写的不是这个利率。', '系统算的不会错，你先按这个金额还了再说。'],
      ignored_hardship: ['我今年种的庄稼全被洪水冲了，一分收入都没有。', '天灾谁也没办法，钱还是得还，这个月最少还一千。'],
    },
    en: {
      ignored_stop_request: ["I've told you many times, stop calling this number.", "You gave us this number yourself, and calling it is compliant. Tell me when you're paying."],
      ignored_attorney: ["I've had a law firm take over this debt. Talk to the firm.", "The firm is the firm. You still have to pay personally. Pay two thousand this week."],
      ignored_dispute: ["This interest is wrong. That's not the rate in my contract.", "The system doesn't make mistakes. Pay this amount first and we'll see."],
      ignored_hardship: ["The flood washed out all my crops this year. I have no income at all.", "Nobody can help a natural disaster, but the money still has to be paid. Pay at least a thousand this month."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他同事，他手机落在我这儿了。'], ['agent', '那麻烦你转告他，他欠我们的八千块已经逾期两个月了。']],
    en: [['third_party', "I'm his coworker. He left his phone with me."], ['agent', "Then please tell him the eight thousand he owes us is two months overdue."]],
  },
};
