/**
 * Voice-bot speed, side by side in one run: the same six-turn conversation (right party,
 * verification, a no-match, a promise with amount and date heard in passing, two read-back
 * confirmations) through CollectFlow's session engine and through the same script as an xstate v5
 * machine using the same NLU and the same prompt rendering. Turns/s, p99 latency per turn
 * (NLU included), memory per idle session. BENCH_DIALOG_CALLS sets the count (default 100,000).
 */
import { createActor, setup } from 'xstate';
import type { Case, DialogDocument, Prompt } from '../schemas/generated/types.ts';
import { builtinNlu } from '../runtime/dialog/nlu/classifier.ts';
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

// --- CollectFlow: playback of each prompt ends before the debtor answers ---
function collectflowCall(latencies?: number[]): string {
  const { session } = startSession(dialog, { case: c, lang: 'zh', now: NOW });
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

// --- The same script as an xstate v5 machine, with the same NLU and prompt rendering ---
const nlu = builtinNlu(dialog);
const node = (id: string) => (dialog.nodes.find((n) => n.id === id) as unknown as { data: { prompt: Prompt; confirm?: Prompt; reprompts?: { noMatch?: Prompt[] } } }).data;
const render = (p: Prompt, slots: Record<string, unknown>) => promptText(p, 'zh', c, slots, dialog.callbackNumber);
const classify = (text: string) => nlu.classify(text, { now: NOW, zone: c.timezone });
const machine = setup({
  types: { context: {} as { slots: Record<string, unknown>; said: string[]; noMatch: number; outcome?: string }, events: {} as { type: 'SPEECH'; text: string } },
}).createMachine({
  id: 'm1', initial: 'greet', context: { slots: {}, said: [], noMatch: 0 },
  states: {
    greet: { on: { SPEECH: [{ guard: ({ event }) => ['rpc_confirmed', 'affirm'].includes(classify(event.text).intent ?? ''), target: 'verify', actions: ({ context }) => context.said.push(render(node('verify').prompt, context.slots)) }] } },
    verify: { on: { SPEECH: [{ guard: ({ event }) => event.text.endsWith(c.idLast4!), target: 'amount', actions: ({ context }) => { context.said.push(render(node('disclosure').prompt, context.slots), render(node('amount').prompt, context.slots)); } }] } },
    amount: {
      on: {
        SPEECH: [
          { guard: ({ event }) => classify(event.text).intent === 'promise_to_pay', target: 'confirmAmount', actions: ({ context, event }) => { Object.assign(context.slots, classify(event.text).slots); context.said.push(render(node('ptp_amount').confirm!, context.slots)); } },
          { actions: ({ context }) => { context.noMatch++; context.said.push(render(node('amount').reprompts!.noMatch![0]!, context.slots)); } },
        ],
      },
    },
    confirmAmount: { on: { SPEECH: [{ guard: ({ event }) => classify(event.text).intent === 'affirm', target: 'confirmDate', actions: ({ context }) => context.said.push(render(node('ptp_date').confirm!, context.slots)) }] } },
    confirmDate: { on: { SPEECH: [{ guard: ({ event }) => classify(event.text).intent === 'affirm', target: 'done', actions: ({ context }) => { context.said.push(render(node('end_ptp').prompt, context.slots)); context.outcome = 'ptp'; } }] } },
    done: { type: 'final' },
  },
});
function xstateCall(): string {
  const actor = createActor(machine).start();
  actor.getSnapshot().context.said.push(render(node('greet').prompt, {}));
  for (const text of UTTERANCES) actor.send({ type: 'SPEECH', text });
  return actor.getSnapshot().context.outcome!;
}

if (collectflowCall() !== 'ptp' || xstateCall() !== 'ptp') throw new Error('both engines must end the scripted call with a promise to pay');

function timeCalls(label: string, run: () => unknown): number {
  for (let i = 0; i < Math.min(2000, CALLS); i++) run();
  const t0 = performance.now();
  for (let i = 0; i < CALLS; i++) run();
  const perSec = (CALLS * TURNS) / ((performance.now() - t0) / 1000);
  console.log(`${label.padEnd(28)}${Math.round(perSec).toLocaleString('en').padStart(12)} turns/s  (${CALLS.toLocaleString('en')} calls × ${TURNS} turns)`);
  return perSec;
}
const results = { collectflow: timeCalls('collectflow session engine', () => collectflowCall()), xstate: timeCalls('xstate v5 machine', xstateCall) };

const latencies: number[] = [];
for (let i = 0; i < 5000; i++) collectflowCall(latencies);
const p99 = percentile(latencies, 99);

globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const idle = Array.from({ length: 10_000 }, () => startSession(dialog, { case: c, lang: 'zh', now: NOW }).session);
globalThis.gc?.();
const perSession = (process.memoryUsage().heapUsed - before) / idle.length;

console.log(`\ncollectflow = ${round(results.collectflow / results.xstate, 2)}x xstate (target 3x)`);
console.log(`per-turn latency with NLU: p50 ${round(percentile(latencies, 50), 3)} ms, p99 ${round(p99, 3)} ms (target 1 ms)`);
console.log(`idle sessions: ${round(perSession / 1024, 1)} KB each, ${round((perSession * 10_000) / 1_048_576, 1)} MB for 10,000 (target 100 MB)`);
console.log(JSON.stringify({
  results: { collectflow: Math.round(results.collectflow), xstate: Math.round(results.xstate) }, unit: 'turns/s',
  ratio: round(results.collectflow / results.xstate, 2), p99TurnMs: round(p99, 3), idleSessionKB: round(perSession / 1024, 1), idle10kMB: round((perSession * 10_000) / 1_048_576, 1), calls: CALLS, turnsPerCall: TURNS,
}));
