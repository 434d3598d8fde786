/** Reads JSONL line by line; a bad line is reported with its number and skipped, never silently. */
import { checkSchema } from '../runtime/validate/schema-check.ts';
import type { SchemaKind } from '../schemas/index.ts';
import type { CliIo } from './io.ts';

export interface JsonlOptions {
  /** Validate each value against this schema. */
  kind?: SchemaKind;
  /** Name of the source in messages. */
  source: string;
  io: Pick<CliIo, 'stderr'>;
  onBad?: () => void;
}

export async function* readJsonl<T>(lines: AsyncIterable<string>, opts: JsonlOptions): AsyncGenerator<T> {
  let n = 0;
  for await (const line of lines) {
    n++;
    const r = parseJsonlLine<T>(line, opts.kind);
    if (r === null) continue;
    if ('error' in r) {
      opts.io.stderr(badLine(opts.source, n, r.error));
      opts.onBad?.();
      continue;
    }
    yield r.value;
  }
}

/** One line's value; null for a blank line; what is wrong with a bad one. */
export function parseJsonlLine<T>(line: string, kind?: SchemaKind): { value: T } | { error: string } | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: `not JSON (${(e as Error).message.split('\n')[0]})` };
  }
  if (kind) {
    const issues = checkSchema(kind, value);
    if (issues.length) return { error: issues.slice(0, 3).map((i) => `${i.pointer || '/'} ${i.message}`).join('; ') };
  }
  return { value: value as T };
}

export const badLine = (source: string, n: number, why: string) => `${source}:${n}: skipped: ${why}\n`;

/** The lines of a chunk of JSONL text (a trailing carriage return dropped). */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
