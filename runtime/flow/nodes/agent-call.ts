import { BLOCKED, type FlowNodeSpec } from './types.ts';

export const agentCall: FlowNodeSpec<'agent-call'> = {
  handles: (data) => ({ required: [...data.outcomes, 'other'], optional: [BLOCKED] }),
};
