/** Reads JSONL line by line; a bad line is reported with its number and skipped, never silently. */
import { checkSchema } from '../runtime/validate/schema-check.ts';
import type { SchemaKind } from '../schemas/index.ts';
import type { CliIo } from './io.ts';

export interface JsonlOptions {
  /** Validate each value against this schema. */
  kind?: SchemaKind;
  /** Name of the source in messages. */
  source: string;
  io: CliIo;
  onBad?: () => void;
}

export async function* readJsonl<T>(lines: AsyncIterable<string>, opts: JsonlOptions): AsyncGenerator<T> {
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      opts.io.stderr(`${opts.source}:${n}: skipped: not JSON (${(e as Error).message.split('\n')[0]})\n`);
      opts.onBad?.();
      continue;
    }
    if (opts.kind) {
      const issues = checkSchema(opts.kind, value);
      if (issues.length) {
        opts.io.stderr(`${opts.source}:${n}: skipped: ${issues.slice(0, 3).map((i) => `${i.pointer || '/'} ${i.message}`).join('; ')}\n`);
        opts.onBad?.();
        continue;
      }
    }
    yield value as T;
  }
}
