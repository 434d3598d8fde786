/**
 * Voice-bot speed, side by side in one run: the same six-turn conversation (right party,
 * verification, a no-match, a promise with amount and date heard in passing, two read-back
 * confirmations) through CollectFlow's session engine, through the same script as an xstate v5
 * machine, and through a hand-written switch (the lower bound), all with the same NLU and the
 * same prompt rendering. Twice: with a keyword classifier (cheap, so that the engines' own costs
 * show: the yardstick of the targets) and with the built-in NLU. Turns/s, p99 latency per turn
 * (built-in NLU included), memory per idle session. BENCH_DIALOG_CALLS sets the count (default 100,000).
 */
import { createActor, setup } from 'xstate';
import type { Case, DialogDocument, Prompt } from '../schemas/generated/types.ts';
import { parseAmount } from '../runtime/dialog/nlu/amount.ts';
import { builtinNlu, type Nlu, type NluResult } from '../runtime/dialog/nlu/classifier.ts';
import { parseDate } from '../runtime/dialog/nlu/date.ts';
import { promptText } from '../runtime/dialog/render-prompt.ts';
import { startSession } from '../runtime/dialog/session.ts';
import type { DialogEvent } from '../runtime/dialog/session-types.ts';
import { loadTemplates } from '../templates/load-templates.ts';
import { percentile, round } from './stats.ts';

const CALLS = Number(process.env.BENCH_DIALOG_CALLS ?? 100_000);
const dialog = loadTemplates().find((t) => t.doc.id === 'm1-reminder-zh')!.doc as unknown as DialogDocument;
const c: Case = { id: 'B1', dpd: 11, balance: 9733.71, overdueAmount: 1218.05, currency: 'CNY', timezone: 'Asia/Shanghai', name: '张芳', lender: '华夏消费金融', dueDate: '2026-11-17', idLast4: '3550' };
const NOW = '2026-11-28T02:00:00Z';
const UTTERANCES = ['是我', '3550', '嗯我想想', '我下周五还两千', '对', '对的'];
const TURNS = UTTERANCES.length;

/** The yardstick: keywords in order, the slot parsers for a promise. */
const KEYWORDS: Array<[string, string]> = [['还', 'promise_to_pay'], ['是我', 'rpc_confirmed'], ['对', 'affirm']];
const keywordNlu: Nlu = {
  classify(text, request): NluResult {
    for (const [keyword, intent] of KEYWORDS) {
      if (!text.includes(keyword)) continue;
      const slots: NluResult['slots'] = {};
      if (intent === 'promise_to_pay') {
        const amount = parseAmount(text);
        const date = parseDate(text, request.now, request.zone);
        if (amount !== null) slots.amount = amount;
        if (date !== null) slots.date = date;
      }
      return { intent, confidence: 1, slots, alternatives: [] };
    }
    return { intent: null, confidence: 0, slots: {}, alternatives: [] };
  },
};

// --- CollectFlow: playback of each prompt ends before the debtor answers ---
function collectflowCall(nlu: Nlu, latencies?: number[]): string {
  const { session } = startSession(dialog, { case: c, lang: 'zh', now: NOW, nlu });
  for (const text of UTTERANCES) {
    session.handle({ type: 'playback-done' });
    const e: DialogEvent = { type: 'speech', text, final: true, atMs: 0 };
    if (latencies) {
      const t0 = performance.now();
      session.handle(e);
      latencies.push(performance.now() - t0);
    } else session.handle(e);
  }
  return session.state.outcome!;
}

