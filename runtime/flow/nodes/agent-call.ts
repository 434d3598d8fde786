import { contact, type ContactPlan } from '../contact.ts';
import { BLOCKED, type FlowNodeSpec } from './types.ts';

export const agentCall: FlowNodeSpec<'agent-call'> = {
  handles: (data) => ({ required: [...data.outcomes, 'other'], optional: [BLOCKED] }),
  prepare: (data, id) => (ctx) => {
    const effect: ContactPlan['effect'] = { type: 'queue-agent-call', queue: data.queue, priority: data.priority ?? 5 };
    if (data.skill) effect.skill = data.skill;
    return contact(ctx, id, { channel: 'voice', effect });
  },
};
