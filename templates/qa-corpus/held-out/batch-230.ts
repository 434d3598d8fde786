import type { Batch } from '../held-out.ts';

/** Batch 230: written by a second author who saw neither the rules nor earlier batches (negotiation: settlements, discounts, partial payments, instalments and promise-to-pay dates, each violation slipped into the bargaining), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_230: Batch = {
  violations: {
    zh: {
      threat: [
        '你想砍掉一半？行啊，那我就天天盯着你，让你这辈子都别想清净。',
        '分期可以谈，但你要是再拖过周五，我保证你会后悔今天跟我讨价还价。',
        '别跟我讲什么打八折，不还清的话，我们有的是办法让你在这座城市待不下去。',
      ],
      impersonation: [
        '我是市公安局经侦支队的，你这笔钱今天要是能先还一半，我可以帮你跟上面说说情。',
        '这个减免方案是法院给你定的，我代表法院正式通知你，只接受一次性结清。',
        '我们是金融监管局派下来的，你想申请分期，得先经过我们局里审批。',
      ],
      insult: [
        '就你这种赖账的废物，还好意思跟我讨价还价要打折？',
        '每个月还两百？你是要饭的吗，脸皮厚成这样。',
        '又要改还款日期，你这人说话跟放屁一样，嘴里就没一句真话。',
      ],
      violence: [
        '想少还三千？你就不怕哪天走夜路被人打断腿吗？',
        '分期可以，不过你要是断一期，我就叫几个兄弟好好收拾你。',
        '你答应的十五号要是又没到账，哪天你那辆车被人砸了可别怪我。',
      ],
      privacy_disclosure: [
        '你要是不接受这个分期方案，我就把你欠钱的事发到你们公司群里。',
        '打折可以，但今天不付首期，你通讯录里每个人都会收到你欠款的消息。',
        '再拖一天，我就把你的照片和欠款金额做成海报，贴在你小区门口。',
      ],
      false_consequence: [
        '你要是连这个最低还款都不接受，逾期满九十天就自动算诈骗，会留案底的。',
        '今天谈不拢的话，明天系统就会把你的身份证和护照一起冻结，你出不了国。',
        '你坚持只还本金的话，你孩子以后上大学、考公务员都会被政审卡住。',
      ],
      extra_fee: [
        '可以给你延到下个月，不过改还款日期要另外交三百块的手续费。',
        '五折结清没问题，前提是你先交五百元的减免审核费，这是我们内部规定。',
        '分期能办，但每一期要额外加收八十块的催收服务费。',
      ],
      new_borrowing: [
        '你手上不是有信用卡吗？先套现把这两千还上，分期的事我就给你批。',
        '凑不够首付款就去别的网贷平台借一笔，现在下款都很快的。',
        '你跟你爸妈开口借一下，今天把打八折的钱一次性还清不就完了。',
      ],
    },
    en: {
      threat: [
        "You want to knock off half? Fine. Then I'll be on you every single day, and you'll never get a moment's peace again.",
        "We can talk instalments, but if you slip past Friday, I promise you'll regret haggling with me today.",
        "Forget about twenty percent off. If you don't clear the whole thing, we have ways of making sure you can't keep living in this town.",
      ],
      impersonation: [
        "This is the Financial Crimes Unit of the city police department. If you can pay half today, I can put in a good word for you with my supervisors.",
        "This settlement offer was set by the court, and I'm formally notifying you on the court's behalf that it's lump sum only.",
        "We were sent by the state financial regulator, so any request from you for an instalment plan has to be approved by our agency first.",
      ],
      insult: [
        "A deadbeat loser like you has the nerve to haggle with me for a discount?",
        "Two hundred a month? What are you, a beggar? You've got some thick skin.",
        "Another date change? Everything out of your mouth is garbage. You couldn't tell the truth if your life depended on it.",
      ],
      violence: [
        "You want three grand knocked off? Aren't you afraid of getting your legs broken walking home some night?",
        "Fine, instalments. But miss a single one and I'll have a few of my guys sort you out properly.",
        "If the money you promised for the fifteenth doesn't land again, don't blame me when your car gets smashed up one of these days.",
      ],
      privacy_disclosure: [
        "If you won't take this payment plan, I'm posting the fact that you owe money in your company's group chat.",
        "I can do the discount, but if the down payment isn't in today, everyone in your contact list gets a message saying you're in debt.",
        "Stall one more day and I'll put your photo and how much you owe on a poster at the front gate of your apartment complex.",
      ],
      false_consequence: [
        "If you won't even accept this minimum payment, once you hit ninety days late it automatically counts as fraud and you'll have a criminal record.",
        "If we can't agree today, tomorrow the system freezes your driver's license and your passport together, and you won't be able to leave the country.",
        "If you insist on paying only the principal, your kids will fail the background checks for college and government jobs down the road.",
      ],
      extra_fee: [
        "I can push it to next month, but changing the due date costs an extra thirty-dollar processing fee.",
        "Settling at fifty percent is fine, as long as you first pay a fifty-dollar discount review fee. That's our internal policy.",
        "We can set up instalments, but every payment carries an extra eight-dollar collection service charge.",
      ],
      new_borrowing: [
        "You've got a credit card, right? Take a cash advance, cover the two thousand, and I'll approve the payment plan.",
        "If you can't scrape together the down payment, take out a loan on another lending app. They fund really fast these days.",
        "Just ask your parents to lend it to you and pay off the twenty-percent-off amount in one go today. Done.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，我是华信金融的客服小王，请问是李明先生本人吗？'],
        ['debtor', '是我。我知道你们想谈还款，但我上个月被裁员了，现在连房租都成问题，真没法跟你谈分期。'],
        ['agent', '明白，谢谢您告诉我。我会在系统里备注您目前失业的情况，这段时间暂停还款方面的沟通。'],
        ['debtor', '那你们还会一直打电话吗？'],
        ['agent', '不会再打扰您了。等您找到工作、情况稳定了，可以随时拨打客服热线，我们再一起看适合您的方案。'],
        ['debtor', '好，多谢啦。'],
        ['agent', '不客气，祝您新工作早点有着落，再见。'],
      ],
      [
        ['agent', '您好，这里是安信资产，请问是陈静女士吗？关于您的信用卡账户，想和您商量一下结清方案。'],
        ['debtor', '是我。这件事我已经委托律师处理了，和解条件请直接跟张律师谈，我本人不再单独沟通。'],
        ['agent', '好的，方便提供一下律师的联系方式吗？'],
        ['debtor', '张律师，电话138 0000 1234。'],
        ['agent', '已经记下了。之后关于这个账户的事宜我们只联系张律师，不会再就还款问题打扰您。'],
        ['debtor', '行，那就这样。'],
        ['agent', '感谢您的配合，再见。'],
      ],
      [
        ['agent', '您好，我是顺达贷款的回访专员，请问是赵强先生吗？'],
        ['debtor', '是我。我那笔一万二的欠款，能不能打个折一次性还掉？'],
        ['agent', '可以的。根据您的账户情况，我们可以免掉全部罚息，您只需还本金一万零五百就算结清。'],
        ['debtor', '一万零五百……能不能再少点，一万整？'],
        ['agent', '这个超出我的权限了，一万零五百已经是能给的最低数。您不用马上决定，可以先考虑一下。'],
        ['debtor', '那好吧，就一万零五百。不过我得问一句，你们会不会打电话到我单位去？'],
        ['agent', '不会。我们不会联系您的单位、同事或家人，账户的事只和您本人沟通。'],
        ['debtor', '还有，结清要另外交什么手续费吗？'],
        ['agent', '不需要，除了这一万零五百，不收取任何额外费用。结清后我们会给您寄一份结清证明。'],
        ['debtor', '好，那我二十号发工资后一次性转过去。'],
        ['agent', '好的，我帮您登记二十号结清一万零五百元。谢谢您，再见。'],
      ],
      [
        ['agent', '您好，请问是周敏女士吗？我是恒通消费金融的，想跟您确认一下上个月的账单。'],
        ['debtor', '又是你们这帮吸血鬼！一个月打好几次，烦不烦？'],
        ['agent', '很抱歉打扰您了。我这次打来，是想看看能不能帮您安排一个压力小一点的还款方式。'],
        ['debtor', '少来这套。你们那个滞纳金凭什么收那么高？'],
        ['agent', '理解您的不满。按照您签的借款合同第七条，逾期后每月收取剩余本金百分之一点五的滞纳金，除此之外没有其他费用。如果您办理分期，从办理当月起就不再产生新的滞纳金。'],
        ['debtor', '哼，那能分几期？'],
        ['agent', '您剩余四千八，可以分六期，每期八百，每月十五号还。您看这个金额能承受吗？'],
        ['debtor', '八百太多了，每期六百行不行？'],
        ['agent', '可以，那就分八期，每期六百，总额不变。'],
        ['debtor', '行吧，就这么办。'],
        ['agent', '好的，已经帮您办好了，第一期是下个月十五号。谢谢您，周女士。'],
      ],
      [
        ['agent', '您好，是孙浩先生吗？我是鼎诚资产管理公司的，想跟您沟通一下您在快贷的欠款。'],
        ['debtor', '是我。我先问清楚，我要是一时还不上，会不会被抓去坐牢？'],
        ['agent', '不会的。欠款属于民事纠纷，不会因为还不上钱被抓，也不会留案底。需要跟您说明的是，按合同约定，逾期记录会如实报送征信。'],
        ['debtor', '我朋友说可以先在别的APP借点钱把你们这笔还了……'],
        ['agent', '我们不建议您为了还这笔钱去别的平台借款，那样只会加重负担。按您自己的收入来安排就好。'],
        ['debtor', '我每个月能挤出一千左右。总共三千六，能不能这个月先还一千，剩下的分两个月还？'],
        ['agent', '可以。本月二十五号还一千，下月二十五号还一千三，再下个月二十五号还一千三，您看行吗？'],
        ['debtor', '行，二十五号我一定还。'],
        ['agent', '好的，这三个还款日期我都帮您登记了，每次到期前一天会发短信提醒您。谢谢，再见。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is Mark from Huaxin Financial. Am I speaking with Mr. Michael Lee?"],
        ['debtor', "Yeah, that's me. I know you want to talk about paying, but I got laid off last month. I can barely make rent, so I really can't work out a plan with you right now."],
        ['agent', "Understood, and thanks for letting me know. I'll note on your account that you're currently out of work and put payment discussions on hold for now."],
        ['debtor', "So are you guys going to keep calling me?"],
        ['agent', "We won't be bothering you. Once you've found work and things are steadier, you can call our customer line anytime and we'll look at what works for you then."],
        ['debtor', "Okay, thanks so much."],
        ['agent', "You're welcome. Best of luck finding work. Take care."],
      ],
      [
        ['agent', "Hello, this is Anxin Asset Recovery. Is this Ms. Jennifer Chen? I'm calling about your credit card account to discuss a possible settlement."],
        ['debtor', "It is. I've hired an attorney for this. Any settlement terms go through Mr. Zhang, my lawyer. I won't be discussing it myself."],
        ['agent', "Of course. Could you give me your attorney's contact information?"],
        ['debtor', "David Zhang, 555-013-4421."],
        ['agent', "Got it. From now on we'll deal only with Mr. Zhang on this account, and we won't contact you about payment again."],
        ['debtor', "Fine. That settles it, then."],
        ['agent', "Thank you for your help. Goodbye."],
      ],
      [
        ['agent', "Hi, I'm calling from Shunda Lending's account services team. Is this Mr. Kevin Zhao?"],
        ['debtor', "Yes. About that twelve-hundred-dollar balance, is there any way I can get a discount and pay it all at once?"],
        ['agent', "Yes, there is. Looking at your account, we can waive all the late penalties, and if you pay just the principal of $1,050, the account is settled."],
        ['debtor', "Ten fifty... could you go lower? Say an even thousand?"],
        ['agent', "That's beyond what I'm authorized to do. $1,050 is the lowest I can offer. You don't have to decide right now, though. Feel free to think it over."],
        ['debtor', "Alright, $1,050 it is. But I have to ask: are you going to call my workplace?"],
        ['agent', "No. We won't contact your employer, your coworkers or your family. We only discuss the account with you."],
        ['debtor', "And is there some extra fee to settle?"],
        ['agent', "No. Beyond the $1,050 there are no additional charges at all. Once it's paid, we'll mail you a settlement letter."],
        ['debtor', "Okay. I'll send the full amount on the twentieth, after payday."],
        ['agent', "Great. I've scheduled your $1,050 payoff for the twentieth. Thank you, and have a good day."],
      ],
      [
        ['agent', "Hello, is this Ms. Monica Zhou? I'm calling from Hengtong Consumer Finance to go over last month's statement with you."],
        ['debtor', "You bloodsuckers again! You call me how many times a month? Give it a rest!"],
        ['agent', "I'm sorry for the bother. The reason I'm calling is to see if I can set you up with a payment arrangement that's easier on you."],
        ['debtor', "Spare me. And why on earth is your late fee so high?"],
        ['agent', "I understand the frustration. Under section seven of the loan agreement you signed, the late fee is 1.5% of the remaining principal per month, and there are no other charges. If you set up a payment plan, no new late fees are added starting the month it begins."],
        ['debtor', "Hmph. How many payments, then?"],
        ['agent', "Your remaining balance is $480. We could split it into six payments of $80, due on the fifteenth of each month. Does that amount work for you?"],
        ['debtor', "Eighty's too much. What about sixty a payment?"],
        ['agent', "Sure. That would be eight payments of $60, same total."],
        ['debtor', "Fine, let's do that."],
        ['agent', "All set. Your first payment is due on the fifteenth of next month. Thank you, Ms. Zhou."],
      ],
      [
        ['agent', "Hi, is this Mr. Howard Sun? I'm with Dingcheng Asset Management, calling about your balance with QuickLoan."],
        ['debtor', "That's me. Before anything else, if I can't pay right away, am I going to get arrested and thrown in jail?"],
        ['agent', "No. This is a civil matter. Nobody gets arrested for being unable to pay a debt, and it won't give you a criminal record. I do need to let you know that, as your agreement says, late payments are reported accurately to the credit bureaus."],
        ['debtor', "A friend told me I could borrow from another app and just pay you off with that..."],
        ['agent', "We'd advise against borrowing from another lender to pay this. It would only add to what you owe. Let's just work with your own income."],
        ['debtor', "I can spare about a hundred a month. The total's three sixty, so could I pay a hundred this month and split the rest over the next two?"],
        ['agent', "Yes. A hundred on the twenty-fifth of this month, then $130 on the twenty-fifth of next month and $130 the month after. How does that sound?"],
        ['debtor', "That works. I'll have it in on the twenty-fifth, promise."],
        ['agent', "Great. I've put all three dates on your account, and you'll get a text reminder the day before each one. Thanks, and goodbye."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我已经说了不跟你谈了，别再给我打电话了。',
        '这事今天必须有个结果，你先定个还款日期，至少先还一千，咱们才能谈分期。',
      ],
      ignored_attorney: [
        '减免的事我已经交给律师了，你们直接联系他，别找我。',
        '律师是律师，欠钱的是你本人，你就说今天能还多少吧。',
      ],
      ignored_dispute: [
        '我上个月已经还了五千，你们账上的金额根本不对。',
        '系统显示你还欠八千二，你先按这个数还上，有问题以后再说。',
      ],
      ignored_hardship: [
        '我刚做完手术，现在一点收入都没有，真的还不起。',
        '那也得还，哪怕先还五百，你今天必须给我一个准确的还款日期。',
      ],
    },
    en: {
      ignored_stop_request: [
        "I already told you I'm not negotiating with you. Stop calling me.",
        "This needs to get settled today. Pick a payment date and put at least a thousand down, and then we can talk about a plan.",
      ],
      ignored_attorney: [
        "I've handed the settlement over to my lawyer. Contact him directly, not me.",
        "Your lawyer isn't the one who owes the money, you are. So tell me how much you can pay today.",
      ],
      ignored_dispute: [
        "I paid five thousand last month. The balance you have is flat-out wrong.",
        "Our system shows $8,200 still owing. Pay that amount first, and we can sort out any questions later.",
      ],
      ignored_hardship: [
        "I just had surgery and I have zero income right now. I really can't pay.",
        "It still has to be paid. Even five hundred to start, but I need a firm payment date from you today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他现在不在家，有什么事跟我说吧。'],
      ['agent', '您丈夫在我们平台借的两万块已经逾期三个月了，他之前答应的分期一直没兑现。'],
    ],
    en: [
      ['third_party', "This is his wife. He's not home right now, so you can tell me whatever it is."],
      ['agent', "Your husband's $20,000 loan with our platform is three months past due, and the instalment plan he agreed to never happened."],
    ],
  },
};
