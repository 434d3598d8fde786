import { parseArgs } from 'node:util';
import type { QaRulesetDocument, Transcript } from '../../schemas/generated/types.ts';
import { compileRuleset } from '../../runtime/qa/index.ts';
import { loadDocument } from '../documents.ts';
import { EXIT, UsageError } from '../io.ts';
import { readJsonl } from '../jsonl.ts';
import type { Command } from './index.ts';

const SEVERITIES = ['info', 'minor', 'major', 'critical'] as const;

export const qaCommand: Command = {
  summary: 'Inspect transcripts with a QA ruleset: findings, score, pass or fail.',
  usage: 'collectflow qa --ruleset R transcripts.jsonl [--json] [--min-severity info|minor|major|critical]',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { ruleset: { type: 'string' }, json: { type: 'boolean', default: false }, 'min-severity': { type: 'string', default: 'info' } },
    });
    if (!values.ruleset || positionals.length !== 1) throw new UsageError('name a --ruleset and one transcripts file');
    const min = SEVERITIES.indexOf(values['min-severity'] as (typeof SEVERITIES)[number]);
    if (min < 0) throw new UsageError(`--min-severity must be one of ${SEVERITIES.join(', ')}`);
    const inspector = compileRuleset(await loadDocument<QaRulesetDocument>(values.ruleset, 'qa-ruleset', io));

    let bad = 0, total = 0, failed = 0;
    const rows: string[] = [];
    for await (const t of readJsonl<Transcript>(io.readLines(positionals[0]!), { kind: 'transcript', source: positionals[0]!, io, onBad: () => bad++ })) {
      const r = inspector.scan(t);
      total++;
      if (!r.passed) failed++;
      const findings = r.findings.filter((f) => SEVERITIES.indexOf(f.severity as (typeof SEVERITIES)[number]) >= min);
      if (values.json) {
        io.stdout(JSON.stringify({ transcriptId: r.transcriptId, passed: r.passed, score: r.score, findings, metrics: r.metrics }) + '\n');
        continue;
      }
      rows.push(`${r.passed ? 'pass' : 'FAIL'}  ${String(r.score).padStart(3)}  ${t.id}`);
      for (const f of findings) rows.push(`      ${f.severity.padEnd(8)} ${f.category.padEnd(24)} turn ${f.turn}  ${f.message}${f.excerpt ? `: ${f.excerpt}` : ''}  [${f.ruleId}]`);
    }
    if (!values.json) io.stdout(`${rows.join('\n')}\n\n${total - failed} of ${total} passed${bad ? `; ${bad} bad lines skipped` : ''}\n`);
    return bad ? EXIT.invalid : EXIT.ok;
  },
};
