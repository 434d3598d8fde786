/** Semantic checks of a QA ruleset: each rule type has what it needs, and names lexicons that exist. */
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';
import { childPtr, issue, type Issue } from '../errors.ts';
import type { ValidateOptions } from '../validate/types.ts';
import { pressingCategories, pressingExamples } from './learned.ts';
import { KNOWN_INTENTS } from './rules/intents.ts';

type Rule = QaRulesetDocument['rules'][number];

/** The fields each rule type needs (one of a group when the entry is an array). */
const NEEDS: Record<Rule['type'], Array<keyof Rule | Array<keyof Rule>>> = {
  'forbidden-phrase': [['lexicons', 'near']],
  'required-phrase': ['lexicons', ['withinTurns', 'withinSeconds']],
  order: ['first', 'then'],
  'trigger-response': ['trigger', 'forbiddenAfter'],
  metadata: ['metric'],
  learned: [],
};

/** A learned reading needs examples of what it flags and of acceptable speech to tell them apart. */
const MIN_EXAMPLES = 3;

export function validateRulesetSemantics(doc: QaRulesetDocument, _options: ValidateOptions): Issue[] {
  const out: Issue[] = [];
  const lexicons = new Set<string>();
  doc.lexicons.forEach((lex, i) => {
    if (lexicons.has(lex.id)) out.push(issue(childPtr('', 'lexicons', i, 'id'), 'qa.duplicate-id', `lexicon id '${lex.id}' is used twice`, `词库 id '${lex.id}' 重复`));
    lexicons.add(lex.id);
    lex.phrases.forEach((p, j) => {
      // A phrase of only spaces and symbols would match everywhere once separators are ignored.
      if (!/[\p{L}\p{N}]/u.test(p.text)) {
        out.push(issue(childPtr('', 'lexicons', i, 'phrases', j, 'text'), 'qa.empty-phrase', `phrase '${p.text}' has no letters or digits`, `短语 '${p.text}' 不含文字或数字`));
      }
    });
  });

  const ruleIds = new Set<string>();
  doc.rules.forEach((rule, i) => {
    const at = childPtr('', 'rules', i);
    if (ruleIds.has(rule.id)) out.push(issue(childPtr(at, 'id'), 'qa.duplicate-id', `rule id '${rule.id}' is used twice`, `规则 id '${rule.id}' 重复`));
    ruleIds.add(rule.id);
    for (const need of NEEDS[rule.type]) {
      const group = Array.isArray(need) ? need : [need];
      if (group.every((f) => rule[f] === undefined)) {
        out.push(issue(childPtr(at, group[0]!), 'qa.rule-incomplete', `a ${rule.type} rule needs ${group.join(' or ')}`, `${rule.type} 规则需要 ${group.join(' 或 ')}`));
      }
    }
    if (rule.type === 'learned') {
      const of = (category: string | null) => (doc.examples ?? []).filter((e) => (e.category ?? null) === category).length;
      for (const [category, what] of [[rule.category, `of ${rule.category}`], [null, 'of acceptable speech (category null)']] as const) {
        if (of(category) < MIN_EXAMPLES) {
          out.push(issue(childPtr(at, 'type'), 'qa.learned-few-examples', `a learned rule needs at least ${MIN_EXAMPLES} examples ${what}; the ruleset has ${of(category)}`, `学习型规则需要至少 ${MIN_EXAMPLES} 条${category ? `“${category}”` : '合规（category 为 null）'}的示例，目前只有 ${of(category)} 条`));
        }
      }
    }
    if (rule.type === 'trigger-response' && rule.minConfidence !== undefined) {
      const rows = pressingExamples(doc);
      const kinds = [
        [rows.filter((r) => r.cls === 1).length, `of pressing on after a request (${[...pressingCategories(doc)].join(', ')})`, '请求后继续施压'],
        [rows.filter((r) => r.cls === 0).length, 'of acceptable answers to a request (answersRequest)', '合规回应请求（answersRequest）'],
      ] as const;
      for (const [n, what, zh] of kinds) {
        if (n < MIN_EXAMPLES) out.push(issue(childPtr(at, 'minConfidence'), 'qa.learned-few-examples', `reading what follows a request needs at least ${MIN_EXAMPLES} examples ${what}; the ruleset has ${n}`, `识别请求后的回应需要至少 ${MIN_EXAMPLES} 条${zh}的示例，目前只有 ${n} 条`));
      }
    }
    if (rule.type === 'metadata' && rule.metric !== undefined) {
      const field = rule.metric === 'start-hour' ? 'permittedHours' : 'max';
      if (rule[field] === undefined) out.push(issue(childPtr(at, field), 'qa.rule-incomplete', `a ${rule.metric} check needs ${field}`, `${rule.metric} 检查需要 ${field}`));
    }
    const refs: Array<[string[] | undefined, Array<string | number>]> = [
      [rule.lexicons, ['lexicons']], [rule.first?.lexicons, ['first', 'lexicons']], [rule.then?.lexicons, ['then', 'lexicons']],
      [rule.trigger?.lexicons, ['trigger', 'lexicons']], [rule.forbiddenAfter?.lexicons, ['forbiddenAfter', 'lexicons']], [rule.except?.lexicons, ['except', 'lexicons']],
    ];
    rule.near?.forEach((n, k) => refs.push([n.lexicons, ['near', k, 'lexicons']]));
    // Intents are what a debtor means: they can trigger a rule, nothing else reads them.
    for (const key of ['first', 'then', 'forbiddenAfter'] as const) {
      if (rule[key]?.intents) out.push(issue(childPtr(at, key, 'intents'), 'qa.intents-trigger-only', `intents can only trigger a rule (trigger.intents), not be its ${key}`, `意图只能用作触发条件（trigger.intents）`));
    }
    rule.trigger?.intents?.forEach((intent, j) => {
      if (!KNOWN_INTENTS.has(intent)) out.push(issue(childPtr(at, 'trigger', 'intents', j), 'qa.unknown-intent', `'${intent}' is not an intent the built-in NLU knows (${[...KNOWN_INTENTS].join(', ')})`, `内置语义识别没有意图 '${intent}'`));
    });
    rule.supersedes?.forEach((id, j) => {
      const other = doc.rules.find((r) => r.id === id);
      const ptr = childPtr(at, 'supersedes', j);
      if (!other || other === rule) out.push(issue(ptr, 'qa.unknown-rule', `no other rule with id '${id}'`, `找不到 id 为 '${id}' 的其他规则`));
      // Rules that replace each other would leave a sentence they both read with no finding at all.
      else if (supersedesReaches(doc, id, rule.id)) out.push(issue(ptr, 'qa.supersedes-cycle', `'${id}' supersedes '${rule.id}' in turn, so a sentence both read would be reported by neither`, `'${id}' 又取代 '${rule.id}'：两者都识别出的句子将不被任何规则报告`));
    });
    for (const [ids, path] of refs) {
      (ids ?? []).forEach((id, j) => {
        if (!lexicons.has(id)) out.push(issue(childPtr(at, ...path, j), 'qa.unknown-lexicon', `no lexicon with id '${id}'`, `找不到 id 为 '${id}' 的词库`));
      });
    }
  });

  if (doc.scorecard.passMark > doc.scorecard.start) {
    out.push(issue('/scorecard/passMark', 'qa.pass-mark-unreachable', `pass mark ${doc.scorecard.passMark} is above the starting ${doc.scorecard.start} points: no call can pass`, `及格线 ${doc.scorecard.passMark} 高于起始分 ${doc.scorecard.start}：任何通话都无法通过`));
  }
  return out;
}

/** Does rule `from` supersede rule `to`, directly or through rules it supersedes? */
function supersedesReaches(doc: QaRulesetDocument, from: string, to: string): boolean {
  const seen = new Set<string>();
  const walk = (id: string): boolean => {
    if (id === to) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return (doc.rules.find((r) => r.id === id)?.supersedes ?? []).some(walk);
  };
  return walk(from);
}
