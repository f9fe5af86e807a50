/** --debug: one line per fact on stderr — what was read and skipped and why, which API version and why, the time of each phase. */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runCli, tempDirs } from '../helpers/cli.js';

const REQUEST = JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hello' }] });
const dir = tempDirs(after);

describe('cli: --debug', () => {
  it('says what was read and skipped and why, the API version and why, and the time of each phase, on stderr only', () => {
    const d = dir({
      'requests/a.json': REQUEST,
      'dist/b.json': REQUEST,
      '.vscode/c.json': REQUEST,
      'gen/d.json': REQUEST,
      'x.min.js': '',
      '.gitignore': 'gen/\n',
      '.git/HEAD': '',
      'package.json': JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '^0.60.0' } }),
      'lint-payloads.config.json': JSON.stringify({ ignore: ['requests/skip.json'] }),
      'requests/skip.json': REQUEST,
    });
    const quiet = runCli(['--date', '2026-11-26'], { cwd: d });
    const r = runCli(['--debug', '--date', '2026-11-26'], { cwd: d });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, quiet.stdout, 'the report is unchanged');
    assert.equal(quiet.stderr, '');
    const lines = r.stderr.trimEnd().split('\n');
    assert.ok(lines.every((l) => l.startsWith('lint-payloads debug: ')), r.stderr);
    const has = (re: RegExp): void => assert.ok(lines.some((l) => re.test(l)), `${re} in\n${r.stderr}`);
    const p = (f: string): string => path.join(d, f).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    has(new RegExp(`config: ${p('lint-payloads.config.json')}$`));
    has(new RegExp(`skipped ${p('dist')}/: build output, skipped by default \\(--no-ignore walks it\\)`));
    has(new RegExp(`skipped ${p('.vscode')}/: a dot-folder, skipped by default`));
    has(new RegExp(`skipped ${p('x.min.js')}: minified`));
    has(new RegExp(`skipped ${p('gen/d.json')}: ignored by \\.gitignore`));
    has(new RegExp(`skipped ${p('requests/skip.json')}: matches an ignore pattern \\(requests/skip\\.json, relative to ${p('')}\\)`));
    has(new RegExp(`read ${p('requests/a.json')}: 0 problems; API 2023-06-01 \\(${p('package.json')} depends on @anthropic-ai/sdk \\^0\\.60\\.0\\)`));
    has(new RegExp(`read ${p('package.json')}: not checked: not a request body`));
    for (const phase of ['discover', 'lint', 'format']) has(new RegExp(`phase ${phase}: .* in \\d+ ms$`));
  });

  it('with --cache, says which files came from the cache', () => {
    const d = dir({ 'a.json': REQUEST });
    runCli(['--cache', '--date', '2026-11-26'], { cwd: d });
    const r = runCli(['--cache', '--debug', '--date', '2026-11-26'], { cwd: d });
    assert.match(r.stderr, /cache .*\.lintpayloadscache: 1 files unchanged, 0 to lint/);
    assert.match(r.stderr, /cached .*a\.json: 0 problems; API 2026-10-21/);
  });
});

describe('cli: progress line', () => {
  const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`r${i}.json`, REQUEST]));
  const run = async (cwd: string, stderrIsTTY: boolean): Promise<{ stdout: string; stderr: string }> => {
    const { main } = await import('../../src/cli/main.js');
    let stdout = '';
    let stderr = '';
    await main(['--date', '2026-11-26', '--concurrency', 'off'], {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      readStdin: async () => '',
      cwd,
      env: {},
      isTTY: false,
      stderrIsTTY,
      progressAfterMs: 0,
    });
    return { stdout, stderr };
  };

  it('is drawn on a terminal stderr, rewritten in place and cleared at the end; never elsewhere', async () => {
    const d = dir(files);
    const tty = await run(d, true);
    assert.match(tty.stderr, /^\r\x1b\[K\d\/5 files linted/);
    assert.match(tty.stderr, /\r\x1b\[K5\/5 files linted\r\x1b\[K$/);
    const piped = await run(d, false);
    assert.equal(piped.stderr, '');
    assert.equal(piped.stdout, tty.stdout);
  });
});
