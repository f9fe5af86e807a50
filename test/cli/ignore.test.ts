/**
 * Which files: ignore patterns are resolved as ESLint resolves them (--ignore-pattern
 * against the working folder, a config file's `ignore` against the config file's
 * folder), in .gitignore syntax; --no-ignore and --no-error-on-unmatched-pattern.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempDirs, findingsOf } from '../helpers/cli.js';

const BAD = `{
  "model": "claude-sonnet-5-5",
  "max_token": 1024,
  "messages": [{ "role": "user", "content": "Hello" }]
}
`;
const DATE = ['--date', '2026-11-26'];
const dir = tempDirs(after);
const linted = (args: string[], cwd: string): string[] => Object.keys(findingsOf(runCli([...args, '-f', 'json', ...DATE], { cwd }).stdout, cwd)).sort();

describe('cli: ignore patterns', () => {
  const tree = { 'requests/bad.json': BAD, 'requests/deep/bad.json': BAD, 'other/bad.json': BAD };

  it('--ignore-pattern is relative to the working folder, not to each folder named', () => {
    const d = dir(tree);
    assert.deepEqual(linted(['--ignore-pattern', 'requests/**', 'requests/', 'other/'], d), ['other/bad.json']);
    assert.deepEqual(linted(['--ignore-pattern', 'requests/deep/**', 'requests'], d), ['requests/bad.json']);
  });

  it('.gitignore-style patterns: a folder with a trailing slash, a path anchored with a leading slash', () => {
    const d = dir(tree);
    assert.deepEqual(linted(['--ignore-pattern', 'requests/'], d), ['other/bad.json']);
    assert.deepEqual(linted(['--ignore-pattern', '/requests/bad.json'], d), ['other/bad.json', 'requests/deep/bad.json']);
    assert.deepEqual(linted(['--ignore-pattern', 'deep/'], d), ['other/bad.json', 'requests/bad.json']);
  });

  it("a config file's ignore is relative to the config file's folder, from a subfolder too", () => {
    const d = dir({ ...tree, 'lint-payloads.config.json': JSON.stringify({ ignore: ['/requests/deep/', 'other/bad.json'] }), '.git/HEAD': '' });
    assert.deepEqual(linted([], d), ['requests/bad.json']);
    assert.deepEqual(linted(['.'], `${d}/requests`), ['bad.json']);
  });

  it('applies to files named explicitly (pre-commit), with a notice; --no-ignore lints them', () => {
    const d = dir(tree);
    const r = runCli(['requests/bad.json', 'other/bad.json', '--ignore-pattern', 'requests/', ...DATE], { cwd: d });
    assert.match(r.stdout, /Skipped requests\/bad\.json: it matches an ignore pattern/);
    assert.doesNotMatch(r.stdout, /requests\/bad\.json\n/);
    assert.deepEqual(linted(['requests/bad.json', '--ignore-pattern', 'requests/', '--no-ignore'], d), ['requests/bad.json']);
  });

  it('a glob whose every file is ignored by a pattern is an error, as in ESLint', () => {
    const d = dir(tree);
    const r = runCli(['requests/**/*.json', '--ignore-pattern', 'requests/', ...DATE], { cwd: d });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /requests\/\*\*\/\*\.json: every file it matches is matched by an ignore pattern/);
  });
});

describe('cli: --no-ignore and --no-error-on-unmatched-pattern', () => {
  it('--no-ignore walks build output, dot-folders and .gitignored files (ESLint lints them), never .git', () => {
    const d = dir({ 'src/bad.json': BAD, 'dist/bad.json': BAD, 'out/bad.json': BAD, '.config/bad.json': BAD, 'gen/bad.json': BAD, '.gitignore': 'gen/\n', '.git/bad.json': BAD });
    assert.deepEqual(linted([], d), ['src/bad.json']);
    assert.deepEqual(linted(['--no-ignore'], d), ['.config/bad.json', 'dist/bad.json', 'gen/bad.json', 'out/bad.json', 'src/bad.json']);
  });

  it('--no-error-on-unmatched-pattern: a path or glob that matches nothing is said, exit 0', () => {
    const d = dir({ 'a.json': BAD.replace('max_token', 'max_tokens') });
    const strict = runCli(['a.json', 'missing/*.json', 'gone.json', ...DATE], { cwd: d });
    assert.equal(strict.code, 2);
    const lenient = runCli(['a.json', 'missing/*.json', 'gone.json', '--no-error-on-unmatched-pattern', ...DATE], { cwd: d });
    assert.equal(lenient.code, 0, lenient.stderr);
    assert.match(lenient.stdout, /missing\/\*\.json: no files match this pattern/);
    assert.match(lenient.stdout, /gone\.json: no such file or directory/);
  });
});

describe('cli: help names the new flags', () => {
  it('--help lists --no-ignore, --no-error-on-unmatched-pattern, --debug and formatter files', () => {
    const help = runCli(['--help']).stdout;
    for (const flag of ['--no-ignore', '--no-error-on-unmatched-pattern', '--debug', '.gitignore syntax', 'formatter']) assert.ok(help.includes(flag), flag);
  });
});
