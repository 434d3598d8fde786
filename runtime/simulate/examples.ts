/**
 * Runs a flow's golden examples: a case enters at `start`, each event of the timeline happens at
 * its instant, and every timer due before an event fires first, as the scheduler would fire it.
 * The tests and the designer's simulator use the same runner.
 */
import type { Case, FlowDocument, FlowExample, FlowEvent as DocEvent } from '../../schemas/generated/types.ts';
import type { Effect, FlowEvent, Plan, RunState, StepResult, TraceEntry } from '../flow/index.ts';
import { startRun, step } from '../flow/index.ts';

export interface ExampleRun {
  path: string[];
  effects: Effect[];
  trace: TraceEntry[];
  state: RunState;
  rejected: Array<{ at: string; code: string; message: string }>;
}

export function toEngineEvent(e: DocEvent): FlowEvent {
  switch (e.type) {
    case 'outcome': return { type: 'outcome', value: e.value ?? '' };
    case 'payment': return { type: 'payment', amount: e.amount ?? 0 };
    case 'flag': return { type: 'flag', flag: e.flag ?? '' };
    case 'signal': return { type: 'signal', name: e.value ?? '' };
    case 'agency-violation': return { type: 'agency-violation', agencyId: e.agencyId ?? '' };
  }
}

/** The instant a waiting run's timer fires, if it waits on one. */
export function dueAt(state: RunState): string | null {
  const w = state.waiting;
  return w && (w.kind === 'timer' || w.kind === 'event') ? w.until : null;
}

export function runTimeline(plan: Plan, c: Case, start: string, events: readonly DocEvent[] = []): ExampleRun {
  const out: ExampleRun = { path: [], effects: [], trace: [], state: undefined as unknown as RunState, rejected: [] };
  take(out, startRun(plan, c, start), start);
  if (events.length === 0) return out;
  for (const e of [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    for (let due = dueAt(out.state); due && Date.parse(due) <= Date.parse(e.at) && out.state.status !== 'ended'; due = dueAt(out.state)) {
      take(out, step(plan, out.state, { type: 'timer', key: out.state.waiting!.key }, due), due);
    }
    if (out.state.status === 'ended') break;
    take(out, step(plan, out.state, toEngineEvent(e), e.at), e.at);
  }
  return out;
}

/** Adds one step's result to the run. */
function take(out: ExampleRun, r: StepResult, at: string): void {
  out.state = r.state;
  for (const e of r.effects) out.effects.push(e);
  for (const t of r.trace) {
    out.trace.push(t);
    if (t.type !== 'guard' && t.node && out.path[out.path.length - 1] !== t.node) out.path.push(t.node);
  }
  if (r.rejected) out.rejected.push({ at, code: r.rejected.code, message: r.rejected.message });
}

export interface ExampleResult {
  name: string;
  passed: boolean;
  failures: string[];
  run: ExampleRun;
}

/** Checks one example; expected effects are matched by type and node, in order. */
export function checkExample(plan: Plan, example: FlowExample): ExampleResult {
  const run = runTimeline(plan, example.case as unknown as Case, example.start, example.events);
  const failures: string[] = [];
  const x = example.expect;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (x.path && !same(run.path, x.path)) failures.push(`path ${JSON.stringify(run.path)}, expected ${JSON.stringify(x.path)}`);
  const effects = run.effects.map((e) => ({ type: e.type, node: e.node }));
  if (x.effects && !same(effects, x.effects)) failures.push(`effects ${JSON.stringify(effects)}, expected ${JSON.stringify(x.effects)}`);
  if (x.status && run.state.status !== x.status) failures.push(`status ${run.state.status}, expected ${x.status}`);
  if (x.outcome && run.state.outcome !== x.outcome) failures.push(`outcome ${run.state.outcome}, expected ${x.outcome}`);
  for (const r of run.rejected) failures.push(`event at ${r.at} rejected: ${r.code} ${r.message}`);
  return { name: example.name, passed: failures.length === 0, failures, run };
}

export function checkExamples(plan: Plan, flow: FlowDocument = plan.flow): ExampleResult[] {
  return (flow.examples ?? []).map((e) => checkExample(plan, e));
}
