/**
 * A JSONL file from disk is checked a window of whole lines at a time
 * (lintJsonlFile), so a 256 MB batch file is never held whole. Its results must
 * be those of the whole text (lintText): the same messages, lines, columns,
 * pointers and fix ranges, whatever the window size; what spans the batch (a
 * custom_id repeated several windows later) is located in the right line.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintJsonlFile, lintText } from '../../src/lint/lint-text.js';

const DATE = '2026-11-26';
const params = (extra: Record<string, unknown> = {}) => ({ model: 'claude-haiku-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }], ...extra });
const line = (value: unknown) => JSON.stringify(value);

// Batch lines with repeats far apart, a broken line, a body line, a line that is neither, unicode, an envelope mistake, and a key literal.
const LINES = [
  line({ custom_id: 'a', params: params() }),
  line({ custom_id: 'b', params: params({ temperature: 0.5, max_token: 3 }) }),
  '{"custom_id": "a", "params": {"model": "claude-3-sonnet", "max_tokens": "5", "messages": []}}',
  '{broken',
  line({ custom_id: 'bad id!', params: params(), extra: 1 }),
  line({ custom_id: 'a-2', params: params() }),
  '',
  line({ hello: 'world' }),
  line(params({ model: 'claude-opus-4.6' })),
  line({ custom_id: 'b', params: params({ stop: ['x'], metadata: { user_id: 'sk-ant-api03-' + 'x'.repeat(40) } }) }),
  line({ custom_id: 'é', params: params({ messages: [{ role: 'user', content: 'ünïcode ✓ 😀' }] }) }),
  line({ custom_id: 'a', params: params() }),
];

const FILES: Record<string, string> = {
  'mixed.jsonl': LINES.join('\n') + '\n',
  'crlf-bom.jsonl': '\ufeff' + LINES.join('\r\n'),
  'lone-cr.jsonl': LINES.slice(0, 5).join('\n') + '\r' + LINES.slice(5).join('\n'),
  'batch.jsonl': LINES.filter((l) => l.includes('custom_id')).join('\n') + '\n',
};

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-jsonl-stream-'));
  for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, name), text);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('JSONL files read in windows', () => {
  for (const name of Object.keys(FILES)) {
    it(`${name}: the same result as the whole text, for any window size`, async () => {
      const file = path.join(dir, name);
      const whole = await lintText(new TextDecoder().decode(fs.readFileSync(file)), file, { date: DATE });
      assert.ok(whole.messages.length > 5);
      for (const chunk of [7, 64, 300, 1 << 20]) {
        const streamed = await lintJsonlFile(file, { date: DATE }, chunk);
        assert.deepEqual(streamed, whole, `window of ${chunk} bytes`);
      }
    });
  }

  it('a custom_id repeated windows later is reported on its own line, naming the first', async () => {
    const file = path.join(dir, 'batch.jsonl');
    // 7-byte reads: every line is a window of its own.
    const result = (await lintJsonlFile(file, { date: DATE }, 7))!;
    const repeats = result.messages.filter((m) => m.ruleId === 'batch-custom-id-unique');
    assert.deepEqual(
      repeats.map((m) => ({ line: m.line, column: m.column, pointer: m.pointer, suggestion: m.suggestions?.[0]?.fix.text })),
      [
        { line: 3, column: 15, pointer: '/custom_id', suggestion: '"a-3"' },
        { line: 6, column: 14, pointer: '/custom_id', suggestion: '"b-5"' },
        { line: 8, column: 14, pointer: '/custom_id', suggestion: '"a-7"' },
      ],
    );
    assert.match(repeats[0]!.message, /the request on line 1/);
  });

  it('lone CR line ends: a message names the line it is located on, as editors number it (a lone CR ends a line there)', async () => {
    const file = path.join(dir, 'cr-lines.jsonl');
    // A request spread over two editor lines by a lone CR (JSON whitespace), two requests with one id, a broken line.
    fs.writeFileSync(file, '{"custom_id": "x",\r"params": ' + line(params()) + '}\n' + line({ custom_id: 'a', params: params() }) + '\n' + line({ custom_id: 'a', params: params() }) + '\n{oops\n');
    const expected = [
      { ruleId: 'batch-custom-id-unique', line: 4, column: 14, pointer: '/custom_id', named: 'the request on line 3' },
      { ruleId: null, line: 5, column: 2, pointer: undefined, named: 'Line 5:' },
    ];
    const whole = await lintText(fs.readFileSync(file, 'utf8'), file, { date: DATE });
    for (const result of [whole, (await lintJsonlFile(file, { date: DATE }, 7))!, (await lintJsonlFile(file, { date: DATE }))!]) {
      assert.deepEqual(
        result.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, pointer: m.pointer, named: /Line \d+:|the request on line \d+/.exec(m.message)?.[0] })),
        expected,
      );
    }
    // Every line ended by a lone CR: JSON Lines reads one line holding three values, reported where the second starts.
    const cr = path.join(dir, 'cr-only.jsonl');
    fs.writeFileSync(cr, [line(params()), line(params()), line(params())].join('\r') + '\r');
    const [broken, ...rest] = (await lintJsonlFile(cr, { date: DATE }))!.messages;
    assert.deepEqual(rest, []);
    assert.deepEqual({ ruleId: broken!.ruleId, line: broken!.line, column: broken!.column }, { ruleId: null, line: 2, column: 1 });
    assert.match(broken!.message, /^Line 2: Unexpected non-whitespace character after JSON/);
  });

  it('a request written over several lines is one finding; cut by a window, the file is left to the whole-file path', async () => {
    const file = path.join(dir, 'pretty.jsonl');
    fs.writeFileSync(file, line(params()) + '\n' + JSON.stringify(params(), null, 2) + '\n' + line(params()) + '\n');
    const whole = await lintText(fs.readFileSync(file, 'utf8'), file, { date: DATE });
    assert.deepEqual(
      whole.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn })),
      [{ ruleId: null, line: 2, column: 1, endLine: 11, endColumn: 2 }],
    );
    assert.match(whole.messages[0]!.message, /^Lines 2–11: One request body written over 10 lines; JSONL takes one request per line/);
    assert.deepEqual(await lintJsonlFile(file, { date: DATE }), whole);
    assert.equal(await lintJsonlFile(file, { date: DATE }, 64), undefined);
    // A value still open at the file's end is a broken line, read in windows like any other.
    const truncated = path.join(dir, 'truncated.jsonl');
    fs.writeFileSync(truncated, line(params()) + '\n' + line(params()).slice(0, 30) + '\n');
    const streamed = await lintJsonlFile(truncated, { date: DATE }, 64);
    assert.deepEqual(streamed, await lintText(fs.readFileSync(truncated, 'utf8'), truncated, { date: DATE }));
    const [broken, ...rest] = streamed!.messages;
    assert.deepEqual(rest, []);
    assert.deepEqual({ ruleId: broken!.ruleId, line: broken!.line, column: broken!.column }, { ruleId: null, line: 2, column: 31 });
    assert.match(broken!.message, /^Line 2: /);
    // Standard input (a declared request) gives the same finding.
    assert.deepEqual((await lintText(fs.readFileSync(file, 'utf8'), file, { date: DATE, declaredRequest: true })).messages, whole.messages);
  });

  it('a file that is not UTF-8 is left to the whole-file path, which says where it breaks', async () => {
    const file = path.join(dir, 'latin1.jsonl');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(LINES[0]! + '\n'), Buffer.from([0xe9, 0x0a])]));
    assert.equal(await lintJsonlFile(file, { date: DATE }), undefined);
  });
});
