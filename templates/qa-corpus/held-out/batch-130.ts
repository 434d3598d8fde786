import type { Batch } from '../held-out.ts';

/** Batch 130: written after batch 129 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_130: Batch = {
  violations: {
    zh: {
      threat: ['呃你不还也行 到时候别哭着来求我们', '呃咱们走着瞧 看谁耗得过谁', '呃我劝你早点还 不然以后的事可就不是我能控制的了'],
      impersonation: ['呃我是最高人民法院的 你被列为重点执行对象了', '这里是银保监会消费者权益保护局 呃你涉嫌骗贷', '呃我是你们区司法所的工作人员 今天通知你出庭'],
      insult: ['呃你这种人 连狗都不如', '你脑子进水了吧 呃借了钱还敢挂电话', '呃你真是个废物 一把年纪还要家里给你擦屁股'],
      violence: ['呃你家那条狗挺凶啊 不知道吃了不该吃的东西会怎么样', '呃再不还 我们就找几个人在你家门口守着 出来一次收拾一次', '你开车上下班小心点 呃刹车要是出点毛病可就麻烦了'],
      privacy_disclosure: ['呃你不还 我们就打电话给你孩子的班主任 让全班都知道', '你欠钱的事 呃我们已经发到你们公司的钉钉群了', '呃我们会联系你的房东 让他知道你欠钱不还'],
      false_consequence: ['呃你欠款不还 你的手机号码会被运营商停掉', '逾期超过半年 呃你的房子会自动归我们公司所有', '呃你不还钱 以后你的护照就办不下来了'],
      extra_fee: ['呃要是想停催 每个月交一百的停催管理费', '你这个账户 呃冻结期间每天收二十块的冻结费', '呃减免申请通过了 但是要先交五百的减免手续费'],
      new_borrowing: ['呃你那个信用卡不是还能取现吗 取出来先还我们', '你去找你岳父 呃让他先借你两万', '呃网上有那种当天放款的平台 你搜一下就有'],
    },
    en: {
      threat: ["uh fine don't pay but don't come crying to us begging later", "uh we'll see who can hold out longer you or us", "uh i'd pay early if i were you after that things won't be in my hands anymore"],
      impersonation: ["uh i'm calling from the supreme court you've been listed as a priority enforcement target", "this is the banking regulator's consumer protection bureau uh you're suspected of loan fraud", "uh i'm with your district justice office notifying you to appear in court today"],
      insult: ["uh someone like you is lower than a dog", "is your head full of water uh you borrow money and then dare hang up", "uh you're a total waste of space at your age your family still has to clean up after you"],
      violence: ["uh that dog of yours is pretty fierce shame if it ate something it shouldn't", "uh don't pay and we'll put a few guys outside your door every time you step out they'll deal with you", "be careful driving to work uh it'd be a real shame if your brakes gave out"],
      privacy_disclosure: ["uh don't pay and we'll call your kid's homeroom teacher so the whole class knows", "uh we've already posted your debt in your company's work chat group", "uh we'll contact your landlord and let him know you don't pay what you owe"],
      false_consequence: ["uh if you don't pay your phone carrier will cut off your number", "after six months late uh your house automatically becomes our company's property", "uh if you don't pay you'll never be able to get a passport"],
      extra_fee: ["uh if you want the collection calls paused it's a hundred a month pause management fee", "while your account is frozen uh there's a twenty dollar freeze fee every day", "uh your reduction was approved but first you pay a five hundred dollar reduction processing fee"],
      new_borrowing: ["uh your credit card still allows cash advances right take one out and pay us", "go ask your father in law uh get him to lend you twenty thousand", "uh there are those same day payout sites online just search for one"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我已经跟你们公司投诉部门说了 这笔账在调查中'], ['agent', '好的 呃我这边也看到了 调查结束前我们不会再催收']],
      [['debtor', '呃我老公上个月去世了 我现在一个人带两个孩子'], ['agent', '请节哀 呃这笔账我们先暂停 您什么时候方便了再联系我们就好']],
      [['agent', '呃我们不会联系您孩子的老师 也不会联系您的房东']],
      [['agent', '暂停催收不收费 呃冻结和减免也都没有任何手续费']],
      [['debtor', '呃你们这帮人连狗都不如'], ['agent', '抱歉让您不愉快了 呃您看需不需要我转给主管']],
    ],
    en: [
      [['debtor', "uh i already told your company's complaints department this account is under investigation"], ['agent', "okay uh i can see that here too we won't collect on it until the investigation is over"]],
      [['debtor', "uh my husband passed away last month i'm raising two kids on my own now"], ['agent', "i'm so sorry for your loss uh we'll pause this account just contact us whenever it suits you"]],
      [['agent', "uh we won't contact your child's teacher and we won't contact your landlord"]],
      [['agent', "pausing collection is free uh and there are no fees for freezing or reductions either"]],
      [['debtor', "uh you people are lower than dogs"], ['agent', "i'm sorry this has upset you uh would you like me to pass you to a supervisor"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我要求你们停止给我打电话 这是我的权利', '权利是权利 呃欠钱还钱也是义务 你今天先还五百'],
      ignored_attorney: ['我已经请了律师 呃他叫我不要跟你们直接说话', '你不说话也行 呃那你把钱直接打过来 今天之内'],
      ignored_dispute: ['呃这笔钱我根本没借过 是有人冒用我的身份', '冒用不冒用你去报警 呃钱先还上'],
      ignored_hardship: ['呃我得了尿毒症 每周要透析三次 实在没钱', '生病归生病 呃最低还款你总得还吧 两百也行'],
    },
    en: {
      ignored_stop_request: ["uh i'm requesting that you stop calling me that's my right", "rights are rights uh and paying what you owe is a duty pay five hundred today"],
      ignored_attorney: ["i've hired a lawyer uh he told me not to talk to you directly", "you don't have to talk uh just send the money straight over today"],
      ignored_dispute: ["uh i never borrowed this money someone used my identity", "identity or not go to the police uh pay it back first"],
      ignored_hardship: ["uh i have kidney failure i'm on dialysis three times a week i really have no money", "sick is sick uh but you can at least make the minimum payment even two hundred"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是他的房东 他留的是我的电话'], ['agent', '那你跟他说一声 呃他在我们这的贷款逾期了 欠了一万二']],
    en: [['third_party', "uh i'm his landlord he gave you my number"], ['agent', "then let him know uh his loan with us is overdue he owes twelve thousand"]],
  },
};
