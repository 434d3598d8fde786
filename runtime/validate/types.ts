import type { DocumentKind } from '../../schemas/index.ts';
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';
import type { Issue } from '../errors.ts';

/** Looks up another document by kind and id (a flow's dialog, ruleset or policy). */
export type Resolver = (kind: DocumentKind, id: string) => unknown;

export interface ValidateOptions {
  /** When given, references to other documents must resolve. */
  resolve?: Resolver;
  /** When given, a dialog's prompts are checked against this ruleset's forbidden phrases. */
  qaRuleset?: QaRulesetDocument;
}

export interface ValidationResult {
  kind: DocumentKind | null;
  valid: boolean;
  issues: Issue[];
}

/**
 * Checks a document that already conforms to its schema for what a schema cannot say
 * (graph shape, coverage, references, expressions). Must not mutate `doc`.
 */
export type SemanticValidator<D> = (doc: D, options: ValidateOptions) => Issue[];
