import type { FlowNodeSpec } from './types.ts';

export const legal: FlowNodeSpec<'legal'> = {
  handles: () => ({ required: ['next'] }),
};
