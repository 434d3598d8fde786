import { contact } from '../contact.ts';
import { compileTemplate, pickLanguage } from '../render.ts';
import { templateVariables } from './checks.ts';
import { BLOCKED, type FlowNodeSpec } from './types.ts';

export const sms: FlowNodeSpec<'sms'> = {
  handles: () => ({ required: ['sent', 'failed'], optional: [BLOCKED] }),
  validate: (data, ctx) => Object.entries(data.template).flatMap(([lang, text]) => templateVariables(text, ctx, 'template', lang)),
  prepare: (data, id) => {
    const compiled = new Map(Object.entries(data.template).map(([lang, text]) => [lang, compileTemplate(text)]));
    return (ctx) => {
      const { lang, text } = pickLanguage(data.template, ctx.state.case.language);
      const body = compiled.get(lang)?.(ctx.state, lang) ?? text;
      return contact(ctx, id, { channel: 'sms', effect: { type: 'send-sms', lang, text: body, ...(data.sender ? { sender: data.sender } : {}) } });
    };
  },
};
