/**
 * `--cache` end to end with the real binary. A hit is proven by marking the
 * stored result (a cached result is shown as stored, a fresh one is not), so
 * every test can fail if the cache is skipped or wrongly reused.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { CANNOT_RUN_AS_NOBODY, runCli, tempDirs } from '../helpers/cli.js';

const BAD = `{
  "model": "claude-sonnet-5-5",
  "max_token": 1024,
  "messages": [{ "role": "user", "content": "Hello" }]
}
`;
const GOOD = JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hello' }] }, null, 2) + '\n';
const DATE = ['--date', '2026-11-26'];
const MARK = 'MARKED IN THE CACHE';

const dir = tempDirs(after);

interface StoredCache {
  fingerprint: string;
  entries: Record<string, { key: string; result: { messages: { message: string }[] } }>;
}

/** Marks every stored message, so that a result served from the cache is recognisable. */
function markCache(file: string): void {
  const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as StoredCache;
  for (const entry of Object.values(cache.entries)) for (const m of entry.result.messages) m.message = MARK;
  fs.writeFileSync(file, JSON.stringify(cache));
}

function messagesOf(stdout: string): string[] {
  return (JSON.parse(stdout) as { messages: { message: string }[] }[]).flatMap((r) => r.messages.map((m) => m.message));
}

function lint(cwd: string, ...extra: string[]) {
  return runCli(['.', '-f', 'json', ...DATE, '--cache', ...extra], { cwd });
}

