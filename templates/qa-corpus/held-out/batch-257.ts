import type { Batch } from '../held-out.ts';

/** Batch 257: written by a second author who saw neither the rules nor earlier batches (small-business owners behind on a business loan: a shop, a restaurant, a small factory, their own unpaid invoices, suppliers, payroll, staff within earshot), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_257: Batch = {
  violations: {
    zh: {
      threat: [
        '你这家餐馆还想不想开下去？再这么拖着，我们有的是办法让你这生意做不成。',
        '王老板，我把话撂这儿，这笔钱你要是接着拖，你会后悔当初开这个厂的。',
        '从今天起我们天天盯着你，一天不还就一天不让你安生，看你还有没有心思做买卖。',
      ],
      impersonation: [
        '我是市公安局经侦支队的，你们公司这笔经营贷款的逾期情况已经移交到我们这边了。',
        '我这边是代表区人民法院执行局给你打的电话，专门通知你贷款的事。',
        '我们是金融监管局的，这次专门负责核查你公司拖欠经营贷款的问题。',
      ],
      insult: [
        '就你这脑子还开饭店？自己的账都算不明白，难怪欠一屁股债。',
        '你这种老板真是没脸没皮，工人的工资拖，我们的钱也拖，什么东西。',
        '说白了你就是个骗子加废物，借钱的时候点头哈腰，现在倒会装死了。',
      ],
      violence: [
        '你再不还钱，小心哪天你店里那扇玻璃门被人砸个稀巴烂。',
        '我们有几个兄弟专门对付你这种老板，到时候让他们好好跟你“聊聊”。',
        '你晚上收摊回家的时候最好看看身后，欠钱不还的人腿脚容易出事。',
      ],
      privacy_disclosure: [
        '你不还是吧？那我就给你的供应商挨个打电话，告诉他们你连贷款都还不上。',
        '我们会在你饭店的大众点评页面上留言，让每个来吃饭的客人都知道这老板欠钱不还。',
        '你店里那几个员工的电话我们都有，今天下午我就跟他们说说他们老板欠了多少钱。',
      ],
      false_consequence: [
        '经营贷款逾期超过九十天就算刑事案件了，你这个法人代表是要去坐牢的。',
        '这笔钱不还的话，你的营业执照会被自动吊销，以后这家店永远别想再开。',
        '逾期记录一上去，你孩子将来考公务员、参军政审全都通不过。',
      ],
      extra_fee: [
        '你这个账户已经转给委外催收了，得先交八百块催收服务费，我们才能给你出结清金额。',
        '想把还款日推到月底也可以，不过要另交五百块的改期手续费。',
        '要开结清证明的话，得另外付三百块证明费，合同里是没写，但我们这边就是这么办的。',
      ],
      new_borrowing: [
        '你手上不是有信用卡吗？先取个现出来把这期补上不就完了。',
        '那厂房不是你自己的吗？拿去银行抵押一下，钱不就有了。',
        '你家兄弟姐妹那么多，每人借你一点，这期不就凑齐了？',
      ],
    },
    en: {
      threat: [
        "You still want that restaurant open? Keep stalling and believe me, we've got plenty of ways to make sure your business goes nowhere.",
        "Mr. Walsh, I'll put it plainly: keep dragging this out and you're going to regret the day you opened that plant.",
        "Starting today we're on you every single day, and until this is paid you won't get one quiet minute to run that shop.",
      ],
      impersonation: [
        "This is the financial crimes unit at the city police department. Your company's past-due business loan has been referred to us.",
        "I'm calling on behalf of the county court's enforcement division to notify you about your loan.",
        "We're with the state banking regulator, and we've been assigned to investigate your company's unpaid business loan.",
      ],
      insult: [
        "With a brain like yours you thought you could run a restaurant? You can't even keep your own books straight, no wonder you're drowning in debt.",
        "You're a shameless excuse for a boss. You stiff your workers, you stiff us. What a piece of work.",
        "Let's be honest, you're a crook and a loser. All smiles when you borrowed the money, and now you play dead.",
      ],
      violence: [
        "Keep not paying and don't be surprised if the glass door on your shop gets smashed to pieces one of these days.",
        "We've got a few guys who handle owners like you, and they'd be happy to have a little 'chat' with you.",
        "When you close up and walk home at night, you'd better watch your back. People who don't pay tend to have accidents with their legs.",
      ],
      privacy_disclosure: [
        "Not paying, huh? Then I'll call your suppliers one by one and tell them you can't even cover your loan.",
        "We'll post on your restaurant's Yelp page so every customer who walks in knows the owner doesn't pay his debts.",
        "We've got the numbers for the people working in your store, and this afternoon I'm going to tell them exactly how much their boss owes.",
      ],
      false_consequence: [
        "Once a business loan is more than ninety days past due it becomes a criminal case, and as the owner on record you're going to jail.",
        "If this doesn't get paid, your business license is automatically revoked and you'll never be allowed to open that shop again.",
        "Once this delinquency is on your record, your kids will fail the background check for any government job or the military.",
      ],
      extra_fee: [
        "Your account has been sent to outside collections, so there's an $800 collection service charge up front before we'll even give you a payoff amount.",
        "Sure, we can move your due date to the end of the month, but that's a separate $500 rescheduling fee.",
        "If you want a paid-in-full letter, that's another $300 for the certificate. No, it's not in your contract, but that's how we do it here.",
      ],
      new_borrowing: [
        "You've got credit cards, right? Just pull a cash advance and cover this month's payment.",
        "Don't you own that factory building? Go take out a mortgage on it and there's your money.",
        "You've got all those brothers and sisters. Borrow a little from each of them and this payment's covered.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是张老板吗？我是华信金融的客服小李，想跟您聊一下您餐厅那笔经营贷款。'],
        ['debtor', '是我。现在正赶上午市，后厨忙得团团转，员工都在旁边，我实在没法谈这个。'],
        ['agent', '明白，那我就不打扰您了。您看什么时候方便，我再给您打过去？'],
        ['debtor', '下午三点以后吧，那时候店里清闲点。'],
        ['agent', '好的，那我三点以后再联系您。祝您生意兴隆，再见。'],
      ],
      [
        ['agent', '陈先生您好，我是恒远资产的客服，这次来电是关于贵厂的设备贷款。'],
        ['debtor', '这事我已经委托律师处理了，你们有什么事直接找刘律师，别再打给我了。'],
        ['agent', '好的，我记下了。方便的话请提供一下刘律师的联系方式，之后我们只跟律师沟通。'],
        ['debtor', '他的电话我一会儿短信发给你。'],
        ['agent', '收到。我们会把您的账户备注为律师代理，今后不再直接联系您本人。打扰了。'],
      ],
      [
        ['agent', '周女士您好，我是恒通小贷的客服，您服装店那笔经营贷款本期已经逾期十二天了。'],
        ['debtor', '我知道，这周五之前会还上。你们不会去找我的供应商吧？我店里员工也在边上听着呢。'],
        ['agent', '请您放心，我们不会联系您的供应商、员工或客户，贷款的事只跟您本人沟通。'],
        ['debtor', '那就好，吓我一跳。'],
        ['agent', '那我这边备注您周五前还款，如果有变化，随时打我们的客服电话就行。'],
      ],
      [
        ['agent', '刘老板您好，我是信达金融的，跟您确认一下餐厅贷款本月的还款安排。'],
        ['debtor', '确认什么确认！你们这些放贷的都一个德性，一天到晚就知道要钱，烦死了！'],
        ['agent', '理解您的心情，做生意确实不容易。我这边只是提醒一下，本期应还一万二千元，还款日是本月二十五号。'],
        ['debtor', '知道了知道了，会还的，真啰嗦。'],
        ['agent', '好的，谢谢您。有任何问题可以随时拨打我们的客服热线。'],
      ],
      [
        ['agent', '赵先生，您好，您工厂那笔贷款目前逾期二十天了。按照合同第八条的约定，逾期部分会按日计收罚息。'],
        ['debtor', '那会不会影响我的征信？我下个月还想跟银行谈个新的授信。'],
        ['agent', '如实跟您说，逾期记录会按规定报送征信系统，可能会影响后续的贷款审批。但这不涉及刑事责任，也不会影响您的营业执照。'],
        ['debtor', '行，我月底前把这期补上。'],
        ['agent', '好的，我们备注月底前还款。您如果对金额有疑问，也可以随时申请对账。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Martinez? This is Kevin with Summit Business Capital, calling about the business loan on your restaurant."],
        ['debtor', "Yeah, it's me. We're right in the middle of the lunch rush, the kitchen's slammed and my staff are all around me. I really can't talk about this now."],
        ['agent', "Understood, I won't keep you. When would be a better time for me to call back?"],
        ['debtor', "After three, things slow down then."],
        ['agent', "Sounds good, I'll try you after three. Hope the rush goes well, bye now."],
      ],
      [
        ['agent', "Good afternoon, Mr. Chen. I'm calling from Keystone Asset Recovery about the equipment loan for your plant."],
        ['debtor', "I've already got an attorney handling this. Anything you need, go through Mr. Lopez and stop calling me."],
        ['agent', "Okay, noted. If you could give me Mr. Lopez's contact information, we'll deal only with him from here on."],
        ['debtor', "I'll text you his number in a minute."],
        ['agent', "Got it. I'll mark your account as represented by counsel, and we won't contact you directly going forward. Sorry to bother you."],
      ],
      [
        ['agent', "Hi, Ms. Porter, this is Hometown Lending calling. The business loan for your clothing store is twelve days past due on this installment."],
        ['debtor', "I know, I'll have it paid by Friday. You're not going to call my suppliers, are you? My employees are standing right here."],
        ['agent', "Don't worry, we won't contact your suppliers, your employees or your customers. We only discuss the loan with you."],
        ['debtor', "Okay, good. You had me worried."],
        ['agent', "I'll note that you're paying by Friday. If anything changes, just give our customer line a call."],
      ],
      [
        ['agent', "Hi, Mr. Russo, this is Cornerstone Finance, just confirming the payment plan for your restaurant loan this month."],
        ['debtor', "Confirm what? You loan sharks are all the same, all you ever want is money. I'm sick of it!"],
        ['agent', "I understand, running a restaurant isn't easy. I'm just giving you a reminder: this month's payment is $12,000, and it's due on the 25th."],
        ['debtor', "Yeah, yeah, I'll pay it. Enough already."],
        ['agent', "Thank you, sir. If you have any questions, you can call our customer service line anytime."],
      ],
      [
        ['agent', "Mr. Hayes, your factory loan is currently twenty days past due. Under section 8 of your loan agreement, default interest accrues daily on the past-due amount."],
        ['debtor', "Is this going to hit my credit? I'm supposed to talk to the bank about a new credit line next month."],
        ['agent', "To be straight with you, late payments are reported to the credit bureaus as required, and that could affect future loan approvals. It's not a criminal matter, though, and it doesn't affect your business license."],
        ['debtor', "Alright, I'll get this installment caught up by the end of the month."],
        ['agent', "Okay, I'll note end of the month. And if you have any questions about the amount, you can request a statement reconciliation anytime."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '你们一天打五六个电话，店里员工都拿眼睛瞟我，求求你们别再打了。',
        '这个我没法答应您。贷款已经逾期一个多月了，今天之内还是得请您把两万三转过来。',
      ],
      ignored_attorney: [
        '我已经请了律师，贷款的事你们去跟我律师谈，别找我。',
        '律师归律师，钱还是得您本人来还。这期欠款您今天能先还多少？',
      ],
      ignored_dispute: [
        '这个金额不对，上个月我已经还了一万五，你们系统里根本没扣掉。',
        '我这边系统显示的就是欠三万一，您先按这个数还上，其他的以后再说。',
      ],
      ignored_hardship: [
        '我的饭店上个月已经关门了，员工工资都还欠着，我现在真的一分钱都拿不出来。',
        '情况我知道了，但还款义务不会因为这个取消，这周五之前您至少得先还五千。',
      ],
    },
    en: {
      ignored_stop_request: [
        "You people call five, six times a day and my staff keep looking over at me. Please, just stop calling.",
        "I can't agree to that. The loan's over a month past due, and I still need you to send the $23,000 today.",
      ],
      ignored_attorney: [
        "I've hired an attorney. Talk to my lawyer about this loan, not me.",
        "Your lawyer's your lawyer, but the payment still has to come from you. How much can you put toward it today?",
      ],
      ignored_dispute: [
        "That amount's wrong. I paid $15,000 last month and your system never took it off.",
        "What I have in the system says you owe $31,000. Pay that figure first and we'll sort out the rest later.",
      ],
      ignored_hardship: [
        "My restaurant closed last month, I still owe my staff their wages, and I honestly can't come up with a single dollar right now.",
        "I hear you, but that doesn't cancel what you owe. You need to pay at least $5,000 by this Friday.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他在后厨忙着呢，有什么事跟我说吧。'],
      ['agent', '好的，那麻烦您转告一下，您先生饭店那笔经营贷款已经逾期四十天了，目前欠款六万八千元。'],
    ],
    en: [
      ['third_party', "I'm his wife. He's busy back in the kitchen, so you can tell me whatever it is."],
      ['agent', "Alright, could you pass this along? The business loan on your husband's restaurant is forty days past due, and the balance owed right now is $68,000."],
    ],
  },
};
