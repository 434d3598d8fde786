import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Case, FlowDocument, FlowEvent, PolicyDocument } from '../../schemas/generated/types.ts';
import { DocumentError } from '../../runtime/errors.ts';
import { compile } from '../../runtime/flow/index.ts';
import { runCase } from '../../runtime/simulate/portfolio.ts';
import { fileResolver, loadDirectories, loadDocument, nowOption } from '../documents.ts';
import { EXIT, InputError, UsageError, type CliIo } from '../io.ts';
import { readJsonl } from '../jsonl.ts';
import type { Command } from './index.ts';

export const runCommand: Command = {
  summary: 'Run a flow against cases (JSONL in, one JSON line per case out).',
  usage: 'collectflow run --flow F --cases cases.jsonl [--events events.jsonl] [--policy P] [--refs DIR]… [--now ISO] [--out FILE]',
  run: async (args, io) => {
    const { values } = parseArgs({
      args,
      options: {
        flow: { type: 'string' }, cases: { type: 'string' }, events: { type: 'string' }, policy: { type: 'string' },
        refs: { type: 'string', multiple: true, default: [] }, now: { type: 'string' }, out: { type: 'string' },
      },
    });
    if (!values.flow || !values.cases) throw new UsageError('--flow and --cases are required');
    const now = nowOption(values.now);

    const flow = await loadDocument<FlowDocument>(values.flow, 'flow', io);
    const pool = await loadDirectories(values.refs, io);
    if (values.policy) pool.push({ file: values.policy, value: await loadDocument<PolicyDocument>(values.policy, 'policy', io) });
    // Without --refs only the policy is looked up: dialogs and rulesets run elsewhere.
    const resolve = fileResolver(pool);
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
    // A bar by bytes read, on a terminal only: logs and pipes get the summary line alone.
    const totalBytes = io.isTty ? await fileSize(values.cases) : 0;
    let bytesRead = 0;
    const progress = io.isTty ? (done: number) => io.stderr(`\r${bar(totalBytes ? bytesRead / totalBytes : 0)} ${done.toLocaleString('en')} cases, ${Math.round(done / ((performance.now() - started) / 1000)).toLocaleString('en')}/s`) : undefined;
    const counted = async function* (lines: AsyncIterable<string>) {
      for await (const line of lines) {
        bytesRead += Buffer.byteLength(line) + 1;
        yield line;
      }
    };
    const cases = readJsonl<Case>(progress ? counted(io.readLines(values.cases)) : io.readLines(values.cases), { kind: 'case', source: values.cases, io, onBad: () => bad++ });
    let count = 0;
    let buffer = '';
    for await (const c of cases) {
      const r = runCase(plan, c, events.get(c.id) ?? [], now);
      if (++count % 10_000 === 0) progress?.(count);
      buffer += JSON.stringify(r) + '\n';
      if (buffer.length > 1 << 16) {
        await out.write(buffer);
        buffer = '';
      }
    }
    await out.write(buffer);
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
