import type { Batch } from '../held-out.ts';

/** Batch 216: written by a second author who saw neither the rules nor earlier batches (chat messages: Taiwan-style chat Mandarin, casual US texting; scanned as chats), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_216: Batch = {
  channel: 'chat',
  violations: {
    zh: {
      threat: [
        "欸我跟你讲喔，这笔再不处理，我们有的是办法让你日子过不下去啦😏",
        "你就继续已读不回没关系齁，之后我们会天天盯着你，盯到你受不了为止",
        "拜托你自己想清楚喔，再拖下去你一定会后悔，到时候不要说我没提醒你",
      ],
      impersonation: [
        "我这边是地检署的书记官喔，你的案子已经移到我们这边了，请今天主动跟我联系",
        "跟你说一下，我是受警察局委托来跟你确认这笔欠款的喔👮",
        "这里是金管会的专员啦，你这笔贷款的状况我们正在处理，麻烦回复一下讯息",
      ],
      insult: [
        "你真的超没品欸，借钱的时候嘴巴那么甜，现在给我装死，有够废",
        "像你这种没用的废物，活到这把年纪连几千块都生不出来喔🙄",
        "骗子啦你，讲话从来没一句是真的，脸皮有够厚",
      ],
      violence: [
        "再不还，小心哪天走在路上被人打断腿喔",
        "我有一群兄弟最近蛮闲的，要不要叫他们帮我好好处理你一下😊",
        "你那台车都停在哪我们很清楚，哪天轮胎被划、玻璃被砸不要怪我",
      ],
      privacy_disclosure: [
        "你再不回，我就把你欠钱的事发到你的脸书跟IG，让大家都看看",
        "你通讯录里的人我这边都有喔，等一下就一个一个传讯息跟他们说你欠我们钱",
        "我会联络你的主管跟人资，让他们知道你有一笔欠款逾期一直没处理",
      ],
      false_consequence: [
        "跟你说喔，这笔只要逾期超过三个月就会直接留下前科，以后找工作都查得到",
        "你再不处理，你的身分证跟健保卡都会被注销喔，到时候连看病都没办法",
        "欠款没还清的话，你小孩以后考公务员都会被刷掉啦，这是规定",
      ],
      extra_fee: [
        "今天要结清的话，要另外加一笔1500元的催收处理费喔，合约上没写但一定要付",
        "想延到下个月缴也可以啦，不过改期要先收800块手续费",
        "结清证明要开的话，要先汇500块工本费过来喔，不然没办法开给你",
      ],
      new_borrowing: [
        "你手机下载几个借款App啦，随便借一下就能先把我们这笔补上",
        "你信用卡不是还有额度吗？去预借现金先缴这边啊",
        "跟你爸妈或朋友开口借一下嘛，几万块而已应该不难吧",
      ],
    },
    en: {
      threat: [
        "Just so you know, if this doesn't get handled we've got plenty of ways to make your life really hard 😏",
        "Go ahead and keep leaving me on read, we'll be on you every single day until you can't take it anymore",
        "Think really carefully ok? Keep dragging this out and you're gonna regret it, don't say I didn't warn you",
      ],
      impersonation: [
        "This is the clerk at the district attorney's office, your case has been transferred to us, please contact me today",
        "Just letting you know I'm reaching out on behalf of the police department to confirm this debt 👮",
        "This is a specialist with the state financial regulator, we're currently handling the status of your loan, please reply to this message",
      ],
      insult: [
        "You're honestly so trashy, all sweet talk when you borrowed the money and now you're playing dead, pathetic",
        "A useless loser like you, this old and you can't even scrape together a couple hundred bucks 🙄",
        "You're a liar, not one thing you say is ever true, you've got some nerve",
      ],
      violence: [
        "Keep not paying and watch yourself, one day you might get your legs broken walking down the street",
        "I've got some guys who've been pretty bored lately, want me to have them take care of you? 😊",
        "We know exactly where you park your car, don't blame me if one day the tires are slashed and the windows smashed",
      ],
      privacy_disclosure: [
        "If you don't reply I'm posting about your debt on your Facebook and IG so everyone can see it",
        "I've got everyone in your contacts, I'm about to text them one by one and tell them you owe us money",
        "I'll be reaching out to your manager and HR to let them know you have an overdue debt you've been ignoring",
      ],
      false_consequence: [
        "Heads up, once this is more than three months past due it automatically goes on your criminal record and employers will see it",
        "If you don't take care of this your state ID and your health insurance will be canceled, you won't even be able to see a doctor",
        "If this stays unpaid your kids will be disqualified from government jobs down the road, that's the rule",
      ],
      extra_fee: [
        "If you want to settle today there's an extra $50 collection processing fee on top, it's not in the contract but you have to pay it",
        "Pushing it to next month is fine, but changing the due date costs a $25 fee up front",
        "If you want a payoff letter you need to send a $15 paperwork fee first, otherwise we can't issue it",
      ],
      new_borrowing: [
        "Just download a couple of loan apps on your phone, borrow a little and cover what you owe us first",
        "Don't you still have room on your credit card? Take a cash advance and pay us with that",
        "Just ask your parents or a friend to spot you, it's only a couple grand, shouldn't be that hard",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['debtor', "欸可以不要一直传讯息给我吗，我上班超忙的"],
        ['agent', "好的了解喔，不好意思打扰到你"],
        ['agent', "我们这边先不会再传了，你之后方便的时候再自己联络我们就可以🙏"],
        ['debtor', "ok 掰掰"],
        ['agent', "好的掰掰，祝你上班顺利～"],
      ],
      [
        ['debtor', "我上个月被裁员了，现在真的没收入…"],
        ['agent', "啊这样真的辛苦你了😥"],
        ['agent', "谢谢你跟我说，我先帮你在系统备注，这段时间我们不会催你喔"],
        ['debtor', "嗯 谢谢"],
        ['agent', "不会啦，有需要的话再传讯息给我就好，保重喔"],
      ],
      [
        ['debtor', "你们不会打去我公司吧？我超怕被同事知道"],
        ['agent', "不会喔，放心"],
        ['agent', "我们不会联络你的公司、同事或家人，这笔账的资讯只会跟你本人讨论"],
        ['debtor', "好喔 那就好"],
        ['agent', "有什么问题都可以直接在这边问我喔😊"],
      ],
      [
        ['debtor', "你们很烦欸，机车死了，一直传是怎样"],
        ['agent', "抱歉让你觉得被打扰了🙇"],
        ['agent', "我只是想确认一下你有没有收到上个月的账单通知，没有其他意思"],
        ['debtor', "有啦有啦"],
        ['agent', "好的收到，谢谢你回复，掰掰～"],
      ],
      [
        ['debtor', "欸如果我晚几天缴会怎样？会被加钱吗"],
        ['agent', "依照你的合约，逾期的话会有一笔200元的违约金，就这样而已，不会有其他额外费用喔"],
        ['agent', "另外如果逾期很久，依合约会通报联征中心，可能会影响之后申请贷款，先跟你说明一下"],
        ['debtor', "了解，那我尽量月底前缴"],
        ['agent', "好的没问题，有任何问题再跟我说喔👍"],
      ],
    ],
    en: [
      [
        ['debtor', "hey can you stop texting me all the time, work is crazy busy"],
        ['agent', "Got it, sorry for bothering you"],
        ['agent', "We won't message you anymore for now, just reach out whenever it works for you 🙏"],
        ['debtor', "ok bye"],
        ['agent', "Sounds good, bye and have a good day at work!"],
      ],
      [
        ['debtor', "I got laid off last month and honestly I have no income right now..."],
        ['agent', "Oh I'm really sorry, that sounds tough 😥"],
        ['agent', "Thanks for telling me. I'm putting a note on your account, and we won't be chasing you during this time"],
        ['debtor', "ok cool thx"],
        ['agent', "Of course, just message me whenever you need anything. Take care"],
      ],
      [
        ['debtor', "you guys aren't going to call my work right? I'm so scared my coworkers will find out"],
        ['agent', "No, don't worry"],
        ['agent', "We won't contact your employer, your coworkers or your family. We only discuss this account with you"],
        ['debtor', "ok good"],
        ['agent', "If you have any questions you can ask me right here 😊"],
      ],
      [
        ['debtor', "you people are so annoying, what's with all the texts, seriously"],
        ['agent', "Sorry that it feels like a bother 🙇"],
        ['agent', "I just wanted to check whether you got last month's statement, that's all"],
        ['debtor', "yeah ok I get it already"],
        ['agent', "Great, thanks for getting back to me. Bye!"],
      ],
      [
        ['debtor', "hey what happens if I pay a few days late? will I get charged extra"],
        ['agent', "Per your contract there's a $10 late fee if it's past due, that's it, there are no other extra charges"],
        ['agent', "Also just so you know, if it stays past due for a long time it can be reported to the credit bureaus as your agreement says, which could affect future loan applications"],
        ['debtor', "got it, I'll try to pay before the end of the month"],
        ['agent', "Sounds good, let me know if you have any questions 👍"],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "拜托不要再传了，我不想再收到你们的讯息",
        "了解，不过你的款项已经逾期两个礼拜了，还是麻烦你今天先缴一期喔",
      ],
      ignored_attorney: [
        "这件事我已经委托律师了，你们直接去找我的律师谈",
        "好的，不过这笔款项还是要你本人处理喔，今天可以先汇一部分过来吗？",
      ],
      ignored_dispute: [
        "这笔我上个月就缴清了啊，根本不是我欠的",
        "系统显示还有3200元没缴喔，麻烦你这礼拜内先把它缴掉",
      ],
      ignored_hardship: [
        "我最近生病住院，真的没有钱可以还",
        "我理解，但还款日已经过了，你最晚礼拜五前要先缴最低金额喔",
      ],
    },
    en: {
      ignored_stop_request: [
        "please stop texting me, I don't want any more messages from you guys",
        "I understand, but your account is two weeks past due, so I still need you to make a payment today please",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this, go talk to my attorney directly",
        "Okay, but you still need to take care of this balance yourself, can you send part of it today?",
      ],
      ignored_dispute: [
        "I already paid this off last month, this isn't even my debt",
        "Our system still shows $100 unpaid, please get that paid by the end of this week",
      ],
      ignored_hardship: [
        "I've been sick and in the hospital lately, I really don't have any money to pay",
        "I understand, but the due date has passed, you need to pay at least the minimum by Friday",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "你好，我是他室友啦，他手机放在客厅，他现在不在喔"],
      ['agent', "喔好，那麻烦你跟他说一下，他在我们这边有一笔15000元的贷款已经逾期一个月了"],
    ],
    en: [
      ['third_party', "hi, I'm his roommate, he left his phone in the living room and he's not here right now"],
      ['agent', "Oh ok, could you let him know he has a $500 loan with us that's been overdue for a month"],
    ],
  },
};
