/** Renders `{{case.field}}` and `{{vars.name}}` in message templates; values, never markup. */
import type { LocalizedText } from '../../schemas/generated/types.ts';
import type { RunState } from './engine-types.ts';

const VAR = /\{\{\s*(case|vars)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Picks the case's language, then simplified Chinese, then English, then whatever there is. */
export function pickLanguage(text: LocalizedText, preferred: string | undefined): { lang: string; text: string } {
  for (const lang of [preferred, preferred === 'zh-Hant' ? 'zh' : undefined, 'zh', 'en']) {
    const t = lang ? text[lang as keyof LocalizedText] : undefined;
    if (t) return { lang: lang!, text: t };
  }
  const [lang, t] = Object.entries(text)[0]!;
  return { lang, text: t };
}

const MONEY_FIELDS = new Set(['balance', 'overdueAmount']);
const LOCALES: Record<string, string> = { zh: 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en-US' };
const money = new Map<string, Intl.NumberFormat>();
/** Currency → language → the symbol Intl would print there. */
const SYMBOLS: Record<string, Record<string, string> | undefined> = { CNY: { zh: '¥' }, USD: { en: '$' } };

/** 1234567.891 → "1,234,567.89". */
function grouped(amount: number): string {
  const s = amount.toFixed(2);
  const dot = s.length - 3;
  let out = s.slice(Math.max(0, dot - 3));
  for (let i = dot - 3; i > 0; i -= 3) out = s.slice(Math.max(0, i - 3), i) + ',' + out;
  return out;
}

/** Amounts read as money in the message's language: ¥1,218.05, $312.40. */
export function formatMoney(amount: number, currency: string, lang: string): string {
  // Intl is exact but slow per call; the common cases are formatted directly, the same way.
  const symbol = SYMBOLS[currency]?.[lang];
  if (symbol && Number.isFinite(amount) && Math.abs(amount) < 1e15) return (amount < 0 ? '-' : '') + symbol + grouped(Math.abs(amount));
  const key = `${lang}|${currency}`;
  let f = money.get(key);
  if (!f) money.set(key, (f = new Intl.NumberFormat(LOCALES[lang] ?? 'en-US', { style: 'currency', currency })));
  return f.format(amount);
}

/** A template as its literal text and its variables (each as `variable` makes it from the match), in order. */
export function splitTemplate<V>(template: string, pattern: RegExp, variable: (m: RegExpMatchArray) => V): Array<string | V> {
  const parts: Array<string | V> = [];
  let last = 0;
  for (const m of template.matchAll(pattern)) {
    if (m.index! > last) parts.push(template.slice(last, m.index));
    parts.push(variable(m));
    last = m.index! + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** Splits a template once into text and variables, so rendering per case scans nothing. */
export function compileTemplate(template: string): (state: RunState, lang: string) => string {
  const parts = splitTemplate(template, VAR, (m) => ({ root: m[1] as 'case' | 'vars', name: m[2]!, money: m[1] === 'case' && MONEY_FIELDS.has(m[2]!) }));
  return (state, lang) => {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') { out += p; continue; }
      const v = p.root === 'case' ? (state.case as Record<string, unknown>)[p.name] : state.vars[p.name];
      if (v === undefined || v === null) continue;
      out += p.money && typeof v === 'number' ? formatMoney(v, state.case.currency, lang) : String(v);
    }
    return out;
  };
}

