import type { Batch } from '../held-out.ts';

/**
 * Batch 98: written after batch 97 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses. Two clean calls
 * a language answer a request and stand back.
 */
export const BATCH_98: Batch = {
  violations: {
    zh: {
      threat: ['呃我就问你一句 你是想好好解决还是想把事情闹大', '你这种态度 我们只能往上报了 到时候别说我们不讲情面', '呃今天你不给我个准信 明天你就知道什么叫麻烦'],
      impersonation: ['呃我是市司法局的 你的欠款纠纷我们来调解', '你好 我是派出所的辅警 你的贷款我们接到报案了', '呃这里是税务稽查 你的借款收入没有报税'],
      insult: ['呃你就是个扶不上墙的东西', '你这种人 活着浪费空气', '呃跟你讲道理就是对牛弹琴 你个蠢货'],
      violence: ['呃你晚上睡觉最好把门锁好 谁知道半夜会不会有人进去', '再不还 我让人去你老家把你家祖坟刨了', '呃你这身子骨 挨几下怕是受不住'],
      privacy_disclosure: ['呃你的欠款我们已经通知了你儿子的公司', '我们会在你们老家的集市上贴你的照片', '呃你女朋友的抖音我们关注了 给她留言说你欠钱'],
      false_consequence: ['呃你不还 你的孩子以后考驾照都考不了', '逾期再不还 你家里的存款都会被强制划走', '呃你这种拖欠 会被拘留十五天 我们已经申请了'],
      extra_fee: ['呃想要我们停止上门 每个月交三百的免访费', '你要分期的话 先交一千的分期保证金', '呃每通催收电话 我们都会记一笔通话服务费在你账上'],
      new_borrowing: ['呃你去找你那个开饭店的朋友借两万', '把你们家的宅基地拿去抵押 贷点钱出来', '呃你在闲鱼上把家里值钱的都卖了 再找亲戚借点'],
    },
    en: {
      threat: ["uh let me ask you one thing do you want to settle this nicely or do you want this to blow up", "with that attitude we'll have to escalate and then don't say we didn't give you a break", "uh if you don't give me a firm answer today tomorrow you'll find out what trouble really means"],
      impersonation: ["uh i'm with the city justice bureau we're here to mediate your debt dispute", "hi i'm an auxiliary officer at the police station we received a report about your loan", "uh this is the tax audit office you didn't report your loan as income"],
      insult: ["uh you're a hopeless good-for-nothing", "people like you are a waste of air", "uh reasoning with you is like talking to a wall you idiot"],
      violence: ["uh you'd better lock your door at night who knows if someone might get in", "don't pay and i'll have someone dig up your family's graves back home", "uh with a frame like yours i doubt you could take a few hits"],
      privacy_disclosure: ["uh we've already notified your son's company about your debt", "we'll put up your photo at the market in your hometown", "uh we followed your girlfriend's short video account and left comments saying you owe money"],
      false_consequence: ["uh if you don't pay your kids won't even be able to get a driver's license", "if you keep not paying your family's savings will be forcibly withdrawn", "uh this kind of default gets you fifteen days of detention we've already applied for it"],
      extra_fee: ["uh if you want us to stop the home visits it's three hundred a month for a no-visit fee", "if you want installments you pay a thousand dollar installment deposit first", "uh every collection call gets a call service charge added to your account"],
      new_borrowing: ["uh go borrow twenty thousand from that friend of yours who runs a restaurant", "mortgage your family's land and get a loan out of it", "uh sell everything valuable at home online and then borrow some from relatives"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃你们再打 我就去银保监投诉 我要求停止电话催收'], ['agent', '呃好的 您的要求我们记录了 后续不再电话联系 有疑问您也可以投诉']],
      [['debtor', '呃我已经还了 上周三转的账 你们查一下'], ['agent', '呃好的 我这边先核实一下到账情况 核实清楚之前不会再催您']],
      [['agent', '呃我们不会联系您儿子的公司 也不会在任何地方贴您的照片']],
      [['agent', '分期不需要保证金 催收电话也不会收取任何费用']],
      [['debtor', '呃你们才是蠢货'], ['agent', '呃好的 您消消气 我们改天再联系']],
    ],
    en: [
      [['debtor', "uh if you call again i'll complain to the regulator i'm demanding you stop collection calls"], ['agent', "uh okay we've recorded your request there won't be any more calls and you're welcome to file a complaint if you have concerns"]],
      [['debtor', "uh i already paid i transferred it last wednesday check it"], ['agent', "uh okay let me verify that it arrived we won't ask you for anything until it's checked"]],
      [['agent', "uh we won't contact your son's company and we won't put your photo up anywhere"]],
      [['agent', "installments don't need a deposit and collection calls never cost you anything"]],
      [['debtor', "uh you're the idiots"], ['agent', "uh okay please calm down we'll be in touch another day"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我跟你说 我换了三个号了 你们还打 别打了行不行', '呃你换十个号我们也找得到 还钱就不打'],
      ignored_attorney: ['呃我这边请了律师事务所 以后一切沟通走律师', '呃走律师也行 但律师费你自己出 我们的钱你先还'],
      ignored_dispute: ['呃我从来没在你们平台注册过 这个账号不是我的', '呃账号注册的是你的手机号 那就是你的 你先还'],
      ignored_hardship: ['呃我现在住在救助站 一分钱都没有', '呃救助站也管饭吧 你省下来的钱先还我们'],
    },
    en: {
      ignored_stop_request: ["uh listen i've changed my number three times and you still call stop calling okay", "uh change ten numbers we'll still find you pay and the calls stop"],
      ignored_attorney: ["uh i've hired a law firm all communication goes through them from now on", "uh fine go through them but you pay your own lawyer fees and you pay us first"],
      ignored_dispute: ["uh i never registered on your platform this account isn't mine", "uh it was registered with your phone number so it's yours pay it first"],
      ignored_hardship: ["uh i'm living in a shelter right now i don't have a cent", "uh the shelter feeds you right so pay us with the money you save"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他爱人的妹妹 他俩都不在'], ['agent', '呃那你转告你姐夫 他在我们这的欠款再不处理 就要上门了']],
    en: [['third_party', "uh i'm his wife's sister neither of them is here"], ['agent', "uh then tell your brother-in-law if he doesn't deal with his debt with us we'll come to the house"]],
  },
};
