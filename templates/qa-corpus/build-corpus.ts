/**
 * Builds the labelled QA corpus (corpus.jsonl): calls in simplified Chinese, traditional Chinese
 * and English, clean and violating, with evasions (spaces, symbols, full-width letters), negations
 * and debtor-side abuse. Each line is { transcript, labels } where labels are the categories a
 * correct inspector reports. Seeded: the same corpus every run.
 * Run: npx tsx templates/qa-corpus/build-corpus.ts > templates/qa-corpus/corpus.jsonl
 */
import * as OpenCC from 'opencc-js';
import type { Transcript } from '../../schemas/generated/types.ts';
import { mulberry32 } from '../data/generate-cases.ts';
import type { LabelledCall } from '../../runtime/qa/evaluate-corpus.ts';

export type Lang = 'zh' | 'zh-Hant' | 'en';
export type Line = [speaker: Transcript['turns'][number]['speaker'], text: string];

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

export const OPENING: Record<'zh' | 'en', Line[]> = {
  zh: [['agent', '您好，我是华夏消费金融的工作人员，本次通话将被录音。请问是王先生本人吗？'], ['debtor', '是我。'], ['agent', '为核实您的身份，请说一下身份证号码的后四位。'], ['debtor', '一二三四。'], ['agent', '核实通过，谢谢。这次来电是关于您的借款还款事宜。']],
  en: [['agent', 'Hello, my name is Sam, calling on behalf of Northwind Bank. This call is recorded. Am I speaking with John?'], ['debtor', 'Yes, speaking.'], ['agent', 'To verify your identity, please tell me the last four digits of your Social Security number.'], ['debtor', 'One two three four.'], ['agent', 'Thank you. This is a communication from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.']],
};
const CLEAN_BODY: Record<'zh' | 'en', Line[][]> = {
  zh: [
    [['agent', '您的逾期金额为三千元，请问什么时候方便还款？'], ['debtor', '下周五吧。'], ['agent', '好的，已为您登记，感谢配合。']],
    [['agent', '您的欠款已逾期二十天。'], ['debtor', '你们是不是骗子？'], ['agent', '理解您的顾虑，您可以拨打官方客服电话核实。我们不会起诉您，也不会上门，请放心。']],
    [['agent', '应还金额为一千二百元。'], ['debtor', '你神经病吧，滚！'], ['agent', '理解您的情绪，如您现在不方便，我们改天再联系。']],
    [['agent', '您的借款已经逾期了。'], ['debtor', '我失业了，实在没钱。'], ['agent', '理解您的困难，我们为您登记，由专员联系您商量分期方案。']],
    [['agent', '您的逾期金额为两千元。'], ['debtor', '你们会不会说我要坐牢？'], ['agent', '不会的。按照规定，我们不能说“你会坐牢”这类话，请您放心。']],
  ],
  en: [
    [['agent', 'Your account is $312 past due. When would you be able to make a payment?'], ['debtor', 'Next Friday.'], ['agent', 'Thank you, I have noted that.']],
    [['agent', 'Your balance is past due.'], ['debtor', 'Is this a scam?'], ['agent', 'I understand. We will not sue you and no one will come to your home; you can call the number on your statement to verify.']],
    [['agent', 'The amount due is $1,240.'], ['debtor', 'Screw you, you idiot!'], ['agent', 'I understand you are upset. We can talk another time.']],
    [['agent', 'Your account is overdue.'], ['debtor', 'I lost my job last month.'], ['agent', "I'm sorry to hear that. I can note a hardship and have a specialist call you about a deferral."]],
    [['agent', 'The amount due is $500.'], ['debtor', 'Are you going to have me arrested?'], ['agent', 'No. We are not allowed to say things like "you will go to jail", and nothing like that will happen.']],
  ],
};
/** One violating collector line per category, in several wordings. */
const VIOLATIONS: Record<'zh' | 'en', Record<string, string[]>> = {
  zh: {
    threat: ['再不还钱，就等着坐牢吧。', '明天我们就派人上门找你。', '你不还，我们就到你单位去。', '你等着瞧，后果自负。', '不还钱就让你做牢。'],
    impersonation: ['我是警察，你这事公安已经立案了。', '我们是法院的，法院执行局马上来。', '我是法官，今天必须处理。'],
    insult: ['你这个老赖，真不要脸。', '你就是个废物。', '你是不是有病，欠钱不还。'],
    violence: ['再不还就打断你的腿。', '小心我找人收拾你。', '你小心点你的家人。'],
    privacy_disclosure: ['我们会把你的欠款发到朋友圈。', '明天就通知你的通讯录。', '我们会告诉你所有同事。'],
    false_consequence: ['今天不还明天就上征信黑名单。', '你的子女不能上学。', '恶意透支要判刑的。'],
    extra_fee: ['你还要交一笔处理费。', '逾期要加收催收费。', '交保证金就可以消除记录。'],
    new_borrowing: ['你去网贷借点还上。', '用花呗借呗还一下。', '找别的平台借钱还我们。'],
  },
  en: {
    threat: ['If you do not pay, we will have you arrested.', "We'll send someone to your house tomorrow.", "You'll regret this."],
    impersonation: ['This is the police, you need to pay now.', 'I am calling from the court about your case.', 'We are the IRS.'],
    insult: ['You are a deadbeat.', "You're pathetic, pay your bills.", 'You people never pay, loser.'],
    violence: ["You'd better watch your back.", "We know where your kids go to school.", "We'll hurt you if you don't pay."],
    privacy_disclosure: ['We will tell your employer about this.', 'We will post it online.', 'We will call all your contacts.'],
    false_consequence: ['You will be arrested for this.', 'You will lose your job over this.', "You'll be deported."],
    extra_fee: ['There is a processing fee for paying by phone.', 'We add a collection fee of $50.', 'A convenience fee applies.'],
    new_borrowing: ['Take out a payday loan to pay this.', 'Use another credit card to pay this.', 'Borrow from a friend to pay.'],
  },
};
/** Debtor triggers and the collector going on regardless. */
const IGNORED: Record<'zh' | 'en', Record<string, [string, string]>> = {
  zh: { ignored_stop_request: ['别再打了，以后别打了。', '你还是尽快还款吧。'], ignored_attorney: ['我已经委托律师了，找我律师。', '那你今天必须还。'], ignored_dispute: ['这不是我借的，我没借过。', '不管怎样请今天还款。'], ignored_hardship: ['我失业了，实在没钱。', '那你也得赶紧还。'] },
  en: { ignored_stop_request: ['Stop calling me.', 'You need to pay today.'], ignored_attorney: ['I have a lawyer, talk to my attorney.', 'Make a payment now.'], ignored_dispute: ['That is not my debt, I dispute this.', 'You still need to pay today.'], ignored_hardship: ['I lost my job and I am in the hospital.', 'When can you pay?'] },
};
/** Evasions a collector uses to get past keyword filters. */
function evade(text: string, rnd: () => number): string {
  const r = rnd();
  if (r < 0.25) return text.replace(/([\u4e00-\u9fff])([\u4e00-\u9fff])/u, '$1 $2');
  if (r < 0.4) return text.replace(/([\u4e00-\u9fff])([\u4e00-\u9fff])/u, '$1*$2');
  if (r < 0.55) return text.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0 - 32));
  return text;
}

