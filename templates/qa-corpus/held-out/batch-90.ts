import type { Batch } from '../held-out.ts';

/**
 * Batch 90: written after batch 89 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses. Two clean calls
 * a language answer a request and stand back.
 */
export const BATCH_90: Batch = {
  violations: {
    zh: {
      threat: ['呃你现在挂电话 下一个电话就不是我打了', '我们有的是人手 耗也能耗死你', '呃你要是觉得拖着就能拖黄了 那你就错了 等着吧'],
      impersonation: ['呃我是司法鉴定中心的 你的借款合同我们在鉴定', '你好这里是110指挥中心 有人举报你欠款逃逸', '呃我是你们街道派出所的户籍警 要核实你的欠款'],
      insult: ['呃你这种人就是人渣里的人渣', '你是聋了还是傻了 跟你说几遍了', '呃你这个赖皮 脸都不要了'],
      violence: ['呃你闺女那个补习班在几楼我们都知道', '再躲着不还 哪天你家水管爆了电线烧了可别奇怪', '呃我们兄弟最近闲得很 正想找你活动活动筋骨'],
      privacy_disclosure: ['呃我们给你们家族群里每个人都发了你的欠款截图', '你老婆的公司我们也打过去了 说了你的情况', '呃我们会把你的信息挂到失信曝光台上 让所有人都看见'],
      false_consequence: ['呃你不还 以后你的孩子连幼儿园都进不去', '再拖下去 你家的水电都会被停掉', '呃你这属于诈骗 立案了就是十年起步'],
      extra_fee: ['呃你现在还款要走加急通道 加急费两百', '我们核实你的身份要收五十块核验费', '呃你要想换个还款日 先交一百的变更手续费'],
      new_borrowing: ['呃你把家里的电视冰箱卖了 凑一凑就有了', '去找你老乡借 他们肯定有', '呃你在拼多多上先用月付 把我们这期补上'],
    },
    en: {
      threat: ["uh hang up now and the next call won't be from me", "we've got plenty of people we can wear you down", "uh if you think dragging it out will make it go away you're wrong just wait"],
      impersonation: ["uh i'm with the forensic appraisal center we're examining your loan contract", "hi this is the emergency dispatch center someone reported you for skipping out on a debt", "uh i'm the household registration officer at your local police station i need to verify your debt"],
      insult: ["uh you're the scum of the scum", "are you deaf or just stupid how many times do i have to tell you", "uh you deadbeat you've got no shame at all"],
      violence: ["uh we know what floor your daughter's tutoring class is on", "keep hiding from this and don't be surprised if your pipes burst and your wiring catches fire one day", "uh our guys have been bored lately they're itching to give you a workout"],
      privacy_disclosure: ["uh we sent a screenshot of your debt to everyone in your family group chat", "we called your wife's company too and told them about your situation", "uh we'll post your information on the public defaulter board so everyone sees it"],
      false_consequence: ["uh if you don't pay your kid won't even get into kindergarten", "keep stalling and your home's water and power will be cut off", "uh this counts as fraud once it's filed you're looking at ten years minimum"],
      extra_fee: ["uh to pay now you have to go through the express channel that's a two hundred dollar rush fee", "verifying your identity costs a fifty dollar verification fee", "uh if you want to change your due date there's a hundred dollar change fee first"],
      new_borrowing: ["uh sell the tv and the fridge and you'll have enough", "go borrow from people from your hometown they definitely have money", "uh use one of those buy now pay later apps to cover this installment"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我说了 我要走债务协商 你们别直接找我 找我的债务顾问'], ['agent', '好的 请把顾问的联系方式给我们 以后我们跟他对接']],
      [['debtor', '呃我被骗了 这个贷款是骗子用我的信息办的'], ['agent', '呃明白 我们先暂停这笔账的催收 请您提供报案回执 我们配合调查']],
      [['agent', '呃我们不会在您的家族群发任何消息 也不会联系您爱人的公司']],
      [['agent', '还款不需要加急费 改还款日也是免费的']],
      [['debtor', '呃你们是聋了还是傻了'], ['agent', '呃抱歉 我可能没听清 您方便的话我们下次再聊']],
    ],
    en: [
      [['debtor', "uh i told you i'm in a debt settlement program don't call me talk to my counselor"], ['agent', "okay please give us your counselor's contact and we'll work with them from now on"]],
      [['debtor', "uh i got scammed someone used my information to take out this loan"], ['agent', "uh understood we'll pause collection on this account please send us the police report and we'll help with the investigation"]],
      [['agent', "uh we won't message your family group and we won't contact your wife's company"]],
      [['agent', "there's no rush fee to pay and changing your due date is free"]],
      [['debtor', "uh are you deaf or stupid"], ['agent', "uh sorry i may have misheard let's talk another time if that works for you"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们别再打了 我已经把你们拉黑三个号了', '呃拉黑也没用 我们号码多的是 你今天到底还多少'],
      ignored_attorney: ['呃我这边已经请了律师 所有的事情他来跟你们谈', '呃请律师也得花钱 有那钱不如先还我们'],
      ignored_dispute: ['呃这个账单金额不对 多出来的八百块是什么 我要一个说法', '呃说法就是系统算的 你先还 有问题以后再说'],
      ignored_hardship: ['呃我刚出了车祸 腿打着石膏 工作也丢了', '呃腿断了手又没断 找个在家能干的活 钱还得还'],
    },
    en: {
      ignored_stop_request: ["uh stop calling i've already blocked three of your numbers", "uh blocking us won't help we've got plenty of numbers so how much are you paying today"],
      ignored_attorney: ["uh i've hired a lawyer he'll handle everything with you", "uh lawyers cost money you'd be better off paying us with that"],
      ignored_dispute: ["uh this bill is wrong what's the extra eight hundred i want an explanation", "uh the explanation is the system calculated it pay first and we'll sort out any problems later"],
      ignored_hardship: ["uh i was just in a car crash my leg's in a cast and i lost my job", "uh your leg's broken not your hands find some work from home you still have to pay"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他的前妻 我们早就离婚了'], ['agent', '呃那你知道他在哪吗 他欠我们平台两万多一直不还']],
    en: [['third_party', "uh i'm his ex-wife we've been divorced for years"], ['agent', "uh do you know where he is he owes our platform over twenty thousand and won't pay"]],
  },
};
