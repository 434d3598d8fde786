/** Reads every template document and sample-data file (for tests, seeding and benchmarks). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentKind } from '../schemas/index.ts';
import type { Resolver } from '../runtime/validate/index.ts';

// '../templates/' rather than '.': the same path from this file and from the CLI bundle in dist/.
export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

export interface TemplateFile {
  /** Path relative to templates/, e.g. flows/m1-early.json */
  path: string;
  doc: { kind: DocumentKind; id: string } & Record<string, unknown>;
}

export function loadTemplates(): TemplateFile[] {
  const out: TemplateFile[] = [];
  for (const dir of ['flows', 'dialogs', 'qa', 'policies']) {
    for (const name of readdirSync(`${TEMPLATES_DIR}${dir}`).sort()) {
      if (name.endsWith('.json')) out.push({ path: `${dir}/${name}`, doc: JSON.parse(readFileSync(`${TEMPLATES_DIR}${dir}/${name}`, 'utf8')) });
    }
  }
  return out;
}

/** Resolves references among the templates by kind and id. */
export function templateResolver(templates: readonly TemplateFile[] = loadTemplates()): Resolver {
  const byKey = new Map(templates.map((t) => [`${t.doc.kind}:${t.doc.id}`, t.doc]));
  return (kind, id) => byKey.get(`${kind}:${id}`);
}

/** Parses a JSONL sample file of templates/data into values (blank lines skipped). */
export function loadSampleLines(name: string): unknown[] {
  return readFileSync(`${TEMPLATES_DIR}data/${name}`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}
