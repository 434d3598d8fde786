/**
 * compile(flow) → Plan: validates the flow once, compiles every node (conditions included) into a
 * runner, and links branches to their target nodes so a step follows pointers, not lookups.
 */
import type { FlowDocument, PolicyDocument } from '../../schemas/generated/types.ts';
import { DocumentError, issue } from '../errors.ts';
import { compilePolicy } from '../policy/index.ts';
import { validateDocument, type Resolver } from '../validate/index.ts';
import { specOf } from './nodes/index.ts';
import type { AnyFlowNode } from './nodes/types.ts';
import type { Branch, NodeRuntime, Plan } from './engine-types.ts';

/** The node kinds that only decide (routing and the designer's preview run these alone). */
const DECISION_KINDS: ReadonlySet<string> = new Set(['start', 'aging', 'segment', 'scorecard', 'decision-table', 'split', 'condition', 'set']);

export interface CompileOptions {
  /** Looks up the flow's policy (and, for validation, its dialogs and rulesets). */
  resolve?: Resolver;
  /** The version cases get pinned to (e.g. the approved version's content hash). */
  version?: string;
  /** Record a trace of every node, condition and guardrail (costs allocation per step). */
  trace?: boolean;
  /** Check that every reference (dialogs, rulesets) resolves; the policy always must. Default true. */
  checkReferences?: boolean;
}

export function compile(flow: FlowDocument, options: CompileOptions = {}): Plan {
  const checkRefs = options.checkReferences !== false && options.resolve;
  const result = validateDocument(flow, checkRefs ? { resolve: options.resolve } : {});
  if (!result.valid) throw new DocumentError(result.issues, `flow '${String((flow as { id?: unknown }).id)}' is invalid`);

  let policy: PolicyDocument | undefined;
  if (flow.policyId !== undefined) {
    policy = options.resolve?.('policy', flow.policyId) as PolicyDocument | undefined;
    if (!policy) {
      throw new DocumentError([issue('/policyId', 'ref.unresolved', `the flow's policy '${flow.policyId}' was not given: no contact may run without it`, `未提供流程的联络策略 '${flow.policyId}'：没有策略不得联络`)]);
    }
  }

  const nodes = new Map<string, NodeRuntime>();
  const branches: Array<{ branch: Branch; from: string }> = [];
  for (const node of flow.nodes as AnyFlowNode[]) {
    const branchOf = (handle: string): Branch => {
      const branch = { next: handle, to: undefined };
      branches.push({ branch, from: node.id });
      return branch;
    };
    nodes.set(node.id, { id: node.id, type: node.type, data: node.data, decides: DECISION_KINDS.has(node.type), out: {}, run: specOf(node).prepare(node.data as never, node.id, branchOf) });
  }
  for (const e of flow.edges) nodes.get(e.source)!.out[e.sourceHandle] = nodes.get(e.target);
  for (const { branch, from } of branches) branch.to = nodes.get(from)!.out[branch.next];

  const initialVars: Record<string, unknown> = {};
  for (const v of flow.variables ?? []) initialVars[v.name] = v.default ?? null;

  return {
    flow,
    version: options.version ?? flow.id,
    start: [...nodes.values()].find((n) => n.type === 'start')!,
    nodes,
    policy: policy ? compilePolicy(policy) : null,
    trace: options.trace ?? false,
    initialVars,
  };
}
