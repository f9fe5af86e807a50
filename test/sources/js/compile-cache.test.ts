/**
 * The compile cache of the JS parser's modules (src/sources/js/compile-cache.ts),
 * in a temporary project: node_modules/typescript and a package that requires
 * it, real CommonJS modules, each run a fresh Node.js process (a module compiles
 * once per process). On Node.js 20 the cache is ours (V8 cached data); on a Node.js
 * with `module.enableCompileCache` it is Node's own, and only the opt-out and the
 * results are checked.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompileCacheStats } from '../../../src/sources/js/compile-cache.js';
import { compileCacheDirFor } from '../../../src/sources/js/compile-cache.js';

/** dist/ */
const DIST = path.resolve(import.meta.dirname, '../../..');
const MODULE = pathToFileURL(path.join(DIST, 'src/sources/js/compile-cache.js')).href;
const OURS = typeof (createRequire(import.meta.url)('node:module') as { enableCompileCache?: unknown }).enableCompileCache !== 'function';

/** A project whose node_modules holds `typescript` and a parser that requires it (two files, one with a hashbang). */
function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-compile-cache-'));
  const write = (file: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write('node_modules/typescript/package.json', JSON.stringify({ name: 'typescript', main: 'lib/typescript.js' }));
  write('node_modules/typescript/lib/typescript.js', `exports.scan = (text) => text.split(/\\s+/).filter(Boolean).map((w) => w.length);\n`);
  write('node_modules/parser/package.json', JSON.stringify({ name: 'parser', main: 'index.js' }));
  write('node_modules/parser/index.js', `#!/usr/bin/env node\nconst ts = require('typescript');\nconst { sum } = require('./sum.js');\nexports.parse = (text) => ({ words: ts.scan(text), total: sum(ts.scan(text)), file: __filename, dir: __dirname, resolved: require.resolve('typescript') });\n`);
  write('node_modules/parser/sum.js', `exports.sum = (xs) => xs.reduce((a, b) => a + b, 0);\n`);
  return dir;
}

interface Run {
  stats: CompileCacheStats;
  parsed: unknown;
}