// --- The same script as an xstate v5 machine, and as a hand-written switch ---
const node = (id: string) => (dialog.nodes.find((n) => n.id === id) as unknown as { data: { prompt: Prompt; confirm?: Prompt; reprompts?: { noMatch?: Prompt[] } } }).data;
const render = (p: Prompt, slots: Record<string, unknown>) => promptText(p, 'zh', c, slots, dialog.callbackNumber);
type Heard = { type: 'SPEECH'; text: string; r: NluResult };
const machine = setup({
  types: { context: {} as { slots: Record<string, unknown>; said: string[]; noMatch: number; outcome?: string }, events: {} as Heard },
}).createMachine({
  id: 'm1', initial: 'greet', context: { slots: {}, said: [], noMatch: 0 },
  states: {
    greet: { on: { SPEECH: [{ guard: ({ event }) => ['rpc_confirmed', 'affirm'].includes(event.r.intent ?? ''), target: 'verify', actions: ({ context }) => context.said.push(render(node('verify').prompt, context.slots)) }] } },
    verify: { on: { SPEECH: [{ guard: ({ event }) => event.text.endsWith(c.idLast4!), target: 'amount', actions: ({ context }) => { context.said.push(render(node('disclosure').prompt, context.slots), render(node('amount').prompt, context.slots)); } }] } },
    amount: {
      on: {
        SPEECH: [
          { guard: ({ event }) => event.r.intent === 'promise_to_pay', target: 'confirmAmount', actions: ({ context, event }) => { Object.assign(context.slots, event.r.slots); context.said.push(render(node('ptp_amount').confirm!, context.slots)); } },
          { actions: ({ context }) => { context.noMatch++; context.said.push(render(node('amount').reprompts!.noMatch![0]!, context.slots)); } },
        ],
      },
    },
    confirmAmount: { on: { SPEECH: [{ guard: ({ event }) => event.r.intent === 'affirm', target: 'confirmDate', actions: ({ context }) => context.said.push(render(node('ptp_date').confirm!, context.slots)) }] } },
    confirmDate: { on: { SPEECH: [{ guard: ({ event }) => event.r.intent === 'affirm', target: 'done', actions: ({ context }) => { context.said.push(render(node('end_ptp').prompt, context.slots)); context.outcome = 'ptp'; } }] } },
    done: { type: 'final' },
  },
});
const classify = (nlu: Nlu, text: string) => nlu.classify(text, { now: NOW, zone: c.timezone });
function xstateCall(nlu: Nlu): string {
  const actor = createActor(machine).start();
  actor.getSnapshot().context.said.push(render(node('greet').prompt, {}));
  for (const text of UTTERANCES) actor.send({ type: 'SPEECH', text, r: classify(nlu, text) });
  return actor.getSnapshot().context.outcome!;
}
function switchCall(nlu: Nlu): string {
  let state = 'greet';
  const slots: Record<string, unknown> = {};
  const said = [render(node('greet').prompt, slots)];
  for (const text of UTTERANCES) {
    const r = classify(nlu, text);
    switch (state) {
      case 'greet': if (r.intent === 'rpc_confirmed' || r.intent === 'affirm') { said.push(render(node('verify').prompt, slots)); state = 'verify'; } break;
      case 'verify': if (text.endsWith(c.idLast4!)) { said.push(render(node('disclosure').prompt, slots), render(node('amount').prompt, slots)); state = 'amount'; } break;
      case 'amount':
        if (r.intent === 'promise_to_pay') { Object.assign(slots, r.slots); said.push(render(node('ptp_amount').confirm!, slots)); state = 'confirmAmount'; }
        else said.push(render(node('amount').reprompts!.noMatch![0]!, slots));
        break;
      case 'confirmAmount': if (r.intent === 'affirm') { said.push(render(node('ptp_date').confirm!, slots)); state = 'confirmDate'; } break;
      case 'confirmDate': if (r.intent === 'affirm') { said.push(render(node('end_ptp').prompt, slots)); state = 'ptp'; } break;
    }
  }
  return state;
}

const nlus: Array<[string, Nlu]> = [['keyword classifier', keywordNlu], ['built-in NLU', builtinNlu(dialog)]];
for (const [label, nlu] of nlus) {
  for (const [engine, call] of [['collectflow', collectflowCall], ['xstate', xstateCall], ['switch', switchCall]] as const) {
    if (call(nlu) !== 'ptp') throw new Error(`${engine} with the ${label} must end the scripted call with a promise to pay`);
  }
}

function timeCalls(label: string, run: () => unknown): number {
  for (let i = 0; i < Math.min(2000, CALLS); i++) run();
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (let i = 0; i < CALLS / 3; i++) run();
    best = Math.min(best, performance.now() - t0);
  }
  const perSec = (Math.floor(CALLS / 3) * TURNS) / (best / 1000);
  console.log(`${label.padEnd(48)}${Math.round(perSec).toLocaleString('en').padStart(12)} turns/s`);
  return perSec;
}
console.log(`${CALLS.toLocaleString('en')} calls × ${TURNS} turns per engine and NLU (best of three thirds)\n`);
const byNlu = Object.fromEntries(nlus.map(([label, nlu]) => [label, {
  collectflow: timeCalls(`collectflow session engine, ${label}`, () => collectflowCall(nlu)),
  xstate: timeCalls(`xstate v5 machine, ${label}`, () => xstateCall(nlu)),
  switch: timeCalls(`hand-written switch, ${label}`, () => switchCall(nlu)),
}]));
const yardstick = byNlu['keyword classifier']!;
const builtin = byNlu['built-in NLU']!;

const latencies: number[] = [];
for (let i = 0; i < 5000; i++) collectflowCall(nlus[1]![1], latencies);
const p99 = percentile(latencies, 99);

globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const idle = Array.from({ length: 10_000 }, () => startSession(dialog, { case: c, lang: 'zh', now: NOW }).session);
globalThis.gc?.();
const perSession = (process.memoryUsage().heapUsed - before) / idle.length;

console.log(`\ncollectflow = ${round(yardstick.collectflow / yardstick.xstate, 2)}x xstate with the keyword classifier (target 3x), ${round(yardstick.collectflow / yardstick.switch, 2)}x the switch; ${round(builtin.collectflow / builtin.xstate, 2)}x xstate with the built-in NLU`);
console.log(`per-turn latency with the built-in NLU: p50 ${round(percentile(latencies, 50), 3)} ms, p99 ${round(p99, 3)} ms (target 1 ms)`);
console.log(`idle sessions: ${round(perSession / 1024, 1)} KB each, ${round((perSession * 10_000) / 1_048_576, 1)} MB for 10,000 (target 100 MB)`);
const rounded = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]));
console.log(JSON.stringify({
  results: rounded(yardstick), unit: 'turns/s', nlu: 'keyword classifier', builtinNlu: rounded(builtin),
  ratio: round(yardstick.collectflow / yardstick.xstate, 2), ratioBuiltinNlu: round(builtin.collectflow / builtin.xstate, 2), ratioToSwitch: round(yardstick.collectflow / yardstick.switch, 2),
  p99TurnMs: round(p99, 3), idleSessionKB: round(perSession / 1024, 1), idle10kMB: round((perSession * 10_000) / 1_048_576, 1), calls: CALLS, turnsPerCall: TURNS,
}));
