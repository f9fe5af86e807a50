/**
 * The package's `bin` is the bundled CLI (scripts/bundle-cli.ts): it must answer
 * exactly as the unbundled dist/src/cli/bin.js does, including everything found
 * through paths built from import.meta.url (validators, schemas, package.json, the
 * cache's build stamp) and the worker thread, which runs unbundled code.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isAscii } from 'node:buffer';
import { pathToFileURL } from 'node:url';
import { REPO, BIN, tempDirs } from '../helpers/cli.js';

const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; files: string[] };
const BUNDLE = path.join(REPO, pkg.bin['lint-payloads']!);

function run(bin: string, args: string[], cwd = REPO): { code: number | null; stdout: string; stderr: string } {
  // The bin itself, not `node bin`: its shebang and mode are part of what is installed.
  const r = spawnSync(bin, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundled CLI (package.json bin)', () => {
  const tempDir = tempDirs(after);

  it('is the built bundle, shipped in the package', () => {
    assert.equal(pkg.bin['lint-payloads'], 'dist/cli/lint-payloads.js');
    assert.ok(pkg.files.includes('dist/cli'));
    assert.ok(fs.statSync(BUNDLE).mode & 0o111, 'executable');
  });

  it('lints the fixtures (request files and JS/TS sources) exactly as the unbundled CLI', () => {
    const args = ['fixtures/', '-f', 'json', '--date', '2026-11-26'];
    const bundled = run(BUNDLE, args);
    const unbundled = run(BIN, args);
    assert.equal(bundled.stderr, unbundled.stderr);
    assert.equal(bundled.code, 1);
    assert.equal(bundled.stdout, unbundled.stdout);
    assert.ok((JSON.parse(bundled.stdout) as unknown[]).length > 10);
  });

  it('--version, --help and the schema command read the package files', () => {
    // The package version, then the catalogue's age, as the unbundled CLI prints them.
    assert.equal(run(BUNDLE, ['--version']).stdout, run(BIN, ['--version']).stdout);
    assert.match(run(BUNDLE, ['--version']).stdout, new RegExp(`^${pkg.version.replaceAll('.', '\\.')}\nmodel catalogue as of \\d{4}-\\d{2}-\\d{2} \\(SDK [\\d.]+\\)\n$`));
    assert.equal(run(BUNDLE, ['--help']).stdout, run(BIN, ['--help']).stdout);
    const schema = run(BUNDLE, ['schema', '--kind', 'messages']);
    assert.equal(schema.code, 0, schema.stderr);
    assert.equal(schema.stdout, run(BIN, ['schema', '--kind', 'messages']).stdout);
  });

  it('loads the linter and the validators from the V8 code caches the build made (a one-file run compiles neither)', () => {
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { loadCommonJs } = await import(${JSON.stringify(pathToFileURL(path.join(REPO, 'dist/src/engine/code-cache.js')).href)});
         for (const file of process.argv.slice(1)) {
           const { script } = loadCommonJs(file);
           if (script.cachedDataRejected !== false) throw new Error(file + ': code cache missing or rejected');
         }`,
        path.join(REPO, 'dist/cli/main.cjs'),
        path.join(REPO, 'dist/validators/2026-10-21/beta.cjs'),
        path.join(REPO, 'dist/validators/2023-06-01/ga.cjs'),
      ],
      { encoding: 'utf8' },
    );
    assert.equal(child.stderr, '');
    assert.equal(child.status, 0);
    // ASCII, so read without decoding: the build escapes every other character.
    for (const file of ['dist/cli/main.cjs', 'dist/validators/2026-10-21/beta.cjs']) assert.ok(isAscii(fs.readFileSync(path.join(REPO, file))), file);
  });

  it('runs worker threads and the cache', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`r${i}.json`] = JSON.stringify({ model: 'claude-sonnet-4-6', max_token: 100 + i, messages: [{ role: 'user', content: 'hi' }] });
    const dir = tempDir(files);
    const threads = run(BUNDLE, ['.', '-f', 'json', '--date', '2026-11-26', '--concurrency', '3'], dir);
    const one = run(BUNDLE, ['.', '-f', 'json', '--date', '2026-11-26', '--concurrency', 'off'], dir);
    assert.equal(threads.stderr, '');
    assert.equal(threads.stdout, one.stdout);
    assert.equal((JSON.parse(threads.stdout) as { messages: { ruleId: string }[] }[]).filter((r) => r.messages.some((m) => m.ruleId === 'request-schema')).length, 6);
    const cached = ['.', '-f', 'json', '--date', '2026-11-26', '--cache'];
    assert.equal(run(BUNDLE, cached, dir).stdout, one.stdout);
    assert.ok(fs.existsSync(path.join(dir, '.lintpayloadscache')));
    assert.equal(run(BUNDLE, cached, dir).stdout, one.stdout);
  });
});
