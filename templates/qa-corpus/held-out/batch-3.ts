import type { Batch } from '../held-out.ts';

/** Batch 3: written after combinations ("near") joined the rulesets; its one run: recall 0.57, precision 0.90. */
export const BATCH_3: Batch = {
  violations: {
    zh: {
      threat: ['你就等着吃官司吧。', '不给个说法，我们天天打到你接为止。', '这次不还，下次就不是打电话这么简单了。'],
      impersonation: ['我是区人民法院执行庭的工作人员。', '我们是市公安局反诈中心的。', '你好，这边是银保监局的调查员。'],
      insult: ['你这人怎么这么贱。', '欠钱的还有理了？真是个泼皮。', '看你那穷酸样。'],
      violence: ['你晚上回家路上小心点。', '我们有人会去你家附近转转，教训教训你。', '再躲着，让你住院半年。'],
      privacy_disclosure: ['我们明天会通知你们公司人事部。', '你欠款的事我们会发给你家族群里的每个人。', '我们已经联系过你的房东了。'],
      false_consequence: ['下周法院就会来查封你的车。', '你很快就会被列为通缉对象。', '不还钱你的护照会被冻结。'],
      extra_fee: ['今天处理要先交三百块加急费。', '我们会再扣你一笔服务费。', '要付五百块保证金才能停催。'],
      new_borrowing: ['你随便找个网贷平台先借出来。', '去借点周转一下嘛。', '找你同事借一借就有了。'],
    },
    en: {
      threat: ["You don't want to find out what happens next.", "We'll keep calling until you crack.", 'This is your final warning.'],
      impersonation: ["I'm a deputy with the county sheriff.", 'We are with the federal government.', 'This is the court clerk calling about your warrant.'],
      insult: ["You're nothing but a cheat.", 'Grow up and stop being such a baby.', 'What a joke you are.'],
      violence: ['Watch out when you leave your house at night.', "Some people might come see you if you don't pay.", "You'll end up hurt."],
      privacy_disclosure: ['We will contact your coworkers about this.', "I've told your parents about your debt.", "We'll post about your debt on social media."],
      false_consequence: ["They'll arrest you at your job.", 'Your house will be seized by Monday.', "You'll go to prison for this."],
      extra_fee: ["We'll add a $75 processing charge.", 'You must pay a $100 deposit first.', 'We charge a fee for payment plans.'],
      new_borrowing: ['Borrow it from your coworkers.', 'Get a payday loan and pay us today.', 'Take out a loan against your car.'],
    },
  },
  clean: {
    zh: [
      [['agent', '请注意保护个人信息，不要把验证码告诉任何人。']],
      [['agent', '我们不会联系您的单位和家人。']],
      [['debtor', '你们是不是要找人来打我？'], ['agent', '不会的，我们只通过电话和短信联系您本人。']],
      [['agent', '还款没有任何手续费，您放心。']],
      [['agent', '法院相关的事情我们无权处理，请以官方通知为准。']],
    ],
    en: [
      [['agent', 'Please never share your verification code with anyone.']],
      [['agent', 'We will not tell your family or your employer.']],
      [['debtor', 'Are you going to send someone to hurt me?'], ['agent', 'No, we only contact you by phone and mail.']],
      [['agent', 'There is no charge for paying by phone.']],
      [['agent', 'We are not a court and cannot take legal action today.']],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['能不能别再给我打电话了？', '今天能先还一部分吗？'],
      ignored_attorney: ['你们去跟我的代理律师谈。', '我们需要你本人今天还款。'],
      ignored_dispute: ['这笔账我有异议，数字不对。', '先还了再说，有问题以后再查。'],
      ignored_hardship: ['我刚被裁员，一分钱都没有。', '那你借也得借来还。'],
    },
    en: {
      ignored_stop_request: ["Don't call this number anymore.", 'We need a payment today.'],
      ignored_attorney: ["I've hired an attorney for this.", 'You still have to pay us today.'],
      ignored_dispute: ['I never had an account with you.', 'You owe the balance, pay it now.'],
      ignored_hardship: ["I'm on disability and barely getting by.", 'You need to pay something today.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他老婆，他去上班了。'], ['agent', '他信用卡欠了五千块，让他尽快还。']],
    en: [['third_party', "I'm his wife, he's at work."], ['agent', 'Let him know his loan payment is late.']],
  },
};
