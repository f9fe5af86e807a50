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

/** The plugin with unused-disable-directive on (it is off unless asked for, as ESLint's option). */
const eslintReportingUnused = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
    ...plugin.configs.recommended,
    { rules: { 'lint-payloads/unused-disable-directive': 'warn' }, settings: { 'lint-payloads': { date: DATE } }, linterOptions: { reportUnusedDisableDirectives: 'error' } },
  ],
});

async function unusedBoth(code: string, filePath = FILE): Promise<Seen> {
  const [result] = await eslintReportingUnused.lintText(code, { filePath });
  const viaEslintSeen = result!.messages.map((m) => `${m.line}:${m.column} ${(m.ruleId ?? 'null').replace(/^lint-payloads\//, '')}`);
  const cli = await lintText(code, filePath, { date: DATE, reportUnusedDisableDirectives: 'warn' });
  assert.deepEqual(viaEslintSeen, cli.messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'null'}`), 'ESLint and the CLI agree');
  assert.deepEqual(result!.messages.map((m) => m.message), cli.messages.map((m) => m.message));
  return viaEslintSeen;
}

describe('unused disable directives (--report-unused-disable-directives), the same in both front ends', () => {
  const CURRENT = RETIRED.replace('claude-2.1', 'claude-sonnet-5-5');

  it('off unless asked for: an unused directive is not reported by default', async () => {
    assert.deepEqual(await both(`${HEADER}// lint-payloads-disable-next-line no-retired-model\n${CURRENT}\n`), []);
  });

  it('a line directive that suppressed nothing is reported at the comment, with the rule it names', async () => {
    const code = `${HEADER}// lint-payloads-disable-next-line no-retired-model -- was claude-2.1\n${CURRENT}\n`;
    assert.deepEqual(await unusedBoth(code), ['3:1 unused-disable-directive']);
    const [m] = (await lintText(code, FILE, { date: DATE, reportUnusedDisableDirectives: 'error' })).messages;
    assert.equal(m!.severity, 2);
    assert.equal(m!.message, 'Unused lint-payloads-disable directive: it suppressed no "no-retired-model" finding. Remove "no-retired-model" from the comment.');
  });

  it('a used directive is not reported; of a list, only the rule that suppressed nothing is', async () => {
    assert.deepEqual(await unusedBoth(`${HEADER}// lint-payloads-disable-next-line no-retired-model\n${RETIRED}\n`), []);
    assert.deepEqual(await unusedBoth(`${HEADER}${RETIRED} // lint-payloads-disable-line no-retired-model, request-schema\n`), ['3:118 unused-disable-directive']);
    const [m] = (await lintText(`${HEADER}${RETIRED} // lint-payloads-disable-line no-retired-model, request-schema\n`, FILE, { date: DATE, reportUnusedDisableDirectives: 'warn' })).messages;
    assert.match(m!.message, /no "request-schema" finding/);
  });

  it('a directive with no rule list: used when it suppressed any finding', async () => {
    assert.deepEqual(await unusedBoth(`${HEADER}// lint-payloads-disable-next-line\n${RETIRED}\n// lint-payloads-disable-next-line\nexport const x = 1;\n`), ['5:1 unused-disable-directive']);
  });

  it('the block pair: used when a finding falls between; the enable comment is never reported', async () => {
    assert.deepEqual(await unusedBoth(`${HEADER}/* lint-payloads-disable no-retired-model */\n${RETIRED}\n/* lint-payloads-enable */\n`), []);
    assert.deepEqual(await unusedBoth(`${HEADER}/* lint-payloads-disable no-retired-model */\n${CURRENT}\n/* lint-payloads-enable */\n${RETIRED}\n`), ['3:1 unused-disable-directive', '6:39 no-retired-model']);
  });

  it('a directive naming a rule that is off suppressed nothing; an unknown rule is reported as unknown only', async () => {
    const off = await lintText(`${HEADER}// lint-payloads-disable-next-line no-retired-model\n${RETIRED}\n`, FILE, { date: DATE, reportUnusedDisableDirectives: 'warn', rules: { 'no-retired-model': 'off' } });
    assert.deepEqual(off.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`), ['3:1 unused-disable-directive']);
    assert.deepEqual(await unusedBoth(`${HEADER}// lint-payloads-disable-next-line no-retired-modle\n${CURRENT}\n`), ['3:1 unknown-disable-rule']);
  });

  it("ESLint's own eslint-disable comments are ESLint's to report, never ours", async () => {
    const code = `${HEADER}// eslint-disable-next-line lint-payloads/no-retired-model\n${CURRENT}\n`;
    const [result] = await eslintReportingUnused.lintText(code, { filePath: FILE });
    assert.deepEqual(result!.messages.map((m) => [m.line, m.ruleId, m.message.slice(0, 32)]), [[3, null, 'Unused eslint-disable directive ']]);
    assert.deepEqual((await lintText(code, FILE, { date: DATE, reportUnusedDisableDirectives: 'warn' })).messages, []);
  });

  it('a Python # comment, through the same step', async () => {
    const py = "import anthropic\nclient = anthropic.Anthropic()\n# lint-payloads-disable-next-line no-retired-model\nclient.messages.create(model='claude-sonnet-5-5', max_tokens=512, messages=[{'role': 'user', 'content': 'Hi'}])\n# lint-payloads-disable-next-line no-retired-model\nclient.messages.create(model='claude-2.1', max_tokens=512, messages=[{'role': 'user', 'content': 'Hi'}])\n";
    const result = await lintText(py, FILE.replace(/\.ts$/, '.py'), { date: DATE, reportUnusedDisableDirectives: 'warn' });
    assert.deepEqual(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`), ['3:1 unused-disable-directive']);
  });

  it('readDirectives marks the directive that suppressed a finding', () => {
    const at = (line: number) => ({ line, column: 1, endLine: line, endColumn: 40 });
    const d = readDirectives(
      [
        { text: ' lint-payloads-disable-next-line a, b', block: false, location: at(1) },
        { text: ' lint-payloads-disable', block: true, location: at(5) },
        { text: ' lint-payloads-disable a', block: true, location: at(6) },
      ],
      { eslintDirectives: false, knownRuleIds: new Set(['a', 'b']) },
    );
    assert.deepEqual(d.unusedDirectives().map((u) => [u.location.line, u.rule]), [[1, 'a'], [1, 'b'], [5, undefined], [6, 'a']]);
    assert.equal(d.disabled?.('a', 2), true);
    assert.equal(d.disabled?.('a', 7), true); // the later, named directive wins over the bare one
    assert.deepEqual(d.unusedDirectives().map((u) => [u.location.line, u.rule]), [[1, 'b'], [5, undefined]]);
    assert.equal(d.disabled?.('b', 7), true);
    assert.deepEqual(d.unusedDirectives().map((u) => [u.location.line, u.rule]), [[1, 'b']]);
  });
});
