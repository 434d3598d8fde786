import { describe, expect, it } from 'vitest';
import type { Case, FlowDocument } from '../../schemas/generated/types.ts';
import { loadTemplates, templateResolver } from '../../templates/load-templates.ts';
import { DocumentError } from '../errors.ts';
import { compile, startRun, step } from './index.ts';

const templates = loadTemplates();
const resolve = templateResolver(templates);
const flow = (id: string) => structuredClone(templates.find((t) => t.doc.id === id)!.doc) as unknown as FlowDocument;
const m1 = compile(flow('m1-early'), { resolve, version: 'v1' });
const m3 = compile(flow('m3-plus'), { resolve, version: 'v1' });
const c: Case = { id: 'K1', dpd: 12, balance: 3000, overdueAmount: 1200, currency: 'CNY', timezone: 'Asia/Shanghai', language: 'zh', name: '李娜', lender: '华夏消费金融', score: 600, promisesBroken: 0, phones: [{ number: '+8613800000001', owner: 'debtor' }] };
const T0 = '2026-12-01T02:00:00Z';

describe('compile', () => {
  it('refuses an invalid flow with its issues', () => {
    const bad = flow('m1-early');
    bad.edges = bad.edges.filter((e) => e.id !== 'aging--M0');
    expect(() => compile(bad, { resolve })).toThrow(DocumentError);
    try { compile(bad, { resolve }); } catch (e) { expect((e as DocumentError).issues.map((i) => i.code)).toContain('graph.missing-branch'); }
  });

  it('refuses to run contacts without the flow\'s policy', () => {
    expect(() => compile(flow('m3-plus'))).toThrow(/policy 'policy-cn' was not given/);
  });
});

