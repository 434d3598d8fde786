import type { FlowNodeSpec } from './types.ts';

export const end: FlowNodeSpec<'end'> = {
  handles: () => ({ required: [] }),
  prepare: (data) => () => ({ end: data.outcome }),
};
