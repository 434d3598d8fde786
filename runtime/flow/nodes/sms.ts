import { contact, type ContactPlan } from '../contact.ts';
import { compileTemplate, pickLanguage } from '../render.ts';
import { templateVariables } from './checks.ts';
import { BLOCKED, type FlowNodeSpec } from './types.ts';

export const sms: FlowNodeSpec<'sms'> = {
  handles: () => ({ required: ['sent', 'failed'], optional: [BLOCKED] }),
  validate: (data, ctx) => Object.entries(data.template).flatMap(([lang, text]) => templateVariables(text, ctx, 'template', lang)),
  prepare: (data, id) => {
    // Per case language: which text is sent, split into parts once.
    const byLanguage = new Map<string | undefined, { lang: string; render: ReturnType<typeof compileTemplate> }>();
    return (ctx) => {
      const preferred = ctx.state.case.language;
      let chosen = byLanguage.get(preferred);
      if (!chosen) {
        const { lang, text } = pickLanguage(data.template, preferred);
        byLanguage.set(preferred, (chosen = { lang, render: compileTemplate(text) }));
      }
      const lang = chosen.lang;
      const body = chosen.render(ctx.state, lang);
      const effect: ContactPlan['effect'] = { type: 'send-sms', lang, text: body };
      if (data.sender) effect.sender = data.sender;
      return contact(ctx, id, { channel: 'sms', effect });
    };
  },
};
