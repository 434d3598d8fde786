import { issue } from '../../errors.ts';
import { uniqueIds } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const split: FlowNodeSpec<'split'> = {
  handles: (data) => ({ required: data.variants.map((v) => v.id) }),
  prepare: (data) => {
    const salt = data.salt ?? '';
    let acc = 0;
    const cuts = data.variants.map((v) => ({ id: v.id, upTo: (acc += v.percent) }));
    return (ctx) => {
      // The same case always lands in the same variant: a hash of the case id, not a coin toss.
      const bucket = (fnv1a(`${salt}:${ctx.state.caseId}`) % 10_000) / 100;
      const hit = cuts.find((c) => bucket < c.upTo) ?? cuts[cuts.length - 1]!;
      return { next: hit.id, value: bucket };
    };
  },
  validate: (data, ctx) => {
    const total = data.variants.reduce((sum, v) => sum + v.percent, 0);
    return [
      ...uniqueIds(data.variants, ctx.at, 'variants'),
      ...(Math.abs(total - 100) > 1e-9 ? [issue(ctx.at + '/variants', 'flow.split-sum', `variant percentages add up to ${total}, not 100`, `各组比例之和为 ${total}，应为 100`)] : []),
    ];
  },
};

/** 32-bit FNV-1a: small, fast, and the same in every runtime. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
