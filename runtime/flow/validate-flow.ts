import type { Issue } from '../errors.ts';
import type { ValidateOptions } from '../validate/types.ts';

// Placeholder until the flow work lands: no semantic checks yet.
export function validateFlowSemantics(_doc: unknown, _options: ValidateOptions): Issue[] {
  return [];
}
