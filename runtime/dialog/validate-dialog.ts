/**
 * Semantic validation of a dialog: graph shape, intents and slots referenced, translations, template
 * variables, barge-in on disclosures, and the static disclosure-safety analysis.
 */
import type { DialogDocument } from '../../schemas/generated/types.ts';
import { childPtr, issue, type Issue } from '../errors.ts';
import { validateGraph } from '../graph/validate-graph.ts';
import { STANDARD_CASE_FIELDS } from '../flow/scope.ts';
import type { ValidateOptions } from '../validate/types.ts';
import { dialogSpecOf } from './nodes/index.ts';
import type { AnyDialogNode } from './nodes/types.ts';
import { checkDisclosureSafety } from './safety.ts';
import { compileRuleset } from '../qa/inspector.ts';
import { lintPrompts } from '../qa/lint-prompts.ts';

const TEMPLATE_VAR = /\{\{\s*([^}]*?)\s*\}\}/g;
/** Values a prompt may use besides case fields and slots. */
const BUILT_IN_VARIABLES = new Set(['callbackNumber', 'today']);

export function validateDialogSemantics(dialog: DialogDocument, options: ValidateOptions): Issue[] {
  const nodes = dialog.nodes as AnyDialogNode[];
  const issues = validateGraph({ nodes, edges: dialog.edges }, {
    handlesOf: (n) => dialogSpecOf(n).handles(n.data as never),
    isEntry: (n) => n.type === 'start',
    extraRoots: (dialog.globalIntents ?? []).flatMap((g) => (g.target ? [g.target] : [])),
  });
  const intents = new Set(dialog.intents.map((i) => i.id));
  const slots = new Set((dialog.slots ?? []).map((s) => s.id));
  const nodeIds = new Set(nodes.map((n) => n.id));
  const unknownIntent = (id: string, at: string) => (intents.has(id) ? [] : [issue(at, 'dialog.unknown-intent', `intent '${id}' is not declared in intents`, `意图 '${id}' 未在 intents 中声明`)]);

  nodes.forEach((node, i) => {
    const at = childPtr('', 'nodes', i, 'data');
    if (node.type === 'ask') node.data.intents.forEach((id, j) => issues.push(...unknownIntent(id, childPtr(at, 'intents', j))));
    if (node.type === 'collect' && !slots.has(node.data.slot)) {
      issues.push(issue(childPtr(at, 'slot'), 'dialog.unknown-slot', `slot '${node.data.slot}' is not declared in slots`, `槽位 '${node.data.slot}' 未在 slots 中声明`));
    }
    for (const { path, prompt } of dialogSpecOf(node).prompts(node.data as never)) {
      const promptAt = childPtr(at, ...path);
      for (const lang of dialog.languages) {
        if (!prompt.text[lang]) issues.push(issue(childPtr(promptAt, 'text', lang), 'dialog.missing-translation', `prompt has no ${lang} text`, `提示语缺少 ${lang} 文本`));
      }
      for (const [lang, text] of Object.entries(prompt.text)) issues.push(...templateVariables(text, slots, childPtr(promptAt, 'text', lang)));
      if (prompt.topic === 'disclosure' && prompt.bargeIn) {
        issues.push(issue(childPtr(promptAt, 'bargeIn'), 'dialog.disclosure-interruptible', 'a disclosure must play to the end: set bargeIn to false', '法定告知必须完整播放：请将 bargeIn 设为 false'));
      }
    }
  });

  (dialog.globalIntents ?? []).forEach((g, i) => {
    const at = childPtr('', 'globalIntents', i);
    issues.push(...unknownIntent(g.intent, childPtr(at, 'intent')));
    if (g.action === 'goto' && (!g.target || !nodeIds.has(g.target))) {
      issues.push(issue(childPtr(at, 'target'), 'dialog.bad-goto', `a goto handler needs the id of an existing node`, `跳转处理须指向已存在的节点`));
    }
  });
  dialog.intents.forEach((intent, i) => {
    for (const s of intent.slots ?? []) if (!slots.has(s)) issues.push(issue(childPtr('', 'intents', i, 'slots'), 'dialog.unknown-slot', `slot '${s}' is not declared in slots`, `槽位 '${s}' 未在 slots 中声明`));
  });
  const linted = options.qaRuleset ? lintPrompts(dialog, compileRuleset(options.qaRuleset)) : [];
  return [...issues, ...checkDisclosureSafety(dialog), ...linted];
}

function templateVariables(text: string, slots: ReadonlySet<string>, at: string): Issue[] {
  const out: Issue[] = [];
  for (const m of text.matchAll(TEMPLATE_VAR)) {
    const [root, name, ...rest] = (m[1] ?? '').split('.');
    const ok = rest.length === 0 && name !== undefined
      ? (root === 'case' && STANDARD_CASE_FIELDS.has(name)) || (root === 'slots' && slots.has(name))
      : name === undefined && BUILT_IN_VARIABLES.has(root ?? '');
    if (!ok) out.push(issue(at, 'dialog.unknown-variable', `unknown variable '{{${m[1]}}}': use {{case.<field>}}, {{slots.<slot>}} or {{callbackNumber}}`, `未知变量 '{{${m[1]}}}'：请使用 {{case.<字段>}}、{{slots.<槽位>}} 或 {{callbackNumber}}`));
  }
  return out;
}
