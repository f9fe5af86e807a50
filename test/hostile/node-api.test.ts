/**
 * Issue 13 item 5: the Node API rejects what is not a JSON value, and options it
 * does not know, with a clear error (a cycle aborted V8 or hung, a sparse array
 * hung, a throwing getter or a Proxy escaped, an unknown apiVersion said
 * "Cannot find module").
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkPayload, lintText, lintFiles, unknownValue, markOpen, InvalidInputError } from '../../src/index.js';

const OPTIONS = { kind: 'messages', apiVersion: '2026-10-21', date: '2026-11-26', endpoint: 'any' } as const;
const body = (): Record<string, unknown> => ({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });

function rejects(payload: unknown, message: RegExp): void {
  assert.throws(() => checkPayload(payload, OPTIONS), (e: unknown) => e instanceof InvalidInputError && message.test(e.message));
}

describe('Node API input', () => {
  it('a cycle', () => {
    const b = body();
    (b.messages as Record<string, unknown>[])[0]!.content = b;
    rejects(b, /at \/messages\/0\/content refers back to an object that contains it \(a cycle\)/);
  });

  it('a shared (non-cyclic) object is fine', () => {
    const shared = { role: 'user', content: 'hi' };
    assert.deepEqual(checkPayload({ ...body(), messages: [shared, { role: 'assistant', content: 'ok' }, shared] }, OPTIONS), []);
  });

  it('a sparse array', () => {
    rejects({ ...body(), messages: new Array(1_000_000) }, /at \/messages is a sparse array/);
  });

  it('a throwing getter and a Proxy', () => {
    const b = body();
    Object.defineProperty(b, 'temperature', { enumerable: true, get: () => { throw new Error('boom'); } });
    rejects(b, /at \/temperature is a getter\/setter property/);
    rejects({ ...body(), metadata: new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }) }, /at \/metadata is a Proxy/);
  });

  it('functions, NaN, class instances, undefined array elements', () => {
    rejects({ ...body(), max_tokens: NaN }, /at \/max_tokens is NaN/);
    rejects({ ...body(), f: () => 1 }, /at \/f is a function/);
    rejects({ ...body(), when: new Date() }, /at \/when is a Date, not a plain object/);
    rejects({ ...body(), stop_sequences: [undefined] }, /at \/stop_sequences\/0 is undefined/);
    rejects(undefined, /its root is undefined/);
  });

  it('unknown values and open objects (partial payloads) are accepted', () => {
    assert.deepEqual(checkPayload({ ...body(), model: unknownValue(), metadata: markOpen({}) }, OPTIONS), []);
  });

  it('options: an unknown apiVersion, kind or date says so', async () => {
    // One error class for every wrong input: a wrong option is an InvalidInputError too.
    const says = (message: RegExp) => (e: unknown) => e instanceof InvalidInputError && message.test((e as Error).message);
    assert.throws(() => checkPayload(body(), { ...OPTIONS, apiVersion: '2025-01-01' as never }), says(/options\.apiVersion: expected one of "2023-06-01", "2026-10-21", "unknown", got "2025-01-01"/));
    assert.throws(() => checkPayload(body(), { ...OPTIONS, kind: 'chat' as never }), says(/options\.kind: expected one of/));
    assert.throws(() => checkPayload(body(), { ...OPTIONS, date: 'tomorrow' }), says(/options\.date: expected a date as YYYY-MM-DD/));
    assert.throws(() => checkPayload(body(), undefined as never), says(/options are required/));
    await assert.rejects(lintText('{}', 'a.json', { apiVersion: '2025-01-01' as never }), says(/options\.apiVersion: expected one of "2023-06-01", "2026-10-21", "auto"/));
    await assert.rejects(lintFiles(['x.json'], { apiVersion: '2025-01-01' as never }), says(/options\.apiVersion: expected one of/));
    await assert.rejects(lintText(undefined as never, 'a.json'), says(/lintText: expected the text as a string/));
  });
});
