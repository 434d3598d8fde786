import { childPtr, issue, type Issue } from '../../errors.ts';
import { expr, uniqueIds } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const decisionTable: FlowNodeSpec<'decision-table'> = {
  handles: () => ({ required: ['next'] }),
  writes: (data) => data.outputs.map((o) => o.name),
  validate: (data, ctx) => {
    const outputs = new Set(data.outputs.map((o) => o.name));
    const unknownOutputs = (values: Record<string, unknown>, ...path: Array<string | number>): Issue[] =>
      Object.keys(values).filter((k) => !outputs.has(k)).map((k) => issue(childPtr(ctx.at, ...path, k), 'flow.unknown-output',
        `'${k}' is not an output of this table (outputs: ${[...outputs].join(', ')})`, `'${k}' 不是本决策表的输出（输出：${[...outputs].join('、')}）`));
    return [
      ...uniqueIds(data.rules, ctx.at, 'rules'),
      ...data.rules.flatMap((r, i) => [...expr(r.when, ctx, 'rules', i, 'when'), ...unknownOutputs(r.then, 'rules', i, 'then')]),
      ...unknownOutputs(data.defaults ?? {}, 'defaults'),
    ];
  },
};
