/**
 * A multinomial naive Bayes over Chinese characters and character pairs and English words and
 * word pairs, learned from the same examples as the similarity. Similarity needs a long shared
 * stretch with one example; this weighs every known piece against all of them, so it hears an
 * intent in a wording no example comes close to ("家里老人重病，钱都花在医院了": 病, 医院).
 */
import { normalize } from '../../qa/normalize.ts';

export interface NaiveBayes {
  /**
   * P(class | text) for each class, or null when the examples know too little of the text (fewer
   * than two distinct pieces: "喂？喂？" is no intent). Over all classes, even where only some may
   * answer: renormalised over two, any text would be sure of one.
   */
  posterior(text: string): Float64Array | null;
}

/** The share of a text's distinct characters or words the examples must know for an answer. */
const MIN_KNOWN = 0.75;

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const WORD = /[a-z][a-z']*|[0-9]+/g;

/** A light English stem, so that "harassing", "harassed" and "harass" are one piece. */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The pieces of a text: Chinese characters and adjacent pairs; English words (digits as #) and adjacent pairs. */
export function textFeatures(text: string): string[] {
  const t = normalize(text, false).text;
  const out: string[] = [];
  let prev = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!isHan(c)) {
      prev = -1;
      continue;
    }
    out.push(t[i]!);
    if (prev >= 0) out.push(t[i - 1]! + t[i]!);
    prev = c;
  }
  const words = (t.match(WORD) ?? []).map((w) => (w.charCodeAt(0) <= 57 ? '#' : stem(w)));
  for (let i = 0; i < words.length; i++) {
    out.push(`w:${words[i]}`);
    if (i > 0) out.push(`w:${words[i - 1]} ${words[i]}`);
  }
  return out;
}

export interface NaiveBayesOptions {
  /** Additive smoothing; small, since a piece unseen in a class is evidence against it. */
  alpha?: number;
  /** How common each class is before any word is heard (default: all alike). */
  prior?: (cls: number) => number;
  /**
   * Count a text as at most this many independent pieces (default: all of them). Its pieces are
   * not independent ("我是", "是" and "我"): counted whole, a long sentence makes any posterior
   * near certain, and no threshold on it means anything.
   */
  evidence?: number;
}

export function trainNaiveBayes(classes: number, examples: ReadonlyArray<{ cls: number; text: string }>, options: NaiveBayesOptions = {}): NaiveBayes {
  const alpha = options.alpha ?? 0.3;
  const logPrior = Array.from({ length: classes }, (_, c) => Math.log(options.prior?.(c) ?? 1));
  const counts = new Map<string, Float64Array>();
  const totals = new Float64Array(classes);
  for (const { cls, text } of examples) {
    for (const f of textFeatures(text)) {
      let row = counts.get(f);
      if (!row) counts.set(f, (row = new Float64Array(classes)));
      row[cls]!++;
      totals[cls]!++;
    }
  }
  const v = counts.size;
  // log P(piece | class), per piece known to any class.
  const logp = new Map<string, Float64Array>();
  for (const [f, row] of counts) logp.set(f, row.map((n, c) => Math.log((n + alpha) / (totals[c]! + alpha * v))));
  const present = totals.map((n) => (n > 0 ? 1 : 0));
  return {
    posterior(text) {
      const likelihood = new Float64Array(classes);
      const pieces = new Set(textFeatures(text));
      let known = 0;
      let singles = 0;
      let knownSingles = 0;
      for (const f of pieces) {
        const single = f.length === 1 || (f.startsWith('w:') && !f.includes(' '));
        if (single) singles++;
        const row = logp.get(f);
        if (!row) continue;
        known++;
        if (single) knownSingles++;
        for (let c = 0; c < classes; c++) likelihood[c]! += row[c]!;
      }
      // Characters or words no example had say the text is about something else ("今天天气不错"):
      // too many, no answer. (Pairs are rarer: they add evidence, not doubt.)
      if (known < 2 || knownSingles < MIN_KNOWN * singles) return null;
      const weight = options.evidence ? Math.min(1, options.evidence / known) : 1;
      const score = likelihood.map((l, c) => logPrior[c]! + weight * l);
      // Softmax over the classes that have examples.
      let max = -Infinity;
      for (let c = 0; c < classes; c++) {
        if (!present[c]) score[c] = -Infinity;
        else max = Math.max(max, score[c]!);
      }
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += score[c] = Math.exp(score[c]! - max);
      for (let c = 0; c < classes; c++) score[c]! /= sum;
      return score;
    },
  };
}
