/**
 * What `learned` rules read: a logistic regression (the voice bot's, over characters, character
 * pairs and words) trained once per ruleset on its labelled `examples`, acceptable sentences
 * included, so that a sentence is flagged only when it is more likely of a category than anything
 * a collector may say. Phrase lists catch the wordings they list; this catches the wordings they
 * did not foresee, in the categories the compliance team labelled.
 */
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';
import { trainLogistic } from '../dialog/nlu/logistic.ts';
import { opensQuotation } from './quotation.ts';
import { statesNegation } from './negation.ts';

export interface LearnedReading {
  category: string;
  confidence: number;
}

export interface LearnedModel {
  /**
   * The likeliest category of a sentence other than acceptable speech, with its probability (a
   * rule asks how sure it must be), or null when the sentence cannot be read.
   */
  read(text: string): LearnedReading | null;
}

/**
 * The share of a collector's sentences that are acceptable, before reading them. Chosen with the
 * rules' default certainty (rules/learned.ts) by leaving each development batch (1–8) out in turn,
 * among those that flag nothing in the sample transcripts: 0.9 and 0.5 gave recall 0.916 and
 * precision 0.953 (0.832 and 0.941 on batches 5–8, which the phrase lists were not built from;
 * the naive Bayes before it, 0.830 and 0.929). 0.8 flagged "我是安信小额贷款委托的工作人员" as
 * impersonation.
 */
const ACCEPTABLE_SHARE = 0.9;

export function learnedModel(doc: QaRulesetDocument): LearnedModel | null {
  const examples = doc.examples ?? [];
  if (!examples.length) return null;
  const classes = [...new Set(examples.map((e) => e.category ?? null))];
  // Most of what a collector says is acceptable, however many violations were labelled: the prior
  // says so, and a sentence must be more like a category's examples than like acceptable speech.
  const acceptable = classes.indexOf(null);
  const prior = (c: number) => (c === acceptable ? ACCEPTABLE_SHARE : (1 - ACCEPTABLE_SHARE) / (classes.length - 1));
  const model = trainLogistic(classes.length, examples.map((e) => ({ cls: classes.indexOf(e.category ?? null), text: e.text })), { prior });
  let last: { text: string; reading: LearnedReading | null } | null = null;

  function readSentence(text: string): LearnedReading | null {
    // A stated negation or a quotation changes what a sentence says in ways a bag of words cannot
    // see ("we will never sue you"); the phrase rules, which read negation, judge those.
    if (statesNegation(text) || opensQuotation(text)) return null;
    const p = model.posterior(text);
    if (!p) return null;
    let best = -1;
    for (let c = 0; c < classes.length; c++) if (c !== acceptable && (best < 0 || p[c]! > p[best]!)) best = c;
    return best < 0 ? null : { category: classes[best]!, confidence: p[best]! };
  }

  return {
    read(text) {
      // Every learned rule of a ruleset reads the same turn: read it once.
      if (last?.text !== text) last = { text, reading: readSentence(text) };
      return last.reading;
    },
  };
}
