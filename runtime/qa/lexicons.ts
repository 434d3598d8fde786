/** All phrases of a ruleset in one automaton, with where each came from. */
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';
import { Automaton } from './automaton.ts';
import { APOSTROPHES, deniedAfterEn, EN_NEGATION_CUES, isNegatedEn, isNegatedZh, isNotContraction, scopedRangesEn } from './negation.ts';
import { CLAUSE_MARKS, HAN_CLAUSE_MARKS, isWordChar, normalize, normalizeChar, PAUSE } from './normalize.ts';
import { soundString, tonedSyllables } from './homophones.ts';
import { QUOTE_MARKS, SPOKEN_QUOTE_CUES, quotedRanges } from './quotation.ts';
import { readers, type Readers } from './spelling.ts';
import type { Hit } from './types.ts';

interface Entry {
  lexicons: string[];
  /** The phrase is Latin-script: it must start and end at word boundaries. */
  latin: boolean;
  han: boolean;
  /**
   * A Chinese phrase matched by sound: its homophones must have its tones and differ from it in one
   * character at most (做牢, 介点), for toneless syllables collide with everyday words (借点 jie dian,
   * 接电话; 综治办主任 holds ban zhu ren, 班主任) and, across a word's edge, even with their tones
   * (纸质账单 holds zhi4 zhang4, 智障; 这人是不是, ren2 shi4 bu4, 人事部).
   */
  sound?: { text: string; tones: string };
  /** A word that quotation or English negation needs (see `hits`), whether or not a lexicon holds it. */
  cue?: 'quote' | 'negation';
  /** An everyday word that holds a phrase or a phrase's homophone (`everydayWords`): no match inside it. */
  everyday?: true;
}

/** What stands between two items of one list: a comma, or "or", "nor", "and" with an article ("no X, a Y applies" is no list). */
const LIST_GAP = /^\s*,?\s*(?:(?:or|nor|and)\s+(?:(?:any|a|an)\s+)?(?:other\s+)?)?$/i;

/**
 * What a negated hit holds is negated with it (the "fee" of "no collection fee"), and so is the next
 * item of a list under one negation ("no collection fee, processing fee or any other charge").
 */
function carryNegation(text: string, hits: Hit[]): void {
  const byStart = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const h of byStart) {
    h.negated ||= byStart.some((o) => o.negated && (o.start <= h.start && h.end <= o.end ? o !== h : o.end <= h.start && h.start - o.end < 20 && LIST_GAP.test(text.slice(o.end, h.start))));
  }
}

export class LexiconIndex {
  private readonly automaton: Automaton;
  private readonly entries: Entry[] = [];
  /** Chinese phrases of two or more characters by sound, when the ruleset asks for homophones. */
  private readonly sounds: { automaton: Automaton; entries: Entry[] } | null;
  readonly ignoreSeparators: boolean;
  /** How the ruleset reads spelling (spelling.ts), shared with the learned rules. */
  readonly read: Readers;

  constructor(doc: QaRulesetDocument) {
    this.read = readers(doc.normalization);
    const ignoreSeparators = (this.ignoreSeparators = doc.normalization?.ignoreSeparators ?? true);
    const byText = new Map<string, Entry>();
    const entry = (text: string) => {
      const norm = normalize(text, ignoreSeparators).text;
      if (!norm) return undefined;
      let e = byText.get(norm);
      if (!e) byText.set(norm, (e = { lexicons: [], latin: /^[a-z0-9]/.test(norm), han: /\p{Script=Han}/u.test(norm) }));
      return e;
    };
    for (const lex of doc.lexicons) {
      for (const p of lex.phrases) {
        const e = entry(p.text);
        if (e && !e.lexicons.includes(lex.id)) e.lexicons.push(lex.id);
      }
    }
    const lexiconTexts = [...byText.keys()];
    for (const [cues, cue] of [[SPOKEN_QUOTE_CUES, 'quote'], [EN_NEGATION_CUES, 'negation']] as const) for (const text of cues) entry(text)!.cue = cue;
    for (const text of doc.normalization?.everydayWords ?? []) {
      const e = entry(text);
      if (e) e.everyday = true;
    }
    const texts = [...byText.keys()];
    this.entries = texts.map((t) => byText.get(t)!);
    const keyOf = (cp: number) => normalizeChar(cp, ignoreSeparators);
    // The scan notes quotation marks, apostrophes and a dialect's markers as it passes them.
    this.automaton = new Automaton(texts, keyOf, undefined, QUOTE_MARKS + APOSTROPHES + this.read.markers);
    // Only the forbidden phrases themselves are matched by sound, where evasions are written (做牢): the
    // words rules combine or answer to (人事, 欠款, 别打了) would match everyday speech (欠款人是您, rén shì).
    const forbidden = new Set(doc.rules.flatMap((r) => (r.type === 'forbidden-phrase' ? r.lexicons ?? [] : [])));
    const han = doc.normalization?.pinyinHomophones ? lexiconTexts.filter((t) => (t.match(/\p{Script=Han}/gu) ?? []).length >= 2 && byText.get(t)!.lexicons.some((id) => forbidden.has(id))) : [];
    const bySound = han.map((t) => ({ ...byText.get(t)!, cue: undefined, everyday: undefined, sound: { text: t, tones: tonedSyllables(t) } }));
    this.sounds = han.length ? { automaton: new Automaton(han.map(soundString), (cp) => soundString(keyOf(cp))), entries: bySound } : null;
  }

