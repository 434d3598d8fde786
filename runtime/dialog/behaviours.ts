/**
 * What each dialog node kind does in a call: on entry, on hearing an answer, on silence. One
 * behaviour per kind, registered so that forgetting a kind is a compile error.
 */
import type { DialogNodeKind } from '../../schemas/nodes/dialog/index.ts';
import type { Prompt } from '../../schemas/generated/types.ts';
import { parseAmount } from './nlu/amount.ts';
import type { NluResult } from './nlu/classifier.ts';
import { parseDate } from './nlu/date.ts';
import type { DialogNodeOf } from './nodes/types.ts';
import type { Compiled } from './session.ts';
import { context } from './session.ts';
import type { DialogAction, SessionState } from './session-types.ts';

/** The session's working surface while it handles one event. */
export interface Turn {
  compiled: Compiled;
  state: SessionState;
  actions: DialogAction[];
  say(prompt: Prompt): void;
  listen(timeoutMs?: number): void;
  enter(id: string): void;
  follow(handle: string): void;
  end(outcome: string): void;
  handle(event: import('./session-types.ts').DialogEvent): void;
  hear(text: string): void;
}

interface Behaviour<K extends DialogNodeKind> {
  enter(t: Turn, node: DialogNodeOf<K>, again?: boolean): void;
  hear(t: Turn, node: DialogNodeOf<K>, text: string, r: NluResult): void;
  silence(t: Turn, node: DialogNodeOf<K>): void;
}

const nothing = () => {};

/** Numbered reprompts: the n-th failure plays the n-th reprompt; past the last, the branch. */
function retry(t: Turn, kind: 'noInput' | 'noMatch', reprompts: Prompt[] | undefined, branch: string, timeoutMs?: number) {
  const n = ++t.state[kind];
  const prompt = reprompts?.[n - 1];
  if (!prompt) return t.follow(branch);
  t.say(prompt);
  t.listen(timeoutMs);
}

const start: Behaviour<'start'> = { enter: (t) => t.follow('next'), hear: nothing, silence: nothing };

const say: Behaviour<'say'> = {
  enter: (t, n) => {
    t.say(n.data.prompt);
    t.follow('next');
  },
  hear: nothing,
  silence: nothing,
};

const ask: Behaviour<'ask'> = {
  enter: (t, n) => {
    t.say(n.data.prompt);
    t.listen(n.data.timeoutMs);
  },
  hear: (t, n, _text, r) => {
    if (r.intent && (n.data.intents as string[]).includes(r.intent)) return t.follow(r.intent);
    retry(t, 'noMatch', n.data.reprompts?.noMatch, 'no_match', n.data.timeoutMs);
  },
  silence: (t, n) => retry(t, 'noInput', n.data.reprompts?.noInput, 'no_input', n.data.timeoutMs),
};

const collect: Behaviour<'collect'> = {
  enter: (t, n, again) => {
    // Already said in passing ("下周五还两千"): read it back instead of asking.
    const type = slotType(t, n.data.slot);
    const heard = type ? t.state.heard[type] : undefined;
    if (!again && heard !== undefined && n.data.confirm && valid(t, n, heard)) {
      t.state.pending = { slot: n.data.slot, value: heard };
      t.say(n.data.confirm);
    } else t.say(n.data.prompt);
    t.listen(n.data.timeoutMs);
  },
  hear: (t, n, text, r) => {
    const s = t.state;
    if (s.pending) {
      if (r.intent === 'affirm') {
        s.slots[s.pending.slot] = s.pending.value;
        s.pending = null;
        return t.follow('collected');
      }
      s.pending = null;
      if (r.intent === 'deny') return collectAgain(t, n);
    }
    const value = slotValue(t, n.data.slot, text, r);
    if (value === null || !valid(t, n, value)) return collectAgain(t, n);
    if (!n.data.confirm) {
      s.slots[n.data.slot] = value;
      return t.follow('collected');
    }
    s.pending = { slot: n.data.slot, value };
    t.say(n.data.confirm);
    t.listen(n.data.timeoutMs);
  },
  silence: (t, n) => retry(t, 'noInput', n.data.reprompts?.noInput, 'failed', n.data.timeoutMs),
};

