import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, generateTypes } from './generate-types.ts';
import { allSchemas, rootSchemas } from './index.ts';

describe('generated types', () => {
  it('are up to date with the schemas (run `npm run gen:types` after editing a schema)', async () => {
    const [expected, actual] = await Promise.all([generateTypes(), readFile(GENERATED_FILE, 'utf8')]);
    expect(actual === expected, 'schemas/generated/types.ts is stale: run `npm run gen:types`').toBe(true);
  }, 60_000);
});

describe('schema files', () => {
  it('each has a unique https://collectflow.dev $id, a title and the 2020-12 dialect', () => {
    const ids = new Set<string>();
    for (const s of allSchemas as Array<Record<string, unknown>>) {
      expect(String(s.$id)).toMatch(/^https:\/\/collectflow\.dev\/schemas\/[a-z0-9/-]+\.schema\.json$/);
      expect(ids.has(String(s.$id)), `duplicate $id ${String(s.$id)}`).toBe(false);
      ids.add(String(s.$id));
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof s.title).toBe('string');
    }
    expect(Object.keys(rootSchemas).sort()).toEqual(['case', 'dialog', 'flow', 'policy', 'qa-ruleset', 'transcript']);
  });
});
