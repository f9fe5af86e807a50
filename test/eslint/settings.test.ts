/**
 * The plugin's shared settings: defaults, validation with a message that names
 * the setting, and their effect through ESLint.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import plugin from '../../src/eslint/plugin.js';
import { readSettings } from '../../src/eslint/settings.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const CALL =
  "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nexport const f = (c) => client.messages.create({ model: 'claude-opus-4-6', max_tokens: 10, temperature: 0.5, messages: [{ role: 'user', content: 'Hi' }] });\n";

function lint(code: string, settings: unknown): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(code, [...plugin.configs.strict, { settings: { 'lint-payloads': settings } }], { filename: 'app.js' });
}

describe('settings', () => {
  it('defaults: auto version, today, anthropic-only', () => {
    assert.deepEqual(readSettings(undefined), { apiVersion: 'auto', date: undefined, clients: 'anthropic-only' });
    assert.deepEqual(readSettings({ 'lint-payloads': { date: '2026-02-28' } }), { apiVersion: 'auto', date: '2026-02-28', clients: 'anthropic-only' });
  });

  it('rejects wrong values, naming the setting', () => {
    assert.throws(() => readSettings({ 'lint-payloads': { apiVersion: '2024-01-01' } }), /settings\['lint-payloads'\]\.apiVersion is "2024-01-01"; expected one of "2023-06-01", "2026-10-21", "auto"/);
    assert.throws(() => readSettings({ 'lint-payloads': { date: '2026-02-30' } }), /\.date is "2026-02-30"/);
    assert.throws(() => readSettings({ 'lint-payloads': { clients: 'all' } }), /\.clients is "all"/);
    assert.throws(() => readSettings({ 'lint-payloads': { api_version: '2023-06-01' } }), /\.api_version .*no such setting/);
    assert.throws(() => lint(CALL, { apiVersion: 'latest' }), /apiVersion is "latest"/);
  });

  it('apiVersion decides which version a call without its own header is checked against', () => {
    const rules = (settings: unknown) => lint(CALL, { date: '2026-11-26', ...(settings as object) }).map((m) => m.ruleId);
    assert.deepEqual(rules({ apiVersion: '2026-10-21' }), ['lint-payloads/no-sampling-params']);
    assert.deepEqual(rules({ apiVersion: '2023-06-01' }), []);
  });

  it('auto with an SDK range that spans both versions: what both reject is reported, saying why under each', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-eslint-unknown-'));
    try {
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ dependencies: { '@anthropic-ai/sdk': '*' } }));
      const linter = new Linter({ configType: 'flat', cwd: dir });
      const code = CALL.replace('claude-opus-4-6', 'claude-opus-4-7');
      const messages = linter.verify(code, [...plugin.configs.strict, { settings: { 'lint-payloads': { date: '2026-11-26' } } }], { filename: path.join(dir, 'app.js') });
      assert.deepEqual(messages.map((m) => m.ruleId), ['lint-payloads/sampling-params-model']);
      assert.equal(
        messages[0]!.message,
        'temperature is rejected under either API version (the project\'s is not known). The API answers 400 "`temperature` is deprecated for this model." under 2023-06-01 and 400 "temperature: Extra inputs are not permitted" under 2026-10-21. Remove "temperature".',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('date decides retirement', () => {
    const code = CALL.replace('claude-opus-4-6', 'claude-3-opus-20240229').replace('temperature: 0.5, ', '');
    assert.deepEqual(lint(code, { date: '2025-09-01', apiVersion: '2026-10-21' }).map((m) => m.ruleId), ['lint-payloads/no-deprecated-model']);
    assert.deepEqual(lint(code, { date: '2026-11-26', apiVersion: '2026-10-21' }).map((m) => m.ruleId), ['lint-payloads/no-retired-model']);
  });

  it('clients: any-shaped counts a receiver of unknown origin in a file without an Anthropic import', () => {
    const code = "export const f = (client) => client.messages.create({ model: 'claude-opus-4-6', max_tokens: 10, temperature: 0.5, messages: [{ role: 'user', content: 'Hi' }] });\n";
    assert.deepEqual(lint(code, { date: '2026-11-26', apiVersion: '2026-10-21' }), []);
    assert.deepEqual(lint(code, { date: '2026-11-26', apiVersion: '2026-10-21', clients: 'any-shaped' }).map((m) => m.ruleId), ['lint-payloads/no-sampling-params']);
  });
});
