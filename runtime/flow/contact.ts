/**
 * Every contact a flow makes passes the policy here, first: allow (emit the effect and wait for its
 * outcome), defer (a timer to the next permitted instant, then the node runs again), or deny (the
 * node's `blocked` branch, or the run ends as blocked).
 */
import type { Channel, ContactDecision, ContactRequest } from '../policy/index.ts';
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
  for (const p of ctx.state.case.phones ?? []) if (p.owner !== 'third_party' && !p.optedOut) return p.number;
  return undefined;
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
  // (Objects are built as literals and completed by assignment: in V8 a spread followed by more
  // properties costs microseconds, a thousand times an assignment.)
  const body = plan.effect;
  if (phone) body.phone = phone;
  const out = effect(ctx, node, body, ctx.key);
  let wait = plan.waitFor;
  if (!wait) {
    const w: Extract<NodeResult, { wait: unknown }>['wait'] = { kind: 'outcome', node, key: ctx.key, channel: plan.channel === 'sms' ? 'sms' : 'voice' };
    if (phone) w.phone = phone;
    wait = { wait: w };
  }
  if ('wait' in wait) return { wait: wait.wait, effects: wait.effects ? [out, ...wait.effects] : [out] };
  ctx.effects.push(out);
  return wait;
}

function needsPhone(channel: Channel): boolean {
  return channel === 'voice' || channel === 'sms';
}

function guard(ctx: NodeContext, plan: ContactPlan, phone: string | undefined): ContactDecision {
  if (!ctx.plan.policy) return { decision: 'deny', reasons: [{ code: 'flow.no-policy', message: 'the flow has no contact policy: no contact may be made', messageZh: '流程未配置联络策略：不得联络' }] };
  const req: ContactRequest = { case: ctx.state.case, ledger: ctx.state.ledger, channel: plan.channel, party: 'debtor', at: ctx.nowIso, atMs: ctx.now };
  if (phone) req.phone = phone;
  if (plan.agencyId) req.agencyId = plan.agencyId;
  return ctx.plan.policy.evaluate(req);
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
