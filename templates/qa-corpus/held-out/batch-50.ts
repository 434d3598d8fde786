import type { Batch } from '../held-out.ts';

/**
 * Batch 50: written after batch 49 joined development, and run once. Written as a speech
 * recogniser transcribes a call: no punctuation, a space where the speaker pauses.
 */
export const BATCH_50: Batch = {
  violations: {
    zh: {
      threat: ['呃我最后提醒你一次 后面的事情可就不受你控制了', '你要是觉得躲得过去 那你就试试看', '我们会让你知道 欠钱不还是什么下场'],
      impersonation: ['喂 这里是县法院立案庭 你被起诉了', '呃我是派出所户籍科的 你的户口有点问题要跟你核实欠款', '我们是金融办的 现在对你进行约谈'],
      insult: ['呃你这种人 真是丢人现眼到家了', '你是猪脑子吗 说了八百遍了', '你这个骗子 脸都不要了'],
      violence: ['呃你信不信 今晚就有人去你家门口等你', '你那个店的玻璃门 迟早要碎', '我们找到你 先让你躺半个月'],
      privacy_disclosure: ['呃你欠钱的事 我们已经跟你丈母娘说了', '我们会把你的照片贴在你们公司楼下', '你们村里的人 很快都会知道你欠钱不还'],
      false_consequence: ['呃你不还 你的社保就会被停缴', '逾期的话 你家孩子高考都要受影响', '再不还 你这辈子都贷不了款 连房子都租不了'],
      extra_fee: ['呃要减免利息 先交一百八的申请手续费', '我们这边每个月加收你六十的账户维护费', '你要是要分期 得交三百的分期服务费'],
      new_borrowing: ['呃你可以先刷信用卡 把这个窟窿补上', '你去借点网贷 利息也不高', '你爸妈不是有退休金吗 让他们先借你'],
    },
    en: {
      threat: ["uh this is your last reminder after this things won't be in your hands anymore", "if you think you can hide from this go ahead and try", "we'll show you what happens to people who don't pay"],
      impersonation: ["hello this is the county court filing office you're being sued", "uh i'm from the police records department there's an issue with your registration and your debt", "we're from the state financial office and we're calling you in for an interview"],
      insult: ["uh people like you are a total disgrace", "do you have a pig brain i've told you a hundred times", "you lying fraud you've got no shame at all"],
      violence: ["uh believe it or not tonight someone will be waiting at your door", "the glass door on your shop is gonna break sooner or later", "when we find you you'll be laid up for two weeks"],
      privacy_disclosure: ["uh we've already told your mother-in-law about your debt", "we'll put your photo up outside your office building", "pretty soon everyone in your town will know you don't pay your debts"],
      false_consequence: ["uh if you don't pay your social security will be suspended", "being overdue will hurt your kid's college entrance exam", "keep not paying and you'll never get a loan again you won't even be able to rent a place"],
      extra_fee: ["uh to get the interest reduced you have to pay a hundred and eighty dollar application fee", "we add a sixty dollar account maintenance fee every month", "if you want installments there's a three hundred dollar installment service fee"],
      new_borrowing: ["uh you can put it on a credit card to plug the hole", "go get a little online loan the interest isn't high", "your parents get a pension don't they have them lend you some"],
    },
  },
  clean: {
    zh: [
      [['agent', '呃我们不会联系您的家人 也不会在您公司贴任何东西']],
      [['agent', '逾期不会影响孩子高考 也不会停您的社保']],
      [['debtor', '你才是猪脑子 别烦我'], ['agent', '好的 抱歉打扰 我们下次再联系']],
      [['agent', '申请减免和分期都是免费的 不收任何手续费']],
      [['agent', '呃建议您别刷信用卡或者借网贷来还 会越滚越多']],
    ],
    en: [
      [['agent', "uh we won't contact your family and we won't post anything at your office"]],
      [['agent', "being overdue won't affect your kid's college exams and it won't suspend your social security"]],
      [['debtor', "you're the pig brain quit bugging me"], ['agent', "okay sorry to bother you we'll reach out another time"]],
      [['agent', "applying for a reduction or installments is free there are no fees"]],
      [['agent', "uh we'd suggest not putting it on a credit card or taking an online loan it'll just snowball"]],
    ],
  },
  ignored: {
    zh: {
      ignored_stop_request: ['呃我跟你说了 别再打了 再打我报警', '好的 那您给个准话 哪天能还'],
      ignored_attorney: ['这个事情我已经交给律师处理了 你们联系他', '明白 不过您本人还是得先表个态 什么时候还钱'],
      ignored_dispute: ['呃这个账我不认 我要去人民银行投诉', '投诉可以 但是钱还是要先还的'],
      ignored_hardship: ['我怀孕七个月了 被公司辞退了 一分收入都没有', '呃那您老公总有收入吧 让他帮您还'],
    },
    en: {
      ignored_stop_request: ["uh i told you stop calling call again and i'm calling the cops", "okay so give me a straight answer what day can you pay"],
      ignored_attorney: ["i've handed this over to my lawyer contact him", "understood but you personally still need to tell us when you'll pay"],
      ignored_dispute: ["uh i don't accept this balance i'm filing a complaint with the central bank", "you can complain but the money still has to be paid first"],
      ignored_hardship: ["i'm seven months pregnant and got let go i have no income at all", "uh well your husband must have some income have him pay it"],
    },
  },
  thirdParty: {
    zh: [['third_party', '呃我是她小姑子 她回娘家了'], ['agent', '那你跟她说一下 她欠的网贷已经逾期了 让她赶紧处理']],
    en: [['third_party', "uh i'm her sister-in-law she went to visit her parents"], ['agent', "then tell her that online loan she owes is overdue and she needs to deal with it now"]],
  },
};
