import { childPtr, issue } from '../../errors.ts';
import { expr } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const set: FlowNodeSpec<'set'> = {
  handles: () => ({ required: ['next'] }),
  writes: (data) => (data.assignments ?? []).map((a) => a.variable),
  validate: (data, ctx) => (data.assignments ?? []).flatMap((a, i) => {
    if ((a.value === undefined) === (a.expression === undefined)) {
      return [issue(childPtr(ctx.at, 'assignments', i), 'flow.assignment-value', `assignment to '${a.variable}' needs exactly one of value or expression`, `对 '${a.variable}' 的赋值须且仅须给出 value 或 expression 之一`)];
    }
    return a.expression === undefined ? [] : expr(a.expression, ctx, 'assignments', i, 'expression');
  }),
};
