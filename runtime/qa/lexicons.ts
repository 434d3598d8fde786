/** All phrases of a ruleset in one automaton, with where each came from. */
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';
import { Automaton } from './automaton.ts';
import { isNegatedEn, isNegatedZh, scopedRangesEn } from './negation.ts';
import { isWordChar, normalize, normalizeChar } from './normalize.ts';
import { soundString, tonedSyllables } from './homophones.ts';
import type { Hit } from './types.ts';

interface Entry {
  lexicons: string[];
  /** The phrase is Latin-script: it must start and end at word boundaries. */
  latin: boolean;
  han: boolean;
  /**
   * A two-character Chinese phrase's toned syllables: its homophones must have the same tones, for
   * toneless two-syllable sounds collide with everyday words (借点 jie dian, 接电话).
   */
  tones?: string;
}

export class LexiconIndex {
  private readonly automaton: Automaton;
  private readonly entries: Entry[] = [];
  /** Chinese phrases of two or more characters by sound, when the ruleset asks for homophones. */
  private readonly sounds: { automaton: Automaton; entries: Entry[] } | null;
  readonly ignoreSeparators: boolean;

  constructor(doc: QaRulesetDocument) {
    const ignoreSeparators = (this.ignoreSeparators = doc.normalization?.ignoreSeparators ?? true);
    const byText = new Map<string, Entry>();
    for (const lex of doc.lexicons) {
      for (const p of lex.phrases) {
        const norm = normalize(p.text, ignoreSeparators).text;
        if (!norm) continue;
        let e = byText.get(norm);
        if (!e) byText.set(norm, (e = { lexicons: [], latin: /^[a-z0-9]/.test(norm), han: /\p{Script=Han}/u.test(norm) }));
        if (!e.lexicons.includes(lex.id)) e.lexicons.push(lex.id);
      }
    }
    const texts = [...byText.keys()];
    this.entries = texts.map((t) => byText.get(t)!);
    const keyOf = (cp: number) => normalizeChar(cp, ignoreSeparators);
    this.automaton = new Automaton(texts, keyOf);
    const han = doc.normalization?.pinyinHomophones ? texts.filter((t) => (t.match(/\p{Script=Han}/gu) ?? []).length >= 2) : [];
    const bySound = han.map((t) => ({ ...byText.get(t)!, tones: [...t].length === 2 ? tonedSyllables(t) : undefined }));
    this.sounds = han.length ? { automaton: new Automaton(han.map(soundString), (cp) => soundString(keyOf(cp))), entries: bySound } : null;
  }

  get phraseCount(): number {
    return this.entries.length;
  }

  /** Every lexicon hit in one turn's text; for each lexicon, hits inside a longer hit are dropped. */
  hits(text: string): Hit[] {
    const out: Hit[] = [];
    this.collect(text, this.automaton, this.entries, out, false);
    if (this.sounds) this.collect(text, this.sounds.automaton, this.sounds.entries, out, true);
    if (out.length < 2) return out;
    return out.filter((h) => !out.some((o) => o !== h && o.lexicon === h.lexicon && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  }

  private collect(text: string, automaton: Automaton, entries: Entry[], out: Hit[], dedupe: boolean): void {
    const n = automaton.scanInto(text);
    const quoted = n > 0 ? quotedRanges(text) : []; // most turns match nothing: no second pass
    let stated: Array<[number, number]> | null = null; // English stated negations: read once, if an English hit needs them
    for (let i = 0; i < n; i++) {
      const e = entries[automaton.matchPhrase[i]!]!;
      const start = automaton.matchStart[i]!;
      const end = automaton.matchEnd[i]!;
      if (e.latin && (isWordChar(text, start - 1) || isWordChar(text, end))) continue;
      // An exact match is also a homophone match of itself: the sound pass adds only what is new.
      const lexicons = dedupe ? e.lexicons.filter((lexicon) => !out.some((h) => h.lexicon === lexicon && h.start === start && h.end === end)) : e.lexicons;
      if (!lexicons.length) continue;
      if (e.tones && tonedSyllables(normalize(text.slice(start, end), this.ignoreSeparators).text) !== e.tones) continue;
      // Words in quotation marks are mentioned, not said: "we may never say 'you will go to jail'".
      // Otherwise negation looks only a few characters (or words) back, or to a stated negation's cue.
      const negated = within(quoted, start, end) || (e.han ? isNegatedZh(text, start, this.ignoreSeparators) : isNegatedEn(text, start) || within((stated ??= scopedRangesEn(text)), start, end));
      for (const lexicon of lexicons) out.push({ lexicon, start, end, negated });
    }
  }
}

/** Does [start, end) lie inside one of the spans (each given as the offset before its first unit, and its end)? */
function within(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return spans.some(([a, b]) => start > a && end <= b);
}

/** Opening quotation marks and their closing marks. */
const OPEN = '“「『"‘';
const CLOSE = '”」』"’';
const ANY_OPEN = new RegExp(`[${OPEN}]`, 'g');
/**
 * Quotation as it is spoken, and as a speech recogniser writes it, without marks: "we can't say
 * things like you will go to jail", "我们不能说不还就拘留之类的话". The quoted words run from the
 * frame to the end of the clause (English) or to the closing 之类的话 (Chinese).
 */
const SPOKEN_EN = /\b(?:say|says|said|saying|tell you|use|using|mention)\s+(?:things|words|phrases|stuff|anything)\s+like\s+([^,.;!?]+?)(?=\s+(?:and|but)\b|[,.;!?]|$)/dgi;
const SPOKEN_ZH = /[说讲提]([^，。！？,.!?；;]{1,24}?)(?:之类的话|这类话|这样的话|这种话|这些话|之类的)/dg;

/** What any quotation needs somewhere in the text: most texts have none of it, and one pass tells. */
const QUOTE_HINT = new RegExp(`[${OPEN}]|like|之类|话`, 'i');

/** Does a text quote anything, with marks or as speech does? (Quoted words are mentioned, not said.) */
export function opensQuotation(text: string): boolean {
  ANY_OPEN.lastIndex = 0;
  return ANY_OPEN.test(text) || spokenRanges(text, []).length > 0;
}

/** [open, close] offsets of quotations in a text (the regular expressions find openers natively). */
function quotedRanges(text: string): Array<[number, number]> {
  if (!QUOTE_HINT.test(text)) return [];
  const out: Array<[number, number]> = [];
  ANY_OPEN.lastIndex = 0;
  for (let m = ANY_OPEN.exec(text); m; m = ANY_OPEN.exec(text)) {
    const j = text.indexOf(CLOSE[OPEN.indexOf(m[0])]!, m.index + 1);
    if (j < 0) break;
    out.push([m.index, j]);
    ANY_OPEN.lastIndex = j + 1;
  }
  return spokenRanges(text, out);
}

/** Adds to `out` the quotations spoken without marks, as a pair of marks would stand: just before the quoted words, and at their end. */
function spokenRanges(text: string, out: Array<[number, number]>): Array<[number, number]> {
  for (const frame of [SPOKEN_EN, SPOKEN_ZH]) {
    frame.lastIndex = 0;
    for (let m = frame.exec(text); m; m = frame.exec(text)) out.push([m.indices![1]![0] - 1, m.indices![1]![1]]);
  }
  return out;
}
