import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { fakeIo } from '../test-io.ts';

const aCase = JSON.stringify({ id: 'C1', dpd: 11, balance: 9733.71, overdueAmount: 1218.05, currency: 'CNY', timezone: 'Asia/Shanghai', name: '张芳', lender: '华夏消费金融', dueDate: '2026-11-17', idLast4: '3550' });
const dialog = 'templates/dialogs/m1-reminder-zh.json';

describe('collectflow dialog', () => {
  it('holds an interactive call: the bot answers what is typed, /hangup ends it', async () => {
    const io = fakeIo({ 'c.json': aCase }, ['是我', '3550', '/hangup']);
    expect(await main(['dialog', '--dialog', dialog, '--case', 'c.json', '--now', '2026-11-28T02:00:00Z'], io)).toBe(0);
    expect(io.out()).toContain('bot: 为保护您的信息安全');
    expect(io.out()).toContain('当前逾期应还金额为¥1,218.05');
    expect(io.out()).toContain('outcome: refused');
  });

  it('with --jsonl reads events and writes one action per line, reporting bad lines', async () => {
    const events = [{ type: 'playback-done' }, { type: 'speech', text: '你打错了' }, 'oops'].map((e) => (typeof e === 'string' ? e : JSON.stringify(e)));
    const io = fakeIo({ 'c.json': aCase }, events);
    expect(await main(['dialog', '--dialog', dialog, '--case', 'c.json', '--now', '2026-11-28T02:00:00Z', '--jsonl'], io)).toBe(0);
    const actions = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(actions.map((a) => a.type)).toEqual(['say', 'listen', 'say', 'hangup']);
    expect(actions[3]).toEqual({ type: 'hangup', outcome: 'wrong_number' });
  });
});

describe('collectflow nlu', () => {
  it('prints intent, confidence, slots and alternatives', async () => {
    const io = fakeIo();
    expect(await main(['nlu', '--text', "I'll pay $200 next Friday", '--lang', 'en', '--now', '2026-11-28T15:00:00Z'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ intent: 'promise_to_pay', slots: { amount: 200, date: '2026-12-04' }, alternatives: expect.any(Array) });
  });

  it('reads JSON lines with --jsonl and reports bad ones by number', async () => {
    const io = fakeIo({}, [JSON.stringify({ text: '我已经还了' }), 'nope', JSON.stringify({ text: 'wrong number', lang: 'en' }), JSON.stringify({ text: 'hi', lang: 'fr' }), JSON.stringify({ text: 'hi', now: 'soon' })]);
    expect(await main(['nlu', '--jsonl', '--now', '2026-11-28T02:00:00Z'], io)).toBe(1);
    expect(io.out().trim().split('\n').map((l) => JSON.parse(l).intent)).toEqual(['already_paid', 'wrong_number']);
    expect(io.err()).toContain('stdin:2: skipped: not JSON');
    expect(io.err()).toContain('stdin:4: skipped: "lang" must be zh, zh-Hant or en, not "fr"');
    expect(io.err()).toContain('stdin:5: skipped: "now" "soon" is not an ISO instant');
  });
});
