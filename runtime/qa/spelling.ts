/**
 * How a text is spelled, read as the standard words it stands for before matching, with where each
 * character came from, so that a finding in the read text points back at what was written: a
 * dialect's words (`normalization.dialects`: Cantonese 唔 for 不, 佢 for 他), in calls and messages
 * alike; and in messages only, a ruleset's shorthand (`normalization.shorthand`: "u" for you, "2day"
 * for today, 木有 for 没有) and its lookalikes (`normalization.lookalikes`: "p@ssport", "f33"). A
 * phrase list that spelled out every dialect word, abbreviation and disguise of every phrase would
 * be many times as long. A recogniser writes no shorthand: call transcripts are not read for it.
 */
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';
import { traditional } from './normalize.ts';

export interface Expanded {
  text: string;
  /** For each UTF-16 unit of `text`: where the original character it came from starts… */
  from: Int32Array;
  /** …and ends (a unit of a spelled-out word spans the whole word written). */
  to: Int32Array;
}

export type Expander = (text: string) => Expanded | null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Characters as a regular expression's class. */
const charClass = (chars: string) => `[${chars.replace(/[\]\\^-]/g, '\\$&')}]`;
/** A dialect's markers in both scripts. */
const markersOf = (markers: string) => [...new Set([...markers, ...traditional(markers)])].join('');
const LATIN = /^[a-z0-9'’]+$/i;

type Normalization = QaRulesetDocument['normalization'];

/** How a ruleset reads a call's transcript (`spoken`) and a message (`written`); null where it has nothing to read. */
export interface Readers {
  spoken: Expander | null;
  written: Expander | null;
  /** The dialects' marker characters, either script: a scanner that notes them can skip `spoken` for a text with none. */
  markers: string;
  /** Could `written` read anything besides a dialect's words in this text? Never no when it could; rarely yes when it cannot. */
  mayBeShorthand: (text: string) => boolean;
}

export function readers(normalization: Normalization): Readers {
  const spoken = dialectReader(normalization?.dialects);
  const words = new Map(Object.entries(normalization?.shorthand ?? {}).flatMap(([k, v]) => (v ? [[k.toLowerCase(), v] as const] : [])));
  const shorthand = substitutions(words);
  const lookalikes = lookalikeReader(normalization?.lookalikes, words);
  const reading: Expander | null = !lookalikes ? shorthand : (text) => {
    const read = lookalikes(text); // one character for one: offsets stay
    if (read === null) return shorthand?.(text) ?? null;
    return shorthand?.(read) ?? identity(read);
  };
  // Every reader of a message (the phrase rules, the learned ones) takes the first look first.
  const mayBeShorthand = reading ? sieve([...words.keys()], Object.keys(normalization?.lookalikes ?? {}).join('')) : () => false;
  const messages: Expander | null = reading && ((text) => (mayBeShorthand(text) ? reading(text) : null));
  const markers = (normalization?.dialects ?? []).map((d) => markersOf(d.markers)).join('');
  return { spoken, written: then(spoken, messages), markers, mayBeShorthand };
}

const identity = (text: string): Expanded => ({ text, from: Int32Array.from({ length: text.length }, (_, i) => i), to: Int32Array.from({ length: text.length }, (_, i) => i + 1) });

/** One reading, then another over what the first read, mapped back to the original. */
function then(first: Expander | null, second: Expander | null): Expander | null {
  if (!first || !second) return first ?? second;
  return (text) => {
    const a = first(text);
    const b = second(a?.text ?? text);
    if (!a || !b) return b ?? a;
    return { text: b.text, from: b.from.map((i) => a.from[i]!), to: b.to.map((i) => a.to[i - 1]!) };
  };
}

/**
 * A dialect's words, read only in a text that holds one of its marker characters (which the
 * standard language does not write): 系 is 是 in 我系佢老婆, but a system in Mandarin's 系统. Keys
 * and markers hold in traditional characters as well.
 */
function dialectReader(dialects: NonNullable<Normalization>['dialects']): Expander | null {
  const each = (dialects ?? []).map((d) => {
    const words = new Map<string, string>();
    for (const [k, v] of Object.entries(d.words)) if (v) for (const key of new Set([k, traditional(k)])) words.set(key, v);
    const marked = new RegExp(charClass(markersOf(d.markers)));
    const read = substitutions(words)!;
    return (text: string) => (marked.test(text) ? read(text) : null);
  });
  return each.reduce<Expander | null>((all, r) => then(all, r), null);
}

/**
 * Lookalikes read as letters, in a word that holds a letter and is no shorthand key ("b4" stays for
 * shorthand to spell out; "$80" holds no letter). Null when the text has none. Called only where
 * the first look (sieve) saw a lookalike by a letter, or a shorthand key.
 */
function lookalikeReader(table: Readonly<Record<string, string | undefined>> | undefined, shorthand: ReadonlyMap<string, string>): ((text: string) => string | null) | null {
  const map = new Map(Object.entries(table ?? {}).flatMap(([k, v]) => (v ? [[k, v] as const] : [])));
  if (!map.size) return null;
  const chars = charClass([...map.keys()].join(''));
  const wordUnit = `[a-z0-9${chars.slice(1, -1)}]`;
  const word = new RegExp(`${wordUnit}*[a-z]${wordUnit}*`, 'gi');
  const inside = new RegExp(chars, 'g');
  return (text) => {
    const read = text.replace(word, (w) => (shorthand.has(w.toLowerCase()) ? w : w.replace(inside, (c) => map.get(c)!)));
    return read === text ? null : read;
  };
}

const WORD = 1;
const KEY_START = 2;
const LOOKALIKE = 4;
const FILTER = 0xffff;
const isLetter = (unit: number) => (unit | 32) >= 97 && (unit | 32) <= 122;

/**
 * A first look at a message in one pass that allocates nothing, for most messages hold no shorthand
 * and no lookalike, and a regular expression of every key reads them several times slower: could
 * the text hold a Latin key as a whole word (by a hash of its lowercase units, in a filter of one
 * bit per hash), another key anywhere, or a lookalike next to a letter?
 */
function sieve(keys: readonly string[], lookalikes: string): (text: string) => boolean {
  const kind = new Uint8Array(65536);
  const folded = new Uint16Array(65536); // a word unit's lowercase
  for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'’") {
    kind[c.charCodeAt(0)]! |= WORD;
    folded[c.charCodeAt(0)] = c.toLowerCase().charCodeAt(0);
  }
  for (let i = 0; i < lookalikes.length; i++) kind[lookalikes.charCodeAt(i)]! |= LOOKALIKE;
  const latin = keys.filter((k) => LATIN.test(k));
  const filter = new Uint8Array(FILTER + 1);
  for (const k of latin) filter[[...k].reduce((h, c) => (Math.imul(h, 31) + folded[c.charCodeAt(0)]!) & FILTER, 0)] = 1;
  const longest = Math.max(0, ...latin.map((k) => k.length));
  const others = new Map<number, string[]>();
  for (const k of keys.filter((k) => !LATIN.test(k))) {
    for (const first of new Set([k.charCodeAt(0), k.toUpperCase().charCodeAt(0)])) {
      kind[first]! |= KEY_START;
      others.set(first, [...(others.get(first) ?? []), k]);
    }
  }
  const rare = (text: string, i: number, k: number) =>
    (k & KEY_START && others.get(text.charCodeAt(i))!.some((key) => text.slice(i, i + key.length).toLowerCase() === key)) ||
    (k & LOOKALIKE && (isLetter(text.charCodeAt(i - 1)) || isLetter(text.charCodeAt(i + 1))));
  return (text) => {
    let h = 0;
    let length = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const k = kind[unit]!;
      if (k & WORD) {
        if (++length <= longest) h = (Math.imul(h, 31) + folded[unit]!) & FILTER;
        if (k === WORD) continue;
      } else {
        if (length !== 0 && length <= longest && filter[h] === 1) return true;
        h = length = 0;
        if (k === 0) continue;
      }
      if (rare(text, i, k)) return true;
    }
    return length !== 0 && length <= longest && filter[h] === 1;
  };
}

