/** What a command may touch of the outside world; tests pass fakes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The whole of standard input, or its lines as they arrive. */
  stdinLines: () => AsyncIterable<string>;
  readFile: (path: string) => Promise<string>;
  /** A file's lines as they are read (large JSONL inputs are never loaded whole). */
  readLines: (path: string) => AsyncIterable<string>;
  /** A file's bytes in chunks of whole lines (large inputs are processed a chunk at a time). */
  readLineChunks: (path: string) => AsyncIterable<Uint8Array>;
  /** Where a command streams its output: a file, or standard output when no path is given. */
  output: (path?: string) => Writer;
  writeFile: (path: string, text: string) => Promise<void>;
  /** True when stderr is a terminal (progress bars, colours). */
  isTty: boolean;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Input that cannot be used (unreadable, malformed or invalid): exit 1 with this message. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface Writer {
  write: (text: string | Uint8Array) => Promise<void> | void;
  close: () => Promise<void>;
  /** Gives up: a file being written is removed, and what the path held before stays. */
  abort: () => void;
}
