import type { Issue } from '../errors.ts';
import type { ValidateOptions } from '../validate/types.ts';

// Placeholder until the policy work lands: no semantic checks yet.
export function validatePolicySemantics(_doc: unknown, _options: ValidateOptions): Issue[] {
  return [];
}