describe('cli: --cache', () => {
  it('a second run serves unchanged files from .lintpayloadscache, with the same output and exit code', () => {
    const d = dir({ 'bad.json': BAD, 'good.json': GOOD });
    const plain = runCli(['.', '-f', 'json', ...DATE], { cwd: d });
    const first = lint(d);
    assert.equal(first.code, 1);
    assert.equal(first.stdout, plain.stdout);
    assert.ok(fs.existsSync(path.join(d, '.lintpayloadscache')));
    const second = lint(d);
    assert.equal(second.code, 1);
    assert.equal(second.stdout, plain.stdout);
    markCache(path.join(d, '.lintpayloadscache'));
    assert.deepEqual(messagesOf(lint(d).stdout), [MARK]);
  });

  it('a changed file is checked again; the others still come from the cache', () => {
    const d = dir({ 'a.json': BAD, 'b.json': BAD });
    lint(d);
    markCache(path.join(d, '.lintpayloadscache'));
    fs.writeFileSync(path.join(d, 'b.json'), BAD.replace('"Hello"', '"Hello again"'));
    const messages = messagesOf(lint(d).stdout);
    assert.equal(messages.length, 2);
    assert.equal(messages[0], MARK);
    assert.match(messages[1]!, /max_token/);
  });

  it('other settings, another day or another manifest version drop the cached results', () => {
    const d = dir({ 'bad.json': BAD });
    const cacheFile = path.join(d, '.lintpayloadscache');
    lint(d);
    for (const change of [['--rule', 'request-schema:warn'], ['--date', '2026-11-27'], ['--api-version', '2023-06-01'], ['--kind', 'messages']]) {
      markCache(cacheFile);
      const messages = messagesOf(runCli(['.', '-f', 'json', ...DATE, '--cache', ...change], { cwd: d }).stdout);
      assert.ok(!messages.includes(MARK), `cache reused despite ${change.join(' ')}`);
    }
    // Under auto, the nearest package.json decides the version: a new SDK range is a new result.
    lint(d);
    markCache(cacheFile);
    fs.writeFileSync(path.join(d, 'package.json'), JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^0.60.0' } }));
    assert.ok(!messagesOf(lint(d).stdout).includes(MARK));
  });

  it('a source file: a new Bedrock SDK major in the manifest drops its cached result (calls on its clients follow it)', () => {
    const code = "import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nconst c = new AnthropicBedrock();\nexport const f = (q: string) => c.messages.create({ model: 'claude-sonnet-4-6', max_tokens: 64, temperature: 0.3, messages: [{ role: 'user', content: q }] });\n";
    const d = dir({ 'app.ts': code, 'package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^1.13.0', '@anthropic-ai/bedrock-sdk': '^0.36.0' } }) });
    const cacheFile = path.join(d, '.lintpayloadscache');
    assert.deepEqual(messagesOf(lint(d).stdout), [], 'bedrock-sdk 0.x sends the 2023 version: temperature is allowed');
    markCache(cacheFile);
    fs.writeFileSync(path.join(d, 'package.json'), JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^1.13.0', '@anthropic-ai/bedrock-sdk': '^1.1.3' } }));
    const messages = messagesOf(lint(d).stdout);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /"temperature" was removed in API version 2026-10-21/);
  });

  it('--cache-strategy metadata: size and modification time decide, without reading unchanged files', () => {
    const d = dir({ 'bad.json': BAD });
    const cacheFile = path.join(d, '.lintpayloadscache');
    lint(d, '--cache-strategy', 'metadata');
    markCache(cacheFile);
    assert.deepEqual(messagesOf(lint(d, '--cache-strategy', 'metadata').stdout), [MARK]);
    // Same content, new modification time: checked again under metadata.
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(d, 'bad.json'), later, later);
    assert.match(messagesOf(lint(d, '--cache-strategy', 'metadata').stdout)[0]!, /max_token/);
    // ...but not under content, where only the bytes count (the cache of the other strategy is not reused).
    lint(d);
    markCache(cacheFile);
    const again = new Date(Date.now() + 120_000);
    fs.utimesSync(path.join(d, 'bad.json'), again, again);
    assert.deepEqual(messagesOf(lint(d).stdout), [MARK]);
  });

  it('--cache-location: a file, or a folder that holds .lintpayloadscache', () => {
    const d = dir({ 'bad.json': BAD, 'cache-dir/.keep': '' });
    lint(d, '--cache-location', 'my-cache.json');
    assert.ok(fs.existsSync(path.join(d, 'my-cache.json')));
    lint(d, '--cache-location', 'cache-dir');
    assert.ok(fs.existsSync(path.join(d, 'cache-dir/.lintpayloadscache')));
    lint(d, '--cache-location', 'new-dir/');
    assert.ok(fs.existsSync(path.join(d, 'new-dir/.lintpayloadscache')));
    assert.ok(!fs.existsSync(path.join(d, '.lintpayloadscache')));
  });

  it('a corrupt cache file is replaced, not an error', () => {
    const d = dir({ 'bad.json': BAD, '.lintpayloadscache': '{"fingerprint": nope' });
    const r = lint(d);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.match(messagesOf(r.stdout)[0]!, /max_token/);
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(d, '.lintpayloadscache'), 'utf8')));
  });

  it('a run over some files keeps the entries of the others; a deleted file drops out', () => {
    const d = dir({ 'a.json': BAD, 'b.json': BAD });
    lint(d);
    runCli(['a.json', '-f', 'json', ...DATE, '--cache'], { cwd: d });
    const cacheFile = path.join(d, '.lintpayloadscache');
    const entries = () => Object.keys((JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as StoredCache).entries).map((f) => path.basename(f)).sort();
    assert.deepEqual(entries(), ['a.json', 'b.json']);
    fs.rmSync(path.join(d, 'b.json'));
    fs.writeFileSync(path.join(d, 'a.json'), GOOD);
    runCli(['a.json', '-f', 'json', ...DATE, '--cache'], { cwd: d });
    assert.deepEqual(entries(), ['a.json']);
  });

  it('unreadable files are not cached: they are reported again on the next run', { skip: CANNOT_RUN_AS_NOBODY }, () => {
    const d = dir({ 'locked.json': BAD });
    fs.chmodSync(path.join(d, 'locked.json'), 0o000);
    fs.chmodSync(d, 0o777);
    for (let i = 0; i < 2; i++) {
      const r = runCli(['locked.json', '-f', 'json', ...DATE, '--cache', '--cache-location', path.join(d, 'c')], { cwd: d, uid: 65534 });
      assert.equal(r.code, 2);
      assert.match(messagesOf(r.stdout)[0]!, /permission denied/);
    }
  });

  it('a cache that cannot be written is a warning: the report and the exit code stay', { skip: CANNOT_RUN_AS_NOBODY }, () => {
    const d = dir({ 'bad.json': BAD });
    fs.chmodSync(path.join(d, 'bad.json'), 0o644);
    fs.chmodSync(d, 0o555);
    const r = runCli(['bad.json', '-f', 'json', ...DATE, '--cache'], { cwd: d, uid: 65534 });
    assert.equal(r.code, 1, r.stderr);
    assert.match(messagesOf(r.stdout)[0]!, /max_token/);
    assert.match(r.stderr, /warning: the cache was not written to .*\.lintpayloadscache: EACCES/);
    assert.deepEqual(fs.readdirSync(d), ['bad.json'], 'no temporary file left behind');
  });

  it('a FIFO or a device as the cache location is neither read (no hang) nor replaced', () => {
    const d = dir({ 'bad.json': BAD });
    const fifo = path.join(d, 'cache.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = runCli(['bad.json', '-f', 'json', ...DATE, '--cache', '--cache-location', fifo], { cwd: d });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /the cache was not written to .*cache\.fifo: it is not a regular file/);
    assert.ok(fs.statSync(fifo).isFIFO());
  });

  it('a symbolic link as the cache location is never followed: its target is untouched, a warning says why', () => {
    const d = dir({ 'bad.json': BAD, 'store/real-cache': 'precious' });
    fs.symlinkSync(path.join(d, 'store/real-cache'), path.join(d, 'link-cache'));
    const r = runCli(['bad.json', '--cache', '--cache-location', 'link-cache', '-f', 'json', ...DATE], { cwd: d });
    assert.equal(r.code, 1);
    assert.ok(fs.lstatSync(path.join(d, 'link-cache')).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(d, 'store/real-cache'), 'utf8'), 'precious');
    assert.match(r.stderr, /the cache was not written to .*link-cache: it is a symbolic link/);
  });

  it('usage errors: an unknown strategy, cache options without --cache', () => {
    const d = dir({ 'bad.json': BAD });
    const wrong = runCli(['.', '--cache', '--cache-strategy', 'mtime'], { cwd: d });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--cache-strategy: expected content or metadata, got "mtime"/);
    const orphan = runCli(['.', '--cache-location', 'x'], { cwd: d });
    assert.equal(orphan.code, 2);
    assert.match(orphan.stderr, /add --cache/);
    assert.ok(!fs.existsSync(path.join(d, 'x')));
  });
});
