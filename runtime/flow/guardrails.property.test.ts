/**
 * Whatever happens to a case and whenever, the engine never emits a contact the policy forbids:
 * random timelines of outcomes, timers, payments and flags, at random instants across DST and day
 * boundaries in several zones. Quiet hours and cease flags are checked by an oracle written apart.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case, FlowDocument, PolicyDocument } from '../../schemas/generated/types.ts';
import { loadTemplates, templateResolver } from '../../templates/load-templates.ts';
import { compilePolicy } from '../policy/index.ts';
import { compile, startRun, step, type FlowEvent, type RunState } from './index.ts';

const templates = loadTemplates();
const resolve = templateResolver(templates);
const CONTACTS = new Set(['send-sms', 'place-bot-call', 'queue-agent-call']);
const OUTCOMES = ['sent', 'failed', 'ptp', 'no_answer', 'refused', 'callback', 'hardship', 'dispute', 'third_party', 'other'];
const FLAGS = ['dispute', 'vulnerable', 'stop_contact', 'hardship', 'attorney'];

function localMinutes(ms: number, zone: string): number {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).formatToParts(ms).map((x) => [x.type, x.value]));
  return Number(p.hour) * 60 + Number(p.minute);
}

const action = fc.record({
  kind: fc.constantFrom('outcome', 'outcome', 'outcome', 'timer', 'timer', 'payment', 'flag'),
  value: fc.constantFrom(...OUTCOMES),
  flag: fc.constantFrom(...FLAGS),
  advanceMin: fc.integer({ min: 0, max: 3 * 1440 }),
});

const setups = [
  { flow: 'm1-early', zones: ['Asia/Shanghai'], currency: 'CNY', start: Date.UTC(2026, 11, 1) },
  { flow: 'lifecycle-us', zones: ['America/New_York', 'America/Los_Angeles', 'America/Phoenix'], currency: 'USD', start: Date.UTC(2026, 2, 5) },
];

for (const setup of setups) {
  describe(`${setup.flow}: every contact the engine emits is permitted`, () => {
    const flowDoc = templates.find((t) => t.doc.id === setup.flow)!.doc as unknown as FlowDocument;
    const plan = compile(flowDoc, { resolve });
    const policyDoc = resolve('policy', flowDoc.policyId!) as PolicyDocument;
    const policy = compilePolicy(policyDoc);
    const window = policyDoc.quietHours[0]!;
    const [open, close] = [window.start, window.end].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));

    it('under random timelines', () => {
      fc.assert(fc.property(
        fc.constantFrom(...setup.zones), fc.option(fc.constantFrom(...setup.zones), { nil: undefined }), fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 1440 }), fc.array(action, { maxLength: 25 }),
        (zone, phoneZone, dpd, startMin, actions) => {
          const c: Case = { id: 'P1', dpd, balance: 2000, overdueAmount: 500, currency: setup.currency, timezone: zone, language: 'en', name: 'P', lender: 'L',
            score: 600, promisesBroken: 0, phones: [{ number: '+10000000001', owner: 'debtor', ...(phoneZone ? { timezone: phoneZone } : {}) }], debts: [{ id: 'P1-D1' }] };
          let now = setup.start + startMin * 60_000;
          let r = startRun(plan, c, new Date(now).toISOString());
          const check = (state: RunState, effects: typeof r.effects, before: RunState) => {
            for (const e of effects) {
              if (!CONTACTS.has(e.type)) continue;
              const at = Date.parse(e.at);
              for (const z of [zone, ...(phoneZone ? [phoneZone] : [])]) {
                const m = localMinutes(at, z);
                expect(m >= open! && m < close!, `${e.type} at ${e.at} is ${Math.floor(m / 60)}:${m % 60} in ${z}`).toBe(true);
              }
              expect(before.case.flags ?? []).not.toContain('dispute');
              expect(before.case.flags ?? []).not.toContain('stop_contact');
              expect(policy.evaluate({ case: before.case, ledger: before.ledger, channel: e.type === 'send-sms' ? 'sms' : 'voice', party: 'debtor', at: e.at, phone: e.phone as string }).decision).toBe('allow');
            }
            return state;
          };
          let state = check(r.state, r.effects, r.state);
          for (const a of actions) {
            if (state.status === 'ended') break;
            now += a.advanceMin * 60_000;
            const w = state.waiting;
            let event: FlowEvent;
            if (a.kind === 'timer' && w && (w.kind === 'timer' || w.kind === 'event')) {
              now = Math.max(now, Date.parse(w.until));
              event = { type: 'timer', key: w.key };
            } else if (a.kind === 'payment') event = { type: 'payment', amount: 100 };
            else if (a.kind === 'flag') event = { type: 'flag', flag: a.flag };
            else event = { type: 'outcome', value: a.value };
            r = step(plan, state, event, new Date(now).toISOString());
            state = check(r.state, r.effects, state);
          }
        },
      ), { numRuns: 300, seed: 7 });
    });
  });
}
