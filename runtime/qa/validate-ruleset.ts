import type { Issue } from '../errors.ts';
import type { ValidateOptions } from '../validate/types.ts';

// Placeholder until the qa work lands: no semantic checks yet.
export function validateRulesetSemantics(_doc: unknown, _options: ValidateOptions): Issue[] {
  return [];
}
