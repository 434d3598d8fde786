/** The debtor said X (stop, lawyer, dispute, hardship, or a third party answered); the collector went on with Y. */
import type { Hit, Rule, RuleEvaluator } from '../types.ts';
import { intentReader } from './intents.ts';

/**
 * Does a turn make the rule's trigger, by a phrase of its lexicons (not negated) or the intent the
 * bot's NLU hears? A trigger without lexicons is any turn of its speakers (a third party speaking
 * at all).
 */
export function triggerReader(rule: Rule): (hits: readonly Hit[], text: string) => boolean {
  const lexicons = new Set(rule.trigger?.lexicons ?? []);
  const heard = intentReader(rule.trigger?.intents);
  return (hits, text) => hits.some((h) => !h.negated && lexicons.has(h.lexicon)) || lexicons.size === 0 || !!heard?.(text);
}

export const triggerResponse: RuleEvaluator = (rule, ctx) => {
  const speakers = new Set(rule.trigger?.speakers ?? []);
  const triggers = triggerReader(rule);
  const after = { lexicons: new Set(rule.forbiddenAfter?.lexicons ?? []), speakers: new Set(rule.forbiddenAfter?.speakers ?? []) };
  // Demands are open-ended: with a minimum confidence, the rule also reads how like pressing on a sentence is.
  const pressing = rule.minConfidence === undefined ? null : ctx.pressing;
  let triggeredAt = -1;
  return {
    turn: (view) => {
      const out = [];
      const inWindow = triggeredAt >= 0 && (rule.windowTurns === undefined || view.index - triggeredAt <= rule.windowTurns);
      if (inWindow && after.speakers.has(view.turn.speaker)) {
        for (const h of view.hits) if (!h.negated && after.lexicons.has(h.lexicon)) out.push(ctx.finding(rule, view, h.start, h.end));
        const p = out.length || !pressing ? null : pressing.read(view.turn.text, ctx.transcript.channel !== 'voice');
        if (p !== null && p >= rule.minConfidence!) {
          const sure = (100 * p).toFixed(1);
          out.push(ctx.finding(rule, view, 0, view.turn.text.length, { en: `${sure}% like the ruleset's examples of pressing on after such a request`, zh: `与规则集中此类请求后继续施压的示例相似度 ${sure}%` }));
        }
      }
      if (speakers.has(view.turn.speaker) && triggers(view.hits, view.turn.text)) triggeredAt = view.index;
      return out;
    },
    end: () => [],
  };
};
