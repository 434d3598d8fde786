/**
 * Dates as people say them, relative to `now` in the debtor's zone: "明天", "后天", "下周五",
 * "周五", "15号", "月底", "3天后", "tomorrow", "next Friday", "on Friday", "on the 15th",
 * "end of the month", "in 3 days". Returns an ISO date (YYYY-MM-DD) or null.
 */
import { localTime } from '../../policy/time.ts';
import { parseChineseNumber } from './amount.ts';

const ZH_WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 末: 6 };
const EN_WEEKDAY: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const isoWeekday = (day: number) => ((day + 3) % 7) + 1; // 1970-01-01 (day 0) was a Thursday: 4

function monthDay(today: number, dom: number): number | null {
  const d = new Date(today * 86_400_000);
  for (let k = 0; k < 2; k++) {
    const candidate = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, dom);
    const day = Math.floor(candidate / 86_400_000);
    if (new Date(candidate).getUTCDate() === dom && day >= today) return day;
  }
  return null;
}

function weekday(today: number, target: number, nextWeek: boolean): number {
  const w = isoWeekday(today);
  if (nextWeek) return today + (7 - w) + target; // the target day of the following Monday-based week
  return today + ((target - w + 7) % 7);
}

export function parseDate(text: string, now: string, zone = 'UTC'): string | null {
  const today = localTime(Date.parse(now), zone).day;
  const t = text.normalize('NFKC').toLowerCase();
  if (/大后天/.test(t)) return iso(today + 3);
  if (/后天|day after tomorrow/.test(t)) return iso(today + 2);
  if (/明天|明日|tomorrow/.test(t)) return iso(today + 1);
  if (/今天|今日|today|tonight/.test(t)) return iso(today);
  if (/月底|月末|end of (the |this )?month/.test(t)) {
    const d = new Date(today * 86_400_000);
    return iso(Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / 86_400_000));
  }
  let m = /(下|这|本)?(?:周|星期|礼拜)([一二三四五六日天末])/.exec(t);
  if (m) return iso(weekday(today, ZH_WEEKDAY[m[2]!]!, m[1] === '下'));
  m = /\b(next|this|on)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(t);
  if (m) return iso(weekday(today, EN_WEEKDAY[m[2]!]!, m[1] === 'next'));
  m = /(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:号|日)/.exec(t);
  if (m) {
    const dom = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
    const day = dom ? monthDay(today, dom) : null;
    if (day !== null) return iso(day);
  }
  m = /\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)\b|\b(\d{1,2})(?:st|nd|rd|th)\b/.exec(t);
  if (m) {
    const day = monthDay(today, Number(m[1] ?? m[2]));
    if (day !== null) return iso(day);
  }
  m = /(\d+|[一二三四五六七八九十两]+)\s*天(?:后|以后|之后)|\bin (\d+) days?\b/.exec(t);
  if (m) {
    const n = m[2] ? Number(m[2]) : /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
    if (n) return iso(today + n);
  }
  return null;
}
