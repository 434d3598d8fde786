import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { fakeIo } from '../test-io.ts';

const ruleset = 'templates/qa/qa-cn.json';
const call = (id: string, text: string) => JSON.stringify({ id, startedAt: '2026-12-01T10:00:00+08:00', channel: 'voice', turns: [{ speaker: 'agent', text: '您好，我是华夏消费金融的工作人员。' }, { speaker: 'agent', text }] });

describe('collectflow qa', () => {
  it('prints one JSON line per transcript with findings, score and metrics', async () => {
    const io = fakeIo({ 't.jsonl': `${call('a', '我们不会起诉您。')}\n${call('b', '再不还就让你坐牢，老赖。')}\n` });
    expect(await main(['qa', '--ruleset', ruleset, 't.jsonl', '--json'], io)).toBe(0);
    const [a, b] = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(a).toMatchObject({ transcriptId: 'a', passed: true, score: 100, findings: [] });
    expect(b).toMatchObject({ transcriptId: 'b', passed: false, score: 0 });
    expect(b.findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['no-insults', 'no-threats']);
    expect(b.findings[0]).toEqual(expect.objectContaining({ transcriptId: 'b', turn: 1, category: expect.any(String), excerpt: expect.stringContaining('坐牢') }));
  });

  it('filters the findings shown by severity and prints a readable table', async () => {
    const io = fakeIo({ 't.jsonl': call('b', '再不还就让你坐牢，老赖。') + '\n' });
    expect(await main(['qa', '--ruleset', ruleset, 't.jsonl', '--min-severity', 'critical'], io)).toBe(0);
    expect(io.out()).toContain('FAIL    0  b');
    expect(io.out()).toContain('[no-threats]');
    expect(io.out()).not.toContain('[no-insults]');
    expect(io.out()).toContain('0 of 1 passed');
  });

  it('reports bad lines by number and exits 1', async () => {
    const io = fakeIo({ 't.jsonl': `${call('a', '好的')}\nnot json\n{"id":"x"}\n` });
    expect(await main(['qa', '--ruleset', ruleset, 't.jsonl'], io)).toBe(1);
    expect(io.err()).toMatch(/t\.jsonl:2: skipped: not JSON/);
    expect(io.err()).toMatch(/t\.jsonl:3: skipped: /);
  });
});