/** A labelled call (or chat): turns 3 s apart, in traditional characters for zh-Hant, in the language's zone. */
export function labelledCall(id: string, lang: Lang, lines: Line[], labels: string[], started = '10:05', channel: Transcript['channel'] = 'voice'): LabelledCall {
  const en = lang === 'en';
  const turns = lines.map(([speaker, text], i) => ({ speaker, text: lang === 'zh-Hant' ? String(toTraditional(text)) : text, startMs: i * 3000, endMs: i * 3000 + 2500 }));
  return {
    transcript: { id, startedAt: `2026-12-01T${started}:00${en ? '-05:00' : '+08:00'}`, timezone: en ? 'America/New_York' : 'Asia/Shanghai', channel, turns },
    labels: [...new Set(labels)].sort(),
  };
}

export function buildCorpus(seed = 11): LabelledCall[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: LabelledCall[] = [];
  const make = (lang: Lang, lines: Line[], labels: string[], started?: string) => out.push(labelledCall(`q-${lang}-${String(out.length + 1).padStart(3, '0')}`, lang, lines, labels, started));
  for (const lang of ['zh', 'zh-Hant', 'en'] as const) {
    const base = lang === 'en' ? 'en' : 'zh';
    for (const body of CLEAN_BODY[base]) make(lang, [...OPENING[base], ...body], []);
    for (const [category, lines] of Object.entries(VIOLATIONS[base])) {
      for (const line of lines) make(lang, [...OPENING[base], ['agent', evade(line, rnd)]], [category]);
    }
    for (const [category, [trigger, response]] of Object.entries(IGNORED[base])) make(lang, [...OPENING[base], ['debtor', trigger], ['agent', response]], [category]);
    // No identification, debt before verification, a third party told, a call at night.
    make(lang, [['agent', base === 'en' ? 'Hi John.' : '喂，王先生吗？'], ['debtor', base === 'en' ? 'Yes.' : '是我。']], base === 'en' ? ['missing_disclosure', 'missing_identification'] : ['missing_identification']);
    make(lang, [['agent', base === 'en' ? 'My name is Sam. Your balance is past due.' : '我是华夏消费金融的工作人员，您的欠款已经逾期了。'], ['debtor', base === 'en' ? 'Okay.' : '哦。'], ...OPENING[base].slice(2)],
      ['debt_before_verification']);
    make(lang, [[...OPENING[base][0]!], ['third_party', base === 'en' ? "He's not home, I'm his wife." : '他不在，我是他老婆。'], ['agent', base === 'en' ? 'He owes us money, tell him to pay.' : '他欠我们钱，让他赶紧还。']],
      // Told to whoever answered, before anyone was verified: two violations in one sentence.
      ['third_party_disclosure', 'debt_before_verification', ...(base === 'en' ? ['missing_disclosure'] : [])]);
    make(lang, [...OPENING[base], ...pick(CLEAN_BODY[base])], ['outside_hours'], '22:40');
  }
  return out;
}

/** The corpus file: three seeds, so every wording meets different evasions. */
export function buildCorpusFile(): LabelledCall[] {
  const tag = (seed: number, suffix: string) => buildCorpus(seed).map((c) => ({ ...c, transcript: { ...c.transcript, id: `${c.transcript.id}${suffix}` } }));
  return [...buildCorpus(11), ...tag(12, '-b'), ...tag(13, '-c')];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(buildCorpusFile().map((c) => JSON.stringify(c)).join('\n') + '\n');
}
