import { compileExpression } from '../../expr/index.ts';
import { childPtr, issue } from '../../errors.ts';
import { expr } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const set: FlowNodeSpec<'set'> = {
  handles: () => ({ required: ['next'] }),
  writes: (data) => (data.assignments ?? []).map((a) => a.variable),
  prepare: (data, _id, branch) => {
    const assignments = (data.assignments ?? []).map((a) => ({ variable: a.variable, value: a.value, expr: a.expression === undefined ? null : compileExpression(a.expression) }));
    const add = data.addTags ?? [];
    const remove = new Set(data.removeTags ?? []);
    const next = branch('next');
    return (ctx) => {
      for (const a of assignments) {
        ctx.state.vars[a.variable] = a.expr ? a.expr({ case: ctx.state.case as Record<string, unknown>, vars: ctx.state.vars }) : a.value;
      }
      if (add.length || remove.size) ctx.state.tags = [...new Set([...ctx.state.tags.filter((t) => !remove.has(t)), ...add])];
      return next;
    };
  },
  validate: (data, ctx) => (data.assignments ?? []).flatMap((a, i) => {
    if ((a.value === undefined) === (a.expression === undefined)) {
      return [issue(childPtr(ctx.at, 'assignments', i), 'flow.assignment-value', `assignment to '${a.variable}' needs exactly one of value or expression`, `对 '${a.variable}' 的赋值须且仅须给出 value 或 expression 之一`)];
    }
    return a.expression === undefined ? [] : expr(a.expression, ctx, 'assignments', i, 'expression');
  }),
};
