/** A large, valid synthetic flow (conditions, assignments and SMS in a chain) for benchmarks. */
import type { FlowDocument } from '../schemas/generated/types.ts';

export function syntheticFlow(targetNodes: number): FlowDocument {
  const blocks = Math.max(1, Math.ceil((targetNodes - 2) / 3));
  const nodes: Array<Record<string, unknown>> = [{ id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} }];
  const edges: Array<Record<string, unknown>> = [{ id: 'e-start', source: 'start', sourceHandle: 'next', target: 'c0' }];
  const at = (i: number, row: number) => ({ x: i * 240, y: row * 120 });
  for (let i = 0; i < blocks; i++) {
    const next = i + 1 < blocks ? `c${i + 1}` : 'end';
    nodes.push(
      { id: `c${i}`, type: 'condition', position: at(i, 0), data: { condition: `case.dpd > ${i % 90} && (case.balance >= ${i * 10} || "vip" in case.tags)` } },
      { id: `s${i}`, type: 'set', position: at(i, 1), data: { assignments: [{ variable: 'step', expression: `vars.step + ${i}` }] } },
      { id: `m${i}`, type: 'sms', position: at(i, 2), data: { template: { zh: `【银行】{{case.name}}您好，第${i}条提醒。回复TD退订`, en: `Reminder ${i} for {{case.name}}. Reply STOP to opt out.` } } },
    );
    edges.push(
      { id: `e${i}t`, source: `c${i}`, sourceHandle: 'true', target: `s${i}` },
      { id: `e${i}f`, source: `c${i}`, sourceHandle: 'false', target: `m${i}` },
      { id: `e${i}s`, source: `s${i}`, sourceHandle: 'next', target: next },
      { id: `e${i}ms`, source: `m${i}`, sourceHandle: 'sent', target: next },
      { id: `e${i}mf`, source: `m${i}`, sourceHandle: 'failed', target: next },
    );
  }
  nodes.push({ id: 'end', type: 'end', position: at(blocks, 0), data: { outcome: 'closed' } });
  return {
    kind: 'flow', schemaVersion: 1, id: 'synthetic', name: 'Synthetic', description: `${nodes.length} nodes`,
    variables: [{ name: 'step', type: 'number', default: 0 }], nodes, edges,
  } as unknown as FlowDocument;
}
