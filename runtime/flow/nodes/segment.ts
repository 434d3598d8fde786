import { compileExpression, type ExprContext } from '../../expr/index.ts';
import { issue } from '../../errors.ts';
import { expr, uniqueIds } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const segment: FlowNodeSpec<'segment'> = {
  handles: (data) => ({ required: [...data.segments.map((s) => s.id), 'default'] }),
  prepare: (data, _id, branch) => {
    const tests = data.segments.map((s) => ({ test: compileExpression(s.condition), result: branch(s.id) }));
    const fallback = branch('default');
    const n = tests.length;
    return (ctx) => {
      const scope = ctx.state as unknown as ExprContext; // a run state has `case` and `vars`, which is all CEL reads
      for (let i = 0; i < n; i++) if (tests[i]!.test(scope) === true) return tests[i]!.result;
      return fallback;
    };
  },
  validate: (data, ctx) => [
    ...uniqueIds(data.segments, ctx.at, 'segments'),
    ...data.segments.flatMap((s, i) => expr(s.condition, ctx, 'segments', i, 'condition')),
    ...(data.default ? [] : [issue(ctx.at, 'flow.segment-no-default', 'a segment node needs a default branch for cases no segment matches', '分群节点需要默认分支，用于不满足任何条件的案件')]),
    ...data.segments.filter((s) => s.id === 'default').map(() => issue(ctx.at, 'flow.reserved-branch-id', "'default' is reserved for the default branch", "'default' 是默认分支的保留名称")),
  ],
};
