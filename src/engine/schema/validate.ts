/**
 * Validates a body against the precompiled schema for its API version and
 * endpoint, and turns Ajv's errors into schema problems a person can act on:
 * one problem per mistake, located by JSON Pointer, with the allowed names or
 * values needed for "did you mean". Errors on values the linter cannot know
 * (partial payloads from source code) are dropped.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ApiVersion, Pointer } from '../types.js';
import { get, join, split } from '../pointer.js';
import { isOpen, isUnknown, PartialString } from '../partial.js';
import { suggestField, type FieldSuggestion } from '../did-you-mean.js';
import { MAX_ERRORS_PER_ARRAY } from './bounded-errors.js';
import { loadCommonJs } from '../code-cache.js';

type SchemaObject = { [key: string]: unknown };

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  parentSchema?: SchemaObject;
  schema?: unknown;
  data?: unknown;
}

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

interface ValidatorModule {
  messages: ValidateFunction;
  countTokens: ValidateFunction;
  batchParams: ValidateFunction;
  batchEnvelope: ValidateFunction;
}

export type SchemaTarget = 'messages' | 'count-tokens' | 'batch-params' | 'batch-envelope';

const require = createRequire(import.meta.url);
const modules = new Map<string, ValidatorModule>();
// The module of the last call: a run checks thousands of bodies under one version and endpoint, and a key string built per body is garbage.
let lastVersion: ApiVersion | undefined;
let lastEndpoint: 'ga' | 'beta' | undefined;
let lastModule: ValidatorModule | undefined;

/** Loaded on first use: a run over request files loads one module, never compiles a schema. */
function validatorsFor(apiVersion: ApiVersion, endpoint: 'ga' | 'beta'): ValidatorModule {
  if (apiVersion === lastVersion && endpoint === lastEndpoint) return lastModule!;
  const key = `${apiVersion}/${endpoint}`;
  let mod = modules.get(key);
  if (!mod) {
    // dist/src/engine/schema → dist/validators
    // With the V8 code cache made at build time: ~1 MB of generated code is not compiled again on every start.
    mod = loadCommonJs(fileURLToPath(new URL(`../../../validators/${apiVersion}/${endpoint}.cjs`, import.meta.url))).exports as ValidatorModule;
    modules.set(key, mod);
  }
  lastVersion = apiVersion;
  lastEndpoint = endpoint;
  lastModule = mod;
  return mod;
}

export type SchemaProblem =
  | {
      kind: 'unknown-property';
      pointer: Pointer;
      name: string;
      suggestion?: FieldSuggestion;
      /** The member it most likely replaces is missing: this problem stands for both. */
      replacesMissing: boolean;
    }
  | { kind: 'header-param'; pointer: Pointer; name: string; header: string }
  | { kind: 'removed-field'; pointer: Pointer; name: string; rule: string }
  | { kind: 'missing-property'; pointer: Pointer; name: string }
  | { kind: 'wrong-type'; pointer: Pointer; expected: string[]; actual: string }
  | { kind: 'invalid-value'; pointer: Pointer; value: unknown; allowed: unknown[]; discriminator?: { union: string; key: string } }
  | { kind: 'constraint'; pointer: Pointer; keyword: string; limit?: unknown; value: unknown; message?: string; apiError?: string }
  /**
   * An array with more problems in its items than are listed: `hidden` problems
   * not listed; `unchecked` items after `lastChecked` that were not validated at all.
   */
  | { kind: 'more-problems'; pointer: Pointer; listed: number; hidden: number; lastChecked?: number; unchecked: number };

export interface SchemaFacts {
  /** Header params the SDK strips from the body → header name. */
  headerParams: Record<string, string>;
  /** Fields this API version removed → the rule that reports them. */
  removedFields: Record<string, string>;
}

const factsCache = new Map<string, SchemaFacts>();

/** Top-level facts from the committed schema's `x-` annotations (read only when a body has an unknown field). */
function schemaFacts(apiVersion: ApiVersion, endpoint: 'ga' | 'beta'): SchemaFacts {
  const key = `${apiVersion}/${endpoint}`;
  let facts = factsCache.get(key);
  if (!facts) {
    const schema = require(`../../../../schemas/${apiVersion}/${endpoint}.json`) as SchemaObject;
    facts = {
      headerParams: (schema['x-header-params'] ?? {}) as Record<string, string>,
      removedFields: (schema['x-removed-fields'] ?? {}) as Record<string, string>,
    };
    factsCache.set(key, facts);
  }
  return facts;
}

