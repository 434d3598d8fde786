/** Checks that several node kinds share. */
import type { DocumentKind } from '../../../schemas/index.ts';
import { childPtr, issue, type Issue } from '../../errors.ts';
import { checkExpression } from '../../expr/index.ts';
import type { FlowCheckContext } from './types.ts';

/** Branch ids within one node must be unique: each is an edge's sourceHandle. */
export function uniqueIds(items: ReadonlyArray<{ id: string }>, at: string, list: string): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      out.push(issue(childPtr(at, list, i, 'id'), 'flow.duplicate-branch-id', `branch id '${item.id}' is used twice in this node`, `分支 id '${item.id}' 在本节点中重复`));
    }
    seen.add(item.id);
  });
  return out;
}

export function expr(src: string, ctx: FlowCheckContext, ...path: Array<string | number>): Issue[] {
  return checkExpression(src, ctx.scope, childPtr(ctx.at, ...path));
}

export function caseField(field: string, ctx: FlowCheckContext, ...path: Array<string | number>): Issue[] {
  if (ctx.scope.case.has(field)) return [];
  return [issue(childPtr(ctx.at, ...path), 'flow.unknown-case-field', `'${field}' is not a case field; declare it in the flow's caseFields`, `'${field}' 不是案件字段；请在流程的 caseFields 中声明`)];
}

const KIND_ZH: Record<DocumentKind, string> = { flow: '流程', dialog: '话术', 'qa-ruleset': '质检规则集', policy: '联络策略' };

/** With a resolver, a reference to another document must name one that exists. */
export function reference(kind: DocumentKind, id: string, ctx: FlowCheckContext, ...path: Array<string | number>): Issue[] {
  if (!ctx.resolve || ctx.resolve(kind, id) !== undefined) return [];
  return [issue(childPtr(ctx.at, ...path), 'ref.unresolved', `no ${kind} document with id '${id}'`, `找不到 id 为 '${id}' 的${KIND_ZH[kind]}`)];
}

const TEMPLATE_VAR = /\{\{\s*([^}]*?)\s*\}\}/g;

/** `{{case.field}}` and `{{vars.name}}` in message templates must name known fields. */
export function templateVariables(text: string, ctx: FlowCheckContext, ...path: Array<string | number>): Issue[] {
  const out: Issue[] = [];
  for (const m of text.matchAll(TEMPLATE_VAR)) {
    const [root, name, ...rest] = (m[1] ?? '').split('.');
    const known = rest.length === 0 && name !== undefined && ((root === 'case' && ctx.scope.case.has(name)) || (root === 'vars' && ctx.scope.vars.has(name)));
    if (!known) {
      out.push(issue(childPtr(ctx.at, ...path), 'flow.unknown-template-variable', `unknown template variable '{{${m[1]}}}': use {{case.<field>}} or {{vars.<name>}}`, `未知模板变量 '{{${m[1]}}}'：请使用 {{case.<字段>}} 或 {{vars.<变量>}}`));
    }
  }
  return out;
}
