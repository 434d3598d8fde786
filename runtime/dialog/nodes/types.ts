/**
 * The contract every dialog node kind implements, one file per kind in this folder: its branches
 * and its prompts (for translation checks, safety analysis and QA linting).
 */
import type {
  AskNode, CollectNode, DialogEndNode, DialogStartNode, Prompt, SayNode, TransferNode, VerifyNode,
} from '../../../schemas/generated/types.ts';
import type { DialogNodeKind } from '../../../schemas/nodes/dialog/index.ts';
import type { HandleSpec } from '../../graph/validate-graph.ts';

export type AnyDialogNode = DialogStartNode | SayNode | AskNode | CollectNode | VerifyNode | TransferNode | DialogEndNode;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const kindsAgree: Same<AnyDialogNode['type'], DialogNodeKind> = true;

export type DialogNodeOf<K extends DialogNodeKind> = Extract<AnyDialogNode, { type: K }>;

/** A prompt with the path from the node's `data` to it. */
export interface PromptAt {
  path: Array<string | number>;
  prompt: Prompt;
}

export interface DialogNodeSpec<K extends DialogNodeKind> {
  handles(data: DialogNodeOf<K>['data']): HandleSpec;
  prompts(data: DialogNodeOf<K>['data']): PromptAt[];
}

/** Prompts of an optional reprompt list, with their paths. */
export function repromptsAt(reprompts: { noInput?: Prompt[]; noMatch?: Prompt[] } | undefined): PromptAt[] {
  return [
    ...(reprompts?.noInput ?? []).map((prompt, i) => ({ path: ['reprompts', 'noInput', i], prompt })),
    ...(reprompts?.noMatch ?? []).map((prompt, i) => ({ path: ['reprompts', 'noMatch', i], prompt })),
  ];
}

export const optionalPrompt = (prompt: Prompt | undefined, key: string): PromptAt[] => (prompt ? [{ path: [key], prompt }] : []);
