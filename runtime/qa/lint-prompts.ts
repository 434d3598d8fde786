/**
 * One rulebook: every prompt a dialog can say is checked with the QA ruleset's forbidden phrases,
 * so a bot cannot be approved saying what a human agent would be flagged for.
 */
import type { DialogDocument } from '../../schemas/generated/types.ts';
import { dialogPrompts } from '../dialog/prompts.ts';
import { issue, type Issue } from '../errors.ts';
import type { Inspector } from './inspector.ts';

export function lintPrompts(dialog: DialogDocument, inspector: Inspector): Issue[] {
  const botRules = inspector.ruleset.rules.filter((r) => (r.speakers ?? ['bot', 'agent']).includes('bot'));
  const rules = botRules.filter((r) => r.type === 'forbidden-phrase');
  const learned = new Set(botRules.filter((r) => r.type === 'learned').map((r) => r.id));
  const out: Issue[] = [];
  for (const p of dialogPrompts(dialog)) {
    // The learned rules read a prompt as they read a collector's sentence.
    const said = learned.size ? inspector.scan({ id: 'lint', startedAt: '1970-01-01T00:00:00Z', channel: 'voice', turns: [{ speaker: 'bot', text: p.text }] }).findings : [];
    for (const f of said.filter((f) => learned.has(f.ruleId))) {
      out.push(issue(p.pointer, 'dialog.forbidden-phrase', `prompt reads as ${f.category} to rule '${f.ruleId}' of ${inspector.ruleset.id} (${f.message})`,
        `提示语被质检规则集 ${inspector.ruleset.id} 的规则 '${f.ruleId}' 判为 ${f.category}`));
    }
    const hits = inspector.hits(p.text).filter((h) => !h.negated);
    for (const rule of rules) {
      const hit = hits.find((h) => rule.lexicons?.includes(h.lexicon));
      if (!hit) continue;
      const said = p.text.slice(hit.start, hit.end);
      out.push(issue(p.pointer, 'dialog.forbidden-phrase', `prompt says '${said}', which rule '${rule.id}' (${rule.category}) of ${inspector.ruleset.id} forbids`,
        `提示语包含“${said}”，违反质检规则集 ${inspector.ruleset.id} 的规则 '${rule.id}'（${rule.category}）`));
    }
  }
  return out;
}
