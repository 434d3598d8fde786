import type { Command } from './index.ts';

// The server and designer are not built yet; `npm start` says what there is today.
export const startCommand: Command = {
  summary: 'Start the CollectFlow server and designer.',
  usage: 'collectflow start',
  run: async (_args, io) => {
    io.stdout([
      'CollectFlow: the server and the designer are not built yet.',
      'What works today, on the command line:',
      '  npx collectflow validate templates/**/*.json   check documents',
      '  npx collectflow --help                          every command',
      '',
    ].join('\n'));
    return 0;
  },
};
