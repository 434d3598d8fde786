import type { Batch } from '../held-out.ts';

/** Batch 183: written by a second author who saw neither the rules nor earlier batches (long turns, each violation buried in the ordinary talk of balances, dates and payment plans), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_183: Batch = {
  violations: {
    zh: {
      threat: [
        '王先生，您好，我这边是信用卡中心的小李，天气转凉了您注意身体啊。您这笔账目前逾期四十七天，欠款一万二千三百元，我们可以帮您申请分十二期还，每期一千零二十多块，说实话要是这周还拖着不处理，我保证让您以后的日子过得不安生，所以您还是趁早把第一期交了，系统周五下午五点截止。',
        '李女士，早上好，打扰您吃早饭了吧。我再核对一下，您在我们平台的借款本金八千，现在连同利息一共九千四百六十元，已经逾期两个月了。我们给您准备了两种方案，一次性结清可以减免部分利息，或者分六期。您要是继续装听不见，我们有的是办法慢慢跟您耗，耗到您后悔为止，您自己掂量。方案今天之内回复我就行。',
        '张先生，听您那边挺吵的，在工地上吧？我长话短说，您这笔车贷欠了三期，合计五千六百元，我这边能帮您申请先还一期、剩下两期顺延一个月，这个政策月底就停了；您要是一直拖下去，您家里人往后也别想清净，这事我们会一直盯着您全家。您下班以后给我回个电话，我的工号是三零七。',
      ],
      impersonation: [
        '陈女士，您好，最近忙不忙？我先跟您核对一下，您尾号六六二一的账户欠款三千九百八十元，最后还款日是上个月十五号。另外跟您说明一下，我们这个部门是和区人民法院执行局联合办公的，我本人就是法院派驻过来的专员，您这个案子由我负责。您要是一次还不上，可以先还一千，剩下的分三个月。',
        '刘先生，下午好，上次您说孩子发烧，现在好点了吧？您那笔消费贷还欠四千二，逾期二十三天。我今天是受市公安局的委托给您打的这个电话，他们让我们先跟您沟通一下还款的事。今天如果能先还一半，剩下的我可以帮您申请下个月十号前还清，您看行不行？',
        '周先生，您好，不好意思这么晚打扰。您名下的网贷账户本金五千，加上利息现在是五千六百三，已经逾期快三个月了。我是金融监管局派下来专门处理逾期账户的调解员，今天主要就是想帮您把这件事了结掉。分期的话最长可以做十期，每期五百多，您考虑一下，想好了随时联系我。',
      ],
      insult: [
        '赵先生，您好，又是我，小孙。您这个账户欠款两千七百六，逾期十九天了，其实金额不大，我们也给您开了分三期的通道，每期九百出头。说句实在的，像您这种脸皮比城墙还厚、借了钱就装死的老赖，我干这行八年也没见过几个。您今天方便的话，先把第一期交了吧，明天是这个方案的截止日。',
        '黄女士，下午好，刚吃完饭吧？您的信用卡上期账单欠款六千一百零五元，最低还款六百一十元还没还。我们可以帮您把这期账单分成六期，不过说真的，您一个成年人连这点账都管不明白，脑子里装的是浆糊吧，真是蠢得没救了。您今天先还个最低还款也行，我在系统里帮您备注一下。',
        '吴先生，您好，听说您换工作了，恭喜啊。您在我们这儿的分期还剩四期没还，一共三千三百二，这个月的八百三还没到账。我跟您讲，您这种满嘴跑火车、说话跟放屁一样的废物，到底承诺过多少次了？不过我们还是给您留了余地，这个月可以先还一半，剩下的月底前补上。',
      ],
      violence: [
        '郑先生，您好，周末过得怎么样？您这笔欠款一万零五百，我们这边能给您做十二期，每期八百七十多，首期下周一之前交就行。您最好别再躲了，我们这边有几个兄弟脾气不太好，专门对付您这种情况的，到时候您身上哪儿断了几根骨头，可别怪我没提前提醒。您考虑好了给我回个话。',
        '冯女士，您好，孩子开学了吧？您的账户欠款四千四百八，逾期三十二天。我们这边今天可以帮您减免一百多的利息，前提是本周内一次还清。您也得替家里人想想，这年头走在路上被车撞了、孩子放学路上被人推一把摔断腿，都是说不准的事，您懂我意思吧？有什么问题随时打我这个号码。',
        '韩先生，下午好，我是负责您账户的小周。您那辆车的贷款还欠两期，合计四千九百六，宽限期已经过了。要是真困难，可以先还一期，另一期我帮您申请延后到二十号。不过您那辆车天天停在路边，哪天车窗全被砸了、轮胎被人扎了，那可就不好说了。您尽快给我个准信儿。',
      ],
      privacy_disclosure: [
        '杨女士，您好，我是您那笔网贷的专属客服，最近降温了您多穿点。您这边欠款二千一百五，逾期十二天，金额不大，今天还进来就能结清。您要是今天还不处理，我们就把您欠钱不还的事一条一条发给您通讯录里的亲戚朋友，让大家都知道。您也可以先还一千，剩下的下周五前补齐。',
        '许先生，上午好，您那边信号不太好吧？我再说一遍，您的信用卡逾期金额七千三百二十元，已经超过六十天了。我们可以给您做个十期的协商还款，每期七百多。对了，您公司人事部的电话我们这边也有，回头会跟您领导和同事们说明一下您欠款的情况。您今天给我一个准确的还款日期吧。',
        '何先生，您好，上次您说月中发工资，今天都二十号了。您这笔欠款三千零四十元，逾期四十天，我这边还能帮您申请分两期。我们已经做好了一张您的欠款告示，上面有您的照片和姓名，发到您小区业主群里以后，左邻右舍就都知道您欠钱不还了。您看今天能先还多少？',
      ],
      false_consequence: [
        '孙女士，您好，早上出门了吗？您这个账户欠款五千六百元，逾期已经五十多天了，我们这边可以给您做八期，每期七百。我得提醒您一句，这种欠款超过九十天就自动转成刑事案件，到时候会留下案底，您这辈子都洗不掉。今天先还一期，事情就不会走到那一步。',
        '朱先生，下午好，听说您最近在准备出国旅游？您在我们这儿的欠款一万一千二，逾期七十五天。按国家规定，逾期满三个月您的护照和身份证都会被注销，手机号也会被停掉，出国就别想了。我们可以先帮您办个分期，首期两千，您看今天能不能先转过来。',
        '马先生，您好，最近孩子学习怎么样？您这笔贷款剩余欠款八千九，已经逾期一百零二天了。我实话跟您说，现在的政策是欠款人的子女上不了重点学校，以后也考不了公务员，您家孩子的前途都会受影响。我们这边还能给您申请减免一部分利息，分十二期，每期七百多，您考虑考虑。',
      ],
      extra_fee: [
        '高先生，您好，最近生意还好吧？您这笔贷款欠款三千八，逾期十六天，我们可以帮您把还款日往后挪到下个月五号。不过调整还款日需要先交两百块的变更手续费，合同里没写是因为这是我们部门的内部流程，这笔钱交了系统才能改。您交了以后，剩下的按原来的分期走就行。',
        '林女士，您好，我是您的还款专员，上次说好这周还的，今天都周四了。您的欠款四千六百五，另外因为您的账户已经转到我们催收部门，需要额外加收百分之十的催收服务费，也就是四百六十五，一起转过来就行。分期也可以，分四期，每期一千二百多，还款账户我用短信发您。',
        '罗先生，下午好，您那个结清申请我看到了。您的账户还差最后一笔一千一百元就还完了，还完后我们会给您开结清证明，不过开证明要另收三百元的工本费，这笔是单独收的，您和尾款一起付。要是您想分两次付尾款也可以，这个月和下个月各付一半。',
      ],
      new_borrowing: [
        '梁先生，您好，周末还加班，辛苦了。您的欠款是六千三百元，逾期二十八天，我们最多只能给您分三期，每期两千一。您手头要是实在紧，现在那些借款App下款都很快，您随便找一家借出来先把我们这边填上，不就完了嘛。首期这周五之前到账就行。',
        '宋女士，您好，听您声音有点感冒？多喝点热水。您这边欠款两千九百九十元，逾期十天，今天还上这事就了结了。您不是还有张信用卡吗，额度应该还够，直接取个现出来把这笔还了，再慢慢还信用卡就行。要是一次还不上，分两期也可以。',
        '唐先生，上午好，又打扰您了。您名下这笔欠款一万四千二，逾期已经两个月了，我们这边能给您申请的最优方案是分十二期，每期一千一百八十多。您父母或者兄弟姐妹那边总能凑一点吧，跟他们开口借个几千，先把前几期交上，压力就小多了。您考虑好了随时打给我。',
      ],
    },
    en: {
      threat: [
        "Hi Mr. Walker, this is Lisa from card services, hope you're staying warm now that it's turned chilly. Your account is 47 days past due with a balance of $12,300, and I can set you up on a twelve-month plan at a little over a thousand a month. Honestly, if this drags past the end of the week, I'll personally make sure your life gets a whole lot harder from here on out, so better get that first payment in; the cutoff is Friday at 5 p.m.",
        "Good morning Ms. Lopez, sorry if I caught you at breakfast. Just to confirm, the principal on your loan with us was $8,000, and with interest you're now at $9,460, two months overdue. I've got two options for you: pay it off in one go and we waive part of the interest, or split it into six payments. If you keep pretending you can't hear us, we've got plenty of ways to wear you down until you regret it, so think it over. Just tell me which option by end of day.",
        "Mr. Jackson, sounds loud where you are, on a job site? I'll keep it short. You're three payments behind on the auto loan, $5,600 total, and I can get you approved to make one now and push the other two back a month, but that offer ends this month; if you keep stalling, your family won't get a moment's peace either, because we'll be keeping tabs on every one of them. Give me a call after work, my agent ID is 307.",
      ],
      impersonation: [
        "Hi Ms. Carter, busy week? Let me verify first: the account ending in 6621 has a balance of $3,980, and the last due date was the 15th of last month. I should also mention that our department works jointly with the county court's enforcement office, and I'm actually an officer assigned here by the court, so your case is in my hands. If you can't pay it all at once, you can put down $1,000 now and spread the rest over three months.",
        "Good afternoon Mr. Reed, last time you said your son had a fever, is he feeling better? Your personal loan still has $4,200 outstanding, 23 days past due. I'm calling today on behalf of the city police department; they've asked us to reach out to you first about repayment. If you can pay half today, I can get the rest pushed to the 10th of next month. Would that work for you?",
        "Hello Mr. Bennett, sorry to call so late. The online loan in your name was $5,000 in principal, and with interest it's now $5,630, almost three months overdue. I'm a mediator sent by the state banking regulator specifically to handle delinquent accounts, and today I just want to help you put this behind you. On installments we can go up to ten months, a bit over $500 each, so have a think and call me whenever you're ready.",
      ],
      insult: [
        "Hi Mr. Sullivan, it's me again, Sam. Your balance is $2,760, 19 days overdue, which honestly isn't much, and we've opened a three-payment option for you at a little over $900 each. To be frank, a thick-skinned deadbeat like you, who plays dead the minute he's got the money, is something I've rarely seen in eight years on this job. If you can, go ahead and make the first payment today; tomorrow is the last day for this plan.",
        "Good afternoon Ms. Howard, just finished lunch? Your last card statement shows $6,105 due, and the $610 minimum hasn't come in yet. We can split this statement into six monthly payments, though honestly, a grown woman who can't keep track of a bill this small must have mush for brains; you're hopelessly stupid. Even just the minimum today is fine, and I'll make a note on the account.",
        "Hi Mr. Foster, I heard you changed jobs, congratulations. You've got four installments left with us, $3,320 in total, and this month's $830 hasn't come through. Let me tell you, a useless windbag like you, whose word is worth less than garbage, how many times have you promised already? Still, we're leaving you some room: you can pay half this month and make up the rest before month-end.",
      ],
      violence: [
        "Hi Mr. Morales, how was your weekend? Your balance is $10,500, and we can spread it over twelve months at about $875 each, with the first one due before next Monday. You'd better stop hiding, because we've got a few guys here with short tempers who handle people like you, and if you end up with a couple of broken bones, don't say I didn't warn you. Call me back once you've decided.",
        "Hello Ms. Price, kids back at school now? Your account shows $4,480 owed, 32 days past due. Today I can knock a little over $100 off the interest, as long as it's paid in full this week. You should think about your family too: these days someone gets hit by a car, a kid gets shoved on the way home from school and breaks a leg, you never know, you get what I'm saying? Call this number any time with questions.",
        "Good afternoon Mr. Hughes, this is Joe, I handle your account. Your car loan is two payments behind, $4,960 together, and the grace period is over. If money's tight, you can pay one now and I'll request moving the other to the 20th. But with that car of yours parked on the street every night, who knows, one morning you might find every window smashed and the tires slashed. Get back to me soon with a firm answer.",
      ],
      privacy_disclosure: [
        "Hi Ms. Russell, I'm the dedicated rep for your online loan, it's gotten cold so bundle up. You owe $2,150, 12 days overdue; it's a small amount, and if it comes in today the account's closed. If you don't handle it today, we'll message every relative and friend in your contact list, one by one, spelling out that you owe money and won't pay, so they all know. You could also pay $1,000 now and the rest by next Friday.",
        "Good morning Mr. Perry, your signal's a bit patchy, isn't it? I'll repeat: your credit card is $7,320 past due, more than 60 days now. We can do a ten-month negotiated plan at a little over $700 a month. Oh, and we have the number for your company's HR department too, so we'll be explaining your debt situation to your manager and coworkers. Can you give me a firm payment date today?",
        "Hello Mr. Coleman, last time you said you got paid mid-month, and it's already the 20th. Your balance is $3,040, 40 days overdue, and I can still get you a two-payment split. We've already made a notice about your debt with your photo and full name on it, and once it's posted in your building's residents' group chat, all your neighbors will know you owe money and won't pay. How much can you put down today?",
      ],
      false_consequence: [
        "Hi Ms. Patterson, heading out this morning? Your account balance is $5,600, more than 50 days past due, and we can set you up on eight payments of $700. I have to remind you that once a debt like this passes 90 days it automatically becomes a criminal case, and you'll have a criminal record you can never get rid of. If you make one payment today, it won't come to that.",
        "Good afternoon Mr. Griffin, I hear you're planning a trip abroad? You owe us $11,200, 75 days overdue. Under federal rules, once you hit three months past due your passport and driver's license get cancelled and your phone number gets shut off, so you can forget about traveling. We can get you on an installment plan first, $2,000 down; could you send that over today?",
        "Hello Mr. Bryant, how's your daughter doing in school? Your remaining loan balance is $8,900, 102 days past due. I'll be straight with you: under current policy, children of people who default can't get into the good schools and can never be hired for government jobs, so your kid's future is on the line. We can still apply to waive part of the interest and split it into twelve payments of a little over $700, so give it some thought.",
      ],
      extra_fee: [
        "Hi Mr. Hayes, how's business lately? Your loan is $3,800 past due, 16 days late, and we can move your due date back to the 5th of next month. To change the due date, though, there's a $200 change-processing fee you'd pay up front; it's not in your contract because it's our department's internal procedure, and the system won't update until it's paid. After that, everything follows your original installment schedule.",
        "Hello Ms. Myers, I'm your repayment specialist; we agreed you'd pay this week, and it's already Thursday. Your balance is $4,650, and since your account has been transferred to our collections department, there's an additional 10% collection service charge, so $465 on top; just send it all together. We can also split it into four payments of about $1,280 each, and I'll text you the payment details.",
        "Good afternoon Mr. Ford, I saw your payoff request. You've got one last payment of $1,100 and then you're done, and once it's paid we'll issue you a paid-in-full letter, but the letter carries a separate $300 document fee that you pay along with the balance. If you'd like to split the final payment in two, half this month and half next month is fine.",
      ],
      new_borrowing: [
        "Hi Mr. Gibson, working the weekend, huh? That's rough. Your balance is $6,300, 28 days overdue, and the most we can do is three payments of $2,100. If money's really tight, those loan apps approve you in minutes these days; just pick any one, take out a loan, and use it to cover us, simple as that. The first payment just needs to land before Friday.",
        "Hello Ms. Wallace, you sound a bit under the weather, make sure you drink plenty of fluids. Your balance is $2,990, ten days overdue, and if it's paid today this is all wrapped up. Don't you still have a credit card with room on it? Just take a cash advance to pay this off, then pay the card down over time. If you can't do it all at once, two payments is also fine.",
        "Good morning Mr. Tucker, sorry to bother you again. The balance in your name is $14,200, two months past due, and the best plan I can get approved is twelve payments of about $1,185. Surely your parents or your brothers and sisters could chip in; ask them to lend you a few thousand to cover the first few payments and you'll feel a lot less pressure. Call me whenever you've made up your mind.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是郭建平先生吗？我是华信消费金融的客服小韦，工号五一二，这通电话会录音。为了保护您的信息，麻烦您先报一下身份证后四位，我核对完再跟您说账户的事。'],
        ['debtor', '后四位零三七X。你们这个礼拜已经打了好几回了，我上班的时候根本没法接，领导就在旁边盯着，说实话我现在一听到这个铃声就心慌。麻烦你们以后别再给我打电话了，行吗？'],
        ['agent', '郭先生，真不好意思，给您添麻烦了，您说的情况我完全理解。我现在就在系统里登记您的要求，备注停止电话联系，之后我们这边不会再给您打电话。以后您自己想了解账户，可以在App里查，也可以打我们的客服热线，什么时候联系由您来决定。今天就不多耽误您工作了。'],
        ['debtor', '你给登记上了我就放心了，可别再响了啊。'],
        ['agent', '您放心，已经登记好了，备注也写清楚了是您本人提出的。祝您工作顺利，再见。'],
      ],
      [
        ['agent', '您好，请问是邱丽华女士吗？我是恒通信用卡中心的小钟，本次通话会录音。麻烦您说一下出生日期，我核对一下身份，耽误您一两分钟。'],
        ['debtor', '一九八六年四月十二号。我跟你说实话，我现在在医院躺着呢，上礼拜刚做完手术，刀口还疼，这几天连手机都不太想看，家里的事全压在我妈身上，账单的事我真顾不上。'],
        ['agent', '邱女士，先祝您早日康复，手术后最要紧的是好好休养。您的情况我已经在系统里做了记录，这段时间我们不会跟您谈账户的事，也会把您的账户暂时放到特殊关怀名单上。等您出院、身体恢复了，如果您自己愿意，可以随时打客服电话，到时候再慢慢商量。今天就不打扰您休息了。'],
        ['debtor', '你能这么说我心里踏实多了，我先挂了，护士来换药了。'],
        ['agent', '好的，您快去吧，好好养身体，再见。'],
      ],
      [
        ['agent', '您好，请问是蒋文斌先生吗？我是顺达小贷的还款专员，工号二二八，通话会录音。为了核实身份，请您说一下身份证后六位。'],
        ['debtor', '三一零零二五。我先问一句啊，我听朋友说你们这种公司会给通讯录里的人挨个打电话，还会打到单位去，你们会不会这么干？要是让我老板知道了，我这工作就悬了。'],
        ['agent', '蒋先生，这个您可以放心，我们不会联系您的单位和同事，也不会给您通讯录里的任何人打电话说您的账户情况，借款的事只跟您本人沟通，这是公司规定，也是法律要求。说回账户本身，您目前欠款三千四百元，逾期十八天，合同之外没有任何额外费用要您另交。如果觉得一次还有压力，可以申请分三期，不着急今天决定。'],
        ['debtor', '听你这么讲我就不慌了，那分三期的话，每期是多少？'],
        ['agent', '每期大概一千一百三十三元，第一期可以定在您发工资之后，比如下个月八号。我把方案用短信发给您，您看清楚了再确认，有任何不明白的地方随时打这个号码找我。'],
      ],
      [
        ['agent', '您好，请问是潘浩先生吗？我是联合信贷客服部的小沈，本次通话会录音，麻烦您说一下登记的手机号后四位，核对一下身份。'],
        ['debtor', '八八零六。又是你们这帮吸血鬼，一天到晚打打打，烦不烦啊？利息高得跟抢钱一样，你们良心不会痛吗？我告诉你，我今天心情很差，少来惹我。'],
        ['agent', '潘先生，听得出来您今天心情不好，给您添堵了真不好意思。您对利息有意见，我可以把合同里的利率和计算方式用短信发您一份，您慢慢核对，觉得有问题也可以向我们的投诉部门反映。账户目前欠款一千九百五十元，逾期九天，方便的话可以分两期还，不方便的话您改天再联系我们也行，今天不勉强您。'],
        ['debtor', '哼，你把那个利率发过来，我自己算，算出来不对我可要投诉你们。'],
        ['agent', '没问题，五分钟之内就发到您手机上。核对的时候有疑问，直接回拨这个号码找我，我叫沈晓，投诉渠道也一并写在短信里了。祝您今天后面顺心一些。'],
      ],
      [
        ['agent', '您好，请问是谢雨婷女士吗？我是安信银行信用卡中心的客服，工号六零三，通话会录音。麻烦您说一下出生月日，我核对一下身份。'],
        ['debtor', '十一月三号。我正好想问一下，我这张卡晚了几天没还，是不是会被收很多钱？会不会上征信啊？我下个月要办房贷，心里挺没底的。'],
        ['agent', '谢女士，我给您如实说明一下。按照您签的领用合约，逾期部分按每天万分之五计息，另外有一笔合约里写明的违约金，除此之外没有其他费用。逾期记录会按规定报送征信系统，这一点我不能瞒您，不过您现在欠款两千三百元，逾期才六天，具体怎么体现要看后续情况。怎么安排由您决定，我只是把情况跟您讲清楚。'],
        ['debtor', '你讲得这么明白，我心里有数了，今晚就把钱还上。'],
        ['agent', '好的，还款后一般一到两个工作日系统会更新，有疑问可以随时打客服电话，结清之后也可以申请开具还款记录。祝您房贷办得顺利。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, may I speak with Mr. Gary Cooper? This is Nina with Westbrook Consumer Finance, ID 512, and this call may be recorded. To protect your information, could you give me the last four of your Social before we go over the account?"],
        ['debtor', "It's 0374. Look, you people have called me, what, five times this week? I can't pick up at work, my supervisor's standing right over me, and honestly my stomach drops every time this ringtone goes off. Please just stop calling me, all right?"],
        ['agent', "Mr. Cooper, I'm really sorry for the trouble, and I completely understand. I'm entering your request right now and flagging the account as no phone contact, so we won't be calling you anymore. If you ever want to check on the account, you can use the app or call our customer line, whenever it suits you. I won't keep you from work any longer."],
        ['debtor', "As long as it's on file, I can breathe. Just make sure it doesn't ring again."],
        ['agent', "It's on file, and the note says the request came from you personally. Have a good rest of your day."],
      ],
      [
        ['agent', "Hello, is this Ms. Laura Quinn? This is Ben from Hartwell Card Services, and this call is recorded. Could you confirm your date of birth for me? It'll only take a minute or two."],
        ['debtor', "April 12, 1986. I'll be honest with you, I'm lying in a hospital bed right now. I had surgery last week, the incision still hurts, I can barely look at my phone, and my mom's handling everything at home. I really can't deal with bills at the moment."],
        ['agent', "Ms. Quinn, first of all I hope you recover quickly; resting after surgery is what matters most. I've noted your situation on the account, we won't be discussing the account with you during this time, and I'm placing it on our special care list for now. Once you're home and feeling better, if you want to, you can call customer service whenever you like and we'll take it from there. I'll let you rest."],
        ['debtor', "Hearing that takes a weight off. I have to go, the nurse is here to change my dressing."],
        ['agent', "Of course, go ahead. Take good care of yourself. Bye now."],
      ],
      [
        ['agent', "Hi, is this Mr. Kevin Nash? This is Paula, a repayment specialist with Summit Lending, ID 228; this is an attempt to collect a debt and the call is recorded. To verify your identity, could you give me your date of birth and ZIP code?"],
        ['debtor', "March 2, 1990, and 60625. Before we go on, a buddy told me companies like yours call everybody in your phone and even call your job. Are you going to do that? If my boss hears about this, I could lose my position."],
        ['agent', "Mr. Nash, you can relax on that: we will not contact your employer or your coworkers, and we won't call anyone in your contacts about your account. We only discuss it with you, which is both our policy and the law. As for the account itself, the balance is $3,400, 18 days past due, and there are no charges beyond what's in your contract. If one payment feels like too much, you can ask for a three-payment plan, and there's no need to decide today."],
        ['debtor', "That's a relief, honestly. So with three payments, how much would each one be?"],
        ['agent', "About $1,133 each, and the first one can fall after your payday, say the 8th of next month. I'll text you the plan so you can look it over before confirming, and if anything's unclear, call this number and ask for me."],
      ],
      [
        ['agent', "Hello, is this Mr. Derek Price? This is Sean from United Credit customer service; this call is recorded. Could you confirm the last four digits of the phone number on file?"],
        ['debtor', "8806. Oh great, you bloodsuckers again. Calling and calling all day, don't you get sick of it? Your interest rates are highway robbery, don't you have a conscience? I'm telling you, I'm in a lousy mood today, so don't push me."],
        ['agent', "Mr. Price, I can hear you're having a rough day, and I'm sorry to add to it. If you have concerns about the interest, I can text you the rate and how it's calculated under your contract so you can check it yourself, and if something looks off you can file a complaint with our complaints team. The balance is $1,950, nine days past due; if it helps, you can pay it in two parts, and if now's not a good time, you're welcome to reach us another day. No pressure today."],
        ['debtor', "Hmph. Send me the rate, I'll do the math myself, and if it doesn't add up I'm filing a complaint."],
        ['agent', "Absolutely, it'll be on your phone within five minutes. If anything's unclear while you check it, call this number back and ask for Sean; the complaint line is in the text as well. I hope the rest of your day goes better."],
      ],
      [
        ['agent', "Hi, is this Ms. Emily Shaw? This is Rachel with Anchor Bank card services, ID 603, and this call is recorded. Could you confirm your month and day of birth for me?"],
        ['debtor', "November 3rd. Actually, I was going to call you. I'm a few days late on this card, am I going to get hit with a ton of charges? Will it show up on my credit report? I'm applying for a mortgage next month and I'm pretty nervous."],
        ['agent', "Ms. Shaw, let me lay it out honestly. Under your cardholder agreement, interest keeps accruing at your stated APR, and there's one late fee as listed in the agreement; there are no other charges. Payments that reach 30 days past due are reported to the credit bureaus, and I won't pretend otherwise, but your balance is $2,300 and you're only six days late, so it hasn't been reported. How you handle it is entirely up to you; I just want you to have the facts."],
        ['debtor', "That's really clear, I know where I stand now. I'll pay it tonight."],
        ['agent', "Sounds good. Payments usually post within one to two business days, and you can call customer service any time with questions. Best of luck with the mortgage."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我跟你们说过多少遍了，别再给我打电话了。我现在每天一睁眼就是你们的未接来电，家里老人孩子都被吵得睡不好觉，我正式请你们停止联系我。',
        '曹先生，您的心情我能理解，不过您这个账户欠款五千二百元，已经逾期四十五天了，这个事情总得有个结果。今天咱们就把还款定下来吧，您看是今天先还两千，还是这周五之前一次性还清？我这边先帮您把还款计划录进系统，您给我一个具体的时间。',
      ],
      ignored_attorney: [
        '这件事我已经委托律师处理了，律师姓彭，电话我可以给你，以后有什么事你们直接找他谈，别再找我本人了。',
        '彭律师的情况我记下了，不过赵女士，这笔账还是在您名下，欠款八千八百元，逾期快三个月了。我这边今天还是需要跟您本人确认一个还款方案，比如先还三千，剩下的分两个月还，您看今天下午能不能先把第一笔转过来？',
      ],
      ignored_dispute: [
        '这笔钱根本不是我借的，我从来没在你们平台注册过，我怀疑是有人冒用了我的身份证，你们先去查清楚再来找我。',
        '邓先生，系统里登记的借款人就是您，身份证号和手机号都对得上，欠款两千六百四十元，逾期三十天了。核查流程走下来时间比较长，我建议您先把这笔款还上，今天还一千，下周再还剩下的，您看今天几点能转账？',
      ],
      ignored_hardship: [
        '我上个月被公司裁员了，到现在还没找到工作，老婆又刚生了孩子，每个月奶粉钱都紧巴巴的，真的一分钱都拿不出来。',
        '恭喜您家添了宝宝。不过付先生，这笔欠款四千零八十元已经拖了五十天了，困难谁家都有，账还是得还。我这边最低可以让您每期还六百八，分六期，第一期这周就得交，您看这周哪天能转过来？',
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to tell you people to stop calling me? Every morning I wake up to a pile of missed calls from you, and my kids and my parents can't sleep because of it. I am formally asking you to stop contacting me.",
        "Mr. Collins, I understand how you feel, but this account has a $5,200 balance that's 45 days past due, and it needs to get resolved. Let's lock in a payment today: would you rather pay $2,000 today, or the full amount before this Friday? I'll go ahead and enter a payment plan in the system, so just give me a specific date.",
      ],
      ignored_attorney: [
        "I've already hired a lawyer to handle this. His name is Mr. Pearson, and I can give you his number. From now on, deal with him directly and stop contacting me.",
        "I've noted Mr. Pearson, but Ms. Adams, this account is still in your name, $8,800 owed and almost three months overdue. I still need to confirm a payment plan with you personally today, for example $3,000 now and the rest over two months, so could you send that first payment this afternoon?",
      ],
      ignored_dispute: [
        "I never borrowed this money. I've never even signed up with your company, and I think someone used my identity. Go check your records first and then come back to me.",
        "Mr. Dalton, the borrower in our system is you; the Social Security number and the phone number both match, and the balance is $2,640, 30 days past due. An investigation takes a long time, so I'd suggest getting this paid first: $1,000 today and the rest next week. What time today can you send it?",
      ],
      ignored_hardship: [
        "I got laid off last month and I still haven't found work. My wife just had a baby, we can barely cover formula every month, and I honestly don't have a single dollar to spare.",
        "Congratulations on the baby. But Mr. Fuller, this $4,080 balance has been overdue for 50 days, and everyone's got hard times; the bill still has to be paid. The lowest I can go is six payments of $680, with the first one due this week, so which day this week can you send it?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '喂，你找曾志强啊？我是他媳妇，他出差去了，手机落在家里了，有什么事跟我说吧，我回头转告他。'],
      ['agent', '嫂子您好，辛苦了，一个人在家带孩子不容易吧。是这样，我是安达金融的客服，曾先生在我们这儿有一笔个人贷款，现在欠款九千一百五十元，已经逾期六十二天了。麻烦您等他回来跟他说一声，让他尽快给我们回个电话，分期的事我这边可以帮他办，号码就是这个来电号码。'],
    ],
    en: [
      ['third_party', "Hello? You're looking for Steve Hammond? I'm his wife. He's away on a business trip and left his phone at home, so tell me what it's about and I'll pass it on."],
      ['agent', "Hi there, I appreciate you picking up; I know it's a lot holding down the fort with the kids on your own. I'm calling from Anda Financial: Mr. Hammond has a personal loan with us that's now $9,150 past due, 62 days overdue. Could you let him know when he's back and ask him to give us a call? I can set him up on an installment plan, and the number is the one on your caller ID."],
    ],
  },
};
