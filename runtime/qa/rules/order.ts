/** B may only come after A (debt details only after identity verification). */
import type { RuleEvaluator } from '../types.ts';

export const order: RuleEvaluator = (rule, ctx) => {
  const first = { lexicons: new Set(rule.first?.lexicons ?? []), speakers: new Set(rule.first?.speakers ?? []) };
  const then = { lexicons: new Set(rule.then?.lexicons ?? []), speakers: new Set(rule.then?.speakers ?? []) };
  let firstSeen = false;
  let reported = false;
  return {
    turn: (view) => {
      const hits = view.hits.filter((h) => !h.negated);
      if (!firstSeen && !reported && then.speakers.has(view.turn.speaker)) {
        const early = hits.find((h) => then.lexicons.has(h.lexicon));
        // Within one turn, A said before B still counts as in order.
        const a = first.speakers.has(view.turn.speaker) ? hits.find((h) => first.lexicons.has(h.lexicon)) : undefined;
        if (early && !(a && a.start < early.start)) {
          reported = true;
          if (a) firstSeen = true;
          return [ctx.finding(rule, view, early.start, early.end)];
        }
      }
      if (first.speakers.has(view.turn.speaker) && hits.some((h) => first.lexicons.has(h.lexicon))) firstSeen = true;
      return [];
    },
    end: () => [],
  };
};
