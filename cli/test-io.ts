/** An in-memory CliIo for command tests: files from a map, captured output. */
import { readFile } from 'node:fs/promises';
import type { CliIo } from './io.ts';

export interface FakeIo extends CliIo {
  out: () => string;
  err: () => string;
  written: Map<string, string>;
}

export function fakeIo(files: Record<string, string> = {}, stdin: string[] = []): FakeIo {
  let out = '';
  let err = '';
  const written = new Map<string, string>();
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdinLines: async function* () {
      yield* stdin;
    },
    // Unknown names fall through to the real disk, so tests can use the templates.
    readFile: async (p) => (p in files ? files[p]! : readFile(p, 'utf8')),
    writeFile: async (p, t) => void written.set(p, t),
    readLines: async function* (p) {
      const text = p in files ? files[p]! : await readFile(p, 'utf8');
      yield* text.split('\n');
    },
    readLineChunks: async function* (p) {
      yield new TextEncoder().encode(p in files ? files[p]! : await readFile(p, 'utf8'));
    },
    output: (p) => ({
      write: (t) => {
        const text = typeof t === 'string' ? t : new TextDecoder().decode(t);
        if (p) written.set(p, (written.get(p) ?? '') + text);
        else out += text;
      },
      close: async () => {},
      abort: () => {
        if (p) written.delete(p);
      },
    }),
    isTty: false,
    out: () => out,
    err: () => err,
    written,
  };
}
