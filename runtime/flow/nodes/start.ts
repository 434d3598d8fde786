import type { FlowNodeSpec } from './types.ts';

export const start: FlowNodeSpec<'start'> = {
  handles: () => ({ required: ['next'] }),
  prepare: (_data, _id, branch) => {
    const next = branch('next');
    return () => next;
  },
};
