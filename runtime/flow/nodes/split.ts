import { issue } from '../../errors.ts';
import { uniqueIds } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const split: FlowNodeSpec<'split'> = {
  handles: (data) => ({ required: data.variants.map((v) => v.id) }),
  validate: (data, ctx) => {
    const total = data.variants.reduce((sum, v) => sum + v.percent, 0);
    return [
      ...uniqueIds(data.variants, ctx.at, 'variants'),
      ...(Math.abs(total - 100) > 1e-9 ? [issue(ctx.at + '/variants', 'flow.split-sum', `variant percentages add up to ${total}, not 100`, `各组比例之和为 ${total}，应为 100`)] : []),
    ];
  },
};
