/**
 * Pointer edits → text edits (src/fix/text-edits.ts), on JSON documents parsed by
 * @eslint/json's own parser, and the JS literal writer.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import json from '@eslint/json';
import type { Edit } from '../../src/engine/types.js';
import { applyTextEdits, jsLiteral, jsKey, toTextEdits } from '../../src/fix/text-edits.js';
import { jsonEditSource, reportLocation, resolvePointer, type MomoaDocument } from '../helpers/momoa-document.js';
import { unknownValue, markOpen } from '../../src/engine/partial.js';
import { jsonTextEditSource } from '../../src/sources/json/edit-source.js';

function parse(text: string): MomoaDocument {
  const language = json.languages!.json as unknown as { parse(file: { body: string; path: string }, context: object): { ok: boolean; ast: MomoaDocument } };
  const result = language.parse({ body: text, path: 'request.json' }, { languageOptions: {} });
  assert.ok(result.ok, 'fixture parses');
  return result.ast;
}

/**
 * Every JSON case runs through both views of the document: @eslint/json's AST
 * (the ESLint plugin) and the text walker of src/sources/json (the CLI's --fix).
 * They must agree edit for edit.
 */
function edit(text: string, edits: Edit[]): string | undefined {
  const viaAst = toTextEdits(edits, jsonEditSource(parse(text), text));
  const viaText = toTextEdits(edits, jsonTextEditSource(text, 0, text.length, JSON.parse(text)));
  assert.deepEqual(viaText, viaAst, 'the text walker and the AST give the same edits');
  return viaAst && applyTextEdits(text, viaAst);
}

const BODY = `{
  "model": "claude-sonnet-5-5",
  "max_tokens": 1024,
  "temprature": 0.5,
  "messages": [
    { "role": "system", "content": "Be brief." },
    { "role": "user", "content": "Hi" }
  ]
}`;

describe('fixes: JSON documents', () => {
  it('renames a key in place', () => {
    assert.equal(edit(BODY, [{ op: 'rename', pointer: '/temprature', key: 'temperature' }]), BODY.replace('"temprature"', '"temperature"'));
  });

  it('removes a middle member with its comma and line', () => {
    assert.equal(edit(BODY, [{ op: 'remove', pointer: '/temprature' }]), BODY.replace('  "temprature": 0.5,\n', ''));
  });

  it('removes the last member and the comma before it', () => {
    const text = '{\n  "a": 1,\n  "b": 2\n}';
    assert.equal(edit(text, [{ op: 'remove', pointer: '/b' }]), '{\n  "a": 1\n}');
    assert.deepEqual(JSON.parse(edit(text, [{ op: 'remove', pointer: '/b' }])!), { a: 1 });
  });

  it('removes the only member', () => {
    assert.equal(edit('{ "a": 1 }', [{ op: 'remove', pointer: '/a' }]), '{}');
  });

  it('removes the first array element', () => {
    const out = edit(BODY, [{ op: 'remove', pointer: '/messages/0' }])!;
    assert.deepEqual(JSON.parse(out).messages, [{ role: 'user', content: 'Hi' }]);
    assert.ok(out.includes('[\n    { "role": "user"'), out);
  });

  it('replaces a value', () => {
    assert.equal(edit(BODY, [{ op: 'replace', pointer: '/model', value: 'claude-opus-5-5' }]), BODY.replace('claude-sonnet-5-5', 'claude-opus-5-5'));
  });

  it('adds a member on its own line with the same indent', () => {
    const out = edit(BODY, [{ op: 'add', pointer: '/system', value: 'Be brief.' }])!;
    assert.ok(out.endsWith('  ],\n  "system": "Be brief."\n}'), out);
    assert.equal(JSON.parse(out).system, 'Be brief.');
  });

  it('adds into an empty object and on one line', () => {
    assert.equal(edit('{}', [{ op: 'add', pointer: '/a', value: [1] }]), '{"a": [1]}');
    assert.equal(edit('{"a": 1}', [{ op: 'add', pointer: '/b', value: { c: null } }]), '{"a": 1, "b": {"c":null}}');
  });

  it('add on an existing member replaces it', () => {
    assert.equal(edit('{"a": 1}', [{ op: 'add', pointer: '/a', value: 2 }]), '{"a": 2}');
  });

  it('adds array elements at an index and at the end', () => {
    assert.equal(edit('[1, 3]', [{ op: 'add', pointer: '/1', value: 2 }]), '[1, 2, 3]');
    assert.equal(edit('[1, 3]', [{ op: 'add', pointer: '/-', value: 4 }]), '[1, 3, 4]');
    assert.equal(edit('[1, 3]', [{ op: 'add', pointer: '/2', value: 4 }]), '[1, 3, 4]');
    assert.equal(edit('[1, 3]', [{ op: 'add', pointer: '/5', value: 4 }]), undefined);
  });

  it('moves a system message to the top-level system (two edits, one fix)', () => {
    const out = edit(BODY, [
      { op: 'remove', pointer: '/messages/0' },
      { op: 'add', pointer: '/system', value: 'Be brief.' },
    ])!;
    const body = JSON.parse(out);
    assert.equal(body.system, 'Be brief.');
    assert.deepEqual(body.messages, [{ role: 'user', content: 'Hi' }]);
  });

  it('drops the whole fix when one edit cannot be mapped', () => {
    assert.equal(edit(BODY, [{ op: 'remove', pointer: '/temprature' }, { op: 'remove', pointer: '/nope' }]), undefined);
    assert.equal(edit(BODY, [{ op: 'replace', pointer: '', value: {} }]), undefined);
  });

  it('drops overlapping edits', () => {
    assert.equal(edit(BODY, [{ op: 'remove', pointer: '/temprature' }, { op: 'rename', pointer: '/temprature', key: 'x' }]), undefined);
  });

  it('drops a value it cannot write (unknown or open)', () => {
    assert.equal(edit(BODY, [{ op: 'replace', pointer: '/model', value: unknownValue() }]), undefined);
    assert.equal(edit(BODY, [{ op: 'add', pointer: '/x', value: markOpen({}) }]), undefined);
  });

  it('resolves the last of duplicate keys, as JSON.parse does', () => {
    const doc = parse('{"a": 1, "a": 2}');
    const hit = resolvePointer(doc, '/a')!;
    assert.equal((hit.node as unknown as { value: number }).value, 2);
  });

  it('locates keys, values, and missing members at the opening brace', () => {
    const doc = parse(BODY);
    assert.deepEqual(reportLocation(doc, '/temprature', 'key').start, { line: 4, column: 3, offset: BODY.indexOf('"temprature"') });
    assert.equal(reportLocation(doc, '/messages/1/content', 'value').start.line, 7);
    const missing = reportLocation(doc, '/messages/1/nope', 'value');
    assert.deepEqual([missing.start.line, missing.start.column, missing.end.column], [7, 5, 6]);
  });
});

