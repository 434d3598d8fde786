/**
 * The collector said something forbidden (not negated): a phrase of the rule's lexicons, or a
 * combination said close together ("tell" near "your boss"), which generalises to wordings no
 * phrase list foresaw. The debtor's words are not the collector's violation.
 */
import type { QaRulesetDocument } from '../../../schemas/generated/types.ts';
import { SENTENCE_END } from '../normalize.ts';
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
 * A recogniser's pause between two Chinese words ("您先照顾弟弟 我们暂停联系"), which a combination does
 * not cross either; a space between single characters only spaces them out ("告 诉你领导").
 */
const PAUSE = /\p{Script=Han}{2}\s+\p{Script=Han}{2}/u;

/**
 * The shortest span holding a hit of every lexicon of the combination, if it fits `within` and one
 * sentence. The hits are different words: one word in two lexicons ("charge" a verb and a noun) is
 * no combination ("free of charge").
 */
function closeTogether(hits: readonly Hit[], combo: Near, text: string): [number, number] | null {
  const groups = combo.lexicons.map((id) => hits.filter((h) => h.lexicon === id));
  if (groups.some((g) => g.length === 0)) return null;
  let best: [number, number] | null = null;
  const chosen: Hit[] = [];
  const search = (k: number, start: number, end: number) => {
    if (k === groups.length) {
      if (end - start <= combo.within && (!best || end - start < best[1] - best[0]) && !SENTENCE_END.test(text.slice(start, end)) && !PAUSE.test(text.slice(start, end))) best = [start, end];
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
