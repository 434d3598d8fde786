import type { DialogDocument } from '../../../schemas/generated/types.ts';
import { childPtr, issue, type Issue } from '../../errors.ts';
import { contact } from '../contact.ts';
import { reference } from './checks.ts';
import { BLOCKED, type FlowCheckContext, type FlowNodeSpec, type NodeOf } from './types.ts';

/** Outcomes every call can end with, whatever the script: the callee hangs up, or nobody answers. */
const ALWAYS = new Set(['no_answer', 'refused', 'transferred']);

export const botCall: FlowNodeSpec<'bot-call'> = {
  handles: (data) => ({ required: [...data.outcomes, 'other'], optional: [BLOCKED] }),
  validate: (data, ctx) => [...reference('dialog', data.dialogId, ctx, 'dialogId'), ...unreachableOutcomes(data, ctx)],
  prepare: (data, id) => (ctx) => contact(ctx, id, {
    channel: 'voice',
    effect: { type: 'place-bot-call', dialogId: data.dialogId, lang: ctx.state.case.language ?? 'zh', maxAttempts: data.maxAttempts ?? 1 },
  }),
};

/** A branch for an outcome the dialog never ends with is dead: say so (a warning, the flow still runs). */
function unreachableOutcomes(data: NodeOf<'bot-call'>['data'], ctx: FlowCheckContext): Issue[] {
  const dialog = ctx.resolve?.('dialog', data.dialogId) as DialogDocument | undefined;
  if (!dialog) return [];
  const possible = new Set(ALWAYS);
  for (const n of dialog.nodes as Array<{ type: string; data: { outcome?: string } }>) {
    if (n.type === 'end' && n.data.outcome) possible.add(n.data.outcome);
    if (n.type === 'transfer') possible.add('transferred');
  }
  for (const g of dialog.globalIntents ?? []) if (g.action === 'end' && g.outcome) possible.add(g.outcome);
  return data.outcomes.flatMap((o, i) => (possible.has(o) ? [] : [issue(childPtr(ctx.at, 'outcomes', i), 'flow.outcome-never-produced',
    `dialog '${data.dialogId}' never ends with '${o}': this branch is never taken`, `话术 '${data.dialogId}' 不会以 '${o}' 结束：此分支永远不会被执行`, 'warning')]));
}
