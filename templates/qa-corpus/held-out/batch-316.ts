import type { Batch } from '../held-out.ts';

/** Batch 316: written by a second author who saw neither the rules nor earlier batches (debtors who recently moved to a new city for work: a new job on probation, a new flat, few friends there, family far away), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_316: Batch = {
  violations: {
    zh: {
      threat: [
        "你才来这座城市几个月，真要跟我们耗下去，我保证你会后悔当初搬过来。",
        "我们有的是办法，让你在那边一天安生日子都过不上，你自己掂量掂量。",
        "从今天起我们的电话会从早打到晚，一刻不停，打到你睡不着觉，看你能撑几天。",
      ],
      impersonation: [
        "我这边是你现住址辖区派出所经侦大队的，你这笔网贷的事现在由我们接手处理。",
        "这里是区人民法院执行局，我是负责你案子的执行法官，打电话是通知你本周内把欠款结清。",
        "我是地方金融监督管理局的工作人员，今天代表监管部门来跟你核实这笔逾期借款。",
      ],
      insult: [
        "一个人跑到大城市来打工，连这点钱都还不上，你说你还有什么用？",
        "你这种人就是个无赖，借钱的时候嘴甜得很，一到还钱就装死。",
        "难怪你爸妈不在你身边，谁摊上你这么个没出息的东西都嫌丢人。",
      ],
      violence: [
        "你一个人在那边人生地不熟，晚上下班走夜路可要当心，真出点什么事可没人照应你。",
        "我们在你那个城市也有兄弟，迟早会有人亲自“处理”你，你等着吧。",
        "你新买的那辆电动车停在楼下挺显眼的，哪天被人一把火烧了，可别说我们没提醒过你。",
      ],
      privacy_disclosure: [
        "你试用期还没过吧？我们会把你的欠款记录直接发给你们公司人事，让他们看看招了个什么人。",
        "你合租室友和房东的电话我们都有，我会一个一个打过去，告诉他们你欠钱不还。",
        "我们准备把你的照片和欠款金额发到你老家的亲戚群里，让你家里人都知道这件事。",
      ],
      false_consequence: [
        "逾期满九十天，你的身份证就会被系统注销，到时候你在那边连租房合同都签不了。",
        "欠款不还的话，你在新城市交的社保会被冻结，刚办下来的居住证也会被直接取消。",
        "再拖下去这笔账就会按诈骗罪立案，你会被刑事拘留，还会留下一辈子的案底。",
      ],
      extra_fee: [
        "你想把还款日改到发工资那天也可以，不过得先交300元的改期手续费。",
        "你搬到外地以后，你的账户转成了异地催收，要额外收取500元的异地催收服务费。",
        "等你还清了想开结清证明，还得另外交200块钱的证明工本费，合同里没写，但这是我们的规矩。",
      ],
      new_borrowing: [
        "你手机上再下个别的借款App，有新工作的工资流水，额度很快就能批，借出来先把我们这笔还了。",
        "你老家爸妈那边不能先帮你凑一凑吗？让他们找亲戚借一点，先把这期平了。",
        "你信用卡还有额度吧？去ATM取个现金出来，今天就把逾期的钱还上。",
      ],
    },
    en: {
      threat: [
        "You've been in that city, what, a few months? Keep dragging this out and I promise you'll regret ever moving there.",
        "We have our ways, and we'll make sure you don't get one peaceful day out there. Think that over.",
        "Starting today our calls won't stop, morning till midnight, until you can't sleep. Let's see how long you last.",
      ],
      impersonation: [
        "This is the financial crimes unit at the police precinct covering your new address. Your loan account has been turned over to us.",
        "I'm calling from the county court's enforcement division. I'm the officer assigned to your case, and I'm notifying you to settle this balance this week.",
        "I'm with the state Department of Financial Regulation, and I'm calling on the department's behalf to go over this past-due loan with you.",
      ],
      insult: [
        "You moved all the way to the big city and you can't even pay back this little bit. What good are you?",
        "You're a deadbeat, plain and simple. All sweet talk when you borrow, then you play dead when it's time to pay.",
        "No wonder your parents are so far away. Anybody stuck with a loser like you would be ashamed.",
      ],
      violence: [
        "You're all alone out there and you don't know anybody. Be careful walking home from work at night, because if something happens, nobody's around to help you.",
        "We've got brothers in your city too. Sooner or later somebody's going to deal with you personally, so get ready.",
        "That new e-bike you park downstairs really stands out. If it goes up in flames one night, don't say we didn't warn you.",
      ],
      privacy_disclosure: [
        "You're still on probation at that job, right? We'll send your debt record straight to your HR department so they can see who they hired.",
        "We've got numbers for your roommate and your landlord, and I'm going to call each of them and tell them you don't pay your debts.",
        "We're going to post your photo and the amount you owe in your family group chat back home so all your relatives know about it.",
      ],
      false_consequence: [
        "Once you hit ninety days past due, your ID is automatically cancelled, and then you won't even be able to sign a lease out there.",
        "If this stays unpaid, your Social Security number gets frozen and your residency in your new state is revoked automatically.",
        "Keep stalling and this gets filed as fraud. You'll be arrested and you'll carry a criminal record for the rest of your life.",
      ],
      extra_fee: [
        "Sure, we can move your due date to your payday, but there's a $45 date-change fee you have to pay first.",
        "Since you moved out of state, your account went to our out-of-area collections team, and that comes with an extra $75 service charge.",
        "Once it's paid off, the payoff letter costs another $30. It's not in your contract, but that's how we do things.",
      ],
      new_borrowing: [
        "Download another loan app. With pay stubs from your new job you'll get approved fast, and then you use that money to pay us off.",
        "Can't your parents back home scrape something together? Have them borrow from your relatives and clear this installment.",
        "You've still got room on your credit card, right? Pull a cash advance at the ATM and get this caught up today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是周磊先生吗？我是星河消费金融贷后服务部的小李。"],
        ["debtor", "是我。我刚来这边入职，还在试用期，上班时间实在不方便接电话，麻烦你们以后别再打给我了。"],
        ["agent", "明白，我这边已经登记了您停止电话联系的要求，之后不会再给您打电话了。"],
        ["debtor", "好的，谢谢你，我刚下班。"],
        ["agent", "不客气，祝您在新单位一切顺利，再见。"],
      ],
      [
        ["agent", "您好，请问是陈雪女士本人吗？这里是安信金融客服中心。"],
        ["debtor", "是我。跟你们说一下，我试用期没过，上周被辞退了，现在一个人在外地，还在重新找工作。"],
        ["agent", "听到这个情况很抱歉。我先在系统里帮您备注困难情况，这段时间暂停提醒，您什么时候方便了可以主动联系我们。"],
        ["debtor", "谢谢你们体谅，我刚来这边。"],
        ["agent", "您多保重，一个人在外面注意身体，有需要随时打我们客服热线。"],
      ],
      [
        ["agent", "您好，是王浩先生吗？我是恒远金融的客户经理，跟您聊一下账户的情况。"],
        ["debtor", "你们不会打电话到我新公司去吧？我还在试用期，让领导知道就完了。"],
        ["agent", "请您放心，我们不会联系您的单位、同事或者其他任何人，这笔账只跟您本人沟通。"],
        ["debtor", "那要是我室友接了电话呢？"],
        ["agent", "我们只拨打您本人登记的号码，也不会向任何第三方透露您的借款信息。"],
        ["debtor", "那就好，我还担心呢。"],
        ["agent", "另外，如果这个月资金比较紧，您也可以申请分期方案，需要的话我把申请链接发到您手机上。"],
      ],
      [
        ["agent", "您好，请问是刘敏女士吗？我是佳信金融的小赵。"],
        ["debtor", "又是你们！你们这帮吸血鬼烦不烦，我刚搬家，到处都要花钱！"],
        ["agent", "理解您刚搬家开销大，我不多占用您时间。跟您说明一下，按照合同约定，逾期每天会按未还本金的万分之五计收罚息，这一条写在您签的合同第六条里。"],
        ["debtor", "又想多收我的钱是吧？"],
        ["agent", "不是额外收费，只是把合同里的内容跟您说清楚，除此之外不会收取任何其他费用。什么时候还款，您可以根据自己的情况安排。"],
        ["debtor", "行吧，我心里有数了。"],
        ["agent", "好的，感谢您接听，祝您在新城市一切顺利。"],
      ],
      [
        ["agent", "您好，是孙杰先生吗？我是华融易贷贷后部的工作人员。"],
        ["debtor", "我听同事说，欠钱不还会被抓，还会影响我在这边落户，是真的吗？"],
        ["agent", "不会的，这是民事借贷关系，不会因为逾期被抓，也不会影响您落户。实话跟您说，持续逾期会按合同约定报送征信，可能影响您以后申请贷款或者信用卡。"],
        ["debtor", "那我现在还有什么办法？"],
        ["agent", "您有权申请延期或者分期，也可以先向我们要一份完整的账单明细核对。您考虑好了再联系我们就行。"],
        ["debtor", "好，我想一想。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, may I speak with Lee Zhou? This is Kevin from the account services team at Starline Consumer Finance."],
        ["debtor", "That's me. I just started a new job out here and I'm still on probation, so I really can't take calls during work. Please stop calling me."],
        ["agent", "Understood. I've noted your request to stop phone contact, and we won't be calling you again."],
        ["debtor", "Okay, thanks. Still unpacking here."],
        ["agent", "You're welcome. Good luck with the new job. Goodbye."],
      ],
      [
        ["agent", "Hello, am I speaking with Shelley Chen? This is the customer service center at Anchor Finance."],
        ["debtor", "Yes. I should let you know I didn't make it through probation and got let go last week. I'm on my own out here and looking for work again."],
        ["agent", "I'm sorry to hear that. I'm putting a hardship note on your account and pausing reminders for now. Whenever you're ready, you can reach out to us."],
        ["debtor", "Thanks for bearing with me while I settle in."],
        ["agent", "Take care of yourself out there, and call our customer line anytime you need us."],
      ],
      [
        ["agent", "Hi, is this Howard Wang? I'm an account manager with Evermore Finance, calling about your account."],
        ["debtor", "You're not going to call my new office, are you? I'm still on probation. If my boss finds out, I'm done."],
        ["agent", "Please don't worry. We will not contact your employer, your coworkers, or anyone else. We only discuss this account with you."],
        ["debtor", "What if my roommate picks up?"],
        ["agent", "We only call the number you registered, and we never share your account information with a third party."],
        ["debtor", "Okay, good, one less thing."],
        ["agent", "Also, if money is tight this month, you can apply for an installment plan. I can text you the application link if you'd like."],
      ],
      [
        ["agent", "Hello, is this Megan Liu? This is Tony with Keystone Finance."],
        ["debtor", "You people again! You bloodsuckers never quit. I just moved and everything costs money!"],
        ["agent", "I understand moving is expensive, and I won't keep you long. Just so you know, under your agreement, late interest accrues at 0.05% of the unpaid principal per day. That's in section six of the contract you signed."],
        ["debtor", "So you're trying to squeeze more money out of me?"],
        ["agent", "It isn't an extra charge. I'm just explaining what's already in the contract, and there are no other fees beyond that. You can decide when to pay based on your situation."],
        ["debtor", "Fine. Got it."],
        ["agent", "Thanks for taking the call, and all the best."],
      ],
      [
        ["agent", "Hi, is this Jason Sun? I'm calling from the accounts department at Harbor Lending."],
        ["debtor", "A coworker told me you can get arrested for not paying, and that it could mess up my lease out here. Is that true?"],
        ["agent", "No. This is a civil debt. Nobody gets arrested for falling behind, and it has nothing to do with your lease. To be straight with you, if the account stays past due, it's reported to the credit bureaus as your agreement says, which could affect future loans or credit cards."],
        ["debtor", "So what can I do now?"],
        ["agent", "You have the right to ask for an extension or an installment plan, and you can request a full itemized statement to check first. Just get back to us once you've thought it over."],
        ["debtor", "Okay, let me look at my first paycheck and decide."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "我刚换工作，上班时间接不了电话，请你们别再给我打电话了。",
        "电话我们还是会继续联系的，你逾期的2400元今天之内必须还上，下班后马上处理。",
      ],
      ignored_attorney: [
        "这件事我已经委托律师处理了，有什么你们直接跟我的律师联系。",
        "律师归律师，钱是你本人借的，你今天先把最低还款额转过来。",
      ],
      ignored_dispute: [
        "这笔钱我搬家之前就已经全部还清了，是你们系统搞错了。",
        "我们系统显示你还欠3600元，请你今天下午五点前把这笔钱还上。",
      ],
      ignored_hardship: [
        "我试用期没过被辞退了，现在一个人在外地，连房租都交不起。",
        "工作的事我们管不了，逾期的1800元你这周五之前必须还清。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I just started a new job and I can't take calls at work. Please stop calling me.",
        "We're going to keep contacting you. The $240 past due needs to be paid today, so take care of it as soon as you're off work.",
      ],
      ignored_attorney: [
        "I've hired a lawyer to handle this. Whatever you need, talk to my attorney.",
        "Your lawyer is your business, but you're the one who borrowed this money. Send the minimum payment today.",
      ],
      ignored_dispute: [
        "I paid this off in full before I moved. Your system got it wrong.",
        "Our system shows a balance of $360, and I need that paid by five o'clock this afternoon.",
      ],
      ignored_hardship: [
        "I didn't pass probation and got fired. I'm alone out here and I can't even make rent.",
        "Your job situation isn't something we can deal with. The $180 past due has to be paid in full by Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "喂？我是他合租的室友，他今天手机忘在家里了，你有什么事？"],
      ["agent", "那麻烦你转告他，他在我们平台的借款已经逾期二十天了，还欠4300元没还。"],
    ],
    en: [
      ["third_party", "Hello? I'm his roommate. He left his phone at the apartment today. What's this about?"],
      ["agent", "Could you let him know his loan with us is twenty days overdue? He still owes $430."],
    ],
  },
};
