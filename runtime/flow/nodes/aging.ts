import { childPtr, issue, type Issue } from '../../errors.ts';
import { caseField, uniqueIds } from './checks.ts';
import type { FlowNodeSpec, NodeOf } from './types.ts';

type Bucket = NodeOf<'aging'>['data']['buckets'][number];

const MAX_TABLE_DAYS = 4096;

export const aging: FlowNodeSpec<'aging'> = {
  handles: (data) => ({ required: data.buckets.map((b) => b.id) }),
  prepare: (data, _id, branch) => {
    const field = data.field ?? 'dpd';
    // Results are built once: routing a case allocates nothing.
    const buckets = data.buckets.map((b) => ({ min: b.min, max: b.max ?? Infinity, result: branch(b.id) }));
    const noBucket = { end: 'error:no-bucket' };
    const find = (days: number) => buckets.find((b) => days >= b.min && days <= b.max)?.result ?? noBucket;
    // Whole days up to the last finite bound (capped) are looked up in a table, not searched.
    const bounded = buckets.flatMap((b) => (b.max === Infinity ? [b.min] : [b.min, b.max]));
    const byDay = Array.from({ length: Math.min(Math.max(0, ...bounded) + 2, MAX_TABLE_DAYS) }, (_, d) => find(d));
    // The usual field read by name, so that V8 can cache the load; any other by key.
    const read = field === 'dpd' ? (c: { dpd?: unknown }) => c.dpd : (c: Record<string, unknown>) => c[field];
    return (ctx) => {
      const days = Number(read(ctx.state.case as Record<string, unknown>) ?? NaN);
      return (days >>> 0) === days && days < byDay.length ? byDay[days]! : find(days);
    };
  },
  validate: (data, ctx) => [
    ...caseField(data.field ?? 'dpd', ctx, 'field'),
    ...uniqueIds(data.buckets, ctx.at, 'buckets'),
    ...coverage(data.buckets, ctx.at),
  ],
};

/** Buckets, in any order, must tile 0..∞: no gap, no overlap, exactly one open-ended. */
function coverage(buckets: readonly Bucket[], at: string): Issue[] {
  const out: Issue[] = [];
  const upper = (b: Bucket) => (b.max === null || b.max === undefined ? Infinity : b.max);
  buckets.forEach((b, i) => {
    if (upper(b) < b.min) out.push(issue(childPtr(at, 'buckets', i, 'max'), 'flow.aging-inverted', `bucket '${b.id}' ends (${b.max}) before it starts (${b.min})`, `分段 '${b.id}' 的上限 (${b.max}) 小于下限 (${b.min})`));
  });
  if (out.length) return out;
  const order = buckets.map((b, i) => ({ b, i })).sort((x, y) => x.b.min - y.b.min || upper(x.b) - upper(y.b));
  let next = 0; // the first day not yet covered
  for (const { b, i } of order) {
    if (b.min > next) {
      const days = b.min - 1 === next ? `day ${next} falls` : `days ${next}–${b.min - 1} fall`;
      out.push(issue(childPtr(at, 'buckets', i, 'min'), 'flow.aging-gap', `${days} in no bucket (bucket '${b.id}' starts at ${b.min})`, `逾期天数 ${next}–${b.min - 1} 不属于任何分段（分段 '${b.id}' 从 ${b.min} 开始）`));
    } else if (b.min < next) {
      out.push(issue(childPtr(at, 'buckets', i, 'min'), 'flow.aging-overlap', `bucket '${b.id}' starts at ${b.min}, inside the bucket before it (which covers up to ${next - 1})`, `分段 '${b.id}' 从 ${b.min} 开始，与前一分段重叠（前一分段覆盖到 ${next - 1}）`));
    }
    next = Math.max(next, upper(b) + 1);
  }
  if (next !== Infinity) {
    const last = order[order.length - 1]!;
    out.push(issue(childPtr(at, 'buckets', last.i, 'max'), 'flow.aging-gap', `days from ${next} on fall in no bucket: the last bucket needs no upper bound`, `逾期 ${next} 天及以上不属于任何分段：最后一个分段不应设上限`));
  }
  return out;
}
