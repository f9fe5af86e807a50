/**
 * `lint-payloads schema`: prints the generated JSON Schema of a request body, for
 * editors (VS Code `json.schemas`). Reads the committed schema; the root `$ref`
 * selects the body kind, and every def keeps the SDK's descriptions for hover text.
 * The `model` completions are the models served on --date (default today), not the
 * SDK's list, which still names retired ones.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkApiVersion, checkDate, checkKind } from '../config/config-file.js';
import { servedIds } from '../catalogue/catalogue.js';
import { today } from '../lint/lint-text.js';
import type { Io } from './main.js';
import { withoutExtensionKeywords } from './portable-schema.js';

const ROOTS = { messages: 'MessagesRequest', 'count-tokens': 'CountTokensRequest', batch: 'BatchRequest' } as const;

export function printSchema(argv: string[], io: Io): number {
  const { values } = parseArgs({
    args: argv,
    options: { 'api-version': { type: 'string' }, kind: { type: 'string' }, endpoint: { type: 'string' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    io.stdout('Usage: lint-payloads schema [--api-version 2023-06-01|2026-10-21] [--kind messages|count-tokens|batch] [--endpoint ga|beta] [--date YYYY-MM-DD]\n');
    return 0;
  }
  const requested = values['api-version'] ? checkApiVersion(values['api-version'], '--api-version') : '2026-10-21';
  const version = requested === 'auto' ? '2026-10-21' : requested;
  const kind = values.kind ? checkKind(values.kind, '--kind') : 'messages';
  const date = values.date ? checkDate(values.date, '--date') : today();
  const endpoint = values.endpoint ?? 'ga';
  if (endpoint !== 'ga' && endpoint !== 'beta') {
    io.stderr(`lint-payloads: --endpoint: expected ga or beta, got "${endpoint}".\n`);
    return 2;
  }
  const file = fileURLToPath(new URL(`../../../schemas/${version}/${endpoint}.json`, import.meta.url));
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const { $defs, ...meta } = schema;
  offerServedModels($defs, servedIds(date));
  const out = {
    $schema: meta.$schema,
    $id: `${String(meta.$id).replace(/\.json$/, '')}/${kind}.json`,
    title: `${ROOTS[kind]} — ${meta.title as string}`,
    $comment: meta.$comment,
    $ref: `#/$defs/${ROOTS[kind]}`,
    $defs,
  };
  io.stdout(JSON.stringify(withoutExtensionKeywords(out), null, 2) + '\n');
  return 0;
}

/** Replaces every `model` property's completions (its `examples`) with the ids served on the day. */
function offerServedModels(node: unknown, served: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) offerServedModels(item, served);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const model = (record.properties as Record<string, Record<string, unknown>> | undefined)?.model;
  if (model && Array.isArray(model.examples)) model.examples = [...served];
  for (const value of Object.values(record)) offerServedModels(value, served);
}
