import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../templates/load-templates.ts';
import type { Case, PolicyDocument } from '../../schemas/generated/types.ts';
import { compilePolicy, type ContactRequest, type LedgerEntry } from './index.ts';

const policies = Object.fromEntries(loadTemplates().filter((t) => t.doc.kind === 'policy').map((t) => [t.doc.id, t.doc as unknown as PolicyDocument]));
const cn = compilePolicy(policies['policy-cn']!);
const us = compilePolicy(policies['policy-us']!);

const cnCase: Case = { id: 'C1', dpd: 12, balance: 5000, currency: 'CNY', timezone: 'Asia/Shanghai', phones: [{ number: '+8613800000001', owner: 'debtor' }, { number: '+8613900000002', owner: 'third_party', relation: 'spouse' }] };
const usCase: Case = { id: 'U1', dpd: 20, balance: 900, currency: 'USD', timezone: 'America/New_York', phones: [{ number: '+12125550101', owner: 'debtor' }], debts: [{ id: 'D1' }, { id: 'D2' }] };
const req = (over: Partial<ContactRequest>): ContactRequest => ({ case: cnCase, ledger: [], channel: 'voice', party: 'debtor', at: '2026-11-27T02:00:00Z', phone: '+8613800000001', ...over });
const call = (at: string, outcome: LedgerEntry['outcome'], over: Partial<LedgerEntry> = {}): LedgerEntry => ({ at, channel: 'voice', party: 'debtor', direction: 'outbound', outcome, ...over });
const codes = (d: { reasons: Array<{ code: string }> }) => d.reasons.map((r) => r.code);

describe('quiet hours', () => {
  it('allows 10:00 Shanghai and defers 23:30 Shanghai to 08:00 the next morning', () => {
    expect(cn.evaluate(req({ at: '2026-11-27T02:00:00Z' })).decision).toBe('allow');
    const d = cn.evaluate(req({ at: '2026-11-27T15:30:00Z' }));
    expect(d).toMatchObject({ decision: 'defer', until: '2026-11-28T00:00:00.000Z' });
    expect(codes(d)).toEqual(['policy.quiet-hours']);
  });

  it('follows DST in New York: 08:00 local is 12:00Z in summer and 13:00Z in winter', () => {
    const summer = us.evaluate(req({ case: usCase, phone: '+12125550101', at: '2026-07-01T11:30:00Z' }));
    expect(summer.until).toBe('2026-07-01T12:00:00.000Z');
    const winter = us.evaluate(req({ case: usCase, phone: '+12125550101', at: '2026-12-01T12:30:00Z' }));
    expect(winter.until).toBe('2026-12-01T13:00:00.000Z');
  });

  it('handles the spring-forward night: 21:30 on 2026-03-07 New York defers to 08:00 EDT on 03-08', () => {
    const d = us.evaluate(req({ case: usCase, phone: '+12125550101', at: '2026-03-08T02:30:00Z' }));
    expect(d.until).toBe('2026-03-08T12:00:00.000Z');
  });

  it('with two candidate zones, permits only hours allowed in both', () => {
    const twoZones: Case = { ...usCase, phones: [{ number: '+13105550199', owner: 'debtor', timezone: 'America/Los_Angeles' }] };
    // 08:30 in New York is 05:30 in Los Angeles: wait for 08:00 Pacific (16:00Z in winter).
    const d = us.evaluate(req({ case: twoZones, phone: '+13105550199', at: '2026-12-02T13:30:00Z' }));
    expect(d).toMatchObject({ decision: 'defer', until: '2026-12-02T16:00:00.000Z' });
    // 20:30 Pacific is 23:30 Eastern: too late in New York, defer to next day 08:00 Pacific.
    expect(us.evaluate(req({ case: twoZones, phone: '+13105550199', at: '2026-12-03T04:30:00Z' })).until).toBe('2026-12-03T16:00:00.000Z');
  });

  it('lets a consent to be called at night override quiet hours for its channel only', () => {
    const consenting: Case = { ...cnCase, consents: [{ channel: 'voice', givenAt: '2026-11-27T10:00:00Z', until: '2026-11-28T10:00:00Z', quietHours: true }] };
    expect(cn.evaluate(req({ case: consenting, at: '2026-11-27T15:00:00Z' })).decision).toBe('allow');
    expect(cn.evaluate(req({ case: consenting, channel: 'sms', at: '2026-11-27T15:00:00Z' })).decision).toBe('defer');
  });
});

