/**
 * Recall and precision of the template rulesets on held-out batches: per batch, per language and,
 * pooled, per category, with each missed label and false finding when asked.
 * Run: npx tsx bench/qa-held-out.ts 107..119 [--rules-alone] [--lines]
 * A batch's honest figure is its first run, before it joins the examples (export-examples.ts) or
 * changes the lexicons: run the newest batch before anything else, and record it.
 */
import type { QaRulesetDocument } from '../schemas/generated/types.ts';
import { evaluate, inspectorOf, table, type CategoryScore, type LabelledCall } from '../runtime/qa/evaluate-corpus.ts';
import { loadTemplates } from '../templates/load-templates.ts';
import { heldOutCalls, NEWEST_BATCH } from '../templates/qa-corpus/held-out.ts';

const args = process.argv.slice(2);
const [from, to] = (args.find((a) => /^\d+(\.\.\d+)?$/.test(a)) ?? `${NEWEST_BATCH}`).split('..').map(Number) as [number, number?];
// The phrase rules alone: no examples, so the learned rules and the reading of what presses on are off.
const ruleset = (id: string) => {
  const doc = loadTemplates().find((t) => t.doc.id === id)!.doc as unknown as QaRulesetDocument;
  return args.includes('--rules-alone') ? { ...doc, examples: [] } : doc;
};
const rulesets = { zh: ruleset('qa-cn'), en: ruleset('qa-us') };
const sum = (scores: readonly CategoryScore[]) => scores.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
const figures = (scores: readonly CategoryScore[]) => {
  const { tp, fp, fn } = sum(scores);
  return `recall ${(tp / (tp + fn)).toFixed(3)}, precision ${(tp / (tp + fp)).toFixed(3)}`;
};
const isEnglish = (c: LabelledCall) => c.transcript.id.startsWith('q-en');

if (args.includes('--lines')) {
  const inspectors = { zh: inspectorOf(rulesets.zh), en: inspectorOf(rulesets.en) }; // compiled once, for the figures too
  for (let batch = from; batch <= (to ?? from); batch++) {
    for (const call of heldOutCalls(batch)) {
      if (call.transcript.id.includes('-zh-Hant-')) continue; // the simplified call, in other characters
      const findings = inspectors[isEnglish(call) ? 'en' : 'zh'].scan(call.transcript).findings.filter((f) => f.category !== 'quality');
      const found = new Set<string>(findings.map((f) => f.category));
      const said = call.transcript.turns.at(-1)!.text;
      for (const l of call.labels) if (!found.has(l)) console.log(`${batch} missed ${l}: ${said}`);
      for (const f of findings) if (!call.labels.includes(f.category)) console.log(`${batch} false ${f.category} [${f.ruleId}] "${f.excerpt}": ${said}`);
    }
  }
  console.log();
}
const all: LabelledCall[] = [];
for (let batch = from; batch <= (to ?? from); batch++) {
  const calls = heldOutCalls(batch);
  all.push(...calls);
  const zh = evaluate(calls.filter((c) => !isEnglish(c)), rulesets);
  const en = evaluate(calls.filter(isEnglish), rulesets);
  console.log(`batch ${batch}: ${figures([...zh, ...en])} (Chinese ${figures(zh)}; English ${figures(en)})`);
}
const pooled = evaluate(all, rulesets);
console.log(`${to === undefined ? '' : `\nbatches ${from}–${to} pooled: ${figures(pooled)}\n`}\n${table(pooled)}`);
