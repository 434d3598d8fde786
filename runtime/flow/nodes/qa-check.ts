import { reference } from './checks.ts';
import type { FlowNodeSpec } from './types.ts';

export const qaCheck: FlowNodeSpec<'qa-check'> = {
  handles: () => ({ required: ['pass', 'fail', 'review'] }),
  validate: (data, ctx) => reference('qa-ruleset', data.rulesetId, ctx, 'rulesetId'),
};
