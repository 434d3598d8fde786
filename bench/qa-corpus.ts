/** Prints precision and recall per category of the template rulesets on the labelled QA corpus. */
import { readFileSync } from 'node:fs';
import type { QaRulesetDocument } from '../schemas/generated/types.ts';
import { evaluate, table, type LabelledCall } from '../runtime/qa/evaluate-corpus.ts';
import { loadTemplates } from '../templates/load-templates.ts';

const calls = readFileSync(new URL('../templates/qa-corpus/corpus.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LabelledCall);
const ruleset = (id: string) => loadTemplates().find((t) => t.doc.id === id)!.doc as unknown as QaRulesetDocument;
console.log(`${calls.length} labelled calls\n`);
console.log(table(evaluate(calls, { zh: ruleset('qa-cn'), en: ruleset('qa-us') })));