export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Is the value at `pointer`, or any container above it, unknown? */
function touchesUnknown(root: unknown, pointer: Pointer): boolean {
  const tokens = split(pointer);
  let node = root;
  if (isUnknown(node)) return true;
  for (const t of tokens) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[t];
    if (isUnknown(node)) return true;
  }
  return false;
}

/** The API's request headers, sometimes written into the body by mistake. */
const REQUEST_HEADERS = new Set(['anthropic-version', 'anthropic-beta', 'x-api-key', 'authorization', 'content-type']);

export function validateSchema(
  body: unknown,
  target: SchemaTarget,
  apiVersion: ApiVersion,
  endpoint: 'ga' | 'beta',
): SchemaProblem[] {
  const mod = validatorsFor(apiVersion, endpoint);
  const validate = target === 'messages' ? mod.messages : target === 'count-tokens' ? mod.countTokens : target === 'batch-params' ? mod.batchParams : mod.batchEnvelope;
  if (validate(body)) return [];
  const errors = validate.errors ?? [];
  return capPerArray(translate(errors, body, () => schemaFacts(apiVersion, endpoint)), errors, body);
}

/** Problems listed per array (its items' and their descendants'); the rest are counted on the array. */
export const REPORTED_PER_ARRAY = 100;

/** The arrays that hold the value at `pointer`, outermost first. */
function arrayAncestors(body: unknown, pointer: Pointer): Pointer[] {
  const out: Pointer[] = [];
  let node = body;
  let at = '';
  for (const t of split(pointer)) {
    if (node === null || typeof node !== 'object') break;
    if (Array.isArray(node)) out.push(at);
    node = (node as Record<string, unknown>)[t];
    at = join(at, t);
  }
  return out;
}

/**
 * A thousand broken items are one mistake repeated: list the first
 * REPORTED_PER_ARRAY problems of an array and say how many more there are, and
 * where validation stopped when the validator hit its own cap (bounded-errors.ts).
 */
function capPerArray(problems: SchemaProblem[], errors: readonly AjvError[], body: unknown): SchemaProblem[] {
  if (problems.length <= REPORTED_PER_ARRAY && errors.length < MAX_ERRORS_PER_ARRAY) return problems;
  const listed = new Map<Pointer, number>();
  const hidden = new Map<Pointer, number>();
  const out: SchemaProblem[] = [];
  for (const p of problems) {
    const arrays = arrayAncestors(body, p.pointer);
    const full = arrays.find((a) => (listed.get(a) ?? 0) >= REPORTED_PER_ARRAY);
    if (full !== undefined) {
      hidden.set(full, (hidden.get(full) ?? 0) + 1);
      continue;
    }
    for (const a of arrays) listed.set(a, (listed.get(a) ?? 0) + 1);
    out.push(p);
  }
  // Arrays whose loop hit the validator's cap: the last item it reached, per array.
  const errorsUnder = new Map<Pointer, { count: number; last: number }>();
  for (const e of errors) {
    const arrays = arrayAncestors(body, e.instancePath);
    for (const a of arrays) {
      const index = Number(split(e.instancePath)[split(a).length]);
      const seen = errorsUnder.get(a) ?? { count: 0, last: -1 };
      errorsUnder.set(a, { count: seen.count + 1, last: Math.max(seen.last, index) });
    }
  }
  const summaries = new Set([...hidden.keys()]);
  for (const [a, { count }] of errorsUnder) if (count >= MAX_ERRORS_PER_ARRAY) summaries.add(a);
  for (const a of summaries) {
    const length = (get(body, a) as unknown[]).length;
    const under = errorsUnder.get(a);
    const stopped = under !== undefined && under.count >= MAX_ERRORS_PER_ARRAY;
    const unchecked = stopped ? length - 1 - under.last : 0;
    if (!hidden.get(a) && unchecked <= 0) continue;
    out.push({ kind: 'more-problems', pointer: a, listed: listed.get(a) ?? 0, hidden: hidden.get(a) ?? 0, ...(unchecked > 0 ? { lastChecked: under!.last } : {}), unchecked: Math.max(0, unchecked) });
  }
  return out;
}

