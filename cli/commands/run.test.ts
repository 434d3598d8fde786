import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { fakeIo } from '../test-io.ts';

const flow = 'templates/flows/m1-early.json';
const policy = 'templates/policies/policy-cn.json';
const aCase = { id: 'R1', dpd: 12, balance: 3000, overdueAmount: 1200, currency: 'CNY', timezone: 'Asia/Shanghai', language: 'zh', name: '李娜', lender: 'L', score: 600, promisesBroken: 0, phones: [{ number: '+8613800000001', owner: 'debtor' }] };

describe('collectflow run', () => {
  it('writes one JSON line per case with its path, effects, blocked contacts and state', async () => {
    const night = { ...aCase, id: 'R2' };
    const io = fakeIo({ 'c.jsonl': [aCase, night].map((c) => JSON.stringify(c)).join('\n') + '\n' });
    const code = await main(['run', '--flow', flow, '--policy', policy, '--cases', 'c.jsonl', '--now', '2026-12-01T02:00:00Z', '--out', 'o.jsonl'], io);
    expect(code).toBe(0);
    const lines = io.written.get('o.jsonl')!.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.caseId)).toEqual(['R1', 'R2']);
    expect(lines[0]).toMatchObject({ path: ['start', 'aging', 'risk', 'sms_remind'], effects: [{ type: 'send-sms', key: 'R1:sms_remind:1' }], blocked: [], state: { status: 'waiting' } });
    expect(io.err()).toContain('2 cases run');
  });

  it('applies events per case and reports deferrals in blocked', async () => {
    const io = fakeIo({
      'c.jsonl': JSON.stringify(aCase) + '\n',
      'e.jsonl': [{ caseId: 'R1', at: '2026-12-01T15:01:00Z', type: 'outcome', value: 'sent' }].map((e) => JSON.stringify(e)).join('\n'),
    });
    expect(await main(['run', '--flow', flow, '--policy', policy, '--cases', 'c.jsonl', '--events', 'e.jsonl', '--now', '2026-12-01T02:00:00Z'], io)).toBe(0);
    const [line] = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(line.path).toEqual(['start', 'aging', 'risk', 'sms_remind', 'count', 'bot']);
    expect(line.blocked).toEqual([expect.objectContaining({ node: 'bot', decision: 'defer', until: '2026-12-02T00:00:00.000Z' })]);
  });

  it('reports bad case lines with their line number, skips them and exits 1', async () => {
    const io = fakeIo({ 'c.jsonl': `${JSON.stringify(aCase)}\n{oops\n${JSON.stringify({ id: 'X' })}\n${JSON.stringify({ ...aCase, id: 'Z', timezone: 'Mars/Base' })}\n` });
    expect(await main(['run', '--flow', flow, '--policy', policy, '--cases', 'c.jsonl', '--now', '2026-12-01T02:00:00Z'], io)).toBe(1);
    expect(io.err()).toMatch(/c\.jsonl:2: skipped: not JSON/);
    expect(io.err()).toMatch(/c\.jsonl:3: skipped: \/dpd missing required property 'dpd'/);
    expect(io.err()).toMatch(/c\.jsonl:4: skipped: \/timezone not an IANA time zone/);
    expect(io.out().trim().split('\n')).toHaveLength(1);
  });

  it('reports bad event lines by number instead of failing the run', async () => {
    const io = fakeIo({
      'c.jsonl': JSON.stringify(aCase) + '\n',
      'e.jsonl': [JSON.stringify({ caseId: 'R1', at: '2026-12-01T03:00:00Z', type: 'teleport' }), JSON.stringify({ caseId: 'R1', at: '2026-12-01T03:00:00Z', type: 'payment' })].join('\n'),
    });
    expect(await main(['run', '--flow', flow, '--policy', policy, '--cases', 'c.jsonl', '--events', 'e.jsonl', '--now', '2026-12-01T02:00:00Z'], io)).toBe(1);
    expect(io.err()).toContain('e.jsonl:1: skipped: unknown event type "teleport"');
    expect(io.err()).toContain("e.jsonl:2: skipped: a payment needs an 'amount' ≥ 0");
    expect(io.out().trim().split('\n')).toHaveLength(1);
  });

  it('refuses to run a flow whose policy was not given', async () => {
    const io = fakeIo({ 'c.jsonl': '' });
    expect(await main(['run', '--flow', flow, '--cases', 'c.jsonl'], io)).toBe(1);
    expect(io.err()).toContain('pass it with --policy');
  });
});

