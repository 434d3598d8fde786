import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DialogDocument, QaRulesetDocument, Transcript } from '../../schemas/generated/types.ts';
import { loadSampleLines } from '../../templates/load-templates.ts';
import { validateDocument } from '../validate/index.ts';
import { Automaton } from './automaton.ts';
import { compileRuleset, lintPrompts, normalize } from './index.ts';
import { cn, doc, say, tiny, us } from './test-kit.ts';

const samples = loadSampleLines('transcripts.jsonl') as Transcript[];
const sample = (id: string) => samples.find((t) => t.id === id)!;
const rulesFired = (r: { findings: Array<{ ruleId: string }> }) => [...new Set(r.findings.map((f) => f.ruleId))].sort();
const inspectTiny = compileRuleset(tiny);
const found = (text: string, speaker?: Transcript['turns'][number]['speaker']) => inspectTiny.scan(say(text, speaker)).findings.map((f) => text.slice(f.start, f.end));

describe('normalize', () => {
  it('folds full-width forms, case and traditional characters, keeping a map to the original', () => {
    const n = normalize('ＡＢ 後發', false);
    expect(n.text).toBe('ab 后发');
    expect([...n.map]).toEqual([0, 1, 2, 3, 4]);
  });

  it('leaves simplified characters alone: 什么 stays 什么 (per character, OpenCC would make 么 into 幺)', () => {
    expect(normalize('什么 什麼 怎麼', false).text).toBe('什么 什么 怎么');
  });

  it('drops separators inside words when asked', () => {
    const n = normalize('坐 * 牢 S.U.E', true);
    expect(n.text).toBe('坐牢sue');
    expect([...n.map]).toEqual([0, 4, 6, 8, 10]);
  });
});

describe('Automaton', () => {
  it('finds every phrase, overlapping ones included', () => {
    const a = new Automaton(['he', 'she', 'hers', 'his']);
    expect(a.scan('ushers').map((m) => [m.phrase, m.start, m.end])).toEqual([[1, 1, 4], [0, 2, 4], [2, 2, 6]]);
  });

  it('finds exactly what a naive search finds, with complete rows for every state, some, or only the root', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abc后發'), minLength: 1, maxLength: 5 });
    fc.assert(fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.string({ unit: fc.constantFrom(...'abcd后發 '), maxLength: 40 }), (phrases, text) => {
      const naive: number[][] = [];
      for (let end = 1; end <= text.length; end++) phrases.forEach((p, i) => { if (text.slice(0, end).endsWith(p)) naive.push([i, end - p.length, end]); });
      const sorted = (ms: number[][]) => ms.sort((x, y) => x[2]! - y[2]! || x[0]! - y[0]!);
      for (const budget of [0, 12, 1 << 22]) {
        expect(sorted(new Automaton(phrases, undefined, budget).scan(text).map((m) => [m.phrase, m.start, m.end]))).toEqual(sorted(naive));
      }
    }), { numRuns: 300 });
  });

  it('reads the text through its key function: dropped units and keys of several units keep original offsets', () => {
    const a = new Automaton(['ab', 'fi'], (cp) => (cp === 0x2a ? '' : cp === 0xfb01 ? 'fi' : String.fromCodePoint(cp)));
    expect(a.scan('xa*b ﬁ').map((m) => [m.phrase, m.start, m.end])).toEqual([[0, 1, 4], [1, 5, 6]]);
    // A match may end inside a character's key, or start at a character outside the BMP.
    const b = new Automaton(['xf', 'i', '𠀀z'], (cp) => (cp === 0xfb01 ? 'fi' : String.fromCodePoint(cp)));
    expect(b.scan('xﬁ 𠀀z').map((m) => [m.phrase, m.start, m.end])).toEqual([[0, 0, 2], [1, 1, 2], [2, 3, 6]]);
  });
});

