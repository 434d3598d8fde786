/**
 * step(plan, state, event, now) → { state, effects, trace }: the whole flow engine, pure. It never
 * sends, dials or sleeps: effects are data for a host to carry out and report back as events.
 */
import type { Case } from '../../schemas/generated/types.ts';
import type { LedgerEntry } from '../policy/index.ts';
import { ExprEvalError } from '../expr/index.ts';
import { STATE_VERSION, type FlowEvent, type NodeContext, type NodeRuntime, type Plan, type RunState, type StepResult, type TraceEntry } from './engine-types.ts';

/** The trace of a plan compiled without one: shared, and frozen so that nobody adds to it. */
const NO_TRACE = Object.freeze([]) as unknown as TraceEntry[];
/** Far more nodes than any loop-free path can have: a guard, since validation forbids loops without a wait. */
const MAX_NODES_PER_STEP = 10_000;
/** Call outcomes that mean nobody was reached (the rest were conversations, for the guardrails). */
const NOT_REACHED: Record<string, LedgerEntry['outcome']> = { no_answer: 'no_answer', busy: 'busy', voicemail: 'voicemail', not_in_service: 'not_in_service', wrong_number: 'wrong_party', failed: 'no_answer' };

export function startRun(plan: Plan, c: Case, now: string): StepResult {
  return step(plan, null, { type: 'start', case: c }, now);
}

/** The last instant parsed: a portfolio run steps every case at the same `now`. */
let lastNow = '';
let lastNowMs = NaN;

export function step(plan: Plan, prior: RunState | null, event: FlowEvent, now: string): StepResult {
  if (now !== lastNow) {
    lastNowMs = Date.parse(now);
    lastNow = now;
  }
  const nowMs = lastNowMs;
  if (Number.isNaN(nowMs)) throw new RangeError(`'${now}' is not an ISO instant`);
  if (event.type === 'start') {
    // The state keeps the case it was given: no step changes it in place (copyState comes first).
    const state: RunState = {
      version: STATE_VERSION, flowId: plan.flow.id, flowVersion: plan.version, caseId: event.case.id, case: event.case,
      status: 'waiting', vars: { ...plan.initialVars }, tags: [], attempts: {}, ledger: [], updatedAt: now,
    };
    return advance(plan, state, plan.start, nowMs, now);
  }
  if (!prior) return reject(prior, 'flow.no-state', `a ${event.type} event needs the case's run state; start the run first`);
  if (prior.flowVersion !== plan.version) return reject(prior, 'flow.version-mismatch', `the case is pinned to version ${prior.flowVersion}, not ${plan.version}`);
  if (prior.status === 'ended') return reject(prior, 'flow.ended', `the run has ended (${prior.outcome})`);
  const state = copyState(prior);
  state.updatedAt = now;
  const w = state.waiting;

  switch (event.type) {
    case 'payment': {
      state.case.balance = Math.max(0, state.case.balance - event.amount);
      if (w?.kind === 'event' && w.event === 'payment') return resume(plan, state, w.node, 'event', nowMs, now);
      if (state.case.balance <= 0) return finish(plan, state, 'resolved', now, 'payment cleared the balance');
      return { state, effects: [], trace: plan.trace ? [{ node: w?.node ?? '', type: 'payment', value: event.amount }] : [] };
    }
    case 'flag': {
      state.case.flags = [...new Set([...(state.case.flags ?? []), event.flag])] as Case['flags'];
      // A cease flag stops collection at once: the run ends and pending contacts and timers are cancelled.
      if (plan.policy?.policy.ceaseFlags.includes(event.flag as never)) return finish(plan, state, 'ceased', now, `flag ${event.flag}`);
      return { state, effects: [], trace: plan.trace ? [{ node: w?.node ?? '', type: 'flag', value: event.flag }] : [] };
    }
    case 'outcome': {
      if (w?.kind !== 'outcome' || (event.key !== undefined && event.key !== w.key)) return reject(prior, 'flow.unexpected-outcome', `the case is not waiting for ${event.key ? `outcome ${event.key}` : 'an outcome'}`);
      if (w.channel) state.ledger.push(ledgerEntry(w.channel, w.phone, event.value, now, state));
      const node = plan.nodes.get(w.node)!;
      const handle = event.value in node.out ? event.value : 'other' in node.out ? 'other' : undefined;
      if (!handle) return reject(prior, 'flow.unknown-outcome', `node '${w.node}' has no branch for outcome '${event.value}'`);
      return resume(plan, state, w.node, handle, nowMs, now);
    }
    case 'timer': {
      if ((w?.kind !== 'timer' && w?.kind !== 'event') || w.key !== event.key) return reject(prior, 'flow.unexpected-timer', `no timer ${event.key} is pending`);
      if (w.kind === 'event') return resume(plan, state, w.node, 'timeout', nowMs, now);
      if (w.purpose === 'retry') return advance(plan, state, plan.nodes.get(w.node)!, nowMs, now);
      if (w.purpose === 'term') delete state.placement;
      return resume(plan, state, w.node, w.purpose === 'term' ? 'returned' : 'done', nowMs, now);
    }
    case 'signal': {
      if (w?.kind !== 'event' || w.event !== event.name) return reject(prior, 'flow.unexpected-signal', `the case is not waiting for '${event.name}'`);
      return resume(plan, state, w.node, 'event', nowMs, now);
    }
    case 'agency-violation': {
      const p = state.placement;
      if (!p || p.agencyId !== event.agencyId) return { state: prior, effects: [], trace: [] };
      delete state.placement;
      const recall = { type: 'recall-placement' as const, key: `${p.key}:recall`, caseId: state.caseId, node: p.node, at: now, agencyId: p.agencyId, reason: 'confirmed violation' };
      const next = resume(plan, state, p.node, 'recalled', nowMs, now);
      next.effects.unshift(recall);
      return next;
    }
  }
}

