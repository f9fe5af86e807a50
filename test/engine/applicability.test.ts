/**
 * Rules declare where they apply (meta.kinds, meta.platforms, meta.sdks); the
 * engine skips them elsewhere, so rule bodies need no guards. And the JS/TS
 * source says which SDK made a call.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkPayload } from '../../src/engine/check-payload.js';
import { defineRule, type RequestContext } from '../../src/engine/rule.js';
import { PLATFORM_IDS } from '../../src/engine/platforms.js';
import { jsSource } from '../../src/sources/js/index.js';
import { RULES } from '../../rules/index.js';

const probe = defineRule<'hit'>({
  id: 'probe',
  meta: { type: 'problem', description: 'records where it runs', severity: 'error', recommended: false, messages: { hit: 'hit' }, kinds: ['messages'], platforms: ['anthropic', 'unknown'], sdks: ['typescript'], sources: ['test'] },
  checkRequest(context: RequestContext<'hit'>) {
    context.report({ messageId: 'hit', pointer: '' });
  },
});
const body = { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] };
const run = (options: Partial<Parameters<typeof checkPayload>[1]>): number =>
  checkPayload(body, { kind: 'messages', apiVersion: '2026-10-21', date: '2026-11-26', ruleSet: [probe], ...options }).length;

describe('rule applicability from meta', () => {
  it('runs where kind, platform and SDK all match', () => {
    assert.equal(run({ origin: 'sdk-call', sdk: 'typescript' }), 1);
    assert.equal(run({ origin: 'sdk-call', sdk: 'typescript', platform: 'anthropic' }), 1);
    assert.equal(run({ origin: 'sdk-call', sdk: 'typescript', kind: 'batch' }), 0, 'a batch body is not a messages body');
    assert.equal(checkPayload({ requests: [{ custom_id: 'a', params: body }] }, { kind: 'batch', apiVersion: '2026-10-21', date: '2026-11-26', ruleSet: [probe], origin: 'sdk-call', sdk: 'typescript' }).length, 1, "a batch's params are messages requests");
  });

  it('skips other kinds, platforms and SDKs', () => {
    assert.equal(run({ origin: 'sdk-call', sdk: 'typescript', kind: 'count-tokens' }), 0);
    assert.equal(run({ origin: 'sdk-call', sdk: 'typescript', platform: 'bedrock' }), 0);
    assert.equal(run({ origin: 'sdk-call', sdk: 'python' }), 0);
    assert.equal(run({ origin: 'request-file' }), 0);
    assert.equal(run({ origin: 'http-call', sdk: 'typescript' }), 0, 'a raw HTTP call has no SDK');
  });

  it('every platform a rule names is in the platform table', () => {
    for (const rule of RULES) for (const p of rule.meta.platforms ?? []) assert.ok(PLATFORM_IDS.includes(p), `${rule.id}: ${p}`);
  });

  it('no rule body opens with a kind guard that meta.kinds says', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = path.resolve(import.meta.dirname, '../../../rules');
    const guarded = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && /if \(context\.kind !== 'messages'\) return;/.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    assert.deepEqual(guarded, []);
  });
});

describe('the JS/TS source names the SDK of a call', () => {
  it("an SDK call is the TypeScript SDK's; a raw HTTP call has none", () => {
    const text = `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] });
await fetch('https://api.anthropic.com/v1/messages', { method: 'POST', body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] }) });
`;
    const { payloads } = jsSource.extract(text, 'src/a.ts', { explicit: true });
    assert.deepEqual(payloads.map((p) => [p.origin, p.sdk]), [['sdk-call', 'typescript'], ['http-call', undefined]]);
  });
});
