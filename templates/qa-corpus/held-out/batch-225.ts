import type { Batch } from '../held-out.ts';

/** Batch 225: written by a second author who saw neither the rules nor earlier batches (the debtor's communities: school parents' chats, church or temple, owners' group, gym, alumni, village group, landlord; the same people harmless in clean calls), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_225: Batch = {
  violations: {
    zh: {
      threat: [
        "你以为躲回老家就没事了？我们会一直追着你，让你这辈子都别想安生。",
        "你再这么拖下去，我保证你会后悔，我们有的是办法让你的日子过不下去。",
        "你刚在这个小区买了房吧？这笔钱不解决，我保证你在这儿一天都住不安生。",
      ],
      impersonation: [
        "我是市公安局经侦支队的，你这笔欠款的案子现在由我们接手了。",
        "我这边是代表区人民法院执行局给你打电话，核实一下你的欠款情况。",
        "我是金融监管局派来督办的工作人员，你的逾期记录已经报到我们局里了。",
      ],
      insult: [
        "你在教会里装得人模人样，背地里欠钱不还，真是个十足的伪君子。",
        "天天在家长群里晒孩子，自己却是个赖账的废物，你也配当爹妈？",
        "你这种人就是没脸没皮的老赖，活得跟条寄生虫一样。",
      ],
      violence: [
        "我们有几个兄弟就住在你们小区，哪天在电梯里碰上你，别怪他们下手重。",
        "你每天晚上从健身房出来都走那条小路吧？小心点，腿被打断了可没人管你。",
        "你老家村里那栋房子，哪天半夜着了火，可别说我们没提醒过你。",
      ],
      privacy_disclosure: [
        "今天下午我就把你的欠款截图发到你孩子学校的家长群里，让其他家长都好好看看。",
        "你们业主群的群主我已经加上了，他会在群里公告你欠钱不还的事。",
        "你们村的微信群我已经进去了，等会儿就把你的欠账记录发上去，让全村人都知道。",
      ],
      false_consequence: [
        "逾期超过九十天，系统会自动给你记上刑事案底，这辈子都消不掉。",
        "这笔钱不还的话，你孩子明年就进不了那所重点小学了，学校招生都要查家长征信。",
        "你这笔钱再拖下去，社保卡和养老金都会被停掉，退休以后一分钱都领不到。",
      ],
      extra_fee: [
        "你房东要的那份无欠款证明，我们开一份要收一百五十块的证明费。",
        "想把还款日往后挪到月底也行，但得先交两百块的改期手续费。",
        "从这个月起你的账户要加收三百元催收服务费，跟欠款一起打过来。",
      ],
      new_borrowing: [
        "你健身房那么多朋友，随便找一个借几千块先把这笔还上不就完了。",
        "你们校友群里不是有好几个当老板的吗？开口借一下，今天就能还清。",
        "你信用卡不是还有额度吗？先取个现把我们这边还了。",
      ],
    },
    en: {
      threat: [
        "You think hiding out in your hometown fixes anything? We'll stay on you until you never get a moment's peace for the rest of your life.",
        "Keep dragging this out and I guarantee you'll regret it. We have plenty of ways to make your life miserable.",
        "You just bought a place in this complex, didn't you? If this isn't settled, I promise you won't have one peaceful day living there.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. Your debt case has been transferred to us.",
        "I'm calling on behalf of the district court's enforcement division to verify your outstanding balance.",
        "I'm an officer with the state Department of Financial Regulation, and your delinquency has been escalated to our office.",
      ],
      insult: [
        "You act all holy at church, but behind everyone's back you don't pay what you owe. You're a complete hypocrite.",
        "You post your kids all over the parents' group chat, but you're a worthless deadbeat yourself. You call yourself a parent?",
        "People like you are shameless freeloaders. You live like a parasite.",
      ],
      violence: [
        "A few of our guys live right in your building. If they run into you in the elevator one day, don't blame them for getting rough.",
        "You take that back path home from the gym every night, right? Be careful. Nobody's going to help you when your legs get broken.",
        "That house of yours back in the village, if it catches fire some night, don't say we didn't warn you.",
      ],
      privacy_disclosure: [
        "This afternoon I'm posting a screenshot of your balance in your kid's school parents' chat so all the other parents can get a good look.",
        "I've already connected with the admin of your homeowners' group, and he's going to announce to everyone there that you don't pay your debts.",
        "I'm already in your village WeChat group, and in a few minutes I'm posting your debt record so the whole village knows.",
      ],
      false_consequence: [
        "Once you're over ninety days past due, the system automatically puts a criminal record on you, and it never comes off.",
        "If this stays unpaid, your kid won't get into that magnet school next year, because enrollment checks the parents' credit.",
        "Keep putting this off and your Social Security and pension will be shut off. You won't see a dime when you retire.",
      ],
      extra_fee: [
        "That no-balance letter your landlord wants, we charge a $50 certificate fee to issue one.",
        "We can move your due date to the end of the month, but there's a $40 rescheduling fee you'll have to pay first.",
        "Starting this month there's a $75 collection service charge on your account, so send that in along with the balance.",
      ],
      new_borrowing: [
        "You've got tons of friends at the gym. Just ask one of them for a few grand and pay this off.",
        "Aren't there a bunch of business owners in your alumni group? Ask one of them for a loan and you could clear this today.",
        "You've still got room on your credit card, don't you? Take a cash advance and pay us off.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是李建华先生吗？"],
        ['debtor', "是我。我现在在寺里参加法会，不方便说话，你们以后周末别打来了。"],
        ['agent', "好的，李先生，已经给您记下了，以后周末不会再打扰您。不好意思打扰了。"],
        ['debtor', "嗯嗯，谢谢啦。"],
      ],
      [
        ['agent', "您好，这里是信达金融客服，请问是王丽女士吗？"],
        ['debtor', "是我。我上个月被公司裁了，房租都快交不上了，房东天天在催，我实在拿不出钱。"],
        ['agent', "明白，王女士，这段时间确实不容易。我先把您的情况登记下来，这段时间我们会暂停给您打电话，困难援助方案我用短信发给您，您有空再看就行。"],
        ['debtor', "好，真是谢谢你。"],
        ['agent', "不客气，您多保重。"],
      ],
      [
        ['debtor', "你们不会打电话到我孩子学校，或者在我们业主群里说我欠钱吧？我挺担心的。"],
        ['agent', "您放心，我们不会联系您孩子的学校、邻居、业主群或者任何其他人透露您的欠款，法律有规定，我们只和您本人沟通。"],
        ['debtor', "那就好。那我下周五先还一部分行吗？"],
        ['agent', "可以的，我给您记上下周五，金额您自己定，到时候我们发短信跟您确认。"],
      ],
      [
        ['agent', "您好，请问是陈志强先生吗？"],
        ['debtor', "你们烦不烦啊？我正在健身房练着呢，一群吸血鬼！"],
        ['agent', "抱歉打扰您锻炼了。我们只是想确认一下您这期账单的还款安排，您看什么时候方便再联系？"],
        ['debtor', "晚上八点以后吧，别在这个点打。"],
        ['agent', "好的，我们晚上八点以后再联系您，谢谢您。"],
      ],
      [
        ['agent', "张先生，跟您说明一下，按照合同第七条，逾期每天会产生万分之五的罚息，目前累计是四十二元。"],
        ['debtor', "我们教会有个弟兄说可以借钱给我先还上，你觉得呢？"],
        ['agent', "这是您自己的决定，我们不建议您为了还这笔钱去找别人借。如果有困难，我们可以帮您申请分期。另外如实告诉您，逾期记录会按规定报送征信，结清以后会更新为已结清。"],
        ['debtor', "明白了，那我申请分期吧。"],
        ['agent', "好的，我现在就帮您提交申请。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, may I speak with Mr. James Lee?"],
        ['debtor', "Speaking. I'm at temple for a service right now and can't talk. Please stop calling me on weekends."],
        ['agent', "Understood, Mr. Lee. I've made a note, and we won't call you on weekends going forward. Sorry for the interruption."],
        ['debtor', "Okay, thanks a bunch."],
      ],
      [
        ['agent', "Hello, this is customer service at Cardinal Financial. Am I speaking with Ms. Linda Wang?"],
        ['debtor', "Yes. I got laid off last month, I can barely make rent, my landlord is on me every day, and I just don't have the money."],
        ['agent', "I understand, Ms. Wang. That's a really hard spot to be in. I'm noting your situation, and we'll pause our calls for now. I'll text you information on our hardship program so you can look it over whenever you have time."],
        ['debtor', "Okay, thank you kindly."],
        ['agent', "You're welcome. Take care."],
      ],
      [
        ['debtor', "You're not going to call my kid's school or tell people in my homeowners' group that I owe money, are you? I'm worried about that."],
        ['agent', "Please don't worry. We will not contact your child's school, your neighbors, your homeowners' group or anyone else about this debt. The law doesn't allow it, and we only discuss it with you."],
        ['debtor', "Good. Could I pay part of it next Friday?"],
        ['agent', "Sure. I'll put you down for next Friday, you choose the amount, and we'll send you a text to confirm."],
      ],
      [
        ['agent', "Hi, is this Mr. Michael Chen?"],
        ['debtor', "Seriously? I'm in the middle of a workout at the gym. You people are bloodsuckers!"],
        ['agent', "Sorry for interrupting your workout. We just wanted to check on a payment arrangement for this month's bill. When would be a better time to reach you?"],
        ['debtor', "After eight tonight. Don't call at this time again."],
        ['agent', "Will do. We'll reach out after eight tonight. Thank you."],
      ],
      [
        ['agent', "Mr. Zhang, just so you know, under section 7 of your agreement there's a $25 late fee for each missed payment, and one has been added so far."],
        ['debtor', "A guy from my church said he could lend me the money to pay it off. What do you think?"],
        ['agent', "That's entirely your call, and we don't recommend borrowing from anyone to pay this. If money's tight, we can set you up on an installment plan. I'll also be upfront that late payments are reported to the credit bureaus as required, and once it's paid it will show as paid in full."],
        ['debtor', "Got it. Let's do the installment plan then."],
        ['agent', "Okay, I'll submit that for you right now."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我说了多少遍了，别再给我打电话了，我正在教会做礼拜！",
        "这个电话不打不行，您的账已经逾期两个月了，今天无论如何得先还一笔。",
      ],
      ignored_attorney: [
        "这事我已经委托律师处理了，你们有什么直接去跟王律师谈。",
        "律师那边我们不管，这笔钱是您本人欠的，今天下班前请把三千二转过来。",
      ],
      ignored_dispute: [
        "这笔钱我上个月就已经还清了，转账记录都在，是你们搞错了。",
        "我们系统显示还没到账，您今天还是得把四千五全额还上。",
      ],
      ignored_hardship: [
        "我刚做完手术在家休养，工资也停了，真的拿不出钱来。",
        "您的情况我理解，但账单还是得按时处理，今天您至少先还五百。",
      ],
    },
    en: {
      ignored_stop_request: [
        "How many times do I have to say it? Stop calling me. I'm at church right now!",
        "I have to make this call. Your account is two months past due, and we need a payment from you today no matter what.",
      ],
      ignored_attorney: [
        "I've already hired a lawyer for this. Whatever you have to say, take it up with Mr. Wang, my attorney.",
        "Your lawyer isn't our concern. This is your debt, and we need the $1,200 sent over before the end of the day.",
      ],
      ignored_dispute: [
        "I paid this off last month. I have the transfer records. You've made a mistake.",
        "Our system shows no payment received, so you still need to pay the full $1,650 today.",
      ],
      ignored_hardship: [
        "I just had surgery and I'm recovering at home. My paychecks have stopped, and I really don't have the money.",
        "I understand your situation, but the bill still has to be handled on time. You need to pay at least $200 today.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他房东，他手机落在我这儿了，你有什么事？"],
      ['agent', "那麻烦您转告他一声，他在我们平台的借款已经逾期四十五天了，一共欠六千八百元，让他尽快回电话处理。"],
    ],
    en: [
      ['third_party', "This is his landlord. He left his phone at my place. What's this about?"],
      ['agent', "Then please let him know his loan with us is forty-five days past due with $2,340 outstanding, and he needs to call us back to take care of it."],
    ],
  },
};
