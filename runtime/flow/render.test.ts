import { describe, expect, it } from 'vitest';
import type { RunState } from './engine-types.ts';
import { compileTemplate, formatMoney, pickLanguage } from './render.ts';

describe('formatMoney', () => {
  it('writes amounts exactly as Intl does, fast path included', () => {
    for (const [currency, lang, locale] of [['CNY', 'zh', 'zh-CN'], ['USD', 'en', 'en-US'], ['USD', 'zh', 'zh-CN'], ['CNY', 'en', 'en-US'], ['HKD', 'zh-Hant', 'zh-TW']] as const) {
      const intl = new Intl.NumberFormat(locale, { style: 'currency', currency });
      for (const amount of [0, 0.5, 7, 1218.05, 1000, 999999.999, 1234567.5, -42.1]) expect(formatMoney(amount, currency, lang)).toBe(intl.format(amount));
    }
  });
});

describe('templates', () => {
  const state = { case: { id: 'c', dpd: 3, balance: 1218.05, currency: 'CNY', timezone: 'Asia/Shanghai', name: '张芳' }, vars: { tier: 'A' } } as unknown as RunState;

  it('fill case fields, variables and money, and leave unknown values empty', () => {
    expect(compileTemplate('{{case.name}}：欠款{{case.balance}}，{{vars.tier}}级，{{case.score}}。')(state, 'zh')).toBe('张芳：欠款¥1,218.05，A级，。');
  });

  it('pick the case language, then Chinese, then English', () => {
    expect(pickLanguage({ en: 'E', zh: 'Z' }, 'en')).toEqual({ lang: 'en', text: 'E' });
    expect(pickLanguage({ en: 'E', zh: 'Z' }, 'zh-Hant')).toEqual({ lang: 'zh', text: 'Z' });
    expect(pickLanguage({ en: 'E' }, 'zh')).toEqual({ lang: 'en', text: 'E' });
  });
});