describe('matching', () => {
  it('survives evasions: spaces and symbols, full-width, traditional characters, case', () => {
    expect(found('不还就等着坐 牢吧')).toEqual(['坐 牢']);
    expect(found('不还就等着坐*牢吧')).toEqual(['坐*牢']);
    expect(found('我們會起訴你')).toEqual(['起訴']);
    expect(found('We will ＳＵＥ you')).toEqual(['ＳＵＥ']);
    expect(found('we will s.u.e you')).toEqual(['s.u.e']);
  });

  it("reads a recogniser's pause before a pronoun as a break in a call, and reads through it in typed text", () => {
    const beat = compileRuleset({ ...tiny, lexicons: [{ id: 'threat', phrases: [{ text: '打你', lang: 'zh' }, { text: '坐牢', lang: 'zh' }] }] });
    const excerpts = (text: string, channel: Transcript['channel']) => beat.scan({ ...say(text), channel }).findings.map((f) => text.slice(f.start, f.end));
    expect(excerpts('短信你又不回 呃还是得打 你今天到底还不还', 'voice')).toEqual([]);
    expect(excerpts('短信你又不回 呃还是得打 你今天到底还不还', 'sms')).toEqual(['打 你']);
    expect(excerpts('再不还我们就打 你', 'voice')).toEqual(['打 你']); // one character after it: no pause
    expect(excerpts('不还就等着坐 牢吧', 'voice')).toEqual(['坐 牢']); // no pronoun: a word spaced out
  });

  it('respects English word boundaries: "issue" is not "sue"', () => {
    expect(found('there is an issue with your account')).toEqual([]);
  });

  it('reads a phrase within one clause: a comma after a word ends one, dots between letters spell a word out', () => {
    expect(found('the ones we have, you arrested?')).toEqual([]);
    expect(found('we will have you arrested')).toEqual(['have you arrested']);
    expect(found('we will s. u. e. you')).toEqual(['s. u. e']);
    const beat = compileRuleset({ ...tiny, lexicons: [{ id: 'threat', phrases: [{ text: '打你', lang: 'zh' }] }] });
    const excerpts = (text: string) => beat.scan(say(text)).findings.map((f) => text.slice(f.start, f.end));
    expect(excerpts('没批下来之前我们照打，你先还一部分')).toEqual([]);
    expect(excerpts('再不还我们就打*你')).toEqual(['打*你']);
  });

  it('does not fire on a negation, but does on a condition', () => {
    expect(found('我们不会起诉您，请放心')).toEqual([]);
    expect(found('我们不会对您起诉')).toEqual([]);
    expect(found('we will not sue you')).toEqual([]);
    expect(found("we won't sue you")).toEqual([]);
    expect(found('不还就等着坐牢')).toEqual(['坐牢']);
    expect(found('if you do not pay we will have you arrested')).toEqual(['have you arrested']);
  });

  it('reads a list under one negation as negated, item by item, and what a negated phrase holds with it', () => {
    const fees = compileRuleset({ ...tiny, lexicons: [{ id: 'threat', phrases: [{ text: 'collection fee', lang: 'en' }, { text: 'processing fee', lang: 'en' }, { text: 'charge', lang: 'en' }, { text: 'fee', lang: 'en' }] }] });
    const excerpts = (text: string) => fees.scan(say(text)).findings.map((f) => text.slice(f.start, f.end));
    expect(excerpts("There's no collection fee, processing fee or any other charge.")).toEqual([]);
    expect(excerpts("There's no collection fee, a processing fee applies.")).toEqual(['processing fee']);
    expect(excerpts("We don't add a collection fee, but there is a processing fee.")).toEqual(['processing fee']);
  });

  it('finds combinations said close together in one clause, not far apart, negated or by the debtor', () => {
    const doc: QaRulesetDocument = {
      ...tiny, lexicons: [...tiny.lexicons, { id: 'tell', phrases: [{ text: '告诉', lang: 'zh' }, { text: 'tell', lang: 'en' }] }, { id: 'audience', phrases: [{ text: '领导', lang: 'zh' }, { text: 'your boss', lang: 'en' }] }],
      rules: [{ id: 'privacy', type: 'forbidden-phrase', category: 'privacy_disclosure', severity: 'critical', near: [{ lexicons: ['tell', 'audience'], within: 16 }], message: { en: 'privacy' } }],
    };
    const inspect = compileRuleset(doc);
    const spans = (text: string, speaker: Transcript['turns'][number]['speaker'] = 'agent') => inspect.scan(say(text, speaker)).findings.map((f) => text.slice(f.start, f.end));
    expect(spans('我们会把这事告诉你们领导')).toEqual(['告诉你们领导']);
    expect(spans("We'll tell your boss today")).toEqual(['tell your boss']);
    expect(spans('领导说了，这个月的账单已经出了，我们稍后会告诉您')).toEqual([]);
    expect(spans('我们不会告诉你们领导')).toEqual([]);
    expect(spans('我要告诉你们领导', 'debtor')).toEqual([]);
    expect(spans('告诉')).toEqual([]);
    // A combination is said in one sentence: "I'm sorry. Please tell your boss you need the day off" is no disclosure.
    expect(spans("I'm sorry to tell you. Your boss")).toEqual([]);
    expect(spans('我们会告诉您。领导')).toEqual([]);
    expect(spans('The fee is $1.50 to tell your boss')).toEqual(['tell your boss']);
    // Nor across a comma, which ends a clause, or a recogniser's pause between two words; a space between single characters spaces them out.
    expect(spans('您先照顾好领导，有需要我们会告诉您')).toEqual([]);
    expect(spans("Look after your boss, and we'll tell you")).toEqual([]);
    expect(spans('您先照顾好领导 我们会告诉您')).toEqual([]);
    expect(spans('我们会告 诉你们领导')).toEqual(['告 诉你们领导']);
    // One word in both lexicons is no combination.
    const both = compileRuleset({ ...doc, lexicons: [...doc.lexicons, { id: 'fee-verb', phrases: [{ text: 'charge', lang: 'en' }] }, { id: 'fee-noun', phrases: [{ text: 'charge', lang: 'en' }, { text: 'fee', lang: 'en' }] }], rules: [{ ...doc.rules[0]!, near: [{ lexicons: ['fee-verb', 'fee-noun'], within: 30 }] }] });
    expect(both.scan(say('It is free of charge.')).findings).toEqual([]);
    expect(both.scan(say('We charge a fee.')).findings).toHaveLength(1);
  });

  it('lets words said close by void a finding (except): the debtor posting names an audience and tells it nothing', () => {
    const doc: QaRulesetDocument = {
      ...tiny, lexicons: [{ id: 'privacy', phrases: [{ text: '朋友圈', lang: 'zh' }, { text: 'on facebook', lang: 'en' }] }, { id: 'posts', phrases: [{ text: '在朋友圈晒', lang: 'zh' }, { text: 'you post', lang: 'en' }] }],
      rules: [{ id: 'privacy', type: 'forbidden-phrase', category: 'privacy_disclosure', severity: 'critical', lexicons: ['privacy'], except: { lexicons: ['posts'], within: 20 }, message: { en: 'privacy' } }],
    };
    const spans = (inspector: ReturnType<typeof compileRuleset>) => (text: string) => inspector.scan(say(text)).findings.map((f) => text.slice(f.start, f.end));
    const found = spans(compileRuleset(doc));
    expect(found('你天天在朋友圈晒旅游照片')).toEqual([]);
    expect(found('and you post vacation pictures on Facebook every day?')).toEqual([]);
    // Not across a clause, nor farther than `within`.
    expect(found('你天天在朋友圈晒照片，我们就把欠款发到朋友圈')).toEqual(['朋友圈']);
    expect(found('you post a lot, so we will put it on Facebook')).toEqual(['on Facebook']);
    expect(found('you post pictures of your holiday and your kids and your dog, and we will put it all on Facebook')).toEqual(['on Facebook']);
    expect(spans(compileRuleset({ ...doc, rules: [{ ...doc.rules[0]!, except: undefined }] }))('你天天在朋友圈晒旅游照片')).toEqual(['朋友圈']);
    // A negated exception is none: a fee "not in your contract" is no fee the contract names.
    const fees = compileRuleset({ ...tiny, lexicons: [{ id: 'fee', phrases: [{ text: 'processing fee', lang: 'en' }] }, { id: 'contract', phrases: [{ text: 'in your contract', lang: 'en' }] }], rules: [{ id: 'fee', type: 'forbidden-phrase', category: 'extra_fee', severity: 'major', lexicons: ['fee'], except: { lexicons: ['contract'], within: 40 }, message: { en: 'fee' } }] });
    expect(spans(fees)('The processing fee in your contract is $5.')).toEqual([]);
    expect(spans(fees)("There's a processing fee. It's not in your contract.")).toEqual(['processing fee']);
    expect(spans(fees)("There's a $50 processing fee, though it's not in your contract")).toEqual(['processing fee']);
  });

  it("does not read \"I'll\" as \"ill\" once the apostrophe is dropped: a promise is no hardship", () => {
    const t: Transcript = { id: 'x', startedAt: '2026-12-01T10:00:00-05:00', channel: 'voice', turns: [{ speaker: 'debtor', text: "I'll pay tomorrow." }, { speaker: 'agent', text: 'Great, please make the payment.' }] };
    expect(us.scan(t).findings.filter((f) => f.category === 'ignored_hardship')).toEqual([]);
  });

  it('hears a stop request the way the bot does (its NLU), in words no lexicon lists', () => {
    const t: Transcript = { id: 'x', startedAt: '2026-12-01T10:00:00-05:00', channel: 'voice', turns: [{ speaker: 'debtor', text: 'Take my number off your list.' }, { speaker: 'agent', text: 'Sure, but the balance is still due.' }] };
    expect(us.scan(t).findings.filter((f) => f.ruleId === 'stop-means-stop').map((f) => t.turns[f.turn]!.text.slice(f.start, f.end))).toEqual(['still due']);
    const withoutIntents = structuredClone(us.ruleset);
    for (const r of withoutIntents.rules) if (r.trigger) delete r.trigger.intents;
    expect(compileRuleset(withoutIntents).scan(t).findings.filter((f) => f.ruleId === 'stop-means-stop')).toEqual([]);
  });

  it('hears a dispute said with a complaint: the second reading, as sure as a keyword, triggers too', () => {
    const t: Transcript = { id: 'x', startedAt: '2026-12-01T10:00:00-05:00', channel: 'voice', turns: [{ speaker: 'debtor', text: "I'm filing a complaint against you, somebody stole my identity." }, { speaker: 'agent', text: 'Complain all you want, just pay this month first.' }] };
    expect(us.scan(t).findings.map((f) => f.ruleId)).toContain('dispute-pauses');
    const u: Transcript = { ...t, turns: [{ speaker: 'debtor', text: 'I have a complaint about your tone.' }, t.turns[1]!] };
    expect(us.scan(u).findings.map((f) => f.ruleId)).not.toContain('dispute-pauses');
  });

  it('hears a claim of payment as the dispute it is, and a matter handed to a lawyer as no such claim', () => {
    const call = (debtor: string, agent: string): Transcript => ({ id: 'x', startedAt: '2026-12-01T10:00:00-05:00', channel: 'voice', turns: [{ speaker: 'debtor', text: debtor }, { speaker: 'agent', text: agent }] });
    const rules = (t: Transcript) => us.scan(t).findings.filter((f) => f.category.startsWith('ignored_')).map((f) => f.ruleId);
    expect(rules(call('I paid that. Last month', 'System says no. Send it today.'))).toContain('dispute-pauses');
    expect(rules(call('My lawyer already sent you a letter, contact him from now on.', 'The lawyer is one thing. Pay the $300 today.'))).toEqual(['attorney-means-stop']);
  });

  it('hears no pressing in an answer that states what is past due, only in a demand', () => {
    const call = (agent: string): Transcript => ({ id: 'x', startedAt: '2026-12-01T10:00:00-05:00', channel: 'voice', turns: [{ speaker: 'debtor', text: 'Why is there an extra eighty dollars on my statement? I dispute that charge.' }, { speaker: 'agent', text: agent }] });
    const disputes = (t: Transcript) => us.scan(t).findings.filter((f) => f.ruleId === 'dispute-pauses');
    expect(disputes(call("That's the late fee in your contract, 5% of the past-due principal. I can send you the clause."))).toEqual([]);
    expect(disputes(call("The account is past due, so the fee stands. You need to pay it today."))).not.toEqual([]);
  });

  it('reads brushing aside what the debtor said as ignoring it, whatever demand follows in words no lexicon lists', () => {
    const t: Transcript = { id: 'x', startedAt: '2026-12-01T10:00:00-05:00', channel: 'voice', turns: [{ speaker: 'debtor', text: 'My attorney handles this now.' }, { speaker: 'agent', text: "The attorney is one thing. Let's wrap this up today." }] };
    expect(us.scan(t).findings.map((f) => f.ruleId)).toContain('attorney-means-stop');
    const without = structuredClone(us.ruleset);
    for (const r of without.rules) {
      if (r.forbiddenAfter?.lexicons) r.forbiddenAfter.lexicons = r.forbiddenAfter.lexicons.filter((l) => l !== 'dismissal') as [string, ...string[]];
      delete r.minConfidence; // the learned reading of what presses on, which reads it too
    }
    expect(compileRuleset(without).scan(t).findings.map((f) => f.ruleId)).not.toContain('attorney-means-stop');
  });

  it('hears whoever answered for someone else the way the bot does, in words no lexicon lists', () => {
    const t: Transcript = { id: 'x', startedAt: '2026-12-01T10:00:00-05:00', channel: 'voice', turns: [{ speaker: 'unknown', text: 'I run the corner store downstairs, he left his phone with me.' }, { speaker: 'agent', text: 'Could you let him know his loan with us is overdue?' }] };
    expect(us.scan(t).findings.map((f) => f.ruleId)).toContain('nothing-to-third-party');
  });

  it('reads the collector, not the debtor, for forbidden phrases', () => {
    expect(found('你们再打我就起诉你们', 'debtor')).toEqual([]);
  });
});

