/** Every prompt text of a dialog, per language, with the pointer to it (for QA linting and review). */
import type { DialogDocument, Lang } from '../../schemas/generated/types.ts';
import { childPtr } from '../errors.ts';
import { dialogSpecOf } from './nodes/index.ts';
import type { AnyDialogNode } from './nodes/types.ts';

export interface DialogPromptText {
  nodeId: string;
  pointer: string;
  lang: Lang;
  text: string;
  topic: string;
}

export function dialogPrompts(dialog: DialogDocument): DialogPromptText[] {
  const out: DialogPromptText[] = [];
  (dialog.nodes as AnyDialogNode[]).forEach((node, i) => {
    for (const { path, prompt } of dialogSpecOf(node).prompts(node.data as never)) {
      for (const [lang, text] of Object.entries(prompt.text) as Array<[Lang, string]>) {
        out.push({ nodeId: node.id, pointer: childPtr('', 'nodes', i, 'data', ...path, 'text', lang), lang, text, topic: prompt.topic });
      }
    }
  });
  return out;
}