function resume(plan: Plan, state: RunState, nodeId: string, handle: string, nowMs: number, now: string): StepResult {
  delete state.waiting;
  const trace = plan.trace ? [{ node: nodeId, type: plan.nodes.get(nodeId)!.type, handle }] : [];
  const target = plan.nodes.get(nodeId)!.out[handle];
  const next = target ? advance(plan, state, target, nowMs, now) : finish(plan, state, 'error:dangling-branch', now);
  if (trace.length) next.trace = target ? [...trace, ...next.trace] : trace;
  return next;
}

/** What a node sees; its idempotency key is built only by the nodes that emit an effect. */
class RunContext implements NodeContext {
  readonly effects: NodeContext['effects'] = [];
  readonly trace: NodeContext['trace'];
  private node = '';
  private attempt = 0;
  private cachedKey: string | null = null;

  constructor(readonly plan: Plan, readonly state: RunState, readonly now: number, readonly nowIso: string) {
    this.trace = plan.trace ? [] : null;
  }

  at(node: string, attempt: number): void {
    this.node = node;
    this.attempt = attempt;
    this.cachedKey = null;
  }

  get key(): string {
    return (this.cachedKey ??= `${this.state.caseId}:${this.node}:${this.attempt}`);
  }
}

/** Runs nodes from `from` until one waits or the run ends. */
function advance(plan: Plan, state: RunState, from: NodeRuntime, nowMs: number, now: string): StepResult {
  const ctx = new RunContext(plan, state, nowMs, now);
  let node: NodeRuntime | undefined = from;
  for (let i = 0; node && i < MAX_NODES_PER_STEP; i++) {
    const attempt = (state.attempts[node.id] ?? 0) + 1;
    state.attempts[node.id] = attempt;
    ctx.at(node.id, attempt);
    let r;
    try {
      r = node.run(ctx);
    } catch (err) {
      // A condition that cannot be evaluated for this case (a missing field in arithmetic) stops
      // this case's run, with the reason; it never takes the portfolio down.
      if (!(err instanceof ExprEvalError)) throw err;
      ctx.trace?.push({ node: node.id, type: node.type, note: `expression error: ${err.message}` });
      return { state: end(state, 'error:expression'), effects: ctx.effects, trace: ctx.trace ?? [], rejected: { code: 'flow.expression-error', message: `node '${node.id}': ${err.message}` } };
    }
    if ('next' in r) {
      if (ctx.trace) {
        const entry: Extract<TraceEntry, { value?: unknown }> = { node: node.id, type: node.type, handle: r.next };
        if (r.value !== undefined) entry.value = r.value;
        ctx.trace.push(entry);
      }
      const target: NodeRuntime | undefined = r.to ?? node.out[r.next];
      // A cease ends the run whatever the canvas says; another denial without a `blocked` branch ends it too.
      if (!target || r.value === 'ceased') return { state: end(state, r.next === 'blocked' ? String(r.value ?? 'blocked') : `error:no-branch-${r.next}`), effects: ctx.effects, trace: ctx.trace ?? NO_TRACE };
      node = target;
      continue;
    }
    ctx.trace?.push('end' in r ? { node: node.id, type: node.type, value: r.end } : { node: node.id, type: node.type, note: `waits (${r.wait.kind})` });
    if ('end' in r) return { state: end(state, r.end), effects: ctx.effects, trace: ctx.trace ?? NO_TRACE };
    state.status = 'waiting';
    state.waiting = r.wait;
    if (r.effects) for (const e of r.effects) ctx.effects.push(e);
    return { state, effects: ctx.effects, trace: ctx.trace ?? NO_TRACE };
  }
  return { state: end(state, 'error:step-limit'), effects: ctx.effects, trace: ctx.trace ?? NO_TRACE };
}