describe('inspector on the sample transcripts', () => {
  it('passes clean calls and fails the violations, with the right rules', () => {
    const expected: Record<string, string[]> = {
      't-cn-0001': [], 't-cn-0004': [], 't-tw-0002': [], 't-sms-0001': [],
      // "你欠的钱" to whoever said "是" to a name: the debt before any verification.
      't-cn-0002': ['no-insults', 'no-threats', 'verify-before-debt'],
      't-cn-0003': ['nothing-to-third-party', 'permitted-hours', 'verify-before-debt'],
      't-tw-0001': ['no-privacy-disclosure', 'verify-before-debt'],
    };
    for (const [id, rules] of Object.entries(expected)) {
      const r = cn.scan(sample(id));
      expect(rulesFired(r), id).toEqual(rules);
      expect(r.passed, id).toBe(rules.length === 0);
    }
    expect(rulesFired(us.scan(sample('t-us-0002')))).toEqual(['attorney-means-stop', 'mini-miranda', 'no-insults', 'no-threats', 'permitted-hours', 'stop-means-stop']);
    // "he is behind on his loan", to his wife, before anyone was verified: both rules.
    expect(rulesFired(us.scan(sample('t-us-0003')))).toEqual(['mini-miranda', 'nothing-to-third-party', 'verify-before-debt']);
    expect(us.scan(sample('t-us-0001')).passed).toBe(true);
    expect(us.scan(sample('t-us-0004')).passed).toBe(true);
  });

  it('points findings at the original text', () => {
    const f = cn.scan(sample('t-cn-0002')).findings.find((x) => x.ruleId === 'no-insults')!;
    expect(sample('t-cn-0002').turns[f.turn]!.text.slice(f.start, f.end)).toBe('老赖');
    expect(f).toMatchObject({ transcriptId: 't-cn-0002', category: 'insult', severity: 'major', message: '催收方辱骂或贬损债务人' });
  });

  it('scores: a critical finding fails the call; major ones deduct', () => {
    const r = cn.scan(sample('t-cn-0002'));
    expect(r).toMatchObject({ passed: false, score: 0 });
    // Turn 2 says "派人上门找你" and "到你单位去" in one sentence (one finding); turn 4 "坐 牢".
    expect(r.metrics.findingsByCategory).toMatchObject({ threat: 2, insult: 1 });
  });

  it('makes one finding of a rule\'s phrases in one sentence, spanning them, and one per sentence', () => {
    const threats = (text: string) => cn.scan(say(text)).findings.filter((x) => x.ruleId === 'no-threats').map((x) => text.slice(x.start, x.end));
    expect(threats('我们明天就派人上门找你')).toEqual(['派人上门找你']);
    expect(threats('我们明天就派人上门找你，到你单位去')).toEqual(['派人上门找你，到你单位去']);
    expect(threats('我们明天就派人上门找你。到你单位去。')).toEqual(['派人上门找你', '到你单位去']);
  });

  it('streams the same findings as a batch scan, each as soon as its turn ends', () => {
    for (const t of samples) {
      const ins = t.id.startsWith('t-us') || t.id.startsWith('t-chat') ? us : cn;
      const s = ins.stream(t);
      const streamed = t.turns.flatMap((turn, i) => s.push(turn).map((f) => ({ ...f, at: i })));
      const { findings, report } = s.end();
      const order = (a: { turn: number; start: number; ruleId: string }, b: typeof a) => a.turn - b.turn || a.start - b.start || a.ruleId.localeCompare(b.ruleId);
      expect([...streamed.map(({ at: _at, ...f }) => f), ...findings].sort(order)).toEqual([...ins.scan(t).findings].sort(order));
      for (const f of streamed) if (f.ruleId.startsWith('no-')) expect(f.at).toBe(f.turn);
      expect(report.findings.length).toBe(streamed.length + findings.length);
    }
  });

  it('alerts on a partial utterance and does not report it twice', () => {
    const s = cn.stream({ id: 'live', startedAt: '2026-12-01T10:00:00+08:00', channel: 'voice' });
    expect(s.partial({ speaker: 'agent', text: '不还就等着坐牢' }).map((f) => f.ruleId)).toEqual(['no-threats']);
    expect(s.push({ speaker: 'agent', text: '不还就等着坐牢吧' })).toEqual([]);
    expect(s.end().report.findings.filter((f) => f.ruleId === 'no-threats')).toHaveLength(1);
  });

  it('measures silence and overtalk from timestamps', () => {
    const t: Transcript = { id: 'm', startedAt: '2026-12-01T10:00:00+08:00', channel: 'voice', turns: [
      { speaker: 'agent', text: '您好，我是工作人员', startMs: 0, endMs: 2000 },
      { speaker: 'debtor', text: '嗯', startMs: 20000, endMs: 21000 },
      { speaker: 'agent', text: '请问', startMs: 20500, endMs: 22000 },
    ] };
    const r = cn.scan(t);
    expect(r.metrics).toMatchObject({ longestSilenceMs: 18000, overtalkMs: 500, durationMs: 22000 });
    expect(rulesFired(r)).toContain('dead-air');
  });
});

