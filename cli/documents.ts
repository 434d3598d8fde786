import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentKind } from '../schemas/index.ts';
import type { CliIo } from './io.ts';
import { InputError, UsageError } from './io.ts';
import { parseJson } from './json-source.ts';
import { validateDocument } from '../runtime/validate/index.ts';
import { checkSchema } from '../runtime/validate/schema-check.ts';
import type { Case } from '../schemas/generated/types.ts';
import type { Resolver } from '../runtime/validate/index.ts';

export interface LoadedDocument {
  file: string;
  value: unknown;
}

/** Resolves references among documents loaded together, by kind and id. */
export function fileResolver(docs: readonly LoadedDocument[]): Resolver {
  const byKey = new Map<string, unknown>();
  for (const { value } of docs) {
    const v = value as { kind?: unknown; id?: unknown };
    if (typeof v?.kind === 'string' && typeof v.id === 'string') byKey.set(`${v.kind}:${v.id}`, value);
  }
  return (kind: DocumentKind, id: string) => byKey.get(`${kind}:${id}`);
}

/** Every *.json document below the given directories (unparseable files are skipped: they are not named). */
export async function loadDirectories(dirs: readonly string[], io: CliIo): Promise<LoadedDocument[]> {
  const out: LoadedDocument[] = [];
  for (const dir of dirs) {
    let entries: string[];
    try {
      entries = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json'));
    } catch {
      throw new UsageError(`--refs ${dir}: not a readable directory`);
    }
    for (const f of entries.sort()) {
      try {
        out.push({ file: join(dir, f), value: JSON.parse(await io.readFile(join(dir, f))) });
      } catch {
        // A reference pool entry that does not parse cannot be referred to; it is not reported here.
      }
    }
  }
  return out;
}

/** Reads one document and insists it is a valid document of `kind`; the error says what and where. */
export async function loadDocument<T>(path: string, kind: DocumentKind, io: CliIo): Promise<T> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    throw new InputError(`${path}: ${(e as Error).message}`);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) throw new InputError(`${path}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`);
  const v = parsed.value as { kind?: unknown };
  if (v?.kind !== kind) throw new InputError(`${path}: expected a ${kind} document, got kind ${JSON.stringify(v?.kind)}`);
  const result = validateDocument(parsed.value);
  if (!result.valid) {
    const first = result.issues.filter((i) => i.severity === 'error').slice(0, 5).map((i) => `  ${i.pointer || '/'} ${i.message} [${i.code}]`);
    throw new InputError(`${path}: invalid ${kind}:\n${first.join('\n')}`);
  }
  return parsed.value as T;
}

/** Reads one case (interchange format) and insists it conforms. */
export async function loadCase(path: string, io: CliIo): Promise<Case> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    throw new InputError(`${path}: ${(e as Error).message}`);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) throw new InputError(`${path}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`);
  const issues = checkSchema('case', parsed.value);
  if (issues.length) throw new InputError(`${path}: not a case: ${issues.map((i) => `${i.pointer || '/'} ${i.message}`).join('; ')}`);
  return parsed.value as Case;
}

/** --now, or the wall clock when absent (the CLI is the host: it owns the clock). */
export function nowOption(value: string | undefined): string {
  const now = value ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(now))) throw new UsageError(`--now '${now}' is not an ISO instant`);
  return now;
}
