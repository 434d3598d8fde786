/**
 * A ruleset's written shorthand (`normalization.shorthand`: "u" for you, "2day" for today, 木有 for
 * 没有) spelled out before matching, with where each character came from, so that a finding in
 * the expanded text points back at what was written. Messages are written so; a phrase list that
 * spelled out every abbreviation of every phrase would be many times as long.
 */
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

/**
 * The expander of a shorthand table (null when there is none); it answers null for a text with no
 * shorthand in it. Its scan costs a third of the automaton's: calls, whose recogniser writes none,
 * are not read for it (lexicons.ts).
 */
export function shorthandExpander(table: Readonly<Record<string, string | undefined>> | undefined): Expander | null {
  const words = new Map(Object.entries(table ?? {}).flatMap(([k, v]) => (v ? [[k.toLowerCase(), v] as const] : [])));
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

/** A text with its shorthand spelled out, for readers that need no way back (what a model learns from). */
export const spelledOut = (expand: Expander | null, text: string) => expand?.(text)?.text ?? text;