describe('one rulebook for bots and agents', () => {
  it('flags a dialog prompt the QA rules forbid, at its pointer', () => {
    const dialog = doc('m1-reminder-zh') as unknown as DialogDocument;
    const i = dialog.nodes.findIndex((n) => n.id === 'negotiate');
    (dialog.nodes[i] as { data: { prompt: { text: { zh: string } } } }).data.prompt.text.zh += '再不还就让你坐牢。';
    const issues = lintPrompts(dialog, cn);
    expect(issues).toEqual([expect.objectContaining({ code: 'dialog.forbidden-phrase', pointer: `/nodes/${i}/data/prompt/text/zh` })]);
    const result = validateDocument(dialog, { qaRuleset: doc('qa-cn') as unknown as QaRulesetDocument });
    expect(result.valid).toBe(false);
    expect(validateDocument(dialog).valid).toBe(true);
  });
});

describe('pinyin homophones', () => {
  it('match a phrase written with characters that sound the same, only when the ruleset asks', () => {
    const withSounds = compileRuleset({ ...tiny, normalization: { pinyinHomophones: true } });
    const t = say('再不还就让你做牢');
    expect(withSounds.scan(t).findings.map((f) => t.turns[0]!.text.slice(f.start, f.end))).toEqual(['做牢']);
    expect(inspectTiny.scan(t).findings).toEqual([]);
    expect(withSounds.scan(say('我们不会让你做牢')).findings).toEqual([]);
  });

  it('match nothing, by sound or as written, inside an everyday word the ruleset lists', () => {
    const flagged = (text: string, everydayWords?: string[]) => compileRuleset({ ...tiny, normalization: { pinyinHomophones: true, everydayWords } }).scan(say(text)).findings.length;
    const sturdy = '柜门要做牢固一点'; // 做牢 (zuo4 lao2) sounds like 坐牢
    expect(flagged(sturdy)).toBe(1);
    expect(flagged(sturdy, ['做牢固'])).toBe(0);
    expect(flagged('再不还就让你做牢', ['做牢固'])).toBe(1);
    expect(flagged('我们可以帮您申请起诉前调解', ['起诉前调解'])).toBe(0); // 起诉, as written
    expect(flagged('我们马上起诉你', ['起诉前调解'])).toBe(1);
  });

  it('hold a phrase to its tones and all its characters but one: 借点 (jie4 dian3) is not 接电话 (jie1 dian4), 智障 not 纸质账单, 人事部 not 这人是不是', () => {
    const cn = compileRuleset(doc('qa-cn') as unknown as QaRulesetDocument);
    const said = (text: string, category = 'new_borrowing') => cn.scan(say(text)).findings.filter((f) => f.category === category).length;
    expect(said('欠钱不还还有脸接电话？')).toBe(0);
    expect(said('你找朋友借点')).toBe(1);
    expect(said('你找朋友介点')).toBe(1); // jie4 dian3, one character swapped
    expect(said('你真是个智帐', 'insult')).toBe(1);
    // Only forbidden phrases are matched by sound: 人是 (rén shì) is no 人事 (HR), the audience a disclosure is told to.
    expect(said('不联系您联系谁？欠款人是您。', 'privacy_disclosure')).toBe(0);
    expect(said('您要纸质账单的话，我们免费寄给您。', 'insult')).toBe(0); // 质账 zhi4 zhang4 straddles two words
    // Three characters of the same tones, two swapped (ren2 shi4 bu4); one swapped, other tones (ban4, not ban1).
    expect(said('你这人是不是不想还了？', 'privacy_disclosure')).toBe(0);
    expect(said('我是街道综治办主任，来了解一下情况。', 'privacy_disclosure')).toBe(0);
    expect(said('我们会告诉你们人是部', 'privacy_disclosure')).toBe(1); // 人事部 with 事 swapped for 是
  });
});

