/**
 * Wall-clock arithmetic in IANA zones with Intl only (runs in browsers too). Formatters are
 * cached per zone: creating one costs far more than using it.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface LocalTime {
  /** Days since 1970-01-01 of the local calendar date (a stable day key). */
  day: number;
  /** Minutes since local midnight. */
  minute: number;
  weekday: Weekday;
}

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    } catch {
      throw new RangeError(`'${zone}' is not an IANA time zone (e.g. Asia/Shanghai, America/New_York)`);
    }
    formatters.set(zone, f);
  }
  return f;
}

export function isValidZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offsets are cached per zone and quarter hour (every zone's offset changes only on a quarter-hour
 * boundary), so a local time costs arithmetic, not an Intl call.
 */
const offsets = new Map<string, Map<number, number>>();
const QUARTER = 900_000;

export function localTime(ms: number, zone: string): LocalTime {
  let byQuarter = offsets.get(zone);
  if (!byQuarter) offsets.set(zone, (byQuarter = new Map()));
  const q = Math.floor(ms / QUARTER);
  let offset = byQuarter.get(q);
  if (offset === undefined) {
    if (byQuarter.size > 50_000) byQuarter.clear();
    const t = intlLocalTime(q * QUARTER, zone);
    offset = (t.day * 1440 + t.minute) * 60_000 - q * QUARTER;
    byQuarter.set(q, offset);
  }
  const localMinutes = Math.floor((ms + offset) / 60_000);
  const day = Math.floor(localMinutes / 1440);
  return { day, minute: localMinutes - day * 1440, weekday: WEEKDAYS[(((day + 4) % 7) + 7) % 7]! };
}

function intlLocalTime(ms: number, zone: string): LocalTime {
  let y = 0, mo = 0, d = 0, h = 0, mi = 0;
  for (const p of formatter(zone).formatToParts(ms)) {
    switch (p.type) {
      case 'year': y = Number(p.value); break;
      case 'month': mo = Number(p.value); break;
      case 'day': d = Number(p.value); break;
      case 'hour': h = Number(p.value); break;
      case 'minute': mi = Number(p.value); break;
    }
  }
  const day = Math.floor(Date.UTC(y, mo - 1, d) / 86_400_000);
  return { day, minute: h * 60 + mi, weekday: WEEKDAYS[(day + 4) % 7]! }; // 1970-01-01 was a Thursday
}

/** The instant local midnight starts `day` in `zone` (the first instant whose local day is `day`). */
export function startOfLocalDay(day: number, zone: string): number {
  // Start from UTC midnight of that date and correct by the zone's offset; retry around DST jumps.
  let guess = day * 86_400_000;
  for (let i = 0; i < 3; i++) {
    const lt = localTime(guess, zone);
    const diffMinutes = (lt.day - day) * 1440 + lt.minute;
    if (diffMinutes === 0) return guess;
    guess -= diffMinutes * 60_000;
  }
  // A zone whose midnight does not exist that day (DST at 00:00): the first minute after it.
  while (localTime(guess, zone).day < day) guess += 60_000;
  while (localTime(guess - 60_000, zone).day >= day) guess -= 60_000;
  return guess;
}

export const MINUTE = 60_000;
export const DAY = 86_400_000;
