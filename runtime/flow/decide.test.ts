import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handwritten, routingFlow, type RoutingCase } from '../../bench/routing-workload.ts';
import type { Case, FlowDocument } from '../../schemas/generated/types.ts';
import { compile } from './compile.ts';
import { router } from './decide.ts';

const route = router(compile(routingFlow()));
const routed = (c: Partial<RoutingCase>) => route.route({ id: 'R1', currency: 'CNY', timezone: 'Asia/Shanghai', ...c } as unknown as Case);

describe('router', () => {
  it('routes every case as the hand-written function does, at bucket edges and beyond the day table', () => {
    const days = fc.oneof(fc.constantFrom(0, 1, 30, 31, 60, 61, 180, 181, 4095, 4096, 4097, 2 ** 31), fc.nat(5000));
    fc.assert(fc.property(days, fc.nat(30000), fc.integer({ min: 300, max: 850 }), fc.constantFrom('card', 'cash_loan', 'bnpl'), (dpd, balance, score, product) => {
      const c = { id: 'R1', dpd, balance, score, product, currency: 'CNY', timezone: 'Asia/Shanghai' };
      expect(routed(c)).toBe(handwritten(c));
    }));
  });

  it('stops at the aging node when the days fall in no bucket (negative, fractional, missing)', () => {
    for (const dpd of [-1, 30.5, undefined, Number.NaN]) expect(routed({ dpd: dpd as number, balance: 100, score: 800, product: 'card' })).toBe('aging');
  });

  it('finds buckets whose bounds lie past the day table', () => {
    const flow = routingFlow() as unknown as { nodes: Array<{ id: string; data: { buckets?: Array<{ id: string; min: number; max: number | null }> } }> };
    const aging = flow.nodes.find((n) => n.id === 'aging')!;
    // M6 covers days 151–9,999 and M7plus from 10,000 on: both beyond the table's 4,096 days.
    aging.data.buckets![6]!.max = 9999;
    aging.data.buckets![7]!.min = 10000;
    const far = router(compile(flow as unknown as FlowDocument));
    const at = (dpd: number) => far.route({ id: 'R1', dpd, balance: 100, score: 800, product: 'card', currency: 'CNY', timezone: 'Asia/Shanghai' } as unknown as Case);
    expect([at(4095), at(9999), at(10000), at(50000)]).toEqual(['M6-small_good', 'M6-small_good', 'M7plus-small_good', 'M7plus-small_good']);
  });
});