describe('fixes: JS literals', () => {
  it('writes identifier keys and keeps the quote style', () => {
    assert.equal(jsLiteral({ type: 'text', 'cache-control': null, n: [1, true] }, "'"), "{ type: 'text', \"cache-control\": null, n: [1, true] }");
    assert.equal(jsLiteral("it's \"x\"", "'"), "'it\\'s \"x\"'");
    assert.equal(jsLiteral("it's", '"'), '"it\'s"');
    assert.equal(jsLiteral({}), '{}');
  });

  it('never writes an unknown value', () => {
    assert.equal(jsLiteral({ a: unknownValue() }), undefined);
    assert.equal(jsLiteral(Number.NaN), undefined);
  });

  it('keeps __proto__ a member', () => {
    assert.equal(jsKey('__proto__'), '["__proto__"]');
    assert.equal(jsKey('max_tokens'), 'max_tokens');
    assert.equal(jsKey('a-b'), '"a-b"');
  });
});

describe('fixes: moved values keep their source text', () => {
  it('a multi-line content array moves as written', () => {
    const text = `{
  "model": "claude-haiku-4-5",
  "messages": [
    { "role": "system", "content": [
      { "type": "text", "text": "Be brief." }
    ] },
    { "role": "user", "content": "Hi" }
  ]
}`;
    const payload = JSON.parse(text);
    const edits: Edit[] = [
      { op: 'remove', pointer: '/messages/0' },
      { op: 'add', pointer: '/system', value: payload.messages[0].content },
    ];
    const out = toTextEdits(edits, jsonEditSource(parse(text), text, payload))!;
    const fixed = applyTextEdits(text, out);
    assert.ok(fixed.includes('"system": [\n      { "type": "text", "text": "Be brief." }\n    ]'), fixed);
    assert.deepEqual(JSON.parse(fixed).system, [{ type: 'text', text: 'Be brief.' }]);
  });

  it('without a matching removal, the value is written fresh', () => {
    const text = '{"a": {"b": 1}}';
    const out = toTextEdits([{ op: 'add', pointer: '/c', value: { b: 1 } }], jsonEditSource(parse(text), text, JSON.parse(text)))!;
    assert.equal(applyTextEdits(text, out), '{"a": {"b": 1}, "c": {"b":1}}');
  });
});

describe('fixes: the JSON text walker (src/sources/json/edit-source.ts)', () => {
  function pointers(value: unknown, base = ''): string[] {
    if (value === null || typeof value !== 'object') return [base];
    const children = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    return [base, ...children.flatMap(([k, v]) => pointers(v, `${base}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
  }
  const docs = [
    BODY,
    '{"a":[1,[2,[3]],{"b\\"c":"x\\\\"}],"d/e~f":{"g":[]},"h":-1.5e3,"i":true,"j":null}',
    '[ {"k": "v, ]}"} , [ ] , "s" ]',
    '\n\t{\r\n  "x" : { } \r\n}\n',
  ];
  it('finds every member and container where @eslint/json does', () => {
    for (const doc of docs) {
      const ast = jsonEditSource(parse(doc), doc);
      const text = jsonTextEditSource(doc, 0, doc.length, JSON.parse(doc));
      for (const p of pointers(JSON.parse(doc))) {
        assert.deepEqual(text.member(p), ast.member(p), `member ${p} in ${doc}`);
        assert.deepEqual(text.container(p), ast.container(p), `container ${p} in ${doc}`);
      }
      assert.equal(text.member('/nope'), undefined);
      assert.equal(text.container('/0/nope/1'), undefined);
    }
  });
  it('a span of a larger text (a JSONL line) gives offsets into the whole text', () => {
    const line = '{"model":"m","top_k":5,"max_tokens":1}';
    const file = `{"first":1}\n${line}\n`;
    const from = file.indexOf(line);
    const source = jsonTextEditSource(file, from, from + line.length, JSON.parse(line));
    const edits = toTextEdits([{ op: 'remove', pointer: '/top_k' }], source);
    assert.equal(applyTextEdits(file, edits!), `{"first":1}\n{"model":"m","max_tokens":1}\n`);
  });
  it('JSON.parse keeps the last of duplicate keys, and so does the walker', () => {
    const doc = '{"a": 1, "a": 2}';
    assert.deepEqual(jsonTextEditSource(doc, 0, doc.length, JSON.parse(doc)).member('/a')!.valueRange, [14, 15]);
  });
});
