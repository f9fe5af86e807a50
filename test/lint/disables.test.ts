/**
 * Inline disables are one mechanism (src/lint/disables.ts, applied by the shared
 * step src/lint/check-located.ts): the CLI/Node API and the real ESLint honour the
 * same `lint-payloads-disable…` comments, and both report a rule id in them that
 * no rule has, at the comment.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../src/eslint/plugin.js';
import { lintText } from '../../src/lint/lint-text.js';
import { readDirectives } from '../../src/lint/disables.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DATE = '2026-11-26';
const FILE = path.join(ROOT, 'fixtures/src/disables-probe.ts');
const HEADER = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";
const RETIRED = "await client.messages.create({ model: 'claude-2.1', max_tokens: 512, messages: [{ role: 'user', content: 'Hi' }] });";

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
    ...plugin.configs.recommended,
    { settings: { 'lint-payloads': { date: DATE } }, linterOptions: { reportUnusedDisableDirectives: 'error' } },
  ],
});

type Seen = string[];

async function viaEslint(code: string, filePath = FILE): Promise<Seen> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.line}:${m.column} ${(m.ruleId ?? 'null').replace(/^lint-payloads\//, '')}`);
}

async function viaCli(code: string, filePath = FILE): Promise<Seen> {
  const result = await lintText(code, filePath, { date: DATE });
  return result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'null'}`);
}

async function both(code: string, filePath = FILE): Promise<Seen> {
  const [a, b] = [await viaEslint(code, filePath), await viaCli(code, filePath)];
  assert.deepEqual(a, b, 'ESLint and the CLI agree');
  return a;
}

describe('inline disables, the same in both front ends', () => {
  it('without a directive the retired model is reported (the probe works)', async () => {
    assert.deepEqual(await both(`${HEADER}${RETIRED}\n`), ['3:39 no-retired-model']);
  });

  it('lint-payloads-disable-next-line suppresses in ESLint too', async () => {
    assert.deepEqual(await both(`${HEADER}// lint-payloads-disable-next-line no-retired-model\n${RETIRED}\n`), []);
  });

  it('lint-payloads-disable-line, and the namespaced id', async () => {
    assert.deepEqual(await both(`${HEADER}${RETIRED} // lint-payloads-disable-line lint-payloads/no-retired-model\n`), []);
  });

  it('the block pair: disabled between, enabled after', async () => {
    const code = `${HEADER}/* lint-payloads-disable no-retired-model */\n${RETIRED}\n/* lint-payloads-enable */\n${RETIRED}\n`;
    assert.deepEqual(await both(code), ['6:39 no-retired-model']);
  });

  it('a directive for another rule leaves this one reported', async () => {
    assert.deepEqual(await both(`${HEADER}// lint-payloads-disable-next-line request-schema\n${RETIRED}\n`), ['4:39 no-retired-model']);
  });

  it('an unknown rule id is reported at the comment, with the closest id', async () => {
    const code = `${HEADER}// lint-payloads-disable-next-line no-retired-modle -- legacy\n${RETIRED}\n`;
    assert.deepEqual(await both(code), ['3:1 unknown-disable-rule', '4:39 no-retired-model']);
    const [cli] = (await lintText(code, FILE, { date: DATE })).messages;
    assert.equal(cli!.severity, 1);
    assert.match(cli!.message, /"no-retired-modle".*Did you mean "no-retired-model"\?/);
  });

  it("a .js file (ESLint's default parser) reads the same comments", async () => {
    const js = FILE.replace(/\.ts$/, '.js');
    assert.deepEqual(await both(`${HEADER}// lint-payloads-disable-next-line no-retired-model\n${RETIRED}\n`, js), []);
    assert.deepEqual(await both(`${HEADER}/* lint-payloads-disable-next-line no-retired-modle */\n${RETIRED}\n`, js), ['3:1 unknown-disable-rule', '4:39 no-retired-model']);
  });

  it('an unknown rule id in a file without API calls is reported too', async () => {
    assert.deepEqual(await both('// lint-payloads-disable-next-line no-such-rule\nexport const x = 1;\n'), ['1:1 unknown-disable-rule']);
  });

  it("ESLint's own eslint-disable comments stay ESLint's: not reported unused", async () => {
    assert.deepEqual(await viaEslint(`${HEADER}// eslint-disable-next-line lint-payloads/no-retired-model\n${RETIRED}\n`), []);
    assert.deepEqual(await viaCli(`${HEADER}// eslint-disable-next-line lint-payloads/no-retired-model\n${RETIRED}\n`), []);
  });

  it('the directives are language-neutral: any source returns its comments (a Python # comment here)', () => {
    const { disabled, unknownRules } = readDirectives(
      [{ text: ' lint-payloads-disable-next-line no-retired-model, typo-rule', block: false, location: { line: 4, column: 5, endLine: 4, endColumn: 60 } }],
      { eslintDirectives: false, knownRuleIds: new Set(['no-retired-model']) },
    );
    assert.equal(disabled?.('no-retired-model', 5), true);
    assert.equal(disabled?.('no-retired-model', 4), false);
    assert.deepEqual(unknownRules, [{ written: 'typo-rule', location: { line: 4, column: 5, endLine: 4, endColumn: 60 } }]);
  });
});
