/** Fills a prompt's {{case.x}}, {{slots.x}} and {{callbackNumber}} in the call's language. */
import type { Case, Lang, Prompt } from '../../schemas/generated/types.ts';
import { formatMoney, splitTemplate } from '../flow/render.ts';

const MONEY = new Set(['balance', 'overdueAmount', 'amount']);
const DATES = new Set(['dueDate', 'date', 'lastPaymentDate']);
const VAR = /\{\{\s*([A-Za-z_.]+)\s*\}\}/g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const dates = new Map<string, string>();

/** A date as said in the call: 2026年12月4日, December 4, 2026 (calls say the same few dates: kept). */
export function formatDate(iso: string, lang: string): string {
  const key = lang + iso;
  let out = dates.get(key);
  if (out === undefined) {
    const y = +iso.slice(0, 4), m = +iso.slice(5, 7), d = +iso.slice(8, 10);
    out = lang.startsWith('zh') ? `${y}年${m}月${d}日` : `${MONTHS[m - 1]} ${d}, ${y}`;
    if (dates.size > 10_000) dates.clear();
    dates.set(key, out);
  }
  return out;
}

type Part = string | { root: string; name: string };

/** Each prompt text split once into text and variables: a call renders many prompts, none parsed twice. */
const compiled = new WeakMap<Prompt, Map<Lang, Part[]>>();

function parts(prompt: Prompt, lang: Lang): Part[] {
  let byLang = compiled.get(prompt);
  if (!byLang) compiled.set(prompt, (byLang = new Map()));
  let out = byLang.get(lang);
  if (out) return out;
  const text = prompt.text[lang] ?? prompt.text.zh ?? prompt.text.en ?? '';
  out = splitTemplate(text, VAR, (m) => {
    const [root, name = ''] = m[1]!.split('.') as [string, string | undefined];
    return { root, name };
  });
  byLang.set(lang, out);
  return out;
}

export function promptText(prompt: Prompt, lang: Lang, c: Case, slots: Record<string, unknown>, callbackNumber: string): string {
  let out = '';
  for (const p of parts(prompt, lang)) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    if (p.root === 'callbackNumber') {
      out += callbackNumber;
      continue;
    }
    const v = p.root === 'case' ? (c as Record<string, unknown>)[p.name] : p.root === 'slots' ? slots[p.name] : undefined;
    if (v === undefined || v === null) continue;
    if (MONEY.has(p.name) && typeof v === 'number') out += formatMoney(v, c.currency, lang === 'zh-Hant' ? 'zh-Hant' : lang);
    else if (DATES.has(p.name) && typeof v === 'string') out += formatDate(v, lang);
    else out += String(v);
  }
  return out;
}
