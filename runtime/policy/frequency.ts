/**
 * Frequency caps. China: effective conversations per debtor and unanswered attempts per number per
 * local day (institution and agencies counted together: the ledger holds both). United States:
 * Regulation F 12 CFR 1006.14(b)(2), per debt.
 */
import type { PolicyDocument } from '../../schemas/generated/types.ts';
import { localTime, startOfLocalDay } from './time.ts';
import { reason, type RuleFactory, type Verdict } from './rule.ts';
import type { LedgerEntry } from './types.ts';

const UNANSWERED = new Set<LedgerEntry['outcome']>(['no_answer', 'busy', 'voicemail', 'not_in_service']);

export const dailyCaps: RuleFactory = (policy: PolicyDocument) => {
  const caps = policy.caps;
  if (caps.conversationsPerDebtorPerDay === undefined && caps.attemptsPerPhonePerDay === undefined && caps.smsPerDebtorPerDay === undefined) return null;
  return (req, atMs) => {
    if (req.ledger.length === 0) return null; // nothing counted yet: every cap (at least 1, by the schema) is free
    const zone = req.case.timezone;
    const today = localTime(atMs, zone).day;
    let conversations = 0, attempts = 0, sms = 0;
    for (const e of req.ledger) {
      if (e.direction !== 'outbound' || localTime(Date.parse(e.at), zone).day !== today) continue;
      if (e.channel === 'sms' && e.party === 'debtor') sms++;
      if (e.channel !== 'voice') continue;
      if (e.party === 'debtor' && e.outcome === 'conversation') conversations++;
      if (req.phone && e.phone === req.phone && UNANSWERED.has(e.outcome)) attempts++;
    }
    if (req.channel === 'voice' && req.party === 'debtor' && caps.conversationsPerDebtorPerDay !== undefined && conversations >= caps.conversationsPerDebtorPerDay) {
      return { deferUntil: startOfLocalDay(today + 1, zone), reason: reason('policy.cap-conversations', `${conversations} effective conversations with the debtor today; the cap is ${caps.conversationsPerDebtorPerDay}`, `今日已与债务人有效通话 ${conversations} 次，上限 ${caps.conversationsPerDebtorPerDay} 次`) };
    }
    if (req.channel === 'voice' && caps.attemptsPerPhonePerDay !== undefined && attempts >= caps.attemptsPerPhonePerDay) {
      return { deferUntil: startOfLocalDay(today + 1, zone), reason: reason('policy.cap-attempts', `${attempts} unanswered calls to this number today; the cap is ${caps.attemptsPerPhonePerDay}`, `今日该号码未接通 ${attempts} 次，上限 ${caps.attemptsPerPhonePerDay} 次`) };
    }
    if (req.channel === 'sms' && caps.smsPerDebtorPerDay !== undefined && sms >= caps.smsPerDebtorPerDay) {
      return { deferUntil: startOfLocalDay(today + 1, zone), reason: reason('policy.cap-sms', `${sms} SMS to the debtor today; the cap is ${caps.smsPerDebtorPerDay}`, `今日已发送短信 ${sms} 条，上限 ${caps.smsPerDebtorPerDay} 条`) };
    }
    return null;
  };
};

/**
 * 1006.14(b)(2): a collector is presumed to harass when it calls a person about a debt (i) more than
 * 7 times within 7 consecutive days, or (ii) within 7 consecutive days after a telephone
 * conversation about that debt, the conversation's date being day 1. Per the rule and its official
 * commentary: counted per debt and per person (the consumer); calls that do not connect (busy, not
 * in service) are not calls placed for the count, ring-no-answer and voicemail are; texts and email
 * are not calls; calls made with the consumer's prior consent given directly within 7 days
 * (1006.14(b)(3)(i)) are excluded; calls the consumer places (inbound) are not the collector's.
 * Days are the consumer's local calendar days.
 */
export const sevenInSeven: RuleFactory = (policy: PolicyDocument) => {
  const rule = policy.caps.sevenInSeven;
  if (!rule?.enabled) return null;
  const max = rule.maxCalls ?? 7;
  const days = rule.windowDays ?? 7;
  return (req, atMs): Verdict => {
    if (req.channel !== 'voice' || req.party !== 'debtor') return null;
    const zone = req.case.timezone;
    const debt = req.debtId ?? req.case.debts?.[0]?.id ?? req.case.id;
    const today = localTime(atMs, zone).day;
    const callDays: number[] = [];
    let lastConversationDay = -Infinity;
    for (const e of req.ledger) {
      if (e.channel !== 'voice' || e.party !== 'debtor' || (e.debtId !== undefined && e.debtId !== debt)) continue;
      const at = Date.parse(e.at);
      if (at > atMs) continue;
      const day = localTime(at, zone).day;
      if (e.outcome === 'conversation') lastConversationDay = Math.max(lastConversationDay, day);
      if (e.direction !== 'outbound' || e.outcome === 'busy' || e.outcome === 'not_in_service') continue;
      if (e.consentUntil && at < Date.parse(e.consentUntil)) continue;
      if (day > today - days) callDays.push(day);
    }
    if (lastConversationDay > today - days) {
      const until = startOfLocalDay(lastConversationDay + days, zone);
      return { deferUntil: until, reason: reason('policy.reg-f-after-conversation', `a telephone conversation about debt ${debt} took place on local day ${isoDay(lastConversationDay)}: no call until ${isoDay(lastConversationDay + days)} (12 CFR 1006.14(b)(2)(ii))`, `已于 ${isoDay(lastConversationDay)} 就债务 ${debt} 通话：${isoDay(lastConversationDay + days)} 前不得再致电（12 CFR 1006.14(b)(2)(ii)）`) };
    }
    if (callDays.length >= max) {
      callDays.sort((a, b) => b - a);
      const nthDay = callDays[max - 1]!; // the window must slide past the max-th most recent call
      const until = startOfLocalDay(nthDay + days, zone);
      return { deferUntil: until, reason: reason('policy.reg-f-7-in-7', `${callDays.length} calls about debt ${debt} within ${days} days: the limit is ${max} (12 CFR 1006.14(b)(2)(i))`, `${days} 天内已就债务 ${debt} 致电 ${callDays.length} 次，上限 ${max} 次（12 CFR 1006.14(b)(2)(i)）`) };
    }
    return null;
  };
};

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