describe('a rule that supersedes another', () => {
  const layered: QaRulesetDocument = {
    ...tiny, id: 'layered',
    lexicons: [...tiny.lexicons, { id: 'violence', phrases: [{ text: '打断你的腿', lang: 'zh' }] }],
    rules: [...tiny.rules, { id: 'no-violence', type: 'forbidden-phrase', category: 'violence', severity: 'critical', lexicons: ['violence'], supersedes: ['no-threats'], message: { en: 'violence', zh: '暴力' } }],
  };
  const rulesIn = (text: string) => compileRuleset(layered).scan(say(text)).findings.map((f) => f.ruleId);
  // Examples for the learned rules below: acceptable speech to tell violence from.
  const ex = (text: string, category: string | null) => ({ text, lang: 'zh' as const, category: category as never });
  const acceptable = [ex('您好，请问您什么时候方便还款', null), ex('您的账单已经逾期，请尽快处理', null), ex('感谢您的配合，祝您生活愉快', null), ex('请您通过官方渠道还款', null)];

  it('stands alone for a sentence both find, and leaves the other rule its own sentences', () => {
    expect(rulesIn('不还就起诉你，再打断你的腿')).toEqual(['no-violence']);
    expect(rulesIn('我们会起诉你')).toEqual(['no-threats']);
    const live = compileRuleset(layered).stream({ id: 'x', startedAt: '2026-12-01T10:00:00+08:00', channel: 'voice' });
    expect(live.push({ speaker: 'agent', text: '不还就起诉你，再打断你的腿' }).map((f) => f.ruleId)).toEqual(['no-violence']);
  });

  it('must name another rule', () => {
    const bad = structuredClone(layered);
    bad.rules[1]!.supersedes = ['no-such-rule'];
    expect(validateDocument(bad).issues.map((i) => [i.pointer, i.code])).toEqual([['/rules/1/supersedes/0', 'qa.unknown-rule']]);
  });

  it('must not be superseded by it in turn, or a sentence both read would have no finding', () => {
    const cycle = structuredClone(layered);
    cycle.rules[0]!.supersedes = ['no-violence'];
    expect(validateDocument(cycle).issues.map((i) => [i.pointer, i.code])).toEqual([['/rules/0/supersedes/0', 'qa.supersedes-cycle'], ['/rules/1/supersedes/0', 'qa.supersedes-cycle']]);
  });

  it('takes the severity of a more severe finding it replaces: a sentence costs no less for a more precise reading', () => {
    const milder = structuredClone(layered);
    milder.rules[1]!.severity = 'major';
    const scan = (text: string) => compileRuleset(milder).scan(say(text)).findings.map((f) => [f.ruleId, f.severity]);
    expect(scan('不还就起诉你，再打断你的腿')).toEqual([['no-violence', 'critical']]);
    expect(scan('再打断你的腿')).toEqual([['no-violence', 'major']]);
  });

  it('lets a learned reading it names stand for a phrase finding of another category', () => {
    const learning: QaRulesetDocument = {
      ...layered,
      examples: [
        ex('小心你的腿被打断', 'violence'), ex('晚上走路小心你的腿', 'violence'), ex('我们的人会打断你的腿', 'violence'), ex('你的腿还想要吗', 'violence'),
        ...acceptable,
      ],
      rules: [...tiny.rules, { id: 'learned-violence', type: 'learned', category: 'violence', severity: 'major', message: { en: 'violence', zh: '暴力' } }],
    };
    const text = '要起诉的，小心你的腿';
    const scan = (rs: QaRulesetDocument) => compileRuleset(rs).scan(say(text)).findings.map((f) => [f.ruleId, f.severity]);
    expect(scan(learning)).toEqual([['no-threats', 'critical']]);
    learning.rules[1]!.supersedes = ['no-threats'];
    expect(scan(learning)).toEqual([['learned-violence', 'critical']]);
  });

  it('replaces nothing when its own reading is dropped: an insult phrase in the sentence leaves the threat standing', () => {
    const insulting: QaRulesetDocument = {
      ...tiny,
      lexicons: [...tiny.lexicons, { id: 'insult', phrases: [{ text: '废物', lang: 'zh' }] }],
      examples: [
        ex('废物，小心你的腿被打断', 'violence'), ex('废物，晚上走路小心你的腿', 'violence'), ex('我们的人会打断你的腿', 'violence'), ex('你的腿还想要吗', 'violence'),
        ...acceptable,
      ],
      rules: [...tiny.rules,
        { id: 'no-insults', type: 'forbidden-phrase', category: 'insult', severity: 'major', lexicons: ['insult'], message: { en: 'insult', zh: '辱骂' } },
        { id: 'learned-violence', type: 'learned', category: 'violence', severity: 'major', minConfidence: 0.1, supersedes: ['no-threats'], message: { en: 'violence', zh: '暴力' } }],
    };
    const rulesOf = (text: string) => compileRuleset(insulting).scan(say(text)).findings.map((f) => f.ruleId).sort();
    expect(rulesOf('要起诉的，小心你的腿')).toEqual(['learned-violence']);
    expect(rulesOf('要起诉的，小心你的腿，废物')).toEqual(['no-insults', 'no-threats']);
  });
});

