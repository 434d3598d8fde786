/**
 * The voice-bot session: text events in (speech, silence, playback done, DTMF, hangup), actions out
 * (say, listen, transfer, hangup). Deterministic; the state is one JSON value. Barge-in: speech
 * during an interruptible prompt is handled at once, during a disclosure it is held until the
 * prompt ends. Global intents are checked before the node's own.
 */
import type { DialogDocument, Prompt, Transcript } from '../../schemas/generated/types.ts';
import { builtinNlu, type Nlu, type NluResult } from './nlu/classifier.ts';
import { dialogBehaviours, type Turn } from './behaviours.ts';
import type { AnyDialogNode } from './nodes/types.ts';
import { promptText } from './render-prompt.ts';
import type { DialogAction, DialogEvent, Session, SessionOptions, SessionState } from './session-types.ts';

export interface Compiled {
  dialog: DialogDocument;
  nodes: ReadonlyMap<string, AnyDialogNode>;
  /** Per node: branch handle → target node. */
  next: ReadonlyMap<string, ReadonlyMap<string, string>>;
  globals: ReadonlyMap<string, NonNullable<DialogDocument['globalIntents']>[number]>;
  /** Per node: the intents the NLU may answer there (the node's, the global ones, yes and no). */
  candidates: ReadonlyMap<string, readonly string[]>;
  /** Per slot id: its type. */
  slotTypes: ReadonlyMap<string, string>;
  builtinNlu: () => Nlu;
}

const compiledCache = new WeakMap<DialogDocument, Compiled>();

/** The dialog's lookup tables, built once per dialog document and shared by all its sessions. */
export function compileDialog(dialog: DialogDocument): Compiled {
  const cached = compiledCache.get(dialog);
  if (cached) return cached;
  const globals = new Map((dialog.globalIntents ?? []).map((g) => [g.intent, g]));
  const nodes = dialog.nodes as AnyDialogNode[];
  let nlu: Nlu | undefined;
  const next = new Map(nodes.map((n) => [n.id, new Map<string, string>()]));
  for (const e of dialog.edges) next.get(e.source)?.set(e.sourceHandle, e.target);
  const c: Compiled = {
    dialog,
    nodes: new Map(nodes.map((n) => [n.id, n])),
    next,
    globals,
    candidates: new Map(nodes.map((n) => [n.id, [...('intents' in n.data ? (n.data.intents as string[]) : []), ...globals.keys(), 'affirm', 'deny']])),
    slotTypes: new Map((dialog.slots ?? []).map((x) => [x.id, x.type])),
    builtinNlu: () => (nlu ??= builtinNlu(dialog)),
  };
  compiledCache.set(dialog, c);
  return c;
}

export function startSession(dialog: DialogDocument, options: SessionOptions): { session: Session; actions: DialogAction[] } {
  const state: SessionState = {
    version: 1, dialogId: dialog.id, lang: options.lang, now: options.now, case: options.case, node: null, noInput: 0, noMatch: 0, attempts: 0,
    pending: null, slots: {}, heard: {}, playing: null, held: [], verified: false, thirdParty: false, lastIntent: null, atMs: 0, transcript: [], outcome: null,
  };
  const session = new LiveSession(compileDialog(dialog), options.nlu, state);
  const start = (dialog.nodes as AnyDialogNode[]).find((n) => n.type === 'start')!;
  const turn = new CallTurn(session.compiled, session.nlu, state);
  turn.enter(start.id);
  return { session, actions: turn.actions };
}

/** A session from a saved state (copied: the caller keeps its value). */
export function resumeSession(dialog: DialogDocument, saved: SessionState, nlu?: Nlu): Session {
  return new LiveSession(compileDialog(dialog), nlu, structuredClone(saved));
}

/**
 * The state is updated in place, event by event (a call handles its events one at a time);
 * `state` is the live value: JSON.stringify or structuredClone it to keep a snapshot.
 */
class LiveSession implements Session {
  readonly nlu: Nlu;

  constructor(readonly compiled: Compiled, nlu: Nlu | undefined, readonly state: SessionState) {
    this.nlu = nlu ?? compiled.builtinNlu();
  }

  handle(event: DialogEvent): DialogAction[] {
    const turn = new CallTurn(this.compiled, this.nlu, this.state);
    turn.handle(event);
    return turn.actions;
  }

  transcript(id: string): Transcript {
    const s = this.state;
    return { id, caseId: s.case.id, startedAt: s.now, timezone: s.case.timezone, channel: 'voice', direction: 'outbound', collector: { kind: 'bot' }, turns: s.transcript };
  }
}

