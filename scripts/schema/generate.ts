/**
 * Builds the request-body JSON Schemas for every API version and endpoint from the
 * installed `@anthropic-ai/sdk` types, the overlay and the version layer.
 * Pure: returns file name → content, so the drift test can compare with `schemas/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { API_VERSIONS, VERSION_LAYERS, REMOVED_FIELDS, type ApiVersion } from '../../src/engine/api-versions.js';
import { OVERLAY } from './overlay.js';
import { SchemaBuilder, docKind, findExportedType, openSdkProgram, type JsonSchema } from './from-sdk-types.js';

export type Endpoint = 'ga' | 'beta';
export const ENDPOINTS: Endpoint[] = ['ga', 'beta'];

interface EndpointFiles {
  messages: string;
  batches: string;
}

export function sdkRoot(): string {
  // The package's exports map hides package.json; resolve its main entry and walk up.
  const require = createRequire(import.meta.url);
  let dir = path.dirname(require.resolve('@anthropic-ai/sdk'));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

export function sdkVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(sdkRoot(), 'package.json'), 'utf8')).version as string;
}

/** Header params are stripped by the SDK (`const { betas, ...body } = params`); read their header names from its JS. */
export function headerParamNames(): Record<string, string> {
  const root = sdkRoot();
  const out: Record<string, string> = {};
  for (const file of ['resources/messages/messages.js', 'resources/beta/messages/messages.js', 'resources/beta/messages/batches.js', 'resources/messages/batches.js']) {
    const js = fs.readFileSync(path.join(root, file), 'utf8');
    for (const m of js.matchAll(/\.\.\.\((\w+)(?:\?\.toString\(\))? != null \? \{ '([\w-]+)'/g)) out[m[1]!] = m[2]!;
  }
  return out;
}

function headerParamsOf(sdk: ReturnType<typeof openSdkProgram>, type: import('typescript').Type): Set<string> {
  const names = new Set<string>();
  for (const prop of sdk.checker.getPropertiesOfType(type)) {
    if (docKind(sdk.checker, prop) === 'header') names.add(prop.name);
  }
  return names;
}

function buildEndpoint(endpoint: Endpoint): { defs: Record<string, JsonSchema>; headerParams: string[] } {
  const root = sdkRoot();
  const files: EndpointFiles =
    endpoint === 'ga'
      ? { messages: path.join(root, 'resources/messages/messages.d.ts'), batches: path.join(root, 'resources/messages/batches.d.ts') }
      : { messages: path.join(root, 'resources/beta/messages/messages.d.ts'), batches: path.join(root, 'resources/beta/messages/batches.d.ts') };
  const sdk = openSdkProgram([files.messages, files.batches]);
  const builder = new SchemaBuilder(sdk.checker);

  const create = findExportedType(sdk, files.messages, 'MessageCreateParamsBase');
  const createHeaders = headerParamsOf(sdk, create);
  builder.root(create, 'MessagesRequest', {
    headerParams: createHeaders,
    rootOverrides: {
      stream: {
        type: 'boolean',
        description: 'Whether to incrementally stream the response using server-sent events.',
        'x-optional': true,
      },
    },
  });

  const countTokens = findExportedType(sdk, files.messages, 'MessageCountTokensParams');
  builder.root(countTokens, 'CountTokensRequest', { headerParams: headerParamsOf(sdk, countTokens) });

  // Batch params are sent verbatim: the SDK strips header params only at the top
  // level of batches.create. `user_profile_id` is a documented per-request body
  // field there (BatchCreateParams.user_profile_id doc comment); the others are not.
  const nonStreaming = findExportedType(sdk, files.messages, 'MessageCreateParamsNonStreaming');
  const batchHeaders = new Set([...headerParamsOf(sdk, nonStreaming)].filter((n) => n !== 'user_profile_id'));
  builder.root(nonStreaming, 'BatchRequestParams', { headerParams: batchHeaders });
  const userProfile = builder.defs.BatchRequestParams!.properties as Record<string, JsonSchema>;
  if (userProfile.user_profile_id) {
    userProfile.user_profile_id.description =
      'The user profile ID to attribute this request to. In a batch, a value that conflicts with the batch\'s anthropic-user-profile-id header errors this request.';
  }

  const batch = findExportedType(sdk, files.batches, 'BatchCreateParams');
  builder.root(batch, 'BatchRequest', { headerParams: headerParamsOf(sdk, batch) });
  const request = builder.defs['BatchCreateParams.Request'];
  if (!request) throw new Error('BatchCreateParams.Request not found: the SDK changed its batch types');
  const requestProps = request.properties as Record<string, JsonSchema>;
  requestProps.params = { $ref: '#/$defs/BatchRequestParams', description: requestProps.params?.description };

  const headerParams = [...new Set([...createHeaders, ...headerParamsOf(sdk, batch), ...headerParamsOf(sdk, countTokens)])].sort();
  return { defs: builder.defs, headerParams };
}

function applyOverlay(defs: Record<string, JsonSchema>, endpoint: Endpoint): void {
  for (const entry of OVERLAY) {
    const present = entry.defs.filter((d) => defs[d]);
    if (present.length === 0) throw new Error(`overlay: none of ${entry.defs.join(', ')} exists in the ${endpoint} schema`);
    for (const name of present) {
      const props = defs[name]!.properties as Record<string, JsonSchema> | undefined;
      const prop = props?.[entry.property];
      if (!prop) throw new Error(`overlay: ${name} has no property ${entry.property}`);
      const target = entry.at === 'items' ? (prop.items as JsonSchema) : prop;
      if (!target) throw new Error(`overlay: ${name}.${entry.property} has no items`);
      Object.assign(target, entry.schema, { 'x-message': entry.message, ...(entry.apiError ? { 'x-api-error': entry.apiError } : {}), 'x-source': entry.source });
    }
  }
}

function applyVersionLayer(defs: Record<string, JsonSchema>, version: ApiVersion): void {
  for (const add of VERSION_LAYERS[version].add) {
    for (const name of add.defs) {
      const props = defs[name]?.properties as Record<string, JsonSchema> | undefined;
      if (!props) throw new Error(`version layer: no def ${name}`);
      for (const [key, schema] of Object.entries(add.properties)) props[key] = { ...schema, 'x-source': VERSION_LAYERS[version].source };
    }
  }
}

/** Drops defs nothing refers to (e.g. the SDK's NonStreaming type once replaced). */
function pruneDefs(defs: Record<string, JsonSchema>, roots: string[]): Record<string, JsonSchema> {
  const keep = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') {
        const name = decodeURIComponent(v.replace('#/$defs/', ''));
        if (!keep.has(name)) {
          keep.add(name);
          visit(defs[name]);
        }
      } else visit(v);
    }
  };
  for (const r of roots) {
    keep.add(r);
    visit(defs[r]);
  }
  const out: Record<string, JsonSchema> = {};
  for (const name of Object.keys(defs).sort()) if (keep.has(name)) out[name] = defs[name]!;
  return out;
}

