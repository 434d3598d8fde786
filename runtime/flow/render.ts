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

/** Amounts read as money in the message's language: ¥1,218.05, $312.40. */
export function formatMoney(amount: number, currency: string, lang: string): string {
  const key = `${lang}|${currency}`;
  let f = money.get(key);
  if (!f) money.set(key, (f = new Intl.NumberFormat(LOCALES[lang] ?? 'en-US', { style: 'currency', currency })));
  return f.format(amount);
}

export function render(template: string, state: RunState, lang: string): string {
  return template.replace(VAR, (_, root: 'case' | 'vars', name: string) => {
    const v = root === 'case' ? (state.case as Record<string, unknown>)[name] : state.vars[name];
    if (v === undefined || v === null) return '';
    return root === 'case' && MONEY_FIELDS.has(name) && typeof v === 'number' ? formatMoney(v, state.case.currency, lang) : String(v);
  });
}
