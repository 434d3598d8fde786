/** What a command may touch of the outside world; tests pass fakes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The whole of standard input, or its lines as they arrive. */
  stdinLines: () => AsyncIterable<string>;
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, text: string) => Promise<void>;
  /** True when stderr is a terminal (progress bars, colours). */
  isTty: boolean;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export class UsageError extends Error {
  override name = 'UsageError';
}
