import { contact } from '../contact.ts';
import { reference } from './checks.ts';
import { BLOCKED, type FlowNodeSpec } from './types.ts';

export const botCall: FlowNodeSpec<'bot-call'> = {
  handles: (data) => ({ required: [...data.outcomes, 'other'], optional: [BLOCKED] }),
  validate: (data, ctx) => reference('dialog', data.dialogId, ctx, 'dialogId'),
  prepare: (data, id) => (ctx) => contact(ctx, id, {
    channel: 'voice',
    effect: { type: 'place-bot-call', dialogId: data.dialogId, lang: ctx.state.case.language ?? 'zh', maxAttempts: data.maxAttempts ?? 1 },
  }),
};
