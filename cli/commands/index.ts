import type { CliIo } from '../io.ts';

export interface Command {
  summary: string;
  usage: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** Every subcommand: add one file in cli/commands and one line here. */
export const commands: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate.ts')).validateCommand,
  qa: async () => (await import('./qa.ts')).qaCommand,
  dialog: async () => (await import('./dialog.ts')).dialogCommand,
  nlu: async () => (await import('./nlu.ts')).nluCommand,
  policy: async () => (await import('./policy.ts')).policyCommand,
  run: async () => (await import('./run.ts')).runCommand,
  start: async () => (await import('./start.ts')).startCommand,
};
