/** The package as users import it: its exports resolve (self-reference through package.json "exports"). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

describe('package exports', () => {
  it("'lint-payloads' exposes lintFiles, lintText, checkPayload and the rules", async () => {
    const api = (await import('lint-payloads')) as Record<string, unknown>;
    for (const name of ['lintFiles', 'lintText', 'checkPayload', 'unknownValue', 'markOpen']) assert.equal(typeof api[name], 'function', name);
    assert.ok(Array.isArray(api.RULES) && (api.RULES as unknown[]).length > 30);
  });

  it('lintText and checkPayload give the same finding', async () => {
    const { lintText, checkPayload } = (await import('lint-payloads')) as typeof import('../src/index.js');
    const body = { model: 'claude-sonnet-5-5', max_token: 5, messages: [{ role: 'user', content: 'x' }] };
    const result = await lintText(JSON.stringify(body, null, 2), 'request.json', { date: '2026-11-26', apiVersion: '2026-10-21' });
    const findings = checkPayload(body, { kind: 'messages', apiVersion: '2026-10-21', date: '2026-11-26', endpoint: 'any' });
    assert.deepEqual(result.messages.map((m) => [m.ruleId, m.pointer, m.message]), findings.map((f) => [f.ruleId, f.pointer, f.message]));
    assert.deepEqual([result.messages[0]!.line, result.messages[0]!.column], [3, 3]);
  });
});
