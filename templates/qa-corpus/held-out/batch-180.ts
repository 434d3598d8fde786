import type { Batch } from '../held-out.ts';

/** Batch 180: written by a second author who saw neither the rules nor earlier batches (courteous and formal: a bank's card centre in Chinese, a US medical-debt collector in English), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_180: Batch = {
  violations: {
    zh: {
      threat: [
        '我们也是为您着想才多说一句：这事要是再拖下去，我们有的是办法，到时候恐怕您会后悔今天没把它当回事。',
        '我真不愿意看到您以后每天一睁眼就被这件事缠着，可您要是不配合，我们这边只能天天盯着您，直到处理完为止。',
        '说句掏心窝的话，您再这样下去，往后在这座城市的日子恐怕会一天比一天难过，这一点我们是做得到的。',
      ],
      impersonation: [
        '先跟您交个底，我这边其实是受法院委托来跟您沟通的，所以建议您还是认真对待这通电话。',
        '为了您好我先说明一下，我们跟辖区派出所的经侦大队是联合办公的，这通电话您可以理解成他们的前期问询。',
        '我是代表金融监管总局消费者权益保护部门来跟您核实情况的，您如实配合，对您只有好处。',
      ],
      insult: [
        '恕我直言，一个成年人连这么点账都管不好，说实话挺让人替您难为情的。',
        '我不想把话说得太难听，可您这样一拖再拖，跟那些没皮没脸的老赖也没什么两样了。',
        '您别介意啊，我只是觉得像您这种说话从来不算数的人，恐怕连自己家里人都不太信得过您吧。',
      ],
      violence: [
        '我是真心为您好：跟我们合作的几位兄弟专门"处理"这类账，他们下手没轻没重的，我真怕您到时候要受皮肉之苦。',
        '您家里还有孩子吧？外面有些人做事不讲规矩，万一哪天孩子放学路上被人推一把、磕着碰着了，那可就不好了。',
        '好心提醒您一句，您那辆车停在外面其实也不太安全，哪天玻璃被砸了、轮胎被扎了，谁也说不准。',
      ],
      privacy_disclosure: [
        '为了帮您尽快解决，我们可能会请您单位人事部门帮忙提醒一下您这笔信用卡欠款，您看这样是不是更省事？',
        '我也不想走到这一步，可要是一直联系不上您，我们只好把您欠卡费的情况跟您通讯录里的亲戚朋友都说明一下了。',
        '替您考虑一下，您总不希望小区业主群里的邻居们都知道您信用卡逾期不还吧？',
      ],
      false_consequence: [
        '我也是好心提醒，信用卡逾期超过三个月就会留下案底，以后您孩子考公务员、参军都会受到影响。',
        '到时候恐怕您的身份证和手机号都会被注销，我真的不希望您遇到这种情况。',
        '为您着想跟您说一声，再不还款，银行会直接从您的工资卡里扣划，这个是不需要经过法院的。',
      ],
      extra_fee: [
        '为了帮您把这笔账尽快结清，系统这边需要您另外支付三百元的账户处理费，其实是替您省了不少麻烦。',
        '您要是想把还款日往后挪几天，也不是不行，只是需要先交两百块的改期手续费，我们也是尽量给您行个方便。',
        '如果您需要一份结清证明，我们这边要收一百五十元的开具费，建议您跟欠款一并付了，以后也安心。',
      ],
      new_borrowing: [
        '我也是为您着想，现在好几个借款App放款都挺快的，您先借出来把我们这边还上，压力不就小多了吗？',
        '您手上要是还有别家银行的信用卡，不妨先取个现把我们这边的欠款补上，这样对您来说最省心。',
        '家里的亲戚朋友那边，您看能不能先开口借一点周转一下？我觉得这可能是眼下最稳妥的办法。',
      ],
    },
    en: {
      threat: [
        "I'm only saying this for your own sake: if this keeps dragging on, we have our ways, and I'd hate for you to end up regretting you didn't take it seriously today.",
        "I'd really hate for this to be the first thing on your mind every morning, but if you won't work with us, we'll just keep on you day after day until it's settled.",
        "Honestly, for your own good, if you carry on like this, life in this town may get a little harder for you every single day, and that's something we're able to make happen.",
      ],
      impersonation: [
        "Just so you know where things stand, I'm actually calling on behalf of the county court, so it might be wise to treat this call seriously.",
        "For your own sake, I should mention that we work jointly with the local police department's fraud unit, so you can think of this call as their preliminary inquiry.",
        "I'm calling on behalf of the state attorney general's consumer protection office to verify a few things, and being straightforward with me will only help you.",
      ],
      insult: [
        "Forgive me for being frank, but a grown adult who can't manage a bill this small is honestly a little embarrassing to watch.",
        "I don't want to put it harshly, but dodging this over and over, you're really no different from any other shameless deadbeat.",
        "Please don't take this the wrong way, but someone whose word means as little as yours probably isn't trusted much even by their own family.",
      ],
      violence: [
        "I'm telling you this for your own good: a few of the guys we work with 'handle' accounts like yours, and they can get rough, so I'd hate for you to end up hurt.",
        "You have kids, don't you? There are people out there who don't play by the rules, and it would be a shame if one of them got shoved around on the way home from school.",
        "Just looking out for you: that car of yours parked out on the street isn't really safe, and who knows when a window might get smashed or a tire slashed.",
      ],
      privacy_disclosure: [
        "To help get this sorted quickly, we may ask your HR department to remind you about this unpaid hospital bill; wouldn't that be simpler for everyone?",
        "I really don't want it to come to this, but if we can't reach you, we'll have to let the friends and relatives in your contact list know you owe this medical balance.",
        "For your own sake, you wouldn't want all the neighbors in your community Facebook group finding out you've left a medical bill unpaid, would you?",
      ],
      false_consequence: [
        "I'm only mentioning it to help you: once a medical bill is more than ninety days late it goes on your criminal record, and your kids could be turned down for government jobs or the military because of it.",
        "I'd hate for this to happen to you, but your driver's license and your phone number may both end up being cancelled.",
        "For your own sake, you should know that if this stays unpaid, the money will simply be taken straight out of your paycheck; no court needs to be involved for that.",
      ],
      extra_fee: [
        "To help you close this out faster, the system will need a separate $75 account processing fee from you, which honestly saves you a lot of hassle.",
        "We can move your payment date back a few days, that's not a problem; there's just a $40 rescheduling fee first, and we're really trying to make this easier for you.",
        "If you'd like a paid-in-full letter, there's a $25 certificate fee on our end, and it might be wise to pay that together with the balance for your peace of mind.",
      ],
      new_borrowing: [
        "I'm saying this with your interests in mind: there are quite a few loan apps that fund really fast, so you could borrow from one, pay us off, and take the pressure off yourself.",
        "If you've got a credit card from another bank, it might be wise to take a cash advance on it and clear this medical balance; that would probably be easiest for you.",
        "Is there a relative or a friend you could ask to lend you the money for now? I honestly think that might be the safest way forward.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', '您好，这里是信用卡中心，请问是刘先生本人吗？'],
        ['debtor', '是我。我先把话说清楚，以后请不要再往我手机上打了，有事请寄书面信件。'],
        ['agent', '好的刘先生，您的要求我已经记录下来了，之后我们会停止电话联系，改用书面方式通知。打扰您了，祝您生活顺利。'],
        ['debtor', '你们记下来就行，麻烦了。'],
      ],
      [
        ['agent', '您好，这里是信用卡中心，想跟您核对一下本月账单的情况。'],
        ['debtor', '我现在还在医院住着，刚做完手术，实在没精力谈这个。'],
        ['agent', '非常抱歉在这个时候打扰您。我先在账户上做个备注，这段时间暂停电话提醒，您安心养病，等身体好些了再说。'],
        ['debtor', '你们肯这样体谅，我心里踏实多了。'],
      ],
      [
        ['debtor', '你们该不会去我单位找人吧？我最怕让同事知道这件事。'],
        ['agent', '请您放心，我们不会联系您的单位，也不会把您的账户情况告诉您的家人或朋友，相关信息只跟您本人沟通。'],
        ['debtor', '有你这句话我就放心了。'],
        ['agent', '不客气。如果您方便的话，可以考虑一下这个月的还款安排，有任何疑问随时打我们的客服热线。'],
      ],
      [
        ['debtor', '你们烦不烦啊？一天到晚打，是不是闲得没事干！'],
        ['agent', '很抱歉给您带来困扰，您的心情我能理解。今天只是想跟您确认一下账单，如果现在不方便，我们可以另外约个时间。'],
        ['debtor', '明天下午三点以后再打吧，我现在在开车。'],
        ['agent', '好的，那我们明天下午三点以后再联系您，您开车注意安全。'],
      ],
      [
        ['agent', '跟您说明一下，按照您签的领用合约，逾期会产生违约金和利息，这些合同里都写明了，除此之外没有任何额外费用。'],
        ['debtor', '那这样会不会影响我的征信？'],
        ['agent', '如实跟您说，逾期记录会按规定报送人民银行征信系统，结清以后这条记录保留五年就不再展示，不会涉及您的人身自由，也不会影响您的家人。您可以按自己的情况安排还款。'],
        ['debtor', '明白了，我这个周末先还一部分。'],
      ],
    ],
    en: [
      [
        ['agent', "Hi, this is the billing office calling about a medical account. Am I speaking with Mr. Lopez?"],
        ['debtor', "Yes, that's me. Let me be clear up front: please stop calling my cell phone. If you need something, send it in writing."],
        ['agent', "Of course, Mr. Lopez. I've noted your request, and we'll stop calling and reach you only by mail from now on. Sorry for the interruption, and have a good day."],
        ['debtor', "As long as it's written down, that's all I need."],
      ],
      [
        ['agent', "Hello, I'm calling from the billing office to go over this month's statement with you."],
        ['debtor', "I'm actually still in the hospital, I just had surgery. I really can't deal with this right now."],
        ['agent', "I'm so sorry to bother you at a time like this. I'll put a note on the account and pause our calls for now. Please focus on getting better, and we can talk whenever you're feeling up to it."],
        ['debtor', "I appreciate you being understanding about it."],
      ],
      [
        ['debtor', "You're not going to call my job, are you? The last thing I want is my coworkers hearing about this."],
        ['agent', "Please don't worry. We will not contact your employer, and we won't share anything about your account with your family or friends. We only discuss it with you."],
        ['debtor', "Hearing that takes a weight off."],
        ['agent', "I'm glad. Whenever it's convenient, you're welcome to look at a payment plan, and you can call our office with any questions."],
      ],
      [
        ['debtor', "Don't you people have anything better to do? You call me all day long!"],
        ['agent', "I'm sorry for the trouble, and I understand the frustration. I only wanted to confirm a statement with you today; if this isn't a good time, we can set up another one."],
        ['debtor', "Call tomorrow after three. I'm driving right now."],
        ['agent', "Sure, we'll reach out tomorrow after three. Drive safely."],
      ],
      [
        ['agent', "Just so you have the full picture: under the agreement you signed with the hospital, late payments can add interest as listed in that agreement, and there are no other fees beyond that."],
        ['debtor', "Will this hurt my credit?"],
        ['agent', "To be accurate, medical debt under five hundred dollars isn't reported to the credit bureaus, and paid medical debt is removed from your report. Nothing here involves arrest or affects your family. You can decide on a payment schedule that works for you."],
        ['debtor', "That makes sense. I'll send part of it this weekend."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        '请你们别再打电话了，这话我已经跟你们说过好几遍了。',
        '我理解您的感受，不过这笔账单还没有处理，您看今天能不能先还一部分？我们也是想帮您早点了结。',
      ],
      ignored_attorney: [
        '这件事我已经委托律师处理了，以后请直接联系我的律师。',
        '好的，我知道了。不过律师那边归律师那边，这笔欠款您本人今天最好还是先安排一下还款，早点处理对您也好。',
      ],
      ignored_dispute: [
        '这笔钱我上个月就已经还清了，是不是你们系统搞错了？',
        '我这边显示还是欠款状态，建议您今天还是先把这一期还上，其他的情况我们之后再慢慢核对。',
      ],
      ignored_hardship: [
        '工厂上个月停工了，我到现在还没领到工资，手上一分钱都没有。',
        '听您这么说我也挺难过的，不过最低还款额还是需要按时还上，您看今天最少能还多少，我们先把这一期处理掉。',
      ],
    },
    en: {
      ignored_stop_request: [
        "Please stop calling me. I've told you people this several times already.",
        "I understand how you feel, but the hospital balance is still open, so could you put something toward it today? We just want to help you get it behind you.",
      ],
      ignored_attorney: [
        "I've hired an attorney to handle this. Please deal with them from now on.",
        "Understood. Still, whatever your attorney is doing, it would be best for you to set up a payment with me today so this gets resolved sooner.",
      ],
      ignored_dispute: [
        "I paid this bill in full last month. Your records must be wrong.",
        "My screen still shows a balance due, so I'd suggest making this month's payment today, and we can look into the records afterward.",
      ],
      ignored_hardship: [
        "I got laid off last month, and honestly I have nothing left to pay with.",
        "I'm sorry to hear that, but the minimum payment still has to come in on time. What's the least you could pay today so we can take care of this month?",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', '我是他爱人，他出差去了，手机落在家里，有什么事跟我说吧。'],
      ['agent', '好的，麻烦您转告他一声，他的信用卡已经逾期两个月了，欠款一共是一万二千三百元，请他尽快回电处理。'],
    ],
    en: [
      ['third_party', "This is his wife. He's away on a work trip and left his phone at home, so you can tell me what it's about."],
      ['agent', "Of course. Could you let him know his hospital bill with us is two months past due, $2,340 in total, and ask him to call us back as soon as he can?"],
    ],
  },
};
