import type { FlowNodeSpec } from './types.ts';

export const start: FlowNodeSpec<'start'> = {
  handles: () => ({ required: ['next'] }),
  prepare: () => () => ({ next: 'next' }),
};
