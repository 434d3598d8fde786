import { describe, expect, it } from 'vitest';
import { parseAmount, parseChineseNumber } from './amount.ts';
import { parseDate } from './date.ts';

describe('parseAmount', () => {
  it.each([
    ['两千', 2000], ['两千五', 2500], ['一千二百块', 1200], ['三万五千', 35000], ['十五', 15], ['五百元', 500],
    ['3,000元', 3000], ['我下周五还2k', 2000], ['$200', 200], ['1.5万', 15000], ['two hundred dollars', 200],
    ['I can pay two thousand five hundred', 2500], ['I will pay 350 on Friday', 350], ['a hundred a week', 100],
    ['I make two thousand a month', 2000], ['一二三四', 1234], ['One two three four.', 1234],
  ])('%s → %d', (text, amount) => expect(parseAmount(text)).toBe(amount));

  it('finds no amount where there is none', () => {
    expect(parseAmount('我下周还')).toBeNull();
    expect(parseAmount('yes that is right')).toBeNull();
  });

  it('reads a number that names a time or a day as no amount', () => {
    expect(parseAmount("I'll call you back in ten minutes")).toBeNull();
    expect(parseAmount("I'll pay on the 15th")).toBeNull();
    expect(parseAmount('3天后还')).toBeNull();
    expect(parseAmount('give me 2 weeks and I will pay 300')).toBe(300);
    expect(parseAmount('15号还两千')).toBe(2000);
    expect(parseAmount('分二十四期可以吗')).toBeNull();
    expect(parseAmount('can I pay it in 12 payments of 200')).toBe(200);
  });

  it('reads a lone digit word as a count, an amount only with its currency', () => {
    expect(parseAmount('你先报一下你们单位名字')).toBeNull();
    expect(parseAmount('give me one more week, I have two kids')).toBeNull();
    expect(parseAmount('我先还一块钱')).toBe(1);
    expect(parseAmount('I can only send five bucks')).toBe(5);
  });

  it('reads Chinese numerals by place', () => {
    expect(parseChineseNumber('一万零五百')).toBe(10500);
    expect(parseChineseNumber('两万五')).toBe(25000);
  });
});

describe('parseDate', () => {
  // Saturday 2026-11-28, 10:00 in Shanghai.
  const now = '2026-11-28T02:00:00Z';
  it.each([
    ['明天', '2026-11-29'], ['后天还', '2026-11-30'], ['下周五', '2026-12-04'], ['周一', '2026-11-30'], ['15号', '2026-12-15'],
    ['30号', '2026-11-30'], ['月底前', '2026-11-30'], ['3天后', '2026-12-01'], ['tomorrow', '2026-11-29'], ['next Friday', '2026-12-04'],
    ['on Monday', '2026-11-30'], ['on the 15th', '2026-12-15'], ['in 5 days', '2026-12-03'], ['end of the month', '2026-11-30'],
  ])('%s → %s', (text, date) => expect(parseDate(text, now, 'Asia/Shanghai')).toBe(date));

  it('uses the debtor\'s calendar day, not UTC\'s', () => {
    // 23:30 on the 28th in Los Angeles is already the 29th in UTC.
    expect(parseDate('tomorrow', '2026-11-29T07:30:00Z', 'America/Los_Angeles')).toBe('2026-11-29');
  });

  it('finds no date where there is none', () => expect(parseDate('我会还的', now, 'Asia/Shanghai')).toBeNull());
});
