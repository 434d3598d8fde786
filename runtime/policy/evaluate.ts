/**
 * The contact guardrails: every contact effect passes here before it is emitted. Deny beats defer,
 * defer beats allow; a deferral lands on the first instant that every guardrail permits.
 */
import type { PolicyDocument } from '../../schemas/generated/types.ts';
import { agencies, ceaseFlags, optOuts, thirdParties } from './eligibility.ts';
import { dailyCaps, sevenInSeven } from './frequency.ts';
import { quietHours } from './quiet-hours.ts';
import type { Request, Rule, RuleFactory } from './rule.ts';
import type { ContactDecision, ContactRequest, Reason } from './types.ts';

/** Order matters only for readability of reasons: denials first, then timing. */
const FACTORIES: readonly RuleFactory[] = [ceaseFlags, optOuts, thirdParties, agencies, quietHours, dailyCaps, sevenInSeven];
const MAX_ROUNDS = 16;

export interface CompiledPolicy {
  policy: PolicyDocument;
  evaluate(req: ContactRequest): ContactDecision;
}

export function compilePolicy(policy: PolicyDocument): CompiledPolicy {
  const rules = FACTORIES.map((f) => f(policy)).filter((r): r is Rule => r !== null);
  return { policy, evaluate: (req) => evaluateWith(rules, req) };
}

function evaluateWith(rules: readonly Rule[], input: ContactRequest): ContactDecision {
  const req: Request = { ...input, atMs: input.atMs ?? Date.parse(input.at) };
  if (Number.isNaN(req.atMs)) throw new RangeError(`contact time '${input.at}' is not an ISO instant`);
  const reasons: Reason[] = [];
  const firstAt = req.atMs;
  // Each deferral moves the candidate instant; re-check every rule there until all agree.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (const rule of rules) {
      const v = rule(req);
      if (v === null) continue;
      if ('deny' in v) return { decision: 'deny', reasons: [...reasons, v.deny] };
      if (!reasons.some((r) => r.code === v.reason.code)) reasons.push(v.reason);
      if (v.deferUntil > req.atMs) {
        req.atMs = v.deferUntil;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return req.atMs === firstAt ? { decision: 'allow', reasons: [] } : { decision: 'defer', until: new Date(req.atMs).toISOString(), reasons };
}

/** One-off evaluation; for many contacts under one policy, compile it once with compilePolicy. */
export function evaluateContact(policy: PolicyDocument, req: ContactRequest): ContactDecision {
  return compilePolicy(policy).evaluate(req);
}
