/**
 * Bad input never crashes the run: each case gets a clear message for that file,
 * the other files are still checked, and the exit code is right.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CANNOT_RUN_AS_NOBODY, runCli, tempDirs, findingsOf } from '../helpers/cli.js';

const DATE = ['--date', '2026-11-26'];
const GOOD_BODY = { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hello' }] };
const GOOD = JSON.stringify(GOOD_BODY, null, 2) + '\n';
const BAD = '{\n  "model": "claude-sonnet-5-5",\n  "max_token": 1024,\n  "messages": [{ "role": "user", "content": "Hello" }]\n}\n';

const dir = tempDirs(after);

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number; column: number; fatal?: boolean; pointer?: string }[];
  errorCount: number;
}

function lint(d: string, args: string[]): { code: number | null; results: JsonResult[]; stderr: string } {
  const r = runCli([...args, '-f', 'json', ...DATE], { cwd: d });
  return { code: r.code, results: r.stdout ? (JSON.parse(r.stdout) as JsonResult[]) : [], stderr: r.stderr };
}

function messagesOf(results: JsonResult[], d: string, file: string): JsonResult['messages'] {
  return results.find((r) => r.filePath === path.join(d, file))?.messages ?? [];
}

describe('bad input', () => {
  it('a request written over several lines in a .jsonl file: one finding, the same from disk (named or walked) and from standard input', () => {
    const oneLine = JSON.stringify({ ...GOOD_BODY, messages: [{ role: 'user', content: '' }] });
    const d = dir({ 'pretty.jsonl': GOOD, 'mixed.jsonl': oneLine + '\n' + GOOD + oneLine + '\n' });
    const expected = (file: string, from: number) => ({ ruleId: null, line: from, column: 1, endLine: from + 9, endColumn: 2, fatal: true, message: `Lines ${from}–${from + 9}: One request body written over 10 lines; JSONL takes one request per line, so it was not checked. Write it on one line (jq -c), or name the file .json.`, file });
    const spread = (results: JsonResult[], file: string) =>
      messagesOf(results, d, file)
        .filter((m) => m.ruleId === null)
        .map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, endLine: (m as { endLine?: number }).endLine, endColumn: (m as { endColumn?: number }).endColumn, fatal: m.fatal, message: m.message, file }));
    for (const args of [['pretty.jsonl', 'mixed.jsonl'], ['.']]) {
      const run = lint(d, args);
      assert.equal(run.code, 1);
      assert.deepEqual(spread(run.results, 'pretty.jsonl'), [expected('pretty.jsonl', 1)]);
      assert.deepEqual(spread(run.results, 'mixed.jsonl'), [expected('mixed.jsonl', 2)]);
      // The lines around it are still checked.
      assert.deepEqual(findingsOf(JSON.stringify(run.results), d)['mixed.jsonl']!.filter((m) => m.ruleId !== null), [
        { ruleId: 'message-content-non-empty', line: 1, column: 85, pointer: '/messages/0/content' },
        { ruleId: 'message-content-non-empty', line: 12, column: 85, pointer: '/messages/0/content' },
      ]);
    }
    for (const file of ['pretty.jsonl', 'mixed.jsonl']) {
      const r = runCli(['--stdin', '--stdin-filename', file, '-f', 'json', ...DATE], { cwd: d, input: fs.readFileSync(path.join(d, file), 'utf8') });
      assert.deepEqual(spread(JSON.parse(r.stdout) as JsonResult[], file), [expected(file, file === 'pretty.jsonl' ? 1 : 2)]);
    }
  });

  it('empty file named explicitly: one message; found by walking: skipped', () => {
    const d = dir({ 'empty.json': '', 'good.json': GOOD });
    const named = lint(d, ['empty.json', 'good.json']);
    assert.equal(named.code, 1);
    assert.deepEqual(messagesOf(named.results, d, 'empty.json').map((m) => [m.line, m.column, m.fatal]), [[1, 1, true]]);
    assert.match(messagesOf(named.results, d, 'empty.json')[0]!.message, /empty/);
    assert.equal(lint(d, ['.']).code, 0);
  });

  it('a byte order mark is accepted, and positions are still right', () => {
    const d = dir({ 'bom.json': '\uFEFF' + BAD });
    assert.deepEqual(findingsOf(runCli(['bom.json', '-f', 'json', ...DATE], { cwd: d }).stdout, d), { 'bom.json': [{ ruleId: 'request-schema', line: 3, column: 3, pointer: '/max_token' }] });
  });

  it('invalid UTF-8: a message with the offset of the first bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('{"model": "claude-sonnet-5-5", "max_tokens": 5, "messages": [{"role": "user", "content": "'), Buffer.from([0xc3, 0x28]), Buffer.from('"}]}')]);
    const d = dir({ 'latin.json': bytes });
    const r = lint(d, ['latin.json']);
    assert.equal(r.code, 1);
    assert.match(messagesOf(r.results, d, 'latin.json')[0]!.message, /not valid UTF-8 \(first bad byte at offset 90\)/);
  });

  it('a U+FFFD written in the file is text, not a bad byte; a bad byte after one is still found at its offset', () => {
    // Files are read as text natively; a U+FFFD in that text sends the file through the byte-by-byte check.
    const written = BAD.replace('"Hello"', '"Hello \uFFFD"');
    const bad = Buffer.concat([Buffer.from('{"model": "claude-sonnet-5-5", "max_tokens": 5, "messages": [{"role": "user", "content": "\uFFFD'), Buffer.from([0xff]), Buffer.from('"}]}')]);
    const d = dir({ 'replacement.json': '\uFEFF' + written, 'bad-after.json': bad });
    assert.deepEqual(findingsOf(runCli(['.', '-f', 'json', ...DATE], { cwd: d }).stdout, d), { 'replacement.json': [{ ruleId: 'request-schema', line: 3, column: 3, pointer: '/max_token' }] });
    const r = lint(d, ['bad-after.json']);
    assert.equal(r.code, 1);
    assert.match(messagesOf(r.results, d, 'bad-after.json')[0]!.message, /not valid UTF-8 \(first bad byte at offset 93\)/);
  });

  it('a binary file with a .json name', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const d = dir({ 'image.json': png, 'good.json': GOOD });
    const r = lint(d, ['image.json', 'good.json']);
    assert.equal(r.code, 1);
    assert.match(messagesOf(r.results, d, 'image.json')[0]!.message, /binary file/);
    assert.equal(lint(d, ['.']).code, 0, 'walking skips it silently');
  });

  it('not valid JSON: one message at the parser position; other JSON that is not a request is skipped', () => {
    const d = dir({ 'broken.json': '{\n  "model": "claude-sonnet-5-5",\n  "messages": [1,]\n}\n', 'tsconfig.json': '{ // a comment\n}' });
    const r = lint(d, ['.']);
    assert.equal(r.code, 1);
    assert.deepEqual(messagesOf(r.results, d, 'broken.json').map((m) => [m.line, m.column, m.fatal]), [[3, 18, true]]);
    assert.deepEqual(messagesOf(r.results, d, 'tsconfig.json'), []);
  });

  it('a Python dict or a JS object pasted into a .json file is broken JSON, not "not a request"; standard input always counts', () => {
    const d = dir({
      'py.json': "{'model': 'claude-sonnet-5-5', 'max_tokens': 100, 'messages': []}\n",
      'bare.json': '{model: "claude-sonnet-5-5", max_tokens: 100}\n',
    });
    const r = lint(d, ['.']);
    assert.equal(r.code, 1);
    for (const file of ['py.json', 'bare.json']) {
      assert.deepEqual(messagesOf(r.results, d, file).map((m) => [m.line, m.column, m.fatal]), [[1, 2, true]], file);
    }
    const stdin = runCli(['--stdin', '-f', 'json', '--date', '2026-11-26'], { cwd: d, input: '{broken' });
    assert.equal(stdin.code, 1);
    assert.match((JSON.parse(stdin.stdout) as { messages: { message: string }[] }[])[0]!.messages[0]!.message, /not valid JSON/);
  });

  it('JSON of other shapes is not a request: a locale file, a Slack export, another provider’s chat body; --kind does not make a walked package.json one', () => {
    const d = dir({
      'locale.json': '{"messages": {"hello": "Hello"}}',
      'slack.json': '{"messages": [{"type": "message", "text": "hi", "user": "U1"}]}',
      'openai.json': '{"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]}',
      'package.json': '{"name": "app", "version": "1.0.0"}',
      'count.json': '{"model": "claude-sonnet-5-5", "messages": [{"role": "user", "content": "Hi"}]}',
    });
    assert.deepEqual(lint(d, ['.', '--kind', 'count-tokens']).results.filter((x) => x.messages.length).map((x) => path.basename(x.filePath)), []);
    const walked = lint(d, ['.']);
    assert.deepEqual(walked.results.filter((x) => x.messages.length).map((x) => path.basename(x.filePath)), ['count.json'], 'only the Claude body (missing max_tokens without --kind)');
  });

  it('a 100 MB request file: checked, with one finding for its size', () => {
    const big = { ...GOOD_BODY, messages: [{ role: 'user', content: 'x'.repeat(100 * 1024 * 1024) }] };
    const d = dir({ 'big.json': JSON.stringify(big) });
    const r = lint(d, ['big.json']);
    const messages = messagesOf(r.results, d, 'big.json');
    assert.ok(messages.every((m) => !m.fatal), JSON.stringify(messages).slice(0, 500));
    // The 32 MB request limit is a rule of its own; whatever it reports, the run completes.
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
  });

  it('100,000 levels of nesting: a clear message, no crash', () => {
    const deep = `{"model": "claude-sonnet-5-5", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}], "metadata": {"user_id": ${'['.repeat(100000)}${']'.repeat(100000)}}}`;
    const d = dir({ 'deep.json': deep, 'good.json': GOOD });
    const r = lint(d, ['deep.json', 'good.json']);
    assert.equal(r.code, 1, r.stderr);
    const messages = messagesOf(r.results, d, 'deep.json');
    assert.ok(messages.length >= 1, 'reported');
    assert.ok(!/internal error/i.test(r.stderr));
  });

  it('one broken JSONL line among good ones: that line is reported, the rest still checked', () => {
    const line = (body: object): string => JSON.stringify(body);
    const jsonl = [line(GOOD_BODY), '{"model": "claude-sonnet-5-5", "max_tokens": 5,', line({ ...GOOD_BODY, max_token: 5 }), ''].join('\n');
    const d = dir({ 'requests.jsonl': jsonl });
    const r = lint(d, ['requests.jsonl']);
    assert.equal(r.code, 1);
    assert.deepEqual(
      messagesOf(r.results, d, 'requests.jsonl').map((m) => [m.ruleId, m.line, m.pointer ?? null]),
      [
        [null, 2, null],
        ['request-schema', 3, '/max_token'],
      ],
    );
  });

  // As root the file is read anyway: the test then runs as "nobody", which must reach the checkout.
  it('an unreadable file: a message for it, the run goes on, exit 2', { skip: process.getuid?.() === 0 ? CANNOT_RUN_AS_NOBODY : false }, () => {
    const d = dir({ 'secret.json': GOOD, 'bad.json': BAD });
    fs.chmodSync(path.join(d, 'secret.json'), 0o000);
    fs.chmodSync(d, 0o755);
    // root reads anything: run as "nobody" then.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = runCli(['secret.json', 'bad.json', '-f', 'json', ...DATE], { cwd: d, ...asNobody });
    assert.equal(r.code, 2, r.stderr);
    const results = JSON.parse(r.stdout) as JsonResult[];
    assert.match(messagesOf(results, d, 'secret.json')[0]!.message, /Could not read the file: permission denied/);
    assert.equal(messagesOf(results, d, 'bad.json')[0]!.pointer, '/max_token');
  });

  it('a symlink loop: named → exit 2 with the reason; inside a walked folder → not followed', () => {
    const d = dir({ 'good.json': GOOD });
    fs.symlinkSync('b.json', path.join(d, 'a.json'));
    fs.symlinkSync('a.json', path.join(d, 'b.json'));
    fs.mkdirSync(path.join(d, 'sub'));
    fs.symlinkSync('..', path.join(d, 'sub', 'up'));
    const named = runCli(['a.json', 'good.json'], { cwd: d });
    assert.equal(named.code, 2);
    assert.match(named.stderr, /a\.json: too many levels of symbolic links/);
    const walked = runCli(['.', ...DATE], { cwd: d });
    assert.equal(walked.code, 0, walked.stderr + walked.stdout);
  });

  it('a path that does not exist', () => {
    const d = dir({});
    const r = runCli(['nope/'], { cwd: d });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\/: no such file or directory/);
  });

  it('__proto__ and constructor keys are data: reported as unknown fields, nothing polluted', () => {
    const text = '{\n  "model": "claude-sonnet-5-5",\n  "max_tokens": 5,\n  "messages": [{ "role": "user", "content": "x" }],\n  "__proto__": { "polluted": true },\n  "constructor": { "prototype": { "polluted": true } }\n}\n';
    const d = dir({ 'proto.json': text });
    const r = lint(d, ['proto.json']);
    assert.deepEqual(
      messagesOf(r.results, d, 'proto.json').map((m) => [m.ruleId, m.line, m.pointer]),
      [
        ['request-schema', 5, '/__proto__'],
        ['request-schema', 6, '/constructor'],
      ],
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
