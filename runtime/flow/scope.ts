/** What CEL conditions in a flow may name: standard case fields, declared fields and variables. */
import caseSchema from '../../schemas/case.schema.json' with { type: 'json' };
import type { FlowDocument } from '../../schemas/generated/types.ts';
import type { ExprScope } from '../expr/index.ts';
import { specOf } from './nodes/index.ts';
import type { AnyFlowNode } from './nodes/types.ts';

export const STANDARD_CASE_FIELDS: ReadonlySet<string> = new Set(Object.keys(caseSchema.properties));

export function flowScope(doc: FlowDocument): ExprScope {
  const vars = new Set((doc.variables ?? []).map((v) => v.name));
  for (const node of doc.nodes as AnyFlowNode[]) for (const name of specOf(node).writes?.(node.data as never) ?? []) vars.add(name);
  return {
    case: new Set([...STANDARD_CASE_FIELDS, ...(doc.caseFields ?? []).map((f) => f.name)]),
    vars,
  };
}
