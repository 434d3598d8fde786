import { contact } from '../contact.ts';
import { pickLanguage, render } from '../render.ts';
import { templateVariables } from './checks.ts';
import { BLOCKED, type FlowNodeSpec } from './types.ts';

export const sms: FlowNodeSpec<'sms'> = {
  handles: () => ({ required: ['sent', 'failed'], optional: [BLOCKED] }),
  validate: (data, ctx) => Object.entries(data.template).flatMap(([lang, text]) => templateVariables(text, ctx, 'template', lang)),
  prepare: (data, id) => (ctx) => {
    const { lang, text } = pickLanguage(data.template, ctx.state.case.language);
    return contact(ctx, id, { channel: 'sms', effect: { type: 'send-sms', lang, text: render(text, ctx.state, lang), ...(data.sender ? { sender: data.sender } : {}) } });
  },
};
