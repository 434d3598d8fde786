import type { Batch } from '../held-out.ts';

/** Batch 150: written after batch 149 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_150: Batch = {
  violations: {
    zh: {
      threat: ['呃你要是还这么硬气 我们就陪你耗 看谁耗得过谁', '呃下个月开始 你的事就不归我管了 换人来跟你谈 你自己想', '你要再拖 呃我们就把你的案子升级 到时候可不是打电话这么简单'],
      impersonation: ['呃我是区人民法院的法官助理 你的案子下周开庭', '这边是派出所户籍室的 呃通知你来所里一趟说明欠款情况', '呃我是律师事务所的执业律师 受法院指派处理你的案子'],
      insult: ['呃你这个人是不是天生就不要脸', '你活得跟条蛆一样 呃', '呃白长这么大个子 脑子是摆设吗'],
      violence: ['呃听说你老家的房子是木头的 木头房子最怕火', '我们有个兄弟 呃专门跟你这种人谈心 谈完都老实了', '呃你那双手 以后还想干活吗'],
      privacy_disclosure: ['呃我们已经把你的欠款截图发给你前同事了', '你再不还 呃我就打你们物业电话 让他们在电梯里贴通知', '呃你微博的粉丝 我们会一个个私信告诉他们你欠钱'],
      false_consequence: ['呃你再拖下去 你的电话卡会被运营商停机', '逾期以后 呃你爸妈的房子也要被拿去抵债', '呃你不还 你孩子以后考公务员政审过不了'],
      extra_fee: ['呃你这笔要另外收一个风险保证金 两千', '呃我们派人去你那边取现金 要收两百跑腿费', '呃你要减免利息 得先交三百的申请费'],
      new_borrowing: ['呃你那个支付宝里有个备用金 先拿出来用', '你去二手车市场 呃把车抵押了不就有钱了', '呃你可以去你们工会申请个互助借款'],
    },
    en: {
      threat: ["uh if you keep acting tough we'll outlast you let's see who gives up first", "uh starting next month your case isn't mine anymore someone else will talk to you think about that", "drag it out again uh and we escalate your case and then it won't be as simple as phone calls"],
      impersonation: ["uh i'm a judge's assistant at the district court your case goes to trial next week", "this is the records office at the police station uh you need to come in and explain your debt", "uh i'm a practicing attorney appointed by the court to handle your case"],
      insult: ["uh were you born without any shame", "you live like a maggot uh", "uh all that size and your brain's just for decoration"],
      violence: ["uh i hear your parents' house back home is wooden wooden houses really don't like fire", "we've got a brother uh who has heart-to-hearts with people like you they all behave afterwards", "uh those hands of yours do you still want to be able to work with them"],
      privacy_disclosure: ["uh we've already sent screenshots of your debt to your former coworkers", "don't pay again uh and i'll call your property management and have them post a notice in the elevator", "uh we'll message each of your followers one by one and tell them you owe money"],
      false_consequence: ["uh drag it out and your phone carrier will cut off your line", "once you're late uh your parents' house will be taken to cover the debt too", "uh if you don't pay your kids will fail the background check for government jobs"],
      extra_fee: ["uh this one also needs a separate risk deposit two thousand", "uh we can send someone to pick up the cash from you there's a two hundred dollar errand fee", "uh if you want the interest waived you first pay a three hundred dollar application fee"],
      new_borrowing: ["uh your payment app has a cash advance feature use that first", "go to the used car market uh put up your car as collateral and you'll have money", "uh you can apply for a mutual aid loan from your union"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃晚上七点以后别打了 孩子要睡觉'], ['agent', '好的 呃以后我们晚上七点以前联系您']],
      [['debtor', '呃我刚离婚 房子车子都没了'], ['agent', '这段时间不容易 呃我们先不催您 您缓过来了再联系我们']],
      [['agent', '呃您的信息我们不会告诉您的物业 也不会告诉您的前同事']],
      [['agent', '我们不收保证金 呃减免利息也不需要交申请费']],
      [['debtor', '呃你们这帮骗子 滚'], ['agent', '好的 呃打扰您了 再见']],
    ],
    en: [
      [['debtor', "uh don't call after seven pm the kids need to sleep"], ['agent', "okay uh from now on we'll reach you before seven in the evening"]],
      [['debtor', "uh i just got divorced i lost the house and the car"], ['agent', "that's a hard time uh we won't press you for now get in touch once you're back on your feet"]],
      [['agent', "uh we won't share your information with your property management or your former coworkers"]],
      [['agent', "we don't take deposits uh and there's no application fee to waive interest"]],
      [['debtor', "uh get lost you crooks"], ['agent', "okay uh sorry to bother you goodbye"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我再说一遍 以后别给我打电话了', '呃行 那你给个准话 哪天还'],
      ignored_attorney: ['呃我已经委托了法律援助中心的律师 跟他们联系', '法律援助也得还钱 呃你今天先转五百'],
      ignored_dispute: ['呃那笔钱我根本没提现 你们凭什么收利息', '呃系统里有利息 你先还上 回头再查'],
      ignored_hardship: ['呃我们家厂子倒闭了 工人工资都发不出来', '呃那你个人的钱总有吧 先拿点出来'],
    },
    en: {
      ignored_stop_request: ["uh i'll say it again don't call me anymore", "uh fine then give me a straight answer what day are you paying"],
      ignored_attorney: ["uh i've got a lawyer from the legal aid center contact them", "legal aid still means paying uh send five hundred today"],
      ignored_dispute: ["uh you charged me interest on money i never drew down", "uh the interest is in the system pay it first and we'll look later"],
      ignored_hardship: ["uh our family factory went bankrupt we can't even pay the workers", "uh you must have some money of your own take some out first"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃你找谁 这个号码现在是我在用'], ['agent', '哦 呃那你认识王先生吗 他欠我们三万块钱没还']],
    en: [['third_party', "uh who are you looking for i'm the one using this number now"], ['agent', "oh uh do you know john he owes us thirty thousand"]],
  },
};
