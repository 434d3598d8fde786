/** Something must be said early: within the collector's first N turns or the first N seconds. */
import { COLLECTORS, type RuleEvaluator } from '../types.ts';

export const requiredPhrase: RuleEvaluator = (rule, ctx) => {
  const lexicons = new Set(rule.lexicons ?? []);
  const speakers = new Set(rule.speakers ?? COLLECTORS);
  let said = false;
  let decided = false;
  let collectorTurns = 0;
  const missing = () => {
    decided = true;
    return [ctx.finding(rule, null, 0, 0)];
  };
  return {
    turn: (view) => {
      if (decided || !speakers.has(view.turn.speaker)) return [];
      collectorTurns++;
      const inTime = rule.withinSeconds === undefined || view.turn.startMs === undefined || view.turn.startMs <= rule.withinSeconds * 1000;
      if (inTime && view.hits.some((h) => lexicons.has(h.lexicon) && !h.negated)) {
        said = decided = true;
        return [];
      }
      // The window has closed without it: certain now, so say it now.
      if (rule.withinTurns !== undefined && collectorTurns >= rule.withinTurns) return missing();
      if (!inTime) return missing();
      return [];
    },
    end: () => (decided || said || collectorTurns === 0 ? [] : missing()),
  };
};
