import { parseArgs } from 'node:util';
import type { PolicyDocument } from '../../schemas/generated/types.ts';
import { compilePolicy, type LedgerEntry } from '../../runtime/policy/index.ts';
import { loadCase, loadDocument } from '../documents.ts';
import { EXIT, UsageError } from '../io.ts';
import type { Command } from './index.ts';

const OUTCOMES = new Set(['conversation', 'no_answer', 'voicemail', 'busy', 'not_in_service', 'wrong_party']);

export const policyCommand: Command = {
  summary: 'Ask the contact guardrails whether a contact may be made now (policy check).',
  usage: 'collectflow policy check --policy P --case case.json --ledger ledger.jsonl --channel voice|sms --at ISO [--debt ID] [--phone NUMBER] [--party debtor|third_party]',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        policy: { type: 'string' }, case: { type: 'string' }, ledger: { type: 'string' }, channel: { type: 'string' }, at: { type: 'string' },
        debt: { type: 'string' }, phone: { type: 'string' }, party: { type: 'string', default: 'debtor' },
      },
    });
    if (positionals[0] !== 'check' || positionals.length !== 1) throw new UsageError("the subcommand is 'check'");
    if (!values.policy || !values.case || !values.channel || !values.at) throw new UsageError('--policy, --case, --channel and --at are required');
    if (values.channel !== 'voice' && values.channel !== 'sms') throw new UsageError(`--channel must be voice or sms, not '${values.channel}'`);
    if (values.party !== 'debtor' && values.party !== 'third_party') throw new UsageError(`--party must be debtor or third_party`);
    if (Number.isNaN(Date.parse(values.at))) throw new UsageError(`--at '${values.at}' is not an ISO instant`);

    const policy = await loadDocument<PolicyDocument>(values.policy, 'policy', io);
    const theCase = await loadCase(values.case, io);

    const ledger: LedgerEntry[] = [];
    let bad = 0;
    if (values.ledger) {
      let n = 0;
      for await (const line of io.readLines(values.ledger)) {
        n++;
        if (!line.trim()) continue;
        const why = ledgerProblem(line);
        if (typeof why === 'string') {
          io.stderr(`${values.ledger}:${n}: skipped: ${why}\n`);
          bad++;
        } else ledger.push(why);
      }
    }
    const decision = compilePolicy(policy).evaluate({
      case: theCase, ledger, channel: values.channel, party: values.party, at: values.at,
      ...(values.debt ? { debtId: values.debt } : {}), ...(values.phone ? { phone: values.phone } : {}),
    });
    const out = { decision: decision.decision, ...(decision.until ? { until: decision.until } : {}), reasons: decision.reasons.map(({ code, message }) => ({ code, message })) };
    io.stdout(JSON.stringify(out) + '\n');
    return bad ? EXIT.invalid : EXIT.ok;
  },
};

/** A ledger line, or what is wrong with it. */
function ledgerProblem(line: string): LedgerEntry | string {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(line);
  } catch {
    return 'not JSON';
  }
  if (typeof v.at !== 'string' || Number.isNaN(Date.parse(v.at))) return "'at' must be an ISO instant";
  if (v.channel !== 'voice' && v.channel !== 'sms' && v.channel !== 'email') return "'channel' must be voice, sms or email";
  if (v.party !== 'debtor' && v.party !== 'third_party') return "'party' must be debtor or third_party";
  if (v.direction !== 'outbound' && v.direction !== 'inbound') return "'direction' must be outbound or inbound";
  if (!OUTCOMES.has(v.outcome as string)) return `'outcome' must be one of ${[...OUTCOMES].join(', ')}`;
  if (v.consentUntil !== undefined && Number.isNaN(Date.parse(String(v.consentUntil)))) return "'consentUntil' must be an ISO instant";
  return v as unknown as LedgerEntry;
}
