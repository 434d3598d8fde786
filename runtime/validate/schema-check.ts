/**
 * Structural validation against the JSON Schemas, compiled once with Ajv and mapped to Issues
 * (pointer, stable code, English and Chinese message).
 */
import Ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import { allSchemas, schemaId, type SchemaKind } from '../../schemas/index.ts';
import { childPtr, issue, type Issue } from '../errors.ts';
import { isValidZone } from '../policy/time.ts';

// These packages are CommonJS; under Node ESM the class/function sits on `.default`.
type Ctor<T> = new (opts: object) => T;
const interop = <T>(m: unknown): T => ((m as { default?: T }).default ?? (m as T));
const Ajv2020 = interop<Ctor<import('ajv/dist/2020.js').default>>(Ajv2020Module);
const addFormats = interop<(ajv: unknown) => void>(addFormatsModule);
const localizeZh = interop<(errors: ErrorObject[] | null | undefined) => void>(localizeZhModule);

let ajv: import('ajv/dist/2020.js').default | undefined;
const validators = new Map<SchemaKind, ValidateFunction>();

function getAjv() {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true, discriminator: true, allowUnionTypes: true });
    addFormats(ajv);
    // `x-designer` carries designer hints; `iana-timezone` is checked by the runtime's own Intl.
    ajv.addKeyword({ keyword: 'x-designer' });
    ajv.addFormat('iana-timezone', { type: 'string', validate: isValidZone });
    for (const s of allSchemas) ajv.addSchema(s);
  }
  return ajv;
}

export function schemaValidator(kind: SchemaKind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    const found = getAjv().getSchema(schemaId(kind));
    if (!found) throw new Error(`no schema registered for kind ${kind}`);
    v = found;
    validators.set(kind, v);
  }
  return v;
}

/** Validates `value` against the schema of `kind`; returns [] when it conforms. */
export function checkSchema(kind: SchemaKind, value: unknown, basePointer = ''): Issue[] {
  const validate = schemaValidator(kind);
  if (validate(value)) return [];
  return toIssues(validate.errors ?? [], basePointer);
}

function toIssues(errors: ErrorObject[], basePointer: string): Issue[] {
  const zh = errors.map((e) => ({ ...e }));
  localizeZh(zh);
  const out: Issue[] = [];
  const seen = new Set<string>();
  errors.forEach((e, i) => {
    // anyOf/oneOf summaries repeat what their branches said; keep the branch errors only.
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') return;
    const mapped = mapError(e, zh[i]?.message ?? e.message ?? '', basePointer);
    const key = `${mapped.pointer}|${mapped.code}|${mapped.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(mapped);
  });
  return out;
}

function mapError(e: ErrorObject, zhMessage: string, base: string): Issue {
  const at = base + e.instancePath;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return issue(childPtr(at, String(p.missingProperty)), 'schema.required',
        `missing required property '${String(p.missingProperty)}'`, `缺少必填属性 '${String(p.missingProperty)}'`);
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      return issue(childPtr(at, name), 'schema.unknown-property', `unknown property '${name}'`, `未知属性 '${name}'`);
    }
    case 'discriminator':
      if (p.error === 'mapping') {
        return issue(childPtr(at, String(p.tag)), 'node.unknown-kind',
          `unknown ${String(p.tag)} '${String(p.tagValue)}'`, `未知的${String(p.tag)} '${String(p.tagValue)}'`);
      }
      return issue(childPtr(at, String(p.tag)), 'schema.discriminator', e.message ?? 'invalid tag', zhMessage);
    case 'format':
      if (p.format === 'iana-timezone') {
        return issue(at, 'schema.timezone', 'not an IANA time zone (e.g. Asia/Shanghai, America/New_York)', '不是有效的 IANA 时区（例如 Asia/Shanghai、America/New_York）');
      }
      return issue(at, 'schema.format', e.message ?? 'bad format', zhMessage);
    case 'const':
      return issue(at, 'schema.const', `must be ${JSON.stringify(p.allowedValue)}`, `必须等于 ${JSON.stringify(p.allowedValue)}`);
    case 'enum':
      return issue(at, 'schema.enum', `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
        `必须是以下之一：${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join('、')}`);
    default:
      return issue(at, `schema.${e.keyword}`, e.message ?? e.keyword, zhMessage || e.message || e.keyword);
  }
}
