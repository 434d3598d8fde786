import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DialogDocument } from '../../../schemas/generated/types.ts';
import { loadTemplates } from '../../../templates/load-templates.ts';
import { builtinNlu } from './classifier.ts';

const dialogs = Object.fromEntries(loadTemplates().filter((t) => t.doc.kind === 'dialog').map((t) => [t.doc.id, t.doc as unknown as DialogDocument]));
const nlu = { zh: builtinNlu(dialogs['m1-reminder-zh']!), en: builtinNlu(dialogs['m1-reminder-en']!) };
const labelled = readFileSync(new URL('labelled-utterances.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; lang: string; intent: string; heldOut?: boolean });
const now = '2026-11-28T02:00:00Z';

describe('built-in NLU', () => {
  it('recognises the labelled utterances (none of them a training phrase)', () => {
    const byLang: Record<string, { ok: number; n: number; misses: string[] }> = {};
    let heldOk = 0, held = 0;
    for (const u of labelled) {
      const r = (u.lang === 'en' ? nlu.en : nlu.zh).classify(u.text, { now, zone: 'Asia/Shanghai' });
      const s = (byLang[u.lang] ??= { ok: 0, n: 0, misses: [] });
      s.n++;
      if (r.intent === u.intent) s.ok++;
      else s.misses.push(`${u.text} → ${r.intent} (want ${u.intent})`);
      if (u.heldOut) {
        held++;
        if (r.intent === u.intent) heldOk++;
      }
    }
    const total = Object.values(byLang).reduce((a, s) => ({ ok: a.ok + s.ok, n: a.n + s.n }), { ok: 0, n: 0 });
    console.log(`\nNLU accuracy on ${total.n} labelled utterances: ${((100 * total.ok) / total.n).toFixed(1)}%`);
    console.log(`  held out (written after the last change to the NLU): ${((100 * heldOk) / held).toFixed(1)}% of ${held}`);
    for (const [lang, s] of Object.entries(byLang)) console.log(`  ${lang}: ${s.ok}/${s.n}${s.misses.length ? `; misses: ${s.misses.join('; ')}` : ''}`);
    expect(labelled.length).toBeGreaterThanOrEqual(300);
    // Regression floors, not the target: the issue asks 95% on unseen utterances; the held-out
    // batches, each written before it was ever run, scored 82.1%, 89.7%, 91.9%, 87.9% and (the latest) 86.4%.
    expect(total.ok / total.n).toBeGreaterThanOrEqual(0.97);
    expect(heldOk / held).toBeGreaterThanOrEqual(0.85);
  });

  it('fills amount and date slots from the same utterance', () => {
    expect(nlu.zh.classify('我下周五还两千五', { now, zone: 'Asia/Shanghai' })).toMatchObject({ intent: 'promise_to_pay', slots: { amount: 2500, date: '2026-12-04' } });
    expect(nlu.en.classify("I'll pay $200 on the 15th", { now, zone: 'America/New_York' })).toMatchObject({ intent: 'promise_to_pay', slots: { amount: 200, date: '2026-12-15' } });
  });

  it('hears negation: "I can\'t pay" refuses, "不是不还" promises', () => {
    expect(nlu.en.classify("I can't pay", { now }).intent).toBe('refuse');
    expect(nlu.zh.classify('不是不还，是这个月手头紧', { now }).intent).toBe('promise_to_pay');
  });

  it('only answers among the candidate intents, and says no match below the threshold', () => {
    expect(nlu.zh.classify('我明天还', { now, candidates: ['affirm', 'deny'] }).intent).not.toBe('promise_to_pay');
    expect(nlu.zh.classify('喂？喂？', { now })).toMatchObject({ intent: null });
  });
});
