import { describe, expect, it } from 'vitest';
import { validateDocument } from '../runtime/validate/index.ts';
import { checkSchema } from '../runtime/validate/schema-check.ts';
import { generateCases } from './data/generate-cases.ts';
import { loadSampleLines, loadTemplates, templateResolver, TEMPLATES_DIR } from './load-templates.ts';
import { readFileSync } from 'node:fs';

const templates = loadTemplates();
const resolve = templateResolver(templates);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('templates', () => {
  it('include every document kind', () => {
    expect(new Set(templates.map((t) => t.doc.kind))).toEqual(new Set(['flow', 'dialog', 'qa-ruleset', 'policy']));
  });

  it('have unique ids per kind', () => {
    const keys = templates.map((t) => `${t.doc.kind}:${t.doc.id}`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  for (const t of templates) {
    it(`${t.path} is valid, with every reference resolved, without being changed`, () => {
      const frozen = deepFreeze(structuredClone(t.doc));
      const result = validateDocument(frozen, { resolve });
      expect(result.issues).toEqual([]); // not even a warning
      expect(result.valid).toBe(true);
      expect(frozen).toEqual(t.doc);
    });
  }
});

describe('sample data', () => {
  it('every case line conforms to the case schema', () => {
    const cases = loadSampleLines('cases.jsonl');
    expect(cases.length).toBeGreaterThanOrEqual(200);
    cases.forEach((c, i) => expect(checkSchema('case', c), `cases.jsonl line ${i + 1}`).toEqual([]));
  });

  it('cases.jsonl is what its seeded generator makes (regenerate, never hand-edit)', () => {
    expect(loadSampleLines('cases.jsonl')).toEqual(generateCases(300));
  });

  it('the demo cases for the dialog console conform to the case schema', () => {
    for (const f of ['case-zh.json', 'case-en.json']) expect(checkSchema('case', JSON.parse(readFileSync(`${TEMPLATES_DIR}data/${f}`, 'utf8'))), f).toEqual([]);
  });

  it('every transcript line conforms to the transcript schema', () => {
    const transcripts = loadSampleLines('transcripts.jsonl');
    expect(transcripts.length).toBeGreaterThan(0);
    transcripts.forEach((t, i) => expect(checkSchema('transcript', t), `transcripts.jsonl line ${i + 1}`).toEqual([]));
  });
});
