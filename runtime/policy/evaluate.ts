/**
 * The contact guardrails: every contact effect passes here before it is emitted. Deny beats defer,
 * defer beats allow; a deferral lands on the first instant that every guardrail permits.
 */
import type { PolicyDocument } from '../../schemas/generated/types.ts';
import { agencies, ceaseFlags, optOuts, thirdParties } from './eligibility.ts';
import { dailyCaps, sevenInSeven } from './frequency.ts';
import { quietHours } from './quiet-hours.ts';
import type { Rule, RuleFactory } from './rule.ts';
import type { ContactDecision, ContactRequest, Reason } from './types.ts';

/** Order matters only for readability of reasons: denials first, then timing. */
const FACTORIES: readonly RuleFactory[] = [ceaseFlags, optOuts, thirdParties, agencies, quietHours, dailyCaps, sevenInSeven];
const MAX_ROUNDS = 16;
/** The common answer, shared (frozen: nobody may add a reason to it). */
const ALLOW: ContactDecision = Object.freeze({ decision: 'allow', reasons: Object.freeze([]) as unknown as Reason[] });

export interface CompiledPolicy {
  policy: PolicyDocument;
  evaluate(req: ContactRequest): ContactDecision;
}

export function compilePolicy(policy: PolicyDocument): CompiledPolicy {
  const rules = FACTORIES.map((f) => f(policy)).filter((r): r is Rule => r !== null);
  return { policy, evaluate: (req) => evaluateWith(rules, req) };
}

function evaluateWith(rules: readonly Rule[], req: ContactRequest): ContactDecision {
  let atMs = req.atMs ?? Date.parse(req.at);
  if (Number.isNaN(atMs)) throw new RangeError(`contact time '${req.at}' is not an ISO instant`);
  let reasons: Reason[] | null = null; // most contacts are allowed with no reason to give
  const firstAt = atMs;
  // Each deferral moves the candidate instant; re-check every rule there until all agree.
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (const rule of rules) {
      const v = rule(req, atMs);
      if (v === null) continue;
      if ('deny' in v) return { decision: 'deny', reasons: reasons ? [...reasons, v.deny] : [v.deny] };
      reasons ??= [];
      if (!reasons.some((r) => r.code === v.reason.code)) reasons.push(v.reason);
      if (v.deferUntil > atMs) {
        atMs = v.deferUntil;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return atMs === firstAt ? ALLOW : { decision: 'defer', until: new Date(atMs).toISOString(), reasons: reasons ?? [] };
}

/** One-off evaluation; for many contacts under one policy, compile it once with compilePolicy. */
export function evaluateContact(policy: PolicyDocument, req: ContactRequest): ContactDecision {
  return compilePolicy(policy).evaluate(req);
}
