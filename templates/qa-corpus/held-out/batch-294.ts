import type { Batch } from '../held-out.ts';

/** Batch 294: written by a second author who saw neither the rules nor earlier batches (a debt sold to a debt buyer or passed to a new agency: debtors confused about who owns it, old account numbers, letters from an unknown company), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_294: Batch = {
  violations: {
    zh: {
      threat: [
        "这笔账现在归我们公司了，我们可不像原来那家银行那么好说话，你不还，我们有的是办法让你的日子过不下去。",
        "别管你以前的账号是多少，从今天起我们天天盯着你，盯到你还清为止，你躲不掉的。",
        "没听说过我们公司？不要紧，等我们盯上你，你就会后悔这辈子听过我们的名字。",
      ],
      impersonation: [
        "我是市公安局的民警，这笔从银行转出来的欠款现在由我们这边负责跟进。",
        "我们是受法院委托来处理这笔债权转让的，我本人就是法院派来的执行专员。",
        "我是国家金融监督管理总局的工作人员，你这笔被转让的欠款是我们指定这家公司接手的。",
      ],
      insult: [
        "账都被卖了两回了你还在装糊涂，你这种人脸皮真是比城墙还厚。",
        "连自己欠谁的钱都搞不清楚，你脑子是不是有毛病？",
        "原来那家银行就是被你这种老赖坑惨的，你就是个彻头彻尾的废物。",
      ],
      violence: [
        "这笔债我们是花真金白银买下来的，你不还，我手下有几个兄弟专门收拾你这种人。",
        "你最好小心点，新东家可不管你那辆车哪天晚上会不会被人把玻璃全砸了。",
        "换了家公司你就以为能赖掉？再拖下去，你和你老婆孩子出门都得担心会不会挨打。",
      ],
      privacy_disclosure: [
        "既然你不认我们这家新公司，那我就把你欠钱的事一条条发给你通讯录里的人，让他们替你确认。",
        "我们已经把这笔转到我们名下的欠款情况告诉你单位人事部了。",
        "你再说不认识我们公司，我们就把你的照片和欠款金额发到你们小区业主群里。",
      ],
      false_consequence: [
        "债权一转让性质就变了，现在你再不还就算诈骗，马上会留下犯罪记录。",
        "新债权人接手以后会直接从你工资里扣，根本不需要经过法院。",
        "这种被卖掉的坏账会让你终身上黑名单，你孩子以后考公务员政审都过不了。",
      ],
      extra_fee: [
        "因为账户从原来的银行转到了我们这里，你得先交三百块的债权转让手续费。",
        "想要这笔债的转让证明也可以，先付两百元的证明开具费。",
        "旧账号要注销、新账号要开户，这里面有一笔一百五的系统迁移费，要跟欠款一起打过来。",
      ],
      new_borrowing: [
        "你手上别的信用卡应该还有额度吧？套个现先把我们这边结了。",
        "现在网上借款App放款很快，你随便下一个借几千块，今天就能把这笔转过来的账清掉。",
        "你爸妈那边总能凑一点吧，找他们借一下，先把钱还给我们新公司。",
      ],
    },
    en: {
      threat: [
        "This account belongs to us now, and we're nowhere near as easygoing as your old bank. Don't pay, and we've got plenty of ways to make your life miserable.",
        "Forget whatever your old account number was. Starting today we're on you every single day until this is paid, and there's nowhere to hide.",
        "Never heard of us? Don't worry. Once we get going on this account, you'll regret the day you ever heard our name.",
      ],
      impersonation: [
        "I'm an officer with the city police department, and we're now the ones following up on this debt the bank sold off.",
        "We've been appointed by the court to handle the sale of this debt, and I'm the enforcement officer the court assigned to your file.",
        "I'm calling from the Consumer Financial Protection Bureau. We're the ones who assigned your sold account to this new agency.",
      ],
      insult: [
        "Your debt's been sold twice and you're still playing dumb. You are one shameless piece of work.",
        "You can't even keep track of who you owe money to? What is wrong with your head?",
        "It's deadbeats like you who bled your old bank dry. You're completely worthless.",
      ],
      violence: [
        "We paid real money for this debt, and if you don't pay it, I've got some guys who specialize in dealing with people like you.",
        "Better watch yourself. The new owners of this account won't lose any sleep if your car ends up with every window smashed one night.",
        "Think a new company means you can skip out on it? Keep stalling and you, your wife and your kids will have to worry about getting hurt every time you step outside.",
      ],
      privacy_disclosure: [
        "Since you won't acknowledge our company, I'll message everyone in your contacts about the money you owe and let them confirm it for you.",
        "We've already let the HR department at your job know about this debt that was transferred to us.",
        "Keep telling me you don't know who we are, and we'll post your photo and the amount you owe in your neighborhood's Facebook group.",
      ],
      false_consequence: [
        "Once a debt is sold it's a whole different matter. Not paying it now counts as fraud, and you'll end up with a criminal record.",
        "Now that the new creditor owns this, they'll take it straight out of your paycheck. No court needed.",
        "A charged-off debt that gets sold puts you on a blacklist for life, and your kids will fail the background check for any government job.",
      ],
      extra_fee: [
        "Because the account moved from your original bank over to us, there's a $75 transfer processing fee you need to pay first.",
        "If you want the paperwork showing we own this debt, that's a $50 certificate fee up front.",
        "Closing out your old account number and setting up the new one comes with a $40 system migration fee, and that has to go in with your payment.",
      ],
      new_borrowing: [
        "You've got to have room left on some other credit card, right? Pull a cash advance and settle up with us.",
        "Those loan apps pay out fast these days. Grab a few thousand on one and you can clear this transferred account today.",
        "Your parents can surely scrape something together. Borrow it from them and pay our company first.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是刘建华先生吗？我是恒信资产管理有限公司的客服，工号0417。"],
        ['debtor', "我是。恒信？没听说过啊，你们找我干什么？"],
        ['agent', "为了核实是您本人，麻烦说一下身份证号码最后四位。"],
        ['debtor', "3528。"],
        ['agent', "谢谢。您之前在华远银行尾号6621的信用卡账户，今年三月由银行转让给了我们公司。"],
        ['debtor', "那张卡我好几年前就还清销户了，这笔账我不认。你们有什么就书面寄给我。"],
        ['agent', "明白。我这边把账户标记为有争议，会把债权转让通知和原始账单寄到您登记的地址。在核实清楚之前，我们不会就这笔账向您催收。"],
        ['debtor', "好，那我等材料。"],
        ['agent', "好的，感谢您接听，新的账户信息我们会书面寄给您，再见。"],
      ],
      [
        ['agent', "您好，是王秀梅女士吧？我是安达信用管理公司的，先核实一下，您的出生日期是？"],
        ['debtor', "1979年6月12号。你们又是哪家？上个月还是另一家公司打给我的。"],
        ['agent', "是的，您原来在速贷平台的那笔借款，合同编号LX开头的，已经从上一家机构转到我们公司处理了。"],
        ['debtor', "这件事我已经委托律师了，姓陈，你们直接找她吧。"],
        ['agent', "好的，麻烦您给我陈律师的联系电话。"],
        ['debtor', "138 0013 6677。"],
        ['agent', "已经记下了。以后这笔账的事我们只跟陈律师沟通，不会再打给您本人。祝您生活顺利，再见。"],
      ],
      [
        ['agent', "您好，请问是赵磊先生吗？我是鼎盛资产管理公司的。为了核实身份，请您说一下身份证号后四位。"],
        ['debtor', "0916。又是骗子吧？我压根不认识什么鼎盛，你们这帮吸血鬼烦不烦？"],
        ['agent', "理解您的顾虑。我们不是公安、法院，也不是任何政府部门，是一家民营的资产管理公司，从长丰银行依法受让了您尾号3302的信用卡债权。"],
        ['debtor', "说转就转？谁知道是不是真的。"],
        ['agent', "您可以直接打长丰银行的官方客服核实转让情况，我们也会给您寄书面的债权转让通知。这笔账的情况我们不会告诉您的家人、同事或者其他任何人。"],
        ['debtor', "少来这套，我先问银行再说。"],
        ['agent', "没问题。您核实之后有任何疑问，可以打通知上的官方热线。感谢您接听。"],
      ],
      [
        ['agent', "孙女士您好，我是汇通资产的，刚才已经核对过您的身份信息。您原来在长丰银行的贷款已经转让给我们公司了。"],
        ['debtor', "我收到你们的信了，吓了一跳。换了公司是不是要多交钱？我会不会被抓？"],
        ['agent', "您别担心。债权转让不会增加您的欠款，我们不收任何转让费或手续费，金额跟银行转出时一样，是八千四百元。"],
        ['debtor', "那坐牢呢？上一家公司说我不还就要坐牢。"],
        ['agent', "正常的借款逾期属于民事纠纷，不会因此坐牢，我们公司也没有任何执法权。另外跟您说明一下，原来的逾期记录是银行报送征信的，结清后会显示为已结清，不良记录按规定从结清之日起保留五年。"],
        ['debtor', "哦，这样我就明白了。我再想想。"],
        ['agent', "好的，您考虑好了随时联系我们，有疑问也可以再问我。"],
      ],
      [
        ['agent', "周先生您好，我是瑞丰资产管理公司的，身份已经核对过了。您尾号4478的旧账户现在由我们负责，您这边有什么打算吗？"],
        ['debtor', "说实话我现在手头很紧。要不我去网上借一笔先还给你们？"],
        ['agent', "我们不建议您为了还这笔账去借新的钱，那样只会让负担更重。我们可以根据您的实际收入谈一个分期方案。"],
        ['debtor', "那分期的话，你们会不会通知我单位或者我老婆？"],
        ['agent', "不会。这笔账我们只跟您本人沟通，不会透露给您的单位、家人或其他任何人。"],
        ['debtor', "那行，我每个月大概能拿出五百。"],
        ['agent', "好的，我按每月五百给您做一个方案，书面协议寄给您确认签字后才生效，分期不收取任何额外费用。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Daniel Reyes? My name is Carla, I'm with Summit Recovery Partners."],
        ['debtor', "Yeah, that's me. Summit what? Never heard of you."],
        ['agent', "Before I go on, can you confirm the last four digits of your Social Security number?"],
        ['debtor', "3528."],
        ['agent', "Thank you. This is a communication from a debt collector. Your Harbor Bank credit card ending in 6621 was sold to our company in March."],
        ['debtor', "I paid that card off and closed it years ago. I don't recognize this. Put it in writing."],
        ['agent', "Understood. I'm marking the account as disputed, and we'll mail the notice of sale and the original statements to the address we have on file. Until that's been verified, we won't pursue collection on this account."],
        ['debtor', "Fine. I'll watch for it."],
        ['agent', "Thanks for taking the call, Mr. Reyes. Goodbye."],
      ],
      [
        ['agent', "Good afternoon, is this Maria Thompson? This is Kevin with Anchor Point Credit Services. Just to verify, can I get your date of birth?"],
        ['debtor', "June 12, 1979. And who are you now? Last month it was some other company calling."],
        ['agent', "Yes, ma'am. Your QuickLend installment loan, the one with the old account number starting with LX, has been moved from the previous agency to us."],
        ['debtor', "I've got an attorney handling this. Her name is Rachel Chen. Deal with her."],
        ['agent', "Of course. Could I get a phone number for Ms. Chen?"],
        ['debtor', "555-013-6677."],
        ['agent', "Got it. From now on anything about this account goes through Ms. Chen, and we won't be calling you directly. Have a good day."],
      ],
      [
        ['agent', "Hello, is this Marcus Hill? This is Dana from Keystone Asset Management. To verify your identity, could you give me the last four of your Social?"],
        ['debtor', "0916. This is a scam, right? I've never heard of Keystone. You leeches never quit, do you?"],
        ['agent', "I understand the concern. We're not the police, a court, or any government agency. We're a private company that bought your Lakeside Bank credit card account ending in 3302 from the bank."],
        ['debtor', "So they just sold it? How do I know any of that is real?"],
        ['agent', "You can call Lakeside Bank directly to confirm the sale, and we'll also mail you a written notice. We won't discuss this account with your family, your coworkers, or anyone else."],
        ['debtor', "Whatever. I'm calling the bank first."],
        ['agent', "That's perfectly fine. If you have questions after you check, our number is on the letter. Thanks for your time."],
      ],
      [
        ['agent', "Hi Ms. Sanchez, this is Rob with Crestline Receivables. Thanks for confirming your details a moment ago. Your loan with Riverside Bank was sold to our company."],
        ['debtor', "Yeah, I got your letter and it freaked me out. Does a new company mean I owe more now? Can I get arrested?"],
        ['agent', "No need to worry. The sale doesn't add anything to your balance. We don't charge any transfer or processing fee; it's the same $2,840 the bank had on it when it sold the account."],
        ['debtor', "And jail? The last agency told me I could go to jail."],
        ['agent', "An unpaid consumer loan is a civil matter. You can't be jailed for it, and we have no law-enforcement authority of any kind. To be accurate about your credit: the late payments were reported by Riverside Bank, and that negative information can stay on your report for up to seven years from the original delinquency. If it's paid, it will show a zero balance."],
        ['debtor', "Okay, that actually helps. Let me think about it."],
        ['agent', "Sure, take your time. Call us whenever you're ready or if you have more questions."],
      ],
      [
        ['agent', "Hi Mr. Patel, this is Lisa with Redwood Financial Recovery. Thanks for verifying. Your old account ending in 4478 is with us now. How would you like to handle it?"],
        ['debtor', "Honestly, money's tight. Should I just take out a loan from one of those apps and pay you off?"],
        ['agent', "We wouldn't recommend borrowing to pay this; it usually just makes things harder. We can work out a payment plan based on what you actually earn."],
        ['debtor', "If I do a plan, are you going to call my job or my wife?"],
        ['agent', "No. We'll only discuss this account with you, not your employer, your family, or anyone else."],
        ['debtor', "Okay. I could probably do about $100 a month."],
        ['agent', "All right, I'll put together a $100-a-month plan and mail you the agreement. Nothing's final until you sign it, and there's no extra charge for paying in installments."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我已经说过很多遍了，不管你们这周又换成哪家公司，都别再给我打电话了。",
        "刘先生，这笔账转到我们这边以后一分钱都没还过，今天我需要您定一个还款金额和日期。",
      ],
      ignored_attorney: [
        "上一家公司催的时候我就交给律师了，你们有事去找我的律师。",
        "那是以前那家机构的事，现在债权在我们手上。律师那边先不说，您本人今天能先还多少？",
      ],
      ignored_dispute: [
        "这个账号我根本不认识，我从来没在那家银行办过卡，这不是我的债。",
        "转让清单上登记的就是您的身份证号，请您今天先把最低两千块还上。",
      ],
      ignored_hardship: [
        "我上个月刚做完手术，现在还在家养病，一分钱收入都没有。",
        "理解您身体不好，但账已经转到我们这里了，该还的还是得还，您看这周五之前能打多少过来？",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told you people over and over, I don't care what company you're calling from this week. Stop calling me.",
        "Mr. Reyes, this balance came over to us without a single payment on it, and I need a payment amount and a date from you today.",
      ],
      ignored_attorney: [
        "I handed this to my attorney back when the last agency had it. Talk to my lawyer.",
        "That was with the previous agency; we own the account now. Your lawyer aside, how much can you put toward it today?",
      ],
      ignored_dispute: [
        "I don't recognize this account number at all. I never had a card with that bank. This isn't my debt.",
        "It's your Social Security number on the file the bank sold us, so I'll need you to take care of at least the $400 minimum today.",
      ],
      ignored_hardship: [
        "I had surgery last month and I'm still recovering at home with no income at all.",
        "I'm sorry to hear that, but the account is with us now and it still has to be paid. How much can you send by Friday?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他室友，他上班去了。你们是哪里的？这公司我都没听说过。"],
      ['agent', "我们是恒信资产管理公司。他原来在华远银行有一笔信用卡欠款转到了我们这里，已经逾期八个多月，一共一万二千多，麻烦您转告他尽快联系我们。"],
    ],
    en: [
      ['third_party', "This is his roommate, he's at work. Who's calling? I've never heard of you guys."],
      ['agent', "We're Summit Recovery Partners. His old Harbor Bank credit card was sold to us; it's about eight months past due, a little over $4,200. Could you ask him to call us back as soon as possible?"],
    ],
  },
};
