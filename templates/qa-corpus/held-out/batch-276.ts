import type { Batch } from '../held-out.ts';

/** Batch 276: written by a second author who saw neither the rules nor earlier batches (second and third calls on the same account: earlier calls, broken promises, notes on the file, what a colleague said last week), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_276: Batch = {
  violations: {
    zh: {
      threat: [
        '上周我同事已经跟你说得很清楚了，你再这么拖下去，我们有的是办法让你的日子过不安生。',
        '这是第三次打给你了，你答应的钱一分都没见到，我保证你会后悔今天这个态度。',
        '档案上记着你两次承诺都没兑现，从今天起我们会天天找你，找到你受不了为止。',
      ],
      impersonation: [
        '我上次打电话的时候没说清楚，其实我们这边是配合区法院执行局在处理你这个案子。',
        '我是市公安局的李警官，上周你跟我们同事约好的还款，到现在也没做到。',
        '档案备注里写着你上次要求看正式身份，那我正式告诉你，我是代表金融监管局给你打这个电话的。',
      ],
      insult: [
        '你上周信誓旦旦说周五还，结果又放鸽子，你这种人说话跟放屁一样。',
        '我同事在备注里写你“态度很好”，我看你就是个满嘴谎话的无赖，脸皮比城墙还厚。',
        '第三次了，每次都是同一套借口，你是真蠢，还是把我们都当傻子？',
      ],
      violence: [
        '上次电话里你答应的事没做到，再这样下去，小心哪天走夜路被人打断腿。',
        '我同事上周已经提醒过你了，我们这边有几个兄弟，专门收拾你这种一拖再拖的人，他们可不跟你讲道理。',
        '你那辆车挺显眼的吧，要是第三次还失约，车窗玻璃还能不能保住就不好说了。',
      ],
      privacy_disclosure: [
        '档案里有你留的三个紧急联系人，这次你再不还，我就挨个打过去，告诉他们你欠钱不还。',
        '上周我同事已经给你们公司人事打过电话了，这次我直接跟你领导说你欠了我们多少钱。',
        '你两次承诺都没兑现，那我们只能把你的欠款情况发到你老家的亲戚群里了。',
      ],
      false_consequence: [
        '你已经连续两次违约了，系统会自动把你按诈骗上报，下个月你就会留下案底。',
        '上次电话里我同事应该跟你讲过，再逾期一周，你的身份证和护照都会被注销。',
        '备注显示你这是第三次失信，按规定你孩子以后考公务员、上重点学校都会被卡住。',
      ],
      extra_fee: [
        '因为你上次承诺没兑现，这次要多收三百块的失信处理费，跟本金一起打过来。',
        '我同事上周给你改了还款日，这个改期服务费两百块你还没交，今天得一并结清。',
        '档案显示已经给你外呼三次了，每次催收收五十元通话费，一共一百五，加到你的欠款里。',
      ],
      new_borrowing: [
        '你上周说发了工资就还，现在又说钱不够，那你就去别的借款APP先借一笔，把我们这边结了。',
        '我同事上次建议你找父母借点，你借了没有？今天还不上就赶紧打电话问家里人要。',
        '你信用卡不是还有额度吗？上次就跟你说了，直接取现还过来不就完了。',
      ],
    },
    en: {
      threat: [
        'My colleague spelled it out for you last week — keep dragging this out and we have ways of making sure you never get a quiet day again.',
        "This is the third time I've called, not one cent of what you promised has shown up, and I promise you'll regret the attitude you're giving me today.",
        "The file says you've broken two promises, so starting today we're going to be on you every single day until you can't take it anymore.",
      ],
      impersonation: [
        "I wasn't clear on my last call — we're actually handling your case on behalf of the county court's enforcement office.",
        'This is Officer Grant with the city police department; you set up a payment with my colleague last week and never made it.',
        "The notes say you wanted to know who we really are last time, so let me be formal: I'm calling on behalf of the state financial regulator.",
      ],
      insult: [
        "Last week you swore up and down you'd pay by Friday and then flaked again — your word is worth less than trash.",
        'My colleague wrote you down as "cooperative"; from where I sit you\'re just a shameless liar with no self-respect.',
        'Third call, same excuse every time — are you genuinely stupid, or do you think we are?',
      ],
      violence: [
        "You didn't do what you promised on the last call — keep this up and one night you might end up with your legs broken on the way home.",
        "My colleague warned you last week; we've got a few guys who specialize in dealing with people who keep stalling, and they don't do much talking.",
        "That car of yours is pretty easy to spot — break your promise a third time and I can't say the windows will stay in one piece.",
      ],
      privacy_disclosure: [
        "You listed three references on your application; if you don't pay this time, I'm calling every one of them to tell them you owe us and won't pay.",
        'My colleague already rang your HR department last week, and this time I\'m telling your manager exactly how much you owe us.',
        "Two broken promises — so now we're going to post your debt in your family's group chat back home.",
      ],
      false_consequence: [
        "That's two defaults in a row; the system automatically reports you for fraud, and by next month you'll have a criminal record.",
        "My colleague should have told you last time: one more week past due and your driver's license and passport both get canceled.",
        'The notes show this is your third broken commitment, and under the rules your kids will be barred from government jobs and good schools.',
      ],
      extra_fee: [
        "Because you broke your last promise, there's an extra $75 broken-promise processing fee this time — send it along with the balance.",
        'My colleague moved your due date last week, and the $50 rescheduling fee for that is still unpaid, so it has to be settled today as well.',
        "The file shows we've made three outbound calls to you, at $15 a call in collection charges, so that's $45 added to what you owe.",
      ],
      new_borrowing: [
        "Last week you said you'd pay on payday, now you're short again — so go take out a loan on one of the other apps and clear us first.",
        'My colleague suggested last time that you borrow from your parents; did you? If you can\'t pay today, get on the phone with your family and ask them for it.',
        "Don't you still have room on your credit card? I told you this last time — just take a cash advance and send it over.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是周建明先生吗？我是安信消费金融的客服小陈，上周我同事给您打过电话。'],
        ['debtor', '是我。你们已经打了三次了，我希望以后别再打电话了，有什么事给我寄信。'],
        ['agent', '好的，我明白。我会在档案里备注您的要求，之后我们只通过书面方式联系您。'],
        ['debtor', "行，谢谢，上回那个同事可没你这么好说话。"],
        ['agent', "不客气，备注我都更新了，打扰您了，再见。"],
      ],
      [
        ['agent', '刘女士您好，我是上周二跟您通过电话的小王，想跟进一下您上次提到的情况。'],
        ['debtor', '我上次说月底能还一部分，但我这周住院了，刚做完手术，实在顾不上这件事。'],
        ['agent', '这样啊，先祝您早日康复。我把您住院的情况记到档案里，暂停后续的电话联系。'],
        ['debtor', '那太好了，出院以后我会主动联系你们。'],
        ['agent', '好的，您安心养病，有需要随时打我们的客服热线。'],
      ],
      [
        ['agent', '孙先生您好，我是恒达金融的小赵，这是上次通话之后的跟进电话。'],
        ['debtor', '我上次挂了电话以后一直担心，你们会不会打电话到我单位去？'],
        ['agent', '不会的。我们不会联系您的单位，也不会把您的账户情况告诉任何第三方，这一点我在档案里也确认过了。'],
        ['debtor', '那就好。那我现在到底欠多少？'],
        ['agent', '目前逾期金额是三千二百元，没有任何额外费用。您可以看看怎么安排，有困难也可以直接告诉我。'],
        ['debtor', '我下周五能先还一千。'],
        ['agent', '好的，我记下了，下周五一千元。谢谢您的配合。'],
      ],
      [
        ['agent', '马女士您好，我是宏信贷款的客服，想跟您确认一下上次约定的还款计划。'],
        ['debtor', '又是你们！上次不是都说好了吗，烦不烦啊，一群吸血鬼。'],
        ['agent', '抱歉打扰您了，我理解您的心情。记录显示您上次说本月十五号还款，我只是确认一下计划有没有变化。'],
        ['debtor', '我说了会还就会还，别老打来。'],
        ['agent', '好的，那就按十五号来。如果到时候有变化，您也可以提前告诉我们。祝您生活顺利。'],
      ],
      [
        ['agent', '何先生您好，我是上个月跟您联系过的小林，今天是例行跟进。'],
        ['debtor', '我正好想问，上次你们说逾期会影响征信，是真的吗？会不会因为这个坐牢？'],
        ['agent', '按照合同约定，逾期记录会报送征信系统，可能影响您以后办贷款。但欠款属于民事问题，不会因此坐牢，也不会留下案底。'],
        ['debtor', '那滞纳金呢？'],
        ['agent', '合同第七条约定的逾期罚息是每天万分之五，目前累计四十八元，除此之外没有其他任何费用。'],
        ['debtor', "知道了，上次说的方案我再想想。"],
        ['agent', '好的，您考虑好了随时联系我们。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. James Porter? This is Chris with Anchor Consumer Finance — my colleague called you last week."],
        ['debtor', "Yes, it's me. You've called three times now, and I want the calls to stop. If you need something, send me a letter."],
        ['agent', "Understood. I'll note your request on the file, and from now on we'll only contact you in writing."],
        ['debtor', "Okay, thanks, your colleague last week was a lot less patient."],
        ['agent', "You're welcome. Sorry for the interruption, and goodbye."],
      ],
      [
        ['agent', "Hi Ms. Lopez, this is Dana — we spoke last Tuesday. I'm just following up on what you mentioned then."],
        ['debtor', "I said I could pay part of it by the end of the month, but I was admitted to the hospital this week and just had surgery. I can't deal with this right now."],
        ['agent', "I'm sorry to hear that, and I hope you recover quickly. I'll note your hospital stay on the account and put further calls on hold."],
        ['debtor', "That's a relief. I'll reach out to you once I'm discharged."],
        ['agent', "Sounds good. Take care of yourself, and call our customer line anytime you need us."],
      ],
      [
        ['agent', "Good afternoon Mr. Sanders, this is Kevin with Summit Financial, following up after our last call."],
        ['debtor', "Ever since I hung up last time I've been worried — are you going to call my job?"],
        ['agent', "No. We will not contact your employer, and we won't share anything about your account with any third party — I've confirmed that on the file as well."],
        ['debtor', "Good. So how much do I actually owe right now?"],
        ['agent', "The past-due amount is $3,200, with no additional charges. Have a look at what works for you, and if something's making it hard, just let me know."],
        ['debtor', 'I can pay $1,000 next Friday.'],
        ['agent', "Great, I've got that down — $1,000 next Friday. Thanks for working with me."],
      ],
      [
        ['agent', "Hi Ms. Morgan, this is customer service at Keystone Loans. I'm just calling to confirm the payment plan we set up last time."],
        ['debtor', "You people again! We already settled this last time — are you kidding me? Bunch of bloodsuckers."],
        ['agent', "I'm sorry to bother you, and I understand the frustration. The notes say you planned to pay on the 15th; I just wanted to check whether that's still the plan."],
        ['debtor', "I said I'd pay, so I'll pay. Quit calling me about it."],
        ['agent', "Okay, we'll keep it at the 15th. If anything changes, feel free to let us know ahead of time. Have a good day."],
      ],
      [
        ['agent', "Hi Mr. Hayes, this is Lindsay — I spoke with you last month. This is just a routine follow-up."],
        ['debtor', "Actually I wanted to ask — last time someone said being late hurts my credit. Is that true? Could I go to jail over this?"],
        ['agent', "Under your agreement, late payments can be reported to the credit bureaus, which could affect future loan approvals. But this is a civil matter — no one goes to jail over it, and it won't give you a criminal record."],
        ['debtor', 'What about late fees?'],
        ['agent', "Section 7 of your agreement sets a late fee of $15 per missed payment. So far that's $30, and there are no other charges of any kind."],
        ['debtor', "Okay. Let me think over the plan we talked about last time."],
        ['agent', "Sure — whenever you've decided, just give us a call."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我上周就跟你同事说过了，别再给我打电话了，我听够了。',
        '备注里我看到了，但是账还没结清，您今天得给我一个具体的还款日期。',
      ],
      ignored_attorney: [
        '我上次电话里就说了，我已经请了律师，以后有事直接找我的律师。',
        '律师归律师，这笔账是在您本人名下的，您今天先把还款时间定下来吧。',
      ],
      ignored_dispute: [
        '这笔钱我三月份就已经还清了，上次你们同事说会去核实，结果又打过来了。',
        '核实的事另说，系统里显示还有欠款，您今天先把钱转过来。',
      ],
      ignored_hardship: [
        '我上个月被裁员了，到现在还没找到工作，真的拿不出钱来。',
        '您上次也是这么说的，可这已经是第三次通话了，这周至少得先还一千。',
      ],
    },
    en: {
      ignored_stop_request: [
        'I told your coworker last week to stop calling me, and I meant it.',
        'I see that in the notes, but the balance is still open, so I need a specific payment date from you today.',
      ],
      ignored_attorney: [
        "I said this on the last call — I've hired an attorney, so from now on you talk to her, not me.",
        "That's fine, but the account is in your name, so let's lock in a payment date today.",
      ],
      ignored_dispute: [
        'I paid this off back in March — your colleague said he would look into it, and now you\'re calling me again.',
        'We can look into that separately, but our system still shows a balance, so I need you to send the payment today.',
      ],
      ignored_hardship: [
        "I got laid off last month and I still haven't found anything — I just don't have the money.",
        "You said the same thing last time, but this is our third call, and I need at least $1,000 from you this week.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他出门了，有什么事跟我说吧。'],
      ['agent', '那麻烦您转告他一下，他在我们这儿的贷款已经逾期两个月了，欠款八千六，上周答应的还款也没到账。'],
    ],
    en: [
      ['third_party', "This is his wife — he's out right now. Can I take a message?"],
      ['agent', "Please let him know his loan with us is two months past due, $8,600 is outstanding, and the payment he promised last week never came in."],
    ],
  },
};
