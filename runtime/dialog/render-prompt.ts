/** Fills a prompt's {{case.x}}, {{slots.x}} and {{callbackNumber}} in the call's language. */
import type { Case, Lang, Prompt } from '../../schemas/generated/types.ts';
import { formatMoney } from '../flow/render.ts';

const MONEY = new Set(['balance', 'overdueAmount', 'amount']);
const DATES = new Set(['dueDate', 'date', 'lastPaymentDate']);
const VAR = /\{\{\s*([A-Za-z_.]+)\s*\}\}/g;

export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (lang.startsWith('zh')) return `${y}年${m}月${d}日`;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
}

export function promptText(prompt: Prompt, lang: Lang, c: Case, slots: Record<string, unknown>, callbackNumber: string): string {
  const text = prompt.text[lang] ?? prompt.text.zh ?? prompt.text.en ?? '';
  return text.replace(VAR, (_, path: string) => {
    const [root, name] = path.split('.') as [string, string | undefined];
    if (root === 'callbackNumber') return callbackNumber;
    const v = root === 'case' ? (c as Record<string, unknown>)[name!] : root === 'slots' ? slots[name!] : undefined;
    if (v === undefined || v === null) return '';
    if (MONEY.has(name!) && typeof v === 'number') return formatMoney(v, c.currency, lang === 'zh-Hant' ? 'zh-Hant' : lang);
    if (DATES.has(name!) && typeof v === 'string') return formatDate(v, lang);
    return String(v);
  });
}