// A deferral to the next local day lands at midnight, where quiet hours then defer it to the morning.
describe('China caps', () => {
  it('defers a fourth effective conversation in the debtor-local day to the next morning', () => {
    const ledger = ['2026-11-27T01:00:00Z', '2026-11-27T03:00:00Z', '2026-11-27T05:00:00Z'].map((at) => call(at, 'conversation', { phone: '+8613800000001' }));
    const d = cn.evaluate(req({ ledger, at: '2026-11-27T07:00:00Z' }));
    expect(d).toMatchObject({ decision: 'defer', until: '2026-11-28T00:00:00.000Z' });
    expect(codes(d)).toEqual(['policy.cap-conversations', 'policy.quiet-hours']);
  });

  it('counts the day in the debtor zone: 23:30 yesterday local does not count today', () => {
    const ledger = ['2026-11-26T15:30:00Z', '2026-11-27T01:00:00Z', '2026-11-27T02:00:00Z'].map((at) => call(at, 'conversation'));
    expect(cn.evaluate(req({ ledger, at: '2026-11-27T03:00:00Z' })).decision).toBe('allow');
  });

  it('defers after six unanswered attempts to the same number, but not to another number', () => {
    const ledger = Array.from({ length: 6 }, (_, i) => call(`2026-11-27T0${i + 1}:00:00Z`, 'no_answer', { phone: '+8613800000001' }));
    expect(codes(cn.evaluate(req({ ledger, at: '2026-11-27T08:00:00Z' })))).toEqual(['policy.cap-attempts', 'policy.quiet-hours']);
    const other: Case = { ...cnCase, phones: [...cnCase.phones!, { number: '+8613700000003', owner: 'debtor' }] };
    expect(cn.evaluate(req({ case: other, ledger, phone: '+8613700000003', at: '2026-11-27T08:00:00Z' })).decision).toBe('allow');
  });
});

describe('Regulation F 7-in-7', () => {
  const at = (day: number, hour = 15) => `2026-12-${String(day).padStart(2, '0')}T${hour}:00:00Z`; // 10:00 New York in December
  const usReq = (ledger: LedgerEntry[], when: string, debtId = 'D1') => us.evaluate(req({ case: usCase, phone: '+12125550101', ledger, at: when, debtId }));

  it('allows the 7th call in 7 days and defers the 8th until the oldest call leaves the window', () => {
    const six = [1, 2, 3, 4, 5, 6].map((d) => call(at(d), 'no_answer', { debtId: 'D1' }));
    expect(usReq(six, at(7)).decision).toBe('allow');
    const seven = [...six, call(at(7), 'voicemail', { debtId: 'D1' })];
    const d = usReq(seven, at(7, 18));
    expect(codes(d)).toEqual(['policy.reg-f-7-in-7', 'policy.quiet-hours']);
    expect(d.until).toBe('2026-12-08T13:00:00.000Z'); // 08:00 New York on day 8
  });

  it('does not count calls that never connected, or calls about another debt', () => {
    const ledger = [1, 2, 3, 4, 5, 6, 7].map((d) => call(at(d), d % 2 ? 'busy' : 'not_in_service', { debtId: 'D1' }));
    expect(usReq(ledger, at(7, 18)).decision).toBe('allow');
    const otherDebt = [1, 2, 3, 4, 5, 6, 7].map((d) => call(at(d), 'no_answer', { debtId: 'D2' }));
    expect(usReq(otherDebt, at(7, 18), 'D1').decision).toBe('allow');
    expect(usReq(otherDebt, at(7, 18), 'D2').decision).toBe('defer');
  });

  it('excludes calls made with the consumer\'s direct consent, and inbound calls', () => {
    const ledger = [1, 2, 3, 4, 5, 6, 7].map((d) => call(at(d), 'no_answer', { debtId: 'D1', consentUntil: '2026-12-08T00:00:00Z' }));
    expect(usReq(ledger, at(7, 18)).decision).toBe('allow');
    const inbound = [1, 2, 3, 4, 5, 6, 7].map((d) => call(at(d), 'no_answer', { debtId: 'D1', direction: 'inbound' }));
    expect(usReq(inbound, at(7, 18)).decision).toBe('allow');
  });

  it('after a telephone conversation, no call until day 8 (the conversation day is day 1)', () => {
    const ledger = [call(at(3), 'conversation', { debtId: 'D1' })];
    const d = usReq(ledger, at(9));
    expect(codes(d)).toEqual(['policy.reg-f-after-conversation', 'policy.quiet-hours']);
    expect(d.until).toBe('2026-12-10T13:00:00.000Z');
    expect(usReq(ledger, at(10)).decision).toBe('allow');
    expect(usReq(ledger, at(9), 'D2').decision).toBe('allow');
  });

  it('does not apply to SMS', () => {
    const ledger = [call(at(3), 'conversation', { debtId: 'D1' })];
    expect(us.evaluate(req({ case: usCase, channel: 'sms', ledger, at: at(4), debtId: 'D1' })).decision).toBe('allow');
  });
});

