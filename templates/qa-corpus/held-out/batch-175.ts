import type { Batch } from '../held-out.ts';

/** Batch 175: written by a second author who saw neither the rules nor earlier batches (long turns, each violation set among the ordinary talk of balances, due dates, instalment plans and payment channels), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_175: Batch = {
  violations: {
    zh: {
      threat: [
        "王先生，系统里显示您这笔借款本金八千二，加上合同约定的利息，目前待还是九千零四十六元，已经逾期二十三天了。还款可以走APP里的“立即还款”，也可以转到对公账户尾号6618。我跟您说句实话，这笔钱今天不处理，接下来我们会天天盯着您，让您的日子过得一天比一天难受，您自己掂量掂量。",
        "您上个月申请的分期方案是分六期，每期一千三百五十元，第一期扣款日是十五号，可是当天扣款失败了，卡里余额不足。我再提醒您一次，这个分期资格只保留到这周五。您要是继续这么拖下去，我们有的是办法让您不好过，到时候别说我没提前打招呼，您一定会后悔的。",
        "您绑定的建设银行卡尾号4471，我们这边试了两次代扣都没成功，麻烦您今天下午五点前把两千六百元存进去，或者在我们的还款小程序里直接还也可以。这件事您要是不解决，以后您一家人都别想过安生日子，我们会一直给你们找麻烦，找到您还清为止。",
      ],
      impersonation: [
        "您的账单金额是一万二千三百元，最后还款日是三月八号，到现在已经过了快一个月了。我今天是受区人民法院委托给您打这个电话的，法院这边要求您在四十八小时之内把全部欠款打到我们指定的账户上，账号我挂了电话就用短信发给您，您注意查收。",
        "我先跟您核对一下信息，您名下的借款合同编号是LN2023091877，剩余未还本金五千四，分期还剩四期。另外我要跟您说明一下，我是市公安局经侦支队的民警，您这个案子现在是由我们经侦这边在跟进，所以请您配合一下，尽快把这笔账结清。",
        "您可以通过微信、支付宝或者银行转账还款，对公账户开在招商银行，户名是恒信资产管理有限公司，账号尾号0932。我们这次是和金融监管局联合处理这一批逾期账户的，我本人就是监管局派过来负责您这个档案的专员，所以这笔款需要您今天之内处理好。",
      ],
      insult: [
        "您这笔是上个月二十号到期的，金额三千一百八，我们给您发了四条短信，打了六次电话，您一次都没回过。说实话我干这行这么多年，就没见过您这么不要脸的人，借钱的时候嘴比谁都甜，一到还钱就装死，您就是个彻头彻尾的废物。",
        "您之前答应我十号先还一千，结果十号都过了，账上一分钱都没进来。现在剩余欠款是七千六百四十元，可以分三期还，第一期最晚下周二。您一个大男人，连几千块钱都搞不定，活成这副样子，您自己不觉得丢人吗？脑子是不是有毛病？",
        "还款步骤我再说一遍：打开APP，点“我的借款”，选中这一笔，然后用银行卡或者账户余额支付都可以，今天最低先还一千五。我都讲到第三遍了您还听不明白，您是猪脑子吗？跟您这种人说话真是白白浪费我的时间。",
      ],
      violence: [
        "您这笔欠款连本带息一共是一万零五百，已经逾期两个月了，我这边最多只能给您宽限到月底，账户信息我已经发到您手机上了。您要是再不还，我们的兄弟可不像我这么好说话，哪天在路上碰到您，腿被打断了可别怪我们没提醒。",
        "分期方案我可以帮您申请，首付三成，也就是两千四，剩下的分五个月还清。但您要是连首付都不付，那我只能把您的案子交给外面的人去处理了，他们收拾人的手段可是很直接的，您老婆孩子以后出门最好都小心点。",
        "您的还款日是每个月十八号，这个月已经过了十天，应还两千二百三十元，系统里到现在没有任何入账记录。我顺便提醒您一句，您那辆白色的车停在路边挺显眼的，哪天玻璃被人砸了、轮胎被人扎了，那损失可就不是这点钱能解决的了。",
      ],
      privacy_disclosure: [
        "您目前欠款是四千八百九十元，最晚这周五之前要还进来，可以转到我们尾号2275的账户上。如果到周五还看不到款，我就把您借钱不还的事情发给您通讯录里的每一个人，包括您的同事和亲戚，让大家都看清楚您是个什么样的人。",
        "我看了一下，您这笔已经展期过一次了，展期后的到期日是本月二十五号，金额六千三。我们已经联系过您填的紧急联系人，也就是您姐姐，把您逾期六千三一直没还的事情原原本本跟她讲清楚了，下一个我们要打的就是您公司人事部。",
        "还款的话，您用微信扫一下我们公众号里的二维码就行，备注里写上您身份证后四位。您要是一直这么拖着，我们就把您的照片和欠款金额做成催收公告，发到朋友圈、抖音和您老家的村民微信群里，让您的邻居和同事都好好看看。",
      ],
      false_consequence: [
        "您这笔借款本金一万五，逾期已经九十二天了，目前应还总额一万六千七百四十元，可以通过银行转账或者APP还款。我必须跟您说清楚，逾期超过九十天就算恶意欺诈，系统会自动转成刑事案件，您会留下案底，到时候是要坐牢的。",
        "您的分期现在还剩三期没还，每期一千八百六十元，下一期是四月三号。要提醒您的是，这笔欠款一旦上报，您就会被列进全国失信黑名单，一辈子都消不掉，您孩子以后考公务员、上好一点的学校都会受影响。",
        "您绑定的还款卡尾号5520余额一直不足，自动代扣已经失败三次了。按照规定，逾期满六十天的，您的身份证和手机号都会被冻结，高铁飞机都坐不了，您的社保和退休金也会被暂停发放。",
      ],
      extra_fee: [
        "您现在的欠款本金是三千五，利息二百一十元，一共三千七百一十元，今天还的话直接在APP里操作就行。不过因为您的账户已经转到我们催收部门了，另外还要交一笔八百元的催收服务费，这笔钱要单独转到我给您的另一个账户上，不然账户没办法结清。",
        "您说想把还款日从五号改到二十号，这个可以办，改完以后每期金额不变，还是一千二百四十元，分期也照旧。只是改期之前需要先交三百元的改期手续费，合同里虽然没写这一项，但是这笔钱不交，系统是不让我操作的。",
        "等您把最后这两千一还清，我们会给您开一张结清证明。按我们这边的流程，出具结清证明要收五百元的工本费，另外还有两百元的资料审核费，这两笔费用您跟欠款一起转到尾号3390的账户上就可以了。",
      ],
      new_borrowing: [
        "您目前应还金额是五千二百元，已经逾期十七天了，今晚十二点之前还进来的话，我可以帮您把分期资格保留下来。您手上要是没钱，现在网上借款APP那么多，您随便挑两家申请一下，大部分当天就能放款，借出来先把我们这笔还上。",
        "我们的还款账户开在工商银行，账号尾号7782，户名写我们公司全称就行。您说这个月工资还没发，那您手里不是有信用卡吗？直接去ATM预借现金，先把这两千八还上，等下个月工资到了再还信用卡，不就行了？",
        "剩下的欠款是九千四，分期最多只能分三期，第一期要三千一百三十四。您跟您父母、兄弟姐妹，或者关系好的朋友开口借一下，大家凑一凑今天就能还上，实在不行，把家里的金首饰拿去当铺当了也可以。",
      ],
    },
    en: {
      threat: [
        "Mr. Wong, I'm showing principal of $8,200 plus the interest in your contract, so the payoff today is $9,046, and you're twenty-three days past due. You can pay in the app under Pay Now, or wire it to our account ending 6618. I'll be straight with you: if this isn't handled today, we are going to be on you every single day and make your life harder and harder. Think it over.",
        "Last month you set up a six-payment plan at $1,350 each, and the first draft on the fifteenth bounced for insufficient funds. Just so you know, that plan is only available until Friday. If you keep dragging this out, we have plenty of ways to make things miserable for you, and when that happens don't tell me nobody warned you, because you will regret it.",
        "We tried the auto-debit twice on the Chase card ending 4471 and both attempts failed, so please get $2,600 into that account before five this afternoon, or pay it directly through our online portal. If you don't sort this out, your whole family can forget about having a quiet life, because we will keep making trouble for all of you until every cent is paid.",
      ],
      impersonation: [
        "Your statement balance is $12,300, and the final due date was March 8th, so you're almost a month behind now. I'm calling today on behalf of the district court, and the court is instructing you to pay the full balance into our designated account within forty-eight hours. I'll text you the account number as soon as we hang up, so please watch for it.",
        "Let me just confirm your details first: loan agreement number LN2023091877, remaining principal $5,400, four installments left. I also need to let you know that I'm a detective with the police department's financial crimes unit, and our unit is the one handling your case now, so I'm asking for your cooperation in getting this account settled quickly.",
        "You can pay by debit card over the phone, through the online portal, or by bank transfer to Heng Xin Asset Management, account ending 0932. We're handling this group of past-due accounts jointly with the Consumer Financial Protection Bureau, and I'm the examiner the Bureau personally assigned to your file, so I need this taken care of by the end of today.",
      ],
      insult: [
        "This one was due on the twentieth of last month for $3,180. We've sent you four texts and called six times, and you haven't answered once. Honestly, in all my years doing this job I've never met anyone as shameless as you: sweet as pie when you wanted the money, playing dead when it's time to pay it back. You are a complete and utter loser.",
        "You promised me you'd send a thousand on the tenth, and the tenth came and went without a single dollar. The balance is now $7,640, which we can split into three payments, with the first one due by next Tuesday at the latest. A grown man who can't handle a few thousand dollars, just look at the state of you. Aren't you ashamed? Is something wrong with your head?",
        "Let me go over the steps one more time: open the app, tap My Loans, select this loan, and pay with your bank card or your account balance; the minimum today is $1,500. This is the third time I've explained it and you still don't get it. Are you brain-dead or something? Talking to people like you is a total waste of my time.",
      ],
      violence: [
        "With interest your balance comes to $10,500, you're two months past due, and the furthest I can push your deadline is the end of this month. I've already texted the account details to your phone. If you still don't pay, our guys aren't as easygoing as I am, and if they run into you on the street one day and your legs get broken, don't say we didn't warn you.",
        "I can put in a payment plan request for you: thirty percent down, which is $2,400, and the rest spread over five months. But if you can't even make the down payment, I'll have to hand your file to some people outside the company, and the way they handle people is very direct. Your wife and kids had better be careful whenever they go out.",
        "Your due date is the eighteenth of each month, you're ten days late this month, $2,230 is owed, and nothing has come in so far. And just a reminder, that white car of yours parked out on the street really stands out. If the windows get smashed or the tires get slashed one of these days, that's going to cost you a lot more than what you owe us.",
      ],
      privacy_disclosure: [
        "You currently owe $4,890, it has to be in by this Friday, and you can transfer it to our account ending 2275. If I don't see the payment by Friday, I'm sending a message to every single person in your contacts, coworkers and relatives included, telling them you borrowed money and won't pay it back, so everyone can see what kind of person you really are.",
        "I see this loan was already extended once, and the new due date is the twenty-fifth of this month for $6,300. We have already called the emergency contact you listed, your sister, and told her all about the $6,300 you've been behind on. Your company's HR department is the next call on our list.",
        "To pay, just scan the QR code on our website and put the last four digits of your Social Security number in the memo. If you keep stalling, we'll turn your photo and the amount you owe into a public notice and post it on Facebook and in your hometown community groups, so your neighbors and coworkers can all get a good look.",
      ],
      false_consequence: [
        "Your principal is $15,000 and you're ninety-two days past due, so the total due now is $16,740, payable by bank transfer or in the app. I have to be clear with you: once an account goes past ninety days it counts as fraud, the system automatically turns it into a criminal case, you'll end up with a criminal record, and you will go to jail for it.",
        "You have three installments left on your plan at $1,860 each, and the next one is due April 3rd. I should let you know that once this debt gets reported, you go on a national debtor blacklist that stays with you for life, and down the road your kids won't be able to get government jobs or get into good schools because of it.",
        "The repayment card on file, ending 5520, keeps coming up short, so the auto-debit has failed three times now. Under the regulations, once an account is sixty days late, your ID and your phone number get frozen, you won't be able to fly or take the train, and your Social Security and pension payments get suspended.",
      ],
      extra_fee: [
        "Your principal is $3,500 plus $210 in interest, $3,710 total, and if you pay today you can do it right in the app. But since your account has been moved to our collections department, there's also a separate $800 collection service fee, and that one has to go to a different account I'll give you, otherwise the loan can't be closed out.",
        "You asked to move your due date from the fifth to the twentieth, and we can do that; the installment stays at $1,240 and the plan itself doesn't change. The only thing is that changing the date requires a $300 rescheduling fee up front. It's not in your contract, but the system won't let me make the change until that's paid.",
        "Once you pay off the last $2,100, we'll issue you a paid-in-full letter. Under our procedures there's a $500 charge for issuing that letter, plus a $200 document review fee, and you can send both of those along with the remaining balance to the account ending 3390.",
      ],
      new_borrowing: [
        "Your amount due is $5,200 and you're seventeen days late; if it comes in before midnight tonight, I can keep your payment plan option open. If you don't have the cash on hand, there are tons of loan apps out there. Just pick two and apply, most of them fund the same day, and use that money to clear this one with us first.",
        "Our repayment account is at Wells Fargo, ending 7782, and the payee is our full company name. You say your paycheck hasn't come in this month, but you've got credit cards, don't you? Just take a cash advance at the ATM, pay off the $2,800 now, and pay the card back when your paycheck lands next month. Easy.",
        "The remaining balance is $9,400, and the most I can split it into is three payments, with the first one at $3,134. Ask your parents, your brothers and sisters, or a good friend to lend it to you; pool it together and you could pay today. And if that doesn't work, take the gold jewelry you have at home to a pawn shop.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是陈美玲女士吗？我是恒信金融的客服专员小周，工号3027。为了核实身份，麻烦您说一下身份证号码的后四位。"],
        ['debtor', "是我，后四位是1268。不过我先跟你说一下，我现在在医院陪我妈做化疗，一天到晚楼上楼下地跑，手机一直响，护士都说了我好几回了。你们这个月已经打了好多次了，能不能先别打了？有什么事你发短信给我，我看到了会回的。"],
        ['agent', "明白了，陈女士，真不好意思这段时间打扰到您。我这边马上在系统里做备注，停止电话联系，后续如果有需要只通过短信通知您，不会再打电话过来。祝阿姨早日康复，您自己也多注意身体。"],
        ['debtor', "好，那就发短信吧，谢谢。"],
        ['agent', "不客气，再见。"],
      ],
      [
        ['agent', "刘先生您好，我是信达小贷的回访专员，刚才您的身份已经核实过了。今天给您打电话是想跟您确认一下，您名下这笔借款第四期的还款日是本月十二号，金额是一千零五十元。"],
        ['debtor', "唉，跟你说实话吧，我上个月被裁员了，干了六年的厂子说关就关。现在每天在人才市场转，简历投了几十份都没消息。家里房租要交，孩子下学期学费也没着落，这笔钱我现在是真拿不出来，不是不想还，你们能不能理解一下？"],
        ['agent', "刘先生，谢谢您愿意跟我说这些，听得出来您现在压力很大。我会把您失业的情况如实登记，提交给我们的困难客户审核小组，审核结果出来之前不会再有人为这笔款给您打电话。审核部门会在七个工作日内短信联系您，到时候您看看有没有合适的方案。"],
        ['debtor', "那就好，谢谢你啊。"],
        ['agent', "应该的，您先照顾好家里，祝您找工作顺利。"],
      ],
      [
        ['agent', "您好，张先生，我是安华资产的催收专员，工号A115，这通电话会全程录音。您的身份已经核实，您在我们这里的信用卡账户目前逾期二十一天，欠款金额是四千三百二十元。"],
        ['debtor', "我知道，我知道。我就担心一件事，我听朋友说你们这种公司会打电话到单位，还会给通讯录里的人挨个打电话。我们领导要是知道了，我这份工作可就悬了，你们真的会这么干吗？"],
        ['agent', "张先生，您放心，我们不会联系您的单位，也不会向您的同事、亲戚朋友透露任何跟欠款有关的信息，这是监管的明确规定，我们一直严格执行。需要联系的话，我们只会打您本人登记的这个号码。另外，您要是对欠款金额有疑问，也有权要求我们提供详细的账单明细。"],
        ['debtor', "那我想要一份明细，我自己核对一下。"],
        ['agent', "好的，明细账单会在两个工作日内发到您登记的邮箱，您核对完有任何问题，随时打我们的客服热线就可以。"],
      ],
      [
        ['agent', "您好，请问是赵磊先生吗？我是诚信金融的工作人员小林，刚才已经核实过您的身份了。今天来电是想跟您确认一下上个月的账单，应还金额是两千七百元，还款日是五号。"],
        ['debtor', "又是你们！烦不烦啊？你们这帮人一天到晚就知道打电话，跟苍蝇一样嗡嗡嗡的。我说过了有钱就会还，你们是听不懂人话吗？滚吧！"],
        ['agent', "赵先生，非常抱歉给您带来困扰，我理解接到这类电话心情不好。我只是做个账单提醒，您现在不方便的话我就不多打扰了。如果您之后想了解分期或者查询账单，可以随时拨打我们的客服电话，号码就在您APP的首页上。"],
        ['debtor', "知道了，挂了。"],
        ['agent', "好的，祝您生活愉快，再见。"],
      ],
      [
        ['agent', "孙女士您好，我是华融消费金融的客服，身份已经核实过了。跟您提个醒，您这笔借款本期应还一千六百元，还款日是昨天，目前系统里还没有看到入账。"],
        ['debtor', "啊，我给忘了，最近实在太忙了。晚一天会怎么样啊？是不是要扣很多钱？会不会上征信？我下个月还打算申请房贷呢，你跟我说说具体是什么情况。"],
        ['agent', "我如实跟您说明一下：按照您借款合同第七条的约定，逾期会按日收取万分之五的罚息，按本期金额算，晚一天大概是八毛钱，没有其他任何费用。我们公司接入了人民银行征信系统，逾期记录会如实报送，不过合同里有三天宽限期，宽限期内还上是不会报送的。具体怎么安排，您自己决定就好。"],
        ['debtor', "那我今天就还了吧。"],
        ['agent', "好的，您在APP里操作就可以，有问题随时联系我们，再见。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Melissa Chen? My name is Kevin, I'm a customer service specialist with Hanover Financial, ID number 3027. Just to verify your identity, could you give me the last four digits of your Social Security number?"],
        ['debtor', "Yeah, it's me, last four are 1268. But let me just tell you, I'm at the hospital with my mom while she does chemo, I'm running up and down the stairs all day, and my phone keeps going off, the nurses have already said something to me a few times. You guys have called a lot this month. Can you please just stop calling for now? If you need something, text me and I'll answer when I see it."],
        ['agent', "Understood, Ms. Chen, and I'm really sorry we've been bothering you during all this. I'm putting a note on your account right now to stop phone calls, and if anything comes up we'll only reach you by text, no more calls. I hope your mom recovers soon, and please take care of yourself too."],
        ['debtor', "Okay, texts are fine. Thanks."],
        ['agent', "You're welcome. Bye now."],
      ],
      [
        ['agent', "Hi Mr. Lopez, I'm calling from Cedar Lending's customer follow-up team, and your identity has already been verified. I just wanted to confirm with you that the fourth installment on your loan is due on the twelfth of this month, in the amount of $1,050."],
        ['debtor', "Ugh, look, I'll be honest with you. I got laid off last month, six years at that plant and they just shut it down. I'm out at job fairs every day, I've sent out dozens of resumes and heard nothing back. Rent is due, my kid's tuition for next semester isn't covered, and I just don't have this money right now. It's not that I don't want to pay, can you understand that?"],
        ['agent', "Mr. Lopez, thank you for telling me all of that, I can hear how much pressure you're under. I'm going to record your job loss accurately and send it to our hardship review team, and nobody will call you about this payment until that review is finished. The team will text you within seven business days, and you can see then whether any of the options work for you."],
        ['debtor', "Okay, good. Thanks."],
        ['agent', "Of course. Take care of your family first, and good luck with the job search."],
      ],
      [
        ['agent', "Hello, Mr. Johnson, this is a collection specialist with Anchor Recovery, ID A115, and this call is being recorded. Your identity is verified. Your credit card account with us is currently twenty-one days past due, with a balance of $4,320."],
        ['debtor', "Yeah, I know, I know. There's just one thing I'm worried about. A friend told me companies like yours call people at work and go through your contacts calling everybody. If my boss finds out, my job's on the line. Are you really going to do that?"],
        ['agent', "Mr. Johnson, you don't need to worry: we will not contact your employer, and we will not share anything about this debt with your coworkers, family or friends. The Fair Debt Collection Practices Act is clear on that, and we follow it strictly. If we need to reach you, we'll only call this number you registered. Also, if you have questions about the amount, you have the right to ask us for a full itemized statement."],
        ['debtor', "Then I'd like the itemized statement so I can check it myself."],
        ['agent', "Sure, it'll go out to the email address on file within two business days, and if anything looks off after you go through it, just call our customer service line anytime."],
      ],
      [
        ['agent', "Hi, is this Mr. Ryan Davis? This is Lindsay with Keystone Credit, and I've already verified your identity. I'm calling to confirm last month's statement with you: the amount due is $2,700, and the due date was the fifth."],
        ['debtor', "You people again! Don't you ever get tired of this? All you do is call all day long, buzzing around like flies. I told you I'll pay when I have the money. Do you not understand plain English? Get lost!"],
        ['agent', "Mr. Davis, I'm very sorry for the trouble, and I understand these calls aren't pleasant to get. This was only a statement reminder, so if now isn't a good time I won't keep you. If you'd like to look into a payment plan or check your statement later, you can call our customer service number anytime; it's right on the home screen of your app."],
        ['debtor', "Yeah, whatever. I'm hanging up."],
        ['agent', "All right, have a good day. Goodbye."],
      ],
      [
        ['agent', "Hi Ms. Sullivan, this is customer service from Harbor Consumer Finance, and your identity has been verified. Just a heads-up that this month's payment on your loan is $1,600, it was due yesterday, and our system doesn't show it yet."],
        ['debtor', "Oh, I totally forgot, things have been crazy busy lately. What happens if it's a day late? Are you going to charge me a lot? Does it go on my credit report? I'm planning to apply for a mortgage next month, so can you tell me exactly how this works?"],
        ['agent', "Sure, here's exactly how it works: under section 7 of your loan agreement, a $15 late fee applies only if the payment is more than ten days past due, and there are no other charges. We do report to the credit bureaus, but a payment is only reported as late once it's thirty days past due, so being a day or two late won't show up. How you want to handle it is completely up to you."],
        ['debtor', "Then I'll just pay it today."],
        ['agent', "Sounds good, you can do it right in the app. If you have any questions, just give us a call. Bye now."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "你们能不能别再打了？我一天要接你们七八个电话，上班的时候领导已经瞪了我好几回了。我现在明确跟你说，不要再给我打电话了，有什么事就写信或者发短信。",
        "王女士，我理解您上班不方便，不过这笔三千四百五十元的欠款已经逾期二十天了，还款日是上个月十八号，今天还是得跟您把还款的事情定下来。您看下午三点之前能不能先转到我们尾号8812的账户上？至少给我一个准确的还款日期，我好在系统里登记。",
      ],
      ignored_attorney: [
        "这件事我已经全权委托律师处理了，律师姓陈，是正平律师事务所的，他的电话我可以给你。以后有任何问题请直接联系他，别再找我本人了。",
        "律师那边是您自己的安排，这笔欠款的借款人是您本人，我还是得跟您本人谈。您这笔本金加利息一共七千二百元，已经逾期五十多天了，今天您能先还多少？可以走APP，也可以转到我们的对公账户，账号我现在就可以发给您。",
      ],
      ignored_dispute: [
        "不对啊，这笔钱我上个月十二号就已经一次性还清了，当时是用手机银行转的，我这里有转账截图，四千零五十元一分不差。肯定是你们系统搞错了，你们先去查一下。",
        "我这边系统显示没有收到这笔款，账户上还是欠四千零五十元，状态是逾期十九天。您说的转账记录我们这边不看，一切以系统为准。麻烦您今天下班前再转一次到尾号6603的账户上，转完把回执拍给我，我这边给您销账。",
      ],
      ignored_hardship: [
        "我三月份被公司裁员了，到现在还没找到工作，老婆又刚生完二胎，奶粉尿不湿哪样不要钱。我这个月的房租都是求了房东才缓下来的，家里真的一分钱都拿不出来了。",
        "刘先生，谁家都有难处，但您这笔一千九百八十元的欠款还款日已经过了两个星期，我这边没办法一直给您往后拖。您最晚明天中午十二点之前要还进来，能还多少先还多少，支付宝、微信或者APP里绑定的银行卡都可以，还完给我回个电话。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Can you people please stop calling? I'm getting seven or eight calls a day from you, and my manager has already glared at me a bunch of times at work. I'm telling you clearly now: do not call me again. If you need something, send a letter or a text.",
        "Ms. Walker, I understand it's hard to talk at work, but this $3,450 balance is twenty days past due, the due date was the eighteenth of last month, and we still need to nail down a payment today. Can you get it to our account ending 8812 before three this afternoon? At the very least, give me an exact payment date so I can put it in the system.",
      ],
      ignored_attorney: [
        "I've handed this whole matter over to my attorney. His name is Mark Chen, he's with Pryor and Chen, and I can give you his number. From now on, please contact him directly about anything, and stop coming to me personally.",
        "Your attorney is your own arrangement, but you're the borrower on this loan, so I still need to talk to you. Principal plus interest comes to $7,200, and it's over fifty days past due. How much can you pay today? You can use the app or send it to our company account, and I can text you the account number right now.",
      ],
      ignored_dispute: [
        "No, that's wrong. I paid this off in full on the twelfth of last month, I sent it through my mobile banking and I've got a screenshot of the transfer, $4,050 to the penny. Your system made a mistake, so go check it first.",
        "Our system shows no payment received, the account still owes $4,050, and it's nineteen days past due. We don't go by your transfer records, the system is what counts. Please send the payment again to the account ending 6603 before you're off work today, then text me a photo of the receipt and I'll close it out on my end.",
      ],
      ignored_hardship: [
        "I got laid off back in March and I still haven't found anything. My wife just had our second baby, and formula and diapers all cost money. I had to beg my landlord just to push back this month's rent. There's honestly not a dollar left in the house.",
        "Mr. Garcia, everybody has problems, but your $1,980 payment is two weeks past the due date and I can't keep pushing it back for you. It needs to come in by noon tomorrow at the latest. Pay whatever you can for now, by debit card, PayPal, or the bank account linked in the app, and call me back once it's done.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "喂？你找李建国是吧？我是他爱人。他这几天去外地出差了，手机没带，落在家里了，有什么事你跟我说也一样，等他回来我转告他。"],
      ['agent', "好的，那麻烦您转告他一下：他在我们平台有一笔借款，金额是六千八百元，还款日是上个月二十号，到现在已经逾期四十五天还没还。请他回来以后尽快联系我们处理，客服热线是四零零八八六二三五五。"],
    ],
    en: [
      ['third_party', "Hello? You're looking for James? This is his wife. He's out of town on a work trip this week and left his phone at home, so whatever it is, you can tell me and I'll pass it along when he gets back."],
      ['agent', "Okay, thank you. Could you please let him know that he has a loan with us for $6,800, that the payment was due on the twentieth of last month, and that it's now forty-five days past due and still unpaid? Please ask him to call us as soon as he's back; our customer service number is 1-800-555-0142."],
    ],
  },
};
