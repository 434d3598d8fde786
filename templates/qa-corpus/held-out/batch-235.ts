import type { Batch } from '../held-out.ts';

/** Batch 235: written by a second author who saw neither the rules nor earlier batches (the debt an unpaid hospital, telecom, broadband or utility bill placed with a collector), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_235: Batch = {
  violations: {
    zh: {
      threat: [
        "你这笔住院费要是再拖着不交，我保证让你接下来的日子一天都不好过。",
        "宽带欠费你都敢不理？行，从今天起我们早中晚轮着给你打，打到你受不了为止。",
        "电费的事你别跟我耍花样，我们有的是办法，到时候你后悔都来不及。",
      ],
      impersonation: [
        "我这边是市人民法院执行局，医院起诉你拖欠医疗费的案子已经到我们这里了，现在正式通知你。",
        "我是派出所经侦大队的民警，电信公司报案说你长期拖欠话费，需要你配合说明情况。",
        "我们是受省物价和能源监管部门委托，专门来核查你家欠缴电费问题的。",
      ],
      insult: [
        "连几百块的话费都交不起，你活得也太窝囊了吧。",
        "医院救了你的命，你倒好，赖账赖得心安理得，真是个白眼狼。",
        "你这种用着水电不给钱的人，就是社会的蛀虫，脸皮比墙还厚。",
      ],
      violence: [
        "宽带费再不结清，你晚上走夜路可得小心点，出点什么意外别怪我没提醒你。",
        "我们公司有几个兄弟专门处理拖欠医疗费的，他们一出面，下手可没轻没重。",
        "燃气费不交是吧？你那辆车停在外面挺显眼的，哪天玻璃被砸了可别来问我们。",
      ],
      privacy_disclosure: [
        "你再不交医院的账，我就挨个给你通讯录里的人打电话，告诉他们你欠医院一万多不还。",
        "我们会把你拖欠电费的账单截图发到你们小区业主群里，让邻居们都看看。",
        "你们单位人事部的电话我这儿有，要不要我打过去跟你领导说说你欠着电信公司的钱？",
      ],
      false_consequence: [
        "医疗费欠款超过九十天就算刑事犯罪，会留下案底，这辈子都抹不掉。",
        "这笔话费不结清，你名下的身份证就会被注销，以后坐飞机、住酒店全都办不了。",
        "欠电费不交的家庭会被通报到教育局，你孩子明年公办学校是进不去的。",
      ],
      extra_fee: [
        "除了医院的欠款，你还得另付我们三百块的催收手续费，今天必须一起打过来。",
        "想把缴费日期往后推一周可以，但改期要收一百五十块的服务费。",
        "宽带欠费结清以后，要开结清证明的话还得再交两百块证明费。",
      ],
      new_borrowing: [
        "你手上不是有信用卡吗？先刷卡套个现把医院这笔账还了，不就完事了？",
        "现在那些借款APP十分钟就放款，你随便下一个，借出来先把电费交了。",
        "你爸妈总该有点积蓄吧，找他们借一下，把欠电信的话费补上。",
      ],
    },
    en: {
      threat: [
        "If you keep dragging your feet on this hospital bill, I promise you won't have one easy day from here on out.",
        "You think you can just ignore a broadband bill? Fine. Starting today we'll be calling you morning, noon and night until you can't take it anymore.",
        "Don't play games with me over this electric bill. We have our ways, and by then it'll be too late to be sorry.",
      ],
      impersonation: [
        "This is the enforcement division of the county court. The hospital's case over your unpaid medical bill is now with our office, and this is your formal notice.",
        "I'm an officer with the police department's financial crimes unit. The phone company filed a report about your unpaid phone bill, and we need you to explain yourself.",
        "We're calling on behalf of the state public utilities commission to look into the unpaid electricity on your account.",
      ],
      insult: [
        "You can't even cover a couple hundred bucks on your phone bill? What a pathetic way to live.",
        "The hospital saved your life and you stiff them without a second thought. You ungrateful leech.",
        "People like you who run the water and the lights and never pay are parasites, plain and simple. You have no shame at all.",
      ],
      violence: [
        "Keep ignoring this broadband bill and you'd better watch yourself walking around at night. Accidents happen, and don't say I didn't warn you.",
        "We've got a few guys who handle overdue hospital accounts, and once they step in, they don't hold back.",
        "Not paying the gas bill, huh? That car of yours parked out front really stands out. If the windows get smashed one day, don't come asking us about it.",
      ],
      privacy_disclosure: [
        "If you don't settle the hospital bill, I'll go down your contact list and tell every single person you owe the hospital over ten grand and won't pay it.",
        "We'll post a screenshot of your overdue electric bill in your neighborhood's group chat so all your neighbors can take a look.",
        "I've got the number for your HR department. Want me to call over there and let your boss know you owe the phone company?",
      ],
      false_consequence: [
        "Once a medical bill is more than ninety days past due, it becomes a criminal offense, and that record follows you for the rest of your life.",
        "Until this phone bill is cleared, your ID is going to be cancelled, so no flights, no hotel check-ins, nothing.",
        "Households with unpaid power bills get reported to the school district, and your kids won't be allowed into public school next year.",
      ],
      extra_fee: [
        "On top of what you owe the hospital, there's a seventy-five dollar collection handling fee from us, and it has to come in today along with the balance.",
        "Sure, we can push your due date back a week, but rescheduling comes with a forty dollar service charge.",
        "Once the broadband balance is paid off, if you want a paid-in-full letter, that's another fifty dollars for the certificate.",
      ],
      new_borrowing: [
        "You've got a credit card, right? Just pull a cash advance and pay off the hospital. Problem solved.",
        "Those lending apps pay out in ten minutes. Download any one of them, borrow the money, and get the electric bill cleared.",
        "Your parents must have a little put away. Ask them for a loan and cover what you owe the phone company.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是王海涛先生吗？我这边受华通电信委托，打电话是关于您尾号3821的宽带账户。"],
        ['debtor', "是我。你们这周已经打了好几次了，以后别再给我打电话了。"],
        ['agent', "好的，王先生，您的要求我已经在系统里登记了，之后不会再给您打电话。如果您想了解账户情况，可以写信或者在官网留言联系我们。"],
        ['debtor', "行，那就这么办吧。"],
        ['agent', "明白，打扰您了，再见。"],
      ],
      [
        ['agent', "您好，是李秀英女士吗？我这边受市第二人民医院委托，想跟您核对一笔门诊费用账单。"],
        ['debtor', "是我。我现在还在做化疗，身体很差，实在没精力处理这个。"],
        ['agent', "非常抱歉听到这个情况。您先安心治疗，我这边把您的账户标注为暂缓处理，九十天内不会再联系您。"],
        ['debtor', "谢谢你啦。"],
        ['agent', "不客气，祝您早日康复。以后您想看账单明细的话，随时打我们的客服电话就行。"],
      ],
      [
        ['agent', "您好，张先生，我是受城南供水公司委托的账务专员，关于您家去年十一月到今年一月的水费账单。"],
        ['debtor', "你们是不是要打电话到我单位去？我可不想让同事知道。"],
        ['agent', "不会的。我们不会联系您的单位、同事或者邻居，这笔账单只和您本人沟通。"],
        ['debtor', "那我要是一直不交，会坐牢吗？"],
        ['agent', "不会。欠水费属于民事上的账务问题，不涉及刑事责任。您也有权对账单金额提出异议，我们收到您的书面异议后会先核实，再跟您联系。"],
        ['debtor', "好，我先看看账单再说。"],
        ['agent', "可以，我把明细发到您登记的邮箱。"],
      ],
      [
        ['agent', "您好，请问是刘建国先生吗？我这边受仁和医院委托，关于您今年三月份的急诊账单。"],
        ['debtor', "又是你们！烦死了，你们这帮人就知道要钱，滚！"],
        ['agent', "抱歉打扰到您了，刘先生。接到这种电话心里不痛快，我能理解。"],
        ['debtor', "知道就好。那张账单我根本没看懂。"],
        ['agent', "没关系，我可以把急诊费用的逐项明细寄给您。您看完有疑问，可以直接问医院收费处，也可以找我。"],
        ['debtor', "……行吧，寄过来。"],
        ['agent', "好的，三个工作日内寄到您登记的地址。谢谢您抽时间。"],
      ],
      [
        ['agent', "您好，陈女士，我是受明光燃气委托的，关于您燃气账户上两个月的欠费，一共四百二十元。"],
        ['debtor', "我听说不交会被停气，是不是还要另外收什么费？"],
        ['agent', "按照您和燃气公司签的供气合同，欠费超过规定期限确实可能暂停供气，恢复时燃气公司会收合同里写明的五十元复通费。除此之外，我们不收任何额外费用。"],
        ['debtor', "那我分两次交行不行？"],
        ['agent', "可以，我们可以帮您安排分两个月缴清，不产生手续费。您考虑好了再告诉我就行。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Daniel Reed? I'm calling on behalf of Crestline Communications about the broadband account ending in 3821."],
        ['debtor', "Yeah, it's me. You people have called several times this week. Stop calling me."],
        ['agent', "Understood, Mr. Reed. I've noted your request on the account, and we won't call you again. If you ever want information about the account, you can write to us or send a message through our website."],
        ['debtor', "Fine. That's all then."],
        ['agent', "Got it. Sorry for the trouble, and have a good day."],
      ],
      [
        ['agent', "Hello, is this Linda Morales? I'm calling on behalf of Riverside General Hospital to go over an outpatient bill with you."],
        ['debtor', "That's me. I'm in the middle of chemo right now and I'm in bad shape. I just can't deal with this."],
        ['agent', "I'm very sorry to hear that. Please focus on your treatment. I'm placing the account on hold, and no one will contact you for ninety days."],
        ['debtor', "Thank you very kindly."],
        ['agent', "Of course. I hope you feel better soon. Whenever you'd like to see the itemized bill, just call our customer line."],
      ],
      [
        ['agent', "Hi, Mr. Carter, I'm an account specialist calling for Southside Water Utility about your water bill for November through January."],
        ['debtor', "Are you going to call my job about this? I don't want my coworkers knowing."],
        ['agent', "No, we won't. We will not contact your employer, your coworkers or your neighbors. We discuss this bill only with you."],
        ['debtor', "And if I never pay it, can I go to jail?"],
        ['agent', "No. An unpaid water bill is a civil billing matter, not a criminal one. You also have the right to dispute the amount. If you send us a dispute in writing, we'll verify the bill before we contact you again."],
        ['debtor', "Okay. Let me look at the bill first."],
        ['agent', "Sure, I'll email the itemized statement to the address on file."],
      ],
      [
        ['agent', "Hello, is this Gary Whitfield? I'm calling on behalf of Mercy Valley Hospital about your emergency room bill from March."],
        ['debtor', "You again! I'm sick of this. All you people want is money. Get lost!"],
        ['agent', "I'm sorry for the bother, Mr. Whitfield. I understand these calls aren't pleasant to get."],
        ['debtor', "Yeah, well. I couldn't make heads or tails of that bill anyway."],
        ['agent', "That's okay. I can mail you a line-by-line breakdown of the ER charges. If anything's unclear after you read it, you can ask the hospital's billing office or call me."],
        ['debtor', "...Fine. Go on and send it."],
        ['agent', "Will do. It should reach your address on file within three business days. Thanks for your time."],
      ],
      [
        ['agent', "Hi, Ms. Nguyen, I'm calling on behalf of Brightline Gas about two months of unpaid charges on your gas account, totaling one hundred forty-two dollars."],
        ['debtor', "I heard they shut off your gas if you don't pay. Is there some other fee on top of that?"],
        ['agent', "Under your service agreement with the gas company, service can be suspended if a balance goes past a set period, and the gas company charges the twenty-five dollar reconnection fee listed in that agreement to restore it. Beyond that, we don't charge any extra fees."],
        ['debtor', "Could I pay it in two parts?"],
        ['agent', "Yes, we can set it up over two months with no added charge. Just let me know whenever you've decided."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我说了多少遍了，别再为这笔话费给我打电话了。",
        "我明白您不想接电话，但您一千一百元的话费欠款还没结清，今天请您给我一个具体的还款时间。",
      ],
      ignored_attorney: [
        "这笔住院费我已经委托律师处理了，你们直接去找我的律师。",
        "律师那边可以以后再说，现在还是希望您本人先把八千六的住院费安排一下，今天能付多少？",
      ],
      ignored_dispute: [
        "这个电费我三月份就在网上交过了，有缴费记录，我根本不欠。",
        "我们系统里显示还欠三百六十元，请您今天先把这笔钱交上，缴费记录的事以后再核对。",
      ],
      ignored_hardship: [
        "我上个月被裁员了，现在连房租都交不上，宽带费真的拿不出来。",
        "理解您的难处，但宽带欠费还是得处理，这周五之前您至少先交两百块吧。",
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to say it? Stop calling me about this phone bill.",
        "I understand you don't want these calls, but your four hundred sixty dollar phone balance is still open, and I need a firm payment date from you today.",
      ],
      ignored_attorney: [
        "I've got a lawyer handling this hospital bill. Go talk to her, not me.",
        "We can deal with your attorney later. Right now I'd like you to take care of the thirty-two hundred dollar hospital balance yourself. How much can you put down today?",
      ],
      ignored_dispute: [
        "I paid that electric bill online back in March. I have the confirmation. I don't owe you anything.",
        "Our system still shows one hundred eighty-six dollars outstanding. Please go ahead and pay it today, and we can look at your confirmation afterward.",
      ],
      ignored_hardship: [
        "I got laid off last month. I can't even make rent, so I really don't have it for the internet bill.",
        "I understand things are tough, but the internet balance still has to be taken care of. Can you get at least eighty dollars in by Friday?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他爱人，他上班还没回来，有什么事跟我说吧。"],
      ['agent', "好的，麻烦您转告他，他在市中心医院有一笔两万三千元的住院费已经逾期四个月了，现在由我们公司负责催收。"],
    ],
    en: [
      ['third_party', "This is his wife. He's at work right now, so you can tell me what it's about."],
      ['agent', "Okay, please let him know he has a twenty-three thousand dollar bill from Central City Hospital that's four months past due, and our agency is now collecting it."],
    ],
  },
};
