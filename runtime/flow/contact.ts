/**
 * Every contact a flow makes passes the policy here, first: allow (emit the effect and wait for its
 * outcome), defer (a timer to the next permitted instant, then the node runs again), or deny (the
 * node's `blocked` branch, or the run ends as blocked).
 */
import type { Channel, ContactDecision } from '../policy/index.ts';
import type { Effect, NodeContext, NodeResult } from './engine-types.ts';

export interface ContactPlan {
  channel: Channel;
  agencyId?: string;
  effect: Omit<Effect, 'key' | 'caseId' | 'node' | 'at'>;
  /** What the node waits for once the effect is out. */
  waitFor?: NodeResult;
}

/** The debtor's first usable number: never a third party's, never one opted out. */
export function debtorPhone(ctx: NodeContext): string | undefined {
  return (ctx.state.case.phones ?? []).find((p) => p.owner !== 'third_party' && !p.optedOut)?.number;
}

export function contact(ctx: NodeContext, node: string, plan: ContactPlan): NodeResult {
  const phone = plan.channel === 'voice' || plan.channel === 'sms' ? debtorPhone(ctx) : undefined;
  const decision: ContactDecision = needsPhone(plan.channel) && !phone
    ? { decision: 'deny', reasons: [{ code: 'flow.no-phone', message: 'the case has no usable debtor phone number', messageZh: '案件没有可用的债务人本人号码' }] }
    : guard(ctx, plan, phone);
  ctx.trace?.push({ node, type: 'guard', guard: decision });
  if (decision.decision === 'deny') {
    const ceased = decision.reasons.some((r) => r.code === 'policy.cease');
    return { next: 'blocked', value: ceased ? 'ceased' : 'blocked' };
  }
  if (decision.decision === 'defer') {
    const key = `${ctx.key}:retry`;
    return { wait: { kind: 'timer', node, key, until: decision.until!, purpose: 'retry' }, effects: [effect(ctx, node, { type: 'set-timer', until: decision.until! }, key)] };
  }
  const out = effect(ctx, node, { ...plan.effect, ...(phone ? { phone } : {}) }, ctx.key);
  const wait = plan.waitFor ?? { wait: { kind: 'outcome' as const, node, key: ctx.key, channel: plan.channel === 'sms' ? ('sms' as const) : ('voice' as const), ...(phone ? { phone } : {}) } };
  if ('wait' in wait) return { wait: wait.wait, effects: [out, ...(wait.effects ?? [])] };
  ctx.effects.push(out);
  return wait;
}

function needsPhone(channel: Channel): boolean {
  return channel === 'voice' || channel === 'sms';
}

function guard(ctx: NodeContext, plan: ContactPlan, phone: string | undefined): ContactDecision {
  if (!ctx.plan.policy) return { decision: 'deny', reasons: [{ code: 'flow.no-policy', message: 'the flow has no contact policy: no contact may be made', messageZh: '流程未配置联络策略：不得联络' }] };
  return ctx.plan.policy.evaluate({
    case: ctx.state.case, ledger: ctx.state.ledger, channel: plan.channel, party: 'debtor', at: ctx.nowIso, atMs: ctx.now,
    ...(phone ? { phone } : {}), ...(plan.agencyId ? { agencyId: plan.agencyId } : {}),
  });
}

/** Completes a fresh effect body (built by the caller for this effect alone) with its envelope. */
export function effect(ctx: NodeContext, node: string, body: Omit<Effect, 'key' | 'caseId' | 'node' | 'at'>, key: string): Effect {
  const out = body as Effect;
  out.key = key;
  out.caseId = ctx.state.caseId;
  out.node = node;
  out.at = ctx.nowIso;
  return out;
}
