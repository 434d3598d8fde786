/**
 * Text normalisation for matching, once per turn, with a map back to the original so findings
 * point at what was said: NFKC (full-width forms), case folding, traditional → simplified
 * Chinese (OpenCC, per character), and optionally dropping spaces and symbols inside words
 * ("坐 牢", "坐*牢", "s.u.e").
 */
import * as OpenCC from 'opencc-js';

export interface Normalized {
  text: string;
  /** For each UTF-16 unit of `text`, the index of the original character it came from. */
  map: Int32Array;
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const charCache = new Map<number, string>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The normalised form of one code point ('' when it is a separator to drop). */
function normalizeChar(cp: number, ignoreSeparators: boolean): string {
  // ASCII fast path: most English text never reaches the caches.
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return String.fromCharCode(cp + 32);
    if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57)) return String.fromCharCode(cp);
    return ignoreSeparators ? '' : String.fromCharCode(cp);
  }
  let out = charCache.get(cp);
  if (out === undefined) {
    const folded = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    out = /\p{Script=Han}/u.test(folded) ? String(toSimplified(folded)) : folded;
    if (charCache.size > 100_000) charCache.clear();
    charCache.set(cp, out);
  }
  if (ignoreSeparators && !LETTER_OR_DIGIT.test(out)) return '';
  return out;
}

export function normalize(text: string, ignoreSeparators: boolean): Normalized {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const n = normalizeChar(cp, ignoreSeparators);
    for (let k = 0; k < n.length; k++) map.push(i);
    out += n;
    i += cp > 0xffff ? 2 : 1;
  }
  return { text: out, map: Int32Array.from(map) };
}

/** Is the character at `i` of the original a Latin letter or digit (a word goes on)? */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
