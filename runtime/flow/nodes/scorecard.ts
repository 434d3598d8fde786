import { childPtr, issue, type Issue } from '../../errors.ts';
import { caseField, uniqueIds } from './checks.ts';
import type { FlowNodeSpec, NodeOf } from './types.ts';

type Characteristic = NodeOf<'scorecard'>['data']['characteristics'][number];

export const scorecard: FlowNodeSpec<'scorecard'> = {
  handles: () => ({ required: ['next'] }),
  writes: (data) => [data.output],
  prepare: (data) => (ctx) => {
    let score = data.base ?? 0;
    for (const c of data.characteristics) score += points(c, (ctx.state.case as Record<string, unknown>)[c.field]);
    ctx.state.vars[data.output] = score;
    return { next: 'next', value: score };
  },
  validate: (data, ctx) => [
    ...uniqueIds(data.characteristics, ctx.at, 'characteristics'),
    ...data.characteristics.flatMap((c, i) => [...caseField(c.field, ctx, 'characteristics', i, 'field'), ...bins(c, childPtr(ctx.at, 'characteristics', i))]),
  ],
};

/** A bin is either a numeric range [min, max) or a list of values; numeric ranges must not overlap. */
function bins(c: Characteristic, at: string): Issue[] {
  const out: Issue[] = [];
  const ranges: Array<{ lo: number; hi: number; i: number }> = [];
  c.bins.forEach((b, i) => {
    const numeric = b.min !== undefined || b.max !== undefined;
    if (numeric === (b.values !== undefined)) {
      out.push(issue(childPtr(at, 'bins', i), 'flow.scorecard-bin', 'a bin has either a range (min/max) or a list of values, not both and not neither', '分箱须为区间（min/max）或取值列表，二者选一'));
    } else if (numeric) ranges.push({ lo: b.min ?? -Infinity, hi: b.max ?? Infinity, i });
  });
  ranges.sort((a, b) => a.lo - b.lo);
  for (let k = 1; k < ranges.length; k++) {
    if (ranges[k]!.lo < ranges[k - 1]!.hi) {
      out.push(issue(childPtr(at, 'bins', ranges[k]!.i), 'flow.scorecard-overlap', `bins of '${c.id}' overlap: a value could score twice`, `特征 '${c.id}' 的分箱重叠：同一取值可能重复计分`));
    }
  }
  return out;
}

function points(c: Characteristic, value: unknown): number {
  if (value !== undefined && value !== null) {
    for (const b of c.bins) {
      const hit = b.values ? b.values.includes(value as string | number | boolean)
        : typeof value === 'number' && value >= (b.min ?? -Infinity) && value < (b.max ?? Infinity);
      if (hit) return b.points;
    }
  }
  return c.missingPoints ?? 0;
}
