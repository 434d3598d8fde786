/**
 * A collector's sentence far more like the ruleset's examples of the rule's category than like
 * anything else they labelled (see ../learned.ts). The finding spans the sentence read: no phrase in
 * it is the violation, the sentence is.
 */
import { COLLECTORS, type RuleEvaluator } from '../types.ts';

/**
 * The default certainty: more likely the category than acceptable speech and all else together (see
 * ../learned.ts). A rule may ask less, as the templates' rules do: with each development batch left
 * out of the examples in turn, lower settings found more violations at about the same precision
 * (the README gives the figures).
 */
const MIN_CONFIDENCE = 0.5;

export const learned: RuleEvaluator = (rule, ctx) => {
  const speakers = new Set(rule.speakers ?? COLLECTORS);
  const min = rule.minConfidence ?? MIN_CONFIDENCE;
  return {
    turn: (view) => {
      if (!ctx.learned || !speakers.has(view.turn.speaker)) return [];
      const r = ctx.learned.read(view.turn.text, ctx.transcript.channel !== 'voice');
      if (!r || r.category !== rule.category || r.confidence < min) return [];
      const sure = (100 * r.confidence).toFixed(1);
      return [ctx.finding(rule, view, r.start, r.end, { en: `${sure}% like the ruleset's examples of ${r.category}`, zh: `与规则集中 ${r.category} 示例的相似度 ${sure}%` })];
    },
    end: () => [],
  };
};
