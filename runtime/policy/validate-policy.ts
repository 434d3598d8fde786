/** Semantic checks of a contact policy beyond its schema. */
import type { PolicyDocument } from '../../schemas/generated/types.ts';
import { childPtr, issue, type Issue } from '../errors.ts';
import type { ValidateOptions } from '../validate/types.ts';

export function validatePolicySemantics(doc: PolicyDocument, _options: ValidateOptions): Issue[] {
  const out: Issue[] = [];
  doc.quietHours.forEach((w, i) => {
    // Windows do not wrap midnight: a night-time permission is two windows, which reads plainer.
    if (w.start >= w.end) {
      out.push(issue(childPtr('', 'quietHours', i, 'end'), 'policy.window-empty', `window ${w.start}–${w.end} is empty: it must end after it starts (same day)`,
        `时段 ${w.start}–${w.end} 为空：结束时间须晚于开始时间（同一天内）`));
    }
  });
  const covered = new Set(doc.quietHours.flatMap((w) => w.channels));
  for (const ch of ['voice', 'sms'] as const) {
    if (!covered.has(ch)) out.push(issue('/quietHours', 'policy.channel-without-window', `no permitted window for ${ch}: every ${ch} contact would be deferred forever`, `${ch} 渠道没有允许时段：所有联络都将无限期推迟`));
  }
  const tp = doc.thirdParty;
  if (tp.allowed && !(tp.purposes ?? []).length) {
    out.push(issue('/thirdParty/purposes', 'policy.third-party-purpose', 'third-party contact is allowed but for no purpose: name location and/or relay-message', '允许联系第三方但未指明目的：请列出 location 和/或 relay-message'));
  }
  const seen = new Set<string>();
  (doc.agencies?.registry ?? []).forEach((a, i) => {
    if (seen.has(a.id)) out.push(issue(childPtr('', 'agencies', 'registry', i, 'id'), 'policy.duplicate-agency', `agency id '${a.id}' is listed twice`, `机构 id '${a.id}' 重复`));
    seen.add(a.id);
    (a.violations ?? []).forEach((v, j) => {
      if (v.date > a.lastReviewedAt && v.confirmed && a.status === 'active') {
        out.push(issue(childPtr('', 'agencies', 'registry', i, 'status'), 'policy.active-after-violation',
          `agency '${a.id}' is active although a violation was confirmed on ${v.date} (violation ${j}) after its last review`,
          `机构 '${a.id}' 在 ${v.date} 确认违规（记录 ${j}）后未经复审仍为合作状态`, 'warning'));
      }
    });
  });
  return out;
}
