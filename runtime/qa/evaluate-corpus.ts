/**
 * Precision and recall per category of a QA ruleset on the labelled corpus
 * (printed by `npx tsx bench/qa-corpus.ts` and by the corpus test).
 */
import type { QaRulesetDocument, Transcript } from '../../schemas/generated/types.ts';
import { compileRuleset, type Inspector } from './inspector.ts';

export interface LabelledCall { transcript: Transcript; labels: string[] }

export interface CategoryScore { category: string; tp: number; fp: number; fn: number; precision: number; recall: number }

/** Each ruleset compiled once, however many sets of calls it is measured on (training its learned rules takes a second). */
const compiled = new WeakMap<QaRulesetDocument, Inspector>();
export const inspectorOf = (doc: QaRulesetDocument) => compiled.get(doc) ?? compiled.set(doc, compileRuleset(doc)).get(doc)!;

export function evaluate(calls: readonly LabelledCall[], rulesets: { zh: QaRulesetDocument; en: QaRulesetDocument }): CategoryScore[] {
  const inspectors = { zh: inspectorOf(rulesets.zh), en: inspectorOf(rulesets.en) };
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (c: string) => counts.get(c) ?? counts.set(c, { tp: 0, fp: 0, fn: 0 }).get(c)!;
  for (const { transcript, labels } of calls) {
    const inspector = transcript.id.startsWith('q-en') ? inspectors.en : inspectors.zh;
    const found = new Set(inspector.scan(transcript).findings.filter((f) => f.category !== 'quality').map((f) => f.category));
    for (const l of labels) {
      if (found.has(l as never)) get(l).tp++;
      else get(l).fn++;
    }
    for (const f of found) if (!labels.includes(f)) get(f).fp++;
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([category, c]) => ({
    category, ...c, precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1, recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1,
  }));
}

export function table(scores: readonly CategoryScore[]): string {
  const rows = scores.map((s) => `${s.category.padEnd(26)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}${s.precision.toFixed(2).padStart(11)}${s.recall.toFixed(2).padStart(8)}`);
  return [`${'category'.padEnd(26)}   tp   fp   fn  precision  recall`, ...rows].join('\n');
}
