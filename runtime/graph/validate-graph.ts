/**
 * Shape checks shared by every graph document (flows and dialogs): ids, edges, branch handles,
 * one entry, reachability and cycles. The node kinds say which handles they have; this file
 * knows nothing about any particular kind.
 */
import { childPtr, issue, type Issue } from '../errors.ts';

export interface GraphNodeLike {
  id: string;
  type: string;
  data?: unknown;
}

export interface GraphEdgeLike {
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
}

export interface HandleSpec {
  /** Branch keys that must each have exactly one out-edge. */
  required: readonly string[];
  /** Branch keys that may have one out-edge (e.g. a contact node's `blocked`). */
  optional?: readonly string[];
}

export interface GraphRules<N extends GraphNodeLike> {
  handlesOf(node: N): HandleSpec;
  isEntry(node: N): boolean;
  /** When given, every cycle must pass through a node for which this is true (e.g. a wait). */
  breaksCycle?(node: N): boolean;
  /** Node ids reachable from outside the edges (e.g. targets of a dialog's global intents). */
  extraRoots?: readonly string[];
}

export interface GraphLike<N extends GraphNodeLike> {
  nodes: readonly N[];
  edges: readonly GraphEdgeLike[];
}

export function validateGraph<N extends GraphNodeLike>(doc: GraphLike<N>, rules: GraphRules<N>, base = ''): Issue[] {
  const issues: Issue[] = [];
  const nodeAt = new Map<string, number>();
  doc.nodes.forEach((n, i) => {
    if (nodeAt.has(n.id)) {
      issues.push(issue(childPtr(base, 'nodes', i, 'id'), 'graph.duplicate-node-id',
        `node id '${n.id}' is used twice`, `节点 id '${n.id}' 重复`));
    } else nodeAt.set(n.id, i);
  });

  const handles = new Map<string, HandleSpec>();
  for (const n of doc.nodes) if (!handles.has(n.id)) handles.set(n.id, rules.handlesOf(n));

  const edgeIds = new Set<string>();
  const used = new Map<string, number>(); // `${source}\u0000${handle}` → first edge index
  const out = new Map<string, string[]>();
  doc.edges.forEach((e, j) => {
    const at = (field: string) => childPtr(base, 'edges', j, field);
    if (edgeIds.has(e.id)) issues.push(issue(at('id'), 'graph.duplicate-edge-id', `edge id '${e.id}' is used twice`, `连线 id '${e.id}' 重复`));
    edgeIds.add(e.id);
    const sourceOk = nodeAt.has(e.source);
    if (!sourceOk) issues.push(issue(at('source'), 'graph.dangling-source', `edge '${e.id}' starts at node '${e.source}', which does not exist`, `连线 '${e.id}' 的起点节点 '${e.source}' 不存在`));
    if (!nodeAt.has(e.target)) issues.push(issue(at('target'), 'graph.dangling-target', `edge '${e.id}' ends at node '${e.target}', which does not exist`, `连线 '${e.id}' 的终点节点 '${e.target}' 不存在`));
    if (!sourceOk) return;
    const spec = handles.get(e.source)!;
    if (!spec.required.includes(e.sourceHandle) && !(spec.optional ?? []).includes(e.sourceHandle)) {
      const known = [...spec.required, ...(spec.optional ?? [])];
      issues.push(issue(at('sourceHandle'), 'graph.unknown-handle',
        `node '${e.source}' has no branch '${e.sourceHandle}'${known.length ? ` (it has ${known.join(', ')})` : ' (it has no out-going branches)'}`,
        `节点 '${e.source}' 没有分支 '${e.sourceHandle}'${known.length ? `（可用分支：${known.join('、')}）` : '（该节点没有出口）'}`));
      return;
    }
    const key = `${e.source}\u0000${e.sourceHandle}`;
    if (used.has(key)) {
      issues.push(issue(at('sourceHandle'), 'graph.duplicate-branch',
        `branch '${e.sourceHandle}' of node '${e.source}' has more than one edge`, `节点 '${e.source}' 的分支 '${e.sourceHandle}' 有多条连线`));
      return;
    }
    used.set(key, j);
    if (nodeAt.has(e.target)) (out.get(e.source) ?? out.set(e.source, []).get(e.source)!).push(e.target);
  });

  doc.nodes.forEach((n, i) => {
    if (nodeAt.get(n.id) !== i) return;
    for (const h of handles.get(n.id)!.required) {
      if (!used.has(`${n.id}\u0000${h}`)) {
        issues.push(issue(childPtr(base, 'nodes', i), 'graph.missing-branch',
          `branch '${h}' of node '${n.id}' is not connected`, `节点 '${n.id}' 的分支 '${h}' 未连接`));
      }
    }
  });

  const entries = doc.nodes.filter((n) => rules.isEntry(n));
  if (entries.length === 0) issues.push(issue(childPtr(base, 'nodes'), 'graph.no-entry', 'the graph has no start node', '缺少开始节点'));
  entries.slice(1).forEach((n) => issues.push(issue(childPtr(base, 'nodes', nodeAt.get(n.id)!), 'graph.multiple-entries',
    `node '${n.id}' is a second start node; a graph has exactly one`, `节点 '${n.id}' 是第二个开始节点，只能有一个`)));

  const roots = [...entries.slice(0, 1).map((n) => n.id), ...(rules.extraRoots ?? []).filter((id) => nodeAt.has(id))];
  const reached = reachable(roots, out);
  if (entries.length > 0) {
    doc.nodes.forEach((n, i) => {
      if (nodeAt.get(n.id) === i && !reached.has(n.id)) {
        issues.push(issue(childPtr(base, 'nodes', i), 'graph.unreachable', `node '${n.id}' cannot be reached from the start`, `节点 '${n.id}' 从开始节点无法到达`));
      }
    });
  }

  if (rules.breaksCycle) {
    const breakers = new Set(doc.nodes.filter((n) => rules.breaksCycle!(n)).map((n) => n.id));
    for (const cycleNode of cycleWithoutBreaker(doc.nodes.map((n) => n.id), out, breakers)) {
      issues.push(issue(childPtr(base, 'nodes', nodeAt.get(cycleNode)!), 'graph.cycle',
        `node '${cycleNode}' is on a loop that never waits; a loop must pass through a wait node`,
        `节点 '${cycleNode}' 处在没有等待节点的循环中；循环必须经过等待节点`));
    }
  }
  return issues;
}

