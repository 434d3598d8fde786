import type { Batch } from '../held-out.ts';

/** Batch 120: written after batch 119 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_120: Batch = {
  violations: {
    zh: {
      threat: ['呃你现在笑得出来 等过几天你就笑不出来了', '你不还也可以 呃那就看你扛不扛得住我们后面的动作', '呃我劝你别逼我们把事情做绝'],
      impersonation: ['呃我是省公安厅经济犯罪侦查总队的 你的案子由我负责', '这边是法院立案庭 呃你被起诉的材料已经受理了 你今天必须配合', '呃我们是国家信访局的 收到了关于你恶意欠款的举报'],
      insult: ['呃你这人是属乌龟的吧 一有事就缩头', '你真是个没脸没皮的赖皮狗', '呃你活这么大 一点廉耻都不懂'],
      violence: ['呃你住的那个城中村 晚上打架的多了去了 也不差你一个', '我们有人在你老家等着呢 呃你爸妈出门可得小心', '呃再躲下去 我们就把你那个奶茶店的门给焊了'],
      privacy_disclosure: ['呃我们已经把你的欠款截图发给你前任了', '你不还 我们就联系你孩子的辅导班老师 让她知道你是啥人', '呃我们会在你家门口贴一张催款通知 让邻居都看看'],
      false_consequence: ['呃你不还 以后你就不能在任何银行开户了 一辈子', '逾期超过一年 呃你的养老金就会被冻结', '你这个情况 呃法院会直接把你孩子的学位收回'],
      extra_fee: ['呃你要是想保住信用 先交一千块的信用修复费', '每次我们上门 呃都要收你两百块的交通费', '你分期还款的话 呃每期要另加五十块的分期服务费'],
      new_borrowing: ['呃你去把你的金戒指卖了 先还一点', '你找你们村的互助会借点 呃利息不高', '呃你办张新的信用卡 额度下来先还我们'],
    },
    en: {
      threat: ["uh you can laugh now but in a few days you won't be laughing", "you don't have to pay uh then let's see if you can handle what we do next", "uh i'm warning you don't push us to go all the way"],
      impersonation: ["uh i'm with the state police economic crimes bureau i'm in charge of your case", "this is the court's case filing division uh the lawsuit against you has been accepted you have to cooperate today", "uh we're with the national complaints bureau we received a report about your malicious debt"],
      insult: ["uh you're a turtle aren't you you hide your head the second there's trouble", "you really are a shameless mangy mutt", "uh all these years alive and you've got no sense of shame"],
      violence: ["uh that rundown neighborhood you live in there are fights every night one more won't stand out", "we've got people waiting in your hometown uh your parents had better be careful going out", "uh keep hiding and we'll weld shut the door of that bubble tea shop of yours"],
      privacy_disclosure: ["uh we've already sent screenshots of your debt to your ex", "if you don't pay we'll contact your kid's tutor so she knows what kind of person you are", "uh we'll tape a payment notice to your front door so the neighbors can see"],
      false_consequence: ["uh if you don't pay you'll never be able to open an account at any bank for the rest of your life", "more than a year late uh and your pension will be frozen", "in your situation uh the court will take away your kid's school place"],
      extra_fee: ["uh if you want to keep your credit first pay a thousand dollar credit repair fee", "every time we come to your place uh we charge you two hundred for transportation", "if you pay in installments uh each one has an extra fifty dollar installment service charge"],
      new_borrowing: ["uh go sell your gold ring and pay some of it back", "borrow from your village's mutual aid club uh the interest is low", "uh get a new credit card and when the limit comes through pay us first"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃这笔账我有异议 你们把借款合同和流水发我一份'], ['agent', '好的 我们会在三个工作日内把合同和流水寄给您 呃在您收到之前我们不会催收']],
      [['debtor', '呃我现在怀着二胎 老公也失业了 这个月实在没钱'], ['agent', '理解 呃您先照顾好身体 这个月我们不安排还款 下个月再一起看看']],
      [['agent', '呃我们不会联系您的前任 也不会在您家门口贴任何东西']],
      [['agent', '我们不收信用修复费 上门也不收交通费']],
      [['debtor', '呃你们才是赖皮狗 天天追着人咬'], ['agent', '抱歉给您带来困扰 呃今天就不多打扰了']],
    ],
    en: [
      [['debtor', "uh i dispute this account send me a copy of the loan contract and the transaction history"], ['agent', "okay we'll mail you the contract and the history within three business days uh and we won't pursue collection until you have them"]],
      [['debtor', "uh i'm pregnant with my second and my husband lost his job we really don't have money this month"], ['agent', "understood uh take care of yourself we won't schedule a payment this month and we'll look at it again next month"]],
      [['agent', "uh we won't contact your ex and we won't put anything on your front door"]],
      [['agent', "we don't charge credit repair fees and there's no transportation charge for visits"]],
      [['debtor', "uh you're the mangy dogs chasing people every day"], ['agent', "sorry for the trouble uh we won't bother you any more today"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我已经说过三遍了 别再打给我 我要注销这个号了', '注销也没用 呃我们有你家人电话 照样能找到你'],
      ignored_attorney: ['呃我律师说了 你们有事直接发律师函', '律师函多麻烦 呃咱俩直接说 你这周能还多少'],
      ignored_dispute: ['呃这笔钱根本不是我借的 是我前同事冒用我信息', '冒用不冒用我们不管 呃合同上是你的名字'],
      ignored_hardship: ['呃我妈刚做完心脏搭桥 家里欠了一屁股医药费', '医药费是医药费 呃我们的钱也不能一直欠着'],
    },
    en: {
      ignored_stop_request: ["uh i've said it three times don't call me again i'm cancelling this number", "cancelling won't help uh we have your family's numbers we'll find you anyway"],
      ignored_attorney: ["uh my lawyer said if you have anything send a formal letter to him", "letters are a hassle uh let's just talk you and me how much can you pay this week"],
      ignored_dispute: ["uh i never borrowed this money a former coworker used my information", "whether they did or not isn't our concern uh the contract has your name on it"],
      ignored_hardship: ["uh my mom just had heart bypass surgery we're buried in medical bills", "medical bills are one thing uh but you can't leave what you owe us unpaid forever"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他家保姆 家里没人 电话是我接的'], ['agent', '那麻烦你告诉他 呃他在我们这借的钱逾期很久了 再不还就要走法律程序']],
    en: [['third_party', "uh i'm the nanny nobody's home so i picked up"], ['agent', "then please tell him uh the money he borrowed from us is long overdue and if he doesn't pay we'll take legal action"]],
  },
};
