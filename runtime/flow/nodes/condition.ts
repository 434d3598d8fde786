import { compileExpression } from '../../expr/index.ts';
import { expr } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const condition: FlowNodeSpec<'condition'> = {
  handles: () => ({ required: ['true', 'false'] }),
  prepare: (data) => {
    const test = compileExpression(data.condition);
    return (ctx) => {
      const value = test({ case: ctx.state.case as Record<string, unknown>, vars: ctx.state.vars }) === true;
      return { next: value ? 'true' : 'false', value };
    };
  },
  validate: (data, ctx) => expr(data.condition, ctx, 'condition'),
};
