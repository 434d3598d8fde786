import { parseArgs } from 'node:util';
import type { DialogDocument } from '../../schemas/generated/types.ts';
import { builtinNlu } from '../../runtime/dialog/nlu/classifier.ts';
import { TEMPLATES_DIR } from '../../templates/load-templates.ts';
import { loadDocument, nowOption } from '../documents.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import type { Command } from './index.ts';

export const nluCommand: Command = {
  summary: 'Recognise the intent and slots of an utterance (built-in NLU).',
  usage: 'collectflow nlu --text "…" [--lang zh|zh-Hant|en] [--now ISO] [--zone IANA] [--dialog D] | collectflow nlu --jsonl [--dialog D] < lines',
  run: async (args, io) => {
    const { values } = parseArgs({
      args,
      options: { text: { type: 'string' }, lang: { type: 'string', default: 'zh' }, now: { type: 'string' }, zone: { type: 'string' }, dialog: { type: 'string' }, jsonl: { type: 'boolean', default: false } },
    });
    if (!values.jsonl && values.text === undefined) throw new UsageError('give --text, or --jsonl with lines {"text","lang"?,"now"?} on standard input');
    if (!['zh', 'zh-Hant', 'en'].includes(values.lang)) throw new UsageError(`--lang must be zh, zh-Hant or en`);
    const now = nowOption(values.now);
    const nlus = new Map<string, ReturnType<typeof builtinNlu>>();
    const nluFor = async (lang: string) => {
      const key = values.dialog ?? (lang === 'en' ? 'en' : 'zh');
      if (!nlus.has(key)) nlus.set(key, builtinNlu(await dialogFor(values.dialog, lang, io)));
      return nlus.get(key)!;
    };
    const classify = async (text: string, lang: string, at: string) => (await nluFor(lang)).classify(text, { now: at, ...(values.zone ? { zone: values.zone } : {}) });
    if (!values.jsonl) {
      io.stdout(JSON.stringify(await classify(values.text!, values.lang, now)) + '\n');
      return EXIT.ok;
    }
    let n = 0, bad = 0;
    for await (const line of io.stdinLines()) {
      n++;
      if (!line.trim()) continue;
      const v = lineProblem(line);
      if (typeof v === 'string') {
        io.stderr(`stdin:${n}: skipped: ${v}\n`);
        bad++;
        continue;
      }
      io.stdout(JSON.stringify(await classify(v.text, String(v.lang ?? values.lang), String(v.now ?? now))) + '\n');
    }
    return bad ? EXIT.invalid : EXIT.ok;
  },
};

/** The given dialog, or the template reminder of the language (its intents and training phrases). */
export async function dialogFor(path: string | undefined, lang: string, io: CliIo): Promise<DialogDocument> {
  return loadDocument<DialogDocument>(path ?? `${TEMPLATES_DIR}dialogs/m1-reminder-${lang === 'en' ? 'en' : 'zh'}.json`, 'dialog', io);
}

/** A request line, or what is wrong with it. */
function lineProblem(line: string): { text: string; lang?: string; now?: string } | string {
  let v: { text?: unknown; lang?: unknown; now?: unknown };
  try {
    v = JSON.parse(line);
  } catch {
    return 'not JSON: a line is {"text","lang"?,"now"?}';
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'a line is an object {"text","lang"?,"now"?}';
  if (typeof v.text !== 'string') return '"text" must be a string';
  if (v.lang !== undefined && !['zh', 'zh-Hant', 'en'].includes(String(v.lang))) return `"lang" must be zh, zh-Hant or en, not ${JSON.stringify(v.lang)}`;
  if (v.now !== undefined && (typeof v.now !== 'string' || Number.isNaN(Date.parse(v.now)))) return `"now" ${JSON.stringify(v.now)} is not an ISO instant`;
  return v as { text: string; lang?: string; now?: string };
}
