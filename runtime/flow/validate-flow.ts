/**
 * Semantic validation of a flow: the graph's shape (through validateGraph, with each node kind's
 * branches), each kind's own rules, expressions and references. Never mutates the document.
 */
import type { FlowDocument } from '../../schemas/generated/types.ts';
import { childPtr, issue, type Issue } from '../errors.ts';
import { validateGraph } from '../graph/validate-graph.ts';
import type { ValidateOptions } from '../validate/types.ts';
import { reference } from './nodes/checks.ts';
import { specOf } from './nodes/index.ts';
import type { AnyFlowNode, FlowCheckContext } from './nodes/types.ts';
import { flowScope, STANDARD_CASE_FIELDS } from './scope.ts';

export function validateFlowSemantics(doc: FlowDocument, options: ValidateOptions): Issue[] {
  const nodes = doc.nodes as AnyFlowNode[];
  const issues = validateGraph({ nodes, edges: doc.edges }, {
    handlesOf: (n) => specOf(n).handles(n.data as never),
    isEntry: (n) => n.type === 'start',
    breaksCycle: (n) => n.type === 'wait',
  });
  const scope = flowScope(doc);
  const base = { doc, scope, resolve: options.resolve };
  nodes.forEach((node, i) => {
    const ctx: FlowCheckContext = { ...base, at: childPtr('', 'nodes', i, 'data') };
    issues.push(...(specOf(node).validate?.(node.data as never, ctx) ?? []));
  });
  if (doc.policyId !== undefined) issues.push(...reference('policy', doc.policyId, { ...base, at: '' }, 'policyId'));
  issues.push(...declarations(doc));
  return issues;
}

/** Declared names must be unique and must not shadow a standard case field. */
function declarations(doc: FlowDocument): Issue[] {
  const out: Issue[] = [];
  for (const list of ['caseFields', 'variables'] as const) {
    const seen = new Set<string>();
    (doc[list] ?? []).forEach((d, i) => {
      const at = childPtr('', list, i, 'name');
      if (seen.has(d.name)) out.push(issue(at, 'flow.duplicate-declaration', `'${d.name}' is declared twice`, `'${d.name}' 重复声明`));
      if (list === 'caseFields' && STANDARD_CASE_FIELDS.has(d.name)) {
        out.push(issue(at, 'flow.redeclared-case-field', `'${d.name}' is a standard case field already`, `'${d.name}' 已是标准案件字段`));
      }
      seen.add(d.name);
    });
  }
  return out;
}
