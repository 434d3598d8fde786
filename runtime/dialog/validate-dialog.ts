import type { Issue } from '../errors.ts';
import type { ValidateOptions } from '../validate/types.ts';

// Placeholder until the dialog work lands: no semantic checks yet.
export function validateDialogSemantics(_doc: unknown, _options: ValidateOptions): Issue[] {
  return [];
}
