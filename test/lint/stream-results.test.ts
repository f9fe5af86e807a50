/**
 * A run can hand each file's result out as it is linted and keep none
 * (lintFiles' onResult): what stylish and github use, so that memory does not
 * grow with the number of files. The results and their order are those of a
 * run that keeps them, with and without a cache.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintFiles } from '../../src/lint/lint-files.js';
import type { LintResult } from '../../src/lint/results.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'fixtures/requests');
const DATE = '2026-11-26';

describe('streamed results', () => {
  it('every result, in the report order, and none kept', async () => {
    const kept = await lintFiles([FIXTURES], { cwd: ROOT, date: DATE });
    assert.ok(kept.results.length > 10);
    const given: LintResult[] = [];
    const run = await lintFiles([FIXTURES], { cwd: ROOT, date: DATE, onResult: (r) => given.push(r) });
    assert.deepEqual(run.results, []);
    assert.deepEqual(given, kept.results);
  });

  it('with a cache too (given at the end, in the same order)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-stream-cache-'));
    try {
      const cache = { location: path.join(dir, 'cache'), strategy: 'content' as const };
      const kept = await lintFiles([FIXTURES], { cwd: ROOT, date: DATE, cache });
      const given: LintResult[] = [];
      const run = await lintFiles([FIXTURES], { cwd: ROOT, date: DATE, cache, onResult: (r) => given.push(r) });
      assert.deepEqual(run.results, []);
      assert.deepEqual(given, kept.results);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
