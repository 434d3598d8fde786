import { effect } from '../contact.ts';
import { reference } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const qaCheck: FlowNodeSpec<'qa-check'> = {
  handles: () => ({ required: ['pass', 'fail', 'review'] }),
  validate: (data, ctx) => reference('qa-ruleset', data.rulesetId, ctx, 'rulesetId'),
  prepare: (data, id) => (ctx) => ({
    wait: { kind: 'outcome', node: id, key: ctx.key },
    effects: [effect(ctx, id, { type: 'run-qa', rulesetId: data.rulesetId }, ctx.key)],
  }),
};
