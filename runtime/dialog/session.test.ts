import { describe, expect, it } from 'vitest';
import type { Case, DialogDocument } from '../../schemas/generated/types.ts';
import { loadTemplates } from '../../templates/load-templates.ts';
import { resumeSession, startSession } from './session.ts';
import type { DialogAction, DialogEvent } from './session-types.ts';

const dialogs = Object.fromEntries(loadTemplates().filter((t) => t.doc.kind === 'dialog').map((t) => [t.doc.id, t.doc as unknown as DialogDocument]));
const zhCase: Case = { id: 'C1', dpd: 11, balance: 9733.71, overdueAmount: 1218.05, currency: 'CNY', timezone: 'Asia/Shanghai', name: '张芳', lender: '华夏消费金融', dueDate: '2026-11-17', idLast4: '3550' };
const enCase: Case = { id: 'U1', dpd: 18, balance: 900, overdueAmount: 312.4, currency: 'USD', timezone: 'America/New_York', name: 'Maria Garcia', lender: 'Northwind Bank', dueDate: '2026-11-10', idLast4: '4417' };
const NOW = '2026-11-28T02:00:00Z';
let clock = 0;
const say = (text: string): DialogEvent => ({ type: 'speech', text, final: true, atMs: (clock += 3000) });
const done: DialogEvent = { type: 'playback-done' };

function call(lang: 'zh' | 'en', events: DialogEvent[]) {
  const { session, actions } = startSession(dialogs[lang === 'zh' ? 'm1-reminder-zh' : 'm1-reminder-en']!, { case: lang === 'zh' ? zhCase : enCase, lang, now: NOW });
  const all: DialogAction[] = [...actions];
  for (const e of events) all.push(...session.handle(e));
  const said = all.filter((a) => a.type === 'say').map((a) => (a as { text: string }).text);
  return { session, all, said, outcome: session.state.outcome };
}
const toAmountZh = [done, say('是我'), say('3550'), done];
const toAmountEn = [done, say('yes, speaking'), say('four four one seven'), done];

describe('voice-bot sessions through the template dialogs', () => {
  it('promise to pay: amount and date heard in passing, read back, confirmed', () => {
    const r = call('zh', [done, say('是我'), say('三五五零'), say('我下周五还两千'), done, say('对'), say('对的')]);
    expect(r.outcome).toBe('ptp');
    expect(r.session.state.slots).toEqual({ amount: 2000, date: '2026-12-04' });
    expect(r.said).toContain('您计划还款¥2,000.00，对吗？');
    expect(r.all[r.all.length - 1]).toEqual({ type: 'hangup', outcome: 'ptp' });
  });

  it('dispute (English): verification, the debt-collector disclosure, then the dispute is recorded', () => {
    const r = call('en', [...toAmountEn, say("that's not my debt, I never borrowed that")]);
    expect(r.outcome).toBe('dispute');
    expect(r.said.some((t) => t.includes('This is a communication from a debt collector'))).toBe(true);
    expect(r.said.some((t) => t.includes('$312.40'))).toBe(true);
  });

  it('hardship: the bot offers a specialist and ends as hardship', () => {
    const r = call('zh', [...toAmountZh, say('我失业了，实在没钱')]);
    expect(r.outcome).toBe('hardship');
    expect(r.said.at(-2)).toContain('理解您目前的困难');
  });

  it('wrong number, from the very first question (a global intent)', () => {
    const r = call('zh', [done, say('你打错了')]);
    expect(r.outcome).toBe('wrong_number');
  });

  it('a third party who answers hears nothing about the debt', () => {
    const r = call('en', [done, say("she's not here, I'm her mother"), say('okay, I will tell her')]);
    expect(r.outcome).toBe('third_party');
    expect(r.said.join(' ')).not.toMatch(/debt|past due|\$|owe|balance/i);
    expect(r.session.transcript('t').turns.filter((t) => t.speaker === 'third_party').length).toBe(2);
  });

  it('holds speech during a prompt that may not be interrupted, and handles it when the prompt ends', () => {
    const { session } = startSession(dialogs['m1-reminder-zh']!, { case: zhCase, lang: 'zh', now: NOW });
    expect(session.handle(say('是我'))).toEqual([]);
    expect(session.handle(done)[0]).toMatchObject({ type: 'say', text: expect.stringContaining('身份证号码的后四位') });
  });

  it('lets speech interrupt an interruptible prompt at once', () => {
    const { session } = startSession(dialogs['m1-reminder-zh']!, { case: zhCase, lang: 'zh', now: NOW });
    session.handle(done);
    session.handle(say('是我')); // the verification prompt starts playing; it may be interrupted
    expect(session.handle({ type: 'speech', text: '三五', final: false, atMs: clock })).toEqual([]);
    expect(session.handle(say('三五五零')).map((a) => a.type)).toEqual(['say', 'say', 'listen']);
  });

  it('numbered no-match reprompts, then the no-match branch: a transfer with the context', () => {
    // Sounds no example holds: no match by construction (how small talk fares is the NLU's test).
    const r = call('zh', [...toAmountZh, say('啦啦啦'), say('呜呜呜'), say('哈哈哈哈')]);
    expect(r.said.slice(-3)).toEqual(['抱歉没有听明白。请问您今天能还款吗？', '您可以直接告诉我打算哪天还、还多少。', '请稍候，正在为您转接人工客服。']);
    const transfer = r.all.find((a) => a.type === 'transfer') as Extract<DialogAction, { type: 'transfer' }>;
    expect(transfer).toMatchObject({ queue: 'collections-m1', context: { caseId: 'C1', verified: true } });
    expect(r.outcome).toBe('transferred');
  });

  it('numbered no-input reprompts, then the no-input branch', () => {
    const r = call('zh', [done, { type: 'silence' }, { type: 'silence' }]);
    expect(r.said[1]).toContain('请问能听到吗');
    expect(r.outcome).toBe('no_answer');
  });

  it('fails verification after its attempts and hands over', () => {
    const r = call('zh', [done, say('是我'), say('1111'), say('2222')]);
    expect(r.said).toContain('核验未通过，请您再说一次身份证号码的后四位。');
    expect(r.outcome).toBe('transferred');
  });

  it('stop contact works from any node', () => {
    expect(call('zh', [...toAmountZh, say('以后不要再给我打电话了')]).outcome).toBe('stop_contact');
    expect(call('en', [done, say('stop calling me')]).outcome).toBe('stop_contact');
  });

  it('resumes from its JSON state exactly, and is deterministic', () => {
    const events = [done, say('是我'), say('3550'), done];
    const a = call('zh', events);
    const resumed = resumeSession(dialogs['m1-reminder-zh']!, JSON.parse(JSON.stringify(a.session.state)));
    const b = call('zh', events);
    expect(resumed.handle(say('我已经还了'))).toEqual(b.session.handle({ ...say('我已经还了'), atMs: clock }));
    expect(resumed.state.outcome).toBe('already_paid');
  });

  it('records the call as an interchange transcript', () => {
    const r = call('zh', [done, say('你打错了')]);
    expect(r.session.transcript('call-1')).toMatchObject({ id: 'call-1', caseId: 'C1', channel: 'voice', turns: [{ speaker: 'bot' }, { speaker: 'debtor', text: '你打错了' }, { speaker: 'bot' }] });
  });
});
