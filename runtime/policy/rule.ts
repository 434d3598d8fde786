import type { ContactRequest, PolicyDocument, Reason } from './types.ts';

/** What one guardrail says about a contact: nothing against it, deny, or not before an instant. */
export type Verdict = null | { deny: Reason } | { deferUntil: number; reason: Reason };

/** A request with its instant parsed once. */
export interface Request extends ContactRequest {
  atMs: number;
}

export type Rule = (req: Request) => Verdict;

/** A guardrail family, built once per policy (precomputing what it can). */
export type RuleFactory = (policy: PolicyDocument) => Rule | null;

export const reason = (code: string, message: string, messageZh: string): Reason => ({ code, message, messageZh });