/** Not understood or not confirmed: ask again with the next reprompt, up to the node's attempts. */
function collectAgain(t: Turn, n: DialogNodeOf<'collect'>): void {
  if (++t.state.attempts >= (n.data.maxAttempts ?? 2)) return t.follow('failed');
  t.say(n.data.reprompts?.noMatch?.[t.state.attempts - 1] ?? n.data.prompt);
  t.listen(n.data.timeoutMs);
}

const slotType = (t: Turn, slot: string) => t.compiled.slotTypes.get(slot);

function slotValue(t: Turn, slot: string, text: string, r: NluResult): number | string | null {
  const type = slotType(t, slot);
  if (type === 'amount') return (r.slots.amount as number | undefined) ?? parseAmount(text);
  if (type === 'date') return (r.slots.date as string | undefined) ?? parseDate(text, t.state.now, t.state.case.timezone);
  return text.trim() || null;
}

function valid(t: Turn, n: DialogNodeOf<'collect'>, value: number | string): boolean {
  const v = n.data.validation;
  if (!v) return true;
  if (typeof value === 'number') {
    const cap = v.maxOfField ? Number((t.state.case as Record<string, unknown>)[v.maxOfField]) : Infinity;
    return value >= (v.min ?? -Infinity) && value <= Math.min(v.max ?? Infinity, cap);
  }
  if (v.maxDaysAhead !== undefined) {
    const days = (Date.parse(value) - Date.parse(t.state.now.slice(0, 10))) / 86_400_000;
    return days >= 0 && days <= v.maxDaysAhead;
  }
  return true;
}

const ZH_DIGITS: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const EN_DIGITS: Record<string, string> = { zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };

/** The digits someone said: "3550", "三五五零", "three five five zero" (and an x, as in ID numbers). */
export function spokenDigits(text: string): string {
  const t = text.normalize('NFKC').toLowerCase();
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch >= 'a' && ch <= 'z') {
      let j = i;
      while (j < t.length && t[j]! >= 'a' && t[j]! <= 'z') j++;
      const word = t.slice(i, j);
      out += EN_DIGITS[word] ?? (word === 'x' ? 'x' : '');
      i = j - 1;
    } else if (ch >= '0' && ch <= '9') out += ch;
    else out += ZH_DIGITS[ch] ?? '';
  }
  return out;
}

const verify: Behaviour<'verify'> = {
  enter: (t, n, again) => {
    t.say(again && n.data.retryPrompt ? n.data.retryPrompt : n.data.prompt);
    t.listen();
  },
  hear: (t, n, text) => {
    const expected = String((t.state.case as Record<string, unknown>)[n.data.field] ?? '').toLowerCase();
    const said = n.data.field === 'name' ? text.toLowerCase() : spokenDigits(text);
    const ok = expected !== '' && (n.data.field === 'name' ? said.includes(expected) : said.endsWith(expected.replace(/-/g, '')));
    if (ok) {
      t.state.verified = true;
      return t.follow('verified');
    }
    if (++t.state.attempts >= n.data.maxAttempts) return t.follow('failed');
    verify.enter(t, n, true);
  },
  silence: (t, n) => verify.hear(t, n, '', { intent: null, confidence: 0, slots: {}, alternatives: [] }),
};

const transfer: Behaviour<'transfer'> = {
  enter: (t, n) => {
    if (n.data.prompt) t.say(n.data.prompt);
    t.actions.push({ type: 'transfer', queue: n.data.queue, context: { ...context(t.state), reason: n.data.reason ?? null } });
    t.end('transferred');
  },
  hear: nothing,
  silence: nothing,
};

const end: Behaviour<'end'> = {
  enter: (t, n) => {
    if (n.data.prompt) t.say(n.data.prompt);
    t.end(n.data.outcome);
  },
  hear: nothing,
  silence: nothing,
};

export const dialogBehaviours = { start, say, ask, collect, verify, transfer, end } satisfies { [K in DialogNodeKind]: Behaviour<K> };
