/**
 * The source registry is the one list of file endings: the folder walk, the
 * ESLint configs and the pre-commit hook read the same ones.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { ALL_EXTENSIONS, SOURCES, isLintable, sourceEntryFor, sourceFor } from '../../src/sources/index.js';
import { CODE_FILES } from '../../src/eslint/plugin.js';

const ROOT = new URL('../../../', import.meta.url);

describe('source registry', () => {
  it('gives each ending to one source', () => {
    assert.equal(new Set(ALL_EXTENSIONS).size, ALL_EXTENSIONS.length);
    for (const entry of SOURCES) for (const ext of entry.extensions) assert.equal(sourceEntryFor(`dir/file${ext.toUpperCase()}`), entry);
  });

  it('the pre-commit hook passes exactly the files some source reads', () => {
    const hooks = fs.readFileSync(new URL('.pre-commit-hooks.yaml', ROOT), 'utf8');
    const pattern = new RegExp(/^\s*files:\s*(\S+)\s*$/m.exec(hooks)![1]!);
    for (const ext of ALL_EXTENSIONS) assert.ok(pattern.test(`src/a${ext}`), `the hook's files pattern takes ${ext}`);
    for (const other of ['.md', '.yaml', '.py.txt', '.jsonc', '.tsv']) {
      if (!ALL_EXTENSIONS.includes(other)) assert.ok(!pattern.test(`src/a${other}`), `the hook's files pattern leaves ${other}`);
    }
  });

  it('the ESLint JS/TS configs cover the JS/TS source', () => {
    const js = SOURCES.find((s) => s.name === 'js')!;
    assert.deepEqual(CODE_FILES, [`**/*.{${js.extensions.map((e) => e.slice(1)).join(',')}}`]);
  });

  it('declaration files are not walked; a request file loads no code parser', async () => {
    assert.equal(isLintable('types/index.d.ts'), false);
    assert.equal(isLintable('src/index.ts'), true);
    assert.equal(isLintable('README.md'), false);
    assert.equal(await sourceFor('notes.txt'), undefined);
    assert.ok(await sourceFor('request.json'));
  });

  it('an SDK source names its SDK; request files have none', () => {
    assert.equal(SOURCES.find((s) => s.name === 'js')!.sdk, 'typescript');
    assert.equal(SOURCES.find((s) => s.name === 'json')!.sdk, undefined);
  });
});
