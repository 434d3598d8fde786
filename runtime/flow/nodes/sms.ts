import { templateVariables } from './checks.ts';
import { BLOCKED, type FlowNodeSpec } from './types.ts';

export const sms: FlowNodeSpec<'sms'> = {
  handles: () => ({ required: ['sent', 'failed'], optional: [BLOCKED] }),
  validate: (data, ctx) => Object.entries(data.template).flatMap(([lang, text]) => templateVariables(text, ctx, 'template', lang)),
};
