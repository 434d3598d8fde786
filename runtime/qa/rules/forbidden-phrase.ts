/**
 * The collector said something forbidden (not negated): a phrase of the rule's lexicons, or a
 * combination said close together ("tell" near "your boss"), which generalises to wordings no
 * phrase list foresaw; unless words said close by change what it means (`except`). The debtor's
 * words are not the collector's violation.
 */
import type { QaRulesetDocument } from '../../../schemas/generated/types.ts';
import { COMMA, PAUSE, SENTENCE_END } from '../normalize.ts';
import { COLLECTORS, type Hit, type RuleEvaluator } from '../types.ts';

type Near = NonNullable<QaRulesetDocument['rules'][number]['near']>[number];
type Except = NonNullable<QaRulesetDocument['rules'][number]['except']>;

export const forbiddenPhrase: RuleEvaluator = (rule, ctx) => {
  const lexicons = new Set(rule.lexicons ?? []);
  const speakers = new Set(rule.speakers ?? COLLECTORS);
  const near = rule.near ?? [];
  return {
    turn: (view) => {
      if (!speakers.has(view.turn.speaker)) return [];
      const said = view.hits.filter((h) => !h.negated);
      const spans: Array<[number, number]> = said.filter((h) => lexicons.has(h.lexicon)).map((h) => [h.start, h.end]);
      for (const combo of near) {
        const span = closeTogether(said, combo, view.turn.text);
        if (span) spans.push(span);
      }
      const voided = rule.except ? excepted(view.hits, rule.except, view.turn.text) : () => false;
      return spans.filter(([start, end]) => !voided(start, end)).map(([start, end]) => ctx.finding(rule, view, start, end));
    },
    end: () => [],
  };
};

/**
 * The shortest span holding a hit of every lexicon of the combination, if it fits `within`, one
 * clause and no pause. The hits are different words: one word in two lexicons ("charge" a verb and a noun) is
 * no combination ("free of charge").
 */
function closeTogether(hits: readonly Hit[], combo: Near, text: string): [number, number] | null {
  const groups = combo.lexicons.map((id) => hits.filter((h) => h.lexicon === id));
  if (groups.some((g) => g.length === 0)) return null;
  let best: [number, number] | null = null;
  const chosen: Hit[] = [];
  const search = (k: number, start: number, end: number) => {
    if (k === groups.length) {
      if (end - start > combo.within || (best && end - start >= best[1] - best[0])) return;
      if (oneClause(text.slice(start, end))) best = [start, end];
      return;
    }
    for (const h of groups[k]!) {
      if (chosen.some((c) => h.start < c.end && c.start < h.end)) continue;
      chosen.push(h);
      search(k + 1, Math.min(start, h.start), Math.max(end, h.end));
      chosen.pop();
    }
  };
  search(0, Infinity, -Infinity);
  return best;
}

/**
 * Is a span said close to a phrase of the exception's lexicons, in the same clause? A negated
 * phrase is no exception: a fee "not in your contract" is not one the contract names.
 */
function excepted(hits: readonly Hit[], except: Except, text: string): (start: number, end: number) => boolean {
  const lexicons = new Set(except.lexicons);
  const phrases = hits.filter((h) => !h.negated && lexicons.has(h.lexicon));
  return (start, end) =>
    phrases.some((p) => {
      const gap = p.start >= end ? text.slice(end, p.start) : p.end <= start ? text.slice(p.end, start) : '';
      return gap.length <= except.within && oneClause(gap);
    });
}

/** Does a stretch of a turn stay within one clause, with no sentence end, comma or recogniser's pause? */
function oneClause(said: string): boolean {
  return !SENTENCE_END.test(said) && !COMMA.test(said) && !PAUSE.test(said);
}
