import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanJson, LineIndex, JsonSyntaxError } from '../../src/sources/json/scanner.js';

describe('json scanner', () => {
  const text = '{\n  "a": [1, {"b~/c": "x"}],\n  "d": {}\n}';
  it('locates keys and values by pointer, escapes included', () => {
    const found = scanJson(text);
    const key = text.indexOf('"b~/c"');
    assert.deepEqual(found.get('/a/1/b~0~1c'), { key: { start: key, end: key + 6 }, value: { start: key + 8, end: key + 11 } });
    assert.deepEqual(found.get('/d')!.value, { start: text.indexOf('{}'), end: text.indexOf('{}') + 2 });
    assert.deepEqual(new LineIndex(text).position(key), { line: 2, column: 13 });
  });
  it('locates only what is asked (and their parents)', () => {
    const found = scanJson(text, new Set(['/a/0', '/a', '']));
    assert.deepEqual([...found.keys()].sort(), ['', '/a', '/a/0']);
  });
  it('reports syntax errors at the offending offset, agreeing with JSON.parse about validity', () => {
    const cases: [string, number][] = [['{"a":1,}', 7], ['{"a" 1}', 5], ['[1 2]', 3], ['{', 1], ['', 0], ['"\\x"', 2], ['{} x', 3], ['[1,]', 3], ['{"a":"\u0001"}', 6], ['01', 1]];
    for (const [bad, offset] of cases) {
      assert.throws(() => JSON.parse(bad));
      assert.throws(() => scanJson(bad), (e: unknown) => e instanceof JsonSyntaxError && e.offset === offset, bad);
    }
    for (const good of ['{"a":[1,2,{"b":null}],"c":true,"d":-1.5e3}', '"\\u00e9"', '[]', ' {} ']) {
      assert.doesNotThrow(() => JSON.parse(good));
      assert.doesNotThrow(() => scanJson(good), good);
    }
  });
  it('trusted mode (JSON.parse already accepted the text) locates exactly what the validating scan does', () => {
    const docs = [
      text,
      '{"a\\"b": "x\\\\", "c": ["\\"", "\\\\\\"q"], "d": {"e\\\\": 1}}',
      '{"messages":[{"role":"user","content":[{"type":"image","source":{"data":"' + 'A'.repeat(5000) + '"}}]}],"max_token":1}',
      '\r\n{"x": "line\\nbreak"}\r\n',
    ];
    for (const doc of docs) {
      assert.doesNotThrow(() => JSON.parse(doc), doc);
      assert.deepEqual(scanJson(doc, undefined, 0, doc.length, true), scanJson(doc), doc);
    }
    const span = 'xx {"k": "v\\"", "n": 2} yy';
    assert.deepEqual(scanJson(span, undefined, 3, span.length - 3, true), scanJson(span, undefined, 3, span.length - 3));
  });
  it('line index: the same lines with \n only, \r\n, or lone \r', () => {
    const lf = 'a\nbb\n\nccc';
    assert.deepEqual([1, 3, 5, 6, 8].map((o) => new LineIndex(lf).position(o)), [
      { line: 1, column: 2 }, { line: 2, column: 2 }, { line: 3, column: 1 }, { line: 4, column: 1 }, { line: 4, column: 3 },
    ]);
    assert.equal(new LineIndex(lf).lineCount, 4);
    assert.equal(new LineIndex(lf.replace(/\n/g, '\r\n')).lineCount, 4);
    assert.equal(new LineIndex(lf.replace(/\n/g, '\r')).lineCount, 4);
  });
  it('100,000 levels of nesting: no stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    assert.equal(scanJson(deep, new Set(['/0/0'])).get('/0/0')!.value.start, 2);
  });
  it('CRLF and CR line ends', () => {
    const lines = new LineIndex('a\r\nb\rc\nd');
    assert.deepEqual([lines.position(3), lines.position(5), lines.position(7)], [{ line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 }]);
  });
});
