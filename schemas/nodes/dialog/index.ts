// Every dialog node kind's schema, one file per kind. Adding a kind: add its file here and to node.schema.json.
import start from './start.schema.json' with { type: 'json' };
import say from './say.schema.json' with { type: 'json' };
import ask from './ask.schema.json' with { type: 'json' };
import collect from './collect.schema.json' with { type: 'json' };
import verify from './verify.schema.json' with { type: 'json' };
import transfer from './transfer.schema.json' with { type: 'json' };
import end from './end.schema.json' with { type: 'json' };
import node from './node.schema.json' with { type: 'json' };

export const DIALOG_NODE_KINDS = ['start', 'say', 'ask', 'collect', 'verify', 'transfer', 'end'] as const;
export type DialogNodeKind = (typeof DIALOG_NODE_KINDS)[number];

export const dialogNodeSchemas: readonly object[] = [start, say, ask, collect, verify, transfer, end, node];
