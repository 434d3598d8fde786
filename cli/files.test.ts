import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.ts';
import { main, nodeIo } from './main.ts';

/** The real file system, with what the command says captured. */
function capture(): CliIo & { err: () => string } {
  let err = '';
  return { ...nodeIo(), stdout: () => {}, stderr: (t) => void (err += t), isTty: false, err: () => err };
}

const cases = JSON.stringify({ id: 'R1', dpd: 12, balance: 3000, overdueAmount: 1200, currency: 'CNY', timezone: 'Asia/Shanghai', language: 'zh', name: '李娜', lender: 'L', score: 600, promisesBroken: 0, phones: [{ number: '+8613800000001', owner: 'debtor' }] }) + '\n';
const run = (casesFile: string, out: string) => ['run', '--flow', 'templates/flows/m1-early.json', '--policy', 'templates/policies/policy-cn.json', '--cases', casesFile, '--now', '2026-12-01T02:00:00Z', '--out', out];

describe('files named on the command line', () => {
  it('a file that cannot be read is named, with why, and the command exits 1 without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-files-'));
    const io = capture();
    expect(await main(['policy', 'check', '--policy', 'templates/policies/policy-cn.json', '--case', 'templates/data/case-zh.json', '--ledger', join(dir, 'none.jsonl'), '--channel', 'voice', '--at', '2026-12-01T03:30:00Z'], io)).toBe(1);
    expect(io.err()).toBe(`collectflow policy: ${join(dir, 'none.jsonl')}: no such file or directory\n`);
    const io2 = capture();
    expect(await main(['qa', '--ruleset', 'templates/qa/qa-cn.json', dir], io2)).toBe(1);
    expect(io2.err()).toBe(`collectflow qa: ${dir}: is a directory\n`);
  });

  it('an output path that cannot be written fails before the run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-files-'));
    writeFileSync(join(dir, 'c.jsonl'), cases);
    const io = capture();
    expect(await main(run(join(dir, 'c.jsonl'), join(dir, 'missing', 'o.jsonl')), io)).toBe(1);
    expect(io.err()).toMatch(/missing\/o\.jsonl\.partial: no such file or directory/);
  });

  it('a run that fails leaves the previous output as it was, and one that succeeds replaces it whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cf-files-'));
    const out = join(dir, 'o.jsonl');
    writeFileSync(out, 'yesterday\n');
    expect(await main(run(join(dir, 'none.jsonl'), out), capture())).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('yesterday\n');
    expect(readdirSync(dir)).toEqual(['o.jsonl']);

    writeFileSync(join(dir, 'c.jsonl'), cases);
    expect(await main(run(join(dir, 'c.jsonl'), out), capture())).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).caseId).toBe('R1');
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});
