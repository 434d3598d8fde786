import { compileExpression, type ExprContext } from '../../expr/index.ts';
import { expr } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const condition: FlowNodeSpec<'condition'> = {
  handles: () => ({ required: ['true', 'false'] }),
  prepare: (data, _id, branch) => {
    const test = compileExpression(data.condition);
    const yes = branch('true');
    const no = branch('false');
    return (ctx) => (test(ctx.state as unknown as ExprContext) === true ? yes : no);
  },
  validate: (data, ctx) => expr(data.condition, ctx, 'condition'),
};