describe('step', () => {
  it('emits the first contact as data with a deterministic idempotency key, and waits for its outcome', () => {
    const r = startRun(m1, c, T0);
    expect(r.effects).toEqual([expect.objectContaining({ type: 'send-sms', key: 'K1:sms_remind:1', caseId: 'K1', node: 'sms_remind', at: T0, phone: '+8613800000001', lang: 'zh' })]);
    expect(r.effects[0]!.text).toContain('李娜');
    expect(r.state).toMatchObject({ status: 'waiting', waiting: { kind: 'outcome', node: 'sms_remind', key: 'K1:sms_remind:1' }, flowVersion: 'v1' });
    expect(startRun(m1, c, T0)).toEqual(r);
  });

  it('keeps the state a plain JSON value that can be saved and resumed', () => {
    const a = startRun(m1, c, T0);
    const saved = JSON.parse(JSON.stringify(a.state));
    const b = step(m1, saved, { type: 'outcome', value: 'sent' }, '2026-12-01T02:01:00Z');
    expect(b.effects.map((e) => [e.type, e.key])).toEqual([['place-bot-call', 'K1:bot:1']]);
    expect(b.state.vars.botAttempts).toBe(1);
    expect(JSON.parse(JSON.stringify(b.state))).toEqual(b.state);
  });

  it('never changes the state it is given', () => {
    const a = startRun(m1, c, T0);
    const frozen = JSON.stringify(a.state);
    step(m1, a.state, { type: 'outcome', value: 'sent' }, '2026-12-01T02:01:00Z');
    expect(JSON.stringify(a.state)).toBe(frozen);
  });

  it('records contact outcomes in the ledger the guardrails read', () => {
    let s = step(m1, startRun(m1, c, T0).state, { type: 'outcome', value: 'sent' }, '2026-12-01T02:01:00Z').state;
    s = step(m1, s, { type: 'outcome', value: 'no_answer' }, '2026-12-01T02:05:00Z').state;
    expect(s.ledger).toEqual([
      { at: '2026-12-01T02:01:00Z', channel: 'sms', party: 'debtor', direction: 'outbound', outcome: 'conversation', phone: '+8613800000001' },
      { at: '2026-12-01T02:05:00Z', channel: 'voice', party: 'debtor', direction: 'outbound', outcome: 'no_answer', phone: '+8613800000001' },
    ]);
  });

  it('rejects events that do not fit the state, leaving it unchanged', () => {
    const a = startRun(m1, c, T0);
    expect(step(m1, a.state, { type: 'timer', key: 'nope' }, T0).rejected?.code).toBe('flow.unexpected-timer');
    expect(step(m1, a.state, { type: 'outcome', value: 'sent', key: 'K1:other:1' }, T0).rejected?.code).toBe('flow.unexpected-outcome');
    expect(step(m1, null, { type: 'payment', amount: 1 }, T0).rejected?.code).toBe('flow.no-state');
    const other = compile(flow('m1-early'), { resolve, version: 'v2' });
    expect(step(other, a.state, { type: 'outcome', value: 'sent' }, T0).rejected?.code).toBe('flow.version-mismatch');
  });

  it('ends the run as resolved when a payment clears the balance, cancelling what is pending', () => {
    const a = startRun(m1, c, T0);
    const partial = step(m1, a.state, { type: 'payment', amount: 1000 }, '2026-12-01T03:00:00Z');
    expect(partial.state).toMatchObject({ status: 'waiting', case: { balance: 2000 } });
    const full = step(m1, partial.state, { type: 'payment', amount: 2000 }, '2026-12-01T04:00:00Z');
    expect(full.state).toMatchObject({ status: 'ended', outcome: 'resolved' });
    expect(full.effects).toEqual([expect.objectContaining({ type: 'cancel', cancels: 'K1:sms_remind:1' })]);
    expect(step(m1, full.state, { type: 'payment', amount: 1 }, '2026-12-01T05:00:00Z').rejected?.code).toBe('flow.ended');
  });

  it('defers a contact at night with a timer and makes it when the timer fires', () => {
    const night = startRun(m1, c, '2026-12-01T15:00:00Z');
    expect(night.effects).toEqual([expect.objectContaining({ type: 'set-timer', until: '2026-12-02T00:00:00.000Z', key: 'K1:sms_remind:1:retry' })]);
    const morning = step(m1, night.state, { type: 'timer', key: 'K1:sms_remind:1:retry' }, '2026-12-02T00:00:00.000Z');
    expect(morning.effects).toEqual([expect.objectContaining({ type: 'send-sms', key: 'K1:sms_remind:2' })]);
  });

  it('never places with an agency that has a violation record, and recalls on a confirmed violation', () => {
    const placed = startRun(m3, { ...c, id: 'K9', dpd: 100, balance: 5000 }, T0);
    const placement = placed.effects.find((e) => e.type === 'place-with-agency')!;
    expect(['ag-huaxin', 'ag-tongda']).toContain(placement.agencyId);
    const recalled = step(m3, placed.state, { type: 'agency-violation', agencyId: placement.agencyId as string }, '2026-12-20T02:00:00Z');
    expect(recalled.effects[0]).toMatchObject({ type: 'recall-placement', agencyId: placement.agencyId });
    expect(recalled.state).toMatchObject({ status: 'ended', outcome: 'written-off' });
    expect(recalled.state.placement).toBeUndefined();
  });

  it('ends one case\'s run with the reason when a condition cannot be evaluated for it', () => {
    const f = flow('m3-plus');
    f.nodes.find((n) => n.id === 'legal_check')!.data = { condition: 'case.balance / case.score > 10' } as never;
    const plan = compile(f, { resolve });
    const r = startRun(plan, { ...c, dpd: 200, balance: 15000, score: undefined }, T0);
    expect(r.state).toMatchObject({ status: 'ended', outcome: 'error:expression' });
    expect(r.rejected).toMatchObject({ code: 'flow.expression-error', message: expect.stringContaining("node 'legal_check'") });
    expect(startRun(plan, { ...c, dpd: 200, balance: 15000, score: 600 }, T0).state.outcome).toBe('transferred-legal');
  });

  it('traces nodes, condition values and guardrail decisions when asked', () => {
    const traced = compile(flow('m1-early'), { resolve, trace: true });
    const r = startRun(traced, { ...c, score: 700, dpd: 3 }, '2026-12-01T15:00:00Z');
    expect(r.trace.map((t) => t.node)).toEqual(['start', 'aging', 'risk', 'sms_soft', 'sms_soft']);
    expect(r.trace[1]).toMatchObject({ node: 'aging', handle: 'M1' });
    expect(r.trace[3]).toMatchObject({ type: 'guard', guard: { decision: 'defer' } });
    expect(startRun(m1, c, T0).trace).toEqual([]);
  });
});
