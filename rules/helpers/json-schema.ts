/**
 * JSON Schemas inside a request (a custom tool's `input_schema`, a structured
 * output's `output_config.format.schema`): is it a valid draft 2020-12 schema,
 * and which `type: "object"` nodes leave `additionalProperties` open.
 *
 * The meta-schema validator is precompiled at build time (scripts/build-validators.ts)
 * and loaded on first use; nothing is compiled while linting.
 */
import { createRequire } from 'node:module';
import type { Pointer } from '../../src/engine/types.js';
import { join } from '../../src/engine/pointer.js';
import { hasOwn, isObject, isOpen, isUnknown, prop, type JsonObject } from '../../src/engine/values.js';
import { isFullyKnown } from '../../src/engine/partial.js';

interface MetaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}
type MetaValidator = ((data: unknown) => boolean) & { errors?: MetaError[] | null };

let metaValidator: MetaValidator | undefined;

function draft202012(): MetaValidator {
  // dist/rules/helpers → dist/validators
  metaValidator ??= createRequire(import.meta.url)('../../validators/json-schema-2020-12.cjs') as MetaValidator;
  return metaValidator;
}

/** Requests repeat the same tool schemas (every turn of an agent loop): judge each text once. */
const verdicts = new Map<string, { pointer: Pointer; detail: string } | null>();
const MAX_VERDICTS = 1000;

export interface MetaSchemaProblem {
  /** Where in the request the bad keyword is. */
  pointer: Pointer;
  /** What is wrong with it, in Ajv's words ("must be array"). */
  detail: string;
}

/**
 * The first way `schema` breaks the draft 2020-12 meta-schema; undefined when
 * it is valid, or when any part of it is not known (nothing is judged then).
 */
export function metaSchemaProblem(schema: unknown, base: Pointer): MetaSchemaProblem | undefined {
  if (plainlyValid(schema, 0)) return undefined;
  if (!isFullyKnown(schema)) return undefined;
  const key = JSON.stringify(schema);
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = judge(schema);
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict ? { pointer: base + verdict.pointer, detail: verdict.detail } : undefined;
}

const SIMPLE_TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
const nonNegativeInteger = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
/**
 * Keywords whose values the draft 2020-12 meta-schema checks by shape alone (no
 * formats: the meta-schema validator checks none), with that check. A schema of
 * only these is judged here; any other keyword goes to the validator.
 */
const PLAIN_KEYWORDS: Record<string, (value: unknown, depth: number) => boolean> = {
  type: (v) =>
    typeof v === 'string' ? SIMPLE_TYPES.has(v) : Array.isArray(v) && v.length > 0 && v.every((t) => typeof t === 'string' && SIMPLE_TYPES.has(t)) && new Set(v).size === v.length,
  title: (v) => typeof v === 'string',
  description: (v) => typeof v === 'string',
  format: (v) => typeof v === 'string',
  properties: (v, depth) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || isUnknown(v) || isOpen(v)) return false;
    for (const key in v) if (hasOwn(v as JsonObject, key) && !plainlyValid((v as JsonObject)[key], depth + 1)) return false;
    return true;
  },
  required: (v) => Array.isArray(v) && !isOpen(v) && v.every((k) => typeof k === 'string') && new Set(v).size === v.length,
  items: (v, depth) => plainlyValid(v, depth + 1),
  additionalProperties: (v, depth) => plainlyValid(v, depth + 1),
  minimum: (v) => typeof v === 'number',
  maximum: (v) => typeof v === 'number',
  minLength: nonNegativeInteger,
  maxLength: nonNegativeInteger,
  minItems: nonNegativeInteger,
  maxItems: nonNegativeInteger,
};

/**
 * A shortcut for the common tool schema (types, descriptions, properties,
 * required, enum…): true only when it is certainly valid under draft 2020-12, so
 * most schemas never reach the generic validator (its $dynamicRef machinery
 * costs more than the rest of the rule). False means "not shown here", never
 * "invalid": the validator decides then, as before.
 */
function plainlyValid(schema: unknown, depth: number): boolean {
  if (typeof schema === 'boolean') return true;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema) || isUnknown(schema) || isOpen(schema) || depth > 32) return false;
  for (const key in schema) {
    if (!hasOwn(schema as JsonObject, key)) continue;
    const value = (schema as JsonObject)[key];
    if (isUnknown(value)) return false;
    if (key === 'enum') {
      if (!Array.isArray(value) || !isFullyKnown(value)) return false;
      continue;
    }
    const check = hasOwn(PLAIN_KEYWORDS, key) ? PLAIN_KEYWORDS[key]! : undefined;
    if (!check || !check(value, depth)) return false;
  }
  return true;
}

/** The first meta-schema error, with its pointer relative to the schema; null when valid. */
function judge(schema: unknown): { pointer: Pointer; detail: string } | null {
  const validate = draft202012();
  if (validate(schema)) return null;
  const error = validate.errors?.[0];
  if (!error) return null;
  const allowed = error.params['allowedValues'];
  const detail =
    error.keyword === 'enum' && Array.isArray(allowed) ? `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` : (error.message ?? `fails "${error.keyword}"`);
  return { pointer: error.instancePath, detail };
}

/** Keywords whose value is a schema, a list of schemas, or a map of schemas (2020-12, plus draft-07 spellings). */
const SCHEMA_KEYWORDS = ['items', 'additionalItems', 'contains', 'not', 'if', 'then', 'else', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'propertyNames'];
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'];
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

export interface OpenObjectNode {
  /** The `type: "object"` schema node. */
  node: Pointer;
  /** `<node>/additionalProperties`: where the member is, or would be. */
  pointer: Pointer;
  /** The member is absent (rather than present with another value). */
  missing: boolean;
}

function isObjectType(node: JsonObject): boolean | undefined {
  const type = prop(node, 'type');
  if (type === 'object') return true;
  if (Array.isArray(type)) return type.includes('object') ? true : type.some(isUnknown) ? undefined : false;
  return isUnknown(type) ? undefined : false;
}

/**
 * Every `type: "object"` node, nested ones too, whose `additionalProperties` is
 * not `false`. Nodes whose type or member is not known are skipped.
 */
export function openObjectNodes(schema: unknown, base: Pointer): OpenObjectNode[] {
  const out: OpenObjectNode[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, pointer: Pointer): void => {
    if (!isObject(node) || seen.has(node)) return;
    seen.add(node);
    if (isObjectType(node) === true) {
      const pointerToMember = join(pointer, 'additionalProperties');
      if (!hasOwn(node, 'additionalProperties')) {
        if (!isOpen(node)) out.push({ node: pointer, pointer: pointerToMember, missing: true });
      } else {
        const value = node['additionalProperties'];
        if (value !== false && !isUnknown(value)) out.push({ node: pointer, pointer: pointerToMember, missing: false });
      }
    }
    for (const key of SCHEMA_KEYWORDS) if (hasOwn(node, key) && !Array.isArray(node[key])) visit(node[key], join(pointer, key));
    for (const key of SCHEMA_LIST_KEYWORDS) {
      const list = prop(node, key);
      if (Array.isArray(list)) list.forEach((item, i) => visit(item, join(pointer, key, i)));
    }
    for (const key of SCHEMA_MAP_KEYWORDS) {
      const map = prop(node, key);
      if (isObject(map)) for (const name of Object.keys(map)) visit(map[name], join(pointer, key, name));
    }
  };
  visit(schema, base);
  return out;
}
