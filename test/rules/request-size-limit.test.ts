import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule, { BATCH_LIMIT, MESSAGES_LIMIT, sizeOver } from '../../rules/request-size-limit.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';
import { hasPlainStrings, markPlainStrings } from '../../src/engine/plain-strings.js';

const body = (text: string, extra: Record<string, unknown> = {}) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: [{ type: 'text', text }] }], ...extra });
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** A body of exactly `size` serialized bytes, padded with `fill` (one UTF-16 unit of `unitBytes` JSON bytes). */
function bodyOfSize(size: number, fill = 'A', unitBytes = 1): Record<string, unknown> {
  const overhead = bytes(body(''));
  const rest = size - overhead;
  const n = Math.floor(rest / unitBytes);
  return body(fill.repeat(n) + 'A'.repeat(rest - n * unitBytes));
}

describe('sizeOver: the exact serialized size near a limit', () => {
  const payloads: unknown[] = [
    body('plain'),
    body('quote " backslash \\ newline \n tab \t cr \r bell \u0007 nul \u0000'),
    body('é ü ß — € 漢字 🙂 👩‍👩‍👧'),
    body('lone surrogates \ud800 and \udc00'),
    { a: [1, 2.5, -3e-7, true, false, null], 'k"ey': { nested: ['x', { y: 'z' }] }, empty: {}, list: [] },
    { skipped: undefined, kept: 1, arr: [undefined, 1] },
  ];
  payloads.forEach((p, i) => {
    it(`payload #${i}`, () => {
      const exact = bytes(p);
      assert.equal(sizeOver(p, exact), undefined, 'at the limit is allowed');
      const over = sizeOver(p, exact - 1);
      assert.equal(over?.bytes, exact, 'one byte over the limit');
    });
  });
});

// The big bodies are built at run time and never committed.
const justUnder = bodyOfSize(MESSAGES_LIMIT);
const justOver = bodyOfSize(MESSAGES_LIMIT + 1);
const multibyteOver = bodyOfSize(MESSAGES_LIMIT + 3, 'é', 2); // 16M UTF-16 units, 32 MiB + 3 bytes of UTF-8
const multibyteUnder = bodyOfSize(MESSAGES_LIMIT, '漢', 3);
const hugeString = 'A'.repeat(MESSAGES_LIMIT + 1);

ruleTable(rule, {
  valid: [
    { name: 'a small body', payload: body('Hello') },
    { name: 'exactly 32 MiB', payload: justUnder },
    { name: 'exactly 32 MiB of 3-byte characters', payload: multibyteUnder },
    { name: 'over 32 MB but not fully known: an unknown value', payload: { ...body(hugeString), system: unknownValue() } },
    { name: 'over 32 MB but an open object', payload: markOpen(body(hugeString)) },
    { name: 'a batch params body is not measured alone', payload: { requests: [{ custom_id: 'a', params: body(hugeString) }] }, options: { kind: 'batch' } },
  ],
  invalid: [
    {
      name: 'one byte over 32 MiB',
      payload: justOver,
      errors: [{ messageId: 'tooLarge', pointer: '', data: { bytes: String(MESSAGES_LIMIT + 1), largest: 'messages[0].content[0].text' }, messageIncludes: '413 request_too_large "request exceeds the maximum allowed number of bytes"' }],
    },
    {
      name: 'many small blocks: the message says no single value is the culprit',
      payload: { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: Array.from({ length: 40_000 }, () => ({ type: 'text', text: 'x'.repeat(1000) })) }] },
      errors: [{ messageId: 'tooLarge', pointer: '', messageIncludes: 'Trim many values: no single one is large (the largest, messages[0].content[0].text, is about 1.0 KB).' }],
    },
    { name: 'over by multibyte characters (exact count)', payload: multibyteOver, errors: [{ messageId: 'tooLarge', pointer: '', data: { bytes: String(MESSAGES_LIMIT + 3) } }] },
    { name: 'count_tokens has the same limit', payload: { model: 'claude-sonnet-5-5', messages: body(hugeString).messages }, options: { kind: 'count-tokens' }, errors: [{ messageId: 'tooLarge', pointer: '', data: { endpoint: 'POST /v1/messages/count_tokens' } }] },
  ],
});

describe('request-size-limit on batches', () => {
  it('a batch over 256 MiB', async () => {
    const { run } = await import('../helpers/rule-table.js');
    const big = 'A'.repeat(40 * 1024 * 1024);
    // Seven requests of 40 MiB each: every params body is over 32 MiB, but only the batch limit applies.
    const payload = { requests: Array.from({ length: 7 }, (_, i) => ({ custom_id: `r${i}`, params: body(big) })) };
    const findings = run(rule, { payload, options: { kind: 'batch' } });
    assert.deepEqual(findings.map((f) => [f.messageId, f.pointer, f.data.endpoint]), [['tooLarge', '', 'POST /v1/messages/batches']]);
    assert.ok(bytes({ x: 1 }) > 0 && BATCH_LIMIT === 256 * 1024 * 1024);
  });
  it('a batch under 256 MiB with large requests', async () => {
    const { run } = await import('../helpers/rule-table.js');
    const payload = { requests: Array.from({ length: 2 }, (_, i) => ({ custom_id: `r${i}`, params: body('A'.repeat(40 * 1024 * 1024)) })) };
    assert.deepEqual(run(rule, { payload, options: { kind: 'batch' } }), []);
  });
});

describe('strings a source vouches for (src/engine/plain-strings.ts)', () => {
  it('a marked body of plain ASCII strings measures the same as when every string is scanned', () => {
    const plain = { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: [{ type: 'text', text: 'plain ASCII ~ with / and DEL \x7f' }] }], metadata: { user_id: 'u-1' } };
    const exact = bytes(plain);
    markPlainStrings(plain);
    assert.equal(hasPlainStrings(plain), true);
    assert.equal(sizeOver(plain, exact - 1)?.bytes, exact);
    assert.equal(sizeOver(plain, exact), undefined);
  });
});

describe('the bound a request file gives (src/engine/serialized-size.ts)', () => {
  // 1,530,000 × `1e20,` is 7.65 MB of text, under a third of 32 MiB; written compact, each number is 21 bytes (over 32 MiB).
  const fileWith = (number: string) =>
    `{"model":"claude-sonnet-5-5","max_tokens":1024,"messages":[{"role":"user","content":"hi"}],"tools":[{"name":"t","input_schema":{"type":"object","enum":[${Array(1_530_000).fill(number).join(',')}]}}]}`;
  it('numbers written with an exponent grow when serialized: the file is measured, and reported over 32 MiB', async () => {
    const { lintText } = await import('../../src/lint/lint-text.js');
    const text = fileWith('1e20');
    assert.ok(text.length * 3 < MESSAGES_LIMIT, 'the text alone is under a third of the limit');
    const result = await lintText(text, '/tmp/lint-payloads-size-bound/request.json', { date: '2026-11-26' });
    assert.deepEqual(
      result.messages.map((m) => [m.ruleId, m.pointer, m.line, m.column]),
      [['request-size-limit', '', 1, 1]],
    );
    assert.ok(result.messages[0]!.message.includes(`(${bytes(JSON.parse(text))} bytes)`), result.messages[0]!.message);
    // The same count of one-digit numbers stays far under.
    assert.deepEqual((await lintText(fileWith('1'), '/tmp/lint-payloads-size-bound/request.json', { date: '2026-11-26' })).messages, []);
  });
});