/** The expander of a table of words (null when there are none); it answers null for a text that holds none. */
function substitutions(words: ReadonlyMap<string, string>): Expander | null {
  if (!words.size) return null;
  // Longest first ("ur" before "u"). A Latin key is a whole word ("u" is no shorthand in "up" or
  // "u's"), after the start or a unit of no word, which the match holds; other keys stand anywhere.
  const keys = [...words.keys()].sort((a, b) => b.length - a.length);
  const latin = keys.filter((k) => LATIN.test(k)).map(escape).join('|');
  const other = keys.filter((k) => !LATIN.test(k)).map(escape).join('|');
  const source = [latin && `(?:^|[^a-z0-9'’])(${latin})(?![a-z0-9'’])`, other && `(${other})`].filter(Boolean).join('|');
  const any = new RegExp(source, 'i');
  const each = new RegExp(source, 'gi');
  return (text) => {
    if (!any.test(text)) return null; // most texts hold none: the engine's one test is the fastest
    const found = [...text.matchAll(each)];
    let out = '';
    const from: number[] = [];
    const to: number[] = [];
    let at = 0;
    const copy = (end: number) => {
      for (; at < end; at++) {
        out += text[at];
        from.push(at);
        to.push(at + 1);
      }
    };
    for (const m of found) {
      const key = (m[1] ?? m[2])!;
      const start = m.index + m[0].length - key.length;
      const said = words.get(key.toLowerCase())!;
      copy(start);
      out += said;
      for (let k = 0; k < said.length; k++) {
        from.push(start);
        to.push(start + key.length);
      }
      at = start + key.length;
    }
    copy(text.length);
    return { text: out, from: Int32Array.from(from), to: Int32Array.from(to) };
  };
}

/** A text with its written forms read, for readers that need no way back (what a model learns from). */
export const spelledOut = (expand: Expander | null, text: string) => expand?.(text)?.text ?? text;
