import { BLOCKED, type FlowNodeSpec } from './types.ts';

export const agencyPlacement: FlowNodeSpec<'agency-placement'> = {
  handles: () => ({ required: ['returned', 'recalled'], optional: [BLOCKED] }),
};
