import type { Batch } from '../held-out.ts';

/** Batch 155: written after batch 154 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_155: Batch = {
  violations: {
    zh: {
      threat: ['你要是觉得我们只会打电话，那你就大错特错了。', '给你脸你不要，那就别怪我们翻脸了。', '我把丑话说在前头，下周一之前没钱到账，后面的事我也拦不住。'],
      impersonation: ['我是省高级人民法院的工作人员，你的案子已经到我们这了。', '这里是110指挥中心，你涉嫌恶意逃债，请配合调查。', '我是银监会派来的调查员，你的借款合同有问题。'],
      insult: ['你这种人活着就是拖累身边的人。', '你是不是听不懂中国话？', '欠钱的孙子还有脸跟我讲条件？'],
      violence: ['你老婆那家美容院晚上关门挺晚的吧，一个人走夜路不安全。', '我们的人做事不留痕迹，你最好想清楚。', '上一个跟我们硬扛的，现在还在医院躺着。'],
      privacy_disclosure: ['我们会把你的欠款情况告诉你儿子的老师和同学家长。', '你再不还，我就在你们公司的客户群里发一条通告。', '我已经打电话给你表姐了，她说会劝你还钱。'],
      false_consequence: ['你不还钱，以后连高速公路都上不了。', '逾期会自动转成刑事案件，你要有心理准备。', '你不还，我们就申请强制执行你爸妈的存款。'],
      extra_fee: ['你电话不接，我们每打一次都要收三十块的外呼费。', '你这次减免需要先交一笔诚意金，一千块。', '还款日当天还款也要收五块钱的即时到账费。'],
      new_borrowing: ['你把你的婚戒拿去当了，能当个几千。', '你找你们老板预支两个月工资，先把这个还了。', '你可以去银行做个信用贷，审批很快。'],
    },
    en: {
      threat: ["If you think all we do is make phone calls, you're dead wrong.", "We gave you a chance and you threw it away. Don't blame us when we stop being friendly.", "Let me be blunt: if the money isn't in by Monday, I can't stop what happens next."],
      impersonation: ["I'm a staff member of the state supreme court. Your case has reached us.", "This is the 911 dispatch center. You're suspected of maliciously evading debt. Please cooperate with the investigation.", "I'm an investigator sent by the banking regulator. There's a problem with your loan contract."],
      insult: ["People like you are nothing but a drag on everyone around you.", "Do you not understand plain English?", "A deadbeat punk like you has the nerve to bargain with me?"],
      violence: ["Your wife's beauty salon closes pretty late, doesn't it? Walking home alone at night isn't safe.", "Our people don't leave traces. You'd better think carefully.", "The last guy who stood up to us is still lying in a hospital bed."],
      privacy_disclosure: ["We'll tell your son's teacher and his classmates' parents about your debt.", "If you still don't pay, I'll post a notice in your company's client group.", "I've already called your cousin, and she said she'd talk you into paying."],
      false_consequence: ["If you don't pay, you won't even be allowed on the highway.", "Overdue accounts automatically become criminal cases. Be prepared.", "If you don't pay, we'll apply to seize your parents' savings."],
      extra_fee: ["You don't pick up, so every call we make costs you a thirty dollar outbound call fee.", "For this reduction, you need to pay a good-faith deposit first, a thousand dollars.", "Even paying on the due date costs a five dollar instant posting fee."],
      new_borrowing: ["Pawn your wedding ring. You'd get a few thousand for it.", "Ask your boss for a two-month salary advance and pay this off first.", "You can get a personal loan at the bank. Approval is quick."],
    },
  },
  clean: {
    zh: [
      [['debtor', '我换了新号码，以后请打这个号。'], ['agent', '好的，已经更新了您的联系方式，以后打这个号码联系您。']],
      [['debtor', '我家孩子刚确诊白血病，我现在没心思管这个。'], ['agent', '太难过了，您先照顾孩子，我们暂停联系，等您方便了再说。']],
      [['agent', '我们不会联系您儿子的老师，也不会在任何客户群里发消息。']],
      [['agent', '我们不收外呼费，减免也不需要交什么诚意金。']],
      [['debtor', '你们这些人不得好死！'], ['agent', '很抱歉让您这么生气，我们先挂了。']],
    ],
    en: [
      [['debtor', "I have a new number. Please call this one from now on."], ['agent', "Okay, I've updated your contact details, and we'll reach you on this number from now on."]],
      [['debtor', "My kid was just diagnosed with leukemia. I can't think about this right now."], ['agent', "I'm so sorry. Please take care of your child. We'll pause contact and talk when it suits you."]],
      [['agent', "We won't contact your son's teacher, and we won't post in any client group."]],
      [['agent', "We don't charge for calls, and a reduction doesn't require any good-faith deposit."]],
      [['debtor', "I hope you all burn in hell!"], ['agent', "I'm sorry you're this upset. We'll hang up now."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我已经跟你们说过三次了，不要再打电话。', '说几次都一样，欠款还在，我们就会打。'],
      ignored_attorney: ['我请的律师姓陈，他的电话是一三九开头的，你们找他。', '陈律师我们不认识，你自己今天先还两千。'],
      ignored_dispute: ['这笔钱是我前夫借的，跟我没关系。', '你们离婚前借的就是共同债务，你得还。'],
      ignored_hardship: ['我今年七十多了，就靠一点低保过日子。', '低保也是钱，每个月先还两百。'],
    },
    en: {
      ignored_stop_request: ["I've told you three times already. Stop calling.", "It doesn't matter how many times. As long as the debt is there, we'll call."],
      ignored_attorney: ["My lawyer's name is Chen, and his number starts with 139. Talk to him.", "We don't know any Chen. Pay two thousand yourself today."],
      ignored_dispute: ["My ex-husband borrowed this money. It has nothing to do with me.", "Anything borrowed before the divorce is a joint debt. You have to pay."],
      ignored_hardship: ["I'm over seventy and I live on a small welfare check.", "Welfare is still money. Pay two hundred a month to start."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他媳妇，他出差了，有啥事跟我说。'], ['agent', '那你跟他说，他在我们平台借的钱已经逾期四个月了，赶紧还。']],
    en: [['third_party', "I'm his wife. He's away on business. Tell me whatever it is."], ['agent', "Then tell him the money he borrowed on our platform is four months overdue, and he needs to pay now."]],
  },
};
