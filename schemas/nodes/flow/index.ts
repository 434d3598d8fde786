// Every flow node kind's schema, one file per kind. Adding a kind: add its file here and to node.schema.json.
import start from './start.schema.json' with { type: 'json' };
import aging from './aging.schema.json' with { type: 'json' };
import segment from './segment.schema.json' with { type: 'json' };
import scorecard from './scorecard.schema.json' with { type: 'json' };
import decisionTable from './decision-table.schema.json' with { type: 'json' };
import split from './split.schema.json' with { type: 'json' };
import condition from './condition.schema.json' with { type: 'json' };
import set from './set.schema.json' with { type: 'json' };
import sms from './sms.schema.json' with { type: 'json' };
import botCall from './bot-call.schema.json' with { type: 'json' };
import agentCall from './agent-call.schema.json' with { type: 'json' };
import agencyPlacement from './agency-placement.schema.json' with { type: 'json' };
import legal from './legal.schema.json' with { type: 'json' };
import wait from './wait.schema.json' with { type: 'json' };
import qaCheck from './qa-check.schema.json' with { type: 'json' };
import end from './end.schema.json' with { type: 'json' };
import node from './node.schema.json' with { type: 'json' };

export const FLOW_NODE_KINDS = ['start', 'aging', 'segment', 'scorecard', 'decision-table', 'split', 'condition', 'set', 'sms', 'bot-call', 'agent-call', 'agency-placement', 'legal', 'wait', 'qa-check', 'end'] as const;
export type FlowNodeKind = (typeof FLOW_NODE_KINDS)[number];

export const flowNodeSchemas: readonly object[] = [start, aging, segment, scorecard, decisionTable, split, condition, set, sms, botCall, agentCall, agencyPlacement, legal, wait, qaCheck, end, node];
