/**
 * What the plugin's rules listen to in a file (issue 16 target 6: ESLint's cost).
 * ESLint creates every enabled rule in every file; a rule that cannot report in
 * the file must register no listener, so the file costs it nothing more: the
 * payload rules without an API call, the directive rules without one of our
 * directives. The rule reading the raw text (no-api-key-literal) runs everywhere.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint, Linter, type Rule } from 'eslint';
import plugin from '../../src/eslint/plugin.js';
import { RULES } from '../../rules/index.js';

/** Each rule of the plugin created on `code` with ESLint's own context: the rules with listeners, and what they listen to. */
function listening(code: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const probe: Rule.RuleModule = {
    create(context) {
      for (const [id, rule] of Object.entries(plugin.rules ?? {})) {
        const keys = Object.keys((rule as Rule.RuleModule).create(context));
        if (keys.length) out[id] = keys;
      }
      return {};
    },
  };
  const messages = new Linter().verify(code, [{ plugins: { probe: { rules: { probe } } }, rules: { 'probe/probe': 'error' }, linterOptions: { reportUnusedDisableDirectives: 'off' } }], 'file.mjs');
  assert.deepEqual(messages, []);
  return out;
}

const textRules = RULES.filter((r) => r.checkText).map((r) => r.id);

describe('the plugin listens only where a rule can report', () => {
  it('a file without an API call or a directive of ours: only the rule that reads the raw text', () => {
    assert.deepEqual(textRules, ['no-api-key-literal']);
    assert.deepEqual(listening('// eslint-disable-next-line no-console\nexport const messages = [1, 2];\n'), { 'no-api-key-literal': ['Program'] });
  });

  it('with a directive of ours: the directive rules too', () => {
    const ids = Object.keys(listening('// lint-payloads-disable-next-line no-such-rule\nexport const x = 1;\n')).sort();
    assert.deepEqual(ids, ['jsonl-request-line', 'no-api-key-literal', 'unknown-disable-rule', 'unused-disable-directive']);
  });

  it('with an API call: every payload rule', () => {
    const ids = Object.keys(listening("import Anthropic from '@anthropic-ai/sdk';\nawait new Anthropic().messages.create({ model: 'claude-sonnet-4-6', max_tokens: 8, messages: [] });\n"));
    const payloadRules = RULES.filter((r) => r.checkRequest || r.checkBatch).map((r) => r.id);
    assert.deepEqual(ids.sort(), [...payloadRules, ...textRules].sort());
  });
});

describe('declaration files', () => {
  it('the JS/TS configs apply to .ts files but not to .d.ts, .d.mts, .d.cts (as the CLI, which does not read them)', async () => {
    for (const config of [plugin.configs.recommended, plugin.configs.strict]) {
      const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
      const ours = async (file: string): Promise<number> =>
        Object.keys(((await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> } | undefined)?.rules ?? {}).filter((id) => id.startsWith('lint-payloads/')).length;
      assert.ok((await ours('src/app.ts')) > 50);
      assert.ok((await ours('src/app.mts')) > 50);
      for (const file of ['src/types.d.ts', 'lib/index.d.mts', 'lib/index.d.cts']) assert.equal(await ours(file), 0, file);
    }
  });
});
