import { describe, expect, it } from 'vitest';
import { validateGraph, type GraphEdgeLike, type GraphNodeLike, type HandleSpec } from './validate-graph.ts';

// A toy node vocabulary: `start` → next; `choice` → yes/no; `wait` → next (breaks cycles); `end`.
const specs: Record<string, HandleSpec> = {
  start: { required: ['next'] },
  choice: { required: ['yes', 'no'], optional: ['blocked'] },
  wait: { required: ['next'] },
  end: { required: [] },
};
const rules = {
  handlesOf: (n: GraphNodeLike) => specs[n.type] ?? { required: [] },
  isEntry: (n: GraphNodeLike) => n.type === 'start',
  breaksCycle: (n: GraphNodeLike) => n.type === 'wait',
};
const node = (id: string, type: string): GraphNodeLike => ({ id, type });
const edge = (id: string, source: string, sourceHandle: string, target: string): GraphEdgeLike => ({ id, source, sourceHandle, target });

function valid() {
  return {
    nodes: [node('s', 'start'), node('c', 'choice'), node('w', 'wait'), node('e', 'end')],
    edges: [edge('e1', 's', 'next', 'c'), edge('e2', 'c', 'yes', 'e'), edge('e3', 'c', 'no', 'w'), edge('e4', 'w', 'next', 'c')],
  };
}
const codes = (g: ReturnType<typeof valid>, r = rules) => validateGraph(g, r).map((i) => `${i.code} ${i.pointer}`);

describe('validateGraph', () => {
  it('accepts a well-formed graph whose loop passes through a wait', () => {
    expect(validateGraph(valid(), rules)).toEqual([]);
  });

  it('reports duplicate node and edge ids at their place', () => {
    const g = valid();
    g.nodes.push(node('e', 'end'));
    g.edges.push(edge('e1', 'w', 'next', 'e'));
    expect(codes(g)).toEqual(expect.arrayContaining(['graph.duplicate-node-id /nodes/4/id', 'graph.duplicate-edge-id /edges/4/id']));
  });

  it('reports edges that start or end nowhere', () => {
    const g = valid();
    g.edges.push(edge('x', 'ghost', 'next', 'e'), edge('y', 'c', 'blocked', 'nowhere'));
    expect(codes(g)).toEqual(['graph.dangling-source /edges/4/source', 'graph.dangling-target /edges/5/target']);
  });

  it('reports a handle the node does not have, and a branch with two edges', () => {
    const g = valid();
    g.edges.push(edge('x', 'c', 'maybe', 'e'), edge('y', 'c', 'yes', 'w'));
    expect(codes(g)).toEqual(['graph.unknown-handle /edges/4/sourceHandle', 'graph.duplicate-branch /edges/5/sourceHandle']);
  });

  it('reports a required branch left unconnected, but not an optional one', () => {
    const g = valid();
    g.edges = g.edges.filter((e) => e.id !== 'e2');
    expect(codes(g)).toEqual(['graph.missing-branch /nodes/1', 'graph.unreachable /nodes/3']);
  });

  it('requires exactly one entry', () => {
    const none = valid();
    none.nodes[0] = node('s', 'wait');
    expect(codes(none)).toContain('graph.no-entry /nodes');
    const two = valid();
    two.nodes.push(node('s2', 'start'));
    two.edges.push(edge('e9', 's2', 'next', 'e'));
    expect(codes(two)).toEqual(['graph.multiple-entries /nodes/4', 'graph.unreachable /nodes/4']);
  });

  it('treats extra roots as reachable', () => {
    const g = valid();
    g.nodes.push(node('h', 'end'));
    expect(codes(g)).toEqual(['graph.unreachable /nodes/4']);
    expect(validateGraph(g, { ...rules, extraRoots: ['h'] })).toEqual([]);
  });

  it('rejects a loop that never waits, naming a node on it', () => {
    const g = valid();
    g.nodes[2] = node('w', 'choice');
    g.edges[3] = edge('e4', 'w', 'yes', 'c');
    g.edges.push(edge('e5', 'w', 'no', 'e'));
    expect(codes(g)).toEqual(['graph.cycle /nodes/1']);
  });

  it('rejects a self-loop, and allows any loop when no breaker rule is given', () => {
    const g = valid();
    g.edges[2] = edge('e3', 'c', 'no', 'c');
    expect(codes(g)).toContain('graph.cycle /nodes/1');
    const { breaksCycle: _ignored, ...noBreaker } = rules;
    expect(codes(g, noBreaker as typeof rules).filter((c) => c.startsWith('graph.cycle'))).toEqual([]);
  });

  it('does not change its input', () => {
    const g = valid();
    const before = JSON.stringify(g);
    validateGraph(g, rules);
    expect(JSON.stringify(g)).toBe(before);
  });
});
