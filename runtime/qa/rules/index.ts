import type { Rule, RuleEvaluator } from '../types.ts';
import { forbiddenPhrase } from './forbidden-phrase.ts';
import { learned } from './learned.ts';
import { metadata } from './metadata.ts';
import { order } from './order.ts';
import { requiredPhrase } from './required-phrase.ts';
import { triggerResponse } from './trigger-response.ts';

/** One evaluator per rule type; forgetting a type is a compile error. */
export const ruleEvaluators = {
  'forbidden-phrase': forbiddenPhrase,
  'required-phrase': requiredPhrase,
  order,
  'trigger-response': triggerResponse,
  metadata,
  learned,
} satisfies Record<Rule['type'], RuleEvaluator>;
