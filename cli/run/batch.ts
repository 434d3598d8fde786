/**
 * One batch of case lines → output lines: parse, check against the case schema, run, serialise.
 * The same code runs on the main thread (small inputs, tests) and in the worker threads.
 */
import type { Case, FlowEvent } from '../../schemas/generated/types.ts';
import type { Plan } from '../../runtime/flow/index.ts';
import { runCase, type CaseRunResult } from '../../runtime/simulate/portfolio.ts';
import { parseJsonlLine } from '../jsonl.ts';

export interface BatchResult {
  output: string;
  /** Bad lines: their index in the batch and what is wrong. */
  bad: Array<{ line: number; why: string }>;
  count: number;
  lines: number;
}

export interface BatchContext {
  plan: Plan;
  events: ReadonlyMap<string, FlowEvent[]>;
  now: string;
}

export function runBatch(ctx: BatchContext, lines: readonly string[]): BatchResult {
  const bad: BatchResult['bad'] = [];
  let output = '';
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const r = parseJsonlLine<Case>(lines[i]!, 'case');
    if (r === null) continue;
    if ('error' in r) {
      bad.push({ line: i, why: r.error });
      continue;
    }
    output += resultLine(runCase(ctx.plan, r.value, ctx.events.get(r.value.id) ?? [], ctx.now), r.value, lines[i]!) + '\n';
    count++;
  }
  return { output, bad, count, lines: lines.length };
}

/**
 * A result as one JSON line. Serialising is most of the cost of a run, and the case is most of a
 * result: when the run left the case as it came (no event changed it), its line is reused as is.
 */
function resultLine(result: CaseRunResult, input: Case, line: string): string {
  const { state } = result;
  if (state.case !== input) return JSON.stringify(result);
  // Both are ours and about to be dropped: blank the parts spliced in (undefined members are left out).
  (state as { case?: Case }).case = undefined;
  (result as { state?: unknown }).state = undefined;
  return `${JSON.stringify(result).slice(0, -1)},"state":{"case":${line.trim()},${JSON.stringify(state).slice(1)}}`;
}