function translate(allErrors: AjvError[], body: unknown, facts: () => SchemaFacts): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  // An object whose `type` is wrong (an image block where only text blocks go) is
  // one mistake: its missing and extra members follow from it and are not reported.
  const wrongTypeObjects = new Set(
    allErrors.filter((e) => (e.keyword === 'const' || e.keyword === 'enum') && e.instancePath.endsWith('/type')).map((e) => e.instancePath.slice(0, -'/type'.length)),
  );
  const errors = wrongTypeObjects.size
    ? allErrors.filter((e) => !((e.keyword === 'required' || e.keyword === 'additionalProperties') && wrongTypeObjects.has(e.instancePath)))
    : allErrors;
  const missing = new Map<Pointer, Set<string>>(); // object pointer → missing names
  const unknown: { object: Pointer; name: string; allowed: string[] }[] = [];

  for (const e of errors) {
    if (e.keyword === 'if') continue; // wrapper of a discriminated union; its `then` errors are reported
    const pointer = e.instancePath;
    if (touchesUnknown(body, pointer)) {
      const partial = partialStringProblem(e, body, errors);
      if (partial) problems.push(partial);
      continue;
    }
    const value = get(body, pointer);
    switch (e.keyword) {
      case 'additionalProperties': {
        const name = String(e.params.additionalProperty);
        const allowed = Object.keys((e.parentSchema?.properties ?? {}) as SchemaObject);
        unknown.push({ object: pointer, name, allowed });
        break;
      }
      case 'required': {
        if (isOpen(value)) continue; // a spread of something unknown may supply it
        const name = String(e.params.missingProperty);
        if (!missing.has(pointer)) missing.set(pointer, new Set());
        missing.get(pointer)!.add(name);
        break;
      }
      case 'type': {
        const expected = Array.isArray(e.schema) ? (e.schema as string[]) : [String(e.schema)];
        problems.push({ kind: 'wrong-type', pointer, expected, actual: jsonTypeOf(value) });
        break;
      }
      case 'enum':
      case 'const': {
        if (typeof e.parentSchema?.['x-message'] === 'string') {
          problems.push(constraint(e, pointer, value));
          break;
        }
        const allowed = e.keyword === 'enum' ? (e.schema as unknown[]) : [e.schema];
        // A discriminator check sits in the union's `then`, its parent schema names the union.
        const unionMatch = /\/allOf\/0\/then\/properties\/([^/]+)\/enum$/.exec(e.schemaPath);
        const union = unionMatch ? unionName(e) : undefined;
        problems.push({
          kind: 'invalid-value',
          pointer,
          value,
          allowed,
          ...(unionMatch && union ? { discriminator: { union, key: unionMatch[1]! } } : {}),
        });
        break;
      }
      case 'minItems':
        if (isOpen(value)) continue;
        problems.push(constraint(e, pointer, value));
        break;
      default:
        problems.push(constraint(e, pointer, value));
    }
  }

  // Unknown members: header params, fields removed by the API version, typos.
  const usedMissing = new Set<string>();
  const unknownMembers = new Set(unknown.map((u) => join(u.object, u.name)));
  for (const u of unknown) {
    const memberPointer = join(u.object, u.name);
    if (u.object === '') {
      const f = facts();
      if (Object.prototype.hasOwnProperty.call(f.removedFields, u.name)) {
        problems.push({ kind: 'removed-field', pointer: memberPointer, name: u.name, rule: f.removedFields[u.name]! });
        continue;
      }
      if (Object.prototype.hasOwnProperty.call(f.headerParams, u.name) || u.name === 'betas') {
        problems.push({ kind: 'header-param', pointer: memberPointer, name: u.name, header: f.headerParams[u.name] ?? 'anthropic-beta' });
        continue;
      }
      // A header written into the body (`"anthropic-beta": "…"`): say where it belongs.
      const header = u.name.toLowerCase();
      if (REQUEST_HEADERS.has(header)) {
        problems.push({ kind: 'header-param', pointer: memberPointer, name: u.name, header });
        continue;
      }
    }
    const missingHere = missing.get(u.object);
    // Prefer a missing required member as the intended name (max_token → max_tokens).
    const candidates = missingHere && missingHere.size ? [...missingHere] : u.allowed.filter((a) => !hasMember(body, u.object, a));
    let suggestion = suggestField(u.name, candidates);
    if (!suggestion && candidates !== u.allowed) suggestion = suggestField(u.name, u.allowed.filter((a) => !hasMember(body, u.object, a)));
    const replacesMissing = !!suggestion && !!missingHere?.has(suggestion.name);
    if (replacesMissing) usedMissing.add(join(u.object, suggestion!.name));
    problems.push({ kind: 'unknown-property', pointer: memberPointer, name: u.name, replacesMissing, ...(suggestion ? { suggestion } : {}) });
  }
  for (const [object, names] of missing) {
    for (const name of names) {
      const memberPointer = join(object, name);
      if (usedMissing.has(memberPointer)) continue;
      // A union whose discriminator is missing never reaches additionalProperties,
      // so a misspelled discriminator (`rol`) shows up only as the missing `role`.
      const present = Object.keys((get(body, object) ?? {}) as object);
      const misspelled = present.find((k) => !unknownMembers.has(join(object, k)) && suggestField(k, [name])?.name === name && k !== name);
      if (misspelled) {
        problems.push({ kind: 'unknown-property', pointer: join(object, misspelled), name: misspelled, replacesMissing: true, suggestion: { name, isTypo: true } });
      } else {
        problems.push({ kind: 'missing-property', pointer: memberPointer, name });
      }
    }
  }
  return dedupe(problems);
}

