/**
 * Generates schemas/generated/types.ts from the JSON Schemas. Run `npm run gen:types` after
 * editing a schema; schemas/generated-types.test.ts fails while the file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { rootSchemas, SCHEMA_BASE, schemaId, type SchemaKind } from './index.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
export const GENERATED_FILE = `${here}generated/types.ts`;

export async function generateTypes(): Promise<string> {
  const kinds = Object.keys(rootSchemas) as SchemaKind[];
  // A synthetic root that references every document kind, so shared definitions are emitted once.
  const root = {
    $id: `${SCHEMA_BASE}all.schema.json`,
    title: 'AllSchemas',
    type: 'object',
    properties: Object.fromEntries(kinds.map((k) => [k, { $ref: schemaId(k) }])),
    additionalProperties: false,
  } as JSONSchema;
  const ts = await compile(root, 'AllSchemas', {
    bannerComment: '/* Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit. */',
    additionalProperties: false,
    unknownAny: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
    $refOptions: {
      resolve: {
        http: false,
        local: {
          order: 1,
          canRead: (file: { url: string }) => file.url.startsWith(SCHEMA_BASE),
          read: (file: { url: string }) => readFile(`${here}${file.url.slice(SCHEMA_BASE.length)}`, 'utf8'),
        },
      },
    } as never,
  });
  return ts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ts = await generateTypes();
  await writeFile(GENERATED_FILE, ts);
  console.log(`wrote ${GENERATED_FILE}`);
}
