/**
 * The one validation entry point used by the CLI, the server and the designer:
 * schema first, then the kind's semantic checks. Never mutates its input.
 */
import { DOCUMENT_KINDS, isDocumentKind } from '../../schemas/index.ts';
import { hasErrors, issue, type Issue } from '../errors.ts';
import { checkSchema } from './schema-check.ts';
import { semanticValidators } from './semantic.ts';
import type { ValidateOptions, ValidationResult } from './types.ts';

export type { Resolver, ValidateOptions, ValidationResult } from './types.ts';

export function validateDocument(doc: unknown, options: ValidateOptions = {}): ValidationResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { kind: null, valid: false, issues: [issue('', 'document.not-object', 'a document must be a JSON object', '文档必须是 JSON 对象')] };
  }
  const kind = (doc as { kind?: unknown }).kind;
  if (!isDocumentKind(kind)) {
    const expected = DOCUMENT_KINDS.join(', ');
    return {
      kind: null,
      valid: false,
      issues: [issue('/kind', 'document.unknown-kind', `'kind' must be one of ${expected}; got ${JSON.stringify(kind)}`,
        `'kind' 必须是 ${expected} 之一，实际为 ${JSON.stringify(kind)}`)],
    };
  }
  let issues: Issue[] = checkSchema(kind, doc);
  // Semantic checks assume the shape the schema guarantees.
  if (!hasErrors(issues)) issues = issues.concat(semanticValidators[kind](doc as never, options));
  return { kind, valid: !hasErrors(issues), issues };
}
