import type { DocumentKind } from '../schemas/index.ts';
import type { Resolver } from '../runtime/validate/index.ts';

export interface LoadedDocument {
  file: string;
  value: unknown;
}

/** Resolves references among documents loaded together, by kind and id. */
export function fileResolver(docs: readonly LoadedDocument[]): Resolver | undefined {
  if (docs.length < 2) return undefined;
  const byKey = new Map<string, unknown>();
  for (const { value } of docs) {
    const v = value as { kind?: unknown; id?: unknown };
    if (typeof v?.kind === 'string' && typeof v.id === 'string') byKey.set(`${v.kind}:${v.id}`, value);
  }
  return (kind: DocumentKind, id: string) => byKey.get(`${kind}:${id}`);
}
