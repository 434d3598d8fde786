/**
 * The JSON Schemas (draft 2020-12) of every document kind and interchange format: the single
 * source of truth. Types in ./generated are derived from these files (npm run gen:types).
 */
import common from './common.schema.json' with { type: 'json' };
import flow from './flow.schema.json' with { type: 'json' };
import dialog from './dialog.schema.json' with { type: 'json' };
import qaRuleset from './qa-ruleset.schema.json' with { type: 'json' };
import policy from './policy.schema.json' with { type: 'json' };
import caseSchema from './case.schema.json' with { type: 'json' };
import transcript from './transcript.schema.json' with { type: 'json' };
import { flowNodeSchemas } from './nodes/flow/index.ts';
import { dialogNodeSchemas } from './nodes/dialog/index.ts';

export const SCHEMA_BASE = 'https://collectflow.dev/schemas/';

/** The kinds of document a user authors; each has a `kind` field with this value. */
export const DOCUMENT_KINDS = ['flow', 'dialog', 'qa-ruleset', 'policy'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Interchange formats exchanged with other systems (JSONL lines). */
export const INTERCHANGE_KINDS = ['case', 'transcript'] as const;
export type InterchangeKind = (typeof INTERCHANGE_KINDS)[number];

export type SchemaKind = DocumentKind | InterchangeKind;

export const rootSchemas = {
  flow,
  dialog,
  'qa-ruleset': qaRuleset,
  policy,
  case: caseSchema,
  transcript,
} satisfies Record<SchemaKind, object>;

/** Every schema file, for registering with Ajv or Monaco (which resolve $ref by $id). */
export const allSchemas: readonly object[] = [common, ...flowNodeSchemas, ...dialogNodeSchemas, ...Object.values(rootSchemas)];

export function schemaId(kind: SchemaKind): string {
  return `${SCHEMA_BASE}${kind}.schema.json`;
}

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}
