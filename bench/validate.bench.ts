/**
 * Validation speed: the largest template, and a generated 1,000-node flow, through the full
 * validator (schema + semantics) and through Ajv alone (the schema-only lower bound a user
 * would otherwise get).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { validateDocument } from '../runtime/validate/index.ts';
import { checkSchema } from '../runtime/validate/schema-check.ts';
import { templateResolver, TEMPLATES_DIR } from '../templates/load-templates.ts';
import { syntheticFlow } from './generate-flow.ts';
import { median, percentile, round, timeRuns } from './stats.ts';

const files = ['flows', 'dialogs', 'qa', 'policies'].flatMap((d) => readdirSync(`${TEMPLATES_DIR}${d}`).map((f) => `${TEMPLATES_DIR}${d}/${f}`));
const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
const doc = JSON.parse(readFileSync(largest, 'utf8'));
const resolve = templateResolver();
const big = syntheticFlow(1000);
if (!validateDocument(big).valid) throw new Error('synthetic flow must be valid');

const rows = [
  ['largest template, full', timeRuns(() => validateDocument(doc, { resolve }), 300)],
  ['largest template, schema only (Ajv)', timeRuns(() => checkSchema(doc.kind, doc), 300)],
  ['1,000-node flow, full', timeRuns(() => validateDocument(big), 40)],
  ['1,000-node flow, schema only (Ajv)', timeRuns(() => checkSchema('flow', big), 40)],
] as const;

console.log(`largest template: ${largest.slice(TEMPLATES_DIR.length)} (${statSync(largest).size} bytes); synthetic flow: ${big.nodes.length} nodes, ${big.edges.length} edges\n`);
console.log('case'.padEnd(40) + 'median ms'.padStart(12) + 'p95 ms'.padStart(10));
for (const [name, t] of rows) console.log(name.padEnd(40) + String(round(median([...t]))).padStart(12) + String(round(percentile([...t], 95))).padStart(10));
const [full, schema, bigFull, bigSchema] = rows.map(([, t]) => median([...t]));
console.log(`\nsemantic checks cost ${round(full! / schema!, 2)}x schema-only on the template, ${round(bigFull! / bigSchema!, 2)}x on the 1,000-node flow`);
console.log(JSON.stringify({
  results: { templateFullMs: round(full!), templateSchemaOnlyMs: round(schema!), flow1000FullMs: round(bigFull!), flow1000SchemaOnlyMs: round(bigSchema!) },
  template: largest.slice(TEMPLATES_DIR.length),
  targets: { templateMs: 5, flow1000Ms: 50 },
}));
