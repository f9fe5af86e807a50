/**
 * Part of `npm run build`: compiles the committed schemas in `schemas/` into Ajv
 * standalone validator modules under `dist/validators/`, so no schema is compiled
 * on the user's hot path (compiling one SDK-sized schema costs ~0.5 s).
 *
 * Unions are compiled as discriminated if/then chains (see discriminate-unions.ts),
 * so a failing content block reports the errors of its own `type` only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { discriminateUnions } from './schema/discriminate-unions.js';
import { boundValidatorErrors } from '../src/engine/schema/bounded-errors.js';
import { asciiOnly, loadCommonJs } from '../src/engine/code-cache.js';

const standaloneCode = standalone.default;

type Json = { [key: string]: unknown };

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const schemasDir = path.join(repo, 'schemas');
const outDir = path.join(repo, 'dist/validators');



/** Annotations only make the generated code bigger; validation does not read them. */
function stripAnnotations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripAnnotations);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'properties' || key === '$defs') {
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, stripAnnotations(v)]));
    } else if (!['description', 'examples', 'deprecated', 'title', '$comment'].includes(key) && (key === 'x-message' || key === 'x-api-error' || !key.startsWith('x-'))) {
      out[key] = stripAnnotations(value);
    }
  }
  return out;
}

export function buildValidatorModule(fullSchema: Json): string {
  // Compiled as draft-07 (the schema uses nothing newer once annotations are gone):
  // the 2020 draft makes Ajv track evaluated properties for unevaluatedProperties,
  // which doubles the code for every if/then.
  const schema = discriminateUnions(stripAnnotations(fullSchema) as Json);
  delete schema.$schema;
  const ajv = new Ajv({

    strict: true,
    strictTypes: false, // unions of `type` with anyOf are intended
    strictRequired: false, // discriminator `if: {required: [type]}` names properties defined in the branches
    inlineRefs: false, // share one function per def instead of copying it into every user
    allErrors: true,
    verbose: true, // errors carry parentSchema: allowed property names and x-message for the translator
    messages: false, // the engine writes its own messages
    code: { source: true, esm: false, lines: false },
  });
  const id = schema.$id as string;
  ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-api-error', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-union', schemaType: 'string' });
  ajv.addSchema(schema);
  const exports: Record<string, string> = {
    messages: `${id}#/$defs/MessagesRequest`,
    countTokens: `${id}#/$defs/CountTokensRequest`,
    batchParams: `${id}#/$defs/BatchRequestParams`,
  };
  // The engine validates batch params one request at a time (with batchParams), so
  // the envelope validator takes any object as `params`.
  const request = (schema.$defs as Record<string, Json>)['BatchCreateParams.Request']!;
  const envelope: Json = {
    $id: id.replace(/\.json$/, '-batch-envelope.json'),
    type: 'object',
    properties: {
      requests: { type: 'array', items: { ...request, properties: { ...(request.properties as Json), params: { type: 'object' } } } },
    },
    required: ['requests'],
    additionalProperties: false,
  };
  ajv.addSchema(envelope);
  exports.batchEnvelope = envelope.$id as string;

  // Non-ASCII only in messages and patterns ("≥", "…"), string and regular expression literals.
  return asciiOnly(boundValidatorErrors(standaloneCode(ajv, exports)));
}

/**
 * V8's code cache for a validator module: with it, loading the module skips
 * parsing and compiling ~1 MB of JavaScript (the bulk of a one-file run's start
 * time). Made after exercising the validators, so the functions a run calls are
 * in the cache. A Node.js with another V8 rejects it and compiles as usual.
 */
export function codeCacheFor(file: string): Buffer {
  const { exports, script } = loadCommonJs(file, { noCache: true });
  const samples: unknown[] = [
    {},
    { model: 'm', max_tokens: 1, messages: [{ role: 'user', content: 'x' }] },
    { model: 'm', max_tokens: 1, system: [{ type: 'text', text: 'x' }], tools: [{ name: 't', input_schema: { type: 'object' } }], messages: [{ role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'x' } }] }, { role: 'assistant', content: [{ type: 'tool_use', id: 'a', name: 't', input: {} }] }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'a', content: 'x' }] }] },
    { requests: [{ custom_id: 'a', params: {} }] },
  ];
  for (const validate of Object.values(exports as Record<string, (data: unknown) => boolean>)) for (const sample of samples) validate(sample);
  return script.createCachedData();
}

/**
 * The draft 2020-12 meta-schema validator that rules use to check the JSON
 * Schemas inside requests (tool input_schema, structured output schemas).
 */
export function buildMetaSchemaModule(): string {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false, code: { source: true, esm: false, lines: false } });
  const validate = ajv.getSchema('https://json-schema.org/draft/2020-12/schema');
  if (!validate) throw new Error('Ajv has no draft 2020-12 meta-schema');
  return standaloneCode(ajv, validate);
}

function main(): void {
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'json-schema-2020-12.cjs'), buildMetaSchemaModule());
  for (const version of fs.readdirSync(schemasDir)) {
    const dir = path.join(schemasDir, version);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const schema = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Json;
      const target = path.join(outDir, version, file.replace(/\.json$/, '.cjs'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, buildValidatorModule(schema));
      fs.writeFileSync(`${target}.v8cache`, codeCacheFor(target));
    }
  }
}

main();
