import type { DialogNodeKind } from '../../../schemas/nodes/dialog/index.ts';
import { optionalPrompt, repromptsAt, type AnyDialogNode, type DialogNodeSpec } from './types.ts';

const start: DialogNodeSpec<'start'> = { handles: () => ({ required: ['next'] }), prompts: () => [] };

const say: DialogNodeSpec<'say'> = { handles: () => ({ required: ['next'] }), prompts: (d) => [{ path: ['prompt'], prompt: d.prompt }] };

const ask: DialogNodeSpec<'ask'> = {
  handles: (d) => ({ required: [...d.intents, 'no_input', 'no_match'] }),
  prompts: (d) => [{ path: ['prompt'], prompt: d.prompt }, ...repromptsAt(d.reprompts)],
};

const collect: DialogNodeSpec<'collect'> = {
  handles: () => ({ required: ['collected', 'failed'] }),
  prompts: (d) => [{ path: ['prompt'], prompt: d.prompt }, ...optionalPrompt(d.confirm, 'confirm'), ...repromptsAt(d.reprompts)],
};

const verify: DialogNodeSpec<'verify'> = {
  handles: () => ({ required: ['verified', 'failed'] }),
  prompts: (d) => [{ path: ['prompt'], prompt: d.prompt }, ...optionalPrompt(d.retryPrompt, 'retryPrompt')],
};

const transfer: DialogNodeSpec<'transfer'> = { handles: () => ({ required: [] }), prompts: (d) => optionalPrompt(d.prompt, 'prompt') };

const end: DialogNodeSpec<'end'> = { handles: () => ({ required: [] }), prompts: (d) => optionalPrompt(d.prompt, 'prompt') };

/** One spec per dialog node kind; forgetting a kind is a compile error. */
export const dialogNodeSpecs = { start, say, ask, collect, verify, transfer, end } satisfies { [K in DialogNodeKind]: DialogNodeSpec<K> };

export function dialogSpecOf<N extends AnyDialogNode>(node: N): DialogNodeSpec<N['type']> {
  return dialogNodeSpecs[node.type] as unknown as DialogNodeSpec<N['type']>;
}
