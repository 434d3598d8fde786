import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { FlowDocument, FlowEvent, PolicyDocument } from '../../schemas/generated/types.ts';
import { DocumentError } from '../../runtime/errors.ts';
import { compile } from '../../runtime/flow/index.ts';
import { fileResolver, loadDirectories, loadDocument, nowOption } from '../documents.ts';
import { EXIT, InputError, UsageError, type CliIo } from '../io.ts';
import { badLine } from '../jsonl.ts';
import { runBatch, type BatchResult } from '../run/batch.ts';
import { RunPool } from '../run/pool.ts';
import type { Command } from './index.ts';

export const runCommand: Command = {
  summary: 'Run a flow against cases (JSONL in, one JSON line per case out).',
  usage: 'collectflow run --flow F --cases cases.jsonl [--events events.jsonl] [--policy P] [--refs DIR]… [--now ISO] [--out FILE] [--workers N]',
  run: async (args, io) => {
    const { values } = parseArgs({
      args,
      options: {
        flow: { type: 'string' }, cases: { type: 'string' }, events: { type: 'string' }, policy: { type: 'string' },
        refs: { type: 'string', multiple: true, default: [] }, now: { type: 'string' }, out: { type: 'string' }, workers: { type: 'string' },
      },
    });
    if (!values.flow || !values.cases) throw new UsageError('--flow and --cases are required');
    const workersWanted = values.workers === undefined ? undefined : Number(values.workers);
    if (workersWanted !== undefined && !(Number.isInteger(workersWanted) && workersWanted >= 0)) throw new UsageError(`--workers must be a whole number ≥ 0, not '${values.workers}'`);
    const now = nowOption(values.now);

    const flow = await loadDocument<FlowDocument>(values.flow, 'flow', io);
    const docs = await loadDirectories(values.refs, io);
    if (values.policy) docs.push({ file: values.policy, value: await loadDocument<PolicyDocument>(values.policy, 'policy', io) });
    // Without --refs only the policy is looked up: dialogs and rulesets run elsewhere.
    const resolve = fileResolver(docs);
    let plan;
    try {
      plan = compile(flow, { resolve, trace: true, checkReferences: values.refs.length > 0 });
    } catch (e) {
      if (e instanceof DocumentError) throw new InputError(`${values.flow}: ${e.message}${flow.policyId && !values.policy ? ' (pass it with --policy)' : ''}`);
      throw e;
    }

    let bad = 0;
    const events = values.events ? await loadEvents(values.events, io, () => bad++) : new Map<string, FlowEvent[]>();
    const out = io.output(values.out);
    const started = performance.now();
    const totalBytes = await fileSize(values.cases);
    // A bar by bytes read, on a terminal only: logs and pipes get the summary line alone.
    let bytesRead = 0;
    const progress = io.isTty ? (done: number) => io.stderr(`\r${bar(totalBytes ? bytesRead / totalBytes : 0)} ${done.toLocaleString('en')} cases, ${Math.round(done / ((performance.now() - started) / 1000)).toLocaleString('en')}/s`) : undefined;
    // Large inputs run on worker threads, one per core; small ones (and tests) on this thread.
    const workers = workersWanted ?? (totalBytes > 8 << 20 ? availableParallelism() : 0);
    const pool = workers > 0 ? new RunPool(workers, { flow, pool: docs, checkReferences: values.refs.length > 0, events: [...events], now }) : null;
    const inFlight: Array<Promise<BatchResult>> = [];
    let count = 0;
    let line = 1; // the number of the first line of the next result
    const take = async (r: BatchResult) => {
      for (const b of r.bad) io.stderr(badLine(values.cases!, line + b.line, b.why));
      bad += r.bad.length;
      count += r.count;
      line += r.lines;
      progress?.(count);
      await out.write(r.bytes);
    };
    try {
      // A chunk of lines at a time: an await per line would cost more than the run itself.
      for await (const chunk of io.readLineChunks(values.cases)) {
        bytesRead += chunk.length;
        if (!pool) await take(runBatch({ plan, events, now }, chunk));
        else {
          inFlight.push(pool.run(chunk));
          // Four chunks queued per worker: none waits while this thread writes or collects garbage.
          if (inFlight.length >= 4 * workers) await take(await inFlight.shift()!);
        }
      }
      while (inFlight.length) await take(await inFlight.shift()!);
    } catch (e) {
      out.abort();
      throw e;
    } finally {
      await pool?.close();
    }
    await out.close();
    if (progress) {
      progress(count);
      io.stderr('\n');
    }
    io.stderr(`${count} cases run${bad ? `, ${bad} bad lines skipped` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return bad ? EXIT.invalid : EXIT.ok;
  },
};

async function loadEvents(path: string, io: CliIo, onBad: () => void): Promise<Map<string, FlowEvent[]>> {
  const byCase = new Map<string, FlowEvent[]>();
  let n = 0;
  for await (const line of io.readLines(path)) {
    n++;
    if (!line.trim()) continue;
    let v: (FlowEvent & { caseId?: unknown }) | undefined;
    try {
      v = JSON.parse(line);
    } catch {
      v = undefined;
    }
    const why = !v || typeof v.caseId !== 'string' ? 'needs a caseId'
      : typeof v.at !== 'string' || Number.isNaN(Date.parse(v.at)) ? "'at' must be an ISO instant"
      : eventProblem(v as unknown as Record<string, unknown>);
    if (why || !v) {
      io.stderr(`${path}:${n}: skipped: ${why} (an event line is {"caseId","at","type",…})\n`);
      onBad();
      continue;
    }
    const { caseId, ...event } = v;
    (byCase.get(caseId as string) ?? byCase.set(caseId as string, []).get(caseId as string)!).push(event as FlowEvent);
  }
  return byCase;
}

/** What is wrong with an event's type and fields, or null. */
function eventProblem(v: Record<string, unknown>): string | null {
  switch (v.type) {
    case 'outcome': return typeof v.value === 'string' ? null : "an outcome needs a 'value'";
    case 'payment': return typeof v.amount === 'number' && v.amount >= 0 ? null : "a payment needs an 'amount' ≥ 0";
    case 'flag': return typeof v.flag === 'string' ? null : "a flag event needs a 'flag'";
    case 'signal': return typeof v.value === 'string' ? null : "a signal needs a 'value' (its name)";
    case 'agency-violation': return typeof v.agencyId === 'string' ? null : "an agency-violation needs an 'agencyId'";
    default: return `unknown event type ${JSON.stringify(v.type)}: outcome, payment, flag, signal or agency-violation`;
  }
}

function bar(fraction: number): string {
  const f = Math.max(0, Math.min(1, fraction));
  const filled = Math.round(f * 30);
  return `[${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${String(Math.round(f * 100)).padStart(3)}%`;
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}
