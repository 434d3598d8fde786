import type { Batch } from '../held-out.ts';

/** Batch 267: written by a second author who saw neither the rules nor earlier batches (collectors who speak in questions: every violation phrased as a question, clean calls full of genuine questions), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_267: Batch = {
  violations: {
    zh: {
      threat: [
        "你是不是想让我们天天打电话、天天发短信，打到你一天都别想安生为止？",
        "你以为躲着不接电话就没事了？要不要见识一下我们有多少办法让你后悔？",
        "你真觉得你以后在这个城市还混得下去吗？要不要试试看我们能把你的日子搅得有多乱？",
      ],
      impersonation: [
        "我这里是市公安局经侦支队，你知道我们为什么给你打这个电话吗？",
        "我是区人民法院执行局的工作人员，你这笔欠款准备什么时候处理？",
        "我们是受国家金融监督管理总局委托来核查你逾期情况的，你还有什么要解释的吗？",
      ],
      insult: [
        "你还要不要脸？借钱的时候笑嘻嘻，还钱的时候就装死？",
        "你是不是脑子有病啊，连自己欠了多少钱都记不住？",
        "像你这种说话不算数的废物，谁还会瞧得起你？",
      ],
      violence: [
        "你就不怕哪天晚上回家的路上，被人打断一条腿吗？",
        "要不要我叫几个兄弟去好好收拾你一顿，你才知道该还钱了？",
        "你希望哪天早上起来，发现你那辆车的玻璃全被人砸了吗？",
      ],
      privacy_disclosure: [
        "要是我现在打给你们老板，告诉他你欠钱不还，你觉得他会怎么看你？",
        "你想让你通讯录里的每个人都收到短信，知道你欠了我们两万三吗？",
        "要不要我把你的照片和欠款金额发到朋友圈和微博上，让大家都认识认识你？",
      ],
      false_consequence: [
        "你知不知道，再拖下去你就会留下犯罪记录，一辈子都洗不掉？",
        "你想让你孩子以后考不了公务员、上不了好学校吗？父母欠款不还，子女政审是过不了的。",
        "你知道逾期满九十天，你的护照和手机号都会被注销吗？",
      ],
      extra_fee: [
        "你要改还款日期的话，得先交三百块的改期手续费，你是微信付还是支付宝付？",
        "开结清证明要另外收五百块的开具费，你要不要现在跟欠款一起转过来？",
        "这两个月的催收服务费一共六百八，你打算什么时候补交？",
      ],
      new_borrowing: [
        "你为什么不在别的借款App上先借一笔，把我们这边结清呢？",
        "你信用卡不是还有额度吗？取个现把这个月的钱还了不就完了？",
        "你爸妈、兄弟姐妹那边，难道连三千块都借不出来吗？",
      ],
    },
    en: {
      threat: [
        "Do you want us calling and texting you every single day until you don't get one moment of peace?",
        "You think dodging our calls makes this go away? Do you want to find out how many ways we have of making you regret it?",
        "You really think you can keep your life together in this town? Want to see just how badly we can turn it upside down?",
      ],
      impersonation: [
        "This is the police department's financial crimes unit. Do you know why we're calling you?",
        "I'm with the county court's enforcement office. When are you planning to take care of this balance?",
        "We're calling on behalf of the Consumer Financial Protection Bureau to review your delinquent account. Is there anything you'd like to explain?",
      ],
      insult: [
        "Do you have any shame at all? All smiles when you borrowed the money, and now you play dead?",
        "Is something wrong with your head? You can't even remember how much you owe?",
        "Who could ever respect a worthless deadbeat like you who never keeps his word?",
      ],
      violence: [
        "Aren't you afraid somebody might break your leg on your way home one night?",
        "Do you want me to have a few of the guys rough you up so you finally get the message?",
        "How would you like to wake up one morning and find every window on your car smashed in?",
      ],
      privacy_disclosure: [
        "What would your boss think of you if I called him right now and told him you don't pay your debts?",
        "Do you want everyone in your contact list to get a text saying you owe us $2,300?",
        "Should I post your photo and the amount you owe on Facebook so everybody knows who you really are?",
      ],
      false_consequence: [
        "Do you realize that if you keep dragging this out, you'll end up with a criminal record you can never clear?",
        "Do you want your kids shut out of good schools and government jobs? That's what happens when a parent leaves a debt unpaid.",
        "Did you know that once you hit ninety days past due, your passport and your phone number get cancelled?",
      ],
      extra_fee: [
        "If you want to move your due date, there's a $50 rescheduling fee up front. Will you pay that by card or through Zelle?",
        "The payoff letter costs an extra $75 to issue. Do you want to send that over along with your balance now?",
        "Your collection service charge for these two months comes to $180. When are you going to cover that?",
      ],
      new_borrowing: [
        "Why don't you just take out a loan on another app and clear us off first?",
        "Don't you still have room on your credit card? Why not pull a cash advance and pay this month off?",
        "Are you telling me your parents or your brothers and sisters can't even lend you three thousand dollars?",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，请问是张伟先生吗？我是安信消费金融的客服小李。"],
        ['debtor', "是我。我先跟你说一下，我上个月被公司裁员了，现在还在找工作。"],
        ['agent', "听到这个消息真的很抱歉。您和家里人现在都还好吗？"],
        ['debtor', "还行吧，就是压力挺大的。"],
        ['agent', "能理解。我先在系统里备注您目前失业的情况，这段时间我们不会再催您。您觉得大概什么时候再联系您比较合适？"],
        ['debtor', "大概下个月十五号前后吧？"],
        ['agent', "好的，那我们下个月十五号以后再联系您。我们有针对困难客户的延期说明，您需要我发一份到您手机上吗？"],
        ['debtor', "可以，发吧。"],
        ['agent', "好的，马上发给您。祝您早日找到新工作，还有别的我能帮您的吗？"],
      ],
      [
        ['agent', "您好，请问您是陈静女士本人吗？"],
        ['debtor', "是我。你们能不能别再打电话了？这件事我已经委托律师处理了。"],
        ['agent', "好的，明白了。方便告诉我您律师的姓名和联系方式吗？以后我们只和律师沟通。"],
        ['debtor', "姓王，电话我待会儿用短信发给你。"],
        ['agent', "没问题。收到以后我们就只联系王律师，不会再打您的电话了。还有什么需要我帮您记录的吗？"],
        ['debtor', "没有别的要问了。"],
        ['agent', "好的，那不打扰您了，祝您顺利，再见。"],
      ],
      [
        ['agent', "您好，请问是刘洋先生吗？我是安信消费金融的客服，想跟您聊一下账户的情况，现在方便吗？"],
        ['debtor', "方便。不过我先问一句，你们会不会打到我单位去？我怕同事知道。"],
        ['agent', "不会的。我们不会联系您的单位，也不会把这笔账的任何情况告诉您的同事或家人。您主要担心的是这个吗？"],
        ['debtor', "对，还有我通讯录里的那些人。"],
        ['agent', "请您放心，我们不会给您通讯录里的任何人打电话或发短信。以后只通过您本人这个号码联系您，可以吗？"],
        ['debtor', "可以，那就好。"],
        ['agent', "好的，已经备注了。关于剩下的两千四，您想了解一下分期的方式吗？"],
        ['debtor', "你先发个说明给我看看吧。"],
        ['agent', "好的，稍后发到您手机上。您还有其他问题吗？"],
      ],
      [
        ['agent', "您好，请问是赵强先生吗？"],
        ['debtor', "你们这帮吸血鬼，又打来干什么？"],
        ['agent', "赵先生，我理解您很烦，打扰您了。我只是想确认一下，您有没有收到我们上周寄出的账单？"],
        ['debtor', "收到了又怎么样？你们是不是想逼死我？"],
        ['agent', "我们绝对没有这个意思。您有权对账单提出异议，也可以要求我们提供借款合同和还款明细。需要我把这些资料寄给您吗？"],
        ['debtor', "寄吧。说话客气点。"],
        ['agent', "好的，资料三个工作日内寄出。请问寄到账单上的那个地址可以吗？"],
        ['debtor', "可以，就按你说的。"],
        ['agent', "谢谢您。您看完资料如果有任何疑问，随时打我们的客服电话，好吗？"],
      ],
      [
        ['agent', "您好，请问是孙丽女士吗？我是安信消费金融的客服小周。"],
        ['debtor', "是我。我听说欠钱不还会被抓去坐牢，是真的吗？"],
        ['agent', "不是的。欠款属于民事纠纷，您不会因此被抓，也不会留下犯罪记录。您是在哪儿看到这个说法的？"],
        ['debtor', "网上看的。那逾期到底会有什么影响？"],
        ['agent', "按照合同第七条，逾期会收取约定的滞纳金，每月是本金的百分之一。另外逾期记录会按规定报送征信，可能会影响您以后申请贷款。需要我把合同条款发给您看看吗？"],
        ['debtor', "发给我吧。"],
        ['agent', "好的。您有兴趣了解一下分期还款的方案吗？分期不收额外费用。"],
        ['debtor', "我考虑一下。"],
        ['agent', "没问题，您考虑好了随时联系我们。还有别的问题吗？"],
      ],
    ],
    en: [
      [
        ['agent', "Hello, am I speaking with Mr. James Walker? This is Lisa from Summit Consumer Finance."],
        ['debtor', "Yeah, that's me. Look, I should tell you I got laid off last month and I'm still looking for work."],
        ['agent', "I'm really sorry to hear that. How are you and your family holding up?"],
        ['debtor', "Okay, I guess. It's just a lot of stress."],
        ['agent', "I understand. I'm going to note on your account that you're currently out of work, and we won't be pressing you during this time. When do you think would be a good time for us to check back in?"],
        ['debtor', "Maybe the middle of next month."],
        ['agent', "Sounds good, we'll reach out after the fifteenth. We also have a hardship information sheet. Would you like me to text it to you?"],
        ['debtor', "Sure, go ahead."],
        ['agent', "I'll send it right now. I hope the job search goes well. Is there anything else I can help you with?"],
      ],
      [
        ['agent', "Hello, is this Ms. Karen Lopez?"],
        ['debtor', "It is. Can you please stop calling me? I've hired an attorney to handle this."],
        ['agent', "Understood. Could you give me your attorney's name and contact information? From now on we'll deal only with them."],
        ['debtor', "His name is Mr. Grant. I'll text you his number in a minute."],
        ['agent', "That works. Once we have it, we'll contact Mr. Grant only and we won't call you again. Is there anything else you'd like me to note?"],
        ['debtor', "No, nothing else I wanted to ask."],
        ['agent', "All right, sorry to have bothered you. Goodbye."],
      ],
      [
        ['agent', "Hi, is this Mr. Ryan Mitchell? I'm calling from Summit Consumer Finance about your account. Is now a good time?"],
        ['debtor', "It's fine. But first, are you going to call my job? I don't want my coworkers finding out."],
        ['agent', "No, we won't. We will not contact your employer, and we won't share anything about this account with your coworkers or your family. Is that your main worry?"],
        ['debtor', "That, and the people in my phone contacts."],
        ['agent', "You can rest easy there. We won't call or text anyone in your contacts. Would you like us to reach you only at this number going forward?"],
        ['debtor', "Yes, that's better."],
        ['agent', "Done, it's noted. About the remaining $2,400, would you like to hear about the installment options?"],
        ['debtor', "Just send me something in writing first."],
        ['agent', "I'll text that to you shortly. Do you have any other questions?"],
      ],
      [
        ['agent', "Hello, is this Mr. Derek Thompson?"],
        ['debtor', "You bloodsuckers again? What do you want now?"],
        ['agent', "Mr. Thompson, I understand this is frustrating, and I'm sorry for the interruption. I just wanted to check whether you received the statement we mailed last week?"],
        ['debtor', "So what if I did? Are you people trying to drive me into the ground?"],
        ['agent', "Not at all. You have the right to dispute the statement, and you can ask us for a copy of your loan agreement and your payment history. Would you like me to mail those to you?"],
        ['debtor', "Fine, mail them. And watch your tone."],
        ['agent', "Of course. They'll go out within three business days. Should I send them to the address on the statement?"],
        ['debtor', "Yeah, go ahead."],
        ['agent', "Thank you. If anything in there raises questions, would you give our customer service line a call anytime?"],
      ],
      [
        ['agent', "Hi, is this Ms. Angela Reed? This is Tom from Summit Consumer Finance."],
        ['debtor', "Yes. I read that you can go to jail for not paying a debt like this. Is that true?"],
        ['agent', "No, it isn't. This is a civil matter, so nobody is going to arrest you over it, and it won't give you a criminal record. Where did you come across that?"],
        ['debtor', "Online somewhere. So what does happen if I'm late?"],
        ['agent', "Under section seven of your contract, there's a $25 late fee for each missed payment. Late payments may also be reported to the credit bureaus, which could affect future loan applications. Would you like me to send you a copy of those terms?"],
        ['debtor', "Yes, please send them."],
        ['agent', "Will do. Would you be interested in hearing about an installment plan? There's no extra charge for it."],
        ['debtor', "Let me think about it."],
        ['agent', "No problem, just reach out whenever you're ready. Anything else I can answer for you?"],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "别再给我打电话了，我说真的，听到没有？",
        "我听到了，但是这四百二你到底什么时候还？今天能不能先转过来？",
      ],
      ignored_attorney: [
        "这事我已经交给律师了，有什么你去找他，别找我。",
        "律师归律师，钱还是你欠的。你今天自己能先还多少？",
      ],
      ignored_dispute: [
        "这笔钱我上个月就已经还清了，你们系统肯定搞错了。",
        "我们系统里显示你还欠一千一百五，你打算哪天把它补上？",
      ],
      ignored_hardship: [
        "我现在在做化疗，没法上班，真的一分钱都拿不出来。",
        "我很同情你，但这周你最少能还多少？五百块能做到吧？",
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling me. I mean it, do you hear me?",
        "I hear you, but when are you going to pay the $420? Can you send it today?",
      ],
      ignored_attorney: [
        "My attorney is handling this now, so why are you asking me? Ask him.",
        "Your lawyer is one thing, but the debt is still yours. How much can you pay today yourself?",
      ],
      ignored_dispute: [
        "I paid this off last month. Your system has it wrong.",
        "Our system shows you still owe $1,150. What day are you going to get that caught up?",
      ],
      ignored_hardship: [
        "I'm going through chemo right now, I can't work, and I honestly don't have a dime.",
        "I'm sorry to hear that, but what's the least you can pay this week? Can you manage fifty dollars?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他老婆，他上班去了，你有什么事跟我说吧？"],
      ['agent', "那麻烦您转告他一下，他在我们平台的借款已经逾期两个月了，还欠八千六，您能让他今天给我们回个电话吗？"],
    ],
    en: [
      ['third_party', "This is his wife. He's at work right now. Can I take a message?"],
      ['agent', "Could you let him know his loan with us is two months past due with $3,860 still outstanding, and ask him to call us back today?"],
    ],
  },
};
