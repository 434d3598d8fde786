import type { Batch } from '../held-out.ts';

/** Batch 295: written by a second author who saw neither the rules nor earlier batches (ordinary weekday calls of a car-finance company's collection desk: the car, its plate, the monthly instalment, the dealer; no other theme), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_295: Batch = {
  violations: {
    zh: {
      threat: [
        '这台车的月供你再这么拖着，我保证让你以后的日子一天都不得安生，你就等着后悔吧。',
        '我们有的是办法，拿了车不还钱的人我们见多了，你自己好好掂量掂量。',
        '这个月你要是还不把欠的两期补上，我就天天盯着你，盯到你的日子过得一团糟，别怪我没提醒你。',
      ],
      impersonation: [
        '我是市公安局经侦支队的，你这笔车贷的案子现在已经转到我们这里了。',
        '我这边是区法院执行局，代表法院通知你，车贷欠款的事今天必须跟我们联系处理。',
        '我是金融监管局派驻到我们公司的工作人员，你这辆车的贷款逾期情况由我负责核查。',
      ],
      insult: [
        '你这种人也配开车？连个月供都交不起，真是废物一个。',
        '在4S店提车的时候那么神气，现在装聋作哑了？你这脸皮可真够厚的。',
        '跟你说话简直浪费我时间，脑子进水了吧你，三千块的月供都算不明白。',
      ],
      violence: [
        '再不还钱，小心哪天早上你出门一看，那辆车的玻璃全被砸了，轮胎也被扎了。',
        '像你这样的，我们有几个兄弟专门收拾，真让他们出手，你疼的就不只是钱包了。',
        '你每天开车上下班最好多留个心眼，路上要是出点什么意外，伤着哪儿可谁也说不准。',
      ],
      privacy_disclosure: [
        '你申请车贷时填的那几个紧急联系人，我今天就一个个打过去，告诉他们你车贷逾期三个月了。',
        '你们公司人事的电话我这儿有，要不要我跟你领导说一声，你买的车已经好几个月没还款了？',
        '我们会把你的照片和车牌号发到朋友圈和本地车友群里，让大家都知道这辆车的车主欠钱不还。',
      ],
      false_consequence: [
        '车贷逾期超过九十天就算恶意骗贷，你会留下案底，这辈子都洗不掉。',
        '你这笔欠款一旦移交上去，驾驶证会被直接吊销，身份证也会被冻结，连高铁都坐不了。',
        '按规定，父母有车贷逾期的，孩子以后考公务员、报名重点学校都会被直接拒掉。',
      ],
      extra_fee: [
        '你要补上这两期月供，还得另外交八百块的催收服务费，这笔是必须交的。',
        '想把还款日从每月五号改到二十号可以，你先交三百块的改期手续费，我们才给你办。',
        '车贷结清以后，你要拿解押材料和结清证明，得先给我们部门付五百块的证明开具费。',
      ],
      new_borrowing: [
        '你手机上那些借款App随便下一个，借个五六千先把车贷补上不就完了。',
        '你信用卡不是还有额度吗？刷个取现，今天就把逾期的月供还了。',
        '找你爸妈或者兄弟姐妹先周转一下，借来的钱先把这期车贷还上。',
      ],
    },
    en: {
      threat: [
        "Keep dragging your feet on this car payment and I promise you won't get one quiet day from here on out. You're going to regret this.",
        "We have our ways. We've seen plenty of people who take the car and stop paying, so think long and hard about where this is going.",
        "If those two missed installments aren't caught up this month, I'll be on you every single day until your life is a mess, and don't say I didn't warn you.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. Your auto loan case has been transferred over to us.",
        "I'm calling from the county court's enforcement office on behalf of the court. You are required to contact us today about the overdue balance on your car loan.",
        "I'm an officer with the state financial regulator assigned to this company, and I've been put in charge of reviewing your delinquent auto loan.",
      ],
      insult: [
        "People like you have no business driving a car. You can't even cover one monthly payment. You're useless.",
        "You were strutting around like a big shot when you picked the car up at the dealership, and now you're playing deaf? You've got some nerve, you shameless freeloader.",
        "Talking to you is a waste of my time. Is your head full of rocks? You can't even do the math on a four-hundred-dollar payment.",
      ],
      violence: [
        "Keep not paying, and one morning you might walk outside to find every window on that car smashed and all four tires slashed.",
        "For people like you we've got a few guys who handle things personally, and once they step in, it won't just be your wallet that's hurting.",
        "You'd better keep your eyes open on your drive to work every day. Accidents happen on the road, and nobody can say who ends up hurt.",
      ],
      privacy_disclosure: [
        "I'm going to call every emergency contact on your loan application today and let each of them know you're three months behind on your car loan.",
        "I've got your HR department's number right here. Want me to let your manager know you haven't made a payment on your car in months?",
        "We're going to post your photo and your license plate on social media and in the local car club groups so everyone knows the owner of this car isn't paying his loan.",
      ],
      false_consequence: [
        "Once a car loan is more than ninety days late it counts as loan fraud, and you'll end up with a criminal record that follows you for the rest of your life.",
        "The moment this account gets escalated, your driver's license is revoked automatically and your ID is frozen, so you won't even be able to board a train or a plane.",
        "Under the rules, when a parent defaults on a car loan, the kids are automatically rejected for government jobs and for the good schools later on.",
      ],
      extra_fee: [
        "To catch up on those two installments you'll also have to pay an extra $120 collection service fee. That one isn't optional.",
        "Sure, we can move your due date from the 5th to the 20th, but first you'll need to pay a $45 date-change fee before we process it.",
        "After the loan's paid off, if you want the lien release and the payoff letter, you'll have to pay our department a $75 document issuance fee first.",
      ],
      new_borrowing: [
        "Just grab one of those loan apps on your phone, borrow seven or eight hundred bucks, and catch up the car loan with that.",
        "You've still got room on your credit card, right? Take a cash advance and clear the past-due payment today.",
        "Ask your parents or your brothers and sisters to spot you for now, and use what they lend you to cover this month's car payment.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是李建国先生吗？我是恒通汽车金融贷后服务部的小周。'],
        ['debtor', '是我。你们这个礼拜已经打了好几次了，我不想再接你们的电话，有事请寄信给我。'],
        ['agent', '好的，李先生，我理解。我会把您的要求记录下来，之后改为书面联系，不再打电话打扰您。'],
        ['debtor', '行，你们记清楚就好。'],
        ['agent', '已经在您的账户上备注了。感谢您的时间，祝您生活顺利，再见。'],
      ],
      [
        ['agent', '您好，是王芳女士吗？这里是鑫途汽车金融，想跟您沟通一下尾号3716的车贷账户。'],
        ['debtor', '是我。我上个月被公司裁员了，现在还在找工作，这几期月供真的拿不出来。'],
        ['agent', '明白了，王女士，很抱歉听到这个消息。我先在系统里备注您目前的情况，这段时间我们不会再打电话催您。'],
        ['debtor', '那行，麻烦你了。'],
        ['agent', '不客气。等您那边安顿好了，如果想了解延期或者调整还款的方案，随时打我们的客服热线就行。祝您早日找到合适的工作。'],
      ],
      [
        ['agent', '您好，我是华顺汽车金融的客服小林。为了核实身份，麻烦您报一下身份证后四位。'],
        ['debtor', '0426。你们不会打电话到我单位去吧？我可不想让同事知道。'],
        ['agent', '核实通过，张先生。请您放心，我们不会联系您的单位，也不会向您的同事、亲友透露您贷款的任何情况，这是我们公司的规定。'],
        ['debtor', '那就好。车牌京A5K2X8那台车这个月的月供我晚了几天，二十号之前能补上。'],
        ['agent', '好的，我帮您记下二十号的还款安排。按照合同，逾期期间会按约定计收罚息，具体金额您可以在App里查到。还有其他问题吗？'],
        ['debtor', '暂时没别的了。'],
        ['agent', '好的，车贷这边就先这样，祝您开车顺利，再见。'],
      ],
      [
        ['agent', '您好，刘先生，身份已经核实，我是安达汽车金融的小陈。'],
        ['debtor', '你们烦不烦啊？一群吸血鬼，天天打电话！'],
        ['agent', '抱歉给您带来困扰。我这次来电只是想跟您确认一下，您第十四期的月供两千六百八十元目前还没有到账。'],
        ['debtor', '我知道！钱已经在转了，别催了行不行？'],
        ['agent', '明白，谢谢您告诉我。入账以后您可以在App上看到状态更新。如果您希望我们减少电话联系，也可以跟我说，我帮您登记。'],
        ['debtor', '那就别打了，钱明天到。'],
        ['agent', '好的，已经登记，这一期我们不会再为此给您打电话。祝您今天顺利。'],
      ],
      [
        ['agent', '赵女士您好，身份已经核实，我是通利汽车金融的客服小孙，请问有什么可以帮您？'],
        ['debtor', '我想问一下，如果我这两个月一直还不上，会怎么样？你们会不会直接把车拖走？'],
        ['agent', '我如实跟您说明：按照您签的贷款合同，逾期会按约定收取滞纳金，逾期记录也会按规定报送征信。车辆是抵押物，只有在长期违约的情况下，公司才会依照合同和法律程序处理，不会随便拖车。'],
        ['debtor', '那我会不会因为这个坐牢？'],
        ['agent', '不会的。车贷还不上属于民事纠纷，不会因此坐牢。如果您现在有困难，可以申请延期还款，需要我给您介绍一下吗？'],
        ['debtor', '先不用，我再考虑考虑。'],
        ['agent', '好的，您有任何问题随时联系我们，祝您生活愉快。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Daniel Reyes? This is Kim with the account services team at Summit Auto Finance."],
        ['debtor', "Yeah, it's me. You people have called me four times this week. I don't want any more calls. If you need something, send me a letter."],
        ['agent', "Understood, Mr. Reyes. I'm noting your request now. From here on we'll contact you in writing only, and you won't get any more calls from us."],
        ['debtor', "Fine. Just make sure it actually gets noted."],
        ['agent', "It's on your account. Thanks for your time, and have a good day."],
      ],
      [
        ['agent', "Hello, is this Ms. Laura Bennett? I'm calling from Crossroads Auto Finance about the car loan account ending in 3716."],
        ['debtor', "That's me. I got laid off last month and I'm still looking for work. I honestly can't make these payments right now."],
        ['agent', "I'm sorry to hear that, Ms. Bennett. I'm putting a note on your account about your situation, and we won't be calling you about payments in the meantime."],
        ['debtor', "Alright, appreciate it."],
        ['agent', "Of course. Whenever you're settled, if you'd like to hear about a deferral or a modified payment plan, just call our customer line. Good luck with the job search."],
      ],
      [
        ['agent', "Hi, this is Marcus at Northgate Auto Finance. To verify your identity, could you give me the last four digits of your Social Security number?"],
        ['debtor', "0426. You're not going to call my job, are you? I don't want my coworkers knowing about this."],
        ['agent', "Thank you, you're verified, Mr. Thompson. And no, we will not contact your employer, and we won't share anything about your loan with your coworkers, friends or family. That's our policy."],
        ['debtor', "Good. The payment on the car, plate 7KXP214, is a few days late this month. I can get it in before the 20th."],
        ['agent', "Great, I'll note the 20th as your payment date. Under your contract a late charge applies while it's past due, and you can see the exact amount in the app. Anything else I can help with?"],
        ['debtor', "Nope, nothing else on my end."],
        ['agent', "Alright, thanks for your help. Take care."],
      ],
      [
        ['agent', "Hi Mr. Lewis, thanks for verifying. This is Chen from Pinnacle Auto Finance."],
        ['debtor', "Don't you people ever quit? You're a bunch of bloodsuckers, calling me every day!"],
        ['agent', "I'm sorry for the frustration. I'm only calling to let you know that your fourteenth payment of $389 hasn't posted yet."],
        ['debtor', "I know! The money's already on its way, so quit hounding me, okay?"],
        ['agent', "Got it, thanks for letting me know. Once it posts you'll see the status update in the app. And if you'd prefer fewer calls from us, just say so and I'll set that up."],
        ['debtor', "Then stop calling. It'll be there tomorrow."],
        ['agent', "Done, that's on your account, and we won't call you again about this payment. Have a good day."],
      ],
      [
        ['agent', "Hi Ms. Garcia, you're verified. This is Sam with Liberty Auto Finance. How can I help you today?"],
        ['debtor', "I wanted to ask what happens if I can't make my payments for the next couple of months. Are you just going to tow the car?"],
        ['agent', "I'll be straight with you. Under the loan contract you signed, late payments carry the late fee stated in the contract, and late payments are reported to the credit bureaus. The car is the collateral, and repossession is only considered after an extended default, following the terms of your contract and state law. Nobody shows up with a tow truck over a short delay."],
        ['debtor', "Is this something I could get locked up for?"],
        ['agent', "No. Falling behind on a car loan is a civil matter, not a crime, so you can't be jailed for it. If you're having a hard time right now, you can apply for a payment deferral. Would you like me to walk you through it?"],
        ['debtor', "Not right now. I'll think about it."],
        ['agent', "That's fine. Call us anytime if you have questions. Have a nice day."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '别再给我打电话了，我不想再听你们说车贷的事。',
        '这个我没办法答应您，您那台车的月供已经逾期二十天了，今天之内需要把四千二百元转过来。',
      ],
      ignored_attorney: [
        '这笔车贷的事我已经委托律师处理了，你们有问题直接去找他。',
        '律师归律师，这笔钱还是您本人欠的，我现在就是要跟您确认，今天几点能把这期月供还上。',
      ],
      ignored_dispute: [
        '这期月供我上周就在4S店那边交过了，你们系统肯定弄错了。',
        '我这边系统显示没有入账，那就是没还。您先按这期的三千一百元再转一次，其他的以后再说。',
      ],
      ignored_hardship: [
        '我前阵子出了车祸住院，现在还没法上班，实在拿不出钱来还车贷。',
        '住院是您个人的情况，月供还是要按时交的，这周五之前您无论如何得把这期还上。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I don't want to hear about this car loan anymore.",
        "I can't agree to that. Your car payment is twenty days past due, and I need the $612 sent over today.",
      ],
      ignored_attorney: [
        "I've hired an attorney to handle this auto loan. Take it up with him.",
        "Your lawyer is a separate matter. You still owe this balance, and I need you to tell me what time today this month's payment is going through.",
      ],
      ignored_dispute: [
        "I paid this installment at the dealership last week. Your system has it wrong.",
        "Our system shows nothing posted, so it's unpaid. Go ahead and send the $465 again, and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I was in the hospital after a car accident and I still can't go back to work. I just don't have the money for the car payment.",
        "The hospital stay is your personal situation. The payment is still due, and you need to get this installment in by Friday no matter what.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他出差去了，手机落在家里，有什么事你跟我说吧。'],
      ['agent', '好的，那麻烦您转告他，他在我们公司贷款买的那辆白色凯美瑞，月供已经逾期两期，一共欠五千三百六十元。'],
    ],
    en: [
      ['third_party', "I'm his wife. He's out of town for work and forgot his phone on the counter. Who's calling?"],
      ['agent', "Okay, could you please let him know that the payments on the white Camry he financed with us are two months behind? The past-due amount is $1,126."],
    ],
  },
};
