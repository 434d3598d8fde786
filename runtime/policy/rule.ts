import type { ContactRequest, PolicyDocument, Reason } from './types.ts';

/** What one guardrail says about a contact: nothing against it, deny, or not before an instant. */
export type Verdict = null | { deny: Reason } | { deferUntil: number; reason: Reason };

/** A guardrail: its verdict on a contact if it were made at `atMs` (which deferrals move). */
export type Rule = (req: ContactRequest, atMs: number) => Verdict;

/** A guardrail family, built once per policy (precomputing what it can). */
export type RuleFactory = (policy: PolicyDocument) => Rule | null;

export const reason = (code: string, message: string, messageZh: string): Reason => ({ code, message, messageZh });
