import { parseArgs } from 'node:util';
import type { DialogDocument, Lang } from '../../schemas/generated/types.ts';
import { startSession } from '../../runtime/dialog/session.ts';
import type { DialogAction, DialogEvent } from '../../runtime/dialog/session-types.ts';
import { loadCase, loadDocument, nowOption } from '../documents.ts';
import { EXIT, UsageError } from '../io.ts';
import type { Command } from './index.ts';

const HELP = 'Type what the debtor says. /silence  /hangup  /dtmf 1234  /barge <text> (speak during the prompt)  /quit\n';

export const dialogCommand: Command = {
  summary: 'Talk to a voice-bot dialog as the debtor (interactive), or drive it with JSON events.',
  usage: 'collectflow dialog --dialog D --case case.json [--lang zh|zh-Hant|en] [--now ISO] [--jsonl]',
  run: async (args, io) => {
    const { values } = parseArgs({
      args,
      options: { dialog: { type: 'string' }, case: { type: 'string' }, lang: { type: 'string' }, now: { type: 'string' }, jsonl: { type: 'boolean', default: false } },
    });
    if (!values.dialog || !values.case) throw new UsageError('--dialog and --case are required');
    const dialog = await loadDocument<DialogDocument>(values.dialog, 'dialog', io);
    const theCase = await loadCase(values.case, io);
    const lang = (values.lang ?? dialog.languages[0]) as Lang;
    if (!dialog.languages.includes(lang)) throw new UsageError(`the dialog speaks ${dialog.languages.join(', ')}, not ${lang}`);
    const now = nowOption(values.now);

    const { session, actions } = startSession(dialog, { case: theCase, lang, now });
    const show = (acts: DialogAction[]) => {
      for (const a of acts) {
        if (values.jsonl) io.stdout(JSON.stringify(a) + '\n');
        else if (a.type === 'say') io.stdout(`bot: ${a.text}${a.bargeIn ? '' : '  (not interruptible)'}\n`);
        else if (a.type === 'transfer') io.stdout(`[transfer to ${a.queue}]\n`);
        else if (a.type === 'hangup') io.stdout(`[hangup: ${a.outcome}]\n`);
      }
    };
    if (!values.jsonl) io.stdout(HELP);
    show(actions);
    let n = 0, bad = 0, clock = 0;
    for await (const line of io.stdinLines()) {
      n++;
      if (!line.trim()) continue;
      let events: DialogEvent[];
      if (values.jsonl) {
        const e = safeJson(line) as DialogEvent | undefined;
        if (!e || !['speech', 'silence', 'playback-done', 'dtmf', 'hangup'].includes(e.type) || (e.type === 'speech' && typeof e.text !== 'string')) {
          io.stderr(`stdin:${n}: skipped: an event is {"type":"speech","text","final","atMs"} | {"type":"silence"|"playback-done"|"hangup"} | {"type":"dtmf","digits"}\n`);
          bad++;
          continue;
        }
        events = [e.type === 'speech' ? { ...e, final: e.final ?? true, atMs: e.atMs ?? clock } : e];
      } else {
        const cmd = line.trim();
        if (cmd === '/quit') break;
        clock += 4000;
        events = cmd === '/silence' ? [{ type: 'playback-done' }, { type: 'silence' }]
          : cmd === '/hangup' ? [{ type: 'hangup' }]
          : cmd.startsWith('/dtmf ') ? [{ type: 'playback-done' }, { type: 'dtmf', digits: cmd.slice(6).trim() }]
          : cmd.startsWith('/barge ') ? [{ type: 'speech', text: cmd.slice(7), final: true, atMs: clock }, { type: 'playback-done' }]
          : [{ type: 'playback-done' }, { type: 'speech', text: cmd, final: true, atMs: clock }];
      }
      for (const e of events) show(session.handle(e));
      if (session.state.outcome) break; // the call is over: stop reading
    }
    if (!values.jsonl) io.stdout(`\noutcome: ${session.state.outcome ?? 'call still open'}\n`);
    return bad ? EXIT.invalid : EXIT.ok;
  },
};

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
