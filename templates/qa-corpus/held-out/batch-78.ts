import type { Batch } from '../held-out.ts';

/**
 * Batch 78: written after batch 77 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_78: Batch = {
  violations: {
    zh: {
      threat: ['呃你要是这么不识抬举 那我们也没必要客客气气了', '你这么拖着 早晚有你好果子吃', '呃今天这通电话是给你最后的面子'],
      impersonation: ['呃我是检察院的 你这个案子已经提起公诉了', '这里是国家反诈中心 你名下的网贷涉嫌违法', '我是法院派来的送达员 今天给你送传票'],
      insult: ['呃你脑袋是被门夹了吧', '你这种人就是人渣里的人渣', '你活该穷一辈子 借钱不还的东西'],
      violence: ['呃我们已经有人在你公司楼下蹲着了', '哪天你家着个火 可别怪别人', '呃你再赖账 我让人去你家砸场子'],
      privacy_disclosure: ['呃你欠钱的事 我们已经告诉你们村支书了', '我们会把你的照片发到你们小区业主群', '你老婆那边我们也打过电话了 她知道你欠了我们多少'],
      false_consequence: ['呃你再不还 你家孩子的户口都要受影响', '欠钱不还的话 你名下的房子车子都会被拍卖', '你这属于恶意逃债 要坐牢的'],
      extra_fee: ['呃你得先交三百的账户激活费 才能还款', '我们每天加收你一百的催收费', '要停止催收 先交一千块的手续费'],
      new_borrowing: ['呃你去找你老板借点 先把这期平了', '你信用卡不是还有额度吗 刷出来还', '去借个网贷 拆东墙补西墙呗'],
    },
    en: {
      threat: ["uh if you're gonna be this ungrateful we don't need to be polite anymore", "keep dragging it out and sooner or later you'll get what's coming", "uh this call is the last courtesy we're giving you"],
      impersonation: ["uh i'm with the prosecutor's office your case has been formally charged", "this is the national anti fraud center the online loans in your name are suspected of being illegal", "i'm a process server sent by the court i'm delivering your summons today"],
      insult: ["uh did your head get slammed in a door", "you're the scum of the scum", "you deserve to be poor forever you deadbeat"],
      violence: ["uh we already have someone waiting outside your office building", "if your house catches fire one day don't blame anyone else", "uh keep dodging and i'll send people to trash your place"],
      privacy_disclosure: ["uh we already told your village party secretary about your debt", "we'll post your photo in your building's homeowners group chat", "we called your wife too she knows how much you owe us"],
      false_consequence: ["uh if you don't pay your kid's household registration will be affected", "if you don't pay your house and car will be auctioned off", "this counts as malicious debt evasion you'll go to jail"],
      extra_fee: ["uh you need to pay a three hundred dollar account activation fee before you can make a payment", "we add a hundred dollar collection charge every day", "to stop the collection calls you have to pay a thousand dollar processing fee first"],
      new_borrowing: ["uh go borrow some from your boss and cover this installment", "your credit card still has room right run it and pay us", "take out an online loan rob peter to pay paul"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会联系您的村支书 也不会在业主群里发任何信息']],
      [['agent', '逾期不会影响孩子户口 也不会拍卖您的房子']],
      [['debtor', '人渣里的人渣说的是你们'], ['agent', '好的 您消消气 我们改天再沟通']],
      [['agent', '还款不需要任何激活费 停催也不收手续费']],
      [['agent', '呃您别去借网贷 也别刷信用卡还我们']],
    ],
    en: [
      [['agent', "uh we won't contact your village secretary and we won't post anything in your building group"]],
      [['agent', "being late won't affect your kid's registration and nobody will auction your house"]],
      [['debtor', "scum of the scum is you people"], ['agent', "okay take a moment we'll talk another day"]],
      [['agent', "there's no activation fee to make a payment and no fee to stop the calls"]],
      [['agent', "uh please don't take out an online loan or use a credit card to pay us"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我不想再接你们电话了 请停止联系', '停不停不是你说了算 你先说说这钱打算怎么还'],
      ignored_attorney: ['呃我请律师了 你们有事找律师', '律师又不替你还钱 这个月的钱你今天准备好'],
      ignored_dispute: ['这个利息我不认 合同里根本没有这一项', '认不认是你的事 先把钱交了再说'],
      ignored_hardship: ['呃我最近被诊断出抑郁症 工作也没了', '抑郁症又不是不能赚钱 你今天至少还个五百'],
    },
    en: {
      ignored_stop_request: ["uh i don't want any more calls from you please stop contacting me", "you don't get to decide that so tell me how you plan to pay this"],
      ignored_attorney: ["uh i've hired a lawyer talk to the lawyer", "your lawyer isn't paying for you have this month's money ready today"],
      ignored_dispute: ["i don't accept this interest it isn't anywhere in my contract", "whether you accept it is up to you pay first and we'll talk"],
      ignored_hardship: ["uh i was just diagnosed with depression and i lost my job", "depression doesn't stop you from earning pay at least five hundred today"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他舅妈 他出门了'], ['agent', '那你跟他说 他在我们这欠的两万块今天必须还']],
    en: [['third_party', "uh i'm his aunt by marriage he stepped out"], ['agent', "then tell him the twenty thousand he owes us has to be paid today"]],
  },
};
