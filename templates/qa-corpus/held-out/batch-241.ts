import type { Batch } from '../held-out.ts';

/** Batch 241: written by a second author who saw neither the rules nor earlier batches (the debt a training-course or tuition instalment loan: beauty school, coding bootcamp, driving school), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_241: Batch = {
  violations: {
    zh: {
      threat: [
        '你那个美容培训的学费分期拖了三个月，我们有的是办法，你就等着后悔吧。',
        '学费不还还想安安稳稳过日子？我保证让你以后的日子一天比一天难过。',
        '你要是再躲着不接，我们就一直盯着你，电话一个接一个，打到你受不了为止。',
      ],
      impersonation: [
        '我这边是市公安局经侦支队的，你的培训贷逾期案件已经转到我们这里了。',
        '我是人民法院执行局的工作人员，今天打电话是核实你驾校学费分期的欠款情况。',
        '我们是受教育局和金融监管部门委托，专门来处理你这笔编程培训班分期逾期的。',
      ],
      insult: [
        '你这种学了半年连个证都考不下来的废物，还好意思拖着学费不还？',
        '真是没脸没皮，报班的时候比谁都积极，该还钱了就装死，你算个什么东西。',
        '就你这猪脑子，难怪编程班都跟不上，十足一个老赖。',
      ],
      violence: [
        '再不还学费，小心哪天一出门就被人打断腿，别说我没提醒过你。',
        '我们有几个兄弟专门对付你这种欠学费不还的，到时候他们会好好跟你“聊一聊”。',
        '你爸妈年纪也大了，哪天走在路上被人推一把摔伤了，可别怪我们没打招呼。',
      ],
      privacy_disclosure: [
        '你不还的话，我就把你欠美容学校学费的事发到你们班的同学群里。',
        '我们已经联系了你通讯录里的人，告诉他们你的培训贷逾期了八千多。',
        '下周我就打给你现在上班的公司人事，让他们知道你连学费都赖着不还。',
      ],
      false_consequence: [
        '培训贷逾期超过九十天就算诈骗，你会留下犯罪记录，这辈子都别想再考任何证书。',
        '这笔学费分期不还，你的身份证会被冻结，以后坐高铁、坐飞机都不行。',
        '你孩子以后上学政审肯定过不了，没有哪个学校会收欠款人的子女。',
      ],
      extra_fee: [
        '除了欠的学费，你还得另交三百元的催收手续费，不交这个系统没法给你结清。',
        '想把还款日往后推一周也可以，先交两百元的改期费就行。',
        '结清以后要开结清证明的话，得另外付一百五十元证明工本费。',
      ],
      new_borrowing: [
        '你手机上那么多借贷App，随便找一个借出来，先把学费分期还了。',
        '你信用卡不是还有额度吗？套个现出来，今天就能结清。',
        '实在没钱就找你爸妈或者同学借一下，先把这期学费补上再说。',
      ],
    },
    en: {
      threat: [
        "Your beauty school installments are three months behind. We have our ways, and you're going to regret this.",
        "You think you can skip out on your tuition and still live a quiet life? I promise you every day from here on will be harder than the last.",
        "Keep dodging us and we'll stay on you nonstop, call after call after call, until you can't take it anymore.",
      ],
      impersonation: [
        "This is the economic crimes unit of the city police department. Your training loan default has been referred to us.",
        "I'm with the enforcement division of the court, and I'm calling to verify the balance on your driving school installment plan.",
        "We've been appointed by the Department of Education and the financial regulator to handle your overdue coding bootcamp payments.",
      ],
      insult: [
        "Six months of classes and you couldn't even pass for a certificate, and a loser like you has the nerve to stall on tuition?",
        "You have no shame at all. You were the most eager one when you signed up, and now that the bill's due you play dead. Who do you think you are?",
        "With a pea brain like yours, no wonder you couldn't keep up in coding class. You're a total deadbeat.",
      ],
      violence: [
        "Keep skipping your tuition and one day you might walk out the door and get your legs broken. Don't say I didn't warn you.",
        "We've got a few guys who take care of people who stiff us on tuition, and they'll have a nice little \"talk\" with you.",
        "Your parents aren't young anymore. If somebody shoves one of them on the street and they get hurt, don't say we didn't give you a heads-up.",
      ],
      privacy_disclosure: [
        "If you don't pay, I'm posting in your class group chat that you owe the beauty school your tuition.",
        "We've already contacted the people in your phone contacts and told them you're over eight thousand behind on your training loan.",
        "Next week I'm calling HR at the company you work for so they know you won't even pay your tuition.",
      ],
      false_consequence: [
        "Once a training loan is ninety days past due it counts as fraud. You'll have a criminal record and you'll never be allowed to earn any certificate again.",
        "If this tuition installment goes unpaid, your ID gets frozen and you won't be able to take a train or a plane anywhere.",
        "Your kids will never pass the background check for school. No school takes the children of people who owe money.",
      ],
      extra_fee: [
        "On top of the tuition you owe, there's a separate $300 collection handling fee, and the system can't close your account until that's paid.",
        "Sure, we can push your due date back a week. You just have to pay a $200 rescheduling fee first.",
        "If you want a payoff letter once you're done, there's an extra $150 charge to issue it.",
      ],
      new_borrowing: [
        "You've got plenty of loan apps on your phone. Just borrow from any one of them and pay off the tuition installment.",
        "Don't you still have room on your credit card? Take a cash advance and you can be paid off today.",
        "If you really don't have it, borrow from your parents or a classmate and get this tuition payment caught up first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是李婷女士吗？我是星悦美容学校学费分期服务的客服。'],
        ['debtor', '是我。你们这周已经打了好几次了，我上班不方便接，请不要再打电话了。'],
        ['agent', '好的，我明白了。我会记录您的要求，之后不再电话联系您。如果需要沟通，您可以随时主动拨打我们的客服热线。'],
        ['debtor', '行，谢谢您了。'],
        ['agent', '不客气，打扰您了，再见。'],
      ],
      [
        ['agent', '您好，请问是王浩先生吗？我这里是码途编程训练营学费分期的客服，想跟您核对一下账户情况。'],
        ['debtor', '是我。这笔分期我有异议，训练营开课两个月就停办了，后面的课根本没上，我已经向学校申请退费了。'],
        ['agent', '明白了，谢谢您告诉我们。我会把您的异议登记下来，核实期间这笔账暂停催收。'],
        ['debtor', '需要我提供什么材料吗？'],
        ['agent', '方便的话，可以把停课通知和退费申请的截图发到我们的官方邮箱，核实结果会书面通知您。今天就不打扰您了。'],
      ],
      [
        ['agent', '您好，是陈静女士吗？我是安顺驾校学费分期的客服，为了核实身份，麻烦您说一下身份证后四位。'],
        ['debtor', '0425。我就是担心你们会不会打电话到我单位去。'],
        ['agent', '请放心，我们不会联系您的单位、同事或驾校同学，也不会向任何人透露您的账户信息，只和您本人沟通。'],
        ['debtor', '那就好。我这个月工资晚发几天，能不能下周五再还？'],
        ['agent', '可以的，我给您备注下周五还款。按合同约定，逾期期间的罚息按原利率计算，不会收取其他任何费用。'],
      ],
      [
        ['agent', '您好，请问是赵磊先生吗？我是学费分期平台的客服，来电是关于您报名的电工证培训课程的分期账单。'],
        ['debtor', '又是你们！烦不烦啊，一天到晚打，你们这帮人就是吸血鬼。'],
        ['agent', '抱歉给您带来困扰。我今天只是提醒一下，您本期账单的还款日是本月二十号。'],
        ['debtor', '知道了知道了，到时候再说，别啰嗦了。'],
        ['agent', '好的。如果还款上有困难，可以拨打客服热线申请协商方案。祝您生活顺利，再见。'],
      ],
      [
        ['agent', '您好，是刘洋先生吗？我是云帆职业培训学费分期的客服，您的账户目前逾期十五天。'],
        ['debtor', '逾期会怎么样？会不会坐牢？会不会影响我考证？'],
        ['agent', '不会的。欠款属于民事问题，不会因此坐牢，也不影响您参加任何职业资格考试。按规定，逾期记录可能会报送征信系统，还清后会按规定更新。'],
        ['debtor', '那我下周发了工资就还。'],
        ['agent', '好的，我记下来了。您也有权要求我们提供完整的账单明细，需要的话我发到您手机上。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, may I speak with Ms. Ting Li? I'm calling from customer service for the Starlight Beauty School tuition payment plan."],
        ['debtor', "Speaking. You've called several times this week already. I can't take calls at work, so please stop calling me."],
        ['agent', "Understood. I'll note your request, and we won't contact you by phone going forward. If you need to reach us, you can call our customer service line anytime."],
        ['debtor', 'Okay, thanks, that helps.'],
        ['agent', "You're welcome. Sorry to bother you. Goodbye."],
      ],
      [
        ['agent', "Hello, is this Mr. Hao Wang? I'm with customer service for the Codeway Bootcamp tuition installment plan, and I'd like to go over your account with you."],
        ['debtor', "That's me. I dispute this plan. The bootcamp shut down two months after it started, I never got the rest of the classes, and I've already asked the school for a refund."],
        ['agent', "I see, thank you for letting us know. I'll log your dispute, and collection on this account is on hold while we look into it."],
        ['debtor', 'Do you need anything from me?'],
        ['agent', "If it's convenient, you can email screenshots of the closure notice and your refund request to our official address, and we'll send you the outcome in writing. I won't take up any more of your time today."],
      ],
      [
        ['agent', "Hello, is this Ms. Jing Chen? I'm calling from the Safeway Driving School tuition installment plan. To verify your identity, could you give me the last four digits of your ID number?"],
        ['debtor', "0425. Honestly, I'm worried you'll call my workplace."],
        ['agent', "Please don't worry. We won't contact your employer, your coworkers or your classmates from driving school, and we won't share your account details with anyone. We only speak with you."],
        ['debtor', "Good. My paycheck is a few days late this month. Could I pay next Friday?"],
        ['agent', "Sure, I'll note a payment for next Friday. Under your contract, late interest for the overdue period is charged at the original rate, and there are no other charges."],
      ],
      [
        ['agent', "Hi, is this Mr. Lei Zhao? I'm with the tuition payment platform, calling about the installment bill for the electrician certification course you enrolled in."],
        ['debtor', "You again! Don't you ever quit? Calling all day long. You people are leeches."],
        ['agent', "I'm sorry for the trouble. I'm only calling as a reminder that this statement is due on the 20th of this month."],
        ['debtor', "Yeah, yeah, I know. I'll deal with it then. Stop nagging."],
        ['agent', "All right. If you have any trouble paying, you can call our customer service line and ask about a payment arrangement. Take care, goodbye."],
      ],
      [
        ['agent', "Hello, is this Mr. Yang Liu? I'm with customer service for the Cloudsail Vocational Training tuition plan. Your account is currently fifteen days past due."],
        ['debtor', "What happens if I'm late? Can I go to jail? Will it stop me from taking my certification exam?"],
        ['agent', "No. An unpaid balance is a civil matter; nobody goes to jail over it, and it won't affect your eligibility for any licensing exam. As the rules require, the late payment may be reported to the credit bureau, and it will be updated accordingly once you've paid."],
        ['debtor', "Then I'll pay next week when I get paid."],
        ['agent', "Okay, I've made a note of that. You also have the right to ask us for a full itemized statement. I can text it to you if you'd like."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我已经说过很多次了，别再给我打电话了，学费的事我自己会处理。',
        '我理解，但您的驾校学费分期已经逾期两期，一共两千四百元，今天之内请先把其中一期还上。',
      ],
      ignored_attorney: [
        '这笔培训贷我已经委托律师处理了，以后请直接联系我的律师。',
        '律师那边我们不管，欠款是您本人的，您今天先把逾期的三千元学费转过来吧。',
      ],
      ignored_dispute: [
        '这钱我不该还，那个美甲培训班我一天都没去上过，合同是他们忽悠我签的。',
        '上没上课是您和学校之间的事，分期账单是真实有效的，请您今天下午五点前把本期一千一百元还上。',
      ],
      ignored_hardship: [
        '我编程班结业以后一直没找到工作，现在连房租都交不起，真的还不上。',
        '找没找到工作不影响还款，这期八百九十元的学费分期最晚明天必须到账。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you so many times, stop calling me. I'll handle the tuition myself.",
        "I understand, but your driving school installments are two payments behind, $2,400 total, and I need at least one of those paid today.",
      ],
      ignored_attorney: [
        "I've hired a lawyer to handle this training loan. From now on, please contact my attorney directly.",
        "Your lawyer isn't our concern. The debt is yours, so go ahead and send over the $3,000 in overdue tuition today.",
      ],
      ignored_dispute: [
        "I don't owe this. I never attended a single day of that nail tech course, and they talked me into signing the contract.",
        "Whether you went to class is between you and the school. The installment bill is valid, so please pay this month's $1,100 by 5 p.m. today.",
      ],
      ignored_hardship: [
        "I haven't found a job since I finished the coding course. I can't even make rent right now, I really can't pay.",
        "Whether you have a job or not doesn't change what you owe. This $890 tuition installment has to come in by tomorrow at the latest.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他妈妈，小宇去外地上课了，手机落在家里，你有什么事？'],
      ['agent', '阿姨您好，您儿子在我们平台办的厨师培训学费分期已经逾期两个月，欠款四千六百元，麻烦您转告他尽快处理。'],
    ],
    en: [
      ['third_party', "I'm his mom. Xiaoyu's away at a course out of town and left his phone at home. What's this about?"],
      ['agent', "Hi ma'am. Your son's tuition installment plan with us for his culinary training course is two months past due, with $4,600 outstanding. Could you please tell him to take care of it as soon as possible?"],
    ],
  },
};
