import type { FlowNodeSpec } from './types.ts';

export const start: FlowNodeSpec<'start'> = {
  handles: () => ({ required: ['next'] }),
  prepare: () => {
    const next = { next: 'next' } as const;
    return () => next;
  },
};
