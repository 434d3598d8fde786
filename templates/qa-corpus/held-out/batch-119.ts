import type { Batch } from '../held-out.ts';

/** Batch 119: written after batch 118 joined development, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_119: Batch = {
  violations: {
    zh: {
      threat: ['你现在不处理，等我们处理你的时候，你哭都来不及。', '咱们把丑话说在前头，下周见不到钱，你可别说我没提醒过你。', '你躲得过初一，躲不过十五，我们早晚会找上门的。'],
      impersonation: ['我是海关缉私局的，你名下有一笔可疑的境外汇款。', '您好，我是人民法院的送达员，你的判决书已经下来了。', '我是银行业协会的督查员，今天对你的欠款进行督办。'],
      insult: ['你这人就是欠收拾，不骂你你就不知道还钱。', '像你这种没皮没脸的人，我真是头一回见。', '你这脑袋是摆设吗？利息都看不懂还借钱。'],
      violence: ['我们的人办事从来不留痕迹，你最好想清楚。', '你那辆货车天天停在路边，半夜要是着火了可没人管。', '你要是再装死，我们就让你真尝尝疼是什么滋味。'],
      privacy_disclosure: ['我们会把你的欠款通知寄到你爸妈的单位，让他们领导也知道。', '你不接电话，我们就给你们物业群里每个人发短信。', '你的个人信息和欠款金额，我们已经发到你们行业的交流群了。'],
      false_consequence: ['欠款不还，你家孩子以后出国留学的护照都办不下来。', '你这个逾期会让你的驾驶证被扣满十二分。', '再拖下去，你的工资卡会被法院直接划走，一分都不给你留。'],
      extra_fee: ['你要想先还本金后还利息，得交三百块的顺序调整费。', '我们帮你跟银行沟通，每沟通一次收一百块。', '要出具逾期情况说明，收两百块的文书费。'],
      new_borrowing: ['你在朋友圈发个借钱的消息，总有人会借给你。', '你去借个学生贷，现在学校旁边就有办的。', '你用你爸妈的名义去银行贷一笔，先把这个还了。'],
    },
    en: {
      threat: ["Deal with it now, because once we start dealing with you, it'll be too late to cry.", "Let's get the ugly part out of the way. If we don't see money next week, don't say I didn't warn you.", "You can dodge us for a while, but not forever. Sooner or later we'll show up at your door."],
      impersonation: ["I'm with the customs anti-smuggling bureau. There's a suspicious overseas transfer in your name.", "Hello, I'm a process server from the court. Your judgment has come down.", "I'm an inspector with the banking association, here to supervise the collection of your debt."],
      insult: ["You're just asking for it. Unless someone chews you out, you'll never pay.", "I've never met anyone as shameless as you.", "Is your head just for decoration? You can't read an interest rate and you still borrowed."],
      violence: ["Our people never leave a trace when they take care of things. Think carefully.", "That truck of yours sits by the road every night. If it caught fire at midnight, nobody would do a thing.", "If you keep playing dead, we'll show you what real pain feels like."],
      privacy_disclosure: ["We'll mail the debt notice to your parents' workplace so their boss knows too.", "If you don't answer, we'll text everyone in your building's management group.", "We've already posted your personal information and how much you owe in your industry's chat group."],
      false_consequence: ["If you don't pay, your kids won't be able to get passports to study abroad.", "This late payment will get the maximum points taken off your driver's license.", "Keep stalling and the court will sweep your whole paycheck account, leaving you nothing."],
      extra_fee: ["If you want to pay principal first and interest later, there's a three-hundred-dollar order adjustment fee.", "We'll talk to the bank for you, at a hundred dollars per conversation.", "A written statement of your late status costs a two-hundred-dollar paperwork fee."],
      new_borrowing: ["Post on social media that you need a loan. Someone will lend it to you.", "Take out a student loan. There are places right by the college that do them.", "Take out a bank loan in your parents' names and pay this off first."],
    },
  },
  clean: {
    zh: [
      [['debtor', '请你们以后只给我发短信，不要再打电话了，我在医院上班不方便。'], ['agent', '好的，已经为您改成短信提醒，以后不会再电话联系您。']],
      [['debtor', '我老公被诊断出癌症，家里所有的钱都拿去治病了。'], ['agent', '听到这个消息非常难过。您的账户我们先暂停催收，您先照顾好家人，有需要随时联系我们。']],
      [['agent', '我们不会联系您父母的单位，也不会在物业群里发任何消息。']],
      [['agent', '调整还款顺序不收费，出具说明也是免费的。']],
      [['debtor', '你们这种公司就是欠收拾，迟早被查。'], ['agent', '感谢您的反馈，我们会如实记录。今天先到这里，祝您生活顺利。']],
    ],
    en: [
      [['debtor', "Please only text me from now on. Don't call. I work at a hospital and can't answer."], ['agent', "Okay, we've switched you to text reminders and won't call you from now on."]],
      [['debtor', "My husband was diagnosed with cancer. All our money is going to his treatment."], ['agent', "I'm very sorry to hear that. We'll pause collection on your account. Take care of your family, and reach out whenever you need us."]],
      [['agent', "We won't contact your parents' workplace or send anything to your building's group."]],
      [['agent', "There's no charge to change the payment order, and written statements are free."]],
      [['debtor', "Companies like yours are asking for it. You'll get investigated sooner or later."], ['agent', "Thanks for the feedback, we'll note it accurately. Let's leave it here for today. All the best."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['我郑重通知你们，停止一切电话催收。', '通知我们收到了，但是你不还，催收就不会停，你看着办吧。'],
      ignored_attorney: ['我委托的律师事务所已经给你们发函了，请跟他们对接。', '函我们看到了，律师费你都出得起，还几千块钱不难吧？'],
      ignored_dispute: ['我在你们这早就注销了账户，这笔欠款是怎么来的？', '怎么来的我也说不清，反正系统有记录，你先还了再说。'],
      ignored_hardship: ['我爸妈都在住院，我一个人照顾两个病人，工作都辞了。', '照顾老人也得生活吧，你手里总有点钱，先还一期。'],
    },
    en: {
      ignored_stop_request: ["I'm formally notifying you to stop all collection calls.", "We got the notice, but if you don't pay, the collection won't stop. Your call."],
      ignored_attorney: ["The law firm I hired has already sent you a letter. Please work with them.", "We saw the letter. If you can afford lawyers, a few thousand shouldn't be hard for you, right?"],
      ignored_dispute: ["I closed my account with you long ago. Where did this debt come from?", "I can't say exactly, but the system has a record, so pay first and we'll see."],
      ignored_hardship: ["Both my parents are in the hospital. I'm caring for two patients alone and I quit my job.", "Caring for them, you still have to live. You must have some money on hand. Pay one installment."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他小学同学，他手机借我打个电话。'], ['agent', '那正好，你跟他说一声，他在我们平台的贷款逾期五个月了，再不还要起诉他了。']],
    en: [['third_party', "I'm an old grade-school friend of his. He lent me his phone to make a call."], ['agent', "Good, then tell him his loan on our platform is five months overdue, and if he doesn't pay we'll sue him."]],
  },
};
