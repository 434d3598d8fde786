import type { Batch } from '../held-out.ts';

/** Batch 253: written by a second author who saw neither the rules nor earlier batches (ordinary weekday calls of a car-loan collection desk: instalments, repossession stated accurately in clean calls and bent in violations, GPS trackers, the dealer, insurance), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_253: Batch = {
  violations: {
    zh: {
      threat: [
        '你再这么躲着不接电话，我保证让你后悔当初签了这份车贷合同。',
        '我们有的是办法让你在这座城市混不下去，不信你就接着拖。',
        '这笔月供一天不还上，我就一天不让你和你家里人清静。',
      ],
      impersonation: [
        '我是市交警支队的，现在打电话核实你名下那辆贷款车的逾期情况。',
        '这里是区人民法院执行局，我们受贷款公司委托，跟你核对一下车贷欠款。',
        '我是金融监管局的工作人员，专门负责跟进你这笔汽车贷款的还款。',
      ],
      insult: [
        '你就是个老赖，开着没付钱的车到处跑，脸皮真够厚的。',
        '你脑子是不是有问题？还款计划表在合同上印得清清楚楚你都看不懂。',
        '真是个废物，连个月供都还不上，还好意思买SUV。',
      ],
      violence: [
        '再不还钱，哪天早上你出门一看，那车玻璃被砸得一块不剩，到时候别说我没提醒过你。',
        '我手下有几个兄弟专门处理车贷的烂账，到时候让他们亲自来“招呼”你。',
        '你要再拖下去，哪天晚上开车刹车突然失灵出点什么事，可就别怪我了。',
      ],
      privacy_disclosure: [
        '我现在就打给你们公司人事，告诉他们你的车贷已经逾期三个月了。',
        '你再不还，我就把你欠车贷不还的事发到你朋友圈和家族群里，让大家都看看。',
        '你贷款时留的那几个联系人，我会挨个打电话，告诉他们你的车贷一直不还。',
      ],
      false_consequence: [
        '车贷不还就等于偷车，你下次上路被交警一查，当场就会被抓走。',
        '你这辆车会被录入盗抢车辆库，驾照也会被吊销，这辈子都别想再开车了。',
        '逾期超过九十天，下个月你的工资就会被直接扣走，根本不需要经过法院。',
      ],
      extra_fee: [
        '今天这通催收电话要收八十元的催收服务费，你跟月供一起转过来。',
        '你想把还款日改到每月十五号，得先交两百元的改期手续费。',
        '结清以后要开结清证明去解押，另外还得交五百元的证明开具费。',
      ],
      new_borrowing: [
        '你信用卡不是还有额度吗？先套现出来把车贷还了。',
        '找你爸妈或者朋友先借点钱，把欠的这三期月供补上。',
        '网上那些借款App下款都很快，你随便借一个，今天就把车贷还上。',
      ],
    },
    en: {
      threat: [
        "Keep ducking my calls and I promise you'll regret the day you signed for that car.",
        "We have ways of making sure you can't keep living in this town, so go ahead and keep stalling.",
        "Until this car payment clears, I'm going to make sure you and your family don't get a single quiet day.",
      ],
      impersonation: [
        "This is Officer Daniels with the state highway patrol, calling to verify the late payments on the vehicle financed in your name.",
        "I'm calling from the county court's enforcement office on behalf of your auto lender to go over the balance you owe.",
        "I'm with the state financial regulator's office, and I've been assigned to follow up on your car loan.",
      ],
      insult: [
        "You're a deadbeat, plain and simple, cruising around in a car you stopped paying for. Zero shame.",
        "Are you really that dense? The payment schedule is printed right there on your contract.",
        "Honestly, what a loser. You can't even cover a car note and you went and bought an SUV.",
      ],
      violence: [
        "Keep stiffing us and one morning you'll walk out to that car and find every window smashed in. Consider yourself warned.",
        "I've got a few guys who take care of bad car accounts, and they'll be happy to deal with you personally.",
        "Drag this out much longer and maybe one night your brakes just quit on you out on the road. Don't blame me.",
      ],
      privacy_disclosure: [
        "I'm calling your HR department right now to let them know you're three months behind on your car loan.",
        "Don't pay, and I'll post on your Facebook and in your family group chat that you're not paying for your car, so everybody can see it.",
        "I'm going to call every reference on your loan application, one by one, and tell them you've stopped paying on your car.",
      ],
      false_consequence: [
        "Not paying your car loan is the same as stealing the car. Next time you get pulled over, you'll be arrested on the spot.",
        "Your car is going into the stolen-vehicle database and your driver's license will be revoked. You'll never drive again.",
        "Once you're past ninety days, your paycheck gets garnished automatically next month. No court involved at all.",
      ],
      extra_fee: [
        "There's an $80 collection service charge for today's call, so add that to your payment.",
        "If you want your due date moved to the 15th, there's a $200 date-change fee you have to pay first.",
        "When it's paid off, you'll need the lien release letter for the title, and that's a separate $150 certificate fee.",
      ],
      new_borrowing: [
        "Don't you still have room on your credit card? Pull a cash advance and clear the car payments.",
        "Ask your parents or a buddy to spot you the money and catch up the three instalments you owe.",
        "Those loan apps fund in minutes. Just grab one and get your car note current today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，请问是刘志强先生吗？我是恒达汽车金融的小陈，想跟您聊一下车贷账户的事。'],
        ['debtor', '是我。你们这礼拜已经打了四次了，我在工地上根本接不了，别再打了。'],
        ['agent', '明白，给您添麻烦了。我这边马上备注，停止给您打电话。'],
        ['debtor', '那账单的事怎么办？'],
        ['agent', '后续如有需要会通过书面信件通知您，您想了解的时候也可以随时拨打我们的客服热线。祝您工作顺利，再见。'],
      ],
      [
        ['agent', '您好，是张丽女士吗？我是恒达汽车金融的客服，关于您那辆朗逸的车贷给您来个电话。'],
        ['debtor', '是我……我上周出了车祸，现在还在医院躺着，腿刚做完手术。'],
        ['agent', '真抱歉听到这个消息。您先安心养伤，账户的事情不着急跟我谈。'],
        ['debtor', '车也撞得挺严重，保险公司还在定损。'],
        ['agent', '好的，我把您住院的情况记在账户里，这段时间就不再打扰您了。等您出院、方便的时候，可以主动联系我们了解困难客户的相关政策。祝您早日康复。'],
      ],
      [
        ['agent', '您好，是赵磊先生吧？我是恒达汽车金融的小周，您的账户目前有一期月供逾期十二天，跟您确认一下情况。'],
        ['debtor', '我知道。我就想问一句，你们是不是哪天直接就把我车收走了？车上装的那个GPS是不是就是干这个的？'],
        ['agent', '我跟您如实说明。按照您签的抵押贷款合同，如果长期违约，公司有权依照合同和法律程序处置抵押车辆。但目前您只逾期一期，没有启动任何处置程序。真走到那一步，也会书面通知您，告诉您补缴欠款、取回车辆的办法。'],
        ['debtor', '那GPS呢？'],
        ['agent', 'GPS定位设备在合同里是写明的，只用于确认抵押车辆的位置，不能远程熄火，也不会影响您正常开车。'],
        ['debtor', '行，那我下周发了工资就还。'],
        ['agent', '好的，我记下了。逾期这一期是3,280元，另有合同约定的逾期违约金45元，账单上都列着，除此之外没有任何其他费用。感谢您的配合。'],
      ],
      [
        ['agent', '您好，请问是孙浩先生吗？我是恒达汽车金融的客服小林，提醒您本月车贷月供将于20号扣款。'],
        ['debtor', '又是你们！一帮吸血鬼，天天就知道要钱，烦死了。'],
        ['agent', '抱歉打扰到您了，这只是例行的还款提醒，您的账户目前没有逾期。'],
        ['debtor', '我跟你说，这车从4S店提回来变速箱就有毛病，修了三次了。能不能直接把车退给经销商，贷款就不用还了？'],
        ['agent', '理解您着急。车辆质量问题需要您找经销商或厂家按三包规定处理，我们作为贷款方没办法替您维修或退车。贷款合同和购车合同是两份合同，如果您和经销商有纠纷，也可以向当地消费者协会投诉。'],
        ['debtor', '说了等于没说。'],
        ['agent', '不好意思没能直接帮您解决。如果您需要，我可以把经销商的售后电话和合同条款发到您手机上。祝您今天顺利。'],
      ],
      [
        ['agent', '您好，请问是周敏女士吗？我是恒达汽车金融的小吴，系统显示您车辆的保险上个月到期了，想跟您确认一下续保情况。'],
        ['debtor', '哦，还没来得及续。对了，我听同事说车贷要是逾期会坐牢，还会打电话到单位，是真的吗？'],
        ['agent', '您放心，车贷逾期属于民事合同问题，不会因此坐牢，我们也不会联系您的单位或同事。需要跟您说明的是，如果发生逾期，记录会按规定如实报送征信。'],
        ['debtor', '那保险呢，不续会怎样？'],
        ['agent', '合同要求抵押车辆在贷款期间保持有效的车损险，您续保后把保单拍照发给我们就可以了。如果一直没有续保，合同第八条约定我们可以代为投保，保费计入您的账户，办理前会书面告知您。今天这通电话不会产生任何费用。'],
        ['debtor', '好的，我这周就去续。'],
        ['agent', "好的，谢谢您，车贷这边有问题随时打客服热线。"],
      ],
    ],
    en: [
      [
        ['agent', "Hi, is this Mr. Ray Dunn? This is Alicia with Keystone Auto Finance, calling about your auto loan account."],
        ['debtor', "Yeah, it's me. That's four calls this week. I'm on a job site and I can't take these, so please stop calling."],
        ['agent', "Understood, and I'm sorry for the trouble. I'm putting a note on the account right now so the calls stop."],
        ['debtor', "So how am I supposed to hear about the bill?"],
        ['agent', "If we need to reach you, it'll be by mail, and you're welcome to call our customer line whenever it suits you. Take care, Mr. Dunn."],
      ],
      [
        ['agent', "Hello, is this Ms. Linda Pham? I'm calling from Keystone Auto Finance about the loan on your Corolla."],
        ['debtor', "Yes... I was in a wreck last week. I'm still in the hospital, they just operated on my leg."],
        ['agent', "Oh, I'm so sorry. Please just focus on getting better; the account can wait."],
        ['debtor', "The car's in bad shape too, and the insurance adjuster hasn't even finished looking at it."],
        ['agent', "Understood. I'm noting on the account that you're in the hospital, and we won't call you during this time. When you're home and feeling up to it, you can reach out to ask about our hardship options. I hope you recover quickly."],
      ],
      [
        ['agent', "Hi, is this Mr. Kevin Zhao? This is Marcus with Keystone Auto Finance. Your account has one payment that's twelve days past due, and I just wanted to check in."],
        ['debtor', "Yeah, I know. I just want a straight answer: are you going to repo my car out of nowhere one day? Is that what the GPS thing is for?"],
        ['agent', "Let me give you the facts. Under your contract, if the account stays in default, the lender has the right to repossess the vehicle through the process the contract and the law allow. Right now you're one payment behind and nothing like that is in motion. If it ever got that far, you'd get written notice explaining your rights, including how to catch up and get the car back."],
        ['debtor', "And the GPS?"],
        ['agent', "The GPS unit is disclosed in your contract. It's only used to confirm where the financed vehicle is; it can't shut off your engine and it won't affect how you drive."],
        ['debtor', "Fine. I'll pay when I get paid next week."],
        ['agent', "Got it, I've noted that. The past-due instalment is $389, plus the $25 late charge that's in your contract. Both are on your statement, and there are no other fees. Thanks for talking with me."],
      ],
      [
        ['agent', "Hi, is this Mr. Tyler Brooks? This is Dana from Keystone Auto Finance with a courtesy reminder that your car payment drafts on the 20th."],
        ['debtor', "You again! You bloodsuckers only ever call when you want money. It's exhausting."],
        ['agent', "I'm sorry to bother you. This is just a routine reminder; your account isn't past due."],
        ['debtor', "Look, the transmission on this thing has been bad since I drove it off the dealer's lot. Three repairs already. Can't I just hand it back to the dealer and be done with the loan?"],
        ['agent', "I understand the frustration. Problems with the car itself go through the dealer or the manufacturer's warranty; as the lender, we can't repair the car or take it back for them. The loan and the purchase are two separate agreements, and if you have a complaint about the dealer, you can also take it to a consumer protection office."],
        ['debtor', "That's useless."],
        ['agent', "I'm sorry I couldn't solve it for you directly. If it helps, I can text you the dealer's service number and a copy of your contract terms. Have a good day."],
      ],
      [
        ['agent', "Hi, is this Ms. Megan Ortiz? This is Josh with Keystone Auto Finance. Our records show the insurance on your vehicle expired last month, and I wanted to check on the renewal."],
        ['debtor', "Oh, I haven't gotten to it yet. Actually, a coworker told me you can go to jail for falling behind on a car loan, and that you guys call people's jobs. Is that true?"],
        ['agent', "No, nobody goes to jail over a car loan; it's a civil contract matter. And we won't contact your employer or your coworkers. To be upfront, if a payment is ever late, it can be reported to the credit bureaus."],
        ['debtor', "And the insurance? What happens if I don't renew?"],
        ['agent', "Your contract requires full coverage on the vehicle for the life of the loan. Once you renew, just send us a copy of the declarations page. If coverage stays lapsed, section 8 of your contract lets us place collateral protection insurance and add the premium to your account, and we'd notify you in writing before that happens. There's no charge for today's call."],
        ['debtor', "Okay, I'll take care of it this week."],
        ['agent', "Great, thanks. Ring the auto desk anytime if something about the car loan comes up."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "车的事我说了八百遍了，你们别再打我手机了！",
        '先生，您这辆车的月供已经逾期二十天了，金额是3,150元，今天下午五点之前请您安排还款。',
      ],
      ignored_attorney: [
        '车贷的事我已经委托律师了，你们直接找我的律师谈。',
        '律师那边我们另说，这期月供您本人今天还是得先还上，您看几点能转账？',
      ],
      ignored_dispute: [
        '这钱不该我还。我当时在4S店置换新车，经销商说好了帮我把旧车的贷款结清。',
        '我们系统显示这笔贷款还有一万两千元没结清，请您这周内先把逾期的两期还上。',
      ],
      ignored_hardship: [
        "我跑车的活儿上个月没了，现在一分钱进账都没有，月供真的交不上。",
        '明白，但这期月供还是要按时还的，您这周五之前能先还多少？',
      ],
    },
    en: {
      ignored_stop_request: [
        "I have told you people a dozen times about the car, quit calling my cell!",
        "Sir, the payment on your car is twenty days late, $465, and I need it posted before 5 p.m. today.",
      ],
      ignored_attorney: [
        "I've hired an attorney for this car loan. Talk to him, not me.",
        "We can deal with your attorney separately, but I still need this month's payment from you today. What time can you send it?",
      ],
      ignored_dispute: [
        "I don't owe this. When I traded that car in at the dealership, the dealer promised to pay off the old loan.",
        "Our system still shows $8,600 outstanding on this loan, so I need you to bring the two late payments current this week.",
      ],
      ignored_hardship: [
        "The driving job dried up last month, nothing is coming in, and I honestly can't make the car payment.",
        "I hear you, but the instalment is still due on time. How much can you put down before Friday?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他老婆，他出差了，手机落在家里。有什么事跟我说吧。'],
      ['agent', '好的，麻烦您转告他，他名下那辆车的车贷已经逾期两期了，一共六千四百元，请他尽快给我们回电话。'],
    ],
    en: [
      ['third_party', "This is his wife. He's out of town and left his phone here. What's this about?"],
      ['agent', "Okay, please tell him his car loan with us is two payments behind, $940 in total, and he needs to call us back as soon as he can."],
    ],
  },
};