function reachable(roots: readonly string[], out: Map<string, string[]>): Set<string> {
  const seen = new Set<string>(roots);
  const stack = [...roots];
  while (stack.length) {
    for (const next of out.get(stack.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/**
 * Finds loops that avoid every breaker: strongly connected components (Tarjan, iterative) of the
 * graph without breaker nodes, that have more than one node or a self-loop. Returns one node per loop.
 */
function cycleWithoutBreaker(ids: readonly string[], out: Map<string, string[]>, breakers: Set<string>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[] = [];
  let counter = 0;
  const succ = (v: string) => (out.get(v) ?? []).filter((w) => !breakers.has(w));

  for (const start of ids) {
    if (breakers.has(start) || index.has(start)) continue;
    const work: Array<{ v: string; next: number; succ: string[] }> = [{ v: start, next: 0, succ: succ(start) }];
    index.set(start, counter); low.set(start, counter++); stack.push(start); onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.succ.length) {
        const w = frame.succ[frame.next++]!;
        if (!index.has(w)) {
          index.set(w, counter); low.set(w, counter++); stack.push(w); onStack.add(w);
          work.push({ v: w, next: 0, succ: succ(w) });
        } else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(frame.v)!));
      if (low.get(frame.v) === index.get(frame.v)) {
        const component: string[] = [];
        let w: string;
        do { w = stack.pop()!; onStack.delete(w); component.push(w); } while (w !== frame.v);
        const selfLoop = component.length === 1 && frame.succ.includes(frame.v);
        if (component.length > 1 || selfLoop) found.push(component.sort()[0]!);
      }
    }
  }
  return found;
}
