/**
 * Errors are values: every problem found in a document names where (a JSON pointer into the
 * document), what (a stable code that tools and tests can match) and why, in English and Chinese.
 */
export type Severity = 'error' | 'warning';

export interface Issue {
  /** RFC 6901 JSON pointer into the document ("" is the whole document). */
  pointer: string;
  /** Stable, dot-namespaced code, e.g. `graph.dangling-edge`. Never reworded once published. */
  code: string;
  message: string;
  messageZh: string;
  severity: Severity;
}

export function issue(pointer: string, code: string, message: string, messageZh: string, severity: Severity = 'error'): Issue {
  return { pointer, code, message, messageZh, severity };
}

/** Builds an RFC 6901 pointer from path segments, escaping `~` and `/`. */
export function ptr(...segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segments) out += '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1');
  return out;
}

/** Appends segments to an existing pointer. */
export function childPtr(base: string, ...segments: ReadonlyArray<string | number>): string {
  return base + ptr(...segments);
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** A failure raised by an API that cannot return a value (e.g. `compile` of an invalid flow). */
export class DocumentError extends Error {
  constructor(readonly issues: readonly Issue[], summary = 'document is invalid') {
    super(`${summary}: ${issues.filter((i) => i.severity === 'error').map((i) => `${i.pointer || '/'} ${i.code}: ${i.message}`).join('; ')}`);
    this.name = 'DocumentError';
  }
}