describe('collectflow run on worker threads', () => {
  it('writes what the single-threaded run writes, in input order, with bad lines reported by their number, from the sources and from the bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-run-'));
    // Lines long enough for several chunks of a megabyte, one bad line deep inside.
    const lines = Array.from({ length: 6000 }, (_, i) => JSON.stringify({ ...aCase, id: `W${i}`, name: '李'.repeat(100) }));
    lines[4321] = '{"id": "broken"';
    writeFileSync(join(dir, 'c.jsonl'), lines.join('\n') + '\n');
    const args = (workers: number, out: string) => ['run', '--flow', flow, '--policy', policy, '--cases', join(dir, 'c.jsonl'), '--now', '2026-12-01T02:00:00Z', '--out', join(dir, out), '--workers', String(workers)];
    const fromSources = (workers: number, out: string) => spawnSync(process.execPath, ['bin/collectflow.js', ...args(workers, out)], { encoding: 'utf8', env: { ...process.env, COLLECTFLOW_SOURCES: '1' } });
    // The bundle installs run (scripts/build.js), built beside node_modules so that its imports resolve.
    const bundle = join('node_modules', '.cache', 'collectflow-build-test');
    expect(spawnSync(process.execPath, ['scripts/build.js', bundle], { encoding: 'utf8' }).status).toBe(0);
    const bundled = spawnSync(process.execPath, [join(bundle, 'collectflow.js'), ...args(2, 'bundled.jsonl')], { encoding: 'utf8' });
    const threaded = fromSources(2, 'threaded.jsonl');
    const single = fromSources(0, 'single.jsonl');
    expect(threaded.status).toBe(1); // a bad line makes the exit status 1
    expect(threaded.stderr).toContain(`c.jsonl:4322: skipped: not JSON`);
    const out = readFileSync(join(dir, 'threaded.jsonl'), 'utf8');
    expect(out).toBe(readFileSync(join(dir, 'single.jsonl'), 'utf8'));
    expect(readFileSync(join(dir, 'bundled.jsonl'), 'utf8')).toBe(out);
    expect(bundled.stderr).toContain(`c.jsonl:4322: skipped: not JSON`);
    expect(single.stderr).toContain(`c.jsonl:4322: skipped: not JSON`);
    const ids = out.trim().split('\n').map((l) => (JSON.parse(l) as { caseId: string }).caseId);
    expect(ids).toHaveLength(5999);
    expect(ids.slice(4320, 4322)).toEqual(['W4320', 'W4322']);
  }, 60_000);
});

describe('collectflow policy check', () => {
  const usCase = { id: 'U1', dpd: 20, balance: 900, currency: 'USD', timezone: 'America/New_York', debts: [{ id: 'D1' }] };
  const args = (at: string) => ['policy', 'check', '--policy', 'templates/policies/policy-us.json', '--case', 'case.json', '--ledger', 'l.jsonl', '--channel', 'voice', '--at', at, '--debt', 'D1'];

  it('prints the decision, the next permitted instant and the reasons', async () => {
    const io = fakeIo({ 'case.json': JSON.stringify(usCase), 'l.jsonl': JSON.stringify({ at: '2026-12-01T15:00:00Z', channel: 'voice', debtId: 'D1', party: 'debtor', direction: 'outbound', outcome: 'conversation' }) });
    expect(await main(args('2026-12-03T15:00:00Z'), io)).toBe(0);
    const out = JSON.parse(io.out());
    expect(out).toMatchObject({ decision: 'defer', until: '2026-12-08T13:00:00.000Z' });
    expect(out.reasons[0].code).toBe('policy.reg-f-after-conversation');
    const later = fakeIo({ 'case.json': JSON.stringify(usCase), 'l.jsonl': '' });
    expect(await main(args('2026-12-03T15:00:00Z'), later)).toBe(0);
    expect(JSON.parse(later.out())).toEqual({ decision: 'allow', reasons: [] });
  });

  it('reports a bad ledger line by number', async () => {
    const io = fakeIo({ 'case.json': JSON.stringify(usCase), 'l.jsonl': '{"at":"2026-12-01T15:00:00Z","channel":"fax","party":"debtor","direction":"outbound","outcome":"conversation"}\n' });
    expect(await main(args('2026-12-03T15:00:00Z'), io)).toBe(1);
    expect(io.err()).toContain("l.jsonl:1: skipped: 'channel' must be voice, sms or email");
  });

  it('is a usage error without check or with a bad channel', async () => {
    expect(await main(['policy', '--policy', 'p'], fakeIo())).toBe(2);
    expect(await main(['policy', 'check', '--policy', 'p', '--case', 'c', '--channel', 'fax', '--at', '2026-12-01T00:00:00Z'], fakeIo())).toBe(2);
  });
});