describe('denials', () => {
  it('denies contact once a cease flag is set', () => {
    const d = us.evaluate(req({ case: { ...usCase, flags: ['attorney'] }, phone: '+12125550101', at: '2026-12-01T15:00:00Z' }));
    expect(d).toEqual({ decision: 'deny', reasons: [expect.objectContaining({ code: 'policy.cease' })] });
  });

  it('honours per-channel opt-outs', () => {
    const optedOut: Case = { ...cnCase, optOuts: ['sms'] };
    expect(codes(cn.evaluate(req({ case: optedOut, channel: 'sms' })))).toEqual(['policy.opt-out']);
    expect(cn.evaluate(req({ case: optedOut, channel: 'voice' })).decision).toBe('allow');
  });

  it('never collects through a third party\'s number, and contacts a third party once at most', () => {
    expect(codes(cn.evaluate(req({ phone: '+8613900000002' })))).toEqual(['policy.not-debtor-phone']);
    expect(cn.evaluate(req({ party: 'third_party', phone: '+8613900000002' })).decision).toBe('allow');
    const once = [call('2026-11-20T02:00:00Z', 'conversation', { party: 'third_party', phone: '+8613900000002' })];
    expect(codes(cn.evaluate(req({ party: 'third_party', phone: '+8613900000002', ledger: once })))).toEqual(['policy.third-party-once']);
  });

  it('does not contact a third party when the debtor was reached recently, or one who refused', () => {
    const reached = [call('2026-11-25T02:00:00Z', 'conversation')];
    expect(codes(cn.evaluate(req({ party: 'third_party', phone: '+8613900000002', ledger: reached })))).toEqual(['policy.debtor-reachable']);
    const refused: Case = { ...cnCase, phones: [cnCase.phones![0]!, { number: '+8613900000002', owner: 'third_party', refused: true }] };
    expect(codes(cn.evaluate(req({ case: refused, party: 'third_party', phone: '+8613900000002' })))).toEqual(['policy.third-party-refused']);
  });

  it('never places a case with an agency that has a confirmed violation, or that is overdue for review', () => {
    const place = (agencyId: string, at = '2026-11-27T02:00:00Z') => cn.evaluate(req({ channel: 'agency', agencyId, at }));
    expect(place('ag-huaxin').decision).toBe('allow');
    expect(codes(place('ag-lixin'))).toEqual(['policy.agency-violation']);
    expect(codes(place('ag-nobody'))).toEqual(['policy.agency-unknown']);
    expect(codes(place('ag-tongda', '2027-06-01T02:00:00Z'))).toEqual(['policy.agency-review-overdue']);
  });
});

describe('determinism', () => {
  it('gives the same decision for the same inputs and never changes them', () => {
    const ledger = Object.freeze([call('2026-11-27T01:00:00Z', 'conversation')]);
    const r = req({ ledger, at: '2026-11-27T15:00:00Z' });
    expect(cn.evaluate(r)).toEqual(cn.evaluate(structuredClone(r)));
  });

  it('rejects a contact time that is not an instant', () => {
    expect(() => cn.evaluate(req({ at: 'tomorrow' }))).toThrow(/not an ISO instant/);
  });
});
