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

/** Built on first use: loading the dictionaries costs a fifth of a second, and most runs read no Chinese text. */
let converters: { toSimplified: (s: string) => string; toTraditional: (s: string) => string } | null = null;
const openCC = () => (converters ??= { toSimplified: OpenCC.Converter({ from: 'tw', to: 'cn' }), toTraditional: OpenCC.Converter({ from: 'cn', to: 'tw' }) });

/**
 * One Chinese character in its simplified form. Only a character with no traditional form of
 * its own is converted: per character, OpenCC would also turn simplified 么 into 幺 (its reading
 * in 幺麼), and "什么" would no longer read as written.
 */
function simplified(ch: string): string {
  const { toSimplified, toTraditional } = openCC();
  return toTraditional(ch) === ch ? String(toSimplified(ch)) : ch;
}

/** A simplified Chinese text in traditional characters. */
export function traditional(text: string): string {
  return String(openCC().toTraditional(text));
}
const charCache = new Map<number, string>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The normalised form of one code point ('' when it is a separator to drop). */
export function normalizeChar(cp: number, ignoreSeparators: boolean): string {
  // ASCII fast path: most English text never reaches the caches.
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return String.fromCharCode(cp + 32);
    if ((cp >= 97 && cp <= 122) || (cp >= 48 && cp <= 57)) return String.fromCharCode(cp);
    return ignoreSeparators ? '' : String.fromCharCode(cp);
  }
  let out = charCache.get(cp);
  if (out === undefined) {
    const folded = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    out = /\p{Script=Han}/u.test(folded) ? [...folded].map(simplified).join('') : folded;
    if (charCache.size > 100_000) charCache.clear();
    charCache.set(cp, out);
  }
  if (ignoreSeparators && !LETTER_OR_DIGIT.test(out)) return '';
  return out;
}

/** Per BMP code unit: its one-unit normal form, DROP, MULTI (look it up), or 0 (not seen yet). */
const single = new Uint16Array(65536);
const singleSep = new Uint16Array(65536);
const DROP = 0xffff;
const MULTI = 0xfffe;
let units = new Uint16Array(1024);
let indices = new Int32Array(1024);
const decoder = new TextDecoder('utf-16le');

export function normalize(text: string, ignoreSeparators: boolean): Normalized {
  const { units: u, map } = normalizeUnits(text, ignoreSeparators);
  return { text: decoder.decode(u), map: map.slice() };
}

/** A character the table does not answer for: its normal form, recorded in the table the first time. */
function foldAndLearn(cp: number, known: number, table: Uint16Array, ignoreSeparators: boolean): string {
  const folded = normalizeChar(cp, ignoreSeparators);
  if (cp <= 0xffff && known === 0) table[cp] = folded.length === 0 ? DROP : folded.length === 1 ? folded.charCodeAt(0) : MULTI;
  return folded;
}

/** The same, as code units in a scratch buffer (valid until the next call). */
function normalizeUnits(text: string, ignoreSeparators: boolean): { units: Uint16Array; map: Int32Array } {
  // Normalisation never grows a character past 4 code units here; size the scratch buffers once.
  if (units.length < text.length * 4) {
    units = new Uint16Array(text.length * 4);
    indices = new Int32Array(text.length * 4);
  }
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      // ASCII inline: letters folded, digits kept, the rest kept or dropped.
      if (c >= 65 && c <= 90) { units[n] = c + 32; indices[n++] = i; }
      else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || !ignoreSeparators) { units[n] = c; indices[n++] = i; }
      i++;
      continue;
    }
    // Most characters normalise to one code unit: a table lookup after the first time.
    const table = ignoreSeparators ? singleSep : single;
    const known = c < 0xd800 || c > 0xdfff ? table[c]! : 0;
    if (known === DROP) { i++; continue; }
    if (known !== 0 && known !== MULTI) { units[n] = known; indices[n++] = i; i++; continue; }
    const cp = text.codePointAt(i)!;
    const folded = foldAndLearn(cp, known, table, ignoreSeparators);
    for (let k = 0; k < folded.length && k < 4; k++) { units[n] = folded.charCodeAt(k); indices[n++] = i; }
    i += cp > 0xffff ? 2 : 1;
  }
  return { units: units.subarray(0, n), map: indices.subarray(0, n) };
}

/**
 * The normal form of the code units of `text` just before `index`, nearest first, into `out`
 * (as many as fit); returns how many. Negation reads these for every hit: no string is built.
 */
export function unitsBefore(text: string, index: number, out: Uint16Array, ignoreSeparators: boolean): number {
  const table = ignoreSeparators ? singleSep : single;
  let n = 0;
  for (let i = index; i > 0 && n < out.length; ) {
    const c = text.charCodeAt(i - 1);
    const known = c < 0xd800 || c > 0xdfff ? table[c]! : 0;
    i--;
    if (known === DROP) continue;
    if (known !== 0 && known !== MULTI) {
      out[n++] = known;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) i--;
    const cp = text.codePointAt(i)!;
    const folded = foldAndLearn(cp, known, table, ignoreSeparators);
    for (let k = folded.length - 1; k >= 0 && n < out.length; k--) out[n++] = folded.charCodeAt(k);
  }
  return n;
}

/** Is the code unit a Latin letter or digit? */
export const isAsciiWordUnit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Is the character at `i` of the original a Latin letter or digit (a word goes on)? */
export function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isAsciiWordUnit(text.charCodeAt(i));
}

/**
 * What ends a sentence: a rule's findings on either side of one are two findings, and a combination
 * does not cross one ("I'm sorry about the identity theft. Please file a police report" is no
 * officer speaking). A point ends one only before a space or the end ("$1.50" does not).
 */
export const SENTENCE_END = /[。！？!?;；]|\.(?:\s|$)/;

/**
 * What ends a clause, where a phrase does not reach across (lexicons.ts): in English text before a
 * space, in Chinese text anywhere. The symbols of an evasion are not among them ("坐*牢", "s.u.e").
 */
export const CLAUSE_MARKS = ',;:.!?';
export const HAN_CLAUSE_MARKS = '，。！？；：、,;!?';

/**
 * A comma, which ends a clause: a combination does not cross one either ("您先照顾好家人，有需要随时联系我们"
 * tells the family nothing). The enumeration comma (、) only joins a list.
 */
export const COMMA = /[，,]/;

/**
 * A speech recogniser's pause between two Chinese words ("您先照顾弟弟 我们暂停联系"), which a
 * combination does not cross either; a space between single characters only spaces them out
 * ("告 诉你领导"). Negation reads the same rule over the units before a hit (negation.ts).
 */
export const PAUSE = /\p{Script=Han}{2}\s+\p{Script=Han}{2}/u;
