/**
 * Before a new held-out batch is run: lists each of its sentences that an earlier batch, the
 * labelled corpus or the labelled sentences already hold (compared as normalised, without
 * punctuation or spaces), and exits 1 if any does. A repeated sentence is development data, not a
 * new wording: replace it, and its twins in the other language, before the batch's one run.
 * Run: npx tsx templates/qa-corpus/check-batch.ts [FIRST] (the newest batch, or each from FIRST on
 * against everything before it)
 */
import { normalize } from '../../runtime/qa/normalize.ts';
import { buildCorpusFile, OPENING } from './build-corpus.ts';
import { heldOutCalls, NEWEST_BATCH } from './held-out.ts';
import { LABELLED_SENTENCES } from './labelled-sentences.ts';

const key = (text: string) => normalize(text, true).text.replace(/[\p{P}\p{S}\s]/gu, '');
const opening = new Set([...OPENING.zh, ...OPENING.en].map(([, text]) => key(text))); // every call shares it
const seen = new Map<string, string>();
const add = (text: string, where: string) => {
  const k = key(text);
  if (!opening.has(k) && !seen.has(k)) seen.set(k, where);
};
const first = Number(process.argv[2] ?? NEWEST_BATCH);
for (let batch = 1; batch < first; batch++) for (const c of heldOutCalls(batch)) for (const t of c.transcript.turns) add(t.text, `batch ${batch}`);
for (const c of buildCorpusFile()) for (const t of c.transcript.turns) add(t.text, 'the labelled corpus');
for (const lang of ['zh', 'en'] as const) {
  const { violations, acceptable, answers } = LABELLED_SENTENCES[lang];
  for (const text of [...Object.values(violations).flat(), ...acceptable, ...answers]) add(text, 'the labelled sentences');
}
let repeated = 0;
for (let batch = first; batch <= NEWEST_BATCH; batch++) {
  let here = 0;
  for (const c of heldOutCalls(batch)) {
    if (c.transcript.id.includes('-zh-Hant-')) continue; // the simplified call, in other characters
    for (const t of c.transcript.turns) {
      const where = seen.get(key(t.text));
      if (where && where !== `batch ${batch}`) {
        console.log(`${c.transcript.id}: "${t.text}" repeats ${where}`);
        here++;
      }
    }
  }
  for (const c of heldOutCalls(batch)) for (const t of c.transcript.turns) add(t.text, `batch ${batch}`);
  console.log(`batch ${batch}: ${here} repeated sentence${here === 1 ? '' : 's'}`);
  repeated += here;
}
process.exitCode = repeated ? 1 : 0;
