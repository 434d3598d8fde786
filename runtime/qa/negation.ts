/**
 * Negation: "我们不会起诉您", "we will not sue you" must not fire a threat rule. A cue negates a
 * phrase only when it stands right before it: in Chinese with at most a few auxiliary characters
 * between ("不会对您起诉"), in English with only auxiliaries between ("will not ever sue"). A condition such as "不还就坐牢" is not
 * a negation of 坐牢: 还 and 就 are not auxiliaries.
 */
const ZH_CUES = ['不会', '不要', '不是', '不得', '不能', '绝不', '决不', '并不', '没有', '不', '没', '别', '未', '勿', '无'];
const ZH_AUX = new Set([...'会要能去再给对把让将可以用来向跟与被您你他她们我任何']);
const EN_CUES = new Set(['not', 'never', "won't", 'wont', "don't", 'dont', "doesn't", 'cannot', "can't", 'no', 'nor', 'nobody']);
/** Words that may stand between a cue and what it negates ("will not ever be going to ..."). */
const EN_SKIP = new Set(['will', 'would', 'shall', 'be', 'is', 'are', 'am', 'ever', 'going', 'to', 'we', 'i', 'they', 'one', 'really', 'actually', 'definitely', 'the', 'a', 'an']);
/** Coordinators: "not the police or a court" negates both; the conjunct before one may be skipped. */
const EN_AND = new Set(['or', 'nor', 'and']);
/** Punctuation that ends a clause: no cue reaches across it. */
const CLAUSE_END = new Set([...',.;:!?']);

/** `before` is the normalised text of the turn up to the phrase (separators kept for English). */
export function isNegatedZh(before: string): boolean {
  let i = before.length;
  let skipped = 0;
  while (i > 0 && ZH_AUX.has(before[i - 1]!) && skipped < 4) {
    i--;
    skipped++;
  }
  const head = before.slice(0, i);
  return ZH_CUES.some((cue) => head.endsWith(cue));
}

/** Is the English phrase starting at `start` of `text` negated (by a cue a few words before it, in its clause)? */
export function isNegatedEn(text: string, start: number): boolean {
  const from = Math.max(0, start - 64);
  let i = start;
  let conjunct = 0; // words of an earlier conjunct that may stand between
  for (let seen = 0; seen < 8; seen++) {
    while (i > from && !isWordUnit(text.charCodeAt(i - 1))) {
      if (CLAUSE_END.has(text[i - 1]!)) return false;
      i--;
    }
    const end = i;
    while (i > from && isWordUnit(text.charCodeAt(i - 1))) i--;
    if (i === end) return false;
    const w = text.slice(i, end).toLowerCase();
    if (EN_CUES.has(w) || w.endsWith("n't")) return true;
    if (EN_AND.has(w)) conjunct = 2;
    else if (EN_SKIP.has(w)) continue;
    else if (conjunct-- <= 0) return false; // "if you do not pay, we will sue": the cue governs "pay"
  }
  return false;
}

/** Latin letters and the apostrophe make up English words here. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
}
