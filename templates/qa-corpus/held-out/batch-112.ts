import type { Batch } from '../held-out.ts';

/** Batch 112: written after batch 111 joined development, as a speech recogniser transcribes, and run once. Two clean calls a language answer a request and stand back. */
export const BATCH_112: Batch = {
  violations: {
    zh: {
      threat: ['呃你这个态度 那我们只能换一种方式跟你沟通了', '你信不信 呃我一个电话就能让你在这行混不下去', '今天你不给个说法 明天开始你就别想过安生日子'],
      impersonation: ['呃我们是最高检派下来的专案组 专门查网贷逃废债', '我是你们街道的综治办主任 呃现在代表政府跟你谈', '这边是律师事务所 呃受法院委托对你进行强制执行'],
      insult: ['呃你这人是不是没长心 借了钱就当没这回事', '你跟个无赖有什么区别 呃说话一点谱都没有', '呃你这种人就该一辈子打光棍'],
      violence: ['呃你每天晚上十点才下班 那条小巷子挺黑的吧', '我们的人已经在你公司楼下转了两天了 呃你自己小心', '呃上个月有个跟你一样嘴硬的 现在手还打着石膏'],
      privacy_disclosure: ['呃我们已经把你的情况告诉你们物业了 让他们多留意你', '你不还 我就把你的欠款短信群发给你所有微信好友', '呃你弟弟的电话我们也有 一会儿就打给他说你的事'],
      false_consequence: ['呃你再不还 下个月你的燃气就会被停', '逾期满半年 你的户口就会被注销', '呃你这个情况 以后你孙子都上不了好学校'],
      extra_fee: ['呃要我们帮你把记录删了 得交一千块的消除费', '你现在打电话过来咨询 呃每分钟收两块钱的咨询费', '每次催收短信收你一块钱 呃已经累计两百多了'],
      new_borrowing: ['呃你找你那个开公司的同学借点 他肯定有钱', '你去借个消费贷 呃随便买点东西套现', '呃你把你家那套老房子拿去做个抵押贷款'],
    },
    en: {
      threat: ["uh with that attitude we'll just have to communicate with you a different way", "believe it or not uh one phone call from me and you're finished in this industry", "if you don't give me an answer today starting tomorrow you can forget about a quiet life"],
      impersonation: ["uh we're a task force sent down by the attorney general's office investigating people who dodge online loan debts", "i'm the director of your neighborhood's public order office uh speaking to you on behalf of the government", "this is the law firm uh appointed by the court to carry out forced enforcement against you"],
      insult: ["uh do you not have a heart you borrow money and act like it never happened", "what's the difference between you and a con man uh nothing you say holds up", "uh someone like you deserves to stay single your whole life"],
      violence: ["uh you get off work at ten every night that little alley is pretty dark isn't it", "our guys have been hanging around outside your office building for two days uh watch yourself", "uh last month there was a guy just as mouthy as you now his hand's in a cast"],
      privacy_disclosure: ["uh we've already told your building management about your situation so they can keep an eye on you", "if you don't pay i'll mass text your debt to all your contacts", "uh we have your brother's number too we'll call him about your debt in a minute"],
      false_consequence: ["uh if you still don't pay your gas will be shut off next month", "after six months overdue your household registration will be canceled", "uh in your situation even your grandkids won't get into a good school"],
      extra_fee: ["uh if you want us to delete the record it's a thousand dollar erasure fee", "calling us now for advice uh that's a two dollar per minute consultation charge", "each collection text costs you a dollar uh that's over two hundred so far"],
      new_borrowing: ["uh ask that classmate of yours who runs a company for some money he's definitely got it", "take out a consumer loan uh buy some stuff and flip it for cash", "uh put your family's old house up for a mortgage loan"],
    },
  },
  clean: {
    zh: [
      [['debtor', '呃我这边已经找了债务咨询机构 他们说你们以后跟他们谈'], ['agent', '好的 请您把机构的联系方式发给我们 之后我们跟他们沟通 不再直接打扰您']],
      [['debtor', '呃我家里遭了火灾 东西全烧了 现在住在亲戚家'], ['agent', '太遗憾了 您人没事就好 呃这段时间我们暂停催收 您先安顿下来']],
      [['agent', '呃我们不会联系您的物业 也不会给您的微信好友发任何消息']],
      [['agent', '咨询电话是免费的 催收短信也不会向您收费']],
      [['debtor', '呃你们才是无赖 一天打八个电话'], ['agent', '抱歉打扰您了 呃我们会调整联系频率']],
    ],
    en: [
      [['debtor', "uh i'm working with a debt counseling agency now they say you should talk to them from here on"], ['agent', "okay please send us the agency's contact details we'll deal with them from now on and won't contact you directly"]],
      [['debtor', "uh my house caught fire everything burned we're staying with relatives"], ['agent', "i'm so sorry i'm glad you're safe uh we'll pause collection for now so you can get settled"]],
      [['agent', "uh we won't contact your building management and we won't message any of your contacts"]],
      [['agent', "calling us for advice is free and you're never charged for collection texts"]],
      [['debtor', "uh you're the con men calling eight times a day"], ['agent', "sorry for the trouble uh we'll cut back on how often we call"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃你们能不能别打了 我在上班 老板都有意见了', '那你中午休息的时候我们再打 呃反正今天得给个准话'],
      ignored_attorney: ['我的律师明确说了 呃你们不能再直接联系我本人', '律师是律师 呃你人在我们这借的钱 就得你本人来还'],
      ignored_dispute: ['呃这笔钱当时说好是免息的 现在怎么冒出这么多利息 我不认', '不认也没用 呃白纸黑字写着呢 赶紧还'],
      ignored_hardship: ['我刚被查出来怀孕了 呃医生让我卧床保胎 工作也辞了', '怀孕又不是生病 呃让你老公先把这个月的还了'],
    },
    en: {
      ignored_stop_request: ["uh can you stop calling i'm at work and my boss is getting annoyed", "then we'll call on your lunch break uh either way you need to commit today"],
      ignored_attorney: ["my lawyer was very clear uh you can't contact me directly anymore", "your lawyer is your lawyer uh you're the one who borrowed from us so you're the one who pays"],
      ignored_dispute: ["uh this was supposed to be interest free now all this interest shows up i don't accept it", "not accepting it won't help uh it's in black and white pay up"],
      ignored_hardship: ["i just found out i'm pregnant uh the doctor put me on bed rest and i quit my job", "being pregnant isn't being sick uh have your husband pay this month's amount"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃他是我爸 他耳朵不好 电话我来接'], ['agent', '那你跟你爸说 呃他在我们这的信用贷逾期了 欠了五千多 得赶紧还']],
    en: [['third_party', "uh he's my dad he's hard of hearing so i'm taking the call"], ['agent', "then tell your dad uh his credit loan with us is overdue he owes over five thousand and needs to pay soon"]],
  },
};
