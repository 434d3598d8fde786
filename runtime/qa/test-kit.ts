/** What the QA inspector's tests share: the template rulesets, a tiny ruleset and one-turn calls. */
import type { QaRulesetDocument, Transcript } from '../../schemas/generated/types.ts';
import { loadTemplates } from '../../templates/load-templates.ts';
import { compileRuleset } from './inspector.ts';

const templates = loadTemplates();
/** A template, copied: a test may change it. */
export const doc = (id: string) => structuredClone(templates.find((t) => t.doc.id === id)!.doc) as unknown as Record<string, unknown>;
export const cn = compileRuleset(doc('qa-cn') as unknown as QaRulesetDocument);
export const us = compileRuleset(doc('qa-us') as unknown as QaRulesetDocument);

export const tiny: QaRulesetDocument = {
  kind: 'qa-ruleset', schemaVersion: 1, id: 'tiny', name: 't', description: '',
  lexicons: [{ id: 'threat', phrases: [{ text: '起诉', lang: 'zh' }, { text: '坐牢', lang: 'zh' }, { text: 'sue', lang: 'en' }, { text: 'have you arrested', lang: 'en' }] }],
  rules: [{ id: 'no-threats', type: 'forbidden-phrase', category: 'threat', severity: 'critical', lexicons: ['threat'], message: { en: 'threat', zh: '威胁' } }],
  scorecard: { start: 100, passMark: 80, deductions: { critical: 100, major: 15, minor: 5 }, criticalFails: true },
};
/** A call of one turn. */
export const say = (text: string, speaker: Transcript['turns'][number]['speaker'] = 'agent'): Transcript => ({ id: 'x', startedAt: '2026-12-01T10:00:00+08:00', channel: 'voice', turns: [{ speaker, text }] });
