/** All phrases of a ruleset in one automaton, with where each came from. */
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';
import { Automaton } from './automaton.ts';
import { isNegatedEn, isNegatedZh } from './negation.ts';
import { isWordChar, normalize, normalizeUnits } from './normalize.ts';
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
  }

  get phraseCount(): number {
    return this.entries.length;
  }

  /** Every lexicon hit in one turn's text; for each lexicon, hits inside a longer hit are dropped. */
  hits(text: string): Hit[] {
    const n = normalizeUnits(text, this.ignoreSeparators);
    const raw: Hit[] = [];
    for (const m of this.automaton.scanUnits(n.units)) {
      const e = this.entries[m.phrase]!;
      const start = n.map[m.start]!;
      const lastStart = n.map[m.end - 1]!;
      const end = lastStart + (text.codePointAt(lastStart)! > 0xffff ? 2 : 1);
      if (e.latin && (isWordChar(text, start - 1) || isWordChar(text, end))) continue;
      // Negation looks only a few characters (or words) back.
      const negated = e.han ? isNegatedZh(String.fromCharCode(...n.units.subarray(Math.max(0, m.start - 8), m.start))) : isNegatedEn(text.slice(Math.max(0, start - 48), start));
      for (const lexicon of e.lexicons) raw.push({ lexicon, start, end, negated });
    }
    if (raw.length < 2) return raw;
    return raw.filter((h) => !raw.some((o) => o !== h && o.lexicon === h.lexicon && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  }
}
