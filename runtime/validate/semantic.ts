import type { DocumentKind } from '../../schemas/index.ts';
import { validateFlowSemantics } from '../flow/validate-flow.ts';
import { validateDialogSemantics } from '../dialog/validate-dialog.ts';
import { validateRulesetSemantics } from '../qa/validate-ruleset.ts';
import { validatePolicySemantics } from '../policy/validate-policy.ts';
import type { SemanticValidator } from './types.ts';

/** One semantic validator per document kind; forgetting a kind is a compile error. */
export const semanticValidators = {
  flow: validateFlowSemantics,
  dialog: validateDialogSemantics,
  'qa-ruleset': validateRulesetSemantics,
  policy: validatePolicySemantics,
} satisfies Record<DocumentKind, SemanticValidator<never>>;
