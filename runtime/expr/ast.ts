/**
 * Parsing CEL with @marcbachmann/cel-js, and a plain view of its AST that the checker and the
 * compiler share. Integer literals come back as bigint; CollectFlow computes with JS numbers.
 */
import { parse, ParseError } from '@marcbachmann/cel-js';

export interface Node {
  op: string;
  args: unknown;
  start: number;
  end: number;
}

export type ParseOutcome = { ok: true; ast: Node } | { ok: false; message: string; start: number; end: number };

const cache = new Map<string, ParseOutcome>();

/** Parses once per distinct source text (documents repeat conditions across nodes and cases). */
export function parseExpression(src: string): ParseOutcome {
  let out = cache.get(src);
  if (!out) {
    out = parseUncached(src);
    if (cache.size > 10_000) cache.clear();
    cache.set(src, out);
  }
  return out;
}

function parseUncached(src: string): ParseOutcome {
  try {
    return { ok: true, ast: parse(src).ast as unknown as Node };
  } catch (err) {
    if (err instanceof ParseError) {
      const where = (err as unknown as { node?: { start?: number; end?: number } }).node;
      // The library's message carries a code frame after the first line; keep the first line.
      const message = err.message.split('\n')[0] ?? err.message;
      return { ok: false, message, start: where?.start ?? 0, end: where?.end ?? src.length };
    }
    throw err;
  }
}

/** A literal's value as CollectFlow sees it: bigint and CEL uint become numbers. */
export function literal(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && 'value' in value) return Number((value as { value: unknown }).value);
  return value;
}

/** The macros whose first argument names a loop variable. */
export const MACROS = new Set(['exists', 'all', 'exists_one', 'map', 'filter']);

/** Functions CollectFlow supports: global calls and receiver calls. */
export const GLOBAL_FUNCTIONS = new Set(['has', 'size', 'int', 'double', 'string', 'bool', 'min', 'max', 'abs']);
export const RECEIVER_FUNCTIONS = new Set(['startsWith', 'endsWith', 'contains', 'lowerAscii', 'upperAscii', 'size', ...MACROS]);
