/**
 * Keywords of the standard collection intents (DOMAIN.md §3), in Chinese and English, known to the
 * built-in NLU whatever a dialog's own training phrases say. A dialog's keywords add to these.
 */
export const BUILTIN_KEYWORDS: Record<string, readonly string[]> = {
  rpc_confirmed: ['是我', '我就是', '本人', '我是', 'speaking', 'this is he', 'this is she', "that's me", 'it is me'],
  wrong_number: ['打错', '没有这个人', '这个名字', '不认识', 'wrong number', 'no one by that name', 'by that name', "don't know who"],
  third_party: ['他不在', '她不在', '我是他', '我是她', "he's not", "she's not", 'his wife', 'her husband', 'his mother', 'her mother', 'roommate'],
  busy_callback: ['在忙', '晚点', '不方便', '开会', 'call me back', 'call back', 'busy', 'not a good time', 'later'],
  promise_to_pay: ['我会还', '我还', '就还', '还款', '还清', '还上', 'i will pay', "i'll pay", 'i can pay', 'pay on', 'pay it'],
  partial_payment: ['一部分', '先还一', '只能先还', '先还', '少还', 'part of it', 'half', 'partial'],
  installment_request: ['分期', '延期', '办分期', '还款计划', 'installment', 'payment plan', 'monthly'],
  already_paid: ['已经还', '还过了', '已还', 'already paid', 'paid it', 'been paid'],
  dispute: ['不是我借', '没借过', '金额不对', '不认', 'not my debt', "don't owe", 'dispute', 'wrong amount', 'never borrowed'],
  hardship: ['失业', '生病', '住院', '没钱', '困难', 'lost my job', 'laid off', 'hospital', 'medical', "can't afford"],
  refuse: ['不还', '不想还', '不会还', 'not paying', "won't pay", "can't pay", 'refuse'],
  stop_contact: ['别再打', '不要再打', '别打了', '停止联系', '不要联系', 'stop calling', "don't call", 'do not call', 'leave me alone', 'stop contacting'],
  complaint: ['投诉', '举报', '12378', 'complaint', 'complain', 'report you', 'supervisor'],
  abusive: ['滚', '神经病', '去死', '混蛋', 'shut up', 'go to hell', 'idiot', 'screw you'],
  attorney: ['律师', 'lawyer', 'attorney', 'counsel'],
  bankruptcy: ['破产', 'bankrupt', 'chapter 7', 'chapter 13'],
  deceased: ['去世', '过世', '不在人世', 'passed away', 'died', 'deceased'],
  ask_amount: ['多少钱', '欠多少', '还多少', '金额是多少', 'how much', 'the balance', 'what do i owe'],
  ask_identity: ['你是谁', '是谁', '哪里', '哪个公司', 'who is this', 'who are you', 'what company'],
  scam_concern: ['骗子', '诈骗', '是真的吗', 'scam', 'fraud', 'is this real'],
  repeat: ['再说一遍', '没听清', '重复', '什么', 'repeat', 'say that again', 'pardon', 'what did you say'],
  affirm: ['是的', '对', '好的', '可以', '行', '没问题', 'yes', 'yeah', 'correct', 'sure', 'okay', 'right'],
  deny: ['不是', '不对', '不行', 'no', 'nope', 'not right'],
};
