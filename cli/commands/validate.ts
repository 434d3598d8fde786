import { parseArgs } from 'node:util';
import { validateDocument } from '../../runtime/validate/index.ts';
import type { Issue } from '../../runtime/errors.ts';
import { parseJson } from '../json-source.ts';
import { EXIT, UsageError } from '../io.ts';
import type { Command } from './index.ts';
import { fileResolver, loadDirectories, loadDocument, type LoadedDocument } from '../documents.ts';
import type { QaRulesetDocument } from '../../schemas/generated/types.ts';

interface FileReport {
  file: string;
  kind: string | null;
  valid: boolean;
  errors: Array<Pick<Issue, 'pointer' | 'code' | 'message'> & Partial<Pick<Issue, 'messageZh' | 'severity'>> & { line?: number; column?: number }>;
}

export const validateCommand: Command = {
  summary: 'Validate flow, dialog, qa-ruleset and policy documents (schema and semantics).',
  usage: 'collectflow validate <file…> [--refs DIR]… [--ruleset QA.json] [--json] [--lang en|zh]',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' }, refs: { type: 'string', multiple: true, default: [] }, ruleset: { type: 'string' } },
    });
    if (positionals.length === 0) throw new UsageError('name at least one file to validate');
    if (values.lang !== 'en' && values.lang !== 'zh') throw new UsageError(`--lang must be en or zh, not '${values.lang}'`);

    const loaded: LoadedDocument[] = [];
    const reports: FileReport[] = [];
    for (const file of positionals) {
      let text: string;
      try {
        text = await io.readFile(file);
      } catch (err) {
        reports.push({ file, kind: null, valid: false, errors: [{ pointer: '', code: 'file.unreadable', message: (err as Error).message }] });
        continue;
      }
      const parsed = parseJson(text);
      if (!parsed.ok) {
        const { message, line, column } = parsed.error;
        reports.push({ file, kind: null, valid: false, errors: [{ pointer: '', code: 'json.syntax', message: `${message} at line ${line}, column ${column}`, line, column }] });
        continue;
      }
      loaded.push({ file, value: parsed.value });
      reports.push({ file, kind: null, valid: true, errors: [] });
    }
    // References (a flow's dialog, ruleset, policy) resolve among the documents named together and
    // those under --refs; with a single file and no --refs they are not checked.
    const pool = [...loaded, ...(await loadDirectories(values.refs, io))];
    const resolve = loaded.length > 1 || values.refs.length > 0 ? fileResolver(pool) : undefined;
    // With --ruleset, dialogs' prompts are linted with the same QA rules that inspect calls.
    const qaRuleset = values.ruleset ? await loadDocument<QaRulesetDocument>(values.ruleset, 'qa-ruleset', io) : undefined;
    for (const doc of loaded) {
      const report = reports.find((r) => r.file === doc.file)!;
      const result = validateDocument(doc.value, { ...(resolve ? { resolve } : {}), ...(qaRuleset ? { qaRuleset } : {}) });
      report.kind = result.kind;
      report.valid = result.valid;
      report.errors = result.issues.map(({ pointer, code, message, messageZh, severity }) => ({ pointer, code, message, messageZh, severity }));
    }

    if (values.json) io.stdout(JSON.stringify(reports, null, 2) + '\n');
    else io.stdout(readable(reports, values.lang));
    return reports.every((r) => r.valid) ? EXIT.ok : EXIT.invalid;
  },
};

function readable(reports: FileReport[], lang: string): string {
  const lines: string[] = [];
  for (const r of reports) {
    const label = r.kind ? ` (${r.kind})` : '';
    lines.push(`${r.valid ? 'ok     ' : 'INVALID'} ${r.file}${label}`);
    for (const e of r.errors) {
      const text = lang === 'zh' && e.messageZh ? e.messageZh : e.message;
      const sev = e.severity === 'warning' ? 'warning' : 'error';
      lines.push(`  ${sev} ${e.pointer || '/'}  ${text}  [${e.code}]`);
    }
  }
  const bad = reports.filter((r) => !r.valid).length;
  lines.push('', bad === 0 ? `${reports.length} valid` : `${bad} of ${reports.length} invalid`);
  return lines.join('\n') + '\n';
}
