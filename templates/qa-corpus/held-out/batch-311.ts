import type { Batch } from '../held-out.ts';

/** Batch 311: written by a second author who saw neither the rules nor earlier batches (educated, precise debtors (teachers, doctors, engineers, accountants) who ask for things in writing; collectors who try to out-argue them), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_311: Batch = {
  violations: {
    zh: {
      threat: [
        "王老师，您不是最喜欢讲道理、凡事都要书面依据吗？那咱们就慢慢耗着，我有的是办法让您后悔没早点还。",
        "李医生，您再跟我在字眼上较真，我保证您接下来的日子会过得非常难受，到时候别说我没提醒过您。",
        "您是工程师，账算得清吧？那您也算一算，继续跟我们对着干，您一家老小以后还能不能过上安生日子。",
      ],
      impersonation: [
        "我这通电话不只是代表催收公司，我是配合法院执行局打的，您要的书面材料由法院直接给您出。",
        "陈会计，您是懂账的人，我就直说了：我是市公安局经侦支队的，您这笔欠款已经移交到我们这里了。",
        "我是金融监管局的工作人员，现在正式核查您的逾期情况，请您配合回答我的问题。",
      ],
      insult: [
        "还当老师呢，自己欠钱赖着不还，您也配站讲台？我都替您那些学生丢人。",
        "读了那么多年书，脑子全读坏了吧？连一个还款日期都搞不明白。",
        "什么高级工程师，我看就是个只会耍嘴皮子的老赖，除了找借口什么都不会。",
      ],
      violence: [
        "李医生，您天天给别人看病，可要当心哪天自己也躺进医院里，那可就不好说了。",
        "我们有兄弟专门对付你这种人，到时候缺胳膊少腿的，别来找我哭。",
        "你那辆车平时停在哪儿我们清楚得很，哪天玻璃碎了、轮胎扎了，可别说没人提醒过你。",
      ],
      privacy_disclosure: [
        "您不是要书面通知吗？行，我直接发到你们校长的邮箱，让全校老师都知道您欠钱不还。",
        "您通讯录里的同事我们会挨个打过去，告诉他们张医生欠了我们四万多块。",
        "我们准备把您的照片和欠款金额发到您的朋友圈和小区业主群里，让大家都来评评理。",
      ],
      false_consequence: [
        "您是注册会计师，应该明白：这笔欠款逾期满九十天就会自动转成刑事案底，您的执业证书也会跟着被吊销。",
        "这笔钱不还的话，您孩子以后考公务员、上重点大学都会在政审时被卡掉，这是全国统一的规定。",
        "按规定，月底前再不还，您的护照和身份证都会被冻结，飞机高铁一律不能坐，而且是终身的。",
      ],
      extra_fee: [
        "纸质的结清证明可以给您开，但要另交三百元开具费，这笔是我们单独收取的。",
        "您想把还款日往后推两周也行，得先交五百元的展期手续费，不然系统里改不了。",
        "您的账户这个月已经转到催收部门，所以额外产生了八百元的催收服务费，要跟欠款一起还清。",
      ],
      new_borrowing: [
        "您是医生，信用这么好，随便找个网贷平台都是秒批，先借一笔把我们这边结清不就完了。",
        "您信用卡应该还有额度吧？直接刷卡取现，今天就能把这笔还上。",
        "您爱人也是老师吧，两口子收入都稳定，先找您父母或者同事借一下周转周转就行了。",
      ],
    },
    en: {
      threat: [
        "Ms. Wang, you love arguing and getting everything in writing, don't you? Fine. We'll drag this out, and I have plenty of ways to make you regret not paying sooner.",
        "Dr. Li, keep nitpicking my wording and I promise the next few weeks of your life will be very unpleasant. Don't say I didn't warn you.",
        "You're an engineer, so you can do the math. Work out how much peace your whole family is going to have if you keep fighting us.",
      ],
      impersonation: [
        "I'm not just calling for the collection agency, ma'am. I'm calling on behalf of the county court's enforcement office, and the court will issue the paperwork you asked for.",
        "Mr. Chen, you know your way around a ledger, so I'll be direct: I'm with the city police department's financial crimes unit, and your debt has been referred to us.",
        "I'm calling from the state financial regulator's office. We're formally reviewing your delinquency, and I need you to cooperate and answer my questions.",
      ],
      insult: [
        "And you call yourself a teacher? A deadbeat who won't pay her bills has no business in front of a classroom. I'm embarrassed for your students.",
        "All those years of school and you still can't figure out a due date? Your brain must be fried.",
        "Some senior engineer. You're just a smooth-talking freeloader who's good at nothing but making excuses.",
      ],
      violence: [
        "Doctor, you take care of patients every day. Be careful you don't end up as one yourself someday. You never know.",
        "We've got guys who handle people like you, and if you end up with a few broken bones, don't come crying to me.",
        "We know exactly where you park that car. If the windows get smashed and the tires slashed one night, don't say nobody warned you.",
      ],
      privacy_disclosure: [
        "You want written notice? Sure. I'll email it straight to your principal so every teacher in the building knows you don't pay your debts.",
        "We're going to call every colleague in your contacts, one by one, and tell them Dr. Zhang owes us over forty thousand dollars.",
        "We're going to post your photo and the amount you owe on your social media and in your neighborhood group chat, and let everyone decide for themselves.",
      ],
      false_consequence: [
        "As a CPA you should understand this: once the account hits ninety days past due, it automatically becomes a criminal record, and your license gets revoked along with it.",
        "If this stays unpaid, your kids will be flagged on every background check. No government jobs, no top universities. That's federal policy.",
        "Under the rules, if this isn't paid by the end of the month, your passport and driver's license get suspended and you go on the no-fly list for life.",
      ],
      extra_fee: [
        "I can get you a paper payoff letter, but there's a separate $45 issuing fee for that, which we charge on our end.",
        "You can push the due date back two weeks, but there's a $75 extension processing fee up front, or the system won't let me change it.",
        "Since your account moved to collections this month, there's an added $120 collection service charge that has to be paid along with the balance.",
      ],
      new_borrowing: [
        "You're a doctor with great credit. Any lending app will approve you in seconds, so just take one out and clear this with us.",
        "You've still got room on your credit cards, right? Take a cash advance and this can be paid off today.",
        "Your wife's a teacher too, isn't she? Two steady incomes. Just borrow from your parents or a coworker to tide you over.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是王静老师吗？我是恒信资产管理的小刘，麻烦您核对一下身份证后四位。"],
        ["debtor", "是我，后四位0417。我先把话说清楚：我白天都在上课，不方便接电话。从今天起请不要再给我打电话，有任何事请书面寄到我家，或者发邮件。"],
        ["agent", "好的王老师，我记下了。我会在系统里备注您只接受书面联系，之后不会再给您打电话，相关材料会寄到您登记的地址。"],
        ["debtor", "这个备注也请给我一份书面确认。"],
        ["agent", "可以，确认函会一起寄给您。打扰您了，再见。"],
      ],
      [
        ["agent", "张医生下午好，我是恒信资产管理的小林，关于您在速达信贷的账户给您来电。"],
        ["debtor", "是我。我核对过自己的还款记录，你们报的金额比我算的多了两千一百块。在你们提供逐笔明细之前，我不认可这个数字。请把借款合同和完整的还款流水书面寄给我。"],
        ["agent", "明白，您对金额有异议。我这边把账户登记为争议状态，在我们寄出合同和明细、您核对完之前，这个账户暂停催收。"],
        ["debtor", "你们多久能寄出？"],
        ["agent", "一般五个工作日以内。收到后如果有疑问，您可以书面回复我们。谢谢您，张医生。"],
      ],
      [
        ["agent", "您好，是赵工吗？我是恒信资产管理的小周，关于您在速达信贷的账户给您来电。"],
        ["debtor", "是我。我先问三个问题，你答清楚了我们再谈。第一，你们是什么机构？第二，你们会不会打电话到我单位？第三，不还钱会不会被抓？"],
        ["agent", "好的，我逐条回答。第一，我们是受速达信贷委托的第三方催收公司，不是法院，也不是任何政府部门。第二，我们不会联系您的单位、同事或者亲友，欠款的事只跟您本人沟通。第三，这是民事借贷，不涉及刑事责任，没有人会因为这个抓您。"],
        ["debtor", "那最坏的情况是什么？"],
        ["agent", "如实告诉您：逾期记录会按合同约定报送征信，债权方也有权向法院起诉，但是否支持、怎么判由法院依法决定。这些我可以整理成书面说明发给您。"],
        ["debtor", "好，发到我邮箱。"],
        ["agent", "没问题，今天下班前发给您。"],
      ],
      [
        ["agent", "陈女士您好，我是恒信资产管理的小刘，想核实一下，您是陈敏本人吗？"],
        ["debtor", "是我。你们这帮催收的真是阴魂不散，脑子有问题吧？我是做会计的，账比你算得清楚。"],
        ["agent", "理解您的不满，陈女士。那我们就对一下账：本金八千元，合同约定的逾期违约金按每日万分之五计算，到今天是一百二十元，合计八千一百二十元，除此之外没有任何其他费用。"],
        ["debtor", "违约金写在合同哪一条？"],
        ["agent", "第九条第二款。您需要的话，我把合同扫描件和计算过程一起发给您核对。"],
        ["debtor", "发过来，我核对完再联系你们。"],
        ["agent", "好的，今天就发。您核对后有任何疑问随时告诉我们，谢谢。"],
      ],
      [
        ["agent", "刘老师您好，我是恒信资产管理的小孙。上次您说想了解分期方案，今天给您回电。"],
        ["debtor", "对。我先问一句，有同事建议我去别的网贷平台借一笔，先把你们这边还了，你们怎么看？"],
        ["agent", "我们不建议您为了还这笔钱去借新的贷款，那样只会加重您的负担。按您现在的收入，我们可以做一个分期方案，不需要另外借钱。"],
        ["debtor", "分期会不会多收手续费？"],
        ["agent", "不会，分期不收任何额外费用，只按合同原来的利率计算。方案我会书面发给您，您确认同意后才生效。"],
        ["debtor", "好，我收到后签字寄回。"],
        ["agent", "好的刘老师，谢谢您。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, is this Ms. Jennifer Wang? This is Mark with Harbor Recovery Services. For verification, could you confirm the last four digits of your Social?"],
        ["debtor", "Yes, 0417. Let me be clear up front: I teach all day and can't take calls. Please stop calling me. Anything you need to tell me, send it in writing to my home address or by email."],
        ["agent", "Understood, Ms. Wang. I've noted on the account that you want written contact only, and we won't call you again. Any materials will go to the address we have on file."],
        ["debtor", "I'd like written confirmation of that note as well."],
        ["agent", "Of course, a confirmation letter will go out with it. Sorry to have bothered you. Goodbye."],
      ],
      [
        ["agent", "Good afternoon, is this Dr. Zhang? This is Lisa with Harbor Recovery Services, calling about your account with QuickLend."],
        ["debtor", "It is. I've gone through my payment records, and the balance you're claiming is $2,100 more than my own figure. Until you give me an itemized breakdown, I don't accept that number. Please send me the loan agreement and the full payment history in writing."],
        ["agent", "Understood, you're disputing the amount. I'm marking the account as disputed, and collection is on hold until we've mailed you the agreement and the itemization and you've had a chance to review them."],
        ["debtor", "How long will that take?"],
        ["agent", "Usually within five business days. If you have questions once you've received them, you can respond in writing. Thank you, Dr. Zhang."],
      ],
      [
        ["agent", "Hello, is this Mr. Zhao? This is Kevin with Harbor Recovery Services, calling about your account with QuickLend."],
        ["debtor", "Speaking. I have three questions, and I want clear answers before we go any further. One, who exactly are you? Two, are you going to call my employer? Three, can I be arrested for not paying?"],
        ["agent", "Fair enough, I'll take them in order. One, we're a third-party collection agency hired by QuickLend. We are not a court or any government agency. Two, we will not contact your employer, your coworkers or your family; we discuss this account with you only. Three, this is a civil debt, not a criminal matter, and no one can arrest you over it."],
        ["debtor", "So what's the worst case?"],
        ["agent", "Honestly, the late status gets reported to the credit bureaus as the agreement allows, and the lender has the right to file a lawsuit, but whether it succeeds and what happens is up to a court. I can put all of that in a written summary for you."],
        ["debtor", "Good. Email it to me."],
        ["agent", "Will do, you'll have it by end of day."],
      ],
      [
        ["agent", "Hello, Ms. Chen, this is Ryan with Harbor Recovery Services. Just to verify, am I speaking with Min Chen?"],
        ["debtor", "You are. You people are like a bad rash, you never go away. Do you even understand the numbers you're reading? I'm a CPA. I can do this math better than you."],
        ["agent", "I understand you're frustrated, Ms. Chen. Let's go through the numbers, then. The principal is $8,000. The contract provides for a $25 late charge per missed payment, and there are two, so $50, for a total of $8,050. There are no other charges of any kind."],
        ["debtor", "Which section of the contract is the late charge in?"],
        ["agent", "Section 9, paragraph 2. If you like, I'll send you a scan of the contract along with the calculation so you can check it."],
        ["debtor", "Send it. I'll get back to you once I've checked it."],
        ["agent", "Sure, it'll go out today. If anything doesn't match, just let us know. Thank you."],
      ],
      [
        ["agent", "Hi, Ms. Liu, this is Dana with Harbor Recovery Services. Last time you said you wanted to hear about a payment plan, so I'm calling you back."],
        ["debtor", "Right. First, though, a colleague suggested I take out a loan on some other app and pay you off with that. What's your view?"],
        ["agent", "We don't recommend taking on a new loan to pay this one; it would only add to your burden. Based on your current income, we can set up a payment plan that doesn't require you to borrow anything."],
        ["debtor", "Is there an extra fee for the installment plan?"],
        ["agent", "No, there's no additional fee. It's calculated at the original contract rate only. I'll send you the plan in writing, and it only takes effect once you agree to it."],
        ["debtor", "Fine. I'll sign it and mail it back when I get it."],
        ["agent", "Great, Ms. Liu. Thank you."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "这是我第三次跟你们说了：请停止给我打电话，之后的任何联系都以书面形式进行，这句话请记录在案。",
        "记录我可以记，但今天的还款还是得跟您落实。您逾期的六千二，下午五点前能不能先转过来？",
      ],
      ignored_attorney: [
        "这件事我已经委托了律师，姓周，电话我可以给你。之后请直接联系他，不要再找我本人。",
        "律师归律师，欠钱的是您本人。我今天就想跟您确认一下，这笔钱什么时候还，今天能先还多少？",
      ],
      ignored_dispute: [
        "这笔我三月十二号就已经全额结清了，我手里有银行回单，还有你们平台发的结清短信，你们系统的记录是错的。",
        "您说的回单我们这边查不到，系统显示您还欠四千八，今天请先把这笔钱转过来，其他的以后再说。",
      ],
      ignored_hardship: [
        "我上个月确诊了乳腺癌，现在在做化疗，医院已经让我停职了，没有工资收入，实在没有能力还款。",
        "您的情况我听到了，但欠款还是要按时还。这个月最少也得还两千，您今天能先转多少？",
      ],
    },
    en: {
      ignored_stop_request: [
        "This is the third time I've told you: stop calling me. Any further contact should be in writing. Please put that on the record.",
        "I can note that, but I still need to get your payment sorted today. Can you send the $6,200 past-due amount before five o'clock?",
      ],
      ignored_attorney: [
        "I've retained an attorney for this matter. His name is Mr. Zhou, and I can give you his number. From now on, please contact him, not me.",
        "Your attorney isn't the one who owes the money, you are. So let's just settle it between us: when are you paying, and how much can you send today?",
      ],
      ignored_dispute: [
        "I paid this off in full on March 12th. I have the bank confirmation and the text your own company sent saying the account was closed. Your records are wrong.",
        "I'm not seeing any confirmation on our end. The system shows $4,800 outstanding, so I need you to send that today, and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I was diagnosed with breast cancer last month. I'm in chemo, the hospital has put me on unpaid leave, and I have no income. I simply can't make payments.",
        "I hear you, but the balance is still due. We need at least two thousand this month. How much can you send today?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他爱人。他今天在手术室，有一台大手术，有什么事跟我说也一样。"],
      ["agent", "那麻烦您转告他一声，他在我们平台的借款已经逾期四十天了，欠款一共一万二千六，请他尽快处理。"],
    ],
    en: [
      ["third_party", "This is his wife. He's in surgery all day today. Whatever it is, you can tell me."],
      ["agent", "Then please let him know his loan with us is forty days past due. The total owed is $12,600, and he needs to take care of it as soon as possible."],
    ],
  },
};
