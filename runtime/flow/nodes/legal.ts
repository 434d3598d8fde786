import { effect } from '../contact.ts';
import type { FlowNodeSpec } from './types.ts';

export const legal: FlowNodeSpec<'legal'> = {
  handles: () => ({ required: ['next'] }),
  prepare: (data, id, branch) => {
    const next = branch('next');
    return (ctx) => {
      ctx.effects.push(effect(ctx, id, { type: 'refer-legal', action: data.action, balance: ctx.state.case.balance }, ctx.key));
      return next;
    };
  },
};
