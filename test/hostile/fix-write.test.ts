/**
 * Issue 13 item 7: --fix writes a new file and renames it over the old one, so a
 * failed write leaves the file whole; the file keeps its mode; a link stays a link.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, runCli, tempDirs } from '../helpers/cli.js';

const dir = tempDirs(after);
const DATE = ['--date', '2026-11-26'];

function batch(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, temperature: 0.5, messages: [{ role: 'user', content: 'x'.repeat(100) }] }));
  return out.join('\n') + '\n';
}

describe('--fix writes atomically', () => {
  it('a write that fails half way (file-size limit) leaves the file as it was, and says so', () => {
    const original = batch(80); // ~16 KB, fixed ~15 KB: over a 4 KB limit
    const d = dir({ 'b.jsonl': original });
    const r = spawnSync('bash', ['-c', `ulimit -f 4; exec "${process.execPath}" "${BIN}" b.jsonl --fix -f json ${DATE.join(' ')}`], { cwd: d, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(fs.readFileSync(path.join(d, 'b.jsonl'), 'utf8'), original);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /could not write the fixes to .*b\.jsonl/);
    assert.deepEqual(fs.readdirSync(d), ['b.jsonl']); // no temporary file left behind
  });

  it('the fixed file keeps its mode, and a symbolic link stays a link to the fixed file', () => {
    const d = dir({ 'real/b.jsonl': batch(2) });
    fs.chmodSync(path.join(d, 'real/b.jsonl'), 0o640);
    fs.symlinkSync(path.join(d, 'real/b.jsonl'), path.join(d, 'link.jsonl'));
    const r = runCli(['link.jsonl', '--fix', ...DATE], { cwd: d });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.ok(fs.lstatSync(path.join(d, 'link.jsonl')).isSymbolicLink());
    assert.equal(fs.statSync(path.join(d, 'real/b.jsonl')).mode & 0o777, 0o640);
    assert.doesNotMatch(fs.readFileSync(path.join(d, 'real/b.jsonl'), 'utf8'), /temperature/);
  });
});
