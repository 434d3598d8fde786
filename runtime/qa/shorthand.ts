/**
 * How messages are written, read as what they say before matching: a ruleset's shorthand
 * (`normalization.shorthand`: "u" for you, "2day" for today, 木有 for 没有) spelled out, and its
 * lookalikes (`normalization.lookalikes`: "p@ssport", "f33") read as letters, with where each
 * character came from, so that a finding in the expanded text points back at what was written. A
 * phrase list that spelled out every abbreviation and disguise of every phrase would be many times
 * as long. Call transcripts hold neither: a recogniser writes words (lexicons.ts).
 */
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';

export interface Expanded {
  text: string;
  /** For each UTF-16 unit of `text`: where the original character it came from starts… */
  from: Int32Array;
  /** …and ends (a unit of a spelled-out word spans the whole word written). */
  to: Int32Array;
}

export type Expander = (text: string) => Expanded | null;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /^[a-z0-9'’]+$/i;

/** The expander of a ruleset's written forms (null when it has none); it answers null for a text that holds none. */
export function writtenExpander(normalization: QaRulesetDocument['normalization']): Expander | null {
  const words = new Map(Object.entries(normalization?.shorthand ?? {}).flatMap(([k, v]) => (v ? [[k.toLowerCase(), v] as const] : [])));
  const shorthand = shorthandExpander(words);
  const lookalikes = lookalikeReader(normalization?.lookalikes, words);
  if (!lookalikes) return shorthand;
  return (text) => {
    const read = lookalikes(text); // one character for one: offsets stay
    if (read === null) return shorthand?.(text) ?? null;
    const expanded = shorthand?.(read);
    if (expanded) return expanded;
    return { text: read, from: Int32Array.from({ length: read.length }, (_, i) => i), to: Int32Array.from({ length: read.length }, (_, i) => i + 1) };
  };
}

/**
 * Lookalikes read as letters, in a word that holds a letter and is no shorthand key ("b4" stays for
 * shorthand to spell out; "$80" holds no letter). Null when the text has none.
 */
function lookalikeReader(table: Readonly<Record<string, string | undefined>> | undefined, shorthand: ReadonlyMap<string, string>): ((text: string) => string | null) | null {
  const map = new Map(Object.entries(table ?? {}).flatMap(([k, v]) => (v ? [[k, v] as const] : [])));
  if (!map.size) return null;
  const chars = [...map.keys()].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join(''); // inside a class
  // A lookalike next to a letter: most texts have none, and the engine's one test is the fastest.
  const any = new RegExp(`[a-z][${chars}]|[${chars}][a-z]`, 'i');
  const word = new RegExp(`[a-z0-9${chars}]*[a-z][a-z0-9${chars}]*`, 'gi');
  const inside = new RegExp(`[${chars}]`, 'g');
  return (text) => {
    if (!any.test(text)) return null;
    return text.replace(word, (w) => (shorthand.has(w.toLowerCase()) ? w : w.replace(inside, (c) => map.get(c)!)));
  };
}

/** The expander of a shorthand table (null when there is none); it answers null for a text with no shorthand in it. */
function shorthandExpander(words: ReadonlyMap<string, string>): Expander | null {
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
