/**
 * Issue 13 item 7: --fix writes a new file and renames it over the old one, so a
 * failed write leaves the file whole; the file keeps its mode; a link stays a link;
 * a change saved by another process while the fixes were being made is kept.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, runCli, tempDirs } from '../helpers/cli.js';
import { FileChangedError, writeFileAtomically } from '../../src/fix/write-file.js';

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

describe('--fix does not overwrite a change made meanwhile', () => {
  it('another process saves the file while the CLI checks its fixes: the save is kept, and the user is told', async () => {
    // Big enough that checking the fixes again before writing takes about a second.
    const d = dir({ 'big.jsonl': batch(5000) });
    const file = path.join(d, 'big.jsonl');
    const saved = '{"model":"claude-sonnet-5-5","max_tokens":10,"messages":[{"role":"user","content":"saved by an editor"}]}\n';
    // The editor (a real second process) is started first and waits for a line on its standard input:
    // starting a Node process takes tens to hundreds of milliseconds on a loaded machine, longer than
    // the fix phase of a fast run, so the save is sent as a message, not as a process start.
    const editor = spawn(process.execPath, ['-e', 'process.stdin.once("data", () => { require("fs").writeFileSync(process.argv[1], process.argv[2]); process.exit(0); })', file, saved], { stdio: ['pipe', 'ignore', 'inherit'] });
    const editorReady = new Promise<void>((resolve) => editor.on('spawn', resolve));
    const editorDone = new Promise<void>((resolve, reject) => editor.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`editor exited ${code}`)))));
    await editorReady;
    const child = spawn(process.execPath, [BIN, 'big.jsonl', '--fix', '--debug', '-f', 'json', ...DATE], { cwd: d, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    let edited: Promise<void> | undefined;
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      // --debug lists what was read when linting ends; the fix phase starts right after it:
      // re-reading the file, then checking its fixes again. A real second process saves it meanwhile.
      if (!edited && /debug: read .*big\.jsonl/.test(stderr)) {
        // At once: on a fast machine the fix phase of 5,000 lines is over in a few hundred milliseconds,
        // and a save after it is a later edit, not a concurrent one.
        editor.stdin!.write('save\n');
        edited = editorDone;
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    if (!edited) editor.kill();
    assert.ok(edited, stderr);
    await edited;
    assert.equal(fs.readFileSync(file, 'utf8'), saved);
    assert.match(stderr, /lint-payloads: .*big\.jsonl changed while it was being checked; its fixes were not written\. Run again\./);
    assert.equal(code, 2);
    assert.deepEqual(fs.readdirSync(d), ['big.jsonl']); // no temporary file left behind
  });

  it('the writer reads the file again right before renaming, and leaves a changed file alone', () => {
    const d = dir({ 'a.json': '{"old": 1}\n' });
    const file = path.join(d, 'a.json');
    const asRead = fs.readFileSync(file);
    fs.writeFileSync(file, '{"new": 2}\n');
    assert.throws(() => writeFileAtomically(file, '{"fixed": 1}\n', { expected: asRead }), (e: Error) => e instanceof FileChangedError && /a\.json changed while it was being checked/.test(e.message));
    assert.equal(fs.readFileSync(file, 'utf8'), '{"new": 2}\n');
    assert.deepEqual(fs.readdirSync(d), ['a.json']);
    writeFileAtomically(file, '{"fixed": 1}\n', { expected: fs.readFileSync(file) });
    assert.equal(fs.readFileSync(file, 'utf8'), '{"fixed": 1}\n');
  });
});
