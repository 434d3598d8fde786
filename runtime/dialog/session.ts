/**
 * The voice-bot session: text events in (speech, silence, playback done, DTMF, hangup), actions out
 * (say, listen, transfer, hangup). Deterministic; the state is one JSON value. Barge-in: speech
 * during an interruptible prompt is handled at once, during a disclosure it is held until the
 * prompt ends. Global intents are checked before the node's own.
 */
import type { DialogDocument, Prompt } from '../../schemas/generated/types.ts';
import { builtinNlu, type Nlu, type NluResult } from './nlu/classifier.ts';
import { dialogBehaviours, type Turn } from './behaviours.ts';
import type { AnyDialogNode } from './nodes/types.ts';
import { promptText } from './render-prompt.ts';
import type { DialogAction, DialogEvent, Session, SessionOptions, SessionState } from './session-types.ts';

export interface Compiled {
  dialog: DialogDocument;
  nodes: ReadonlyMap<string, AnyDialogNode>;
  next: ReadonlyMap<string, string>;
  nlu: Nlu;
  globals: ReadonlyMap<string, NonNullable<DialogDocument['globalIntents']>[number]>;
}

const compiledCache = new WeakMap<DialogDocument, Compiled>();

export function compileDialog(dialog: DialogDocument, nlu?: Nlu): Compiled {
  const cached = !nlu ? compiledCache.get(dialog) : undefined;
  if (cached) return cached;
  const c: Compiled = {
    dialog,
    nodes: new Map((dialog.nodes as AnyDialogNode[]).map((n) => [n.id, n])),
    next: new Map(dialog.edges.map((e) => [`${e.source}\u0000${e.sourceHandle}`, e.target])),
    nlu: nlu ?? builtinNlu(dialog),
    globals: new Map((dialog.globalIntents ?? []).map((g) => [g.intent, g])),
  };
  if (!nlu) compiledCache.set(dialog, c);
  return c;
}

export function startSession(dialog: DialogDocument, options: SessionOptions): { session: Session; actions: DialogAction[] } {
  const state: SessionState = {
    version: 1, dialogId: dialog.id, lang: options.lang, now: options.now, case: options.case, node: null, noInput: 0, noMatch: 0, attempts: 0,
    pending: null, slots: {}, heard: {}, playing: null, held: [], verified: false, thirdParty: false, lastIntent: null, atMs: 0, transcript: [], outcome: null,
  };
  const start = (dialog.nodes as AnyDialogNode[]).find((n) => n.type === 'start')!;
  const turn = newTurn(compileDialog(dialog, options.nlu), state);
  turn.enter(start.id);
  return { session: resumeSession(dialog, state, options.nlu), actions: turn.actions };
}

export function resumeSession(dialog: DialogDocument, saved: SessionState, nlu?: Nlu): Session {
  const compiled = compileDialog(dialog, nlu);
  let state = structuredClone(saved);
  return {
    get state() {
      return state;
    },
    handle(event) {
      const next = copyState(state);
      const turn = newTurn(compiled, next);
      turn.handle(event);
      state = next;
      return turn.actions;
    },
    transcript(id) {
      return { id, caseId: state.case.id, startedAt: state.now, timezone: state.case.timezone, channel: 'voice', direction: 'outbound', collector: { kind: 'bot' }, turns: state.transcript };
    },
  };
}

/** A copy deep enough that handling an event never touches the previous state (values inside are replaced, not mutated). */
function copyState(s: SessionState): SessionState {
  return { ...s, slots: { ...s.slots }, heard: { ...s.heard }, held: [...s.held], transcript: [...s.transcript], pending: s.pending && { ...s.pending }, playing: s.playing && { ...s.playing } };
}

