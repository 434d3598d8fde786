/** Guardrails that deny outright: cease flags, opt-outs, third-party rules, agency eligibility. */
import { DAY } from './time.ts';
import { reason, type RuleFactory } from './rule.ts';
import type { Agency, Case, PolicyDocument } from '../../schemas/generated/types.ts';
import type { ContactRequest } from './types.ts';

export const ceaseFlags: RuleFactory = (policy) => {
  const cease = new Set<string>(policy.ceaseFlags);
  return (req) => {
    const flag = req.case.flags?.find((f) => cease.has(f));
    return flag ? { deny: reason('policy.cease', `the case is flagged '${flag}': collection contact has stopped`, `案件已标记“${flag}”：已停止催收联络`) } : null;
  };
};

export const optOuts: RuleFactory = (policy) => {
  const honoured = new Set<string>(policy.optOuts?.honour ?? []);
  return (req) => {
    if (req.channel !== 'agency' && honoured.has(req.channel) && req.case.optOuts?.includes(req.channel)) {
      return { deny: reason('policy.opt-out', `the debtor opted out of ${req.channel}`, `债务人已退订${req.channel}渠道`) };
    }
    const phone = phoneOf(req);
    if (phone?.optedOut) return { deny: reason('policy.opt-out', `number ${mask(req.phone!)} opted out`, `号码 ${mask(req.phone!)} 已退订`) };
    return null;
  };
};

export const thirdParties: RuleFactory = (policy) => {
  const rules = policy.thirdParty;
  return (req, atMs) => {
    if (req.party !== 'third_party') {
      const phone = phoneOf(req);
      if (phone && phone.owner === 'third_party') return { deny: reason('policy.not-debtor-phone', `number ${mask(phone.number)} belongs to a third party: collect only from the debtor`, `号码 ${mask(phone.number)} 属于第三方：只能向债务人本人催收`) };
      return null;
    }
    if (!rules.allowed) return { deny: reason('policy.third-party', 'this policy allows no third-party contact', '本策略不允许联系第三方') };
    const phone = (req.case.phones ?? []).find((p) => p.number === req.phone);
    if (rules.neverAfterRefusal !== false && phone?.refused) return { deny: reason('policy.third-party-refused', 'this person refused further contact', '此人已拒绝再被联系') };
    const earlier = req.ledger.filter((e) => e.party === 'third_party' && e.phone === req.phone && e.direction === 'outbound').length;
    if (rules.maxContactsPerPerson !== undefined && earlier >= rules.maxContactsPerPerson) {
      return { deny: reason('policy.third-party-once', `this person was already contacted ${earlier} time(s); the limit is ${rules.maxContactsPerPerson}`, `此人已被联系 ${earlier} 次，上限为 ${rules.maxContactsPerPerson} 次`) };
    }
    if (rules.onlyWhenDebtorUnreachable && req.ledger.some((e) => e.party === 'debtor' && e.outcome === 'conversation' && Date.parse(e.at) > atMs - 30 * DAY)) {
      return { deny: reason('policy.debtor-reachable', 'the debtor was reached in the last 30 days: no reason to contact a third party', '近 30 天内已联系到债务人本人：不得联系第三方') };
    }
    return null;
  };
};

/** Why an agency may not receive cases now, or null when it may. */
export function agencyIneligibility(policy: PolicyDocument, agencyId: string, atMs: number): { code: string; message: string; messageZh: string } | null {
  const rules = policy.agencies;
  const agency: Agency | undefined = rules?.registry.find((a) => a.id === agencyId);
  if (!rules || !agency) return reason('policy.agency-unknown', `agency '${agencyId}' is not in the policy's registry`, `机构 '${agencyId}' 不在策略的机构名单中`);
  const barred = (agency.violations ?? []).find((v) => rules.blockOnViolation === 'any' || v.confirmed);
  if (barred) return reason('policy.agency-violation', `agency '${agencyId}' has a ${barred.confirmed ? 'confirmed' : 'recorded'} ${barred.type} violation (${barred.date})`, `机构 '${agencyId}' 有${barred.confirmed ? '已确认的' : ''}违规记录（${barred.type}，${barred.date}）`);
  if (agency.status !== 'active') return reason('policy.agency-inactive', `agency '${agencyId}' is ${agency.status}`, `机构 '${agencyId}' 状态为 ${agency.status}`);
  if (atMs - Date.parse(agency.lastReviewedAt) > rules.reviewIntervalDays * DAY) {
    return reason('policy.agency-review-overdue', `agency '${agencyId}' was last reviewed ${agency.lastReviewedAt}, more than ${rules.reviewIntervalDays} days ago`, `机构 '${agencyId}' 上次审查为 ${agency.lastReviewedAt}，已超过 ${rules.reviewIntervalDays} 天`);
  }
  return null;
}

export const agencies: RuleFactory = (policy) => (req, atMs) => {
  if (req.channel !== 'agency') return null;
  if (!req.agencyId) return { deny: reason('policy.agency-unknown', 'an agency placement must name the agency', '委外须指明机构') };
  const why = agencyIneligibility(policy, req.agencyId, atMs);
  return why ? { deny: why } : null;
};

/** The case's record of the number being called, if any. */
function phoneOf(req: ContactRequest): NonNullable<Case['phones']>[number] | undefined {
  if (!req.phone || !req.case.phones) return undefined;
  for (const p of req.case.phones) if (p.number === req.phone) return p;
  return undefined;
}

/** Phone numbers are personal information: logs and reasons show only the last four digits. */
export function mask(phone: string): string {
  return phone.length <= 4 ? '****' : `${'*'.repeat(Math.min(phone.length - 4, 7))}${phone.slice(-4)}`;
}
