/**
 * Issue 13 items 6, 8, 9: no secret in anything the CLI writes; the cache is
 * never written through a symbolic link; a corrupted cache entry is a miss.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, tempDirs } from '../helpers/cli.js';
import { redactSecrets } from '../../src/engine/redact.js';

const dir = tempDirs(after);
const DATE = ['--date', '2026-11-26'];
// Built at run time so that no scanner finds a key in this repository.
const ANTHROPIC = ['sk', 'ant', 'api03', 'Zx9'.repeat(12)].join('-');
const OPENAI = ['sk', 'proj', 'Qw7'.repeat(12)].join('-');
const AWS = 'AKIA' + 'QWERTYUIOP123456';
const GITHUB = 'ghp_' + 'aB3'.repeat(12);
const GOOGLE = 'AIza' + 'Sy_0123456789abcdefghijklmnopqrstuv'.slice(0, 35);
const SECRETS = [ANTHROPIC, OPENAI, AWS, GITHUB, GOOGLE];

function bodyWithKeys(): string {
  // Keys as field names (pointers), a field whose value is fixable, and a model id holding a key.
  const body: Record<string, unknown> = { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], temperature: 0.5, top_p: 0.5 };
  for (const k of SECRETS) body[k] = 1;
  body.metadata = { [ANTHROPIC]: OPENAI };
  return JSON.stringify(body, null, 2) + '\n';
}

describe('secrets never leave the process', () => {
  it('redactSecrets keeps only the prefix of every provider key', () => {
    assert.equal(redactSecrets(`a ${OPENAI} b`), 'a sk-proj-… b');
    assert.equal(redactSecrets(`"${AWS}"`), '"AKIA…"');
    assert.equal(redactSecrets(`/${GITHUB}/x`), '/ghp_…/x');
    assert.equal(redactSecrets(GOOGLE), 'AIza…');
    assert.equal(redactSecrets(ANTHROPIC), 'sk-ant-api03-…');
    // Right after an escape in a JSON string or an escaped report line (found by the fuzz suite).
    assert.equal(redactSecrets(`"x\\n${AWS}\\u001b${OPENAI}"`), '"x\\nAKIA…\\u001bsk-proj-…"');
    // Ordinary words with the same letters stay.
    assert.equal(redactSecrets('task-management-and-other-things-here'), 'task-management-and-other-things-here');
  });

  it('redactSecrets answers as one global replacement over the whole text would, only faster', () => {
    // The oracle: the same pattern as a global regex tried at every position.
    const start = (word: string): string => `(?:(?<!${word})|(?<=\\\\[nrtbf])|(?<=\\\\u[0-9A-Fa-f]{4}))`;
    const everywhere = new RegExp(
      [
        `${start('[A-Za-z0-9_-]')}(sk-(?!ant-)(?:[a-z]+-)?)[A-Za-z0-9_-]{20,}`,
        `${start('[A-Za-z0-9]')}(AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])`,
        `${start('[A-Za-z0-9_]')}(gh[pousr]_|github_pat_)[A-Za-z0-9_]{22,}`,
        `${start('[A-Za-z0-9_-]')}(AIza)[0-9A-Za-z_-]{35}`,
      ].join('|'),
      'g',
    );
    const oracle = (text: string): string =>
      text
        .replace(/sk-ant-(?:[a-z]+\d*-)?[A-Za-z0-9_-]{8,}/g, (key) => {
          const m = /^sk-ant-(?:[a-z]+\d*-)?/.exec(key);
          return m && m[0] === key ? key : `${m ? m[0] : 'sk-ant-'}…`;
        })
        .replace(everywhere, (_key, ...groups: unknown[]) => `${groups.slice(0, 4).find((g) => typeof g === 'string') as string}…`);
    // Keys, near misses and prefixes inside prefixes (AKIASIA…, sk-sk-…), glued by word and escape characters.
    const pieces = [...SECRETS, 'AKIA', 'ASIA', 'AKIASIA' + 'Q'.repeat(16), 'sk-', 'sk-sk-' + 'a'.repeat(24), 'ghp_', 'github_pat_' + 'x'.repeat(22), 'AIza', 'Q7', '-', '_', 'a', ' ', '\\n', '\\u001b', '"', 'sk-ant-api03-…', 'task-'];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let j = next(12); j >= 0; j--) text += pieces[next(pieces.length)];
      assert.equal(redactSecrets(text), oracle(text), JSON.stringify(text));
    }
  });

  for (const format of ['stylish', 'json', 'sarif', 'github']) {
    for (const fix of [[], ['--fix-dry-run']]) {
      it(`${format}${fix.length ? ' with --fix-dry-run' : ''}: no key in stdout, stderr or the cache`, () => {
        const d = dir({ 'keys.json': bodyWithKeys() });
        const r = runCli(['keys.json', '-f', format, ...fix, '--cache', ...DATE], { cwd: d });
        assert.equal(r.code, 1, r.stderr);
        const cache = fs.readFileSync(path.join(d, '.lintpayloadscache'), 'utf8');
        for (const secret of SECRETS) {
          for (const [name, text] of [['stdout', r.stdout], ['stderr', r.stderr], ['cache', cache]] as const) {
            assert.ok(!text.includes(secret), `${name} holds ${secret.slice(0, 8)}…`);
          }
        }
        assert.match(r.stdout, /sk-ant-api03-…/);
      });
    }
  }

  it('an output file and a config error are redacted too', () => {
    const d = dir({ 'keys.json': bodyWithKeys(), 'lint-payloads.config.json': JSON.stringify({ [OPENAI]: 1 }) });
    const bad = runCli(['keys.json'], { cwd: d });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown key "sk-proj-…"/);
    fs.rmSync(path.join(d, 'lint-payloads.config.json'));
    runCli(['keys.json', '-f', 'json', '-o', 'report.json', ...DATE], { cwd: d });
    const report = fs.readFileSync(path.join(d, 'report.json'), 'utf8');
    for (const secret of SECRETS) assert.ok(!report.includes(secret));
  });
});

describe('the cache file', () => {
  const BAD = '{\n  "model": "claude-sonnet-5-5",\n  "max_token": 10,\n  "messages": [{ "role": "user", "content": "hi" }]\n}\n';

  it('a symbolic link at the cache location is not followed, neither is a link at its temporary name', () => {
    const d = dir({ 'bad.json': BAD, 'home/somefile': 'my notes\n' });
    fs.symlinkSync(path.join(d, 'home/somefile'), path.join(d, '.lintpayloadscache'));
    const r = runCli(['bad.json', '--cache', '-f', 'json', ...DATE], { cwd: d });
    assert.equal(r.code, 1);
    assert.equal(fs.readFileSync(path.join(d, 'home/somefile'), 'utf8'), 'my notes\n');
    assert.ok(fs.lstatSync(path.join(d, '.lintpayloadscache')).isSymbolicLink());
  });

  for (const [what, corrupt] of [
    ['messages: null', (e: Record<string, unknown>) => (e.messages = null)],
    ['errorCount: "NaN"', (e: Record<string, unknown>) => (e.errorCount = 'NaN')],
    ['a message without a line', (e: Record<string, unknown>) => delete (e.messages as Record<string, unknown>[])[0]!.line],
    ['counts that disagree with the messages', (e: Record<string, unknown>) => (e.errorCount = 0)],
  ] as const) {
    it(`a cached entry with ${what} is a miss: the file is checked again`, () => {
      const d = dir({ 'bad.json': BAD });
      const first = runCli(['bad.json', '--cache', '-f', 'json', ...DATE], { cwd: d });
      assert.equal(first.code, 1);
      const file = path.join(d, '.lintpayloadscache');
      const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: Record<string, { result: Record<string, unknown> }> };
      for (const entry of Object.values(cache.entries)) corrupt(entry.result);
      fs.writeFileSync(file, JSON.stringify(cache));
      const again = runCli(['bad.json', '--cache', '-f', 'json', ...DATE], { cwd: d });
      assert.equal(again.code, 1, again.stderr);
      assert.equal(again.stderr, '');
      const results = JSON.parse(again.stdout) as { errorCount: number; messages: { ruleId: string; line: number; column: number }[] }[];
      assert.deepEqual(results[0]!.messages.map((m) => [m.ruleId, m.line, m.column]), [['request-schema', 3, 3]]);
      assert.equal(results[0]!.errorCount, 1);
    });
  }
});