function finish(plan: Plan, state: RunState, outcome: string, now: string, note?: string): StepResult {
  const w = state.waiting;
  const effects = w && (w.kind === 'timer' || w.kind === 'event' || (w.kind === 'outcome' && isContact(plan, w.node))) ? [cancel(state, w.node, w.key, now)] : [];
  const entry: Extract<TraceEntry, { value?: unknown }> = { node: w?.node ?? '', type: 'end', value: outcome };
  if (note) entry.note = note;
  return { state: end(state, outcome), effects, trace: plan.trace ? [entry] : [] };
}

/**
 * A copy deep enough for step to stay pure: step replaces (never mutates) the case's nested
 * values, ledger entries and the waiting and placement records, so those are shared.
 */
function copyState(s: RunState): RunState {
  return { ...s, case: { ...s.case }, vars: { ...s.vars }, tags: [...s.tags], attempts: { ...s.attempts }, ledger: [...s.ledger] };
}

function end(state: RunState, outcome: string): RunState {
  state.status = 'ended';
  state.outcome = outcome;
  delete state.waiting;
  return state;
}

function reject(state: RunState | null, code: string, message: string): StepResult {
  return { state: state as RunState, effects: [], trace: [], rejected: { code, message } };
}

function cancel(state: RunState, node: string, key: string, now: string) {
  return { type: 'cancel' as const, key: `${key}:cancel`, cancels: key, caseId: state.caseId, node, at: now };
}

function isContact(plan: Plan, nodeId: string): boolean {
  const t = plan.nodes.get(nodeId)?.type;
  return t === 'sms' || t === 'bot-call' || t === 'agent-call';
}

function ledgerEntry(channel: 'voice' | 'sms', phone: string | undefined, outcome: string, at: string, state: RunState): LedgerEntry {
  const debtId = state.case.debts?.[0]?.id;
  const entry: LedgerEntry = {
    at, channel, party: outcome === 'third_party' ? 'third_party' : 'debtor', direction: 'outbound',
    outcome: channel === 'sms' ? 'conversation' : NOT_REACHED[outcome] ?? 'conversation',
  };
  if (phone) entry.phone = phone;
  if (debtId) entry.debtId = debtId;
  return entry;
}

