import { agencyIneligibility } from '../../policy/index.ts';
import { contact, effect } from '../contact.ts';
import { durationMs } from '../durations.ts';
import { fnv1a } from './split.ts';
import { BLOCKED, type FlowNodeSpec } from './types.ts';

export const agencyPlacement: FlowNodeSpec<'agency-placement'> = {
  handles: () => ({ required: ['returned', 'recalled'], optional: [BLOCKED] }),
  prepare: (data, id) => {
    const term = durationMs(data.term);
    return (ctx) => {
      const policy = ctx.plan.policy?.policy;
      const eligible = policy ? data.agencyIds.filter((a) => agencyIneligibility(policy, a, ctx.now) === null) : [];
      // Only eligible agencies are candidates: one with a violation record never receives a case.
      const n = eligible.length;
      const agencyId = n === 0 ? data.agencyIds[0]! : data.selection === 'hash' ? eligible[fnv1a(ctx.state.caseId) % n]!
        : data.selection === 'round-robin' ? eligible[(ctx.state.attempts[id]! - 1) % n]! : eligible[0]!;
      const until = new Date(ctx.now + term).toISOString();
      const termKey = `${ctx.key}:term`;
      const result = contact(ctx, id, {
        channel: 'agency', agencyId,
        effect: { type: 'place-with-agency', agencyId, until },
        waitFor: { wait: { kind: 'timer', node: id, key: termKey, until, purpose: 'term' }, effects: [effect(ctx, id, { type: 'set-timer', until }, termKey)] },
      });
      if ('wait' in result && result.wait.kind === 'timer' && result.wait.purpose === 'term') ctx.state.placement = { agencyId, node: id, key: ctx.key };
      return result;
    };
  },
};
