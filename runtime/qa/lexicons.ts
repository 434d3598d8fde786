/** All phrases of a ruleset in one automaton, with where each came from. */
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';
import { Automaton } from './automaton.ts';
import { isNegatedEn, isNegatedZh } from './negation.ts';
import { isWordChar, normalize, normalizeUnits } from './normalize.ts';
import { soundString, toSounds } from './homophones.ts';
import type { Hit } from './types.ts';

interface Entry {
  lexicons: Set<string>;
  /** The phrase is Latin-script: it must start and end at word boundaries. */
  latin: boolean;
  han: boolean;
}

export class LexiconIndex {
  private readonly automaton: Automaton;
  private readonly entries: Entry[] = [];
  /** Chinese phrases of two or more characters by sound, when the ruleset asks for homophones. */
  private readonly sounds: { automaton: Automaton; entries: Entry[] } | null;
  readonly ignoreSeparators: boolean;

  constructor(doc: QaRulesetDocument) {
    this.ignoreSeparators = doc.normalization?.ignoreSeparators ?? true;
    const byText = new Map<string, Entry>();
    for (const lex of doc.lexicons) {
      for (const p of lex.phrases) {
        const norm = normalize(p.text, this.ignoreSeparators).text;
        if (!norm) continue;
        let e = byText.get(norm);
        if (!e) byText.set(norm, (e = { lexicons: new Set(), latin: /^[a-z0-9]/.test(norm), han: /\p{Script=Han}/u.test(norm) }));
        e.lexicons.add(lex.id);
      }
    }
    const texts = [...byText.keys()];
    this.entries = texts.map((t) => byText.get(t)!);
    this.automaton = new Automaton(texts);
    const han = doc.normalization?.pinyinHomophones ? texts.filter((t) => (t.match(/\p{Script=Han}/gu) ?? []).length >= 2) : [];
    this.sounds = han.length ? { automaton: new Automaton(han.map(soundString)), entries: han.map((t) => byText.get(t)!) } : null;
  }

  get phraseCount(): number {
    return this.entries.length;
  }

  /** Every lexicon hit in one turn's text; for each lexicon, hits inside a longer hit are dropped. */
  hits(text: string): Hit[] {
    const quoted = quotedRanges(text);
    const n = normalizeUnits(text, this.ignoreSeparators);
    const raw: Hit[] = [];
    const matches = this.automaton.scanUnits(n.units).map((m) => ({ m, e: this.entries[m.phrase]! }));
    if (this.sounds) for (const m of this.sounds.automaton.scanUnits(toSounds(n.units))) matches.push({ m, e: this.sounds.entries[m.phrase]! });
    for (const { m, e } of matches) {
      const start = n.map[m.start]!;
      const lastStart = n.map[m.end - 1]!;
      const end = lastStart + (text.codePointAt(lastStart)! > 0xffff ? 2 : 1);
      if (e.latin && (isWordChar(text, start - 1) || isWordChar(text, end))) continue;
      // Negation looks only a few characters (or words) back.
      // Words in quotation marks are mentioned, not said: "we may never say 'you will go to jail'".
      const negated = quoted.some(([a, b]) => start > a && end <= b) || (e.han ? isNegatedZh(String.fromCharCode(...n.units.subarray(Math.max(0, m.start - 8), m.start))) : isNegatedEn(text.slice(Math.max(0, start - 48), start)));
      for (const lexicon of e.lexicons) {
        // An exact match is also a homophone match of itself: keep one.
        if (!raw.some((h) => h.lexicon === lexicon && h.start === start && h.end === end)) raw.push({ lexicon, start, end, negated });
      }
    }
    if (raw.length < 2) return raw;
    return raw.filter((h) => !raw.some((o) => o !== h && o.lexicon === h.lexicon && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  }
}

/** Opening quotation mark → its closing mark, by code unit. */
const QUOTES = new Map([['“', '”'], ['「', '」'], ['『', '』'], ['"', '"'], ['‘', '’']].map(([o, c]) => [o!.charCodeAt(0), c!]));

/** [open, close] offsets of quotations in a text. */
const ANY_QUOTE = /["“「『‘]/;

function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!ANY_QUOTE.test(text)) return out; // most turns quote nothing: one native scan says so
  for (let i = 0; i < text.length; i++) {
    const close = QUOTES.get(text.charCodeAt(i));
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0) break;
    out.push([i, j]);
    i = j;
  }
  return out;
}
