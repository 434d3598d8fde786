import { compileExpression } from '../../expr/index.ts';
import { childPtr, issue, type Issue } from '../../errors.ts';
import { expr, uniqueIds } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const decisionTable: FlowNodeSpec<'decision-table'> = {
  handles: () => ({ required: ['next'] }),
  writes: (data) => data.outputs.map((o) => o.name),
  prepare: (data) => {
    const rules = data.rules.map((r) => ({ id: r.id, when: compileExpression(r.when), then: r.then }));
    const outputs = data.outputs.map((o) => o.name);
    return (ctx) => {
      const scope = { case: ctx.state.case as Record<string, unknown>, vars: ctx.state.vars };
      if (data.hitPolicy === 'first') {
        const hit = rules.find((r) => r.when(scope) === true);
        Object.assign(ctx.state.vars, hit ? hit.then : data.defaults ?? {});
        return { next: 'next', value: hit?.id ?? 'default' };
      }
      const hits = rules.filter((r) => r.when(scope) === true);
      for (const name of outputs) ctx.state.vars[name] = hits.flatMap((r) => (name in r.then ? [r.then[name]] : []));
      return { next: 'next', value: hits.map((r) => r.id) };
    };
  },
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
