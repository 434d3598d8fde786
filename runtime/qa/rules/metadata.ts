/** Call metadata: the start hour in the debtor's zone, silences, overtalk, speech rate. */
import { localTime } from '../../policy/time.ts';
import type { Finding, RuleEvaluator, Turn } from '../types.ts';

export interface CallMetrics {
  durationMs: number;
  silenceRatio: number;
  longestSilenceMs: number;
  overtalkMs: number;
  /** Collector characters per minute of collector speech. */
  speechRateCpm: number;
}

export function callMetrics(turns: readonly Turn[]): CallMetrics {
  const timed = turns.filter((t) => t.startMs !== undefined && t.endMs !== undefined) as Array<Turn & { startMs: number; endMs: number }>;
  if (!timed.length) return { durationMs: 0, silenceRatio: 0, longestSilenceMs: 0, overtalkMs: 0, speechRateCpm: 0 };
  let silence = 0, longest = 0, overtalk = 0, speech = 0, chars = 0, reach = timed[0]!.startMs;
  for (const t of timed) {
    if (t.startMs > reach) {
      silence += t.startMs - reach;
      longest = Math.max(longest, t.startMs - reach);
    } else overtalk += Math.min(reach, t.endMs) - t.startMs;
    reach = Math.max(reach, t.endMs);
    if (t.speaker === 'bot' || t.speaker === 'agent') {
      speech += t.endMs - t.startMs;
      chars += t.text.length;
    }
  }
  const duration = reach - timed[0]!.startMs;
  return { durationMs: duration, silenceRatio: duration ? silence / duration : 0, longestSilenceMs: longest, overtalkMs: overtalk, speechRateCpm: speech ? Math.round(chars / (speech / 60_000)) : 0 };
}

/** The start's local minutes, from the zone if given, else from the offset written in startedAt. */
function startMinutes(startedAt: string, zone: string | undefined): number {
  if (zone) return localTime(Date.parse(startedAt), zone).minute;
  const m = /T(\d{2}):(\d{2})/.exec(startedAt);
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
}

export const metadata: RuleEvaluator = (rule, ctx) => {
  const turns: Turn[] = [];
  let startChecked = false;
  return {
    turn: (view) => {
      turns.push(view.turn);
      if (rule.metric !== 'start-hour' || startChecked || !rule.permittedHours) return [];
      startChecked = true;
      const minutes = startMinutes(ctx.transcript.startedAt, ctx.transcript.timezone);
      const [s, e] = [rule.permittedHours.start, rule.permittedHours.end].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
      return minutes >= s! && minutes < e! ? [] : [ctx.finding(rule, null, 0, 0, { en: `started ${hhmm(minutes)} local`, zh: `当地时间 ${hhmm(minutes)} 开始` })];
    },
    end: (): Finding[] => {
      if (rule.metric === 'start-hour' || rule.max === undefined) return [];
      const m = callMetrics(turns);
      const value = { 'silence-ratio': m.silenceRatio, 'longest-silence-ms': m.longestSilenceMs, 'overtalk-ms': m.overtalkMs, 'speech-rate-cpm': m.speechRateCpm }[rule.metric!];
      return value !== undefined && value > rule.max ? [ctx.finding(rule, null, 0, 0, `${rule.metric} ${value} > ${rule.max}`)] : [];
    },
  };
};

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
