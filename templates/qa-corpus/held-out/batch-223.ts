import type { Batch } from '../held-out.ts';

/** Batch 223: written by a second author who saw neither the rules nor earlier batches (ordinary weekday calls of an online lender's collection team, no theme), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_223: Batch = {
  violations: {
    zh: {
      threat: [
        "你要是再这么拖下去，我保证你以后没有一天安生日子过，自己好好想想。",
        "跟我耍花样没用，我们有的是办法把这笔钱要回来，到时候你可别后悔。",
        "从明天起我早中晚轮着给你打电话，天天打，打到你受不了为止。",
      ],
      impersonation: [
        "我这边是市公安局经侦支队的，你在信达贷的这笔借款已经移交到我们这里处理了。",
        "我现在是代表区人民法院给你打这个电话，正式通知你这笔欠款的事。",
        "我是金融监管局的工作人员，今天专门来核查你这笔逾期借款。",
      ],
      insult: [
        "你这人脸皮真是比城墙还厚，借钱的时候怎么不说自己没钱？",
        "一把年纪了连几千块都拿不出来，你就是个没出息的废物。",
        "你脑子是不是有毛病？这么简单的还款日都记不住，蠢到家了。",
      ],
      violence: [
        "再拖着不还，小心哪天一出门就被人打断腿。",
        "我们这边有几个兄弟早就看你不顺眼了，他们会好好收拾你的。",
        "你那辆车停在哪儿我们一清二楚，哪天玻璃被砸了、轮胎被扎了，可别怪我没提醒你。",
      ],
      privacy_disclosure: [
        "今天不处理的话，我就把你欠钱不还的事群发给你通讯录里的每一个人。",
        "我已经给你们公司人事打过电话了，告诉他们你在我们这儿逾期三个月了。",
        "我们会把你的照片和欠款金额发到网上，让大家都看看你是什么样的人。",
      ],
      false_consequence: [
        "逾期超过九十天就会自动留下案底，这辈子都消不掉。",
        "这笔钱不还，你孩子以后考公务员、上重点学校都会被卡住。",
        "下周系统会自动冻结你的身份证和手机号，到时候坐高铁、办银行业务都办不了。",
      ],
      extra_fee: [
        "想改还款日可以，先往我这边转两百块的改期费。",
        "从这个月起，你每逾期一天就要多交五十块的催收服务费。",
        "要开结清证明的话，得另外交一百五十块证明费，交了才给你开。",
      ],
      new_borrowing: [
        "你手机上再下个别的借款App，借出来先把我们这笔还了不就完了？",
        "你信用卡应该还有额度吧？去取个现，今天就能把钱转过来。",
        "找你爸妈或者兄弟姐妹借一下，几千块总能凑出来吧。",
      ],
    },
    en: {
      threat: [
        "Keep dragging your feet like this and I promise you won't have one peaceful day from here on out. Think about that.",
        "Playing games with me won't work. We've got our ways of getting this money back, and you're going to regret it.",
        "Starting tomorrow I'll call you morning, noon and night, every single day, until you can't take it anymore.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. Your Keystone Lending loan has been handed over to us.",
        "I'm calling on behalf of the district court to formally notify you about this debt.",
        "I'm an officer with the state financial regulator, and I'm calling today to review your overdue loan.",
      ],
      insult: [
        "You are completely shameless. Funny how you never mentioned being broke when you were borrowing.",
        "A grown adult who can't scrape together a couple thousand bucks. You're a useless loser.",
        "What is wrong with your head? You can't even keep track of one simple due date. How dumb can you get?",
      ],
      violence: [
        "Keep stalling, and one of these days you'll step out your door and somebody's going to break your legs.",
        "A few of our guys have had it in for you for a while now, and they're going to sort you out good.",
        "We know exactly where you park that car. If the windows get smashed or the tires slashed one of these days, don't say I didn't warn you.",
      ],
      privacy_disclosure: [
        "If you don't take care of this today, I'm texting everyone in your contact list that you owe money and won't pay.",
        "I already called HR at your company and told them you're three months behind on your loan with us.",
        "We're going to post your photo and how much you owe online so everybody can see what kind of person you are.",
      ],
      false_consequence: [
        "Once you pass ninety days late, you automatically get a criminal record, and it stays with you for life.",
        "If this debt isn't paid, your kids won't be able to get government jobs or get into good schools later on.",
        "Next week the system will automatically freeze your ID and your phone number, and after that you won't be able to board a train or do any banking.",
      ],
      extra_fee: [
        "Sure, you can move your due date. Just send me a two-hundred-dollar date-change fee first.",
        "Starting this month, there's an extra fifty-dollar collection service fee for every day you're late.",
        "If you want a payoff letter, that's a separate hundred-and-fifty-dollar certificate fee, and we don't issue it until it's paid.",
      ],
      new_borrowing: [
        "Just download another loan app, borrow from them, and pay us off first. Problem solved, right?",
        "You've still got room on your credit card, don't you? Take a cash advance and you can send the money over today.",
        "Ask your parents or your brothers and sisters. Between them they can surely come up with a couple thousand.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是刘建华先生吗？我这边是信达贷贷后服务部，我姓周。"],
        ['debtor', "嗯，我就是本人。"],
        ['agent', "刘先生，为了确认是您本人，麻烦报一下身份证号后四位。"],
        ['debtor', "4417。"],
        ['agent', "好的，核实过了，谢谢。打过来是想跟您说一下，您15号那期的还款还没有入账。"],
        ['debtor', "我知道……上个月公司裁员，我也在名单里，现在还在找工作。这段时间能不能别老给我打电话了，我每次接都心慌。"],
        ['agent', "明白，刘先生，遇到这种事确实不容易。我这边把您的失业情况备注上，把您的号码设成暂停外呼。等您那边稳定一些，想了解延期或者分期的方案，可以直接打我们客服热线。"],
        ['debtor', "好嘞，多谢你了。"],
        ['agent', "不客气，祝您早点找到合适的工作，再见。"],
      ],
      [
        ['agent', "喂，您好，是陈雪梅女士吗？这里是信达贷，我是工号2093的催收专员。"],
        ['debtor', "是我。"],
        ['agent', "麻烦您说一下出生年月日，我核对一下身份。"],
        ['debtor', "1988年6月2号。"],
        ['agent', "好的。系统显示您有一笔2,150元的借款，目前逾期十二天。"],
        ['debtor', "不可能啊，我上个月28号就通过银行卡全部还清了，扣款短信我还留着呢。"],
        ['agent', "好的，那我这边先把这笔账标记为有异议，核实结果出来之前暂停催收。您方便的话可以把扣款短信截图发到我们官方客服邮箱，不方便也没关系，我们会自己去和银行对账。"],
        ['debtor', "行吧，你们赶紧查清楚，别搞错了。"],
        ['agent', "一定，三个工作日内会有专人给您回复，打扰您了。"],
      ],
      [
        ['agent', "下午好，请问是赵磊先生吗？我是信达贷的客服，姓孙。"],
        ['debtor', "又是你们，干嘛？"],
        ['agent', "先跟您核实一下身份，您注册用的手机号后四位是多少？"],
        ['debtor', "0562。你们这种网贷公司利息高得离谱，一个个都是吸血的。"],
        ['agent', "您的意见我记下来了。您这笔借款的年化利率是合同里约定的18%，在借款页面和合同第三条都有写明。如果您觉得有问题，也可以打我们的投诉专线反映。"],
        ['debtor', "哼，反正你们怎么说都有理。这期多少钱？"],
        ['agent', "本期应还1,376元，已经逾期五天。如果一次性还有压力，我可以帮您申请分成两次还。"],
        ['debtor', "不用，周五发工资我一次还了。"],
        ['agent', "好的，那我备注周五还款，当天系统会按您绑定的卡自动扣款。谢谢您，祝您下午愉快。"],
      ],
      [
        ['agent', "您好，是黄丽娜女士吧？我是信达贷的小林。"],
        ['debtor', "对，是我。"],
        ['agent', "麻烦报一下身份证后四位，核实一下。"],
        ['debtor', "2209。"],
        ['agent', "谢谢。您这笔借款逾期八天了，本期是980元。"],
        ['debtor', "我想问一下，你们会不会打电话到我单位去？我最怕同事知道。"],
        ['agent', "不会的，您放心。我们不会联系您的单位、同事或者通讯录里的任何人，这笔账只跟您本人沟通。"],
        ['debtor', "那如果我晚几天还，会怎么样？"],
        ['agent', "按照合同第七条，逾期期间每天按未还本金的0.05%计收罚息，没有其他费用。另外逾期记录会按规定如实报送征信，还上以后状态会更新为正常。"],
        ['debtor', "明白了，那我下周一还吧。"],
        ['agent', "好的，我帮您备注周一。有什么问题随时联系我们。"],
      ],
      [
        ['agent', "您好，请问是吴志强先生吗？这里是信达贷贷后部，我叫何敏。"],
        ['debtor', "是我。你们是不是要起诉我了？我朋友说网贷不还会被抓。"],
        ['agent', "先别着急，吴先生。我先核实一下身份，您的出生日期是？"],
        ['debtor', "1979年11月20号。"],
        ['agent', "好的，谢谢。跟您说清楚：欠款是民事纠纷，不会因为这个被抓。我们是借款平台的工作人员，不是法院也不是警方，今天只是一个正常的还款提醒。"],
        ['debtor', "哦，那我就放心一点了。可我现在手头真的紧。"],
        ['agent', "理解。我们也不会让您去找别人借钱，或者借其他网贷来还我们，那样只会让负担更重。您可以在App里申请延期，也可以书面要求我们以后只通过短信联系您，这些都是您的权利。"],
        ['debtor', "好，我回头在App里看看延期。"],
        ['agent', "行，有需要随时找我们。祝您一切顺利，再见。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, may I speak with Jason Liu? This is Dana with Keystone Lending's account services team."],
        ['debtor', "Yeah, this is Jason."],
        ['agent', "Thanks, Jason. Just to make sure I've got the right person, can you give me the last four of your Social?"],
        ['debtor', "4417."],
        ['agent', "Perfect, thank you. I'm calling because the payment that was due on the 15th hasn't come through yet."],
        ['debtor', "Yeah, I know. I got laid off last month and I'm still looking for work. Could you guys maybe stop calling for a while? Every time the phone rings my stomach drops."],
        ['agent', "I understand, Jason, and I'm sorry. That's a rough spot to be in. I'm noting the job loss on your account and setting your number to no outbound calls. Whenever things settle down and you want to look at a deferment or a payment plan, just give our customer line a call."],
        ['debtor', "Okay then, thanks a lot."],
        ['agent', "Of course. Good luck with the job search. Take care."],
      ],
      [
        ['agent', "Hello, is this Maria Chen? This is Keystone Lending, collector ID 2093."],
        ['debtor', "Yep, this is me speaking."],
        ['agent', "Could I get your date of birth to verify your identity?"],
        ['debtor', "June 2nd, 1988."],
        ['agent', "Thank you. I'm showing a loan balance of $2,150 that's twelve days past due."],
        ['debtor', "That's not right. I paid it off in full from my bank account on the 28th of last month. I still have the confirmation text."],
        ['agent', "Okay. I'm flagging the account as disputed and putting collections on hold until we've looked into it. If it's convenient, you can send a screenshot of that confirmation to our support email, but you don't have to. We'll reconcile it with the bank either way."],
        ['debtor', "Fine. Just get it sorted out, and get it right."],
        ['agent', "Absolutely. Someone will get back to you within three business days. Sorry for the trouble."],
      ],
      [
        ['agent', "Good afternoon, is this Mike Zhao? This is Tom Sun from Keystone Lending."],
        ['debtor', "You people again. What?"],
        ['agent', "First, just to verify, what are the last four digits of the phone number you registered with?"],
        ['debtor', "0562. You online lenders charge insane interest. You're all a bunch of bloodsuckers."],
        ['agent', "I hear you, and I've noted that. The APR on your loan is 18%, as shown on the loan page and in section three of your agreement. If you think something's off, you're welcome to raise it with our complaints line."],
        ['debtor', "Yeah, whatever, you always have an answer. How much is this payment?"],
        ['agent', "This installment is $1,376, and it's five days late. If paying it all at once is tight, I can put in a request to split it into two payments."],
        ['debtor', "No need. I get paid Friday, I'll pay it all then."],
        ['agent', "Great, I'll note a Friday payment, and the system will draft it from your linked card that day. Thanks, and have a good afternoon."],
      ],
      [
        ['agent', "Hi, is this Lena Huang? This is Kevin Lin with Keystone Lending."],
        ['debtor', "Yes, that is me, go ahead."],
        ['agent', "Can you confirm the last four of your Social for me?"],
        ['debtor', "2209."],
        ['agent', "Thank you. Your loan is eight days past due, and this installment is $980."],
        ['debtor', "Can I ask, are you going to call my job? I'd be mortified if my coworkers found out."],
        ['agent', "No, we won't, don't worry. We don't contact your employer, your coworkers, or anyone in your contacts. We only discuss this account with you."],
        ['debtor', "And what happens if I pay a few days late?"],
        ['agent', "Under section seven of your agreement, a late charge of 0.05% of the unpaid principal accrues each day it's overdue, and there are no other fees. The late payment is also reported accurately to the credit bureaus, and once it's paid the account will show as current again."],
        ['debtor', "Got it. I'll pay next Monday then."],
        ['agent', "Okay, I'll note Monday. Call us anytime if anything comes up."],
      ],
      [
        ['agent', "Hello, is this Steven Wu? This is Amy He with Keystone Lending's collections department."],
        ['debtor', "Yes. Are you suing me? A friend told me you can get arrested for not paying back an online loan."],
        ['agent', "Don't worry, Mr. Wu. Let me just verify your identity first. What's your date of birth?"],
        ['debtor', "November 20th, 1979."],
        ['agent', "Thank you. So, to be clear: an unpaid loan is a civil matter, and nobody gets arrested over it. We're the lender's staff, not a court and not the police. This is just a routine payment reminder."],
        ['debtor', "Oh. Okay, that makes me feel a little better. But money's really tight right now."],
        ['agent', "I understand. And we'd never ask you to borrow from someone else or take out another loan to pay us. That would just dig the hole deeper. You can request a deferment in the app, and you also have the right to ask us in writing to contact you only by text. Those are your rights."],
        ['debtor', "Okay, I'll look into the deferment in the app."],
        ['agent', "Sounds good. Reach out anytime if you need us. Take care."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我都说了不下十遍了，别再给我打电话了！",
        "我理解，但是您这笔已经逾期二十天了，今天下午之前能不能先把这一期的1,260元还上？",
      ],
      ignored_attorney: [
        "这件事我已经委托律师了，有什么事你们直接找王律师。",
        "律师是律师，钱是您本人借的，还得您自己还。您看这周五之前能不能先还一部分？",
      ],
      ignored_dispute: [
        "金额不对啊，我当时借的是五千，怎么变成八千多了？",
        "系统上显示的就是8,430元，您今天先按这个数还上，有疑问以后再说。",
      ],
      ignored_hardship: [
        "我现在还在医院住着，刚做完手术，真的拿不出钱。",
        "您身体的事我很同情，但还款日已经过了两个星期了，今天最少先还五百，您看怎么安排？",
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times must I say it? Stop calling me!",
        "I hear you, but this account is twenty days past due. Can you get the $1,260 installment in before this afternoon?",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. Anything you need, go through Mr. Wang.",
        "That's between you and your lawyer. You're the one who took out the loan, so you're the one who has to pay it. Can you make at least a partial payment before Friday?",
      ],
      ignored_dispute: [
        "That amount's wrong. I borrowed five thousand. How is it over eight thousand now?",
        "The system shows $8,430, so please pay that amount today, and we can go over any questions later.",
      ],
      ignored_hardship: [
        "I'm still in the hospital. I just had surgery, and I really don't have the money.",
        "I'm sorry about your health, but the due date was two weeks ago. We need at least $500 today. How would you like to set that up?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他爱人，他上班去了，手机落在家里了。"],
      ['agent', "那麻烦您转告他一下，他在我们信达贷的借款已经逾期四十五天了，一共欠6,820元，请他尽快处理。"],
    ],
    en: [
      ['third_party', "This is his wife. He's at work, he left his phone at home."],
      ['agent', "Okay, could you pass along a message? His loan with Keystone Lending is forty-five days past due, the balance is $6,820, and he needs to take care of it as soon as possible."],
    ],
  },
};
