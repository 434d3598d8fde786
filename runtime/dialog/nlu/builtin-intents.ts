import labelled from './labelled-utterances.json' with { type: 'json' };

export interface LabelledUtterance {
  text: string;
  lang: string;
  /** null: no intent at all (small talk, noise), which the NLU must not force into one. */
  intent: string | null;
  /** In the newest batch, written after the last change to the NLU: measured, never learned from. */
  heldOut?: boolean;
}

/** Every labelled utterance (zh, zh-Hant, en) of the standard intents. */
export const LABELLED_UTTERANCES: readonly LabelledUtterance[] = labelled;

/**
 * What the built-in NLU learns from besides a dialog's own phrases, as a prebuilt agent does: the
 * labelled utterances, less the held-out batch (kept unseen so that its accuracy means something).
 */
export const BUILTIN_EXAMPLES: readonly LabelledUtterance[] = labelled.filter((u: LabelledUtterance) => !u.heldOut);

/**
 * Keywords of the standard collection intents (DOMAIN.md §3), in Chinese and English, known to the
 * built-in NLU whatever a dialog's own training phrases say. A dialog's keywords add to these.
 */
export const BUILTIN_KEYWORDS: Record<string, readonly string[]> = {
  rpc_confirmed: ['account holder', "i'm the one", 'that would be me', 'you got him', 'you got her', "you've got him", "you've got her", 'you got me', '是我', '我就是', '本人', '我是', '就是我', 'speaking', 'this is he', 'this is she', "that's me", 'it is me', "it's me", "you've reached", 'you have reached', 'this is him', 'this is her'],
  wrong_number: ['不认得', '打错', '没有这个人', '这个名字', '不认识', 'wrong number', 'no one by that name', 'by that name', "don't know who"],
  third_party: ['take a message', '他不在', '她不在', "he's not", "she's not", 'his wife', 'her husband', 'his mother', 'her mother', 'roommate'],
  busy_callback: ['not convenient', 'inconvenient', 'meeting', 'about to', 'with a customer', 'with a client', 'in a meeting', '在忙', '晚点', '不方便', '开会', '没空', '没时间', 'try me again', 'try again', 'call me back', 'call back', 'busy', 'not a good time', 'later'],
  promise_to_pay: ['我会还', '我还', '就还', '还款', '还清', '还上', 'i will pay', "i'll pay", 'i can pay', 'pay on', 'pay it'],
  partial_payment: ['三分之一', '一小部分', 'a little bit', 'something now', 'what i can', 'a third', 'a portion', 'a fraction', 'some of it', 'not all', 'more later', 'a little now', '一部分', '先还一', '只能先还', '先还', '少还', 'part of it', 'partial'],
  installment_request: ['in chunks', 'in pieces', 'bit by bit', 'little by little', 'smaller payments', 'each month', 'every month', 'break it up', 'break this', '分期', '延期', '办分期', '还款计划', '分几次', '分开还', '每个月还', 'installment', 'payment plan', 'monthly', 'spread', 'in parts'],
  already_paid: ['settled', 'already settled', '已经还', '还过了', '已还', '还清了', '已经转', '已经付', '已经打', '付过了', '转过了', 'already paid', 'paid it', 'been paid', 'paid off', 'already sent', 'already made'],
  dispute: ['有异议', '对不上', "doesn't match", 'not match', '冒用', '盗用', '冒名', 'never heard of', "didn't buy", 'never bought', "didn't sign", 'charging me for', '不是我借', '没借过', '金额不对', '不认', '多算', '多收', '多扣', '乱收费', '有问题', 'not my debt', "don't owe", "don't recognize", 'do not recognize', 'never owed', 'dispute', 'wrong amount', 'never borrowed', 'overcharged', 'not mine'],
  hardship: ["i'm broke", 'flat broke', 'dead broke', '没有收成', '没收成', '收成不好', 'icu', 'intensive care', '重症', 'divorced', 'paralyzed', 'only one working', '肿瘤', 'tumor', 'chemo', 'diagnosed', '摔断', '骨折', '没法上班', '化疗', 'evicted', 'lost everything', 'homeless', 'no job', 'single mom', 'single parent', 'no work', 'sick', 'treatment', 'illness', 'cancer', 'surgery', '赔了', '亏了', '揭不开锅', '生意不好', '亏本', '裁员', '被裁', '还不上', '还不起', '没工作', '重病', '看病', 'disability', 'unemployed', 'out of work', 'hours got cut', 'barely', '失业', '生病', '住院', '没钱', '困难', 'lost my job', 'laid off', 'hospital', 'medical', "can't afford"],
  refuse: ['none of your business', 'no intention', '不还', '不想还', '不会还', 'not paying', "won't pay", "can't pay", 'refuse'],
  stop_contact: ['cease', 'all communication', 'harass', 'harassing', 'quit calling', 'stop bothering', '别再打', '不要再打', '别打了', '停止联系', '不要联系', 'stop calling', "don't call", 'do not call', 'leave me alone', 'stop contacting'],
  complaint: ['regulator', 'reporting your', 'reporting it', 'reporting this', 'reporting you', '投诉你们', '消费者热线', 'manager', 'cfpb', '投诉', '举报', '12378', 'complaint', 'complain', 'report you', 'supervisor'],
  abusive: ['rat', 'bottom feeder', 'creep', 'shameless', '什么玩意', 'lowlife', 'low life', '脑子进水', '废物', '窝囊废', '没用的东西', 'shut your', 'crook', 'liar', 'thief', 'thieves', 'drop dead', '算什么东西', '狗日', 'disgusting', 'pathetic', 'parasite', 'scumbag', 'eat dirt', '他妈', '吸血鬼', '不得好死', '有完没完', 'garbage', 'worthless', 'screw off', 'piece of', '滚', '神经病', '去死', '混蛋', '傻逼', '傻b', '垃圾', '王八蛋', '狗东西', '脑残', '有病', '他妈的', '妈的', '操你', '草泥马', '贱人', '畜生', '人渣', '败类', '白痴', '蠢货',
    'shut up', 'go to hell', 'idiot', 'screw you', 'moron', 'stupid', 'jerk', 'loser', 'bastard', 'piss off', 'fuck', 'bitch', 'scum', 'leeches', 'vultures'],
  attorney: ['律师', 'lawyer', 'counsel'],
  bankruptcy: ['discharged', 'discharge', '破产', 'bankrupt', 'bankruptcy', 'chapter 7', 'chapter 13'],
  deceased: ["he's dead", "she's dead", '病故', '故去', '亡故', '车祸没了', '病逝', '逝世', '离世', '身故', 'is dead', 'no longer living', 'no longer with us', '人都没了', '人没了', '人已经没了', '去世', '过世', '不在人世', 'passed away', 'died', 'deceased'],
  ask_amount: ['exact amount', 'the amount', 'the total', '多少钱', '欠多少', '还多少', '金额是多少', 'how much', 'the balance', 'what do i owe'],
  ask_identity: ['on the line', 'which agency', 'what agency', 'collection agency', 'your company', 'which company', '哪家', '你是谁', '是谁', '哪里', '哪个公司', 'who is this', 'who are you', 'what company'],
  scam_concern: ['scammed', 'falling for', 'employee id', 'badge number', 'scammer', "don't trust", 'your website', '官网', '工号', '官方电话', 'fishy', 'suspicious', 'sketchy', 'prove', 'real company', 'stranger', 'my info', 'my information', 'personal information', '冒充', '假冒', '是不是假的', 'phishing', 'spam call', 'fake call', '是不是真的', '核实一下你们', '正规', '真的假的', 'fake', "don't believe", 'believe you', '骗子', '诈骗', '是真的吗', 'scam', 'fraud', 'is this real', 'legit', 'legitimate', 'how do i know'],
  repeat: ['speak up', 'louder', '大点声', '大声点', "couldn't hear", "can't hear", '太吵', '没听见', '没听到', '听不见', '说慢', '慢一点', '再说一遍', '再讲一遍', '没听清', '听不清', '重复', '什么', '说啥', '啥', 'repeat', 'say that again', 'say it again', 'sound dropped', 'pardon', 'what did you say', 'come again', 'sorry what', "didn't catch", 'say again', 'cut out', 'breaking up', "didn't hear", 'one more time'],
  affirm: ["it's a deal", 'live with that', '成交', 'i agree', 'agreed', '同意', 'go ahead', '没意见', '是呀', '是啊', '对呀', '嗯好', '好啊', '好吧', 'mm-hmm', 'mm hmm', 'mhm', '好嘞', '好咧', 'absolutely', 'of course', 'definitely', '没错', '是的', '对', '好的', '可以', '行', '没问题', 'yes', 'yeah', 'correct', 'sure', 'okay', 'right'],
  deny: ['misunderstood', 'not necessary', 'not correct', "that's not", 'incorrect', "don't think so", "i don't think", 'negative', '不是', '不对', '不行', 'no', 'nope', 'nah', 'not right'],
};

