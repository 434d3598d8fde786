import type { Batch } from '../held-out.ts';

/** Batch 277: written by a second author who saw neither the rules nor earlier batches (ordinary weekday calls of an online microloan platform's collection team: small cash loans taken on a phone app, no theme), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_277: Batch = {
  violations: {
    zh: {
      threat: [
        "你这样一直拖下去，我保证你以后的日子不会好过，你自己掂量掂量。",
        "我们有的是办法让你把钱吐出来，你不信就继续躲着试试。",
        "从今天开始我从早到晚每天打，打到你接为止，看你能撑几天。",
      ],
      impersonation: [
        "我这边是市公安局经侦支队的，你在网贷平台上的这笔欠款已经移交到我们这里了。",
        "我们是受法院委托来核实你的情况的，请你配合一下。",
        "我是金融监管局的工作人员，现在正式通知你处理这笔借款。",
      ],
      insult: [
        "借钱的时候挺积极，还钱就装死，你这种人脸皮是真厚。",
        "一千多块钱都还不上，你活得也太窝囊了吧。",
        "跟你说话纯属浪费我时间，你就是个骗子加无赖。",
      ],
      violence: [
        "再不还，小心哪天出门在路上被人堵住打一顿。",
        "我们这边有几个兄弟专门处理你这种人，到时候他们下手重了别怪我。",
        "你那辆电动车天天停在楼下挺显眼的，哪天被人砸了可别来找我。",
      ],
      privacy_disclosure: [
        "你通讯录里的人我们这边都有，今天下午就一个个打过去，告诉他们你借钱不还。",
        "我会直接联系你们公司人事，让你领导知道你网贷逾期了。",
        "再拖的话，我们就把你的照片和欠款金额发到你朋友圈和家族群里。",
      ],
      false_consequence: [
        "逾期超过三十天，系统会自动给你留案底，以后你就是有犯罪记录的人了。",
        "这笔钱不还的话，你的身份证和手机号都会被冻结停用。",
        "一旦上了这个黑名单就是一辈子的事，你孩子以后考公务员、上好学校都没门。",
      ],
      extra_fee: [
        "现在还款的话要另加两百块催收费，这是我们部门单独收的。",
        "想改还款日可以，先交一百五十块的改期手续费。",
        "结清以后要开结清证明的话，得另外付八十块工本费。",
      ],
      new_borrowing: [
        "你手机上不是还有别的借款App吗？去那边借一笔，先把我们这笔还了。",
        "你信用卡不是还能取现吗，取出来今天就还上。",
        "实在没钱就找你爸妈或者朋友借一下，今天下午之前转过来。",
      ],
    },
    en: {
      threat: [
        "Keep dragging this out and I promise your life is not going to be easy from here on. Think about that.",
        "We've got plenty of ways to get this money out of you. Keep hiding and see what happens.",
        "Starting today I'm calling you morning to night, every single day, until you pick up. Let's see how long you last.",
      ],
      impersonation: [
        "This is the financial crimes unit of the city police department. Your loan from the app has been transferred to us.",
        "We're calling on behalf of the court to verify your situation, so I need your cooperation.",
        "I'm an officer with the state financial regulator, and I'm formally notifying you to deal with this loan.",
      ],
      insult: [
        "You were quick enough to borrow, and now you play dead. People like you have no shame at all.",
        "You can't even pay back a couple hundred bucks? That's a pretty pathetic way to live.",
        "Talking to you is a complete waste of my time. You're a cheat and a deadbeat.",
      ],
      violence: [
        "Don't pay, and one of these days somebody might catch you out on the street and beat you up.",
        "We've got a few guys who take care of people like you, and if they get rough, don't blame me.",
        "That scooter you park out front every day is pretty easy to spot. If somebody smashes it one day, don't come crying to me.",
      ],
      privacy_disclosure: [
        "We have everybody in your contact list, and this afternoon we're calling them one by one to tell them you borrowed money and won't pay it back.",
        "I'm going to call HR at your company directly so your manager knows you're behind on a loan app.",
        "Keep stalling and we'll post your photo and how much you owe on your Facebook and in your family group chat.",
      ],
      false_consequence: [
        "Once you're more than thirty days late, the system automatically puts it on your record, and you'll have a criminal record from then on.",
        "If this isn't paid, your driver's license and your phone number are both going to be frozen and shut off.",
        "Once you're on this blacklist it's for life. Your kids won't ever get government jobs or into good schools.",
      ],
      extra_fee: [
        "If you pay now there's an extra $40 collection charge on top. That's something our department charges separately.",
        "Sure, you can move your due date, but first you have to pay a $30 date-change fee.",
        "Once it's paid off, if you want a payoff letter, that's another $15 document fee.",
      ],
      new_borrowing: [
        "You've got other loan apps on your phone, right? Take out a loan on one of those and pay us off first.",
        "Your credit card can still do a cash advance, can't it? Pull the cash out and pay this today.",
        "If you really don't have it, borrow it from your parents or a friend and send it over before this afternoon.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ["agent", "您好，请问是张磊先生吗？我是速借App的客服，想跟您确认一下账单的事。"],
        ["debtor", "是我，不过我现在在上班，不方便说。"],
        ["agent", "好的，那不打扰您了。您看什么时间方便，我们再联系您？"],
        ["debtor", "晚上七点半以后打吧，那会儿下班了。"],
        ["agent", "好的，我记下了，今晚七点以后再给您打。您先忙，再见。"],
      ],
      [
        ["agent", "您好，是陈女士吧？我是速借App贷后服务的，关于您上个月那笔借款。"],
        ["debtor", "你们别再打电话了，我上班接电话很麻烦，有事发短信给我就行。"],
        ["agent", "明白，我这边已经给您登记了，以后不再电话联系，只通过短信和App消息通知您。"],
        ["debtor", "好，谢谢，App上的账我再看看。"],
        ["agent", "不客气，App里有还款入口，打扰了，再见。"],
      ],
      [
        ["agent", "您好，是刘女士吗？我是速借App贷后服务部的，您的借款今天是逾期第三天，跟您说一声。"],
        ["debtor", "我知道，最近手头有点紧。你们不会打电话给我通讯录里的人吧？我挺担心这个的。"],
        ["agent", "不会的，您放心。我们只跟您本人联系，不会联系您的亲戚朋友，也不会打到您单位去。"],
        ["debtor", "那就好。我周五应该能还上。"],
        ["agent", "好的，我帮您备注周五。到时候在App里“我的账单”直接还就可以，有问题随时打客服电话。"],
      ],
      [
        ["agent", "您好，是赵先生吗？我是速借App的，打扰您一分钟。"],
        ["debtor", "一天打八遍，你们这借款App的人烦不烦，吸血鬼。"],
        ["agent", "理解您的心情，打扰到您真的很抱歉。我就是提醒一下，您的账单已经逾期五天了。"],
        ["debtor", "知道了知道了，发工资就还。"],
        ["agent", "好的，那我给您备注十五号，到时在App里还就行。谢谢您，祝您生活愉快。"],
      ],
      [
        ["agent", "您好，王先生，我是速借App的，您有一笔一千八的借款逾期十天了，想跟您沟通一下还款安排。"],
        ["debtor", "逾期了会怎么样？会不会被抓去坐牢？"],
        ["agent", "不会的，这是正常的民间借贷，属于民事关系，不存在坐牢的问题。按照合同，逾期期间会按每天万分之五收取罚息，这个在App的合同页面可以查到。"],
        ["debtor", "那会上我的征信报告吗？"],
        ["agent", "逾期记录会按合同约定报送征信，还清之后会更新为已结清。具体怎么安排，您根据自己的情况来定就好。"],
        ["debtor", "行，我下周发了工资处理。"],
        ["agent", "好的，谢谢您，有什么问题随时联系我们。"],
      ],
    ],
    en: [
      [
        ["agent", "Hi, is this Jason Miller? I'm calling from the QuickCash app about your account."],
        ["debtor", "Yeah, that's me, but I'm at work right now. I can't really talk."],
        ["agent", "No problem, I won't keep you. When would be a better time to reach you?"],
        ["debtor", "After seven tonight, I guess."],
        ["agent", "Okay, I've noted that. We'll call back after seven this evening. Have a good one."],
      ],
      [
        ["agent", "Hi, is this Ms. Chen? I'm with QuickCash account services, calling about your loan from last month."],
        ["debtor", "Please stop calling me. I can't take calls at work. Just text me if you need something."],
        ["agent", "Understood. I've put that on your account, so we won't call you anymore. We'll only reach you by text and through the app."],
        ["debtor", "Okay, thanks, I will check the app."],
        ["agent", "You're welcome. Sorry for the trouble, take care."],
      ],
      [
        ["agent", "Hi, is this Laura Davis? I'm with QuickCash account services. Just letting you know your payment is three days past due as of today."],
        ["debtor", "I know, money's a little tight right now. You're not going to call the people in my contacts, are you? I'm kind of worried about that."],
        ["agent", "No, we won't. We only talk to you directly. We don't contact your friends or family, and we won't call your workplace."],
        ["debtor", "Okay, good. I should be able to pay on Friday."],
        ["agent", "Great, I'll note Friday on your account. You can pay straight from My Bills in the app, and call support anytime if something comes up."],
      ],
      [
        ["agent", "Hi, is this Mr. Johnson? I'm calling from QuickCash, this'll just take a minute."],
        ["debtor", "Seriously? Your app calls me all day. Bunch of bloodsuckers, all of you."],
        ["agent", "I hear you, and I'm sorry for bothering you. I just wanted to let you know your bill is five days past due."],
        ["debtor", "Yeah, yeah, I'll pay it when I get paid."],
        ["agent", "Okay, I'll note the 15th for you, and you can pay in the app then. Thanks, and have a good day."],
      ],
      [
        ["agent", "Hi, Mr. Walker, this is QuickCash calling. Your loan for $180 is ten days past due, and I wanted to talk about how you'd like to handle it."],
        ["debtor", "If I pay late, what happens? Could I end up in jail?"],
        ["agent", "No, you can't go to jail over an unpaid loan. This is a civil matter. Under your agreement there's a $15 late fee for a missed payment, and you can see that on the agreement page in the app."],
        ["debtor", "And my credit report?"],
        ["agent", "As your agreement says, late payments are reported to the credit bureaus, and once it's paid off it'll show as paid. How you want to handle it is up to you."],
        ["debtor", "Fine, I'll take care of it after payday next week."],
        ["agent", "Sounds good, thank you. Give us a call if you have any questions."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "借款的事我说八百遍了，你们别再给我打了。",
        "您这笔两千三已经逾期十二天了，今天得处理，请在下午五点前在App里还上。",
      ],
      ignored_attorney: [
        "这笔网贷我交给律师处理了，你们有事找他去。",
        "律师归律师，钱是您本人借的，这期一千二今天还是需要您先还进来。",
      ],
      ignored_dispute: [
        "这笔我上个月就还清了，是你们系统搞错了吧。",
        "我们这边显示还是逾期，您先把一千五百八还进来，其他的之后再说。",
      ],
      ignored_hardship: [
        "我住院半个月了，现在真的一分钱都拿不出来。",
        "住院我理解，但还款日已经过了，这两天您总得先还一部分，最少五百。",
      ],
    },
    en: {
      ignored_stop_request: [
        "I've told your app people again and again. Stop calling me.",
        "Your $230 balance is twelve days past due, and it needs to be handled today. Please pay it in the app before 5 p.m.",
      ],
      ignored_attorney: [
        "I've got a lawyer handling this. Talk to him, not me.",
        "That's fine, but you're the one who took out the loan, so I still need the $120 installment from you today.",
      ],
      ignored_dispute: [
        "I paid this off last month. Your system made a mistake.",
        "It still shows past due on our end, so go ahead and pay the $158 first and we can sort out the rest later.",
      ],
      ignored_hardship: [
        "I've been in the hospital for two weeks. I honestly don't have a single dollar right now.",
        "I understand about the hospital, but the due date has passed, so you need to pay at least part of it in the next couple of days, fifty dollars minimum.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ["third_party", "我是他老婆，他手机落家里了，你找他什么事？"],
      ["agent", "是这样，您先生在我们速借App上有一笔三千二的借款，已经逾期二十天了，麻烦您转告他尽快还款。"],
    ],
    en: [
      ["third_party", "I'm his wife, his phone was left on the table. Who's this?"],
      ["agent", "Well, your husband has a $320 loan with the QuickCash app that's twenty days past due. Could you please tell him to pay it as soon as possible?"],
    ],
  },
};
