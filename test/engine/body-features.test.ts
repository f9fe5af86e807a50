/**
 * The body index behind `meta.triggers`: what it records, when it gives up, and
 * the promise that matters — skipping rules by it never changes what is reported,
 * on every bundled fixture and on a generated corpus like the benchmark's.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bodyFeatures, holds, triggered, TriggerIndex } from '../../src/engine/body-features.js';
import { checkPayload, type PayloadCheckOptions } from '../../src/index.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';
import { sourceFor } from '../../src/sources/index.js';
import { RULES } from '../../rules/index.js';
import { buildCorpus } from '../../bench/corpus.js';
import { REPO } from '../helpers/cli.js';

describe('bodyFeatures', () => {
  it('records every type value and member name, at any depth', () => {
    const features = bodyFeatures({
      model: 'm',
      messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'x', content: [{ type: 'image', source: { type: 'base64' } }] }] }],
      tools: [{ name: 't', input_schema: { type: 'object' } }],
    })!;
    assert.deepEqual([...features.types].sort(), ['base64', 'image', 'object', 'tool_result']);
    for (const key of ['model', 'messages', 'role', 'content', 'tool_use_id', 'source', 'tools', 'input_schema', 'name']) assert.ok(features.keys.has(key), key);
    assert.equal(features.keys.has('cache_control'), false);
  });

  it('a type that is not a string is not a type; keys named like data still count', () => {
    const features = bodyFeatures({ type: { type: 'nested' }, input: { cache_control: 1 } })!;
    assert.deepEqual([...features.types], ['nested']);
    assert.ok(features.keys.has('cache_control'));
  });

  it('gives up on a body with anything unknown or open: every rule must run', () => {
    assert.equal(bodyFeatures({ messages: unknownValue() }), undefined);
    assert.equal(bodyFeatures({ messages: [{ role: 'user', content: [unknownValue()] }] }), undefined);
    assert.equal(bodyFeatures(markOpen({ model: 'm' })), undefined);
    assert.equal(bodyFeatures({ messages: markOpen([]) }), undefined);
  });

  it('walks 100,000 levels of nesting without overflowing the stack', () => {
    let deep: unknown = { type: 'bottom' };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    assert.ok(bodyFeatures({ messages: deep })!.types.has('bottom'));
  });

  it('triggered: any named type or key', () => {
    const features = bodyFeatures({ messages: [{ role: 'user', content: [{ type: 'image' }] }] })!;
    assert.equal(triggered({ types: ['document', 'image'] }, features), true);
    assert.equal(triggered({ keys: ['role'] }, features), true);
    assert.equal(triggered({ types: ['document'], keys: ['cache_control'] }, features), false);
    assert.equal(triggered({}, features), false);
  });
});

describe('TriggerIndex (the engine\'s form of the index)', () => {
  it('a rule is skipped only when the body holds none of its names, past 32 names too', () => {
    const names = Array.from({ length: 70 }, (_, i) => `k${i}`);
    const index = new TriggerIndex([{ types: ['image'] }, ...names.map((k) => ({ keys: [k] }))]);
    const body = index.body({ messages: [{ content: [{ type: 'image' }] }], k40: 1 })!;
    assert.equal(holds(body, index.mask({ types: ['image'] })!), true);
    assert.equal(holds(body, index.mask({ keys: ['k40'] })!), true, 'a name in the second word');
    assert.equal(holds(body, index.mask({ keys: ['k3', 'k41'] })!), false);
    assert.equal(holds(body, index.mask({ types: ['document'], keys: ['k0'] }) ?? { low: -1, high: -1 }), true, 'a name no rule gave: never skipped');
    assert.equal(index.mask({ keys: ['k69'] }), undefined, 'past 64 names: never skipped');
    assert.equal(index.mask(undefined), undefined);
  });

  it('gives up on a body with anything unknown or open, and a new body starts clean', () => {
    const index = new TriggerIndex([{ keys: ['cache_control'] }]);
    assert.equal(index.body({ messages: [unknownValue()] }), undefined);
    assert.equal(holds(index.body({ system: [{ cache_control: {} }] })!, index.mask({ keys: ['cache_control'] })!), true);
    assert.equal(holds(index.body({ system: 'x' })!, index.mask({ keys: ['cache_control'] })!), false);
  });
});

/** Every request body of a file, as the JSON source reads it. */
async function bodiesOf(file: string): Promise<{ payload: unknown; options: Omit<PayloadCheckOptions, 'apiVersion'> }[]> {
  const source = await sourceFor(file);
  if (!source) return [];
  const text = fs.readFileSync(file, 'utf8');
  return source.extract(text, file, { explicit: true }).payloads.map((p) => ({
    payload: p.payload,
    options: { kind: p.kind, date: '2026-11-26', endpoint: p.endpoint, ...(p.platform ? { platform: p.platform } : {}), ...(p.requestName ? { requestName: p.requestName } : {}) },
  }));
}

function assertSameWithAndWithoutTriggers(files: string[]): Promise<number> {
  return (async () => {
    let checked = 0;
    for (const file of files) {
      for (const { payload, options } of await bodiesOf(file)) {
        for (const apiVersion of ['2023-06-01', '2026-10-21'] as const) {
          const describe = (ignoreTriggers: boolean): string[] =>
            checkPayload(payload, { ...options, apiVersion, ruleSet: RULES, ignoreTriggers }).map((f) => `${f.ruleId} ${f.messageId} ${f.pointer}`);
          assert.deepEqual(describe(false), describe(true), `${file} under ${apiVersion}`);
          checked++;
        }
      }
    }
    return checked;
  })();
}

describe('meta.triggers never hide a finding', () => {
  it('on every bundled request fixture', async () => {
    const files = fs
      .readdirSync(path.join(REPO, 'fixtures/requests'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(json|jsonl|ndjson)$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name));
    assert.ok(files.length > 100, `${files.length} fixtures`);
    assert.ok((await assertSameWithAndWithoutTriggers(files)) > 200);
  });

  it('on a generated corpus like the benchmark’s (tools, images, mistakes)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-triggers-'));
    try {
      const corpus = buildCorpus(dir, 400, 7);
      assert.ok((await assertSameWithAndWithoutTriggers([...corpus.jsonFiles, ...corpus.jsonlFiles])) >= 800);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
