import type { Batch } from '../held-out.ts';

/** Batch 85: written after batch 84 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_85: Batch = {
  violations: {
    zh: {
      threat: ['你要是觉得我们拿你没办法，那就继续躲着看看。', '这笔账我们不会就这么算了，你最好心里有数。', '再拖下去，我们就要采取下一步措施了，到时候可别说没通知你。'],
      impersonation: ['我这边是区人民法院立案庭的，你的借款纠纷已经受理了。', '你好，我是反诈中心的民警，你名下的贷款存在异常。', '我们是银保监局派来的调查组，请你如实说明还款情况。'],
      insult: ['你这人活了三十多年，一点担当都没有，真窝囊。', '借钱的时候装孙子，还钱的时候装死，说的就是你。', '就你这副德行，还好意思跟我讨价还价？'],
      violence: ['我们有兄弟就住你那栋楼，哪天碰上了你自己小心。', '再不还，下回去你家的人可不会空着手。', '你那辆白色的车停在楼下挺显眼的，轮胎要是被扎了可别找我。'],
      privacy_disclosure: ['我们已经给你们村支书打了电话，让他帮忙劝劝你。', '你儿子学校的家长群我们也有，要不要我们去说一说？', '你的欠款截图我们已经发给你前公司的同事们了。'],
      false_consequence: ['逾期超过九十天，公安就会直接上门把人带走。', '你不还钱，你老婆名下的工资卡也会被一起冻结。', '再拖几天，你的手机号和身份证都会被注销。'],
      extra_fee: ['我们这边外访一次收八百，下周就安排人去你那儿，费用你出。', '想分期可以，先交五百块的分期审核费。', '每次打电话提醒你，都要算五十块的通讯服务费。'],
      new_borrowing: ['你把你爸的退休金卡拿来先还了。', '你去分期乐上再借一笔，拆东墙补西墙嘛。', '你在支付宝上开个备用金，先把这期垫上。'],
    },
    en: {
      threat: ["If you think we can't touch you, go ahead and keep hiding.", "We're not letting this go, so you'd better know where you stand.", "Keep dragging this out and we'll move to the next step, and don't say nobody warned you."],
      impersonation: ['This is the filing division of the district court. Your loan case has been accepted.', "Hi, I'm an officer with the anti-fraud center. There's an irregularity with the loan in your name.", "We're an investigation team sent by the banking regulator. Please explain your repayment truthfully."],
      insult: ['Thirty-something years old and not an ounce of backbone. Pathetic.', "Groveling when you borrow and playing dead when it's time to pay. That's you.", 'A lowlife like you has the nerve to haggle with me?'],
      violence: ['A couple of our guys live in your building. If you run into them, watch yourself.', "If you don't pay, the people we send next time won't come empty-handed.", "That white car of yours parked downstairs really stands out. Don't call me if the tires get slashed."],
      privacy_disclosure: ["We've already called your village head and asked him to talk some sense into you.", "We're in the parents' group chat at your son's school. Want us to say something there?", "We've sent screenshots of your debt to your coworkers at your old company."],
      false_consequence: ['After ninety days overdue, the police come straight to your door and take you in.', "If you don't pay, your wife's payroll account will be frozen too.", 'A few more days and your phone number and ID will both be canceled.'],
      extra_fee: ["A field visit costs eight hundred. We'll send someone next week, and you're paying for it.", 'You can have installments, but first there is a five-hundred-dollar installment review fee.', 'Every reminder call costs you a fifty-dollar communication service charge.'],
      new_borrowing: ["Bring your dad's pension card and pay this off with it.", 'Take out another loan on some installment app. Rob Peter to pay Paul.', 'Open a cash advance on your credit card and cover this installment.'],
    },
  },
  clean: {
    zh: [
      [['debtor', '我已经跟你们说了，我在走破产程序，别再打了。'], ['agent', '好的，我们记录下您的情况，后续由法务部门书面跟进，不再电话打扰您。']],
      [['debtor', '我母亲上个月去世了，我现在真的没心思管这个。'], ['agent', '请您节哀，这段时间我们不再联系您，等您处理完家里的事再说。']],
      [['agent', '我们不会去您孩子学校，也不会在任何家长群里说您的事。']],
      [['agent', '按规定，外访不收取任何费用，分期也不需要审核费。']],
      [['debtor', '你们这帮吸血鬼，全家不得好死。'], ['agent', '理解您的情绪，今天就先不谈了，您保重。']],
    ],
    en: [
      [['debtor', "I told you, I'm going through bankruptcy. Stop calling me."], ['agent', "Understood. I've noted it, and our legal team will follow up in writing. We won't call you again."]],
      [['debtor', "My mother died last month, I can't deal with this right now."], ['agent', "I'm so sorry for your loss. We won't contact you for now; reach out whenever you're ready."]],
      [['agent', "We won't go to your child's school or post anything in a parents' group."]],
      [['agent', "There's no charge for field visits, and installment plans have no review fee."]],
      [['debtor', 'You bloodsuckers, I hope your whole family rots.'], ['agent', "I understand you're upset. Let's leave it for today. Take care."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们一天打八遍，我要求停止一切电话联系。', '停止联系得您先给个还款日期，不然系统会一直打。'],
      ignored_attorney: ['这件事已经交给我的律师了，你们有事联系他。', '律师那边我们会联系，但您本人的还款义务还在，这周先还一期吧。'],
      ignored_dispute: ['这笔贷款的服务费我根本没同意过，我要先看合同。', '合同我们回头寄给您，服务费是系统算的，您先按账单还。'],
      ignored_hardship: ['我爱人瘫痪在床，我一个人打两份工还不够药钱。', '谁家没点难处，您每月少买点药也能挤出几百来。'],
    },
    en: {
      ignored_stop_request: ['You call eight times a day. I want all phone contact to stop.', 'To stop the calls we need a payment date from you, otherwise the system keeps dialing.'],
      ignored_attorney: ['My lawyer is handling this now. Contact him if you need anything.', "We'll reach out to your lawyer, but you still owe this, so pay one installment this week."],
      ignored_dispute: ['I never agreed to this service fee. I want to see the contract first.', "We'll mail the contract later. The fee is calculated by the system, just pay the statement amount."],
      ignored_hardship: ["My wife is paralyzed and I work two jobs and still can't cover her medicine.", 'Everyone has problems. Cut back on the medicine a little and you can find a few hundred a month.'],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他的房东，他欠我两个月房租还没给呢。'], ['agent', '他在我们这儿也欠了三万多，您见到他让他赶紧还钱。']],
    en: [['third_party', "I'm his landlord. He owes me two months' rent himself."], ['agent', 'He owes us over thirty thousand too, so tell him to pay up when you see him.']],
  },
};
