/**
 * ESLint setup mistakes a newcomer makes (issue 15 item 9): the JSON configs work
 * without `plugins: { json }` (ESLint failed with "Could not find plugin json"),
 * and with it too; without @eslint/json installed, the error says what to install.
 * And the docs show `eslint.config.mjs`, which works in a CommonJS project.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ESLint } from 'eslint';
import json from '@eslint/json';
import plugin from '../../src/eslint/plugin.js';
import { REPO, tempDirs } from '../helpers/cli.js';

const BAD = '{\n  "model": "claude-sonnet-5-5",\n  "max_token": 5,\n  "messages": [{ "role": "user", "content": "x" }]\n}\n';
const dir = tempDirs(after);

async function lint(configs: unknown[]): Promise<[string | null, number, number][]> {
  const d = dir({ 'requests/bad.json': BAD });
  const eslint = new ESLint({ cwd: d, overrideConfigFile: true, overrideConfig: [...(configs as never[]), { settings: { 'lint-payloads': { date: '2026-11-26', apiVersion: '2026-10-21' } } }] });
  const [result] = await eslint.lintFiles(['requests/bad.json']);
  return result!.messages.map((m) => [m.ruleId, m.line, m.column]);
}

describe('ESLint setup', () => {
  it("the JSON configs work without plugins: { json } (they register @eslint/json themselves)", async () => {
    assert.deepEqual(await lint([...plugin.configs['recommended-json']]), [['lint-payloads/request-schema', 3, 3]]);
  });

  it('and with the user registering it as the docs showed (the same plugin object: no "Cannot redefine plugin")', async () => {
    assert.deepEqual(await lint([{ plugins: { json } }, ...plugin.configs['strict-json']]), [['lint-payloads/request-schema', 3, 3]]);
  });

  it('without @eslint/json installed, using a JSON config says what to install; the JS configs still load', () => {
    // A copy of the built package whose node_modules lacks @eslint/json.
    const root = dir();
    for (const sub of ['dist/src', 'dist/rules', 'dist/validators']) fs.cpSync(path.join(REPO, sub), path.join(root, sub), { recursive: true });
    fs.copyFileSync(path.join(REPO, 'package.json'), path.join(root, 'package.json'));
    fs.mkdirSync(path.join(root, 'node_modules/@eslint'), { recursive: true });
    for (const name of fs.readdirSync(path.join(REPO, 'node_modules'))) {
      if (name !== '@eslint') fs.symlinkSync(path.join(REPO, 'node_modules', name), path.join(root, 'node_modules', name));
    }
    for (const name of fs.readdirSync(path.join(REPO, 'node_modules/@eslint'))) {
      if (name !== 'json') fs.symlinkSync(path.join(REPO, 'node_modules/@eslint', name), path.join(root, 'node_modules/@eslint', name));
    }
    const script = `const { default: p } = await import(${JSON.stringify(path.join(root, 'dist/src/eslint/plugin.js'))}); console.log(p.configs.recommended.length); p.configs['recommended-json'];`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(r.stdout, '1\n');
    assert.match(r.stderr, /lint-payloads\/eslint: the JSON configs check request files through ESLint's JSON language, and @eslint\/json is not installed\. Run: npm install --save-dev @eslint\/json/);
  });

  it('the docs name eslint.config.mjs (an ESM config that loads in a CommonJS project, as `npm init -y` makes)', () => {
    for (const doc of ['README.md', 'docs/eslint.md']) {
      const text = fs.readFileSync(path.join(REPO, doc), 'utf8');
      assert.doesNotMatch(text, /\/\/ eslint\.config\.js\n/, `${doc} shows an ESM eslint.config.js`);
      assert.match(text, /\/\/ eslint\.config\.mjs\b/, doc);
    }
  });

  it('an eslint.config.mjs as the docs show it runs in a CommonJS project', async () => {
    const d = dir({
      'package.json': JSON.stringify({ name: 'x', version: '1.0.0' }),
      'eslint.config.mjs': `import lintPayloads from ${JSON.stringify(path.join(REPO, 'dist/src/eslint/plugin.js'))};\nexport default [...lintPayloads.configs.recommended, ...lintPayloads.configs['recommended-json'].map((c) => ({ ...c, files: ['requests/**/*.json'] })), { settings: { 'lint-payloads': { date: '2026-11-26' } } }];\n`,
      'requests/bad.json': BAD,
    });
    const eslint = new ESLint({ cwd: d });
    const [result] = await eslint.lintFiles(['requests/bad.json']);
    assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.line, m.column]), [['lint-payloads/request-schema', 3, 3]]);
  });
});
