/**
 * The collector said something forbidden (not negated): a phrase of the rule's lexicons, or a
 * combination said close together ("tell" near "your boss"), which generalises to wordings no
 * phrase list foresaw. The debtor's words are not the collector's violation.
 */
import type { QaRulesetDocument } from '../../../schemas/generated/types.ts';
import { COMMA, PAUSE, SENTENCE_END } from '../normalize.ts';
import { COLLECTORS, type Hit, type RuleEvaluator } from '../types.ts';

type Near = NonNullable<QaRulesetDocument['rules'][number]['near']>[number];

export const forbiddenPhrase: RuleEvaluator = (rule, ctx) => {
  const lexicons = new Set(rule.lexicons ?? []);
  const speakers = new Set(rule.speakers ?? COLLECTORS);
  const near = rule.near ?? [];
  return {
    turn: (view) => {
      if (!speakers.has(view.turn.speaker)) return [];
      const said = view.hits.filter((h) => !h.negated);
      const out = said.filter((h) => lexicons.has(h.lexicon)).map((h) => ctx.finding(rule, view, h.start, h.end));
      for (const combo of near) {
        const span = closeTogether(said, combo, view.turn.text);
        if (span) out.push(ctx.finding(rule, view, span[0], span[1]));
      }
      return out;
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
      const said = text.slice(start, end);
      if (!SENTENCE_END.test(said) && !COMMA.test(said) && !PAUSE.test(said)) best = [start, end];
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
