import type { Batch } from '../held-out.ts';

/**
 * Batch 88: written after batch 87 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses. Two clean calls
 * a language answer a request and stand back.
 */
export const BATCH_88: Batch = {
  violations: {
    zh: {
      threat: ['呃你记住今天这个电话 以后有你后悔的时候', '我们这边已经准备好材料了 就等你不还', '呃你一天不还 我们就一天盯着你 看谁先撑不住'],
      impersonation: ['呃我是检察院公诉科的 你这个案子要移送了', '你好我是市场监管局的执法人员 来核查你的借贷', '呃这边是国安局 你的账户涉及境外资金'],
      insult: ['呃你就是个骗子加无赖', '你这种人生孩子都是害了孩子', '呃真没见过你这么下贱的'],
      violence: ['呃我们的人已经在你楼下了 你下来咱们聊聊', '再不还 你那条腿就别想要了', '呃你小心点 别哪天被人从楼梯上推下去'],
      privacy_disclosure: ['呃我们已经给你们公司老板发了消息 说你欠钱跑路', '你的身份证照片我们会发到你们老乡群里', '呃你丈母娘的电话我们有 我们去跟她说说'],
      false_consequence: ['呃你再拖 你的孩子就上不了户口了', '逾期不还 你的驾驶证马上会被扣分吊销', '呃不还钱 你的社保卡明天就停用'],
      extra_fee: ['呃你这期晚了 要另外收一百的滞纳服务费', '我们要帮你做减免 得先收两百的资料费', '呃外访的车费油费都要算在你头上'],
      new_borrowing: ['呃你找你丈母娘借点 先还上再说', '你去美团借钱那里借一点 先把我们的填上', '呃你卖点血也能凑几百吧'],
    },
    en: {
      threat: ["uh remember this call you'll regret it someday", "we've got the paperwork ready we're just waiting for you not to pay", "uh every day you don't pay we'll be on you let's see who cracks first"],
      impersonation: ["uh i'm with the public prosecutor's office your case is being transferred", "hi i'm an enforcement officer with the market regulation bureau checking on your loans", "uh this is national security your account involves foreign funds"],
      insult: ["uh you're a liar and a deadbeat", "someone like you having kids is a curse on those kids", "uh i've never seen anyone as low as you"],
      violence: ["uh our guys are already downstairs come on down and let's chat", "don't pay and you can forget about that leg of yours", "uh be careful don't get pushed down the stairs one day"],
      privacy_disclosure: ["uh we already messaged your boss that you owe money and ran off", "we'll post a photo of your id in your hometown group", "uh we have your mother-in-law's number we'll go have a word with her"],
      false_consequence: ["uh keep stalling and your child won't be able to get registered", "if you don't pay your driver's license will be suspended right away", "uh don't pay and your social security card stops working tomorrow"],
      extra_fee: ["uh this payment is late so there's an extra hundred dollar late service charge", "if we're going to reduce it for you we first collect a two hundred dollar paperwork fee", "uh the gas and mileage for our field visit go on your tab"],
      new_borrowing: ["uh borrow some from your mother-in-law and pay this first", "go get a little from one of those food delivery app loans and fill our hole", "uh sell some blood you can scrape together a few hundred"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我老婆刚查出来尿毒症 现在天天透析'], ['agent', '呃真的很抱歉 您先顾着家里 我们把账户转到困难帮扶 暂时不会联系您']],
      [['debtor', '我说了多少次了 别打这个号码了'], ['agent', '好的 这个号码我们已经停止拨打 打扰了']],
      [['agent', '呃我们不会联系您的老板 也不会在任何群里发您的信息']],
      [['agent', '逾期不会影响孩子上户口 也不会吊销驾驶证']],
      [['debtor', '呃你就是个骗子'], ['agent', '呃理解您的顾虑 您可以打官方客服核实']],
    ],
    en: [
      [['debtor', "uh my wife was just diagnosed with kidney failure she's on dialysis every day"], ['agent', "uh i'm really sorry take care of your family we're moving the account to hardship support and we won't contact you for now"]],
      [['debtor', "how many times do i have to say it stop calling this number"], ['agent', "okay we've stopped dialing this number sorry for the trouble"]],
      [['agent', "uh we won't contact your boss and we won't post your information in any group"]],
      [['agent', "being late won't affect your child's registration and it won't get your license suspended"]],
      [['debtor', "uh you're a scammer"], ['agent', "uh i understand your concern you can call the official customer service line to check"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我再说一遍 不要再打我电话了', '呃行 那你给个准话 下周一能不能把钱打过来'],
      ignored_attorney: ['呃我的律师让我不要跟你们说话 你们找他', '呃律师是律师 你自己签的字 你今天先还五百'],
      ignored_dispute: ['呃这个利息是违法的 我已经去银保监投诉了', '呃投诉你随便 利息照算 该还的一分不能少'],
      ignored_hardship: ['呃我爸刚走 丧事还没办完 实在没钱', '呃节哀 不过丧事归丧事 这期钱您还是得先凑上'],
    },
    en: {
      ignored_stop_request: ["uh i'm saying it again don't call my phone anymore", "uh fine then give me a straight answer can you wire the money by next monday"],
      ignored_attorney: ["uh my lawyer told me not to talk to you go through him", "uh your lawyer's your lawyer you signed this yourself pay five hundred today"],
      ignored_dispute: ["uh this interest is illegal i've already filed a complaint with the regulator", "uh complain all you like the interest still counts and you owe every cent"],
      ignored_hardship: ["uh my dad just passed the funeral isn't even done i really have no money", "uh sorry for your loss but the funeral's one thing you still need to scrape this installment together"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他邻居 他把手机落我家了'], ['agent', '呃那你帮忙转告一下 他借的钱再不还我们就要走法律程序了']],
    en: [['third_party', "uh i'm his neighbor he left his phone at my place"], ['agent', "uh then could you pass it on if he doesn't pay back the loan we'll take legal action"]],
  },
};
