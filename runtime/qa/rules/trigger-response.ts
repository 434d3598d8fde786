/** The debtor said X (stop, lawyer, dispute, hardship, or a third party answered); the collector went on with Y. */
import type { RuleEvaluator } from '../types.ts';
import { intentReader } from './intents.ts';

export const triggerResponse: RuleEvaluator = (rule, ctx) => {
  const trigger = { lexicons: new Set(rule.trigger?.lexicons ?? []), speakers: new Set(rule.trigger?.speakers ?? []) };
  const heard = intentReader(rule.trigger?.intents);
  const after = { lexicons: new Set(rule.forbiddenAfter?.lexicons ?? []), speakers: new Set(rule.forbiddenAfter?.speakers ?? []) };
  let triggeredAt = -1;
  return {
    turn: (view) => {
      const out = [];
      const inWindow = triggeredAt >= 0 && (rule.windowTurns === undefined || view.index - triggeredAt <= rule.windowTurns);
      if (inWindow && after.speakers.has(view.turn.speaker)) {
        for (const h of view.hits) if (!h.negated && after.lexicons.has(h.lexicon)) out.push(ctx.finding(rule, view, h.start, h.end));
      }
      // Any turn of a trigger speaker counts (a third party speaking at all, when the lexicon says so).
      if (trigger.speakers.has(view.turn.speaker)
        && (view.hits.some((h) => !h.negated && trigger.lexicons.has(h.lexicon)) || trigger.lexicons.size === 0 || heard?.(view.turn.text))) triggeredAt = view.index;
      return out;
    },
    end: () => [],
  };
};
