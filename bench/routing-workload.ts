/**
 * The routing workload, written once per engine: 8 aging buckets (M0..M7+), then per bucket three
 * segment rules in order and a default, each leading to an action.
 */
import type { FlowDocument } from '../schemas/generated/types.ts';
import { mulberry32 } from '../templates/data/generate-cases.ts';

export const BUCKETS = [[0, 0], [1, 30], [31, 60], [61, 90], [91, 120], [121, 150], [151, 180], [181, null]] as const;
export const SEGMENTS = [
  { id: 'small_good', cel: 'case.score >= 700 && case.balance < 5000' },
  { id: 'large', cel: 'case.balance >= 20000' },
  { id: 'risky_card', cel: 'case.product == "card" && case.score < 550' },
] as const;
const bucketId = (i: number) => (i === 7 ? 'M7plus' : `M${i}`);

export interface RoutingCase { id: string; dpd: number; balance: number; score: number; product: string; currency: string; timezone: string }

export function routingCases(n: number, seed = 42): RoutingCase[] {
  const rnd = mulberry32(seed);
  const products = ['card', 'cash_loan', 'bnpl', 'auto'];
  return Array.from({ length: n }, (_, i) => ({
    id: `B${i}`, dpd: Math.floor(rnd() * 400), balance: Math.round(Math.exp(6 + rnd() * 5)), score: 300 + Math.floor(rnd() * 550),
    product: products[Math.floor(rnd() * 4)]!, currency: 'CNY', timezone: 'Asia/Shanghai',
  }));
}

/** The actions by bucket and segment, built once (an engine returns node ids it already holds). */
const ACTIONS = BUCKETS.map((_, i) => [...SEGMENTS.map((s) => s.id), 'default'].map((s) => `${bucketId(i)}-${s}`));

/** The plain-JS lower bound: what a developer would hand-write, allocating nothing per case. */
export function handwritten(c: RoutingCase): string {
  const d = c.dpd;
  const row = ACTIONS[d === 0 ? 0 : d <= 30 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : d <= 120 ? 4 : d <= 150 ? 5 : d <= 180 ? 6 : 7]!;
  if (c.score >= 700 && c.balance < 5000) return row[0]!;
  if (c.balance >= 20000) return row[1]!;
  if (c.product === 'card' && c.score < 550) return row[2]!;
  return row[3]!;
}

export function routingFlow(): FlowDocument {
  const p = { x: 0, y: 0 };
  const nodes: Array<Record<string, unknown>> = [
    { id: 'start', type: 'start', position: p, data: {} },
    { id: 'aging', type: 'aging', position: p, data: { buckets: BUCKETS.map(([min, max], i) => ({ id: bucketId(i), min, max })) } },
  ];
  const edges: Array<Record<string, unknown>> = [{ id: 'e0', source: 'start', sourceHandle: 'next', target: 'aging' }];
  BUCKETS.forEach((_, i) => {
    const b = bucketId(i);
    nodes.push({ id: `seg_${b}`, type: 'segment', position: p, data: { segments: SEGMENTS.map((s) => ({ id: s.id, condition: s.cel })), default: {} } });
    edges.push({ id: `a_${b}`, source: 'aging', sourceHandle: b, target: `seg_${b}` });
    for (const s of [...SEGMENTS.map((x) => x.id), 'default']) {
      nodes.push({ id: `${b}-${s}`, type: 'end', position: p, data: { outcome: 'closed' } });
      edges.push({ id: `s_${b}_${s}`, source: `seg_${b}`, sourceHandle: s, target: `${b}-${s}` });
    }
  });
  return { kind: 'flow', schemaVersion: 1, id: 'routing', name: 'Routing', description: 'benchmark', nodes, edges } as unknown as FlowDocument;
}

/** The same table for @gorules/zen-engine (JDM decision table, first hit). */
export function routingJdm(): object {
  const rules: Array<Record<string, string>> = [];
  BUCKETS.forEach(([min, max], i) => {
    const dpd = max === null ? `>= ${min}` : `[${min}..${max}]`;
    const b = bucketId(i);
    rules.push({ _id: `${b}1`, d: dpd, s: '>= 700', bal: '< 5000', p: '', o: `"${b}-small_good"` });
    rules.push({ _id: `${b}2`, d: dpd, s: '', bal: '>= 20000', p: '', o: `"${b}-large"` });
    rules.push({ _id: `${b}3`, d: dpd, s: '< 550', bal: '', p: '"card"', o: `"${b}-risky_card"` });
    rules.push({ _id: `${b}4`, d: dpd, s: '', bal: '', p: '', o: `"${b}-default"` });
  });
  return {
    nodes: [
      { id: 'in', type: 'inputNode', name: 'in', position: { x: 0, y: 0 } },
      { id: 'dt', type: 'decisionTableNode', name: 'route', position: { x: 1, y: 0 }, content: {
        hitPolicy: 'first',
        inputs: [{ id: 'd', name: 'dpd', field: 'dpd' }, { id: 's', name: 'score', field: 'score' }, { id: 'bal', name: 'balance', field: 'balance' }, { id: 'p', name: 'product', field: 'product' }],
        outputs: [{ id: 'o', name: 'action', field: 'action' }], rules } },
      { id: 'out', type: 'outputNode', name: 'out', position: { x: 2, y: 0 } },
    ],
    edges: [{ id: 'e1', sourceId: 'in', targetId: 'dt', type: 'edge' }, { id: 'e2', sourceId: 'dt', targetId: 'out', type: 'edge' }],
  };
}

/** The same rules for json-rules-engine: priority gives first-hit order. */
export function routingRules(): Array<Record<string, unknown>> {
  const rules: Array<Record<string, unknown>> = [];
  BUCKETS.forEach(([min, max], i) => {
    const b = bucketId(i);
    const dpd = [{ fact: 'dpd', operator: 'greaterThanInclusive', value: min }, ...(max === null ? [] : [{ fact: 'dpd', operator: 'lessThanInclusive', value: max }])];
    const seg = [
      [{ fact: 'score', operator: 'greaterThanInclusive', value: 700 }, { fact: 'balance', operator: 'lessThan', value: 5000 }],
      [{ fact: 'balance', operator: 'greaterThanInclusive', value: 20000 }],
      [{ fact: 'product', operator: 'equal', value: 'card' }, { fact: 'score', operator: 'lessThan', value: 550 }],
      [],
    ];
    ['small_good', 'large', 'risky_card', 'default'].forEach((s, k) => {
      rules.push({ conditions: { all: [...dpd, ...seg[k]!] }, event: { type: `${b}-${s}` }, priority: 4 - k });
    });
  });
  return rules;
}
