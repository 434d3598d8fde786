import { createReadStream, createWriteStream, openSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { commands } from './commands/index.ts';
import { EXIT, InputError, UsageError, type CliIo, type Writer } from './io.ts';
import { splitLines } from './jsonl.ts';

export function nodeIo(): CliIo {
  // Output piped into `head` and closed early: stop quietly, as Unix tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    readFile: (p) => readFile(p, 'utf8'),
    writeFile: (p, t) => writeFile(p, t),
    readLines: (p) => fileLines(p),
    readLineChunks: (p) => fileLineChunks(p),
    output: (p) => (p ? fileWriter(p) : streamWriter(process.stdout, false)),
    isTty: Boolean(process.stderr.isTTY),
  };
}

/**
 * Writes a file whole or not at all: into a sibling opened at once (a path that cannot be written
 * fails before any work), renamed over the file when complete. A run that fails half-way leaves
 * the previous output as it was.
 */
function fileWriter(path: string): Writer {
  const partial = `${path}.partial`;
  const stream = createWriteStream('', { fd: openSync(partial, 'w') });
  const writer = streamWriter(stream, true);
  return {
    write: writer.write,
    close: async () => {
      await writer.close();
      renameSync(partial, path);
    },
    abort: () => {
      stream.destroy();
      rmSync(partial, { force: true });
    },
  };
}

/** Writes with backpressure: waits for the stream to drain instead of buffering without bound. */
function streamWriter(stream: NodeJS.WritableStream, closeAtEnd: boolean): Writer {
  return {
    write: async (text) => {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    close: async () => {
      if (closeAtEnd) await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    },
    abort: () => {},
  };
}

/**
 * Reads a file a megabyte at a time, each chunk cut after its last newline (the rest goes with
 * the next one): every chunk holds whole lines, and no file is loaded whole.
 */
export async function* fileLineChunks(path: string): AsyncIterable<Uint8Array> {
  let carry: Uint8Array = new Uint8Array(0);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const data = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      const cut = data.lastIndexOf(10) + 1;
      // Each yielded chunk is a copy with a buffer of its own (it may be transferred to a worker).
      if (cut > 0) yield new Uint8Array(data.subarray(0, cut));
      carry = new Uint8Array(data.subarray(cut));
    }
  } catch (e) {
    // A read error (a directory, say) names no file: name it, for the message.
    (e as NodeJS.ErrnoException).path ??= path;
    throw e;
  }
  if (carry.length) yield carry;
}

export async function* fileLines(path: string): AsyncIterable<string> {
  const decoder = new TextDecoder();
  for await (const chunk of fileLineChunks(path)) yield* splitLines(decoder.decode(chunk));
}

const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory', EACCES: 'permission denied', EISDIR: 'is a directory', ENOTDIR: 'a part of the path is not a directory',
};

async function help(): Promise<string> {
  const names = Object.keys(commands).sort();
  const width = Math.max(...names.map((n) => n.length));
  const rows = await Promise.all(names.map(async (name) => `  ${name.padEnd(width)}  ${(await commands[name]!()).summary}`));
  return `usage: collectflow <command> [options]\n\ncommands:\n${rows.join('\n')}\n\nRun 'collectflow <command> --help' for a command's options.\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`collectflow: unknown command '${name}'\n\n${await help()}`);
    return EXIT.usage;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\n\nusage: ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`collectflow ${name}: ${(err as Error).message}\nusage: ${command.usage}\n`);
      return EXIT.usage;
    }
    if (err instanceof InputError) {
      io.stderr(`collectflow ${name}: ${err.message}\n`);
      return EXIT.invalid;
    }
    // A file that cannot be opened (named by an option or an argument): say which and why.
    const sys = err as NodeJS.ErrnoException;
    if (sys.syscall && sys.path) {
      io.stderr(`collectflow ${name}: ${sys.path}: ${SYSTEM_ERRORS[sys.code ?? ''] ?? sys.message}\n`);
      return EXIT.invalid;
    }
    throw err;
  }
}
