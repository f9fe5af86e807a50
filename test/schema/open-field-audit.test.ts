/**
 * Issue 12 §2: every field of the generated schemas that the SDK types leave
 * open (unknown, a bare string, an unbounded array) is audited in
 * scripts/schema/overlay.ts OPEN_FIELD_AUDIT, and what the audit says tightened
 * is tightened in the schemas; the new overlay constraints reject what the API rejects.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { OPEN_FIELD_AUDIT } from '../../scripts/schema/overlay.js';
import { checkPayload } from '../../src/engine/check-payload.js';
import { RULES_BY_ID } from '../../rules/index.js';
import { REPO } from '../helpers/cli.js';

type Schema = Record<string, unknown>;
const ROOTS = /^(MessagesRequest|CountTokensRequest|BatchRequestParams)\./;

/** Whether a schema leaves the value open: no type at all, a string with no enum/const/pattern/format, or an array. */
function isOpen(s: Schema): boolean {
  if (s.$ref) return false;
  if (s.type === 'string') return s.enum === undefined && s.const === undefined && s.pattern === undefined && s.format === undefined;
  if (s.type === 'array') return true;
  return s.type === undefined && !s.anyOf && !s.oneOf && !s.allOf && s.enum === undefined && s.const === undefined;
}

/** Open fields of one schema file, normalized: `Beta` dropped, the request roots as ROOT, union branches merged. */
function openFields(file: string): Map<string, Schema> {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { $defs: Record<string, Schema> };
  const out = new Map<string, Schema>();
  const walk = (s: unknown, where: string): void => {
    if (!s || typeof s !== 'object') return;
    const schema = s as Schema;
    if (isOpen(schema) || schema['x-message']) out.set(where.replace(/^Beta/, '').replace(ROOTS, 'ROOT.'), schema);
    for (const [name, p] of Object.entries((schema.properties as Record<string, unknown>) ?? {})) walk(p, `${where}.${name}`);
    if (schema.items) walk(schema.items, `${where}[]`);
    for (const key of ['anyOf', 'oneOf', 'allOf']) for (const branch of (schema[key] as unknown[]) ?? []) walk(branch, where);
  };
  for (const [name, def] of Object.entries(doc.$defs)) walk(def, name);
  return out;
}

const glob = (pattern: string): RegExp => new RegExp(`^${pattern.replace(/[.[\]]/g, '\\$&').replace(/\*/g, '.*')}$`);
const entryFor = (field: string) => OPEN_FIELD_AUDIT.find((e) => e.fields.some((p) => glob(p).test(field)));

const files = fs.readdirSync(path.join(REPO, 'schemas')).flatMap((v) => fs.readdirSync(path.join(REPO, 'schemas', v)).map((f) => path.join(REPO, 'schemas', v, f)));

describe('the audit of open schema fields (scripts/schema/overlay.ts OPEN_FIELD_AUDIT)', () => {
  it('covers every open field of every generated schema', () => {
    const missing = new Set<string>();
    for (const file of files) for (const [field, schema] of openFields(file)) if (isOpen(schema) && !entryFor(field)) missing.add(field);
    assert.deepEqual([...missing].sort(), [], 'audit these fields in OPEN_FIELD_AUDIT (tighten in the overlay, name the rule, or say why they stay open)');
  });

  it('every pattern of the audit names a field that exists', () => {
    const all = new Set(files.flatMap((f) => [...openFields(f).keys()]));
    const stale = OPEN_FIELD_AUDIT.flatMap((e) => e.fields).filter((p) => ![...all].some((f) => glob(p).test(f)));
    assert.deepEqual(stale, []);
  });

  it('what the audit says the overlay tightened carries the overlay’s message in the schemas', () => {
    for (const file of files) {
      for (const [field, schema] of openFields(file)) {
        if (entryFor(field)?.verdict !== 'overlay') continue;
        assert.ok(schema['x-message'], `${path.relative(REPO, file)} ${field}`);
      }
    }
  });
});

describe('the constraints the audit added', () => {
  const requestSchema = RULES_BY_ID.get('request-schema')!;
  const check = (messages: unknown[]) =>
    checkPayload({ model: 'claude-sonnet-5-5', max_tokens: 100, messages }, { kind: 'messages', apiVersion: '2026-10-21', date: '2026-11-26', endpoint: 'any', ruleSet: [requestSchema] }).map((f) => [f.ruleId, f.pointer]);
  const user = (content: unknown) => ({ role: 'user', content });
  const assistant = (content: unknown) => ({ role: 'assistant', content });
  const toolUse = (id: string, input: unknown) => ({ type: 'tool_use', id, name: 'get_weather', input });

  it('a tool_use id from another provider, and its tool_result: rejected', () => {
    assert.deepEqual(check([user('Weather?'), assistant([toolUse('functions.get_weather:0', {})]), user([{ type: 'tool_result', tool_use_id: 'functions.get_weather:0', content: 'sunny' }])]), [
      ['request-schema', '/messages/1/content/0/id'],
      ['request-schema', '/messages/2/content/0/tool_use_id'],
    ]);
  });

  it('a tool_use input that is a string of JSON: rejected; an object: accepted', () => {
    assert.deepEqual(check([user('Weather?'), assistant([toolUse('toolu_01', '{"city": "Paris"}')]), user([{ type: 'tool_result', tool_use_id: 'toolu_01', content: 'sunny' }])]), [['request-schema', '/messages/1/content/0/input']]);
    assert.deepEqual(check([user('Weather?'), assistant([toolUse('call_1', { city: 'Paris' })]), user([{ type: 'tool_result', tool_use_id: 'call_1', content: 'sunny' }])]), []);
  });

  it('a server_tool_use id that is not the API’s srvtoolu_ id: rejected', () => {
    const search = (id: string) => ({ type: 'server_tool_use', id, name: 'web_search', input: { query: 'news' } });
    assert.deepEqual(check([user('News?'), assistant([search('toolu_01')])]), [['request-schema', '/messages/1/content/0/id']]);
    assert.deepEqual(check([user('News?'), assistant([search('srvtoolu_01AbC')])]), []);
  });
});
