/**
 * Properties over random ledgers, clocks and zones, checked by a plain reference oracle written
 * independently of the engine (it uses Intl directly and counts by brute force):
 * an `allow` never breaks a rule, and a `defer` always lands on an instant that is allowed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case, PolicyDocument } from '../../schemas/generated/types.ts';
import { loadTemplates } from '../../templates/load-templates.ts';
import { compilePolicy, type LedgerEntry } from './index.ts';

const policies = Object.fromEntries(loadTemplates().filter((t) => t.doc.kind === 'policy').map((t) => [t.doc.id, t.doc as unknown as PolicyDocument]));
const ZONES = ['Asia/Shanghai', 'America/New_York', 'America/Los_Angeles', 'America/Phoenix', 'Pacific/Honolulu', 'Europe/London'];
const PHONE = '+10000000001';
const BASE = Date.UTC(2026, 2, 1); // spans both 2026 DST changes in the US and Europe

/** Local wall-clock parts, straight from Intl. */
function wall(ms: number, zone: string) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .formatToParts(ms).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function oracleViolations(policy: PolicyDocument, c: Case, ledger: LedgerEntry[], atMs: number): string[] {
  const out: string[] = [];
  const zones = [c.timezone, ...(c.phones ?? []).flatMap((p) => (p.timezone ? [p.timezone] : []))];
  const w = policy.quietHours[0]!;
  const [s, e] = [w.start, w.end].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
  for (const z of zones) {
    const m = wall(atMs, z).minutes;
    if (m < s! || m >= e!) out.push(`quiet hours in ${z}`);
  }
  const today = wall(atMs, c.timezone).date;
  const sameDay = ledger.filter((l) => l.direction === 'outbound' && l.channel === 'voice' && wall(Date.parse(l.at), c.timezone).date === today);
  const caps = policy.caps;
  if (caps.conversationsPerDebtorPerDay && sameDay.filter((l) => l.outcome === 'conversation').length >= caps.conversationsPerDebtorPerDay) out.push('conversation cap');
  if (caps.attemptsPerPhonePerDay && sameDay.filter((l) => l.phone === PHONE && ['no_answer', 'busy', 'voicemail', 'not_in_service'].includes(l.outcome)).length >= caps.attemptsPerPhonePerDay) out.push('attempt cap');
  if (caps.sevenInSeven?.enabled) {
    const d = dayNumber(today);
    const past = ledger.filter((l) => Date.parse(l.at) <= atMs);
    const calls = past.filter((l) => l.direction === 'outbound' && !['busy', 'not_in_service'].includes(l.outcome) && d - dayNumber(wall(Date.parse(l.at), c.timezone).date) < 7);
    if (calls.length >= 7) out.push('7 in 7');
    if (past.some((l) => l.outcome === 'conversation' && d - dayNumber(wall(Date.parse(l.at), c.timezone).date) < 7)) out.push('after conversation');
  }
  return out;
}

const entry = fc.record({
  offsetMin: fc.integer({ min: 0, max: 20 * 1440 }),
  outcome: fc.constantFrom<LedgerEntry['outcome']>('conversation', 'no_answer', 'voicemail', 'busy', 'not_in_service'),
  inbound: fc.boolean(),
});

for (const id of ['policy-cn', 'policy-us']) {
  describe(`${id} guardrails, by property`, () => {
    const policy = policies[id]!;
    const compiled = compilePolicy(policy);
    it('never allows a contact the rules forbid, and defers only to an allowed instant', () => {
      fc.assert(fc.property(
        fc.constantFrom(...ZONES), fc.option(fc.constantFrom(...ZONES), { nil: undefined }), fc.array(entry, { maxLength: 14 }), fc.integer({ min: 0, max: 21 * 1440 }),
        (zone, phoneZone, entries, atMin) => {
          const c: Case = { id: 'P', dpd: 10, balance: 100, currency: 'USD', timezone: zone, phones: [{ number: PHONE, owner: 'debtor', ...(phoneZone ? { timezone: phoneZone } : {}) }] };
          const ledger: LedgerEntry[] = entries.map((e) => ({ at: new Date(BASE + e.offsetMin * 60_000).toISOString(), channel: 'voice', party: 'debtor', phone: PHONE, direction: e.inbound ? 'inbound' : 'outbound', outcome: e.outcome }));
          const at = new Date(BASE + atMin * 60_000).toISOString();
          const d = compiled.evaluate({ case: c, ledger, channel: 'voice', party: 'debtor', at, phone: PHONE });
          if (d.decision === 'allow') expect(oracleViolations(policy, c, ledger, Date.parse(at))).toEqual([]);
          if (d.decision === 'defer') {
            expect(Date.parse(d.until!)).toBeGreaterThan(Date.parse(at));
            expect(oracleViolations(policy, c, ledger, Date.parse(d.until!))).toEqual([]);
            expect(compiled.evaluate({ case: c, ledger, channel: 'voice', party: 'debtor', at: d.until!, phone: PHONE }).decision).toBe('allow');
          }
        },
      ), { numRuns: 400, seed: 20261128 });
    });
  });
}
