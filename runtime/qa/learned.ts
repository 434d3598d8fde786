/**
 * What `learned` rules read: a naive Bayes (the voice bot's, over characters, character pairs
 * and words) trained once per ruleset on its labelled `examples`, acceptable sentences included,
 * so that a sentence is flagged only when it is far more like one category's examples than like
 * anything a collector may say. Phrase lists catch the wordings they list; this catches the
 * wordings they did not foresee, in the categories the compliance team labelled.
 */
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';
import { trainNaiveBayes } from '../dialog/nlu/naive-bayes.ts';
import { opensQuotation } from './lexicons.ts';
import { hasNegationCue } from './negation.ts';

export interface LearnedReading {
  category: string;
  confidence: number;
}

export interface LearnedModel {
  /** The most likely category of a sentence, or null when it is most like acceptable speech or cannot be read. */
  read(text: string): LearnedReading | null;
}

/** The share of a collector's sentences that are acceptable, before reading them. */
const ACCEPTABLE_SHARE = 0.97;

/**
 * A sentence counts as this many independent pieces at most. Chosen with the acceptable share by
 * leaving each development batch (1–8) out in turn: 10 and 0.97 gave recall 0.930, precision 0.954
 * and no learned finding on the sample transcripts (8: 0.923, 0.960; 12 and more flagged their
 * openings).
 */
const EVIDENCE = 10;

export function learnedModel(doc: QaRulesetDocument): LearnedModel | null {
  const examples = doc.examples ?? [];
  if (!examples.length) return null;
  const classes = [...new Set(examples.map((e) => e.category ?? null))];
  // Nearly everything a collector says is acceptable: the prior says so, and a sentence must be
  // far more like a category's examples than like acceptable speech to be flagged.
  const acceptable = classes.indexOf(null);
  const prior = (c: number) => (c === acceptable ? ACCEPTABLE_SHARE : (1 - ACCEPTABLE_SHARE) / (classes.length - 1));
  const bayes = trainNaiveBayes(classes.length, examples.map((e) => ({ cls: classes.indexOf(e.category ?? null), text: e.text })), { prior, evidence: EVIDENCE });
  let last: { text: string; reading: LearnedReading | null } | null = null;

  function readSentence(text: string): LearnedReading | null {
    // A negation or a quotation changes what a sentence says in ways a bag of words cannot
    // see ("we will never sue you"); the phrase rules, which read negation, judge those.
    if (hasNegationCue(text) || opensQuotation(text)) return null;
    const p = bayes.posterior(text);
    if (!p) return null;
    let best = 0;
    for (let c = 1; c < classes.length; c++) if (p[c]! > p[best]!) best = c;
    const category = classes[best];
    return category ? { category, confidence: p[best]! } : null;
  }

  return {
    read(text) {
      // Every learned rule of a ruleset reads the same turn: read it once.
      if (last?.text !== text) last = { text, reading: readSentence(text) };
      return last.reading;
    },
  };
}
