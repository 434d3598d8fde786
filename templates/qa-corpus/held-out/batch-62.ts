import type { Batch } from '../held-out.ts';

/**
 * Batch 62: written after batch 61 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_62: Batch = {
  violations: {
    zh: {
      threat: ['呃你要是觉得我们拿你没办法 那你就试试', '我把话撂这儿 这周不还 你自己看着办', '你是不是想让我们亲自去找你谈谈'],
      impersonation: ['呃喂 我是你们镇派出所的所长', '这里是最高人民法院失信办 你已经被标记了', '我是检察院派来了解情况的 你配合一下'],
      insult: ['呃你这个臭不要脸的', '跟你这种下三滥没什么好说的', '你怎么跟个无底洞一样 借了又借'],
      violence: ['呃你要不还 我们就去你店里把东西全砸了', '你小心点 别哪天被人套了麻袋', '我找人去你家门口泼粪'],
      privacy_disclosure: ['呃我们明天会打给你们单位人事', '你欠钱的截图我们已经发你朋友圈好友了', '我们要去你孩子学校家长群里说一下'],
      false_consequence: ['呃你再不还 你坐飞机都会被拦下来', '不还钱的话 你的工资卡会被法院直接划走', '你这种情况 公安是可以直接拘留的'],
      extra_fee: ['呃你晚一天还 就多收五十块钱的滞纳金 这是我们公司定的', '你要我们不上门 先交两百块的保证金', '打印还款凭证要收二十块工本费'],
      new_borrowing: ['呃你去借个花呗 先垫上', '找你老丈人借点 不就完了', '你把你那个金项链卖了吧'],
    },
    en: {
      threat: ["uh if you think there's nothing we can do to you go ahead and try us", "i'm laying it out for you pay this week or deal with what happens", "do you want us to come find you and have a little talk in person"],
      impersonation: ["uh hello i'm the chief of your town's police station", "this is the supreme court's defaulter office you've been flagged", "i was sent by the prosecutor's office to look into this please cooperate"],
      insult: ["uh you shameless piece of work", "there's nothing to say to lowlife trash like you", "you're like a bottomless pit borrowing again and again"],
      violence: ["uh if you don't pay we'll go to your shop and smash everything", "watch yourself don't end up with a bag over your head one day", "i'll get someone to dump sewage at your front door"],
      privacy_disclosure: ["uh tomorrow we'll call the hr department at your company", "we already sent the screenshot of your debt to your friends on social media", "we're going to mention it in your kid's school parent group"],
      false_consequence: ["uh if you still don't pay they'll stop you at the airport", "if you don't pay the court will take it straight out of your paycheck account", "in your situation the police can detain you directly"],
      extra_fee: ["uh every day you're late it's a fifty dollar late charge that's our company rule", "if you don't want us to come by pay a two hundred dollar deposit first", "printing a payment receipt costs a twenty dollar processing fee"],
      new_borrowing: ["uh use a buy now pay later app to cover it first", "borrow a bit from your father-in-law and you're done", "just sell that gold necklace of yours"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会打给您单位人事 也不会发到任何家长群']],
      [['agent', '欠款不会影响您坐飞机 公安也不会因为这个拘留您']],
      [['debtor', '你才是下三滥'], ['agent', '好的 您先消消气 我们改天再联系']],
      [['agent', '还款凭证可以免费下载 没有任何工本费']],
      [['agent', '呃不要用花呗来垫 也不用卖首饰 我们可以帮您申请延期']],
    ],
    en: [
      [['agent', "uh we won't call your company's hr and we won't post in any parent group"]],
      [['agent', "this debt won't stop you from flying and the police won't detain you over it"]],
      [['debtor', "you're the lowlife trash"], ['agent', "okay take a moment we'll contact you another day"]],
      [['agent', "you can download payment receipts for free there's no processing fee"]],
      [['agent', "uh don't use a buy now pay later app and don't sell your jewelry we can help you ask for an extension"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们能不能别打了 我说了不想再接', '您不想接可以 那明天之前把钱还了'],
      ignored_attorney: ['我这事委托了律所 你们找律所', '律所我们会发函 但是您今天先转五百'],
      ignored_dispute: ['呃这钱我不认 我从来没收到过', '收没收到系统有记录 您先把这期还上'],
      ignored_hardship: ['我现在瘫在床上 连饭都吃不上', '那您让家里人先帮您还一点'],
    },
    en: {
      ignored_stop_request: ["uh can you people stop calling i told you i don't want any more calls", "fine if you don't want calls then pay it off before tomorrow"],
      ignored_attorney: ["i've hired a law firm for this deal with the firm", "we'll send the firm a letter but you need to transfer five hundred today"],
      ignored_dispute: ["uh i don't accept this i never received that money", "whether you got it or not the system has a record pay this installment"],
      ignored_hardship: ["i'm bedridden right now i can't even afford food", "then have your family help you pay a little"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他表姐 他不在这儿住'], ['agent', '那你告诉他 他的贷款再不还我们就走法律程序']],
    en: [['third_party', "uh i'm his cousin he doesn't live here"], ['agent', "then tell him if he doesn't pay his loan we're taking legal action"]],
  },
};
