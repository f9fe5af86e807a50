/**
 * The CLI's V8 flags for long runs (src/lint/long-run.ts): never set by the library
 * (the Node API, the ESLint plugin), and by the CLI only once a run is long enough.
 * Whether V8 took them shows in what the process loaded: node:v8 is loaded to set them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleUrl = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/lint/long-run.js')).href;

/** Runs `steps` steps, with or without the CLI's enabling, and says whether node:v8 was loaded before and after the last. */
function run(enable: boolean, steps: number, codeFiles = false): { before: boolean; after: boolean } {
  const child = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { enableLongRunFlags, keepDefaultV8Flags, longRunStep } = await import(${JSON.stringify(moduleUrl)});
       const loaded = () => process.moduleLoadList.includes('NativeModule v8');
       if (${enable}) enableLongRunFlags();
       if (${codeFiles}) keepDefaultV8Flags();
       for (let i = 1; i < ${steps}; i++) longRunStep('file');
       const before = loaded();
       longRunStep('window');
       process.stdout.write(JSON.stringify({ before, after: loaded() }));`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(child.stderr, '');
  return JSON.parse(child.stdout) as { before: boolean; after: boolean };
}

describe('long-run V8 flags', () => {
  it('the CLI sets them at the 32nd file or JSONL window, not before', () => {
    assert.deepEqual(run(true, 32), { before: false, after: true });
  });
  it('not in a run with files a code parser reads (its modules load later, from a cache made under the defaults)', () => {
    assert.deepEqual(run(true, 100, true), { before: false, after: false });
  });
  it('a library run never sets them, however long', () => {
    assert.deepEqual(run(false, 100), { before: false, after: false });
  });
});
