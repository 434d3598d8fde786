/**
 * Contact only inside the policy's windows in the debtor's local time; with several candidate
 * zones (address and phone area code), only at instants permitted in every one of them.
 */
import type { PolicyDocument } from '../../schemas/generated/types.ts';
import { localTime, MINUTE, type Weekday } from './time.ts';
import { reason, type RuleFactory } from './rule.ts';
import type { ContactRequest } from './types.ts';

interface Window {
  days: ReadonlySet<Weekday> | null;
  start: number;
  end: number;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const STEP = 5 * MINUTE;
const HORIZON = 8 * 1440 * MINUTE;

export function candidateZones(req: Pick<ContactRequest, 'case' | 'phone'>): string[] {
  if (!req.case.phones?.some((p) => p.timezone)) return [req.case.timezone];
  const zones = new Set<string>([req.case.timezone]);
  for (const p of req.case.phones ?? []) {
    if (p.timezone && p.owner !== 'third_party' && (!req.phone || p.number === req.phone)) zones.add(p.timezone);
  }
  return [...zones];
}

export const quietHours: RuleFactory = (policy: PolicyDocument) => {
  const byChannel = new Map<string, Window[]>();
  for (const w of policy.quietHours) {
    for (const ch of w.channels) {
      (byChannel.get(ch) ?? byChannel.set(ch, []).get(ch)!).push({ days: w.days ? new Set(w.days) : null, start: toMinutes(w.start), end: toMinutes(w.end) });
    }
  }
  return (req, atMs) => {
    if (req.channel === 'agency') return null;
    const windows = byChannel.get(req.channel) ?? [];
    if (req.case.consents?.some((c) => c.channel === req.channel && c.quietHours && Date.parse(c.givenAt) <= atMs && (!c.until || atMs < Date.parse(c.until)))) return null;
    const zones = candidateZones(req);
    if (permitted(atMs, zones, windows)) return null;
    const until = nextPermitted(atMs, (ms) => permitted(ms, zones, windows));
    const where = zones.join(', ');
    return until === null
      ? { deny: reason('policy.no-permitted-time', `no permitted ${req.channel} time in ${where} within 8 days`, `8 天内在 ${where} 没有允许的${req.channel}联络时段`) }
      : { deferUntil: until, reason: reason('policy.quiet-hours', `outside permitted ${req.channel} hours in ${where}`, `不在允许的联络时段内（${where}）`) };
  };
};

/** Is `ms` inside a window in every zone? (Loops, not closures: this runs for every contact.) */
function permitted(ms: number, zones: readonly string[], windows: readonly Window[]): boolean {
  for (const z of zones) {
    const t = localTime(ms, z);
    let inside = false;
    for (const w of windows) {
      if ((!w.days || w.days.has(t.weekday)) && t.minute >= w.start && t.minute < w.end) {
        inside = true;
        break;
      }
    }
    if (!inside) return false;
  }
  return true;
}

/** The first whole minute after `from` that `ok` permits, or null within the horizon. */
function nextPermitted(from: number, ok: (ms: number) => boolean): number | null {
  const start = Math.ceil(from / MINUTE) * MINUTE;
  for (let t = start; t < from + HORIZON; t += STEP) {
    if (!ok(t)) continue;
    // Windows may start at any minute: step back to the first permitted minute of this stretch.
    let first = t;
    while (first - MINUTE >= start && ok(first - MINUTE) && t - first < STEP) first -= MINUTE;
    return first;
  }
  return null;
}