/** One process: loads the parser through the cache, parses, saves, and says what the cache did. */
function run(dir: string, options: { env?: Record<string, string>; flags?: string[] } = {}): Run {
  const script = [
    `import { createRequire } from 'node:module';`,
    `const m = await import(${JSON.stringify(MODULE)});`,
    `const require = createRequire(${JSON.stringify(path.join(dir, 'app.js'))});`,
    `const parser = m.requireWithCompileCache(require, 'parser');`,
    `const parsed = parser.parse('a bb ccc');`,
    `m.saveCompileCache();`,
    `console.log(JSON.stringify({ stats: m.compileCacheStats(), parsed }));`,
  ].join('\n');
  const env = { ...process.env, ...options.env };
  if (!options.env?.LINT_PAYLOADS_NO_COMPILE_CACHE) delete env.LINT_PAYLOADS_NO_COMPILE_CACHE;
  const child = spawnSync(process.execPath, [...(options.flags ?? []), '--input-type=module', '-e', script], { env, encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout) as Run;
}

const cacheDir = (dir: string): string => path.join(dir, 'node_modules/.cache/lint-payloads');
const cacheFiles = (dir: string): string[] => (fs.existsSync(cacheDir(dir)) ? fs.readdirSync(cacheDir(dir)) : []);
const EXPECTED = (dir: string): unknown => ({
  words: [1, 2, 3],
  total: 6,
  file: path.join(fs.realpathSync(dir), 'node_modules/parser/index.js'),
  dir: path.join(fs.realpathSync(dir), 'node_modules/parser'),
  resolved: path.join(fs.realpathSync(dir), 'node_modules/typescript/lib/typescript.js'),
});

describe('compile cache of the parser modules', () => {
  it('lives in node_modules/.cache/lint-payloads of the project holding typescript', () => {
    const cache = path.join('/a', 'node_modules', '.cache', 'lint-payloads');
    assert.equal(compileCacheDirFor(path.join('/a', 'node_modules', 'typescript', 'lib', 'typescript.js')), cache);
    assert.equal(compileCacheDirFor(path.join('/a', 'node_modules', 'lint-payloads', 'node_modules', 'typescript', 'lib', 'typescript.js')), cache, 'nested by npm');
    assert.equal(compileCacheDirFor(path.join('/a', 'node_modules', '.pnpm', 'typescript@5.9.3', 'node_modules', 'typescript', 'lib', 'typescript.js')), cache, "pnpm's store");
    assert.equal(compileCacheDirFor(path.join('/a', 'typescript', 'lib', 'typescript.js')), undefined);
  });

  it('a first run writes it, a second run compiles from it and writes nothing', { skip: !OURS && 'Node.js has its own compile cache' }, () => {
    const dir = project();
    try {
      const first = run(dir);
      assert.deepEqual(first.parsed, EXPECTED(dir));
      assert.deepEqual({ ...first.stats, dir: undefined }, { mode: 'v8', dir: undefined, compiled: 3, fromCache: 0, rejected: 0, written: true });
      assert.equal(first.stats.dir, path.join(fs.realpathSync(dir), 'node_modules/.cache/lint-payloads'));
      const [file] = cacheFiles(dir);
      assert.equal(file, `parser-${process.version}-${process.arch}.v8cache`);
      const written = fs.statSync(path.join(cacheDir(dir), file!)).mtimeMs;
      const second = run(dir);
      assert.deepEqual(second.parsed, EXPECTED(dir));
      assert.deepEqual({ ...second.stats, dir: undefined }, { mode: 'v8', dir: undefined, compiled: 3, fromCache: 3, rejected: 0, written: false });
      assert.equal(fs.statSync(path.join(cacheDir(dir), file!)).mtimeMs, written);
      assert.deepEqual(cacheFiles(dir), [file], 'no temporary file left');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a damaged file, a changed module or cached data V8 rejects (other flags) is compiled as usual and written again', { skip: !OURS && 'Node.js has its own compile cache' }, () => {
    const dir = project();
    try {
      run(dir);
      const file = path.join(cacheDir(dir), cacheFiles(dir)[0]!);
      // Damaged data: the entries' checksums fail, nothing reaches V8.
      const bytes = fs.readFileSync(file);
      for (let i = bytes.length - 64; i < bytes.length; i++) bytes[i] = bytes[i]! ^ 0xff;
      fs.writeFileSync(file, bytes);
      const damaged = run(dir);
      assert.deepEqual(damaged.parsed, EXPECTED(dir));
      assert.equal(damaged.stats.written, true);
      assert.ok(damaged.stats.fromCache < 3, JSON.stringify(damaged.stats));
      assert.equal(run(dir).stats.fromCache, 3, 'rewritten');
      // Not a cache file at all.
      fs.writeFileSync(file, 'garbage');
      const garbage = run(dir);
      assert.deepEqual({ fromCache: garbage.stats.fromCache, written: garbage.stats.written }, { fromCache: 0, written: true });
      // A module changed (size and time): its entry is stale.
      fs.appendFileSync(path.join(dir, 'node_modules/parser/sum.js'), '// changed\n');
      const changed = run(dir);
      assert.deepEqual({ fromCache: changed.stats.fromCache, written: changed.stats.written }, { fromCache: 2, written: true });
      // V8 flags that change its code: V8 rejects the data, it is made again for these flags.
      const rejected = run(dir, { flags: ['--no-opt'] });
      assert.deepEqual(rejected.parsed, EXPECTED(dir));
      assert.deepEqual({ rejected: rejected.stats.rejected, written: rejected.stats.written }, { rejected: 3, written: true });
      assert.equal(run(dir, { flags: ['--no-opt'] }).stats.fromCache, 3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder it cannot write to does not fail the run', { skip: !OURS && 'Node.js has its own compile cache' }, () => {
    const dir = project();
    try {
      // node_modules/.cache is a file: the folder cannot be made (as with EACCES, or root on a read-only tree).
      fs.writeFileSync(path.join(dir, 'node_modules/.cache'), 'not a folder');
      const result = run(dir);
      assert.deepEqual(result.parsed, EXPECTED(dir));
      assert.deepEqual({ compiled: result.stats.compiled, written: result.stats.written }, { compiled: 3, written: false });
      assert.deepEqual(fs.readdirSync(path.join(dir, 'node_modules')).sort(), ['.cache', 'parser', 'typescript']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the CLI parses through it, and without it finds the same', () => {
    const bin = path.join(DIST, 'cli/lint-payloads.js');
    const file = path.join(DIST, '..', 'fixtures/src/chat-service.ts');
    const lint = (env: Record<string, string>): { stdout: string; stderr: string } => {
      const e: NodeJS.ProcessEnv = { ...process.env, ...env };
      if (!env.LINT_PAYLOADS_NO_COMPILE_CACHE) delete e.LINT_PAYLOADS_NO_COMPILE_CACHE;
      const child = spawnSync(process.execPath, [bin, file, '-f', 'json', '--date', '2026-11-26', '--concurrency', 'off', '--debug'], { env: e, encoding: 'utf8' });
      assert.equal(child.status, 1, child.stderr);
      return child;
    };
    const cached = lint({});
    const off = lint({ LINT_PAYLOADS_NO_COMPILE_CACHE: '1' });
    assert.equal(cached.stdout, off.stdout);
    assert.ok(JSON.parse(cached.stdout)[0].messages.length > 0);
    assert.match(off.stderr, /^lint-payloads debug: compile cache: off$/m);
    const line = /^lint-payloads debug: compile cache (.*)$/m.exec(cached.stderr)?.[1];
    if (OURS) assert.match(line ?? '', /node_modules[\\/]\.cache[\\/]lint-payloads: \d{3} parser modules compiled, \d+ from the cache, \d+ rejected/);
    else assert.match(line ?? '', /^: Node's own, in .*lint-payloads$/);
  });

  it('LINT_PAYLOADS_NO_COMPILE_CACHE=1 writes nothing', () => {
    const dir = project();
    try {
      const result = run(dir, { env: { LINT_PAYLOADS_NO_COMPILE_CACHE: '1' } });
      assert.deepEqual(result.parsed, EXPECTED(dir));
      assert.deepEqual(result.stats, { mode: 'off', compiled: 0, fromCache: 0, rejected: 0, written: false });
      assert.equal(fs.existsSync(path.join(dir, 'node_modules/.cache')), false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
