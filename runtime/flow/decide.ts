/**
 * The decision part of a flow on its own: from the start, through decision nodes (aging, segment,
 * scorecard, decision table, split, condition, set), to the first action, wait or end node, with
 * no run state, no effects and no allocation beyond one scratch context. This is what routing a
 * whole portfolio (and the designer's live preview) needs.
 */
import type { Case } from '../../schemas/generated/types.ts';
import type { NodeContext, NodeRuntime, Plan, RunState } from './engine-types.ts';

export interface Router {
  /** The id of the first node past the decisions for this case (its action, wait or end). */
  route(c: Case): string;
}

export function router(plan: Plan): Router {
  // One scratch state reused for every case: decision runners read case and vars, write vars only.
  const state = { caseId: '', case: undefined as unknown as Case, vars: {} as Record<string, unknown>, tags: [] as string[], attempts: {} } as unknown as RunState;
  const ctx: NodeContext = { plan, state, now: 0, nowIso: '', effects: [], trace: null, key: '' };
  const initial = Object.entries(plan.initialVars);
  return {
    route(c) {
      state.case = c;
      state.caseId = c.id;
      if (initial.length) for (const [k, v] of initial) state.vars[k] = v;
      let node: NodeRuntime | undefined = plan.start;
      while (node?.decides) {
        const r = node.run(ctx);
        if (!('next' in r)) break;
        node = r.to ?? node.out[r.next];
      }
      return node?.id ?? '';
    },
  };
}
