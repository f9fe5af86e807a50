/**
 * The real ESLint class with `configs.recommended` over the bundled JS/TS
 * fixtures (fixtures/src): the planted mistakes are reported where they are,
 * nothing on the clean file and the decoys, every fix and suggestion produces
 * code that parses and no longer has that finding; and with `configs.strict`
 * ESLint reports exactly what the CLI reports for the same files.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../src/eslint/plugin.js';
import { lintText } from '../../src/lint/lint-text.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DIR = path.join(ROOT, 'fixtures/src');
const DATE = '2026-11-26';
const SETTINGS: Linter.Config = { settings: { 'lint-payloads': { date: DATE } } };
const TS: Linter.Config = { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser as Linter.Parser } };

function eslintWith(configs: Linter.Config[]): ESLint {
  return new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [TS, ...configs, SETTINGS] });
}

const recommended = eslintWith(plugin.configs.recommended);
const strict = eslintWith(plugin.configs.strict);
const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => /\.[mc]?[jt]sx?$/.test(f)).sort() : [];
const results = new Map<string, ESLint.LintResult>();

before(async () => {
  for (const r of await recommended.lintFiles(files.map((f) => path.join(DIR, f)))) results.set(path.basename(r.filePath), r);
});

const short = (ruleId: string | null): string => (ruleId ?? 'fatal').replace(/^lint-payloads\//, '');

describe('ESLint on fixtures/src', () => {
  it('has the fixtures to lint', () => {
    assert.ok(files.length >= 3, `fixtures/src holds ${files.length} files`);
  });

  it('reports nothing on the clean file and the decoys', () => {
    for (const file of files.filter((f) => /^(clean|decoys)/.test(f))) {
      assert.deepEqual(results.get(file)?.messages, [], file);
    }
  });

  it('reports the planted mistakes, one per line, without a fatal error', () => {
    for (const file of files.filter((f) => !/^(clean|decoys)/.test(f))) {
      const messages = results.get(file)!.messages;
      assert.ok(messages.length > 0, `${file}: findings`);
      assert.ok(messages.every((m) => !m.fatal), `${file}: ${JSON.stringify(messages)}`);
      const lines = messages.map((m) => m.line);
      assert.equal(new Set(lines).size, lines.length, `${file}: one finding per line (${messages.map((m) => `${m.line} ${short(m.ruleId)}`).join(', ')})`);
    }
    const chat = results.get('chat-service.ts');
    if (chat) {
      assert.deepEqual(
        chat.messages.map((m) => `${m.line}:${m.column} ${short(m.ruleId)}`),
        ['23:7 request-schema', '30:7 no-sampling-params', '39:16 no-retired-model', '49:19 max-tokens-limit'],
      );
    }
  });

  it('every fix and suggestion gives code that parses and no longer has that finding', async () => {
    let applied = 0;
    for (const file of files) {
      const full = path.join(DIR, file);
      const text = fs.readFileSync(full, 'utf8');
      for (const m of results.get(file)!.messages) {
        for (const edit of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
          if (!edit) continue;
          applied++;
          const output = text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
          const [after] = await recommended.lintText(output, { filePath: full });
          assert.ok(after!.messages.every((x) => !x.fatal), `${file}: ${output}`);
          const before = results.get(file)!.messages.filter((x) => x.ruleId === m.ruleId).length;
          const left = after!.messages.filter((x) => x.ruleId === m.ruleId).length;
          assert.equal(left, before - 1, `${file} ${m.ruleId} at ${m.line}:${m.column}: the edit removes the finding\n${output}`);
        }
      }
    }
    assert.ok(applied >= 2, `fixes and suggestions applied: ${applied}`);
  });

  it('with configs.strict, reports what the CLI reports, at the same places', async () => {
    for (const r of await strict.lintFiles(files.map((f) => path.join(DIR, f)))) {
      const cli = await lintText(fs.readFileSync(r.filePath, 'utf8'), r.filePath, { date: DATE });
      const key = (m: { ruleId: string | null; line: number; column: number; endLine?: number | undefined; endColumn?: number | undefined }) =>
        `${short(m.ruleId)} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
      assert.deepEqual(r.messages.map(key).sort(), cli.messages.map(key).sort(), path.basename(r.filePath));
    }
  });
});
