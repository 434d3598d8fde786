/**
 * Static safety analysis over every path of a dialog (DOMAIN.md §3): nothing that reveals a debt
 * (a `disclosure`, `debt` or `negotiation` prompt) may be reachable before identity is verified, and after a
 * third party answers, identity counts as unverified again until a verify succeeds.
 * States are (node, verified, thirdParty); the graph is small, so a plain search over them is exact.
 */
import type { DialogDocument } from '../../schemas/generated/types.ts';
import { childPtr, issue, type Issue } from '../errors.ts';
import { dialogSpecOf } from './nodes/index.ts';
import type { AnyDialogNode } from './nodes/types.ts';

const REVEALING = new Set(['disclosure', 'debt', 'negotiation']);
export const THIRD_PARTY_INTENT = 'third_party';

interface State {
  node: string;
  verified: boolean;
  thirdParty: boolean;
}

export function checkDisclosureSafety(dialog: DialogDocument): Issue[] {
  const nodes = dialog.nodes as AnyDialogNode[];
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const out = new Map<string, Array<{ handle: string; target: string }>>();
  for (const e of dialog.edges) (out.get(e.source) ?? out.set(e.source, []).get(e.source)!).push({ handle: e.sourceHandle, target: e.target });

  const start = nodes.find((n) => n.type === 'start');
  const roots: State[] = start ? [{ node: start.id, verified: false, thirdParty: false }] : [];
  // A global handler may jump from anywhere, so its target is entered unverified; the third-party
  // handler's target as a third party.
  for (const g of dialog.globalIntents ?? []) {
    if (g.action === 'goto' && g.target) roots.push({ node: g.target, verified: false, thirdParty: g.intent === THIRD_PARTY_INTENT });
  }

  const seen = new Set<string>();
  const reported = new Set<string>();
  const issues: Issue[] = [];
  const stack = [...roots];
  while (stack.length) {
    const s = stack.pop()!;
    const key = `${s.node}|${s.verified}|${s.thirdParty}`;
    const i = index.get(s.node);
    if (seen.has(key) || i === undefined) continue;
    seen.add(key);
    const node = nodes[i]!;
    if (!s.verified) {
      for (const { path, prompt } of dialogSpecOf(node).prompts(node.data as never)) {
        const pointer = childPtr('', 'nodes', i, 'data', ...path, 'topic');
        if (!REVEALING.has(prompt.topic) || reported.has(pointer)) continue;
        reported.add(pointer);
        issues.push(s.thirdParty
          ? issue(pointer, 'dialog.debt-to-third-party', `node '${node.id}' can reveal the debt (${prompt.topic}) to a third party who answered`, `节点 '${node.id}' 可能向接听的第三方透露债务（${prompt.topic}）`)
          : issue(pointer, 'dialog.debt-before-verification', `node '${node.id}' can reveal the debt (${prompt.topic}) before identity is verified`, `节点 '${node.id}' 可能在核实身份前透露债务（${prompt.topic}）`));
      }
    }
    for (const { handle, target } of out.get(s.node) ?? []) {
      if (handle === THIRD_PARTY_INTENT) stack.push({ node: target, verified: false, thirdParty: true });
      else if (node.type === 'verify' && handle === 'verified') stack.push({ node: target, verified: true, thirdParty: false });
      else stack.push({ ...s, node: target });
    }
  }
  return issues;
}
