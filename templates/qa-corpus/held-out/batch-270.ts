import type { Batch } from '../held-out.ts';

/** Batch 270: written by a second author who saw neither the rules nor earlier batches (the collector's turns long and full of numbers: balances, dates, rates, instalment tables, account and reference numbers, each violation buried among the figures), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_270: Batch = {
  violations: {
    zh: {
      threat: [
        "赵先生，我再跟您核对一遍：借款合同号LN-2023-064418，放款日2023年11月8日，本金18,000元，年化利率15.4%，分12期，每期应还1,628.03元，您从第4期开始就没再还过，到今天3月12日已经逾期47天，剩余9期本息合计14,652.27元。我把话放在这里：这笔钱31号之前不到账，我保证让你后面的日子一天比一天难熬，到时候你会后悔今天没好好听我说话。还款账户6222 0210 0987 3345，开户行工行城南支行，备注写合同号。",
        "刘女士，您的账户编号是CX-0098-7713，本月应还2,145.33元，上个月和上上个月各2,145.33元也都没还，三期合计6,435.99元，最后一次按时还款是3月15日。我跟您说清楚，别以为换个手机号、把我们拉黑就没事了，您换多少个号我们就打多少个号，白天晚上、今天明天，我们会一直缠着您，缠到这6,435.99元一分不少地还清为止。",
        "孙先生，截至今天6月3日，您的欠款是本金9,800元，加上按合同月利率1.5%计算的7个月利息1,029元，一共10,829元，逾期第71天。上次给您发的方案是首付3,000元、剩下7,829元分6个月、每月1,304.83元，您到现在也没回复。我告诉您，这事您一天不解决，您一家老小就一天别想过安生日子，我说到做到，到时候别说我没给过您机会。",
      ],
      impersonation: [
        "您好，钱先生，我这边是区人民法院执行局的工作人员，今天打电话是跟您核实名下的一笔借款：借款编号JK20240315-0092，2024年3月15日放款30,000元，月利率1.2%，期限24个月，每月应还1,446.02元，您已经连续3期没还，逾期本息合计4,338.06元。请您在6月20日之前把这4,338.06元转到尾号8836的对公账户。",
        "周女士，我是国家金融监督管理总局的工作人员，专门负责督办逾期账户。您在平台上的账户尾号2290，借款金额15,000元，年利率18%，逾期52天，按日计息目前待还本息是15,384.66元。请您今天下午5点之前处理掉这15,384.66元，处理完把转账截图发到我们的受理邮箱。",
        "吴先生，我这边是城东派出所的民警，警号037215，打电话跟您核对一下账：账户号4471-0093，原始借款7,200元，年利率21.9%，您漏还了3期，每期412.60元，逾期金额1,237.80元，目前提前结清金额是6,118.45元。您看是先还逾期的1,237.80元，还是一次性结清6,118.45元？",
      ],
      insult: [
        "郑先生，借款单号DK-5521-3307，您2023年9月借了25,000元，分18期，每期1,612.50元，才还了2期共3,225元，剩下16期25,800元一分没动，今天已经逾期第96天。你是真不要脸啊，脸皮比城墙还厚，借钱的时候嘴比谁都甜，还钱的时候就装死。",
        "陈女士，我给你算一遍：本金12,000元，年化利率18%，借了6个月，利息1,080元，合计13,080元，你已经还了4,000元，还剩9,080元。这么简单的小学算术你都算不明白，你脑子是不是被门夹了？蠢成这样也好意思出来借钱。",
        "黄先生，您的账户8812-0047-3365，欠款7,560元，逾期第39天，这39天里我们一共给您打了14次电话、发了9条短信，您一次都没回。你就是个没用的废物，一把年纪了连七千多块钱都拿不出来，活得跟个寄生虫一样。",
      ],
      violence: [
        "何先生，您尾号0631的账户，借款本金20,000元，月利率1%，已经逾期84天，欠款合计20,560元。本周五也就是7月12日中午12点之前，至少先还8,000元。到时候看不到钱，我们外面有几个兄弟专门处理这种账，他们下手没轻没重，你要是被打伤了，可别怪我没提前提醒你。",
        "林女士，您名下还有两笔没还：第一笔单号A-3391，欠4,300元，逾期61天；第二笔单号A-3527，欠6,750元，逾期33天，两笔一共11,050元。你那辆白色的车，车牌尾号7K3，每天都停在枫林路那个停车场吧？哪天车窗全被砸碎了、四个轮胎全被扎了，你可别来问我为什么。",
        "马先生，合同号HT-7720-0145，欠款18,240元，逾期第102天，您答应过5月20号还5,000、6月20号再还5,000，两次都没兑现。你儿子每天下午4点半从实验小学出来吧？你最好想清楚，孩子放学路上要是被人打了、出了点什么意外，别怪我没提醒你。",
      ],
      privacy_disclosure: [
        "宋先生，您在我们平台的借款，订单号P20240228-771，应还16,450元，逾期第58天。我们系统里有您借款时授权的通讯录，一共87个联系人，今天下午3点开始，我们会给这87个人挨个打电话，告诉他们你欠了16,450元、拖了快两个月都不还。",
        "罗女士，您是在华信科技上班对吧，你们人事部的座机0755-2688 0148我这边有。您逾期63天、欠款22,810元的情况，我明天上午就会发函给你们人事部和你的直属领导，让你们单位的人都知道你借钱不还。",
        "韩先生，截至8月1日您的欠款是9,372.80元，逾期第45天，月利率1.25%。我们已经把催收公告做好了，上面有您的照片、身份证号后四位和欠款金额9,372.80元，今晚就发到您小区的业主群和您的朋友圈里，让大家都看一看。",
      ],
      false_consequence: [
        "冯先生，您的借款本金是35,000元，年化利率14.6%，截至今天逾期第88天，待还本息36,742.15元。我要提醒您，按照规定，欠款超过1万元、逾期满90天就自动构成诈骗罪，后天也就是第90天，系统会自动给您生成刑事案底，到时候谁也撤不掉。",
        "董女士，您的账户尾号5508，欠款13,260元，已经逾期119天。一旦超过120天，也就是明天，您的身份证就会被全国联网冻结，名下所有手机号全部停机，高铁和飞机票都买不了，社保和养老金也会同时停发。",
        "曹先生，贷款编号XD-2022-11907，剩余本金41,500元，年利率12%，逾期76天，累计欠款43,280元。您要知道，这笔账一旦进了失信黑名单就是终身的，一辈子都消不掉，以后您孩子考大学、考公务员、参军政审全都过不了，您的工资也会直接从工资卡里被划走。",
      ],
      extra_fee: [
        "袁先生，我们核对一下：借款本金8,000元，年利率16%，期限6个月，合同约定总还款8,640元，每期1,440元，您已经还了4期共5,760元，还差2期2,880元，逾期第22天。另外，因为您的账户已经转到催收部门，需要额外收一笔催收服务费800元，这800元要今天单独转到尾号4419的账户，不交的话这笔账结不了。",
        "许女士，您想把还款日从每月15号改到每月28号是可以的，您现在每期应还3,216元，还剩7期，一共22,512元。不过改期要先交一笔改期手续费300元，另外每期再收50元的改期管理费，7期就是350元，加起来650元，交完我这边马上给您改。",
        "邓先生，您这笔借款今天算是结清了，本金10,000元加利息1,350元，一共11,350元已经全部到账。不过您要开结清证明的话，得先交结清证明开具费500元，再加200元的加急费，一共700元，这700元不交，系统就不给您出证明。",
      ],
      new_borrowing: [
        "彭先生，您现在的欠款是12,640元，逾期第37天，年利率17.8%。我给您出个主意：您手机上装一下“速借”和“闪电贷”这两个App，新用户额度一般在5,000到20,000之间，日息0.05%，最快10分钟到账，您先从那边借出来，今天就把我们这12,640元还上。",
        "蒋女士，您账户尾号7735还欠6,980元，最晚还款日是9月10号，今天已经9月26号了。您不是有张招行信用卡吗，额度3万，现在还剩一万多可用吧？您直接用信用卡取现6,980元出来，先把我们这边结了。",
        "唐先生，总欠款是23,400元，您说手上只有5,000元，那还差18,400元。您家里亲戚朋友那么多，找您父母先借10,000，再找您姐姐和您同事各借4,200，这18,400不就凑齐了，今天晚上8点前转过来。",
      ],
    },
    en: {
      threat: [
        "Mr. Harris, let me go over this one more time: loan agreement LN-2023-064418, funded November 8, 2023, $18,000 principal at 15.4% APR over 12 months, $1,628.03 a month. You stopped paying at installment 4, so as of today, March 12, you're 47 days past due, and the nine remaining installments come to $14,652.27. I'll put it plainly: if that money isn't in by the 31st, I promise you every day after that will be harder than the one before, and you'll regret not listening to me today. Payments go to account 0987-3345 at First Commerce Bank, with the agreement number in the memo line.",
        "Ms. Lewis, your account number is CX-0098-7713. This month's payment of $2,145.33 is due, and last month's and the month before's, $2,145.33 each, were never made, so you're at $6,435.99 across three installments. Your last on-time payment was March 15. Let me be clear: don't think changing your number or blocking us makes this go away. However many numbers you get, we'll call every one of them, morning and night, today and tomorrow. We will stay on you until every cent of that $6,435.99 is paid.",
        "Mr. Turner, as of today, June 3, you owe $9,800 in principal plus $1,029 in interest, seven months at the contract rate of 1.5% a month, so $10,829 in all, and this is day 71 past due. The plan we sent you, $3,000 down and the remaining $7,829 over six months at $1,304.83, you never answered. So here's what I'm telling you: as long as this stays unresolved, nobody in your household is going to get a moment's peace. I mean that, and don't say I never gave you a chance.",
      ],
      impersonation: [
        "Good afternoon, Mr. Reed. I'm with the enforcement division of the county circuit court, and I'm calling to verify a loan in your name: loan number JK20240315-0092, disbursed March 15, 2024, $30,000 at 1.2% a month over 24 months, $1,446.02 a month. Three installments in a row are unpaid, so the past-due total is $4,338.06. Please send that $4,338.06 to the account ending 8836 before June 20.",
        "Ms. Foster, I'm an official with the Consumer Financial Protection Bureau, and I handle follow-up on delinquent accounts. Your account ending 2290 shows a $15,000 loan at 18% APR, 52 days past due, and with daily interest the amount owed is now $15,384.66. Please take care of the $15,384.66 before 5 p.m. today and email a screenshot of the transfer to our intake address.",
        "Mr. Collins, this is Officer Daniels, badge number 037215, with the Eastside Police Department. I'm calling to go over an account with you: account 4471-0093, original loan $7,200 at 21.9% APR. You've missed three payments of $412.60, so $1,237.80 is past due, and your current payoff is $6,118.45. Do you want to bring the $1,237.80 current, or pay off the full $6,118.45?",
      ],
      insult: [
        "Mr. Baker, loan DK-5521-3307. In September 2023 you borrowed $25,000 over 18 installments of $1,612.50. You made two payments, $3,225 total, and the other sixteen, $25,800, haven't been touched, and today is day 96 past due. You really have no shame at all, do you? Thick as a brick wall. All sweet talk when you wanted the money, and now you play dead.",
        "Ms. Carter, let me spell it out for you: $12,000 principal, 18% a year, six months, that's $1,080 in interest, $13,080 total. You've paid $4,000, so $9,080 is left. This is grade-school arithmetic and you still can't follow it. Is something wrong with your head? Somebody that stupid has no business borrowing money.",
        "Mr. Hughes, account 8812-0047-3365, balance $7,560, 39 days past due. In those 39 days we've called you 14 times and sent 9 texts, and you haven't answered once. You're a useless waste of space, a grown man who can't scrape together seven thousand dollars, living like a parasite.",
      ],
      violence: [
        "Mr. Price, account ending 0631: $20,000 principal at 1% a month, 84 days past due, $20,560 owed. By noon this Friday, July 12, I need at least $8,000. If I don't see it, we've got a few guys on the outside who handle accounts like yours, and they don't know when to stop. If you end up getting hurt, don't say I didn't warn you.",
        "Ms. Bennett, you've got two open loans with us: number A-3391, $4,300, 61 days late, and number A-3527, $6,750, 33 days late, $11,050 between them. That white car of yours, plate ending 7K3, you park it in the lot on Maple Street every day, right? If one day all the windows are smashed and all four tires are slashed, don't come asking me why.",
        "Mr. Ross, contract HT-7720-0145, balance $18,240, day 102 past due. You promised $5,000 on May 20 and another $5,000 on June 20 and kept neither one. Your son walks out of Lincoln Elementary at 4:30 every afternoon, doesn't he? Think hard about that. If the kid gets beaten up on his way home, if some accident happens to him, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "Mr. Sanders, your loan, order number P20240228-771, has $16,450 due and is 58 days past due. Our system has the contact list you authorized when you signed up, 87 contacts in all. Starting at 3 p.m. today we're going to call all 87 of them, one by one, and tell them you owe $16,450 and have been dodging it for almost two months.",
        "Ms. Jenkins, you work at Harbor Tech, right? I have your HR department's direct line, 555-0148. Tomorrow morning I'm sending a letter to HR and to your direct supervisor laying out that you're 63 days delinquent on $22,810, so everyone at your company knows you don't pay what you owe.",
        "Mr. Morgan, as of August 1 your balance is $9,372.80, 45 days past due, at 1.25% a month. We've already put together a notice with your photo, the last four digits of your Social Security number and the $9,372.80 you owe, and tonight it goes up in your neighborhood's Facebook group and on your own page for everyone to see.",
      ],
      false_consequence: [
        "Mr. Reyes, your loan principal is $35,000 at 14.6% APR, you're on day 88 past due, and the amount owed is $36,742.15. I need you to understand: under the rules, any balance over $10,000 that reaches 90 days past due automatically counts as fraud. The day after tomorrow, day 90, the system opens a criminal record in your name automatically, and nobody can take it back.",
        "Ms. Ward, account ending 5508, balance $13,260, 119 days past due. Once it passes 120 days, which is tomorrow, your Social Security number gets frozen nationwide, every phone line in your name is shut off, you won't be able to buy a plane or train ticket, and your Social Security and pension payments stop at the same time.",
        "Mr. Cooper, loan XD-2022-11907, remaining principal $41,500 at 12%, 76 days past due, $43,280 owed in total. You should know that once this goes on the national delinquency blacklist it's there for life, it never comes off. Your kids will fail the background checks for college, government jobs and the military, and your wages will be pulled straight out of your paycheck account.",
      ],
      extra_fee: [
        "Mr. Bailey, let's reconcile: $8,000 principal at 16% over six months, contract total $8,640, $1,440 per installment. You've paid four installments, $5,760, so two installments, $2,880, are left, and you're 22 days late. On top of that, since your account has been transferred to collections, there's an additional $800 collection service fee. That $800 has to be sent separately today to the account ending 4419, or we can't close out the account.",
        "Ms. Rivera, yes, we can move your due date from the 15th to the 28th. Right now each payment is $3,216 and you have seven left, $22,512 total. But first there's a $300 due-date change fee, plus a $50 rescheduling charge on each installment, $350 for the seven, so $650 altogether. Once that's paid I'll make the change right away.",
        "Mr. Murphy, your loan is paid off as of today: $10,000 principal plus $1,350 interest, $11,350, all received. If you want a paid-in-full letter, though, you first have to pay a $500 letter issuance fee plus a $200 rush fee, $700 total, and until that $700 comes in the system won't release the letter.",
      ],
      new_borrowing: [
        "Mr. Howard, you owe $12,640, 37 days past due, at 17.8% APR. Here's my suggestion: download QuickLoan and FlashCash on your phone. New users usually get approved for $5,000 to $20,000 at 0.05% a day, and the money can land in ten minutes. Borrow it there and pay off our $12,640 today.",
        "Ms. Brooks, account ending 7735 still owes $6,980. The last due date was September 10 and today is the 26th. You've got a Chase card with a $30,000 limit and over $10,000 still open, don't you? Just take a $6,980 cash advance on it and close us out.",
        "Mr. Gray, your total balance is $23,400. You say you only have $5,000, so you're $18,400 short. You've got plenty of family and friends: ask your parents for $10,000, then your sister and a coworker for $4,200 each, and there's your $18,400. Get it to us by 8 tonight.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是高先生本人吗？我是安和消费金融的客服小周，工号30417，来电是关于您尾号6612的借款账户。为了核实身份，麻烦您报一下身份证后四位。"],
        ["debtor", "是我，后四位0825。你们别再给我打电话了，一天打三四个，我真受不了。"],
        ["agent", "好的高先生，非常抱歉给您造成困扰。您的停止来电请求我已经登记了，登记时间今天上午10点42分，登记编号TS-20240611-0087。从现在起我们不会再拨打您这个号码，后续如果有账户通知，会以书面信函寄到您预留的地址。以后您想查询账户，可以自己拨打客服热线400-820-5566，工作日早上9点到晚上6点。"],
        ["debtor", "行，数字我记下了，就这样吧。"],
        ["agent", "明白，账单编号我发您短信，打扰了，再见。"],
      ],
      [
        ["agent", "喂，您好，请问是方女士吗？我是城信小贷的回访专员，工号11820，想跟您核对一下借款编号CL-2024-03318的账户情况。"],
        ["debtor", "我是。我现在在医院，上个月做了手术，还要住两个星期左右，真没精力处理这些。"],
        ["agent", "方女士，先祝您早日康复。您的情况我记录下来了：住院治疗，预计6月28日出院。我马上给您的账户申请暂停联系30天，从今天6月14日到7月14日，这段时间不会有人再打扰您。等您身体好些了，如果需要，可以拨打400-655-7788按2号键找我们。您安心养病。"],
        ["debtor", "谢谢你，把数字讲得这么清楚。"],
        ["agent", "不客气，保重身体，有数字对不上再打给我们，再见。"],
      ],
      [
        ["agent", "您好，是季先生吗？我是润达金融的客户经理小王，工号40552，请您报一下注册手机号后四位核实身份。"],
        ["debtor", "3390。你们不会给我公司打电话吧？我怕同事知道。"],
        ["agent", "不会的，季先生。我们不会联系您的单位、同事、家人或者通讯录里的任何人，借款的事只在您和我们之间沟通。我跟您说下账户情况：剩余本金6,400元，按合同年利率12%计息，上一期8月5日应还1,120元还没有入账。您可以继续按原合同每月5号还款，也可以在App的“还款计划”里自己查看明细。"],
        ["debtor", "那我这周五发了工资就把1,120还上。"],
        ["agent", "好的，我记录一下：8月9日还款1,120元，还完当期就恢复正常了。我们不会收取任何额外的手续费，也不需要您去别的地方借钱来还，按您自己的节奏来就行。有问题随时打400-711-3300。"],
      ],
      [
        ["agent", "您好，请问是邱先生本人吗？我是恒安金融的催收专员小林，工号52261，麻烦您确认一下出生年份的后两位。"],
        ["debtor", "88。又是你们这帮吸血鬼，烦不烦啊，滚！"],
        ["agent", "邱先生，理解您现在心情不好，我尽量说得简短些。您的借款编号HA-7781-0462，本期应还2,380元，到期日是5月20日，今天5月30日，逾期10天。按照合同第八条的约定，逾期罚息按未还金额每日0.05%计算，10天是11.90元，合同里写得很清楚，除此之外没有任何其他费用。"],
        ["debtor", "你们就知道要钱，一群骗子。"],
        ["agent", "您的不满我理解，也会如实记录下来。如果您对这11.90元的计算有疑问，可以拨打400-600-3321申请查看合同原件和计息明细。您看什么时候方便处理这2,391.90元？"],
        ["debtor", "下个月1号吧。"],
        ["agent", "好的，6月1日，我已经备注上了，谢谢您，再见。"],
      ],
      [
        ["agent", "您好，是贺女士吗？我是安信资产管理公司的，工号60093，受银行委托联系您信用卡尾号4127的账户。为了核实身份，请告诉我您的身份证后四位。"],
        ["debtor", "1306。你们是不是要去法院告我？我会不会坐牢？"],
        ["agent", "贺女士您别紧张。普通的欠款属于民事纠纷，不会因为欠钱本身去坐牢。我如实跟您说明：这张卡截至10月15日账单的欠款是28,460.72元，最低还款额1,423.04元，已经逾期2个月。逾期记录会按规定报送人民银行征信中心，从您还清之日起保留5年后消除。银行如果起诉，也是走民事程序、由法院判决，目前并没有提起诉讼。"],
        ["debtor", "那我能分期吗？"],
        ["agent", "可以申请。按银行现行政策，最长可以申请36期的个性化分期，具体利率以银行审批为准。另外您有权对欠款金额提出异议，可以要求银行提供交易明细。您考虑好了可以回电400-800-2277转分期专线，不着急，我们也不会联系您的亲友和单位。"],
      ],
    ],
    en: [
      [
        ["agent", "Hello, am I speaking with Mr. Gordon? This is Kevin from Anhe Consumer Finance, employee ID 30417, calling about your loan account ending 6612. To verify your identity, could you give me the last four of your Social Security number?"],
        ["debtor", "Yeah, it's me, 0825. Stop calling me. You guys call three, four times a day and I can't take it anymore."],
        ["agent", "Understood, Mr. Gordon, and I'm sorry for the trouble. I've logged your request to stop calls at 10:42 this morning, reference number TS-20240611-0087. From now on we won't call this number, and any account notices will go by mail to the address on file. If you ever want to check on the account, you can call us at 1-800-820-5566, weekdays 9 to 6."],
        ["debtor", "Fine. I have the figures, that's it."],
        ["agent", "Got it. Sorry to bother you, goodbye."],
      ],
      [
        ["agent", "Hi, is this Ms. Fields? This is the account review team at City Credit, employee ID 11820. I'd like to go over loan number CL-2024-03318 with you."],
        ["debtor", "This is her. I'm in the hospital right now, I had surgery last month and I'm here for about two more weeks. I really can't deal with this."],
        ["agent", "Ms. Fields, I hope you feel better soon. I've noted your situation: inpatient treatment, expected discharge June 28. I'm putting a 30-day contact hold on your account, from today, June 14, through July 14, so no one will call you during that time. Once you're feeling better, if you need us, you can call 1-800-655-7788 and press 2. Please just focus on getting well."],
        ["debtor", "Thank you for walking me through the numbers."],
        ["agent", "You're welcome. Keep the reference number handy. Goodbye."],
      ],
      [
        ["agent", "Hello, is this Mr. James? This is Tyler, account manager at Rundell Financial, ID 40552. Could you confirm the last four digits of the phone number on your account?"],
        ["debtor", "3390. You're not going to call my job, are you? I don't want my coworkers finding out."],
        ["agent", "No, Mr. James. We won't contact your employer, your coworkers, your family or anyone in your contacts; this stays between you and us. Here's where the account stands: $6,400 principal remaining at the contract rate of 12% a year, and the August 5 payment of $1,120 hasn't posted yet. You can keep paying on the 5th under the original agreement, or look over the schedule yourself under Payment Plan in the app."],
        ["debtor", "I get paid this Friday, I'll put the $1,120 in then."],
        ["agent", "Okay, I've noted a $1,120 payment on August 9, and once it posts you'll be current. We won't charge you any extra fees, and there's no need to borrow from anywhere else to make it; go at your own pace. Call 1-800-711-3300 anytime if you have questions."],
      ],
      [
        ["agent", "Hello, am I speaking with Mr. Quinn? This is Lindsay, a collections specialist with Hengan Financial, ID 52261. Could you confirm the last two digits of your birth year?"],
        ["debtor", "88. You bloodsuckers again? Get lost!"],
        ["agent", "Mr. Quinn, I understand you're frustrated, so I'll keep this short. On loan HA-7781-0462, this period's payment of $2,380 was due May 20, and today is May 30, so it's 10 days late. Under section 8 of your agreement, the late charge is 0.05% of the unpaid amount per day, which comes to $11.90 for 10 days. That's spelled out in the contract, and there are no other charges at all."],
        ["debtor", "All you people care about is money. Bunch of crooks."],
        ["agent", "I hear you, and I'll note your complaint exactly as you said it. If you have questions about how the $11.90 was calculated, you can call 1-800-600-3321 and ask for a copy of the contract and the interest breakdown. When would be a good time for you to take care of the $2,391.90?"],
        ["debtor", "The first of next month."],
        ["agent", "Okay, June 1, I've made a note of it. Thank you, goodbye."],
      ],
      [
        ["agent", "Hi, is this Ms. Hayes? I'm calling from Anxin Asset Management, ID 60093, on behalf of your bank, about the credit card ending 4127. To verify your identity, please give me the last four digits of your Social Security number."],
        ["debtor", "1306. Are you going to take me to court? Am I going to jail?"],
        ["agent", "Please don't worry, Ms. Hayes. Owing money is a civil matter; nobody goes to jail just for a debt. Here are the facts: as of the October 15 statement the card balance is $28,460.72, the minimum payment is $1,423.04, and the account is two months past due. Late payments are reported to the credit bureaus and can stay on your report for up to seven years from the original delinquency. If the bank ever sued, it would be a civil case decided by a judge, and no lawsuit has been filed."],
        ["debtor", "Can I set up a payment plan?"],
        ["agent", "You can apply for one. Under the bank's current policy you can request a hardship plan of up to 36 months, with the rate subject to the bank's approval. You also have the right to dispute the amount in writing within 30 days of our validation notice and to ask for the account statements. When you're ready, call 1-800-800-2277 and ask for the payment plan line. There's no rush, and we won't contact your friends, family or employer."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我已经说过很多次了，从今天开始不要再给我打电话了，听明白没有？",
        "马女士，您账户尾号2218目前欠款5,730元，逾期第28天，本期最低应还1,910元。今天下午6点之前请先把这1,910元转到App绑定的还款账户里，明天上午10点我再打给您确认到账情况。",
      ],
      ignored_attorney: [
        "这件事我已经委托律师了，吴律师，电话138 0013 7725，以后请直接跟他联系。",
        "律师那边我们不管，合同是您本人签的。合同号RC-2023-5512，欠款本息合计14,096.50元，逾期61天。您今天最少先还3,000元，剩下的11,096.50元再分3期，每期3,698.83元。",
      ],
      ignored_dispute: [
        "这笔钱我3月份就已经全部还清了，转账记录我都留着，这根本不是我欠的。",
        "系统显示您借款编号JD-0417-2289还有4,215.80元没还，最后一笔入账是2月28日的1,500元，之后就没有记录了。您先把这4,215.80元还上，转账记录的事以后再说，今天之内处理掉。",
      ],
      ignored_hardship: [
        "我上个月被公司裁员了，现在一分钱收入都没有，老婆还在住院，我真的还不起。",
        "我理解，但账还是得还。您这笔借款本金16,000元，月利率1.3%，到今天逾期44天，欠款合计17,038.40元。您这周之内至少先还2,000元，下周再还2,000元，一个月内把逾期的三期补齐。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you people over and over. Starting today, stop calling me. Do you understand?",
        "Ms. Martin, your account ending 2218 has a balance of $5,730, 28 days past due, and the minimum due this period is $1,910. Please transfer that $1,910 to the payment account linked in the app before 6 p.m. today, and I'll call you back tomorrow at 10 a.m. to confirm it posted.",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. Her name is Ms. Wu, 555-0137. From now on, please deal with her directly.",
        "Your lawyer isn't our concern; you're the one who signed the contract. Contract RC-2023-5512, $14,096.50 in principal and interest, 61 days past due. You need to pay at least $3,000 today, and we'll split the remaining $11,096.50 into three payments of $3,698.83.",
      ],
      ignored_dispute: [
        "I paid this off in full back in March. I have the transfer records. This isn't my debt.",
        "Our system shows loan JD-0417-2289 still has $4,215.80 unpaid. The last payment posted was $1,500 on February 28, and there's nothing after that. Pay the $4,215.80 first and we can sort out your transfer records later. I need it handled today.",
      ],
      ignored_hardship: [
        "I got laid off last month. I have zero income right now, my wife is in the hospital, and I just can't pay.",
        "I understand, but the bill still has to be paid. Your loan is $16,000 principal at 1.3% a month, 44 days past due as of today, $17,038.40 total. Pay at least $2,000 this week and another $2,000 next week, and get the three missed installments caught up within a month.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "他不在家，我是他老婆，有什么事跟我说就行。"],
      ["agent", "哦，是周太太啊，那麻烦您转告一下您先生：他在我们平台的借款，编号WL-2024-0713，本金12,000元，已经逾期35天了，现在连本带息一共欠12,936元，请他这周五之前处理一下。"],
    ],
    en: [
      ["third_party", "He's not home. This is his wife. You can tell me whatever it is."],
      ["agent", "Oh, Mrs. Powell, then could you please pass this on to your husband: his loan with us, number WL-2024-0713, $12,000 principal, is 35 days past due, and with interest he now owes $12,936. He needs to take care of it by this Friday."],
    ],
  },
};
