import { expr } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const condition: FlowNodeSpec<'condition'> = {
  handles: () => ({ required: ['true', 'false'] }),
  validate: (data, ctx) => expr(data.condition, ctx, 'condition'),
};
