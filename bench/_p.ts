import { startSession } from '../runtime/dialog/session.ts';
import { loadTemplates } from '../templates/load-templates.ts';
import type { Case, DialogDocument } from '../schemas/generated/types.ts';
import { parseAmount } from '../runtime/dialog/nlu/amount.ts';
import { parseDate } from '../runtime/dialog/nlu/date.ts';
import type { Nlu, NluResult } from '../runtime/dialog/nlu/classifier.ts';
const dialog = loadTemplates().find((t) => t.doc.id === 'm1-reminder-zh')!.doc as unknown as DialogDocument;
const c: Case = { id: 'B1', dpd: 11, balance: 9733.71, overdueAmount: 1218.05, currency: 'CNY', timezone: 'Asia/Shanghai', name: '张芳', lender: '华夏消费金融', dueDate: '2026-11-17', idLast4: '3550' };
const NOW = '2026-11-28T02:00:00Z';
const UTTERANCES = ['是我', '3550', '嗯我想想', '我下周五还两千', '对', '对的'];
const KEYWORDS: Array<[string, string]> = [['还', 'promise_to_pay'], ['是我', 'rpc_confirmed'], ['对', 'affirm']];
const nlu: Nlu = { classify(text, request): NluResult { for (const [keyword, intent] of KEYWORDS) { if (!text.includes(keyword)) continue; const slots: NluResult['slots'] = {};
  if (intent === 'promise_to_pay') { const amount = parseAmount(text); const date = parseDate(text, request.now, request.zone); if (amount !== null) slots.amount = amount; if (date !== null) slots.date = date; }
  return { intent, confidence: 1, slots, alternatives: [] }; } return { intent: null, confidence: 0, slots: {}, alternatives: [] }; } };
let t0 = performance.now();
for (let i = 0; i < 60000; i++) { const { session } = startSession(dialog, { case: c, lang: 'zh', now: NOW, nlu }); for (const text of UTTERANCES) { session.handle({ type: 'playback-done' }); session.handle({ type: 'speech', text, final: true, atMs: 0 }); } }
console.log((performance.now() - t0) / 60000 / 6 * 1000, 'us/turn');
t0 = performance.now();
for (let i = 0; i < 60000; i++) { parseAmount('我下周五还两千'); parseDate('我下周五还两千', NOW, 'Asia/Shanghai'); }
console.log((performance.now() - t0) / 60000 * 1000, 'us per slot parse');
