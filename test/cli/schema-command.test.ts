/** `lint-payloads schema`: the generated schema for editors, valid and usable by a JSON Schema validator. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from '../helpers/cli.js';

describe('lint-payloads schema', () => {
  it('prints a self-contained 2020-12 schema for each kind that validates requests, with hover descriptions', () => {
    for (const kind of ['messages', 'count-tokens', 'batch']) {
      const r = runCli(['schema', '--kind', kind]);
      assert.equal(r.code, 0, r.stderr);
      const schema = JSON.parse(r.stdout) as Record<string, unknown>;
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      const validate = ajv.compile(schema);
      const good: Record<string, unknown> = {
        messages: { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] },
        'count-tokens': { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'hi' }] },
        batch: { requests: [{ custom_id: 'a', params: { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] } }] },
      };
      assert.ok(validate(good[kind]), `${kind}: ${JSON.stringify(validate.errors)}`);
      assert.ok(!validate({ ...(good[kind] as object), nope: 1 }), `${kind} rejects unknown fields`);
    }
    const messages = JSON.parse(runCli(['schema']).stdout) as { $defs: Record<string, { properties?: Record<string, { description?: string }> }> };
    assert.match(messages.$defs.MessagesRequest!.properties!.max_tokens!.description!, /maximum number of tokens/);
  });

  it('2023-06-01 has the sampling fields; the GA endpoint has no beta fields', () => {
    const v2023 = JSON.parse(runCli(['schema', '--api-version', '2023-06-01']).stdout) as { $defs: Record<string, { properties: Record<string, unknown> }> };
    assert.ok('temperature' in v2023.$defs.MessagesRequest!.properties);
    const ga = JSON.parse(runCli(['schema', '--endpoint', 'ga']).stdout) as { $defs: Record<string, { properties: Record<string, unknown> }> };
    assert.ok(!('context_management' in ga.$defs.MessagesRequest!.properties));
    const beta = JSON.parse(runCli(['schema', '--endpoint', 'beta']).stdout) as { $defs: Record<string, { properties: Record<string, unknown> }> };
    assert.ok('context_management' in beta.$defs.MessagesRequest!.properties);
  });

  it('offers as model completions only the models served on the date', () => {
    const completions = (date: string): string[][] => {
      const r = runCli(['schema', '--endpoint', 'beta', '--date', date]);
      assert.equal(r.code, 0, r.stderr);
      const schema = JSON.parse(r.stdout) as { $defs: Record<string, { properties?: { model?: { examples?: string[] } } }> };
      return Object.values(schema.$defs).flatMap((def) => (def.properties?.model?.examples ? [def.properties.model.examples] : []));
    };
    const december = completions('2026-12-07');
    assert.ok(december.length >= 4, 'messages, count_tokens, batch params and fallbacks all name a model');
    for (const ids of december) {
      assert.ok(ids.includes('claude-opus-5-5') && ids.includes('claude-opus-4-5'));
      for (const retired of ['claude-sonnet-4-5', 'claude-mythos-preview', 'claude-3-5-sonnet-20241022']) assert.ok(!ids.includes(retired), retired);
    }
    const june = completions('2026-06-01');
    assert.ok(june[0]!.includes('claude-sonnet-4-5') && june[0]!.includes('claude-mythos-preview'), 'served in June');
    assert.ok(!june[0]!.includes('claude-opus-5-5'), 'not yet released in June');
  });

  it('bad arguments are usage errors', () => {
    assert.equal(runCli(['schema', '--date', '2026-13-01']).code, 2);
    assert.equal(runCli(['schema', '--kind', 'nope']).code, 2);
    assert.equal(runCli(['schema', '--endpoint', 'alpha']).code, 2);
  });
});

describe('lint-payloads schema: portable', () => {
  it("is accepted as is by Ajv's default strict mode, for every kind, version and endpoint (no x- keywords)", () => {
    for (const args of [[], ['--kind', 'count-tokens'], ['--kind', 'batch'], ['--api-version', '2023-06-01'], ['--endpoint', 'beta']]) {
      const r = runCli(['schema', ...args]);
      const schema = JSON.parse(r.stdout) as Record<string, unknown>;
      assert.doesNotThrow(() => new Ajv2020().compile(schema), args.join(' '));
      assert.doesNotMatch(r.stdout, /"x-[\w-]+":/);
      assert.match(String(schema.$comment), /@anthropic-ai\/sdk@\d+\.\d+\.\d+/, 'the SDK version it was generated from is still said');
    }
  });
});