/**
 * Patterns of the standard intents, over normalised text (simplified Chinese, lower case, spaces
 * kept): the ways people phrase these things, beyond any single keyword.
 */
/** Who else may answer the debtor's phone: family, household, work. */
const RELATIVE = '(儿子|女儿|老公|丈夫|老婆|妻子|爱人|爸爸?|妈妈?|父亲|母亲|哥哥?|姐姐?|弟弟?|妹妹?|同事|朋友|室友|家人|亲戚|邻居|孩子|老板|领导|秘书|助理|司机|保姆)';

export const BUILTIN_PATTERNS: Record<string, readonly RegExp[]> = {
  repeat: [/听不(清|见|到)|没听(清|见|到|明白)/],
  refuse: [/(go ahead|feel free) (and )?(sue|take me to court)|不(可能|准备)(会)?还|no (intention|plans?) (of|to) (pay|paying)|never (see|get) (a|one) (penny|dime|cent)|(not|don'?t) (getting|giving|expect(ing)?) (you )?(any|a) (money|dime|cent|penny|thing)|(?<!不是)不(想|会|打算|愿意)?还(了|钱)?(?!款计划)|要钱没有|门都没有|下辈子(吧|再说|再还)|whistle for (it|your money|the money)|有本事(你们?)?(就)?(去)?(告|起诉|抓)|(go ahead and|then) sue me|死了?(这|那)?条心|没门|想都别想|休想|别想.{0,4}还|爱(咋|怎么)(咋|样|着)|not (going to |gonna )?pay|won'?t pay|refuse|not paying/],
  already_paid: [/(上周|上个?礼拜|上个?星期|上个?月|昨天|前天|早上|上午|刚才|刚刚|早就|已经)[一二三四五六日天末]?(晚上|上午|下午|中午|早上)?(就|已经|都|早就)?(还|转|打|付|交)(进去|过去|给你们|上|清|完)?了|(上周|上个?礼拜|上个?星期|上个月|昨天|前天|早上|上午|刚才|刚刚|早就|已经).{0,3}把(钱|款).{0,12}了|\bi (paid|sent|wired|transferred|mailed) (it|that|this|the money|the payment|a check|you)\b|took care of (it|that|this|the)|(balance|account|debt|loan|bill) (was|has been|is|got) (cleared|paid|settled|closed)|(已经|(?<!一|明天?|今天?)早就?(?!上|点)|前天|昨天|上周|上个月|刚刚?|刚才).{0,6}(还|转|付|打|交|存)(上|清|完)?(给.{1,3})?(了|过(?![去来])|款|账|钱)|(上午|早上|中午|下午|今天|今早)就(还|转|付|交)了|还(过|清)了|(你们|你|您)(那边)?(还)?没(有)?收到|didn'?t you (get|receive)|(you|you guys) (never|didn'?t) (get|receive) (it|my|the)|already paid|\b(just|already) (paid|sent|made|transferred|wired)\b|paid (it|that|this|in full)|sent (the|you the) money|(?<!(haven'?t|hasn'?t|not|never) )been paid/],
  wrong_number: [/(looking for|want|need|calling) (someone|somebody) else|never heard of (him|her|them|that (guy|woman|man|person))|(had|have) (had )?this (number|phone) for|\bi'?m not (mr|mrs|ms|miss)\b|(you'?ve|you) (dialed|called|reached|got) (the wrong|my) number|(this|that) (number|phone|line) (belongs to|is for|is) (a|an|the) (restaurant|business|store|shop|office|company|clinic|school|pharmacy|hotel|salon)|(isn'?t|is not|not) [a-z]+'?s (phone|number)|^(there'?s )?no [a-z]+ (here|at this number)|(打|找)错|号码错|(刚|新)(办|换|买)的(号|卡|手机号)|号码?是我?(刚|新)(办|换|买)的|不知道(你|您)(说|找)的是谁|wrong (number|person)|no (such|one by that) (person|name)|nobody (here )?by that name|don'?t know (him|her|who)/],
  stop_contact: [/(call|contact) (me|us|here) (again|one more time)[, ]*(and|i'?ll|i'?m)\b|(can'?t take (it|this)|enough|please)[,.!]? (just )?stop[.!]*$|(calls?|this|it) to stop|(don'?t|do not|never) (ever )?(call|contact|phone|text) (me|us|this number|here)|(don'?t|do not) want (you|anyone|them) to (call|contact|phone)|(别|不要|停止|不准)(再)?(给我)?(打|联系|打扰|骚扰|来电)|再打.{0,6}(报警|投诉)|(stop|quit) (calling|contacting|phoning|ringing|bothering)|don'?t (call|contact)|do not (call|contact)|leave me alone|take (me|my number) off/],
  installment_request: [/(can'?t|cannot|unable to|not able to) [a-z ]{0,20}(in one (go|shot|lump sum)|all at once)|need a (payment )?plan|in (small|smaller|little|tiny) (chunks|pieces|bits|amounts)|(each|every) payday|per paycheck|还款期.{0,3}(长|延)|(长|久)一?点的?还款期|longer (repayment|payment) (period|term|plan)|more time to pay it off|延长|宽限|(?<!\b(make|makes|making|earn|earns|earning|bring home|take home|get paid|paid|income of)\b[^,.]{0,25})\b(a|per|each|every) (week|month|paycheck)\b|分.{1,3}年|每(个)?月(固定)?还|split (it|this|that|the (balance|payment|amount))|into (two|three|four|five|six|\d+|several|a few|smaller|monthly|weekly)? ?payments|分(期|.{1,4}(期|个月|次)|几次|开还)|慢慢还|延期|还款计划|spread (it|this|the payment)|installments?|monthly|payment plan|over (the next |a few |several )?(\d+ |two |three |four |five |six |eight |ten |twelve )?(months|weeks|paychecks|pay periods)/],
  partial_payment: [/(that'?s|this is) (all |what )i can (send|pay|do|give|afford)|\b(\d+|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) ?(percent|%)|(just|only) (cover|pay) the interest|一半(行|可以|成)(吗|不)|先(还|给|付|转)?一半|not the (whole|full|entire) (thing|amount|balance)|something towards? (it|the (balance|debt|bill))|(pay|send|do|give) (about |only |maybe )?half\b|先还(个|点|些)|(pay|send|do|give) what i can|(a|one) (third|quarter) of it|maybe (a|one) (third|half|quarter)|(只能|先)(还|付)?.{0,3}(一部分|一点|一半|部分)|(只能|先)(还|付)\d|先(给(你们?|您))?(打|转|还|付)(个)?[0-9一二两三四五六七八九十百千万]+|only (do|pay|afford)(?![^,.]*\b(a|per|each|every) (month|week))|part of (it|this)|the rest (later|next|in|on|at|by|after|when)|(some|part) of it (now|today|this week)|but not (all|the whole|everything)|(can'?t|cannot) (pay|cover|do|come up with) (it )?(all|the (full|whole|entire) (amount|thing|balance))\b.{0,25}\b(some|part|a bit|a little|but|how about)\b|half (now|of it)/],
  hardship: [/raising .{0,25}(alone|by myself|on my own)|洪水|水灾|火灾|地震|冰雹|颗粒无收|\b(flood|fire|earthquake|hurricane|tornado|storm) (wiped|took|destroyed|burned)|wiped out our|(hasn'?t|haven'?t|didn'?t|hadn'?t) (been )?paid (me|us)\b|haven'?t been paid|拖欠.{0,2}(工资|薪水)|欠薪|(腿|手|胳膊|腰)(摔)?断了|受了?伤|残疾|瘫痪|干不了活|上不了班|没法(工作|上班)|失业|倒闭|工资.{0,4}(没发|发不出|拖欠)|生病|住院|出了?事|拿不出|困难|没有收入|(还要|要|得)养(活)?(老人|孩子|一家|全家|家|父母|老婆)|(support|feed|take care of|provide for) (my|a|the) (parents|family|kids|children|mom|dad|mother|father|wife|husband|grandparents)|disabled|laid off|lost (my|our) job|can'?t work|medical|hospital|no income/],
  dispute: [/\b(the|my|our) (contract|agreement) (said|says|stated|states|was for)\b|合同上?(写|签|说|约定)的(是|明明)|\bi only (borrowed|took out|owed?|spent)\b|\b(inflated|padded)\b|never agreed to (this|the|these|that|your) (interest|rate|fee|charge|amount|loan|terms)|(double|twice|triple|way more than) what i (borrowed|owe|took out)|without (my )?(permission|consent|knowledge)|(used|took|stole|opened) my (card|identity|info|information|name)|(identity|card|info|information) (was|got|has been) (stolen|compromised|hacked)|identity theft|still (billed|charged) me|(billed|charged) me (twice|double)|returned (it|the item|the product|the order)|(charge|fee|amount|balance|bill)s? (is|are|was|were) (a mistake|an error|wrong|incorrect)|不是我(借|贷|欠)|没(借|贷|办)过(这|那)?(笔|个)?(贷款|借款|钱|卡)?|(合同|账单|协议|借条)上?.{0,6}(不是|不对|不一样|没有)|(账|钱|贷款|借款|这笔).{0,4}不是我的|算错|多(算|收|扣)|(金额|利息|数字|账|钱|费用).{0,4}(不对|错)|算得?不对|不认(?!识|得)|(amount|balance|interest|fees?|charges?)\b.{0,15}\b(is|are|was|were) (wrong|incorrect|not right)|never owed|never (had|borrowed|took|opened)|(not|isn'?t|aren'?t) (my|mine)|(not|never) (my|mine) (debt|loan|account)|belongs to (someone|somebody) else|(using|with|in|under) my (id|name|identity|information|info|ssn|social)\b|(someone|somebody) else'?s (debt|account|loan)|(balance|amount|bill|number|total)s? (is|are) (way |totally |completely )?off|disput(e|ing|ed)|wrong amount|don'?t owe/],
  attorney: [/\battorneys?\b(?! general)/],
  deceased: [/(爸|妈|父亲|母亲|老公|老婆|丈夫|妻子|儿子|女儿|爷爷|奶奶|老人)(已经|前段时间|去年|上个月|前年|刚)?.{0,4}(走了|没了)|(车祸|病|意外|事故).{0,4}(没了|走了|死了)|去世|过世|(?<![烦累气吓饿困热冷笑忙急疼痛渴闷穷臭美怕吵挤晒冻撑馋乐想恨丑堵又])死了(?!这条心|那条心|心)|不在人世|passed away|\b(has|have|had|he|she|who|brother|sister|mother|father|mom|dad|husband|wife|son|daughter|owner|holder) passed\b(?! (the|a|an|my|his|her|it|on|by|out|along|over|through|up|me|us|him|them)\b)|\bdied\b|deceased/],
  affirm: [/^(ok(ay)?|alright|fine)?[, ]*(it'?s|that'?s) settled( then)?[.!]*$/],
  abusive: [/\bwho the (hell|heck|fuck) are you\b|who (the hell |the heck )?do you think you are|死骗子|(骗子|混蛋|王八蛋|人渣|畜生)[，,。!！ ]*滚|\byou ((filthy|dirty|stupid|greedy|slimy|little|lying|pathetic|miserable|worthless) )*(animal|pig|dog|snake|clown|rat|worm|weasel|leech|parasite|vulture)s?\b/, /(全家|一家子?|祖宗).{0,3}(都是)?(骗子|混蛋|王八蛋|不得好死|畜生)/],
  deny: [/^(no[, ]+)?i (don'?t|do not) agree[.!]*$|never agreed to (that|this|anything|it)[.!]*$|(我)?没(这么|那么|这样)说(过)?|没说过|^(no|nope)[, ]+(no[, ]+)?that'?s not\b|(i )?(never|didn'?t) say (that|it|so)|never said (that|it|so)/],
  // Paying or talking only once the caller is shown to be real is a doubt about the caller, not a refusal.
  scam_concern: [/(call|check|contact) (the|your) official (customer service |support )?(line|number|website|site)|有什么证据|(拿|给)出?(点|什么)?证据|怎么证明(你|您)|(send|mail|give) me (proof|something|it) in writing first|make sure (this|you|it)('?s| is| are)? (real|legit|legitimate)|(verify|check|confirm) (you\b|who you are|your identity|(that )?you'?re (real|legit))|until i (verify|check|confirm|know) (who|that|if|you)|(核实|确认|查查?).{0,4}(你们|你的|你)(的)?(身份|是不是|是否)/],
  ask_identity: [/(你|您)是(银行|.{1,6}公司|平台|机构|律所).{0,2}还是|(who|which (company|outfit|agency|firm|bank)) (hired|sent|employs|pays) you|^(你|您)?哪位|who .{0,20}(you (are|were)|(are|were) you) (with|calling for|calling from)|who do you (work for|represent)|(你|您)(到底)?是(谁|哪位)|(什么|哪)(家|个)?(公司|机构|平台|单位)|哪里打(来|的)|who'?s (this|calling)|who is (this|calling)|who am i (talking|speaking) (to|with)|what company|who are you/],
  third_party: [/(他|她)是(我|我们|我们家|我们公司|我们店)的?(店员|员工|伙计|工人|司机|学生|租客|房客|同事|保姆|下属)|\b(he|she) (works|worked) for (me|us)\b|\bi'?m (just )?(the|his|her|their) (babysitter|nanny|housekeeper|maid|caregiver|caretaker|cleaner|landlord|tenant|neighbor|roommate|manager|boss|supervisor|employer)\b|\bthis is (his|her) (mom|mother|dad|father|wife|husband|son|daughter|sister|brother|grandma|grandmother|landlord|roommate|neighbor|boss|coworker|colleague|friend)\b|\b(his|her) (girlfriend|boyfriend|fiance|fiancee|partner)\b|\b(he|she)('s| is) (asleep|sleeping|in bed|away|out of town|traveling|deployed|overseas|on deployment)|(husband|wife|son|daughter|mother|mom|father|dad|brother|sister|roommate)('s| is) not (here|home|in|available)|\b(he|she)('s| is) my (wife|husband|son|daughter|mother|mom|father|dad|brother|sister|roommate|coworker|friend|boyfriend|girlfriend|boss)|\b(he|she)('s| is) in (surgery|the (shower|bathroom|hospital|other room))|\bi'?m (his|her)? ?family\b/, new RegExp(`我的?${RELATIVE}(现在|今天)?(不在|出去了|出门了)|我是(他|她)的?${RELATIVE}|(他|她)是我的?${RELATIVE}|^(他|她)的?${RELATIVE}|是我的?${RELATIVE}的(手机|电话|号)`), /(他|她)(现在)?(不在|出去|在上班|出差)|跟我说也一样|\b(his|her) (wife|husband|mother|father|brother|sister|roommate|coworker|colleague|friend|son|daughter|assistant|secretary|nanny|driver|boss)\b|\b(he|she)('s| is) (not|out|at work)|stepped out/],
  busy_callback: [/(can|could) we (talk|speak|do this) (later|another time|tomorrow|tonight)|(现在|这会儿?)(没法|不能|不好|不方便)(跟你|和你|接|说|聊)|(明天|晚点|回头|改天|下午|晚上)(再)?(打|联系|聊|说)$|call (me )?(back )?in (half an|an|a few|a couple|\d+|five|ten|fifteen|twenty|thirty|forty)\b|(回头|待会儿?|等会儿?|等一?下|一会儿?|晚点)(再)?打给(你|您)|(在|正在)(忙|开车|开会|上班|外面|排队)|(等会儿?|待会儿?|回头|晚点)(再)?(说|聊)$|(晚点|等会|待会|一会|回头|过.{1,4}(小时|分钟)|明天|下午|晚上|下班|回家|有空|方便|落地|下飞机|到家|忙完|开完会).{0,8}再(打|说|联系|来电)|call (me )?back|(try|call|reach) me (again|later|tomorrow|tonight|in the)|not a good time|i'?m (busy|driving|at work)/],
  rpc_confirmed: [/是我.{0,3}(你|您)(是)?(哪位|谁)|我就?是(他|她)(本人)?(?=$|你|您|啊|呀|嘛|吧|呢|什么|啥|有什么|怎么)|^(yes|yeah|yep|yup)?[, ]*(it'?s |this is )?(me )?myself(?=$|[,.!?]| (who|what|which|go ahead|how|why|can|may)\b)|(that'?s|it'?s) my name|the (person|one|guy|lady) you'?re (looking|asking) for|^(go ahead|yes|yeah|yep)[, ]+(it'?s|this is) me\b|^(yes|yeah|yep|yup)?[, ]*[a-z]+ (here|speaking)(?=$|[,.!?]| (who|what|which|go ahead|how|why|can|may)\b)|^(yes|yeah|yep|yup)[, ]+(this is|i'?m|i am) [a-z]+(?=$|[,.!?]| (who|what|which|go ahead|how|why|can|may)\b)|^(yes|yeah|yep|yup)?[, ]*this is (?!(his|her|the|a|my|their|not|wrong|right|ridiculous|crazy|insane|nonsense|absurd|unbelievable|unfair|outrageous|fine|ok|okay|correct|true|false|bullshit|garbage|harassment|illegal|it|that|what|why)\b)[a-z]+(?=$|[,.!?]| (who|what|which|go ahead|how|why|can|may)\b)|(?<!不是?)(是|我|他|她)本人|^(对|嗯|是)?就是我|^(对|嗯)?是我(?=你|您|有|什么|啥|哪)|^(对|嗯|是)?我是(?=您|你|哪|谁|什么|有|啥)|^(yes,? |yeah,? )?(speaking|it'?s me|this is (he|she|him|her)|that'?s me)\b/],
  // Asking a badge number in order to report the caller is a complaint, not a doubt about who calls.
  complaint: [/(要|会|去|到).{0,8}(告|投诉|举报)(你|您)|\b(i'?m|i am|i'?ll|i will|going to|gonna) (report|be reporting|file a complaint (against|about|on)) (you|your)\b/],
  ask_amount: [/what (figure|number|amount|sum) would (close|settle|clear|pay)|what'?s (still |left )?(outstanding|owed|owing|remaining|left)|how much (is )?(still )?(left|remaining|outstanding|owing)|(欠|还|一共|总共).{0,4}多少|what('?s| is) (the|my)( current| total| remaining| outstanding)? (balance|amount)|how much (do|is|should)/],
  promise_to_pay: [/\bi'?ll (definitely |surely |certainly |for sure )?have (it|this|that|the (balance|bill|debt|loan|payment)) (paid|settled|cleared|sent)|(it'?ll|it will|this will) (all )?be (paid|settled|cleared)|i'?ll have (the|your|that|some) (money|payment|cash)|(这两天|过两天|这几天|回头|马上|等下|明后天|今晚|晚上|下午|中午|明早)(?!.{0,8}了).{0,6}(转|还|打|付)(过去|给你)|(发了?工资|到账|下周|明天|后天|月底|周末|\d+号).{0,10}(就|马上|一定)?(还|转|打|付|交)|(肯定|一定|保证|绝对)(会)?.{0,10}(还|付|转|打给)|把(钱|欠款|欠的钱|款|账).{0,4}(转|打|还|付|交)|(i'?ll|i will|i can|i'?m going to) (definitely |surely |certainly |absolutely |totally )?(pay|send|make (the|a) payment)/],
};

/**
 * When patterns of several intents match, the more specific or the more binding wins: a stop
 * request over anything it comes with, a partial payment over the promise it contains, the
 * third party over the "busy" they report, a past payment over a future one.
 */
export const PATTERN_SCORES: Readonly<Record<string, number>> = {
  stop_contact: 0.97, refuse: 0.96, third_party: 0.95, partial_payment: 0.95, already_paid: 0.94, dispute: 0.94,
  // A promise on a schedule ("I can pay a hundred a week") asks for installments.
  installment_request: 0.935,
  // Who answered comes first: "speaking, who is this?" confirms the right party, then asks.
  rpc_confirmed: 0.94,
  // As binding as the keywords of the intent ("attorney general" is a complaint, not a lawyer).
  attorney: 0.98,
  scam_concern: 0.965,
  complaint: 0.966,
  // "回头打给你" calls back; it transfers nothing.
  busy_callback: 0.935,
  // A death is what the call must end on, whatever else is said with it ("走了，你们别打了").
  deceased: 0.98,
};

/** Intents a regulator holds the collector to at their first mention: they win over any pattern. */
export const BINDING_KEYWORD_INTENTS: ReadonlySet<string> = new Set(['attorney', 'bankruptcy', 'deceased']);
