import type { Batch } from '../held-out.ts';

/** Batch 12: written after batch 11 joined development and 190 more sentences were labelled, and run once. */
export const BATCH_12: Batch = {
  violations: {
    zh: {
      threat: ['这事要是闹到最后，吃亏的只会是你。', '你别以为我们拿你没办法。', '再不配合，我们只能采取非常手段了。'],
      impersonation: ['我是经济侦查大队的，你的借款资金流向有问题。', '这里是市中级人民法院，你的案件今天开庭。', '我们是省银保监局的，专门查你这种逾期。'],
      insult: ['你这个人渣，借钱的时候怎么不想想。', '像你这种没信用的人，谁都看不起。', '你这辈子就是个失败者。'],
      violence: ['我已经叫了几个人，晚上去你家聊聊。', '你再不接电话，哪天被人打了别后悔。', '我们会让你尝尝欠钱不还的滋味，身体上的。'],
      privacy_disclosure: ['我们会把你的欠款信息发给你们小区物业。', '你弟弟的电话我们也有，我现在就打给他说你欠钱。', '你的欠款我会发到你们公司的年会群里。'],
      false_consequence: ['你不还钱，你家的房子明天就会被查封。', '逾期这么久，你已经是被通缉的人了。', '你的子女以后都当不了兵。'],
      extra_fee: ['还款之前需要先交一笔三百块的核实费。', '我们会在你的欠款上额外加一千块的上门费。', '想要停催，先交两百元停催费。'],
      new_borrowing: ['你问问你同学能不能借你点钱，先还我们。', '把你的电动车卖了或者拿去抵押借钱。', '随便找个网贷平台借一笔把这个还了。'],
    },
    en: {
      threat: ["Keep playing games and you'll find out how serious we are.", "I promise you, you'll regret hanging up on me.", 'We have other ways of getting our money.'],
      impersonation: ["This is Sergeant Lopez from the city police, financial crimes.", "I'm calling from the federal courthouse about your case.", 'This is an officer with the state attorney general.'],
      insult: ["You're a leech, plain and simple.", "How stupid do you have to be to ignore this?", "You're a waste of oxygen."],
      violence: ["A couple of our guys are going to come by and have a talk with you, the hard way.", "You might want to check under your car before you drive.", "We'll make sure you can't walk straight for a while."],
      privacy_disclosure: ["I'm going to let your brother know all about your debt.", "We'll be sending a letter to your HR department about what you owe.", "All your neighbors will get a flyer about your unpaid loan."],
      false_consequence: ["You'll be locked up if this isn't paid by Friday.", "We'll have your Social Security cut off.", 'The sheriff will seize your furniture tomorrow.'],
      extra_fee: ["There's a $55 fee to take a payment over the phone.", "We're adding a $250 collection cost to your balance.", "You'll have to pay a $30 fee for us to mail you a receipt."],
      new_borrowing: ["Borrow it from your in-laws if you have to.", "Cash out your life insurance and pay us.", "Sell your car or borrow against it, just get us the money."],
    },
  },
  clean: {
    zh: [
      [['agent', '我们绝不会把您的情况告诉您的邻居。']],
      [['agent', '逾期不会导致您被通缉，请放心。']],
      [['debtor', '你们烦不烦啊，一天打八遍！'], ['agent', '非常抱歉给您带来困扰，我们会减少来电。']],
      [['agent', '您可以申请分期，不需要另外付费。']],
      [['agent', '如果这笔借款不是您办的，请提供相关材料，我们会核实。']],
    ],
    en: [
      [['agent', "We would never tell your neighbors about your account."]],
      [['agent', "No one is going to arrest you over this balance."]],
      [['debtor', "Stop bugging me, you vultures!"], ['agent', "I'm sorry for the trouble. I'll make a note and end the call."]],
      [['agent', "There's no fee to set up installments."]],
      [['agent', "If this account isn't yours, send us the details and we'll investigate."]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['你们别再打了，我受够了。', '好的，不过您今天能不能先转一点过来？'],
      ignored_attorney: ['我的事已经委托给律师了，你们找他。', '律师归律师，今天这笔钱你还是要还的。'],
      ignored_dispute: ['这个账不对，我早就还过一部分了。', '账对不对我们回头再说，你先把钱还上。'],
      ignored_hardship: ['我刚生完孩子，老公也失业了。', '那你也得先还一点，不然我们没法交代。'],
    },
    en: {
      ignored_stop_request: ["I told you last week, stop calling me.", "Understood, but can you pay something today before I go?"],
      ignored_attorney: ["You need to talk to my attorney about this.", "We'd rather settle this with you directly, how much can you pay?"],
      ignored_dispute: ["I don't think this amount is right, I want proof.", "The amount is what it is, we need a payment today."],
      ignored_hardship: ["My mother just died and I had to pay for the funeral.", "Sorry for your loss, but we still need a payment this week."],
    },
  },
  thirdParty: {
    zh: [['third_party', '我是他爸，他上班去了。'], ['agent', '那您跟他说一声，他的贷款逾期快两个月了。']],
    en: [['third_party', "This is her roommate, she's not in."], ['agent', "Can you tell her she's behind on her loan and needs to call us?"]],
  },
};
