/**
 * The flow engine's data: the run state (one versioned JSON value), events in, effects and trace
 * out, and the contract a node kind's runtime part implements.
 */
import type { Case, FlowDocument } from '../../schemas/generated/types.ts';
import type { CompiledPolicy, ContactDecision, LedgerEntry } from '../policy/index.ts';

export const STATE_VERSION = 1;

export type Waiting =
  | { kind: 'outcome'; node: string; key: string; channel?: 'voice' | 'sms'; phone?: string }
  | { kind: 'timer'; node: string; key: string; until: string; purpose: 'wait' | 'retry' | 'term' }
  | { kind: 'event'; node: string; event: string; key: string; until: string };

export interface RunState {
  version: typeof STATE_VERSION;
  flowId: string;
  /** The flow version the case is pinned to. */
  flowVersion: string;
  caseId: string;
  case: Case;
  status: 'waiting' | 'ended';
  waiting?: Waiting;
  vars: Record<string, unknown>;
  tags: string[];
  /** How many times each node has run for this case (idempotency keys count on it). */
  attempts: Record<string, number>;
  ledger: LedgerEntry[];
  placement?: { agencyId: string; node: string; key: string };
  outcome?: string;
  updatedAt: string;
}

export type FlowEvent =
  | { type: 'start'; case: Case }
  | { type: 'outcome'; value: string; key?: string }
  | { type: 'timer'; key: string }
  | { type: 'payment'; amount: number }
  | { type: 'flag'; flag: string }
  | { type: 'signal'; name: string }
  | { type: 'agency-violation'; agencyId: string };

export type EffectType = 'send-sms' | 'place-bot-call' | 'queue-agent-call' | 'place-with-agency' | 'recall-placement' | 'refer-legal' | 'run-qa' | 'set-timer' | 'cancel';

export interface Effect {
  type: EffectType;
  /** Idempotency key: case, node and attempt. A host that sees a key twice sends once. */
  key: string;
  caseId: string;
  node: string;
  at: string;
  [payload: string]: unknown;
}

export type TraceEntry =
  | { node: string; type: string; handle?: string; value?: unknown; note?: string }
  | { node: string; type: string; guard: ContactDecision };

export interface StepResult {
  state: RunState;
  effects: Effect[];
  trace: TraceEntry[];
  /** Set when the event did not apply to the state (it is left unchanged). */
  rejected?: { code: string; message: string };
}

/** What a node's runtime part decides: follow a branch, wait, or end the run. */
export type NodeResult =
  | { next: string; value?: unknown; to?: NodeRuntime }
  | { wait: Waiting; effects?: Effect[] }
  | { end: string };

export interface NodeContext {
  plan: Plan;
  state: RunState;
  now: number;
  nowIso: string;
  effects: Effect[];
  trace: TraceEntry[] | null;
  /** The idempotency key of this node's current attempt. */
  readonly key: string;
}

export type NodeRunner = (ctx: NodeContext) => NodeResult;

/**
 * A node's constant result for one branch, made once when the node is prepared. Compile sets `to`
 * to the branch's target once every node exists, so following it is a pointer, not a lookup.
 */
export interface Branch {
  readonly next: string;
  to: NodeRuntime | undefined;
}
export type BranchOf = (handle: string) => Branch;

export interface NodeRuntime {
  id: string;
  type: string;
  run: NodeRunner;
  /** A decision node reads the case and variables only: no effect, no wait (routing runs these alone). */
  decides: boolean;
  /** Target node per branch key, linked once at compile time. */
  out: Record<string, NodeRuntime | undefined>;
  data: unknown;
}

export interface Plan {
  flow: FlowDocument;
  version: string;
  start: NodeRuntime;
  nodes: ReadonlyMap<string, NodeRuntime>;
  policy: CompiledPolicy | null;
  trace: boolean;
  /** Variables' initial values. */
  initialVars: Readonly<Record<string, unknown>>;
}
