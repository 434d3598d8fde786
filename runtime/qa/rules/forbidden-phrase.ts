/** The collector said something forbidden (not negated). The debtor's words are not the collector's violation. */
import { COLLECTORS, type RuleEvaluator } from '../types.ts';

export const forbiddenPhrase: RuleEvaluator = (rule, ctx) => {
  const lexicons = new Set(rule.lexicons ?? []);
  const speakers = new Set(rule.speakers ?? COLLECTORS);
  return {
    turn: (view) => (speakers.has(view.turn.speaker)
      ? view.hits.filter((h) => lexicons.has(h.lexicon) && !h.negated).map((h) => ctx.finding(rule, view, h.start, h.end))
      : []),
    end: () => [],
  };
};
