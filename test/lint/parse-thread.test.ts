/**
 * The helper thread for files that need the JS parser (src/lint/parse-thread.ts):
 * the same results in the same order as linting every file on one thread, with
 * the files that can hold a call linted by the helper.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintOneFile, readForLint, type PendingFile } from '../../src/lint/lint-files.js';
import { idleCoreCount, lintWithParseThread, ParseThreadDuringWalk, PARSE_THREAD_MIN_FILES, sampleCpus, wantsParseThread, type CpuSample } from '../../src/lint/parse-thread.js';
import type { LintOptions } from '../../src/lint/lint-text.js';
import type { LintResult } from '../../src/lint/results.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const OPTIONS: LintOptions = { date: '2026-11-26' };

/** Fixture sources with calls (and mistakes), request files, JS that cannot hold a call, and a .js file that is not text. */
function tree(dir: string): PendingFile[] {
  const files: PendingFile[] = [];
  const add = (name: string, content: string | Buffer): void => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    files.push({ path: file, explicit: false });
  };
  for (const name of fs.readdirSync(path.join(ROOT, 'fixtures/src')).filter((f) => /\.[jt]sx?$/.test(f))) {
    add(`calls/${name}`, fs.readFileSync(path.join(ROOT, 'fixtures/src', name)));
    for (let i = 0; i < 20; i++) add(`plain/${name}-${i}.js`, `// lint-payloads-disable-next-line request-schema\nexport const n${i} = ${i};\n`);
  }
  for (const name of fs.readdirSync(path.join(ROOT, 'fixtures/requests/invalid')).slice(0, 10)) add(`requests/${name}`, fs.readFileSync(path.join(ROOT, 'fixtures/requests/invalid', name)));
  add('binary.js', Buffer.from([0xff, 0xfe, 0x00, 0x6d, 0x65, 0x73, 0x73, 0x61, 0x67, 0x65, 0x73]));
  return files;
}