/** What is playing: two shared values, never changed. */
const INTERRUPTIBLE = Object.freeze({ bargeIn: true });
const HELD = Object.freeze({ bargeIn: false });

/** One event's worth of work on a state: the actions it produces accumulate here. */
class CallTurn implements Turn {
  readonly actions: DialogAction[] = [];

  constructor(readonly compiled: Compiled, private readonly nlu: Nlu, readonly state: SessionState) {}

  say(prompt: Prompt): void {
    const s = this.state;
    const slots = s.pending ? { ...s.slots, [s.pending.slot]: s.pending.value } : s.slots;
    const text = promptText(prompt, s.lang, s.case, slots, this.compiled.dialog.callbackNumber);
    this.actions.push({ type: 'say', text, bargeIn: prompt.bargeIn });
    s.transcript.push({ speaker: 'bot', text, startMs: s.atMs });
    s.playing = (s.playing?.bargeIn ?? true) && prompt.bargeIn ? INTERRUPTIBLE : HELD;
  }

  listen(timeoutMs?: number): void {
    this.actions.push({ type: 'listen', timeoutMs: timeoutMs ?? this.compiled.dialog.settings?.noInputTimeoutMs ?? 6000 });
  }

  enter(id: string): void {
    const s = this.state;
    s.node = id;
    s.noInput = 0;
    s.noMatch = 0;
    s.attempts = 0;
    s.pending = null;
    const node = this.compiled.nodes.get(id)!;
    dialogBehaviours[node.type].enter(this, node as never);
  }

  follow(handle: string): void {
    const target = this.compiled.next.get(this.state.node!)?.get(handle);
    if (target) this.enter(target);
    else this.end('transferred'); // validation guarantees every branch; a dead end hands over rather than hangs
  }

  end(outcome: string): void {
    const s = this.state;
    if (s.outcome) return;
    s.outcome = outcome;
    s.node = null;
    this.actions.push({ type: 'hangup', outcome });
  }

  handle(event: DialogEvent): void {
    const s = this.state;
    if (s.outcome) return;
    if (event.atMs !== undefined) s.atMs = event.atMs;
    switch (event.type) {
      case 'hangup':
        this.end(s.transcript.some((x) => x.speaker !== 'bot') ? 'refused' : 'no_answer');
        return;
      case 'playback-done': {
        s.playing = null;
        if (s.held.length === 0) return;
        for (const e of s.held.splice(0)) this.handle(e);
        return;
      }
      case 'silence':
        if (s.node) {
          const node = this.compiled.nodes.get(s.node)!;
          dialogBehaviours[node.type].silence(this, node as never);
        }
        return;
      case 'dtmf':
        this.handle({ type: 'speech', text: event.digits, final: true, atMs: s.atMs });
        return;
      case 'speech': {
        if (s.playing && !s.playing.bargeIn) {
          if (event.final) s.held.push(event); // a disclosure plays to the end; the answer waits
          return;
        }
        s.playing = null; // interruptible: the speech stops the prompt
        if (!event.final || !s.node) return;
        this.hear(event.text);
        return;
      }
    }
  }

  hear(text: string): void {
    const s = this.state;
    const c = this.compiled;
    const node = c.nodes.get(s.node!)!;
    const r: NluResult = this.nlu.classify(text, { now: s.now, zone: s.case.timezone, candidates: c.candidates.get(node.id)! });
    s.lastIntent = r.intent;
    for (const k in r.slots) s.heard[k] = r.slots[k]!;
    if (r.intent === 'third_party') s.thirdParty = true;
    s.transcript.push({ speaker: s.thirdParty ? 'third_party' : 'debtor', text, startMs: s.atMs });
    const g = r.intent ? c.globals.get(r.intent) : undefined;
    if (g && !('intents' in node.data && (node.data.intents as string[]).includes(r.intent!))) {
      if (g.action === 'repeat') dialogBehaviours[node.type].enter(this, node as never, true);
      else if (g.action === 'goto' && g.target) this.enter(g.target);
      else if (g.action === 'transfer') {
        this.actions.push({ type: 'transfer', queue: g.queue ?? 'default', context: context(s) });
        this.end('transferred');
      } else this.end(g.outcome ?? 'refused');
      return;
    }
    dialogBehaviours[node.type].hear(this, node as never, text, r);
  }
}

export function context(s: SessionState): Record<string, unknown> {
  return { caseId: s.case.id, dialogId: s.dialogId, node: s.node, slots: s.slots, verified: s.verified, thirdParty: s.thirdParty, lastIntent: s.lastIntent, transcript: s.transcript };
}
