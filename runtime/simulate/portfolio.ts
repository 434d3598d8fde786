/**
 * Runs many cases through one plan, streaming a result per case: the path, the effects, every
 * contact the guardrails blocked or deferred, and the final state. Pure: cases and events come in
 * as iterables, the clock as `now`.
 */
import type { Case, FlowEvent as DocEvent } from '../../schemas/generated/types.ts';
import type { ContactDecision } from '../policy/index.ts';
import type { Effect, Plan, RunState } from '../flow/index.ts';
import { runTimeline } from './examples.ts';

export interface CaseRunResult {
  caseId: string;
  path: string[];
  effects: Effect[];
  blocked: Array<{ node: string } & ContactDecision>;
  state: RunState;
  rejected?: Array<{ at: string; code: string; message: string }>;
}

export interface PortfolioOptions {
  now: string;
  /** Called every `progressEvery` cases with the count so far. */
  onProgress?: (done: number) => void;
  progressEvery?: number;
}

export async function* runPortfolio(
  plan: Plan,
  cases: Iterable<Case> | AsyncIterable<Case>,
  events: ReadonlyMap<string, readonly DocEvent[]> = new Map(),
  options: PortfolioOptions,
): AsyncGenerator<CaseRunResult> {
  let done = 0;
  const every = options.progressEvery ?? 1000;
  for await (const c of cases) {
    yield runCase(plan, c, events.get(c.id) ?? [], options.now);
    if (++done % every === 0) options.onProgress?.(done);
  }
  options.onProgress?.(done);
}

export function runCase(plan: Plan, c: Case, events: readonly DocEvent[], now: string): CaseRunResult {
  const run = runTimeline(plan, c, now, events);
  const blocked: CaseRunResult['blocked'] = [];
  for (const t of run.trace) if ('guard' in t && t.guard.decision !== 'allow') blocked.push({ node: t.node, ...t.guard });
  const result: CaseRunResult = { caseId: c.id, path: run.path, effects: run.effects, blocked, state: run.state };
  if (run.rejected.length) result.rejected = run.rejected;
  return result;
}