describe('parse thread', () => {
  it('the results of one thread, in order, with the files that can hold a call linted by the helper', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-parse-thread-'));
    try {
      const files = tree(dir);
      const alone: (LintResult | undefined)[] = [];
      for (const file of files) alone.push(await lintOneFile(file, OPTIONS));
      const helped: (LintResult | undefined)[] = [];
      const indexes: number[] = [];
      const sent = await lintWithParseThread(files, OPTIONS, lintOneFile, readForLint, (file, result, i) => {
        assert.equal(file, files[i]);
        helped.push(result);
        indexes.push(i);
      });
      assert.deepEqual(indexes, files.map((_, i) => i));
      assert.deepEqual(helped, alone);
      // Every fixture source that can hold a call (mightContainCalls) went to the helper; findings came back from it.
      const callFiles = files.filter((f) => f.path.includes(`${path.sep}calls${path.sep}`) && /messages/.test(fs.readFileSync(f.path, 'utf8')) && /Anthropic|@anthropic-ai\/|\/v1\/messages/.test(fs.readFileSync(f.path, 'utf8')));
      assert.ok(callFiles.length >= 5);
      assert.equal(sent, callFiles.length);
      assert.ok(helped.some((r) => r?.filePath.includes(`${path.sep}calls${path.sep}`) && r.messages.some((m) => m.ruleId !== null)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a helper started for JS/TS files none of which needs the parser is ended at once, with the same results', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-parse-thread-'));
    try {
      const files = tree(dir).filter((f) => !f.path.includes(`${path.sep}calls${path.sep}`));
      const alone: (LintResult | undefined)[] = [];
      for (const file of files) alone.push(await lintOneFile(file, OPTIONS));
      const helped: (LintResult | undefined)[] = [];
      const sent = await lintWithParseThread(files, OPTIONS, lintOneFile, readForLint, (_file, result) => helped.push(result));
      assert.equal(sent, 0);
      assert.deepEqual(helped, alone);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('started during the walk once it has found enough files, a JS/TS one among them, with a core idle; then used as started', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-parse-thread-'));
    try {
      const files = tree(dir);
      // A sample taken a while ago: the walk has lasted long enough for it to say something.
      const since = { ...sampleCpus(), at: performance.now() - 1000 };
      const walk = (idle: number, names: string[]): ParseThreadDuringWalk => {
        const watcher = new ParseThreadDuringWalk(OPTIONS, lintOneFile, () => idle, since);
        for (const name of names) watcher.onFile(name);
        return watcher;
      };
      const many = (ext: string): string[] => Array.from({ length: PARSE_THREAD_MIN_FILES }, (_, i) => path.join(dir, `f${i}${ext}`));
      const fresh = new ParseThreadDuringWalk(OPTIONS, lintOneFile);
      assert.equal(fresh.since, undefined, 'no sample before the walk finds a file (files named one by one need none)');
      fresh.onFile(path.join(dir, 'a.json'));
      const sampled = (fresh as { since?: CpuSample }).since;
      assert.ok(sampled && sampled.total > 0 && sampled.cores === os.cpus().length);
      assert.equal(walk(1, many('.json').slice(1)).helper, undefined, 'too few files');
      assert.equal(walk(1, many('.json')).helper, undefined, 'no JS/TS file');
      assert.equal(walk(0.2, many('.ts')).helper, undefined, 'no core to spare');
      const watcher = walk(1, [...many('.json'), path.join(dir, 'a.ts')]);
      assert.ok(watcher.helper, 'started');
      const alone: (LintResult | undefined)[] = [];
      for (const file of files) alone.push(await lintOneFile(file, OPTIONS));
      const helped: (LintResult | undefined)[] = [];
      const sent = await lintWithParseThread(files, OPTIONS, lintOneFile, readForLint, (_file, result) => helped.push(result), watcher.helper);
      assert.ok(sent >= 5);
      assert.deepEqual(helped, alone);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('only under --concurrency auto, on one thread, for a run big enough, with a core to spare', () => {
    assert.equal(wantsParseThread('auto', 1, 10_000, 1.5), true);
    assert.equal(wantsParseThread(undefined, 1, 10_000, 1.5), true);
    assert.equal(wantsParseThread(1, 1, 10_000, 1.5), false, '--concurrency off');
    assert.equal(wantsParseThread('auto', 3, 10_000, 1.5), false, 'threads share the files instead');
    assert.equal(wantsParseThread('auto', 1, 20, 1.5), false, 'a short run cannot hide the helper start');
    assert.equal(wantsParseThread('auto', 1, 10_000, 0.4), false, 'no core to spare');
    assert.equal(wantsParseThread('auto', 1, 10_000, () => 0.9), true, 'measured when asked');
    let asked = false;
    assert.equal(wantsParseThread(1, 1, 10_000, () => ((asked = true), 2)), false);
    assert.equal(asked, false, 'not measured when the answer is no anyway');
  });

  it('idle cores: measured between two samples of the machine\'s CPU times, the load average without a long enough sample', () => {
    const at = (idle: number, total: number): CpuSample => ({ at: 0, idle, total, cores: 2 });
    // 2 cores over 200 ms: 400 ms of CPU time, of which 180 ms idle: 0.9 of a core.
    assert.equal(idleCoreCount(at(1000, 5000), at(1180, 5400)), 0.9);
    assert.equal(idleCoreCount(at(1000, 5000), at(1020, 5400)), 0.1);
    // 20 ms of CPU time: two 10 ms ticks say nothing; the load average (a number, whatever it is) decides.
    const os = process.getBuiltinModule('node:os');
    const byLoad = (): number => os.availableParallelism() - os.loadavg()[0]!;
    const before = byLoad();
    const measured = idleCoreCount(at(1000, 5000), at(1020, 5020));
    assert.ok(measured === before || measured === byLoad(), `${measured} ${before}`);
  });
});