/** One event's worth of work on a state: the actions it produces accumulate here. */
function newTurn(c: Compiled, s: SessionState): Turn {
  const actions: DialogAction[] = [];
  const t: Turn = {
    compiled: c,
    state: s,
    actions,
    say(prompt: Prompt) {
      const text = promptText(prompt, s.lang, s.case, { ...s.slots, ...(s.pending ? { [s.pending.slot]: s.pending.value } : {}) }, c.dialog.callbackNumber);
      actions.push({ type: 'say', text, bargeIn: prompt.bargeIn });
      s.transcript.push({ speaker: 'bot', text, startMs: s.atMs });
      s.playing = { bargeIn: (s.playing?.bargeIn ?? true) && prompt.bargeIn };
    },
    listen(timeoutMs?: number) {
      actions.push({ type: 'listen', timeoutMs: timeoutMs ?? c.dialog.settings?.noInputTimeoutMs ?? 6000 });
    },
    enter(id: string) {
      s.node = id;
      s.noInput = 0;
      s.noMatch = 0;
      s.attempts = 0;
      s.pending = null;
      const node = c.nodes.get(id)!;
      dialogBehaviours[node.type].enter(t, node as never);
    },
    follow(handle: string) {
      const target = c.next.get(`${s.node}\u0000${handle}`);
      if (target) t.enter(target);
      else t.end('transferred'); // validation guarantees every branch; a dead end hands over rather than hangs
    },
    end(outcome: string) {
      if (s.outcome) return;
      s.outcome = outcome;
      s.node = null;
      actions.push({ type: 'hangup', outcome });
    },
    handle(event: DialogEvent) {
      if (s.outcome) return;
      if (event.atMs !== undefined) s.atMs = event.atMs;
      switch (event.type) {
        case 'hangup':
          t.end(s.transcript.some((x) => x.speaker !== 'bot') ? 'refused' : 'no_answer');
          return;
        case 'playback-done': {
          s.playing = null;
          const held = s.held.splice(0);
          for (const e of held) t.handle(e);
          return;
        }
        case 'silence':
          if (s.node) dialogBehaviours[c.nodes.get(s.node)!.type].silence(t, c.nodes.get(s.node)! as never);
          return;
        case 'dtmf':
          t.handle({ type: 'speech', text: event.digits, final: true, atMs: s.atMs });
          return;
        case 'speech': {
          if (s.playing && !s.playing.bargeIn) {
            if (event.final) s.held.push(event); // a disclosure plays to the end; the answer waits
            return;
          }
          s.playing = null; // interruptible: the speech stops the prompt
          if (!event.final || !s.node) return;
          t.hear(event.text);
          return;
        }
      }
    },
    hear(text: string) {
      const node = c.nodes.get(s.node!)!;
      const own = 'intents' in node.data ? (node.data.intents as string[]) : [];
      const r: NluResult = c.nlu.classify(text, { now: s.now, zone: s.case.timezone, candidates: [...own, ...c.globals.keys(), 'affirm', 'deny'] });
      s.lastIntent = r.intent;
      Object.assign(s.heard, r.slots);
      if (r.intent === 'third_party') s.thirdParty = true;
      s.transcript.push({ speaker: s.thirdParty ? 'third_party' : 'debtor', text, startMs: s.atMs });
      const g = r.intent ? c.globals.get(r.intent) : undefined;
      if (g && !own.includes(r.intent!)) {
        if (g.action === 'repeat') dialogBehaviours[node.type].enter(t, node as never, true);
        else if (g.action === 'goto' && g.target) t.enter(g.target);
        else if (g.action === 'transfer') {
          actions.push({ type: 'transfer', queue: g.queue ?? 'default', context: context(s) });
          t.end('transferred');
        } else t.end(g.outcome ?? 'refused');
        return;
      }
      dialogBehaviours[node.type].hear(t, node as never, text, r);
    },
  };
  return t;
}

export function context(s: SessionState): Record<string, unknown> {
  return { caseId: s.case.id, dialogId: s.dialogId, node: s.node, slots: s.slots, verified: s.verified, thirdParty: s.thirdParty, lastIntent: s.lastIntent, transcript: s.transcript };
}
