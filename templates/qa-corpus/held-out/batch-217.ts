import type { Batch } from '../held-out.ts';

/** Batch 217: written by a second author who saw neither the rules nor earlier batches (ordinary everyday collection calls of a consumer-finance company, no theme), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_217: Batch = {
  violations: {
    zh: {
      threat: [
        '你要是再这么一直拖着，我跟你保证，你以后的日子不会好过的。',
        '我们有的是办法让你把钱吐出来，真到那一步你可别后悔。',
        '这事儿没完，从今天起我天天盯着你，盯到你受不了为止。',
      ],
      impersonation: [
        '我是辖区派出所的民警，今天联系你是为了你欠贷款没还的事。',
        '我这边代表金融监管局给您打电话，核实一下您名下的逾期情况。',
        '这里是区检察院，你这笔欠款我们已经注意到了，请你配合处理。',
      ],
      insult: [
        '你这人脸皮怎么这么厚啊，借钱的时候一副嘴脸，还钱的时候又换一副。',
        '说实话，你就是个废物，连这么点钱都还不上。',
        '你这种没良心的东西，难怪身边没一个人看得起你。',
      ],
      violence: [
        '再不还钱，小心哪天晚上走在路上被人把腿打断。',
        '我手底下有几个兄弟，动起手来没轻没重的，你最好别逼我叫他们。',
        '你那辆车停在楼下挺显眼的，哪天车窗全被砸了可别怪我们。',
      ],
      privacy_disclosure: [
        '你今天要是不还，我就把你欠钱的事告诉你们公司领导和同事。',
        '你通讯录里的人我们这边都有，一会儿我就挨个打过去，让他们都知道你欠钱不还。',
        '我们会把你的照片和欠款金额发到你们小区的业主群里去。',
      ],
      false_consequence: [
        '这笔钱逾期超过九十天就会被认定为诈骗，你会直接留下案底。',
        '再不还的话，你的身份证和手机号都会被冻结，到时候连机票都买不了。',
        '从下个月开始，你的工资会被直接扣下来还这笔钱，根本不用经过法院。',
      ],
      extra_fee: [
        '您今天要还的话，还得另外交三百块钱的催收服务费。',
        '还款日想往后推一周也行，不过得先交两百元的改期手续费。',
        '结清之后要开结清证明的话，需要另外收一百五十元的开具费。',
      ],
      new_borrowing: [
        '你手机上不是还能下别的借款APP吗，先在那边借一笔出来把我们这儿还了。',
        '你信用卡应该还有额度吧，取个现出来，今天就能把这笔结清。',
        '跟你爸妈或者朋友开个口借一下，这点钱总能凑出来的。',
      ],
    },
    en: {
      threat: [
        'If you keep dragging this out, I promise you, life is not going to be easy for you from here on.',
        'We have plenty of ways to get this money out of you, and when it comes to that, you are going to regret it.',
        'This is not over. Starting today I will be on you every single day until you cannot take it anymore.',
      ],
      impersonation: [
        'This is an officer with your local police precinct, and I am contacting you about the loan you have not paid.',
        'I am calling on behalf of the state financial regulator to verify the delinquent account in your name.',
        'This is the district attorney\'s office. We have taken notice of your unpaid balance and we need your cooperation.',
      ],
      insult: [
        'How shameless can you be? You had one face when you borrowed the money and a completely different one now that it is time to pay.',
        'Honestly, you are a worthless loser who cannot even pay back this little bit.',
        'Someone as heartless as you, no wonder not one person around you respects you.',
      ],
      violence: [
        'Keep not paying, and one night on your way home somebody might just break your legs.',
        'I have a few guys working with me who do not know when to stop once they start swinging, so do not make me call them.',
        'That car of yours parked out front really stands out. If the windows all get smashed one day, do not blame us.',
      ],
      privacy_disclosure: [
        'If you do not pay today, I am going to tell your manager and your coworkers that you owe us money.',
        'We have everyone in your contact list, and in a minute I am going to call them one by one so they all know you do not pay your debts.',
        'We are going to post your photo and the amount you owe in your neighborhood residents\' group chat.',
      ],
      false_consequence: [
        'Once this goes past ninety days it gets classified as fraud, and you will have a criminal record.',
        'If this stays unpaid, your ID and your phone number will be frozen, and you will not even be able to buy a plane ticket.',
        'Starting next month your paycheck will be garnished automatically to cover this, and no court needs to be involved.',
      ],
      extra_fee: [
        'If you want to pay today, there is also a three hundred dollar collection service fee on top of that.',
        'You can move your due date back a week, but first you will need to pay a two hundred dollar rescheduling fee.',
        'Once it is paid off, if you want a payoff letter, there is a separate one hundred fifty dollar fee to issue it.',
      ],
      new_borrowing: [
        'You can download another loan app on your phone, right? Take out a loan there and pay us off first.',
        'Your credit card should still have some room on it. Pull out a cash advance and you can settle this today.',
        'Just ask your parents or a friend to lend it to you. You can surely scrape this much together.',
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是王丽女士本人吗？'],
        ['debtor', '是我，什么事？'],
        ['agent', '王女士您好，我是恒信消费金融的客服小刘，想跟您沟通一下您分期账户的情况。'],
        ['debtor', '我现在在上班，真不方便说这个。'],
        ['agent', '好的，理解。那您看什么时候接电话比较方便？'],
        ['debtor', '晚上七点过后再打吧。'],
        ['agent', '好的，我这边备注上了，七点以后再联系您。不打扰您工作了，再见。'],
      ],
      [
        ['agent', '您好，请问是张强先生吗？'],
        ['debtor', '对，我是。'],
        ['agent', '张先生您好，我是恒信消费金融的，来电是想了解一下您账户的还款情况。'],
        ['debtor', '我上个月被公司裁了，现在还在找工作，手上真的没钱。'],
        ['agent', '明白了，很遗憾听到这个消息。我先在系统里给您做个备注，我们有针对困难客户的协商方案，会有同事把资料发到您的邮箱，您看完再决定要不要联系我们，不着急。'],
        ['debtor', '好的，多谢你了。'],
        ['agent', '不客气，祝您早日找到合适的工作。'],
      ],
      [
        ['agent', '您好，请问是李明先生本人吗？'],
        ['debtor', '是我。'],
        ['agent', '李先生您好，我是恒信消费金融的小陈，您这个月的分期已经过了还款日五天，打电话提醒您一下。'],
        ['debtor', '你们不会打到我单位去吧？之前有人说你们会找我领导。'],
        ['agent', '不会的，请您放心。我们不会联系您的单位，也不会把您的账户情况透露给任何其他人，这是我们必须遵守的规定。'],
        ['debtor', '那就好。我这周五发工资就还上。'],
        ['agent', '好的，那我给您记上周五。有任何问题随时拨打我们的客服热线。'],
      ],
      [
        ['agent', '您好，请问是赵磊先生吗？我是恒信消费金融的。'],
        ['debtor', '又是你们，烦不烦啊，一天到晚就知道要钱！'],
        ['agent', '抱歉打扰您了。我只是跟您说明一下，按照您签的合同，逾期会按日产生万分之五的罚息，目前累计是十二块六毛。什么时候处理您自己安排就好。'],
        ['debtor', '行了行了，别再念叨了。'],
        ['agent', '好的，不耽误您时间了，有需要可以随时联系我们。'],
      ],
      [
        ['agent', '您好，请问是陈静女士吗？'],
        ['debtor', '是我。'],
        ['agent', '陈女士您好，我是恒信消费金融的，您的账户目前逾期了二十天，想跟您沟通一下。'],
        ['debtor', '我要是一直还不上，会不会被抓去坐牢啊？'],
        ['agent', '不会的，欠款属于民事问题，不会因为这个被抓。需要如实告诉您的是，逾期记录会按规定报送征信，可能会影响您以后申请贷款。'],
        ['debtor', '那可以分成几期来还吗？'],
        ['agent', '可以的，我们可以帮您申请还款计划，每月金额您可以根据自己的收入来选。'],
        ['debtor', '行，你把方案发给我看看吧。'],
        ['agent', '好的，稍后短信发给您。'],
      ],
    ],
    en: [
      [
        ['agent', 'Hi, may I speak with Lisa Wang, please?'],
        ['debtor', 'This is she. What is it about?'],
        ['agent', 'Hi Ms. Wang, this is Karen with Crestline Consumer Finance. I wanted to talk with you about your installment account.'],
        ['debtor', 'I am at work right now, this really is not a good time.'],
        ['agent', 'Of course, I understand. When would be a better time to reach you?'],
        ['debtor', 'After seven in the evening, I guess.'],
        ['agent', 'Got it, I have made a note to call after seven. I will let you get back to work. Have a good day.'],
      ],
      [
        ['agent', 'Hello, is this Mark Zhang?'],
        ['debtor', 'Yep, that is me.'],
        ['agent', 'Hi Mr. Zhang, I am calling from Crestline Consumer Finance to check in about the payment status on your account.'],
        ['debtor', 'I got laid off last month. I am still looking for work and I honestly do not have the money.'],
        ['agent', 'I see, I am sorry to hear that. I am going to put a note on your account. We do have hardship options, and a colleague will email you the details. Take a look whenever you are ready and decide if you want to reach out. There is no rush.'],
        ['debtor', 'Okay then, thanks a bunch.'],
        ['agent', 'You are welcome. I hope the job search goes well.'],
      ],
      [
        ['agent', 'Hi, am I speaking with Michael Lee?'],
        ['debtor', 'Yes, that is me.'],
        ['agent', 'Hi Mr. Lee, this is Chris with Crestline Consumer Finance. Your installment this month is five days past the due date, so I am just calling with a reminder.'],
        ['debtor', 'You are not going to call my job, are you? Someone told me you guys contact people\'s bosses.'],
        ['agent', 'No, please do not worry. We will not contact your employer, and we will not share anything about your account with anyone else. Those are rules we are required to follow.'],
        ['debtor', 'Good. I get paid Friday, so I will pay it then.'],
        ['agent', 'Great, I will note Friday. If anything comes up, feel free to call our customer service line.'],
      ],
      [
        ['agent', 'Hello, is this Ray Zhao? I am calling from Crestline Consumer Finance.'],
        ['debtor', 'You people again? Give it a rest, all you ever do is ask for money!'],
        ['agent', 'I am sorry for the bother. I just wanted to let you know that under the contract you signed, late interest accrues at 0.05 percent a day, and so far that comes to twelve dollars and sixty cents. You can handle it whenever it works for you.'],
        ['debtor', 'Yeah, yeah, I get it. Enough already.'],
        ['agent', 'Understood, I will not take up any more of your time. Reach out to us anytime if you need anything.'],
      ],
      [
        ['agent', 'Hi, may I speak with Jennifer Chen?'],
        ['debtor', 'Yes, this is she.'],
        ['agent', 'Hi Ms. Chen, I am with Crestline Consumer Finance. Your account is currently twenty days past due, and I wanted to go over it with you.'],
        ['debtor', 'If I can never pay this, am I going to get arrested and go to jail?'],
        ['agent', 'No, you will not. A debt like this is a civil matter, and nobody gets arrested over it. To be upfront with you, though, late payments do get reported to the credit bureaus as required, and that can affect future loan applications.'],
        ['debtor', 'Could I pay it off in a few installments instead?'],
        ['agent', 'Yes, we can help you set up a payment plan, and you can pick a monthly amount that fits your income.'],
        ['debtor', 'Okay, send me the plan and I will look at it.'],
        ['agent', 'Sure, I will text it to you shortly.'],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '我跟你们说过好多次了，别再给我打电话了。',
        '您先别挂，您这笔欠款已经逾期两个月了，今天到底能还多少？',
      ],
      ignored_attorney: [
        '这件事我已经委托律师处理了，你们直接去联系他吧。',
        '律师归律师，钱还是得您来还，今天下午之前能不能先转一千过来？',
      ],
      ignored_dispute: [
        '这笔钱我上个月就全部还清了，你们是不是搞错了？',
        '我们系统显示还没结清，您还是先把这期的八百块还上吧。',
      ],
      ignored_hardship: [
        '我刚做完手术，现在还在医院躺着，实在拿不出钱来。',
        '我理解，但这期款已经逾期了，最晚这周五必须到账，您看怎么安排？',
      ],
    },
    en: {
      ignored_stop_request: [
        'I have told you people so many times, stop calling me.',
        'Please do not hang up. This balance is two months past due, so how much can you pay today?',
      ],
      ignored_attorney: [
        'I have already handed this over to my lawyer. Contact him directly.',
        'Your lawyer is one thing, but the money still has to come from you. Can you send a thousand before this afternoon?',
      ],
      ignored_dispute: [
        'I paid this off in full last month. You must have made a mistake.',
        'Our system still shows it open, so please go ahead and pay this month\'s eight hundred.',
      ],
      ignored_hardship: [
        'I just had surgery and I am still in the hospital. I really cannot come up with the money.',
        'I understand, but this payment is already late, and it has to be in by Friday at the latest. How do you want to arrange it?',
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他出门了，手机落在家里了。'],
      ['agent', '那麻烦您转告他一下，他在我们这儿的贷款已经逾期四十天了，还有六千三百元没还。'],
    ],
    en: [
      ['third_party', 'This is his wife. He stepped out and left his phone at home.'],
      ['agent', 'Then could you please let him know that his loan with us is forty days past due, and there is still six thousand three hundred dollars outstanding?'],
    ],
  },
};
