/**
 * Writes the labelled examples of the QA ruleset templates (`examples`, which their `learned` rules
 * learn from): each collector sentence of the labelled corpus and of the held-out batches already
 * used as development data, with the category it violates, and the sentences labelled for the
 * purpose (labelled-sentences.ts); the sentence that pressed on after a debtor's request, with the
 * ignored_* category of its call; as acceptable (null), the collector's other sentences of clean
 * calls and of calls that fail only for what was said around a sentence (what the debtor said
 * before, who answered), those labelled acceptable, the acceptable answers to a request (marked
 * `answersRequest`: those labelled, and a clean call's answer right after a request), and every
 * prompt of the template dialogs (approved speech by definition). The newest held-out batch is
 * never exported.
 * Run: npx tsx templates/qa-corpus/export-examples.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dialogPrompts } from '../../runtime/dialog/prompts.ts';
import type { LabelledCall } from '../../runtime/qa/evaluate-corpus.ts';
import type { DialogDocument, QaRulesetDocument } from '../../schemas/generated/types.ts';
import { LexiconIndex } from '../../runtime/qa/lexicons.ts';
import { triggerReader } from '../../runtime/qa/rules/trigger-response.ts';
import { loadTemplates } from '../load-templates.ts';
import { buildCorpusFile } from './build-corpus.ts';
import { heldOutCalls, NEWEST_BATCH } from './held-out.ts';
import { LABELLED_SENTENCES } from './labelled-sentences.ts';

/** Categories a single sentence shows on its own (the others need the call around it). */
const SENTENCE_CATEGORIES: ReadonlySet<string> = new Set(['threat', 'impersonation', 'insult', 'violence', 'privacy_disclosure', 'false_consequence', 'extra_fee', 'new_borrowing']);

interface Example { text: string; lang: 'zh' | 'en'; category: string | null; answersRequest?: true }

/**
 * Does a debtor's turn make a request that a trigger-response rule reading what follows protects
 * (stop, a lawyer, a dispute, hardship), as the inspector hears it: by its trigger lexicons or the
 * bot's NLU?
 */
function requestReader(doc: QaRulesetDocument): (text: string) => boolean {
  const triggers = doc.rules.filter((r) => r.type === 'trigger-response' && r.minConfidence !== undefined).map(triggerReader);
  const index = new LexiconIndex(doc);
  return (text) => {
    const hits = index.hits(text);
    return triggers.some((t) => t(hits, text));
  };
}

/** The collector's sentences of a call, labelled. */
function examplesOf(calls: readonly LabelledCall[], rulesets: Record<'zh' | 'en', QaRulesetDocument>): Example[] {
  const out: Example[] = [];
  const request = { zh: requestReader(rulesets.zh), en: requestReader(rulesets.en) };
  for (const { transcript, labels } of calls) {
    if (transcript.id.includes('-zh-Hant-')) continue; // the same sentences, in traditional characters
    const lang = transcript.id.startsWith('q-en') ? 'en' : 'zh';
    const said = transcript.turns.filter((t) => t.speaker === 'agent' || t.speaker === 'bot');
    // In a clean call, what answers a request right after it stands back: an acceptable answer.
    if (!labels.length) {
      transcript.turns.forEach((t, i) => {
        if (t.speaker !== 'agent' && t.speaker !== 'bot') return;
        const before = transcript.turns[i - 1];
        out.push({ text: t.text, lang, category: null, ...(before?.speaker === 'debtor' && request[lang](before.text) ? { answersRequest: true as const } : {}) });
      });
      continue;
    }
    // The greeting, identification and disclosure every call opens with are acceptable speech; so,
    // sentence by sentence, is a call that fails only for what the call around a sentence makes of
    // it (您今天先还一期 after a lawyer was named; 他欠了两万 to his brother): each of its sentences
    // is none of the sentence categories.
    // A call failed for pressing on after the debtor's request: its last sentence is the pressing,
    // which the trigger-response rules learn from (and the sentence rules read as acceptable).
    if (labels.every((l) => !SENTENCE_CATEGORIES.has(l))) {
      const pressed = labels.length === 1 && labels[0]!.startsWith('ignored_') ? labels[0]! : null;
      said.forEach((t, i) => out.push({ text: t.text, lang, category: i === said.length - 1 ? pressed : null }));
    }
    // A call made for one sentence category: its last sentence is the violation.
    else if (labels.length === 1 && SENTENCE_CATEGORIES.has(labels[0]!) && said.length) out.push({ text: said[said.length - 1]!.text, lang, category: labels[0]! });
  }
  return out;
}

/** The examples of the ruleset template of a language, in order. */
export function templateExamples(lang: 'zh' | 'en'): Example[] {
  const calls = [...buildCorpusFile(), ...Array.from({ length: NEWEST_BATCH - 1 }, (_, i) => heldOutCalls(i + 1)).flat()];
  const templates = loadTemplates();
  const ruleset = (id: string) => templates.find((t) => t.doc.id === id)!.doc as unknown as QaRulesetDocument;
  const prompts = templates.filter((t) => t.doc.kind === 'dialog').flatMap((t) => dialogPrompts(t.doc as unknown as DialogDocument))
    // Variables read as nothing: "{{name}}" is a name, not words.
    .map((p): Example => ({ text: p.text.replace(/\{\{[^}]*\}\}/g, '').trim(), lang: p.lang === 'en' ? 'en' : 'zh', category: null }))
    .filter((e) => e.text);
  const labelled = (['zh', 'en'] as const).flatMap((l) => [
    ...Object.entries(LABELLED_SENTENCES[l].violations).flatMap(([category, texts]) => texts.map((text): Example => ({ text, lang: l, category }))),
    ...LABELLED_SENTENCES[l].acceptable.map((text): Example => ({ text, lang: l, category: null })),
    ...LABELLED_SENTENCES[l].answers.map((text): Example => ({ text, lang: l, category: null, answersRequest: true })),
  ]);
  const unique = new Map([...examplesOf(calls, { zh: ruleset('qa-cn'), en: ruleset('qa-us') }), ...labelled, ...prompts].map((e) => [`${e.lang}|${e.text}`, e]));
  return [...unique.values()].filter((e) => e.lang === lang);
}

export const RULESET_OF_LANG = { zh: 'templates/qa/qa-cn.json', en: 'templates/qa/qa-us.json' } as const;

function main(): void {
  for (const lang of ['zh', 'en'] as const) {
    const url = new URL(`../../${RULESET_OF_LANG[lang]}`, import.meta.url);
    const doc = JSON.parse(readFileSync(url, 'utf8')) as { examples?: Example[] };
    doc.examples = templateExamples(lang);
    writeFileSync(url, JSON.stringify(doc, null, 1) + '\n');
    console.log(`${RULESET_OF_LANG[lang]}: ${doc.examples.length} examples`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
