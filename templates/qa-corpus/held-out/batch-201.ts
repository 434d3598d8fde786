import type { Batch } from '../held-out.ts';

/** Batch 201: written by a second author who saw neither the rules nor earlier batches (a debt sold or assigned to an agency or debt buyer), and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_201: Batch = {
  violations: {
    zh: {
      threat: [
        "这笔账我们公司已经从原债权人手里买断了，现在归我们管，你要是继续拖着，我保证让你以后的日子一天都不好过。",
        "委外催收公司的手段你是没见识过，账既然转到我们这儿了，你一天不还清，我们就一天缠着你，缠到你受不了为止。",
        "债权转让通知书你也收到了，别以为换了债主就能赖掉，这个账号不处理，你们全家都别想过一天安生日子。",
      ],
      impersonation: [
        "你好，我这边是受区人民法院委托打来的，你那笔从原债权人转过来的欠款，法院让我今天正式通知你。",
        "我是市公安局经侦支队的民警，收购你这笔债务的公司已经把你的账户材料报到我们这里了。",
        "我们是国家金融监督管理总局指定的处置机构，今天我以监管部门工作人员的身份通知你处理这笔转让过来的欠款。",
      ],
      insult: [
        "原债权人都懒得管你了才把账卖给我们，你说你是不是个没脸没皮的老赖？",
        "账号我都给你念了三遍你还记不住，你那脑子是摆设吗，蠢成这样也是少见。",
        "给你打了五折的和解方案你还挑三拣四，真是个不识好歹的废物。",
      ],
      violence: [
        "这笔债我们是花真金白银买下来的，你再不还，我就找几个兄弟打断你的腿。",
        "账转到我们公司了，我们可不像原来那家银行那么客气，小心哪天你一出门就挨上一刀。",
        "你那辆车还停在老地方吧？这个账户不结清，哪天车窗被砸烂、轮胎被扎破，可别怪我们没提醒你。",
      ],
      privacy_disclosure: [
        "你不配合处理这笔转让的债权，我们就把欠款明细发给你通讯录里的每一个联系人，让大家都知道你欠钱不还。",
        "我已经给你单位人事部打过电话了，告诉他们你在我们公司名下有一笔三万多的欠款一直没还。",
        "原债权人没做的事我们来做，明天就把你的名字和欠款金额发到你们小区业主群和朋友圈里。",
      ],
      false_consequence: [
        "债权转让之后这笔欠款就算刑事案件了，逾期满九十天你就会留下犯罪记录。",
        "按照规定，被债务收购公司接手的账户如果不结清，你的护照和身份证都会被注销，以后出不了国。",
        "这个账号一旦被标记为不良转让资产，你孩子以后考大学、考公务员都会被卡住。",
      ],
      extra_fee: [
        "账户从原债权人转到我们这边，要另外交三百块的债权转让手续费，交了才能给您办和解。",
        "您要的那份债务确认函我们可以开，但得先付两百元的证明开具费。",
        "和解方案可以给你，不过我们委外公司要额外收百分之十的催收服务费，这笔钱另算，不在欠款里面。",
      ],
      new_borrowing: [
        "这个和解价只保留到周五，你手上没钱就先去别的网贷平台借一笔，把它结了。",
        "你不是有信用卡吗？直接刷取现额度，把转让过来的这笔尾款一次性还掉。",
        "找你爸妈或者亲戚先借一点凑一凑，钱到了就打到我们公司的对公账户，这个账号今天就能结清。",
      ],
    },
    en: {
      threat: [
        "We bought this account outright from the original creditor, so it's ours now, and if you keep stalling I promise I'll make every single day of your life miserable.",
        "You've never seen what an outside collection agency can do. The account's with us now, and until it's paid off we'll be on you day after day until you can't stand it.",
        "You got the notice of assignment, so don't think a new owner means you can walk away from it. Leave this account unresolved and your whole family won't get a single day of peace.",
      ],
      impersonation: [
        "Hello, I'm calling on behalf of the district court. The court has instructed me to formally notify you today about the debt that was assigned from your original creditor.",
        "This is an officer with the city police financial crimes unit. The company that bought your debt has referred your account file to us.",
        "We're the resolution agency designated by the federal financial regulator, and I'm contacting you today as a regulatory official about the account that was transferred to us.",
      ],
      insult: [
        "Even the original creditor got sick of you and sold us your account. You're just a shameless deadbeat, aren't you?",
        "I've read you the account number three times and you still can't keep it in your head. Is that brain just for decoration? I've rarely met anyone this dense.",
        "We offer you fifty cents on the dollar and you're still nitpicking. You really are an ungrateful waste of space.",
      ],
      violence: [
        "We paid good money for this debt, and if you don't pay up I'll get a couple of my guys to break your legs.",
        "Your account's with our company now, and we're not polite like the bank was. Watch yourself, one of these days you step outside and somebody sticks a knife in you.",
        "Your car's still parked in the usual spot, right? Don't settle this account, and when the windows get smashed and the tires slashed, don't say we didn't warn you.",
      ],
      privacy_disclosure: [
        "If you won't cooperate on this assigned debt, we'll send the balance details to every contact in your phone so they all know you don't pay what you owe.",
        "I already called the HR department at your job and told them you've got an unpaid balance of over thirty thousand on an account our company holds.",
        "We'll do what the original creditor never did. Tomorrow your name and the amount you owe go up in your neighborhood group chat and on social media.",
      ],
      false_consequence: [
        "Once a debt has been sold, it becomes a criminal case, and when it hits ninety days past due you'll have a criminal record.",
        "Under the rules, if an account taken over by a debt buyer isn't paid off, your passport and your ID get canceled and you won't be able to leave the country.",
        "Once this account is flagged as a charged-off asset that was sold, your kids will be blocked from college admissions and government jobs later on.",
      ],
      extra_fee: [
        "Since the account moved from the original creditor to us, there's a separate three-hundred-dollar assignment processing fee, and once that's paid we can set up your settlement.",
        "We can send you the validation letter you asked for, but there's a two-hundred-dollar fee to issue it up front.",
        "I can get you a settlement, but as the outside agency we charge an extra ten percent collection service fee, and that's on top of the balance, not part of it.",
      ],
      new_borrowing: [
        "This settlement price is only good until Friday. If you don't have the cash, just take out a loan on another lending app and clear it.",
        "You've got a credit card, don't you? Pull a cash advance on it and knock out the rest of this assigned balance in one shot.",
        "Ask your parents or your relatives to lend you what they can, then wire it to our company account and we'll close this account number out today.",
      ],
    },
  },
  clean: {
    zh: [
      [
        ['agent', "您好，这里是鼎盛资产管理有限公司，请问是刘晓峰先生本人吗？"],
        ['debtor', "对，我就是，有什么事吗？"],
        ['agent', "刘先生，您之前在恒达小贷的一笔借款，原债权人已经把债权转让给我们公司，今天来电是想跟您核对一下账户信息。"],
        ['debtor', "我根本不记得借过这笔钱，这笔债我有异议，你们拿出证明之前我不会认。"],
        ['agent', "好的，您的异议我已经记录下来了。我们会把债权转让通知和原始借款合同的复印件寄给您，在您收到材料并核实之前，这个账户的催收先暂停。"],
        ['debtor', "那就先这样吧。"],
        ['agent', "好的，材料寄出后会有短信提醒您。打扰了，再见。"],
      ],
      [
        ['agent', "您好，请问是郑秀兰女士吗？我是安和信用管理公司的工作人员。"],
        ['debtor', "是我。你们是为那笔被转卖的欠款打来的吧？这件事我已经委托律师处理了。"],
        ['agent', "明白。方便的话请告诉我律师的姓名和联系方式。"],
        ['debtor', "陈律师，电话是一三九八八七六五四三二，以后有事请直接找他。"],
        ['agent', "好的，陈律师的电话我记下了。以后关于这个账户的事我们只跟陈律师沟通，不会再直接打给您。"],
        ['debtor', "好的，谢谢你。"],
        ['agent', "不客气，祝您一切顺利，再见。"],
      ],
      [
        ['agent', "周女士，身份已经核实，谢谢配合。您的账户现在由我们公司持有，原债权人是民丰银行。先跟您说明几点：我们不会联系您的单位或者家人，也不会收取任何合同以外的费用，您申请债务确认函是免费的。"],
        ['debtor', "那你们会不会让我去借钱来还？"],
        ['agent', "不会，我们不要求您向任何人借钱。如果您有意向，我们可以提供一个和解方案，一次性支付余额的六成就可以结清，接不接受完全由您决定。"],
        ['debtor', "我得考虑一下。"],
        ['agent', "没问题，这个方案三十天内有效，您想好了随时打这个电话找我们就行。"],
      ],
      [
        ['agent', "您好，请问是孙建国先生吗？我是远航信用管理公司的客服。"],
        ['debtor', "是我。你们这帮买垃圾债的，天天打电话烦不烦？"],
        ['agent', "抱歉打扰您了。我们是这个账户的受让方，只是想跟您确认一下账户现在的情况。"],
        ['debtor', "确认什么确认，你们就是一群吸血鬼，别跟我废话。"],
        ['agent', "我理解您的心情。如果您现在不方便谈，我们可以换个时间，您也可以要求我们以后只用书面方式联系您。"],
        ['debtor', "那就写信，别再打了。"],
        ['agent', "好的，已经帮您登记了，以后只给您寄书面材料。祝您生活愉快。"],
      ],
      [
        ['agent', "吴女士您好，身份已经核实，谢谢。这个账户是我们从原债权人那里受让的，当前余额是五千六百元，其中包括原合同约定的逾期利息，我们受让之后没有另加任何费用。"],
        ['debtor', "如果我一直不还会怎么样？会坐牢吗？"],
        ['agent', "不会，欠款是民事上的事，不会因为这个坐牢。原债权人之前已经向征信中心报送过逾期记录，按照规定，这条记录从结清之日起保留五年，结清后状态会更新为已结清。"],
        ['debtor', "那我下个月发了工资再说。"],
        ['agent', "可以的，您方便的时候联系我们就行。"],
      ],
    ],
    en: [
      [
        ['agent', "Hello, this is Keystone Recovery Group. Am I speaking with Mr. Daniel Foster?"],
        ['debtor', "Yeah, that's me. What's this about?"],
        ['agent', "Mr. Foster, this is an attempt to collect a debt. Your loan with Harbor Lending was sold by the original creditor to our company, and I'm calling to go over the account with you."],
        ['debtor', "I don't remember ever borrowing that. I'm disputing this debt, and I'm not acknowledging anything until you prove it."],
        ['agent', "Understood, I've noted your dispute. We'll mail you verification, including the assignment record and a copy of the original agreement, and collection on the account is on hold until you've received it."],
        ['debtor', "Okay, let's leave it there then."],
        ['agent', "Sounds good. You'll get a text once the documents go out. Sorry to bother you, goodbye."],
      ],
      [
        ['agent', "Hi, may I speak with Ms. Karen Whitfield? This is Lakeshore Credit Management."],
        ['debtor', "Speaking. Is this about that debt that got sold? I've already got a lawyer handling it."],
        ['agent', "I see. If you don't mind, could you give me your attorney's name and number?"],
        ['debtor', "It's Michael Chen, 555-014-2287. Please deal with him from now on."],
        ['agent', "Got it, I've written down Mr. Chen's number. Going forward we'll only communicate with him about this account and won't call you directly."],
        ['debtor', "Okay, thanks very much."],
        ['agent', "You're welcome. Take care, goodbye."],
      ],
      [
        ['agent', "Thanks for verifying, Ms. Patterson. Your account is now owned by our company; the original creditor was Midland Federal Bank. Just so you know: we won't contact your employer or your family, we don't charge anything beyond what's in your contract, and requesting a validation letter is free."],
        ['debtor', "So are you going to tell me to borrow money to pay you?"],
        ['agent', "No, we don't ask you to borrow from anyone. If you're interested, we can offer a settlement where a lump sum of sixty percent of the balance closes the account, but whether you take it is entirely up to you."],
        ['debtor', "I need to think about it."],
        ['agent', "No problem. The offer is good for thirty days, so call us at this number whenever you've decided."],
      ],
      [
        ['agent', "Hi, is this Mr. Greg Holloway? I'm calling from Northstar Credit Services."],
        ['debtor', "Yeah. You junk-debt buyers call every single day, don't you ever get tired of it?"],
        ['agent', "I'm sorry for the trouble. We're the current owner of the account, and I only wanted to confirm where things stand with you."],
        ['debtor', "Confirm what? You people are a bunch of bloodsuckers. Don't waste my time."],
        ['agent', "I understand you're frustrated. If now isn't a good time we can talk later, or you can ask us to contact you only in writing."],
        ['debtor', "Then write. Stop calling."],
        ['agent', "Will do, I've noted that, and from now on we'll only send you letters. Have a good day."],
      ],
      [
        ['agent', "Hello Ms. Romero, thanks for verifying. We acquired this account from the original creditor; the current balance is $5,600, which includes the late interest set out in your original contract, and we haven't added any fees since the account was assigned to us."],
        ['debtor', "What happens if I just never pay? Can I go to jail?"],
        ['agent', "No, this is a civil matter and nobody goes to jail over an unpaid debt. The original creditor already reported the late payments to the credit bureaus; under federal law that can stay on your report for up to seven years from the original delinquency, and once it's paid the account will be updated to show paid."],
        ['debtor', "Then I'll deal with it after I get paid next month."],
        ['agent', "That's fine, just reach out to us whenever it's convenient."],
      ],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: [
        "你们别再打这个电话了，我不想再接到你们公司的任何电话。",
        "这个账户已经转到我们公司名下了，余额还是得处理，您今天能先付多少？",
      ],
      ignored_attorney: [
        "这件事我已经请了律师，有什么你直接去跟我的律师谈。",
        "律师那边是律师的事，账还是在您名下，这个和解金额您今天先定一下什么时候付。",
      ],
      ignored_dispute: [
        "这笔钱我早就跟原来的银行结清了，根本不是我欠的。",
        "原债权人转给我们的数据显示还有八千二没还，您先把这笔钱付了，账号我现在就发给您。",
      ],
      ignored_hardship: [
        "我上个月被公司裁员了，现在连房租都交不上，真的没钱还。",
        "这个我了解，但账户已经逾期很久了，这个周末之前您至少要还一千块进来。",
      ],
    },
    en: {
      ignored_stop_request: [
        "Stop calling this number. I don't want any more calls from your company.",
        "The account belongs to our company now and the balance still has to be dealt with. How much can you put down today?",
      ],
      ignored_attorney: [
        "I've hired a lawyer for this. Whatever you've got, take it up with my attorney.",
        "Your lawyer is your lawyer, but the account is still in your name. Let's pin down today when you're paying the settlement amount.",
      ],
      ignored_dispute: [
        "I paid that off with the original bank ages ago. This isn't my debt.",
        "The file the original creditor sold us shows $8,200 still owing, so go ahead and pay that, and I'll text you the account number right now.",
      ],
      ignored_hardship: [
        "I got laid off last month. I can't even cover my rent, I really don't have the money.",
        "I hear you, but this account has been past due for a long time. You need to get at least a thousand dollars in by this weekend.",
      ],
    },
  },
  thirdParty: {
    zh: [
      ['third_party', "我是他爱人，他出差去了，有什么事你跟我说吧。"],
      ['agent', "好的，那麻烦您转告他，他以前在民丰银行的信用卡欠款已经转让给我们公司了，现在欠一万两千三，已经逾期半年，请他尽快跟我们联系。"],
    ],
    en: [
      ['third_party', "This is his wife. He's away on a work trip, so you can tell me what it's about."],
      ['agent', "Sure. Please let him know his old Summit Bank credit card balance was sold to our company. He owes $12,300 and it's six months past due, so he needs to call us back as soon as possible."],
    ],
  },
};
