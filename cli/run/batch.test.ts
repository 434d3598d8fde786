import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FlowDocument, PolicyDocument } from '../../schemas/generated/types.ts';
import { compile } from '../../runtime/flow/index.ts';
import { fileResolver } from '../documents.ts';
import { runBatch } from './batch.ts';

const read = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
const policy = read<PolicyDocument>('templates/policies/policy-cn.json');
const plan = compile(read<FlowDocument>('templates/flows/m1-early.json'), { resolve: fileResolver([{ file: 'p', value: policy }]), trace: true, checkReferences: false });
const ctx = { plan, events: new Map(), now: '2026-12-01T02:00:00Z' };
const aCase = { id: 'B1', dpd: 12, balance: 3000, overdueAmount: 1200, currency: 'CNY', timezone: 'Asia/Shanghai', language: 'zh', name: '李娜', lender: 'L', score: 600, promisesBroken: 0, phones: [{ number: '+8613800000001', owner: 'debtor' }] };
const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('runBatch', () => {
  it('copies an unchanged case into its result as it came, whatever the line endings, byte-order mark or spaces around it', () => {
    const line = JSON.stringify(aCase);
    const r = runBatch(ctx, bytes([0xef, 0xbb, 0xbf], `  ${line}\r\n\n${JSON.stringify({ ...aCase, id: 'B2' })}`));
    const out = new TextDecoder().decode(r.bytes).split('\n');
    expect(out).toHaveLength(3); // two results, each ending in a newline
    expect(out[0]).toContain(`"state":{"case":${line},"version":1`);
    const results = out.slice(0, 2).map((l) => JSON.parse(l));
    expect(results.map((x) => [x.caseId, x.state.case.name])).toEqual([['B1', '李娜'], ['B2', '李娜']]);
    expect(results[0].state.case).toEqual(aCase);
    expect(r).toMatchObject({ count: 2, lines: 3, bad: [] });
  });

  it('reports a line that is not UTF-8 by its index and goes on', () => {
    const r = runBatch(ctx, bytes('{"id":"', [0xff, 0xfe], '"}\n', JSON.stringify(aCase), '\n'));
    expect(r.bad).toEqual([{ line: 0, why: 'not UTF-8' }]);
    expect(r.count).toBe(1);
  });
});