export const ROOTS = { messages: 'MessagesRequest', 'count-tokens': 'CountTokensRequest', batch: 'BatchRequest', 'batch-params': 'BatchRequestParams' } as const;

export function schemaFileName(version: ApiVersion, endpoint: Endpoint): string {
  return `${version}/${endpoint}.json`;
}

/** file name (relative to schemas/) → JSON text */
export function generateSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  const version = sdkVersion();
  const headerNames = headerParamNames();
  for (const endpoint of ENDPOINTS) {
    const built = buildEndpoint(endpoint);
    for (const apiVersion of API_VERSIONS) {
      const defs: Record<string, JsonSchema> = structuredClone(built.defs);
      applyOverlay(defs, endpoint);
      applyVersionLayer(defs, apiVersion);
      const schema: JsonSchema = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `https://lint-payloads.dev/schemas/${apiVersion}/${endpoint}.json`,
        title: `Claude Messages API request bodies (${endpoint === 'ga' ? 'GA' : 'beta'} endpoints, anthropic-version ${apiVersion})`,
        $comment: `Generated by \`npm run schema\` from @anthropic-ai/sdk@${version} types, scripts/schema/overlay.ts and src/engine/api-versions.ts. Do not edit.`,
        'x-generated-from': { '@anthropic-ai/sdk': version },
        'x-api-version': apiVersion,
        'x-endpoint': endpoint,
        'x-roots': ROOTS,
        'x-header-params': Object.fromEntries(built.headerParams.map((n) => [n, headerNames[n] ?? `anthropic-${n.replace(/_/g, '-')}`])),
        'x-removed-fields': Object.fromEntries(REMOVED_FIELDS[apiVersion].flatMap((r) => r.fields.map((f) => [f, r.rule]))),
        $defs: pruneDefs(defs, Object.values(ROOTS)),
      };
      out.set(schemaFileName(apiVersion, endpoint), JSON.stringify(schema, null, 2) + '\n');
    }
  }
  return out;
}