function hasMember(body: unknown, object: Pointer, name: string): boolean {
  const obj = get(body, object);
  return typeof obj === 'object' && obj !== null && Object.prototype.hasOwnProperty.call(obj, name);
}

/** The discriminator check carries the union's name (`x-union`, set by discriminate-unions.ts). */
function unionName(e: AjvError): string | undefined {
  const name = e.parentSchema?.['x-union'];
  return typeof name === 'string' ? name : undefined;
}

/** A keyword failure; the schema overlay's `x-message`/`x-api-error` say it in words when present. */
/** `^[class]{m,n}$` (or `+`, `*`, `{n}`): a pattern whose verdict on a partial string its known characters can decide. */
const CLASS_PATTERN = /^\^\[((?:\\.|[^\]\\])+)\](?:\{(\d+)(?:,(\d*))?\}|\+|\*)\$$/;

/**
 * A string value with holes (PartialString, a `custom_id=f"req {i}"`) is an Unknown,
 * whose errors are dropped; but some mistakes hold whatever the holes are: a known
 * character the pattern's class never allows, known pieces already longer than the
 * maximum. Only for a plain string schema (no union around it: another branch
 * might accept the value).
 */
function partialStringProblem(e: AjvError, body: unknown, errors: readonly AjvError[]): SchemaProblem | undefined {
  const pointer = e.instancePath;
  const value = get(body, pointer);
  const schema = e.parentSchema;
  if (e.keyword !== 'type' || !(value instanceof PartialString) || schema?.type !== 'string') return undefined;
  if (/\/(?:anyOf|oneOf)\//.test(e.schemaPath) || errors.some((o) => (o.keyword === 'anyOf' || o.keyword === 'oneOf') && (pointer + '/').startsWith(o.instancePath + '/'))) return undefined;
  const known = value.parts.filter((p): p is string => p !== null).join('');
  const length = [...known].length;
  const shown = value.shown();
  const as = (keyword: string, limit: unknown): SchemaProblem => constraint({ ...e, keyword, schema: limit }, pointer, shown);
  const pattern = typeof schema.pattern === 'string' ? CLASS_PATTERN.exec(schema.pattern) : null;
  if (pattern) {
    let allowed: RegExp | undefined;
    try {
      allowed = new RegExp(`^[${pattern[1]}]$`, 'u');
    } catch {
      allowed = undefined;
    }
    const max = pattern[2] === undefined ? undefined : pattern[3] === undefined ? Number(pattern[2]) : pattern[3] === '' ? undefined : Number(pattern[3]);
    if (allowed && ([...known].some((c) => !allowed.test(c)) || (max !== undefined && length > max))) return as('pattern', schema.pattern);
  }
  if (typeof schema.maxLength === 'number' && length > schema.maxLength) return as('maxLength', schema.maxLength);
  return undefined;
}

function constraint(e: AjvError, pointer: Pointer, value: unknown): SchemaProblem {
  const text = (key: string): string | undefined => (typeof e.parentSchema?.[key] === 'string' ? (e.parentSchema[key] as string) : undefined);
  const message = text('x-message');
  const apiError = text('x-api-error');
  return { kind: 'constraint', pointer, keyword: e.keyword, limit: e.schema, value, ...(message ? { message } : {}), ...(apiError ? { apiError } : {}) };
}

/** Several failing keywords on one value (pattern and maxLength) are one mistake. */
function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.kind === 'constraint' && p.message ? 'constraint-msg' : p.kind}|${p.pointer}|${'name' in p ? p.name : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

