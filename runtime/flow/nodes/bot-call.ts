import { reference } from './checks.ts';
import { BLOCKED, type FlowNodeSpec } from './types.ts';

export const botCall: FlowNodeSpec<'bot-call'> = {
  handles: (data) => ({ required: [...data.outcomes, 'other'], optional: [BLOCKED] }),
  validate: (data, ctx) => reference('dialog', data.dialogId, ctx, 'dialogId'),
};
