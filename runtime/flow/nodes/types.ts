/**
 * The contract every flow node kind implements, one file per kind in this folder. Validation
 * uses `handles` and `validate`; the engine adds its own part in the same file.
 */
import type {
  AgencyPlacementNode, AgentCallNode, AgingNode, BotCallNode, ConditionNode, DecisionTableNode, EndNode, FlowDocument,
  LegalNode, QaCheckNode, ScorecardNode, SegmentNode, SetNode, SmsNode, SplitNode, StartNode, WaitNode,
} from '../../../schemas/generated/types.ts';
import type { FlowNodeKind } from '../../../schemas/nodes/flow/index.ts';
import type { Issue } from '../../errors.ts';
import type { ExprScope } from '../../expr/index.ts';
import type { HandleSpec } from '../../graph/validate-graph.ts';
import type { Resolver } from '../../validate/types.ts';
import type { BranchOf, NodeRunner } from '../engine-types.ts';

export type AnyFlowNode =
  | StartNode | AgingNode | SegmentNode | ScorecardNode | DecisionTableNode | SplitNode | ConditionNode | SetNode
  | SmsNode | BotCallNode | AgentCallNode | AgencyPlacementNode | LegalNode | WaitNode | QaCheckNode | EndNode;

// The generated node types and the schema's list of kinds must name the same kinds.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const kindsAgree: Same<AnyFlowNode['type'], FlowNodeKind> = true;

export type NodeOf<K extends FlowNodeKind> = Extract<AnyFlowNode, { type: K }>;

export interface FlowCheckContext {
  doc: FlowDocument;
  scope: ExprScope;
  resolve?: Resolver;
  /** Pointer to the node's `data`. */
  at: string;
}

export interface FlowNodeSpec<K extends FlowNodeKind> {
  /** The branch keys (edge sourceHandles) this node has, given its data. */
  handles(data: NodeOf<K>['data']): HandleSpec;
  /** Kind-specific checks beyond the schema. */
  validate?(data: NodeOf<K>['data'], ctx: FlowCheckContext): Issue[];
  /** Variables this node writes (so conditions downstream may read them). */
  writes?(data: NodeOf<K>['data']): string[];
  /**
   * The engine part: compiles the node once (conditions included) into what runs per case.
   * `branch(handle)` gives the constant, linked result for a branch; return it when no value goes with it.
   */
  prepare(data: NodeOf<K>['data'], id: string, branch: BranchOf): NodeRunner;
}

/** Contact nodes may route a contact the policy forbids to an optional `blocked` branch. */
export const BLOCKED = 'blocked';
