/**
 * One batch of JSONL case bytes → output bytes: decode each line, parse, check against the case
 * schema, run, serialise. The same code runs on the main thread (small inputs, tests) and in the
 * worker threads.
 */
import type { Case, FlowEvent } from '../../schemas/generated/types.ts';
import type { Plan } from '../../runtime/flow/index.ts';
import { runCase, type CaseRunResult } from '../../runtime/simulate/portfolio.ts';
import { parseJsonlLine } from '../jsonl.ts';
import { ByteWriter } from './byte-writer.ts';

export interface BatchResult {
  /** One UTF-8 JSON line per good case. */
  bytes: Uint8Array;
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

const NEWLINE = 0x0a;
const decoder = new TextDecoder('utf-8', { fatal: true });

export function runBatch(ctx: BatchContext, input: Uint8Array): BatchResult {
  const bad: BatchResult['bad'] = [];
  // Results run about twice as long as their cases; the writer grows if need be.
  const out = new ByteWriter(input.length * 2 + 1024);
  let count = 0;
  let lines = 0;
  for (let start = 0; start < input.length; lines++) {
    const nl = input.indexOf(NEWLINE, start);
    const end = nl === -1 ? input.length : nl;
    const [a, b] = trimmed(input, start, end);
    start = end + 1;
    if (a === b) continue;
    let text: string;
    try {
      text = decoder.decode(input.subarray(a, b));
    } catch {
      bad.push({ line: lines, why: 'not UTF-8' });
      continue;
    }
    const r = parseJsonlLine<Case>(text, 'case');
    if (r === null) continue;
    if ('error' in r) {
      bad.push({ line: lines, why: r.error });
      continue;
    }
    writeResult(out, runCase(ctx.plan, r.value, ctx.events.get(r.value.id) ?? [], ctx.now), r.value, input.subarray(a, b));
    count++;
  }
  return { bytes: out.result(), bad, count, lines };
}

/**
 * A result as one JSON line. Serialising is most of the cost of a run, and the case is most of a
 * result: when the run left the case as it came (no event changed it), its input bytes are copied
 * as they are instead of serialised (and encoded) again.
 */
function writeResult(out: ByteWriter, result: CaseRunResult, input: Case, line: Uint8Array): void {
  const { state } = result;
  if (state.case !== input) {
    out.text(JSON.stringify(result));
    out.text('\n');
    return;
  }
  // Both are ours and about to be dropped: blank the parts spliced in (undefined members are left out).
  (state as { case?: Case }).case = undefined;
  (result as { state?: unknown }).state = undefined;
  // {…result…} → {…result…,"state":{"case":<line>,…state…}: the closing brace of the one and the
  // opening brace of the other are overwritten in place rather than sliced off.
  out.text(JSON.stringify(result));
  out.back(1);
  out.text(',"state":{"case":');
  out.bytes(line);
  const at = out.length;
  out.text(JSON.stringify(state));
  out.put(at, 0x2c); // ','
  out.text('}\n');
}

/** The line without the JSON whitespace around it (a CRLF's carriage return, a byte-order mark). */
function trimmed(bytes: Uint8Array, a: number, b: number): [number, number] {
  if (bytes[a] === 0xef && bytes[a + 1] === 0xbb && bytes[a + 2] === 0xbf) a += 3;
  while (a < b && isSpace(bytes[a]!)) a++;
  while (b > a && isSpace(bytes[b - 1]!)) b--;
  return [a, b];
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d;
