import type { Command } from './index.ts';

// The server and designer are not built yet; `npm start` says what there is today and how to try it.
export const startCommand: Command = {
  summary: 'Start the CollectFlow server and designer (not built yet: shows what works today).',
  usage: 'collectflow start',
  run: async (_args, io) => {
    io.stdout([
      'CollectFlow: the server and the designer are not built yet. What works today, on the command line:',
      '',
      '  npx collectflow validate templates/*/*.json                      check documents (schema and semantics)',
      '  npx collectflow run --flow templates/flows/m1-early.json \\',
      '      --policy templates/policies/policy-cn.json --cases templates/data/cases.jsonl --now 2026-12-01T02:00:00Z',
      '                                                                   run a strategy over a portfolio',
      '  npx collectflow dialog --dialog templates/dialogs/m1-reminder-en.json --case templates/data/case-en.json',
      '                                                                   talk to the voice bot as the debtor',
      '  npx collectflow nlu --text "我下周五还两千"                         intent and slots of an utterance',
      '  npx collectflow qa --ruleset templates/qa/qa-cn.json templates/data/transcripts.jsonl',
      '                                                                   inspect calls for violations',
      '  npx collectflow policy check --help                              ask the contact guardrails',
      '  npx collectflow --help                                           every command',
      '',
    ].join('\n'));
    return 0;
  },
};