  /**
   * Every lexicon hit in one turn's text, its spelling read as standard words first (a dialect's;
   * a message's shorthand and lookalikes: spelling.ts); for each lexicon, hits inside a longer hit
   * are dropped, and any hit inside an everyday word (倒垃圾 holds 垃圾). The scan also tells whether
   * the text could quote or negate in English at all (a mark, a cue word): most texts cannot, and
   * their hits are not read again.
   */
  hits(text: string, spoken = false): Hit[] {
    // Most texts are in no dialect and hold no shorthand: read as written, and read again only
    // where the scan met a dialect's marker or a message may hold shorthand.
    const found = this.hitsIn(text, spoken);
    if (!this.sawDialect(text) && (spoken || !this.read.mayBeShorthand(text))) return found;
    const expanded = (spoken ? this.read.spoken : this.read.written)?.(text);
    if (!expanded) return found;
    const { from, to } = expanded;
    return this.hitsIn(expanded.text, spoken).map((h) => ({ ...h, start: from[h.start]!, end: to[h.end - 1]! }));
  }

  /** Did the last scan of `text` meet a dialect's marker? */
  private sawDialect(text: string): boolean {
    if (!this.read.markers) return false;
    for (let m = 0; m < this.automaton.markCount; m++) if (this.read.markers.includes(text[this.automaton.markAt[m]!]!)) return true;
    return false;
  }

  /** The hits of a text whose spelling is read already. */
  private hitsIn(text: string, spoken: boolean): Hit[] {
    const found: Hit[] = [];
    const han: boolean[] = []; // per hit of `found`: a Chinese phrase's
    const cues: Cues = { quote: false, negation: false, everyday: null };
    this.collect(text, this.automaton, this.entries, found, han, cues, false, spoken);
    if (this.sounds) this.collect(text, this.sounds.automaton, this.sounds.entries, found, han, cues, true, spoken);
    if (!found.length) return found;
    for (let m = 0; m < this.automaton.markCount; m++) {
      const at = this.automaton.markAt[m]!;
      if (QUOTE_MARKS.includes(text[at]!)) cues.quote = true;
      if (APOSTROPHES.includes(text[at]!) && isNotContraction(text, at)) cues.negation = true;
    }
    // Negation only for the hits that stand: it is most of the work a hit costs. Words in
    // quotation marks are mentioned, not said: "we may never say 'you will go to jail'". Otherwise
    // negation looks a few characters (or words) back, or to a stated negation's cue.
    const quoted = cues.quote ? quotedRanges(text) : [];
    let stated: Array<[number, number]> | null = null; // English stated negations: read once, if an English hit needs them
    const out: Hit[] = [];
    for (let k = 0; k < found.length; k++) {
      const h = found[k]!;
      if (cues.everyday && cues.everyday.some(([a, b]) => a <= h.start && h.end <= b && b - a > h.end - h.start)) continue;
      if (found.length > 1 && found.some((o) => o !== h && o.lexicon === h.lexicon && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)) continue;
      const english = !han[k] && cues.negation && (isNegatedEn(text, h.start) || within((stated ??= scopedRangesEn(text)), h.start, h.end) || deniedAfterEn(text, h.end));
      h.negated = within(quoted, h.start, h.end) || english || (han[k]! && isNegatedZh(text, h.start, this.ignoreSeparators));
      out.push(h);
    }
    if (cues.negation && out.length > 1) carryNegation(text, out);
    return out;
  }

