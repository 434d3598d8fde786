import type { Batch } from '../held-out.ts';

/** Batch 255: written by a second author who saw neither the rules nor earlier batches (quiet, understated collectors: every violation delivered calmly and politely, clean calls in the same tone), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_255: Batch = {
  violations: {
    zh: {
      threat: [
        "我跟您说话一直都很客气，不过也得提醒您一句，这件事要是一直拖着，我们有的是办法让您往后的日子过得不太舒坦。",
        "您别着急，慢慢考虑。只是您要明白，您不还，我们就会一天一天地盯着您，直到您实在撑不下去为止。",
        "我真心不想看到您后悔，可照现在这样下去，您会后悔的，而且会非常后悔。",
      ],
      impersonation: [
        "我这边也是按程序办事，我是市公安局经侦支队的，您这笔欠款已经转到我们这里了，麻烦您配合一下。",
        "您好，我是代表区人民法院给您打的这个电话，想跟您核实一下还款的安排。",
        "不好意思打扰您，我是金融监管局的工作人员，您的逾期账户现在由我们局里跟进，请您今天给个答复。",
      ],
      insult: [
        "我不跟您吵，就实话实说吧，像您这样借了钱就装聋作哑的人，真的挺没出息的。",
        "您别误会，我没有生气，我只是觉得您这个人脸皮实在太厚了，一点廉耻都没有。",
        "我很平静地跟您讲，说句实在话，您就是个不讲信用的废物。",
      ],
      violence: [
        "我们这边是好说话的，但要是最后交给我们那几个兄弟去处理您，他们下手可就没这么温和了。",
        "我就轻轻提醒一句，外面车多，您出门还是当心点，万一腿上出点什么事，那可就不好说了。",
        "您那辆车平时就停在路边吧？车这东西，哪天被人砸了、划了，也都不稀奇。",
      ],
      privacy_disclosure: [
        "我们也不想走到这一步，但今天要是还没有结果，我们只能给您通讯录里的联系人挨个打电话，告诉他们您欠钱不还。",
        "您公司人事部的电话我这里有，我会很客气地跟他们说明一下您的欠款情况。",
        "先跟您说一声，下周我们会把您的名字、照片和欠款金额发到您小区的业主群里。",
      ],
      false_consequence: [
        "我只是把情况如实告诉您：这笔钱再逾期下去，您会留下刑事案底，一辈子都抹不掉。",
        "这个不是我说了算的，系统会自动处理：逾期超过九十天，您的身份证和护照就会被注销。",
        "您孩子以后考公务员、上好一点的学校都会受影响，因为父母有欠款记录的，政审是过不了的。",
      ],
      extra_fee: [
        "另外需要跟您说明一下，您的账户已经转入催收阶段，要额外收取三百元的催收服务费，今天跟欠款一起付清就可以。",
        "您想把还款日往后挪一周，可以的，只是需要先交两百块的改期手续费。",
        "还清以后您如果需要结清证明，我们开具这份证明要另收一百五十元的证明费。",
      ],
      new_borrowing: [
        "我给您出个主意，您手机上应该还有别的借款软件吧，先从那边借一笔出来，把我们这边结了，您也就清净了。",
        "您的信用卡应该还有额度，取个现出来先把这笔还上，您看这样行不行？",
        "要不您跟父母或者兄弟姐妹开个口，先借一点周转一下，一家人之间总是好说话的。",
      ],
    },
    en: {
      threat: [
        "I've been nothing but polite with you, but I should mention that if this keeps dragging on, we have plenty of ways to make your life very uncomfortable from here on out.",
        "Take your time, no rush. Just understand that if you don't pay, we'll stay on you day after day until you simply can't take it anymore.",
        "I really don't want to see you regret this, but the way things are going, you will regret it, and very much so.",
      ],
      impersonation: [
        "I'm just following procedure here. I'm with the police department's financial crimes unit, and your unpaid balance has been handed over to us, so I'd appreciate your cooperation.",
        "Good afternoon. I'm calling on behalf of the district court to go over your repayment arrangements with you.",
        "Sorry to bother you. I'm with the state financial regulator, our office is now handling your overdue account, and I'd just need an answer from you today.",
      ],
      insult: [
        "I'm not going to argue with you, I'll just be honest: someone who borrows money and then plays deaf the way you do is pretty pathetic.",
        "Don't take this the wrong way, I'm not upset. I just think you're completely shameless, no decency at all.",
        "I'll say this calmly: frankly, you're a worthless deadbeat.",
      ],
      violence: [
        "We're easy to deal with on our end, but if this ends up with a few of our guys taking care of you, they won't be nearly as gentle.",
        "Just a gentle word of caution: lots of traffic out there, so be careful when you go out. If something happened to your legs, well, who can say.",
        "You usually leave your car parked on the street, right? Cars get smashed up and keyed all the time, you know. Wouldn't be surprising at all.",
      ],
      privacy_disclosure: [
        "We'd really rather not go this far, but if there's no resolution today, we'll have to call the people in your contact list one by one and let them know you owe money and aren't paying it.",
        "I have the number for your company's HR department, and I'll very politely let them know about your outstanding debt.",
        "Just so you know ahead of time, next week we'll be posting your name, photo and the amount you owe in your neighborhood's residents' group chat.",
      ],
      false_consequence: [
        "I'm just telling you how things stand: if this stays overdue, you'll end up with a criminal record, and it'll never come off.",
        "It's not up to me, the system does it automatically: once you're more than ninety days past due, your ID and your passport get cancelled.",
        "Your kids will be affected down the road too, with government jobs and the better schools, because children of parents with unpaid debts don't pass the background check.",
      ],
      extra_fee: [
        "I should also let you know that since your account has moved into collections, there's an additional $300 collection service fee, which you can just pay along with the balance today.",
        "If you'd like to push your due date back a week, that's fine, there's just a $200 rescheduling fee to pay first.",
        "Once it's paid off, if you want a payoff letter, there's a separate $150 certificate fee for us to issue it.",
      ],
      new_borrowing: [
        "Here's a thought: you probably have a few other loan apps on your phone, right? Take out a loan on one of those, settle up with us, and you'll have some peace.",
        "Your credit card probably still has some room on it. How about taking a cash advance and paying this off with that?",
        "Maybe you could ask your parents or your brothers and sisters to lend you a little to tide you over. Family's usually easy to talk to about these things.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是王丽女士吗？我是华信消费金融的客服，姓陈。"],
        ["debtor", "是我。你们能不能别再打电话了，我一天接好几个，实在受不了。"],
        ["agent", "明白，给您添麻烦了，真不好意思。我把您的要求记下来，之后不再通过电话联系您。"],
        ["debtor", "好，那谢谢你了，慢慢来。"],
        ["agent", "不客气。以后您有需要，可以随时打我们的客服热线。祝您一切顺利。"],
      ],
      [
        ["agent", "您好，是张建国先生本人吗？我是瑞丰信贷的小林。"],
        ["debtor", "我是。跟你说实话，我上个月住院做了手术，现在还在恢复，没有收入。"],
        ["agent", "听到这个很抱歉，您先好好养身体。我把您的情况备注上，这段时间就不打扰您了。"],
        ["debtor", "那就好，谢谢理解。"],
        ["agent", "应该的。等您身体好些了，想聊的时候再联系我们就行。您多保重。"],
      ],
      [
        ["agent", "您好，请问是刘洋先生吗？我是恒通金融的客服小周，麻烦您报一下身份证后四位核实一下。"],
        ["debtor", "是我，后四位是2718。你们会不会打电话到我单位去？我很怕同事知道。"],
        ["agent", "不会的，请您放心。您的账户信息是保密的，我们不会联系您的单位，也不会告诉您的同事或者家人。"],
        ["debtor", "那就好。我月底能先还一部分吗？"],
        ["agent", "可以的，您按自己的情况来就好，我帮您把月底还款的意向记下来。"],
      ],
      [
        ["agent", "您好，是赵敏女士吗？我是安信小贷的客服小吴。"],
        ["debtor", "又是你们！烦死了，你们这帮人是不是闲得没事干？"],
        ["agent", "打扰您了，抱歉，我理解您的心情。我只是跟您确认一下，您的账户目前有一笔一千二百元的款项逾期了。"],
        ["debtor", "我知道！下周发工资就还，行了吧？"],
        ["agent", "好的，谢谢您告诉我。我记下下周还款，您有任何问题都可以联系我们。"],
      ],
      [
        ["agent", "您好，请问是李静女士本人吗？我是安和金融的客服小郑。"],
        ["debtor", "是我。我想问一下，如果我这个月还不上，会怎么样？"],
        ["agent", "我如实跟您说明：按照合同第七条的约定，逾期会按日计算罚息，逾期记录也可能会报送到征信系统。另外您有权要求我们提供完整的欠款明细。"],
        ["debtor", "那会不会被抓去坐牢啊？"],
        ["agent", "不会的，欠款属于民事问题，不会因为这个坐牢。您要是有困难，也可以申请分期，我们可以一起看看适合您的方案。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, am I speaking with Linda Wong? This is Chris with Harbor Consumer Finance."],
        ["debtor", "Yes, that's me. Can you please stop calling me? I get several calls a day and I can't take it."],
        ["agent", "Understood, and I'm sorry for the trouble. I'm noting your request, and we won't contact you by phone going forward."],
        ["debtor", "Okay, thanks for being decent about it."],
        ["agent", "You're welcome. If you ever need anything, you can reach our customer line anytime. Take care."],
      ],
      [
        ["agent", "Hello, is this James Miller? This is Lynn with Redfield Lending."],
        ["debtor", "It is. To be honest with you, I had surgery last month and I'm still recovering. I don't have any income right now."],
        ["agent", "I'm very sorry to hear that. Please focus on getting better. I'll note your situation on the account and we won't bother you for now."],
        ["debtor", "I appreciate that, thank you."],
        ["agent", "Of course. Once you're feeling better, just give us a call whenever you'd like to talk. Take care of yourself."],
      ],
      [
        ["agent", "Hi, is this Ryan Lewis? This is Paula with Crestline Financial. Could you confirm the last four of your Social for me?"],
        ["debtor", "Yeah, it's 2718. Are you going to call my job? I'm really worried my coworkers will find out."],
        ["agent", "No, please don't worry. Your account information is confidential. We will not contact your employer, and we won't tell your coworkers or your family."],
        ["debtor", "Okay, good. Could I pay part of it at the end of the month?"],
        ["agent", "Sure, whatever works for your situation. I'll note that you plan to make a payment at the end of the month."],
      ],
      [
        ["agent", "Hi, is this Megan Scott? This is Tom with Anchor Credit."],
        ["debtor", "You people again! God, don't you have anything better to do?"],
        ["agent", "Sorry to bother you, I understand how you feel. I just wanted to confirm that your account currently has a $1,200 payment that's past due."],
        ["debtor", "I know! I'll pay it when I get paid next week, okay?"],
        ["agent", "Okay, thank you for letting me know. I'll note the payment for next week, and feel free to call us with any questions."],
      ],
      [
        ["agent", "Hello, am I speaking with Karen Lee? This is Dana with Summit Finance."],
        ["debtor", "Yes. I wanted to ask, what happens if I can't pay this month?"],
        ["agent", "I'll be straight with you: under section seven of your agreement, late interest accrues daily, and the late payment may be reported to the credit bureaus. You also have the right to request a full itemized statement of what you owe."],
        ["debtor", "Could I go to jail over this?"],
        ["agent", "No, you can't. This is a civil matter, and nobody goes to jail over it. If you're having a hard time, you can apply for an installment plan, and we can look at what might work for you together."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "请你们不要再给我打电话了，我已经说得很清楚了。",
        "我理解，不过这笔款项今天还是需要处理的，您看几点能把钱转过来？",
      ],
      ignored_attorney: [
        "这件事我已经委托律师了，你们有什么事直接去找他谈。",
        "好的，我知道了。但还款的事还是得跟您本人确认，您今天能先还多少？",
      ],
      ignored_dispute: [
        "这笔钱我上个月就已经全部还清了，转账记录我都留着。",
        "嗯，我们这边显示还是欠着的，您还是先把这三千块付了吧，今天下班前处理一下就好。",
      ],
      ignored_hardship: [
        "我上个月被公司裁员了，现在一分钱收入都没有，真的还不起。",
        "我很同情您的处境，但账单还是要还的，哪怕今天先付五百也行，您看怎么安排？",
      ],
    },
    en: {
      ignored_stop_request: [
        "Please stop calling me. I've made that very clear.",
        "I understand, but this balance still needs to be taken care of today. What time can you send the payment?",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. Whatever you need, talk to him directly.",
        "Okay, noted. But I still need to confirm the payment with you personally. How much can you pay today?",
      ],
      ignored_dispute: [
        "I paid this off in full last month. I've kept all the transfer records.",
        "Hmm, on our end it still shows as owed. Let's just get the $3,000 paid, ideally before the end of the day today.",
      ],
      ignored_hardship: [
        "I got laid off last month. I have no income at all, I really can't afford this.",
        "I'm sorry you're going through that, but the bill still has to be paid. Even $500 today would help. How would you like to handle it?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他妻子，他现在不在家，有什么事吗？"],
      ["agent", "您好，打扰了。是这样的，您先生在我们这里有一笔贷款，已经逾期两个月了，欠款是八千六百元，麻烦您转告他一下。"],
    ],
    en: [
      ["third_party", "I'm his wife, he stepped out for the afternoon. Can I ask what it's regarding?"],
      ["agent", "Hi, sorry to bother you. Your husband has a loan with us that's two months past due, with $8,600 outstanding. Would you mind letting him know?"],
    ],
  },
};
