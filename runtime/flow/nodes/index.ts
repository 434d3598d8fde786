import type { FlowNodeKind } from '../../../schemas/nodes/flow/index.ts';
import { agencyPlacement } from './agency-placement.ts';
import { agentCall } from './agent-call.ts';
import { aging } from './aging.ts';
import { botCall } from './bot-call.ts';
import { condition } from './condition.ts';
import { decisionTable } from './decision-table.ts';
import { end } from './end.ts';
import { legal } from './legal.ts';
import { qaCheck } from './qa-check.ts';
import { scorecard } from './scorecard.ts';
import { segment } from './segment.ts';
import { set } from './set.ts';
import { sms } from './sms.ts';
import { split } from './split.ts';
import { start } from './start.ts';
import { wait } from './wait.ts';
import type { AnyFlowNode, FlowNodeSpec } from './types.ts';

/** One spec per flow node kind; forgetting a kind is a compile error. */
export const flowNodeSpecs = {
  start, aging, segment, scorecard, 'decision-table': decisionTable, split, condition, set, sms,
  'bot-call': botCall, 'agent-call': agentCall, 'agency-placement': agencyPlacement, legal, wait, 'qa-check': qaCheck, end,
} satisfies { [K in FlowNodeKind]: FlowNodeSpec<K> };

/** Looks up a node's spec with its data type preserved. */
export function specOf<N extends AnyFlowNode>(node: N): FlowNodeSpec<N['type']> {
  return flowNodeSpecs[node.type] as unknown as FlowNodeSpec<N['type']>;
}