  /**
   * Adds to `out` the automaton's matches in `text` that are phrases here (and to `han` whether each
   * is a Chinese phrase's); notes the cues met and where the everyday words stand. The sound pass
   * adds only what the exact pass did not find.
   */
  private collect(text: string, automaton: Automaton, entries: Entry[], out: Hit[], han: boolean[], cues: Cues, bySound: boolean, spoken: boolean): void {
    const n = automaton.scanInto(text);
    for (let i = 0; i < n; i++) {
      const e = entries[automaton.matchPhrase[i]!]!;
      const start = automaton.matchStart[i]!;
      const end = automaton.matchEnd[i]!;
      if (e.latin && (isWordChar(text, start - 1) || isWordChar(text, end))) continue;
      if ((e.latin || e.han) && acrossClause(text, start, end, e.han)) continue;
      if (spoken && e.han && acrossPause(text, start, end)) continue;
      if (e.cue) cues[e.cue] = true;
      if (e.everyday) (cues.everyday ??= []).push([start, end]);
      // An exact match is also a homophone match of itself: the sound pass adds only what is new.
      const lexicons = bySound ? e.lexicons.filter((lexicon) => !out.some((h) => h.lexicon === lexicon && h.start === start && h.end === end)) : e.lexicons;
      if (!lexicons.length) continue;
      if (e.sound && !soundsLike(normalize(text.slice(start, end), this.ignoreSeparators).text, e.sound)) continue;
      for (const lexicon of lexicons) {
        out.push({ lexicon, start, end, negated: false });
        han.push(e.han);
      }
    }
  }
}

/** What a scan met besides phrases: a quotation or negation cue, the spans of everyday words. */
interface Cues {
  quote: boolean;
  negation: boolean;
  everyday: Array<[number, number]> | null;
}

/**
 * Does a match run from one clause into the next ("when you borrow, a big shot" is no "borrow a",
 * "我们照打，你先还" no 打你)? In English, punctuation after a word and before a space ends a
 * clause; after single letters it spells a word out ("s.u.e", "s. u. e."). In Chinese, clause
 * punctuation ends one; the symbols of an evasion do not ("坐*牢").
 */
function acrossClause(text: string, start: number, end: number, han: boolean): boolean {
  for (let i = start + 1; i < end - 1; i++) {
    const c = text[i]!;
    if (han ? HAN_CLAUSE_MARKS.includes(c) : CLAUSE_MARKS.includes(c) && /\s/.test(text[i + 1]!) && isWordChar(text, i - 1) && isWordChar(text, i - 2)) return true;
  }
  return false;
}

/**
 * Does a Chinese match of a call's transcript hold a speech recogniser's pause before a pronoun
 * ("还是得打 你今天", "再拖下去 你家": no 打你, no 去你家)? A pronoun begins a word, and a
 * recogniser's spaces fall between words. Other spaces, and every space of typed text (where "打 你"
 * is an evasion), are read through: "等着坐 牢吧", "告 诉你们领导". Two characters either side of the
 * pause reach at most two beyond the match.
 */
function acrossPause(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end - 1; i++) if (/\s/.test(text[i]!) && PRONOUNS.includes(text[i + 1]!)) return PAUSE.test(text.slice(Math.max(0, start - 2), end + 2));
  return false;
}
const PRONOUNS = '你您我他她它';

/** Is `said` the phrase with one character at most swapped for one that sounds the same? */
function soundsLike(said: string, phrase: { text: string; tones: string }): boolean {
  const a = [...said];
  const b = [...phrase.text];
  let swapped = 0;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) swapped++;
  return swapped <= 1 && tonedSyllables(said) === phrase.tones;
}

/** Does [start, end) lie inside one of the spans (each given as the offset before its first unit, and its end)? */
function within(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  return spans.some(([a, b]) => start > a && end <= b);
}