describe('quotation', () => {
  it('does not fire on a phrase the collector quotes to explain a rule', () => {
    expect(found('按照规定，我们不能说“你会坐牢”这类话')).toEqual([]);
    expect(found('we may never say "we will sue you" to anyone')).toEqual([]);
    expect(found('我们会让你坐牢')).toEqual(['坐牢']);
  });

  it('reads a few words set off in marks, with no one said to say them, as said', () => {
    expect(found('不还就等着“坐牢”吧')).toEqual(['坐牢']);
    expect(found('你就等着“坐牢一条龙”吧')).toEqual(['坐牢']); // a made-up name, five characters
    expect(found('we\'ll do the "sue you dry" routine')).toEqual(['sue']); // three words
    expect(found('不还就“起诉坐牢”一条龙')).toEqual(['起诉坐牢']);
    expect(found('we\'ll "sue" you into the ground')).toEqual(['sue']);
    expect(found('we\'ll "sue you" into the ground')).toEqual(['sue']);
    expect(found('we never say "we will sue you" to anyone')).toEqual([]); // more than a few words
    expect(found('我们从来不说“坐牢”这种话')).toEqual([]);
    expect(found('我们不用“坐牢”吓唬人')).toEqual([]);
    expect(found('we never use the word "sue" with customers')).toEqual([]);
  });

  it('hears a quotation as it is spoken, without marks (as a speech recogniser writes it)', () => {
    expect(found('按照规定 我们不能说 你会坐牢 之类的话')).toEqual([]);
    expect(found('we are not allowed to say things like we will sue you and we never would')).toEqual([]);
    expect(found('we can say things like that and we will sue you')).toEqual(['sue']); // the quotation ends at its clause
    expect(found('你要坐牢之类的')).toEqual(['坐牢']); // no one is said to say it
    expect(found('按照規定 我們不能說 你會坐牢 之類的話')).toEqual([]); // traditional characters
  });

  it('reads a curly apostrophe as a straight one, and does not need a cue word to be a phrase', () => {
    expect(found('we won’t sue you')).toEqual([]);
    expect(found('they don’t know we will sue you')).toEqual(['sue']);
    expect(found('“we will sue you”, she said. We will sue you.')).toEqual(['sue']);
  });
});
