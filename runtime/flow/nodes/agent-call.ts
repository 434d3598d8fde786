import { contact } from '../contact.ts';
import { BLOCKED, type FlowNodeSpec } from './types.ts';

export const agentCall: FlowNodeSpec<'agent-call'> = {
  handles: (data) => ({ required: [...data.outcomes, 'other'], optional: [BLOCKED] }),
  prepare: (data, id) => (ctx) => contact(ctx, id, {
    channel: 'voice',
    effect: { type: 'queue-agent-call', queue: data.queue, ...(data.skill ? { skill: data.skill } : {}), priority: data.priority ?? 5 },
  }),
};
